// The platform classification on the agent's complaint form (Preact + htm): the goods/services
// subcategory (those the caller's IVR choice points to first) and the problem type, or for a report
// the kind of violation, from GET /api/classification (ivr/web/classification_api.py). Empty fields
// take the IVR choice's presets once. The agent form includes it with
//   <${ClassificationPicker} form=${form} onPick=${(patch) => setForm((f) => ({ ...f, ...patch }))} />
// and files ``subcategory``, ``problem`` and ``violation`` with the rest of the form.
import { html, useEffect, useState, api, lang } from "./js/shared.mjs";

const L = { subcategory: ["商品或服务小类", "Goods/services subcategory"], problem: ["问题类型", "Problem type"],
  violation: ["违法行为类型", "Kind of violation"], choose: ["请选择", "Choose"], suggested: ["按来电选择", "From the caller's choice"],
  unsourced: ["（本系统分组）", "(our own grouping)"] };
const t = (key) => L[key][lang === "zh" ? 0 : 1];
const name = (item) => (lang === "zh" ? item.zh : item.en) + (item.sourced === false ? " " + t("unsourced") : "");

export function ClassificationPicker({ form, onPick }) {
  const [data, setData] = useState(null);
  const category = (form && form.category) || "";
  const kind = (form && form.kind) || "complaint";
  useEffect(() => {
    let live = true;
    const q = new URLSearchParams({ kind });
    if (category) q.set("category", category);
    api("GET", "/api/classification?" + q.toString()).then((d) => {
      if (!live) return;
      setData(d);
      if (!form) return;
      const patch = {};  // presets for empty fields; a report has no problem type, a complaint no violation
      for (const key of ["subcategory", "problem", "violation"]) if (d.preset[key] && !form[key]) patch[key] = d.preset[key];
      if (kind === "report" && form.problem) patch.problem = "";
      if (kind !== "report" && form.violation) patch.violation = "";
      if (Object.keys(patch).length) onPick(patch);
    }).catch(() => live && setData(null));
    return () => { live = false; };
  }, [category, kind, form === null]);
  if (!data || !form) return null;
  const suggested = data.subcategories.filter((s) => s.suggested);
  const byClass = (cls) => data.subcategories.filter((s) => s.object_class === cls.code && !s.suggested);
  const report = kind === "report";
  const second = report ? "violation" : "problem";
  const options = report ? data.violations : data.problems;
  return html`
    <label>${t("subcategory")}<select id="c-subcategory" value=${form.subcategory || ""} onChange=${(e) => onPick({ subcategory: e.target.value })}>
      <option value="">${t("choose")}</option>
      ${suggested.length > 0 && html`<optgroup label=${t("suggested")}>${suggested.map((s) => html`<option value=${s.code}>${name(s)}</option>`)}</optgroup>`}
      ${data.object_classes.map((cls) => html`<optgroup label=${name(cls)}>${byClass(cls).map((s) => html`<option value=${s.code}>${name(s)}</option>`)}</optgroup>`)}
    </select></label>
    <label>${t(second)}<select id=${"c-" + second} value=${form[second] || ""} onChange=${(e) => onPick({ [second]: e.target.value })}>
      <option value="">${t("choose")}</option>
      ${options.map((o) => html`<option value=${o.code}>${name(o)}</option>`)}
    </select></label>`;
}
