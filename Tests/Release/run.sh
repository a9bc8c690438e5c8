#!/usr/bin/env bash
# Tests of the release binary and its distribution (make test-release): one release build,
# given here, is checked
#   1. standalone: ldd shows no Swift library, only system ones (libxlsxwriter among them);
#      a copy of it alone in a temporary folder, run from elsewhere with LD_LIBRARY_PATH
#      pointing nowhere, PATH without swift and an empty environment, finds every built-in
#      template and runs init, the diagnostic, a loan and a plan (and again with the Swift
#      toolchain's folder hidden by an empty mount, when run as root);
#   2. make install / make uninstall into a temporary prefix: exactly the listed files, man
#      pages and completions for every subcommand, then nothing;
#   3. the .deb: its control (Depends on libxlsxwriter's runtime package), its files, and,
#      unpacked in a scratch root (dpkg -x), essor --version, essor tools and a loan.
# usage: Tests/Release/run.sh RELEASE_BINARY STAGE_FOLDER
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
BINARY=$(readlink -f "$1")
STAGE=$(readlink -f "$2")
REPO=$(pwd)
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
FAILURES=0
CHECKS=0

pass() { CHECKS=$((CHECKS + 1)); echo "  ok   $*"; }
fail() { CHECKS=$((CHECKS + 1)); FAILURES=$((FAILURES + 1)); echo "  FAIL $*"; }
check() { # check DESCRIPTION COMMAND…: passes when the command succeeds
  local description=$1
  shift
  if "$@" >"$SCRATCH/out" 2>&1; then pass "$description"; else
    fail "$description"
    sed 's/^/         /' "$SCRATCH/out" | head -n 20
  fi
}

# A process with nothing of the build machine's Swift in reach.
NOWHERE=$SCRATCH/nowhere
mkdir -p "$NOWHERE" "$SCRATCH/home"
SYSTEM_PATH=/usr/local/bin:/usr/bin:/bin
bare() {
  env -i HOME="$SCRATCH/home" PATH="$SYSTEM_PATH" LD_LIBRARY_PATH="$NOWHERE" LANG=C.UTF-8 "$@"
}

echo "1. The standalone binary ($BINARY, $(du -h "$BINARY" | cut -f1))"
ldd "$BINARY" >"$SCRATCH/ldd.txt"
sed 's/^/         /' "$SCRATCH/ldd.txt"
check "ldd: no Swift runtime or Foundation library" \
  bash -c "! grep -Ei 'swift|Foundation|dispatch|icu' '$SCRATCH/ldd.txt'"
check "ldd: every library found" bash -c "! grep -q 'not found' '$SCRATCH/ldd.txt'"
check "ldd: libxlsxwriter is the system's" grep -q 'libxlsxwriter.so.* => /' "$SCRATCH/ldd.txt"
check "no RPATH/RUNPATH into a Swift toolchain" \
  bash -c "! readelf -d '$BINARY' | grep -E 'R(UN)?PATH' | grep -qi swift"
check "no swift on the test's PATH" bash -c "! PATH=$SYSTEM_PATH command -v swift"

