// Shared front-end helpers for every page (agent desk, dashboard, admin): page language and
// labels, server messages in the page language, Beijing time, fetch with the CSRF header, a
// WebSocket that reconnects, and Preact + htm + signals for components.
// Imported as an ES module: <script type="module" src="/static/....mjs">; no eval, no inline code.
import { h, render } from "../vendor/preact.mjs";
import htm from "../vendor/htm.mjs";

export { render };
export { useEffect, useMemo, useRef, useState, useCallback } from "../vendor/preact-hooks.mjs";
export { signal, computed, effect, batch } from "../vendor/signals.mjs";
/** Tagged template for components: html`<p class="x">${value}</p>` (htm bound to Preact's h). */
export const html = htm.bind(h);

// ---- language and labels -------------------------------------------------------------------

/** "zh" or "en": the language the server rendered the page in. */
export const lang = (document.documentElement.lang || "zh").startsWith("zh") ? "zh" : "en";

const LABELS = (() => {
  const node = document.getElementById("page-labels");
  return node ? JSON.parse(node.textContent) : {};
})();

/** A page label by key (ivr/web/i18n.py LABELS), the key itself when unknown. */
export function T(key) {
  return Object.prototype.hasOwnProperty.call(LABELS, key) ? LABELS[key] : key;
}

/** A label if one exists for ``prefix + value`` (e.g. state_busy), else the fallback (or value). */
export function labelOf(prefix, value, fallback) {
  if (value === null || value === undefined || value === "") return fallback === undefined ? "-" : fallback;
  const key = prefix + value;
  return Object.prototype.hasOwnProperty.call(LABELS, key) ? LABELS[key] : (fallback === undefined ? String(value) : fallback);
}

/** Pick the page language from {zh, en} (a name pair from the server). */
export function pick(pair, fallback) {
  if (!pair) return fallback === undefined ? "-" : fallback;
  return pair[lang] || pair.zh || pair.en || (fallback === undefined ? "-" : fallback);
}

/**
 * A server message in the page language. Details may be:
 * {code, zh, en, message} (coded messages), a plain English string (older endpoints, translated
 * by the "srv:" labels when known), or FastAPI's validation list.
 */
export function serverMessage(detail, status) {
  if (detail && typeof detail === "object" && !Array.isArray(detail)) {
    if (detail[lang]) return detail[lang];
    if (detail.code && LABELS["err_" + detail.code]) return LABELS["err_" + detail.code];
    if (detail.message) return translateText(detail.message);
  }
  if (typeof detail === "string") return translateText(detail);
  if (Array.isArray(detail)) {
    return T("err_invalid_input") + ": " + detail.map((d) => (d.loc || []).slice(1).join(".") + " " + (d.msg || "")).join("; ");
  }
  return (status ? "HTTP " + status + " · " : "") + T("err_failed");
}

function translateText(text) {
  const exact = LABELS["srv:" + text];
  if (exact) return exact;
  // "prefix: detail" messages (e.g. "not possible now: agent busy"): translate the prefix
  const cut = text.indexOf(": ");
  if (cut > 0 && LABELS["srv:" + text.slice(0, cut)]) return LABELS["srv:" + text.slice(0, cut)] + ": " + text.slice(cut + 2);
  return text;
}

// ---- Beijing time --------------------------------------------------------------------------

export const TIME_ZONE = "Asia/Shanghai";
/** The label every page shows beside times: 北京时间 / Beijing time. */
export const ZONE_LABEL = lang === "zh" ? "北京时间" : "Beijing time";

