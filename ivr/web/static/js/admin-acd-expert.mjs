// The ACD configuration for experts: the YAML editor (validate, diff, publish with a comment, confirmed)
// and the versions with a one-step rollback, in Beijing time. The routing form (admin-acd-form.mjs)
// announces its publishes with "acd:published"; this editor's text is the draft a try routes with
// (admin-editor.mjs's acdDraft reads #acd-editor).
import { html, render, useEffect, api, T, signal, beijing, ZONE_LABEL } from "./shared.mjs";
import { ErrorList, messageLine } from "./admin-common.mjs";

const text = signal("");
const published = signal({ number: null, versions: [] });
const comment = signal("");
const note = signal({ text: "", ok: true });
const errors = signal([]);
const output = signal("");

function say(words, ok) { note.value = { text: words, ok }; }
function fail(e) {
  say(messageLine(e.detail && e.detail.message ? e.detail.message : e.message), false);
  errors.value = (e.detail && Array.isArray(e.detail.errors)) ? e.detail.errors : [];
}

async function load() {
  const data = await api("GET", "/api/acd-config");
  text.value = data.text;
  published.value = { number: data.number, versions: data.versions.slice().reverse() };
}

async function rollback(number) {
  if (!window.confirm(T("confirm_rollback") + " v" + number)) return;
  try {
    const v = await api("POST", "/api/acd-config/rollback", { number });
    say(T("published") + ": v" + v.number, true); errors.value = [];
    await load();
  } catch (e) { fail(e); }
}

function Expert() {
  useEffect(() => {
    const again = () => load().catch(fail);
    document.addEventListener("acd:published", again);
    load().catch(fail);
    return () => document.removeEventListener("acd:published", again);
  }, []);
  const validate = async () => {
    try {
      const r = await api("POST", "/api/acd-config/validate", { text: text.value });
      errors.value = r.errors; say(r.ok ? T("no_errors") : T("errors") + ": " + r.errors.length, r.ok);
    } catch (e) { fail(e); }
  };
  const diff = async () => {
    try { output.value = (await api("POST", "/api/acd-config/diff", { text: text.value })).diff || T("no_change"); say("", true); }
    catch (e) { fail(e); }
  };
  const publish = async () => {
    const words = comment.value.trim();
    if (!words) { say(T("comment") + "?", false); document.getElementById("acd-comment").focus(); return; }
    if (!window.confirm(T("confirm_publish_acd"))) return;
    try {
      const v = await api("POST", "/api/acd-config/publish", { text: text.value, comment: words });
      say(T("published") + ": v" + v.number, true); errors.value = []; comment.value = "";
      await load();
      document.dispatchEvent(new CustomEvent("acd:expert-published"));
    } catch (e) { fail(e); }
  };
  return html`<div>
    <details class="expert">
      <summary>${T("expert_yaml")}</summary>
      <textarea id="acd-editor" spellcheck="false" aria-label=${T("acd_config")} rows="22" value=${text.value}
        onInput=${(e) => { text.value = e.target.value; }}></textarea>
      <div class="row">
        <button type="button" id="acd-validate" onClick=${validate}>${T("validate")}</button>
        <button type="button" id="acd-diff" onClick=${diff}>${T("diff")}</button>
        <label class="grow">${T("comment")} <input id="acd-comment" maxlength="500" value=${comment.value}
          onInput=${(e) => { comment.value = e.target.value; }} /></label>
        <button type="button" id="acd-publish" class="primary" onClick=${publish}>${T("publish")}</button>
      </div>
      <div id="acd-messages" role="status" aria-live="polite" class=${note.value.ok ? "ok" : "error"}>${note.value.text}</div>
      <${ErrorList} errors=${errors.value} id="acd-errors" />
      <pre id="acd-output" class="output" tabindex="0">${output.value}</pre>
    </details>
    <table class="table" id="acd-versions">
      <thead><tr><th>${T("version")}</th><th>${T("comment")}</th><th>${T("author")}</th><th>${T("created_at")} (${ZONE_LABEL})</th><th></th></tr></thead>
      <tbody>${published.value.versions.map((v) => html`<tr data-number=${v.number}>
        <td>v${v.number}</td><td>${v.comment || ""}</td><td>${v.author || ""}</td><td>${beijing(v.created_at)}</td>
        <td>${v.published ? html`<strong>${T("published")}</strong>`
          : html`<button type="button" class="acd-rollback" data-number=${v.number} onClick=${() => rollback(v.number)}>${T("rollback")}</button>`}</td>
      </tr>`)}</tbody>
    </table>
  </div>`;
}

function PublishedLabel() {
  return published.value.number ? html`(${T("published")}: v${published.value.number})` : null;
}

const mount = document.getElementById("acd-expert-app");
if (mount) render(html`<${Expert} />`, mount);
const label = document.getElementById("acd-published-label");
if (label) render(html`<${PublishedLabel} />`, label);
