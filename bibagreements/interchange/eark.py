"""An E-ARK SIP (CSIP 2.1), the package Riksarkivet's FGS Paketstruktur 2.0 now is.

This module lays the package out: the files given, a METS file per
representation and one for the package, listing every file with its size,
creation time and SHA-256, and the PREMIS file the package's METS points to.
services.archive gathers the files. Layout (CSIP 2.1, section 5)::

    ID/METS.xml
    ID/metadata/descriptive/…        (the interchange JSON)
    ID/metadata/preservation/premis.xml
    ID/documentation/…
    ID/schemas/…
    ID/representations/NAME/METS.xml
    ID/representations/NAME/data/…

Texts (titles, names, file names) go into XML as text and attribute values
through ElementTree, which escapes them; nothing is interpreted.
"""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

METS = "http://www.loc.gov/METS/"
CSIP = "https://DILCIS.eu/XML/METS/CSIPExtensionMETS"
SIP = "https://DILCIS.eu/XML/METS/SIPExtensionMETS"
XLINK = "http://www.w3.org/1999/xlink"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
PREMIS = "http://www.loc.gov/premis/v3"
SIP_PROFILE = "https://earksip.dilcis.eu/profile/E-ARK-SIP.xml"
CONTENT_CATEGORY = "Textual works – Digital"  # CSIP's vocabulary: the PDF/A documents
CONTENT_TYPE = "bibagreements agreement"  # ours: no CITS describes agreements

for _prefix, _uri in (
    ("mets", METS),
    ("csip", CSIP),
    ("sip", SIP),
    ("xlink", XLINK),
    ("xsi", XSI),
    ("premis", PREMIS),
):
    ET.register_namespace(_prefix, _uri)


def _m(tag: str) -> str:
    return f"{{{METS}}}{tag}"


def _timestamp(at: datetime) -> str:
    return at.replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class PackageFile:
    """One file of a package: where it goes (POSIX, relative), its bytes and type."""

    path: str
    data: bytes
    media_type: str
    created: datetime
    label: str = ""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class Representation:
    """One agreement's documents: its frozen version, amendments, signed copies, minutes."""

    name: str  # the folder under representations/
    label: str  # the agreement's title
    files: tuple[PackageFile, ...]  # paths relative to the representation's data/


@dataclass(frozen=True)
class Agent:
    """A PREMIS agent: a party, or the program."""

    id: str
    name: str
    kind: str  # "organization" or "software"
    identifier: str = ""  # an organisation number, where known


@dataclass(frozen=True)
class Event:
    """A PREMIS event: a signing, a freezing, a scan's capture."""

    id: str
    kind: str  # "signing", "creation", "capture", "message digest calculation"
    at: datetime
    detail: str
    agents: tuple[str, ...] = ()
    objects: tuple[str, ...] = ()  # package paths of the files concerned


@dataclass
class _Ids:
    """xml:id values: unique in the file, and never from user text."""

    counts: dict[str, int] = field(default_factory=dict)

    def next(self, prefix: str) -> str:
        self.counts[prefix] = self.counts.get(prefix, 0) + 1
        return f"{prefix}-{self.counts[prefix]}"


def _root(objid: str, label: str, created: datetime, schemas: str) -> tuple[ET.Element, ET.Element]:
    """The ``mets`` element and its header."""
    root = ET.Element(
        _m("mets"),
        {
            "OBJID": objid,
            "LABEL": label,
            "TYPE": CONTENT_CATEGORY,
            f"{{{CSIP}}}CONTENTINFORMATIONTYPE": "OTHER",
            f"{{{CSIP}}}OTHERCONTENTINFORMATIONTYPE": CONTENT_TYPE,
            "PROFILE": SIP_PROFILE,
            f"{{{XSI}}}schemaLocation": (
                f"{METS} {schemas}mets.xsd {XLINK} {schemas}xlink.xsd "
                f"{CSIP} {schemas}DILCISExtensionMETS.xsd "
                f"{SIP} {schemas}DILCISExtensionSIPMETS.xsd"
            ),
        },
    )
    header = ET.SubElement(
        root,
        _m("metsHdr"),
        {
            "CREATEDATE": _timestamp(created),
            "LASTMODDATE": _timestamp(created),
            "RECORDSTATUS": "NEW",
            f"{{{CSIP}}}OAISPACKAGETYPE": "SIP",
        },
    )
    return root, header


def _software_agent(header: ET.Element, version: str) -> None:
    agent = ET.SubElement(
        header, _m("agent"), {"ROLE": "CREATOR", "TYPE": "OTHER", "OTHERTYPE": "SOFTWARE"}
    )
    ET.SubElement(agent, _m("name")).text = "bibagreements"
    ET.SubElement(agent, _m("note"), {f"{{{CSIP}}}NOTETYPE": "SOFTWARE VERSION"}).text = version


