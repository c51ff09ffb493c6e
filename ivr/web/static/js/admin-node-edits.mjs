// The node edits that were YAML only: rename a node (every link follows), a condition's tests and
// slot mappings (a set node's values, the values a menu key sets, a queue's centre slot). Every choice
// comes from the catalogue of the draft (/api/menus/draft/catalogue: slots with their values from the
// reference data, the menu's numbers, the file's nodes); nothing typed can name what does not exist.
// Each change goes into the editor's draft; refusals are shown at their field in the page language.
import { html, useEffect, useState, api, T, lang } from "./shared.mjs";
import { ErrorList, errorsOf, menuDraft } from "./admin-common.mjs";

const say = (pair) => (pair ? pair[lang] || pair.zh : "");
const valueText = (v) => (lang === "zh" ? v.zh : v.en) + (v.value !== v.zh && v.value !== v.en ? " (" + v.value + ")" : "");
/** "投诉类别 · category": a slot in the page language with its name. */
export const slotText = (s) => (s ? say(s) + " · " + s.slot : "");

/** The error of one field, in the page language, right beside it. */
function FieldError({ errors, field }) {
  const e = errors.find((x) => x.field === field);
  if (!e) return null;
  return html`<span class="error field-error" role="alert" data-field=${field}>${lang === "zh" ? e.message_zh : e.message_en}</span>`;
}

/** The errors no field of this form shows (the validator's verdict on the whole draft). */
function OtherErrors({ errors, fields, id }) {
  return html`<${ErrorList} errors=${errors.filter((e) => !fields.includes(e.field))} id=${id} />`;
}

async function send(path, body) {
  await menuDraft.ready();
  const files = menuDraft.files();
  if (!files) throw new Error(T("err_failed"));
  return api("POST", "/api/menus/draft" + path, { files, ...body });
}

function RenameNode({ menu, node, onDone }) {
  const [name, setName] = useState("");
  const [errors, setErrors] = useState([]);
  const apply = async (ev) => {
    ev.preventDefault();
    try {
      const r = await send("/node/rename", { file: menu.file, node: node.id, new: name.trim() });
      menuDraft.replace(r.files);
      setErrors(r.errors);
      const links = r.renamed.map((x) => (lang === "zh" ? x.zh : x.en)).join(lang === "zh" ? "、" : ", ");
      onDone(name.trim(), T("edit_renamed") + (lang === "zh" ? "：" : ": ") + (links || "-"));
    } catch (e) { setErrors(errorsOf(e)); }
  };
  return html`<form id="node-rename" class="row" onSubmit=${apply}>
    <label>${T("edit_rename_new")} <input id="node-rename-new" size="18" value=${name} onInput=${(e) => setName(e.target.value)} /></label>
    <button type="submit" id="node-rename-apply">${T("edit_rename")}</button>
    <${FieldError} errors=${errors} field="new" />
    <${OtherErrors} errors=${errors} fields=${["new"]} id="node-rename-errors" />
  </form>`;
}

/** The draft's catalogue of file ``file``: slots with their values, tests, numbers, nodes. */
export function loadCatalogue(file) {
  return send("/catalogue", { file });
}

// ---- a condition's tests ------------------------------------------------------------------------

function blankTest(kind) {
  if (kind === "dnis") return { kind, numbers: [] };
  if (kind === "slot") return { kind, slot: "", op: "is_set" };
  return { kind, value: true };
}

