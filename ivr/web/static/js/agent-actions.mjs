// The supervisor's buttons on one row of the per-agent table: ready, pause (with a reason),
// sign out. The server refuses while the agent has a call (a call is never cut); the
// refusal is shown in the page language beside the buttons.
import { html, useState, T, labelOf, api } from "./shared.mjs";

const REASONS = ["supervisor", "break", "meal", "training", "meeting"];
const IN_CALL = ["reserved", "busy"];

export function AgentActions({ centre, agent, onDone }) {
  const [reason, setReason] = useState("supervisor");
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState(null);
  const inCall = IN_CALL.includes(agent.state);
  async function act(action) {
    if (action === "logout" && !window.confirm(T("confirm_force_logout") + " " + agent.agent)) return;
    setBusy(true);
    setNote(null);
    try {
      const body = action === "pause" ? { action, reason } : { action };
      const url = "/api/dashboard/centres/" + encodeURIComponent(centre) + "/agents/" + encodeURIComponent(agent.agent) + "/state";
      const done = await api("POST", url, body);
      setNote({ ok: true, text: T("agent_changed") + ": " + labelOf("state_", done.state) });
      if (onDone) onDone(done);
    } catch (err) {
      setNote({ ok: false, text: err.message });
    } finally {
      setBusy(false);
    }
  }
  const off = busy || inCall;
  return html`
  <div class="agent-actions" title=${inCall ? T("agent_in_call_hint") : ""}>
    <button type="button" class="force-ready" disabled=${off || agent.state === "ready"} onClick=${() => act("ready")}>${T("ready")}</button>
    <select class="pause-reason" aria-label=${T("pause_reason")} value=${reason} onChange=${(e) => setReason(e.target.value)} disabled=${off}>
      ${REASONS.map((r) => html`<option value=${r}>${labelOf("reason_", r)}</option>`)}
    </select>
    <button type="button" class="force-pause" disabled=${off} onClick=${() => act("pause")}>${T("pause")}</button>
    <button type="button" class="force-logout" disabled=${off} onClick=${() => act("logout")}>${T("force_logout")}</button>
    ${inCall && html`<span class="muted small">${T("agent_in_call_hint")}</span>`}
    ${note && html`<span class=${note.ok ? "ok" : "error"} role=${note.ok ? "status" : "alert"}>${note.text}</span>`}
  </div>`;
}
