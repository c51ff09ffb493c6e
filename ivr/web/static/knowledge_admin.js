// The knowledge base's admin page (Preact + htm): list and filter the draft's entries, edit one in a
// form (errors shown at their field), add and remove entries, import a CSV/YAML file into the draft,
// diff against the published version, publish and roll back (each asked first), search the
// published base as a caller would ask, and the answers' figures from the call records (read, then an
// agent, self-service, offered in a topic's key menu and how often not chosen there).
// The draft (file name -> YAML) lives in the page and in localStorage; the server turns forms into
// YAML and validates the whole draft (ivr/web/knowledge_admin.py).
import { html, render, useEffect, useState, api, T, lang, pick, beijing, ZONE_LABEL } from "./js/shared.mjs";
import { errorLine, messageLine } from "./js/admin-common.mjs";
import { Results, searchKnowledge } from "./knowledge_results.js";

const STORE = "ivr-kb-draft";
const LANGS = ["zh", "en"];
const fill = (key, values) => T(key).replace(/\{(\w+)\}/g, (_, k) => values[k]);
/** "已发布为第 3 版；已生成 2 个提示音" from a publish's reply. */
function publishedLine(version) {
  const parts = [fill("kb_published_as", { n: version.number })];
  const prompts = version.prompts || {};
  if (prompts.built && prompts.built.length) parts.push(fill("kb_prompts_built", { n: prompts.built.length }));
  if (prompts.pending && prompts.pending.length) parts.push(fill("kb_prompts_pending", { n: prompts.pending.length }));
  return parts.join(lang === "zh" ? "；" : "; ");
}
const lines = (list) => (Array.isArray(list) ? list.join("\n") : list || "");

function blankEntry() {
  return { id: "", category: "", refers_elsewhere: false, question: { zh: "", en: "" }, paraphrases: { zh: "", en: "" }, keywords: { zh: "", en: "" },
    asked: { zh: "", en: "" }, examples: { zh: "", en: "" }, answer: { zh: "", en: "" }, law: [{ source: "", source_en: "", article: "", checked: true }], valid_from: "", valid_to: "" };
}

/** A draft entry (as written in YAML) as the form's values (lists as lines). */
function formOf(entry) {
  const e = entry || {};
  const pair = (v) => ({ zh: (v && v.zh) || "", en: (v && v.en) || "" });
  const phrases = (v) => ({ zh: lines(v && v.zh), en: lines(v && v.en) });
  return { id: e.id || "", category: e.category || "", refers_elsewhere: e.refers_elsewhere === true, question: pair(e.question), paraphrases: phrases(e.paraphrases),
    keywords: phrases(e.keywords), asked: phrases(e.asked), examples: phrases(e.examples), answer: pair(e.answer),
    law: (e.law && e.law.length ? e.law : blankEntry().law).map((c) => ({ source: c.source || "", source_en: c.source_en || "",
      article: c.article === undefined || c.article === null ? "" : String(c.article), checked: c.checked !== false,
      valid_from: c.valid_from || "" })),
    valid_from: e.valid_from ? String(e.valid_from) : "", valid_to: e.valid_to ? String(e.valid_to) : "" };
}

function FieldErrors({ errors, at }) {
  const mine = errors.filter((e) => e.form_field === at);
  return html`<span class="error field-error" id=${"kb-err-" + at.replace(/\./g, "-")} role=${mine.length ? "alert" : null}>
    ${mine.map((e) => (lang === "zh" ? e.zh : e.en)).join("; ")}</span>`;
}

