"""Problems and errors of the core in words for people, in their language.

The core reports a problem as a code, a field path and parameters
(bibagreements/domain/problems.py) and an error as a code and parameters
(bibagreements/errors.py). Each code has a text here, translated in the
context "Problems", whose ``{name}`` placeholders are filled from the
parameters; the field to highlight comes from the path. No wording is ever
read back, so rewording the English of the command line changes nothing here.
A code without a text here shows its English sentence (a test keeps the table
complete). Imported only when there is a problem to show.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from bibagreements.domain.enums import AgreementKind, AgreementStatus, Cadence, Language
from bibagreements.domain.problems import Param, Params, Problem
from bibagreements.errors import BibError
from bibagreements.gui.labels import cadence_label, kind_label, language_label, status_label

if TYPE_CHECKING:  # PySide6 types the marker as returning object; it returns its text

    def QT_TRANSLATE_NOOP(context: str, source: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

# Shown as given: the JSON Schema validator's own English (it has no translations).
VERBATIM = frozenset({"schema"})

# code -> the English source of its translation (lupdate finds QT_TRANSLATE_NOOP).
TEXTS: dict[str, str] = {
    # -- a field's value -----------------------------------------------------------------
    "empty": QT_TRANSLATE_NOOP("Problems", "must not be empty"),
    "not_email": QT_TRANSLATE_NOOP("Problems", "not an e-mail address"),
    "org_number_format": QT_TRANSLATE_NOOP("Problems", "must be ten digits written NNNNNN-NNNN"),
    "org_number_digits": QT_TRANSLATE_NOOP(
        "Problems", "the third and fourth digits must be at least 20"
    ),
    "org_number_check_digit": QT_TRANSLATE_NOOP(
        "Problems", "the check digit is wrong; check for a typing error"
    ),
    "not_a_number": QT_TRANSLATE_NOOP("Problems", "must be a number"),
    "negative": QT_TRANSLATE_NOOP("Problems", "must not be negative"),
    "too_large": QT_TRANSLATE_NOOP("Problems", "the amount is too large"),
    "too_many_decimals": QT_TRANSLATE_NOOP("Problems", "whole öre only"),
    "year_range": QT_TRANSLATE_NOOP("Problems", "the year must be between {min} and {max}"),
    "four_digit_years": QT_TRANSLATE_NOOP("Problems", "years have four digits"),
    "four_digit_year": QT_TRANSLATE_NOOP("Problems", "the year has four digits"),
    "year_outside": QT_TRANSLATE_NOOP("Problems", "{year} is outside {min}–{max}"),
    "ends_before_starts": QT_TRANSLATE_NOOP("Problems", "ends before it starts"),
    "in_future": QT_TRANSLATE_NOOP("Problems", "{date} is in the future"),
    "bad_event_uid": QT_TRANSLATE_NOOP(
        "Problems", "must be 1–255 printable ASCII characters without spaces"
    ),
    "invalid_unicode": QT_TRANSLATE_NOOP(
        "Problems", "contains a character that is not valid Unicode"
    ),
    "too_long": QT_TRANSLATE_NOOP("Problems", "is longer than {max} characters"),
    "months_range": QT_TRANSLATE_NOOP("Problems", "must be between {min} and {max} months"),
    "days_range": QT_TRANSLATE_NOOP("Problems", "must be between {min} and {max} days"),
    "extension_needs_end": QT_TRANSLATE_NOOP(
        "Problems", "an automatic extension needs an end date"
    ),
    "notice_before_start": QT_TRANSLATE_NOOP(
        "Problems", "notice cannot be given before the agreement starts"
    ),
    # -- organisations and people --------------------------------------------------------
    "own_parent": QT_TRANSLATE_NOOP("Problems", "an organisation cannot be its own parent"),
    "own_ancestor": QT_TRANSLATE_NOOP(
        "Problems", "that would make the organisation its own parent"
    ),
    "no_organisation": QT_TRANSLATE_NOOP("Problems", "There is no organisation with ID {id}."),
    "no_person": QT_TRANSLATE_NOOP("Problems", "There is no person with ID {id}."),
    "not_in_organisation": QT_TRANSLATE_NOOP("Problems", "{person} does not belong to {party}"),
    "same_person": QT_TRANSLATE_NOOP("Problems", "choose another person"),
    "replacement_not_in_party": QT_TRANSLATE_NOOP(
        "Problems", "{agreement}: {person} does not belong to that party"
    ),
    "person_in_signed": QT_TRANSLATE_NOOP(
        "Problems",
        "{person} appears in {count} signed agreement(s) ({titles}). Signed agreements are "
        "public records and are kept as signed. Replace the person in ongoing follow-up "
        "instead, or erase them once the records may be culled.",
    ),
    # -- agreements ----------------------------------------------------------------------
    "no_agreement": QT_TRANSLATE_NOOP("Problems", "There is no agreement with ID {id}."),
    "end_before_start": QT_TRANSLATE_NOOP("Problems", "the end date is before the start date"),
    "too_few_parties": QT_TRANSLATE_NOOP("Problems", "an agreement needs at least two parties"),
    "party_twice": QT_TRANSLATE_NOOP("Problems", "{name} is a party twice"),
    "party_organisation_missing": QT_TRANSLATE_NOOP(
        "Problems", "There is no organisation with ID {id}."
    ),
    "project_needs_parent": QT_TRANSLATE_NOOP(
        "Problems", "a project agreement belongs to a parent agreement; choose one"
    ),
    "parent_only_for_project": QT_TRANSLATE_NOOP(
        "Problems", "only a project agreement has a parent agreement"
    ),
    "project_only_for_project": QT_TRANSLATE_NOOP(
        "Problems", "only a project agreement states project details"
    ),
    "project_as_parent": QT_TRANSLATE_NOOP(
        "Problems", "a project agreement cannot be the parent of another"
    ),
    "refers_to_itself": QT_TRANSLATE_NOOP("Problems", "an agreement cannot refer to itself"),
    "signed_needs_period": QT_TRANSLATE_NOOP(
        "Problems", "a signed agreement needs a start and an end date"
    ),
    "unsigned_parties": QT_TRANSLATE_NOOP(
        "Problems", "“{status}” only once every party has signed (not signed: {unsigned})"
    ),
    "bad_transition": QT_TRANSLATE_NOOP(
        "Problems", "cannot go from “{from_status}” to “{to_status}”"
    ),
    "signed_content_changed": QT_TRANSLATE_NOOP(
        "Problems",
        "“{title}” is signed: what the parties signed cannot change (renew it for a new "
        "version; registry numbers and contact persons can change)",
    ),
    "area_has_followups": QT_TRANSLATE_NOOP(
        "Problems", "“{title}” has follow-up entries and cannot be removed"
    ),
    "organisation_changed": QT_TRANSLATE_NOOP(
        "Problems",
        "“{name}” was changed by {by} ({at}) since you opened it. Open it again before saving.",
    ),
    "person_changed": QT_TRANSLATE_NOOP(
        "Problems",
        "“{name}” was changed by {by} ({at}) since you opened it. Open it again before saving.",
    ),
    "checkin_changed": QT_TRANSLATE_NOOP(
        "Problems",
        "The check-in due {due} was changed by {by} ({at}) since you opened it. "
        "Open it again before saving.",
    ),
    "followup_changed": QT_TRANSLATE_NOOP(
        "Problems",
        "The follow-up entry for {year} was changed by {by} ({at}) since you opened it. "
        "Open it again before saving.",
    ),
    "report_sections_changed": QT_TRANSLATE_NOOP(
        "Problems",
        "The introductory sections of the {year} report were changed by someone else "
        "since you opened them. Open them again before saving.",
    ),
    "changed_by_someone_else": QT_TRANSLATE_NOOP(
        "Problems",
        "“{title}” was changed by someone else (version {stored}, yours is {yours}). "
        "Open it again before saving.",
    ),
    "amendment_needs_agreement": QT_TRANSLATE_NOOP(
        "Problems", "choose the agreement the amendment amends"
    ),
    "amendment_only": QT_TRANSLATE_NOOP("Problems", "only an amendment amends another agreement"),
    "amends_amendment": QT_TRANSLATE_NOOP(
        "Problems", "an amendment amends an agreement, not another amendment"
    ),
    "amends_unsigned": QT_TRANSLATE_NOOP(
        "Problems", "only a signed agreement can be amended (this one is “{status}”)"
    ),
    "amends_ended": QT_TRANSLATE_NOOP(
        "Problems",
        "“{title}” ended on {end}, before {date}: an amendment takes effect while the "
        "agreement runs; renew it or draft a new agreement instead",
    ),
    "amendment_needs_date": QT_TRANSLATE_NOOP(
        "Problems", "a signed amendment needs the date it takes effect"
    ),
    "no_versions": QT_TRANSLATE_NOOP(
        "Problems", "Agreement {agreement} has no version sent for signature yet."
    ),
    "no_version": QT_TRANSLATE_NOOP("Problems", "Agreement {agreement} has no version {number}."),
    "not_a_draft": QT_TRANSLATE_NOOP(
        "Problems",
        "“{title}” is “{status}”: only drafts can be deleted. End or terminate it instead.",
    ),
    "has_project_agreements": QT_TRANSLATE_NOOP(
        "Problems", "“{title}” has {count} project agreement(s) under it and cannot be deleted."
    ),
    "renew_needs_period": QT_TRANSLATE_NOOP(
        "Problems", "give the agreement a period before renewing it"
    ),
    # -- check-ins and follow-up -----------------------------------------------------------
    "no_checkin": QT_TRANSLATE_NOOP("Problems", "There is no check-in with ID {id}."),
    "no_checkin_in_agreement": QT_TRANSLATE_NOOP("Problems", "There is no check-in with ID {id}."),
    "no_checkin_due_on": QT_TRANSLATE_NOOP(
        "Problems", "Agreement {agreement} has no check-in due {due}."
    ),
    "no_checkin_due": QT_TRANSLATE_NOOP(
        "Problems", "Agreement {agreement} has no check-in due {due}."
    ),
    "held_needs_date": QT_TRANSLATE_NOOP("Problems", "a held check-in needs the date it was held"),
    "not_an_email_address": QT_TRANSLATE_NOOP("Problems", "“{value}” is not an e-mail address"),
    "no_sender": QT_TRANSLATE_NOOP(
        "Problems", "Your e-mail address is needed as the sender: set it in Settings."
    ),
    "no_recipients": QT_TRANSLATE_NOOP(
        "Problems", "nobody to send it to: no e-mail address for {names}"
    ),
    "every_party_signed": QT_TRANSLATE_NOOP("Problems", "every party has signed it already"),
    "not_out_for_signature": QT_TRANSLATE_NOOP(
        "Problems",
        "only a draft or an agreement out for signature is sent for signature "
        "(this one is {status})",
    ),
    "checkin_not_held": QT_TRANSLATE_NOOP(
        "Problems", "the check-in due {due} has not been recorded as held"
    ),
    "not_a_mail_server": QT_TRANSLATE_NOOP(
        "Problems", "“{value}” is not a mail server (host or host:port)"
    ),
    "smtp_needs_tls": QT_TRANSLATE_NOOP(
        "Problems", "{host} is reached over the network: use STARTTLS or TLS"
    ),
    "no_keyring": QT_TRANSLATE_NOOP(
        "Problems", "The operating system's keyring cannot keep the password ({reason})."
    ),
    "smtp_no_password": QT_TRANSLATE_NOOP(
        "Problems", "No password for {account}: remember it in the keyring or give it."
    ),
    "smtp_no_sender": QT_TRANSLATE_NOOP("Problems", "A message to send needs a sender."),
    "smtp_no_user": QT_TRANSLATE_NOOP(
        "Problems", "A password is kept for a user of the mail server: give the user."
    ),
    "smtp_login_refused": QT_TRANSLATE_NOOP(
        "Problems", "The mail server refused the login of {account}; nothing was recorded."
    ),
    "smtp_failed": QT_TRANSLATE_NOOP(
        "Problems",
        "The mail server {host} could not be reached or refused the message ({reason}); "
        "messages sent before: {sent}; nothing was recorded.",
    ),
    "date_only_when_held": QT_TRANSLATE_NOOP("Problems", "only a held check-in has a date held"),
    "participant_needs_name": QT_TRANSLATE_NOOP("Problems", "a participant needs a name"),
    "outside_period": QT_TRANSLATE_NOOP(
        "Problems", "{date} is outside the agreement's period {start} – {end}"
    ),
    "held_in_future": QT_TRANSLATE_NOOP("Problems", "{date} is in the future (today is {today})"),
    "held_before_start": QT_TRANSLATE_NOOP(
        "Problems", "{date} is before the agreement starts ({start})"
    ),
    "checkin_not_planned": QT_TRANSLATE_NOOP(
        "Problems",
        "The check-in due {due} is {checkin_status}; only a planned check-in can be {action}.",
    ),
    "checkin_cancelled": QT_TRANSLATE_NOOP(
        "Problems", "The check-in due {due} was cancelled; it cannot be held."
    ),
    # -- reminders -------------------------------------------------------------------------
    "negative_horizon": QT_TRANSLATE_NOOP("Problems", "the horizon cannot be negative"),
    "not_a_reminder_key": QT_TRANSLATE_NOOP("Problems", "“{key}” is not a reminder"),
    "no_checkin_for_key": QT_TRANSLATE_NOOP("Problems", "There is no check-in with ID {id}."),
    "no_agreement_for_key": QT_TRANSLATE_NOOP("Problems", "There is no agreement with ID {id}."),
    "not_after_today": QT_TRANSLATE_NOOP("Problems", "{date} is not after today ({today})"),
    "no_followup": QT_TRANSLATE_NOOP("Problems", "There is no follow-up entry with ID {id}."),
    "no_followup_in_agreement": QT_TRANSLATE_NOOP(
        "Problems", "There is no follow-up entry with ID {id}."
    ),
    "empty_followup": QT_TRANSLATE_NOOP("Problems", "write a sub-goal, an activity or an outcome"),
    "archive_unsigned": QT_TRANSLATE_NOOP(
        "Problems",
        "“{title}” is not signed (it is “{status}”); only signed agreements are archived",
    ),
    "archive_not_frozen": QT_TRANSLATE_NOOP(
        "Problems", "“{title}” has no frozen version to archive"
    ),
    "archive_scans_missing": QT_TRANSLATE_NOOP(
        "Problems", "“{title}” has no signed copy from {parties}"
    ),
    "no_report_section": QT_TRANSLATE_NOOP(
        "Problems", "the {year} report has no introductory section {number}"
    ),
    "not_a_certificate": QT_TRANSLATE_NOOP("Problems", "{name} is not a certificate (PEM or DER)"),
    "not_a_ca": QT_TRANSLATE_NOOP(
        "Problems",
        "{name} is not a CA certificate; trust the signing service's CA, not a "
        "signer's certificate",
    ),
    "no_trust_anchor": QT_TRANSLATE_NOOP("Problems", "no trusted certificate with ID {id}"),
    "not_a_signed_pdf": QT_TRANSLATE_NOOP(
        "Problems", "the file is not a PDF with an electronic signature"
    ),
    "signature_altered": QT_TRANSLATE_NOOP(
        "Problems",
        "the signature in {field} ({signer}) is not valid: the document was altered after signing",
    ),
    "signature_changed_after": QT_TRANSLATE_NOOP(
        "Problems",
        "the document was changed after the signature in {field} ({signer}) by "
        "more than signatures",
    ),
    "signature_not_ours": QT_TRANSLATE_NOOP(
        "Problems",
        "the signature in {field} ({signer}) is not on a frozen version of this agreement",
    ),
    "signature_untrusted": QT_TRANSLATE_NOOP(
        "Problems", "the signature in {field} ({signer}) is from an issuer not on the trust list"
    ),
    "signature_no_party": QT_TRANSLATE_NOOP(
        "Problems",
        "the signature in {field} is in a field of its own, not a party's: drop the file on "
        "the party who signed it",
    ),
    "signature_party_twice": QT_TRANSLATE_NOOP(
        "Problems", "two signatures count for the same party ({fields})"
    ),
    "signature_superseded": QT_TRANSLATE_NOOP(
        "Problems",
        "the signature in {field} ({signer}) is on version {version}, "
        "which a later frozen version replaced",
    ),
    "signing_not_out": QT_TRANSLATE_NOOP(
        "Problems",
        "only an agreement out for signature takes electronic signatures (this one is “{status}”)",
    ),
    "signature_same_signer": QT_TRANSLATE_NOOP(
        "Problems",
        "{signer} signed {fields} with one certificate: one signer signs for one party",
    ),
    "crl_out_of_date": QT_TRANSLATE_NOOP(
        "Problems",
        "{file} is past its next update: get the signing service's current list",
    ),
    "signer_cannot_sign": QT_TRANSLATE_NOOP(
        "Problems",
        "the certificate of {signer} is not for signing (its key usage)",
    ),
    "signing_failed": QT_TRANSLATE_NOOP(
        "Problems",
        "the signing failed: {reason}",
    ),
    "signature_expired": QT_TRANSLATE_NOOP(
        "Problems",
        "the signature in {field} ({signer}) is not valid: the certificate was not valid then",
    ),
    "signature_revoked": QT_TRANSLATE_NOOP(
        "Problems",
        "the signature in {field} ({signer}) is not valid: the certificate is revoked",
    ),
    "signatures_already_recorded": QT_TRANSLATE_NOOP(
        "Problems",
        "every signature in the file is from a party already recorded as signed",
    ),
    "not_a_crl": QT_TRANSLATE_NOOP(
        "Problems",
        "{file} is not a certificate revocation list (CRL)",
    ),
    "pkcs12_unreadable": QT_TRANSLATE_NOOP(
        "Problems",
        "the certificate file cannot be opened: a wrong password, or not a PKCS#12 file",
    ),
    "signer_untrusted": QT_TRANSLATE_NOOP(
        "Problems",
        "the certificate of {signer} is not from an issuer on the trust list",
    ),
    "signer_expired": QT_TRANSLATE_NOOP(
        "Problems",
        "the certificate of {signer} has expired or is not yet valid",
    ),
    "signer_revoked": QT_TRANSLATE_NOOP(
        "Problems",
        "the certificate of {signer} is revoked",
    ),
    "party_already_signed": QT_TRANSLATE_NOOP(
        "Problems",
        "{party} is already recorded as signed ({signed})",
    ),
    "no_such_party": QT_TRANSLATE_NOOP(
        "Problems",
        "no party {party} in this agreement (give its number or name)",
    ),
    "report_section_heading": QT_TRANSLATE_NOOP("Problems", "give the section a heading"),
    "too_many_report_sections": QT_TRANSLATE_NOOP(
        "Problems", "at most {max} introductory sections"
    ),
    "funder_without_amount": QT_TRANSLATE_NOOP(
        "Problems", "give the amount received as well as the funder"
    ),
    "amount_without_funder": QT_TRANSLATE_NOOP("Problems", "say who the money was received from"),
    "not_an_area": QT_TRANSLATE_NOOP("Problems", "not an area of collaboration of this agreement"),
    "not_a_checkin": QT_TRANSLATE_NOOP("Problems", "not a check-in of this agreement"),
    # -- signed copies ---------------------------------------------------------------------
    "not_a_party": QT_TRANSLATE_NOOP(
        "Problems", "Organisation {id} is not a party to this agreement."
    ),
    "file_too_large": QT_TRANSLATE_NOOP("Problems", "{path} is larger than {limit}"),
    "not_pdf_or_image": QT_TRANSLATE_NOOP(
        "Problems", "{name} is not a PDF or an image (PNG, JPEG, TIFF)"
    ),
    "signed_on_other_day": QT_TRANSLATE_NOOP("Problems", "{party} signed on {signed}, not {given}"),
    "no_signed_copy": QT_TRANSLATE_NOOP("Problems", "There is no signed copy with ID {id}."),
    "no_signed_copy_for": QT_TRANSLATE_NOOP("Problems", "There is no signed copy with ID {id}."),
    "checksum_mismatch": QT_TRANSLATE_NOOP(
        "Problems", "Signed copy {id} does not match its checksum; it was not written."
    ),
    # -- files written ---------------------------------------------------------------------
    "output_is_folder": QT_TRANSLATE_NOOP("Problems", "{path} is a folder; name a file."),
    "no_such_folder": QT_TRANSLATE_NOOP("Problems", "The folder {path} does not exist."),
    "wrong_suffix": QT_TRANSLATE_NOOP("Problems", "a {kind} file ends in .{suffix}"),
    "output_is_database": QT_TRANSLATE_NOOP(
        "Problems", "that is the database itself; choose another file"
    ),
    "cannot_read": QT_TRANSLATE_NOOP("Problems", "{path} cannot be read: {reason}"),
    "cannot_write": QT_TRANSLATE_NOOP("Problems", "{path} cannot be written: {reason}"),
    "pdf_only": QT_TRANSLATE_NOOP("Problems", "archive and signature fields apply to PDF only"),
    "archive_with_fields": QT_TRANSLATE_NOOP(
        "Problems",
        "an archival PDF/A cannot carry empty signature fields; archive the signed copy instead",
    ),
    "pdfa_failed": QT_TRANSLATE_NOOP("Problems", "The PDF/A conversion failed: {reason}"),
    "backup_postgresql": QT_TRANSLATE_NOOP(
        "Problems", "a PostgreSQL database is backed up by its administrator (pg_dump)"
    ),
    # -- the database ----------------------------------------------------------------------
    "bad_url": QT_TRANSLATE_NOOP("Problems", "Not a usable database address: {url}"),
    "database_is_folder": QT_TRANSLATE_NOOP("Problems", "{path} is a folder, not a database file."),
    "saved_meanwhile": QT_TRANSLATE_NOOP(
        "Problems", "Someone else saved this record in the meantime. Open it again and retry."
    ),
    "database_refused": QT_TRANSLATE_NOOP("Problems", "the database refused the change: {reason}"),
    "database_unusable": QT_TRANSLATE_NOOP("Problems", "The database could not be used: {reason}"),
    "migrate_to_itself": QT_TRANSLATE_NOOP(
        "Problems", "{url} is the database being copied. Name the team's database."
    ),
    "migrate_target_not_empty": QT_TRANSLATE_NOOP(
        "Problems",
        "{url} is not empty ({table}: {rows} rows). A register is copied only into an empty "
        "database; nothing was changed.",
    ),
    "migrate_mismatch": QT_TRANSLATE_NOOP(
        "Problems", "The copy in {url} did not match this database ({tables}); nothing was copied."
    ),
    "migrate_failed": QT_TRANSLATE_NOOP(
        "Problems", "Copying to {url} failed ({reason}); nothing was copied."
    ),
    "server_unreachable": QT_TRANSLATE_NOOP(
        "Problems",
        "The database server could not be reached ({reason}). Nothing was saved; your "
        "changes are still here, and the next try connects again.",
    ),
    "database_needs_password": QT_TRANSLATE_NOOP(
        "Problems",
        "The database server {url} asks for a password. Give it when asked, or keep it in "
        "the keyring.",
    ),
    "cannot_create_data_folder": QT_TRANSLATE_NOOP(
        "Problems", "The data folder cannot be created: {reason}"
    ),
    "cannot_open_database": QT_TRANSLATE_NOOP(
        "Problems", "The database {url} cannot be opened: {reason}"
    ),
    "no_driver": QT_TRANSLATE_NOOP("Problems", "No driver for {url}: {module} is not installed."),
    "not_sqlite": QT_TRANSLATE_NOOP("Problems", "{path} is not a bibagreements database."),
    "not_our_database": QT_TRANSLATE_NOOP("Problems", "{path} is not a bibagreements database."),
    "database_too_new": QT_TRANSLATE_NOOP(
        "Problems",
        "{path} was written by a newer version of bibagreements (schema {revision}). Update the "
        "program to open it; the file was not changed.",
    ),
    "broken_references": QT_TRANSLATE_NOOP(
        "Problems",
        "Updating the database would leave {count} broken reference(s); nothing was changed.",
    ),
    "integrity_failed": QT_TRANSLATE_NOOP(
        "Problems", "The copy failed SQLite's integrity check: {result}"
    ),
    # -- the interchange file --------------------------------------------------------------
    "problems_in_file": QT_TRANSLATE_NOOP("Problems", "{count} problem(s) in the file"),
    "not_utf8": QT_TRANSLATE_NOOP("Problems", "{path} is not UTF-8 text."),
    "invalid_json_at": QT_TRANSLATE_NOOP(
        "Problems", "{path} is not valid JSON (line {line}, column {column}: {reason})."
    ),
    "invalid_json": QT_TRANSLATE_NOOP("Problems", "{path} is not valid JSON ({reason})."),
    "nested_too_deeply": QT_TRANSLATE_NOOP("Problems", "{path} is nested too deeply."),
    "newer_format": QT_TRANSLATE_NOOP(
        "Problems",
        "the file is format version {version}, written by a newer bibagreements; this "
        "version reads up to {supported}",
    ),
    "uid_twice": QT_TRANSLATE_NOOP("Problems", "{uid} appears twice in the file"),
    "event_uid_taken": QT_TRANSLATE_NOOP("Problems", "{uid} is also used by {other}"),
    "no_agreement_uid": QT_TRANSLATE_NOOP("Problems", "no agreement with uid {uid} in the file"),
    "renewal_circle": QT_TRANSLATE_NOOP("Problems", "the chain of renewals goes round in a circle"),
    "outside_file_period": QT_TRANSLATE_NOOP("Problems", "{date} is outside the period"),
    "no_area_number": QT_TRANSLATE_NOOP("Problems", "there is no area number {index}"),
    "no_checkin_number": QT_TRANSLATE_NOOP("Problems", "there is no check-in number {index}"),
    # -- found by the window itself --------------------------------------------------------
    "date_format": QT_TRANSLATE_NOOP("Problems", "write the date as YYYY-MM-DD"),
    "amount_format": QT_TRANSLATE_NOOP("Problems", "write an amount in kronor"),
    "choose_organisation": QT_TRANSLATE_NOOP("Problems", "choose an organisation from the list"),
    "signed_content_locked": QT_TRANSLATE_NOOP(
        "Problems",
        "the agreement is signed: what the parties signed cannot change "
        "(renew it for a new version; registry numbers and contact persons can change)",
    ),
    "not_a_pdf": QT_TRANSLATE_NOOP("Problems", "{name} cannot be opened as a PDF."),
    "printer_unusable": QT_TRANSLATE_NOOP("Problems", "The printer {printer} cannot be used."),
    # -- safe output paths -----------------------------------------------------------------
    "output_is_link": QT_TRANSLATE_NOOP(
        "Problems", "{path} is a symbolic link; choose the file itself or a new name."
    ),
    "output_not_a_file": QT_TRANSLATE_NOOP(
        "Problems", "{path} is not a regular file (a device, pipe or socket); choose a file."
    ),
    # -- automatic backups and restore ------------------------------------------------------
    "disk_full": QT_TRANSLATE_NOOP(
        "Problems", "There is no room for the copy in {folder}; nothing was replaced."
    ),
    "restore_no_file": QT_TRANSLATE_NOOP(
        "Problems", "{path} does not exist; nothing was restored."
    ),
    "restore_not_a_file": QT_TRANSLATE_NOOP(
        "Problems", "{path} is not a file; nothing was restored."
    ),
    "restore_not_sqlite": QT_TRANSLATE_NOOP(
        "Problems", "{path} is not a bibagreements backup; nothing was restored."
    ),
    "restore_not_ours": QT_TRANSLATE_NOOP(
        "Problems", "{path} is not a bibagreements backup; nothing was restored."
    ),
    "restore_too_new": QT_TRANSLATE_NOOP(
        "Problems",
        "{path} was written by a newer version of bibagreements (schema {revision}). Update "
        "the program to restore it; nothing was restored.",
    ),
    "restore_damaged": QT_TRANSLATE_NOOP(
        "Problems", "{path} is damaged ({reason}); nothing was restored."
    ),
    "restore_is_database": QT_TRANSLATE_NOOP(
        "Problems", "{path} is the database itself; nothing was restored."
    ),
    "restore_database_busy": QT_TRANSLATE_NOOP(
        "Problems",
        "The database {path} is in use by another program. Close it and try again; nothing "
        "was restored.",
    ),
    "restore_postgresql": QT_TRANSLATE_NOOP(
        "Problems", "A PostgreSQL database is restored by its administrator (pg_restore)."
    ),
    # -- bounded input --
    "not_a_regular_file": QT_TRANSLATE_NOOP(
        "Problems", "{path} is not a regular file (a folder, device or pipe is not read)"
    ),
    "not_an_image": QT_TRANSLATE_NOOP(
        "Problems", "{name} is not a PNG, JPEG or TIFF image that can be opened"
    ),
    "image_too_large": QT_TRANSLATE_NOOP("Problems", "{name} has more than {max} pixels"),
    "damaged_pdf": QT_TRANSLATE_NOOP("Problems", "{name} is not a PDF that can be opened"),
    "duplicate_key": QT_TRANSLATE_NOOP("Problems", "the key {key} appears twice in one object"),
    "control_character": QT_TRANSLATE_NOOP("Problems", "contains a control character ({char})"),
    # -- clauses and templates -------------------------------------------------------------
    "placeholder_unknown": QT_TRANSLATE_NOOP(
        "Problems",
        "“{name}” at line {line}, column {column} is not a placeholder",
    ),
    "placeholder_misspelt": QT_TRANSLATE_NOOP(
        "Problems",
        "“{name}” at line {line}, column {column} is not a placeholder; "
        "did you mean “{suggestion}”?",
    ),
    "brace_unclosed": QT_TRANSLATE_NOOP(
        "Problems",
        "the brace at line {line}, column {column} is not closed "
        "(write two for a brace in the text)",
    ),
    "brace_unmatched": QT_TRANSLATE_NOOP(
        "Problems",
        "the closing brace at line {line}, column {column} has no opening one "
        "(write two for a brace in the text)",
    ),
    "placeholder_no_value": QT_TRANSLATE_NOOP(
        "Problems",
        "the placeholder “{name}” at line {line}, column {column} has no value in this agreement",
    ),
    "no_clause": QT_TRANSLATE_NOOP("Problems", "No clause with ID {id}."),
    "no_template": QT_TRANSLATE_NOOP("Problems", "No template {name}."),
    "template_name_taken": QT_TRANSLATE_NOOP(
        "Problems", "There is already a template named {name}."
    ),
    # -- house styles ------------------------------------------------------------------------
    "no_house_style": QT_TRANSLATE_NOOP("Problems", "There is no house style for {organisation}."),
    "house_style_changed": QT_TRANSLATE_NOOP(
        "Problems",
        "The house style of {organisation} was changed by someone else (version {stored}, "
        "yours is {yours}). Open it again before changing it.",
    ),
    "house_style_removed": QT_TRANSLATE_NOOP(
        "Problems", "The house style of {organisation} was removed by someone else."
    ),
    "not_a_logo": QT_TRANSLATE_NOOP(
        "Problems", "{name} is not a PNG or SVG image that can be opened"
    ),
    "svg_not_self_contained": QT_TRANSLATE_NOOP(
        "Problems",
        "{name} refers to {what}: an SVG logo must be self-contained (no DOCTYPE, entities, "
        "external files or links)",
    ),
    "not_a_colour": QT_TRANSLATE_NOOP("Problems", "must be a colour written #RRGGBB"),
    "unknown_font": QT_TRANSLATE_NOOP("Problems", "must be one of {fonts}"),
    "too_many_lines": QT_TRANSLATE_NOOP("Problems", "has more than {max} lines"),
    "unknown_language": QT_TRANSLATE_NOOP("Problems", "must be one of {languages}"),
    "unknown_phrase": QT_TRANSLATE_NOOP(
        "Problems", "{key} is not a phrase a house style can reword"
    ),
    "unknown_placeholder": QT_TRANSLATE_NOOP(
        "Problems", "{placeholder} is not a placeholder of this phrase (it has {known})"
    ),
    "phrase_braces": QT_TRANSLATE_NOOP(
        "Problems", "has a brace that opens or closes no placeholder"
    ),
    # -- damaged databases -------------------------------------------------------------------
    # -- importing an existing agreement --
    "import_empty": QT_TRANSLATE_NOOP("Problems", "{path} holds no text; nothing was imported"),
    "import_encrypted": QT_TRANSLATE_NOOP(
        "Problems", "{path} is protected by a password; save it without one and import it again"
    ),
    "import_old_word": QT_TRANSLATE_NOOP(
        "Problems", "{path} is an old Word document (.doc); save it as .docx and import that"
    ),
    "import_not_a_document": QT_TRANSLATE_NOOP(
        "Problems", "{path} is neither a Word document (.docx) nor a text file"
    ),
    "import_unpacks_too_large": QT_TRANSLATE_NOOP(
        "Problems", "{path} unpacks to more than {limit}; nothing was imported"
    ),
    "import_damaged": QT_TRANSLATE_NOOP(
        "Problems", "{path} is a damaged Word document that cannot be read"
    ),
    "import_too_few_parties": QT_TRANSLATE_NOOP(
        "Problems",
        "Parties found in {path}: {count}; an agreement needs two, so no draft was created.",
    ),
    "import_title": QT_TRANSLATE_NOOP("Problems", "Title: {title}"),
    "import_kind": QT_TRANSLATE_NOOP("Problems", "Kind: {kind}"),
    "import_kind_assumed": QT_TRANSLATE_NOOP(
        "Problems", "The title names no kind of agreement: a cooperation agreement is assumed"
    ),
    "import_kind_needs_link": QT_TRANSLATE_NOOP(
        "Problems",
        "The document is a {kind}, which needs the agreement it belongs to: imported as a "
        "cooperation agreement; change the kind in the editor",
    ),
    "import_language": QT_TRANSLATE_NOOP("Problems", "Language: {language}"),
    "import_party_matched": QT_TRANSLATE_NOOP("Problems", "Party {name}: found in the register"),
    "import_party_matched_by_number": QT_TRANSLATE_NOOP(
        "Problems", "Party {name}: found in the register as {stored}"
    ),
    "import_party_added": QT_TRANSLATE_NOOP("Problems", "Party {name}: added to the register"),
    "import_party_added_with_number": QT_TRANSLATE_NOOP(
        "Problems", "Party {name}: added to the register with {org_number}"
    ),
    "import_no_org_number": QT_TRANSLATE_NOOP(
        "Problems", "No organisation number found for {name}"
    ),
    "import_bad_org_number": QT_TRANSLATE_NOOP(
        "Problems", "{number} given for {name} is not a valid organisation number"
    ),
    "import_number_differs": QT_TRANSLATE_NOOP(
        "Problems",
        "{name}: the text gives {number}, the register has {stored}; the register's is kept",
    ),
    "import_number_not_added": QT_TRANSLATE_NOOP(
        "Problems",
        "{name}: the text gives {number}; the register has none (add it there if it is right)",
    ),
    "import_signatory": QT_TRANSLATE_NOOP("Problems", "Signatory for {party}: {name}"),
    "import_contact": QT_TRANSLATE_NOOP("Problems", "Contact person for {party}: {name}"),
    "import_no_signatory": QT_TRANSLATE_NOOP("Problems", "No signatory's name found for {party}"),
    "import_signed": QT_TRANSLATE_NOOP("Problems", "{party} signed in {place} on {date}"),
    "import_no_signing": QT_TRANSLATE_NOOP(
        "Problems", "No place and date of signing found for {party}"
    ),
    "import_period": QT_TRANSLATE_NOOP("Problems", "Period: {start} – {end}"),
    "import_start": QT_TRANSLATE_NOOP("Problems", "In force from {start}; no end date found"),
    "import_no_period": QT_TRANSLATE_NOOP("Problems", "No period found"),
    "import_cadence": QT_TRANSLATE_NOOP("Problems", "Check-ins: {cadence}"),
    "import_no_cadence": QT_TRANSLATE_NOOP(
        "Problems", "No check-in cadence found: the draft has no fixed check-ins"
    ),
    "import_programme": QT_TRANSLATE_NOOP("Problems", "Programme: {programme}"),
    "import_no_purpose": QT_TRANSLATE_NOOP("Problems", "No introduction or purpose found"),
    "import_governing_document": QT_TRANSLATE_NOOP(
        "Problems", "Governing document: {title} {years}"
    ),
    "import_area": QT_TRANSLATE_NOOP("Problems", "Area of collaboration: {title}"),
    "import_no_areas": QT_TRANSLATE_NOOP("Problems", "No areas of collaboration found"),
    "import_section": QT_TRANSLATE_NOOP("Problems", "Section: {heading}"),
    "import_text_cut": QT_TRANSLATE_NOOP(
        "Problems", "{field} is longer than {max} characters and was cut there"
    ),
    "database_damaged": QT_TRANSLATE_NOOP(
        "Problems",
        "The database {path} is damaged. The newest automatic backup of it is {backup}; "
        "restore it with: {command}",
    ),
    "database_damaged_no_backup": QT_TRANSLATE_NOOP(
        "Problems",
        "The database {path} is damaged, and there is no automatic backup of it. Restore "
        "your own latest copy with: {command} FILE",
    ),
}

# The top-level field of a path as its label next to the problem.
FIELDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Problems", "Title"),
    "period": QT_TRANSLATE_NOOP("Problems", "Period"),
    "parties": QT_TRANSLATE_NOOP("Problems", "Parties"),
    "parent": QT_TRANSLATE_NOOP("Problems", "Parent agreement"),
    "predecessor": QT_TRANSLATE_NOOP("Problems", "Renews"),
    "project": QT_TRANSLATE_NOOP("Problems", "Project"),
    "status": QT_TRANSLATE_NOOP("Problems", "Status"),
    "content": QT_TRANSLATE_NOOP("Problems", "Content"),
    "governing_documents": QT_TRANSLATE_NOOP("Problems", "Governing documents"),
    "areas": QT_TRANSLATE_NOOP("Problems", "Areas of collaboration"),
    "sections": QT_TRANSLATE_NOOP("Problems", "Other sections"),
    "links": QT_TRANSLATE_NOOP("Problems", "Links"),
    "name": QT_TRANSLATE_NOOP("Problems", "Name"),
    "org_number": QT_TRANSLATE_NOOP("Problems", "Organisation number"),
    "email": QT_TRANSLATE_NOOP("Problems", "E-mail"),
    "organisation": QT_TRANSLATE_NOOP("Problems", "Organisation"),
    "replacement": QT_TRANSLATE_NOOP("Problems", "Replacement"),
    "held_on": QT_TRANSLATE_NOOP("Problems", "Held on"),
    "due": QT_TRANSLATE_NOOP("Problems", "Due date"),
    "participants": QT_TRANSLATE_NOOP("Problems", "Participants"),
    "event_uid": QT_TRANSLATE_NOOP("Problems", "Calendar UID"),
    "year": QT_TRANSLATE_NOOP("Problems", "Year"),
    "entry": QT_TRANSLATE_NOOP("Problems", "Follow-up entry"),
    "area": QT_TRANSLATE_NOOP("Problems", "Area of collaboration"),
    "checkin": QT_TRANSLATE_NOOP("Problems", "Check-in"),
    "signed_on": QT_TRANSLATE_NOOP("Problems", "Signed on"),
    "file": QT_TRANSLATE_NOOP("Problems", "File"),
    "pkcs12": QT_TRANSLATE_NOOP("Problems", "Certificate file"),
    "crl": QT_TRANSLATE_NOOP("Problems", "Revocation list"),
    "place": QT_TRANSLATE_NOOP("Problems", "Place"),
    "party": QT_TRANSLATE_NOOP("Problems", "Party"),
    "output": QT_TRANSLATE_NOOP("Problems", "File"),
    "format": QT_TRANSLATE_NOOP("Problems", "File format"),
    "backup": QT_TRANSLATE_NOOP("Problems", "Backup"),
    "version": QT_TRANSLATE_NOOP("Problems", "Format version"),
    "until": QT_TRANSLATE_NOOP("Problems", "Snoozed until"),
    "days": QT_TRANSLATE_NOOP("Problems", "Days ahead"),
    "renewal": QT_TRANSLATE_NOOP("Problems", "Notice and extension"),
    "amends": QT_TRANSLATE_NOOP("Problems", "Amended agreement"),
    "notice_given_on": QT_TRANSLATE_NOOP("Problems", "Notice given on"),
    "programme": QT_TRANSLATE_NOOP("Problems", "Programme"),
    "development_area": QT_TRANSLATE_NOOP("Problems", "Development area"),
    "purpose": QT_TRANSLATE_NOOP("Problems", "Introduction and purpose"),
    "background": QT_TRANSLATE_NOOP("Problems", "Background"),
    "notes": QT_TRANSLATE_NOOP("Problems", "Notes"),
    "address": QT_TRANSLATE_NOOP("Problems", "Address"),
    "phone": QT_TRANSLATE_NOOP("Problems", "Phone"),
    "sub_goal": QT_TRANSLATE_NOOP("Problems", "Sub-goal"),
    "activity": QT_TRANSLATE_NOOP("Problems", "Activities"),
    "outcome": QT_TRANSLATE_NOOP("Problems", "Outcome"),
    # -- the agreement list --
    "short_title": QT_TRANSLATE_NOOP("Problems", "Short title"),
}


def _status(value: Param) -> str:
    try:
        return status_label(AgreementStatus(str(value)))
    except ValueError:
        return str(value)


def _checkin_status(value: Param) -> str:
    words = {
        "planned": translate("Problems", "planned", "a check-in's state"),
        "held": translate("Problems", "held", "a check-in's state"),
        "cancelled": translate("Problems", "cancelled", "a check-in's state"),
    }
    return words.get(str(value), str(value))


def _checkin_action(value: Param) -> str:
    words = {
        "moved": translate("Problems", "moved", "only a planned check-in can be …"),
        "cancelled": translate("Problems", "cancelled", "only a planned check-in can be …"),
    }
    return words.get(str(value), str(value))


def _printer(value: Param) -> str:
    return str(value) or translate("Problems", "(no name)", "a printer without a name")


def _kind(value: Param) -> str:
    try:
        return kind_label(AgreementKind(str(value)))
    except ValueError:
        return str(value)


def _cadence(value: Param) -> str:
    try:
        return cadence_label(Cadence(str(value)))
    except ValueError:
        return str(value)


def _language(value: Param) -> str:
    try:
        return language_label(Language(str(value)))
    except ValueError:
        return str(value)


# Parameters that hold a stable value rather than words: shown in the user's words.
DISPLAY: dict[str, Callable[[Param], str]] = {
    "status": _status,
    "from_status": _status,
    "to_status": _status,
    "checkin_status": _checkin_status,
    "action": _checkin_action,
    "printer": _printer,
    "kind": _kind,
    "cadence": _cadence,
    "language": _language,
}


def text_for(code: str, params: Params) -> str | None:
    """The translated text of ``code`` with ``params`` filled in; None for verbatim codes
    and codes without a text here."""
    source = TEXTS.get(code)
    if code in VERBATIM or source is None:
        return None
    values = {name: DISPLAY[name](v) if name in DISPLAY else v for name, v in params}
    return translate("Problems", source).format(**values)


def message_text(problem: Problem) -> str:
    """What is wrong, in the user's language, without the field."""
    return text_for(problem.code, problem.params) or problem.message()


def field_label(field: str) -> str:
    source = FIELDS.get(field)
    return translate("Problems", source) if source else field


def human(problem: Problem, *, with_field: bool = True) -> str:
    """One problem as a sentence: ``Parties, row 2: … is a party twice``."""
    text = message_text(problem)
    source = TEXTS.get(problem.code, "")
    if not translate("Problems", source).startswith("{"):  # a value (a file name) stays as written
        text = text[:1].upper() + text[1:]
    index = problem.index
    if not with_field and index is not None:
        return translate("Problems", "Row {row}: {text}").format(row=index + 1, text=text)
    if not with_field or not problem.path:
        return text
    if problem.field not in FIELDS:  # a path in a file (the importer's): shown as it is
        return f"{problem.path_text()}: {text}"
    where = field_label(problem.field)
    if index is not None:
        where = translate("Problems", "{field}, row {row}").format(field=where, row=index + 1)
    return f"{where}: {text}"


def error_text(exc: BibError) -> str:
    """An error of the core in the user's language; its English where there is no text."""
    return text_for(exc.code, exc.params) or str(exc)
