// Supervisor's page (ES module, Preact + htm + signals): one WebSocket (/api/dashboard/ws) brings
// the chosen centre's figures, its agents and (for national staff) every centre; the chart is
// Chart.js (vendored, loaded before this module); the case file is shared with the agent desk.
import { html, render, useEffect, useRef, useState, signal, T, pick, labelOf, duration, liveSocket, ZONE_LABEL, serverMessage } from "./js/shared.mjs";
import { CaseFile, loadChoices } from "./js/cases.mjs";
import { AgentActions } from "./js/agent-actions.mjs";
import { Reports } from "./js/reports.mjs";

const root = document.getElementById("board");
const centres = JSON.parse(root.dataset.centres || "[]");
const national = root.dataset.national === "1";
const chosen = signal(root.dataset.centre || centres[0]);
const data = signal(null);
const link = signal("closed");
const problem = signal("");
const now = signal(Date.now());
const choices = signal({ categories: [], regions: [] });

const pct = (x) => (x === null || x === undefined ? "-" : Math.round(x * 100) + "%");
const secs = (x) => (x === null || x === undefined ? "-" : String(Math.round(x)));
const agentsText = (agents) => Object.entries(agents || {}).filter(([, n]) => n).map(([s, n]) => labelOf("state_", s) + " " + n).join(" · ") || "0";

const socket = liveSocket("/api/dashboard/ws?centre=" + encodeURIComponent(chosen.value), (msg) => {
  if (msg.type === "error") { problem.value = serverMessage(msg.detail); return; }
  problem.value = "";
  data.value = msg;
}, (s) => { link.value = s; if (s === "open") socket && socket.send({ centre: chosen.value }); });

function choose(centre) { chosen.value = centre; data.value = null; socket.send({ centre }); }

function Chart({ halfHours }) {
  const canvas = useRef(null);
  const chart = useRef(null);
  useEffect(() => {
    if (!window.Chart || !canvas.current) return;
    const labels = halfHours.map((h) => h.slot);
    const series = [
      halfHours.map((h) => h.answered), halfHours.map((h) => h.abandoned),
      halfHours.map((h) => Math.max(0, h.offered - h.answered - h.abandoned)),
    ];
    if (!chart.current) {
      chart.current = new window.Chart(canvas.current, {
        type: "bar",
        data: { labels, datasets: [
          { label: T("answered"), data: series[0], backgroundColor: "#2e7d4f", stack: "c" },
          { label: T("abandoned_count"), data: series[1], backgroundColor: "#c0392b", stack: "c" },
          { label: T("other_outcome"), data: series[2], backgroundColor: "#9aa5b1", stack: "c" },
        ] },
        options: { animation: false, responsive: true, scales: { x: { title: { display: true, text: ZONE_LABEL } }, y: { beginAtZero: true, ticks: { precision: 0 } } } },
      });
    } else {
      chart.current.data.labels = labels;
      series.forEach((s, i) => { chart.current.data.datasets[i].data = s; });
      chart.current.update("none");
    }
  }, [JSON.stringify(halfHours)]);
  return html`<canvas id="chart" height="110" ref=${canvas} role="img" aria-label=${T("calls_per_half_hour")}></canvas>`;
}

function Kpis({ c }) {
  const live = c.live;
  const day = live.windows.find((w) => w.window_seconds === 86400) || {};
  const longest = live.calls_waiting ? live.longest_wait_seconds : 0;
  const below = day.service_level !== null && day.service_level !== undefined && day.service_level < live.service_level_target;
  return html`
  <div class="kpis" role="group" aria-label=${T("centre")}>
    <div class="kpi"><div class="v" id="kpi-waiting">${live.calls_waiting}</div><div class="k">${T("waiting_now")}</div></div>
    <div class=${"kpi" + (longest >= 60 ? " warn" : "")}><div class="v" id="kpi-longest">${secs(longest)}</div><div class="k">${T("longest_wait")}</div></div>
    <div class="kpi"><div class="v small" id="kpi-agents">${agentsText(live.agents)}</div><div class="k">${T("agents")}</div></div>
    <div class=${"kpi" + (below ? " warn" : "")}><div class="v" id="kpi-sl">${pct(day.service_level)}</div><div class="k">${T("service_level")} (${pct(live.service_level_target)})</div></div>
    <div class="kpi"><div class="v" id="kpi-asa">${secs(day.asa_seconds)}</div><div class="k">${T("asa")}</div></div>
    <div class="kpi"><div class="v" id="kpi-abandoned">${day.abandoned === undefined ? "-" : day.abandoned}</div><div class="k">${T("abandoned_count")}</div></div>
    <div class="kpi"><div class="v" id="kpi-abandon-rate">${pct(day.abandonment_rate)}</div><div class="k">${T("abandon_rate")}</div></div>
    <div class="kpi"><div class="v" id="kpi-answered">${day.answered === undefined ? "-" : day.answered}</div><div class="k">${T("answered")} (24h) / ${T("offered")} ${day.offered === undefined ? "-" : day.offered}</div></div>
    <div class="kpi"><div class="v" id="kpi-overflow">${c.today.overflow_in} / ${c.today.overflow_out}</div><div class="k">${T("overflow_in")} / ${T("overflow_out")}</div></div>
  </div>`;
}

function Alerts({ alerts }) {
  return html`<ul id="alerts">${alerts.length ? alerts.map((a) => html`
    <li class="alert-item">${T("alert_text")}: <strong>${pick(a.category_names, a.category)}</strong> · ${pick(a.region_names, a.region)}
      — ${a.count} (${T("baseline")} ${Math.round(a.baseline_mean * 10) / 10}, > ${Math.round(a.threshold * 10) / 10})</li>`)
    : html`<li class="muted">${T("alerts_none")}</li>`}</ul>`;
}

