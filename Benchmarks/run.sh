#!/usr/bin/env bash
# Benchmarks/run.sh: builds Essor's benchmark and its baselines, runs every contender in a
# process of its own and prints one table with throughput, peak memory and the targets.
#
# usage (from the repository root): bash Benchmarks/run.sh
# knobs: LOANS (100000), ROWS (50000, × 20 columns), RUNS (3: best of), PY_XLSX_RUNS (RUNS)
# A missed target is reported as MISSED, never as a failure; a contender that crashes is.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
OUT=Benchmarks/out
mkdir -p "$OUT"
LOANS=${LOANS:-100000}
ROWS=${ROWS:-50000}
RUNS=${RUNS:-3}
PY_XLSX_RUNS=${PY_XLSX_RUNS:-$RUNS}
COLUMNS_PER_ROW=20
CELLS=$((ROWS * COLUMNS_PER_ROW))
STARTED=$(date +%s.%N)

# --- helpers -------------------------------------------------------------------------------

# Floating-point arithmetic and formatting: calc FORMAT EXPRESSION [awk -v assignments…].
calc() {
  local format=$1 expression=$2
  shift 2
  awk "$@" "BEGIN { printf \"$format\", $expression }"
}

# A number with its integer digits grouped by thousands: 1234567.5 -> 1,234,567.5.
group() {
  awk -v n="$1" 'BEGIN {
    split(n, parts, "."); s = parts[1]; out = ""
    while (length(s) > 3) { out = "," substr(s, length(s) - 2) out; s = substr(s, 1, length(s) - 3) }
    print s out (length(parts[2]) ? "." parts[2] : "")
  }'
}

# The value of KEY in a RESULT line: field LINE KEY.
field() {
  sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"
}

# Runs one contender under /usr/bin/time; sets REPLY to its RESULT line plus peak_kib=… (the
# child's ru_maxrss in KiB).
run_one() {
  local line
  if ! line=$(/usr/bin/time -f '%M' -o "$OUT/time.txt" "$@" | grep '^RESULT '); then
    echo "run.sh: contender failed: $*" >&2
    exit 1
  fi
  REPLY="$line peak_kib=$(tail -n 1 "$OUT/time.txt")"
}

# KiB -> MiB with one decimal.
mib() { calc '%.1f' 'k / 1024' -v k="$1"; }

# MET or MISSED for a comparison: verdict VALUE OP LIMIT (OP is >= or <=).
verdict() {
  if awk -v v="$1" -v l="$3" "BEGIN { exit !(v $2 l) }"; then echo "MET   "; else echo "MISSED"; fi
}

# --- tools ---------------------------------------------------------------------------------

if [ ! -x /usr/bin/time ]; then
  echo "Installing GNU time (to read each process's peak memory)…"
  apt-get update -qq >/dev/null && apt-get install -y -qq time >/dev/null
fi
for tool in swift gcc pkg-config python3; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is required" >&2; exit 1; }
done
python3 -c 'import numpy, numpy_financial, xlsxwriter' 2>/dev/null || {
  echo "run.sh: python3 needs numpy, numpy-financial and xlsxwriter" >&2
  exit 1
}

echo "Building essor-bench (release, scratch path .build-bench) and direct_xlsx…"
BUILD_START=$(date +%s.%N)
if ! swift build -c release --scratch-path .build-bench --product essor-bench >"$OUT/build.log" 2>&1; then
  cat "$OUT/build.log" >&2
  exit 1
fi
BENCH="$(swift build -c release --scratch-path .build-bench --show-bin-path)/essor-bench"
# shellcheck disable=SC2046 # pkg-config prints several flags
gcc -O2 -Wall -Wextra -o "$OUT/direct_xlsx" Benchmarks/direct_xlsx.c $(pkg-config --cflags --libs xlsxwriter)
BUILD_SECONDS=$(calc '%.0f' "$(date +%s.%N) - $BUILD_START")

# --- A. loans ------------------------------------------------------------------------------

echo "A. Scheduling $(group "$LOANS") loans × 120 months (best of $RUNS passes in each process)…"
run_one "$BENCH" loans "$LOANS" "$RUNS"
ESSOR_LOANS=$REPLY
run_one python3 Benchmarks/numpy_loans.py "$LOANS" "$RUNS"
NUMPY_LOANS=$REPLY

# --- B. xlsx -------------------------------------------------------------------------------

