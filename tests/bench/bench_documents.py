"""Benchmark: rendering the reference agreement (run as a script).

    .venv/bin/python tests/bench/bench_documents.py [--quick]

Each figure beside its floor, measured in the same run, alternating, medians:

* ``bibagreements render ID --format pdf`` as a whole process (start, imports,
  opening the database, the rendering and its record) beside LibreOffice
  turning the same agreement's DOCX into a PDF (``soffice --headless
  --convert-to pdf``), also a whole process: the route coordinators take
  without us. Target: at most a third of LibreOffice's time.
* The PDF in-process (warm: fonts registered once per process) beside
  reportlab alone laying out the same headings, paragraphs, lists and tables
  with plain platypus and the same fonts (no footer, page total or signature
  boxes). Target ≤ 1.3× that floor.
* The DOCX in-process, target ≤ 80 ms; its floor for context is python-docx
  writing the same texts unstyled.
* Not in quick mode: a 1 MB title and twice that (rendering time grows
  linearly: the larger should take about twice as long, < 10 s for 1 MB).
"""

from __future__ import annotations

import argparse
import compileall
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bibagreements.documents import model  # noqa: E402
from bibagreements.documents.builder import agreement_document  # noqa: E402
from bibagreements.documents.docx_writer import render_docx  # noqa: E402
from bibagreements.documents.pdf_text import FONT, FONT_BOLD, register_fonts  # noqa: E402
from bibagreements.documents.pdf_writer import render_pdf  # noqa: E402
from bibagreements.services.agreements import get_agreement, list_agreements  # noqa: E402
from bibagreements.services.database import open_database  # noqa: E402
from bibagreements.services.demo import REFERENCE_TITLE, load_demo  # noqa: E402
from tests.bench.figures import (  # noqa: E402
    Figure,
    alternate,
    at_most,
    median,
    ratio_at_least,
    ratio_at_most,
)

COMMAND = ".venv/bin/python tests/bench/bench_documents.py"


def _ms(func: Callable[[], object]) -> Callable[[], float]:
    def measure() -> float:
        start = time.perf_counter()
        func()
        return (time.perf_counter() - start) * 1000

    return measure


# --- the floors -------------------------------------------------------------


def reportlab_alone(document: model.Document) -> bytes:
    """The same texts laid out by plain platypus with the same (registered) fonts."""
    import io
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import ListFlowable, ListItem, SimpleDocTemplate, Table
    from reportlab.platypus import Paragraph as RLParagraph

    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, spaceAfter=6)
    bold = ParagraphStyle("bold", parent=body, fontName=FONT_BOLD, fontSize=12.5, leading=16)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12, spaceAfter=0)

    def para(text: str, style: ParagraphStyle = body) -> Any:
        return RLParagraph(escape(text).replace("\n", "<br/>"), style)

    story: list[Any] = [para(document.title, bold)]
    for block in document.blocks:
        match block:
            case model.Heading():
                story.append(para(block.text, bold))
            case model.Paragraph():
                story.append(para(block.text))
            case model.BulletList():
                story.append(ListFlowable([ListItem(para(i)) for i in block.items]))
            case model.Table():
                rows = [block.header, *block.rows] if block.header else list(block.rows)
                story.append(Table([[para(c, cell) for c in row] for row in rows], repeatRows=1))
            case model.SignatureBlocks():
                for sign in block.blocks:
                    story += [para(sign.party_name, bold), para(sign.signatory_name)]
    buffer = io.BytesIO()
    margin = 25 * mm
    SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin,
        bottomMargin=margin, title=document.title, invariant=1,
    ).build(story)  # fmt: skip
    return buffer.getvalue()


def python_docx_alone(document: model.Document) -> bytes:
    """The same texts written by python-docx, unstyled (its default template)."""
    import io

    import docx

    out = docx.Document()
    out.add_paragraph(document.title)
    for block in document.blocks:
        match block:
            case model.Heading() | model.Paragraph():
                out.add_paragraph(block.text)
            case model.BulletList():
                for item in block.items:
                    out.add_paragraph(item)
            case model.Table():
                rows = [block.header, *block.rows] if block.header else list(block.rows)
                table = out.add_table(rows=len(rows), cols=max(len(r) for r in rows))
                for cells, row in zip(table.rows, rows, strict=True):
                    for c, text in zip(cells.cells, row, strict=False):
                        c.text = text
            case model.SignatureBlocks():
                for sign in block.blocks:
                    out.add_paragraph(sign.party_name)
                    out.add_paragraph(sign.signatory_name)
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def soffice_program() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


# --- the measures -----------------------------------------------------------


