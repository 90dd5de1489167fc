#!/usr/bin/env bash
# The scan step of action.yml: picks the commits to scan from the mode and the event, writes SARIF, then the
# step-log annotations and job summary (--format github), and sets the step outputs. Inputs come as LEAKGATE_* variables.
set -uo pipefail
mode=${LEAKGATE_MODE:-pr}
sarif=${LEAKGATE_SARIF_PATH:-leakgate.sarif}
bin=${LEAKGATE_BIN:-leakgate}
zero=0000000000000000000000000000000000000000
fail() { echo "::error title=LeakGate::$1"; exit 2; }

case "$mode" in
  pr)
    [ -n "${LEAKGATE_PR_BASE:-}" ] && [ -n "${LEAKGATE_PR_HEAD:-}" ] || fail "mode pr needs a pull_request event (base and head commits); use mode push or full for other events"
    scan=(git . --range "$LEAKGATE_PR_BASE..$LEAKGATE_PR_HEAD") ;;
  push)
    if [ -z "${LEAKGATE_PUSH_BEFORE:-}" ] || [ -z "${LEAKGATE_PUSH_AFTER:-}" ]; then fail "mode push needs a push event (before and after commits)"; fi
    if [ "$LEAKGATE_PUSH_BEFORE" = "$zero" ] || ! git cat-file -e "$LEAKGATE_PUSH_BEFORE^{commit}" 2>/dev/null; then
      # A new branch, or a force push whose old tip is gone: scan everything the pushed commit reaches.
      scan=(git . --branch HEAD)
      [ "$LEAKGATE_PUSH_BEFORE" = "$zero" ] || echo "::warning title=LeakGate::commit $LEAKGATE_PUSH_BEFORE is not in the checkout; scanning the history of HEAD (use actions/checkout with fetch-depth: 0)"
    else
      scan=(git . --range "$LEAKGATE_PUSH_BEFORE..$LEAKGATE_PUSH_AFTER")
    fi ;;
  full) scan=(git .) ;;
  *) fail "mode must be pr, push or full, not '$mode'" ;;
esac
options=()
[ -z "${LEAKGATE_CONFIG:-}" ] || options+=(--config "$LEAKGATE_CONFIG")
[ -z "${LEAKGATE_BASELINE:-}" ] || options+=(--baseline "$LEAKGATE_BASELINE")

mkdir -p "$(dirname "$sarif")"
rm -f "$sarif"
"$bin" "${scan[@]}" "${options[@]}" --format sarif --output "$sarif" --exit-code 1
code=$?
# Annotations and the job summary come from the same scan settings; their exit code is the one above.
if [ "$code" -lt 2 ]; then "$bin" "${scan[@]}" "${options[@]}" --format github --quiet --exit-code 0 || true; fi

findings=0
if [ -f "$sarif" ]; then
  findings=$(python3 -c 'import json,sys; print(sum(len(r.get("results", [])) for r in json.load(open(sys.argv[1], encoding="utf-8"))["runs"]))' "$sarif")
fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  { echo "findings=$findings"; echo "exit-code=$code"; [ ! -f "$sarif" ] || echo "sarif-path=$sarif"; } >>"$GITHUB_OUTPUT"
fi
echo "leakgate: $findings finding(s), exit code $code, SARIF at $sarif"
if [ "$code" -ge 2 ]; then exit "$code"; fi
if [ "$code" -eq 1 ] && [ "${LEAKGATE_FAIL_ON_FINDINGS:-true}" = "true" ]; then exit 1; fi
exit 0
