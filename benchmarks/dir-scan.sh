#!/usr/bin/env bash
# Directory scan benchmark, end to end: `leakgate scan` of a generated tree of realistic text against the floor of
# merely reading it (`find … -exec cat {} + >/dev/null`, warm cache), with wall time, MB/s and peak RSS.
# Prints a table and appends it to benchmarks/RESULTS.md with the machine description.
# Usage: benchmarks/dir-scan.sh [TREE_DIR] [SIZE_MB] [RUNS]   (defaults /tmp/leakgate-bench-tree, 1024, 5)
set -euo pipefail
cd "$(dirname "$0")/.."
tree=${1:-/tmp/leakgate-bench-tree}
size_mb=${2:-1024}
runs=${3:-5}
cli=$(mktemp -d)
trap 'rm -rf "$cli"' EXIT
[ -d "$tree" ] || benchmarks/generate-tree.sh "$tree" "$size_mb" >&2
dotnet publish src/LeakGate.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$cli" -v quiet -nologo >/dev/null

median() { LC_ALL=C sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
measure() { # measure N command... ; prints "median_seconds max_rss_kb" over N runs after one warm-up
  local n=$1; shift
  "$@" >/dev/null 2>&1 || true
  for _ in $(seq "$n"); do
    /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1
  done | awk '{print $1, $2}' | LC_ALL=C sort -g | awk '{t[NR]=$1; if ($2 > m) m = $2} END {print ((NR % 2) ? t[(NR+1)/2] : (t[NR/2] + t[NR/2+1]) / 2), m}'
}

bytes=$(du -sb "$tree" | cut -f1)
read -r cat_s cat_kb < <(measure "$runs" sh -c "find '$tree' -type f -exec cat {} + >/dev/null")
read -r scan_s scan_kb < <(measure "$runs" "$cli/leakgate" scan "$tree" -q -f json -o /dev/null)
findings=$("$cli/leakgate" scan "$tree" -q -f json 2>/dev/null | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["findings"]))' || true)
mbps=$(echo "$bytes / 1048576 / $scan_s" | bc -l)
ratio=$(echo "$scan_s / $cat_s" | bc -l)

table=$(cat <<TABLE
| measurement | result |
| --- | --- |
| tree | $(printf '%.0f' "$(echo "$bytes / 1048576" | bc -l)") MiB in $(find "$tree" -type f | wc -l) files; $findings findings |
| \`cat\` floor (median of $runs, warm) | ${cat_s} s |
| \`leakgate scan\` (median of $runs) | ${scan_s} s, $(printf '%.0f' "$mbps") MiB/s, ratio to cat $(printf '%.1f' "$ratio") |
| peak RSS of the scan | $((scan_kb / 1024)) MiB |
TABLE
)
echo "$table"
{
  echo
  echo "## Directory scan ($(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load $(cut -d' ' -f1 /proc/loadavg))"
  echo
  echo "Reproduce: \`benchmarks/dir-scan.sh $tree $size_mb $runs\`"
  echo
  echo "$table"
} >> benchmarks/RESULTS.md
