#!/usr/bin/env bash
# Fuzzes every loader with libFuzzer (docs/limits.md "Fuzzing").
#
#   scripts/fuzz.sh SECONDS [TARGET…]
#
# Builds essor-fuzz with -sanitize=fuzzer,address into .build-fuzz (git-ignored), seeds a
# corpus per target (.build-fuzz/corpus/<target>: samples, templates, Tests/Fixtures and the
# committed regressions in Tests/Fixtures/fuzz/<target>), then gives each target its share
# of SECONDS. Budgets per input: 5 s (-timeout) and 500 MB (-rss_limit_mb). A finding (a
# trap, an internal error, an error without a place, a budget overrun) stops with the input
# saved under .build-fuzz/crashes/<target>/ and says how to turn it into a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-240}
shift || true
scratch=.build-fuzz
# lld: gold fails on the address sanitizer's symbols (an internal error in its DWARF reader).
flags=(-c release --scratch-path "$scratch" --product essor-fuzz -Xswiftc -DESSOR_FUZZ -Xswiftc -use-ld=lld)
sanitizers=${FUZZ_SANITIZERS:-fuzzer,address}
echo "Building essor-fuzz (-sanitize=$sanitizers)…"
mkdir -p "$scratch"
swift build "${flags[@]}" -Xswiftc -sanitize="$sanitizers" >"$scratch/build.log" 2>&1 || {
  echo "fuzz: the build failed; see $scratch/build.log" >&2
  exit 1
}
bin="$(swift build "${flags[@]}" -Xswiftc -sanitize="$sanitizers" --show-bin-path)/essor-fuzz"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then mapfile -t targets < <("$bin" list); fi
share=$(( seconds / ${#targets[@]} ))
[ "$share" -ge 1 ] || share=1
status=0
for target in "${targets[@]}"; do
  corpus="$scratch/corpus/$target"
  crashes="$scratch/crashes/$target"
  mkdir -p "$corpus" "$crashes"
  "$bin" seeds "$target" "$corpus"
  log="$scratch/$target.log"
  echo "== $target: ${share} s (corpus $(ls "$corpus" | wc -l) inputs)"
  # ASan's leak check is off: the loaders' caches live as long as the process.
  if ! ESSOR_FUZZ_TARGET="$target" ASAN_OPTIONS=detect_leaks=0 \
    "$bin" "$corpus" -max_total_time="$share" -timeout=5 -rss_limit_mb=500 \
      -malloc_limit_mb=500 -max_len=65536 -print_final_stats=1 \
      -artifact_prefix="$crashes/" >"$log" 2>&1; then
    status=1
    echo "   FINDING — see $log; the input is in $crashes/:"
    ls "$crashes" | sed 's/^/     /'
    echo "   Reproduce: .build/debug/essor-fuzz replay $target $crashes/<file>"
    echo "   Then copy it to Tests/Fixtures/fuzz/$target/ (a regression FuzzTests replays), fix, commit."
  fi
  grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$log" | tr '\n' ' ' | sed 's/^/   /'
  echo
done
exit $status
