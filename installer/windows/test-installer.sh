#!/usr/bin/env bash
# Compile the Windows installer on Linux around a placeholder payload and install
# and uninstall it silently under wine64, checking the per-user paths and keys:
#   bash installer/windows/test-installer.sh
# Needs makensis (Debian: nsis) and wine64. The program inside is not run: a
# PyInstaller bundle is built only on Windows (.github/workflows/windows.yml).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
wine=${WINE64:-/usr/lib/wine/wine64}
[[ -x $wine ]] || wine=$(command -v wine64 || true)
command -v makensis >/dev/null && [[ -x $wine ]] || {
  echo "test-installer: needs makensis and wine64" >&2; exit 1; }
version=$(python3 -c 'import re,sys; print(re.search(r"__version__ = \"([^\"]+)\"", open(sys.argv[1]).read())[1])' bibagreements/__init__.py)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/bibagreements-nsis.XXXXXX")
trap 'WINEPREFIX="$tmp/prefix" "${wine%64}server" -k 2>/dev/null || true; rm -rf "$tmp"' EXIT
payload=$tmp/payload
mkdir -p "$payload/_internal"
printf 'a placeholder for the PyInstaller bundle\n' >"$payload/bibagreements.exe"
printf 'placeholder\n' >"$payload/_internal/base_library.zip"
cp COPYING resources/THIRD-PARTY-NOTICES.txt "$payload/"
setup=$tmp/bibagreements-$version-setup.exe
makensis -V2 -DVERSION="$version" -DPAYLOAD="$payload" -DOUTFILE="$setup" \
  installer/windows/bibagreements.nsi >"$tmp/makensis.log" 2>&1 || {
  cat "$tmp/makensis.log" >&2; echo "test-installer: makensis failed" >&2; exit 1; }
echo "test-installer: compiled $(basename "$setup") ($(du -k "$setup" | cut -f1) KiB)" >&2

export WINEPREFIX=$tmp/prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
server=$(dirname "$wine")/wineserver
[[ -x $server ]] || server=wineserver
"$wine" wineboot --init >/dev/null 2>&1 || true
"$server" -w
fail() { echo "test-installer: FAILED: $*" >&2; exit 1; }
query() { "$wine" reg query "$1" 2>/dev/null | tr -d '\r'; }
key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\bibagreements'

"$wine" "$setup" /S
"$server" -w
programs=("$WINEPREFIX"/drive_c/users/*/AppData/Local/Programs/bibagreements)
[[ -f ${programs[0]}/bibagreements.exe && -f ${programs[0]}/uninstall.exe \
  && -f ${programs[0]}/_internal/base_library.zip && -f ${programs[0]}/COPYING ]] \
  || fail "not installed under %LOCALAPPDATA%\\Programs\\bibagreements"
compgen -G "$WINEPREFIX/drive_c/users/*/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/bibagreements.lnk" \
  >/dev/null || fail "no Start-menu entry"
[[ ! -e $WINEPREFIX/drive_c/Program\ Files/bibagreements ]] || fail "installed for all users"
query "$key" >"$tmp/key"
grep -q "DisplayVersion    REG_SZ    $version$" "$tmp/key" || fail "no DisplayVersion $version"
grep -q 'InstallLocation    REG_SZ    C:\\users\\[^\\]*\\AppData\\Local\\Programs\\bibagreements$' "$tmp/key" \
  || fail "InstallLocation is not per-user"
grep -q 'QuietUninstallString .*uninstall.exe" /S$' "$tmp/key" || fail "no QuietUninstallString"
query 'HKCU\Software\Classes\.json\OpenWithProgids' | grep -q "bibagreements.interchange" \
  || fail ".json files are not offered to bibagreements"
query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\bibagreements' | grep -q . \
  && fail "an HKLM key was written"
echo "test-installer: ok  installed per user: files, Start menu, HKCU uninstall key, Open with" >&2

user=$(basename "$(dirname "$(dirname "$(dirname "$(dirname "${programs[0]}")")")")")
"$wine" "C:\\users\\$user\\AppData\\Local\\Programs\\bibagreements\\uninstall.exe" /S
"$server" -w
[[ ! -e ${programs[0]} ]] || fail "the program folder is left after uninstalling"
query "$key" | grep -q . && fail "the uninstall key is left"
query 'HKCU\Software\Classes\.json\OpenWithProgids' | grep -q "bibagreements" && fail "Open with is left"
compgen -G "$WINEPREFIX/drive_c/users/*/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/bibagreements.lnk" \
  >/dev/null && fail "the Start-menu entry is left"
echo "test-installer: ok  uninstalled: nothing left" >&2
