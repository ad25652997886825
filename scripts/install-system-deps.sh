#!/usr/bin/env bash
# Installs the Debian packages the test suite needs, only when they are missing (npm `pretest`).
#
#   pdftotext                  poppler-utils
#   PostgreSQL server          postgresql   (binaries under /usr/lib/postgresql/<v>/bin, not a
#                                            wrapper like /usr/local/bin/pg_ctl that a machine may have)
#   chromium                   chromium     (headless page tests)
#   soffice --convert-to       libreoffice-writer-nogui (Writer without the GUI: text/HTML -> PDF/DOCX)
#   fonts                      fonts-dejavu-core, fonts-liberation2 (glyphs for æøå in rendered PDFs/pages)
#
# Fast (well under 2 s) when everything is present: it only looks at files and dpkg's status.
# As root it installs with apt-get; otherwise through `sudo -n` when that works; otherwise it lists
# what is missing and fails (exit 0 only when nothing is missing).
# Set REFERAT_SKIP_SYSTEM_DEPS=1 to skip the step entirely.
set -euo pipefail

if [[ "${REFERAT_SKIP_SYSTEM_DEPS:-}" == "1" ]]; then
  exit 0
fi

missing=()

have_glob() {
  # true when the glob in $1 matches at least one existing file
  local f
  for f in $1; do
    [[ -e "$f" ]] && return 0
  done
  return 1
}

pkg_installed() {
  [[ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true)" == "installed" ]]
}

command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)

if ! have_glob '/usr/lib/postgresql/*/bin/postgres' || ! have_glob '/usr/lib/postgresql/*/bin/initdb'; then
  missing+=(postgresql)
fi

command -v chromium >/dev/null 2>&1 || missing+=(chromium)

# soffice alone comes from libreoffice-common; conversion of text/HTML to PDF/DOCX needs Writer.
if ! command -v soffice >/dev/null 2>&1 || ! have_glob '/usr/lib/libreoffice/program/libswlo.so'; then
  missing+=(libreoffice-writer-nogui)
fi

for font in fonts-dejavu-core fonts-liberation2; do
  pkg_installed "$font" || missing+=("$font")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

echo "install-system-deps: missing Debian packages: ${missing[*]}" >&2

sudo_cmd=()
if [[ "$(id -u)" -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo_cmd=(sudo -n)
  else
    echo "install-system-deps: not root and no password-less sudo; install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-deps: apt-get not found; install these packages by hand: ${missing[*]}" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt_opts=(-q -y -o Dpkg::Use-Pty=0 -o DPkg::Lock::Timeout=600)
log="$(mktemp -t install-system-deps.XXXXXX.log)"

echo "install-system-deps: apt-get update" >&2
if ! "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" update >"$log" 2>&1; then
  cat "$log" >&2
  echo "install-system-deps: ERROR: 'apt-get update' failed (log above, also in $log)" >&2
  exit 1
fi

echo "install-system-deps: apt-get install ${missing[*]}" >&2
if ! "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" install --no-install-recommends "${missing[@]}" >>"$log" 2>&1; then
  tail -n 60 "$log" >&2
  echo "install-system-deps: ERROR: installing ${missing[*]} failed (log tail above, full log in $log)" >&2
  exit 1
fi

# Verify that what the tests look for is there now.
still=()
command -v pdftotext >/dev/null 2>&1 || still+=(pdftotext)
have_glob '/usr/lib/postgresql/*/bin/postgres' || still+=(/usr/lib/postgresql/*/bin/postgres)
command -v chromium >/dev/null 2>&1 || still+=(chromium)
command -v soffice >/dev/null 2>&1 || still+=(soffice)
if [[ ${#still[@]} -ne 0 ]]; then
  echo "install-system-deps: ERROR: still missing after install: ${still[*]} (log: $log)" >&2
  exit 1
fi

rm -f "$log"
echo "install-system-deps: installed ${missing[*]}" >&2
