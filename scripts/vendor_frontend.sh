#!/usr/bin/env bash
# Vendors the pages' component library from the npm registry into ivr/web/static/vendor/:
# Preact, its hooks, htm (tagged templates instead of JSX: no build step, no eval, so the
# strict CSP holds) and Preact signals, as ES modules with their licences. Bare import
# specifiers ("preact", "preact/hooks", "@preact/signals-core") are rewritten to the
# vendored files' relative paths, because an import map would be an inline script.
# Run by hand when upgrading; the pages never load anything from a CDN.
set -euo pipefail
cd "$(dirname "$0")/.."
out=ivr/web/static/vendor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund \
  preact@11.2.0 htm@3.1.1 @preact/signals@2.11.4 @preact/signals-core@1.14.5 >/dev/null)
nm="$work/node_modules"
rewrite() {
  sed -e 's#from"preact/hooks"#from"./preact-hooks.mjs"#g' \
      -e 's#from"preact"#from"./preact.mjs"#g' \
      -e 's#from"@preact/signals-core"#from"./signals-core.mjs"#g' \
      -e 's#//\# sourceMappingURL=.*##' "$1" > "$2"
}
rewrite "$nm/preact/dist/preact.mjs" "$out/preact.mjs"
rewrite "$nm/preact/hooks/dist/hooks.mjs" "$out/preact-hooks.mjs"
rewrite "$nm/htm/dist/htm.mjs" "$out/htm.mjs"
rewrite "$nm/@preact/signals-core/dist/signals-core.mjs" "$out/signals-core.mjs"
rewrite "$nm/@preact/signals/dist/signals.mjs" "$out/signals.mjs"
cp "$nm/preact/LICENSE" "$out/preact-LICENSE.txt"
cp "$nm/htm/LICENSE" "$out/htm-LICENSE.txt"
cp "$nm/@preact/signals/LICENSE" "$out/preact-signals-LICENSE.txt"
echo "vendored preact 11.2.0, htm 3.1.1, @preact/signals 2.11.4, @preact/signals-core 1.14.5 into $out"

# --- the menu picture's graph layout (issue 13, admin page) -----------------------------------
# @dagrejs/dagre: layered layout of the menu graph; its ES module bundles graphlib and imports
# nothing, so it is copied as it is (source map comment dropped), with its licence.
dagre_work=$(mktemp -d)
trap 'rm -rf "$work" "$dagre_work"' EXIT
(cd "$dagre_work" && npm init -y >/dev/null && npm install --no-audit --no-fund @dagrejs/dagre@3.1.3 >/dev/null)
sed -e 's#//\# sourceMappingURL=.*##' "$dagre_work/node_modules/@dagrejs/dagre/dist/dagre.esm.js" > "$out/dagre.mjs"
cat "$dagre_work/node_modules/@dagrejs/dagre/LICENSE" > "$out/dagre-LICENSE.txt"
echo "vendored @dagrejs/dagre 3.1.3 into $out"
