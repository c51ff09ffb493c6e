// The agent's desk (ES module, Preact + htm + signals): ACD state, the call live from the ACD
// (ringing -> connected -> ended), the complaint form filed during the call (one ticket per call),
// wrap-up once the call has ended (the ACD's timer counting down; ended by the agent or the timer),
// and the case file.
import { html, render, useEffect, useState, signal, T, api, lang, labelOf, pick, beijing, duration, groupTicket, liveSocket, ZONE_LABEL } from "./js/shared.mjs";
import { CaseFile, loadChoices, categoryName, regionName, kindName, statusName } from "./js/cases.mjs";
import { ClassificationPicker } from "./classification_picker.js";

const view = signal(null);           // the console state pushed by /api/console/ws
const link = signal("closed");       // the WebSocket's state
const now = signal(Date.now());      // ticks every second for the timers
const choices = signal({ categories: [], regions: [], service_types: [], dispositions: [] });
const notice = signal({ text: "", ok: true });
const filed = signal(null);          // {ticket, call_id, existing} of the last submit
const refreshCases = signal(0);

const say = (text, ok = true) => { notice.value = { text, ok }; };
async function act(path, body) {
  try { const r = await api("POST", "/api/console/" + path, body); say(""); return r; }
  catch (err) { say(err.message, false); return null; }
}

function stateWord(v) {
  if (!v) return "-";
  const word = labelOf("state_", v.state);
  const reason = v.reason ? labelOf("reason_", v.reason) : "";
  return reason && v.state === "paused" ? word + " · " + reason : word;
}
const since = (ms) => (ms ? duration((now.value - ms) / 1000) : "-");

function StateBar() {
  const v = view.value;
  const [reason, setReason] = useState("break");
  return html`
  <section class="card" aria-labelledby="h-state">
    <div class="row">
      <h2 id="h-state" class="grow">${T("nav_agent")}</h2>
      <span class="muted">${T("connection")}: <span class=${"dot " + link.value}>${link.value === "open" ? "●" : T("connection_lost")}</span></span>
      <span>${T("state")}: <span class=${"state " + (v ? v.state : "")} id="agent-state" role="status" aria-live="polite">${stateWord(v)}</span></span>
      <span class="muted">${T("since")} <span id="state-since">${v ? since(v.since_ms) : "-"}</span></span>
      <span class="muted">${T("calls_today")}: <strong id="calls-today">${v ? v.calls_today : 0}</strong></span>
    </div>
    <div class="row">
      <button type="button" id="btn-login" onClick=${() => act("login", {})}>${T("agent_login")}</button>
      <button type="button" id="btn-ready" class="primary" onClick=${() => act("ready")}>${T("ready")}</button>
      <label>${T("pause_reason")}
        <select id="pause-reason" value=${reason} onChange=${(e) => setReason(e.target.value)}>
          ${["break", "meal", "training", "meeting"].map((r) => html`<option value=${r}>${T("reason_" + r)}</option>`)}
        </select></label>
      <button type="button" id="btn-pause" onClick=${() => act("pause", { reason })}>${T("pause")}</button>
      <button type="button" id="btn-logout" onClick=${() => act("logout")}>${T("agent_logout")}</button>
      <span id="agent-message" role="status" aria-live="polite" class=${notice.value.ok ? "ok" : "error"}>${notice.value.text}</span>
    </div>
  </section>`;
}

// during the call the statement is still in the spool (the desk's own endpoint); later, in the store
const statementUrl = (offer) => (offer.statement === "store" ? "/api/recordings/" : "/api/console/statement/") + encodeURIComponent(offer.call_id);

// a disposition the server recorded because none was chosen (the timer ended, then a new call came)
const autoName = (c, value) => pick((c.auto_dispositions || []).find((d) => d.value === value), value);

function phaseOf(offer) { return offer ? offer.phase || "offered" : "none"; }

/** What the IVR recognised of the caller's words on this call (the queue entry's last utterances). */
const heardText = (offer) => (offer.recognised || []).map((r) => (typeof r === "string" ? r : r.text || "")).filter(Boolean).join(" / ");

