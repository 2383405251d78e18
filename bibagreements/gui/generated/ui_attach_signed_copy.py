# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attach_signed_copy.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from bibagreements.gui.widgets import DateEdit

class Ui_AttachSignedCopyDialog(object):
    def setupUi(self, AttachSignedCopyDialog):
        if not AttachSignedCopyDialog.objectName():
            AttachSignedCopyDialog.setObjectName(u"AttachSignedCopyDialog")
        AttachSignedCopyDialog.resize(560, 240)
        self.mainLayout = QVBoxLayout(AttachSignedCopyDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(AttachSignedCopyDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.fileLabel = QLabel(AttachSignedCopyDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(AttachSignedCopyDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(AttachSignedCopyDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileLayout)

        self.signedOnLabel = QLabel(AttachSignedCopyDialog)
        self.signedOnLabel.setObjectName(u"signedOnLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signedOnLabel)

        self.signedOnEdit = DateEdit(AttachSignedCopyDialog)
        self.signedOnEdit.setObjectName(u"signedOnEdit")
        self.signedOnEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.signedOnEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signedOnEdit)

        self.placeLabel = QLabel(AttachSignedCopyDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(AttachSignedCopyDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(AttachSignedCopyDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(AttachSignedCopyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.signedOnLabel.setBuddy(self.signedOnEdit)
        self.placeLabel.setBuddy(self.placeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.signedOnEdit)
        QWidget.setTabOrder(self.signedOnEdit, self.placeEdit)

        self.retranslateUi(AttachSignedCopyDialog)

        QMetaObject.connectSlotsByName(AttachSignedCopyDialog)
    # setupUi

    def retranslateUi(self, AttachSignedCopyDialog):
        AttachSignedCopyDialog.setWindowTitle(QCoreApplication.translate("AttachSignedCopyDialog", u"Attach signed copy", None))
        self.fileLabel.setText(QCoreApplication.translate("AttachSignedCopyDialog", u"&Scanned copy:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("AttachSignedCopyDialog", u"A PDF or an image (PNG, JPEG, TIFF)", None))
        self.browseButton.setText(QCoreApplication.translate("AttachSignedCopyDialog", u"&Browse\u2026", None))
        self.signedOnLabel.setText(QCoreApplication.translate("AttachSignedCopyDialog", u"Signed &on:", None))
        self.placeLabel.setText(QCoreApplication.translate("AttachSignedCopyDialog", u"Signed &in:", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("AttachSignedCopyDialog", u"Place, e.g. Malm\u00f6", None))
    # retranslateUi