// Mounted afresh for every entry opened (keyed by editing.key), so its fields hold that entry from the
// first render: a reset in an effect ran after paint, and a field filled before it was wiped.
function EntryForm({ files, editing, errors, categories, onApply, onRemove }) {
  const [form, setForm] = useState(() => formOf(editing && editing.entry));
  const [file, setFile] = useState((editing && editing.file) || Object.keys(files)[0] || "");
  const original = editing && editing.entry ? editing.entry.id : null;
  const mine = errors.filter((e) => e.entry && (e.entry === form.id || e.entry === original));
  const shown = new Set(["id", "category", "refers_elsewhere", "valid_from", "valid_to", "question", "paraphrases", "keywords", "asked", "examples",
    "answer", "law", ...["question", "paraphrases", "keywords", "asked", "examples", "answer"].flatMap((k) => LANGS.map((l) => k + "." + l)),
    ...form.law.flatMap((_, i) => ["law." + i, "law." + i + ".source", "law." + i + ".source_en", "law." + i + ".article"])]);
  const loose = mine.filter((e) => !shown.has(e.form_field));
  const set = (key, value) => setForm({ ...form, [key]: value });
  const setPair = (key, l, value) => setForm({ ...form, [key]: { ...form[key], [l]: value } });
  const setLaw = (i, key, value) => setForm({ ...form, law: form.law.map((c, j) => (j === i ? { ...c, [key]: value } : c)) });
  const text = (key, l, rows) => html`<label>${T("kb_" + key)} (${l === "zh" ? "中文" : "English"})
    ${rows ? html`<textarea id=${"kb-f-" + key + "-" + l} rows=${rows} value=${form[key][l]} onInput=${(e) => setPair(key, l, e.target.value)}></textarea>`
      : html`<input id=${"kb-f-" + key + "-" + l} value=${form[key][l]} onInput=${(e) => setPair(key, l, e.target.value)} />`}
    <${FieldErrors} errors=${mine} at=${key + "." + l} /></label>`;
  const submit = (ev) => { ev.preventDefault(); onApply(file, form, original); };
  return html`<form id="kb-form" novalidate onSubmit=${submit} aria-labelledby="h-kb-form">
    <h3 id="h-kb-form">${original ? T("kb_edit") + ": " + original : T("kb_new")}</h3>
    ${mine.length ? html`<p class="error" id="kb-form-errors" role="alert">${T("kb_field_errors")}</p>` : null}
    ${loose.length ? html`<ul class="errors" id="kb-form-loose">${loose.map((e) => html`<li>${(e.form_field ? e.form_field + ": " : "") + (lang === "zh" ? e.zh : e.en)}</li>`)}</ul>` : null}
    <div class="grid-form">
      <label>${T("kb_id")}<input id="kb-f-id" required maxlength="48" pattern="[a-z][a-z0-9_]*" value=${form.id} onInput=${(e) => set("id", e.target.value)} />
        <${FieldErrors} errors=${mine} at="id" /></label>
      <label>${T("kb_file")}<select id="kb-f-file" value=${file} onChange=${(e) => setFile(e.target.value)}>
        ${Object.keys(files).sort().map((n) => html`<option value=${n}>${n}</option>`)}</select></label>
      <label>${T("kb_category")}<select id="kb-f-category" value=${form.category} onChange=${(e) => set("category", e.target.value)}>
        <option value="">${T("choose")}</option>
        ${categories.map((c) => html`<option value=${c.code}>${pick({ zh: c.class_zh + " · " + c.zh, en: c.class_en + " · " + c.en })}</option>`)}</select>
        <${FieldErrors} errors=${mine} at="category" /></label>
      <label><input type="checkbox" id="kb-f-refers-elsewhere" checked=${form.refers_elsewhere}
        onChange=${(e) => set("refers_elsewhere", e.target.checked)} /> ${T("kb_refers_elsewhere")}
        <${FieldErrors} errors=${mine} at="refers_elsewhere" /></label>
      ${text("question", "zh")}${text("question", "en")}
      ${text("paraphrases", "zh", 3)}${text("paraphrases", "en", 3)}
      ${text("keywords", "zh", 3)}${text("keywords", "en", 3)}
      ${text("asked", "zh", 3)}${text("asked", "en", 3)}
      ${text("examples", "zh", 3)}${text("examples", "en", 3)}
    </div>
    <${FieldErrors} errors=${mine} at="keywords" />
    <div class="grid-form">${text("answer", "zh", 5)}${text("answer", "en", 5)}</div>
    <fieldset id="kb-f-law"><legend>${T("kb_law")}</legend>
      <${FieldErrors} errors=${mine} at="law" />
      ${form.law.map((c, i) => html`<div class="row" id=${"kb-f-law-" + i}>
        <label>${T("kb_law_source")}<input id=${"kb-f-law-" + i + "-source"} value=${c.source} onInput=${(e) => setLaw(i, "source", e.target.value)} />
          <${FieldErrors} errors=${mine} at=${"law." + i + ".source"} /></label>
        <label>${T("kb_law_source_en")}<input id=${"kb-f-law-" + i + "-source_en"} value=${c.source_en} onInput=${(e) => setLaw(i, "source_en", e.target.value)} />
          <${FieldErrors} errors=${mine} at=${"law." + i + ".source_en"} /></label>
        <label>${T("kb_law_article")}<input id=${"kb-f-law-" + i + "-article"} size="5" inputmode="numeric" value=${c.article} onInput=${(e) => setLaw(i, "article", e.target.value)} />
          <${FieldErrors} errors=${mine} at=${"law." + i + ".article"} /></label>
        <label><input type="checkbox" id=${"kb-f-law-" + i + "-checked"} checked=${c.checked} onChange=${(e) => setLaw(i, "checked", e.target.checked)} /> ${T("kb_law_checked")}</label>
        <button type="button" onClick=${() => set("law", form.law.filter((_, j) => j !== i))}>${T("kb_law_remove")}</button>
        <${FieldErrors} errors=${mine} at=${"law." + i} /></div>`)}
      <button type="button" id="kb-f-law-add" onClick=${() => set("law", [...form.law, { source: "", source_en: "", article: "", checked: true }])}>${T("kb_law_add")}</button>
    </fieldset>
    <div class="row">
      <label>${T("kb_valid_from")}<input type="date" id="kb-f-valid-from" value=${form.valid_from} onInput=${(e) => set("valid_from", e.target.value)} />
        <${FieldErrors} errors=${mine} at="valid_from" /></label>
      <label>${T("kb_valid_to")}<input type="date" id="kb-f-valid-to" value=${form.valid_to} onInput=${(e) => set("valid_to", e.target.value)} />
        <${FieldErrors} errors=${mine} at="valid_to" /></label>
    </div>
    <div class="row">
      <button type="submit" class="primary" id="kb-apply">${T("kb_apply")}</button>
      ${original ? html`<button type="button" id="kb-remove" onClick=${() => onRemove(original)}>${T("kb_remove")}</button>` : null}
    </div>
  </form>`;
}

