# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agreement_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QStackedWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from bibagreements.gui.checkins_tab import CheckinsPanel
from bibagreements.gui.documents import DocumentsPanel
from bibagreements.gui.field_error import ErrorLabel
from bibagreements.gui.followups_tab import FollowUpsPanel
from bibagreements.gui.history_tab import HistoryPanel
from bibagreements.gui.parties import PartiesEditor
from bibagreements.gui.signed_copies import SignedCopiesPanel
from bibagreements.gui.widgets import (OptionalDateEdit, SearchCombo, TitledListEditor)

class Ui_AgreementEditor(object):
    def setupUi(self, AgreementEditor):
        if not AgreementEditor.objectName():
            AgreementEditor.setObjectName(u"AgreementEditor")
        AgreementEditor.resize(860, 640)
        AgreementEditor.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(AgreementEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.signedBanner = QFrame(AgreementEditor)
        self.signedBanner.setObjectName(u"signedBanner")
        self.signedBanner.setFrameShape(QFrame.Shape.StyledPanel)
        self.signedBannerLayout = QHBoxLayout(self.signedBanner)
        self.signedBannerLayout.setObjectName(u"signedBannerLayout")
        self.signedBannerText = QLabel(self.signedBanner)
        self.signedBannerText.setObjectName(u"signedBannerText")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.signedBannerText.sizePolicy().hasHeightForWidth())
        self.signedBannerText.setSizePolicy(sizePolicy)
        self.signedBannerText.setWordWrap(True)

        self.signedBannerLayout.addWidget(self.signedBannerText)

        self.amendButton = QPushButton(self.signedBanner)
        self.amendButton.setObjectName(u"amendButton")

        self.signedBannerLayout.addWidget(self.amendButton)


        self.mainLayout.addWidget(self.signedBanner)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.sectionList = QListWidget(AgreementEditor)
        QListWidgetItem(self.sectionList)
        QListWidgetItem(self.sectionList)
        QListWidgetItem(self.sectionList)
        QListWidgetItem(self.sectionList)
        QListWidgetItem(self.sectionList)
        QListWidgetItem(self.sectionList)
        QListWidgetItem(self.sectionList)
        QListWidgetItem(self.sectionList)
        QListWidgetItem(self.sectionList)
        QListWidgetItem(self.sectionList)
        QListWidgetItem(self.sectionList)
        self.sectionList.setObjectName(u"sectionList")
        self.sectionList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.bodyLayout.addWidget(self.sectionList)

        self.pages = QStackedWidget(AgreementEditor)
        self.pages.setObjectName(u"pages")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalForm = QFormLayout(self.generalTab)
        self.generalForm.setObjectName(u"generalForm")
        self.generalForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.titleLabel = QLabel(self.generalTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.generalTab)
        self.titleEdit.setObjectName(u"titleEdit")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = ErrorLabel(self.generalTab)
        self.titleError.setObjectName(u"titleError")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.titleError.sizePolicy().hasHeightForWidth())
        self.titleError.setSizePolicy(sizePolicy1)
        self.titleError.setWordWrap(True)

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.kindLabel = QLabel(self.generalTab)
        self.kindLabel.setObjectName(u"kindLabel")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.generalTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.parentLabel = QLabel(self.generalTab)
        self.parentLabel.setObjectName(u"parentLabel")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.parentLabel)

        self.parentCombo = SearchCombo(self.generalTab)
        self.parentCombo.setObjectName(u"parentCombo")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.parentCombo)

        self.parentError = ErrorLabel(self.generalTab)
        self.parentError.setObjectName(u"parentError")
        sizePolicy1.setHeightForWidth(self.parentError.sizePolicy().hasHeightForWidth())
        self.parentError.setSizePolicy(sizePolicy1)
        self.parentError.setWordWrap(True)

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.parentError)

        self.statusLabel = QLabel(self.generalTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.generalTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.statusError = ErrorLabel(self.generalTab)
        self.statusError.setObjectName(u"statusError")
        sizePolicy1.setHeightForWidth(self.statusError.sizePolicy().hasHeightForWidth())
        self.statusError.setSizePolicy(sizePolicy1)
        self.statusError.setWordWrap(True)

        self.generalForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.statusError)

        self.periodLabel = QLabel(self.generalTab)
        self.periodLabel.setObjectName(u"periodLabel")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.startEdit = OptionalDateEdit(self.generalTab)
        self.startEdit.setObjectName(u"startEdit")

        self.periodLayout.addWidget(self.startEdit)

        self.periodDash = QLabel(self.generalTab)
        self.periodDash.setObjectName(u"periodDash")
        self.periodDash.setText(u"\u2013")

        self.periodLayout.addWidget(self.periodDash)

        self.endEdit = OptionalDateEdit(self.generalTab)
        self.endEdit.setObjectName(u"endEdit")

        self.periodLayout.addWidget(self.endEdit)

        self.newEndLabel = QLabel(self.generalTab)
        self.newEndLabel.setObjectName(u"newEndLabel")

        self.periodLayout.addWidget(self.newEndLabel)

        self.newEndEdit = OptionalDateEdit(self.generalTab)
        self.newEndEdit.setObjectName(u"newEndEdit")

        self.periodLayout.addWidget(self.newEndEdit)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.generalForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.periodLayout)

        self.periodError = ErrorLabel(self.generalTab)
        self.periodError.setObjectName(u"periodError")
        sizePolicy1.setHeightForWidth(self.periodError.sizePolicy().hasHeightForWidth())
        self.periodError.setSizePolicy(sizePolicy1)
        self.periodError.setWordWrap(True)

        self.generalForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.periodError)

        self.languageLabel = QLabel(self.generalTab)
        self.languageLabel.setObjectName(u"languageLabel")

        self.generalForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.generalTab)
        self.languageCombo.setObjectName(u"languageCombo")

        self.generalForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.programmeLabel = QLabel(self.generalTab)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.generalForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.programmeLabel)

        self.programmeEdit = QLineEdit(self.generalTab)
        self.programmeEdit.setObjectName(u"programmeEdit")

        self.generalForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.programmeEdit)

        self.developmentAreaLabel = QLabel(self.generalTab)
        self.developmentAreaLabel.setObjectName(u"developmentAreaLabel")

        self.generalForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.developmentAreaLabel)

        self.developmentAreaEdit = QLineEdit(self.generalTab)
        self.developmentAreaEdit.setObjectName(u"developmentAreaEdit")

        self.generalForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.developmentAreaEdit)

        self.cadenceLabel = QLabel(self.generalTab)
        self.cadenceLabel.setObjectName(u"cadenceLabel")

        self.generalForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.cadenceLabel)

        self.cadenceCombo = QComboBox(self.generalTab)
        self.cadenceCombo.setObjectName(u"cadenceCombo")

        self.generalForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.cadenceCombo)

        self.noticeLabel = QLabel(self.generalTab)
        self.noticeLabel.setObjectName(u"noticeLabel")

        self.generalForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.noticeLabel)

        self.noticeLayout = QHBoxLayout()
        self.noticeLayout.setObjectName(u"noticeLayout")
        self.noticeMonthsSpin = QSpinBox(self.generalTab)
        self.noticeMonthsSpin.setObjectName(u"noticeMonthsSpin")
        self.noticeMonthsSpin.setMinimum(0)
        self.noticeMonthsSpin.setMaximum(120)

        self.noticeLayout.addWidget(self.noticeMonthsSpin)

        self.noticeRuleCombo = QComboBox(self.generalTab)
        self.noticeRuleCombo.setObjectName(u"noticeRuleCombo")

        self.noticeLayout.addWidget(self.noticeRuleCombo)

        self.extensionLabel = QLabel(self.generalTab)
        self.extensionLabel.setObjectName(u"extensionLabel")

        self.noticeLayout.addWidget(self.extensionLabel)

        self.extensionSpin = QSpinBox(self.generalTab)
        self.extensionSpin.setObjectName(u"extensionSpin")
        self.extensionSpin.setMinimum(0)
        self.extensionSpin.setMaximum(120)

        self.noticeLayout.addWidget(self.extensionSpin)

        self.noticeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.noticeLayout.addItem(self.noticeSpacer)


        self.generalForm.setLayout(13, QFormLayout.ItemRole.FieldRole, self.noticeLayout)

        self.decisionLabel = QLabel(self.generalTab)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.generalForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionLayout = QHBoxLayout()
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.decisionLeadSpin = QSpinBox(self.generalTab)
        self.decisionLeadSpin.setObjectName(u"decisionLeadSpin")
        self.decisionLeadSpin.setMinimum(-1)
        self.decisionLeadSpin.setMaximum(1000)

        self.decisionLayout.addWidget(self.decisionLeadSpin)

        self.noticeGivenLabel = QLabel(self.generalTab)
        self.noticeGivenLabel.setObjectName(u"noticeGivenLabel")

        self.decisionLayout.addWidget(self.noticeGivenLabel)

        self.noticeGivenEdit = OptionalDateEdit(self.generalTab)
        self.noticeGivenEdit.setObjectName(u"noticeGivenEdit")

        self.decisionLayout.addWidget(self.noticeGivenEdit)

        self.decisionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decisionLayout.addItem(self.decisionSpacer)


        self.generalForm.setLayout(14, QFormLayout.ItemRole.FieldRole, self.decisionLayout)

        self.predecessorLabel = QLabel(self.generalTab)
        self.predecessorLabel.setObjectName(u"predecessorLabel")

        self.generalForm.setWidget(15, QFormLayout.ItemRole.LabelRole, self.predecessorLabel)

        self.predecessorValue = QLabel(self.generalTab)
        self.predecessorValue.setObjectName(u"predecessorValue")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.predecessorValue.sizePolicy().hasHeightForWidth())
        self.predecessorValue.setSizePolicy(sizePolicy2)
        self.predecessorValue.setWordWrap(True)
        self.predecessorValue.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.generalForm.setWidget(15, QFormLayout.ItemRole.FieldRole, self.predecessorValue)

        self.pages.addWidget(self.generalTab)
        self.textsTab = QWidget()
        self.textsTab.setObjectName(u"textsTab")
        self.textsLayout = QVBoxLayout(self.textsTab)
        self.textsLayout.setObjectName(u"textsLayout")
        self.purposeLabel = QLabel(self.textsTab)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.textsLayout.addWidget(self.purposeLabel)

        self.purposeEdit = QPlainTextEdit(self.textsTab)
        self.purposeEdit.setObjectName(u"purposeEdit")
        self.purposeEdit.setTabChangesFocus(True)

        self.textsLayout.addWidget(self.purposeEdit)

        self.backgroundLabel = QLabel(self.textsTab)
        self.backgroundLabel.setObjectName(u"backgroundLabel")

        self.textsLayout.addWidget(self.backgroundLabel)

        self.backgroundEdit = QPlainTextEdit(self.textsTab)
        self.backgroundEdit.setObjectName(u"backgroundEdit")
        self.backgroundEdit.setTabChangesFocus(True)

        self.textsLayout.addWidget(self.backgroundEdit)

        self.documentsLabel = QLabel(self.textsTab)
        self.documentsLabel.setObjectName(u"documentsLabel")

        self.textsLayout.addWidget(self.documentsLabel)

        self.documentsTable = QTableWidget(self.textsTab)
        if (self.documentsTable.columnCount() < 6):
            self.documentsTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.documentsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.documentsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.documentsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.documentsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.documentsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.documentsTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.documentsTable.setObjectName(u"documentsTable")
        self.documentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.documentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documentsTable.horizontalHeader().setStretchLastSection(True)

        self.textsLayout.addWidget(self.documentsTable)

        self.documentButtons = QHBoxLayout()
        self.documentButtons.setObjectName(u"documentButtons")
        self.addDocumentButton = QPushButton(self.textsTab)
        self.addDocumentButton.setObjectName(u"addDocumentButton")

        self.documentButtons.addWidget(self.addDocumentButton)

        self.removeDocumentButton = QPushButton(self.textsTab)
        self.removeDocumentButton.setObjectName(u"removeDocumentButton")

        self.documentButtons.addWidget(self.removeDocumentButton)

        self.documentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.documentButtons.addItem(self.documentSpacer)


        self.textsLayout.addLayout(self.documentButtons)

        self.documentsError = ErrorLabel(self.textsTab)
        self.documentsError.setObjectName(u"documentsError")
        sizePolicy1.setHeightForWidth(self.documentsError.sizePolicy().hasHeightForWidth())
        self.documentsError.setSizePolicy(sizePolicy1)
        self.documentsError.setWordWrap(True)

        self.textsLayout.addWidget(self.documentsError)

        self.pages.addWidget(self.textsTab)
        self.areasTab = QWidget()
        self.areasTab.setObjectName(u"areasTab")
        self.areasLayout = QVBoxLayout(self.areasTab)
        self.areasLayout.setObjectName(u"areasLayout")
        self.areasHint = QLabel(self.areasTab)
        self.areasHint.setObjectName(u"areasHint")
        self.areasHint.setWordWrap(True)

        self.areasLayout.addWidget(self.areasHint)

        self.areasEditor = TitledListEditor(self.areasTab)
        self.areasEditor.setObjectName(u"areasEditor")

        self.areasLayout.addWidget(self.areasEditor)

        self.areasError = ErrorLabel(self.areasTab)
        self.areasError.setObjectName(u"areasError")
        sizePolicy1.setHeightForWidth(self.areasError.sizePolicy().hasHeightForWidth())
        self.areasError.setSizePolicy(sizePolicy1)
        self.areasError.setWordWrap(True)

        self.areasLayout.addWidget(self.areasError)

        self.pages.addWidget(self.areasTab)
        self.sectionsTab = QWidget()
        self.sectionsTab.setObjectName(u"sectionsTab")
        self.sectionsLayout = QVBoxLayout(self.sectionsTab)
        self.sectionsLayout.setObjectName(u"sectionsLayout")
        self.sectionsHint = QLabel(self.sectionsTab)
        self.sectionsHint.setObjectName(u"sectionsHint")
        self.sectionsHint.setWordWrap(True)

        self.sectionsLayout.addWidget(self.sectionsHint)

        self.sectionsEditor = TitledListEditor(self.sectionsTab)
        self.sectionsEditor.setObjectName(u"sectionsEditor")

        self.sectionsLayout.addWidget(self.sectionsEditor)

        self.sectionsError = ErrorLabel(self.sectionsTab)
        self.sectionsError.setObjectName(u"sectionsError")
        sizePolicy1.setHeightForWidth(self.sectionsError.sizePolicy().hasHeightForWidth())
        self.sectionsError.setSizePolicy(sizePolicy1)
        self.sectionsError.setWordWrap(True)

        self.sectionsLayout.addWidget(self.sectionsError)

        self.pages.addWidget(self.sectionsTab)
        self.projectTab = QWidget()
        self.projectTab.setObjectName(u"projectTab")
        self.projectForm = QFormLayout(self.projectTab)
        self.projectForm.setObjectName(u"projectForm")
        self.goalsLabel = QLabel(self.projectTab)
        self.goalsLabel.setObjectName(u"goalsLabel")

        self.projectForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.goalsLabel)

        self.goalsEdit = QPlainTextEdit(self.projectTab)
        self.goalsEdit.setObjectName(u"goalsEdit")
        self.goalsEdit.setTabChangesFocus(True)

        self.projectForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.goalsEdit)

        self.fundingLabel = QLabel(self.projectTab)
        self.fundingLabel.setObjectName(u"fundingLabel")

        self.projectForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fundingLabel)

        self.fundingEdit = QLineEdit(self.projectTab)
        self.fundingEdit.setObjectName(u"fundingEdit")

        self.projectForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fundingEdit)

        self.funderLabel = QLabel(self.projectTab)
        self.funderLabel.setObjectName(u"funderLabel")

        self.projectForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.funderLabel)

        self.funderEdit = QLineEdit(self.projectTab)
        self.funderEdit.setObjectName(u"funderEdit")

        self.projectForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.funderEdit)

        self.implementationLabel = QLabel(self.projectTab)
        self.implementationLabel.setObjectName(u"implementationLabel")

        self.projectForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.implementationLabel)

        self.implementationEdit = QPlainTextEdit(self.projectTab)
        self.implementationEdit.setObjectName(u"implementationEdit")
        self.implementationEdit.setTabChangesFocus(True)

        self.projectForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.implementationEdit)

        self.projectError = ErrorLabel(self.projectTab)
        self.projectError.setObjectName(u"projectError")
        sizePolicy1.setHeightForWidth(self.projectError.sizePolicy().hasHeightForWidth())
        self.projectError.setSizePolicy(sizePolicy1)
        self.projectError.setWordWrap(True)

        self.projectForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.projectError)

        self.pages.addWidget(self.projectTab)
        self.partiesTab = QWidget()
        self.partiesTab.setObjectName(u"partiesTab")
        self.partiesLayout = QVBoxLayout(self.partiesTab)
        self.partiesLayout.setObjectName(u"partiesLayout")
        self.partiesEditor = PartiesEditor(self.partiesTab)
        self.partiesEditor.setObjectName(u"partiesEditor")

        self.partiesLayout.addWidget(self.partiesEditor)

        self.partiesError = ErrorLabel(self.partiesTab)
        self.partiesError.setObjectName(u"partiesError")
        sizePolicy1.setHeightForWidth(self.partiesError.sizePolicy().hasHeightForWidth())
        self.partiesError.setSizePolicy(sizePolicy1)
        self.partiesError.setWordWrap(True)

        self.partiesLayout.addWidget(self.partiesError)

        self.pages.addWidget(self.partiesTab)
        self.checkinsTab = QWidget()
        self.checkinsTab.setObjectName(u"checkinsTab")
        self.checkinsTabLayout = QVBoxLayout(self.checkinsTab)
        self.checkinsTabLayout.setObjectName(u"checkinsTabLayout")
        self.checkinsPanel = CheckinsPanel(self.checkinsTab)
        self.checkinsPanel.setObjectName(u"checkinsPanel")

        self.checkinsTabLayout.addWidget(self.checkinsPanel)

        self.pages.addWidget(self.checkinsTab)
        self.followUpsTab = QWidget()
        self.followUpsTab.setObjectName(u"followUpsTab")
        self.followUpsTabLayout = QVBoxLayout(self.followUpsTab)
        self.followUpsTabLayout.setObjectName(u"followUpsTabLayout")
        self.followUpsPanel = FollowUpsPanel(self.followUpsTab)
        self.followUpsPanel.setObjectName(u"followUpsPanel")

        self.followUpsTabLayout.addWidget(self.followUpsPanel)

        self.pages.addWidget(self.followUpsTab)
        self.documentsTab = QWidget()
        self.documentsTab.setObjectName(u"documentsTab")
        self.documentsTabLayout = QVBoxLayout(self.documentsTab)
        self.documentsTabLayout.setObjectName(u"documentsTabLayout")
        self.documentsPanel = DocumentsPanel(self.documentsTab)
        self.documentsPanel.setObjectName(u"documentsPanel")

        self.documentsTabLayout.addWidget(self.documentsPanel)

        self.pages.addWidget(self.documentsTab)
        self.signedTab = QWidget()
        self.signedTab.setObjectName(u"signedTab")
        self.signedTabLayout = QVBoxLayout(self.signedTab)
        self.signedTabLayout.setObjectName(u"signedTabLayout")
        self.signedCopiesPanel = SignedCopiesPanel(self.signedTab)
        self.signedCopiesPanel.setObjectName(u"signedCopiesPanel")

        self.signedTabLayout.addWidget(self.signedCopiesPanel)

        self.pages.addWidget(self.signedTab)
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyTabLayout = QVBoxLayout(self.historyTab)
        self.historyTabLayout.setObjectName(u"historyTabLayout")
        self.historyPanel = HistoryPanel(self.historyTab)
        self.historyPanel.setObjectName(u"historyPanel")

        self.historyTabLayout.addWidget(self.historyPanel)

        self.pages.addWidget(self.historyTab)

        self.bodyLayout.addWidget(self.pages)


        self.mainLayout.addLayout(self.bodyLayout)

        self.problemsLabel = QLabel(AgreementEditor)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemsLabel)

        self.buttonBox = QDialogButtonBox(AgreementEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.parentLabel.setBuddy(self.parentCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.periodLabel.setBuddy(self.startEdit)
        self.newEndLabel.setBuddy(self.newEndEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.programmeLabel.setBuddy(self.programmeEdit)
        self.developmentAreaLabel.setBuddy(self.developmentAreaEdit)
        self.cadenceLabel.setBuddy(self.cadenceCombo)
        self.noticeLabel.setBuddy(self.noticeMonthsSpin)
        self.extensionLabel.setBuddy(self.extensionSpin)
        self.decisionLabel.setBuddy(self.decisionLeadSpin)
        self.noticeGivenLabel.setBuddy(self.noticeGivenEdit)
        self.purposeLabel.setBuddy(self.purposeEdit)
        self.backgroundLabel.setBuddy(self.backgroundEdit)
        self.documentsLabel.setBuddy(self.documentsTable)
        self.goalsLabel.setBuddy(self.goalsEdit)
        self.fundingLabel.setBuddy(self.fundingEdit)
        self.funderLabel.setBuddy(self.funderEdit)
        self.implementationLabel.setBuddy(self.implementationEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sectionList, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.parentCombo)
        QWidget.setTabOrder(self.parentCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.programmeEdit)
        QWidget.setTabOrder(self.programmeEdit, self.developmentAreaEdit)
        QWidget.setTabOrder(self.developmentAreaEdit, self.cadenceCombo)

        self.retranslateUi(AgreementEditor)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(AgreementEditor)
    # setupUi

    def retranslateUi(self, AgreementEditor):
        AgreementEditor.setWindowTitle(QCoreApplication.translate("AgreementEditor", u"Agreement", None))
        self.amendButton.setText(QCoreApplication.translate("AgreementEditor", u"Create amendment\u2026", None))

        __sortingEnabled = self.sectionList.isSortingEnabled()
        self.sectionList.setSortingEnabled(False)
        ___qlistwidgetitem = self.sectionList.item(0)
        ___qlistwidgetitem.setText(QCoreApplication.translate("AgreementEditor", u"General", None))
        ___qlistwidgetitem1 = self.sectionList.item(1)
        ___qlistwidgetitem1.setText(QCoreApplication.translate("AgreementEditor", u"Purpose and background", None))
        ___qlistwidgetitem2 = self.sectionList.item(2)
        ___qlistwidgetitem2.setText(QCoreApplication.translate("AgreementEditor", u"Areas of collaboration", None))
        ___qlistwidgetitem3 = self.sectionList.item(3)
        ___qlistwidgetitem3.setText(QCoreApplication.translate("AgreementEditor", u"Other sections", None))
        ___qlistwidgetitem4 = self.sectionList.item(4)
        ___qlistwidgetitem4.setText(QCoreApplication.translate("AgreementEditor", u"Project", None))
        ___qlistwidgetitem5 = self.sectionList.item(5)
        ___qlistwidgetitem5.setText(QCoreApplication.translate("AgreementEditor", u"Parties", None))
        ___qlistwidgetitem6 = self.sectionList.item(6)
        ___qlistwidgetitem6.setText(QCoreApplication.translate("AgreementEditor", u"Check-ins", None))
        ___qlistwidgetitem7 = self.sectionList.item(7)
        ___qlistwidgetitem7.setText(QCoreApplication.translate("AgreementEditor", u"Follow-up", None))
        ___qlistwidgetitem8 = self.sectionList.item(8)
        ___qlistwidgetitem8.setText(QCoreApplication.translate("AgreementEditor", u"Documents", None))
        ___qlistwidgetitem9 = self.sectionList.item(9)
        ___qlistwidgetitem9.setText(QCoreApplication.translate("AgreementEditor", u"Signed copies", None))
        ___qlistwidgetitem10 = self.sectionList.item(10)
        ___qlistwidgetitem10.setText(QCoreApplication.translate("AgreementEditor", u"History", None))
        self.sectionList.setSortingEnabled(__sortingEnabled)

#if QT_CONFIG(accessibility)
        self.sectionList.setAccessibleName(QCoreApplication.translate("AgreementEditor", u"Sections", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("AgreementEditor", u"&Title:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("AgreementEditor", u"For example: Cooperation agreement between \u2026", None))
        self.kindLabel.setText(QCoreApplication.translate("AgreementEditor", u"&Kind:", None))
        self.parentLabel.setText(QCoreApplication.translate("AgreementEditor", u"Pa&rent agreement:", None))
        self.statusLabel.setText(QCoreApplication.translate("AgreementEditor", u"&Status:", None))
        self.periodLabel.setText(QCoreApplication.translate("AgreementEditor", u"&Period:", None))
        self.newEndLabel.setText(QCoreApplication.translate("AgreementEditor", u"New end of the amended agreement:", None))
        self.languageLabel.setText(QCoreApplication.translate("AgreementEditor", u"&Language of the document:", None))
        self.programmeLabel.setText(QCoreApplication.translate("AgreementEditor", u"Pro&gramme:", None))
        self.programmeEdit.setPlaceholderText(QCoreApplication.translate("AgreementEditor", u"National or regional programme, if any", None))
        self.developmentAreaLabel.setText(QCoreApplication.translate("AgreementEditor", u"De&velopment area:", None))
        self.developmentAreaEdit.setPlaceholderText(QCoreApplication.translate("AgreementEditor", u"e.g. Digital development; the yearly follow-up report is organised by it", None))
        self.cadenceLabel.setText(QCoreApplication.translate("AgreementEditor", u"&Check-ins:", None))
        self.noticeLabel.setText(QCoreApplication.translate("AgreementEditor", u"Notice period:", None))
        self.noticeMonthsSpin.setSpecialValueText(QCoreApplication.translate("AgreementEditor", u"none", None))
        self.noticeMonthsSpin.setSuffix(QCoreApplication.translate("AgreementEditor", u" months", None))
        self.extensionLabel.setText(QCoreApplication.translate("AgreementEditor", u"Extends by:", None))
        self.extensionSpin.setSpecialValueText(QCoreApplication.translate("AgreementEditor", u"no automatic extension", None))
        self.extensionSpin.setSuffix(QCoreApplication.translate("AgreementEditor", u" months at a time", None))
        self.decisionLabel.setText(QCoreApplication.translate("AgreementEditor", u"Decide:", None))
        self.decisionLeadSpin.setSpecialValueText(QCoreApplication.translate("AgreementEditor", u"no decision date", None))
        self.decisionLeadSpin.setSuffix(QCoreApplication.translate("AgreementEditor", u" days before the notice deadline", None))
        self.noticeGivenLabel.setText(QCoreApplication.translate("AgreementEditor", u"Notice given on:", None))
        self.predecessorLabel.setText(QCoreApplication.translate("AgreementEditor", u"Related:", None))
        self.purposeLabel.setText(QCoreApplication.translate("AgreementEditor", u"Introduction and p&urpose:", None))
        self.backgroundLabel.setText(QCoreApplication.translate("AgreementEditor", u"&Background:", None))
        self.documentsLabel.setText(QCoreApplication.translate("AgreementEditor", u"&Governing documents:", None))
        ___qtablewidgetitem = self.documentsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AgreementEditor", u"Title", None))
        ___qtablewidgetitem1 = self.documentsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AgreementEditor", u"Owner", None))
        ___qtablewidgetitem2 = self.documentsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AgreementEditor", u"From year", None))
        ___qtablewidgetitem3 = self.documentsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AgreementEditor", u"To year", None))
        ___qtablewidgetitem4 = self.documentsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("AgreementEditor", u"Adopted on", None))
        ___qtablewidgetitem5 = self.documentsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("AgreementEditor", u"Adopted by", None))
        self.addDocumentButton.setText(QCoreApplication.translate("AgreementEditor", u"Add document", None))
        self.removeDocumentButton.setText(QCoreApplication.translate("AgreementEditor", u"Remove document", None))
        self.areasHint.setText(QCoreApplication.translate("AgreementEditor", u"The areas the parties have identified together, in the order they appear in the agreement. Drag or press Ctrl+Up/Ctrl+Down to reorder.", None))
        self.sectionsHint.setText(QCoreApplication.translate("AgreementEditor", u"Further sections of the agreement, each with a heading and its text.", None))
        self.goalsLabel.setText(QCoreApplication.translate("AgreementEditor", u"&Goals:", None))
        self.fundingLabel.setText(QCoreApplication.translate("AgreementEditor", u"&Funding (SEK):", None))
        self.fundingEdit.setPlaceholderText(QCoreApplication.translate("AgreementEditor", u"e.g. 440 000", None))
        self.funderLabel.setText(QCoreApplication.translate("AgreementEditor", u"F&under:", None))
        self.implementationLabel.setText(QCoreApplication.translate("AgreementEditor", u"&Implementation:", None))
    # retranslateUi

