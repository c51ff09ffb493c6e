// The case file: complaints list with search and filters, paging, CSV, and one complaint's page
// (fields, statutory clocks, its call with path, speech, statement playback, queue legs, history).
// Used by the agent desk and the supervisor's page; the server scopes everything to the user.
import { html, useEffect, useState, T, api, lang, labelOf, pick, beijing, duration, groupTicket, ZONE_LABEL } from "./shared.mjs";
import { CaseActions } from "./case-actions.mjs";
import { ClocksPanel } from "../clocks_panel.js";

const STATES = ["registered", "accepted", "rejected", "mediated", "mediation_failed", "verified", "case_opened", "no_case", "closed", "answered"];

/** value -> {zh, en} maps from /api/console/choices lists. */
export function namesOf(list) {
  const out = {};
  for (const item of list || []) out[item.value] = item;
  return out;
}

export function categoryName(choices, value) { return value ? pick((choices.categoryNames || {})[value], value) : "-"; }
export function regionName(choices, value) {
  if (!value) return "-";
  const province = (choices.regionNames || {})[String(value).slice(0, 2)];
  return province ? pick(province) + (String(value).length > 2 ? " (" + value + ")" : "") : String(value);
}
export function kindName(value) { return labelOf("kind_", value); }
export function statusName(value) { return labelOf("status_", value); }

function query(filters, offset, format) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v !== "" && v !== false && v !== null && v !== undefined) q.set(k, v === true ? "true" : v);
  q.set("offset", String(offset));
  q.set("limit", "15");
  if (format) q.set("format", format);
  return "/api/complaints/search?" + q.toString();
}

const EMPTY = { ticket: "", status: "", category: "", region: "", start: "", end: "", overdue: false };

export function CaseFile({ choices, refreshKey, open: openTicket }) {
  const [filters, setFilters] = useState(EMPTY);
  const [applied, setApplied] = useState(EMPTY);
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState({ items: [], more: false });
  const [error, setError] = useState("");
  const [opened, setOpened] = useState(null);
  const [bump, setBump] = useState(0);

  useEffect(() => {
    let stop = false;
    api("GET", query(applied, offset)).then((d) => { if (!stop) { setPage(d); setError(""); } })
      .catch((e) => { if (!stop) setError(e.message); });
    return () => { stop = true; };
  }, [applied, offset, refreshKey, bump]);
  useEffect(() => { if (openTicket) setOpened(openTicket); }, [openTicket]);

  const set = (key) => (ev) => setFilters({ ...filters, [key]: ev.target.type === "checkbox" ? ev.target.checked : ev.target.value });
  const submit = (ev) => { ev.preventDefault(); setOffset(0); setApplied({ ...filters }); };
  const reset = () => { setFilters(EMPTY); setApplied(EMPTY); setOffset(0); };

  return html`
  <section class="card" id="cases" aria-labelledby="h-cases">
    <h2 id="h-cases">${T("complaints")}</h2>
    <form class="row filters" onSubmit=${submit}>
      <label>${T("ticket")}<input name="ticket" value=${filters.ticket} onInput=${set("ticket")} maxlength="16" inputmode="numeric" size="14" /></label>
      <label>${T("status")}<select name="status" value=${filters.status} onChange=${set("status")}>
        <option value="">${T("choose")}</option>
        ${STATES.map((s) => html`<option value=${s}>${statusName(s)}</option>`)}
      </select></label>
      <label>${T("category")}<select name="category" value=${filters.category} onChange=${set("category")}>
        <option value="">${T("choose")}</option>
        ${(choices.categories || []).map((c) => html`<option value=${c.value}>${pick(c)}</option>`)}
      </select></label>
      <label>${T("region")}<select name="region" value=${filters.region} onChange=${set("region")}>
        <option value="">${T("choose")}</option>
        ${(choices.regions || []).map((r) => html`<option value=${r.value}>${pick(r)}</option>`)}
      </select></label>
      <label>${T("date_from")}<input type="date" name="start" value=${filters.start} onInput=${set("start")} /></label>
      <label>${T("date_to")}<input type="date" name="end" value=${filters.end} onInput=${set("end")} /></label>
      <label class="check"><input type="checkbox" name="overdue" checked=${filters.overdue} onChange=${set("overdue")} />${T("overdue")}</label>
      <button type="submit" class="primary" id="btn-search">${T("search")}</button>
      <button type="button" onClick=${reset}>${T("reset")}</button>
      <a class="button" href=${query(applied, 0, "csv")} download>${T("export_csv")}</a>
    </form>
    ${error && html`<p class="error" role="alert">${error}</p>`}
    <table class="table" id="cases-table">
      <thead><tr><th>${T("ticket")}</th><th>${T("received_on")}</th><th>${T("kind")}</th><th>${T("category")}</th>
        <th>${T("region")}</th><th>${T("status")}</th><th>${T("next_deadline")}</th><th>${T("created_by")}</th></tr></thead>
      <tbody>
        ${page.items.map((c) => html`
        <tr class=${c.overdue ? "overdue" : ""} data-ticket=${c.ticket}>
          <td><button type="button" class="link" onClick=${() => setOpened(c.ticket)}>${groupTicket(c.ticket)}</button></td>
          <td>${c.received_on}</td><td>${kindName(c.kind)}</td><td>${categoryName(choices, c.category)}</td>
          <td>${regionName(choices, c.region)}</td><td>${statusName(c.status)}</td>
          <td>${c.next_deadline ? c.next_deadline.due : "-"}${c.overdue ? html` <span class="badge warn">${T("overdue")}</span>` : ""}</td>
          <td>${c.created_by}</td>
        </tr>`)}
        ${!page.items.length && html`<tr><td colspan="8" class="muted">${T("no_results")}</td></tr>`}
      </tbody>
    </table>
    <div class="row">
      <button type="button" disabled=${offset === 0} onClick=${() => setOffset(Math.max(0, offset - 15))}>${T("previous")}</button>
      <button type="button" disabled=${!page.more} onClick=${() => setOffset(offset + 15)}>${T("next")}</button>
    </div>
    ${opened && html`<${CaseView} ticket=${opened} choices=${choices} onClose=${() => setOpened(null)} onChanged=${() => setBump(bump + 1)} />`}
  </section>`;
}