function TestFields({ index, test, cat, errors, change }) {
  const spec = cat.tests.find((t) => t.kind === test.kind) || cat.tests[0];
  const id = (part) => "cond-" + index + "-" + part;
  const kindSelect = html`<label>${T("edit_test")} <select id=${id("kind")} value=${test.kind}
      onChange=${(e) => change(blankTest(e.target.value))}>
    ${cat.tests.map((t) => html`<option value=${t.kind}>${T("test_" + t.kind)}</option>`)}</select></label>
    <${FieldError} errors=${errors} field=${"branches." + index + ".kind"} />`;
  if (spec.type === "bool") {
    return html`${kindSelect}<label>${T("edit_value")} <select id=${id("value")} value=${String(test.value)}
        onChange=${(e) => change({ ...test, value: e.target.value === "true" })}>
      <option value="true">${T("edit_yes")}</option><option value="false">${T("edit_no")}</option></select></label>
      <${FieldError} errors=${errors} field=${"branches." + index + ".value"} />`;
  }
  if (spec.type === "numbers") {
    return html`${kindSelect}<fieldset id=${id("numbers")} class="inline"><legend>${T("test_dnis")}</legend>
      ${spec.options.map((n) => html`<label class="check"><input type="checkbox" id=${id("num-" + n)} checked=${test.numbers.includes(n)}
        onChange=${(e) => change({ ...test, numbers: e.target.checked ? [...test.numbers, n] : test.numbers.filter((x) => x !== n) })} /> ${n}</label>`)}
      </fieldset><${FieldError} errors=${errors} field=${"branches." + index + ".numbers"} />`;
  }
  const slot = cat.slots.find((s) => s.slot === test.slot);
  const ops = slot && slot.values.length ? spec.ops : spec.ops.filter((o) => o === "is_set" || o === "not_set");
  return html`${kindSelect}
    <label>${T("edit_slot")} <select id=${id("slot")} value=${test.slot}
        onChange=${(e) => change({ kind: "slot", slot: e.target.value, op: "is_set" })}>
      <option value="">${T("edit_choose")}</option>
      ${cat.slots.map((s) => html`<option value=${s.slot}>${slotText(s)}</option>`)}</select></label>
    <${FieldError} errors=${errors} field=${"branches." + index + ".slot"} />
    <label><select id=${id("op")} aria-label=${T("edit_test")} value=${test.op}
        onChange=${(e) => change({ kind: "slot", slot: test.slot, op: e.target.value })}>
      ${ops.map((o) => html`<option value=${o}>${T("op_" + o)}</option>`)}</select></label>
    <${FieldError} errors=${errors} field=${"branches." + index + ".op"} />
    ${test.op === "equals" && slot ? html`<label>${T("edit_value")} <select id=${id("value")} value=${test.value || ""}
        onChange=${(e) => change({ ...test, value: e.target.value })}>
      <option value="">${T("edit_choose")}</option>
      ${slot.values.map((v) => html`<option value=${v.value}>${valueText(v)}</option>`)}</select></label>
      <${FieldError} errors=${errors} field=${"branches." + index + ".value"} />` : null}
    ${test.op === "in" && slot ? html`<label>${T("edit_value")} <select multiple size="4" id=${id("values")}
        onChange=${(e) => change({ ...test, values: Array.from(e.target.selectedOptions).map((o) => o.value) })}>
      ${slot.values.map((v) => html`<option value=${v.value} selected=${(test.values || []).includes(v.value)}>${valueText(v)}</option>`)}</select></label>
      <${FieldError} errors=${errors} field=${"branches." + index + ".values"} />` : null}`;
}

