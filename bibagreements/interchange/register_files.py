"""The register list as a file for the registrar: CSV or XLSX, with Swedish headings.

One row per agreement; then, per party, its name, organisation number,
registry number (diarienummer) and signing date. The XLSX has a second sheet
with one row per party, for filtering by one registry. Text is written as
text: a title beginning with "=" is a title in the spreadsheet, never a
formula (in the CSV such a cell starts with an apostrophe, as spreadsheet
programs expect).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date

from bibagreements.domain.register import RegisterEntry

KINDS = {
    "cooperation": "överenskommelse om samarbete",
    "framework": "samverkansavtal",
    "project": "projektavtal",
    "amendment": "ändringsavtal",
}
STATUSES = {
    "draft": "utkast",
    "out_for_signature": "väntar på underskrift",
    "active": "gällande",
    "ended": "avslutat",
    "terminated": "uppsagt",
}
HEADINGS = (
    "Nr",
    "Rubrik",
    "Kort rubrik",
    "Avtalstyp",
    "Status",
    "Från och med",
    "Till och med",
    "Undertecknat slutdatum",
    "Utvecklingsområde",
    "Förnyar",
    "Ändrar",
    "Samverkansavtal",
    "Låsta versioner",
)
PARTY_HEADINGS = ("Part {n}", "Organisationsnummer {n}", "Diarienummer {n}", "Undertecknat {n}")
PARTY_SHEET = (
    "Nr",
    "Rubrik",
    "Part",
    "Organisationsnummer",
    "Diarienummer",
    "Undertecknat",
    "Ort",
    "Lämnade avtalet",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int | date | None


def _agreement_cells(e: RegisterEntry) -> list[Cell]:
    return [
        e.id,
        e.title,
        e.short_title,
        KINDS.get(e.kind.value, e.kind.value),
        STATUSES.get(e.status.value, e.status.value),
        e.start,
        e.end,
        e.signed_end,
        e.development_area,
        e.renews,
        e.amends,
        e.framework,
        e.versions,
    ]


def _rows(entries: Sequence[RegisterEntry]) -> tuple[list[str], list[list[Cell]]]:
    most = max((len(e.parties) for e in entries), default=0)
    header = list(HEADINGS) + [h.format(n=n) for n in range(1, most + 1) for h in PARTY_HEADINGS]
    rows = []
    for e in entries:
        cells = _agreement_cells(e)
        for p in e.parties:
            cells += [p.name, p.org_number, p.registry_number, p.signed_on]
        cells += [None] * (len(header) - len(cells))
        rows.append(cells)
    return header, rows


def _csv_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def register_csv(entries: Sequence[RegisterEntry]) -> bytes:
    """Semicolons and a byte-order mark: what Excel on a Swedish PC opens as columns."""
    header, rows = _rows(entries)
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_csv_text(c) for c in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def register_xlsx(entries: Sequence[RegisterEntry]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.worksheet import Worksheet

    book = Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    sheet.title = "Avtal"
    header, rows = _rows(entries)
    party_rows: list[list[Cell]] = [
        [
            e.id,
            e.title,
            p.name,
            p.org_number,
            p.registry_number,
            p.signed_on,
            p.signed_place,
            p.left_on,
        ]
        for e in entries
        for p in e.parties
    ]
    parties = book.create_sheet("Parter")
    for target, head, body in ((sheet, header, rows), (parties, list(PARTY_SHEET), party_rows)):
        _fill(target, head, body)
        for cell in target[1]:
            cell.font = Font(bold=True)
        target.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _fill(sheet: object, header: list[str], rows: list[list[Cell]]) -> None:
    from openpyxl.worksheet.worksheet import Worksheet

    assert isinstance(sheet, Worksheet)
    widths = [len(h) for h in header]
    table: list[list[Cell]] = [list(header), *rows]
    for r, row in enumerate(table, start=1):
        for c, value in enumerate(row, start=1):
            if value is None or value == "":
                continue
            cell = sheet.cell(row=r, column=c)
            cell.value = value
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the text begins with
            elif isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
            widths[c - 1] = max(widths[c - 1], min(len(str(value)), 60))
    from openpyxl.utils import get_column_letter

    for c, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width + 2
