// Sentences with values recorded whole (/api/prompts/whole, ivr/prompts_whole.py): for every prompt with
// values the recordings made so far, each with its player, and a form to add one: the prompt from a
// list, each value chosen from what its slot allows (the reference data's values, a key, a number in the
// range the readings can say), the language, the administrator's WAV file. Errors show at their field.
import { html, useEffect, useState, api, T, lang, pick, beijing, ZONE_LABEL } from "./shared.mjs";
import { ask, messageLine } from "./admin-common.mjs";

const say = (text, ok) => window.dispatchEvent(new CustomEvent("admin:say", { detail: { text, ok } }));
const langName = (l) => (T("whole_lang_" + l) === "whole_lang_" + l ? l : T("whole_lang_" + l));
const refOf = (t) => t.file + "|" + t.id;

function valueText(field, value) {
  const known = (field.values || []).find((v) => v.value === value);
  return known ? pick(known, value) : value;
}

function valuesText(template, values) {
  return template.slots.map((f) => pick(f, f.slot) + " " + valueText(f, values[f.slot] || "")).join(" · ");
}

function FieldError({ errors, field }) {
  const text = errors[field];
  return text ? html`<span class="error field-error" role="alert" data-field=${field}>${text}</span>` : null;
}

function RecordingRow({ template, language, r, onDelete }) {
  const q = new URLSearchParams({ file: template.file, id: template.id, language, key: r.key });
  return html`<tr class="whole-row" data-key=${r.key}>
    <td>${template.id}</td><td>${langName(language)}</td><td class="whole-values">${valuesText(template, r.values)}</td>
    <td>${r.sentence}${r.current ? null : html` <em class="hint">(${T("whole_not_current")})</em>`}</td>
    <td><audio controls preload="none" src=${"/api/prompts/whole/audio?" + q}></audio></td>
    <td>${beijing(r.recorded_at)}</td>
    <td><button type="button" class="whole-delete" onClick=${() => onDelete(template, language, r)}>${T("whole_delete")}</button></td>
  </tr>`;
}

function checkForm(template, values, upload, comment) {
  const errors = {};
  for (const f of template.slots) {
    const v = (values[f.slot] || "").trim();
    if (!v) errors["values." + f.slot] = T("whole_need_value");
    else if (f.input === "number" && (!/^\d+$/.test(v) || Number(v) < f.min || Number(v) > f.max)) {
      errors["values." + f.slot] = T("whole_number_range").replace("{min}", f.min).replace("{max}", f.max);
    }
  }
  if (!upload) errors.upload = T("whole_need_file");
  if (!comment.trim()) errors.comment = T("whole_need_comment");
  return errors;
}

function ValueField({ f, value, set, errors }) {
  const id = "whole-v-" + f.slot;
  const label = pick(f, f.slot);
  let input;
  if (f.input === "choice") {
    input = html`<select id=${id} value=${value} onChange=${(e) => set(e.target.value)}>
      <option value="">…</option>${f.values.map((v) => html`<option value=${v.value}>${pick(v, v.value)}</option>`)}</select>`;
  } else if (f.input === "number") {
    input = html`<input type="number" id=${id} min=${f.min} max=${f.max} step="1" value=${value} onInput=${(e) => set(e.target.value)} />`;
  } else if (f.input === "date") {
    input = html`<input type="date" id=${id} value=${value} onInput=${(e) => set(e.target.value)} />`;
  } else {
    input = html`<input id=${id} value=${value} inputmode=${f.input === "digits" ? "numeric" : "text"} onInput=${(e) => set(e.target.value)} />`;
  }
  return html`<label>${label} ${input}</label><${FieldError} errors=${errors} field=${"values." + f.slot} />`;
}