function EntryList({ entries, errors, onEdit, onNew }) {
  const [filter, setFilter] = useState("");
  const needle = filter.trim().toLowerCase();
  const shown = entries.filter(({ entry }) => !needle || JSON.stringify([entry.id, entry.question, entry.keywords, entry.paraphrases])
    .toLowerCase().includes(needle));
  const bad = new Set(errors.map((e) => e.entry).filter(Boolean));
  return html`<div>
    <div class="row"><label class="grow">${T("kb_filter")} <input id="kb-filter" value=${filter} onInput=${(e) => setFilter(e.target.value)} /></label>
      <button type="button" id="kb-new" onClick=${onNew}>${T("kb_new")}</button></div>
    <table class="table" id="kb-entries"><thead><tr><th>${T("kb_id")}</th><th>${T("kb_question")}</th><th>${T("kb_validity")}</th><th></th></tr></thead>
      <tbody>${shown.map(({ file, entry }) => html`<tr id=${"kb-row-" + entry.id} class=${bad.has(String(entry.id)) ? "error" : ""}>
        <td><code>${entry.id}</code><br /><span class="muted">${file}</span></td>
        <td>${entry.question ? entry.question[lang] || entry.question.zh : ""}</td>
        <td>${entry.valid_from || ""} – ${entry.valid_to || T("kb_open_ended")}</td>
        <td><button type="button" id=${"kb-edit-" + entry.id} onClick=${() => onEdit(file, entry)}>${T("kb_edit")}</button></td></tr>`)}</tbody></table>
  </div>`;
}

