"""Run eark-validator 1.1.3 on a package, offline: ``python eark_offline.py PACKAGE``.

Run with the Python of a separate environment that has eark-validator (it pins
lxml 5.1.0, which ours does not share); installer/setup.sh makes .venv-eark.
The validator downloads four CSIP vocabularies at import; here urlopen serves
the copies in eark_vocabularies/ instead, and any other URL fails. Prints the
validation report as JSON.
"""

from __future__ import annotations

import io
import sys
import urllib.request
from pathlib import Path

VOCABULARIES = Path(__file__).resolve().parent / "eark_vocabularies"
PREFIX = "https://earkcsip.dilcis.eu/schema/"


def _offline(url: object, *args: object, **kwargs: object) -> io.BytesIO:
    name = str(url).removeprefix(PREFIX)
    if str(url) == name or "/" in name:
        raise OSError(f"offline: will not fetch {url}")
    return io.BytesIO((VOCABULARIES / name).read_bytes())


urllib.request.urlopen = _offline  # type: ignore[assignment]

from eark_validator.packages import PackageValidator  # noqa: E402

validator = PackageValidator(Path(sys.argv[1]))
print(validator.validation_report.model_dump_json())
