#!/usr/bin/env bash
# Git benchmarks, end to end (process start included), on generated repositories; prints a table and appends it
# to benchmarks/RESULTS.md with the machine description:
#  1. full history scan (`leakgate git`) against the floor of merely reading every object
#     (`git cat-file --batch-all-objects --batch >/dev/null`), on a COMMITS repository and one 4x its size,
#     with the peak RSS of each (memory must stay flat as history grows);
#  2. the staged gate on a 10-file change against `git diff --cached >/dev/null`: the NativeAOT `leakgate-gate staged`
#     (what the hook runs) and, for comparison, the ReadyToRun `leakgate staged`, with their CPU time (user + sys).
# Every figure is the median of RUNS runs (the staged rows: 2 x RUNS, at least 10) after one warm-up run; wall time is
# taken with bash's EPOCHREALTIME (microseconds), peak RSS and CPU time with /usr/bin/time.
# Usage: benchmarks/git-history.sh [WORK_DIR] [COMMITS] [RUNS] [PART]   (defaults /tmp/leakgate-bench-git, 5000, 5, all;
#        PART=staged measures only the staged rows)
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/leakgate-bench-git}
commits=${2:-5000}
runs=${3:-5}
part=${4:-all}
cli="$work/cli"
gate="$work/gate"
staged_runs=$((runs * 2 > 10 ? runs * 2 : 10))
mkdir -p "$work"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

generate() { # generate DIR COMMITS
  [ -d "$1/.git" ] && return
  echo "generating $2 commits in $1 ..." >&2
  git init -q -b main "$1"
  python3 benchmarks/generate-history.py "$2" 3000 2>/dev/null | git -C "$1" fast-import --quiet
  git -C "$1" checkout -q -f main
}
generate "$work/repo" "$commits"
[ "$part" = staged ] || generate "$work/repo4x" "$((commits * 4))"
# ReadyToRun, as the design asks of the pre-commit path (process start is part of the gate's budget).
dotnet publish src/LeakGate.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$cli" -v quiet -nologo >/dev/null
# NativeAOT: the gate alone, as the hook runs it when it is published beside leakgate.
dotnet publish src/LeakGate.Gate -c Release -r linux-x64 -o "$gate" -v quiet -nologo >/dev/null
leakgate="$cli/leakgate"

median() { LC_ALL=C sort -g | awk '{v[NR]=$1} END {print ((NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2)}'; }

measure() { # measure N command... ; prints "median_wall_seconds max_rss_kb median_cpu_seconds" over N runs after one warm-up
  local n=$1 stats start end; shift
  stats=$(mktemp)
  "$@" >/dev/null 2>&1 || true
  for _ in $(seq "$n"); do
    start=$EPOCHREALTIME
    /usr/bin/time -f "%M %U %S" -o "$stats" "$@" >/dev/null 2>&1 || true
    end=$EPOCHREALTIME
    echo "$(echo "$end - $start" | bc -l) $(tail -1 "$stats")"
  done > "$stats.runs"
  echo "$(awk '{print $1}' "$stats.runs" | median) $(awk '$2 > m {m = $2} END {print m}' "$stats.runs") $(awk '{print $3 + $4}' "$stats.runs" | median)"
  rm -f "$stats" "$stats.runs"
}
ms() { printf '%.0f' "$(echo "$1 * 1000" | bc -l)"; }

history_row() { # history_row REPO LABEL
  local repo=$1 label=$2 blobs ncommits findings cat_s cat_kb git_s git_kb
  blobs=$(git -C "$repo" cat-file --batch-all-objects --batch-check='%(objecttype)' | grep -c '^blob$')
  ncommits=$(git -C "$repo" rev-list --all | wc -l)
  findings=$("$leakgate" git "$repo" -q -f json 2>/dev/null | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["findings"]))' || true)
  read -r cat_s cat_kb _ < <(measure "$runs" git -C "$repo" cat-file --batch-all-objects --batch)
  read -r git_s git_kb _ < <(measure "$runs" "$leakgate" git "$repo" -q -f json -o /dev/null)
  printf '| history, %s: %s commits, %s blobs, %s findings | %.2f s | %.2f s | **%.2f** | %s MiB |\n' \
    "$label" "$ncommits" "$blobs" "$findings" "$cat_s" "$git_s" "$(echo "$git_s / $cat_s" | bc -l)" "$((git_kb / 1024))"
}

staged_row() {
  local repo="$work/repo" diff_s diff_kb diff_cpu aot_s aot_kb aot_cpu r2r_s r2r_kb r2r_cpu
  for i in 0 1 2 3 4 5 6 7 8 9; do
    f="$repo/src/module0$i/doc000$i.xml"
    printf '<!-- staged edit -->\n<member name="M:Bench.Edit%s">changed for the gate benchmark</member>\n' "$i" >> "$f"
    git -C "$repo" add "$f"
  done
  read -r diff_s diff_kb diff_cpu < <(measure "$staged_runs" git -C "$repo" diff --cached)
  read -r aot_s aot_kb aot_cpu < <(measure "$staged_runs" "$gate/leakgate-gate" staged "$repo" -q)
  read -r r2r_s r2r_kb r2r_cpu < <(measure "$staged_runs" "$leakgate" staged "$repo" -q)
  git -C "$repo" reset -q --hard
  git -C "$repo" prune --expire=now   # drop the staged blobs, so every run measures the same repository
  printf '| staged gate, 10-file change: NativeAOT `leakgate-gate staged` (CPU %s ms) | %s ms (`git diff --cached`, CPU %s ms) | %s ms | **+%s ms** | %s MiB |\n' \
    "$(ms "$aot_cpu")" "$(ms "$diff_s")" "$(ms "$diff_cpu")" "$(ms "$aot_s")" "$(ms "$(echo "$aot_s - $diff_s" | bc -l)")" "$((aot_kb / 1024))"
  printf '| staged gate, 10-file change: ReadyToRun `leakgate staged` (CPU %s ms) | %s ms | %s ms | +%s ms | %s MiB |\n' \
    "$(ms "$r2r_cpu")" "$(ms "$diff_s")" "$(ms "$r2r_s")" "$(ms "$(echo "$r2r_s - $diff_s" | bc -l)")" "$((r2r_kb / 1024))"
}

table=$(
  echo "| measurement | floor | leakgate | ratio / overhead | peak RSS |"
  echo "| --- | --- | --- | --- | --- |"
  if [ "$part" != staged ]; then
    history_row "$work/repo" "1x"
    history_row "$work/repo4x" "4x"
  fi
  staged_row
)
echo "$table"
{
  echo
  echo "## Git history and staged gate ($(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load before $load_before)"
  echo
  echo "Reproduce: \`benchmarks/git-history.sh $work $commits $runs $part\` (floor for history: \`git cat-file --batch-all-objects --batch\`; medians of $runs runs after a warm-up; staged: medians of $staged_runs; load after $(cut -d' ' -f1-3 /proc/loadavg))."
  echo
  echo "$table"
} >> benchmarks/RESULTS.md
