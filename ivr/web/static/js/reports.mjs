// The dashboard's reports: the chosen centre's figures per day (offered, answered, abandoned,
// service level, ASA, AHT) and complaints by category and region over a date range (Beijing
// dates), read from /api/reports/centres and /api/reports/complaints, each with its CSV link; the
// self-service figures of the same days below them (self_service.mjs).
import { html, useEffect, useState, T, pick, api, ZONE_LABEL } from "./shared.mjs";
import { categoryName, regionName } from "./cases.mjs";
import { SelfService } from "./self_service.mjs";

const DAY_MS = 86400000;
const beijingDate = (ms) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date(ms));
const pct = (x) => (x === null || x === undefined ? "-" : Math.round(x * 1000) / 10 + "%");
const num = (x) => (x === null || x === undefined ? "-" : String(x));

export function reportUrl(kind, period, centre, format) {
  const q = new URLSearchParams({ start: period.start, end: period.end });
  if (centre) q.set("centre", centre);
  if (kind === "complaints") q.set("by", "category,region");
  if (format) q.set("format", format);
  return "/api/reports/" + kind + "?" + q.toString();
}

export function Reports({ centre, choices, names }) {
  const [period, setPeriod] = useState({ start: beijingDate(Date.now() - 6 * DAY_MS), end: beijingDate(Date.now()) });
  const [shown, setShown] = useState(period);
  const [rows, setRows] = useState({ centres: null, complaints: null });
  const [error, setError] = useState("");
  useEffect(() => {
    let live = true;
    setError("");
    Promise.all([api("GET", reportUrl("centres", shown, centre)), api("GET", reportUrl("complaints", shown, centre))])
      .then(([centres, complaints]) => { if (live) setRows({ centres, complaints }); })
      .catch((err) => { if (live) { setRows({ centres: null, complaints: null }); setError(err.message); } });
    return () => { live = false; };
  }, [centre, shown.start, shown.end]);
  const submit = (e) => {
    e.preventDefault();
    if (period.start > period.end) { setError(T("err_bad_period")); return; }
    setShown({ ...period });
  };
  const centreName = (id) => pick(names[id], id);
  return html`
  <section class="card" aria-labelledby="h-reports" id="reports">
    <h2 id="h-reports">${T("reports")} · ${centreName(centre)}</h2>
    <form class="row filters" onSubmit=${submit}>
      <label>${T("report_from")} (${ZONE_LABEL})<input type="date" name="report-start" value=${period.start} required onInput=${(e) => setPeriod({ ...period, start: e.target.value })} /></label>
      <label>${T("report_to")}<input type="date" name="report-end" value=${period.end} required onInput=${(e) => setPeriod({ ...period, end: e.target.value })} /></label>
      <button type="submit" class="primary" id="btn-report">${T("report_show")}</button>
    </form>
    ${error && html`<p class="error" role="alert">${error}</p>`}
    <div class="row"><h3 class="grow">${T("report_centres")}</h3>
      <a class="button" id="csv-centres" href=${reportUrl("centres", shown, centre, "csv")} download>${T("download_csv")}</a></div>
    <table class="table" id="report-centres">
      <thead><tr><th>${T("centre")}</th><th>${T("day")}</th><th class="num">${T("offered")}</th><th class="num">${T("answered")}</th>
        <th class="num">${T("abandoned_count")}</th><th class="num">${T("overflowed")}</th><th class="num">${T("service_level")}</th>
        <th class="num">${T("asa")}</th><th class="num">${T("aht")}</th></tr></thead>
      <tbody>${(rows.centres || []).map((r) => html`
        <tr data-day=${r.day}><td>${centreName(r.centre)}</td><td>${r.day}</td><td class="num">${r.offered}</td><td class="num">${r.answered}</td>
          <td class="num">${r.abandoned}</td><td class="num">${r.overflowed}</td><td class="num">${pct(r.service_level)}</td>
          <td class="num">${num(r.asa_seconds)}</td><td class="num">${num(r.aht_seconds)}</td></tr>`)}
        ${rows.centres && !rows.centres.length && html`<tr><td colspan="9" class="muted">${T("no_report_rows")}</td></tr>`}</tbody>
    </table>
    <div class="row"><h3 class="grow">${T("report_complaints")}</h3>
      <a class="button" id="csv-complaints" href=${reportUrl("complaints", shown, centre, "csv")} download>${T("download_csv")}</a></div>
    <table class="table" id="report-complaints">
      <thead><tr><th>${T("category")}</th><th>${T("region")}</th><th class="num">${T("count")}</th></tr></thead>
      <tbody>${(rows.complaints || []).map((r) => html`
        <tr><td>${categoryName(choices, r.category)}</td><td>${regionName(choices, r.region)}</td><td class="num">${r.count}</td></tr>`)}
        ${rows.complaints && !rows.complaints.length && html`<tr><td colspan="3" class="muted">${T("no_report_rows")}</td></tr>`}</tbody>
    </table>
    <${SelfService} period=${shown} />
  </section>`;
}
