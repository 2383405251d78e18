#!/usr/bin/env bash
# Smoke test of the standalone bundle that installer/build-bundle.sh made.
# Usage: bash installer/smoke-bundle.sh [BUNDLE_FOLDER | TARBALL]
#   (default: build/bundle/bibagreements; a .tar.gz is unpacked and tested as shipped)
#
# The bundle is copied to a temporary folder outside the checkout and run from
# there with an empty environment (HOME, settings and data in the temporary
# folder, Qt offscreen): whatever it needs has to come from the bundle itself
# (sys._MEIPASS), not from the checkout, .venv or the caller's settings. It
# runs the commands whose imports are lazy or whose data files PyInstaller
# cannot see: a fresh database and an old one to migrate (Alembic scripts),
# check-in dates around holidays, documents (fonts, python-docx templates,
# PDF/A with pikepdf, signature fields with pyhanko), import with its JSON
# Schema, iCalendar, reminders and the desktop application's start.
# .venv's Python only prepares the old database (and resets PostgreSQL).
# With BIBAGREEMENTS_TEST_PG set (a disposable database: its schema is
# emptied) the bundle also runs on PostgreSQL.
set -euo pipefail
bundle=${1:+$(realpath -m -- "$1")}
cd "$(dirname "$0")/.."
root=$PWD
bundle=${bundle:-$root/build/bundle/bibagreements}
if [[ $bundle == *.tar.gz ]]; then
  [[ -f "$bundle" ]] || { echo "smoke-bundle: no tarball $bundle" >&2; exit 1; }
else
  [[ -x "$bundle/bibagreements" ]] || {
    echo "smoke-bundle: no bundle in $bundle; build it with installer/build-bundle.sh" >&2; exit 1; }
fi
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' bibagreements/__init__.py)
python=$root/.venv/bin/python

