#!/usr/bin/env bash
# The generator's start-up in a fresh compiler process (issue 14, item 8): builds the AwsFacts library RUNS times
# without a compiler server, each time reading the generator's time from -p:ReportAnalyzer=true, and counts once
# what the runtime JIT-compiles for the generator (DOTNET_JitDisasmSummary, which release runtimes support).
# Usage: scripts/measure-cold-start.sh [RUNS]   (default 5; see docs/performance.md, "Start-up in a fresh process")
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"

dotnet build AwsFacts.Generator -c Release -v:q -nologo >/dev/null

build() {
  dotnet build AwsFacts -c Release -f net8.0 --no-incremental --no-dependencies -nologo \
    -p:ReportAnalyzer=true -p:UseSharedCompilation=false -v:detailed
}

times=()
for _ in $(seq "$runs"); do
  t=$(build | awk '/AwsFacts\.Generator\.AwsFactsGenerator$/ { print $1; exit }')
  times+=("$t")
done
printf 'generator time per fresh build (s): %s\n' "${times[*]}"
printf 'median: %s s\n' "$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"

jit=$(mktemp)
DOTNET_JitDisasmSummary=1 DOTNET_JitStdOutFile="$jit" build >/dev/null
count() { grep -E "$1" "$jit" | grep -c 'Tier0' || true; }
echo "methods JIT-compiled at tier 0 for the generator, in the compiler and MSBuild processes of one build:"
echo "  generator code:               $(count 'compiled AwsFacts\.Generator')"
echo "  Markdig:                      $(count 'compiled Markdig')"
echo "  Roslyn generics over its types: $(count 'compiled Microsoft\.CodeAnalysis.*AwsFacts\.Generator')"
echo "  BCL generics over its types:    $(count 'compiled System.*AwsFacts\.Generator')"
rm -f "$jit"