function ConditionForm({ menu, node, cat, form, onDone }) {
  const [branches, setBranches] = useState(form.branches);
  const [otherwise, setOtherwise] = useState(form.otherwise);
  const [errors, setErrors] = useState([]);
  const nodeOptions = (value) => html`<option value="">${T("edit_choose")}</option>
    ${cat.nodes.map((n) => html`<option value=${n} selected=${n === value}>${n}</option>`)}`;
  const put = (i, b) => setBranches(branches.map((x, n) => (n === i ? b : x)));
  const apply = async (ev) => {
    ev.preventDefault();
    try {
      const r = await send("/node/condition", { file: menu.file, node: node.id, branches, otherwise });
      menuDraft.replace(r.files);
      setErrors(r.errors);
      onDone(node.id, T("node_applied"));
    } catch (e) { setErrors(errorsOf(e)); }
  };
  const fields = ["otherwise", "branches", ...branches.flatMap((_, i) => ["kind", "value", "values", "numbers", "slot", "op", "target"]
    .map((p) => "branches." + i + "." + p))];
  return html`<form id="cond-form" class="card inner" onSubmit=${apply}>
    <h4>${T("edit_cond_title")}</h4>
    ${branches.map((b, i) => html`<fieldset class="row cond-branch" id=${"cond-" + i}>
      <legend>${T("edit_branch")} ${i + 1}</legend>
      <${TestFields} index=${i} test=${b.test} cat=${cat} errors=${errors} change=${(t) => put(i, { ...b, test: t })} />
      <label>${T("edit_goes_to")} <select id=${"cond-" + i + "-target"} value=${b.target}
          onChange=${(e) => put(i, { ...b, target: e.target.value })}>${nodeOptions(b.target)}</select></label>
      <${FieldError} errors=${errors} field=${"branches." + i + ".target"} />
      ${branches.length > 1 ? html`<button type="button" class="link" id=${"cond-" + i + "-remove"}
        onClick=${() => setBranches(branches.filter((_, n) => n !== i))}>${T("edit_remove_row")}</button>` : null}
    </fieldset>`)}
    <button type="button" class="link" id="cond-add" onClick=${() => setBranches([...branches, { test: blankTest("slot"), target: "" }])}>+ ${T("edit_add_branch")}</button>
    <div class="row"><label>${T("edit_otherwise")} <select id="cond-otherwise" value=${otherwise}
        onChange=${(e) => setOtherwise(e.target.value)}>${nodeOptions(otherwise)}</select></label>
      <${FieldError} errors=${errors} field="otherwise" /></div>
    <button type="submit" id="cond-apply">${T("node_apply")}</button>
    <${OtherErrors} errors=${errors} fields=${fields} id="cond-errors" />
  </form>`;
}

// ---- slot mappings ------------------------------------------------------------------------------

function PairRows({ pairs, setPairs, cat, errors }) {
  const settable = cat.slots.filter((s) => s.domain && s.slot !== "dnis" && s.slot !== "caller");
  const put = (i, p) => setPairs(pairs.map((x, n) => (n === i ? p : x)));
  return html`${pairs.map((p, i) => {
    const slot = cat.slots.find((s) => s.slot === p.slot);
    return html`<div class="row map-row">
      <label>${T("edit_slot")} <select id=${"map-" + i + "-slot"} value=${p.slot} onChange=${(e) => put(i, { slot: e.target.value, value: "" })}>
        <option value="">${T("edit_choose")}</option>
        ${settable.map((s) => html`<option value=${s.slot}>${slotText(s)}</option>`)}</select></label>
      <${FieldError} errors=${errors} field=${"pairs." + i + ".slot"} />
      <label>${T("edit_value")} <select id=${"map-" + i + "-value"} value=${p.value} onChange=${(e) => put(i, { ...p, value: e.target.value })}>
        <option value="">${T("edit_choose")}</option>
        ${slot ? slot.values.map((v) => html`<option value=${v.value} selected=${v.value === p.value}>${valueText(v)}</option>`) : null}
        ${slot ? slot.copy_from.map((c) => html`<option value=${"{" + c + "}"} selected=${"{" + c + "}" === p.value}>${T("edit_copy_of")}: ${slotText(cat.slots.find((s) => s.slot === c))}</option>`) : null}
      </select></label>
      <${FieldError} errors=${errors} field=${"pairs." + i + ".value"} />
      <button type="button" class="link" id=${"map-" + i + "-remove"} onClick=${() => setPairs(pairs.filter((_, n) => n !== i))}>${T("edit_remove_row")}</button>
    </div>`;
  })}
  <button type="button" class="link" id="map-add" onClick=${() => setPairs([...pairs, { slot: "", value: "" }])}>+ ${T("edit_add_row")}</button>`;
}

