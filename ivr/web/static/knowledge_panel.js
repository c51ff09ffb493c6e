// The agent desk's knowledge panel (its own Preact module, added to the agent page by one line):
// the base's best matches for the call's recognised question (the consult node's
// ``consult_question`` slot, else what the recogniser heard, else the transcript), and a search
// box. Each result shows the answer, its citation and its validity; low-confidence matches are
// marked as suggestions. It follows the desk's call through the desk's own live channel: agent.js
// sends each view as a "desk:view" event on the document (the page holds one WebSocket).
import { html, render, useEffect, useState, signal, T, api } from "./js/shared.mjs";
import { Results, searchKnowledge } from "./knowledge_results.js";

const callQuestion = signal({ callId: null, text: "" });

/** The question the IVR heard on the offered call (empty when it heard none). */
export function questionOf(offer) {
  if (!offer) return "";
  const slots = offer.slots || {};
  if (slots.consult_question) return String(slots.consult_question);
  const heard = (offer.recognised || []).map((r) => (typeof r === "string" ? r : r.text || "")).filter(Boolean);
  return heard.join(" ") || offer.transcript || "";
}

function KnowledgePanel() {
  const [q, setQ] = useState("");
  const [results, setResults] = useState(null);
  const [fromCall, setFromCall] = useState(false);
  const [error, setError] = useState("");
  const run = async (text, auto) => {
    if (!text.trim()) return;
    try { setResults(await searchKnowledge(api, text.trim())); setFromCall(auto); setError(""); }
    catch (e) { setError(e.message); }
  };
  const call = callQuestion.value;
  useEffect(() => {
    if (call.text) { setQ(call.text); run(call.text, true); }
  }, [call.callId, call.text]);
  const submit = (ev) => { ev.preventDefault(); run(q, false); };
  return html`<section class="card" id="kb-panel" aria-labelledby="h-kb-panel">
    <h2 id="h-kb-panel">${T("kb_panel")}</h2>
    <form class="row" id="kb-panel-search" onSubmit=${submit}>
      <input id="kb-panel-q" class="grow" required maxlength="300" aria-label=${T("kb_search")} placeholder=${T("kb_search_placeholder")}
        value=${q} onInput=${(e) => setQ(e.target.value)} />
      <button type="submit" id="kb-panel-btn">${T("kb_search")}</button></form>
    ${fromCall ? html`<p class="muted" id="kb-panel-from-call">${T("kb_panel_from_call")}</p>` : null}
    ${error ? html`<p class="error" role="alert" id="kb-panel-error">${error}</p>` : null}
    <${Results} results=${results} idPrefix="kb-panel" />
  </section>`;
}

const main = document.getElementById("main");
if (main) {
  const mount = document.createElement("div");
  mount.id = "kb-panel-root";
  main.append(mount);
  render(html`<${KnowledgePanel} />`, mount);
  document.addEventListener("desk:view", (ev) => {
    const offer = ev.detail && ev.detail.offer;
    const text = questionOf(offer);
    const callId = offer ? offer.call_id : null;
    if (callId !== callQuestion.value.callId || text !== callQuestion.value.text) callQuestion.value = { callId, text };
  });
  document.dispatchEvent(new CustomEvent("desk:view-request"));  // the view the desk already has
}
