// The expert menu editor and the versions list: the draft (file name -> YAML) kept on the server per
// administrator and restored on reload, upload, validate, diff, scripted try on the draft's routing
// rules, publish and roll back with confirmation, versions in Beijing time. The other parts of the page
// read and replace the draft through window.menuDraftBridge (admin-common.mjs's menuDraft).
import { html, render, useEffect, api, T, signal, beijing, ZONE_LABEL } from "./shared.mjs";
import { ErrorList, menuDraft, messageLine } from "./admin-common.mjs";

const draft = signal({});         // file name -> YAML text: the working draft
const current = signal(null);     // the file shown in the editor
const published = signal({ number: null, files: {} });
const versions = signal([]);
const note = signal({ text: "", ok: true });
const errors = signal([]);
const output = signal("");

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const dirty = () => !same(draft.value, published.value.files);
const firstFile = (files) => Object.keys(files).sort()[0] || null;

function say(text, ok) { note.value = { text, ok }; }
function fail(e) {
  say(messageLine(e.detail && e.detail.message ? e.detail.message : e.message), false);
  errors.value = (e.detail && Array.isArray(e.detail.errors)) ? e.detail.errors : [];
}

// The draft is kept on the server a moment after each change (restored on reload).
let saveTimer = null;
function keepDraftSoon() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    if (dirty()) api("PUT", "/api/menus/draft", { files: draft.value }).catch(() => {});
    else api("DELETE", "/api/menus/draft").catch(() => {});
  }, 400);
}

function setDraft(files, file) {
  draft.value = files;
  current.value = file && files[file] !== undefined ? file : (current.value && files[current.value] !== undefined ? current.value : firstFile(files));
}

async function loadPublished(keepDraft) {
  const pub = await api("GET", "/api/menus/published");
  published.value = pub;
  if (keepDraft) return;
  let files = { ...pub.files };
  const kept = (await api("GET", "/api/menus/draft")).draft;
  if (kept && !same(kept.files, pub.files)) {
    files = kept.files;
    say(T("draft_restored"), true);
  }
  current.value = null;
  setDraft(files);
  menuDraft.loaded();
}

async function loadVersions() {
  versions.value = (await api("GET", "/api/menus/versions")).slice().reverse();
}

const announce = () => document.dispatchEvent(new CustomEvent("menus:published", { detail: { from: "editor" } }));

async function refreshAll(keepDraft, first) {
  await loadPublished(keepDraft);
  await loadVersions();
  if (!first) announce();  // the forms follow
}

// A change published from a prompt row lands in the draft too, so the draft's other changes stay.
async function carryIntoDraft(change) {
  const hadChanges = dirty();
  if (hadChanges) setDraft((await api("POST", "/api/menus/draft/prompt", { files: draft.value, ...change })).files);
  await loadPublished(hadChanges);
  await loadVersions();
  if (hadChanges) keepDraftSoon();
  announce();  // prompt rows reload
}

// The draft routing rules a try follows: the ACD expert editor's text with the routing form's unsaved changes.
export function acdDraft() {
  const editor = document.getElementById("acd-editor");
  const form = typeof window.acdFormDraft === "function" ? window.acdFormDraft() : null;
  return { ...(editor && editor.value ? { text: editor.value } : {}), ...(form || {}) };
}

/** The editor's draft for the other parts of the page (also window.menuDraftBridge for admin-common.mjs). */
export const menuEditor = {
  carry: async (change, version, extra) => {
    try {
      await carryIntoDraft(change);
      say(T("published") + ": v" + version + (extra ? " — " + extra : "") + (dirty() ? " · " + T("draft_kept") : ""), !extra);
    } catch (e) { fail(e); }
  },
  get: () => (dirty() ? draft.value : null),
  files: () => draft.value,
  replace: (files) => { setDraft(files); keepDraftSoon(); },
  showErrors: (list) => { errors.value = list || []; },
};
window.menuDraftBridge = menuEditor;