function CallCard() {
  const v = view.value;
  const offer = v && v.offer;
  const phase = phaseOf(offer);
  const c = choices.value;
  const phaseSince = offer ? (phase === "offered" ? offer.offered_at_ms : phase === "connected" ? offer.connected_at_ms : offer.ended_at_ms) : null;
  return html`
  <section class=${"card" + (offer ? " offer phase-" + phase : "")} id="offer" aria-labelledby="h-offer" aria-live="polite">
    <div class="row"><h2 id="h-offer" class="grow">${T("offered_call")}</h2>
      <span class=${"phase " + phase} id="call-phase" role="status">${T("call_" + phase)}${offer && phaseSince ? " · " + since(phaseSince) : ""}</span></div>
    ${!offer && html`<p id="no-call">${T("no_call")}</p>`}
    ${offer && html`
    <p class="times muted">${T("call_offered")} ${beijing(offer.offered_at_ms, "time")}
      ${offer.connected_at_ms ? " · " + T("call_connected") + " " + beijing(offer.connected_at_ms, "time") : ""}
      ${offer.ended_at_ms ? " · " + T("call_ended") + " " + beijing(offer.ended_at_ms, "time") : ""} (${ZONE_LABEL})</p>
    <dl class="facts" id="offer-facts">
      <dt>${T("caller")}</dt><dd id="offer-caller">${offer.caller || "-"}</dd>
      <dt>${T("region")}</dt><dd id="offer-region">${regionName(c, offer.region)}</dd>
      <dt>${T("service_type")}</dt><dd id="offer-service">${kindName(offer.service_type)}</dd>
      <dt>${T("category")}</dt><dd id="offer-category">${pick(offer.category_names, categoryName(c, offer.category))}</dd>
      <dt>${T("recognised")}</dt><dd id="offer-recognised">${heardText(offer) || "-"}</dd>
      <dt>${T("transcript")}</dt><dd id="offer-transcript">${offer.transcript || "-"}</dd>
      <dt>${T("statement")}</dt><dd>${offer.statement
        ? html`<audio controls preload="none" id="offer-audio" data-source=${offer.statement} src=${statementUrl(offer)}></audio>`
        : html`<span class="muted">${T("no_recording")}</span>`}</dd>
    </dl>
    <h3>${T("history")}</h3>
    <table class="table" id="history"><thead><tr><th>${T("created_at")} (${ZONE_LABEL})</th><th>${T("service_type")}</th><th>${T("category")}</th><th>${T("ticket")}</th></tr></thead>
      <tbody>${(offer.history || []).map((h) => html`<tr><td>${beijing(h.started_at, "minute")}</td><td>${kindName(h.service_type)}</td>
        <td>${pick(h.category_names, categoryName(c, h.category))}</td>
        <td>${(h.tickets || []).map((t) => groupTicket(t) + " · " + statusName((h.ticket_states || {})[t])).join(", ") || "-"}</td></tr>`)}
        ${!(offer.history || []).length && html`<tr><td colspan="4" class="muted">—</td></tr>`}</tbody></table>`}
  </section>`;
}

const DRAFT = (callId) => "ivr-draft:" + callId;
function blankForm(offer) {
  const kinds = ["complaint", "report", "consultation"];
  return {
    kind: kinds.includes(offer.service_type) ? offer.service_type : "complaint",
    category: offer.category || "", region: offer.region || "", business_name: "", business_address: "",
    business_division: "", summary: heardText(offer), transcript: offer.transcript || "",
  };
}

