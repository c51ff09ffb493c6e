// Routing/overflow rules (ACD configuration) editor, and the interactive try of a menu draft.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const PAGE_LANG = document.documentElement.lang.startsWith("zh") ? "zh" : "en";
  function inPageLanguage(text) {  // "中文 / English" messages from the server
    const cut = String(text).indexOf(" / ");
    return cut > 0 ? (PAGE_LANG === "zh" ? text.slice(0, cut) : text.slice(cut + 3)) : text;
  }
  const BEIJING = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit",
    day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
  function beijingTime(iso) {  // a stored UTC time in Beijing time: "2026-12-01 04:21:46"
    if (!iso) return "";
    const d = new Date(/[zZ]|[+-]\d{2}:?\d{2}$/.test(iso) ? iso : iso + "Z");
    if (Number.isNaN(d.getTime())) return iso;
    const p = Object.fromEntries(BEIJING.formatToParts(d).map((x) => [x.type, x.value]));
    return p.year + "-" + p.month + "-" + p.day + " " + p.hour + ":" + p.minute + ":" + p.second;
  }
  const bridge = () => window.menuDraftBridge;  // the menu editor (js/admin-editor.mjs)

  // --- ACD configuration: validate, diff, publish, versions with rollback ---------------------
  function acdSay(text, ok) { const m = $("acd-messages"); m.textContent = text; m.className = ok ? "ok" : "error"; }
  function acdErrors(errors) {
    const ul = $("acd-errors"); ul.replaceChildren();
    for (const e of errors || []) ul.append(el("li", { text: inPageLanguage(String(e)) }));
  }
  function acdHandle(err) { acdSay(inPageLanguage(err.message), false); acdErrors(err.data && err.data.detail && err.data.detail.errors); }

  async function acdLoad() {
    const data = await api("GET", "/api/acd-config");
    $("acd-editor").value = data.text;
    $("acd-published-label").textContent = "(" + T("published") + ": v" + data.number + ")";
    const body = $("acd-versions").querySelector("tbody"); body.replaceChildren();
    for (const v of data.versions.slice().reverse()) {
      const cell = el("td");
      if (v.published) cell.append(el("strong", { text: T("published") }));
      else cell.append(el("button", { type: "button", class: "acd-rollback", "data-number": v.number, text: T("rollback"),
        onclick: () => acdRollback(v.number) }));
      body.append(el("tr", { "data-number": v.number }, el("td", { text: "v" + v.number }), el("td", { text: v.comment || "" }),
        el("td", { text: v.author || "" }), el("td", { text: beijingTime(v.created_at) }), cell));
    }
  }
  async function acdRollback(number) {
    if (!window.confirm(T("confirm_rollback") + " v" + number)) return;
    try { const v = await api("POST", "/api/acd-config/rollback", { number }); acdSay(T("published") + ": v" + v.number, true);
      acdErrors([]); await acdLoad(); } catch (err) { acdHandle(err); }
  }

  // --- interactive try over a WebSocket --------------------------------------------------------
  let socket = null;
  function log(kind, text) {
    const list = $("live-log");
    list.append(el("li", { class: kind, text }));
    list.scrollTop = list.scrollHeight;
  }
  function inputEnabled(on) {
    $("live-input").disabled = !on; $("live-send").disabled = !on;
    if (on) $("live-input").focus();
  }
  function ended() {
    socket = null; inputEnabled(false);
    $("live-hangup").disabled = true; $("live-start").disabled = false;
  }
  function showSummary(s) {
    const lines = ["outcome: " + s.outcome, "path: " + s.path.join(" → "), "slots: " + JSON.stringify(s.slots)];
    if (s.routing) lines.push(T("routing") + ": " + s.routing.centre + " (priority " + s.routing.priority + ", overflow " +
      (s.routing.overflow.join(", ") || "-") + ") — " + s.routing.reason);
    $("live-summary").textContent = lines.join("\n");
  }
  function onMessage(ev) {
    const m = JSON.parse(ev.data);
    if (m.type === "started") log("line", "call " + m.call_id + " · menu " + m.menu_version);
    else if (m.type === "prompt") log("prompt", "[" + m.language + "] " + m.text);
    else if (m.type === "line") log("line", m.text);
    else if (m.type === "ask") { $("live-ask").textContent = T("live_waiting") + ": " + m.ask; inputEnabled(true); }
    else if (m.type === "error") { log("error", m.message + (m.errors && m.errors.length ? " (" + m.errors.length + ")" : ""));
      if (bridge() && m.errors) bridge().showErrors(m.errors); }
    else if (m.type === "summary") { log("line", T("live_ended")); showSummary(m); }
  }
  function start() {
    if (socket) return;
    $("live-log").replaceChildren(); $("live-summary").textContent = "";
    const hello = { type: "start", dnis: $("live-dnis").value.trim(), caller: $("live-caller").value.trim(),
      language: $("live-lang").value };
    if ($("live-use-draft").checked && bridge()) hello.files = bridge().files();
    if ($("live-use-draft").checked && typeof window.acdDraft === "function") hello.acd = window.acdDraft();  // the draft's routing rules
    const scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + window.location.host + "/api/menus/try/ws");
    socket.addEventListener("open", () => socket.send(JSON.stringify(hello)));
    socket.addEventListener("message", onMessage);
    socket.addEventListener("close", ended);
    $("live-start").disabled = true; $("live-hangup").disabled = false;
  }
  function send(text) {
    if (!socket || socket.readyState !== WebSocket.OPEN) return;
    socket.send(JSON.stringify({ type: "input", text }));
    log("input", "> " + (text === "" ? "timeout" : text));
    inputEnabled(false);
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("acd-validate").addEventListener("click", async () => {
      try { const r = await api("POST", "/api/acd-config/validate", { text: $("acd-editor").value }); acdErrors(r.errors);
        acdSay(r.ok ? T("no_errors") : T("errors") + ": " + r.errors.length, r.ok); } catch (err) { acdHandle(err); }
    });
    $("acd-diff").addEventListener("click", async () => {
      try { const r = await api("POST", "/api/acd-config/diff", { text: $("acd-editor").value });
        $("acd-output").textContent = r.diff || "(no change)"; acdSay("", true); } catch (err) { acdHandle(err); }
    });
    $("acd-publish").addEventListener("click", async () => {
      const comment = $("acd-comment").value.trim();
      if (!comment) { acdSay(T("comment") + "?", false); $("acd-comment").focus(); return; }
      if (!window.confirm(T("confirm_publish_acd"))) return;
      try { const v = await api("POST", "/api/acd-config/publish", { text: $("acd-editor").value, comment });
        acdSay(T("published") + ": v" + v.number, true); acdErrors([]); $("acd-comment").value = ""; await acdLoad(); }
      catch (err) { acdHandle(err); }
    });
    $("live-start").addEventListener("click", start);
    $("live-hangup").addEventListener("click", () => send("hangup"));
    $("live-form").addEventListener("submit", (ev) => {
      ev.preventDefault();
      const text = $("live-input").value.trim(); $("live-input").value = ""; send(text);
    });
    document.addEventListener("acd:published", () => acdLoad().catch(acdHandle));
    acdLoad().catch(acdHandle);
  });
})();
