#!/usr/bin/env bash
# Benchmarks/startup.sh: how long `essor --help` and `essor tools` take as whole processes,
# against a Swift hello-world that imports Foundation, median of many interleaved runs.
#
# essor is the release build of `make release` (Swift runtime and Foundation linked in);
# the hello-world is compiled twice: the same way (-static-stdlib) and the default way
# (Foundation and the runtime as shared libraries, what a plain `swift build` gives).
# Target: essor within 1.3× of the hello-world. Knob: STARTUP_RUNS (101).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
OUT=Benchmarks/out
RUNS=${STARTUP_RUNS:-101}
mkdir -p "$OUT"
echo "Building the release essor (.build-release) and the hello-worlds…"
swift build -c release --static-swift-stdlib --scratch-path .build-release --product essor \
  >"$OUT/startup-build.log" 2>&1 || { cat "$OUT/startup-build.log" >&2; exit 1; }
ESSOR=.build-release/release/essor
swiftc -O -static-stdlib Benchmarks/Startup/hello.swift -o "$OUT/hello-static" 2>/dev/null
swiftc -O Benchmarks/Startup/hello.swift -o "$OUT/hello-shared"
# No external tool on the way: PATH as a consultant's machine has it, without the checkout.
WORKSPACE=$(mktemp -d)
trap 'rm -rf "$WORKSPACE"' EXIT
cd "$WORKSPACE"
RESULTS=$(python3 "$OLDPWD/Benchmarks/Startup/median.py" "$RUNS" \
  "hello-static=$OLDPWD/$OUT/hello-static" "hello-shared=$OLDPWD/$OUT/hello-shared" \
  "essor-help=$OLDPWD/$ESSOR --help" "essor-tools=$OLDPWD/$ESSOR tools")
cd "$OLDPWD"
median() { sed -n "s/.*label=$1 median_ms=\([^ ]*\).*/\1/p" <<<"$RESULTS"; }
best() { sed -n "s/.*label=$1 .*best_ms=\([^ ]*\).*/\1/p" <<<"$RESULTS"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v r="$1" 'BEGIN { print (r <= 1.3 ? "MET   " : "MISSED") }'; }
echo
echo "Start-up: whole process, median of $RUNS runs ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
printf '%-44s %10s %9s\n' command "median ms" "best ms"
for label in hello-static hello-shared essor-help essor-tools; do
  printf '%-44s %10s %9s\n' "$label" "$(median $label)" "$(best $label)"
done
echo
for label in essor-help essor-tools; do
  for base in hello-static hello-shared; do
    r=$(ratio "$(median $label)" "$(median $base)")
    echo "$(verdict "$r") $label ≤ 1.3× $base: ${r}×"
  done
done
