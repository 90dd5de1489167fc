#!/usr/bin/env bash
# Installs Microsoft's SARIF Multitool (npm @microsoft/sarif-multitool) into $SARIF_TOOL_DIR
# (default ~/.cache/sarif-multitool) and prints the path of its executable. Idempotent: a second run only prints.
# .ci/run calls it before the tests, so the SARIF validation test never downloads while it runs.
set -euo pipefail
version=5.7.0
dir=${SARIF_TOOL_DIR:-$HOME/.cache/sarif-multitool}
tool=$dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
if [ ! -x "$tool" ]; then
  command -v npm >/dev/null || { echo "install-sarif-multitool: npm is required (apt-get install -y nodejs npm)" >&2; exit 2; }
  mkdir -p "$dir"
  npm install --silent --no-audit --no-fund --prefix "$dir" \
    "@microsoft/sarif-multitool@$version" "@microsoft/sarif-multitool-linux@$version" >&2 ||
    { echo "install-sarif-multitool: npm install of @microsoft/sarif-multitool@$version failed" >&2; exit 2; }
  chmod +x "$tool"
fi
echo "$tool"