XLSX_VARIANTS=(essor-normal essor-constant essor-constant-streamed c-normal c-constant py-normal py-constant)
declare -A BEST_SECONDS PEAK_KIB LAST
echo "B. Writing $(group "$CELLS") cells, each variant in its own process, $RUNS rounds…"
for ((round = 1; round <= RUNS; round++)); do
  for variant in "${XLSX_VARIANTS[@]}"; do
    file="$OUT/$variant.xlsx"
    case $variant in
      essor-*) run_one "$BENCH" xlsx "${variant#essor-}" "$file" "$ROWS" ;;
      c-*) run_one "$OUT/direct_xlsx" "${variant#c-}" "$file" "$ROWS" ;;
      py-*)
        ((round <= PY_XLSX_RUNS)) || continue
        run_one python3 Benchmarks/python_xlsx.py "${variant#py-}" "$file" "$ROWS"
        ;;
    esac
    seconds=$(field "$REPLY" render_seconds)
    [ -n "$seconds" ] || seconds=$(field "$REPLY" seconds)
    peak=$(field "$REPLY" peak_kib)
    if [ -z "${BEST_SECONDS[$variant]:-}" ] || awk -v a="$seconds" -v b="${BEST_SECONDS[$variant]}" 'BEGIN { exit !(a < b) }'; then
      BEST_SECONDS[$variant]=$seconds
    fi
    if [ -z "${PEAK_KIB[$variant]:-}" ] || ((peak > PEAK_KIB[$variant])); then PEAK_KIB[$variant]=$peak; fi
    LAST[$variant]=$REPLY
  done
done
run_one "$BENCH" xlsx model "$OUT/unused.xlsx" "$ROWS"
MODEL=$REPLY
run_one "$BENCH" idle
IDLE=$REPLY
run_one "$BENCH" external samples/plugins/essor-hello samples/scop-lauragais 20 2>/dev/null
HELLO=$REPLY
run_one "$BENCH" external samples/plugins/essor-esus samples/scop-lauragais 20 2>/dev/null
ESUS=$REPLY
rm -f "$OUT"/*.xlsx "$OUT/time.txt"

# --- report --------------------------------------------------------------------------------

essor_loan_s=$(field "$ESSOR_LOANS" best_seconds)
numpy_loan_s=$(field "$NUMPY_LOANS" best_seconds)
loan_ratio=$(calc '%.1f' 'n / e' -v n="$numpy_loan_s" -v e="$essor_loan_s")

echo
SWIFT_VERSION=$(swift --version 2>/dev/null | sed -n 's/.*Swift version \([^ ]*\).*/\1/p' | head -n 1)
LXW_VERSION=$(sed -n 's/^#define LXW_VERSION "\(.*\)"/\1/p' \
  "$(pkg-config --variable=includedir xlsxwriter)/xlsxwriter.h")
echo "Essor benchmarks: $(nproc) cores, Swift $SWIFT_VERSION, libxlsxwriter $LXW_VERSION," \
  "Python $(python3 -c 'import platform; print(platform.python_version())'), best of $RUNS"
echo
echo "A. Loan schedules: $(group "$LOANS") loans × 120 monthly periods, one core each"
printf '%-38s %9s %12s %10s  %s\n' contender "time s" "loans/s" "peak MiB" check
printf '%-38s %9.3f %12s %10s  %s\n' "Essor LoanEngine.schedule (cents)" "$essor_loan_s" \
  "$(group "$(field "$ESSOR_LOANS" loans_per_second)")" "$(mib "$(field "$ESSOR_LOANS" peak_kib)")" \
  "Σ interest $(group "$(field "$ESSOR_LOANS" total_interest_eur)") €, Σ principal = Σ amounts: $(field "$ESSOR_LOANS" principal_ok)"
printf '%-38s %9.3f %12s %10s  %s\n' "numpy-financial ipmt + ppmt (floats)" "$numpy_loan_s" \
  "$(group "$(field "$NUMPY_LOANS" loans_per_second)")" "$(mib "$(field "$NUMPY_LOANS" peak_kib)")" \
  "Σ interest $(group "$(field "$NUMPY_LOANS" total_interest_eur)") €"
echo "Essor / numpy-financial speed: ${loan_ratio}×"