function Agents({ agents, centre }) {
  return html`
  <table class="table" id="agents">
    <thead><tr><th>${T("agent")}</th><th>${T("state")}</th><th>${T("since")}</th><th class="num">${T("calls_today")}</th><th>${T("current_call")}</th><th>${T("agent_actions")}</th></tr></thead>
    <tbody>${agents.map((a) => html`
      <tr class=${"state-" + a.state} data-agent=${a.agent}>
        <td>${a.agent}</td>
        <td>${labelOf("state_", a.state)}${a.reason && a.state === "paused" ? " · " + labelOf("reason_", a.reason) : ""}</td>
        <td>${a.since_ms ? duration((now.value - a.since_ms) / 1000) : "-"}</td>
        <td class="num">${a.calls_today}</td>
        <td>${a.current ? (a.current.caller || "-") + " · " + pick(a.current.category_names) + " · " + pick(a.current.region_names) : "-"}</td>
        <td><${AgentActions} key=${centre + "/" + a.agent} centre=${centre} agent=${a} /></td>
      </tr>`)}
      ${!agents.length && html`<tr><td colspan="6" class="muted">—</td></tr>`}</tbody>
  </table>`;
}

const SORTS = { load: null, name: (a, b) => pick(a.names).localeCompare(pick(b.names), "zh") };
function National({ rows }) {
  const [sort, setSort] = useState("load");
  const sorted = SORTS[sort] ? [...rows].sort(SORTS[sort]) : rows;
  return html`
  <section class="card" aria-labelledby="h-national">
    <div class="row"><h2 id="h-national" class="grow">${T("national")}</h2>
      <label>${T("sort_by")}<select id="national-sort" value=${sort} onChange=${(e) => setSort(e.target.value)}>
        <option value="load">${T("load")}</option><option value="name">${T("name")}</option></select></label></div>
    <table class="table" id="national">
      <thead><tr><th>${T("centre")}</th><th class="num">${T("waiting_now")}</th><th class="num">${T("longest_wait")}</th><th>${T("agents")}</th>
        <th class="num">${T("service_level")}</th><th class="num">${T("asa")}</th><th class="num">${T("abandoned_count")}</th><th class="num">${T("abandon_rate")}</th><th class="num">${T("offered")}</th><th></th></tr></thead>
      <tbody>${sorted.map((c) => html`
        <tr data-centre=${c.centre} class=${c.below_target || c.long_wait ? "hot" : ""} onClick=${() => choose(c.centre)}>
          <td>${pick(c.names)}</td><td class="num">${c.calls_waiting}</td><td class="num">${secs(c.longest_wait_seconds)}</td>
          <td>${agentsText(c.agents)}</td><td class="num">${pct(c.service_level)}</td><td class="num">${secs(c.asa_seconds)}</td>
          <td class="num">${c.abandoned}</td><td class="num">${pct(c.abandonment_rate)}</td><td class="num">${c.offered}</td>
          <td>${c.below_target ? html`<span class="badge warn">${T("below_target")}</span>` : ""} ${c.long_wait ? html`<span class="badge alert">${T("long_wait")}</span>` : ""}</td>
        </tr>`)}</tbody>
    </table>
  </section>`;
}

function Board() {
  const d = data.value;
  const c = d && d.centre;
  return html`
  <section class="card" aria-labelledby="h-centre">
    <div class="row">
      <h2 id="h-centre" class="grow">${T("nav_dashboard")} · <span id="centre-name">${c ? pick(c.names) : "…"}</span></h2>
      <label>${T("centre")}<select id="centre-select" value=${chosen.value} onChange=${(e) => choose(e.target.value)}>
        ${(d && d.national ? d.national.centres.map((x) => x.centre) : centres).map((id) => html`<option value=${id}>${centreLabel(id, d)}</option>`)}
      </select></label>
      <span class="k">${T("updated")} (${ZONE_LABEL}): <span id="updated">${c ? c.updated : "-"}</span></span>
      <span class=${"dot " + link.value} title=${T("connection")}>${link.value === "open" ? "●" : T("connection_lost")}</span>
    </div>
    ${problem.value && html`<p class="error" role="alert">${problem.value}</p>`}
    ${c && html`<${Kpis} c=${c} />`}
  </section>
  ${c && html`
  <div class="grid2">
    <section class="card" aria-labelledby="h-chart"><h2 id="h-chart">${T("calls_per_half_hour")} (${ZONE_LABEL})</h2><${Chart} halfHours=${c.today.half_hours} /></section>
    <section class="card" aria-labelledby="h-alerts"><h2 id="h-alerts">${T("alerts")}</h2><${Alerts} alerts=${c.alerts} /></section>
  </div>
  <section class="card" aria-labelledby="h-agents"><h2 id="h-agents">${T("per_agent")} · ${pick(c.names)}</h2><${Agents} agents=${c.agents} centre=${c.centre} /></section>
  <${Reports} centre=${c.centre} national=${national} choices=${choices.value} names=${NAMES} />`}
  ${national && d && d.national && html`<${National} rows=${d.national.centres} />`}
  <${CaseFile} choices=${choices.value} refreshKey=${0} />`;
}

const NAMES = {};
function centreLabel(id, d) {
  if (d && d.national) for (const x of d.national.centres) NAMES[x.centre] = x.names;
  if (d && d.centre) NAMES[d.centre.centre] = d.centre.names;
  return NAMES[id] ? pick(NAMES[id]) : id;
}

loadChoices().then((x) => { choices.value = x; }).catch((err) => { problem.value = err.message; });
setInterval(() => { now.value = Date.now(); }, 1000);
root.replaceChildren();
render(html`<${Board} />`, root);
