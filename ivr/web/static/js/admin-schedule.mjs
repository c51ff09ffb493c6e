// The menu's emergency switch as a form, and where the opening hours are: the ACD's centres (shared
// hours and each centre's own), shown here read-only with a link to the centres form that edits them.
// Saving the switch publishes the change and carries it into the editor's draft, so nothing is lost.
import { html, render, useEffect, useRef, useState, api, T, lang } from "./shared.mjs";
import { ErrorList, errorsOf, messageLine, menuDraft, ask } from "./admin-common.mjs";
import { weekText } from "./admin-week-hours.mjs";

// Read-only: the hours every call's `open` test reads, from the published ACD configuration.
function HoursView() {
  const [data, setData] = useState(null);
  const [failed, setFailed] = useState("");
  const load = () => api("GET", "/api/acd-config/form").then(setData).catch((e) => setFailed(e.message));
  useEffect(() => {
    load();
    document.addEventListener("acd:published", load);
    return () => document.removeEventListener("acd:published", load);
  }, []);
  if (failed) return html`<p class="error">${failed}</p>`;
  if (!data) return html`<p>…</p>`;
  const own = Object.keys(data.centres).filter((id) => (data.centres[id] || {}).hours).sort();
  const name = (id) => ((data.centre_names || {})[id] || {})[lang] || id;
  return html`<div id="sched-hours-view">
    <p class="hint">${T("sched_hours_where")} ${T("hours_beijing_time")}</p>
    <dl>
      <dt>${T("sched_hours_shared")}</dt><dd id="sched-hours-shared">${weekText(data.shared_hours)}</dd>
      ${own.map((id) => html`<dt>${name(id)}</dt>
        <dd id=${"sched-hours-" + id}>${weekText(data.effective[id].hours)}</dd>`)}
    </dl>
    <p><a href="#h-acd" id="sched-hours-edit">${T("sched_hours_edit")}</a> ·
      <a href="/admin/calendar" id="sched-calendar">${T("sched_calendar_link")}</a></p>
  </div>`;
}

function EmergencyForm() {
  const [files, setFiles] = useState([]);
  const [file, setFile] = useState("");
  const [form, setForm] = useState(null);
  const [prompts, setPrompts] = useState([]);
  const [comment, setComment] = useState("");
  const [errors, setErrors] = useState([]);
  const [note, setNote] = useState({ text: "", ok: true });
  const shown = useRef({ form: null, loaded: "" });  // what the form shows and what it loaded
  shown.current.form = form;

  const load = async (name) => {
    const asShown = JSON.stringify(shown.current.form);
    const pub = await api("GET", "/api/menus/published");
    const names = Object.keys(pub.files).sort();
    setFiles(names);
    const chosen = name || file || names[0];
    setFile(chosen);
    const s = await api("GET", "/api/menus/schedule?file=" + encodeURIComponent(chosen));
    // the administrator changed the form while this was loading: keep what they chose
    if (!name && shown.current.form && JSON.stringify(shown.current.form) !== asShown) return;
    shown.current.loaded = JSON.stringify(s.schedule);
    setForm(s.schedule);
    const p = await api("GET", "/api/prompts");
    setPrompts(p.prompts.filter((x) => x.file === chosen));
  };
  useEffect(() => {
    load().catch((e) => setNote({ text: e.message, ok: false }));
    // another part of the page published: follow it, unless the form has unsaved changes
    const again = () => {
      if (shown.current.form && JSON.stringify(shown.current.form) !== shown.current.loaded) return;
      load().catch(() => {});
    };
    document.addEventListener("menus:published", again);
    return () => document.removeEventListener("menus:published", again);
  }, []);
  if (!form) return html`<p>…</p>`;

  const setEmergency = (patch) => setForm({ ...form, emergency: { ...form.emergency, ...patch } });
  const save = async (ev) => {
    ev.preventDefault();
    if (!ask("confirm_publish_schedule", file)) return;
    try {
      const r = await api("POST", "/api/menus/schedule", { file, schedule: form, comment: comment.trim() || T("schedule"),
        draft: menuDraft.get() || undefined });
      if (r.draft) menuDraft.replace(r.draft);
      shown.current.loaded = JSON.stringify(form);
      setErrors([]); setComment("");
      setNote({ text: T("published") + ": v" + r.number, ok: true });
      menuDraft.published();
    } catch (e) { setErrors(errorsOf(e)); setNote({ text: messageLine(e.detail && e.detail.message ? e.detail.message : e.message), ok: false }); }
  };
  const emergencyText = (prompts.find((p) => p.id === form.emergency.prompt) || { texts: {} }).texts[lang] || "";

  return html`<form id="schedule-form" onSubmit=${save} novalidate>
    <label>${T("file")} <select id="schedule-file" value=${file} onChange=${(e) => load(e.target.value)}>
      ${files.map((f) => html`<option value=${f}>${f}</option>`)}</select></label>
    <fieldset><legend>${T("emergency")}</legend>
      <label class="check"><input type="checkbox" id="schedule-emergency" checked=${form.emergency.enabled}
        onChange=${(e) => setEmergency({ enabled: e.target.checked })} /> ${T("sched_emergency_on")}</label>
      <label>${T("emergency_prompt")} <select id="schedule-emergency-prompt" value=${form.emergency.prompt || ""}
        onChange=${(e) => setEmergency({ prompt: e.target.value || null })}>
        <option value="">-</option>${prompts.map((p) => html`<option value=${p.id}>${p.id}</option>`)}</select></label>
      <p class="hint" id="emergency-text">${emergencyText}</p>
    </fieldset>
    <label>${T("comment")} <input id="schedule-comment" maxlength="500" value=${comment} onInput=${(e) => setComment(e.target.value)} /></label>
    <button type="submit" id="schedule-save" class="primary">${T("save_publish")}</button>
    <div id="schedule-messages" role="status" aria-live="polite" class=${note.ok ? "ok" : "error"}>${note.text}</div>
    <${ErrorList} errors=${errors} id="schedule-errors" />
  </form>`;
}

const mount = document.getElementById("schedule-app");
if (mount) render(html`<${HoursView} /><${EmergencyForm} />`, mount);
