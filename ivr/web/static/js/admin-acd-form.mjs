// Routing and overflow rules as rows of selects, the centres' shared settings and each centre's own
// settings as fields (centres chosen by name), the validator's errors at their field.
// Conditions choose from the known values (no free text that could name a category that does not
// exist); the server checks again with the same validator as the YAML editor.
import { html, render, useEffect, useState, api, T, lang } from "./shared.mjs";
import { ErrorList, errorsOf, messageLine, ask } from "./admin-common.mjs";
import { WeekHours, mergeHours } from "./admin-week-hours.mjs";

const KEYS = ["service_type", "category", "language", "region", "business_region", "dnis"];

function ValueField({ id, keyName, value, choices, onChange }) {
  if (keyName === "dnis") {
    return html`<input id=${id} inputmode="numeric" pattern="[0-9]{3,16}" size="8" value=${value}
      aria-label=${T("match_dnis")} onInput=${(e) => onChange(e.target.value)} />`;
  }
  const options = choices[keyName] || [];
  return html`<select id=${id} value=${value} aria-label=${T("match_" + keyName)} onChange=${(e) => onChange(e.target.value)}>
    ${options.map((o) => html`<option value=${o.value}>${o[lang] || o.zh} (${o.value})</option>`)}</select>`;
}

function RuleRow({ i, rule, data, onChange, onRemove }) {
  const conditions = Object.entries(rule.match);
  const setMatch = (pairs) => onChange({ ...rule, match: Object.fromEntries(pairs) });
  const free = KEYS.filter((k) => !(k in rule.match));
  return html`<tr id=${"rule-" + i}>
    <td><input id=${"rule-" + i + "-name"} value=${rule.name} aria-label=${T("rule_name")}
      onInput=${(e) => onChange({ ...rule, name: e.target.value })} /></td>
    <td>${conditions.map(([key, value], j) => html`<div class="cond">
        <select id=${"rule-" + i + "-key-" + j} value=${key} aria-label=${T("rule_when")}
          onChange=${(e) => setMatch(conditions.map(([k, v], n) => (n === j ? [e.target.value, e.target.value === "dnis" ? "" : (data.choices[e.target.value] || [{}])[0].value] : [k, v])))}>
          ${KEYS.filter((k) => k === key || free.includes(k)).map((k) => html`<option value=${k}>${T("match_" + k)}</option>`)}</select>
        =
        <${ValueField} id=${"rule-" + i + "-value-" + j} keyName=${key} value=${value} choices=${data.choices}
          onChange=${(v) => setMatch(conditions.map(([k, old], n) => [k, n === j ? v : old]))} />
        <button type="button" class="link" aria-label=${T("remove")} onClick=${() => setMatch(conditions.filter((_, n) => n !== j))}>×</button>
      </div>`)}
      ${free.length ? html`<button type="button" class="link" id=${"rule-" + i + "-add-cond"}
        onClick=${() => setMatch([...conditions, [free[0], free[0] === "dnis" ? "" : data.choices[free[0]][0].value]])}>+ ${T("rule_condition")}</button>` : null}
    </td>
    <td><input type="number" id=${"rule-" + i + "-priority"} min="-100" max="100" value=${rule.priority}
      aria-label=${T("rule_priority")} onInput=${(e) => onChange({ ...rule, priority: Number(e.target.value) || 0 })} /></td>
    <td><select id=${"rule-" + i + "-centre"} value=${rule.centre || ""} aria-label=${T("rule_centre")}
      onChange=${(e) => onChange({ ...rule, centre: e.target.value || null })}>
      <option value="">${T("rule_keep_centre")}</option>
      ${data.centre_ids.map((c) => html`<option value=${c}>${centreLabel(data, c)}</option>`)}</select></td>
    <td><button type="button" id=${"rule-" + i + "-remove"} onClick=${onRemove}>${T("remove")}</button></td>
  </tr>`;
}

/** A centre's name in the page language with its id: "北京 (bj)". */
function centreLabel(data, id) {
  const names = (data.centre_names || {})[id];
  return names ? (names[lang] || names.zh) + " (" + id + ")" : id;
}

/** The validator's errors of one field of one scope (defaults or a centre), in the page language. */
function FieldError({ id, errors, field }) {
  const mine = (errors || []).filter((e) => e.field === field || e.field.startsWith(field + "."));
  return mine.length ? html`<span class="error" id=${id} role="alert">${mine.map((e) => e[lang] || e.zh).join("；")}</span>` : null;
}