function ComplaintForm() {
  const v = view.value;
  const offer = v && v.offer;
  const callId = offer ? offer.call_id : null;
  const [form, setForm] = useState(null);
  const [busy, setBusy] = useState(false);
  const [regionFilter, setRegionFilter] = useState("");
  const [disposition, setDisposition] = useState("complaint_filed");
  // a new call opens the form prefilled from the IVR (or the draft saved while typing)
  useEffect(() => {
    if (!offer) { setForm(null); return; }
    const saved = window.localStorage.getItem(DRAFT(callId));
    setForm(saved ? { ...blankForm(offer), ...JSON.parse(saved) } : blankForm(offer));
    if (!filed.value || filed.value.call_id !== callId) filed.value = offer.ticket ? { ticket: offer.ticket, call_id: callId, existing: true } : null;
  }, [callId]);
  useEffect(() => { if (offer && offer.ticket && !filed.value) filed.value = { ticket: offer.ticket, call_id: callId, existing: true }; }, [offer && offer.ticket]);

  const phase = phaseOf(offer);
  const c = choices.value;
  const ticket = filed.value && filed.value.call_id === callId ? filed.value.ticket : null;
  const set = (key) => (ev) => {
    const next = { ...form, [key]: ev.target.value };
    setForm(next);
    window.localStorage.setItem(DRAFT(callId), JSON.stringify(next));
  };
  async function submit(ev) {
    ev.preventDefault();
    if (busy || !offer) return;
    setBusy(true);
    try {
      const body = { call_id: callId };
      for (const [k, val] of Object.entries(form)) if (val !== "") body[k] = val;
      const r = await api("POST", "/api/complaints", body);
      filed.value = { ticket: r.ticket, call_id: callId, existing: !!r.existing };
      say(T(r.existing ? "ticket_updated" : "ticket_saved") + ": " + groupTicket(r.ticket));
      refreshCases.value += 1;
    } catch (err) { say(err.message, false); }
    finally { setBusy(false); }
  }
  async function wrapUp() {
    const r = await act("wrapup", { call_id: callId, disposition, ticket: ticket || undefined });
    if (r) {
      window.localStorage.removeItem(DRAFT(callId));
      say(T("wrap_up") + ": " + pick(c.dispositionNames && c.dispositionNames[r.disposition], r.disposition));
    }
  }
  const regions = (c.regions || []).filter((r) => !regionFilter || (r.zh + r.en + r.value).toLowerCase().includes(regionFilter.toLowerCase()) || r.value === (form && form.region));
  const last = v && v.last;
  return html`
  <section class="card" aria-labelledby="h-form">
    <h2 id="h-form">${T("complaint_form")}</h2>
    ${ticket && html`<div class="ticket-big" id="ticket-big" role="status" aria-live="assertive">
      <div class="k">${T("ticket_big")}</div><div class="v" id="ticket-number">${groupTicket(ticket)}</div></div>`}
    ${!ticket && !offer && last && last.ticket && html`<div class="ticket-last" id="ticket-last">${T("last_ticket")}: <strong>${groupTicket(last.ticket)}</strong></div>`}
    <form id="complaint-form" onSubmit=${submit}>
      <fieldset id="complaint-fields" disabled=${!offer || !form}>
        <div class="grid-form">
        <label>${T("kind")}<select id="c-kind" value=${form ? form.kind : ""} onChange=${set("kind")}>
          ${(c.service_types || []).map((k) => html`<option value=${k.value}>${pick(k)}</option>`)}</select></label>
        <label>${T("category")}<select id="c-category" value=${form ? form.category : ""} onChange=${set("category")}>
          <option value="">${T("choose")}</option>
          ${(c.categories || []).map((k) => html`<option value=${k.value}>${pick(k)}</option>`)}</select></label>
        <${ClassificationPicker} form=${form} onPick=${(patch) => setForm((f) => ({ ...f, ...patch }))} />
        <label>${T("region")}
          <input id="c-region-filter" placeholder=${T("search")} value=${regionFilter} onInput=${(e) => setRegionFilter(e.target.value)} />
          <select id="c-region" value=${form ? form.region : ""} onChange=${set("region")}>
          <option value="">${T("choose")}</option>
          ${form && form.region && !(c.regions || []).some((r) => r.value === form.region) && html`<option value=${form.region}>${regionName(c, form.region)}</option>`}
          ${regions.map((r) => html`<option value=${r.value}>${pick(r)}</option>`)}</select></label>
        <label>${T("business_division")}<input id="c-business-division" maxlength="12" inputmode="numeric" value=${form ? form.business_division : ""} onInput=${set("business_division")} /></label>
        <label>${T("business_name")}<input id="c-business-name" maxlength="256" value=${form ? form.business_name : ""} onInput=${set("business_name")} /></label>
        <label>${T("business_address")}<input id="c-business-address" maxlength="512" value=${form ? form.business_address : ""} onInput=${set("business_address")} /></label>
        </div>
        <label>${T("summary")}<textarea id="c-summary" rows="3" value=${form ? form.summary : ""} onInput=${set("summary")}></textarea></label>
        <label>${T("transcript")}<textarea id="c-transcript" rows="2" value=${form ? form.transcript : ""} onInput=${set("transcript")}></textarea></label>
        <div class="row"><button type="submit" id="btn-file" class="primary" disabled=${busy}>${T("file_complaint")}</button>
          <span class="muted">${offer && form ? T("draft_saved") : ""}</span></div>
      </fieldset>
    </form>
    <h2>${T("wrap_up")}</h2>
    <${WrapUpClock} />
    <div class="row">
      <label>${T("disposition")}<select id="disposition" value=${disposition} onChange=${(e) => setDisposition(e.target.value)}>
        ${(c.dispositions || []).map((d) => html`<option value=${d.value}>${pick(d)}</option>`)}</select></label>
      <button type="button" id="btn-wrapup" disabled=${!offer || phase === "offered" || phase === "connected"} onClick=${wrapUp}>${T("finish")}</button>
      ${offer && (phase === "offered" || phase === "connected") && html`<span class="muted" id="wrapup-hint">${T("wrapup_after_end")}</span>`}
    </div>
    ${offer && (phase === "ended" || phase === "missed") && v.state !== "wrapup" && html`
      <p class="error" id="disposition-pending" role="status">${T("disposition_pending")}</p>`}
    ${last && last.auto && (!offer || offer.call_id !== last.call_id) && html`
      <p class="muted" id="last-auto" role="status">${T("disposition_auto")}: ${autoName(c, last.disposition)}</p>`}
  </section>`;
}

