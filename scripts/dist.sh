#!/usr/bin/env bash
# Essor's distribution: what `make install`, `make uninstall` and `make deb` do.
#
#   scripts/dist.sh files                  the installed files, relative to the prefix
#   scripts/dist.sh stage BINARY FOLDER    generates the man pages and completions of BINARY
#   scripts/dist.sh install BINARY STAGE PREFIX     (DESTDIR honoured)
#   scripts/dist.sh uninstall PREFIX                (DESTDIR honoured)
#   scripts/dist.sh deb BINARY STAGE OUTPUT_FOLDER  builds essor_<version>_<arch>.deb
#
# The list of files is one function (installed_files), used to install, to uninstall and by
# the tests, so the three never disagree. Man pages and completions are generated from the
# binary's own help (scripts/gen-man.py, --generate-completion-script), never written by hand.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

MAN_PAGES=(essor essor-tools essor-init essor-diagnose essor-diagnose-run essor-diagnose-report
  essor-diagnose-compare essor-diagnose-lint essor-canvas essor-canvas-kinds essor-canvas-new
  essor-canvas-check essor-canvas-show essor-finance essor-finance-plan essor-finance-compare essor-finance-stress
  essor-finance-optimise
  essor-finance-loan
  essor-finance-new
  essor-pitch essor-pitch-templates essor-pitch-lint essor-pitch-outline essor-pitch-check
  essor-pitch-export essor-actions essor-actions-list essor-actions-suggest essor-actions-add
  essor-actions-done essor-actions-move essor-cohort essor-cohort-init essor-cohort-status
  essor-cohort-report essor-export essor-run essor-render)
DOCS=(README.md docs/canvas.md docs/diagnostic.md docs/financing-plan.md docs/plugins.md
  docs/pitch.md docs/actions.md docs/cohort.md docs/limits.md
  docs/schemas/description.schema.json docs/schemas/document.schema.json
  docs/schemas/request.schema.json docs/schemas/response.schema.json)
PLUGINS=(essor-esus essor-hello README.md)

version() { sed -n 's/^ *static let version = "\(.*\)"$/\1/p' Sources/essor/Essor.swift; }

# Every installed file, relative to the prefix, one a line.
installed_files() {
  echo bin/essor
  for page in "${MAN_PAGES[@]}"; do echo "share/man/man1/$page.1"; done
  echo share/bash-completion/completions/essor
  echo share/zsh/site-functions/_essor
  echo share/fish/vendor_completions.d/essor.fish
  for plugin in "${PLUGINS[@]}"; do echo "share/essor/plugins/$plugin"; done
  for doc in "${DOCS[@]}"; do echo "share/doc/essor/$doc"; done
}