// The fields of the shared settings (prefix "acd") or of one centre (prefix "centre"): opening hours per
// weekday, strategy, limits, targets, the overflow chain. ``shown(key)`` is the value in force; ``own(key)``
// says whether the centre sets it itself (then a button puts the shared value back).
function SettingsFields({ prefix, shown, set, own, reset, data, errors }) {
  const mark = (key) => (own && own(key) ? html` <span class="badge" id=${prefix + "-" + key + "-own"}>${T("acd_own")}</span>
    <button type="button" class="link" id=${prefix + "-" + key + "-reset"} onClick=${() => reset(key)}>${T("acd_use_shared")}</button>` : null);
  const err = (key) => html`<${FieldError} id=${prefix + "-" + key + "-error"} errors=${errors} field=${key} />`;
  const num = (key) => html`<label>${T("acd_" + key)} <input type="number" id=${prefix + "-" + key} min="0" value=${shown(key) ?? ""}
    onInput=${(e) => set(key, e.target.value === "" ? null : Number(e.target.value))} />${mark(key)}${err(key)}</label>`;
  const overflow = shown("overflow") || [];
  const sl = shown("service_level") || { target: 0.8, seconds: 20 };
  const setSl = (part, value) => set("service_level", { ...sl, [part]: value });
  return html`
    <${WeekHours} prefix=${prefix} hours=${shown("hours")} setHours=${(h) => set("hours", h)} errors=${errors} />
    <div class="row">
      ${mark("hours")}
      <label>${T("acd_strategy")} <select id=${prefix + "-strategy"} value=${shown("strategy") || ""} onChange=${(e) => set("strategy", e.target.value)}>
        ${data.strategies.map((s) => html`<option value=${s}>${T("strategy_" + s)}</option>`)}</select>${mark("strategy")}${err("strategy")}</label>
    </div>
    <div class="row">${num("max_queue")}${num("overflow_after")}${num("ring_time")}${num("wrapup")}</div>
    <div class="row">
      <label>${T("acd_sl_target")} <input type="number" id=${prefix + "-sl-target"} min="1" max="100" value=${Math.round(sl.target * 100)}
        onInput=${(e) => setSl("target", e.target.value === "" ? null : Number(e.target.value) / 100)} /></label>
      <label>${T("acd_sl_seconds")} <input type="number" id=${prefix + "-sl-seconds"} min="1" value=${sl.seconds}
        onInput=${(e) => setSl("seconds", e.target.value === "" ? null : Number(e.target.value))} /></label>
      ${mark("service_level")}${err("service_level")}
    </div>
    <div class="row"><span>${T("acd_overflow")}:</span>
      ${overflow.map((c, j) => html`<select id=${prefix + "-overflow-" + j} value=${c} aria-label=${T("acd_overflow") + " " + (j + 1)}
        onChange=${(e) => set("overflow", overflow.map((x, n) => (n === j ? e.target.value : x)))}>
        ${data.centre_ids.map((id) => html`<option value=${id}>${centreLabel(data, id)}</option>`)}</select>
        <button type="button" class="link" aria-label=${T("remove")} onClick=${() => set("overflow", overflow.filter((_, n) => n !== j))}>×</button>`)}
      <button type="button" class="link" id=${prefix + "-overflow-add"} onClick=${() => set("overflow", [...overflow, "cn"])}>+ ${T("acd_overflow_add")}</button>
      ${mark("overflow")}${err("overflow")}
    </div>`;
}

function Defaults({ d, data, onChange, errors }) {
  return html`<fieldset id="acd-defaults"><legend>${T("acd_defaults")}</legend>
    <${SettingsFields} prefix="acd" data=${data} errors=${errors} shown=${(k) => d[k]}
      set=${(k, v) => onChange({ ...d, [k]: v })} />
  </fieldset>`;
}

// One centre's own settings: the values in force (its own, else the shared ones); changing a field
// makes it the centre's own, "use the shared value" removes it again.
function CentreSettings({ data, defaults, centre, setCentre, own, onChange, errors }) {
  const inherited = (key) => {
    if (key === "overflow" && centre === "cn") return [];
    if (key === "hours") return defaults.hours || data.shared_hours;
    return defaults[key] ?? (data.effective[centre] || {})[key];
  };
  const shown = (key) => (key === "hours" && own.hours ? mergeHours(inherited("hours"), own.hours) : own[key] ?? inherited(key));
  const ownIds = Object.keys(data.centres || {});
  return html`<fieldset id="acd-centre"><legend>${T("acd_centre_settings")}</legend>
    <p class="hint">${T("acd_centre_hint")}</p>
    <div class="row"><label>${T("acd_centre")} <select id="centre-select" value=${centre} onChange=${(e) => setCentre(e.target.value)}>
      ${data.centre_ids.map((id) => html`<option value=${id}>${centreLabel(data, id)}${ownIds.includes(id) ? " · " + T("acd_own") : ""}</option>`)}
    </select></label></div>
    <${SettingsFields} key=${centre} prefix="centre" data=${data} errors=${errors} shown=${shown}
      own=${(k) => own[k] !== undefined && own[k] !== null}
      set=${(k, v) => onChange({ ...own, [k]: v })} reset=${(k) => onChange({ ...own, [k]: null })} />
  </fieldset>`;
}

