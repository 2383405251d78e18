"""The Linux desktop entry, the interchange file's MIME type and the AppStream metainfo.

.ci/run validates the first and the last with desktop-file-validate and
appstreamcli; these tests hold what those tools do not know about us.
"""

from __future__ import annotations

import configparser
import json
import xml.etree.ElementTree as ET
from pathlib import Path

from bibagreements import __version__
from bibagreements.json_text import dumps

LINUX = Path(__file__).resolve().parents[2] / "installer" / "linux"
MIME = "application/x-bibagreements+json"


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(LINUX / "bibagreements.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_opens_a_file_and_has_its_icon() -> None:
    entry = _entry()
    assert entry["Exec"] == "bibagreements %f"  # bibagreements FILE.json offers to import it
    assert entry["Icon"] == "bibagreements"
    assert entry["MimeType"].split(";")[0] == MIME
    assert entry["Terminal"] == "false"


def test_the_mime_type_knows_an_export_by_its_first_bytes() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(LINUX / "bibagreements-mime.xml").getroot()
    kind = root.find("m:mime-type", ns)
    assert kind is not None and kind.get("type") == MIME
    match = kind.find("m:magic/m:match", ns)
    assert match is not None
    needle = match.get("value", "")
    head = dumps({"format": "bibagreements", "version": 2, "agreements": []})
    start, end = (int(n) for n in match.get("offset", "0:0").split(":"))
    assert needle in head[: end + len(needle)] and head.find(needle) >= start
    assert json.loads(head)["format"] == "bibagreements"


def test_the_metainfo_names_the_entry_the_licence_and_this_version() -> None:
    root = ET.parse(LINUX / "se.bibagreements.app.metainfo.xml").getroot()
    assert root.findtext("launchable") == "bibagreements.desktop"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.findtext("provides/mediatype") == MIME
    release = root.find("releases/release")
    assert release is not None and release.get("version") == __version__
