"""An archive package of signed agreements for the e-archive (E-ARK SIP, CSIP 2.1).

Signed agreements are public records kept for good. ``archive_package``
gathers, per agreement, what a records officer hands over: the frozen version
the parties signed as PDF/A, the signed amendments the same way, each party's
signed copy as it was attached, and the minutes of the check-ins held (PDF/A).
The interchange JSON describes the agreements; PREMIS records the freezing,
each signing and each copy's capture. interchange.eark lays out the package.

An agreement that is not signed, whose signed version is not frozen, or for
which a party's signed copy is missing is refused with what is missing: an
archive package is complete or it is not made.
"""

from __future__ import annotations

import hashlib
import io
import json
import uuid
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path

from sqlalchemy import select

from bibagreements import __version__
from bibagreements.domain import clock
from bibagreements.domain.enums import (
    AgreementStatus,
    CheckinStatus,
    DocumentFormat,
    OrganisationKind,
)
from bibagreements.domain.problems import Problem
from bibagreements.domain.records import Agreement, Party
from bibagreements.domain.signature_checks import SignatureCheck, load_checks
from bibagreements.errors import BibError, ValidationError
from bibagreements.interchange.eark import (
    Agent,
    Event,
    PackageFile,
    PackageParts,
    Representation,
    package_mets,
    premis_xml,
    representation_mets,
)
from bibagreements.paths import resource_path
from bibagreements.storage.atomic import check_output, write_atomically
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import AgreementRow, AgreementVersionRow, SignedCopyRow

SIGNED = frozenset({AgreementStatus.ACTIVE, AgreementStatus.ENDED, AgreementStatus.TERMINATED})
_EXTENSIONS = {
    "application/pdf": "pdf",
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/tiff": "tif",
}
SCHEMA_FILES = (
    ("mets", "mets.xsd"),
    ("mets", "xlink.xsd"),
    ("mets", "DILCISExtensionMETS.xsd"),
    ("mets", "DILCISExtensionSIPMETS.xsd"),
    ("", "bibagreements-2.schema.json"),
)


@dataclass(frozen=True)
class ArchivedFile:
    path: str  # in the package
    size: int
    sha256: str


@dataclass(frozen=True)
class ArchivePackage:
    path: str
    package_id: str
    agreements: tuple[int, ...]
    files: tuple[ArchivedFile, ...]
    size: int
    sha256: str


@dataclass(frozen=True)
class _Copy:
    party: Party
    index: int
    row: SignedCopyRow


@dataclass(frozen=True)
class _Member:
    """One agreement (or amendment) going into the package, with what it needs."""

    agreement: Agreement
    number: int
    frozen_at: datetime
    languages: tuple[str, ...]
    copies: tuple[_Copy, ...]


def _missing(uow: UnitOfWork, a: Agreement) -> tuple[list[Problem], _Member | None]:
    """What keeps ``a`` out of an archive package, or what goes in."""
    assert a.id is not None
    if a.status not in SIGNED:
        return [
            Problem("archive_unsigned", "agreement", title=a.title, status=a.status.value)
        ], None
    version = uow.session.execute(
        select(
            AgreementVersionRow.number, AgreementVersionRow.frozen_at, AgreementVersionRow.content
        )
        .where(AgreementVersionRow.agreement_id == a.id)
        .order_by(AgreementVersionRow.number.desc())
        .limit(1)
    ).first()
    problems = []
    if version is None:
        problems.append(Problem("archive_not_frozen", "agreement", title=a.title))
    rows = list(
        uow.session.scalars(
            select(SignedCopyRow)
            .where(SignedCopyRow.agreement_id == a.id)
            .order_by(SignedCopyRow.added_at, SignedCopyRow.id)
        )
    )
    copies = []
    unscanned = []
    for index, party in enumerate(a.parties, start=1):
        found = [r for r in rows if r.organisation_id == party.organisation_id]
        if not found:
            unscanned.append(party.name)
        copies += [_Copy(party, index, r) for r in found]
    if unscanned:
        problems.append(
            Problem(
                "archive_scans_missing", "agreement", title=a.title, parties=", ".join(unscanned)
            )
        )
    if problems or version is None:
        return problems, None
    languages = tuple(sorted(json.loads(version.content)["documents"]))
    return [], _Member(a, version.number, version.frozen_at, languages, tuple(copies))


