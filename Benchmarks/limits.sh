#!/usr/bin/env bash
# Benchmarks/limits.sh: every command on the largest inputs Essor accepts (docs/limits.md),
# in the release build, with its time and peak memory against the targets (5 s, 500 MB).
#
# usage (from the repository root): bash Benchmarks/limits.sh
# A missed target is reported as MISSED, never as a failure.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
OUT=Benchmarks/out/limits
rm -rf "$OUT"
mkdir -p "$OUT"
swift build -c release --product essor >/dev/null
ESSOR=$(swift build -c release --show-bin-path)/essor

# The largest loans file: 20 loans of 100 years, monthly (24,000 instalments), long labels.
python3 - "$OUT" <<'PY'
import sys, shutil, re
out = sys.argv[1]
label = "L" * 190
with open(f"{out}/loans.yaml", "w") as f:
    f.write("schema: 1\nloans:\n")
    for i in range(20):
        f.write(f"  - {{label: \"{label} {i:02d}\", amount: 100000, rate: 4%, years: 100}}\n")
# The largest scenario: the sample's, its resources repeated up to 200.
shutil.copytree("samples/scop-lauragais", f"{out}/ws")
text = open(f"{out}/ws/financing/base.yaml").read()
head, rest = text.split("\nresources:\n", 1)
lines = rest.split("\n")
body = []
for line in lines:
    if line and not line.startswith(" ") and not line.startswith("#"):
        break
    body.append(line)
tail = "\n".join(lines[len(body):])
items = re.split(r"\n(?=  - )", "\n".join(l for l in body if not l.strip().startswith("#")))
items = [i for i in items if i.strip()]
many = []
while len(many) < 200:
    for item in items:
        if len(many) < 200:
            many.append(item)
open(f"{out}/ws/financing/big.yaml", "w").write(
    head + "\nresources:\n" + "\n".join(many) + "\n" + tail)
PY

# run NAME COMMAND…: one line with seconds, peak MiB and the verdict.
run() {
  local name=$1
  shift
  local start end status
  start=$(date +%s.%N)
  set +e
  /usr/bin/time -f '%M' -o "$OUT/time.txt" "$@" >"$OUT/$name.out" 2>"$OUT/$name.err"
  status=$?
  set -e
  end=$(date +%s.%N)
  local kib seconds mib verdict
  kib=$(tail -n 1 "$OUT/time.txt")
  seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
  mib=$(awk -v k="$kib" 'BEGIN { printf "%.1f", k / 1024 }')
  verdict=MET
  awk -v s="$seconds" -v m="$mib" 'BEGIN { exit !(s <= 5 && m <= 500) }' || verdict=MISSED
  printf '%-34s exit %3d %8s s %9s MiB  %s\n' "$name" "$status" "$seconds" "$mib" "$verdict"
}

echo "Largest accepted inputs (targets: 5 s, 500 MB)"
run loans-table "$ESSOR" finance loan --file "$OUT/loans.yaml"
run loans-json "$ESSOR" finance loan --file "$OUT/loans.yaml" --format json
run loans-xlsx "$ESSOR" finance loan --file "$OUT/loans.yaml" --output "$OUT/loans.xlsx"
cp "$OUT/loans-json.out" "$OUT/loans.json"
ls -l "$OUT/loans.json" | awk '{ printf "  (loans JSON: %.1f MiB)\n", $5 / 1048576 }'
run render-loans-xlsx "$ESSOR" render "$OUT/loans.json" --output "$OUT/rendered.xlsx"
run plan-200-resources "$ESSOR" finance plan big --workspace "$OUT/ws"
run plan-200-resources-xlsx "$ESSOR" finance plan big --workspace "$OUT/ws" --output "$OUT/plan.xlsx"
# Refused at once: over the limits.
python3 -c "
print('schema: 1'); print('loans:')
for i in range(10000): print('  - {amount: 100000, rate: 4%, years: 6}')
" >"$OUT/over.yaml"
run refused-10000-loans "$ESSOR" finance loan --file "$OUT/over.yaml"
