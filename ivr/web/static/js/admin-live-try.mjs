// The interactive try: a call on the draft (menus and routing rules) or the published menus, driven
// from the page over /api/menus/try/ws (ivr/web/try_api.py): each prompt as it plays, the admin's
// inputs in the `ivr call` language, the outcome, path, slots and routing at the end.
import { html, render, useEffect, useRef, T, signal } from "./shared.mjs";
import { acdDraft, menuEditor } from "./admin-editor.mjs";

const lines = signal([]);         // {kind: "line" | "prompt" | "input" | "error", text}
const asking = signal("");        // what the call waits for ("" = not waiting)
const running = signal(false);
const summary = signal("");
const form = { dnis: signal("12315"), caller: signal("01088886666"), language: signal("zh"), useDraft: signal(true) };
let socket = null;

function log(kind, text) { lines.value = [...lines.value, { kind, text }]; }

function summaryText(s) {
  const out = ["outcome: " + s.outcome, "path: " + s.path.join(" → "), "slots: " + JSON.stringify(s.slots)];
  if (s.routing) out.push(T("routing") + ": " + s.routing.centre + " (priority " + s.routing.priority + ", overflow " +
    (s.routing.overflow.join(", ") || "-") + ") — " + s.routing.reason);
  return out.join("\n");
}

function onMessage(ev) {
  const m = JSON.parse(ev.data);
  if (m.type === "started") log("line", "call " + m.call_id + " · menu " + m.menu_version);
  else if (m.type === "prompt") log("prompt", "[" + m.language + "] " + m.text);
  else if (m.type === "line") log("line", m.text);
  else if (m.type === "ask") asking.value = m.ask;
  else if (m.type === "error") {
    log("error", m.message + (m.errors && m.errors.length ? " (" + m.errors.length + ")" : ""));
    if (m.errors) menuEditor.showErrors(m.errors);
  } else if (m.type === "summary") { log("line", T("live_ended")); summary.value = summaryText(m); }
}

function start() {
  if (socket) return;
  lines.value = []; summary.value = ""; asking.value = "";
  const hello = { type: "start", dnis: form.dnis.value.trim(), caller: form.caller.value.trim(), language: form.language.value };
  if (form.useDraft.value) { hello.files = menuEditor.files(); hello.acd = acdDraft(); }  // the draft's menus and routing rules
  const scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
  socket = new WebSocket(scheme + window.location.host + "/api/menus/try/ws");
  socket.addEventListener("open", () => socket.send(JSON.stringify(hello)));
  socket.addEventListener("message", onMessage);
  socket.addEventListener("close", () => { socket = null; running.value = false; asking.value = ""; });
  running.value = true;
}

function send(text) {
  if (!socket || socket.readyState !== WebSocket.OPEN) return;
  socket.send(JSON.stringify({ type: "input", text }));
  log("input", "> " + (text === "" ? "timeout" : text));
  asking.value = "";
}

function LiveTry() {
  const input = useRef(null);
  const list = useRef(null);
  useEffect(() => { if (asking.value && input.current) input.current.focus(); }, [asking.value]);
  useEffect(() => { if (list.current) list.current.scrollTop = list.current.scrollHeight; }, [lines.value]);
  const submit = (ev) => {
    ev.preventDefault();
    const text = input.current.value.trim();
    input.current.value = "";
    send(text);
  };
  const waiting = Boolean(asking.value);
  return html`<div>
    <div class="row">
      <label>DNIS <input id="live-dnis" size="6" value=${form.dnis.value} onInput=${(e) => { form.dnis.value = e.target.value; }} /></label>
      <label>${T("caller")} <input id="live-caller" size="12" value=${form.caller.value} onInput=${(e) => { form.caller.value = e.target.value; }} /></label>
      <label>zh/en <select id="live-lang" value=${form.language.value} onChange=${(e) => { form.language.value = e.target.value; }}>
        <option>zh</option><option>en</option></select></label>
      <label class="check"><input type="checkbox" id="live-use-draft" checked=${form.useDraft.value}
        onChange=${(e) => { form.useDraft.value = e.target.checked; }} /> ${T("live_use_draft")}</label>
      <button type="button" id="live-start" class="primary" disabled=${running.value} onClick=${start}>${T("live_start")}</button>
      <button type="button" id="live-hangup" disabled=${!running.value} onClick=${() => send("hangup")}>${T("live_hangup")}</button>
    </div>
    <ol id="live-log" class="live-log" aria-live="polite" ref=${list}>${lines.value.map((l) => html`<li class=${l.kind}>${l.text}</li>`)}</ol>
    <form id="live-form" class="row" onSubmit=${submit}>
      <label class="grow"><span id="live-ask">${waiting ? T("live_waiting") + ": " + asking.value : T("live_input")}</span>
        <input id="live-input" ref=${input} disabled=${!waiting} autocomplete="off" /></label>
      <button type="submit" id="live-send" disabled=${!waiting}>${T("live_send")}</button>
    </form>
    <pre id="live-summary" class="output" tabindex="0">${summary.value}</pre>
  </div>`;
}

const mount = document.getElementById("live-try-app");
if (mount) render(html`<${LiveTry} />`, mount);
