"""Showing and printing a PDF with QtPdf (the pyside6-pdf wheel).

QPdfDocument.render() returns pages with a transparent background, so every
page is painted onto white before it is shown or printed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QImage, QPainter, QPalette, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bibagreements.errors import BibError
from bibagreements.gui.screen_fit import fitting_size

ZOOMS = (50, 75, 100, 125, 150, 200)
SCREEN_DPI = 96
MAX_PRINT_DPI = 300  # enough for text; keeps each page image under ~35 MB


def load_pdf(path: Path, parent: QObject) -> QPdfDocument:
    from bibagreements.services.file_content import read_document

    try:  # read with a cap; a pipe put in a rendering's place would hang the window
        data = read_document(Path(path))
    except BibError as exc:
        raise BibError("not_a_pdf", name=Path(path).name) from exc
    document = QPdfDocument(parent)
    buffer = QBuffer(document)  # the document reads from it while it lives
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() is not QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise BibError("not_a_pdf", name=Path(path).name)
    return document


def render_page(document: QPdfDocument, page: int, dpi: float) -> QImage:
    """The page at ``dpi`` on a white background."""
    points = document.pagePointSize(page)
    size = QSize(
        max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72))
    )
    page_image = document.render(page, size)
    white = QImage(size, QImage.Format.Format_RGB32)
    white.fill(Qt.GlobalColor.white)
    painter = QPainter(white)
    painter.drawImage(0, 0, page_image)
    painter.end()
    return white


def make_printer(copies: int, title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setCopyCount(max(1, copies))
    printer.setDocName(title)
    return printer


Progress = Callable[[int, int], bool]  # (pages done, pages in all) -> go on?


def print_pdf(path: Path, printer: QPrinter, progress: Progress | None = None) -> int:
    """Print every page of the PDF on ``printer``; returns the number of pages printed.

    ``progress`` is told before each page; when it returns False the print job is
    aborted and nothing more is sent.
    """
    holder = QObject()  # owns the document until printing is done
    document = load_pdf(path, holder)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise BibError("printer_unusable", printer=printer.printerName() or "")
    count = document.pageCount()
    printed = 0
    try:
        for page in range(count):
            if progress is not None and not progress(page, count):
                printer.abort()
                break
            if page:
                printer.newPage()
            image = render_page(document, page, dpi)
            area = painter.viewport()
            # Fit the page into the printable area, keeping its proportions; the
            # paint engine scales (a PDF printer embeds the image as it is).
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.topLeft(), size), image)
            printed += 1
    finally:
        if painter.isActive():
            painter.end()
    if progress is not None and printed == count:
        progress(count, count)
    return printed


def print_with_progress(parent: QWidget | None, path: Path, printer: QPrinter) -> int:
    """Print with a progress dialog whose Cancel stops after the current page.

    The pages are rendered on the GUI thread (QPdfDocument is not thread-safe), one
    at a time, with the events handled between pages so the window stays responsive.
    """
    translate = QCoreApplication.translate
    dialog = QProgressDialog(
        translate("PdfPreview", "Printing {0}…").format(Path(path).name),
        translate("PdfPreview", "Cancel"),
        0,
        1,
        parent,
    )
    dialog.setWindowTitle(translate("PdfPreview", "Printing"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.show()

    def step(done: int, total: int) -> bool:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)
        dialog.setLabelText(
            translate("PdfPreview", "Printing page {0} of {1}…").format(min(done + 1, total), total)
        )
        QApplication.processEvents()
        return not dialog.wasCanceled()

    try:
        return print_pdf(path, printer, step)
    finally:
        dialog.close()
        dialog.deleteLater()


def print_dialog(parent: QWidget | None, path: Path, copies: int, title: str) -> QPrintDialog:
    """The print dialog, opened (not blocking) with ``copies`` preset; prints on OK."""
    printer = make_printer(copies, title)
    dialog = QPrintDialog(printer, parent)
    dialog.printer_ref = printer  # type: ignore[attr-defined]  # the dialog does not own it
    dialog.accepted.connect(lambda: print_with_progress(parent, path, printer))
    # QPrintDialog.open() needs a receiver in PySide6; show() window-modal does the same.
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog


class PdfPreview(QDialog):
    """The pages one below the other, at a chosen zoom, with a Print button."""

    def __init__(
        self, path: Path, copies: int = 1, title: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.copies = copies
        self.document = load_pdf(self.path, self)
        self._print_dialog: QPrintDialog | None = None
        self.setWindowTitle(self.tr("Preview – {0}").format(self.path.name))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(fitting_size(self, QSize(820, 900)))
        self.zoom = QComboBox(self)
        for percent in ZOOMS:
            self.zoom.addItem(f"{percent} %", percent)
        self.zoom.setCurrentIndex(ZOOMS.index(100))
        self.pages_label = QLabel(self.tr("%n page(s)", "", self.document.pageCount()), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setToolTip(self.tr("One copy per party: {0}").format(copies))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Zoom:"), self))
        top.addWidget(self.zoom)
        top.addWidget(self.pages_label)
        top.addStretch(1)
        top.addWidget(self.print_button)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area.setBackgroundRole(QPalette.ColorRole.Dark)
        self.canvas = QWidget()
        self.canvas_layout = QVBoxLayout(self.canvas)
        self.canvas_layout.setSpacing(12)
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(buttons)
        self.page_labels: list[QLabel] = []
        self.zoom.currentIndexChanged.connect(self.render_pages)
        self.print_button.clicked.connect(self.print_document)
        self.render_pages()

    def render_pages(self, *_args: object) -> None:
        dpi = SCREEN_DPI * int(self.zoom.currentData()) / 100 * self.devicePixelRatioF()
        for label in self.page_labels:
            label.deleteLater()
        self.page_labels = []
        for page in range(self.document.pageCount()):
            pixmap = QPixmap.fromImage(render_page(self.document, page, dpi))
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            label = QLabel(self.canvas)
            label.setPixmap(pixmap)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.canvas_layout.addWidget(label)
            self.page_labels.append(label)

    def print_document(self) -> None:
        self._print_dialog = print_dialog(self, self.path, self.copies, self.path.stem)