async function rollback(number) {
  try {
    const old = await api("GET", "/api/menus/versions/" + number);
    const d = await api("POST", "/api/menus/diff", { files: old.files });
    output.value = d.diff || T("no_change");
    const shown = d.diff ? d.diff.split("\n").slice(0, 30).join("\n") : T("no_change");
    if (!window.confirm(T("confirm_rollback") + " v" + number + "\n\n" + shown)) return;
    if (dirty() && !window.confirm(T("confirm_discard"))) return;
    const v = await api("POST", "/api/menus/rollback", { number });
    await api("DELETE", "/api/menus/draft");
    await refreshAll();
    say(T("published") + ": v" + v.number, true);  // after the page shows the new version
  } catch (e) { fail(e); }
}

// the scripted try's fields and the publish comment
const inputs = signal("");
const dnis = signal("12315");
const language = signal("zh");
const at = signal("");
const comment = signal("");
// The buttons wait for the draft: a try or publish before it loaded would send no menu files.
const ready = signal(false);

function Editor() {
  useEffect(() => {
    const leave = (ev) => { if (dirty()) { ev.preventDefault(); ev.returnValue = ""; } };
    // Published from another part of the page: a draft without changes follows the new version.
    const follow = async (ev) => {
      if (ev.detail && ev.detail.from === "editor") return;  // refreshed already
      const wasClean = !dirty();
      const before = JSON.stringify(draft.value);
      try {
        await loadPublished(true); await loadVersions();
        if (wasClean && JSON.stringify(draft.value) === before) setDraft({ ...published.value.files });
      } catch (e) { fail(e); }
    };
    const sayEvent = (ev) => say(ev.detail.text, ev.detail.ok);
    window.addEventListener("beforeunload", leave);
    window.addEventListener("admin:say", sayEvent);
    document.addEventListener("menus:published", follow);
    refreshAll(false, true).then(() => { ready.value = true; }).catch(fail);
    return () => {
      window.removeEventListener("beforeunload", leave);
      window.removeEventListener("admin:say", sayEvent);
      document.removeEventListener("menus:published", follow);
    };
  }, []);
  const files = draft.value;
  const name = current.value;
  const validate = async () => {
    try {
      const r = await api("POST", "/api/menus/validate", { files: draft.value });
      errors.value = r.errors; say(r.ok ? T("no_errors") : T("errors") + ": " + r.errors.length, r.ok);
    } catch (e) { fail(e); }
  };
  const diff = async () => {
    try { output.value = (await api("POST", "/api/menus/diff", { files: draft.value })).diff || T("no_change"); say("", true); }
    catch (e) { fail(e); }
  };
  const tryIt = async () => {
    const body = { files: draft.value, inputs: inputs.value.split(/[,，、;；]/).map((s) => s.trim()).filter(Boolean),
      dnis: dnis.value, language: language.value, acd: acdDraft() };
    if (at.value) body.at = at.value;  // Beijing time
    try {
      const r = await api("POST", "/api/menus/try", body);
      const lines = r.heard.map((h, i) => (i + 1) + ". " + h);
      lines.push("", "path: " + r.path.join(" → "), "slots: " + JSON.stringify(r.slots), "outcome: " + r.outcome);
      if (r.routing) lines.push(T("routing") + ": " + r.routing.centre + " — " + r.routing.reason);
      output.value = lines.join("\n"); errors.value = []; say("", true);
    } catch (e) { fail(e); }
  };
  const publish = async () => {
    const text = comment.value.trim();
    if (!text) { say(T("comment") + "?", false); document.getElementById("publish-comment").focus(); return; }
    try {
      const d = await api("POST", "/api/menus/diff", { files: draft.value });
      output.value = d.diff || T("no_change");
      if (!d.diff) { say(T("no_change_publish"), false); return; }
      if (!window.confirm(T("confirm_publish") + "\n\n" + d.diff.split("\n").slice(0, 30).join("\n"))) return;
      const v = await api("POST", "/api/menus/publish", { files: draft.value, comment: text });
      errors.value = []; comment.value = "";
      await api("DELETE", "/api/menus/draft");
      await refreshAll();
      say(T("published") + ": v" + v.number, true);
    } catch (e) { fail(e); }
  };
  const upload = async (ev) => {
    const f = ev.target.files[0];
    if (!f) return;
    const form = new FormData();
    form.append("file", f);
    try {
      const r = await api("POST", "/api/menus/upload", form, { form: true });
      setDraft({ ...draft.value, [r.file]: r.text }, r.file); keepDraftSoon();
      errors.value = r.errors; say(r.ok ? T("no_errors") : T("errors") + ": " + r.errors.length, r.ok);
    } catch (e) { fail(e); }
  };
  const edit = (ev) => { draft.value = { ...draft.value, [name]: ev.target.value }; keepDraftSoon(); };
  return html`<div>
    <div class="row">
      <label>${T("file")} <select id="file-select" value=${name || ""} onChange=${(e) => { current.value = e.target.value; }}>
        ${Object.keys(files).sort().map((n) => html`<option value=${n}>${n}</option>`)}</select></label>
      <label>${T("upload_menu")} <input type="file" id="menu-upload" accept=".yaml,.yml" onChange=${upload} /></label>
    </div>
    <textarea id="editor" spellcheck="false" aria-label=${T("menu_editor")} rows="22" value=${name ? files[name] || "" : ""} onInput=${edit}></textarea>
    <div class="row">
      <button type="button" id="btn-validate" disabled=${!ready.value} onClick=${validate}>${T("validate")}</button>
      <button type="button" id="btn-diff" disabled=${!ready.value} onClick=${diff}>${T("diff")}</button>
    </div>
    <div class="row">
      <label class="grow">${T("try_inputs")} <input id="try-inputs" value=${inputs.value} onInput=${(e) => { inputs.value = e.target.value; }} /></label>
      <label>DNIS <input id="try-dnis" size="6" value=${dnis.value} onInput=${(e) => { dnis.value = e.target.value; }} /></label>
      <label>zh/en <select id="try-lang" value=${language.value} onChange=${(e) => { language.value = e.target.value; }}><option>zh</option><option>en</option></select></label>
      <label>${T("try_at")} <input type="datetime-local" id="try-at" value=${at.value} onInput=${(e) => { at.value = e.target.value; }} /></label>
      <button type="button" id="btn-try" disabled=${!ready.value} onClick=${tryIt}>${T("try")}</button>
    </div>
    <div class="row">
      <label class="grow">${T("comment")} <input id="publish-comment" maxlength="500" value=${comment.value} onInput=${(e) => { comment.value = e.target.value; }} /></label>
      <button type="button" id="btn-publish" class="primary" disabled=${!ready.value} onClick=${publish}>${T("publish")}</button>
    </div>
    <div id="messages" role="status" aria-live="polite" class=${note.value.ok ? "ok" : "error"}>${note.value.text}</div>
    <${ErrorList} errors=${errors.value} id="errors" />
    <pre id="output" class="output" tabindex="0">${output.value}</pre>
  </div>`;
}

function PublishedLabel() {
  return published.value.number ? html`(${T("published")}: v${published.value.number})` : null;
}

function Versions() {
  return html`<table class="table" id="versions">
    <thead><tr><th>${T("version")}</th><th>${T("comment")}</th><th>${T("author")}</th><th>${T("created_at")} (${ZONE_LABEL})</th><th></th></tr></thead>
    <tbody>${versions.value.map((v) => html`<tr data-number=${v.number}>
      <td>v${v.number}</td><td>${v.comment || ""}</td><td>${v.author || ""}</td><td>${beijing(v.created_at)}</td>
      <td>${v.published ? html`<strong>${T("published")}</strong>`
        : html`<button type="button" class="rollback" data-number=${v.number} onClick=${() => rollback(v.number)}>${T("rollback")}</button>`}</td>
    </tr>`)}</tbody></table>`;
}

const editorMount = document.getElementById("editor-app");
if (editorMount) render(html`<${Editor} />`, editorMount);
const labelMount = document.getElementById("published-label");
if (labelMount) render(html`<${PublishedLabel} />`, labelMount);
const versionsMount = document.getElementById("versions-app");
if (versionsMount) render(html`<${Versions} />`, versionsMount);
