"""The one place where exceptions become messages for people.

Known errors (BibError and file problems) get a title by their class and a
friendly sentence by their code (bibagreements/gui/problems.py). Anything
else is a bug: the user sees an apology, the traceback goes to a log file and
into a details box with a "Copy details" button, never onto the screen alone.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from bibagreements.domain.problems import Problem

from bibagreements import __version__
from bibagreements.errorlog import append_to_error_log, describe

if TYPE_CHECKING:
    from bibagreements.errors import BibError

log = logging.getLogger(__name__)


def _human(problem: Problem) -> str:
    from bibagreements.gui.problems import human  # only when there is a problem to show

    return human(problem)


def _text(exc: BibError) -> str:
    from bibagreements.gui.problems import error_text

    return error_text(exc)


class Message(NamedTuple):  # not a dataclass: see gui.operations
    title: str
    text: str
    details: str = ""  # only for bugs: the traceback
    is_bug: bool = False


def _bullets(lines: list[str]) -> str:
    return "\n".join(f"• {line}" for line in lines)


class ErrorPresenter(QObject):
    """Describes an exception for people and shows it; ``show`` is replaced in tests."""

    def __init__(self, parent_widget: Callable[[], QWidget | None] = lambda: None) -> None:
        super().__init__()
        self._parent_widget = parent_widget

    def describe(self, exc: BaseException) -> Message:
        # On first use, not at start-up (the error classes bring the message catalogue).
        from bibagreements.errors import (
            BibError,
            ConflictError,
            DatabaseError,
            DatabaseTooNewError,
            DocumentError,
            InterchangeError,
            MailError,
            NotFoundError,
            ValidationError,
        )

        if isinstance(exc, ValidationError):
            return Message(
                self.tr("Not saved"),
                self.tr("Please correct the following:")
                + "\n"
                + _bullets([_human(p) for p in exc.problems]),
            )
        if isinstance(exc, ConflictError):
            return Message(self.tr("Not possible right now"), _text(exc))
        if isinstance(exc, NotFoundError):
            return Message(
                self.tr("Not found"),
                self.tr("It may have been deleted in the meantime. The list has been refreshed.")
                + "\n\n"
                + _text(exc),
            )
        if isinstance(exc, DatabaseTooNewError):
            return Message(
                self.tr("The database is too new"),
                self.tr(
                    "This database was written by a newer version of bibagreements. "
                    "Update the program to open it; the file was not changed."
                ),
            )
        if isinstance(exc, DatabaseError) and exc.code.startswith("database_damaged"):
            return Message(self.tr("The database is damaged"), _text(exc))
        if isinstance(exc, DatabaseError):
            return Message(self.tr("The database cannot be used"), _text(exc))
        if isinstance(exc, InterchangeError):
            shown = [_human(p) for p in exc.problems[:15]]
            if len(exc.problems) > 15:
                shown.append(self.tr("… and {0} more").format(len(exc.problems) - 15))
            if not shown:  # the file as a whole: its reason is the message
                shown = [_text(exc)]
            return Message(
                self.tr("The file cannot be imported"),
                self.tr("Nothing was imported.") + "\n" + _bullets(shown),
            )
        if isinstance(exc, DocumentError):
            return Message(self.tr("The document cannot be made"), _text(exc))
        if isinstance(exc, MailError):
            return Message(self.tr("The message was not sent"), _text(exc))
        if isinstance(exc, BibError):
            return Message(self.tr("Not possible"), _text(exc))
        if isinstance(exc, OSError):
            where = f" ({exc.filename})" if exc.filename else ""
            return Message(self.tr("The file cannot be used"), (exc.strerror or str(exc)) + where)
        details = describe(exc)  # what the log holds: places and types, no record's text
        return Message(
            self.tr("Something went wrong"),
            self.tr(
                "bibagreements ran into an internal error. Your saved data is safe. "
                "If it happens again, send the details to whoever supports the program."
            ),
            f"bibagreements {__version__}\n{details}",
            is_bug=True,
        )

    def present(self, exc: BaseException, parent: QWidget | None = None) -> None:
        message = self.describe(exc)
        if message.is_bug:
            self._log(message.details)
        self.show(message, parent or self._parent_widget())

    def show(self, message: Message, parent: QWidget | None) -> None:
        from PySide6.QtWidgets import QMessageBox

        if message.is_bug:
            from bibagreements.gui.error_dialog import DetailsDialog

            DetailsDialog(message, parent).exec()
            return
        box = QMessageBox(QMessageBox.Icon.Warning, message.title, message.text, parent=parent)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        from bibagreements.gui.dialogs import name_buttons

        name_buttons(box)
        box.exec()

    def _log(self, details: str) -> None:
        log.error("%s", details)
        append_to_error_log(details)

    def excepthook(
        self,
        kind: type[BaseException],
        value: BaseException,
        tb: TracebackType | None,
    ) -> None:
        """Installed as sys.excepthook: exceptions escaping a slot end up here."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        if value.__traceback__ is None and tb is not None:
            value = value.with_traceback(tb)
        try:
            self.present(value)
        except Exception:  # the last resort must never raise itself
            sys.__excepthook__(kind, value, tb)


def __getattr__(name: str) -> Any:
    # The details dialog (and the widget classes it needs) load on first use,
    # not at start-up.
    if name == "DetailsDialog":
        from bibagreements.gui.error_dialog import DetailsDialog

        return DetailsDialog
    raise AttributeError(name)