function TrySearch({ version }) {
  const [q, setQ] = useState("");
  const [results, setResults] = useState(null);
  const [error, setError] = useState("");
  const search = async (ev) => {
    ev.preventDefault();
    try { setResults(await searchKnowledge(api, q)); setError(""); }
    catch (e) { setError(e.message); }
  };
  useEffect(() => { setResults(null); }, [version]);
  return html`<section aria-labelledby="h-kb-search"><h3 id="h-kb-search">${T("kb_try_search")}</h3>
    <form class="row" id="kb-search" onSubmit=${search}>
      <input id="kb-search-q" class="grow" required maxlength="300" placeholder=${T("kb_search_placeholder")} value=${q} onInput=${(e) => setQ(e.target.value)} />
      <button type="submit" id="kb-search-btn">${T("kb_search")}</button></form>
    ${error ? html`<p class="error" role="alert">${error}</p>` : null}
    <${Results} results=${results} idPrefix="kb-search" /></section>`;
}

function Figures({ questions }) {
  const [range, setRange] = useState({ start: "", end: "" });
  const [data, setData] = useState(null);
  const [error, setError] = useState("");
  const show = async (ev) => {
    if (ev) ev.preventDefault();
    const params = new URLSearchParams();
    if (range.start) params.set("start", range.start);
    if (range.end) params.set("end", range.end);
    try { setData(await api("GET", "/api/knowledge/figures?" + params)); setError(""); } catch (e) { setError(e.message); }
  };
  useEffect(() => { show(); }, []);
  const rate = (r) => (r === null || r === undefined ? "-" : Math.round(r * 1000) / 10 + " %");
  return html`<section aria-labelledby="h-kb-figures"><h3 id="h-kb-figures">${T("kb_figures")}</h3>
    <form class="row" id="kb-fig" onSubmit=${show}>
      <label>${T("graph_from")} <input type="date" id="kb-fig-start" value=${range.start} onInput=${(e) => setRange({ ...range, start: e.target.value })} /></label>
      <label>${T("graph_to")} <input type="date" id="kb-fig-end" value=${range.end} onInput=${(e) => setRange({ ...range, end: e.target.value })} /></label>
      <button type="submit" id="kb-fig-show">${T("kb_show")}</button> <span class="muted">(${ZONE_LABEL})</span></form>
    ${error ? html`<p class="error" role="alert" id="kb-fig-error">${error}</p>` : null}
    ${data ? html`<div class="grid2">
      <table class="table" id="kb-fig-entries"><thead><tr><th>${T("kb_id")}</th><th>${T("kb_answered")}</th><th>${T("kb_then_agent")}</th><th>${T("kb_self_service")}</th>
        <th>${T("kb_offered")}</th><th>${T("kb_offered_not_chosen")}</th></tr></thead>
        <tbody>${data.entries.map((f) => html`<tr id=${"kb-fig-" + f.entry}><td><code>${f.entry}</code><br /><span class="muted">${pick(f.question || questions[f.entry], "")}</span></td>
          <td>${f.answered}</td><td>${f.then_agent}</td><td>${rate(f.self_service_rate)}</td>
          <td class="kb-fig-offered">${f.offered}</td><td class="kb-fig-not-chosen">${f.offered_not_chosen}</td></tr>`)}</tbody></table>
      <table class="table" id="kb-fig-days"><thead><tr><th>${T("kb_day")}</th><th>${T("kb_consultations")}</th><th>${T("kb_self_served")}</th><th>${T("kb_to_agent")}</th><th>${T("kb_self_service")}</th></tr></thead>
        <tbody>${data.days.map((d) => html`<tr><td>${d.day}</td><td>${d.consultations}</td><td>${d.self_served}</td><td>${d.to_agent}</td><td>${rate(d.self_service_rate)}</td></tr>`)}</tbody></table>
    </div>` : null}</section>`;
}