function historyWords(h, groundNames) {
  const ch = h.changes || {};
  const parts = [labelOf("action_", h.action)];
  if (ch.status) parts[0] += " → " + statusName(Array.isArray(ch.status) ? ch.status[1] : ch.status);
  const ground = Array.isArray(ch.refusal_ground) ? ch.refusal_ground[1] : ch.refusal_ground;
  if (ground) parts.push(T("ground") + ": " + pick(groundNames[ground], ground));
  if (ch.note) parts.push(ch.note);
  return parts.join(" · ");
}

function CaseView({ ticket, choices, onClose, onChanged }) {
  const [c, setCase] = useState(null);
  const [error, setError] = useState("");
  const [version, setVersion] = useState(0);
  const [groundNames, setGroundNames] = useState({});
  useEffect(() => {
    if (version === 0) setCase(null);
    api("GET", "/api/complaints/" + encodeURIComponent(ticket) + "/case").then(setCase).catch((e) => setError(e.message));
  }, [ticket, version]);
  const changed = () => { setVersion(version + 1); if (onChanged) onChanged(); };
  if (error) return html`<div class="case card" id="case-view"><p class="error" role="alert">${error}</p></div>`;
  if (!c) return html`<div class="case card" id="case-view">…</div>`;
  const call = c.call;
  return html`
  <article class="case card" id="case-view" aria-labelledby="h-case">
    <div class="row"><h3 id="h-case" class="grow">${T("case_file")} · <span class="ticket-inline">${groupTicket(c.ticket)}</span></h3>
      <button type="button" onClick=${onClose}>${T("close")}</button></div>
    <div class="grid2">
      <dl class="facts">
        <dt>${T("kind")}</dt><dd>${kindName(c.kind)}</dd>
        <dt>${T("status")}</dt><dd id="case-status">${statusName(c.status)}</dd>
        <dt>${T("category")}</dt><dd>${categoryName(choices, c.category)}</dd>
        <dt>${T("region")}</dt><dd>${regionName(choices, c.region)}</dd>
        <dt>${T("caller")}</dt><dd>${c.caller_masked || "-"}</dd>
        <dt>${T("business_name")}</dt><dd>${c.business_name || "-"}</dd>
        <dt>${T("business_address")}</dt><dd>${c.business_address || "-"}</dd>
        <dt>${T("summary")}</dt><dd>${c.summary || "-"}</dd>
        <dt>${T("transcript")}</dt><dd>${c.transcript || "-"}</dd>
        <dt>${T("department")}</dt><dd>${c.department_code || "-"}</dd>
        <dt>${T("jurisdiction")}</dt><dd>${c.jurisdiction_reason || "-"}</dd>
        <dt>${T("created_by")}</dt><dd>${c.created_by} · ${beijing(c.created_at)} (${ZONE_LABEL})</dd>
      </dl>
      <div>
        <h4>${T("due")}</h4>
        <ul class="clocks">
          <li>${T("received_on")}: ${c.received_on}</li>
          ${c.clocks.map((k) => html`<li class=${k.passed ? "overdue" : ""}>${T(k.what)}: ${k.due}${k.passed ? " · " + T("overdue") : ""}</li>`)}
        </ul>
        <p>${T("rule_set")}: <code>${c.rule_set || "-"}</code></p>
        ${c.rule_articles && html`<details><summary>${T("rule_set")}</summary><ul class="articles">
          ${(Array.isArray(c.rule_articles) ? c.rule_articles : Object.entries(c.rule_articles).map(([k, v]) => k + ": " + (typeof v === "string" ? v : JSON.stringify(v))))
            .map((a) => html`<li>${typeof a === "string" ? a : JSON.stringify(a)}</li>`)}</ul></details>`}
        <h4>${T("statement")}</h4>
        ${call && call.recording
          ? html`<audio controls preload="none" id="case-audio" src=${"/api/recordings/" + encodeURIComponent(call.call_id)}></audio>`
          : html`<p class="muted">${T("no_recording")}</p>`}
      </div>
    </div>
    <${CaseActions} ticket=${c.ticket} version=${version} onChanged=${changed} onLoaded=${(d) => setGroundNames(d.ground_names || {})} />
    <${ClocksPanel} ticket=${c.ticket} version=${version} onChanged=${changed} />
    ${call && html`
      <h4>${T("offered_call")}: ${beijing(call.started_at)} – ${beijing(call.ended_at, "time")} (${ZONE_LABEL})</h4>
      <p class="path">${call.path.map((s) => s.node + (s.input ? " [" + s.input + "]" : "")).join(" → ") || "-"}</p>
      ${call.speech.length ? html`<p>${T("recognised")}: ${call.speech.map((s) => s.text).join(" / ")}</p>` : ""}
      <table class="table legs"><thead><tr><th>${T("centre")}</th><th>${T("offered")}</th><th>${T("answered")}</th><th>${T("agent")}</th><th class="num">${T("wait_seconds")}</th><th class="num">${T("talk_time")}</th></tr></thead>
      <tbody>${call.legs.map((l) => html`<tr><td>${l.centre}</td><td>${beijing(l.enqueued_at, "time")}</td><td>${beijing(l.answered_at, "time")}</td>
        <td>${l.agent || "-"}</td><td class="num">${l.wait_seconds === null ? "-" : Math.round(l.wait_seconds)}</td><td class="num">${duration(l.talk_seconds)}</td></tr>`)}</tbody></table>`}
    <h4>${T("state_history")}</h4>
    <table class="table history" id="case-history"><thead><tr><th>${T("created_at")} (${ZONE_LABEL})</th><th>${T("agent")}</th><th>${T("action")}</th></tr></thead>
      <tbody>${c.history.map((h) => html`<tr><td>${beijing(h.at)}</td><td>${h.actor}</td><td>${historyWords(h, groundNames)}</td></tr>`)}</tbody></table>
  </article>`;
}

/** Choices from the server, with value -> names maps for labels. */
export async function loadChoices() {
  const d = await api("GET", "/api/console/choices");
  const regionNames = {};
  for (const r of d.regions) regionNames[r.value] = r;
  return { ...d, categoryNames: namesOf(d.categories), regionNames, dispositionNames: namesOf(d.dispositions), lang };
}
