// The menu as a picture: nodes and edges laid out by dagre, drawn as SVG; over each node the calls
// that entered it, the callers who hung up there and the failed answers by kind (timeouts, invalid
// keys, speech not understood), for a chosen version, date range and number; over a consult node
// its consultations and self-service rate (records/flow.py, the reports' figures of those calls).
import { html, render, useEffect, useMemo, useState, api, T, lang, beijing, ZONE_LABEL } from "./shared.mjs";
import dagre from "../vendor/dagre.mjs";
import { ErrorList, errorsOf, menuDraft } from "./admin-common.mjs";
import { NodeEdits, loadCatalogue, slotText } from "./admin-node-edits.mjs";

const NODE_W = 168;
const NODE_H = 74;
const CONSULT_H = NODE_H + 17;  // a consult node has one more line: its consultations and self-service rate

// An edge in the page's language (ivr/web/edge_words.py), else as the server labelled it.
const edgeText = (e) => (e.words && e.words[lang]) || e.label;
// Mandarin characters are about twice as wide as Latin ones in the picture's font.
const textWidth = (text) => [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e7f ? 11 : 6), 0);
function nodeHeight(node) { return node.kind === "consult" ? CONSULT_H : NODE_H; }
/** 0.6 -> "60%", null -> "-". */
function pct(x) { return x === null || x === undefined ? "-" : Math.round(x * 1000) / 10 + "%"; }
/** "咨询 5 · 自助 60%" for a node with consultations, or "". */
function consultText(f) {
  if (!f || !f.consult) return "";
  return T("graph_consult") + " " + f.consult.consultations + " · " + T("graph_self_served") + " " + pct(f.consult.self_service_rate);
}
const FAILURE_KINDS = ["timeout", "invalid", "speech_rejected"];
/** Failed answers at a node, all kinds together. */
function failed(f) { return f && f.failures ? FAILURE_KINDS.reduce((n, k) => n + (f.failures[k] || 0), 0) : 0; }
/** "超时 3 · 按错 1" (only the kinds that happened), or "". */
function failureText(f) {
  if (!f || !f.failures) return "";
  return FAILURE_KINDS.filter((k) => f.failures[k]).map((k) => T("graph_" + k) + " " + f.failures[k]).join(" · ");
}
const KIND_CLASS = { menu: "k-menu", collect: "k-input", record: "k-input", condition: "k-cond", queue: "k-queue",
  transfer: "k-queue", hangup: "k-end", play: "k-play", consult: "k-play", set: "k-data", lookup: "k-data", call: "k-sub", return: "k-sub", status: "k-data" };

function dayText(d) { return beijing(d.getTime(), "date"); }

