// Users (add, disable, enable, reset password, change role and centre) and the audit log
// (search by who, what and when), for administrators. Times in Beijing time, labelled.
import { html, render, useEffect, useState, api, T, beijing, ZONE_LABEL } from "./shared.mjs";
import { messageLine } from "./admin-common.mjs";

const ROLES = ["admin", "supervisor", "agent"];
const CENTRES = (() => { const n = document.getElementById("centre-ids"); return n ? JSON.parse(n.textContent) : []; })();

function CentreSelect({ id, value, onChange }) {
  return html`<select id=${id} value=${value || ""} aria-label=${T("centre")} onChange=${(e) => onChange(e.target.value || null)}>
    <option value="">-</option>${CENTRES.map((c) => html`<option value=${c}>${c}</option>`)}</select>`;
}

function UserRow({ u, onDone, say }) {
  const [role, setRole] = useState(u.role);
  const [centre, setCentre] = useState(u.centre);
  const [password, setPassword] = useState("");
  const act = async (method, url, body, what) => {
    try { await api(method, url, body); say(what + ": " + u.username, true); onDone(); } catch (e) { say(messageLine(e.message), false); }
  };
  const base = "/api/users/" + encodeURIComponent(u.username);
  return html`<tr id=${"user-" + u.username} class=${u.disabled ? "disabled" : ""}>
    <td>${u.username}</td>
    <td><select id=${"user-" + u.username + "-role"} value=${role} aria-label=${T("role")} onChange=${(e) => setRole(e.target.value)}>
      ${ROLES.map((r) => html`<option value=${r}>${T("role_" + r)}</option>`)}</select>
      <${CentreSelect} id=${"user-" + u.username + "-centre"} value=${centre} onChange=${setCentre} />
      <button type="button" onClick=${() => act("POST", base + "/role", { role, centre }, T("user_role_changed"))}>${T("save")}</button></td>
    <td>${u.disabled ? T("user_disabled") : T("user_active")}
      <button type="button" id=${"user-" + u.username + "-toggle"}
        onClick=${() => { if (window.confirm(T(u.disabled ? "confirm_enable" : "confirm_disable") + " " + u.username)) act("POST", base + (u.disabled ? "/enable" : "/disable"), undefined, T(u.disabled ? "user_enabled" : "user_disabled")); }}>
        ${u.disabled ? T("user_enable") : T("user_disable")}</button></td>
    <td><input type="password" autocomplete="new-password" id=${"user-" + u.username + "-password"} value=${password}
      aria-label=${T("new_password")} placeholder=${T("new_password")} onInput=${(e) => setPassword(e.target.value)} />
      <button type="button" onClick=${() => act("POST", base + "/password", { password }, T("user_password_set")).then(() => setPassword(""))}>${T("reset_password")}</button></td>
    <td>${beijing(u.created_at, "minute")}</td>
  </tr>`;
}

function Users() {
  const [users, setUsers] = useState([]);
  const [fresh, setFresh] = useState({ username: "", password: "", role: "agent", centre: null });
  const [note, setNote] = useState({ text: "", ok: true });
  const say = (text, ok) => setNote({ text, ok });
  const load = () => api("GET", "/api/users").then(setUsers).catch((e) => say(e.message, false));
  useEffect(() => { load(); }, []);
  const add = async (ev) => {
    ev.preventDefault();
    try { await api("POST", "/api/users", fresh); say(T("user_added") + ": " + fresh.username, true);
      setFresh({ username: "", password: "", role: "agent", centre: null }); load(); }
    catch (e) { say(messageLine(e.message), false); }
  };
  return html`<div>
    <form id="user-add" class="row" onSubmit=${add}>
      <label>${T("username")} <input id="new-username" required maxlength="64" value=${fresh.username} onInput=${(e) => setFresh({ ...fresh, username: e.target.value })} /></label>
      <label>${T("password")} <input id="new-password" type="password" autocomplete="new-password" required minlength="8" value=${fresh.password} onInput=${(e) => setFresh({ ...fresh, password: e.target.value })} /></label>
      <label>${T("role")} <select id="new-role" value=${fresh.role} onChange=${(e) => setFresh({ ...fresh, role: e.target.value })}>
        ${ROLES.map((r) => html`<option value=${r}>${T("role_" + r)}</option>`)}</select></label>
      <label>${T("centre")} <${CentreSelect} id="new-centre" value=${fresh.centre} onChange=${(c) => setFresh({ ...fresh, centre: c })} /></label>
      <button type="submit" class="primary" id="user-add-submit">${T("user_add")}</button>
    </form>
    <div id="users-messages" role="status" aria-live="polite" class=${note.ok ? "ok" : "error"}>${note.text}</div>
    <table class="table" id="users"><thead><tr><th>${T("username")}</th><th>${T("role")} / ${T("centre")}</th><th>${T("state")}</th>
      <th>${T("password")}</th><th>${T("created_at")} (${ZONE_LABEL})</th></tr></thead>
      <tbody>${users.map((u) => html`<${UserRow} key=${u.username + u.role + u.centre + u.disabled} u=${u} onDone=${load} say=${say} />`)}</tbody></table>
  </div>`;
}

function Audit() {
  const [rows, setRows] = useState([]);
  const [q, setQ] = useState({ actor: "", action: "", start: "", end: "" });
  const [error, setError] = useState("");
  const search = async (ev) => {
    if (ev) ev.preventDefault();
    const params = new URLSearchParams({ limit: "500" });
    for (const [k, v] of Object.entries(q)) if (v) params.set(k, v);
    try { setRows(await api("GET", "/api/audit?" + params.toString())); setError(""); } catch (e) { setError(e.message); }
  };
  useEffect(() => { search(); }, []);
  const field = (key, label, type) => html`<label>${label} <input id=${"audit-" + key} type=${type || "text"} value=${q[key]}
    onInput=${(e) => setQ({ ...q, [key]: e.target.value })} /></label>`;
  return html`<div>
    <form id="audit-search" class="row" onSubmit=${search}>
      ${field("actor", T("audit_who"))}${field("action", T("audit_what"))}
      ${field("start", T("graph_from"), "date")}${field("end", T("graph_to"), "date")}
      <button type="submit" class="primary" id="audit-submit">${T("audit_search")}</button>
      <span class="muted">(${ZONE_LABEL})</span>
    </form>
    ${error ? html`<p class="error" role="alert">${error}</p>` : null}
    <table class="table" id="audit"><thead><tr><th>${T("created_at")} (${ZONE_LABEL})</th><th>${T("audit_who")}</th>
      <th>${T("audit_what")}</th><th>${T("audit_object")}</th><th>${T("audit_detail")}</th></tr></thead>
      <tbody>${rows.map((r) => html`<tr><td>${beijing(r.at)}</td><td>${r.actor}</td><td>${r.action}</td><td>${r.object || ""}</td>
        <td><code>${r.detail ? JSON.stringify(r.detail) : ""}</code></td></tr>`)}</tbody></table>
  </div>`;
}

const users = document.getElementById("users-app");
if (users) render(html`<${Users} />`, users);
const audit = document.getElementById("audit-app");
if (audit) render(html`<${Audit} />`, audit);
