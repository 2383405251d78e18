# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'followup_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_FollowUpDialog(object):
    def setupUi(self, FollowUpDialog):
        if not FollowUpDialog.objectName():
            FollowUpDialog.setObjectName(u"FollowUpDialog")
        FollowUpDialog.resize(620, 480)
        self.mainLayout = QVBoxLayout(FollowUpDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.agreementLabel = QLabel(FollowUpDialog)
        self.agreementLabel.setObjectName(u"agreementLabel")
        self.agreementLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.agreementLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.yearLabel = QLabel(FollowUpDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(FollowUpDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setGroupSeparatorShown(False)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.areaLabel = QLabel(FollowUpDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.areaCombo = QComboBox(FollowUpDialog)
        self.areaCombo.setObjectName(u"areaCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.areaCombo)

        self.subGoalLabel = QLabel(FollowUpDialog)
        self.subGoalLabel.setObjectName(u"subGoalLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.subGoalLabel)

        self.subGoalEdit = QLineEdit(FollowUpDialog)
        self.subGoalEdit.setObjectName(u"subGoalEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.subGoalEdit)

        self.activityLabel = QLabel(FollowUpDialog)
        self.activityLabel.setObjectName(u"activityLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.activityLabel)

        self.activityEdit = QPlainTextEdit(FollowUpDialog)
        self.activityEdit.setObjectName(u"activityEdit")
        self.activityEdit.setTabChangesFocus(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.activityEdit)

        self.outcomeLabel = QLabel(FollowUpDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeEdit = QPlainTextEdit(FollowUpDialog)
        self.outcomeEdit.setObjectName(u"outcomeEdit")
        self.outcomeEdit.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.outcomeEdit)

        self.fundingLabel = QLabel(FollowUpDialog)
        self.fundingLabel.setObjectName(u"fundingLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.fundingLabel)

        self.fundingEdit = QLineEdit(FollowUpDialog)
        self.fundingEdit.setObjectName(u"fundingEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.fundingEdit)

        self.funderLabel = QLabel(FollowUpDialog)
        self.funderLabel.setObjectName(u"funderLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.funderLabel)

        self.funderEdit = QLineEdit(FollowUpDialog)
        self.funderEdit.setObjectName(u"funderEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.funderEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(FollowUpDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(FollowUpDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.areaLabel.setBuddy(self.areaCombo)
        self.subGoalLabel.setBuddy(self.subGoalEdit)
        self.activityLabel.setBuddy(self.activityEdit)
        self.outcomeLabel.setBuddy(self.outcomeEdit)
        self.fundingLabel.setBuddy(self.fundingEdit)
        self.funderLabel.setBuddy(self.funderEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearSpin, self.areaCombo)
        QWidget.setTabOrder(self.areaCombo, self.subGoalEdit)
        QWidget.setTabOrder(self.subGoalEdit, self.activityEdit)
        QWidget.setTabOrder(self.activityEdit, self.outcomeEdit)
        QWidget.setTabOrder(self.outcomeEdit, self.fundingEdit)
        QWidget.setTabOrder(self.fundingEdit, self.funderEdit)

        self.retranslateUi(FollowUpDialog)

        QMetaObject.connectSlotsByName(FollowUpDialog)
    # setupUi

    def retranslateUi(self, FollowUpDialog):
        FollowUpDialog.setWindowTitle(QCoreApplication.translate("FollowUpDialog", u"Follow-up entry", None))
        self.yearLabel.setText(QCoreApplication.translate("FollowUpDialog", u"&Year:", None))
        self.areaLabel.setText(QCoreApplication.translate("FollowUpDialog", u"&Area of collaboration:", None))
        self.subGoalLabel.setText(QCoreApplication.translate("FollowUpDialog", u"Su&b-goal:", None))
        self.activityLabel.setText(QCoreApplication.translate("FollowUpDialog", u"Ac&tivities:", None))
        self.outcomeLabel.setText(QCoreApplication.translate("FollowUpDialog", u"&Outcome:", None))
        self.outcomeEdit.setPlaceholderText(QCoreApplication.translate("FollowUpDialog", u"What actually happened, including what was not done and why", None))
        self.fundingLabel.setText(QCoreApplication.translate("FollowUpDialog", u"Mo&ney received (kr):", None))
        self.fundingEdit.setPlaceholderText(QCoreApplication.translate("FollowUpDialog", u"for example 440 000", None))
        self.funderLabel.setText(QCoreApplication.translate("FollowUpDialog", u"Fun&der:", None))
        self.funderEdit.setPlaceholderText(QCoreApplication.translate("FollowUpDialog", u"for example Kungliga biblioteket", None))
    # retranslateUi

