"""One window per database: a second start on the same database brings the first to the front.

The first instance holds a lock file named after the database (QLockFile: a crashed
holder's lock is taken over) and, once its window shows, listens on a local socket of
the same name. A second start that finds the lock connects to that socket, which
raises the first window, and quits. When the first cannot be reached, the second
opens with a notice that the database is open twice.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QCryptographicHash,
    QDir,
    QLockFile,
    QObject,
    Signal,
)
from PySide6.QtWidgets import QMainWindow, QWidget

from bibagreements.gui.database_names import without_password

if TYPE_CHECKING:  # QtNetwork loads only when a socket is needed, after the window shows
    from PySide6.QtNetwork import QLocalServer

CONNECT_TRIES = 10  # the first may still be starting: its socket comes after its window


def instance_key(db_name: str | None) -> str:
    """The name of the lock and the socket for a database (the same file, the same name)."""
    name = db_name or "(the default database)"
    url = "://" in name
    name = without_password(name) if url else str(Path(name).expanduser().absolute())
    # Qt's hash, not hashlib: importing hashlib (OpenSSL) costs the start-up 2-3 ms.
    digest = QCryptographicHash.hash(name.encode("utf-8"), QCryptographicHash.Algorithm.Sha256)
    return "bibagreements-" + bytes(digest.toHex().data()).decode("ascii")[:20]


def bring_to_front(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


class SingleInstance(QObject):
    activate_requested = Signal()  # another start asked for this window

    def __init__(self, db_name: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server: QLocalServer | None = None
        self._lock: QLockFile | None = None
        self.key = ""
        self._use(db_name)

    def _use(self, db_name: str | None) -> None:
        self.key = instance_key(db_name)
        self._lock = QLockFile(str(Path(QDir.tempPath()) / f"{self.key}.lock"))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, never by age

    @property
    def first(self) -> bool:
        return self._lock is not None and self._lock.isLocked()

    def claim(self) -> bool:
        """True when no other instance has this database open (the lock is now ours)."""
        assert self._lock is not None
        return self._lock.tryLock(0)

    def listen(self) -> None:
        """Answer later starts on the same database (after the window shows: QtNetwork)."""
        if not self.first or self._server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.key)  # left by a crashed holder: the lock is ours now
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(self.key):
            server.newConnection.connect(self._connected)
            self._server = server

    def _connected(self) -> None:
        assert self._server is not None
        while (connection := self._server.nextPendingConnection()) is not None:
            connection.disconnected.connect(connection.deleteLater)
            connection.disconnectFromServer()
            self.activate_requested.emit()

    def ask_first_to_show(self) -> bool:
        """Bring the instance holding the database to the front; False when it cannot be
        reached."""
        from PySide6.QtNetwork import QLocalSocket

        for _ in range(CONNECT_TRIES):
            socket = QLocalSocket()
            socket.connectToServer(self.key)
            if socket.waitForConnected(500):
                socket.disconnectFromServer()
                return True
            time.sleep(0.1)
        return False

    def switch(self, db_name: str | None) -> bool:
        """Follow the window to another database; False when another instance has it."""
        self.release()
        self._use(db_name)
        if not self.claim():
            return False
        self.listen()
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock is not None and self._lock.isLocked():
            self._lock.unlock()


def tell_shared(window: QMainWindow) -> None:
    """The window opened on a database another instance has open, which did not answer."""
    from bibagreements.gui import dialogs

    text = QCoreApplication.translate(
        "SingleInstance",
        "This database is open in another bibagreements window as well. Changes made in "
        "one show in the other after Refresh (F5); when both edit the same agreement, the "
        "second to save is told so.",
    )
    window.statusBar().showMessage(
        QCoreApplication.translate("SingleInstance", "Open in another window as well.")
    )
    dialogs.inform(window, QCoreApplication.translate("SingleInstance", "Open twice"), text)
