#!/usr/bin/env bash
# Git benchmarks for issue 4, end to end (process start included), on a generated repository:
#  1. full history scan (`leakgate git`) wall time divided by the wall time of merely reading every object
#     (`git cat-file --batch-all-objects --batch >/dev/null`), median of 3 runs each; target: at most 3;
#  2. the staged gate (`leakgate staged`) on a 10-file change, median of 10 runs; target: under 300 ms.
# Usage: benchmarks/git-history.sh [WORK_DIR] [COMMITS]   (default /tmp/leakgate-bench-git, 5000 commits)
set -euo pipefail
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2
cd "$(dirname "$0")/.."
work=${1:-/tmp/leakgate-bench-git}
commits=${2:-5000}
repo="$work/repo"
cli="$work/cli"
mkdir -p "$work"

if [ ! -d "$repo/.git" ]; then
  echo "generating $commits commits in $repo ..." >&2
  git init -q -b main "$repo"
  python3 benchmarks/generate-history.py "$commits" 3000 | git -C "$repo" fast-import --quiet
  git -C "$repo" checkout -q -f main
fi
# ReadyToRun, as the design asks of the pre-commit path (process start is part of the gate's budget).
dotnet publish src/LeakGate.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$cli" -v quiet -nologo >/dev/null
leakgate="$cli/leakgate"

now() { date +%s.%N; }
median() { LC_ALL=C sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
time_runs() { # time_runs N command... ; prints the median wall time in seconds
  local n=$1; shift
  for _ in $(seq "$n"); do
    local start; start=$(now)
    "$@" >/dev/null 2>&1 || [ $? -eq 1 ]
    echo "$(now) - $start" | bc -l
  done | median
}

blobs=$(git -C "$repo" cat-file --batch-all-objects --batch-check='%(objecttype)' | grep -c '^blob$')
ncommits=$(git -C "$repo" rev-list --all | wc -l)
findings=$("$leakgate" git "$repo" -q -f json 2>/dev/null | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["findings"]))' || true)
cat_file=$(time_runs 3 git -C "$repo" cat-file --batch-all-objects --batch)
history=$(time_runs 3 "$leakgate" git "$repo" -q -f json -o /dev/null)
# The same walk and blob reads with a single rule: what the git layer costs apart from the full rule pack's matching.
one_rule="$work/one-rule.toml"
cat > "$one_rule" <<'TOML'
[extend]
useDefault = false
[[rules]]
id = "aws-key-only"
description = "AWS access key id"
regex = '''\b(AKIA[A-Z2-7]{16})\b'''
keywords = ["akia"]
TOML
history_one_rule=$(time_runs 3 "$leakgate" git "$repo" -q -f json -o /dev/null -c "$one_rule")

# The staged gate: ten files with a few added lines each, staged (and unstaged again afterwards).
for i in 0 1 2 3 4 5 6 7 8 9; do
  f="$repo/src/module0$i/doc000$i.xml"
  printf '<!-- staged edit -->\n<member name="M:Bench.Edit%s">changed for the gate benchmark</member>\n' "$i" >> "$f"
  git -C "$repo" add "$f"
done
staged=$(time_runs 10 "$leakgate" staged "$repo" -q)
git -C "$repo" reset -q --hard
git -C "$repo" prune --expire=now   # drop the staged blobs, so every run measures the same repository

ratio=$(echo "$history / $cat_file" | bc -l)
ratio_one_rule=$(echo "$history_one_rule / $cat_file" | bc -l)
printf 'repository: %s commits, %s distinct blobs, %s findings (the planted keys + whatever the docs hold)\n' "$ncommits" "$blobs" "$findings"
printf 'git cat-file --batch-all-objects --batch: %.3f s (median of 3)\n' "$cat_file"
printf 'leakgate git (full history):              %.3f s (median of 3)  ratio %.2f (target <= 3)\n' "$history" "$ratio"
printf 'leakgate git, one rule (git layer):       %.3f s (median of 3)  ratio %.2f\n' "$history_one_rule" "$ratio_one_rule"
printf 'leakgate staged (10-file change):         %.0f ms (median of 10, process start included; target < 300 ms)\n' "$(echo "$staged * 1000" | bc -l)"