/** The wrap-up timer from the ACD (wrap_until): counts down; at zero the ACD makes the agent ready. */
function WrapUpClock() {
  const v = view.value;
  if (!v || v.state !== "wrapup" || !v.wrap_until_ms) return null;
  const left = Math.max(0, (v.wrap_until_ms - now.value) / 1000);
  const total = v.since_ms ? Math.max(1, (v.wrap_until_ms - v.since_ms) / 1000) : null;
  return html`
  <div class="wrap-clock" id="wrap-clock" role="timer" aria-live="off">
    <span class="k">${T("wrap_left")}</span>
    <span class="v" id="wrap-countdown">${duration(Math.ceil(left))}</span>
    ${total && html`<progress id="wrap-progress" max=${Math.round(total)} value=${Math.round(total - left)}></progress>`}
    <span class="muted">${T("wrap_until")} ${beijing(v.wrap_until_ms, "time")} (${ZONE_LABEL}) · ${T("wrap_ends_auto")}</span>
  </div>`;
}

function Desk() {
  return html`
    <${StateBar} />
    <div class="grid2"><${CallCard} /><${ComplaintForm} /></div>
    <${CaseFile} choices=${choices.value} refreshKey=${refreshCases.value} />`;
}

loadChoices().then((c) => { choices.value = c; }).catch((err) => say(err.message, false));
// The desk's one live channel: the page's other modules (the knowledge panel) follow its view
// through DOM events on the document instead of opening a socket of their own. "desk:view" carries
// each view; "desk:view-request" asks for the latest one (a module that starts after it came).
const shareView = (msg) => document.dispatchEvent(new CustomEvent("desk:view", { detail: msg }));
document.addEventListener("desk:view-request", () => { if (view.value) shareView(view.value); });
liveSocket("/api/console/ws", (msg) => { view.value = msg; shareView(msg); }, (s) => { link.value = s; });
setInterval(() => { now.value = Date.now(); }, 1000);
const mount = document.getElementById("desk");
mount.replaceChildren();
render(html`<${Desk} />`, mount);