def _pdfa(uow: UnitOfWork, agreement_id: int, number: int, language: str) -> bytes:
    from bibagreements.services.document_files import document_bytes
    from bibagreements.services.versions import frozen_document

    _, document = frozen_document(uow, agreement_id, number, language)
    return document_bytes(document, DocumentFormat.PDF, archive=True)


def _member_files(
    uow: UnitOfWork, m: _Member, prefix: str, now: datetime
) -> tuple[list[PackageFile], list[Event]]:
    """``m``'s files (paths under the representation's data/) and their events."""
    from bibagreements.documents.builder import minutes_document
    from bibagreements.services.document_files import document_bytes
    from bibagreements.services.house_styles import styling_for

    a = m.agreement
    assert a.id is not None
    files: list[PackageFile] = []
    events: list[Event] = []
    versions = []
    for language in m.languages:
        path = f"{prefix}version-{m.number}-{language}.pdf"
        data = _pdfa(uow, a.id, m.number, language)
        files.append(PackageFile(path, data, "application/pdf", m.frozen_at, a.title))
        versions.append(path)
    events.append(
        Event(
            f"{prefix}freezing",
            "creation",
            m.frozen_at,
            f"Version {m.number} of “{a.title}” was frozen when it went out for signature; "
            "the PDF/A is rendered from it unchanged.",
            ("bibagreements",),
            tuple(versions),
        )
    )
    per_party: dict[int, int] = {}
    for n, c in enumerate(m.copies, start=1):
        data = c.row.content
        if hashlib.sha256(data).hexdigest() != c.row.sha256:
            raise BibError("checksum_mismatch", id=c.row.id)
        ext = _EXTENSIONS.get(c.row.media_type, "bin")
        per_party[c.index] = per_party.get(c.index, 0) + 1
        # Named by the party's place and a count, never by the user's file name.
        path = f"{prefix}signed/party-{c.index}-{per_party[c.index]}.{ext}"
        files.append(PackageFile(path, data, c.row.media_type, c.row.added_at, c.row.file_name))
        events.append(
            Event(
                f"{prefix}capture-{n}",
                "capture",
                c.row.added_at,
                f"The signed copy from {c.party.name} was attached ({c.row.file_name}).",
                (f"org-{c.party.organisation_id}",),
                (path,),
            )
        )
        checks = load_checks(c.row.signatures)
        if checks:
            events.append(
                Event(
                    f"{prefix}validation-{n}",
                    "validation",
                    checks[0].checked_at or c.row.added_at,
                    " ".join(_checked(check) for check in checks),
                    ("bibagreements",),
                    (path,),
                )
            )
    for index, party in enumerate(a.parties, start=1):
        if party.signed_on is None:
            continue
        place = f" in {party.signed_place}" if party.signed_place else ""
        events.append(
            Event(
                f"{prefix}signing-{index}",
                "signing",
                datetime.combine(party.signed_on, time()),
                f"Signed for {party.name}{place} on {party.signed_on.isoformat()}.",
                (f"org-{party.organisation_id}",),
                tuple(versions)
                + tuple(
                    f.path for f in files if f.path.startswith(f"{prefix}signed/party-{index}-")
                ),
            )
        )
    styling = styling_for(uow, (p.name for p in a.parties))
    for checkin in a.checkins:
        if checkin.status is not CheckinStatus.HELD:
            continue
        document = minutes_document(a, checkin, None, styling)
        data = document_bytes(document, DocumentFormat.PDF, archive=True)
        day = checkin.held_on or checkin.due
        path = f"{prefix}minutes/minutes-{day.isoformat()}.pdf"
        same_day = 1
        while any(f.path == path for f in files):  # two check-ins held on one day
            same_day += 1
            path = f"{prefix}minutes/minutes-{day.isoformat()}-{same_day}.pdf"
        files.append(PackageFile(path, data, "application/pdf", now, f"minutes {day.isoformat()}"))
    return files, events


