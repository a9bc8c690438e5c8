#!/usr/bin/env bash
# Installs what Essor needs on a Debian machine, only when it is missing.
#   scripts/install-deps.sh build   libxlsxwriter-dev (to build essor)
#   scripts/install-deps.sh test    + LibreOffice Calc, the fr_FR.UTF-8 locale, and the Python
#                                   oracles (numpy-financial, openpyxl, XlsxWriter); for the
#                                   release tests: dpkg-deb, readelf and strip (binutils), man
set -euo pipefail
mode=${1:-build}
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi

apt_packages=()
if ! pkg-config --exists xlsxwriter 2>/dev/null; then
  apt_packages+=(libxlsxwriter-dev pkg-config)
fi
if [ "$mode" = "test" ]; then
  command -v soffice >/dev/null 2>&1 || apt_packages+=(libreoffice-calc-nogui)
  command -v dpkg-deb >/dev/null 2>&1 || apt_packages+=(dpkg)
  command -v readelf >/dev/null 2>&1 || apt_packages+=(binutils)
  command -v man >/dev/null 2>&1 || apt_packages+=(man-db)
  if ! locale -a 2>/dev/null | grep -qi '^fr_FR\.utf-\?8$'; then
    apt_packages+=(locales)
    need_locale=1
  fi
fi
if [ ${#apt_packages[@]} -gt 0 ]; then
  echo "Installing: ${apt_packages[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${apt_packages[@]}" >/dev/null
fi
if [ "${need_locale:-0}" = 1 ]; then
  $sudo sed -i 's/^# *fr_FR.UTF-8 UTF-8/fr_FR.UTF-8 UTF-8/' /etc/locale.gen
  grep -q '^fr_FR.UTF-8 UTF-8' /etc/locale.gen || echo 'fr_FR.UTF-8 UTF-8' | $sudo tee -a /etc/locale.gen >/dev/null
  $sudo locale-gen >/dev/null
fi
if [ "$mode" = "test" ]; then
  if ! python3 -c 'import numpy_financial, openpyxl, xlsxwriter, jsonschema' 2>/dev/null; then
    echo "Installing the Python oracles: numpy-financial openpyxl XlsxWriter jsonschema"
    packages=(numpy-financial openpyxl XlsxWriter jsonschema)
    python3 -m pip install --quiet --disable-pip-version-check "${packages[@]}" \
      || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages \
        "${packages[@]}"
  fi
fi
