"""The interchange file's "library": clauses and templates, written, read and checked.

``{"clauses": [...], "templates": [...], "house_styles": [...]}``; the house
styles are checked and stored by services.house_style_exchange. A template's
item is also what the database keeps as the template's content
(services.templates): one shape, one reader.
"""

from __future__ import annotations

from typing import Any

from bibagreements.domain.enums import AgreementKind, Cadence, Language
from bibagreements.domain.library import AgreementTemplate, Clause
from bibagreements.domain.limits import clause_text_problems, template_text_problems
from bibagreements.domain.placeholders import text_problems
from bibagreements.domain.problems import PathPart, Problem
from bibagreements.domain.records import Area, GoverningDocument, Section
from bibagreements.interchange.parsing import optional_date

# A template's content: what its item has besides these columns.
TEMPLATE_COLUMNS = ("uid", "name", "kind", "language", "cadence", "house_style")


def _day(value: Any) -> str | None:
    return value.isoformat() if value else None


def sections_item(sections: tuple[Section, ...]) -> list[dict[str, Any]]:
    """An agreement's or template's sections; "filled" only on a clause's (as version 1)."""
    return [
        {"heading": s.heading, "text": s.text, **({"filled": True} if s.filled else {})}
        for s in sections
    ]


def sections_from(items: list[dict[str, Any]]) -> tuple[Section, ...]:
    return tuple(
        Section(heading=s["heading"], text=s.get("text", ""), filled=bool(s.get("filled", False)))
        for s in items
    )


def clause_item(c: Clause) -> dict[str, Any]:
    return {
        "uid": c.uid,
        "category": c.category,
        "heading": c.heading,
        "body": c.body,
        "language": c.language.value,
    }


def clause_from(item: dict[str, Any]) -> Clause:
    return Clause(
        uid=item["uid"],
        category=item.get("category", ""),
        heading=item["heading"],
        body=item.get("body", ""),
        language=Language(item["language"]),
    )


def template_content(t: AgreementTemplate) -> dict[str, Any]:
    """The template's content, as its item has it and the database keeps it."""
    return {
        "programme": t.programme,
        "development_area": t.development_area,
        "purpose": t.purpose,
        "background": t.background,
        "governing_documents": [
            {
                "title": d.title,
                "owner": d.owner,
                "period_start_year": d.period_start_year,
                "period_end_year": d.period_end_year,
                "adopted_on": _day(d.adopted_on),
                "adopted_by": d.adopted_by,
            }
            for d in t.governing_documents
        ],
        "areas": [{"title": x.title, "description": x.description} for x in t.areas],
        "sections": sections_item(t.sections),
    }


def template_item(t: AgreementTemplate) -> dict[str, Any]:
    return {
        "uid": t.uid,
        "name": t.name,
        "kind": t.kind.value,
        "language": t.language.value,
        "cadence": t.cadence.value,
        "house_style": t.house_style,
        **template_content(t),
    }


def template_from(item: dict[str, Any]) -> AgreementTemplate:
    """The template of an item (or of a row's columns and content, merged)."""
    return AgreementTemplate(
        uid=item.get("uid"),
        name=item["name"],
        kind=AgreementKind(item["kind"]),
        language=Language(item["language"]),
        cadence=Cadence(item.get("cadence", Cadence.HALF_YEARLY.value)),
        house_style=item.get("house_style", ""),
        programme=item.get("programme", ""),
        development_area=item.get("development_area", ""),
        purpose=item.get("purpose", ""),
        background=item.get("background", ""),
        governing_documents=tuple(
            GoverningDocument(
                title=d["title"],
                owner=d.get("owner", ""),
                period_start_year=d.get("period_start_year"),
                period_end_year=d.get("period_end_year"),
                adopted_on=optional_date(d.get("adopted_on")),
                adopted_by=d.get("adopted_by", ""),
            )
            for d in item.get("governing_documents", [])
        ),
        areas=tuple(
            Area(title=x["title"], description=x.get("description", ""))
            for x in item.get("areas", [])
        ),
        sections=sections_from(item.get("sections", [])),
    )


def library_item(
    clauses: list[Clause],
    templates: list[AgreementTemplate],
    house_styles: list[dict[str, Any]] | None = None,
) -> dict[str, Any] | None:
    """The document's "library", or None when there is nothing in it (not written then).

    The house styles' items come made (services.house_style_exchange), and only when any.
    """
    if not clauses and not templates and not house_styles:
        return None
    return {
        "clauses": [clause_item(c) for c in clauses],
        "templates": [template_item(t) for t in templates],
        **({"house_styles": house_styles} if house_styles else {}),
    }


def clause_problems(c: Clause) -> list[Problem]:
    """A clause's own problems: a heading, and a body that can be filled."""
    problems = [] if c.heading.strip() else [Problem("empty", "heading")]
    return problems + clause_text_problems(c) + text_problems(c.body, "body")


def template_problems(t: AgreementTemplate) -> list[Problem]:
    problems = [] if t.name.strip() else [Problem("empty", "name")]
    problems += template_text_problems(t)
    for i, section in enumerate(t.sections):
        if not section.heading.strip():
            problems.append(Problem("empty", "sections", i, "heading"))
        if section.filled:
            problems += text_problems(section.text, "sections", i, "text")
    for i, area in enumerate(t.areas):
        if not area.title.strip():
            problems.append(Problem("empty", "areas", i, "title"))
    for i, doc in enumerate(t.governing_documents):
        if not doc.title.strip():
            problems.append(Problem("empty", "governing_documents", i, "title"))
    return problems


def library_problems(library: dict[str, Any] | None) -> list[Problem]:
    """Every problem of a (schema-valid) "library": its items', uids and names twice."""
    if not library:
        return []
    problems: list[Problem] = []
    for key, check in (("clauses", _clause_item_problems), ("templates", _template_item_problems)):
        seen: set[str] = set()
        for k, item in enumerate(library.get(key, [])):
            here: tuple[PathPart, ...] = ("library", key, k)
            if item["uid"] in seen:
                problems.append(Problem("uid_twice", *here, "uid", uid=item["uid"]))
            seen.add(item["uid"])
            problems += [p.within(*here) for p in check(item)]
    names: set[str] = set()
    for k, item in enumerate(library.get("templates", [])):
        name = item["name"].strip().casefold()
        if name in names:
            problems.append(
                Problem("template_name_taken", "library", "templates", k, "name", name=item["name"])
            )
        names.add(name)
    return problems


def _clause_item_problems(item: dict[str, Any]) -> list[Problem]:
    return clause_problems(clause_from(item))


def _template_item_problems(item: dict[str, Any]) -> list[Problem]:
    return template_problems(template_from(item))