function AcdForm() {
  const [data, setData] = useState(null);
  const [rules, setRules] = useState([]);
  const [defaults, setDefaults] = useState({});
  const [centre, setCentre] = useState("bj");
  const [edited, setEdited] = useState({});  // centre id -> its own fields, for the centres changed here
  const [comment, setComment] = useState("");
  const [errors, setErrors] = useState([]);
  const [fieldErrors, setFieldErrors] = useState([]);
  const [note, setNote] = useState({ text: "", ok: true });
  const load = async () => {
    const d = await api("GET", "/api/acd-config/form");
    setData(d); setRules(d.rules); setDefaults(d.defaults); setEdited({});
  };
  useEffect(() => {
    const again = () => load().catch((e) => setNote({ text: e.message, ok: false }));
    document.addEventListener("acd:expert-published", again);  // published from the expert editor
    again();
    return () => document.removeEventListener("acd:expert-published", again);
  }, []);
  // The try (scripted or interactive) follows this form's unsaved changes: the draft's routing rules.
  useEffect(() => {
    window.acdFormDraft = () => {
      if (!data) return null;
      const same = JSON.stringify(rules) === JSON.stringify(data.rules) && JSON.stringify(defaults) === JSON.stringify(data.defaults)
        && !Object.keys(edited).length;
      return same ? null : { rules, defaults, centres: edited };
    };
  });
  if (!data) return html`<p>…</p>`;
  const own = edited[centre] || (data.centres || {})[centre] || {};
  const save = async (ev) => {
    ev.preventDefault();
    if (!ask("confirm_publish_acd")) return;
    try {
      const v = await api("POST", "/api/acd-config/form", { rules, defaults, centres: edited, comment: comment.trim() || T("acd_form") });
      setErrors([]); setFieldErrors([]); setComment(""); setNote({ text: T("published") + ": v" + v.number, ok: true });
      document.dispatchEvent(new CustomEvent("acd:published"));
      await load();
    } catch (e) {
      setErrors(errorsOf(e)); setFieldErrors((e.detail && e.detail.fields) || []);
      setNote({ text: messageLine(e.detail && e.detail.message ? e.detail.message : e.message), ok: false });
    }
  };
  return html`<form id="acd-form" onSubmit=${save} novalidate>
    <${Defaults} d=${defaults} data=${data} onChange=${setDefaults} errors=${fieldErrors.filter((e) => e.scope === "defaults")} />
    <${CentreSettings} data=${data} defaults=${defaults} centre=${centre} setCentre=${setCentre} own=${own}
      onChange=${(fields) => setEdited({ ...edited, [centre]: fields })} errors=${fieldErrors.filter((e) => e.scope === centre)} />
    <h3>${T("rules")}</h3>
    <p class="hint">${T("rules_hint")}</p>
    <table class="table rules"><thead><tr><th>${T("rule_name")}</th><th>${T("rule_when")}</th><th>${T("rule_priority")}</th>
      <th>${T("rule_centre")}</th><th></th></tr></thead>
      <tbody>${rules.map((r, i) => html`<${RuleRow} i=${i} rule=${r} data=${data}
        onChange=${(nr) => setRules(rules.map((x, n) => (n === i ? nr : x)))} onRemove=${() => setRules(rules.filter((_, n) => n !== i))} />`)}</tbody></table>
    <button type="button" id="rule-add" onClick=${() => setRules([...rules, { name: "", match: { category: "food" }, priority: 1, centre: null }])}>+ ${T("rule_add")}</button>
    <div class="row">
      <label class="grow">${T("comment")} <input id="acd-form-comment" maxlength="500" value=${comment} onInput=${(e) => setComment(e.target.value)} /></label>
      <button type="submit" id="acd-form-save" class="primary">${T("save_publish")}</button>
    </div>
    <div id="acd-form-messages" role="status" aria-live="polite" class=${note.ok ? "ok" : "error"}>${note.text}</div>
    <${ErrorList} errors=${errors} id="acd-form-errors" />
  </form>`;
}

const mount = document.getElementById("acd-form-app");
if (mount) render(html`<${AcdForm} />`, mount);
