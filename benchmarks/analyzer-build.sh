#!/usr/bin/env bash
# Analyzer build-time benchmark (issue 5): the cost LeakGate.Analyzers adds to `dotnet build` of a 500-file project.
# Packs the analyzer, generates two identical projects (benchmarks/generate-analyzer-project.py), one referencing
# the package and one not, restores both, then times full rebuilds (`--no-incremental`, compiler server warm)
# alternating between them: one warm-up each, then RUNS each; reports the medians and the overhead. A last build
# with ReportAnalyzer=true gives the analyzers' own execution time as the compiler measures it.
# Prints a table and appends it to benchmarks/RESULTS.md. Usage: benchmarks/analyzer-build.sh [WORK_DIR] [FILES] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/leakgate-bench-analyzer}
files=${2:-500}
runs=${3:-5}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NUGET_PACKAGES="$work/nuget"
rm -rf "$work" && mkdir -p "$work"
version=$(dotnet msbuild src/LeakGate.Analyzers.Package -getProperty:Version)
dotnet pack src/LeakGate.Analyzers.Package -c Release -o "$work/feed" -v quiet >/dev/null
for variant in with without; do
  python3 benchmarks/generate-analyzer-project.py "$work/$variant" "$files" $([ "$variant" = with ] && echo "$version")
  printf '<configuration><packageSources><clear /><add key="local" value="%s" /></packageSources></configuration>\n' "$work/feed" >"$work/$variant/nuget.config"
  dotnet restore "$work/$variant" -v quiet >/dev/null
done

build() { dotnet build "$work/$1" -c Release --no-restore --no-incremental -v quiet -clp:NoSummary "${@:2}"; }
time_build() { local start end; start=$(date +%s.%N); build "$1" >"$work/$1.log" 2>&1; end=$(date +%s.%N); echo "$end - $start" | bc -l; }
median() { LC_ALL=C sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

time_build with >/dev/null; time_build without >/dev/null
: >"$work/with.times"; : >"$work/without.times"
for _ in $(seq "$runs"); do
  time_build without >>"$work/without.times"
  time_build with >>"$work/with.times"
done
if grep -q "warning LG" "$work/with.log"; then echo "the clean benchmark project got LG warnings:" >&2; grep "warning LG" "$work/with.log" >&2; exit 1; fi
without_s=$(median <"$work/without.times")
with_s=$(median <"$work/with.times")
overhead=$(echo "($with_s - $without_s) / $without_s * 100" | bc -l)
analyzer_s=$(build with -v:detailed -p:ReportAnalyzer=true 2>&1 | grep -E '^\s*[0-9.]+\s+[0-9]+\s+LeakGate\.Analyzers,' | awk '{s += $1} END {printf "%.3f", s}')
csc_lines=$(find "$work/with" -name '*.cs' -not -path '*/obj/*' | xargs cat | wc -l)

table=$(cat <<TABLE

## Analyzer build time ($(date -u +%Y-%m-%d), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))

Reproduce: \`benchmarks/analyzer-build.sh $work $files $runs\`

| measurement | result |
| --- | --- |
| project | $files source files, $csc_lines lines of C#, net10.0, clean (no LG warnings) |
| \`dotnet build --no-incremental\` without the analyzer (median of $runs) | $(printf '%.2f' "$without_s") s (runs: $(paste -sd' ' "$work/without.times" | xargs printf '%.2f ')) |
| the same with LeakGate.Analyzers $version (median of $runs) | $(printf '%.2f' "$with_s") s (runs: $(paste -sd' ' "$work/with.times" | xargs printf '%.2f ')) |
| overhead of the medians | $(printf '%.1f' "$overhead") % (target < 5 %) |
| LeakGate analyzers' own execution time (ReportAnalyzer, all four) | ${analyzer_s} s |
TABLE
)
echo "$table"
echo "$table" >>benchmarks/RESULTS.md
