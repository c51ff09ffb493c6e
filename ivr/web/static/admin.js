// Menu administration: the expert YAML editor (draft kept on the server), validate, diff, try,
// publish and roll back with confirmation, versions in Beijing time, prompt rows.
"use strict";
let draft = {};          // file name -> YAML text (the working draft)
let current = null;      // file shown in the editor
let publishedFiles = {}; // the published version's files, to know whether the draft has changes
const $ = (id) => document.getElementById(id);
const BEIJING = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit",
  hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
// A stored UTC time in Beijing time: "2026-12-01 04:21:46".
function beijingTime(iso) {
  if (!iso) return "";
  const d = new Date(/[zZ]|[+-]\d{2}:?\d{2}$/.test(iso) ? iso : iso + "Z");
  if (Number.isNaN(d.getTime())) return iso;
  const p = Object.fromEntries(BEIJING.formatToParts(d).map((x) => [x.type, x.value]));
  return p.year + "-" + p.month + "-" + p.day + " " + p.hour + ":" + p.minute + ":" + p.second;
}
function dirty() { keepEditor(); return JSON.stringify(draft) !== JSON.stringify(publishedFiles); }
// The draft is kept on the server per administrator (restored on reload) a moment after each change.
let saveTimer = null;
function keepDraftSoon() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    if (dirty()) api("PUT", "/api/menus/draft", { files: draft }).catch(() => {});
    else api("DELETE", "/api/menus/draft").catch(() => {});
  }, 400);
}
// Other parts of the page (schedule form) read and replace the draft through this bridge.
window.menuDraftBridge = {
  // a prompt row published a change: carry it into the draft, then say so
  carry: async (change, version, note) => {
    try {
      await carryIntoDraft(change);
      say(T("published") + ": v" + version + (note ? " — " + note : "") + (dirty() ? " · " + T("draft_kept") : ""), !note);
    } catch (err) { handle(err); }
  },
  get: () => { keepEditor(); return dirty() ? draft : null; },
  files: () => { keepEditor(); return draft; },
  replace: (files) => { draft = files; showFile(current && files[current] !== undefined ? current : Object.keys(files).sort()[0]); keepDraftSoon(); },
};

// The draft routing rules a try follows: the ACD expert editor's text with the routing form's unsaved changes.
function acdDraft() {
  const editor = $("acd-editor");
  const form = typeof window.acdFormDraft === "function" ? window.acdFormDraft() : null;
  return { ...(editor && editor.value ? { text: editor.value } : {}), ...(form || {}) };
}
function say(text, ok) { const m = $("messages"); m.textContent = text; m.className = ok ? "ok" : "error"; }
const PAGE_LANG = document.documentElement.lang.startsWith("zh") ? "zh" : "en";
function showErrors(errors) {
  const ul = $("errors"); ul.replaceChildren();
  for (const e of errors || []) {
    const field = PAGE_LANG === "zh" ? e.field_zh : e.field_en;
    const message = (PAGE_LANG === "zh" ? e.message_zh : e.message_en) || e.message || "";
    const where = [e.file, e.line ? (PAGE_LANG === "zh" ? "第" + e.line + "行" : "line " + e.line) : null].filter(Boolean).join(" ");
    ul.append(el("li", { text: (field ? field + (PAGE_LANG === "zh" ? "：" : ": ") : "") + message + (where ? " (" + where + ")" : "") }));
  }
}
function inPageLanguage(text) {  // "中文 / English" messages from the server
  const cut = String(text).indexOf(" / ");
  return cut > 0 ? (PAGE_LANG === "zh" ? text.slice(0, cut) : text.slice(cut + 3)) : text;
}
function keepEditor() { if (current !== null) draft[current] = $("editor").value; }
function fillFileSelect() {
  const sel = $("file-select"); sel.replaceChildren();
  for (const name of Object.keys(draft).sort()) sel.append(el("option", { value: name, text: name }));
  if (current) sel.value = current;
}
// Show a file of the draft. Switching files keeps the editor's text first; showing a file whose
// draft text was just replaced (an upload) must not copy the editor's old text back over it.
function showFile(name) { current = name; $("editor").value = draft[name] || ""; fillFileSelect(); }
function openFile(name) { keepEditor(); showFile(name); }
function handle(err) { say(inPageLanguage(err.message), false); showErrors(err.data && err.data.detail && err.data.detail.errors); }