def _organisation_agent(header: ET.Element, role: str, name: str, identifier: str) -> None:
    agent = ET.SubElement(header, _m("agent"), {"ROLE": role, "TYPE": "ORGANIZATION"})
    ET.SubElement(agent, _m("name")).text = name
    if identifier:
        note = ET.SubElement(agent, _m("note"), {f"{{{CSIP}}}NOTETYPE": "IDENTIFICATIONCODE"})
        note.text = identifier


def _file(group: ET.Element, ids: _Ids, f: PackageFile, href: str) -> str:
    file_id = ids.next("file")
    element = ET.SubElement(
        group,
        _m("file"),
        {
            "ID": file_id,
            "MIMETYPE": f.media_type,
            "SIZE": str(len(f.data)),
            "CREATED": _timestamp(f.created),
            "CHECKSUM": f.sha256,
            "CHECKSUMTYPE": "SHA-256",
        },
    )
    ET.SubElement(
        element,
        _m("FLocat"),
        {"LOCTYPE": "URL", f"{{{XLINK}}}type": "simple", f"{{{XLINK}}}href": href},
    )
    return file_id


def _md_ref(parent: ET.Element, f: PackageFile, mdtype: str, other: str = "") -> None:
    attributes = {
        "LOCTYPE": "URL",
        f"{{{XLINK}}}type": "simple",
        f"{{{XLINK}}}href": f.path,
        "MDTYPE": mdtype,
        "MIMETYPE": f.media_type,
        "SIZE": str(len(f.data)),
        "CREATED": _timestamp(f.created),
        "CHECKSUM": f.sha256,
        "CHECKSUMTYPE": "SHA-256",
    }
    if other:
        attributes["OTHERMDTYPE"] = other
    ET.SubElement(parent, _m("mdRef"), attributes)


def _xml(root: ET.Element) -> bytes:
    ET.indent(root)
    text: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return text + b"\n"


def representation_mets(rep: Representation, objid: str, created: datetime, version: str) -> bytes:
    """The METS of one representation: its data files, each with its checksum."""
    ids = _Ids()
    root, header = _root(f"{objid}/{rep.name}", rep.label, created, "../../schemas/")
    _software_agent(header, version)
    files = ET.SubElement(root, _m("fileSec"), {"ID": ids.next("filesec")})
    group = ET.SubElement(
        files,
        _m("fileGrp"),
        {
            "ID": ids.next("filegrp"),
            "USE": "Data",
            f"{{{CSIP}}}CONTENTINFORMATIONTYPE": "OTHER",
            f"{{{CSIP}}}OTHERCONTENTINFORMATIONTYPE": CONTENT_TYPE,
        },
    )
    file_ids = [_file(group, ids, f, f"data/{f.path}") for f in rep.files]
    structure = ET.SubElement(
        root, _m("structMap"), {"ID": ids.next("structmap"), "TYPE": "PHYSICAL", "LABEL": "CSIP"}
    )
    top = ET.SubElement(structure, _m("div"), {"ID": ids.next("div"), "LABEL": rep.name})
    data = ET.SubElement(top, _m("div"), {"ID": ids.next("div"), "LABEL": "Data"})
    for file_id in file_ids:
        ET.SubElement(data, _m("fptr"), {"FILEID": file_id})
    return _xml(root)


@dataclass(frozen=True)
class PackageParts:
    """What the package's own METS lists besides the representations."""

    descriptive: PackageFile  # metadata/descriptive/…
    preservation: PackageFile  # metadata/preservation/premis.xml
    documentation: tuple[PackageFile, ...]
    schemas: tuple[PackageFile, ...]


