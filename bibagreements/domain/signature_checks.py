"""What one electronic signature in a signed PDF was found to be.

Kept with the signed copy (as JSON) when the file comes in, so the record,
its history and the archive package say what was checked, and when.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from bibagreements.domain.problems import Problem

# Why a certificate is not trusted, beyond "not on the trust list".
EXPIRED = "expired"
REVOKED = "revoked"
UNTRUSTED = "untrusted"


_TIMES = ("signed_at", "checked_at", "valid_from", "valid_until")


@dataclass(frozen=True)
class SignatureCheck:
    field: str
    party: int | None  # 1, 2 … the party whose field it is (our renderings' names)
    signer: str  # the certificate's common name
    organisation: str
    serial: str
    signed_at: datetime | None  # as the signer reported it
    intact: bool  # the signed bytes are unchanged
    trusted: bool  # chains to a trust anchor, and was valid then
    version: int | None  # the frozen version whose rendering was signed
    unchanged_since: bool  # only signatures (and their data) added after it
    trouble: str = ""  # EXPIRED, REVOKED or UNTRUSTED when not trusted
    checked_at: datetime | None = None
    issuer: str = ""  # the issuing CA's common name
    superseded: bool = False  # on a frozen version that a later one replaced
    party_name: str = ""  # the name of the field's party when it was checked
    attributed: bool = False  # a field of its own, given to ``party`` by the user
    valid_from: datetime | None = None  # the certificate's validity
    valid_until: datetime | None = None

    @property
    def certificate(self) -> tuple[str, str]:
        """Who issued the certificate, and its serial: one signer's one certificate."""
        return (self.issuer, self.serial)

    @property
    def counts(self) -> bool:
        ours = self.version is not None and not self.superseded
        return self.intact and self.trusted and ours and self.unchanged_since

    @property
    def problem(self) -> Problem | None:
        """The first thing wrong (None when it counts)."""
        who = {"field": self.field, "signer": self.signer}
        if not self.intact:
            return Problem("signature_altered", "file", **who)
        if not self.unchanged_since:
            return Problem("signature_changed_after", "file", **who)
        if self.version is None:
            return Problem("signature_not_ours", "file", **who)
        if self.superseded:
            return Problem("signature_superseded", "file", version=self.version, **who)
        if self.trusted:
            return None
        if self.trouble == REVOKED:
            return Problem("signature_revoked", "file", **who)
        if self.trouble == EXPIRED:
            return Problem("signature_expired", "file", **who)
        return Problem("signature_untrusted", "file", **who)

    @property
    def other_organisation(self) -> bool:
        """The certificate names an organisation that is not the field's party (a warning,
        not a refusal: a signing service's own seal may name the service)."""
        named, party = self.organisation.casefold().strip(), self.party_name.casefold().strip()
        return bool(named and party and named not in party and party not in named)

    def as_json(self) -> dict[str, Any]:
        found = asdict(self)
        for key in _TIMES:
            at = found[key]
            found[key] = at.isoformat() if at is not None else None
        return found

    @classmethod
    def from_json(cls, found: dict[str, Any]) -> SignatureCheck:
        known = {k: v for k, v in found.items() if k in cls.__dataclass_fields__}
        for key in _TIMES:
            if known.get(key):
                known[key] = datetime.fromisoformat(known[key])
        return cls(**known)


def dump_checks(checks: tuple[SignatureCheck, ...] | list[SignatureCheck]) -> str | None:
    if not checks:
        return None
    return json.dumps([c.as_json() for c in checks], ensure_ascii=False, sort_keys=True)


def load_checks(text: str | None) -> tuple[SignatureCheck, ...]:
    if not text:
        return ()
    return tuple(SignatureCheck.from_json(found) for found in json.loads(text))
