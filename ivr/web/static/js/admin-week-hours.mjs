// Opening hours per weekday: the centres form's rows of time pickers (several ranges a day, "closed",
// copy Monday) and the read-only text of a week. Hours come in either form the ACD accepts: `weekly`
// (ranges per weekday) or the old shorthand `days` + `open`/`close`; both are shown as a week.
import { html, T, lang } from "./shared.mjs";
import { WEEKDAY_NAMES } from "./admin-common.mjs";

export const DAY_KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const END_OF_DAY = "24:00";
const NEW_RANGE = "08:30-18:00";
// Laid out here rather than in web.css: the row of one weekday and its ranges side by side.
const ROW_STYLE = "align-items: center; border-bottom: 1px solid #e4e8ee; padding: 3px 0";
const DAY_STYLE = "width: 4.5em; font-weight: 600";
const RANGE_STYLE = "display: inline-flex; align-items: center; gap: 4px; border: 1px solid #cfd6e0; border-radius: 4px; padding: 2px 6px";
const TIME_STYLE = "width: auto; display: inline; margin: 0";

/** {mon: ["08:30-18:00"], ...} of hours in either form (a weekday left out is closed). */
export function weekOf(hours) {
  const h = hours || {};
  if (h.weekly) return Object.fromEntries(DAY_KEYS.map((d) => [d, [...(h.weekly[d] || [])]]));
  const days = h.days || [1, 2, 3, 4, 5, 6, 7];
  const range = (h.open || "00:00") + "-" + (h.close || END_OF_DAY);
  return Object.fromEntries(DAY_KEYS.map((d, i) => [d, days.includes(i + 1) ? [range] : []]));
}

/** A centre's own hours over the shared ones, as the server merges them (queueing.centres._merge_hours). */
export function mergeHours(shared, own) {
  if (!own) return shared || {};
  const base = { ...(shared || {}) };
  if (own.weekly) { delete base.days; delete base.open; delete base.close; delete base.weekly; }
  else if (["days", "open", "close"].some((k) => k in own)) delete base.weekly;
  return { ...base, ...own };
}

/** "每天 08:30–20:30" or "星期一至星期五 08:30–18:00；星期六至星期日 09:00–17:00" in the page language. */
export function weekText(hours) {
  const week = weekOf(hours);
  const groups = [];
  DAY_KEYS.forEach((d, i) => {
    const last = groups[groups.length - 1];
    if (last && week[DAY_KEYS[last.end]].join() === week[d].join()) last.end = i;
    else groups.push({ start: i, end: i });
  });
  const names = WEEKDAY_NAMES[lang];
  const ranges = (d) => (week[d].length ? week[d].map((r) => r.replace("-", "–")).join(lang === "zh" ? "、" : ", ") : T("hours_closed"));
  if (groups.length === 1) return T("sched_every_day") + " " + ranges("mon");
  return groups.map((g) => {
    const days = g.start === g.end ? names[g.start] : names[g.start] + T("hours_through") + names[g.end];
    return days + " " + ranges(DAY_KEYS[g.start]);
  }).join(lang === "zh" ? "；" : "; ");
}

function splitRange(text) {
  const cut = String(text).indexOf("-");
  return cut < 0 ? [String(text), ""] : [text.slice(0, cut), text.slice(cut + 1)];
}

/** The errors of ``field`` itself (not of the fields under it), in the page language. */
function errorsAt(errors, field, id) {
  const mine = (errors || []).filter((e) => e.field === field);
  return mine.length ? html`<span class="error" id=${id} role="alert">${mine.map((e) => e[lang] || e.zh).join("；")}</span>` : null;
}

