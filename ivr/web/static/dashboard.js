// Supervisor dashboard: live figures per centre every 2 s, chart per half hour, national overview.
"use strict";
let chart = null;
const pct = (x) => (x === null || x === undefined ? "-" : Math.round(x * 100) + "%");
const secs = (x) => (x === null || x === undefined ? "-" : (Math.round(x * 10) / 10).toString());
const agentsText = (agents) => Object.entries(agents || {}).map(([s, n]) => s + " " + n).join(" · ") || "0";

function drawChart(halfHours) {
  const labels = halfHours.map((h) => h.slot);
  const answered = halfHours.map((h) => h.answered);
  const abandoned = halfHours.map((h) => h.abandoned);
  const other = halfHours.map((h) => h.offered - h.answered - h.abandoned);
  if (!window.Chart) return;
  if (chart) {
    chart.data.labels = labels;
    chart.data.datasets[0].data = answered; chart.data.datasets[1].data = abandoned; chart.data.datasets[2].data = other;
    chart.update("none");
    return;
  }
  chart = new window.Chart(document.getElementById("chart"), {
    type: "bar",
    data: { labels, datasets: [
      { label: T("answered"), data: answered, backgroundColor: "#2e7d4f", stack: "c" },
      { label: T("abandoned"), data: abandoned, backgroundColor: "#c0392b", stack: "c" },
      { label: T("waiting"), data: other, backgroundColor: "#9aa5b1", stack: "c" },
    ] },
    options: { animation: false, responsive: true, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
}

async function refreshCentre() {
  const centre = document.getElementById("centre-select").value;
  const d = await api("GET", "/api/dashboard/centres/" + encodeURIComponent(centre));
  const day = d.live.windows.find((w) => w.window_seconds === 86400) || {};
  document.getElementById("kpi-waiting").textContent = d.live.calls_waiting;
  document.getElementById("kpi-longest").textContent = d.live.calls_waiting ? secs(d.live.longest_wait_seconds) : "0";
  document.getElementById("kpi-agents").textContent = agentsText(d.live.agents);
  document.getElementById("kpi-sl").textContent = pct(day.service_level);
  document.getElementById("kpi-asa").textContent = secs(day.asa_seconds);
  document.getElementById("kpi-abandon").textContent = pct(day.abandonment_rate);
  document.getElementById("kpi-answered").textContent = day.answered === undefined ? "-" : day.answered;
  document.getElementById("kpi-overflow").textContent = d.today.overflow_in + " / " + d.today.overflow_out;
  drawChart(d.today.half_hours);
  const ul = document.getElementById("alerts"); ul.replaceChildren();
  for (const a of d.alerts) {
    const text = (a.category || "-") + " · " + (a.region || "-") + ": " + a.count + " (" + T("alerts") + " > " + a.threshold + ")";
    ul.append(el("li", { class: "alert-item", text }));
  }
  if (!d.alerts.length) ul.append(el("li", { text: "—" }));
  document.getElementById("updated").textContent = new Date(d.live.at_ms).toLocaleTimeString();
}

async function refreshNational() {
  const table = document.getElementById("national");
  if (!table) return;
  const d = await api("GET", "/api/dashboard/national");
  const body = table.querySelector("tbody"); body.replaceChildren();
  for (const c of d.centres) {
    body.append(el("tr", { "data-centre": c.centre }, el("td", { text: c.centre }),
      el("td", { class: "num", text: c.calls_waiting }), el("td", { class: "num", text: c.calls_waiting ? secs(c.longest_wait_seconds) : "0" }),
      el("td", { text: agentsText(c.agents) }), el("td", { class: "num", text: pct(c.service_level) }),
      el("td", { class: "num", text: secs(c.asa_seconds) }), el("td", { class: "num", text: pct(c.abandonment_rate) }),
      el("td", { class: "num", text: c.offered })));
  }
}

async function tick() {
  try { await refreshCentre(); await refreshNational(); }
  catch (err) { document.getElementById("updated").textContent = err.message; }
}
document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("centre-select").addEventListener("change", tick);
  tick();
  setInterval(tick, 2000);
});
