// Shared helpers: JSON API calls with the CSRF token, labels, sign-out.
"use strict";
const LABELS = (() => { const n = document.getElementById("page-labels"); return n ? JSON.parse(n.textContent) : {}; })();
const T = (key) => LABELS[key] || key;
function csrfToken() { const m = document.querySelector('meta[name="csrf-token"]'); return m ? m.content : ""; }
async function api(method, url, body, isForm) {
  const opts = { method, headers: { "X-CSRF-Token": csrfToken() }, credentials: "same-origin" };
  if (body !== undefined) {
    if (isForm) { opts.body = body; } else { opts.headers["Content-Type"] = "application/json"; opts.body = JSON.stringify(body); }
  }
  const res = await fetch(url, opts);
  let data = null;
  const text = await res.text();
  try { data = text ? JSON.parse(text) : null; } catch (e) { data = text; }
  if (!res.ok) { const err = new Error(describeError(data, res.status)); err.status = res.status; err.data = data; throw err; }
  return data;
}
function describeError(data, status) {
  if (data && data.detail) {
    if (typeof data.detail === "string") return data.detail;
    if (data.detail.message) return data.detail.message;
    if (Array.isArray(data.detail)) return data.detail.map((d) => (d.loc || []).join(".") + ": " + d.msg).join("; ");
  }
  return "HTTP " + status;
}
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "text") node.textContent = v; else if (k.startsWith("on")) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c);
  return node;
}
document.addEventListener("DOMContentLoaded", () => {
  const out = document.getElementById("logout");
  if (out) out.addEventListener("click", async () => {
    try { await api("POST", "/api/auth/logout"); } finally { window.location = "/login"; }
  });
});
