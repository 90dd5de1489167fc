#!/usr/bin/env bash
# Builds the LeakGate tool package from a checkout (`dotnet pack` at its root, as pre-commit's dotnet
# support does) and installs exactly that version as a dotnet tool, so nothing comes from a feed by accident.
# Usage: install-leakgate-tool.sh REPO_ROOT WORK_DIR. Prints and (under GitHub Actions) outputs the command's path.
set -euo pipefail
root=${1:?usage: install-leakgate-tool.sh REPO_ROOT WORK_DIR}
work=${2:?usage: install-leakgate-tool.sh REPO_ROOT WORK_DIR}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
version=$(dotnet msbuild "$root/src/LeakGate.Cli/LeakGate.Cli.csproj" -getProperty:Version)
dotnet pack "$root" -c Release -o "$work/packages" >&2
dotnet tool install LeakGate --version "$version" --add-source "$work/packages" --tool-path "$work/tool" >&2
bin="$work/tool/leakgate"
"$bin" --version >&2
if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "leakgate=$bin" >>"$GITHUB_OUTPUT"; fi
echo "$bin"