function MappingForm({ menu, node, cat, form, onDone }) {
  const choices = form.choices || [];
  const [where, setWhere] = useState(form.values ? "values" : form.choices ? "choices.0.set" : "centre_slot");
  const pairsOf = (w) => (w === "values" ? form.values : (choices[Number(w.split(".")[1])] || { set: [] }).set);
  const [pairs, setPairs] = useState(form.values || form.choices ? pairsOf(where) : []);
  const [centre, setCentre] = useState(form.centre_slot || "");
  const [errors, setErrors] = useState([]);
  const apply = async (ev) => {
    ev.preventDefault();
    try {
      const body = { file: menu.file, node: node.id, where, pairs: where === "centre_slot" ? [] : pairs };
      if (where === "centre_slot") body.centre_slot = centre;
      const r = await send("/node/mapping", body);
      menuDraft.replace(r.files);
      setErrors(r.errors);
      onDone(node.id, T("node_applied"));
    } catch (e) { setErrors(errorsOf(e)); }
  };
  const fields = ["pairs", "centre_slot", ...pairs.flatMap((_, i) => ["pairs." + i + ".slot", "pairs." + i + ".value"])];
  return html`<form id="map-form" class="card inner" onSubmit=${apply}>
    <h4>${T("edit_map_title")}</h4>
    ${choices.length ? html`<label>${T("edit_map_key")} <select id="map-key" value=${where}
        onChange=${(e) => { setWhere(e.target.value); setPairs(pairsOf(e.target.value)); setErrors([]); }}>
      ${choices.map((c, i) => html`<option value=${"choices." + i + ".set"}>${c.key} → ${c.target}</option>`)}</select></label>` : null}
    ${where === "centre_slot" && form.centre ? html`<p class="muted" id="map-centre-fixed">${T("node_centre")}: ${form.centre}</p>` : null}
    ${where === "centre_slot" ? html`<div class="row"><label>${T("edit_centre_slot")} <select id="map-centre-slot" value=${centre}
        onChange=${(e) => setCentre(e.target.value)}>
      <option value="">${T("edit_choose")}</option>
      ${cat.slots.filter((s) => s.domain === "province").map((s) => html`<option value=${s.slot}>${slotText(s)}</option>`)}</select></label>
      <${FieldError} errors=${errors} field="centre_slot" /></div>`
      : html`<${PairRows} pairs=${pairs} setPairs=${setPairs} cat=${cat} errors=${errors} /><${FieldError} errors=${errors} field="pairs" />`}
    <button type="submit" id="map-apply">${T("node_apply")}</button>
    <${OtherErrors} errors=${errors} fields=${fields} id="map-errors" />
  </form>`;
}

/** The selected node's rename, tests and mappings; ``onDone(id, note)`` after a change went into the draft. */
export function NodeEdits({ menu, node, onDone }) {
  const [cat, setCat] = useState(null);
  const [form, setForm] = useState(null);
  const [error, setError] = useState([]);
  useEffect(() => {
    Promise.all([loadCatalogue(menu.file), send("/node/form", { file: menu.file, node: node.id })])
      .then(([c, f]) => { setCat(c); setForm(f); })
      .catch((e) => setError(errorsOf(e)));
  }, []);
  const mapped = form && (form.mapping.values || form.mapping.choices || form.kind === "queue");
  return html`<div id="node-edits">
    <${RenameNode} menu=${menu} node=${node} onDone=${onDone} />
    ${cat && form && form.condition ? html`<${ConditionForm} menu=${menu} node=${node} cat=${cat} form=${form.condition} onDone=${onDone} />` : null}
    ${cat && mapped ? html`<${MappingForm} menu=${menu} node=${node} cat=${cat} form=${form.mapping} onDone=${onDone} />` : null}
    <${ErrorList} errors=${error} id="node-edits-errors" />
  </div>`;
}