const PARTS = {
  datetime: { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" },
  date: { year: "numeric", month: "2-digit", day: "2-digit" },
  time: { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" },
  minute: { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
};
const FORMATTERS = {};

function toDate(value) {
  if (value === null || value === undefined || value === "") return null;
  if (value instanceof Date) return value;
  if (typeof value === "number") return new Date(value);
  // ISO text without a zone is UTC as the server stores it
  const text = String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  return new Date(/[zZ]|[+-]\d{2}:?\d{2}$/.test(text) ? text : text + "Z");
}

/** A moment (ms since epoch, Date or ISO text) in Beijing time: YYYY-MM-DD HH:MM:SS (or part). */
export function beijing(value, style = "datetime") {
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value; // a calendar date
  const date = toDate(value);
  if (!date || Number.isNaN(date.getTime())) return "-";
  if (!FORMATTERS[style]) FORMATTERS[style] = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, ...PARTS[style] });
  const p = Object.fromEntries(FORMATTERS[style].formatToParts(date).map((x) => [x.type, x.value]));
  const day = p.year ? `${p.year}-${p.month}-${p.day}` : "";
  const clock = p.hour ? `${p.hour}:${p.minute}${p.second ? ":" + p.second : ""}` : "";
  return [day, clock].filter(Boolean).join(" ");
}

/** Seconds as m:ss (or h:mm:ss). */
export function duration(seconds) {
  if (seconds === null || seconds === undefined || Number.isNaN(seconds)) return "-";
  const s = Math.max(0, Math.floor(seconds));
  const hh = Math.floor(s / 3600), mm = Math.floor((s % 3600) / 60), ss = s % 60;
  const two = (n) => String(n).padStart(2, "0");
  return hh ? `${hh}:${two(mm)}:${two(ss)}` : `${mm}:${two(ss)}`;
}

/** A 12-digit ticket in groups of four for reading aloud: 2026 1130 0001. */
export function groupTicket(ticket) {
  return String(ticket || "").replace(/(\d{4})(?=\d)/g, "$1 ");
}

// ---- HTTP ----------------------------------------------------------------------------------

export function csrfToken() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.content : "";
}

export class ApiError extends Error {
  constructor(status, detail) {
    super(serverMessage(detail, status));
    this.status = status;
    this.detail = detail;
    this.code = detail && typeof detail === "object" ? detail.code : undefined;
  }
}

/** fetch with the session's CSRF header; JSON in and out; throws ApiError (message in the page language). */
export async function api(method, url, body, options = {}) {
  const init = { method, headers: { "X-CSRF-Token": csrfToken() }, credentials: "same-origin" };
  if (body !== undefined) {
    if (options.form) init.body = body;
    else { init.headers["Content-Type"] = "application/json"; init.body = JSON.stringify(body); }
  }
  const res = await fetch(url, init);
  const text = await res.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch (e) { data = text; }
  if (!res.ok) throw new ApiError(res.status, data && typeof data === "object" ? data.detail : data);
  return options.withStatus ? { status: res.status, data } : data;
}

// ---- WebSocket with reconnect --------------------------------------------------------------

/**
 * A WebSocket to ``path`` on this host that reconnects (1 s, doubling up to 15 s) until closed.
 * onMessage gets each parsed JSON message; onStatus gets "open" | "closed".
 * Returns {send(obj), close()}.
 */
export function liveSocket(path, onMessage, onStatus) {
  let ws = null, stopped = false, delay = 1000, timer = null;
  const scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
  function open() {
    ws = new WebSocket(scheme + window.location.host + path);
    ws.onopen = () => { delay = 1000; if (onStatus) onStatus("open"); };
    ws.onmessage = (ev) => { let msg; try { msg = JSON.parse(ev.data); } catch (e) { return; } onMessage(msg); };
    ws.onclose = (ev) => {
      if (onStatus) onStatus("closed");
      if (stopped) return;
      if (ev.code === 1008) { window.location = "/login"; return; } // session ended
      timer = setTimeout(open, delay);
      delay = Math.min(delay * 2, 15000);
    };
  }
  open();
  return {
    send(obj) { if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(obj)); },
    close() { stopped = true; clearTimeout(timer); if (ws) ws.close(); },
  };
}