def package_mets(
    objid: str,
    label: str,
    created: datetime,
    version: str,
    creator: tuple[str, str],
    parts: PackageParts,
    representations: Sequence[tuple[Representation, PackageFile]],
) -> bytes:
    """The package's METS; ``representations``: each with its METS file as packaged."""
    ids = _Ids()
    root, header = _root(objid, label, created, "schemas/")
    _software_agent(header, version)
    _organisation_agent(header, "ARCHIVIST", *creator)
    dmd = ET.SubElement(
        root,
        _m("dmdSec"),
        {"ID": ids.next("dmd"), "CREATED": _timestamp(created), "STATUS": "CURRENT"},
    )
    _md_ref(dmd, parts.descriptive, "OTHER", "bibagreements interchange")
    amd = ET.SubElement(root, _m("amdSec"), {"ID": ids.next("amd")})
    digiprov = ET.SubElement(
        amd,
        _m("digiprovMD"),
        {"ID": ids.next("digiprov"), "CREATED": _timestamp(created), "STATUS": "CURRENT"},
    )
    _md_ref(digiprov, parts.preservation, "PREMIS")

    files = ET.SubElement(root, _m("fileSec"), {"ID": ids.next("filesec")})

    def group(use: str, items: Iterable[PackageFile], **extra: str) -> list[str]:
        element = ET.SubElement(
            files, _m("fileGrp"), {"ID": ids.next("filegrp"), "USE": use, **extra}
        )
        return [_file(element, ids, f, f.path) for f in items]

    documentation = group("Documentation", parts.documentation)
    schemas = group("Schemas", parts.schemas)
    rep_files = [
        group(
            f"Representations/{rep.name}",
            [mets],
            **{
                f"{{{CSIP}}}CONTENTINFORMATIONTYPE": "OTHER",
                f"{{{CSIP}}}OTHERCONTENTINFORMATIONTYPE": CONTENT_TYPE,
            },
        )[0]
        for rep, mets in representations
    ]

    structure = ET.SubElement(
        root, _m("structMap"), {"ID": ids.next("structmap"), "TYPE": "PHYSICAL", "LABEL": "CSIP"}
    )
    top = ET.SubElement(structure, _m("div"), {"ID": ids.next("div"), "LABEL": objid})
    ET.SubElement(
        top,
        _m("div"),
        {
            "ID": ids.next("div"),
            "LABEL": "Metadata",
            "DMDID": dmd.attrib["ID"],
            "ADMID": digiprov.attrib["ID"],
        },
    )
    for name, file_ids in (("Documentation", documentation), ("Schemas", schemas)):
        div = ET.SubElement(top, _m("div"), {"ID": ids.next("div"), "LABEL": name})
        for file_id in file_ids:
            ET.SubElement(div, _m("fptr"), {"FILEID": file_id})
    # The content division points to each representation's METS, and holds a
    # division per representation with a METS pointer to it (CSIP103-112).
    content = ET.SubElement(top, _m("div"), {"ID": ids.next("div"), "LABEL": "Representations"})
    for file_id in rep_files:
        ET.SubElement(content, _m("fptr"), {"FILEID": file_id})
    for (rep, mets), file_id in zip(representations, rep_files, strict=True):
        div = ET.SubElement(
            content, _m("div"), {"ID": ids.next("div"), "LABEL": f"Representations/{rep.name}"}
        )
        ET.SubElement(
            div,
            _m("mptr"),
            {
                "LOCTYPE": "URL",
                f"{{{XLINK}}}type": "simple",
                f"{{{XLINK}}}href": mets.path,
                f"{{{XLINK}}}title": file_id,
            },
        )
    return _xml(root)


def _p(tag: str) -> str:
    return f"{{{PREMIS}}}{tag}"


def _identifier(parent: ET.Element, kind: str, id_type: str, value: str) -> None:
    element = ET.SubElement(parent, _p(f"{kind}Identifier"))
    ET.SubElement(element, _p(f"{kind}IdentifierType")).text = id_type
    ET.SubElement(element, _p(f"{kind}IdentifierValue")).text = value


def premis_xml(
    files: Sequence[PackageFile], agents: Sequence[Agent], events: Sequence[Event]
) -> bytes:
    """PREMIS 3: an object per file (with its fixity), the parties, and the events."""
    root = ET.Element(_p("premis"), {"version": "3.0"})
    for f in files:
        obj = ET.SubElement(root, _p("object"), {f"{{{XSI}}}type": "premis:file"})
        _identifier(obj, "object", "filepath", f.path)
        characteristics = ET.SubElement(obj, _p("objectCharacteristics"))
        fixity = ET.SubElement(characteristics, _p("fixity"))
        ET.SubElement(fixity, _p("messageDigestAlgorithm")).text = "SHA-256"
        ET.SubElement(fixity, _p("messageDigest")).text = f.sha256
        ET.SubElement(characteristics, _p("size")).text = str(len(f.data))
        fmt = ET.SubElement(characteristics, _p("format"))
        designation = ET.SubElement(fmt, _p("formatDesignation"))
        ET.SubElement(designation, _p("formatName")).text = f.media_type
        if f.label:
            ET.SubElement(obj, _p("originalName")).text = f.label
    for e in events:
        event = ET.SubElement(root, _p("event"))
        _identifier(event, "event", "local", e.id)
        ET.SubElement(event, _p("eventType")).text = e.kind
        ET.SubElement(event, _p("eventDateTime")).text = _timestamp(e.at)
        detail = ET.SubElement(event, _p("eventDetailInformation"))
        ET.SubElement(detail, _p("eventDetail")).text = e.detail
        for agent_id in e.agents:
            link = ET.SubElement(event, _p("linkingAgentIdentifier"))
            ET.SubElement(link, _p("linkingAgentIdentifierType")).text = "local"
            ET.SubElement(link, _p("linkingAgentIdentifierValue")).text = agent_id
        for path in e.objects:
            link = ET.SubElement(event, _p("linkingObjectIdentifier"))
            ET.SubElement(link, _p("linkingObjectIdentifierType")).text = "filepath"
            ET.SubElement(link, _p("linkingObjectIdentifierValue")).text = path
    for a in agents:
        agent = ET.SubElement(root, _p("agent"))
        _identifier(agent, "agent", "local", a.id)
        if a.identifier:
            _identifier(agent, "agent", "organisationsnummer", a.identifier)
        ET.SubElement(agent, _p("agentName")).text = a.name
        ET.SubElement(agent, _p("agentType")).text = a.kind
    return _xml(root)
