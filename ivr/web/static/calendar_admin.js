// The holiday calendar's admin page (Preact + htm): a year of the one national calendar (used by the
// menu schedule, the ACD hours and the statutory clocks) with its source and versions, and a form to
// load that year's State Council notice: holiday ranges and make-up working days, checked by the
// server (dates in the year, no overlaps, make-up days on weekends) before it is loaded as a new
// version (ivr/web/calendar_admin.py). Labels are in both languages here.
import { html, render, useEffect, useState, api, lang, beijing, ZONE_LABEL } from "./js/shared.mjs";

const L = {
  year: ["年份", "Year"], show: ["查看", "Show"], source: ["依据", "Source"], none: ["（无）", "(none)"],
  provisional: ["暂定：按法定节日与补假推算，待国务院通知", "Provisional: statutory days and substitutes until the State Council notice"],
  official: ["已按国务院通知", "From the State Council notice"], date: ["日期", "Date"], name: ["名称", "Name"],
  kind: ["类别", "Kind"], holiday: ["放假", "Holiday"], workday: ["调休上班", "Make-up working day"],
  notice: ["载入国务院放假通知", "Load the State Council notice"],
  title: ["通知名称与文号", "Notice title and number"], holidays: ["放假安排", "Holidays"],
  start: ["开始", "From"], end: ["结束", "To"], add_holiday: ["添加假期", "Add a holiday"],
  workdays: ["调休上班日", "Make-up working days"], add_workday: ["添加调休上班日", "Add a make-up working day"],
  remove: ["删除", "Remove"], comment: ["说明", "Comment"], check: ["检查", "Check"], load: ["载入并发布", "Load and publish"],
  ok: ["检查通过", "No errors"], loaded: ["已载入，日历版本", "Loaded, calendar version"],
  confirm: ["载入此通知？菜单、排队服务时间和法定期限都将使用新日历。",
    "Load this notice? The menus, the ACD hours and the statutory clocks will all use the new calendar."],
  versions: ["日历版本", "Calendar versions"], author: ["作者", "Author"], time: ["时间", "Time"],
  published: ["已发布", "Published"], nothing: ["该年无数据（按周一至周五计算）", "No data for this year (Monday to Friday is used)"],
};
const t = (key) => L[key][lang === "zh" ? 0 : 1];
const blankRange = () => ({ name: "", start: "", end: "" });
const blankDay = () => ({ date: "", name: "" });

function errorsOf(err) {
  const d = err && err.detail;
  if (d && typeof d === "object" && Array.isArray(d.errors)) return d.errors;
  if (d && typeof d === "object" && Array.isArray(d)) return d.map((e) => `${(e.loc || []).join(".")}: ${e.msg}`);
  return [err && err.message ? err.message : String(err)];
}

function YearView({ data }) {
  if (!data) return null;
  const rows = [...data.holidays.map((h) => ({ ...h, kind: "holiday" })), ...data.workdays.map((w) => ({ ...w, kind: "workday" }))]
    .sort((a, b) => a.date.localeCompare(b.date));
  return html`<div id="cal-year-view">
    <p><strong>${t("source")}:</strong> <span id="cal-source">${data.source || t("none")}</span>
      ${" "}<span id="cal-status" class=${data.provisional ? "error" : "ok"}>${data.covered ? (data.provisional ? t("provisional") : t("official")) : t("nothing")}</span></p>
    <table id="cal-days"><thead><tr><th>${t("date")}</th><th>${t("kind")}</th><th>${t("name")}</th></tr></thead>
      <tbody>${rows.map((r) => html`<tr data-date=${r.date}><td>${r.date}</td><td>${t(r.kind)}</td><td>${r.name}</td></tr>`)}</tbody></table>
    <h3>${t("versions")}</h3>
    <table id="cal-versions"><thead><tr><th>#</th><th>${t("comment")}</th><th>${t("author")}</th><th>${t("time")} (${ZONE_LABEL})</th></tr></thead>
      <tbody>${data.versions.slice().reverse().map((v) => html`<tr data-number=${v.number}><td>v${v.number}${v.published ? " ✓" : ""}</td>
        <td>${v.comment}</td><td>${v.author}</td><td>${beijing(v.created_at)}</td></tr>`)}</tbody></table>
  </div>`;
}

