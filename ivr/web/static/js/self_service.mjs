// The dashboard's self-service figures (issue 17): consultations answered from the knowledge base
// per Beijing day — consultations, self-served (ended by an answer), to an agent, and the rate —
// and per entry — times read, then an agent, the rate, times offered in a topic's key menu and not
// chosen there — over the reports' date range, read from /api/knowledge/figures. The base serves
// every caller before routing, so the figures are of all calls, not of one centre (said in the heading).
import { html, useEffect, useState, T, api, pick, ZONE_LABEL } from "./shared.mjs";

const pct = (x) => (x === null || x === undefined ? "-" : Math.round(x * 1000) / 10 + "%");

export function figuresUrl(period) {
  return "/api/knowledge/figures?" + new URLSearchParams({ start: period.start, end: period.end }).toString();
}

function total(days) {
  const sum = (key) => days.reduce((n, d) => n + d[key], 0);
  const consultations = sum("consultations");
  const selfServed = sum("self_served");
  return { consultations, self_served: selfServed, to_agent: sum("to_agent"),
    self_service_rate: consultations ? selfServed / consultations : null };
}

function PerEntry({ entries }) {
  return html`
    <h4 id="h-self-service-entries">${T("report_kb_entries")}</h4>
    <table class="table" id="report-kb-entries" aria-labelledby="h-self-service-entries">
      <thead><tr><th>${T("kb_entry")}</th><th class="num">${T("kb_answered")}</th><th class="num">${T("kb_then_agent")}</th>
        <th class="num">${T("kb_self_service")}</th><th class="num">${T("kb_offered")}</th><th class="num">${T("kb_offered_not_chosen")}</th></tr></thead>
      <tbody>${entries.map((f) => html`
        <tr data-entry=${f.entry}><td><code>${f.entry}</code> ${pick(f.question, "")}</td><td class="num">${f.answered}</td>
          <td class="num">${f.then_agent}</td><td class="num">${pct(f.self_service_rate)}</td><td class="num">${f.offered}</td>
          <td class="num">${f.offered_not_chosen}</td></tr>`)}
        ${!entries.length && html`<tr><td colspan="6" class="muted">${T("no_report_rows")}</td></tr>`}</tbody>
    </table>`;
}

export function SelfService({ period }) {
  const [figures, setFigures] = useState(null);
  const [error, setError] = useState("");
  useEffect(() => {
    let live = true;
    setError("");
    api("GET", figuresUrl(period))
      .then((body) => { if (live) setFigures(body); })
      .catch((err) => { if (live) { setFigures(null); setError(err.message); } });
    return () => { live = false; };
  }, [period.start, period.end]);
  const days = figures && figures.days;
  const sums = days && days.length ? total(days) : null;
  return html`
  <div id="report-self-service-part">
    <h3 id="h-self-service">${T("report_self_service")}</h3>
    ${error && html`<p class="error" role="alert">${error}</p>`}
    <table class="table" id="report-self-service" aria-labelledby="h-self-service">
      <thead><tr><th>${T("day")} (${ZONE_LABEL})</th><th class="num">${T("kb_consultations")}</th><th class="num">${T("kb_self_served")}</th>
        <th class="num">${T("kb_to_agent")}</th><th class="num">${T("kb_self_service")}</th></tr></thead>
      <tbody>${(days || []).map((d) => html`
        <tr data-day=${d.day}><td>${d.day}</td><td class="num">${d.consultations}</td><td class="num">${d.self_served}</td>
          <td class="num">${d.to_agent}</td><td class="num">${pct(d.self_service_rate)}</td></tr>`)}
        ${days && !days.length && html`<tr><td colspan="5" class="muted">${T("no_report_rows")}</td></tr>`}
        ${sums && html`<tr class="total" id="self-service-total"><th>${T("report_total")}</th><td class="num">${sums.consultations}</td>
          <td class="num">${sums.self_served}</td><td class="num">${sums.to_agent}</td><td class="num">${pct(sums.self_service_rate)}</td></tr>`}</tbody>
    </table>
    ${figures && html`<${PerEntry} entries=${figures.entries} />`}
  </div>`;
}
