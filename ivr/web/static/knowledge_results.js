// Search results of the knowledge base (GET /api/knowledge/search), shared by the admin page and the
// agent desk's panel: each entry's question, confidence, answer, citation and validity.
import { html, T, pick } from "./js/shared.mjs";

/** ``results``: the search's results (null: nothing searched yet); ids start with ``idPrefix``. */
export function Results({ results, idPrefix }) {
  if (!results) return null;
  if (!results.length) return html`<p class="muted" id=${idPrefix + "-none"}>${T("kb_no_results")}</p>`;
  return html`<ol class="kb-results" id=${idPrefix + "-results"}>${results.map((r) => html`<li id=${idPrefix + "-result-" + r.id}>
    <strong>${pick(r.question)}</strong> <span class=${r.answerable ? "ok" : "muted"}>${T("kb_confidence")} ${r.confidence} ·
      ${r.refers_elsewhere ? html`<span class="kb-referral">${T("kb_referral")}</span>` : r.answerable ? T("kb_answerable") : T("kb_suggestion")}</span>
    <p class="kb-answer">${pick(r.answer)}</p>
    <p class="muted">${T("kb_citation")}: <span class="kb-citation">${pick(r.citation)}</span> · ${T("kb_validity")}:
      <span class="kb-validity">${r.valid_from} – ${r.valid_to || T("kb_open_ended")}</span> · ${pick(r.category_label)}</p></li>`)}</ol>`;
}

/** The search's results for ``q`` (at most ``limit``), or throws ApiError (message in the page language). */
export async function searchKnowledge(api, q, limit = 3) {
  const reply = await api("GET", "/api/knowledge/search?" + new URLSearchParams({ q, limit: String(limit) }));
  return reply.results;
}