function App() {
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [data, setData] = useState(null);
  const [title, setTitle] = useState("");
  const [ranges, setRanges] = useState([blankRange()]);
  const [days, setDays] = useState([]);
  const [comment, setComment] = useState("");
  const [errors, setErrors] = useState([]);
  const [message, setMessage] = useState("");

  async function show(y) {
    try { setData(await api("GET", `/api/calendar?year=${encodeURIComponent(y || year)}`)); setErrors([]); }
    catch (err) { setData(null); setErrors(errorsOf(err)); }
  }
  useEffect(() => { show(year); }, []);

  const body = () => ({ year: Number(year), title, comment, holidays: ranges, workdays: days });
  const setRange = (i, key, value) => setRanges(ranges.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  const setDay = (i, key, value) => setDays(days.map((d, j) => (j === i ? { ...d, [key]: value } : d)));

  async function check() {
    setMessage("");
    try { const r = await api("POST", "/api/calendar/notices/check", body()); setErrors(r.errors); if (r.ok) setMessage(t("ok")); }
    catch (err) { setErrors(errorsOf(err)); }
  }
  async function load() {
    setMessage("");
    if (!window.confirm(t("confirm"))) return;
    try { const r = await api("POST", "/api/calendar/notices", body()); setErrors([]); setMessage(`${t("loaded")} v${r.version}`); await show(year); }
    catch (err) { setErrors(errorsOf(err)); }
  }

  return html`
    <p><label>${t("year")} <input id="cal-year" type="number" min="2000" max="2100" value=${year}
      onInput=${(e) => setYear(e.target.value)} /></label>
      ${" "}<button type="button" id="cal-show" onClick=${() => show(year)}>${t("show")}</button></p>
    <${YearView} data=${data} />
    <h3>${t("notice")}</h3>
    <form id="cal-form" onSubmit=${(e) => { e.preventDefault(); load(); }}>
      <p><label>${t("title")}<br /><input id="cal-title" size="80" value=${title} onInput=${(e) => setTitle(e.target.value)} /></label></p>
      <fieldset><legend>${t("holidays")}</legend>
        ${ranges.map((r, i) => html`<p class="cal-range">
          <label>${t("name")} <input id=${"cal-h-name-" + i} value=${r.name} onInput=${(e) => setRange(i, "name", e.target.value)} /></label>
          ${" "}<label>${t("start")} <input id=${"cal-h-start-" + i} type="date" value=${r.start} onInput=${(e) => setRange(i, "start", e.target.value)} /></label>
          ${" "}<label>${t("end")} <input id=${"cal-h-end-" + i} type="date" value=${r.end} onInput=${(e) => setRange(i, "end", e.target.value)} /></label>
          ${" "}<button type="button" id=${"cal-h-remove-" + i} onClick=${() => setRanges(ranges.filter((_, j) => j !== i))}>${t("remove")}</button></p>`)}
        <button type="button" id="cal-add-holiday" onClick=${() => setRanges([...ranges, blankRange()])}>${t("add_holiday")}</button>
      </fieldset>
      <fieldset><legend>${t("workdays")}</legend>
        ${days.map((d, i) => html`<p class="cal-workday">
          <label>${t("date")} <input id=${"cal-w-date-" + i} type="date" value=${d.date} onInput=${(e) => setDay(i, "date", e.target.value)} /></label>
          ${" "}<label>${t("name")} <input id=${"cal-w-name-" + i} value=${d.name} onInput=${(e) => setDay(i, "name", e.target.value)} /></label>
          ${" "}<button type="button" id=${"cal-w-remove-" + i} onClick=${() => setDays(days.filter((_, j) => j !== i))}>${t("remove")}</button></p>`)}
        <button type="button" id="cal-add-workday" onClick=${() => setDays([...days, blankDay()])}>${t("add_workday")}</button>
      </fieldset>
      <p><label>${t("comment")} <input id="cal-comment" size="60" value=${comment} onInput=${(e) => setComment(e.target.value)} /></label></p>
      <p><button type="button" id="cal-check" onClick=${check}>${t("check")}</button>
        ${" "}<button type="submit" id="cal-load">${t("load")}</button></p>
    </form>
    <p id="cal-message" class="ok" role="status">${message}</p>
    <ul id="cal-errors" class="error" role="alert">${errors.map((e) => html`<li>${e}</li>`)}</ul>`;
}

render(html`<${App} />`, document.getElementById("calendar-app"));
