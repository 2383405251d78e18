"""Names people read for the domain's stable identifiers, and how a status looks."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QPointF, Qt
from PySide6.QtGui import QColor

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

from bibagreements.domain.enums import (
    AgreementKind,
    AgreementStatus,
    Cadence,
    Language,
    NoticeRule,
    OrganisationKind,
)

if TYPE_CHECKING:
    from bibagreements.domain.records import StatusOnDay
    from bibagreements.services.amendments import Relations

translate = QCoreApplication.translate

ISO_FORMAT = "yyyy-MM-dd"  # Qt's date format for ISO 8601 dates, as Swedes write them


def to_date(qdate: QDate) -> date:
    """A QDate as a ``date`` (``toPython()`` is typed as returning any object)."""
    return date(qdate.year(), qdate.month(), qdate.day())


def kind_label(kind: AgreementKind) -> str:
    return {
        AgreementKind.COOPERATION: translate("Labels", "Cooperation agreement"),
        AgreementKind.FRAMEWORK: translate("Labels", "Framework agreement"),
        AgreementKind.PROJECT: translate("Labels", "Project agreement"),
        AgreementKind.AMENDMENT: translate("Labels", "Amendment"),
    }[kind]


def status_label(status: AgreementStatus) -> str:
    return {
        AgreementStatus.DRAFT: translate("Labels", "Draft"),
        AgreementStatus.OUT_FOR_SIGNATURE: translate("Labels", "Out for signature"),
        AgreementStatus.ACTIVE: translate("Labels", "Active"),
        AgreementStatus.ENDED: translate("Labels", "Ended"),
        AgreementStatus.TERMINATED: translate("Labels", "Terminated"),
    }[status]


def cadence_label(cadence: Cadence) -> str:
    return {
        Cadence.HALF_YEARLY: translate("Labels", "Half-yearly"),
        Cadence.QUARTERLY: translate("Labels", "Quarterly"),
        Cadence.YEARLY: translate("Labels", "Yearly"),
        Cadence.NONE: translate("Labels", "No check-ins"),
    }[cadence]


def notice_rule_label(rule: NoticeRule) -> str:
    return {
        NoticeRule.BEFORE_END: translate("Labels", "before the end of the term"),
        NoticeRule.MONTH_END: translate("Labels", "to the end of a month"),
        NoticeRule.QUARTER_END: translate("Labels", "to the end of a quarter"),
    }[rule]


def language_label(language: Language) -> str:
    return {
        Language.SV: translate("Labels", "Swedish"),
        Language.EN: translate("Labels", "English"),
    }[language]


def organisation_kind_label(kind: OrganisationKind) -> str:
    return {
        OrganisationKind.REGION: translate("Labels", "Region"),
        OrganisationKind.MUNICIPALITY: translate("Labels", "Municipality"),
        OrganisationKind.LIBRARY: translate("Labels", "Library"),
        OrganisationKind.NATIONAL_BODY: translate("Labels", "National body"),
        OrganisationKind.OTHER: translate("Labels", "Other"),
    }[kind]


def iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def period_text(start: date | None, end: date | None) -> str:
    """``2019-11-08 – 2020-12-31``; an open end is shown as an ellipsis."""
    if start is None and end is None:
        return ""
    return f"{start.isoformat() if start else '…'} – {end.isoformat() if end else '…'}"


def state_label(state: StatusOnDay) -> str:
    """The status on a day with what the calendar adds: "Draft (period passed)" …"""
    label = status_label(state.status)
    if state.period_passed:
        return translate("Labels", "{0} (period passed)").format(label)
    if state.status is AgreementStatus.ACTIVE and not state.in_force:
        return translate("Labels", "Signed, not yet in force")
    if state.extended and state.in_force:
        return translate("Labels", "{0} (extended)").format(label)
    return label


def state_period_text(start: date | None, state: StatusOnDay) -> str:
    """The period, to the end of the current term when extended automatically."""
    return period_text(start, state.end if state.extended else state.first_end)


# Colour and shape per status: the shape and the text carry the meaning for
# people who cannot tell the colours apart.
STATUS_STYLE: dict[AgreementStatus, tuple[str, str]] = {
    AgreementStatus.DRAFT: ("#6b6b6b", "pencil"),
    AgreementStatus.OUT_FOR_SIGNATURE: ("#b25e00", "triangle"),
    AgreementStatus.ACTIVE: ("#1e7b34", "circle"),
    AgreementStatus.ENDED: ("#3b5b8c", "square"),
    AgreementStatus.TERMINATED: ("#b3261e", "cross"),
}


def status_colour(status: AgreementStatus) -> QColor:
    return QColor(STATUS_STYLE[status][0])


@cache
def status_icon(status: AgreementStatus) -> QIcon:
    # Imported here: the painting classes are not needed to open the window.
    from PySide6.QtGui import QIcon, QPainter, QPixmap, QPolygonF

    colour, shape = STATUS_STYLE[status]
    size = 32
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen_colour = QColor(colour)
    painter.setBrush(pen_colour)
    painter.setPen(Qt.PenStyle.NoPen)
    m = 5.0
    if shape == "circle":
        painter.drawEllipse(QPointF(size / 2, size / 2), size / 2 - m, size / 2 - m)
    elif shape == "square":
        painter.drawRect(int(m) + 2, int(m) + 2, size - 2 * int(m) - 4, size - 2 * int(m) - 4)
    elif shape == "triangle":
        painter.drawPolygon(
            QPolygonF([QPointF(size / 2, m), QPointF(size - m, size - m), QPointF(m, size - m)])
        )
    elif shape == "cross":
        pen = painter.pen()
        pen.setColor(pen_colour)
        pen.setWidthF(6)
        pen.setStyle(Qt.PenStyle.SolidLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(m + 2, m + 2), QPointF(size - m - 2, size - m - 2))
        painter.drawLine(QPointF(size - m - 2, m + 2), QPointF(m + 2, size - m - 2))
    else:  # pencil-like outline: a hollow diamond
        pen = painter.pen()
        pen.setColor(pen_colour)
        pen.setWidthF(4)
        pen.setStyle(Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(size / 2, m),
                    QPointF(size - m, size / 2),
                    QPointF(size / 2, size - m),
                    QPointF(m, size / 2),
                ]
            )
        )
    painter.end()
    return QIcon(pixmap)


def relation_lines(r: Relations) -> list[str]:
    """Renews / renewed by, amends / amended by, part of / project agreements, in words."""
    lines = []
    singles = (
        (translate("Labels", "Renews: {0}"), r.renews),
        (translate("Labels", "Amends: {0}"), r.amends),
        (translate("Labels", "Part of: {0}"), r.part_of),
    )
    for text, one in singles:
        if one is not None:
            lines.append(text.format(one.title))
    many = (
        (translate("Labels", "Renewed by: {0}"), r.renewed_by),
        (translate("Labels", "Amended by: {0} ({1})"), r.amended_by),
        (translate("Labels", "Project agreement: {0}"), r.projects),
    )
    for text, items in many:
        lines += [text.format(x.title, status_label(x.status)) for x in items]
    return lines
