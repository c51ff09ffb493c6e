// Helpers of the administrator's pages: errors in the page language at their field, the
// editor's draft shared between the page's parts, time choices, confirmations.
import { html, lang, T } from "./shared.mjs";

/** One error line in the page language: "星期一 第1段：结束时间 08:30 必须晚于开始时间 18:00". */
export function errorLine(e) {
  if (typeof e === "string") {
    const cut = e.indexOf(" / ");
    if (cut > 0) return lang === "zh" ? e.slice(0, cut) : e.slice(cut + 3);
    return e;
  }
  const field = lang === "zh" ? e.field_zh : e.field_en;
  const message = (lang === "zh" ? e.message_zh : e.message_en) || e.message || "";
  const where = [e.file, e.line > 1 ? (lang === "zh" ? "第" + e.line + "行" : "line " + e.line) : null].filter(Boolean).join(" ");
  return (field ? field + (lang === "zh" ? "：" : ": ") : "") + message + (where ? " (" + where + ")" : "");
}

/** A message (string or {message}) in the page language; bilingual "中文 / English" texts are split. */
export function messageLine(text) {
  return errorLine(String(text || ""));
}

export function ErrorList({ errors, id }) {
  if (!errors || !errors.length) return html`<ul id=${id} class="errors"></ul>`;
  return html`<ul id=${id} class="errors" role="alert">${errors.map((e) => html`<li>${errorLine(e)}</li>`)}</ul>`;
}

/** Errors of a request as a list (the 422 detail's errors), or one line with the message. */
export function errorsOf(err) {
  const detail = err && err.detail;
  if (detail && Array.isArray(detail.errors) && detail.errors.length) return detail.errors;
  return [messageLine(err && err.detail && err.detail.message ? err.detail.message : err.message)];
}

/** "HH:MM" every 15 minutes from 00:00 to 24:00, plus ``extra`` (a value already set). */
export function timeChoices(extra) {
  const out = [];
  for (let m = 0; m <= 24 * 60; m += 15) out.push(String(Math.floor(m / 60)).padStart(2, "0") + ":" + String(m % 60).padStart(2, "0"));
  if (extra && !out.includes(extra)) { out.push(extra); out.sort(); }
  return out;
}

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
export const WEEKDAY_NAMES = {
  zh: ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};

let draftLoaded;
const draftReady = new Promise((resolve) => { draftLoaded = resolve; });

/** The editor's draft (file name -> YAML), owned by the menu editor; other parts read and replace it. */
export const menuDraft = {
  // Until the editor has loaded the first draft, files() is empty: a form that asks the server about the
  // draft at mount waits for this (a CI run's add-node form asked too early and never got its slots).
  ready: () => draftReady,
  loaded: () => draftLoaded(),
  get: () => (window.menuDraftBridge ? window.menuDraftBridge.get() : null),
  files: () => (window.menuDraftBridge ? window.menuDraftBridge.files() : null),
  replace: (files) => { if (window.menuDraftBridge) window.menuDraftBridge.replace(files); },
  published: () => document.dispatchEvent(new CustomEvent("menus:published")),
};

export function ask(key, extra) {
  return window.confirm(T(key) + (extra ? "\n\n" + extra : ""));
}
