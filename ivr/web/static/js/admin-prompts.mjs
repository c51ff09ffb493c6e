// Every prompt of the published menus as a form row: the text per language (several lines), the
// audio callers hear, and a recording upload. Saving publishes it; the editor's draft gets the
// same change (admin-editor.mjs carries it), so unsaved editor changes are not lost. Below it, the
// sentences recorded whole (admin-whole.mjs).
import { html, render, useEffect, useState, api, T } from "./shared.mjs";
import { messageLine } from "./admin-common.mjs";
import { WholeRecordings } from "./admin-whole.mjs";

function carry(change, version, note) {
  if (window.menuDraftBridge && window.menuDraftBridge.carry) return window.menuDraftBridge.carry(change, version, note);
  document.dispatchEvent(new CustomEvent("menus:published"));
  return Promise.resolve();
}

function PromptRow({ p, language, version }) {
  const [text, setText] = useState(p.texts[language] || "");
  const [busy, setBusy] = useState(false);
  const id = "p-" + p.file + "-" + p.id + "-" + language;
  const q = "file=" + encodeURIComponent(p.file) + "&id=" + encodeURIComponent(p.id) + "&language=" + language;
  const save = async () => {
    setBusy(true);
    try {
      const r = await api("POST", "/api/prompts/text", { file: p.file, id: p.id, language, text,
        comment: "prompt " + p.id + " (" + language + ")" });
      window.dispatchEvent(new CustomEvent("admin:say", { detail: { text: T("published") + ": v" + r.version.number, ok: !r.audio_error } }));
      await carry({ file: p.file, id: p.id, language, text }, r.version.number, r.audio_error || "");
    } catch (e) { window.dispatchEvent(new CustomEvent("admin:say", { detail: { text: messageLine(e.message), ok: false } })); }
    setBusy(false);
  };
  const upload = async (ev) => {
    const file = ev.target.files[0];
    if (!file) return;
    const form = new FormData();
    form.append("upload", file); form.append("file", p.file); form.append("id", p.id);
    form.append("language", language); form.append("comment", "recording " + p.id + " (" + language + ")");
    try {
      const r = await api("POST", "/api/prompts/recording", form, { form: true });
      const row = (await api("GET", "/api/prompts")).prompts.find((x) => x.file === p.file && x.id === p.id);
      await carry({ file: p.file, id: p.id, language, audio: row && row.audio ? row.audio[language] : undefined }, r.version.number, "");
    } catch (e) { window.dispatchEvent(new CustomEvent("admin:say", { detail: { text: messageLine(e.message), ok: false } })); }
  };
  const rows = Math.min(6, Math.max(2, Math.ceil(text.length / 60)));
  return html`<tr>
    <td>${p.file}</td><td>${p.id} · ${language}</td>
    <td class="ptext-cell"><textarea class="ptext" id=${id} rows=${rows} aria-label=${p.id + " " + language} value=${text}
        onInput=${(e) => setText(e.target.value)}></textarea><button type="button" class="save-text" disabled=${busy}
        onClick=${save}>${T("save_regenerate")}</button></td>
    <td><audio controls preload="none" src=${"/api/prompts/audio?" + q + "&v=" + version}></audio></td>
    <td><input type="file" accept=".wav,audio/wav" aria-label=${T("upload_recording") + " " + p.id} onChange=${upload} /></td>
  </tr>`;
}

function Prompts() {
  const [data, setData] = useState(null);
  const load = () => api("GET", "/api/prompts").then(setData).catch(() => {});
  useEffect(() => {
    load();
    document.addEventListener("menus:published", load);
    return () => document.removeEventListener("menus:published", load);
  }, []);
  return html`<table class="table prompts" id="prompts">
    <thead><tr><th>${T("file")}</th><th>${T("prompt_id")}</th><th>${T("text")}</th><th>${T("listen")}</th><th>${T("upload_recording")}</th></tr></thead>
    <tbody>${data ? data.prompts.flatMap((p) => p.languages.map((language) => html`<${PromptRow}
      key=${data.version + ":" + p.file + ":" + p.id + ":" + language} p=${p} language=${language} version=${data.version} />`)) : null}</tbody>
  </table>`;
}

const mount = document.getElementById("prompts-app");
// below the table, the sentences with values recorded whole for given values
if (mount) render(html`<div><${Prompts} /><${WholeRecordings} /></div>`, mount);