async function loadPublished(keepDraft) {
  const pub = await api("GET", "/api/menus/published");
  publishedFiles = pub.files;
  $("published-label").textContent = "(" + T("published") + ": v" + pub.number + ")";
  if (keepDraft) return;
  draft = { ...pub.files }; current = null;
  const kept = (await api("GET", "/api/menus/draft")).draft;
  if (kept && JSON.stringify(kept.files) !== JSON.stringify(pub.files)) {
    draft = kept.files;
    say(T("draft_restored"), true);
  }
  showFile(Object.keys(draft).sort()[0]);
}
async function loadVersions() {
  const versions = await api("GET", "/api/menus/versions");
  const body = $("versions").querySelector("tbody"); body.replaceChildren();
  for (const v of versions.slice().reverse()) {
    const cell = el("td");
    if (!v.published) cell.append(el("button", { type: "button", class: "rollback", "data-number": v.number, text: T("rollback"),
      onclick: () => rollback(v.number) }));
    else cell.append(el("strong", { text: T("published") }));
    body.append(el("tr", { "data-number": v.number }, el("td", { text: "v" + v.number }), el("td", { text: v.comment || "" }),
      el("td", { text: v.author || "" }), el("td", { text: beijingTime(v.created_at) }), cell));
  }
}
// A change published from a prompt row lands in the draft too, so the draft's other changes stay.
async function carryIntoDraft(change) {
  keepEditor();
  const hadChanges = dirty();
  if (hadChanges) draft = (await api("POST", "/api/menus/draft/prompt", { files: draft, ...change })).files;
  await loadPublished(hadChanges); await loadVersions();
  if (hadChanges) { showFile(current); keepDraftSoon(); }
  document.dispatchEvent(new CustomEvent("menus:published", { detail: { from: "editor" } }));  // prompt rows reload
}
async function rollback(number) {
  try {
    const old = await api("GET", "/api/menus/versions/" + number);
    const d = await api("POST", "/api/menus/diff", { files: old.files });
    $("output").textContent = d.diff || T("no_change");
    if (!window.confirm(T("confirm_rollback") + " v" + number + "\n\n" + (d.diff ? d.diff.split("\n").slice(0, 30).join("\n") : T("no_change")))) return;
    if (dirty() && !window.confirm(T("confirm_discard"))) return;
    const v = await api("POST", "/api/menus/rollback", { number });
    await api("DELETE", "/api/menus/draft"); await refreshAll();
    say(T("published") + ": v" + v.number, true);  // after the page shows the new version
  }
  catch (err) { handle(err); }
}
async function refreshAll(keepDraft, first) {
  await loadPublished(keepDraft); await loadVersions();
  if (!first) document.dispatchEvent(new CustomEvent("menus:published", { detail: { from: "editor" } }));  // the forms follow
}

document.addEventListener("DOMContentLoaded", () => {
  $("file-select").addEventListener("change", (e) => openFile(e.target.value));
  $("editor").addEventListener("input", keepDraftSoon);
  window.addEventListener("admin:say", (ev) => say(ev.detail.text, ev.detail.ok));
  window.addEventListener("beforeunload", (ev) => { if (dirty()) { ev.preventDefault(); ev.returnValue = ""; } });
  // Published from another part of the page: a draft without changes follows the new version.
  document.addEventListener("menus:published", async (ev) => {
    if (ev.detail && ev.detail.from === "editor") return;  // this script has refreshed already
    const wasClean = !dirty();
    const before = JSON.stringify(draft);
    try {
      await loadPublished(true); await loadVersions();
      keepEditor();
      // only when nobody typed in the meantime
      if (wasClean && JSON.stringify(draft) === before) { draft = { ...publishedFiles }; showFile(current); }
    } catch (err) { handle(err); }
  });
  $("btn-validate").addEventListener("click", async () => {
    keepEditor();
    try { const r = await api("POST", "/api/menus/validate", { files: draft }); showErrors(r.errors);
      say(r.ok ? T("no_errors") : T("errors") + ": " + r.errors.length, r.ok); } catch (err) { handle(err); }
  });
  $("btn-diff").addEventListener("click", async () => {
    keepEditor();
    try { const r = await api("POST", "/api/menus/diff", { files: draft }); $("output").textContent = r.diff || T("no_change"); say("", true); }
    catch (err) { handle(err); }
  });
  $("btn-try").addEventListener("click", async () => {
    keepEditor();
    const inputs = $("try-inputs").value.split(/[,，、;；]/).map((s) => s.trim()).filter(Boolean);
    const body = { files: draft, inputs, dnis: $("try-dnis").value, language: $("try-lang").value };
    if ($("try-at").value) body.at = $("try-at").value;  // Beijing time
    body.acd = acdDraft();  // routed with the draft's routing rules
    try { const r = await api("POST", "/api/menus/try", body);
      const lines = r.heard.map((h, i) => (i + 1) + ". " + h);
      lines.push("", "path: " + r.path.join(" → "), "slots: " + JSON.stringify(r.slots), "outcome: " + r.outcome);
      if (r.routing) lines.push(T("routing") + ": " + r.routing.centre + " — " + r.routing.reason);
      $("output").textContent = lines.join("\n"); showErrors([]); say("", true); } catch (err) { handle(err); }
  });
  $("btn-publish").addEventListener("click", async () => {
    keepEditor();
    const comment = $("publish-comment").value.trim();
    if (!comment) { say(T("comment") + "?", false); $("publish-comment").focus(); return; }
    try {
      const d = await api("POST", "/api/menus/diff", { files: draft });
      $("output").textContent = d.diff || T("no_change");
      if (!d.diff) { say(T("no_change_publish"), false); return; }
      if (!window.confirm(T("confirm_publish") + "\n\n" + d.diff.split("\n").slice(0, 30).join("\n"))) return;
      const v = await api("POST", "/api/menus/publish", { files: draft, comment });
      showErrors([]); $("publish-comment").value = ""; await api("DELETE", "/api/menus/draft"); await refreshAll();
      say(T("published") + ": v" + v.number, true); } catch (err) { handle(err); }
  });
  $("menu-upload").addEventListener("change", async (ev) => {
    const f = ev.target.files[0]; if (!f) return;
    const form = new FormData(); form.append("file", f);
    try { const r = await api("POST", "/api/menus/upload", form, true); keepEditor(); draft[r.file] = r.text; showFile(r.file); keepDraftSoon();
      showErrors(r.errors); say(r.ok ? T("no_errors") : T("errors") + ": " + r.errors.length, r.ok); } catch (err) { handle(err); }
  });
  refreshAll(false, true).catch(handle);
});
