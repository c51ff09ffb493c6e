// The case page's next steps: the workflow transitions the user's role may make from the
// complaint's state (GET /api/complaints/{ticket}/transitions), each a button that opens a small
// form: a refusal ground from the rule set's list where the rules require one, the complainant's
// identity where acceptance needs it, a note. The server decides; its refusal is shown in the
// page language and nothing typed is lost.
import { html, useEffect, useState, T, api, labelOf, pick } from "./shared.mjs";

const path = (ticket) => "/api/complaints/" + encodeURIComponent(ticket) + "/transitions";

function StepForm({ ticket, step, onDone, onCancel }) {
  const [ground, setGround] = useState("");
  const [identity, setIdentity] = useState(false);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  async function submit(ev) {
    ev.preventDefault();
    if (busy) return;
    setBusy(true);
    setError("");
    try {
      const body = { action: step.action };
      if (step.needs_ground) body.ground = ground;
      if (step.needs_identity && identity) body.identity_verified = true;
      if (note.trim()) body.note = note.trim();
      await api("POST", path(ticket), body);
      onDone(step);
    } catch (err) {
      setError(err.message);
    } finally {
      setBusy(false);
    }
  }
  return html`
  <form class="card inner step-form" id="step-form" data-action=${step.action} onSubmit=${submit}>
    <strong>${labelOf("do_", step.action)}</strong> → ${labelOf("status_", step.target)}
    ${step.needs_ground && html`
      <label>${T("refusal_ground")}
        <select id="step-ground" required value=${ground} onChange=${(e) => setGround(e.target.value)}>
          <option value="">${T("choose")}</option>
          ${step.grounds.map((g) => html`<option value=${g.code} title=${g.citation}>${pick(g)}</option>`)}
        </select></label>
      ${ground && html`<p class="muted small" id="step-citation">${(step.grounds.find((g) => g.code === ground) || {}).citation}</p>`}`}
    ${step.needs_identity && html`
      <label class="check"><input type="checkbox" id="step-identity" checked=${identity}
        onChange=${(e) => setIdentity(e.target.checked)} />${T("identity_checked")}</label>`}
    <label>${T("transition_note")}<textarea id="step-note" rows="2" maxlength="2000" value=${note}
      onInput=${(e) => setNote(e.target.value)}></textarea></label>
    <div class="row">
      <button type="submit" class="primary" id="step-confirm" disabled=${busy}>${T("transition_confirm")}</button>
      <button type="button" onClick=${onCancel}>${T("cancel")}</button>
      ${error && html`<span class="error" role="alert" id="step-error">${error}</span>`}
    </div>
  </form>`;
}

/** The next steps of one complaint; ``onChanged`` runs after a transition so the case reloads. */
export function CaseActions({ ticket, version, onChanged, onLoaded }) {
  const [steps, setSteps] = useState(null);
  const [open, setOpen] = useState(null);
  const [error, setError] = useState("");
  const [done, setDone] = useState("");
  useEffect(() => {
    let stop = false;
    api("GET", path(ticket)).then((d) => { if (!stop) { setSteps(d); setError(""); if (onLoaded) onLoaded(d); } })
      .catch((e) => { if (!stop) setError(e.message); });
    return () => { stop = true; };
  }, [ticket, version]);
  function finished(step) {
    setOpen(null);
    setDone(T("transition_done") + ": " + labelOf("do_", step.action) + " → " + labelOf("status_", step.target));
    onChanged();
  }
  if (error) return html`<p class="error" role="alert">${error}</p>`;
  if (!steps) return html`<p class="muted">…</p>`;
  return html`
  <section class="case-actions" id="case-actions" aria-labelledby="h-case-actions">
    <h4 id="h-case-actions">${T("case_actions")}</h4>
    <div class="row">
      ${steps.actions.map((s) => html`<button type="button" class=${"step" + (open && open.action === s.action ? " primary" : "")}
        data-action=${s.action} onClick=${() => { setDone(""); setOpen(s); }}>${labelOf("do_", s.action)}</button>`)}
      ${!steps.actions.length && html`<span class="muted" id="no-steps">${T("case_no_actions")}</span>`}
      ${done && html`<span class="ok" role="status" id="step-done">${done}</span>`}
    </div>
    ${open && html`<${StepForm} key=${open.action} ticket=${ticket} step=${open} onDone=${finished} onCancel=${() => setOpen(null)} />`}
  </section>`;
}