echo
echo "B. XLSX: $(group "$CELLS") number cells ($(group "$ROWS") rows × $COLUMNS_PER_ROW columns), one process per run"
printf '%-38s %9s %12s %10s %9s\n' contender "time s" "cells/s" "peak MiB" "vs C"
declare -A LABEL=(
  [essor-normal]="Essor XLSXRenderer, normal"
  [essor-constant]="Essor XLSXRenderer, constant memory"
  [essor-constant-streamed]="  same, rows produced on demand"
  [c-normal]="C libxlsxwriter direct, normal"
  [c-constant]="C libxlsxwriter direct, constant mem."
  [py-normal]="Python XlsxWriter, normal"
  [py-constant]="Python XlsxWriter, constant memory"
)
declare -A RATIO
for variant in "${XLSX_VARIANTS[@]}"; do
  mode=${variant#*-}
  mode=${mode%-streamed}
  seconds=${BEST_SECONDS[$variant]}
  RATIO[$variant]=$(calc '%.2f' 'c / s' -v c="${BEST_SECONDS[c-$mode]}" -v s="$seconds")
  printf '%-38s %9.3f %12s %10s %8s×\n' "${LABEL[$variant]}" "$seconds" \
    "$(group "$(calc '%.0f' 'n / s' -v n="$CELLS" -v s="$seconds")")" \
    "$(mib "${PEAK_KIB[$variant]}")" "${RATIO[$variant]}"
done
printf '%-38s %9.3f %12s %10s\n' "Essor Document model only (no render)" "$(field "$MODEL" build_seconds)" "-" \
  "$(mib "$(field "$MODEL" peak_kib)")"
printf '%-38s %9s %12s %10s\n' "Essor process doing nothing" "-" "-" "$(mib "$(field "$IDLE" peak_kib)")"
streamed=${LAST[essor-constant-streamed]}
increment=$(($(field "$streamed" self_peak_kib) - $(field "$streamed" model_peak_kib)))
echo "Essor times are XLSXRenderer.write alone; building the $(group "$CELLS")-cell Document took" \
  "$(calc '%.3f' "$(field "${LAST[essor-constant]}" build_seconds)") s more. Peaks are each child's ru_maxrss."
echo "Constant memory, rows on demand: the renderer adds $(mib "$increment") MiB to the" \
  "$(mib "$(field "$streamed" model_peak_kib)") MiB the process held before rendering."

echo
echo "C. One command of an external tool (start, describe, facts derived through a fresh"
echo "   fact store, request, response, document read), consuming one financing fact and all"
echo "   of them, beside a built-in tool's document for the same workspace (the SCOP's loans)"
printf '%-38s %14s %12s %16s %8s\n' contender "median ms" "best ms" "all facts ms" "ratio"
for line in "$HELLO" "$ESUS"; do
  printf '%-38s %14s %12s %16s %8s\n' "external $(field "$line" tool)" \
    "$(field "$line" external_median_ms)" "$(field "$line" external_best_ms)" \
    "$(field "$line" external_all_facts_median_ms)" "$(field "$line" all_to_one_ratio)"
done
printf '%-38s %14s %12s\n' "built-in financing (loan document)" "$(field "$HELLO" builtin_median_ms)" \
  "$(field "$HELLO" builtin_best_ms)"

constant_peak=$(mib "${PEAK_KIB[essor-constant]}")
streamed_peak=$(mib "${PEAK_KIB[essor-constant-streamed]}")
echo
echo "Targets"
echo "$(verdict "$loan_ratio" '>=' 10) A  Essor loans ≥ 10× numpy-financial: ${loan_ratio}×"
echo "$(verdict "${RATIO[essor-normal]}" '>=' 0.9) B1 renderer ≥ 0.9× direct C throughput, normal: ${RATIO[essor-normal]}×"
echo "$(verdict "${RATIO[essor-constant]}" '>=' 0.9) B1 renderer ≥ 0.9× direct C throughput, constant memory: ${RATIO[essor-constant]}×"
echo "$(verdict "$constant_peak" '<=' 16) B2 constant-memory peak ≤ 16 MiB (full Document): $constant_peak MiB"
echo "$(verdict "$streamed_peak" '<=' 16) B2 constant-memory peak ≤ 16 MiB (rows on demand): $streamed_peak MiB"
echo "       renderer's own increment in constant memory: $(mib "$increment") MiB" \
  "(C direct, whole process: $(mib "${PEAK_KIB[c-constant]}") MiB)"
echo
echo "Built in ${BUILD_SECONDS} s; whole script: $(calc '%.0f' "$(date +%s.%N) - $STARTED") s."

# --- D. start-up ---------------------------------------------------------------------------

echo
bash Benchmarks/startup.sh

# --- E. a cohort of 200 enterprises -------------------------------------------------------

echo
echo "E. essor cohort report over 200 enterprises made from the samples (every fact of each"
echo "   derived from its own files, in parallel), median of 3 runs; target under 2 s"
run_one "$BENCH" cohort 200 3
printf '%-38s %14s %12s %8s\n' contender "median s" "best s" cores
printf '%-38s %14s %12s %8s\n' "essor cohort (200 enterprises)" "$(field "$REPLY" median_seconds)" \
  "$(field "$REPLY" best_seconds)" "$(field "$REPLY" cores)"

# The largest inputs Essor accepts (docs/limits.md), against 5 s and 500 MB.
bash Benchmarks/limits.sh

# --- F. scenarios: the plan engine, Monte Carlo, the optimiser ------------------------------

echo
echo "F. Scenarios on the sample SCOP (5 years, monthly cash, 4 loans): the plan engine alone on"
echo "   one core; Monte Carlo of its uncertainty: on every core, beside a straightforward NumPy"
echo "   model of the same draws (annual P&L + monthly cash, vectorised); the optimiser over"
echo "   113 524 candidates (machines loan by 500 € × 4 terms × Socoden loan by 1 000 €)"
run_one "$BENCH" plan 10000 "$RUNS"
PLAN=$REPLY
run_one "$BENCH" monte-carlo 10000 "$RUNS"
CARLO=$REPLY
run_one "$BENCH" monte-carlo 100000 1
CARLO_BIG=$REPLY
run_one "$BENCH" optimise "$RUNS"
OPTIMISE=$REPLY
PLAN_JSON="$OUT/plan-scop.json"
swift build -c release --scratch-path .build-bench --product essor >>"$OUT/build.log" 2>&1
"$(dirname "$BENCH")/essor" finance plan --workspace samples/scop-lauragais --format json >"$PLAN_JSON" 2>/dev/null
run_one python3 Benchmarks/numpy_stress.py "$PLAN_JSON" 10000 "$RUNS"
NUMPY_CARLO=$REPLY
run_one python3 Benchmarks/numpy_stress.py "$PLAN_JSON" 100000 1
NUMPY_CARLO_BIG=$REPLY
printf '%-44s %10s %14s %10s  %s\n' contender "time s" "per second" "peak MiB" note
printf '%-44s %10s %14s %10s  %s\n' "Essor PlanEngine.project, 1 core" "$(field "$PLAN" best_seconds)" \
  "$(group "$(field "$PLAN" per_second)")" "$(mib "$(field "$PLAN" peak_kib)")" "10 000 projections"
printf '%-44s %10s %14s %10s  %s\n' "Essor Monte Carlo, 10 000 draws" "$(field "$CARLO" best_seconds)" \
  "$(group "$(field "$CARLO" draws_per_second)")" "$(mib "$(field "$CARLO" peak_kib)")" \
  "P(cash < 0) $(field "$CARLO" p_negative), $(field "$CARLO" threads) threads"
printf '%-44s %10s %14s %10s  %s\n' "Essor Monte Carlo, 100 000 draws" "$(field "$CARLO_BIG" best_seconds)" \
  "$(group "$(field "$CARLO_BIG" draws_per_second)")" "$(mib "$(field "$CARLO_BIG" peak_kib)")" \
  "P(cash < 0) $(field "$CARLO_BIG" p_negative)"
printf '%-44s %10s %14s %10s  %s\n' "NumPy model, 10 000 draws (simplified)" "$(field "$NUMPY_CARLO" best_seconds)" \
  "$(group "$(field "$NUMPY_CARLO" draws_per_second)")" "$(mib "$(field "$NUMPY_CARLO" peak_kib)")" \
  "P(cash < 0) $(field "$NUMPY_CARLO" p_negative)"
printf '%-44s %10s %14s %10s  %s\n' "NumPy model, 100 000 draws (simplified)" "$(field "$NUMPY_CARLO_BIG" best_seconds)" \
  "$(group "$(field "$NUMPY_CARLO_BIG" draws_per_second)")" "$(mib "$(field "$NUMPY_CARLO_BIG" peak_kib)")" \
  "P(cash < 0) $(field "$NUMPY_CARLO_BIG" p_negative)"
printf '%-44s %10s %14s %10s  %s\n' "Essor optimiser, $(group "$(field "$OPTIMISE" candidates)") candidates" \
  "$(field "$OPTIMISE" best_seconds)" "$(group "$(field "$OPTIMISE" candidates_per_second)")" \
  "$(mib "$(field "$OPTIMISE" peak_kib)")" "$(group "$(field "$OPTIMISE" projected)") projected, best $(field "$OPTIMISE" best_cost) €"
candidates_s=$(calc '%.3f' 's * 100000 / c' -v s="$(field "$OPTIMISE" best_seconds)" -v c="$(field "$OPTIMISE" candidates)")
echo "$(verdict "$(field "$CARLO" best_seconds)" '<=' 1) F1 10 000 Monte Carlo projections ≤ 1 s: $(field "$CARLO" best_seconds) s"
echo "$(verdict "$candidates_s" '<=' 1) F2 100 000 optimiser candidates ≤ 1 s: $candidates_s s (pro rata)"
echo "$(verdict "$(mib "$(field "$CARLO_BIG" peak_kib)")" '<=' 200) F3 peak for 100 000 draws ≤ 200 MiB: $(mib "$(field "$CARLO_BIG" peak_kib)") MiB"
