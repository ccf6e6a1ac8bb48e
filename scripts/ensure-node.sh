#!/usr/bin/env bash
# Source this file: it makes sure a Node >= 22.12 is first on PATH.
# WXT 0.21 and Vitest need Node >= 22.12. Where the machine's Node is older,
# install node@22 from the npm registry into .node22/ (ignored by git) and
# put its bin folder first on PATH. Nothing is downloaded if Node is new enough.
_nm_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_nm_ok() {
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)' 2>/dev/null
}
if ! _nm_ok; then
  _nm_dir="${NEWSMARK_NODE_DIR:-$_nm_root/.node22}"
  if [ ! -x "$_nm_dir/node_modules/node/bin/node" ]; then
    echo "ensure-node: Node $(node -v 2>/dev/null || echo none) is older than 22.12; installing node@22 into $_nm_dir" >&2
    npm install --prefix "$_nm_dir" --no-save --no-audit --no-fund node@22 >&2 || { echo "ensure-node: could not install node@22" >&2; return 1 2>/dev/null || exit 1; }
  fi
  export PATH="$_nm_dir/node_modules/node/bin:$PATH"
  _nm_ok || { echo "ensure-node: node in $_nm_dir is still older than 22.12" >&2; return 1 2>/dev/null || exit 1; }
fi
unset -f _nm_ok
