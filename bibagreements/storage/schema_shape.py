"""The tables and columns each schema revision has, as our migrations make them.

Read before anything may write to a file (storage.sqlite_file): a file whose
``alembic_version`` names a revision we know but which lacks that revision's
tables or columns is not ours, whatever its table names, and is left alone.
Extra tables or columns are tolerated. A test builds a database at every
revision and compares it with this table.
"""

from __future__ import annotations

from collections.abc import Mapping

Shape = Mapping[str, frozenset[str]]


def _columns(names: str) -> frozenset[str]:
    return frozenset(names.split())


_0001: dict[str, frozenset[str]] = {
    "alembic_version": _columns("version_num"),
    "agreement": _columns(
        "id uid title kind status language start_date end_date programme purpose background "
        "cadence parent_id predecessor_id project_goals project_funding_sek project_funder "
        "project_implementation version created_at updated_at"
    ),
    "area": _columns("id agreement_id position title description"),
    "checkin": _columns(
        "id agreement_id due_date status held_on notes scheduled_on touched created_at updated_at"
    ),
    "checkin_participant": _columns("id checkin_id position name person_id"),
    "followup": _columns("id agreement_id area_id checkin_id year sub_goal activity outcome"),
    "governing_document": _columns(
        "id agreement_id position title owner period_start_year period_end_year adopted_on "
        "adopted_by"
    ),
    "organisation": _columns("id name kind org_number parent_id address created_at updated_at"),
    "party": _columns(
        "id agreement_id position organisation_id registry_number contact_person_id "
        "signatory_id signatory_title signed_on signed_place"
    ),
    "person": _columns("id name title email phone organisation_id created_at updated_at"),
    "section": _columns("id agreement_id position heading text"),
}
_0002 = {**_0001, "snooze": _columns("id item_key until created_at")}
_0003 = {
    **_0002,
    "rendering": _columns(
        "id agreement_id agreement_version document checkin_id format language archive path "
        "size sha256 created_at"
    ),
}
_0004 = {
    **_0003,
    "signed_copy": _columns(
        "id agreement_id organisation_id file_name media_type size sha256 content added_at"
    ),
}
_0005 = {
    **_0004,
    "checkin": _0004["checkin"] | {"event_uid"},
    "checkin_removal": _columns("id agreement_id event_uid due_date removed_at"),
}
_0006 = {**_0005, "agreement": _0005["agreement"] | {"development_area"}}
_0007 = {
    **_0006,
    "agreement": _0006["agreement"]
    | _columns(
        "notice_months notice_rule extension_months decision_lead_days notice_given_on "
        "amends_id new_end_date"
    ),
    "agreement_version": _columns("id agreement_id number frozen_at content"),
    "party": _0006["party"] | {"leaves", "left_on"},
    "rendering": _0006["rendering"] | {"version_number"},
}

_0008 = {**_0007, "agreement": _0007["agreement"] | {"short_title"}}
_0009 = {
    **_0008,
    "section": _0008["section"] | {"filled"},
    "house_style": _columns(
        "id organisation_name letterhead footer accent_colour font numbering logo logo_type "
        "phrases version updated_at"
    ),
    "clause": _columns("id uid category heading body language version created_at updated_at"),
    "agreement_template": _columns(
        "id uid name kind language cadence house_style content version created_at updated_at"
    ),
}
_0010 = {
    **_0009,
    "signature_dispatch": _columns(
        "id agreement_id organisation_id version_number sent_on sha256 created_at"
    ),
}

_0011 = {
    **_0010,
    **{t: _0010[t] | {"version"} for t in ("organisation", "person", "checkin", "followup")},
    "audit_entry": _columns(
        "id at actor os_user db_role table_name record_id agreement_id action changes"
    ),
}

_0012 = {
    **_0011,
    "followup": _0011["followup"] | {"funding_sek", "funder"},
    "report_section": _columns("id year position heading text version"),
    "report_record": _columns(
        "id year format language archive agreements path size sha256 created_at"
    ),
}

_0013 = {**_0012, "trust_anchor": _columns("id subject sha256 der added_at")}

_0014 = {**_0013, "signed_copy": _0013["signed_copy"] | {"signatures"}}

SHAPES: dict[str, Shape] = {
    "0001": _0001,
    "0002": _0002,
    "0003": _0003,
    "0004": _0004,
    "0005": _0005,
    "0006": _0006,
    "0007": _0007,
    "0008": _0008,
    "0009": _0009,
    "0010": _0010,
    "0011": _0011,
    "0012": _0012,
    "0013": _0013,
    "0014": _0014,
}


def has_shape(revision: str, columns: Mapping[str, frozenset[str]]) -> bool:
    """Whether ``columns`` (table -> its columns) has every table and column of ``revision``."""
    expected = SHAPES.get(revision)
    if expected is None:
        return False
    return all(names <= columns.get(table, frozenset()) for table, names in expected.items())
