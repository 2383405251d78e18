"""Benchmark: rendering the reference agreement, beside LibreOffice's conversion.

    python tests/bench/bench_documents.py [--runs N]

Prints warm in-process medians for PDF and DOCX (targets: < 50 ms and < 80 ms)
and, in the same run, how long `soffice --headless --convert-to pdf` needs to
turn our DOCX into a PDF — the route coordinators take today — and the ratio.
Then the time for a 1 MB title and twice that (rendering time grows linearly:
the larger should take about twice as long, target < 10 s for 1 MB).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bibagreements.documents.builder import agreement_document
from bibagreements.documents.docx_writer import render_docx
from bibagreements.documents.model import Document, Paragraph
from bibagreements.documents.pdf_writer import render_pdf
from bibagreements.services.agreements import get_agreement, list_agreements
from bibagreements.services.demo import REFERENCE_TITLE, load_demo
from bibagreements.storage.database import open_database


def median_ms(func: Callable[[], object], runs: int) -> float:
    func()  # warm: fonts registered, modules imported
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def soffice_ms(docx: Path, runs: int) -> float | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    profile = Path(tempfile.mkdtemp()) / "profile"
    times = []
    for _ in range(runs):
        out = Path(tempfile.mkdtemp())
        start = time.perf_counter()
        subprocess.run(
            [soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{profile}",
             "--convert-to", "pdf", "--outdir", str(out), str(docx)],
            check=True, capture_output=True,
        )  # fmt: skip
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp())
    db = open_database(str(folder / "bench.sqlite3"))
    with db.unit_of_work() as uow:
        load_demo(uow)
        ref = next(s.id for s in list_agreements(uow) if s.title == REFERENCE_TITLE)
        agreement = get_agreement(uow, ref)

    def pdf() -> bytes:
        return render_pdf(agreement_document(agreement))

    def docx() -> bytes:
        return render_docx(agreement_document(agreement))

    pdf_ms, docx_ms = median_ms(pdf, args.runs), median_ms(docx, args.runs)
    print(
        f"PDF  (reference agreement, warm, median of {args.runs}): {pdf_ms:6.1f} ms  (target < 50)"
    )
    print(
        f"DOCX (reference agreement, warm, median of {args.runs}): {docx_ms:6.1f} ms  (target < 80)"
    )
    docx_path = folder / "reference.docx"
    docx_path.write_bytes(docx())
    lo = soffice_ms(docx_path, max(3, args.runs // 10))
    if lo is None:
        print("LibreOffice not installed (apt-get install libreoffice-writer) - no comparison")
    else:
        print(f"LibreOffice DOCX -> PDF (median):                {lo:6.0f} ms")
        print(f"ratio LibreOffice / our PDF:                     {lo / pdf_ms:6.0f}x")
    for size in (1_000_000, 2_000_000):
        title = ("Överenskommelse om samarbete " * (size // 29 + 1))[:size]
        document = Document(title, title, "sv", "1", (Paragraph("Text"),))
        start = time.perf_counter()
        render_pdf(document)
        pdf_s = time.perf_counter() - start
        start = time.perf_counter()
        render_docx(document)
        print(
            f"{size // 1_000_000} MB title: PDF {pdf_s:5.1f} s, "
            f"DOCX {time.perf_counter() - start:5.1f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