function layout(menu) {
  const g = new dagre.graphlib.Graph({ multigraph: true });  // a cycle back to a menu is drawn too
  g.setGraph({ rankdir: "TB", nodesep: 18, ranksep: 46, edgesep: 8, marginx: 10, marginy: 10 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of menu.nodes) g.setNode(n.id, { width: NODE_W, height: nodeHeight(n) });
  // edges between the same two nodes (keys 1 and 2 to the same place) are drawn once with every label,
  // since the call records count moves from node to node, not which key was pressed
  const merged = new Map();
  for (const e of menu.edges) {
    const key = e.from + ">" + e.to;
    if (!merged.has(key)) merged.set(key, { from: e.from, to: e.to, labels: [] });
    if (!merged.get(key).labels.includes(edgeText(e))) merged.get(key).labels.push(edgeText(e));
  }
  for (const [key, e] of merged) {
    const label = e.labels.join(" | ");
    g.setEdge(e.from, e.to, { label, width: Math.min(160, textWidth(label)), height: 14 }, key);
  }
  dagre.layout(g);
  return g;
}

function Picture({ menu, flow, selected, onSelect }) {
  const g = useMemo(() => layout(menu), [menu]);
  const graph = g.graph();
  const counts = (flow && flow.nodes) || {};
  const edgeCounts = {};
  for (const e of (flow && flow.edges) || []) edgeCounts[e.from + ">" + e.to] = e.count;
  const byId = Object.fromEntries(menu.nodes.map((n) => [n.id, n]));
  return html`<svg id="menu-graph" class="menu-graph" role="img" aria-label=${T("graph_title")}
      width=${graph.width} height=${graph.height} viewBox=${"0 0 " + graph.width + " " + graph.height}>
    <defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
      <path d="M 0 0 L 10 5 L 0 10 z" class="arrowhead" /></marker></defs>
    ${g.edges().map((ref) => {
      const e = g.edge(ref);
      const d = e.points.map((p, i) => (i ? "L" : "M") + p.x.toFixed(1) + " " + p.y.toFixed(1)).join(" ");
      const n = edgeCounts[ref.v + ">" + ref.w];
      return html`<g class="edge"><path d=${d} marker-end="url(#arrow)" />
        <text x=${e.x} y=${e.y} class="edge-label">${e.label}${n ? " · " + n : ""}</text></g>`;
    })}
    ${g.nodes().map((id) => {
      const p = g.node(id);
      const node = byId[id];
      const c = counts[id];
      const share = c && c.visits ? c.hangups / c.visits : 0;
      const failShare = c && c.entries ? failed(c) / c.entries : 0;
      const cls = "node " + (KIND_CLASS[node.kind] || "") + (selected === id ? " selected" : "") + (share >= 0.2 || failShare >= 0.5 ? " hot" : "");
      return html`<g class=${cls} id=${"node-" + id} data-node=${id} tabindex="0" role="button"
          transform=${"translate(" + (p.x - NODE_W / 2) + "," + (p.y - nodeHeight(node) / 2) + ")"}
          onClick=${() => onSelect(id)} onKeyDown=${(ev) => { if (ev.key === "Enter") onSelect(id); }}>
        <rect width=${NODE_W} height=${nodeHeight(node)} rx="6" />
        <text x="8" y="16" class="node-id">${id}</text>
        <text x="8" y="32" class="node-kind">${T("kind_node_" + node.kind)}</text>
        <text x="8" y="49" class="node-figures">${c ? T("graph_in") + " " + c.visits + " · " + T("graph_hangup") + " " + c.hangups : T("graph_no_calls")}</text>
        ${failed(c) ? html`<text x="8" y="66" class="node-figures node-failures">${failureText(c)}</text>` : null}
        ${consultText(c) ? html`<text x="8" y="83" class="node-figures node-consult">${consultText(c)}</text>` : null}
      </g>`;
    })}
  </svg>`;
}

// A node's form: its prompt, next step, waiting time and the targets of its keys. Applying it puts
// the change into the editor's draft (nothing is published until the draft is).
function NodeForm({ menu, node, onChanged }) {
  const [fields, setFields] = useState({ ...node.fields });
  const [targets, setTargets] = useState(node.choices.map((c) => c.target));
  const [errors, setErrors] = useState([]);
  const [note, setNote] = useState("");
  const ids = menu.nodes.map((n) => n.id).sort();
  const apply = async (ev) => {
    ev.preventDefault();
    const files = menuDraft.files();
    if (!files) return;
    const changed = {};
    targets.forEach((t, i) => { if (t !== node.choices[i].target) changed[i] = t; });
    try {
      const r = await api("POST", "/api/menus/draft/node", { files, file: menu.file, node: node.id, fields, targets: changed });
      menuDraft.replace(r.files);
      setErrors(r.errors); setNote(r.ok ? T("node_applied") : "");
      if (onChanged) onChanged();
    } catch (e) { setErrors(errorsOf(e)); setNote(""); }
  };
  const select = (key, options) => html`<label>${T("node_" + key)} <select id=${"node-" + key} value=${fields[key] || ""}
    onChange=${(e) => setFields({ ...fields, [key]: e.target.value || null })}>
    ${key === "next" ? null : html`<option value="">-</option>`}${options.map((o) => html`<option value=${o}>${o}</option>`)}</select></label>`;
  const number = (key) => html`<label>${T("node_" + key)} <input type="number" min="0" step="1" id=${"node-" + key} value=${fields[key] ?? ""}
    onInput=${(e) => setFields({ ...fields, [key]: e.target.value === "" ? null : Number(e.target.value) })} /></label>`;
  return html`<form id="node-form" onSubmit=${apply}>
    ${"prompt" in fields ? select("prompt", menu.prompts) : null}
    ${"next" in fields ? select("next", ids) : null}
    ${"timeout" in fields ? number("timeout") : null}
    ${"max_timeouts" in fields ? number("max_timeouts") : null}
    ${node.choices.map((c, i) => html`<label>${T("node_key")} ${c.key} → <select id=${"node-choice-" + i} value=${targets[i]}
      onChange=${(e) => setTargets(targets.map((t, n) => (n === i ? e.target.value : t)))}>
      ${ids.map((o) => html`<option value=${o}>${o}</option>`)}</select></label>`)}
    <button type="submit" id="node-apply">${T("node_apply")}</button>
    <p class="ok" role="status">${note}</p>
    <${ErrorList} errors=${errors} id="node-errors" />
  </form>`;
}

// Remove the selected node from the draft; refused at this field while other links lead to it.
function RemoveNode({ menu, node, onDone }) {
  const [errors, setErrors] = useState([]);
  const remove = async () => {
    const files = menuDraft.files();
    if (!files) return;
    try {
      const r = await api("POST", "/api/menus/draft/node/remove", { files, file: menu.file, node: node.id });
      menuDraft.replace(r.files); setErrors([]); onDone();
    } catch (e) { setErrors(errorsOf(e)); }
  };
  return html`<div class="row"><button type="button" id="node-remove" onClick=${remove}>${T("node_remove")}</button>
    <${ErrorList} errors=${errors} id="node-remove-errors" /></div>`;
}

// Where a new node can be linked from: each link of a node (a key, the next step ...) or a new key of a menu.
function linkOptions(menu, from) {
  const node = menu.nodes.find((n) => n.id === from);
  const out = menu.edges.filter((e) => e.from === from).map((e) => ({ value: e.field, text: edgeText(e) + " → " + e.to }));
  if (node && node.kind === "menu") out.push({ value: "new_key", text: T("add_node_new_key") });
  return out;
}

// A new node: kind from a list, the fields of that kind, and the link that leads to it.
function AddNode({ menu, onDone }) {
  const [kinds, setKinds] = useState([]);
  const [kind, setKind] = useState("play");
  const [id, setId] = useState("");
  const [fields, setFields] = useState({});
  const [choices, setChoices] = useState([{ key: "1", target: "" }]);
  const [from, setFrom] = useState("");
  const [via, setVia] = useState("");
  const [key, setKey] = useState("");
  const [errors, setErrors] = useState([]);
  const [note, setNote] = useState("");
  const [slots, setSlots] = useState([]);  // the file's known slots: a slot field is chosen from them
  useEffect(() => {
    api("GET", "/api/menus/node-kinds").then(setKinds).catch((e) => setErrors(errorsOf(e)));
    loadCatalogue(menu.file).then((c) => setSlots(c.slots)).catch((e) => setErrors(errorsOf(e)));
  }, []);
  const ids = menu.nodes.map((n) => n.id).sort();
  const spec = kinds.find((k) => k.kind === kind);
  const links = from ? linkOptions(menu, from) : [];
  const field = (f) => {
    const fid = "add-node-f-" + f.name;
    const value = fields[f.name] ?? (f.default ?? "");
    const set = (v) => setFields({ ...fields, [f.name]: v });
    const label = T("node_" + f.name) !== "node_" + f.name ? T("node_" + f.name) : f.name;
    if (f.type === "choices") {
      return html`<fieldset id="add-node-choices"><legend>${T("node_key")}</legend>
        ${choices.map((c, i) => html`<div class="row"><input id=${"add-node-key-" + i} size="2" maxlength="1" value=${c.key}
            aria-label=${T("node_key")} onInput=${(e) => setChoices(choices.map((x, n) => (n === i ? { ...x, key: e.target.value } : x)))} />
          → <select id=${"add-node-target-" + i} value=${c.target} onChange=${(e) => setChoices(choices.map((x, n) => (n === i ? { ...x, target: e.target.value } : x)))}>
            <option value="">-</option>${ids.map((o) => html`<option value=${o}>${o}</option>`)}</select></div>`)}
        <button type="button" class="link" id="add-node-choice-add" onClick=${() => setChoices([...choices, { key: String(choices.length + 1), target: "" }])}>+ ${T("node_key")}</button>
      </fieldset>`;
    }
    if (f.type === "slot") {
      return html`<label>${label}${f.required ? " *" : ""} <select id=${fid} value=${value} onChange=${(e) => set(e.target.value || null)}>
        <option value="">${f.required ? "…" : "-"}</option>${slots.map((s) => html`<option value=${s.slot}>${slotText(s)}</option>`)}</select></label>`;
    }
    if (f.type === "node" || f.type === "prompt" || f.type === "choice") {
      const options = f.type === "node" ? ids : f.type === "prompt" ? menu.prompts : f.options;
      return html`<label>${label}${f.required ? " *" : ""} <select id=${fid} value=${value} onChange=${(e) => set(e.target.value || null)}>
        ${f.required && f.type !== "choice" ? html`<option value="">…</option>` : f.type !== "choice" || f.default === null ? html`<option value="">-</option>` : null}
        ${options.map((o) => html`<option value=${o}>${o}</option>`)}</select></label>`;
    }
    if (f.type === "bool") {
      return html`<label class="check"><input type="checkbox" id=${fid} checked=${!!value} onChange=${(e) => set(e.target.checked)} /> ${label}</label>`;
    }
    if (f.type === "number") {
      return html`<label>${label}${f.required ? " *" : ""} <input type="number" id=${fid} value=${value}
        onInput=${(e) => set(e.target.value === "" ? null : Number(e.target.value))} /></label>`;
    }
    return html`<label>${label}${f.required ? " *" : ""} <input id=${fid} value=${value} onInput=${(e) => set(e.target.value || null)} /></label>`;
  };
  const apply = async (ev) => {
    ev.preventDefault();
    const files = menuDraft.files();
    if (!files) return;
    const link = { from, field: via || (links[0] && links[0].value) || "" };
    if (link.field === "new_key") link.key = key;
    try {
      const r = await api("POST", "/api/menus/draft/node/add", { files, file: menu.file, node: id.trim(), kind, fields,
        choices: kind === "menu" ? choices : [], link });
      menuDraft.replace(r.files);
      setErrors(r.errors); setNote(r.ok ? T("node_added") : "");
      if (r.ok) {  // an empty form for the next node; the note stays (the form is not remounted)
        setId(""); setFields({}); setChoices([{ key: "1", target: "" }]); setFrom(""); setVia(""); setKey("");
      }
      onDone();
    } catch (e) { setErrors(errorsOf(e)); setNote(""); }
  };
  return html`<form id="add-node" class="card inner" onSubmit=${apply}>
    <h3>${T("add_node")}</h3>
    <div class="row">
      <label>${T("add_node_id")} <input id="add-node-id" size="16" value=${id} pattern="[a-z][a-z0-9_]{0,63}" onInput=${(e) => setId(e.target.value)} /></label>
      <label>${T("add_node_kind")} <select id="add-node-kind" value=${kind} onChange=${(e) => { setKind(e.target.value); setFields({}); }}>
        ${kinds.map((k) => html`<option value=${k.kind}>${T("kind_node_" + k.kind)}</option>`)}</select></label>
    </div>
    <div class="row">${spec ? spec.fields.map(field) : null}</div>
    <div class="row">
      <label>${T("add_node_from")} <select id="add-node-from" value=${from} onChange=${(e) => { setFrom(e.target.value); setVia(""); }}>
        <option value="">…</option>${ids.map((o) => html`<option value=${o}>${o}</option>`)}</select></label>
      <label>${T("add_node_via")} <select id="add-node-via" value=${via || (links[0] && links[0].value) || ""} onChange=${(e) => setVia(e.target.value)}>
        ${links.map((l) => html`<option value=${l.value}>${l.text}</option>`)}</select></label>
      ${(via || (links[0] && links[0].value)) === "new_key" ? html`<label>${T("node_key")} <input id="add-node-new-key" size="2" maxlength="1" value=${key}
        onInput=${(e) => setKey(e.target.value)} /></label>` : null}
    </div>
    <button type="submit" id="add-node-apply">${T("node_apply")}</button>
    <p class="ok" role="status" id="add-node-note">${note}</p>
    <${ErrorList} errors=${errors} id="add-node-errors" />
  </form>`;
}

function GraphPanel() {
  const today = new Date();
  const weekAgo = new Date(today.getTime() - 6 * 86400000);
  const [versions, setVersions] = useState([]);
  const [version, setVersion] = useState("");
  const [start, setStart] = useState(dayText(weekAgo));
  const [end, setEnd] = useState(dayText(today));
  const [dnis, setDnis] = useState("");
  const [graph, setGraph] = useState(null);
  const [flow, setFlow] = useState(null);
  const [selected, setSelected] = useState(null);
  const [error, setError] = useState("");

  const show = async (v) => {
    try {
      const number = v || version;
      if (number === "draft") {  // the draft being edited: its picture, no call figures yet
        const files = menuDraft.files();
        if (!files) return;
        setGraph(await api("POST", "/api/menus/graph", { files }));
        setFlow(null); setError("");
        return;
      }
      const g = await api("GET", "/api/menus/graph" + (number ? "?version=" + number : ""));
      setGraph(g);
      const menu = g.menus[0];
      const q = new URLSearchParams({ start, end, version: String(g.version), menu: menu.menu });
      if (dnis) q.set("dnis", dnis);
      setFlow(await api("GET", "/api/menus/flow?" + q.toString()));
      setError("");
    } catch (e) { setError(e.message); }
  };
  const loadVersions = async () => {
    const list = await api("GET", "/api/menus/versions");
    setVersions(list.slice().reverse());
    const pub = list.find((x) => x.published);
    if (pub) setVersion(String(pub.number));
    return pub ? String(pub.number) : "";
  };
  useEffect(() => {
    loadVersions().then((v) => show(v)).catch((e) => setError(e.message));
    const again = () => loadVersions().catch(() => {});
    document.addEventListener("menus:published", again);
    return () => document.removeEventListener("menus:published", again);
  }, []);

  const menu = graph && graph.menus[0];
  const nodes = (flow && flow.nodes) || {};
  const worst = Object.entries(nodes).filter(([, f]) => f.hangups > 0)
    .sort((a, b) => b[1].hangups - a[1].hangups || b[1].hangups / b[1].visits - a[1].hangups / a[1].visits).slice(0, 5);
  const failing = Object.entries(nodes).filter(([, f]) => failed(f) > 0)
    .sort((a, b) => failed(b[1]) - failed(a[1]) || a[0].localeCompare(b[0])).slice(0, 5);
  const sel = selected && menu ? menu.nodes.find((n) => n.id === selected) : null;
  const selFlow = selected ? nodes[selected] : null;
  const outgoing = selected && flow ? flow.edges.filter((e) => e.from === selected) : [];
  // a node added or removed: the picture shows the draft, which has the change
  const drafted = () => { setVersion("draft"); setSelected(null); show("draft"); };
  // renamed, tests or slot values changed: the picture of the draft, the node (by its new id) still open
  const [editNote, setEditNote] = useState("");
  const [edits, setEdits] = useState(0);  // each change remounts the forms on the new draft
  // The note comes once the draft's picture is in and the forms are remounted on it: a form filled in before
  // that would be wiped by the remount.
  const edited = async (id, note) => {
    setVersion("draft"); setEditNote("");
    await show("draft");
    setSelected(id); setEditNote(note); setEdits((n) => n + 1);
  };
  const choose = (id) => { setSelected(id); setEditNote(""); };  // another node: the last edit's note goes
  const openPrompt = (node) => {
    const field = document.getElementById("p-" + (graph.menus[0].file) + "-" + node.prompt + "-" + lang);
    if (field) { field.scrollIntoView({ block: "center" }); field.focus(); }
  };

  return html`<div>
    <form class="row" id="graph-controls" onSubmit=${(e) => { e.preventDefault(); show(); }}>
      <label>${T("version")} <select id="graph-version" value=${version} onChange=${(e) => setVersion(e.target.value)}>
        ${versions.map((v) => html`<option value=${v.number}>v${v.number}${v.published ? " (" + T("published") + ")" : ""}</option>`)}
        <option value="draft">${T("graph_draft")}</option></select></label>
      <label>${T("graph_from")} <input type="date" id="graph-start" value=${start} onInput=${(e) => setStart(e.target.value)} /></label>
      <label>${T("graph_to")} <input type="date" id="graph-end" value=${end} onInput=${(e) => setEnd(e.target.value)} /></label>
      <label>${T("graph_dnis")} <input id="graph-dnis" size="6" inputmode="numeric" value=${dnis} onInput=${(e) => setDnis(e.target.value)} /></label>
      <button type="submit" id="graph-show" class="primary">${T("graph_show")}</button>
      <span class="muted">(${ZONE_LABEL})</span>
    </form>
    ${error ? html`<p class="error" role="alert">${error}</p>` : null}
    ${flow ? html`<p id="graph-summary">${T("graph_calls")}: <strong id="graph-calls">${flow.calls}</strong> · v${graph.version} · ${flow.start} – ${flow.end}</p>` : null}
    <div class="graph-layout">
      <div class="graph-scroll">${menu ? html`<${Picture} menu=${menu} flow=${flow} selected=${selected} onSelect=${choose} />` : null}</div>
      <aside class="graph-side">
        <h3>${T("graph_worst")}</h3>
        <ol id="graph-worst">${worst.length ? worst.map(([id, f]) => html`<li><button type="button" class="link" onClick=${() => setSelected(id)}>${id}</button>
          — ${T("graph_hangup")} ${f.hangups} / ${T("graph_in")} ${f.visits} (${Math.round((100 * f.hangups) / f.visits)} %)</li>`) : html`<li class="muted">${T("graph_no_dropouts")}</li>`}</ol>
        <h3>${T("graph_worst_failures")}</h3>
        <ol id="graph-failing">${failing.length ? failing.map(([id, f]) => html`<li><button type="button" class="link" onClick=${() => setSelected(id)}>${id}</button>
          — ${failureText(f)}</li>`) : html`<li class="muted">${T("graph_no_failures")}</li>`}</ol>
        ${sel ? html`<div id="graph-node" class="card inner">
          <h3>${sel.id} <small>${T("kind_node_" + sel.kind)}</small></h3>
          ${sel.text && (sel.text[lang] || sel.text.zh) ? html`<p class="prompt-text">${sel.text[lang] || sel.text.zh}</p>` : null}
          ${selFlow ? html`<dl class="figures"><dt>${T("graph_in")}</dt><dd>${selFlow.visits}</dd>
            <dt>${T("graph_hangup")}</dt><dd>${selFlow.hangups}</dd>
            <dt>${T("graph_ended")}</dt><dd>${selFlow.ended}</dd>
            ${FAILURE_KINDS.map((k) => html`<dt>${T("graph_" + k)}</dt><dd id=${"graph-node-" + k}>${(selFlow.failures || {})[k] || 0}</dd>`)}
            <dt>${T("graph_gave_up")}</dt><dd id="graph-node-gave_up">${selFlow.gave_up || 0}</dd>
            <dt>${T("graph_median")}</dt><dd>${selFlow.median_ms !== undefined ? (selFlow.median_ms / 1000).toFixed(1) + " s" : "-"}</dd></dl>` : html`<p class="muted">${T("graph_no_calls")}</p>`}
          ${selFlow && selFlow.consult ? html`<dl class="figures" id="graph-node-consult">
            <dt>${T("kb_consultations")}</dt><dd id="graph-node-consultations">${selFlow.consult.consultations}</dd>
            <dt>${T("kb_self_served")}</dt><dd id="graph-node-self_served">${selFlow.consult.self_served}</dd>
            <dt>${T("kb_to_agent")}</dt><dd id="graph-node-to_agent">${selFlow.consult.to_agent}</dd>
            <dt>${T("kb_self_service")}</dt><dd id="graph-node-self_service_rate">${pct(selFlow.consult.self_service_rate)}</dd></dl>` : null}
          ${outgoing.length ? html`<ul>${outgoing.map((e) => html`<li>→ ${e.to}: ${e.count} (${selFlow && selFlow.entries ? Math.round((100 * e.count) / selFlow.entries) : 0} %)</li>`)}</ul>` : null}
          ${sel.prompt ? html`<button type="button" id="graph-edit-prompt" onClick=${() => openPrompt(sel)}>${T("graph_edit_prompt")}</button>` : null}
          <${NodeForm} key=${graph.version + ":" + sel.id} menu=${menu} node=${sel}
            onChanged=${() => { if (graph.version === "draft") show("draft"); }} />
          <${RemoveNode} key=${"rm:" + graph.version + ":" + sel.id} menu=${menu} node=${sel} onDone=${drafted} />
          <p class="ok" role="status" id="node-edit-note">${editNote}</p>
          <${NodeEdits} key=${"edit:" + graph.version + ":" + sel.id + ":" + edits} menu=${menu} node=${sel} onDone=${edited} />
        </div>` : html`<p class="muted">${T("graph_click")}</p>`}
        ${menu ? html`<${AddNode} key=${"add:" + menu.file} menu=${menu} onDone=${drafted} />` : null}
      </aside>
    </div>
  </div>`;
}

const mount = document.getElementById("graph-app");
if (mount) render(html`<${GraphPanel} />`, mount);