function AddForm({ templates, onSaved }) {
  const [ref, setRef] = useState(refOf(templates[0]));
  const template = templates.find((t) => refOf(t) === ref) || templates[0];
  const [language, setLanguage] = useState(template.languages[0]);
  const [values, setValues] = useState({});
  const [upload, setUpload] = useState(null);
  const [comment, setComment] = useState("");
  const [errors, setErrors] = useState({});
  const [busy, setBusy] = useState(false);
  const choose = (value) => { setRef(value); setValues({}); setErrors({}); };
  const submit = async (ev) => {
    ev.preventDefault();
    const found = checkForm(template, values, upload, comment);
    setErrors(found);
    if (Object.keys(found).length) return;
    const form = new FormData();
    form.append("upload", upload); form.append("file", template.file); form.append("id", template.id);
    form.append("language", language); form.append("comment", comment);
    form.append("values", JSON.stringify(Object.fromEntries(template.slots.map((f) => [f.slot, values[f.slot].trim()]))));
    setBusy(true);
    try {
      await api("POST", "/api/prompts/whole", form, { form: true });
      say(T("whole_saved"), true);
      setValues({}); setComment(""); setUpload(null); ev.target.reset();
      await onSaved();
    } catch (e) {
      const detail = e.detail || {};
      setErrors({ [detail.field || "form"]: detail[lang] || messageLine(e.message) });
    }
    setBusy(false);
  };
  return html`<form id="whole-form" class="whole-form" onSubmit=${submit} novalidate>
    <label>${T("whole_prompt")} <select id="whole-prompt" value=${ref} onChange=${(e) => choose(e.target.value)}>
      ${templates.map((t) => html`<option value=${refOf(t)}>${t.id} · ${(t.texts[lang] || t.texts.zh || "").slice(0, 24)}</option>`)}</select></label>
    <label>${T("whole_language")} <select id="whole-language" value=${language} onChange=${(e) => setLanguage(e.target.value)}>
      ${template.languages.filter((l) => template.recordings[l]).map((l) => html`<option value=${l}>${langName(l)}</option>`)}</select></label>
    <${FieldError} errors=${errors} field="language" />
    <p class="hint" id="whole-template-text">${template.texts[language] || ""}</p>
    ${template.slots.map((f) => html`<${ValueField} key=${ref + f.slot} f=${f} value=${values[f.slot] || ""} errors=${errors}
      set=${(v) => setValues((now) => ({ ...now, [f.slot]: v }))} />`)}
    <${FieldError} errors=${errors} field="values" />
    <label>${T("whole_file")} <input type="file" id="whole-upload" accept=".wav,audio/wav" onChange=${(e) => setUpload(e.target.files[0] || null)} /></label>
    <${FieldError} errors=${errors} field="upload" />
    <label>${T("whole_comment")} <input id="whole-comment" size="30" maxlength="500" value=${comment} onInput=${(e) => setComment(e.target.value)} /></label>
    <${FieldError} errors=${errors} field="comment" />
    <button type="submit" id="whole-add" disabled=${busy}>${T("whole_add")}</button>
    <${FieldError} errors=${errors} field="form" />
  </form>`;
}

export function WholeRecordings() {
  const [templates, setTemplates] = useState(null);
  const load = () => api("GET", "/api/prompts/whole/templates").then((r) => setTemplates(r.templates))
    .catch((e) => say(messageLine(e.message), false));
  useEffect(() => {
    load();
    document.addEventListener("menus:published", load);
    return () => document.removeEventListener("menus:published", load);
  }, []);
  if (!templates) return null;
  const remove = async (template, language, r) => {
    if (!ask("whole_confirm_delete", r.sentence)) return;
    try {
      await api("DELETE", "/api/prompts/whole", { file: template.file, id: template.id, language, values: r.values,
        comment: "removed on the prompts page" });
      say(T("whole_deleted"), true);
      await load();
    } catch (e) { say(messageLine(e.message), false); }
  };
  const rows = templates.flatMap((t) => Object.entries(t.recordings).flatMap(([language, list]) =>
    list.map((r) => html`<${RecordingRow} key=${r.key} template=${t} language=${language} r=${r} onDelete=${remove} />`)));
  return html`<div id="whole-recordings">
    <h3 id="h-whole">${T("whole_title")}</h3>
    <p class="hint">${T("whole_hint")}</p>
    <table class="table whole" id="whole-table">
      <thead><tr><th>${T("whole_prompt")}</th><th>${T("whole_language")}</th><th>${T("whole_values")}</th>
        <th>${T("whole_sentence")}</th><th>${T("listen")}</th><th>${T("whole_recorded_at")} (${ZONE_LABEL})</th><th></th></tr></thead>
      <tbody>${rows.length ? rows : html`<tr><td colspan="7" id="whole-none">${T("whole_none")}</td></tr>`}</tbody>
    </table>
    ${templates.length ? html`<${AddForm} templates=${templates} onSaved=${load} />` : null}
  </div>`;
}
