// Menu administration: edit a draft, validate, diff, try, publish, roll back; prompts; schedule.
"use strict";
let draft = {};          // file name -> YAML text (the working draft)
let current = null;      // file shown in the editor
const $ = (id) => document.getElementById(id);

function say(text, ok) { const m = $("messages"); m.textContent = text; m.className = ok ? "ok" : "error"; }
function showErrors(errors) {
  const ul = $("errors"); ul.replaceChildren();
  for (const e of errors || []) {
    const where = [e.file, e.line ? "line " + e.line : null, e.node ? "node " + e.node : null].filter(Boolean).join(", ");
    ul.append(el("li", { text: (where ? where + ": " : "") + (e.code ? "[" + e.code + "] " : "") + (e.message || "") }));
  }
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
function handle(err) { say(err.message, false); showErrors(err.data && err.data.detail && err.data.detail.errors); }

async function loadPublished() {
  const pub = await api("GET", "/api/menus/published");
  draft = pub.files; current = null;
  $("published-label").textContent = "(" + T("published") + ": v" + pub.number + ")";
  openFile(Object.keys(draft).sort()[0]);
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
      el("td", { text: v.author || "" }), el("td", { text: (v.created_at || "").replace("T", " ").slice(0, 19) }), cell));
  }
}
async function loadPrompts() {
  const data = await api("GET", "/api/prompts");
  const body = $("prompts").querySelector("tbody"); body.replaceChildren();
  for (const p of data.prompts) {
    for (const lang of p.languages) {
      const id = "p-" + p.file + "-" + p.id + "-" + lang;
      const input = el("input", { class: "ptext", id: id, value: p.texts[lang] || "", "aria-label": p.id + " " + lang });
      const save = el("button", { type: "button", class: "save-text", text: T("save_regenerate"), onclick: async () => {
        try {
          const r = await api("POST", "/api/prompts/text", { file: p.file, id: p.id, language: lang, text: input.value,
            comment: "prompt " + p.id + " (" + lang + ")" });
          say(T("published") + ": v" + r.version.number + (r.audio_error ? " — " + r.audio_error : ""), !r.audio_error);
          await refreshAll();
        } catch (err) { handle(err); }
      } });
      const q = "file=" + encodeURIComponent(p.file) + "&id=" + encodeURIComponent(p.id) + "&language=" + lang;
      const audio = el("audio", { controls: "", preload: "none", src: "/api/prompts/audio?" + q + "&v=" + data.version });
      const upload = el("input", { type: "file", accept: ".wav,audio/wav", "aria-label": T("upload_recording") + " " + p.id });
      upload.addEventListener("change", async () => {
        if (!upload.files.length) return;
        const form = new FormData();
        form.append("upload", upload.files[0]); form.append("file", p.file); form.append("id", p.id);
        form.append("language", lang); form.append("comment", "recording " + p.id + " (" + lang + ")");
        try { const r = await api("POST", "/api/prompts/recording", form, true); say(T("published") + ": v" + r.version.number, true); await refreshAll(); }
        catch (err) { handle(err); }
      });
      body.append(el("tr", {}, el("td", { text: p.file }), el("td", { text: p.id + " · " + lang }),
        el("td", {}, input, save), el("td", {}, audio), el("td", {}, upload)));
    }
  }
  const sel = $("schedule-emergency-prompt"); sel.replaceChildren(el("option", { value: "", text: "-" }));
  for (const p of data.prompts) sel.append(el("option", { value: p.id, text: p.id }));
}
function fillScheduleFiles() {
  const sel = $("schedule-file"); const keep = sel.value; sel.replaceChildren();
  for (const name of Object.keys(draft).sort()) sel.append(el("option", { value: name, text: name }));
  if (keep && draft[keep]) sel.value = keep;
  loadSchedule();
}
async function loadSchedule() {
  const file = $("schedule-file").value; if (!file) return;
  try {
    const s = (await api("GET", "/api/menus/schedule?file=" + encodeURIComponent(file))).schedule;
    $("schedule-hours").value = s.hours === undefined ? "" : JSON.stringify(s.hours, null, 1);
    $("schedule-holidays").value = (s.holidays || []).join("\n");
    const em = s.emergency || {};
    $("schedule-emergency").checked = !!em.enabled;
    $("schedule-emergency-prompt").value = em.prompt || "";
  } catch (err) { handle(err); }
}
async function saveSchedule(ev) {
  ev.preventDefault();
  let hours;
  const raw = $("schedule-hours").value.trim();
  try { hours = raw ? JSON.parse(raw) : undefined; } catch (e) { say("hours: " + e.message, false); return; }
  const schedule = {};
  if (hours !== undefined) schedule.hours = hours;
  schedule.holidays = $("schedule-holidays").value.split(/\s+/).filter(Boolean);
  const emergency = { enabled: $("schedule-emergency").checked };
  if ($("schedule-emergency-prompt").value) emergency.prompt = $("schedule-emergency-prompt").value;
  schedule.emergency = emergency;
  try {
    const v = await api("POST", "/api/menus/schedule", { file: $("schedule-file").value, schedule,
      comment: $("schedule-comment").value || "schedule" });
    say(T("published") + ": v" + v.number, true); showErrors([]); await refreshAll();
  } catch (err) { handle(err); }
}
async function rollback(number) {
  try { const v = await api("POST", "/api/menus/rollback", { number }); say(T("published") + ": v" + v.number, true); await refreshAll(); }
  catch (err) { handle(err); }
}
async function refreshAll() { await loadPublished(); await loadVersions(); await loadPrompts(); fillScheduleFiles(); }

