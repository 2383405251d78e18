# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_checkin_dialog.ui'
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
    QFormLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from bibagreements.gui.widgets import DateEdit

class Ui_RecordCheckinDialog(object):
    def setupUi(self, RecordCheckinDialog):
        if not RecordCheckinDialog.objectName():
            RecordCheckinDialog.setObjectName(u"RecordCheckinDialog")
        RecordCheckinDialog.resize(760, 620)
        self.mainLayout = QVBoxLayout(RecordCheckinDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.agreementLabel = QLabel(RecordCheckinDialog)
        self.agreementLabel.setObjectName(u"agreementLabel")
        self.agreementLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.agreementLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.heldLabel = QLabel(RecordCheckinDialog)
        self.heldLabel.setObjectName(u"heldLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.heldLabel)

        self.heldEdit = DateEdit(RecordCheckinDialog)
        self.heldEdit.setObjectName(u"heldEdit")
        self.heldEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.heldEdit.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.heldEdit)

        self.participantsLabel = QLabel(RecordCheckinDialog)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.participantsLabel)

        self.participantsList = QListWidget(RecordCheckinDialog)
        self.participantsList.setObjectName(u"participantsList")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.participantsList)

        self.othersLabel = QLabel(RecordCheckinDialog)
        self.othersLabel.setObjectName(u"othersLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.othersLabel)

        self.othersEdit = QLineEdit(RecordCheckinDialog)
        self.othersEdit.setObjectName(u"othersEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.othersEdit)

        self.notesLabel = QLabel(RecordCheckinDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(RecordCheckinDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.form)

        self.followupsLabel = QLabel(RecordCheckinDialog)
        self.followupsLabel.setObjectName(u"followupsLabel")

        self.mainLayout.addWidget(self.followupsLabel)

        self.followupsTable = QTableWidget(RecordCheckinDialog)
        if (self.followupsTable.columnCount() < 4):
            self.followupsTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.followupsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.followupsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.followupsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.followupsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.followupsTable.setObjectName(u"followupsTable")
        self.followupsTable.horizontalHeader().setStretchLastSection(True)

        self.mainLayout.addWidget(self.followupsTable)

        self.errorLabel = QLabel(RecordCheckinDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RecordCheckinDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.heldLabel.setBuddy(self.heldEdit)
        self.participantsLabel.setBuddy(self.participantsList)
        self.othersLabel.setBuddy(self.othersEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.followupsLabel.setBuddy(self.followupsTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.heldEdit, self.participantsList)
        QWidget.setTabOrder(self.participantsList, self.othersEdit)
        QWidget.setTabOrder(self.othersEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.followupsTable)

        self.retranslateUi(RecordCheckinDialog)

        QMetaObject.connectSlotsByName(RecordCheckinDialog)
    # setupUi

    def retranslateUi(self, RecordCheckinDialog):
        RecordCheckinDialog.setWindowTitle(QCoreApplication.translate("RecordCheckinDialog", u"Record check-in", None))
        self.heldLabel.setText(QCoreApplication.translate("RecordCheckinDialog", u"&Held on:", None))
        self.participantsLabel.setText(QCoreApplication.translate("RecordCheckinDialog", u"&Participants:", None))
#if QT_CONFIG(tooltip)
        self.participantsList.setToolTip(QCoreApplication.translate("RecordCheckinDialog", u"The parties' contact persons and signatories; tick who took part", None))
#endif // QT_CONFIG(tooltip)
        self.othersLabel.setText(QCoreApplication.translate("RecordCheckinDialog", u"O&thers:", None))
        self.othersEdit.setPlaceholderText(QCoreApplication.translate("RecordCheckinDialog", u"Other participants, separated by commas", None))
        self.notesLabel.setText(QCoreApplication.translate("RecordCheckinDialog", u"&Notes:", None))
        self.followupsLabel.setText(QCoreApplication.translate("RecordCheckinDialog", u"&Follow-up per area of collaboration (optional):", None))
        ___qtablewidgetitem = self.followupsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RecordCheckinDialog", u"Area", None))
        ___qtablewidgetitem1 = self.followupsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RecordCheckinDialog", u"Sub-goal", None))
        ___qtablewidgetitem2 = self.followupsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RecordCheckinDialog", u"Activity", None))
        ___qtablewidgetitem3 = self.followupsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RecordCheckinDialog", u"Outcome", None))
    # retranslateUi