# The source of an installed file (relative path): the binary, the stage, or the checkout.
source_of() {
  local binary=$1 stage=$2 file=$3
  case $file in
    bin/essor) echo "$binary" ;;
    share/man/man1/*) echo "$stage/man1/${file##*/}" ;;
    share/bash-completion/*) echo "$stage/completions/essor.bash" ;;
    share/zsh/*) echo "$stage/completions/_essor" ;;
    share/fish/*) echo "$stage/completions/essor.fish" ;;
    share/essor/plugins/*) echo "samples/plugins/${file##*/}" ;;
    share/doc/essor/*) echo "${file#share/doc/essor/}" ;;
  esac
}

stage() {
  local binary=$1 folder=$2
  rm -rf "$folder/man1" "$folder/completions"
  mkdir -p "$folder/man1" "$folder/completions"
  python3 scripts/gen-man.py "$binary" "$folder/man1" >/dev/null
  "$binary" --generate-completion-script bash >"$folder/completions/essor.bash"
  "$binary" --generate-completion-script zsh >"$folder/completions/_essor"
  "$binary" --generate-completion-script fish >"$folder/completions/essor.fish"
  # The pages generated must be the pages listed (a new subcommand is added to MAN_PAGES).
  local generated listed
  generated=$(cd "$folder/man1" && ls | sed 's/\.1$//' | sort)
  listed=$(printf '%s\n' "${MAN_PAGES[@]}" | sort)
  if [ "$generated" != "$listed" ]; then
    echo "dist.sh: the man pages generated differ from MAN_PAGES:" >&2
    diff <(echo "$listed") <(echo "$generated") >&2 || true
    exit 1
  fi
}

install_files() {
  local binary=$1 stage=$2 prefix=$3 root="${DESTDIR:-}$3"
  while read -r file; do
    local from mode=0644
    from=$(source_of "$binary" "$stage" "$file")
    case $file in bin/* | share/essor/plugins/essor-*) mode=0755 ;; esac
    install -D -m "$mode" "$from" "$root/$file"
  done < <(installed_files)
  # The symbols are for debugging the build, not for users: a third of the size.
  if command -v strip >/dev/null; then strip "$root/bin/essor"; fi
  echo "Installed essor $(version) in ${DESTDIR:-}$prefix (man essor; completions for bash, zsh, fish)."
}

uninstall_files() {
  local root="${DESTDIR:-}$1"
  local folders=()
  while read -r file; do
    rm -f "$root/$file"
    folders+=("$(dirname "$file")")
  done < <(installed_files)
  # The folders left empty, deepest first, up to (not including) the prefix.
  for folder in $(printf '%s\n' "${folders[@]}" | sort -u | awk '{ print length($0) " " $0 }' | sort -rn | cut -d' ' -f2-); do
    while [ "$folder" != . ] && rmdir "$root/$folder" 2>/dev/null; do folder=$(dirname "$folder"); done
  done
  echo "Removed essor from ${DESTDIR:-}$1."
}

# The paths of the libraries a binary needs directly (its NEEDED entries, resolved by ldd).
needed_paths() {
  local binary=$1 name
  for name in $(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
    ldd "$binary" | awk -v n="$name" '$1 == n && $3 ~ /^\// { print $3 }'
    case $name in ld-linux*) ldd "$binary" | awk -v n="$name" 'index($1, n) { print $1 }' ;; esac
  done
}

deb() {
  local binary=$1 stage=$2 out=$3
  local arch version package root
  arch=$(dpkg --print-architecture)
  version=$(version)
  package="essor_${version}_${arch}"
  root=$(mktemp -d)
  trap 'rm -rf "$root"' RETURN
  DESTDIR="$root" install_files "$binary" "$stage" /usr >/dev/null
  # Depends: the Debian packages of the shared libraries the binary needs directly
  # (libxlsxwriter's runtime package, libc…), found from its NEEDED entries, ldd and dpkg -S.
  local depends=()
  while read -r library; do
    local owner
    owner=$(dpkg -S "$library" 2>/dev/null | head -n 1 | cut -d: -f1) \
      || owner=$(dpkg -S "$(readlink -f "$library")" 2>/dev/null | head -n 1 | cut -d: -f1) || true
    [ -n "$owner" ] || { echo "dist.sh: no Debian package owns $library" >&2; exit 1; }
    depends+=("$owner")
  done < <(needed_paths "$binary")
  local depends_line
  depends_line=$(printf '%s\n' "${depends[@]}" | sort -u | paste -sd, | sed 's/,/, /g')
  mkdir -p "$root/DEBIAN"
  cat >"$root/DEBIAN/control" <<CONTROL
Package: essor
Version: $version
Architecture: $arch
Maintainer: Essor <essor@example.org>
Depends: $depends_line
Suggests: python3
Section: misc
Priority: optional
Installed-Size: $(du -sk "$root/usr" | cut -f1)
Description: get a cooperative or social-economy enterprise ready to raise money
 Essor is a command-line toolkit for French cooperatives (SCOP, SCIC) and social-economy
 enterprises: a financing-readiness diagnostic, strategy canvases, financing plans under
 cooperative law with exact loan schedules and live workbooks, and external tools.
 .
 The sample external tools are in /usr/share/essor/plugins (essor-esus needs python3).
CONTROL
  mkdir -p "$out"
  dpkg-deb --root-owner-group -Zxz --build "$root" "$out/$package.deb" >/dev/null
  echo "$out/$package.deb"
}

command=${1:-}
shift || true
case $command in
  files) installed_files ;;
  stage) stage "$@" ;;
  install) install_files "$@" ;;
  uninstall) uninstall_files "$@" ;;
  deb) deb "$@" ;;
  *) sed -n '2,9p' "$0" >&2; exit 64 ;;
esac
