#!/usr/bin/env bash
# Analyzer build-time benchmark (issue 5): the cost LeakGate.Analyzers adds to `dotnet build` of a 500-file project.
# Packs the analyzer, generates two identical projects (benchmarks/generate-analyzer-project.py), one referencing
# the package and one not, restores both, then times full rebuilds (`--no-incremental`) alternating between them:
# one warm-up each, then RUNS each. The compiler runs as a child process of the build (no compiler server, no node
# reuse), so `/usr/bin/time` sees its CPU time: on a shared machine CPU time (user + sys) is the steadier measure,
# since other processes stretch the wall time but not the CPU time this build uses. Reports the medians of both
# and the overhead of each. A last REPORTS builds with ReportAnalyzer=true give the compiler's own account: the
# LeakGate analyzers' execution time against all analyzers' and the Csc task's.
# Prints a table and appends it to benchmarks/RESULTS.md.
# Usage: benchmarks/analyzer-build.sh [WORK_DIR] [FILES] [RUNS] [REPORTS]
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/leakgate-bench-analyzer}
files=${2:-500}
runs=${3:-5}
reports=${4:-3}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NUGET_PACKAGES="$work/nuget"
rm -rf "$work" && mkdir -p "$work"
version=$(dotnet msbuild src/LeakGate.Analyzers.Package -getProperty:Version)
dotnet pack src/LeakGate.Analyzers.Package -c Release -o "$work/feed" -v quiet >/dev/null
for variant in with without; do
  python3 benchmarks/generate-analyzer-project.py "$work/$variant" "$files" $([ "$variant" = with ] && echo "$version")
  printf '<configuration><packageSources><clear /><add key="local" value="%s" /></packageSources></configuration>\n' "$work/feed" >"$work/$variant/nuget.config"
  dotnet restore "$work/$variant" -v quiet >/dev/null
done

build() {
  dotnet build "$work/$1" -c Release --no-restore --no-incremental -p:UseSharedCompilation=false -nodeReuse:false -v quiet -clp:NoSummary "${@:2}"
}
# Appends "wall cpu load" of one build of variant $1 to $work/$1.times.
time_build() {
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f '%e %U %S' -o "$work/$1.time" bash -c "$(declare -f build); work='$work'; build $1" >"$work/$1.log" 2>&1
  awk -v load="$load" '{printf "%.2f %.2f %s\n", $1, $2 + $3, load}' "$work/$1.time" >>"$work/$1.times"
}
median() { LC_ALL=C sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
column_of() { cut -d' ' -f"$2" "$work/$1.times"; }
percent() { echo "($1 - $2) / $2 * 100" | bc -l | xargs printf '%+.1f'; }

time_build with; time_build without
: >"$work/with.times"; : >"$work/without.times"
for run in $(seq "$runs"); do
  # Alternating the order too, so neither variant always follows the other.
  if ((run % 2)); then time_build without; time_build with; else time_build with; time_build without; fi
done
if grep -q "warning LG" "$work/with.log"; then echo "the clean benchmark project got LG warnings:" >&2; grep "warning LG" "$work/with.log" >&2; exit 1; fi
for variant in with without; do
  declare "${variant}_wall=$(column_of "$variant" 1 | median)" "${variant}_cpu=$(column_of "$variant" 2 | median)"
done
loads=$(cat "$work/with.times" "$work/without.times" | cut -d' ' -f3 | LC_ALL=C sort -g | sed -n '1p;$p' | paste -sd' ' | awk '{print $1 " to " $2}')

# The compiler's account, from builds with ReportAnalyzer: seconds of LeakGate, of all analyzers, of the Csc task.
: >"$work/report.times"
for _ in $(seq "$reports"); do
  build with -v:detailed -clp:PerformanceSummary -p:ReportAnalyzer=true >"$work/report.log" 2>&1
  leakgate=$(grep -E '^\s*[0-9.]+\s+[0-9]+\s+LeakGate\.Analyzers,' "$work/report.log" | awk '{s += $1} END {printf "%.3f", s}')
  analyzers=$(grep -m1 'Total analyzer execution time:' "$work/report.log" | grep -oE '[0-9]+\.[0-9]+')
  csc=$(grep -E '^\s*[0-9]+ ms\s+Csc\s' "$work/report.log" | awk '{printf "%.3f", $1 / 1000}')
  echo "$leakgate $analyzers $csc" >>"$work/report.times"
done
report_leakgate=$(cut -d' ' -f1 "$work/report.times" | median)
report_analyzers=$(cut -d' ' -f2 "$work/report.times" | median)
report_csc=$(cut -d' ' -f3 "$work/report.times" | median)
csc_lines=$(find "$work/with" -name '*.cs' -not -path '*/obj/*' -print0 | xargs -0 cat | wc -l)

runs_of() { column_of "$1" "$2" | paste -sd' '; }
table=$(cat <<TABLE

## Analyzer build time ($(date -u +%Y-%m-%d), $(nproc) cores, load $loads)

Reproduce: \`benchmarks/analyzer-build.sh $work $files $runs $reports\`

| measurement (median of $runs; runs in brackets) | without the analyzer | with LeakGate.Analyzers $version | overhead (target < 5 %) |
| --- | --- | --- | --- |
| wall time, s | $without_wall ($(runs_of without 1)) | $with_wall ($(runs_of with 1)) | $(percent "$with_wall" "$without_wall") % |
| CPU time (user + sys), s | $without_cpu ($(runs_of without 2)) | $with_cpu ($(runs_of with 2)) | $(percent "$with_cpu" "$without_cpu") % |
| load average at each build's start | $(runs_of without 3) | $(runs_of with 3) | |

Project: $files source files, $csc_lines lines of C#, net10.0, clean (no LG warnings); \`dotnet build --no-incremental
-p:UseSharedCompilation=false -nodeReuse:false\`. Compiler's account (ReportAnalyzer, median of $reports builds): the four
LeakGate analyzers $report_leakgate s, all analyzers $report_analyzers s, Csc task $report_csc s.
TABLE
)
echo "$table"
echo "$table" >>benchmarks/RESULTS.md
