#!/usr/bin/env bash
# Fuzzes LeakGate with AFL++ through SharpFuzz for a bounded time: the config loader, the item scanner and the
# unified-diff parser. Usage: tools/fuzz/run.sh [config|scanner|diff|all] [SECONDS per target, default 60].
# Needs afl-fuzz (Debian: apt-get install afl++); installs the sharpfuzz instrumenter (a NuGet tool) under artifacts/.
# Exit 0: no crash; 1: AFL found crashing inputs (kept under artifacts/fuzz/TARGET/findings/default/crashes,
# replay one with: dotnet artifacts/fuzz/bin/LeakGate.Fuzz.dll TARGET --once FILE); 2: the fuzzer could not run.
set -euo pipefail
cd "$(dirname "$0")/../.."
target=${1:-all}
seconds=${2:-60}
work=artifacts/fuzz
command -v afl-fuzz >/dev/null || { echo "fuzz: afl-fuzz not found (apt-get install afl++)" >&2; exit 2; }

# Instrument a fresh Release build of the assemblies under test (instrumenting twice is an error).
rm -rf "$work/bin"
dotnet publish tools/fuzz/LeakGate.Fuzz -c Release -o "$work/bin" --nologo -v quiet >/dev/null
[ -x "$work/tools/sharpfuzz" ] || dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$work/tools" >/dev/null
for assembly in LeakGate.Rules LeakGate.Engine LeakGate.Git Tomlyn; do
  "$work/tools/sharpfuzz" "$work/bin/$assembly.dll" >/dev/null
done

# dotnet is not an AFL-instrumented binary (the instrumentation is in the assemblies), no UI in CI, and
# whatever the kernel does with core dumps must not stop the run.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
status=0
for name in $([ "$target" = all ] && echo config scanner diff || echo "$target"); do
  out="$work/$name"
  rm -rf "$out" && mkdir -p "$out"
  if ! afl-fuzz -i "tools/fuzz/corpus/$name" -o "$out/findings" -V "$seconds" -t 10000 -m none \
      -- dotnet "$work/bin/LeakGate.Fuzz.dll" "$name" >"$out/afl.log" 2>&1; then
    echo "fuzz: $name: afl-fuzz failed to run; the end of its log:" >&2
    tail -n 15 "$out/afl.log" >&2
    exit 2
  fi
  stats="$out/findings/default/fuzzer_stats"
  value() { sed -n "s/^$1 *: *//p" "$stats"; }
  crashes=$(find "$out/findings/default/crashes" -type f -name 'id:*' | wc -l)
  hangs=$(find "$out/findings/default/hangs" -type f -name 'id:*' | wc -l)
  echo "fuzz: $name: $(value execs_done) executions in ${seconds}s ($(value execs_per_sec)/s), $(value corpus_count) corpus entries, $(value edges_found) edges, $crashes crash(es), $hangs hang(s)"
  [ "$crashes" -eq 0 ] || status=1
done
exit $status
