"""Agreements to import, written here in the reference agreement's shape (DOCX and text)."""

from __future__ import annotations

from pathlib import Path

TITLE = (
    "Överenskommelse om samarbete mellan Region Skånes kulturförvaltning "
    "och Biblioteken i Kristianstad"
)
REGION = "Region Skånes kulturförvaltning"
CITY = "Biblioteken i Kristianstad"
AREAS = (
    "Stadsbiblioteket deltar i den regionala arbetsgruppen för Digitalt först med användaren "
    "i fokus, som sammankallas av regionen",
    "Kompetensutveckling för bibliotekspersonal i hela Skåne inom det digitala området, med "
    "fokus på barn och unga",
    "Spridning av information och erfarenheter till andra kommuner",
)

# (heading, paragraphs); a paragraph starting with "• " is a list item.
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Parter",
        (
            f"Parterna utgörs av {REGION} (org.nr 232100-0255) och {CITY}.",
            f"{CITY} består av ett stadsbibliotek, elva filialer, en utlåningsstation, en "
            "bokbuss med omkring 70 hållplatser och ett digitalt bibliotek.",
        ),
    ),
    (
        "Inledning och syfte",
        (
            "Syftet med överenskommelsen är att synliggöra relationen mellan parterna och att "
            "peka ut de samverkansområden som parterna gemensamt har identifierat.",
        ),
    ),
    (
        "Giltighetstid",
        (
            "Överenskommelsen gäller från och med 2019-11-08 till och med 2020-12-31, vilket "
            "motsvarar projektperioden för Digitalt först med användaren i fokus.",
        ),
    ),
    (
        "Bakgrund",
        (
            "Samarbetet utgår från Regional kulturplan för Skåne 2016–2019, Regional "
            "biblioteksplan 2017–2020 Region Skåne och Biblioteksplan för Kristianstads kommun "
            "2019–2022, antagen av kommunfullmäktige 2019-03-12.",
            "Digital delaktighet är en demokratifråga. Barn och unga ska utveckla digital "
            "kompetens och källkritik, och barnkonventionen blir svensk lag i januari 2020.",
        ),
    ),
    (
        "Samverkansområden",
        (
            "Parterna har identifierat följande samverkansområden:",
            *(f"• {area}" for area in AREAS),
            "Särskilda samarbeten genomförs som projekt och regleras i separata avtal som anger "
            "mål, syfte, finansiering och genomförande.",
        ),
    ),
    (
        "Avstämning",
        (
            "Varje part utser en kontaktperson. Avstämning sker halvårsvis.",
        ),
    ),
)  # fmt: skip
SIGNATURES = ((CITY, "Anna Andersson"), (REGION, "Bertil Berg"))
PLACE_DATE = "Malmö 2019-11-08"


def write_reference_docx(path: Path, *, bold_headings: bool = False) -> Path:
    """The reference agreement as Word writes it: styles, or (messy) bold paragraphs."""
    import docx

    document = docx.Document()
    document.add_heading(TITLE, level=0)
    for number, (heading, paragraphs) in enumerate(SECTIONS, 1):
        if bold_headings:
            document.add_paragraph().add_run(f"{number}. {heading}").bold = True
        else:
            document.add_heading(heading, level=1)
        for text in paragraphs:
            if text.startswith("• "):
                document.add_paragraph(text[2:], style="List Bullet")
            else:
                document.add_paragraph(text.replace(" ", "\u00a0", 3))
    if bold_headings:
        document.add_paragraph().add_run("Underskrifter").bold = True
    else:
        document.add_heading("Underskrifter", level=1)
    document.add_paragraph(PLACE_DATE)
    table = document.add_table(rows=3, cols=2)
    for column, (party, person) in enumerate(SIGNATURES):
        table.cell(0, column).text = f"För {party}"
        table.cell(1, column).text = "____________________________"
        table.cell(2, column).text = person
    document.save(str(path))
    return path


def reference_text() -> str:
    """The same agreement saved as text: CRLF, non-breaking spaces, tabs between columns."""
    lines = [TITLE, ""]
    for heading, paragraphs in SECTIONS:
        lines += [heading, ""]
        for text in paragraphs:
            lines.append(("•\t" + text[2:]) if text.startswith("• ") else text)
            lines.append("")
    lines += ["Underskrifter", "", PLACE_DATE.replace(" ", "\u00a0"), ""]
    lines.append("\t".join(f"För {party}" for party, _ in SIGNATURES))
    lines.append("")
    lines.append("\t\t".join("____________________" for _ in SIGNATURES))
    lines.append("\t\t".join(person for _, person in SIGNATURES))
    return "\r\n".join(lines).replace("gäller från", "gäller\u00a0från")
