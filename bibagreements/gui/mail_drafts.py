"""Messages from the editor's tabs: written as .eml drafts and opened in the mail program.

The user picks where the message goes (the documents it attaches are written
beside it and recorded); the program opens it with the system's handler for
.eml files — Outlook opens it as a draft to send, Thunderbird as a message to
"Edit as New". The sender is the coordinator from Settings, else the issuing
party's contact person.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from bibagreements.gui import dialogs
from bibagreements.gui.filenames import safe_file_name
from bibagreements.gui.folders import save_folder
from bibagreements.gui.operations import Change

if TYPE_CHECKING:
    from email.headerregistry import Address

    from bibagreements.domain.records import Agreement
    from bibagreements.gui.context import AppContext
    from bibagreements.services.database import UnitOfWork
    from bibagreements.services.messages import Draft

Build = Callable[["UnitOfWork", "Address | None", Path], Sequence["Draft"]]


def compose(
    owner: QWidget,
    ctx: AppContext,
    caption: str,
    name: str,
    build: Build,
    done: Callable[[list[Path]], object],
    *,
    agreement_id: int,
    changes: Change = Change.DOCUMENTS,
) -> None:
    """Ask where, build the messages in one operation, open each in the mail program."""
    suggested = save_folder(ctx.settings) / safe_file_name(name, "eml")
    filters = QCoreApplication.translate("MailDrafts", "E-mail messages (*.eml)")
    path = dialogs.save_file(owner, caption, str(suggested), filters)
    if not path:
        return
    target = Path(path)
    if target.suffix.lower() != ".eml":
        target = target.with_name(target.name + ".eml")
    sender_text = ctx.settings.sender

    def job(uow: UnitOfWork) -> list[Path]:
        from bibagreements.services.messages import parse_sender, save_drafts

        sender = parse_sender(sender_text) if sender_text.strip() else None
        return save_drafts(uow, build(uow, sender, target), target)

    def opened(paths: list[Path]) -> None:
        from bibagreements.gui import system_open

        for written in paths:
            system_open.open_path(written)
        done(paths)

    ctx.op(owner, job, opened, changes=changes, agreement_id=agreement_id)


REVIEW_DAYS = 14  # the day comments are asked for by, suggested


def send_for_comments(
    owner: QWidget, ctx: AppContext, a: Agreement, done: Callable[[list[Path]], object]
) -> None:
    """The draft for comments: ask by when (and whether a DOCX goes too), then compose."""
    assert a.id is not None
    agreement_id, today = a.id, ctx.today()
    request = dialogs.ask_review(owner, today + timedelta(days=REVIEW_DAYS), today)
    if request is None:
        return

    def build(uow: UnitOfWork, sender: Address | None, target: Path) -> list[Draft]:
        from bibagreements.services.messages import review_request

        draft = review_request(
            uow,
            agreement_id,
            request.reply_by,
            sender,
            target.parent,
            target.stem,
            with_docx=request.with_docx,
        )
        return [draft]

    name = QCoreApplication.translate("MailDrafts", "For comments {0}").format(
        a.short_title or a.title
    )
    caption = QCoreApplication.translate("MailDrafts", "Send the draft for comments")
    compose(owner, ctx, caption, name, build, done, agreement_id=agreement_id)