function Versions({ versions, onRollback }) {
  return html`<section aria-labelledby="h-kb-versions"><h3 id="h-kb-versions">${T("versions")}</h3>
    <table class="table" id="kb-versions"><thead><tr><th>${T("version")}</th><th>${T("comment")}</th><th>${T("author")}</th><th>${T("created_at")} (${ZONE_LABEL})</th><th></th></tr></thead>
      <tbody>${versions.map((v) => html`<tr id=${"kb-version-" + v.number}><td>v${v.number}${v.published ? " · " + T("published") : ""}</td><td>${v.comment}</td>
        <td>${v.author}</td><td>${beijing(v.created_at, "minute")}</td>
        <td>${v.published ? null : html`<button type="button" id=${"kb-rollback-" + v.number} onClick=${() => onRollback(v.number)}>${T("rollback")}</button>`}</td></tr>`)}</tbody></table></section>`;
}

function KnowledgeAdmin() {
  const [published, setPublished] = useState(null);     // {number, files}
  const [files, setFiles] = useState(null);             // the draft
  const [entries, setEntries] = useState([]);
  const [errors, setErrors] = useState([]);
  const [editing, setEditing] = useState({ key: 0, file: null, entry: null });
  const [categories, setCategories] = useState([]);
  const [versions, setVersions] = useState([]);
  const [note, setNote] = useState({ text: "", ok: true });
  const [diff, setDiff] = useState(null);
  const [comment, setComment] = useState("");
  const say = (text, ok = true) => setNote({ text, ok });
  const fail = (e) => {
    const detail = e && e.detail;
    if (detail && Array.isArray(detail.errors) && detail.errors.length) setErrors(detail.errors.map((x) => ({ form_field: x.field, ...x })));
    say(detail && detail[lang] ? detail[lang] : messageLine(e.message), false);
  };
  const adopt = (reply) => {
    setFiles(reply.files); setEntries(reply.entries); setErrors(reply.errors); setDiff(null);
    return reply;
  };
  const keep = (draftFiles, base) => window.localStorage.setItem(STORE, JSON.stringify({ base, files: draftFiles }));
  async function loadPublished(useSaved) {
    const pub = await api("GET", "/api/knowledge/published");
    setPublished(pub);
    setVersions(await api("GET", "/api/knowledge/versions"));
    const saved = useSaved ? JSON.parse(window.localStorage.getItem(STORE) || "null") : null;
    const start = saved && saved.base === pub.number ? saved.files : pub.files;
    adopt(await api("POST", "/api/knowledge/draft", { files: start }));
  }
  useEffect(() => {
    api("GET", "/api/knowledge/categories").then(setCategories).catch(fail);
    loadPublished(true).catch(fail);
  }, []);
  if (!files || !published) return html`<p id="kb-loading">…</p>`;
  const changed = JSON.stringify(files) !== JSON.stringify(published.files);
  const questions = Object.fromEntries(entries.map(({ entry }) => [entry.id, entry.question]));

  async function apply(file, form, original) {
    try {
      const reply = adopt(await api("POST", "/api/knowledge/draft/entry", { files, file, entry: form, replaces: original }));
      keep(reply.files, published.number);
      const mine = reply.errors.filter((e) => e.entry === form.id);
      say(mine.length ? T("kb_field_errors") : T("kb_put") + ": " + form.id, !mine.length);
      const placed = reply.entries.find((x) => x.entry.id === form.id);
      setEditing({ key: editing.key + 1, file: placed ? placed.file : file, entry: placed ? placed.entry : form });
    } catch (e) { fail(e); }
  }
  async function remove(id) {
    if (!window.confirm(T("kb_confirm_remove") + "\n\n" + id)) return;
    try {
      const reply = adopt(await api("POST", "/api/knowledge/draft/remove", { files, id }));
      keep(reply.files, published.number);
      setEditing({ key: editing.key + 1, file: null, entry: null });
      say(T("kb_removed") + ": " + id);
    } catch (e) { fail(e); }
  }
  async function showDiff() {
    try { setDiff((await api("POST", "/api/knowledge/diff", { files })).diff); } catch (e) { fail(e); }
  }
  async function publish(ev) {
    ev.preventDefault();
    if (!window.confirm(T("kb_confirm_publish"))) return;
    try {
      const version = await api("POST", "/api/knowledge/publish", { files, comment });
      window.localStorage.removeItem(STORE);
      await loadPublished(false);
      setEditing({ key: editing.key + 1, file: null, entry: null });
      setComment("");
      say(publishedLine(version), !(version.prompts && version.prompts.pending && version.prompts.pending.length));
    } catch (e) { fail(e); }
  }
  async function rollback(number) {
    if (!window.confirm(T("kb_confirm_rollback") + "\n\nv" + number)) return;
    try {
      const version = await api("POST", "/api/knowledge/rollback", { number });
      window.localStorage.removeItem(STORE);
      await loadPublished(false);
      setEditing({ key: editing.key + 1, file: null, entry: null });
      say(publishedLine(version), !(version.prompts && version.prompts.pending && version.prompts.pending.length));
    } catch (e) { fail(e); }
  }
  async function importFile(ev) {
    const file = ev.target.files && ev.target.files[0];
    ev.target.value = "";
    if (!file) return;
    if (changed && !window.confirm(T("kb_draft_changed") + " — " + T("kb_discard") + "?")) return;
    const body = new FormData();
    body.append("file", file);
    body.append("dry_run", "true");
    try {
      const reply = await api("POST", "/api/knowledge/import", body, { form: true });
      const checked = adopt(await api("POST", "/api/knowledge/draft", { files: reply.files }));
      keep(checked.files, published.number);
      say(T("kb_imported") + ": " + reply.file);
    } catch (e) { fail(e); }
  }
  async function discard() {
    window.localStorage.removeItem(STORE);
    try { adopt(await api("POST", "/api/knowledge/draft", { files: published.files })); say(""); } catch (e) { fail(e); }
    setEditing({ key: editing.key + 1, file: null, entry: null });
  }
  const others = errors.filter((e) => !editing.entry || (e.entry !== editing.entry.id));
  return html`<div id="kb-admin">
    <div class="row">
      <span id="kb-published-label">${T("published")}: v${published.number}</span>
      <span id="kb-draft-state" class=${changed ? "error" : "muted"}>${changed ? T("kb_draft_changed") : T("kb_draft_clean")}</span>
      <button type="button" id="kb-diff" onClick=${showDiff}>${T("diff")}</button>
      <button type="button" id="kb-discard" disabled=${!changed} onClick=${discard}>${T("kb_discard")}</button>
      <label>${T("kb_import")} <input type="file" id="kb-import" accept=".csv,.yaml,.yml,text/csv,application/x-yaml" onChange=${importFile} /></label>
    </div>
    <form class="row" id="kb-publish-form" onSubmit=${publish}>
      <label class="grow">${T("comment")} <input id="kb-comment" required maxlength="500" value=${comment} onInput=${(e) => setComment(e.target.value)} /></label>
      <button type="submit" class="primary" id="kb-publish" disabled=${!changed || errors.length > 0}>${T("publish")}</button>
    </form>
    <div id="kb-messages" role="status" aria-live="polite" class=${note.ok ? "ok" : "error"}>${note.text}</div>
    ${others.length ? html`<div><strong>${editing.entry ? T("kb_other_errors") : T("errors")}</strong>
      <ul class="errors" id="kb-errors" role="alert">${others.map((e) => html`<li>${errorLine({ file: e.file, field_zh: [e.entry, e.field].filter(Boolean).join(" "),
        field_en: [e.entry, e.field].filter(Boolean).join(" "), message_zh: e.zh, message_en: e.en })}</li>`)}</ul></div>` : null}
    ${diff !== null ? html`<pre id="kb-diff-out" class="diff">${diff || T("kb_draft_clean")}</pre>` : null}
    <div class="grid2">
      <${EntryList} entries=${entries} errors=${errors} onNew=${() => setEditing({ key: editing.key + 1, file: null, entry: null })}
        onEdit=${(file, entry) => setEditing({ key: editing.key + 1, file, entry })} />
      <${EntryForm} key=${editing.key} files=${files} editing=${editing} errors=${errors} categories=${categories} onApply=${apply} onRemove=${remove} />
    </div>
    <${TrySearch} version=${published.number} />
    <${Versions} versions=${versions} onRollback=${rollback} />
    <${Figures} questions=${questions} />
  </div>`;
}

const mount = document.getElementById("knowledge-app");
if (mount) render(html`<${KnowledgeAdmin} />`, mount);
