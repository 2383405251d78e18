#!/usr/bin/env bash
# Build the standalone bibagreements for this machine (PyInstaller, one folder)
# and pack it:
#   build/bundle/bibagreements/                      the program: run ./bibagreements in it
#   build/bibagreements-VERSION-linux-ARCH.tar.gz    the same folder, with a .desktop file and icons
#                                                    (its path is printed on stdout)
# Needs .venv (installer/setup.sh makes it when missing); installs the pinned
# PyInstaller (the `bundle` extra) into it. Safe to run again: every run
# rebuilds from scratch. Check the result with installer/smoke-bundle.sh.
# PyInstaller does not cross-compile: Windows and macOS builds need those systems.
set -euo pipefail
cd "$(dirname "$0")/.."

[[ -x .venv/bin/python ]] || bash installer/setup.sh
export PIP_DISABLE_PIP_VERSION_CHECK=1
echo "build-bundle: installing PyInstaller (pinned) into .venv" >&2
.venv/bin/python -m pip install -q -c installer/constraints.txt -e ".[postgresql,bundle]" 2>&1 \
  | { grep -v -i -E "^WARNING: Location|is ignored|^\s*$" || true; } >&2

version=$(.venv/bin/python -c 'import bibagreements; print(bibagreements.__version__)')
arch=$(uname -m)
name="bibagreements-$version-linux-$arch"
dist=build/bundle
work=build/pyinstaller-work
stage=build/stage

echo "build-bundle: PyInstaller $(.venv/bin/pyinstaller --version), building $name" >&2
start=$SECONDS
# From scratch: a stale analysis in the work folder must not hide a new module or file.
rm -rf "$work" "$dist/bibagreements"
mkdir -p build
log=build/pyinstaller.log
if ! .venv/bin/pyinstaller --noconfirm --log-level WARN --distpath "$dist" --workpath "$work" \
  installer/bibagreements.spec >"$log" 2>&1; then
  tail -n 40 "$log" >&2
  echo "build-bundle: PyInstaller failed (whole log: $log)" >&2
  exit 1
fi
app="$dist/bibagreements"
[[ -x "$app/bibagreements" && -d "$app/_internal/resources/schemas" ]] || {
  echo "build-bundle: $app is incomplete (whole log: $log)" >&2; exit 1; }
echo "build-bundle: built $app in $((SECONDS - start)) s ($(du -sh "$app" | cut -f1)); log: $log" >&2

# The tarball: the program folder as it is, a desktop entry and the icon theme
# folder (icons/hicolor: the PNG sizes and the SVG), to copy to ~/.local/share/icons.
rm -rf "$stage"
mkdir -p "$stage"
cp -al "$app" "$stage/$name"  # hard links: no second copy of 280 MB
mkdir -p "$stage/$name/icons"
cp -r resources/icons/hicolor "$stage/$name/icons/"
mkdir -p "$stage/$name/icons/hicolor/scalable/apps"
cp resources/icons/bibagreements.svg "$stage/$name/icons/hicolor/scalable/apps/"
# The desktop entry (Exec needs the program on PATH, see README: "Standalone bundle"),
# the interchange file's MIME type and the AppStream metainfo (installer/linux/).
cp installer/linux/bibagreements.desktop installer/linux/bibagreements-mime.xml \
  installer/linux/se.bibagreements.app.metainfo.xml "$stage/$name/"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$stage/$name/bibagreements.desktop"
fi

# Licences: the program's (GPL-3.0-or-later), the Python packages', Qt's and the
# fonts' (resources/THIRD-PARTY-NOTICES.txt), and the Debian copyright file of
# each system library PyInstaller copied from this machine.
cp COPYING resources/THIRD-PARTY-NOTICES.txt "$stage/$name/"
{
  echo "System libraries in _internal/, copied from the build machine, and their licences"
  echo "(each Debian package's copyright file). Their source: https://sources.debian.org/"
  for library in "$app"/_internal/lib*.so*; do
    base=$(basename "$library")
    owner=$(dpkg -S "$base" 2>/dev/null | head -n 1 | cut -d: -f1) || owner=""
    [[ -n $owner ]] || continue  # from a Python wheel: in THIRD-PARTY-NOTICES.txt
    echo "$base: $owner"
  done | sort -u >"$stage/libraries"
  cat "$stage/libraries"
  for package in $(cut -d: -f2 "$stage/libraries" | sort -u); do
    echo
    echo "=============================================================================="
    echo "$package"
    cat "/usr/share/doc/$package/copyright" 2>/dev/null || echo "(no copyright file found)"
  done
} >"$stage/$name/SYSTEM-LIBRARIES.txt" 2>/dev/null || true
rm -f "$stage/libraries"

tarball="build/$name.tar.gz"
# Sorted, owned by root, gzip without a timestamp: the same input packs the same way.
tar -C "$stage" --sort=name --owner=0 --group=0 --numeric-owner -cf - "$name" \
  | gzip -n -6 >"$tarball.part"
mv "$tarball.part" "$tarball"
rm -rf "$stage"
echo "build-bundle: packed $tarball ($(du -h "$tarball" | cut -f1)) in $((SECONDS - start)) s in all" >&2
echo "$tarball"  # the one line on stdout: tarball=$(bash installer/build-bundle.sh)