tmp=$(mktemp -d "${TMPDIR:-/tmp}/bibagreements-smoke.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
case "$tmp/" in "$root"/*)
  echo "smoke-bundle: the temporary folder $tmp is inside the checkout; set TMPDIR" >&2; exit 1 ;;
esac
if [[ $bundle == *.tar.gz ]]; then
  mkdir "$tmp/unpacked"
  tar -C "$tmp/unpacked" -xzf "$bundle"
  unpacked=("$tmp"/unpacked/*)
  [[ ${#unpacked[@]} -eq 1 && -d ${unpacked[0]} ]] || {
    echo "smoke-bundle: $bundle does not hold exactly one folder" >&2; exit 1; }
  mv "${unpacked[0]}" "$tmp/app"
  grep -q "^Exec=bibagreements %f$" "$tmp/app/bibagreements.desktop" || {
    echo "smoke-bundle: $bundle has no usable bibagreements.desktop" >&2; exit 1; }
  grep -q "^Icon=bibagreements$" "$tmp/app/bibagreements.desktop" \
    && [[ -f $tmp/app/icons/hicolor/48x48/apps/bibagreements.png ]] || {
    echo "smoke-bundle: $bundle has no icon for its desktop entry" >&2; exit 1; }
  grep -q "GNU GENERAL PUBLIC LICENSE" "$tmp/app/COPYING" \
    && grep -q "^Licence: LGPL-3.0-only" "$tmp/app/THIRD-PARTY-NOTICES.txt" \
    && grep -qE "^lib[^:]+: [a-z0-9.+-]+$" "$tmp/app/SYSTEM-LIBRARIES.txt" || {
    echo "smoke-bundle: $bundle lacks its licences (COPYING, notices, system libraries)" >&2
    exit 1; }
else
  cp -a "$bundle" "$tmp/app"
fi
exe=$tmp/app/bibagreements
mkdir -p "$tmp/home" "$tmp/run"
mkdir -m 700 "$tmp/xdg-runtime"
cd "$tmp/run"
clean_env=(env -i "HOME=$tmp/home" "PATH=/usr/bin:/bin" "LANG=C.UTF-8" "TMPDIR=$tmp"
  "XDG_RUNTIME_DIR=$tmp/xdg-runtime" "QT_QPA_PLATFORM=offscreen")
db=$tmp/smoke.sqlite3
passed=0
last=()

fail() {
  echo "smoke-bundle: FAILED: $*" >&2
  local name
  for name in out err; do
    if [[ -s "$tmp/$name" ]]; then
      echo "--- std$name of: bibagreements ${last[*]}" >&2
      tail -n 30 "$tmp/$name" >&2
    fi
  done
  local log=$tmp/home/.local/state/bibagreements/log/errors.log
  if [[ -f "$log" ]]; then
    echo "--- $log" >&2
    tail -n 40 "$log" >&2
  fi
  echo "smoke-bundle: $passed passed, 1 failed" >&2
  exit 1
}

ok() {
  passed=$((passed + 1))
  echo "smoke-bundle: ok  $*"
}

# run CODE [VAR=VALUE …] -- ARGUMENT …: the bundled program in the clean
# environment (plus the VAR=VALUEs); it must exit with CODE. Output in $tmp/out, $tmp/err.
run() {
  local expected=$1 code=0
  shift
  local extra=()
  while [[ $1 != -- ]]; do
    extra+=("$1")
    shift
  done
  shift
  last=("$@")
  timeout 120 "${clean_env[@]}" "${extra[@]}" "$exe" "$@" >"$tmp/out" 2>"$tmp/err" || code=$?
  [[ $code -eq "$expected" ]] || fail "exit code $code, expected $expected: bibagreements $*"
  if [[ $expected -eq 0 && -s "$tmp/err" ]]; then
    fail "unexpected output on stderr: bibagreements $*"
  fi
}

# expect [out|err] TEXT: the last run printed TEXT (a fixed string).
expect() {
  grep -qF -- "$2" "$tmp/$1" || fail "no '$2' on std$1 of: bibagreements ${last[*]}"
}

# A PDF whose every font is embedded, DejaVu Sans among them.
check_pdf_fonts() {
  pdffonts "$1" >"$tmp/fonts" 2>&1 || fail "pdffonts $1: $(head -n 3 "$tmp/fonts")"
  [[ $(wc -l <"$tmp/fonts") -gt 2 ]] || fail "$1 has no fonts"
  awk 'NR > 2 && $(NF - 4) != "yes" { bad = 1 } END { exit bad }' "$tmp/fonts" \
    || fail "$1 has fonts that are not embedded: $(cat "$tmp/fonts")"
  grep -q "DejaVuSans" "$tmp/fonts" || fail "$1 does not embed DejaVu Sans: $(cat "$tmp/fonts")"
}

# A DOCX (a zip with the document, footer from python-docx's templates, the font's
# faces cut down by fontTools) containing TEXT.
check_docx() {
  python3 - "$1" "$2" <<'EOF' || fail "$1 is not the expected DOCX"
import sys
import zipfile

with zipfile.ZipFile(sys.argv[1]) as docx:
    names = docx.namelist()
    assert "word/document.xml" in names and "word/styles.xml" in names, names
    assert any(n.startswith("word/footer") for n in names), names
    assert sum(n.startswith("word/fonts/") for n in names) == 3, names
    assert sys.argv[2] in docx.read("word/document.xml").decode("utf-8")
EOF
}

echo "smoke-bundle: testing a copy of $bundle in $tmp/app, run from $tmp/run"

run 0 -- --version
expect out "bibagreements $version"
run 0 -- --help
expect out "render"
expect out "reminders"
ok "--version and --help"

run 0 -- --db "$db" demo
[[ $(grep -c "^added: " "$tmp/out") -eq 3 ]] || fail "demo did not add 3 agreements"
[[ -f "$db" ]] || fail "demo created no database at $db"
ok "a fresh database, migrated to the current schema (Alembic scripts in the bundle), demo data"

run 0 -- --db "$db" list --today 2020-06-01
expect out "Överenskommelse om samarbete mellan Region Skånes kulturförvaltning"
[[ $(grep -cE "^ +[0-9]+  (draft|active) " "$tmp/out") -eq 3 ]] || fail "list does not show 3 agreements"
run 0 -- --db "$db" list --json
expect out '"status": "active"'
run 0 -- --db "$db" show 1
expect out "Biblioteken i Kristianstad (KS 2019/0001)"
run 0 -- --db "$db" show 1 --json
expect out '"uid": "5d0c1f3e-2019-4b1a-9c3e-000000000001"'
ok "list, show"

# 2020-11-08 is a Sunday, 2021-01-01 New Year's Day (holidays, Swedish calendar and names).
run 0 -- --db "$db" checkins 1
expect out "2020-11-09  planned"
run 0 -- --db "$db" checkins 2
expect out "2021-01-04"
ok "check-in dates skip weekends and Swedish public holidays"

run 0 -- --db "$db" export -o "$tmp/agreements.json"
expect out "exported 3 agreement(s)"
run 0 -- --db "$tmp/imported.sqlite3" import "$tmp/agreements.json"
expect out "imported 3 agreement(s)"
printf '{"format": "bibagreements", "version": 1, "agreements": [{"title": 5}]}' >"$tmp/bad.json"
run 1 -- --db "$tmp/imported.sqlite3" import "$tmp/bad.json"
expect err "agreements[0]"
ok "export, import, and a file refused by the JSON Schema"

run 0 -- --db "$db" render 1 --format pdf -o "$tmp/agreement.pdf"
expect out "wrote $tmp/agreement.pdf (pdf, version 1"
check_pdf_fonts "$tmp/agreement.pdf"
pdftotext "$tmp/agreement.pdf" - | grep -q "Sida 1 av" || fail "agreement.pdf: no 'Sida 1 av' footer"
ok "PDF of agreement 1, fonts embedded"

run 0 -- --db "$db" render 1 --format docx -o "$tmp/agreement.docx"
expect out "wrote $tmp/agreement.docx (docx, version 1"
check_docx "$tmp/agreement.docx" "Överenskommelse om samarbete"
run 0 -- --db "$db" render 1 --format docx --lang en -o "$tmp/agreement-en.docx"
check_docx "$tmp/agreement-en.docx" "Biblioteken i Kristianstad"
ok "DOCX of agreement 1 (Swedish, English)"

run 0 -- --db "$db" render 1 --format pdf --archive -o "$tmp/archive.pdf"
check_pdf_fonts "$tmp/archive.pdf"
pdfinfo -meta "$tmp/archive.pdf" | grep -q "pdfaid:part" || fail "archive.pdf has no PDF/A identification"
run 0 -- --db "$db" render 3 --format pdf --sign-fields -o "$tmp/signable.pdf"
pdfinfo "$tmp/signable.pdf" | grep -q "^Form: *AcroForm" || fail "signable.pdf has no form (signature fields)"
ok "PDF/A-2b (pikepdf) and empty signature fields (pyhanko)"

run 0 -- --db "$db" minutes 2 --due 2021-01-04 --format pdf -o "$tmp/minutes.pdf"
check_pdf_fonts "$tmp/minutes.pdf"
run 0 -- --db "$db" minutes 2 --due 2021-01-04 --format docx --lang en -o "$tmp/minutes.docx"
check_docx "$tmp/minutes.docx" "Västmanland"
run 0 -- --db "$db" renderings 1
[[ $(grep -c "agreement" "$tmp/out") -eq 4 ]] || fail "renderings 1 does not list the 4 documents"
ok "minutes (PDF, DOCX) and the renderings history"

run 0 -- --db "$db" report 2020 --format pdf -o "$tmp/report.pdf"
check_pdf_fonts "$tmp/report.pdf"
run 0 -- --db "$db" report 2020 --format docx --lang en -o "$tmp/report.docx"
check_docx "$tmp/report.docx" "2020"
ok "the yearly follow-up report (PDF, DOCX)"

run 0 -- --db "$db" backup -o "$tmp/backup.sqlite3"
expect out "integrity checked"
run 0 -- --db "$tmp/backup.sqlite3" list
expect out "Överenskommelse om samarbete mellan Region Skånes kulturförvaltning"
ok "a backup of the database, opened again"

run 0 -- --db "$db" attach 3 --party 1 --file "$tmp/agreement.pdf" --signed-on 2021-02-01
expect out "attached agreement.pdf for Region Västmanland"
run 0 -- --db "$db" copies 3 --save 1 -o "$tmp/copy.pdf"
cmp -s "$tmp/copy.pdf" "$tmp/agreement.pdf" || fail "the signed copy came back different"
ok "a signed copy attached and saved again"

run 0 -- --db "$db" register-list --format xlsx -o "$tmp/diarium.xlsx"
expect out "3 agreements"
python3 - "$tmp/diarium.xlsx" >"$tmp/sheets" <<'EOF' || fail "the register list is no workbook"
import sys
import zipfile

with zipfile.ZipFile(sys.argv[1]) as book:  # text cells are inline strings in the sheets
    for name in book.namelist():
        if name.startswith("xl/"):
            print(book.read(name).decode("utf-8", "replace"))
EOF
grep -q "KUN 2019/470" "$tmp/sheets" || fail "the register list lacks a registry number"
run 0 -- --db "$db" attach 1 --party 1 --file "$tmp/agreement.pdf" --signed-on 2019-11-08
run 0 -- --db "$db" attach 1 --party 2 --file "$tmp/agreement.pdf" --signed-on 2019-11-08
run 0 -- --db "$db" archive 1 -o "$tmp/package.zip"
expect out "package bibagreements-"
python3 -m zipfile -l "$tmp/package.zip" >"$tmp/listing"
grep -q "representations/agreement-1/data/version-1-sv.pdf" "$tmp/listing" \
  || fail "the archive package lacks the frozen version"
grep -q "/schemas/mets.xsd" "$tmp/listing" || fail "the package lacks its schemas"
ok "the register list (XLSX) and an archive package"

run 0 -- --db "$db" reminders --today 2020-05-01
expect out "2020-05-08  check-in due"
expect out "snooze with: bibagreements snooze checkin:"
run 0 -- --db "$db" ics --today 2020-05-01 -o "$tmp/checkins.ics"
expect out "check-in(s) to $tmp/checkins.ics"
head -n 1 "$tmp/checkins.ics" | grep -q "^BEGIN:VCALENDAR" || fail "checkins.ics is no iCalendar file"
grep -q "^DTSTART;VALUE=DATE:20201109" "$tmp/checkins.ics" || fail "checkins.ics lacks the 2020-11-09 check-in"
ok "reminders, iCalendar export"

run 0 -- --self-test
expect out "self-test passed"
ok "the installation's self-test"

run 1 -- --db "$db" show 999
expect err "no agreement with ID 999"
run 2 -- --db "$db" frobnicate
ok "errors: one line and exit code 1, a malformed command line 2"

# An old database (demo data at the first schema revision) is migrated and backed up.
old=$tmp/old.sqlite3
(cd "$root" && "$python" - "$old" <<'EOF') || fail "could not prepare the old database with $python"
import sys

from alembic import command

from bibagreements.services.demo import load_demo
from bibagreements.storage.database import _alembic_config, migration_engine, open_database

db = open_database(sys.argv[1])
with db.unit_of_work() as uow:
    load_demo(uow)
engine = migration_engine(db.engine)
with engine.begin() as conn:
    command.downgrade(_alembic_config(conn), "0001")
engine.dispose()
db.close()
EOF
run 0 -- --db "$old" list --today 2020-06-01
[[ $(grep -cE "^ +[0-9]+  (draft|active) " "$tmp/out") -eq 3 ]] || fail "the migrated database lost agreements"
compgen -G "$old.before-migration-0001-*.bak" >/dev/null || fail "no backup of the old database"
(cd "$root" && "$python" - "$old" <<'EOF') || fail "the old database is not at the current schema"
import sys

from sqlalchemy import create_engine

from bibagreements.storage.database import current_revision, known_revisions

engine = create_engine(f"sqlite:///{sys.argv[1]}")
assert current_revision(engine) == known_revisions()[1], current_revision(engine)
EOF
run 0 -- --db "$old" render 1 --format pdf -o "$tmp/old.pdf"
ok "an old database (revision 0001) migrated to the current schema, backup kept"

if [[ -n ${BIBAGREEMENTS_TEST_PG:-} ]]; then
  (cd "$root" && "$python" - <<'EOF') || fail "could not empty the PostgreSQL schema"
import os

from sqlalchemy import create_engine, text

engine = create_engine(os.environ["BIBAGREEMENTS_TEST_PG"])
with engine.begin() as conn:
    conn.execute(text("DROP SCHEMA public CASCADE"))
    conn.execute(text("CREATE SCHEMA public"))
EOF
  # binary: psycopg's compiled part and its libpq from the bundle, not the system's libpq.
  run 0 PSYCOPG_IMPL=binary -- --db "$BIBAGREEMENTS_TEST_PG" demo
  run 0 PSYCOPG_IMPL=binary -- --db "$BIBAGREEMENTS_TEST_PG" list --today 2020-06-01
  [[ $(grep -cE "^ +[0-9]+  (draft|active) " "$tmp/out") -eq 3 ]] || fail "PostgreSQL: list"
  run 0 PSYCOPG_IMPL=binary -- --db "$BIBAGREEMENTS_TEST_PG" render 1 --format docx -o "$tmp/pg.docx"
  ok "PostgreSQL (psycopg in the bundle)"
else
  echo "smoke-bundle: (PostgreSQL not tried: BIBAGREEMENTS_TEST_PG is not set)"
fi

# The desktop application: the window shows, the list loads, it quits (three
# starts: the first is the cold one). The probe prints absolute times.
for attempt in 1 2 3; do
  launched=$(date +%s.%N)
  code=0
  timeout 120 "${clean_env[@]}" BIBAGREEMENTS_STARTUP_PROBE=1 "$exe" --db "$db" \
    >"$tmp/out" 2>"$tmp/err" || code=$?
  last=(--db "$db" "(BIBAGREEMENTS_STARTUP_PROBE=1)")
  [[ $code -eq 0 ]] || fail "the desktop application exited with $code"
  expect out "shown "
  grep -qE "^listed [0-9.]+ rows 3$" "$tmp/out" || fail "the desktop application did not list 3 agreements"
  if grep -qE "Traceback|Error" "$tmp/err"; then fail "the desktop application reported errors"; fi
  awk -v t0="$launched" -v n="$attempt" '$1 == "shown" { s = $2 } $1 == "listed" { l = $2 }
    $1 == "rss" { r = $2 }
    END { printf "smoke-bundle: GUI start %s: window shown %.0f ms, list loaded %.0f ms after launch, %s MB\n",
          n, (s - t0) * 1000, (l - t0) * 1000, r }' "$tmp/out"
done
ok "the desktop application starts, lists the agreements and quits"

echo "smoke-bundle: $passed passed, 0 failed"