def _checked(check: SignatureCheck) -> str:
    """One electronic signature as it was found when the file came in."""
    who = check.signer + (f" ({check.organisation})" if check.organisation else "")
    when = check.signed_at.isoformat(timespec="seconds") if check.signed_at else "no time given"
    problem = check.problem
    found = (
        f"intact, certificate trusted, on version {check.version}, nothing but signatures "
        "added after it"
        if problem is None
        else f"not counted ({problem.code})"
    )
    serial = f"certificate serial {check.serial}"
    return f"{check.field}: PAdES signature by {who}, {serial}, {when}: {found}."


def _amendments(uow: UnitOfWork, agreement_id: int) -> list[int]:
    """The signed amendments: one still in draft or out for signature is not yet the record."""
    query = (
        select(AgreementRow.id)
        .where(AgreementRow.amends_id == agreement_id, AgreementRow.status.in_(SIGNED))
        .order_by(AgreementRow.start_date, AgreementRow.id)
    )
    return list(uow.session.scalars(query))


def _archivist(agreements: Sequence[Agreement]) -> tuple[str, str]:
    """The organisation handing the package over: the region, else the first party."""
    parties = [p for a in agreements for p in a.parties if p.organisation is not None]
    region = next(
        (p for p in parties if p.organisation and p.organisation.kind is OrganisationKind.REGION),
        parties[0] if parties else None,
    )
    if region is None or region.organisation is None:
        return ("", "")
    return (region.organisation.name, region.organisation.org_number or "")


def _readme(objid: str, agreements: Sequence[Agreement], now: datetime) -> bytes:
    lines = [
        f"Informationspaket {objid}",
        "",
        f"Skapat {now.isoformat(sep=' ', timespec='seconds')} av bibagreements {__version__}.",
        "Paketet följer E-ARK CSIP 2.1 och E-ARK SIP 2.1 (FGS Paketstruktur 2.0).",
        "",
        "Innehåll, ett avsnitt under representations/ per avtal:",
    ]
    for a in agreements:
        lines.append(f"- {a.title} (avtal {a.id})")
    lines += [
        "",
        "Varje avtal: den fastställda version som parterna undertecknade (PDF/A), signerade",
        "ändringsavtal, varje parts inskannade underskrivna exemplar och protokollen från",
        "hållna avstämningar (PDF/A). metadata/descriptive/ innehåller avtalens uppgifter i",
        "bibagreements utbytesformat (JSON, schemat i schemas/); metadata/preservation/premis.xml",
        "beskriver låsning, underskrifter och inskanningar. METS.xml anger storlek och SHA-256",
        "för varje fil.",
        "",
    ]
    return "\n".join(lines).encode("utf-8")


def _schemas(now: datetime) -> list[PackageFile]:
    files = []
    for folder, name in SCHEMA_FILES:
        path = resource_path("schemas", folder, name) if folder else resource_path("schemas", name)
        kind = "application/json" if name.endswith(".json") else "application/xml"
        files.append(PackageFile(f"schemas/{name}", path.read_bytes(), kind, now))
    return files


def _gather(uow: UnitOfWork, agreement_ids: Sequence[int]) -> list[tuple[_Member, list[_Member]]]:
    from bibagreements.services.agreements import get_agreement

    problems: list[Problem] = []
    members = []
    for agreement_id in dict.fromkeys(agreement_ids):
        found, member = _missing(uow, get_agreement(uow, agreement_id))
        problems += found
        amendments = []
        for amendment_id in _amendments(uow, agreement_id):
            more, amendment = _missing(uow, get_agreement(uow, amendment_id))
            problems += more
            if amendment is not None:
                amendments.append(amendment)
        if member is not None:
            members.append((member, amendments))
    if problems:
        raise ValidationError(problems)
    return members


