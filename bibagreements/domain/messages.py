"""The English sentence of every problem and error code: the one English catalogue.

A code is stable; its sentence may be reworded here freely. ``{name}`` is
filled from the parameter of that name, ``{status:words}`` writes a status
value with spaces ("out for signature"). The command line, the importer's
report and ``str()`` speak this English; the window translates the codes
itself (bibagreements/gui/problems.py), so it never reads these sentences.
To add a code: add it here, raise it, and give it a text in the window's
table (a test finds a code that lacks either).
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from functools import cache

ENGLISH: dict[str, str] = {
    # -- a field's value -----------------------------------------------------------------
    "empty": "must not be empty",
    "not_email": "not an e-mail address",
    "org_number_format": "must be ten digits written NNNNNN-NNNN",
    "org_number_digits": "third and fourth digits must be at least 20",
    "org_number_check_digit": "check digit wrong",
    "not_a_number": "must be a number",
    "negative": "must not be negative",
    "too_large": "is too large",
    "too_many_decimals": "has more than two decimals (öre)",
    "year_range": "year must be between {min} and {max}",
    "four_digit_years": "years have four digits",
    "four_digit_year": "must have four digits",
    "year_outside": "{year:04d} is outside {min}–{max}",
    "ends_before_starts": "ends before it starts",
    "in_future": "{date} is in the future",
    "bad_event_uid": "must be 1–255 printable ASCII characters without spaces",
    "invalid_unicode": "contains a character that is not valid Unicode",
    "too_long": "is longer than {max} characters",
    "months_range": "must be between {min} and {max} months",
    "days_range": "must be between {min} and {max} days",
    "extension_needs_end": "an automatic extension needs an end date",
    "notice_before_start": "notice cannot be given before the agreement starts",
    # -- organisations and people --------------------------------------------------------
    "own_parent": "an organisation cannot be its own parent",
    "own_ancestor": "that would make the organisation its own ancestor",
    "no_organisation": "no organisation with ID {id}",
    "no_person": "no person with ID {id}",
    "not_in_organisation": "{person} does not belong to {party}",
    "same_person": "choose another person",
    "replacement_not_in_party": "{agreement}: {person} does not belong to that party",
    "person_in_signed": (
        "{person} appears in {count} signed agreement(s) ({titles}); signed agreements are "
        "public records and are kept as signed. Replace the person in ongoing follow-up "
        "instead, or erase once the records may be culled."
    ),
    # -- agreements ----------------------------------------------------------------------
    "no_agreement": "no agreement with ID {id}",
    "end_before_start": "the end date is before the start date",
    "too_few_parties": "an agreement needs at least two parties",
    "party_twice": "{name} is a party twice",
    "party_organisation_missing": "no organisation {id}",
    "project_needs_parent": "a project agreement belongs to a parent agreement",
    "parent_only_for_project": "only a project agreement has a parent agreement",
    "project_only_for_project": "only a project agreement states project details",
    "project_as_parent": "a project agreement cannot be the parent of another",
    "refers_to_itself": "an agreement cannot refer to itself",
    "signed_needs_period": "a signed agreement needs a start and an end date",
    "unsigned_parties": "{status} only once every party has signed (not signed: {unsigned})",
    "bad_transition": "cannot go from {from_status} to {to_status}",
    "signed_content_changed": (
        "“{title}” is signed, so what the parties signed cannot change; renew it for a new "
        "version (registry numbers and contact persons can change)"
    ),
    "area_has_followups": "“{title}” has follow-up entries and cannot be removed",
    "changed_by_someone_else": (
        "“{title}” was changed by someone else (version {stored}, yours is {yours}); "
        "reload it before saving"
    ),
    "organisation_changed": (
        "“{name}” was changed by {by} ({at}) since you opened it; open it again before saving"
    ),
    "person_changed": (
        "“{name}” was changed by {by} ({at}) since you opened it; open it again before saving"
    ),
    "checkin_changed": (
        "the check-in due {due} was changed by {by} ({at}) since you opened it; "
        "open it again before saving"
    ),
    "followup_changed": (
        "the follow-up entry for {year} was changed by {by} ({at}) since you opened it; "
        "open it again before saving"
    ),
    "report_sections_changed": (
        "the introductory sections of the {year} report were changed by someone else "
        "since you opened them; open them again before saving"
    ),
    "amendment_needs_agreement": "an amendment names the agreement it amends",
    "amendment_only": "only an amendment amends another agreement",
    "amends_amendment": "an amendment amends an agreement, not another amendment",
    "amends_unsigned": "only a signed agreement can be amended (this one is {status:words})",
    "amends_ended": (
        "“{title}” ended on {end}, before {date}: an amendment takes effect while the "
        "agreement runs; renew it or draft a new agreement instead"
    ),
    "amendment_needs_date": "a signed amendment needs the date it takes effect",
    "no_versions": "agreement {agreement} has no version sent for signature yet",
    "no_version": "agreement {agreement} has no version {number}",
    "not_a_draft": (
        "“{title}” is {status:words}: only drafts can be deleted; end or terminate it instead"
    ),
    "has_project_agreements": "“{title}” has {count} project agreement(s) under it",
    "renew_needs_period": "give the agreement a period before renewing it",
    # -- check-ins and follow-up -----------------------------------------------------------
    "no_checkin": "no check-in with ID {id}",
    "no_checkin_in_agreement": "no check-in with ID {id} in this agreement",
    "no_checkin_due_on": "agreement {agreement} has no check-in due on {due}",
    "no_checkin_due": "agreement {agreement} has no check-in due {due}",
    "held_needs_date": "a held check-in needs the date it was held",
    # -- messages to the parties -----------------------------------------------------------
    "not_an_email_address": "“{value}” is not an e-mail address",
    "no_sender": "the sender's e-mail address is needed: give --from, or set it in Settings",
    "no_recipients": "nobody to send it to: no e-mail address for {names}",
    "every_party_signed": "every party has signed it already",
    "not_out_for_signature": "only a draft or an agreement out for signature is sent for "
    "signature (this one is {status:words})",
    "checkin_not_held": "the check-in due {due} has not been recorded as held",
    "not_a_mail_server": "“{value}” is not a mail server (host or host:port)",
    "smtp_needs_tls": "{host} is reached over the network: use STARTTLS or TLS",
    "no_keyring": "the operating system's keyring cannot keep the password ({reason})",
    "smtp_no_password": "no password for {account}: remember it in the keyring or give it",
    "smtp_no_sender": "a message to send needs a sender (--from)",
    "smtp_no_user": "a password is kept for a user of the mail server: give the user",
    "smtp_login_refused": "the mail server refused the login of {account}; nothing was recorded",
    "smtp_failed": "the mail server {host} could not be reached or refused the message "
    "({reason}); messages sent before: {sent}; nothing was recorded",
    "date_only_when_held": "only a held check-in has a date held",
    "participant_needs_name": "a participant needs a name",
    "outside_period": "{date} is outside the agreement's period {start} – {end}",
    "held_in_future": "{date} is in the future (today is {today})",
    "held_before_start": "{date} is before the agreement starts ({start})",
    "checkin_not_planned": (
        "the check-in due {due} is {checkin_status}; only a planned check-in can be {action}"
    ),
    "checkin_cancelled": "the check-in due {due} was cancelled; it cannot be held",
    # -- reminders -------------------------------------------------------------------------
    "negative_horizon": "the horizon cannot be negative",
    "not_a_reminder_key": "{key!r} is not a reminder key (see the reminders list)",
    "no_checkin_for_key": "no check-in with ID {id} (key {key})",
    "no_agreement_for_key": "no agreement with ID {id} (key {key})",
    "not_after_today": "{date} is not after today ({today})",
    "no_followup": "no follow-up entry with ID {id}",
    "no_followup_in_agreement": "no follow-up entry with ID {id} in this agreement",
    "no_report_section": "the {year} report has no introductory section {number}",
    "empty_followup": "write a sub-goal, an activity or an outcome",
    "archive_unsigned": (
        "“{title}” is not signed ({status:words}); only signed agreements are archived"
    ),
    "archive_not_frozen": "“{title}” has no frozen version to archive",
    "archive_scans_missing": "“{title}” has no signed copy from {parties}",
    "not_a_certificate": "{name} is not a certificate (PEM or DER)",
    "not_a_ca": (
        "{name} is not a CA certificate; trust the signing service's CA, not a signer's certificate"
    ),
    "no_trust_anchor": "no trusted certificate with ID {id}",
    "not_a_signed_pdf": "the file is not a PDF with an electronic signature",
    "signature_altered": (
        "the signature in {field} ({signer}) is not valid: the document was altered after signing"
    ),
    "signature_changed_after": (
        "the document was changed after the signature in {field} ({signer}) by more than signatures"
    ),
    "signature_not_ours": (
        "the signature in {field} ({signer}) is not on a frozen version of this agreement"
    ),
    "signature_untrusted": (
        "the signature in {field} ({signer}) is from an issuer not on the trust list"
    ),
    "signature_no_party": (
        "the signature in {field} is in a field of its own, not a party's: say which party "
        "signed it (--party)"
    ),
    "signature_party_twice": "two signatures count for the same party ({fields})",
    "signature_superseded": (
        "the signature in {field} ({signer}) is on version {version}, "
        "which a later frozen version replaced"
    ),
    "signing_not_out": (
        "only an agreement out for signature takes electronic signatures "
        "(this one is {status:words})"
    ),
    "signature_same_signer": (
        "{signer} signed {fields} with one certificate: one signer signs for one party"
    ),
    "crl_out_of_date": ("{file} is past its next update: get the signing service's current list"),
    "signer_cannot_sign": ("the certificate of {signer} is not for signing (its key usage)"),
    "signing_failed": ("the signing failed: {reason}"),
    "signature_expired": (
        "the signature in {field} ({signer}) is not valid: the certificate was not valid then"
    ),
    "signature_revoked": (
        "the signature in {field} ({signer}) is not valid: the certificate is revoked"
    ),
    "signatures_already_recorded": (
        "every signature in the file is from a party already recorded as signed"
    ),
    "not_a_crl": ("{file} is not a certificate revocation list (CRL)"),
    "pkcs12_unreadable": (
        "the certificate file cannot be opened: a wrong password, or not a PKCS#12 file"
    ),
    "signer_untrusted": ("the certificate of {signer} is not from an issuer on the trust list"),
    "signer_expired": ("the certificate of {signer} has expired or is not yet valid"),
    "signer_revoked": ("the certificate of {signer} is revoked"),
    "party_already_signed": ("{party} is already recorded as signed ({signed})"),
    "no_such_party": ("no party {party} in this agreement (give its number or name)"),
    "report_section_heading": "give the section a heading",
    "too_many_report_sections": "at most {max} introductory sections",
    "funder_without_amount": "give the amount received as well as the funder",
    "amount_without_funder": "say who the money was received from",
    "not_an_area": "not an area of collaboration of this agreement",
    "not_a_checkin": "not a check-in of this agreement",
    # -- signed copies ---------------------------------------------------------------------
    "not_a_party": "organisation {id} is not a party to this agreement",
    "file_too_large": "{path} is larger than {limit}",
    "not_pdf_or_image": "{name} is not a PDF or an image (PNG, JPEG, TIFF)",
    "signed_on_other_day": "{party} signed on {signed}, not {given}",
    "no_signed_copy": "no signed copy with ID {id}",
    "no_signed_copy_for": "no signed copy with ID {id} for agreement {agreement}",
    "checksum_mismatch": "signed copy {id} does not match its checksum; it was not written",
    # -- files written ---------------------------------------------------------------------
    "output_is_folder": "{path} is a folder; name a file",
    "no_such_folder": "folder {path} does not exist",
    "wrong_suffix": "a {kind} file should end in .{suffix}",
    "output_is_database": "that is the database itself; choose another file",
    "cannot_read": "cannot read {path}: {reason}",
    "cannot_write": "cannot write {path}: {reason}",
    "pdf_only": "archive and signature fields apply to PDF only",
    "archive_with_fields": (
        "an archival PDF/A cannot carry empty signature fields; archive the signed copy instead"
    ),
    "pdfa_failed": "the PDF/A conversion failed: {reason}",
    "backup_postgresql": "a PostgreSQL database is backed up by its administrator (pg_dump)",
    # -- the database ----------------------------------------------------------------------
    "bad_url": "not a usable database URL: {url}",
    "database_is_folder": "{path} is a folder, not a database file",
    "saved_meanwhile": "someone else saved this record in the meantime; reload it and try again",
    "database_refused": "the database refused the change: {reason}",
    "database_unusable": "the database could not be used: {reason}",
    "migrate_to_itself": "{url} is the database being copied; name the team's database",
    "migrate_target_not_empty": (
        "{url} is not empty ({table}: {rows} rows): migrate-to copies only into an empty "
        "database, and changed nothing"
    ),
    "migrate_mismatch": (
        "the copy in {url} did not match this database ({tables}); nothing was copied"
    ),
    "migrate_failed": "copying to {url} failed ({reason}); nothing was copied",
    "server_unreachable": "the database server could not be reached ({reason}); nothing was saved",
    "database_needs_password": (
        "the database server {url} asks for a password: give it when asked, keep it in the "
        "keyring, or set PGPASSWORD or ~/.pgpass"
    ),
    "cannot_create_data_folder": "cannot create the data folder: {reason}",
    "cannot_open_database": "cannot open the database {url}: {reason}",
    "no_driver": "no driver for {url}: {module} is not installed",
    "not_sqlite": "{path} is not a bibagreements database (not SQLite)",
    "not_our_database": "{path} is not a bibagreements database",
    "database_too_new": (
        "{path} was written by a newer version of bibagreements (schema {revision}); "
        "update the program to open it. The file was not changed."
    ),
    "broken_references": (
        "the migration would leave {count} broken reference(s); nothing was changed"
    ),
    "integrity_failed": "the copy failed SQLite's integrity check: {result}",
    # -- the interchange file --------------------------------------------------------------
    "problems_in_file": "{count} problem(s) in the file",
    "not_utf8": "{path} is not UTF-8 text",
    "invalid_json_at": "{path} is not valid JSON (line {line}, column {column}: {reason})",
    "invalid_json": "{path} is not valid JSON ({reason})",
    "nested_too_deeply": "{path} is nested too deeply",
    "newer_format": (
        "the file is format version {version}, written by a newer bibagreements; "
        "this version reads up to {supported}"
    ),
    "schema": "{message}",  # the JSON Schema validator's own English
    "uid_twice": "{uid} appears twice in the file",
    "event_uid_taken": "{uid} is also used by {other}",
    "no_agreement_uid": "no agreement with uid {uid} in the file",
    "renewal_circle": "the chain of renewals goes round in a circle",
    "outside_file_period": "{date} is outside the period",
    "no_area_number": "no area number {index}",
    "no_checkin_number": "no checkin number {index}",
    # -- the command line's own arguments (never shown by the window) ------------------------
    "cli_pdf_only": "--archive and --sign-fields apply to PDF only",
    "cli_no_party_named": "no party {party!r}; the parties are: {parties}",
    "cli_no_area_named": "no area {area!r}; the areas are: {areas}",
    "cli_save_needs_output": "--save needs --output PATH",
    "cli_participant_needs_held": "--participant goes with --held",
    "cli_notes_need_held": "--notes goes with --held or --add",
    "cli_add_without_due": "--add takes the new date; leave out --due",
    "cli_name_the_checkin": "--due: name the check-in by its due date",
    "cli_give_year": "give --year for a new entry",
    "cli_no_organisation_named": (
        "no organisation named {name!r} (give its ID, or its name as the register has it)"
    ),
    "cli_phrase_needs_key": "name the phrase (KEY) to reword or to clear",
    "cli_phrase_text_or_clear": "give the phrase's TEXT or --clear, not both",
    "cli_no_password": "no password given: type it, or give it as standard input's first line",
    # -- found by the window itself (its forms and its PDF viewer) --------------------------
    "date_format": "write the date as YYYY-MM-DD",
    "amount_format": "write an amount in kronor",
    "choose_organisation": "choose an organisation from the list",
    "signed_content_locked": (
        "the agreement is signed: what the parties signed cannot change "
        "(renew it for a new version; registry numbers and contact persons can change)"
    ),
    "not_a_pdf": "cannot open {name} as a PDF",
    "printer_unusable": "the printer {printer} cannot be used",
    # -- safe output paths -----------------------------------------------------------------
    "output_is_link": "{path} is a symbolic link; name the file itself or a new name",
    "output_not_a_file": "{path} is not a regular file (a device, pipe or socket); name a file",
    # -- automatic backups and restore ------------------------------------------------------
    "disk_full": "there is no room for the copy in {folder}; nothing was replaced",
    "restore_no_file": "{path} does not exist; nothing was restored",
    "restore_not_a_file": "{path} is not a file; nothing was restored",
    "restore_not_sqlite": "{path} is not a bibagreements backup (not SQLite); nothing was restored",
    "restore_not_ours": "{path} is not a bibagreements backup; nothing was restored",
    "restore_too_new": (
        "{path} was written by a newer version of bibagreements (schema {revision}); "
        "update the program to restore it. Nothing was restored."
    ),
    "restore_damaged": "{path} is damaged ({reason}); nothing was restored",
    "restore_is_database": "{path} is the database itself; nothing was restored",
    "restore_database_busy": (
        "the database {path} is in use by another program; close it and try again. "
        "Nothing was restored."
    ),
    "restore_postgresql": "a PostgreSQL database is restored by its administrator (pg_restore)",
    # -- bounded input --
    "not_a_regular_file": "{path} is not a regular file (a folder, device or pipe is not read)",
    "not_an_image": "{name} is not a PNG, JPEG or TIFF image that can be opened",
    "image_too_large": "{name} has more than {max} pixels",
    "damaged_pdf": "{name} is not a PDF that can be opened",
    "duplicate_key": "the key {key} appears twice in one object",
    "control_character": "contains a control character ({char})",
    # -- importing an existing agreement (a DOCX or text) ----------------------------------
    "import_empty": "{path} holds no text; nothing was imported",
    "import_encrypted": (
        "{path} is protected by a password; save it without one and import it again"
    ),
    "import_old_word": "{path} is an old Word document (.doc); save it as .docx and import that",
    "import_not_a_document": "{path} is neither a Word document (.docx) nor a text file",
    "import_unpacks_too_large": "{path} unpacks to more than {limit}; nothing was imported",
    "import_damaged": "{path} is a damaged Word document that cannot be read",
    "import_too_few_parties": (
        "parties found in {path}: {count}; an agreement needs two, so no draft was created"
    ),
    "import_title": "title: {title}",
    "import_kind": "kind: {kind:words}",
    "import_kind_assumed": "the title names no kind of agreement: a cooperation agreement assumed",
    "import_kind_needs_link": (
        "a {kind:words} agreement names the agreement it belongs to: imported as a cooperation "
        "agreement, change the kind in the editor"
    ),
    "import_language": "language: {language}",
    "import_party_matched": "party {name}: found in the register",
    "import_party_matched_by_number": "party {name}: found in the register as {stored}",
    "import_party_added": "party {name}: added to the register",
    "import_party_added_with_number": "party {name}: added to the register with {org_number}",
    "import_no_org_number": "no organisation number found for {name}",
    "import_bad_org_number": "{number} given for {name} is not a valid organisation number",
    "import_number_differs": (
        "{name}: the text gives {number}, the register has {stored}; the register's is kept"
    ),
    "import_number_not_added": (
        "{name}: the text gives {number}; the register has none (add it there if it is right)"
    ),
    "import_signatory": "signatory for {party}: {name}",
    "import_contact": "contact person for {party}: {name}",
    "import_no_signatory": "no signatory's name found for {party}",
    "import_signed": "{party} signed in {place} on {date}",
    "import_no_signing": "no place and date of signing found for {party}",
    "import_period": "period: {start} – {end}",
    "import_start": "in force from {start}, no end date found",
    "import_no_period": "no period found",
    "import_cadence": "check-ins: {cadence:words}",
    "import_no_cadence": "no check-in cadence found: the draft has no fixed check-ins",
    "import_programme": "programme: {programme}",
    "import_no_purpose": "no introduction or purpose found",
    "import_governing_document": "governing document: {title} {years}",
    "import_area": "area of collaboration: {title}",
    "import_no_areas": "no areas of collaboration found",
    "import_section": "section: {heading}",
    "import_text_cut": "{field} is longer than {max} characters and was cut there",
    # -- clauses and templates -------------------------------------------------------------
    "placeholder_unknown": ("“{name}” at line {line}, column {column} is not a placeholder"),
    "placeholder_misspelt": (
        "“{name}” at line {line}, column {column} is not a placeholder; "
        "did you mean “{suggestion}”?"
    ),
    "brace_unclosed": (
        "the brace at line {line}, column {column} is not closed "
        "(write two for a brace in the text)"
    ),
    "brace_unmatched": (
        "the closing brace at line {line}, column {column} has no opening one "
        "(write two for a brace in the text)"
    ),
    "placeholder_no_value": (
        "the placeholder “{name}” at line {line}, column {column} has no value in this agreement"
    ),
    "no_clause": "no clause with ID {id}",
    "no_template": "no template {name}",
    "template_name_taken": "there is already a template named {name}",
    # -- house styles ------------------------------------------------------------------------
    "no_house_style": "no house style for {organisation}",
    "house_style_changed": (
        "the house style of {organisation} was changed by someone else (version {stored}, "
        "yours is {yours}); show it again before changing it"
    ),
    "house_style_removed": "the house style of {organisation} was removed by someone else",
    "not_a_logo": "{name} is not a PNG or SVG image that can be opened",
    "svg_not_self_contained": (
        "{name} refers to {what}: an SVG logo must be self-contained (no DOCTYPE, entities, "
        "external files or links)"
    ),
    "not_a_colour": "must be a colour written #RRGGBB",
    "unknown_font": "must be one of {fonts}",
    "too_many_lines": "has more than {max} lines",
    "unknown_language": "must be one of {languages}",
    "unknown_phrase": "{key} is not a phrase a house style can reword",
    "unknown_placeholder": "{placeholder} is not a placeholder of this phrase (it has {known})",
    "phrase_braces": "has a brace that opens or closes no placeholder",
    # -- damaged databases -------------------------------------------------------------------
    "database_damaged": (
        "the database {path} is damaged; the newest backup is {backup} (restore it with: {command})"
    ),
    "database_damaged_no_backup": (
        "the database {path} is damaged; there is no automatic backup of it: use your own "
        "latest copy with `{command} FILE`"
    ),
}


# Codes only the command-line modules raise (bibagreements/cli/): the window has no text
# for them, and a test checks that nothing else raises them.
COMMAND_LINE_ONLY = frozenset(code for code in ENGLISH if code.startswith("cli_"))


class _English(string.Formatter):
    def format_field(self, value: object, format_spec: str) -> str:
        if format_spec == "words":
            return str(value).replace("_", " ")
        return str(super().format_field(value, format_spec))


_FORMATTER = _English()


@cache
def placeholders(code: str) -> frozenset[str]:
    """The parameters the code's sentence needs (KeyError for an unknown code)."""
    return frozenset(name for _, name, _, _ in _FORMATTER.parse(ENGLISH[code]) if name)


def check_params(code: str, names: frozenset[str] | set[str]) -> None:
    """ValueError unless ``code`` is in the catalogue and ``names`` are exactly its parameters."""
    if code not in ENGLISH:
        raise ValueError(f"no message code {code!r} in the catalogue")
    if names != placeholders(code):
        raise ValueError(f"{code!r} takes {sorted(placeholders(code))}, not {sorted(names)}")


def english(code: str, params: Mapping[str, str | int]) -> str:
    return _FORMATTER.format(ENGLISH[code], **params)
