# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from bibagreements.gui.widgets import SearchCombo

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(480, 300)
        self.mainLayout = QVBoxLayout(PersonDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.privacyHint = QLabel(PersonDialog)
        self.privacyHint.setObjectName(u"privacyHint")
        self.privacyHint.setWordWrap(True)

        self.mainLayout.addWidget(self.privacyHint)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(PersonDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PersonDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(PersonDialog)
        self.nameError.setObjectName(u"nameError")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.nameError.sizePolicy().hasHeightForWidth())
        self.nameError.setSizePolicy(sizePolicy)
        self.nameError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.titleLabel = QLabel(PersonDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(PersonDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.emailLabel = QLabel(PersonDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(PersonDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(PersonDialog)
        self.emailError.setObjectName(u"emailError")
        sizePolicy.setHeightForWidth(self.emailError.sizePolicy().hasHeightForWidth())
        self.emailError.setSizePolicy(sizePolicy)
        self.emailError.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.phoneLabel = QLabel(PersonDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(PersonDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.organisationLabel = QLabel(PersonDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationCombo = SearchCombo(PersonDialog)
        self.organisationCombo.setObjectName(u"organisationCombo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.organisationCombo)

        self.organisationError = QLabel(PersonDialog)
        self.organisationError.setObjectName(u"organisationError")
        sizePolicy.setHeightForWidth(self.organisationError.sizePolicy().hasHeightForWidth())
        self.organisationError.setSizePolicy(sizePolicy)
        self.organisationError.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.organisationError)


        self.mainLayout.addLayout(self.form)

        self.usageLabel = QLabel(PersonDialog)
        self.usageLabel.setObjectName(u"usageLabel")

        self.mainLayout.addWidget(self.usageLabel)

        self.buttonBox = QDialogButtonBox(PersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.organisationLabel.setBuddy(self.organisationCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonDialog)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.privacyHint.setText(QCoreApplication.translate("PersonDialog", u"Store only what the agreements need: name, title, work e-mail and work phone.", None))
        self.nameLabel.setText(QCoreApplication.translate("PersonDialog", u"&Name:", None))
        self.titleLabel.setText(QCoreApplication.translate("PersonDialog", u"&Title:", None))
        self.emailLabel.setText(QCoreApplication.translate("PersonDialog", u"&E-mail (work):", None))
        self.phoneLabel.setText(QCoreApplication.translate("PersonDialog", u"&Phone (work):", None))
        self.organisationLabel.setText(QCoreApplication.translate("PersonDialog", u"&Organisation:", None))
    # retranslateUi

