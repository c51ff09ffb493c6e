// A complaint's statutory clocks on the case page (Preact + htm): the rule set's periods, pauses for
// testing, inspection or appraisal (start and end dates), a report's approved extension and the
// notification owed with its deadline, with the buttons of /api/complaints/{ticket}/clocks,
// /clock/pause, /clock/resume, /extension and /notices (ivr/web/clocks_api.py). The server decides
// who may act (supervisors and administrators) and says why not in Mandarin and English.
// Included by the case page: <${ClocksPanel} ticket=${c.ticket} version=${version} onChanged=${changed} />
import { html, useEffect, useState, api, lang } from "./js/shared.mjs";

const L = {
  clocks: ["法定期限", "Statutory clocks"], paused: ["已暂停", "Paused"], pauses: ["暂停记录", "Pauses"],
  testing: ["检测", "testing"], inspection: ["检验", "inspection"], appraisal: ["鉴定", "appraisal"],
  pause: ["暂停期限", "Pause the clock"], resume: ["恢复期限", "Resume the clock"], on: ["日期", "Date"],
  reason: ["原因", "Reason"], extend: ["批准延期", "Approve the extension"], approved_by: ["批准人", "Approved by"],
  extension: ["已延期", "Extended"], notice: ["应告知", "Notification owed"], due: ["期限", "due"],
  sent: ["已告知", "Sent"], record_sent: ["记录已告知", "Record as sent"], provisional: ["（暂定日历）", "(provisional calendar)"],
  mediation_end_notice: ["终止调解告知", "notice that mediation ended"], report_outcome_notice: ["举报处理结果告知", "report outcome notice"],
  open: ["进行中", "open"],
};
const t = (key) => (L[key] ? L[key][lang === "zh" ? 0 : 1] : key);
const today = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });

export function ClocksPanel({ ticket, version, onChanged }) {
  const [data, setData] = useState(null);
  const [reason, setReason] = useState("testing");
  const [on, setOn] = useState(today());
  const [approver, setApprover] = useState("");
  const [message, setMessage] = useState({ text: "", ok: true });
  const url = "/api/complaints/" + encodeURIComponent(ticket);
  const load = () => api("GET", url + "/clocks").then(setData).catch((e) => setMessage({ text: e.message, ok: false }));
  useEffect(() => { load(); }, [ticket, version]);
  async function act(path, body) {
    try { const r = await api("POST", url + path, body); setData(r.clocks); setMessage({ text: "", ok: true }); if (onChanged) onChanged(); }
    catch (e) { setMessage({ text: e.message, ok: false }); }
  }
  if (!data) return html`<section id="clocks-panel"><p class=${message.ok ? "muted" : "error"}>${message.text || "…"}</p></section>`;
  const running = (data.kind === "complaint" && data.status === "accepted") || (data.kind === "report" && ["registered", "verified"].includes(data.status));
  const report = data.kind === "report" && ["registered", "verified"].includes(data.status);
  return html`
  <section id="clocks-panel" aria-labelledby="h-clocks">
    <h4 id="h-clocks">${t("clocks")} · <code>${data.rule_set}</code>${data.provisional ? " " + t("provisional") : ""}${data.paused ? html` · <strong id="clock-paused">${t("paused")}</strong>` : ""}</h4>
    ${data.pauses.length > 0 && html`<table class="table" id="clock-pauses"><thead><tr><th>${t("reason")}</th><th>${t("on")}</th><th></th></tr></thead>
      <tbody>${data.pauses.map((p) => html`<tr><td>${t(p.reason)}</td><td>${p.started_on} – ${p.ended_on || t("open")}</td><td>${p.started_by}</td></tr>`)}</tbody></table>`}
    ${running && html`<div class="row">
      <label>${t("on")} <input type="date" id="clock-on" value=${on} max=${today()} onInput=${(e) => setOn(e.target.value)} /></label>
      ${data.paused
        ? html`<button type="button" id="clock-resume" onClick=${() => act("/clock/resume", { on })}>${t("resume")}</button>`
        : html`<label>${t("reason")} <select id="clock-reason" value=${reason} onChange=${(e) => setReason(e.target.value)}>
            ${["testing", "inspection", "appraisal"].map((r) => html`<option value=${r}>${t(r)}</option>`)}</select></label>
          <button type="button" id="clock-pause" onClick=${() => act("/clock/pause", { reason, on })}>${t("pause")}</button>`}
    </div>`}
    ${data.extension ? html`<p id="clock-extension">${t("extension")}: ${data.extension.on} · ${t("approved_by")} ${data.extension.approved_by}</p>`
      : report && html`<div class="row"><label>${t("approved_by")} <input id="clock-approver" maxlength="64" value=${approver} onInput=${(e) => setApprover(e.target.value)} /></label>
        <button type="button" id="clock-extend" onClick=${() => act("/extension", { approved_by: approver, on })}>${t("extend")}</button></div>`}
    ${data.notice && html`<p id="clock-notice">${t("notice")}: ${t(data.notice.what)} · ${t("due")} ${data.notice.due}
      ${data.notice.sent_on ? html` · ${t("sent")} ${data.notice.sent_on}`
        : html` <button type="button" id="clock-notice-sent" onClick=${() => act("/notices", { what: data.notice.what, sent_on: today() })}>${t("record_sent")}</button>`}</p>`}
    ${message.text && html`<p class="error" role="alert" id="clock-message">${message.text}</p>`}
  </section>`;
}