class Reference:
    """A demo register in a temporary folder and its reference agreement."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="bench-documents-"))
        self.db_path = self.folder / "bench.sqlite3"
        db = open_database(str(self.db_path))
        try:
            with db.unit_of_work() as uow:
                load_demo(uow)
                self.id = next(s.id for s in list_agreements(uow) if s.title == REFERENCE_TITLE)
                self.agreement = get_agreement(uow, self.id)
        finally:
            db.close()
        self.document = agreement_document(self.agreement)
        self.docx = self.folder / "reference.docx"
        self.docx.write_bytes(render_docx(self.document))

    def process_commands(self) -> tuple[list[str], list[str] | None]:
        """(our render as a whole process, LibreOffice's conversion or None)."""
        compileall.compile_dir(ROOT / "bibagreements", quiet=1)  # as installed
        script = Path(sys.executable).with_name("bibagreements")
        program = [str(script)] if script.exists() else [sys.executable, "-m", "bibagreements"]
        ours = [*program, "--db", str(self.db_path), "render", str(self.id), "--format", "pdf",
                "-o", str(self.folder / "ours.pdf")]  # fmt: skip
        soffice = soffice_program()
        if soffice is None:
            return ours, None
        profile = self.folder / "lo-profile"
        lo = str(self.folder / "lo")
        theirs = [soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{profile}",
                  "--convert-to", "pdf", "--outdir", lo, str(self.docx)]  # fmt: skip
        subprocess.run(theirs, check=True, capture_output=True)  # its profile, created once
        return ours, theirs


def _process(command: list[str]) -> Callable[[], float]:
    return _ms(lambda: subprocess.run(command, check=True, capture_output=True, cwd=ROOT))


def process_figures(ref: Reference, runs: int) -> list[Figure]:
    ours, theirs = ref.process_commands()
    what = "`bibagreements render ID --format pdf`, whole process"
    if theirs is None:
        (samples,) = alternate(runs, _process(ours))
        print("LibreOffice not installed (apt-get install libreoffice-writer): no floor")
        return [at_most(what, median(samples), "ms", 0, COMMAND)]  # not met: no floor
    mine, lo = alternate(runs, _process(ours), _process(theirs))
    floor = "`soffice --headless --convert-to pdf` of its DOCX, whole process"
    return [ratio_at_least(what, median(mine), "ms", floor, median(lo), 3, COMMAND)]


def in_process_figures(ref: Reference, runs: int) -> list[Figure]:
    document = ref.document
    register_fonts()  # once per process, as the application does
    for warm in (render_pdf, reportlab_alone, render_docx, python_docx_alone):
        warm(document)
    # Each writer alternates with its own floor (python-docx's garbage would otherwise
    # land in the PDF pair's collections).
    pdf, rl = alternate(
        runs, _ms(lambda: render_pdf(document)), _ms(lambda: reportlab_alone(document))
    )
    docx, plain_docx = alternate(
        runs, _ms(lambda: render_docx(document)), _ms(lambda: python_docx_alone(document))
    )
    return [
        ratio_at_most(
            "PDF of the reference agreement, in-process (warm)",
            median(pdf),
            "ms",
            "reportlab platypus alone, same texts and fonts",
            median(rl),
            1.3,
            COMMAND,
        ),
        at_most(
            "DOCX of the reference agreement, in-process (warm)",
            median(docx),
            "ms",
            80,
            COMMAND,
            floor="python-docx alone, same texts unstyled",
            floor_value=median(plain_docx),
        ),
    ]


def large_title_figures() -> list[Figure]:
    """A 1 MB title and twice that: the time should about double (linear growth)."""
    seconds: dict[int, float] = {}
    for size in (1_000_000, 2_000_000):
        title = ("Överenskommelse om samarbete " * (size // 29 + 1))[:size]
        document = model.Document(title, title, "sv", "1", (model.Paragraph("Text"),))
        start = time.perf_counter()
        render_pdf(document)
        seconds[size] = time.perf_counter() - start
    one, two = seconds[1_000_000], seconds[2_000_000]
    return [
        at_most("PDF with a 1 MB title", one, "s", 10, COMMAND),
        ratio_at_most("PDF with a 2 MB title", two, "s", "the 1 MB title", one, 2.5, COMMAND),
    ]


def figures(quick: bool = False) -> list[Figure]:
    ref = Reference()
    result = process_figures(ref, 5 if quick else 15)
    result += in_process_figures(ref, 10 if quick else 40)
    if not quick:
        result += large_title_figures()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs, no 1 MB title")
    args = parser.parse_args(argv)
    for f in figures(args.quick):
        ratio = f" = {f.ratio:.2f}× {f.floor} ({f.floor_value:.1f})" if f.ratio else ""
        verdict = "met" if f.met else "MISSED"
        print(f"{f.what}: {f.value:.1f} {f.unit}{ratio}; target {f.target}: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
