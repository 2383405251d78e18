# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisation_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from bibagreements.gui.widgets import SearchCombo

class Ui_OrganisationDialog(object):
    def setupUi(self, OrganisationDialog):
        if not OrganisationDialog.objectName():
            OrganisationDialog.setObjectName(u"OrganisationDialog")
        OrganisationDialog.resize(520, 360)
        self.mainLayout = QVBoxLayout(OrganisationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(OrganisationDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(OrganisationDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(OrganisationDialog)
        self.nameError.setObjectName(u"nameError")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.nameError.sizePolicy().hasHeightForWidth())
        self.nameError.setSizePolicy(sizePolicy)
        self.nameError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.kindLabel = QLabel(OrganisationDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(OrganisationDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.numberLabel = QLabel(OrganisationDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(OrganisationDialog)
        self.numberEdit.setObjectName(u"numberEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.numberError = QLabel(OrganisationDialog)
        self.numberError.setObjectName(u"numberError")
        sizePolicy.setHeightForWidth(self.numberError.sizePolicy().hasHeightForWidth())
        self.numberError.setSizePolicy(sizePolicy)
        self.numberError.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.numberError)

        self.parentLabel = QLabel(OrganisationDialog)
        self.parentLabel.setObjectName(u"parentLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.parentLabel)

        self.parentCombo = SearchCombo(OrganisationDialog)
        self.parentCombo.setObjectName(u"parentCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.parentCombo)

        self.parentError = QLabel(OrganisationDialog)
        self.parentError.setObjectName(u"parentError")
        sizePolicy.setHeightForWidth(self.parentError.sizePolicy().hasHeightForWidth())
        self.parentError.setSizePolicy(sizePolicy)
        self.parentError.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.parentError)

        self.addressLabel = QLabel(OrganisationDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(OrganisationDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.addressEdit)


        self.mainLayout.addLayout(self.form)

        self.usageLabel = QLabel(OrganisationDialog)
        self.usageLabel.setObjectName(u"usageLabel")

        self.mainLayout.addWidget(self.usageLabel)

        self.buttonBox = QDialogButtonBox(OrganisationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.numberLabel.setBuddy(self.numberEdit)
        self.parentLabel.setBuddy(self.parentCombo)
        self.addressLabel.setBuddy(self.addressEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrganisationDialog)

        QMetaObject.connectSlotsByName(OrganisationDialog)
    # setupUi

    def retranslateUi(self, OrganisationDialog):
        OrganisationDialog.setWindowTitle(QCoreApplication.translate("OrganisationDialog", u"Organisation", None))
        self.nameLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&Name:", None))
        self.kindLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&Kind:", None))
        self.numberLabel.setText(QCoreApplication.translate("OrganisationDialog", u"Organisation n&umber:", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"NNNNNN-NNNN", None))
        self.parentLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&Part of:", None))
        self.addressLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&Address:", None))
    # retranslateUi

