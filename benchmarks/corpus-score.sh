#!/usr/bin/env bash
# Scores LeakGate's built-in rules on the labeled corpus in ../shared/corpus (see its README):
# materialize each source, scan it with --format sarif, print recall and false-positive rate.
# Usage: benchmarks/corpus-score.sh [LEAKGATE_COMMAND...]   (default: dotnet run of src/LeakGate.Cli)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
corpus=${CORPUS_DIR:-$repo/../shared/corpus}
[ -d "$corpus" ] || { echo "corpus-score: no corpus at $corpus" >&2; exit 2; }
if [ $# -gt 0 ]; then leakgate=("$@"); else
  dotnet build -c Release "$repo/src/LeakGate.Cli" -o "$repo/artifacts/cli" >/dev/null
  leakgate=("$repo/artifacts/cli/leakgate")
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for source in noseyparker secretlint; do
  python3 "$corpus/materialize.py" "$corpus/$source.jsonl" "$out/$source" --exclude-kind identifier >/dev/null
  set +e
  "${leakgate[@]}" scan "$out/$source" --format sarif --output "$out/$source.sarif" --quiet
  code=$?
  set -e
  [ "$code" -le 1 ] || { echo "corpus-score: scan of $source failed with exit code $code" >&2; exit 2; }
  echo "== $source"
  python3 "$corpus/score.py" "$out/$source/index.json" "$out/$source.sarif" --exclude-kind identifier ${SCORE_ARGS:-}
done
