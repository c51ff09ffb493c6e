// Agent console: ACD state buttons, the offered call over a WebSocket, complaint form, wrap-up.
"use strict";
let offer = null;
let ticket = null;
const $ = (id) => document.getElementById(id);
function msg(text, ok) { const m = $("agent-message"); m.textContent = text; m.className = ok ? "ok" : "error"; }

function render(view) {
  const badge = $("agent-state");
  badge.textContent = view.state + (view.reason ? " (" + view.reason + ")" : "");
  badge.className = "state " + view.state;
  const changed = JSON.stringify(offer) !== JSON.stringify(view.offer);
  offer = view.offer;
  $("no-call").hidden = !!offer;
  $("offer-facts").hidden = !offer;
  $("offer").classList.toggle("offer", !!offer);
  $("complaint-fields").disabled = !offer;
  $("btn-wrapup").disabled = !offer;
  if (!changed) return;
  const body = $("history").querySelector("tbody"); body.replaceChildren();
  if (!offer) { ticket = null; $("ticket-line").textContent = ""; return; }
  $("offer-caller").textContent = offer.caller || "-";
  $("offer-region").textContent = [offer.region, offer.region_name].filter(Boolean).join(" ") || "-";
  $("offer-service").textContent = T("kind_" + offer.service_type) !== "kind_" + offer.service_type ? T("kind_" + offer.service_type) : (offer.service_type || "-");
  const pageLang = document.documentElement.lang.startsWith("zh") ? "zh" : "en";
  $("offer-category").textContent = (offer.category_names || {})[pageLang] || offer.category || "-";
  // recognised entries are {slot, text, value} from the queue, or plain strings from the records
  $("offer-recognised").textContent = (offer.recognised || [])
    .map((r) => (typeof r === "string" ? r : r.text || "")).filter(Boolean).join(" / ") || "-";
  $("offer-transcript").textContent = offer.transcript || "-";
  for (const h of offer.history || []) {
    body.append(el("tr", {}, el("td", { text: (h.started_at || "").replace("T", " ").slice(0, 16) }),
      el("td", { text: h.service_type || "-" }), el("td", { text: h.category || "-" }), el("td", { text: (h.tickets || []).join(", ") })));
  }
  // The complaint form opens prefilled from the call.
  const kinds = { complaint: "complaint", report: "report", consultation: "consultation" };
  $("c-kind").value = kinds[offer.service_type] || "complaint";
  $("c-category").value = offer.category || "";
  $("c-region").value = offer.region || "";
  $("c-transcript").value = offer.transcript || "";
  $("c-business-name").value = ""; $("c-business-address").value = ""; $("c-business-division").value = ""; $("c-summary").value = "";
  $("c-summary").focus();
}

function connect() {
  const scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
  const ws = new WebSocket(scheme + window.location.host + "/api/console/ws");
  ws.onmessage = (ev) => render(JSON.parse(ev.data));
  ws.onclose = () => setTimeout(connect, 1000);
}

async function act(path, body) {
  try { const r = await api("POST", "/api/console/" + path, body); msg("", true); return r; }
  catch (err) { msg(err.message, false); return null; }
}

document.addEventListener("DOMContentLoaded", () => {
  $("btn-login").addEventListener("click", () => act("login", {}));
  $("btn-ready").addEventListener("click", () => act("ready"));
  $("btn-pause").addEventListener("click", () => act("pause", { reason: $("pause-reason").value }));
  $("btn-logout").addEventListener("click", () => act("logout"));
  $("complaint-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    if (!offer) return;
    const body = { call_id: offer.call_id, kind: $("c-kind").value };
    const fields = { category: "c-category", region: "c-region", business_name: "c-business-name",
      business_address: "c-business-address", business_division: "c-business-division", summary: "c-summary", transcript: "c-transcript" };
    for (const [k, id] of Object.entries(fields)) { const v = $(id).value.trim(); if (v) body[k] = v; }
    try {
      const c = await api("POST", "/api/complaints", body);
      ticket = c.ticket;
      $("ticket-line").textContent = T("ticket") + ": " + c.ticket;
      $("ticket-line").className = "ok";
      $("disposition").value = c.kind === "report" ? "report_filed" : c.kind === "consultation" ? "consultation_answered" : "complaint_filed";
      $("btn-wrapup").focus();
    } catch (err) { $("ticket-line").textContent = err.message; $("ticket-line").className = "error"; }
  });
  $("btn-wrapup").addEventListener("click", async () => {
    if (!offer) return;
    const r = await act("wrapup", { call_id: offer.call_id, disposition: $("disposition").value, ticket });
    if (r) msg(T("wrap_up") + ": " + r.disposition, true);
  });
  connect();
});