document.addEventListener("DOMContentLoaded", () => {
  $("file-select").addEventListener("change", (e) => openFile(e.target.value));
  $("schedule-file").addEventListener("change", loadSchedule);
  $("schedule-form").addEventListener("submit", saveSchedule);
  $("btn-validate").addEventListener("click", async () => {
    keepEditor();
    try { const r = await api("POST", "/api/menus/validate", { files: draft }); showErrors(r.errors);
      say(r.ok ? T("no_errors") : T("errors") + ": " + r.errors.length, r.ok); } catch (err) { handle(err); }
  });
  $("btn-diff").addEventListener("click", async () => {
    keepEditor();
    try { const r = await api("POST", "/api/menus/diff", { files: draft }); $("output").textContent = r.diff || "(no change)"; say("", true); }
    catch (err) { handle(err); }
  });
  $("btn-try").addEventListener("click", async () => {
    keepEditor();
    const inputs = $("try-inputs").value.split(/[,，]/).map((s) => s.trim()).filter(Boolean);
    try { const r = await api("POST", "/api/menus/try", { files: draft, inputs, dnis: $("try-dnis").value, language: $("try-lang").value });
      const lines = r.heard.map((h, i) => (i + 1) + ". " + h);
      lines.push("", "path: " + r.path.join(" → "), "slots: " + JSON.stringify(r.slots), "outcome: " + r.outcome);
      $("output").textContent = lines.join("\n"); showErrors([]); say("", true); } catch (err) { handle(err); }
  });
  $("btn-publish").addEventListener("click", async () => {
    keepEditor();
    const comment = $("publish-comment").value.trim();
    if (!comment) { say(T("comment") + "?", false); $("publish-comment").focus(); return; }
    try { const v = await api("POST", "/api/menus/publish", { files: draft, comment }); say(T("published") + ": v" + v.number, true);
      showErrors([]); $("publish-comment").value = ""; await refreshAll(); } catch (err) { handle(err); }
  });
  $("menu-upload").addEventListener("change", async (ev) => {
    const f = ev.target.files[0]; if (!f) return;
    const form = new FormData(); form.append("file", f);
    try { const r = await api("POST", "/api/menus/upload", form, true); keepEditor(); draft[r.file] = r.text; showFile(r.file);
      showErrors(r.errors); say(r.ok ? T("no_errors") : T("errors") + ": " + r.errors.length, r.ok); } catch (err) { handle(err); }
  });
  refreshAll().catch(handle);
});