def build_package(
    uow: UnitOfWork, agreement_ids: Sequence[int], now: datetime | None = None
) -> tuple[str, dict[str, bytes]]:
    """The package's ID and its files (paths under the package folder)."""
    at = (now or clock.now()).replace(microsecond=0)
    members = _gather(uow, agreement_ids)
    objid = f"bibagreements-{at:%Y%m%d}-{uuid.uuid4()}"
    representations: list[tuple[Representation, PackageFile]] = []
    all_events: list[Event] = []
    data_files: list[PackageFile] = []
    agents: dict[str, Agent] = {
        "bibagreements": Agent("bibagreements", "bibagreements", "software")
    }
    for member, amendments in members:
        a = member.agreement
        name = f"agreement-{a.id}"
        files, events = _member_files(uow, member, "", at)
        for amendment in amendments:
            more, more_events = _member_files(
                uow, amendment, f"amendment-{amendment.agreement.id}/", at
            )
            files += more
            events += more_events
        for m in (member, *amendments):
            for p in m.agreement.parties:
                agents.setdefault(
                    f"org-{p.organisation_id}",
                    Agent(
                        f"org-{p.organisation_id}",
                        p.name,
                        "organization",
                        p.organisation.org_number or "" if p.organisation else "",
                    ),
                )
        rep = Representation(name, a.title, tuple(files))
        root = f"representations/{name}/"
        mets = PackageFile(
            f"{root}METS.xml", representation_mets(rep, objid, at, __version__), "text/xml", at
        )
        representations.append((rep, mets))
        data_files += [
            PackageFile(f"{root}data/{f.path}", f.data, f.media_type, f.created, f.label)
            for f in files
        ]
        all_events += [
            Event(
                f"{name}/{e.id}",  # unique across the package's agreements
                e.kind,
                e.at,
                e.detail,
                e.agents,
                tuple(f"{root}data/{o}" for o in e.objects),
            )
            for e in events
        ]

    from bibagreements.json_text import dumps
    from bibagreements.services.exporting import export_data

    agreements = [m.agreement for m, _ in members]
    ids = [
        i
        for m, amendments in members
        for i in (m.agreement.id, *(x.agreement.id for x in amendments))
    ]
    interchange = dumps(export_data(uow, [i for i in ids if i is not None], at.date())).encode()
    descriptive = PackageFile(
        "metadata/descriptive/agreements.json", interchange, "application/json", at
    )
    documentation = [
        PackageFile("documentation/README.txt", _readme(objid, agreements, at), "text/plain", at)
    ]
    schemas = _schemas(at)
    described = [*data_files, descriptive, *documentation, *schemas]
    all_events.append(
        Event(
            "package",
            "message digest calculation",
            at,
            "SHA-256 of every file, computed when the package was made.",
            ("bibagreements",),
            tuple(f.path for f in described),
        )
    )
    premis = PackageFile(
        "metadata/preservation/premis.xml",
        premis_xml(described, list(agents.values()), all_events),
        "text/xml",
        at,
    )
    label = agreements[0].title if len(agreements) == 1 else f"{len(agreements)} agreements"
    parts = PackageParts(descriptive, premis, tuple(documentation), tuple(schemas))
    root_mets = package_mets(
        objid, label, at, __version__, _archivist(agreements), parts, representations
    )
    package = {
        "METS.xml": root_mets,
        premis.path: premis.data,
        descriptive.path: descriptive.data,
        **{f.path: f.data for f in documentation + schemas},
        **{mets.path: mets.data for _, mets in representations},
        **{f.path: f.data for f in data_files},
    }
    return objid, package


def archive_package(
    uow: UnitOfWork, agreement_ids: Sequence[int], output: Path, now: datetime | None = None
) -> ArchivePackage:
    """Write the package of ``agreement_ids`` as a zip (one folder, named by its ID)."""
    target = check_output(output)
    if target.suffix.lower() != ".zip":
        raise ValidationError([Problem("wrong_suffix", "output", kind="ZIP", suffix="zip")])
    objid, files = build_package(uow, agreement_ids, now)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, data in files.items():
            archive.writestr(f"{objid}/{path}", data)
    data = buffer.getvalue()
    write_atomically(target, data)
    return ArchivePackage(
        str(target),
        objid,
        tuple(dict.fromkeys(agreement_ids)),
        tuple(
            ArchivedFile(path, len(content), hashlib.sha256(content).hexdigest())
            for path, content in files.items()
        ),
        len(data),
        hashlib.sha256(data).hexdigest(),
    )
