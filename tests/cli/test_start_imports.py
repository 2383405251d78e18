"""What a command loads: --help and --version nothing but the command line itself,
a command only what it uses (the services import inside each command)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

CODE = """
import sys
from bibagreements.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as done:  # --help, --version
    code = done.code
print("modules:", " ".join(sorted(sys.modules)))
"""

DATABASE_AND_DOCUMENTS = (
    "sqlalchemy",
    "alembic",
    "jsonschema",
    "stdnum",
    "holidays",
    "icalendar",
    "docx",
    "reportlab",
    "pikepdf",
    "pyhanko",
    "bibagreements.services",
    "bibagreements.storage",
    "bibagreements.interchange",
    "bibagreements.documents",
    "bibagreements.scheduling",
)
DOCUMENT_WRITERS = (
    "docx",
    "reportlab",
    "pikepdf",
    "pyhanko",
    "icalendar",
    "bibagreements.documents.docx_writer",
    "bibagreements.documents.pdf_writer",
    "bibagreements.documents.pdfa",
    "jsonschema",  # the interchange files' reader
)


def _loaded(tmp_path: Path, *args: str) -> set[str]:
    env = dict(os.environ, HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"))
    done = subprocess.run(
        [sys.executable, "-c", CODE, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        cwd=tmp_path,
    )
    line = next(x for x in done.stdout.splitlines() if x.startswith("modules:"))
    return set(line.split()[1:])


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["list", "--help"]])
def test_help_and_version_load_no_database_or_document_code(
    tmp_path: Path, args: list[str]
) -> None:
    loaded = _loaded(tmp_path, *args)
    assert "bibagreements.cli.app" in loaded  # the parser really was built
    assert sorted(m for m in loaded if m.startswith(DATABASE_AND_DOCUMENTS)) == []


def test_listing_agreements_loads_no_document_or_calendar_writer(tmp_path: Path) -> None:
    loaded = _loaded(tmp_path, "--db", str(tmp_path / "a.sqlite3"), "list")
    assert "sqlalchemy" in loaded  # it did open the database
    assert sorted(m for m in loaded if m.startswith(DOCUMENT_WRITERS)) == []


PDF_RENDER_NEEDS_NONE_OF = (
    "docx",
    "pikepdf",
    "pyhanko",
    "jsonschema",
    "icalendar",
    "holidays",
    "alembic",
    "PySide6",
    "bibagreements.documents.docx_writer",
    "bibagreements.documents.pdfa",
    "bibagreements.documents.signature_fields",
    "bibagreements.interchange",
    "bibagreements.gui",
    # A frozen version renders from its kept document: no builders, no whole agreement.
    "bibagreements.documents.builder",
    "bibagreements.services.agreements",
)


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    db = tmp_path / "demo.sqlite3"
    _loaded(tmp_path, "--db", str(db), "demo")
    return db


def test_rendering_a_frozen_version_as_pdf_loads_only_the_pdf_writer(
    tmp_path: Path, demo_db: Path
) -> None:
    out = tmp_path / "a.pdf"
    loaded = _loaded(
        tmp_path, "--db", str(demo_db), "render", "1", "--format", "pdf", "-o", str(out)
    )
    assert out.read_bytes().startswith(b"%PDF")
    assert "bibagreements.documents.pdf_writer" in loaded
    assert sorted(m for m in loaded if m.startswith(PDF_RENDER_NEEDS_NONE_OF)) == []


THE_DATABASE_LAYER = (
    "sqlalchemy",
    "alembic",
    "bibagreements.storage.models",
    "bibagreements.storage.database",
    "bibagreements.services.documents",
    "bibagreements.services.versions",
)


@pytest.mark.parametrize(
    "options",
    [["--format", "pdf"], ["--format", "pdf", "--archive"], ["--format", "docx", "--lang", "en"]],
)
def test_rendering_a_frozen_version_of_an_up_to_date_file_loads_no_database_layer(
    tmp_path: Path, demo_db: Path, options: list[str]
) -> None:
    out = tmp_path / f"a.{options[1]}"
    loaded = _loaded(tmp_path, "--db", str(demo_db), "render", "2", *options, "-o", str(out))
    assert sorted(m for m in loaded if m.startswith(THE_DATABASE_LAYER)) == []
    assert "bibagreements.storage.direct_sqlite" in loaded
    with closing(sqlite3.connect(demo_db)) as conn:  # and it was recorded
        recorded = conn.execute("SELECT agreement_id, path, size FROM rendering").fetchall()
    assert recorded == [(2, str(out), out.stat().st_size)]


def test_rendering_a_draft_goes_the_usual_way(tmp_path: Path, demo_db: Path) -> None:
    out = tmp_path / "draft.pdf"
    loaded = _loaded(
        tmp_path, "--db", str(demo_db), "render", "3", "--format", "pdf", "-o", str(out)
    )
    assert "sqlalchemy" in loaded
    assert out.read_bytes().startswith(b"%PDF")


def test_rendering_pdf_a_and_docx_load_their_writers_only(tmp_path: Path, demo_db: Path) -> None:
    archive = tmp_path / "a.pdf"
    args = ["--db", str(demo_db), "render", "1", "--format", "pdf", "--archive", "-o"]
    loaded = _loaded(tmp_path, *args, str(archive))
    assert "bibagreements.documents.pdfa" in loaded  # pikepdf.pdfa loads jsonschema itself
    assert sorted(m for m in loaded if m.startswith(("docx", "icalendar", "PySide6"))) == []
    docx = tmp_path / "a.docx"
    args = ["--db", str(demo_db), "render", "1", "--format", "docx", "-o", str(docx)]
    loaded = _loaded(tmp_path, *args)
    assert "docx" in loaded
    unwanted = ("reportlab", "pikepdf", "pyhanko", "jsonschema", "icalendar", "PySide6")
    assert sorted(m for m in loaded if m.startswith(unwanted)) == []


def test_importing_a_document_loads_python_docx_and_no_writer(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Avtal\n\nParterna utgörs av Region Skåne och Sala kommun.\n", encoding="utf-8")
    db = str(tmp_path / "a.sqlite3")
    loaded = _loaded(tmp_path, "--db", db, "import-document", str(text))
    assert "bibagreements.interchange.document_recognition" in loaded
    unwanted = ("docx", "reportlab", "pikepdf", "jsonschema", "icalendar", "PySide6")
    assert sorted(m for m in loaded if m.startswith(unwanted)) == []  # text needs no python-docx
    from tests.interchange.document_cases import write_reference_docx

    document = write_reference_docx(tmp_path / "a.docx")
    loaded = _loaded(tmp_path, "--db", db, "import-document", str(document))
    assert "docx" in loaded
    assert sorted(m for m in loaded if m.startswith(unwanted[1:])) == []