ALONE=$SCRATCH/alone
# The checks below that run in `bash -c` see these through the environment.
export ALONE SCRATCH NOWHERE SYSTEM_PATH
mkdir -p "$ALONE" "$SCRATCH/elsewhere"
cp "$BINARY" "$ALONE/essor"
cp -R samples/sas-ess-recyclerie samples/scop-lauragais "$SCRATCH/elsewhere/"
cd "$SCRATCH/elsewhere"
essor() { bare "$ALONE/essor" "$@"; }
check "--version names the commit" bash -c "$(declare -f bare essor); essor --version | grep -E '^[0-9.]+ \(commit [0-9a-f]{12}'"
check "essor tools" essor tools
check "essor init" essor init la-fabrique --name "La Fabrique" --form scop --region Occitanie
for template in "$REPO"/templates/diagnostic/*.yaml; do
  id=$(basename "$template" .yaml)
  check "built-in questionnaire $id" bash -c \
    "$(declare -f bare essor); echo q | essor diagnose --template $id --workspace la-fabrique | grep -q ."
done
for kind in "$REPO"/templates/canvas/*.yaml; do
  id=$(basename "$kind" .yaml)
  check "built-in canvas kind $id" essor canvas new "$id" --workspace la-fabrique
done
if [ -d "$REPO/templates/pitch" ]; then
  check "built-in pitch templates listed" test -n "$(ls "$REPO/templates/pitch")"
fi
check "canvas kinds: every kind built in" bash -c \
  "$(declare -f bare essor); [ \$(essor canvas kinds --workspace la-fabrique --format json | grep -c 'built-in:templates/canvas/') -ge $(ls "$REPO"/templates/canvas/*.yaml | wc -l) ]"
check "diagnose report (the issue's case)" essor diagnose report --workspace sas-ess-recyclerie
check "a loan" essor finance loan --amount 100000 --rate 4% --years 7
check "a plan, as a workbook" essor finance plan base --workspace scop-lauragais \
  --format xlsx --output "$SCRATCH/plan.xlsx"
check "canvas check" essor canvas check --workspace scop-lauragais
check "an argument error in French, exit 64" bash -c \
  "$(declare -f bare essor); essor finance lona 2>&1 >/dev/null | grep -q 'vouliez-vous dire « loan »'; [ \${PIPESTATUS[0]} -eq 64 ]"
# Stronger still: the Swift toolchain's folder itself hidden (a private mount namespace with an
# empty tmpfs over it), as on a machine that never had Swift. Needs root; skipped otherwise.
TOOLCHAIN=$(dirname "$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")")
if [ "$(id -u)" -eq 0 ] && unshare -m true 2>/dev/null; then
  check "toolchain $TOOLCHAIN hidden: init, diagnostic, loan, plan" unshare -m bash -c "
    set -e
    mount -t tmpfs none '$TOOLCHAIN'
    [ -z \"\$(ls -A '$TOOLCHAIN')\" ]
    '$ALONE/essor' --version
    '$ALONE/essor' init hidden --name Hidden --form scic
    '$ALONE/essor' diagnose report --workspace sas-ess-recyclerie >/dev/null
    '$ALONE/essor' finance loan --amount 100000 --rate 4% --years 7 >/dev/null
    '$ALONE/essor' finance plan base --workspace scop-lauragais >/dev/null"
else
  echo "  skip the toolchain-hidden run (needs root and unshare)"
fi
cd "$REPO"

echo "2. make install / make uninstall in a temporary prefix"
PREFIX=$SCRATCH/prefix
bash scripts/dist.sh install "$BINARY" "$STAGE" "$PREFIX" >/dev/null
bash scripts/dist.sh files | sort >"$SCRATCH/listed"
(cd "$PREFIX" && find . -type f -o -type l | sed 's|^\./||' | sort) >"$SCRATCH/installed"
check "exactly the listed files ($(wc -l <"$SCRATCH/listed"))" diff "$SCRATCH/listed" "$SCRATCH/installed"
check "the installed essor runs alone" bare "$PREFIX/bin/essor" finance loan --amount 5000 --rate 3% --years 2
for page in $(bare "$PREFIX/bin/essor" --experimental-dump-help | python3 -c '
import json, sys
def walk(c, path):
    print("-".join(path))
    for s in c.get("subcommands", []):
        if s["commandName"] != "help": walk(s, path + [s["commandName"]])
walk(json.load(sys.stdin)["command"], ["essor"])'); do
  check "man page $page.1" grep -q '^\.SH NAME' "$PREFIX/share/man/man1/$page.1"
done
if command -v man >/dev/null; then
  check "man essor (MANPATH)" bash -c "MANPATH='$PREFIX/share/man' man -w essor | grep -q '$PREFIX'"
fi
for word in tools init diagnose canvas finance run render loan plan kinds; do
  check "completions name $word (bash, zsh, fish)" bash -c \
    "grep -qw $word '$PREFIX/share/bash-completion/completions/essor' && grep -qw $word '$PREFIX/share/zsh/site-functions/_essor' && grep -qw $word '$PREFIX/share/fish/vendor_completions.d/essor.fish'"
done
check "bash loads the completion" bash -c \
  "source '$PREFIX/share/bash-completion/completions/essor' && complete -p essor"
check "the sample external tools, not on PATH" test -x "$PREFIX/share/essor/plugins/essor-hello"
check "an installed sample tool runs (ESSOR_PLUGIN_PATH)" env \
  ESSOR_PLUGIN_PATH="$PREFIX/share/essor/plugins" "$PREFIX/bin/essor" run hello greet \
  --workspace samples/scop-lauragais
bash scripts/dist.sh uninstall "$PREFIX" >/dev/null
check "uninstall leaves nothing" test -z "$(ls -A "$PREFIX" 2>/dev/null)"
mkdir -p "$PREFIX/bin" && touch "$PREFIX/bin/other"
bash scripts/dist.sh install "$BINARY" "$STAGE" "$PREFIX" >/dev/null
bash scripts/dist.sh uninstall "$PREFIX" >/dev/null
check "uninstall keeps what is not essor's" test -f "$PREFIX/bin/other"

echo "3. The Debian package"
DEB=$(bash scripts/dist.sh deb "$BINARY" "$STAGE" "$SCRATCH/deb")
check "named essor_<version>_<arch>.deb" bash -c \
  "[[ '$(basename "$DEB")' =~ ^essor_[0-9.]+_$(dpkg --print-architecture)\.deb$ ]]"
dpkg-deb -f "$DEB" Depends >"$SCRATCH/depends"
echo "         Depends: $(cat "$SCRATCH/depends")"
check "depends on libxlsxwriter's runtime package" grep -Eq 'libxlsxwriter[0-9]+' "$SCRATCH/depends"
check "depends on no Swift package" bash -c "! grep -qi swift '$SCRATCH/depends'"
dpkg-deb -c "$DEB" | awk '{ print $6 }' | grep -v '/$' | sed 's|^\./usr/||' | sort >"$SCRATCH/in-deb"
check "the same files as make install, under /usr" diff "$SCRATCH/listed" "$SCRATCH/in-deb"
ROOT=$SCRATCH/root
dpkg -x "$DEB" "$ROOT"
check "unpacked: essor --version" bare "$ROOT/usr/bin/essor" --version
check "unpacked: essor tools" bare "$ROOT/usr/bin/essor" tools
check "unpacked: a loan" bare "$ROOT/usr/bin/essor" finance loan --amount 60000 --rate 3% --years 8 \
  --grace-months 48 --periodicity quarterly
check "unpacked: the diagnostic report" bare "$ROOT/usr/bin/essor" diagnose report \
  --workspace "$REPO/samples/sas-ess-recyclerie"

echo
if [ "$FAILURES" -gt 0 ]; then
  echo "test-release: $FAILURES of $CHECKS checks failed"
  exit 1
fi
echo "test-release: all $CHECKS checks passed"