/** One weekday's row: its ranges as pairs of time pickers, add/remove a range, closed all day. */
function DayRow({ prefix, day, index, ranges, setRanges, errors }) {
  const id = prefix + "-" + day;
  const setPart = (j, part, value) => setRanges(ranges.map((r, n) => {
    if (n !== j) return r;
    const [opening, closing] = splitRange(r);
    return part === 0 ? value + "-" + closing : opening + "-" + value;
  }));
  return html`<div class="row week-day" id=${id + "-row"} style=${ROW_STYLE}>
    <span class="day-name" style=${DAY_STYLE}>${WEEKDAY_NAMES[lang][index]}</span>
    <label class="check" style="margin: 0"><input type="checkbox" id=${id + "-closed"} checked=${!ranges.length}
      onChange=${(e) => setRanges(e.target.checked ? [] : [NEW_RANGE])} /> ${T("hours_closed")}</label>
    ${ranges.map((r, j) => {
      const [opening, closing] = splitRange(r);
      const endOfDay = closing === END_OF_DAY;
      return html`<span class="range" id=${id + "-" + j} style=${RANGE_STYLE}>
        <input type="time" id=${id + "-" + j + "-open"} step="300" style=${TIME_STYLE} value=${opening} aria-label=${WEEKDAY_NAMES[lang][index] + " " + T("sched_from")}
          onChange=${(e) => setPart(j, 0, e.target.value)} />–<input type="time" id=${id + "-" + j + "-close"} step="300" style=${TIME_STYLE}
          value=${endOfDay ? "" : closing} disabled=${endOfDay} aria-label=${WEEKDAY_NAMES[lang][index] + " " + T("sched_to")}
          onChange=${(e) => setPart(j, 1, e.target.value)} />
        <label class="check" style="margin: 0"><input type="checkbox" id=${id + "-" + j + "-eod"} checked=${endOfDay}
          onChange=${(e) => setPart(j, 1, e.target.checked ? END_OF_DAY : "18:00")} /> ${T("hours_end_of_day")}</label>
        <button type="button" class="link" id=${id + "-" + j + "-remove"} aria-label=${T("hours_remove_range")}
          onClick=${() => setRanges(ranges.filter((_, n) => n !== j))}>×</button></span>`;
    })}
    <button type="button" class="link" id=${id + "-add"} onClick=${() => setRanges([...ranges, ranges.length ? "13:30-18:00" : NEW_RANGE])}>+ ${T("hours_add_range")}</button>
    ${errorsAt(errors, "hours.weekly." + day, id + "-error")}
  </div>`;
}

/** The week's rows for the shared hours (prefix "acd") or one centre's (prefix "centre"); every change
 * sets the hours as `weekly` (keeping `national_calendar` when the file sets it). */
export function WeekHours({ prefix, hours, setHours, errors }) {
  const week = weekOf(hours);
  const put = (changed) => setHours({ weekly: { ...week, ...changed },
    ...(hours && hours.national_calendar !== undefined ? { national_calendar: hours.national_calendar } : {}) });
  const copyMonday = (days) => put(Object.fromEntries(days.map((d) => [d, [...week.mon]])));
  const other = (errors || []).filter((e) => e.field === "hours" || (e.field.startsWith("hours.") && !e.field.startsWith("hours.weekly.")));
  return html`<fieldset class="week" id=${prefix + "-week"}><legend>${T("hours_week")}</legend>
    <p class="hint">${T("hours_beijing_time")}</p>
    ${DAY_KEYS.map((day, i) => html`<${DayRow} prefix=${prefix} day=${day} index=${i} ranges=${week[day]} errors=${errors}
      setRanges=${(ranges) => put({ [day]: ranges })} />`)}
    <div class="row">
      <button type="button" id=${prefix + "-copy-weekdays"} onClick=${() => copyMonday(["tue", "wed", "thu", "fri"])}>${T("hours_copy_weekdays")}</button>
      <button type="button" id=${prefix + "-copy-all"} onClick=${() => copyMonday(["tue", "wed", "thu", "fri", "sat", "sun"])}>${T("hours_copy_all")}</button>
    </div>
    ${other.length ? html`<span class="error" id=${prefix + "-hours-error"} role="alert">${other.map((e) => e[lang] || e.zh).join("；")}</span>` : null}
  </fieldset>`;
}
