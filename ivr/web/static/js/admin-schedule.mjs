// Opening hours per weekday, holidays, make-up working days and the emergency switch as a form.
// Saving publishes the change and carries it into the editor's draft, so nothing unsaved is lost.
import { html, render, useEffect, useRef, useState, api, T, lang } from "./shared.mjs";
import { ErrorList, errorsOf, messageLine, timeChoices, WEEKDAYS, WEEKDAY_NAMES, menuDraft, ask } from "./admin-common.mjs";

function TimeSelect({ id, value, onChange, label }) {
  return html`<select id=${id} aria-label=${label} value=${value} onChange=${(e) => onChange(e.target.value)}>
    ${timeChoices(value).map((t) => html`<option value=${t}>${t}</option>`)}</select>`;
}

function DateList({ name, dates, onChange, fieldErrors }) {
  const [fresh, setFresh] = useState("");
  const add = () => {
    if (!fresh) return;
    onChange([...new Set([...dates, fresh])].sort());
    setFresh("");
  };
  return html`<fieldset class="dates" id=${"sched-" + name}>
    <legend>${T("sched_" + name)}</legend>
    <p class="hint">${T("sched_" + name + "_hint")}</p>
    <ul class="chips">${dates.map((d) => html`<li><time datetime=${d}>${d}</time>
      <button type="button" class="link" aria-label=${T("remove") + " " + d}
        onClick=${() => onChange(dates.filter((x) => x !== d))}>×</button></li>`)}</ul>
    <label>${T("sched_add_date")} <input type="date" id=${name + "-new"} value=${fresh}
      onInput=${(e) => setFresh(e.target.value)} /></label>
    <button type="button" id=${name + "-add"} onClick=${add}>${T("add")}</button>
    <${ErrorList} errors=${fieldErrors} id=${"sched-" + name + "-errors"} />
  </fieldset>`;
}

function errorsFor(errors, test) {
  return errors.filter((e) => typeof e === "object" && test(e.field_en || "", e.message_en || ""));
}

function ScheduleForm() {
  const [files, setFiles] = useState([]);
  const [file, setFile] = useState("");
  const [form, setForm] = useState(null);
  const [prompts, setPrompts] = useState([]);
  const [comment, setComment] = useState("");
  const [errors, setErrors] = useState([]);
  const [note, setNote] = useState({ text: "", ok: true });
  const [year, setYear] = useState(new Date().getFullYear());
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
    // the administrator changed the form while this was loading: keep what they typed
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

  const set = (patch) => setForm({ ...form, ...patch });
  const setDay = (day, periods) => set({ hours: { ...form.hours, [day]: periods } });
  const importCalendar = async () => {
    try {
      const cal = await api("GET", "/api/menus/calendar?year=" + year);
      if (!cal.holidays.length) { setNote({ text: T("sched_no_calendar") + " " + year, ok: false }); return; }
      set({ holidays: [...new Set([...form.holidays, ...cal.holidays])].sort(),
            workdays: [...new Set([...form.workdays, ...cal.workdays])].sort() });
      setNote({ text: T("sched_imported") + " " + year + (cal.provisional ? " (" + T("sched_provisional") + ")" : ""), ok: true });
    } catch (e) { setNote({ text: e.message, ok: false }); }
  };
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
  const names = WEEKDAY_NAMES[lang];

  return html`<form id="schedule-form" onSubmit=${save} novalidate>
    <label>${T("file")} <select id="schedule-file" value=${file} onChange=${(e) => load(e.target.value)}>
      ${files.map((f) => html`<option value=${f}>${f}</option>`)}</select></label>
    <fieldset id="sched-hours"><legend>${T("sched_hours")}</legend>
      <label class="check"><input type="checkbox" id="sched-always-open" checked=${form.always_open}
        onChange=${(e) => set({ always_open: e.target.checked })} /> ${T("sched_always_open")}</label>
      ${form.always_open ? null : html`<table class="table hours"><tbody>
        ${WEEKDAYS.map((day, i) => {
          const periods = form.hours[day] || [];
          const dayErrors = errorsFor(errors, (f) => f.startsWith(WEEKDAY_NAMES.en[i]));
          return html`<tr id=${"sched-row-" + day} class=${dayErrors.length ? "invalid" : ""}>
            <th scope="row">${names[i]}</th>
            <td>${periods.length ? null : html`<span class="muted">${T("sched_closed")}</span>`}
              ${periods.map((p, j) => html`<span class="period">
                <${TimeSelect} id=${"sched-" + day + "-" + j + "-start"} value=${p.start} label=${names[i] + " " + T("sched_from")}
                  onChange=${(v) => setDay(day, periods.map((q, k) => (k === j ? { ...q, start: v } : q)))} />
                –
                <${TimeSelect} id=${"sched-" + day + "-" + j + "-end"} value=${p.end} label=${names[i] + " " + T("sched_to")}
                  onChange=${(v) => setDay(day, periods.map((q, k) => (k === j ? { ...q, end: v } : q)))} />
                <button type="button" class="link" aria-label=${T("remove")}
                  onClick=${() => setDay(day, periods.filter((_, k) => k !== j))}>×</button></span>`)}
              <button type="button" class="link" id=${"sched-" + day + "-add"}
                onClick=${() => setDay(day, [...periods, { start: "08:30", end: "18:00" }])}>+ ${T("sched_period")}</button>
              <${ErrorList} errors=${dayErrors} id=${"sched-" + day + "-errors"} /></td></tr>`;
        })}</tbody></table>`}
    </fieldset>
    <div class="row">
      <label>${T("sched_year")} <input type="number" id="calendar-year" min="2020" max="2100" value=${year}
        onInput=${(e) => setYear(e.target.value)} /></label>
      <button type="button" id="calendar-import" onClick=${importCalendar}>${T("sched_import")}</button>
    </div>
    <${DateList} name="holidays" dates=${form.holidays} onChange=${(d) => set({ holidays: d })}
      fieldErrors=${errorsFor(errors, (f, m) => f.startsWith("holidays") || / holiday/.test(m))} />
    <${DateList} name="workdays" dates=${form.workdays} onChange=${(d) => set({ workdays: d })}
      fieldErrors=${errorsFor(errors, (f, m) => f.startsWith("make-up") || /make-up/.test(m))} />
    <fieldset><legend>${T("emergency")}</legend>
      <label class="check"><input type="checkbox" id="schedule-emergency" checked=${form.emergency.enabled}
        onChange=${(e) => set({ emergency: { ...form.emergency, enabled: e.target.checked } })} /> ${T("sched_emergency_on")}</label>
      <label>${T("emergency_prompt")} <select id="schedule-emergency-prompt" value=${form.emergency.prompt || ""}
        onChange=${(e) => set({ emergency: { ...form.emergency, prompt: e.target.value || null } })}>
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
if (mount) render(html`<${ScheduleForm} />`, mount);
