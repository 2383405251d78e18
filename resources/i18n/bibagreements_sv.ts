<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>AgreementCommands</name>
    <message>
        <location filename="../../bibagreements/gui/agreement_commands.py" line="102"/>
        <source>Already renewed</source>
        <translation>Redan förnyat</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_commands.py" line="104"/>
        <source>This agreement has already been renewed as “{0}”. Open that one instead?</source>
        <translation>Avtalet har redan förnyats som ”{0}”. Vill du öppna det i stället?</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_commands.py" line="106"/>
        <source>Open “{0}”</source>
        <translation>Öppna ”{0}”</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_commands.py" line="118"/>
        <source>Created the draft “{0}” ({1}).</source>
        <translation>Skapade utkastet ”{0}” ({1}).</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_commands.py" line="147"/>
        <source>Only drafts can be deleted</source>
        <translation>Bara utkast kan tas bort</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_commands.py" line="149"/>
        <source>“{0}” is {1}. Signed agreements are public records and are kept; open it and set its status to Ended or Terminated instead.</source>
        <translation>”{0}” är {1}. Undertecknade avtal är allmänna handlingar och bevaras; öppna avtalet och sätt status till Avslutat eller Uppsagt i stället.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_commands.py" line="156"/>
        <source>Delete draft</source>
        <translation>Ta bort utkast</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_commands.py" line="157"/>
        <source>Delete the draft “{0}”? This cannot be undone.</source>
        <translation>Ta bort utkastet ”{0}”? Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_commands.py" line="158"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_commands.py" line="169"/>
        <source>Deleted “{0}”.</source>
        <translation>Tog bort ”{0}”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bibagreements/gui/agreement_commands.py" line="190"/>
        <source>Added %n example agreement(s).</source>
        <translation>
            <numerusform>Lade till %n exempelavtal.</numerusform>
            <numerusform>Lade till %n exempelavtal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bibagreements/gui/agreement_commands.py" line="223"/>
        <source>Imported %n agreement(s); {0} were already here.</source>
        <translation>
            <numerusform>Importerade %n avtal; {0} fanns redan.</numerusform>
            <numerusform>Importerade %n avtal; {0} fanns redan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_commands.py" line="242"/>
        <source>Import an existing agreement</source>
        <translation>Importera ett befintligt avtal</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_commands.py" line="243"/>
        <source>Agreements (*.docx *.txt);;Word documents (*.docx);;Text files (*.txt)</source>
        <translation>Avtal (*.docx *.txt);;Word-dokument (*.docx);;Textfiler (*.txt)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_commands.py" line="255"/>
        <source>Created the draft “{0}” from {1}.</source>
        <translation>Skapade utkastet ”{0}” från {1}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_commands.py" line="272"/>
        <source>Importing the agreement…</source>
        <translation>Importerar avtalet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bibagreements/gui/agreement_commands.py" line="289"/>
        <source>Exported %n agreement(s) to {0}.</source>
        <translation>
            <numerusform>Exporterade %n avtal till {0}.</numerusform>
            <numerusform>Exporterade %n avtal till {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bibagreements/gui/agreement_commands.py" line="317"/>
        <source>Backed up %n agreement(s) to {0}.</source>
        <translation>
            <numerusform>Säkerhetskopierade %n avtal till {0}.</numerusform>
            <numerusform>Säkerhetskopierade %n avtal till {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_commands.py" line="192"/>
        <source>The example agreements are already there.</source>
        <translation>Exempelavtalen finns redan.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_commands.py" line="201"/>
        <source>Adding the example agreements…</source>
        <translation>Lägger till exempelavtalen…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_commands.py" line="206"/>
        <source>Import agreements</source>
        <translation>Importera avtal</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_commands.py" line="206"/>
        <location filename="../../bibagreements/gui/agreement_commands.py" line="281"/>
        <source>Agreement files (*.json)</source>
        <translation>Avtalsfiler (*.json)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_commands.py" line="235"/>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_commands.py" line="279"/>
        <source>Export agreements</source>
        <translation>Exportera avtal</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_commands.py" line="296"/>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_commands.py" line="302"/>
        <source>bibagreements backup {0}</source>
        <translation>bibagreements säkerhetskopia {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_commands.py" line="305"/>
        <source>Back up the database</source>
        <translation>Säkerhetskopiera databasen</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_commands.py" line="307"/>
        <source>bibagreements databases (*.sqlite3 *.sqlite *.db)</source>
        <translation>bibagreements-databaser (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_commands.py" line="326"/>
        <source>Backing up the database…</source>
        <translation>Säkerhetskopierar databasen…</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="142"/>
        <location filename="../../bibagreements/gui/editor.py" line="237"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="144"/>
        <source>Title:</source>
        <translation>Rubrik:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="144"/>
        <source>Description:</source>
        <translation>Beskrivning:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="144"/>
        <source>New area</source>
        <translation>Nytt samverkansområde</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="145"/>
        <source>Heading:</source>
        <translation>Rubrik:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="145"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="145"/>
        <source>New section</source>
        <translation>Nytt avsnitt</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="214"/>
        <location filename="../../bibagreements/gui/editor.py" line="555"/>
        <source>New agreement</source>
        <translation>Nytt avtal</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="304"/>
        <source>Optional, e.g. Kristianstad 2019: the list shows it</source>
        <translation>Valfri, t.ex. Kristianstad 2019: visas i listan</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="305"/>
        <source>Short titl&amp;e:</source>
        <translation>Kort rubr&amp;ik:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="368"/>
        <source>Amended ag&amp;reement:</source>
        <translation>Avtal som ände&amp;ras:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="543"/>
        <source>Cannot save yet: {0}</source>
        <translation>Kan inte sparas ännu: {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="545"/>
        <source>(and {0} more, marked ⚠)</source>
        <translation>(och {0} till, markerade med ⚠)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="552"/>
        <source>Unsaved changes.</source>
        <translation>Ändringar som inte har sparats.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="14"/>
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="42"/>
        <source>Create amendment…</source>
        <translation>Skapa tillägg…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="54"/>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="61"/>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="66"/>
        <source>Purpose and background</source>
        <translation>Syfte och bakgrund</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="71"/>
        <source>Areas of collaboration</source>
        <translation>Samverkansområden</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="76"/>
        <source>Other sections</source>
        <translation>Övriga avsnitt</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="81"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="86"/>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="91"/>
        <source>Check-ins</source>
        <translation>Avstämningar</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="96"/>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="101"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="106"/>
        <source>Signed copies</source>
        <translation>Undertecknade exemplar</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="111"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="129"/>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="139"/>
        <source>For example: Cooperation agreement between …</source>
        <translation>Till exempel: Överenskommelse om samarbete mellan …</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="159"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="172"/>
        <source>Pa&amp;rent agreement:</source>
        <translation>&amp;Huvudavtal:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="198"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="224"/>
        <source>&amp;Period:</source>
        <translation>&amp;Giltighetstid:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="249"/>
        <source>New end of the amended agreement:</source>
        <translation>Nytt slutdatum för avtalet som ändras:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="284"/>
        <source>&amp;Language of the document:</source>
        <translation>&amp;Dokumentets språk:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="297"/>
        <source>Pro&amp;gramme:</source>
        <translation>S&amp;atsning:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="307"/>
        <source>National or regional programme, if any</source>
        <translation>Nationell eller regional satsning, om någon</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="314"/>
        <source>De&amp;velopment area:</source>
        <translation>Utvecklings&amp;område:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="324"/>
        <source>e.g. Digital development; the yearly follow-up report is organised by it</source>
        <translation>t.ex. Digital utveckling; den årliga uppföljningen ordnas efter utvecklingsområde</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="331"/>
        <source>&amp;Check-ins:</source>
        <translation>A&amp;vstämningar:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="344"/>
        <source>Notice period:</source>
        <translation>Uppsägningstid:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="362"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="365"/>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="375"/>
        <source>Extends by:</source>
        <translation>Förlängs med:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="391"/>
        <source>no automatic extension</source>
        <translation>ingen automatisk förlängning</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="394"/>
        <source> months at a time</source>
        <translation> månader i taget</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="410"/>
        <source>Decide:</source>
        <translation>Besluta:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="428"/>
        <source>no decision date</source>
        <translation>inget beslutsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="431"/>
        <source> days before the notice deadline</source>
        <translation> dagar före sista dag för uppsägning</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="438"/>
        <source>Notice given on:</source>
        <translation>Uppsagt den:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="460"/>
        <source>Related:</source>
        <translation>Hör ihop med:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="487"/>
        <source>Introduction and p&amp;urpose:</source>
        <translation>&amp;Inledning och syfte:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="504"/>
        <source>&amp;Background:</source>
        <translation>&amp;Bakgrund:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="521"/>
        <source>&amp;Governing documents:</source>
        <translation>St&amp;yrdokument:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="541"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="546"/>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="551"/>
        <source>From year</source>
        <translation>Från år</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="556"/>
        <source>To year</source>
        <translation>Till år</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="561"/>
        <source>Adopted on</source>
        <translation>Antagen den</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="566"/>
        <source>Adopted by</source>
        <translation>Antagen av</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="576"/>
        <source>Add document</source>
        <translation>Lägg till dokument</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="583"/>
        <source>Remove document</source>
        <translation>Ta bort dokument</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="616"/>
        <source>The areas the parties have identified together, in the order they appear in the agreement. Drag or press Ctrl+Up/Ctrl+Down to reorder.</source>
        <translation>De områden som parterna gemensamt har identifierat, i den ordning de står i avtalet. Dra eller tryck Ctrl+Upp/Ctrl+Ned för att ändra ordningen.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="646"/>
        <source>Further sections of the agreement, each with a heading and its text.</source>
        <translation>Fler avsnitt i avtalet, vart och ett med rubrik och text.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="676"/>
        <source>&amp;Goals:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="693"/>
        <source>&amp;Funding (SEK):</source>
        <translation>&amp;Finansiering (kr):</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="703"/>
        <source>e.g. 440 000</source>
        <translation>t.ex. 440 000</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="710"/>
        <source>F&amp;under:</source>
        <translation>Fi&amp;nansiär:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="723"/>
        <source>&amp;Implementation:</source>
        <translation>&amp;Genomförande:</translation>
    </message>
</context>
<context>
    <name>AgreementListPage</name>
    <message>
        <location filename="../../bibagreements/gui/list_page.py" line="76"/>
        <source>Search titles, parties, areas and texts (Ctrl+F)</source>
        <translation>Sök i rubriker, parter, samverkansområden och texter (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/list_page.py" line="80"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/list_page.py" line="84"/>
        <location filename="../../bibagreements/gui/list_page.py" line="201"/>
        <source>All organisations</source>
        <translation>Alla organisationer</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/list_page.py" line="89"/>
        <source>Active on</source>
        <translation>Gäller den</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/list_page.py" line="110"/>
        <source>No agreement matches the search and filters.</source>
        <translation>Inget avtal matchar sökningen och filtren.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/list_page.py" line="300"/>
        <source>Short title</source>
        <translation>Kort rubrik</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/list_page.py" line="301"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/list_page.py" line="302"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/list_page.py" line="303"/>
        <source>Period</source>
        <translation>Giltighetstid</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/list_page.py" line="304"/>
        <source>Programme</source>
        <translation>Satsning</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/list_page.py" line="305"/>
        <source>Development area</source>
        <translation>Utvecklingsområde</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/list_page.py" line="306"/>
        <source>Check-ins</source>
        <translation>Avstämningar</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/list_page.py" line="309"/>
        <source>Part of</source>
        <translation>Del av</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/list_page.py" line="311"/>
        <source>Renews</source>
        <translation>Förnyar</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/list_page.py" line="317"/>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/list_page.py" line="318"/>
        <source>Areas of collaboration</source>
        <translation>Samverkansområden</translation>
    </message>
</context>
<context>
    <name>AgreementTableModel</name>
    <message>
        <location filename="../../bibagreements/gui/agreement_model.py" line="110"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_model.py" line="109"/>
        <source>Short title or partners</source>
        <translation>Kort rubrik eller parter</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_model.py" line="111"/>
        <source>Period</source>
        <translation>Giltighetstid</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_model.py" line="112"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_model.py" line="113"/>
        <source>Development area</source>
        <translation>Utvecklingsområde</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_model.py" line="114"/>
        <source>Next date</source>
        <translation>Nästa datum</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_model.py" line="120"/>
        <source>Check-in {0}</source>
        <translation>Avstämning {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_model.py" line="121"/>
        <source>Decision {0}</source>
        <translation>Beslut {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_model.py" line="122"/>
        <source>Notice by {0}</source>
        <translation>Uppsägning senast {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_model.py" line="123"/>
        <source>Ends {0}</source>
        <translation>Löper ut {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_model.py" line="249"/>
        <source>This check-in is overdue</source>
        <translation>Avstämningen är försenad</translation>
    </message>
</context>
<context>
    <name>AttachSignedCopyDialog</name>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="78"/>
        <source>Signed copy – {0}</source>
        <translation>Undertecknat exemplar – {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="80"/>
        <source>The copy of “{0}” signed for {1}.</source>
        <translation>Exemplaret av ”{0}” undertecknat för {1}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="98"/>
        <source>Scanned signed copy</source>
        <translation>Skannat undertecknat exemplar</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="99"/>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>PDF eller bild (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="127"/>
        <source>Storing the signed copy…</source>
        <translation>Sparar det undertecknade exemplaret…</translation>
    </message>
    <message>
        <location filename="../../ui/attach_signed_copy.ui" line="14"/>
        <source>Attach signed copy</source>
        <translation>Bifoga undertecknat exemplar</translation>
    </message>
    <message>
        <location filename="../../ui/attach_signed_copy.ui" line="29"/>
        <source>&amp;Scanned copy:</source>
        <translation>&amp;Skannat exemplar:</translation>
    </message>
    <message>
        <location filename="../../ui/attach_signed_copy.ui" line="41"/>
        <source>A PDF or an image (PNG, JPEG, TIFF)</source>
        <translation>En PDF eller en bild (PNG, JPEG, TIFF)</translation>
    </message>
    <message>
        <location filename="../../ui/attach_signed_copy.ui" line="48"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location filename="../../ui/attach_signed_copy.ui" line="57"/>
        <source>Signed &amp;on:</source>
        <translation>Underteck&amp;nat den:</translation>
    </message>
    <message>
        <location filename="../../ui/attach_signed_copy.ui" line="77"/>
        <source>Signed &amp;in:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../ui/attach_signed_copy.ui" line="87"/>
        <source>Place, e.g. Malmö</source>
        <translation>Ort, t.ex. Malmö</translation>
    </message>
</context>
<context>
    <name>Checkins</name>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="44"/>
        <source>● Held</source>
        <translation>● Hållen</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="46"/>
        <source>✕ Cancelled</source>
        <translation>✕ Inställd</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="48"/>
        <source>▲ Overdue</source>
        <translation>▲ Försenad</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="49"/>
        <source>○ Planned</source>
        <translation>○ Planerad</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="57"/>
        <source>Remove the planned check-ins on {0}.</source>
        <translation>Ta bort de planerade avstämningarna {0}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="60"/>
        <source>Add check-ins on {0}.</source>
        <translation>Lägga till avstämningar {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bibagreements/gui/checkins_tab.py" line="63"/>
        <source>Keep %n check-in(s) as they are.</source>
        <translation>
            <numerusform>Behåll %n avstämning som den är.</numerusform>
            <numerusform>Behåll %n avstämningar som de är.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinsPanel</name>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="87"/>
        <source>Due</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="88"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="89"/>
        <source>Held on</source>
        <translation>Hölls den</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="90"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="91"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="95"/>
        <source>&amp;Record check-in…</source>
        <translation>&amp;Registrera avstämning…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="96"/>
        <source>&amp;Move…</source>
        <translation>&amp;Flytta…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="97"/>
        <source>A&amp;dd…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="98"/>
        <source>Ca&amp;ncel check-in</source>
        <translation>&amp;Ställ in avstämning</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="99"/>
        <source>Re&amp;generate schedule…</source>
        <translation>&amp;Planera om…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="101"/>
        <source>Plan the check-ins again from the saved period and cadence</source>
        <translation>Planera avstämningarna på nytt utifrån den sparade giltighetstiden och takten</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="103"/>
        <source>Export to &amp;calendar (.ics)…</source>
        <translation>Exportera till &amp;kalender (.ics)…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="104"/>
        <source>&amp;Invite by e-mail…</source>
        <translation>&amp;Bjud in via e-post…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="106"/>
        <source>A message to the contact persons with a calendar invitation and the agenda</source>
        <translation>Ett meddelande till kontaktpersonerna med kalenderinbjudan och dagordning</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="108"/>
        <source>Send min&amp;utes…</source>
        <translation>Skicka minnes&amp;anteckningar…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="110"/>
        <source>The held check-in&apos;s minutes as PDF to its participants</source>
        <translation>Den hållna avstämningens minnesanteckningar som PDF till deltagarna</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="147"/>
        <source>Save the agreement first; its check-ins are planned then.</source>
        <translation>Spara avtalet först; då planeras dess avstämningar.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="150"/>
        <source>Unsaved changes to the period or cadence re-plan the check-ins on saving.</source>
        <translation>Osparade ändringar av giltighetstid eller takt planerar om avstämningarna när du sparar.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="152"/>
        <source>Check-ins are planned from the period and the cadence; held ones stay.</source>
        <translation>Avstämningarna planeras utifrån giltighetstiden och takten; hållna avstämningar ligger kvar.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="232"/>
        <source>No planned check-in to record.</source>
        <translation>Det finns ingen planerad avstämning att registrera.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="239"/>
        <source>Recorded the check-in due {0}.</source>
        <translation>Avstämningen {0} är registrerad.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="246"/>
        <source>Move check-in</source>
        <translation>Flytta avstämning</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="246"/>
        <source>New due date:</source>
        <translation>Nytt datum:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="255"/>
        <source>Moved the check-in to {0}.</source>
        <translation>Avstämningen är flyttad till {0}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="268"/>
        <source>Add check-in</source>
        <translation>Lägg till avstämning</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="268"/>
        <source>Due date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="277"/>
        <source>Added a check-in on {0}.</source>
        <translation>En avstämning {0} är tillagd.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="286"/>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="290"/>
        <source>Cancel check-in</source>
        <translation>Ställ in avstämning</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="287"/>
        <source>Cancel the check-in due {0}? It stays in the list as cancelled.</source>
        <translation>Ställa in avstämningen {0}? Den ligger kvar i listan som inställd.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="298"/>
        <source>Cancelled the check-in due {0}.</source>
        <translation>Avstämningen {0} är inställd.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="316"/>
        <source>The schedule already follows the period and cadence.</source>
        <translation>Planen följer redan giltighetstiden och takten.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="320"/>
        <source>Regenerate schedule</source>
        <translation>Planera om avstämningar</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="321"/>
        <source>Regenerating will:</source>
        <translation>Omplaneringen kommer att:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="322"/>
        <source>Regenerate</source>
        <translation>Planera om</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="331"/>
        <source>The schedule was regenerated.</source>
        <translation>Avstämningarna är omplanerade.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="348"/>
        <source>Wrote the invitation {0}.</source>
        <translation>Skrev inbjudan {0}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="350"/>
        <source>Invitation {0} {1}</source>
        <translation>Inbjudan {0} {1}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="351"/>
        <source>Invite by e-mail</source>
        <translation>Bjud in via e-post</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="367"/>
        <source>Wrote the minutes message {0}.</source>
        <translation>Skrev meddelandet med minnesanteckningarna {0}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="369"/>
        <source>Minutes {0} {1}</source>
        <translation>Minnesanteckningar {0} {1}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="370"/>
        <source>Send minutes</source>
        <translation>Skicka minnesanteckningar</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="380"/>
        <source>Export check-ins to calendar</source>
        <translation>Exportera avstämningar till kalender</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/checkins_tab.py" line="382"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bibagreements/gui/checkins_tab.py" line="391"/>
        <source>Wrote %n check-in(s) to {0}.</source>
        <translation>
            <numerusform>Skrev %n avstämning till {0}.</numerusform>
            <numerusform>Skrev %n avstämningar till {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClauseRegister</name>
    <message>
        <location filename="../../bibagreements/gui/clause_register.py" line="67"/>
        <source>Clause library</source>
        <translation>Klausulbibliotek</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/clause_register.py" line="71"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/clause_register.py" line="72"/>
        <source>Heading</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/clause_register.py" line="73"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/clause_register.py" line="78"/>
        <source>&amp;New clause</source>
        <translation>&amp;Ny klausul</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/clause_register.py" line="80"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/clause_register.py" line="93"/>
        <source>For example: {Parterna} ses {avstämning} under perioden {period}.</source>
        <translation>Till exempel: {Parterna} ses {avstämning} under perioden {period}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/clause_register.py" line="106"/>
        <source>&amp;Save clause</source>
        <translation>S&amp;para klausul</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/clause_register.py" line="110"/>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/clause_register.py" line="111"/>
        <source>&amp;Heading:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/clause_register.py" line="112"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/clause_register.py" line="113"/>
        <source>&amp;Body:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/clause_register.py" line="114"/>
        <source>Placeholders:</source>
        <translation>Platshållare:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/clause_register.py" line="116"/>
        <source>Preview &amp;in:</source>
        <translation>Förhandsgranska &amp;i:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/clause_register.py" line="117"/>
        <source>Pre&amp;view:</source>
        <translation>&amp;Förhandsgranskning:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/clause_register.py" line="158"/>
        <source>(no agreement: placeholders shown as written)</source>
        <translation>(inget avtal: platshållarna visas som de är skrivna)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/clause_register.py" line="225"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/clause_register.py" line="271"/>
        <source>Saving the clause…</source>
        <translation>Sparar klausulen…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/clause_register.py" line="289"/>
        <source>Delete clause</source>
        <translation>Ta bort klausul</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/clause_register.py" line="291"/>
        <source>Delete the clause “{0}”? Agreements that use it keep their own copy of its text.</source>
        <translation>Ta bort klausulen ”{0}”? Avtal som använder den behåller sin egen kopia av texten.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/clause_register.py" line="293"/>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
</context>
<context>
    <name>DatabaseBackups</name>
    <message>
        <location filename="../../bibagreements/gui/database_backups.py" line="86"/>
        <source>The automatic backup failed: {0}</source>
        <translation>Den automatiska säkerhetskopieringen misslyckades: {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/database_backups.py" line="95"/>
        <location filename="../../bibagreements/gui/database_backups.py" line="117"/>
        <source>Restore from a backup</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/database_backups.py" line="96"/>
        <source>bibagreements backups (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Säkerhetskopior av bibagreements (*.sqlite3 *.sqlite *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/database_backups.py" line="105"/>
        <source>Checking the backup…</source>
        <translation>Kontrollerar säkerhetskopian…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/database_backups.py" line="113"/>
        <source>Replace the database with the backup of {0} holding {1} agreement(s)? The current database is kept as {2}.</source>
        <translation>Ersätta databasen med säkerhetskopian från {0} med {1} avtal? Den nuvarande databasen sparas som {2}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/database_backups.py" line="117"/>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/database_backups.py" line="126"/>
        <source>Restoring the database…</source>
        <translation>Återställer databasen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bibagreements/gui/database_backups.py" line="131"/>
        <source>Restored %n agreement(s) from {0}.</source>
        <translation>
            <numerusform>Återställde %n avtal från {0}.</numerusform>
            <numerusform>Återställde %n avtal från {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/database_backups.py" line="135"/>
        <source>The replaced database is kept as {0}.</source>
        <translation>Den ersatta databasen sparas som {0}.</translation>
    </message>
</context>
<context>
    <name>DatabaseSwitcher</name>
    <message>
        <location filename="../../bibagreements/gui/recent_databases.py" line="58"/>
        <source>The file is no longer there.</source>
        <translation>Filen finns inte längre kvar.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/recent_databases.py" line="61"/>
        <source>(none yet)</source>
        <translation>(inga än)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/recent_databases.py" line="64"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Töm listan</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/recent_databases.py" line="74"/>
        <source>Choose a database</source>
        <translation>Välj en databas</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/recent_databases.py" line="75"/>
        <source>bibagreements databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>bibagreements-databaser (*.sqlite3 *.sqlite *.db);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../bibagreements/gui/widgets.py" line="53"/>
        <source>Type a date as YYYY-MM-DD; F4 opens the calendar</source>
        <translation>Skriv datum som ÅÅÅÅ-MM-DD; F4 öppnar kalendern</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../bibagreements/gui/error_dialog.py" line="43"/>
        <location filename="../../bibagreements/gui/error_dialog.py" line="58"/>
        <source>Show details</source>
        <translation>Visa detaljer</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/error_dialog.py" line="44"/>
        <source>Copy details</source>
        <translation>Kopiera detaljer</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/error_dialog.py" line="58"/>
        <source>Hide details</source>
        <translation>Dölj detaljer</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/error_dialog.py" line="63"/>
        <source>Copied</source>
        <translation>Kopierat</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="36"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="37"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="38"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="39"/>
        <source>Close &amp;without saving</source>
        <translation>Stäng &amp;utan att spara</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="40"/>
        <source>C&amp;lose</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="41"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="42"/>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="95"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="96"/>
        <source>“{0}” has changes that are not saved.</source>
        <translation>”{0}” har ändringar som inte har sparats.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="102"/>
        <source>Do you want to save them?</source>
        <translation>Vill du spara dem?</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="106"/>
        <source>They cannot be saved as they are (the editor shows why). Discard them, or cancel and go on editing?</source>
        <translation>De kan inte sparas som de är (redigeraren visar varför). Vill du kasta dem, eller avbryta och fortsätta redigera?</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="272"/>
        <source>Yearly follow-up report</source>
        <translation>Årlig uppföljning</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="274"/>
        <source>What came of the agreements in force during a year, by development area: partners, sub-goals, activities, outcomes, funding received and check-ins.</source>
        <translation>Vad avtalen som gällde under ett år ledde till, per utvecklingsområde: samverkansparter, delmål, aktiviteter, utfall, mottagna medel och avstämningar.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="287"/>
        <source>PDF (for printing and sending)</source>
        <translation>PDF (för utskrift och utskick)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="288"/>
        <source>PDF/A (for the e-archive)</source>
        <translation>PDF/A (för e-arkivet)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="289"/>
        <source>DOCX (to edit further in a word processor)</source>
        <translation>DOCX (för vidare redigering i ordbehandlare)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="291"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="292"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="294"/>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="295"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="296"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="322"/>
        <source>Send the draft for comments</source>
        <translation>Skicka utkastet för synpunkter</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="324"/>
        <source>The draft goes as a PDF to every party&apos;s contact person, in a message that opens in your mail program.</source>
        <translation>Utkastet skickas som PDF till varje parts kontaktperson, i ett meddelande som öppnas i ditt e-postprogram.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="335"/>
        <source>Attach a &amp;Word file (DOCX) as well</source>
        <translation>Bifoga även en &amp;Word-fil (DOCX)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="337"/>
        <source>Comments &amp;by:</source>
        <translation>Synpunkter &amp;senast:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="352"/>
        <source>Password for the team database</source>
        <translation>Lösenord till den gemensamma databasen</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="354"/>
        <source>The database server {0} asks for your password.</source>
        <translation>Databasservern {0} frågar efter ditt lösenord.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="362"/>
        <source>&amp;Remember it in the operating system&apos;s keyring</source>
        <translation>&amp;Spara det i operativsystemets nyckelring</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="365"/>
        <source>It is never written to the settings file.</source>
        <translation>Det skrivs aldrig i inställningsfilen.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="368"/>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="70"/>
        <source>Generate</source>
        <translation>Skapa dokument</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="73"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="74"/>
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="75"/>
        <source>Empty signature fields for e-signing</source>
        <translation>Tomma signaturfält för e-underskrift</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="76"/>
        <source>PDF/A for the archive</source>
        <translation>PDF/A för arkivet</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="79"/>
        <source>Choose &amp;folder…</source>
        <translation>Välj &amp;mapp…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="82"/>
        <source>&amp;Generate</source>
        <translation>&amp;Skapa</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="92"/>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="95"/>
        <source>Fo&amp;rmat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="98"/>
        <source>Folder:</source>
        <translation>Mapp:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="99"/>
        <source>File name:</source>
        <translation>Filnamn:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="100"/>
        <source>Send for co&amp;mments…</source>
        <translation>Skicka för s&amp;ynpunkter…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="102"/>
        <source>The draft as a PDF to every contact person, in a message to send</source>
        <translation>Utkastet som PDF till varje kontaktperson, i ett meddelande att skicka</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="113"/>
        <source>Created</source>
        <translation>Skapat</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="114"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="115"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="116"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="117"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="118"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="122"/>
        <source>Pre&amp;view</source>
        <translation>Förhands&amp;granska</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="123"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="124"/>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="125"/>
        <source>Show in fo&amp;lder</source>
        <translation>Visa i ma&amp;pp</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="140"/>
        <source>Document history:</source>
        <translation>Dokumenthistorik:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="171"/>
        <source>Save the agreement first; documents show the saved text.</source>
        <translation>Spara avtalet först; dokumenten visar den sparade texten.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="173"/>
        <source>Save your changes first: a document shows the saved version.</source>
        <translation>Spara dina ändringar först: ett dokument visar den sparade versionen.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="174"/>
        <source>Print one copy per party for wet-ink signature: {0} copies.</source>
        <translation>Skriv ut ett exemplar per part för underskrift: {0} exemplar.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="187"/>
        <source>The agreement</source>
        <translation>Avtalet</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="190"/>
        <source>Minutes of the check-in due {0}</source>
        <translation>Minnesanteckningar från avstämningen {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="199"/>
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="199"/>
        <source>Minutes</source>
        <translation>Minnesanteckningar</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="203"/>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="206"/>
        <source>{0} (moved or deleted)</source>
        <translation>{0} (flyttad eller borttagen)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="235"/>
        <source>minutes {0}</source>
        <translation>minnesanteckningar {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="238"/>
        <source>archive</source>
        <comment>file name of a PDF/A</comment>
        <translation>arkiv</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="240"/>
        <source>e-signing</source>
        <comment>file name of a PDF with signature fields</comment>
        <translation>e-underskrift</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="274"/>
        <source>Folder for generated documents</source>
        <translation>Mapp för skapade dokument</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="295"/>
        <source>The folder {0} does not exist.</source>
        <translation>Mappen {0} finns inte.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="299"/>
        <source>Replace the file?</source>
        <translation>Ersätta filen?</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="301"/>
        <source>{0} already exists in the folder. Replace it with a new one? The document history then lists both, and the earlier entry&apos;s file is the new one.</source>
        <translation>{0} finns redan i mappen. Vill du ersätta den med en ny? Dokumenthistoriken visar då båda, och den tidigare postens fil är den nya.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="304"/>
        <source>Replace</source>
        <translation>Ersätt</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="322"/>
        <location filename="../../bibagreements/gui/documents.py" line="330"/>
        <source>Generating {0}…</source>
        <translation>Skapar {0}…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="355"/>
        <source>Opened {0} in your mail program.</source>
        <translation>{0} har öppnats i ditt e-postprogram.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/documents.py" line="365"/>
        <source>Wrote {0}.</source>
        <translation>Skrev {0}.</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <location filename="../../bibagreements/gui/editor_actions.py" line="36"/>
        <source>Create PDF for signature</source>
        <translation>Skapa PDF för underskrift</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_actions.py" line="37"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_actions.py" line="38"/>
        <source>Record check-in…</source>
        <translation>Registrera avstämning…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_actions.py" line="39"/>
        <source>Save as template…</source>
        <translation>Spara som mall…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_actions.py" line="44"/>
        <source>A PDF of the saved agreement with empty signature fields for e-signing</source>
        <translation>En PDF av det sparade avtalet med tomma underskriftsfält för e-underskrift</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_actions.py" line="46"/>
        <source>Print one copy per party for wet-ink signature</source>
        <translation>Skriv ut ett exemplar per part för underskrift med penna</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_actions.py" line="47"/>
        <source>Record the check-in due next</source>
        <translation>Registrera den avstämning som står på tur</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_actions.py" line="49"/>
        <source>A template with this agreement&apos;s kind, cadence, areas, sections and clauses</source>
        <translation>En mall med avtalets typ, avstämningar, samverkansområden, avsnitt och klausuler</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_actions.py" line="68"/>
        <source>Save the agreement first.</source>
        <translation>Spara avtalet först.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_actions.py" line="70"/>
        <source>Save your changes first.</source>
        <translation>Spara dina ändringar först.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_actions.py" line="75"/>
        <source>{0} (shortcut: {1})</source>
        <translation>{0} (kortkommando: {1})</translation>
    </message>
</context>
<context>
    <name>EditorLibrary</name>
    <message>
        <location filename="../../bibagreements/gui/editor_library.py" line="30"/>
        <source>Insert c&amp;lause…</source>
        <translation>Infoga &amp;klausul…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_library.py" line="32"/>
        <source>A text of the clause library, filled from this agreement&apos;s facts</source>
        <translation>En text ur klausulbiblioteket, ifylld med avtalets uppgifter</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_library.py" line="47"/>
        <source>The clause library is empty: add clauses under Registers → Clause library.</source>
        <translation>Klausulbiblioteket är tomt: lägg till klausuler under Register → Klausulbibliotek.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_library.py" line="52"/>
        <source>Insert clause</source>
        <translation>Infoga klausul</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_library.py" line="52"/>
        <source>&amp;Clause:</source>
        <translation>&amp;Klausul:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_library.py" line="66"/>
        <source>Save as template</source>
        <translation>Spara som mall</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_library.py" line="68"/>
        <source>&amp;Name of the template (kind, cadence, areas, sections, clauses and house style are kept; parties and dates are not):</source>
        <translation>&amp;Mallens namn (typ, avstämningar, samverkansområden, avsnitt, klausuler och husstil sparas; parter och datum gör det inte):</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_library.py" line="87"/>
        <source>Saved as the template “{0}”.</source>
        <translation>Sparat som mallen ”{0}”.</translation>
    </message>
</context>
<context>
    <name>EditorManager</name>
    <message>
        <location filename="../../bibagreements/gui/agreement_editors.py" line="89"/>
        <source>Opening the agreement…</source>
        <translation>Öppnar avtalet…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_editors.py" line="178"/>
        <source>Save the open agreements first</source>
        <translation>Spara de öppna avtalen först</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_editors.py" line="180"/>
        <source>This change rewrites agreements, and these open agreements have unsaved changes:
{0}

Save or close them first, then try again.</source>
        <translation>Ändringen skriver om avtal, och de här öppna avtalen har ändringar som inte är sparade:
{0}

Spara eller stäng dem först och försök sedan igen.</translation>
    </message>
</context>
<context>
    <name>EditorSaver</name>
    <message>
        <location filename="../../bibagreements/gui/editor_saving.py" line="93"/>
        <source>The check-ins will change</source>
        <translation>Avstämningarna ändras</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_saving.py" line="94"/>
        <source>The new period or cadence re-plans the check-ins:</source>
        <translation>Den nya giltighetstiden eller takten planerar om avstämningarna:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_saving.py" line="97"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_saving.py" line="107"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_saving.py" line="124"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_saving.py" line="149"/>
        <source>Copy my text to the clipboard, then open the saved version</source>
        <translation>Kopiera min text till urklipp och öppna sedan den sparade versionen</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_saving.py" line="150"/>
        <source>Open the saved version (my changes are dropped)</source>
        <translation>Öppna den sparade versionen (mina ändringar försvinner)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_saving.py" line="151"/>
        <source>Keep my changes here for now (they cannot be saved as they are)</source>
        <translation>Behåll mina ändringar här tills vidare (de kan inte sparas som de är)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_saving.py" line="153"/>
        <source>What now?</source>
        <translation>Vad vill du göra?</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_saving.py" line="154"/>
        <source>Saved by someone else</source>
        <translation>Sparat av någon annan</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_saving.py" line="162"/>
        <source>Not saved: someone else saved a newer version of this agreement. Your changes are still here; copy what you need, close, and open the agreement again.</source>
        <translation>Inte sparat: någon annan har sparat en nyare version av avtalet. Dina ändringar finns kvar här; kopiera det du behöver, stäng och öppna avtalet igen.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_saving.py" line="180"/>
        <source>New agreement</source>
        <translation>Nytt avtal</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="79"/>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="80"/>
        <source>Please correct the following:</source>
        <translation>Rätta följande:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="85"/>
        <source>Not possible right now</source>
        <translation>Inte möjligt just nu</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="88"/>
        <source>Not found</source>
        <translation>Hittades inte</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="89"/>
        <source>It may have been deleted in the meantime. The list has been refreshed.</source>
        <translation>Det kan ha tagits bort under tiden. Listan har uppdaterats.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="95"/>
        <source>The database is too new</source>
        <translation>Databasen är för ny</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="97"/>
        <source>This database was written by a newer version of bibagreements. Update the program to open it; the file was not changed.</source>
        <translation>Databasen har skrivits av en nyare version av bibagreements. Uppdatera programmet för att öppna den; filen har inte ändrats.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="102"/>
        <source>The database is damaged</source>
        <translation>Databasen är skadad</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="104"/>
        <source>The database cannot be used</source>
        <translation>Databasen kan inte användas</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="108"/>
        <source>… and {0} more</source>
        <translation>… och {0} till</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="112"/>
        <source>The file cannot be imported</source>
        <translation>Filen kan inte importeras</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="113"/>
        <source>Nothing was imported.</source>
        <translation>Ingenting importerades.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="116"/>
        <source>The document cannot be made</source>
        <translation>Dokumentet kan inte skapas</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="118"/>
        <source>The message was not sent</source>
        <translation>Meddelandet skickades inte</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="120"/>
        <source>Not possible</source>
        <translation>Inte möjligt</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="123"/>
        <source>The file cannot be used</source>
        <translation>Filen kan inte användas</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="126"/>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="128"/>
        <source>bibagreements ran into an internal error. Your saved data is safe. If it happens again, send the details to whoever supports the program.</source>
        <translation>Ett internt fel uppstod i bibagreements. Dina sparade uppgifter är i säkerhet. Om det händer igen, skicka detaljerna till den som ger support för programmet.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../bibagreements/gui/followups_tab.py" line="74"/>
        <source>(the agreement as a whole)</source>
        <translation>(överenskommelsen som helhet)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/followups_tab.py" line="113"/>
        <source>Write a sub-goal, the activities or the outcome.</source>
        <translation>Skriv ett delmål, aktiviteterna eller utfallet.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/followups_tab.py" line="125"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.ui" line="14"/>
        <source>Follow-up entry</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.ui" line="29"/>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.ui" line="46"/>
        <source>&amp;Area of collaboration:</source>
        <translation>Samverkans&amp;område:</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.ui" line="59"/>
        <source>Su&amp;b-goal:</source>
        <translation>&amp;Delmål:</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.ui" line="72"/>
        <source>Ac&amp;tivities:</source>
        <translation>Ak&amp;tiviteter:</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.ui" line="89"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Utfall:</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.ui" line="102"/>
        <source>What actually happened, including what was not done and why</source>
        <translation>Vad som faktiskt hände, också vad som inte blev av och varför</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.ui" line="109"/>
        <source>Mo&amp;ney received (kr):</source>
        <translation>Mottagna &amp;medel (kr):</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.ui" line="119"/>
        <source>for example 440 000</source>
        <translation>t.ex. 440 000</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.ui" line="126"/>
        <source>Fun&amp;der:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.ui" line="136"/>
        <source>for example Kungliga biblioteket</source>
        <translation>t.ex. Kungliga biblioteket</translation>
    </message>
</context>
<context>
    <name>FollowUpViews</name>
    <message>
        <location filename="../../bibagreements/gui/followup_views.py" line="54"/>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/followup_views.py" line="73"/>
        <source>Today: {0}</source>
        <translation>Idag: {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/followup_views.py" line="106"/>
        <source>Export check-ins to calendar</source>
        <translation>Exportera avstämningar till kalender</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/followup_views.py" line="107"/>
        <source>check-ins.ics</source>
        <translation>avstamningar.ics</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/followup_views.py" line="108"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bibagreements/gui/followup_views.py" line="116"/>
        <source>Wrote %n check-in(s) to {0}.</source>
        <translation>
            <numerusform>Skrev %n avstämning till {0}.</numerusform>
            <numerusform>Skrev %n avstämningar till {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/followup_views.py" line="132"/>
        <source>Follow-up {0}</source>
        <translation>Uppföljning {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/followup_views.py" line="135"/>
        <source>Save the yearly follow-up report</source>
        <translation>Spara den årliga uppföljningen</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/followup_views.py" line="137"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/followup_views.py" line="139"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/followup_views.py" line="160"/>
        <source>Wrote the follow-up report for {0} ({1} agreements) to {2}.</source>
        <translation>Uppföljningen för {0} ({1} överenskommelser) sparades i {2}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/followup_views.py" line="167"/>
        <source>Writing the follow-up report…</source>
        <translation>Skriver uppföljningen…</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <location filename="../../bibagreements/gui/followups_tab.py" line="155"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/followups_tab.py" line="156"/>
        <source>Area of collaboration</source>
        <translation>Samverkansområde</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/followups_tab.py" line="157"/>
        <source>Sub-goal</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/followups_tab.py" line="158"/>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/followups_tab.py" line="159"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/followups_tab.py" line="163"/>
        <source>&amp;Add entry…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/followups_tab.py" line="164"/>
        <source>&amp;Change…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/followups_tab.py" line="165"/>
        <source>De&amp;lete entry…</source>
        <translation>Ta &amp;bort…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/followups_tab.py" line="186"/>
        <source>Save the agreement first; then record what came of it here.</source>
        <translation>Spara överenskommelsen först; sedan kan du här föra in vad den ledde till.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/followups_tab.py" line="188"/>
        <source>What came of the agreement, year by year: sub-goals, activities and outcomes. The yearly follow-up report is made from these entries.</source>
        <translation>Vad överenskommelsen ledde till, år för år: delmål, aktiviteter och utfall. Den årliga uppföljningen görs av dessa uppgifter.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/followups_tab.py" line="199"/>
        <source>(the agreement as a whole)</source>
        <translation>(överenskommelsen som helhet)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/followups_tab.py" line="248"/>
        <source>Saved the entry for {0}.</source>
        <translation>Uppgiften för {0} sparades.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/followups_tab.py" line="257"/>
        <source>Delete follow-up entry</source>
        <translation>Ta bort uppföljning</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/followups_tab.py" line="258"/>
        <source>Delete the entry for {0}: “{1}”?</source>
        <translation>Ta bort uppgiften för {0}: ”{1}”?</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/followups_tab.py" line="259"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/followups_tab.py" line="267"/>
        <source>Deleted the entry.</source>
        <translation>Uppgiften togs bort.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../bibagreements/gui/history_tab.py" line="50"/>
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/history_tab.py" line="51"/>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/history_tab.py" line="52"/>
        <source>Area of collaboration</source>
        <translation>Samverkansområde</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/history_tab.py" line="53"/>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/history_tab.py" line="54"/>
        <source>Governing document</source>
        <translation>Styrdokument</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/history_tab.py" line="55"/>
        <source>Check-in</source>
        <translation>Avstämning</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/history_tab.py" line="56"/>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/history_tab.py" line="57"/>
        <source>Check-in removed by a re-plan</source>
        <translation>Avstämning borttagen vid omplanering</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/history_tab.py" line="58"/>
        <source>Follow-up entry</source>
        <translation>Uppföljningspost</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/history_tab.py" line="59"/>
        <source>Signed copy</source>
        <translation>Undertecknat exemplar</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/history_tab.py" line="60"/>
        <source>Sent for signature</source>
        <translation>Skickat för underskrift</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/history_tab.py" line="61"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/history_tab.py" line="62"/>
        <source>Frozen version</source>
        <translation>Låst version</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/history_tab.py" line="69"/>
        <source>added</source>
        <translation>tillagd</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/history_tab.py" line="70"/>
        <source>changed</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/history_tab.py" line="71"/>
        <source>removed</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/history_tab.py" line="72"/>
        <source>erased</source>
        <translation>raderad</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/history_tab.py" line="73"/>
        <source>imported</source>
        <translation>importerad</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../bibagreements/gui/history_tab.py" line="83"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/history_tab.py" line="84"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/history_tab.py" line="85"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/history_tab.py" line="86"/>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/history_tab.py" line="87"/>
        <source>What changed</source>
        <translation>Vad som ändrades</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/history_tab.py" line="125"/>
        <source> as {0}</source>
        <comment>the database role that made a change</comment>
        <translation> som {0}</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../bibagreements/gui/history_tab.py" line="163"/>
        <source>A saved agreement has a history: who changed what, and when.</source>
        <translation>Ett sparat avtal har en historik: vem som ändrade vad, och när.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/history_tab.py" line="165"/>
        <source>Who changed what in this agreement, its parties, check-ins, follow-up and documents, and when (newest first).</source>
        <translation>Vem som ändrade vad i avtalet, dess parter, avstämningar, uppföljning och dokument, och när (senaste först).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bibagreements/gui/history_tab.py" line="171"/>
        <source>%n change(s) recorded</source>
        <translation>
            <numerusform>%n ändring registrerad</numerusform>
            <numerusform>%n ändringar registrerade</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HouseStyleDialog</name>
    <message>
        <location filename="../../bibagreements/gui/house_style_dialog.py" line="58"/>
        <source>House style</source>
        <translation>Husstil</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/house_style_dialog.py" line="63"/>
        <source>An agreement uses the style of its first party that has one, else the default style; the yearly report uses the default style.</source>
        <translation>Ett avtal får husstilen hos den första part som har en, annars standardhusstilen; den årliga uppföljningen får standardhusstilen.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/house_style_dialog.py" line="72"/>
        <source>Unit name, address and web, one per line (four at most)</source>
        <translation>Enhetens namn, adress och webb, en per rad (högst fyra)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/house_style_dialog.py" line="80"/>
        <source>C&amp;hoose colour…</source>
        <translation>&amp;Välj färg…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/house_style_dialog.py" line="84"/>
        <source>Number the sections (1, 1.1)</source>
        <translation>Numrera avsnitten (1, 1.1)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/house_style_dialog.py" line="90"/>
        <source>Re&amp;move logo</source>
        <translation>Ta bort &amp;logotyp</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/house_style_dialog.py" line="89"/>
        <source>Choose lo&amp;go…</source>
        <translation>Välj lo&amp;gotyp…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/house_style_dialog.py" line="109"/>
        <source>L&amp;etterhead:</source>
        <translation>&amp;Brevhuvud:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/house_style_dialog.py" line="110"/>
        <source>&amp;Footer:</source>
        <translation>Sid&amp;fot:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/house_style_dialog.py" line="111"/>
        <source>Logo (PNG or SVG):</source>
        <translation>Logotyp (PNG eller SVG):</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/house_style_dialog.py" line="112"/>
        <source>&amp;Accent colour:</source>
        <translation>&amp;Accentfärg:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/house_style_dialog.py" line="113"/>
        <source>Fo&amp;nt:</source>
        <translation>T&amp;ypsnitt:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/house_style_dialog.py" line="120"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/house_style_dialog.py" line="121"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/house_style_dialog.py" line="133"/>
        <source>Use the &amp;built-in text</source>
        <translation>Använd den &amp;inbyggda texten</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/house_style_dialog.py" line="136"/>
        <source>Type your wording in the right-hand column (F2 edits the selected row). It may use the built-in text&apos;s placeholders, such as {copies}.</source>
        <translation>Skriv din formulering i högra kolumnen (F2 redigerar den markerade raden). Den får använda den inbyggda textens platshållare, till exempel {copies}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/house_style_dialog.py" line="145"/>
        <source>Lang&amp;uage:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/house_style_dialog.py" line="156"/>
        <source>Loo&amp;k</source>
        <translation>&amp;Utseende</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/house_style_dialog.py" line="157"/>
        <source>&amp;Phrases</source>
        <translation>F&amp;raser</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/house_style_dialog.py" line="165"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/house_style_dialog.py" line="217"/>
        <source>The default style (your own)</source>
        <translation>Standardhusstilen (din egen)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/house_style_dialog.py" line="225"/>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/house_style_dialog.py" line="237"/>
        <source>Logo ({0} kB)</source>
        <translation>Logotyp ({0} kB)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/house_style_dialog.py" line="248"/>
        <source>Choose a logo</source>
        <translation>Välj en logotyp</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/house_style_dialog.py" line="248"/>
        <source>Logos (*.png *.svg);;All files (*)</source>
        <translation>Logotyper (*.png *.svg);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/house_style_dialog.py" line="294"/>
        <source>Saving the house style…</source>
        <translation>Sparar husstilen…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/house_style_dialog.py" line="298"/>
        <source>House style (saved)</source>
        <translation>Husstil (sparad)</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../bibagreements/gui/import_report.py" line="34"/>
        <source>Imported from {0}</source>
        <translation>Importerat från {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/import_report.py" line="38"/>
        <source>The draft “{0}” was created. Check it against the file before you go on.</source>
        <translation>Utkastet ”{0}” har skapats. Jämför det med filen innan du går vidare.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/import_report.py" line="51"/>
        <source>Not found, or not used:</source>
        <translation>Hittades inte, eller användes inte:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/import_report.py" line="55"/>
        <source>Found in the file:</source>
        <translation>Hittades i filen:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="40"/>
        <source>Cooperation agreement</source>
        <translation>Överenskommelse om samarbete</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="41"/>
        <source>Framework agreement</source>
        <translation>Samverkansavtal</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="42"/>
        <source>Project agreement</source>
        <translation>Projektavtal</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="43"/>
        <source>Amendment</source>
        <translation>Ändringsavtal</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="49"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="50"/>
        <source>Out for signature</source>
        <translation>Väntar på underskrift</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="51"/>
        <source>Active</source>
        <translation>Gällande</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="52"/>
        <source>Ended</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="53"/>
        <source>Terminated</source>
        <translation>Uppsagt</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="59"/>
        <source>Half-yearly</source>
        <translation>Halvårsvis</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="60"/>
        <source>Quarterly</source>
        <translation>Kvartalsvis</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="61"/>
        <source>Yearly</source>
        <translation>Årsvis</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="62"/>
        <source>No check-ins</source>
        <translation>Inga avstämningar</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="68"/>
        <source>before the end of the term</source>
        <translation>före periodens slut</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="69"/>
        <source>to the end of a month</source>
        <translation>till ett månadsskifte</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="70"/>
        <source>to the end of a quarter</source>
        <translation>till ett kvartalsskifte</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="76"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="77"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="83"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="84"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="85"/>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="86"/>
        <source>National body</source>
        <translation>Nationell myndighet</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="87"/>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="106"/>
        <source>{0} (period passed)</source>
        <translation>{0} (perioden har passerat)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="108"/>
        <source>Signed, not yet in force</source>
        <translation>Undertecknat, gäller ännu inte</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="110"/>
        <source>{0} (extended)</source>
        <translation>{0} (förlängt)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="191"/>
        <source>Renews: {0}</source>
        <translation>Förnyar: {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="192"/>
        <source>Amends: {0}</source>
        <translation>Ändrar: {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="193"/>
        <source>Part of: {0}</source>
        <translation>Ingår i: {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="199"/>
        <source>Renewed by: {0}</source>
        <translation>Förnyat genom: {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="200"/>
        <source>Amended by: {0} ({1})</source>
        <translation>Ändrat genom: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="201"/>
        <source>Project agreement: {0}</source>
        <translation>Projektavtal: {0}</translation>
    </message>
</context>
<context>
    <name>MailDrafts</name>
    <message>
        <location filename="../../bibagreements/gui/mail_drafts.py" line="49"/>
        <source>E-mail messages (*.eml)</source>
        <translation>E-postmeddelanden (*.eml)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/mail_drafts.py" line="101"/>
        <source>For comments {0}</source>
        <translation>För synpunkter {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/mail_drafts.py" line="104"/>
        <source>Send the draft for comments</source>
        <translation>Skicka utkastet för synpunkter</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="65"/>
        <source>&amp;New agreement</source>
        <translation>&amp;Nytt avtal</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="65"/>
        <source>Start a new agreement (Ctrl+N)</source>
        <translation>Påbörja ett nytt avtal (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="68"/>
        <source>New agreement from te&amp;mplate…</source>
        <translation>Nytt avtal från &amp;mall…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="70"/>
        <source>A new draft shaped like a template: only the title, parties and period asked</source>
        <translation>Ett nytt utkast efter en mall: bara rubrik, parter och giltighetstid efterfrågas</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="73"/>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="73"/>
        <source>Open the selected agreement (Enter)</source>
        <translation>Öppna det markerade avtalet (Enter)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="76"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="76"/>
        <source>Copy the selected agreement as a new draft</source>
        <translation>Kopiera det markerade avtalet till ett nytt utkast</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="79"/>
        <source>&amp;Renew for next period</source>
        <translation>Förny&amp;a för nästa period</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="81"/>
        <source>A new draft for the next period, linked to this one</source>
        <translation>Ett nytt utkast för nästa period, kopplat till detta avtal</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="84"/>
        <source>De&amp;lete draft…</source>
        <translation>&amp;Ta bort utkast…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="84"/>
        <source>Delete the selected draft</source>
        <translation>Ta bort det markerade utkastet</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="87"/>
        <source>Open &amp;database…</source>
        <translation>Öppna &amp;databas…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="87"/>
        <source>Work in another database file</source>
        <translation>Arbeta i en annan databasfil</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="89"/>
        <source>Recent database&amp;s</source>
        <translation>Senaste data&amp;baser</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="91"/>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importera JSON…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="93"/>
        <source>Import an existing a&amp;greement…</source>
        <translation>Importera ett befintligt a&amp;vtal…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="94"/>
        <source>A new draft from an agreement&apos;s Word document (.docx) or text file</source>
        <translation>Ett nytt utkast från ett avtals Word-dokument (.docx) eller textfil</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="97"/>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Exportera JSON…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="99"/>
        <source>Export the selected agreements, or all when none is selected</source>
        <translation>Exportera de markerade avtalen, eller alla om inget är markerat</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="101"/>
        <source>Load e&amp;xample agreements</source>
        <translation>Läs in e&amp;xempelavtal</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="103"/>
        <source>&amp;Organisations and people</source>
        <translation>&amp;Organisationer och personer</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="105"/>
        <source>The register of organisations and people</source>
        <translation>Registret över organisationer och personer</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="108"/>
        <source>&amp;Clause library</source>
        <translation>&amp;Klausulbibliotek</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="110"/>
        <source>Reusable texts with placeholders, previewed in an agreement</source>
        <translation>Återanvändbara texter med platshållare, förhandsgranskade i ett avtal</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="112"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="114"/>
        <source>&amp;House style…</source>
        <translation>&amp;Husstil…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="115"/>
        <source>Logo, letterhead, footer, colour, font and wording of your documents</source>
        <translation>Logotyp, brevhuvud, sidfot, färg, typsnitt och formuleringar i dina dokument</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="117"/>
        <source>&amp;About bibagreements</source>
        <translation>&amp;Om bibagreements</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="118"/>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="119"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="121"/>
        <source>To&amp;day</source>
        <translation>&amp;Idag</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="124"/>
        <source>What needs attention today: check-ins, decisions and notice, missing signatures, drafts</source>
        <translation>Det som behöver göras i dag: avstämningar, beslut och uppsägning, underskrifter som saknas, utkast</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="129"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Tidslinje</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="131"/>
        <source>Agreements over the years, with their check-ins</source>
        <translation>Avtalen över åren, med sina avstämningar</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="134"/>
        <source>Export check-ins to &amp;calendar (.ics)…</source>
        <translation>Exportera avstämningar till &amp;kalender (.ics)…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="135"/>
        <source>The selected agreements&apos; check-ins, or all planned ones</source>
        <translation>De markerade avtalens avstämningar, eller alla planerade</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="138"/>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Säkerhetskopiera databasen…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="139"/>
        <source>A checked copy of the whole database, to keep somewhere safe</source>
        <translation>En kontrollerad kopia av hela databasen att förvara på säker plats</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="142"/>
        <source>Res&amp;tore from a backup…</source>
        <translation>Å&amp;terställ från en säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="143"/>
        <source>Replace the database by a backup; the current one is kept beside it</source>
        <translation>Ersätt databasen med en säkerhetskopia; den nuvarande sparas bredvid</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="146"/>
        <source>&amp;Check the database</source>
        <translation>&amp;Kontrollera databasen</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="147"/>
        <source>SQLite&apos;s integrity checks over the whole database</source>
        <translation>SQLites integritetskontroller av hela databasen</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="150"/>
        <source>Yearly follow-up &amp;report…</source>
        <translation>Å&amp;rlig uppföljning…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="151"/>
        <source>What came of the agreements in a year, by development area</source>
        <translation>Vad överenskommelserna ledde till under ett år, per utvecklingsområde</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="154"/>
        <source>Yearly report&apos;s introd&amp;uction…</source>
        <translation>In&amp;ledning till årlig uppföljning…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="155"/>
        <source>The sections that open a year&apos;s report: mission, staff, conditions</source>
        <translation>Avsnitten som inleder ett års uppföljning: uppdrag, personal, förutsättningar</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="158"/>
        <source>Register &amp;list for the registrar…</source>
        <translation>Förteckning för re&amp;gistratorn…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="159"/>
        <source>Every agreement with each party&apos;s registry number, as XLSX or CSV</source>
        <translation>Alla avtal med varje parts diarienummer, som XLSX eller CSV</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="162"/>
        <source>Archive &amp;package…</source>
        <translation>Informations&amp;paket för e-arkivet…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="163"/>
        <source>The selected signed agreements as an E-ARK package for the e-archive</source>
        <translation>De markerade undertecknade avtalen som ett E-ARK-informationspaket för e-arkivet</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="165"/>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="166"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="240"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="266"/>
        <source>&amp;Agreement</source>
        <translation>Av&amp;tal</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="270"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="273"/>
        <source>&amp;Registers</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="274"/>
        <source>&amp;Tools</source>
        <translation>Ver&amp;ktyg</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="275"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_actions.py" line="286"/>
        <source>Main toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
</context>
<context>
    <name>MainTools</name>
    <message>
        <location filename="../../bibagreements/gui/main_tools.py" line="75"/>
        <source>Checking the database…</source>
        <translation>Kontrollerar databasen…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_tools.py" line="78"/>
        <source>Check the database</source>
        <translation>Kontrollera databasen</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_tools.py" line="81"/>
        <source>The database holds {0} agreement(s). A PostgreSQL database is checked by its administrator.</source>
        <translation>Databasen innehåller {0} avtal. En PostgreSQL-databas kontrolleras av dess administratör.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_tools.py" line="85"/>
        <source>The database is whole: {0} agreement(s), schema revision {1}.</source>
        <translation>Databasen är hel: {0} avtal, schemaversion {1}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_tools.py" line="91"/>
        <source>The database is damaged: {0} problem(s) found (first: {1}).</source>
        <translation>Databasen är skadad: {0} fel hittades (det första: {1}).</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_tools.py" line="135"/>
        <source>About bibagreements</source>
        <translation>Om bibagreements</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_tools.py" line="144"/>
        <source>&lt;h3&gt;bibagreements {0}&lt;/h3&gt;&lt;p&gt;Collaboration agreements of Swedish regional library units: drafting, finding, renewing and following up.&lt;/p&gt;&lt;p&gt;Database: {1}&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later: you may share and change it under its terms; it comes with no warranty.&lt;/p&gt;&lt;p&gt;It uses Qt (LGPL-3.0), Python (PSF) and other free software; their licences are in {2}.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;bibagreements {0}&lt;/h3&gt;&lt;p&gt;Samverkansavtal för regionala biblioteksverksamheter: skriva, hitta, förnya och följa upp.&lt;/p&gt;&lt;p&gt;Databas: {1}&lt;/p&gt;&lt;p&gt;Fri programvara under GNU General Public License, version 3 eller senare: du får sprida och ändra den enligt licensen; den levereras utan garantier.&lt;/p&gt;&lt;p&gt;Den använder Qt (LGPL-3.0), Python (PSF) och annan fri programvara; deras licenser finns i {2}.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="81"/>
        <source>bibagreements – collaboration agreements</source>
        <translation>bibagreements – samverkansavtal</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="86"/>
        <source>Opening the database…</source>
        <translation>Öppnar databasen…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="103"/>
        <source>Show Today: what needs attention</source>
        <translation>Visa Idag: det som behöver göras</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="129"/>
        <source>Import agreements</source>
        <translation>Importera avtal</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="130"/>
        <source>Import the agreements in “{0}” into this register?</source>
        <translation>Importera avtalen i ”{0}” till det här registret?</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="131"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="278"/>
        <source>{0} of {1} agreements</source>
        <translation>{0} av {1} avtal</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="344"/>
        <source>Loading agreements…</source>
        <translation>Läser in avtal…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="370"/>
        <source>Database: {0}</source>
        <translation>Databas: {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="370"/>
        <source>(the default)</source>
        <translation>(standarddatabasen)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="374"/>
        <source>The database cannot be opened.</source>
        <translation>Databasen kan inte öppnas.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="439"/>
        <source>Saved “{0}”.</source>
        <translation>Sparade ”{0}”.</translation>
    </message>
</context>
<context>
    <name>NewFromTemplateDialog</name>
    <message>
        <location filename="../../bibagreements/gui/template_dialog.py" line="70"/>
        <source>New agreement from template</source>
        <translation>Nytt avtal från mall</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/template_dialog.py" line="81"/>
        <source>Tick the parties; Space ticks the highlighted one. Two at least.</source>
        <translation>Kryssa för parterna; mellanslag kryssar för den markerade. Minst två.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/template_dialog.py" line="91"/>
        <source>The template gives the kind, language, cadence of check-ins, areas of collaboration, sections and clauses; you can change them in the editor.</source>
        <translation>Mallen ger avtalstyp, språk, hur ofta avstämningar hålls, samverkansområden, avsnitt och klausuler; du kan ändra dem i redigeraren.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/template_dialog.py" line="99"/>
        <source>&amp;Template:</source>
        <translation>&amp;Mall:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/template_dialog.py" line="101"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/template_dialog.py" line="102"/>
        <source>&amp;Short title:</source>
        <translation>&amp;Kort rubrik:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/template_dialog.py" line="103"/>
        <source>&amp;Parties:</source>
        <translation>&amp;Parter:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/template_dialog.py" line="104"/>
        <source>St&amp;art:</source>
        <translation>Gäller &amp;från:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/template_dialog.py" line="105"/>
        <source>&amp;End:</source>
        <translation>Gäller &amp;till:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/template_dialog.py" line="115"/>
        <source>C&amp;reate draft</source>
        <translation>Skapa &amp;utkast</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/template_dialog.py" line="135"/>
        <source>The register has no templates yet: open an agreement and choose “Save as template” (or templates save on the command line).</source>
        <translation>Registret har inga mallar än: öppna ett avtal och välj ”Spara som mall” (eller templates save på kommandoraden).</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/template_dialog.py" line="156"/>
        <source>Kind: {0}</source>
        <translation>Typ: {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/template_dialog.py" line="157"/>
        <source>Language: {0}</source>
        <translation>Språk: {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/template_dialog.py" line="158"/>
        <source>Check-ins: {0}</source>
        <translation>Avstämningar: {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/template_dialog.py" line="159"/>
        <source>Sections: {0}; areas of collaboration: {1}.</source>
        <translation>Avsnitt: {0}; samverkansområden: {1}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/template_dialog.py" line="165"/>
        <source>Facts it fills in: {0}.</source>
        <translation>Uppgifter den fyller i: {0}.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../bibagreements/gui/widgets.py" line="121"/>
        <source>Type a date as YYYY-MM-DD; F4 opens the calendar; Delete clears it</source>
        <translation>Skriv datum som ÅÅÅÅ-MM-DD; F4 öppnar kalendern; Delete tömmer fältet</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../bibagreements/gui/record_dialogs.py" line="133"/>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/record_dialogs.py" line="143"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="14"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="25"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="51"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="64"/>
        <source>Organisation n&amp;umber:</source>
        <translation>Organisationsn&amp;ummer:</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="74"/>
        <source>NNNNNN-NNNN</source>
        <translation>NNNNNN-NNNN</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="94"/>
        <source>&amp;Part of:</source>
        <translation>&amp;Del av:</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="120"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="82"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="83"/>
        <source>Registry number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="84"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="85"/>
        <source>Signatory</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="86"/>
        <source>Signed</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="96"/>
        <source>&amp;Add party</source>
        <translation>&amp;Lägg till part</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="97"/>
        <source>Remove party</source>
        <translation>Ta bort part</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="98"/>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="99"/>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="105"/>
        <source>Selected party</source>
        <translation>Markerad part</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="109"/>
        <source>Type to search organisations</source>
        <translation>Skriv för att söka bland organisationer</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="110"/>
        <source>New organisation…</source>
        <translation>Ny organisation…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="112"/>
        <source>The party&apos;s own registry number</source>
        <translation>Partens eget diarienummer</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="114"/>
        <location filename="../../bibagreements/gui/parties.py" line="116"/>
        <source>New person…</source>
        <translation>Ny person…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="123"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="125"/>
        <source>Re&amp;gistry number:</source>
        <translation>D&amp;iarienummer:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="126"/>
        <source>&amp;Contact person:</source>
        <translation>&amp;Kontaktperson:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="127"/>
        <source>S&amp;ignatory:</source>
        <translation>&amp;Undertecknare:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="128"/>
        <source>Signatory&apos;s &amp;title:</source>
        <translation>Undertecknarens &amp;titel:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="129"/>
        <source>Signed o&amp;n:</source>
        <translation>Undertecknat &amp;den:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="130"/>
        <source>Signed in (&amp;place):</source>
        <translation>Undertecknat i (o&amp;rt):</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="258"/>
        <source>(choose an organisation)</source>
        <translation>(välj en organisation)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="324"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../bibagreements/gui/pdf_preview.py" line="133"/>
        <source>Printing {0}…</source>
        <translation>Skriver ut {0}…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/pdf_preview.py" line="134"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/pdf_preview.py" line="139"/>
        <source>Printing</source>
        <translation>Utskrift</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/pdf_preview.py" line="150"/>
        <source>Printing page {0} of {1}…</source>
        <translation>Skriver ut sida {0} av {1}…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/pdf_preview.py" line="185"/>
        <source>Preview – {0}</source>
        <translation>Förhandsgranskning – {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bibagreements/gui/pdf_preview.py" line="192"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/pdf_preview.py" line="193"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/pdf_preview.py" line="194"/>
        <source>One copy per party: {0}</source>
        <translation>Ett exemplar per part: {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/pdf_preview.py" line="196"/>
        <source>Zoom:</source>
        <translation>Zoom:</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../bibagreements/gui/record_dialogs.py" line="195"/>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/record_dialogs.py" line="198"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="14"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="20"/>
        <source>Store only what the agreements need: name, title, work e-mail and work phone.</source>
        <translation>Spara bara det som avtalen behöver: namn, titel, e-post och telefon i tjänsten.</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="35"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="61"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="74"/>
        <source>&amp;E-mail (work):</source>
        <translation>&amp;E-post (arbete):</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="100"/>
        <source>&amp;Phone (work):</source>
        <translation>Tele&amp;fon (arbete):</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="113"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
</context>
<context>
    <name>PhraseModel</name>
    <message>
        <location filename="../../bibagreements/gui/phrase_model.py" line="61"/>
        <source>Phrase</source>
        <translation>Fras</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/phrase_model.py" line="61"/>
        <source>Built-in text</source>
        <translation>Inbyggd text</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/phrase_model.py" line="61"/>
        <source>Your wording</source>
        <translation>Din formulering</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/phrase_model.py" line="75"/>
        <source>(built-in)</source>
        <translation>(inbyggd)</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="39"/>
        <source>must not be empty</source>
        <translation>får inte vara tomt</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="93"/>
        <source>the end date is before the start date</source>
        <translation>slutdatumet ligger före startdatumet</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="94"/>
        <source>an agreement needs at least two parties</source>
        <translation>ett avtal behöver minst två parter</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="99"/>
        <source>a project agreement belongs to a parent agreement; choose one</source>
        <translation>ett projektavtal hör till ett huvudavtal; välj ett</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="102"/>
        <source>only a project agreement has a parent agreement</source>
        <translation>bara ett projektavtal har ett huvudavtal</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="105"/>
        <source>only a project agreement states project details</source>
        <translation>bara ett projektavtal anger projektuppgifter</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="111"/>
        <source>an agreement cannot refer to itself</source>
        <translation>ett avtal kan inte hänvisa till sig självt</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="49"/>
        <source>must not be negative</source>
        <translation>får inte vara negativt</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="112"/>
        <source>a signed agreement needs a start and an end date</source>
        <translation>ett undertecknat avtal behöver start- och slutdatum</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="53"/>
        <source>years have four digits</source>
        <translation>årtal skrivs med fyra siffror</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="56"/>
        <source>ends before it starts</source>
        <translation>slutar innan det börjar</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="64"/>
        <source>is longer than {max} characters</source>
        <translation>är längre än {max} tecken</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="65"/>
        <source>must be between {min} and {max} months</source>
        <translation>ska vara mellan {min} och {max} månader</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="66"/>
        <source>must be between {min} and {max} days</source>
        <translation>ska vara mellan {min} och {max} dagar</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="67"/>
        <source>an automatic extension needs an end date</source>
        <translation>en automatisk förlängning kräver ett slutdatum</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="70"/>
        <source>notice cannot be given before the agreement starts</source>
        <translation>uppsägning kan inte ske innan avtalet börjar gälla</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="78"/>
        <location filename="../../bibagreements/gui/problems.py" line="96"/>
        <source>There is no organisation with ID {id}.</source>
        <translation>Det finns ingen organisation med id {id}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="79"/>
        <source>There is no person with ID {id}.</source>
        <translation>Det finns ingen person med id {id}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="80"/>
        <source>{person} does not belong to {party}</source>
        <translation>{person} hör inte till {party}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="81"/>
        <source>choose another person</source>
        <translation>välj en annan person</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="82"/>
        <source>{agreement}: {person} does not belong to that party</source>
        <translation>{agreement}: {person} hör inte till den parten</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="85"/>
        <source>{person} appears in {count} signed agreement(s) ({titles}). Signed agreements are public records and are kept as signed. Replace the person in ongoing follow-up instead, or erase them once the records may be culled.</source>
        <translation>{person} förekommer i {count} undertecknade avtal ({titles}). Undertecknade avtal är allmänna handlingar och bevaras som de undertecknades. Ersätt personen i den pågående uppföljningen i stället, eller radera personen när handlingarna får gallras.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="92"/>
        <location filename="../../bibagreements/gui/problems.py" line="259"/>
        <source>There is no agreement with ID {id}.</source>
        <translation>Det finns inget avtal med id {id}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="95"/>
        <source>{name} is a party twice</source>
        <translation>{name} är part två gånger</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="108"/>
        <source>a project agreement cannot be the parent of another</source>
        <translation>ett projektavtal kan inte vara huvudavtal för ett annat avtal</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="115"/>
        <source>“{status}” only once every party has signed (not signed: {unsigned})</source>
        <translation>”{status}” först när alla parter har undertecknat (inte undertecknat: {unsigned})</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="118"/>
        <source>cannot go from “{from_status}” to “{to_status}”</source>
        <translation>kan inte gå från ”{from_status}” till ”{to_status}”</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="121"/>
        <source>“{title}” is signed: what the parties signed cannot change (renew it for a new version; registry numbers and contact persons can change)</source>
        <translation>”{title}” är undertecknat: det parterna skrivit under kan inte ändras (förnya det för en ny version; diarienummer och kontaktpersoner kan ändras)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="126"/>
        <source>“{title}” has follow-up entries and cannot be removed</source>
        <translation>”{title}” har uppföljningar och kan inte tas bort</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="129"/>
        <location filename="../../bibagreements/gui/problems.py" line="133"/>
        <source>“{name}” was changed by {by} ({at}) since you opened it. Open it again before saving.</source>
        <translation>”{name}” har ändrats av {by} ({at}) sedan du öppnade den. Öppna den igen innan du sparar.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="137"/>
        <source>The check-in due {due} was changed by {by} ({at}) since you opened it. Open it again before saving.</source>
        <translation>Avstämningen {due} har ändrats av {by} ({at}) sedan du öppnade den. Öppna den igen innan du sparar.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="142"/>
        <source>The follow-up entry for {year} was changed by {by} ({at}) since you opened it. Open it again before saving.</source>
        <translation>Uppföljningsposten för {year} har ändrats av {by} ({at}) sedan du öppnade den. Öppna den igen innan du sparar.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="147"/>
        <source>The introductory sections of the {year} report were changed by someone else since you opened them. Open them again before saving.</source>
        <translation>Inledningen till uppföljningen {year} har ändrats av någon annan sedan du öppnade den. Öppna den igen innan du sparar.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="152"/>
        <source>“{title}” was changed by someone else (version {stored}, yours is {yours}). Open it again before saving.</source>
        <translation>”{title}” har ändrats av någon annan (version {stored}, din är {yours}). Öppna det igen innan du sparar.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="157"/>
        <source>choose the agreement the amendment amends</source>
        <translation>välj avtalet som ändringsavtalet ändrar</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="160"/>
        <source>only an amendment amends another agreement</source>
        <translation>bara ett ändringsavtal ändrar ett annat avtal</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="161"/>
        <source>an amendment amends an agreement, not another amendment</source>
        <translation>ett ändringsavtal ändrar ett avtal, inte ett annat ändringsavtal</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="164"/>
        <source>only a signed agreement can be amended (this one is “{status}”)</source>
        <translation>bara ett undertecknat avtal kan ändras (det här är ”{status}”)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="167"/>
        <source>“{title}” ended on {end}, before {date}: an amendment takes effect while the agreement runs; renew it or draft a new agreement instead</source>
        <translation>”{title}” avslutades {end}, före {date}: ett ändringsavtal börjar gälla medan avtalet löper; förnya avtalet eller upprätta ett nytt i stället</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="172"/>
        <source>a signed amendment needs the date it takes effect</source>
        <translation>ett undertecknat ändringsavtal behöver datumet då det börjar gälla</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="175"/>
        <source>Agreement {agreement} has no version sent for signature yet.</source>
        <translation>Avtal {agreement} har ännu ingen version som skickats för underskrift.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="178"/>
        <source>Agreement {agreement} has no version {number}.</source>
        <translation>Avtal {agreement} har ingen version {number}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="179"/>
        <source>“{title}” is “{status}”: only drafts can be deleted. End or terminate it instead.</source>
        <translation>”{title}” är ”{status}”: endast utkast kan tas bort. Avsluta eller säg upp det i stället.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="183"/>
        <source>“{title}” has {count} project agreement(s) under it and cannot be deleted.</source>
        <translation>”{title}” har {count} projektavtal under sig och kan inte tas bort.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="186"/>
        <source>give the agreement a period before renewing it</source>
        <translation>ge avtalet en giltighetstid innan du förnyar det</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="190"/>
        <location filename="../../bibagreements/gui/problems.py" line="191"/>
        <location filename="../../bibagreements/gui/problems.py" line="258"/>
        <source>There is no check-in with ID {id}.</source>
        <translation>Det finns ingen avstämning med id {id}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="192"/>
        <location filename="../../bibagreements/gui/problems.py" line="195"/>
        <source>Agreement {agreement} has no check-in due {due}.</source>
        <translation>Avtal {agreement} har ingen avstämning {due}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="198"/>
        <source>a held check-in needs the date it was held</source>
        <translation>en hållen avstämning behöver datumet då den hölls</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="199"/>
        <source>“{value}” is not an e-mail address</source>
        <translation>”{value}” är ingen e-postadress</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="200"/>
        <source>Your e-mail address is needed as the sender: set it in Settings.</source>
        <translation>Din e-postadress behövs som avsändare: ange den under Inställningar.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="203"/>
        <source>nobody to send it to: no e-mail address for {names}</source>
        <translation>ingen att skicka till: ingen e-postadress för {names}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="206"/>
        <source>every party has signed it already</source>
        <translation>alla parter har redan skrivit under</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="207"/>
        <source>only a draft or an agreement out for signature is sent for signature (this one is {status})</source>
        <translation>bara ett utkast eller ett avtal som väntar på underskrift skickas för underskrift (detta är {status})</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="212"/>
        <source>the check-in due {due} has not been recorded as held</source>
        <translation>avstämningen {due} är inte registrerad som hållen</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="215"/>
        <source>“{value}” is not a mail server (host or host:port)</source>
        <translation>”{value}” är ingen e-postserver (värd eller värd:port)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="218"/>
        <source>{host} is reached over the network: use STARTTLS or TLS</source>
        <translation>{host} nås över nätverket: använd STARTTLS eller TLS</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="221"/>
        <source>The operating system&apos;s keyring cannot keep the password ({reason}).</source>
        <translation>Operativsystemets nyckelring kan inte spara lösenordet ({reason}).</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="224"/>
        <source>No password for {account}: remember it in the keyring or give it.</source>
        <translation>Inget lösenord för {account}: spara det i nyckelringen eller ange det.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="227"/>
        <source>A message to send needs a sender.</source>
        <translation>Ett meddelande som ska skickas behöver en avsändare.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="228"/>
        <source>A password is kept for a user of the mail server: give the user.</source>
        <translation>Ett lösenord sparas för en användare på e-postservern: ange användaren.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="231"/>
        <source>The mail server refused the login of {account}; nothing was recorded.</source>
        <translation>E-postservern godtog inte inloggningen för {account}; ingenting registrerades.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="234"/>
        <source>The mail server {host} could not be reached or refused the message ({reason}); messages sent before: {sent}; nothing was recorded.</source>
        <translation>E-postservern {host} gick inte att nå eller tog inte emot meddelandet ({reason}); meddelanden skickade dessförinnan: {sent}; ingenting registrerades.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="239"/>
        <source>only a held check-in has a date held</source>
        <translation>bara en hållen avstämning har ett datum då den hölls</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="240"/>
        <source>a participant needs a name</source>
        <translation>en deltagare behöver ett namn</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="241"/>
        <source>{date} is outside the agreement&apos;s period {start} – {end}</source>
        <translation>{date} ligger utanför avtalets giltighetstid {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="244"/>
        <source>{date} is in the future (today is {today})</source>
        <translation>{date} ligger i framtiden (i dag är det {today})</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="245"/>
        <source>{date} is before the agreement starts ({start})</source>
        <translation>{date} ligger före avtalets start ({start})</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="248"/>
        <source>The check-in due {due} is {checkin_status}; only a planned check-in can be {action}.</source>
        <translation>Avstämningen {due} är {checkin_status}; bara en planerad avstämning kan {action}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="252"/>
        <source>The check-in due {due} was cancelled; it cannot be held.</source>
        <translation>Avstämningen {due} är inställd och kan inte hållas.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="256"/>
        <source>the horizon cannot be negative</source>
        <translation>tidshorisonten kan inte vara negativ</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="257"/>
        <source>“{key}” is not a reminder</source>
        <translation>”{key}” är ingen påminnelse</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="260"/>
        <source>{date} is not after today ({today})</source>
        <translation>{date} ligger inte efter i dag ({today})</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="261"/>
        <location filename="../../bibagreements/gui/problems.py" line="262"/>
        <source>There is no follow-up entry with ID {id}.</source>
        <translation>Det finns ingen uppföljningspost med id {id}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="265"/>
        <source>write a sub-goal, an activity or an outcome</source>
        <translation>skriv ett delmål, en aktivitet eller ett utfall</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="266"/>
        <source>“{title}” is not signed (it is “{status}”); only signed agreements are archived</source>
        <translation>”{title}” är inte undertecknat (det är ”{status}”); bara undertecknade avtal arkiveras</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="270"/>
        <source>“{title}” has no frozen version to archive</source>
        <translation>”{title}” har ingen låst version att arkivera</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="273"/>
        <source>“{title}” has no signed copy from {parties}</source>
        <translation>”{title}” saknar undertecknat exemplar från {parties}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="276"/>
        <source>the {year} report has no introductory section {number}</source>
        <translation>uppföljningen {year} har inget inledande avsnitt {number}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="279"/>
        <source>{name} is not a certificate (PEM or DER)</source>
        <translation>{name} är inget certifikat (PEM eller DER)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="280"/>
        <source>{name} is not a CA certificate; trust the signing service&apos;s CA, not a signer&apos;s certificate</source>
        <translation>{name} är inget CA-certifikat; lita på e-underskriftstjänstens CA, inte på en undertecknares certifikat</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="285"/>
        <source>no trusted certificate with ID {id}</source>
        <translation>inget betrott certifikat med ID {id}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="286"/>
        <source>the file is not a PDF with an electronic signature</source>
        <translation>filen är ingen PDF med elektronisk underskrift</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="289"/>
        <source>the signature in {field} ({signer}) is not valid: the document was altered after signing</source>
        <translation>underskriften i {field} ({signer}) är inte giltig: dokumentet är ändrat efter underskriften</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="293"/>
        <source>the document was changed after the signature in {field} ({signer}) by more than signatures</source>
        <translation>dokumentet har ändrats efter underskriften i {field} ({signer}) med mer än underskrifter</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="298"/>
        <source>the signature in {field} ({signer}) is not on a frozen version of this agreement</source>
        <translation>underskriften i {field} ({signer}) gäller ingen låst version av det här avtalet</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="302"/>
        <source>the signature in {field} ({signer}) is from an issuer not on the trust list</source>
        <translation>underskriften i {field} ({signer}) kommer från en utfärdare som inte är betrodd</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="313"/>
        <source>the signature in {field} ({signer}) is on version {version}, which a later frozen version replaced</source>
        <translation>underskriften i {field} ({signer}) gäller version {version}, som en senare låst version har ersatt</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="318"/>
        <source>only an agreement out for signature takes electronic signatures (this one is “{status}”)</source>
        <translation>bara ett avtal som väntar på underskrift tar emot e-underskrifter (det här är ”{status}”)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="322"/>
        <source>{signer} signed {fields} with one certificate: one signer signs for one party</source>
        <translation>{signer} har undertecknat {fields} med samma certifikat: en undertecknare skriver under för en part</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="326"/>
        <source>{file} is past its next update: get the signing service&apos;s current list</source>
        <translation>{file} är inaktuell (nästa uppdatering har passerat): hämta e-underskriftstjänstens aktuella spärrlista</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="330"/>
        <source>the certificate of {signer} is not for signing (its key usage)</source>
        <translation>certifikatet för {signer} är inte avsett för underskrifter (nyckelanvändning)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="334"/>
        <source>the signing failed: {reason}</source>
        <translation>underskriften misslyckades: {reason}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="338"/>
        <source>the signature in {field} ({signer}) is not valid: the certificate was not valid then</source>
        <translation>underskriften i {field} ({signer}) är inte giltig: certifikatet var inte giltigt då</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="342"/>
        <source>the signature in {field} ({signer}) is not valid: the certificate is revoked</source>
        <translation>underskriften i {field} ({signer}) är inte giltig: certifikatet är spärrat</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="346"/>
        <source>every signature in the file is from a party already recorded as signed</source>
        <translation>varje underskrift i filen är från en part som redan har undertecknat</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="350"/>
        <source>{file} is not a certificate revocation list (CRL)</source>
        <translation>{file} är ingen spärrlista (CRL)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="354"/>
        <source>the certificate file cannot be opened: a wrong password, or not a PKCS#12 file</source>
        <translation>certifikatfilen kan inte öppnas: fel lösenord, eller ingen PKCS#12-fil</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="358"/>
        <source>the certificate of {signer} is not from an issuer on the trust list</source>
        <translation>certifikatet för {signer} kommer inte från en betrodd e-underskriftstjänst</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="362"/>
        <source>the certificate of {signer} has expired or is not yet valid</source>
        <translation>certifikatet för {signer} har gått ut eller gäller inte ännu</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="366"/>
        <source>the certificate of {signer} is revoked</source>
        <translation>certifikatet för {signer} är spärrat</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="370"/>
        <source>{party} is already recorded as signed ({signed})</source>
        <translation>{party} har redan undertecknat ({signed})</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="374"/>
        <source>no party {party} in this agreement (give its number or name)</source>
        <translation>avtalet har ingen part {party} (ange partens nummer eller namn)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="378"/>
        <source>give the section a heading</source>
        <translation>ge avsnittet en rubrik</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="379"/>
        <source>at most {max} introductory sections</source>
        <translation>högst {max} inledande avsnitt</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="382"/>
        <source>give the amount received as well as the funder</source>
        <translation>ange beloppet som togs emot, inte bara från vem</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="385"/>
        <source>say who the money was received from</source>
        <translation>ange vem medlen kom från</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="386"/>
        <source>not an area of collaboration of this agreement</source>
        <translation>inte ett samverkansområde i det här avtalet</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="387"/>
        <source>not a check-in of this agreement</source>
        <translation>inte en avstämning i det här avtalet</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="389"/>
        <source>Organisation {id} is not a party to this agreement.</source>
        <translation>Organisation {id} är inte part i det här avtalet.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="393"/>
        <source>{name} is not a PDF or an image (PNG, JPEG, TIFF)</source>
        <translation>{name} är varken en PDF eller en bild (PNG, JPEG, TIFF)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="396"/>
        <source>{party} signed on {signed}, not {given}</source>
        <translation>{party} undertecknade {signed}, inte {given}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="397"/>
        <location filename="../../bibagreements/gui/problems.py" line="398"/>
        <source>There is no signed copy with ID {id}.</source>
        <translation>Det finns inget undertecknat exemplar med id {id}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="399"/>
        <source>Signed copy {id} does not match its checksum; it was not written.</source>
        <translation>Det undertecknade exemplaret {id} stämmer inte med sin kontrollsumma; det har inte skrivits.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="403"/>
        <source>{path} is a folder; name a file.</source>
        <translation>{path} är en mapp; ange en fil.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="404"/>
        <source>The folder {path} does not exist.</source>
        <translation>Mappen {path} finns inte.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="405"/>
        <source>a {kind} file ends in .{suffix}</source>
        <translation>en {kind}-fil slutar på .{suffix}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="406"/>
        <source>that is the database itself; choose another file</source>
        <translation>det är själva databasen; välj en annan fil</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="409"/>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} kan inte läsas: {reason}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="410"/>
        <source>{path} cannot be written: {reason}</source>
        <translation>{path} kan inte skrivas: {reason}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="411"/>
        <source>archive and signature fields apply to PDF only</source>
        <translation>arkivformat och signaturfält gäller bara PDF</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="412"/>
        <source>an archival PDF/A cannot carry empty signature fields; archive the signed copy instead</source>
        <translation>en arkiv-PDF (PDF/A) kan inte ha tomma signaturfält; arkivera det undertecknade exemplaret i stället</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="416"/>
        <source>The PDF/A conversion failed: {reason}</source>
        <translation>Konverteringen till PDF/A misslyckades: {reason}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="417"/>
        <source>a PostgreSQL database is backed up by its administrator (pg_dump)</source>
        <translation>en PostgreSQL-databas säkerhetskopieras av sin administratör (pg_dump)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="421"/>
        <source>Not a usable database address: {url}</source>
        <translation>Ingen användbar databasadress: {url}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="422"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} är en mapp, inte en databasfil.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="426"/>
        <source>the database refused the change: {reason}</source>
        <translation>databasen godtog inte ändringen: {reason}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="427"/>
        <source>The database could not be used: {reason}</source>
        <translation>Databasen kunde inte användas: {reason}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="428"/>
        <source>{url} is the database being copied. Name the team&apos;s database.</source>
        <translation>{url} är databasen som kopieras. Ange den gemensamma databasen.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="431"/>
        <source>{url} is not empty ({table}: {rows} rows). A register is copied only into an empty database; nothing was changed.</source>
        <translation>{url} är inte tom ({table}: {rows} rader). Ett register kopieras bara till en tom databas; inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="436"/>
        <source>The copy in {url} did not match this database ({tables}); nothing was copied.</source>
        <translation>Kopian i {url} stämde inte med den här databasen ({tables}); inget kopierades.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="439"/>
        <source>Copying to {url} failed ({reason}); nothing was copied.</source>
        <translation>Kopieringen till {url} misslyckades ({reason}); inget kopierades.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="442"/>
        <source>The database server could not be reached ({reason}). Nothing was saved; your changes are still here, and the next try connects again.</source>
        <translation>Databasservern gick inte att nå ({reason}). Inget sparades; dina ändringar finns kvar, och nästa försök ansluter igen.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="447"/>
        <source>The database server {url} asks for a password. Give it when asked, or keep it in the keyring.</source>
        <translation>Databasservern {url} frågar efter ett lösenord. Ange det när du blir tillfrågad, eller spara det i nyckelringen.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="452"/>
        <source>The data folder cannot be created: {reason}</source>
        <translation>Datamappen kan inte skapas: {reason}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="455"/>
        <source>The database {url} cannot be opened: {reason}</source>
        <translation>Databasen {url} kan inte öppnas: {reason}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="458"/>
        <source>No driver for {url}: {module} is not installed.</source>
        <translation>Ingen drivrutin för {url}: {module} är inte installerad.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="459"/>
        <location filename="../../bibagreements/gui/problems.py" line="460"/>
        <source>{path} is not a bibagreements database.</source>
        <translation>{path} är inte en bibagreements-databas.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="461"/>
        <source>{path} was written by a newer version of bibagreements (schema {revision}). Update the program to open it; the file was not changed.</source>
        <translation>{path} har skrivits av en nyare version av bibagreements (schema {revision}). Uppdatera programmet för att öppna den; filen har inte ändrats.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="466"/>
        <source>Updating the database would leave {count} broken reference(s); nothing was changed.</source>
        <translation>En uppdatering av databasen skulle lämna {count} trasiga referenser; ingenting har ändrats.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="470"/>
        <source>The copy failed SQLite&apos;s integrity check: {result}</source>
        <translation>Kopian klarade inte SQLites integritetskontroll: {result}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="474"/>
        <source>{count} problem(s) in the file</source>
        <translation>{count} fel i filen</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="475"/>
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} är inte UTF-8-text.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="476"/>
        <source>{path} is not valid JSON (line {line}, column {column}: {reason}).</source>
        <translation>{path} är inte giltig JSON (rad {line}, kolumn {column}: {reason}).</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="479"/>
        <source>{path} is not valid JSON ({reason}).</source>
        <translation>{path} är inte giltig JSON ({reason}).</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="480"/>
        <source>{path} is nested too deeply.</source>
        <translation>{path} är för djupt nästlad.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="481"/>
        <source>the file is format version {version}, written by a newer bibagreements; this version reads up to {supported}</source>
        <translation>filen har formatversion {version} och är skriven av en nyare bibagreements; den här versionen läser upp till version {supported}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="486"/>
        <source>{uid} appears twice in the file</source>
        <translation>{uid} förekommer två gånger i filen</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="487"/>
        <source>{uid} is also used by {other}</source>
        <translation>{uid} används också av {other}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="488"/>
        <source>no agreement with uid {uid} in the file</source>
        <translation>inget avtal med uid {uid} i filen</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="489"/>
        <source>the chain of renewals goes round in a circle</source>
        <translation>förnyelserna hänvisar till varandra i en cirkel</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="490"/>
        <source>{date} is outside the period</source>
        <translation>{date} ligger utanför giltighetstiden</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="491"/>
        <source>there is no area number {index}</source>
        <translation>det finns inget samverkansområde nummer {index}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="492"/>
        <source>there is no check-in number {index}</source>
        <translation>det finns ingen avstämning nummer {index}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="494"/>
        <source>write the date as YYYY-MM-DD</source>
        <translation>skriv datumet som ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="495"/>
        <source>write an amount in kronor</source>
        <translation>skriv ett belopp i kronor</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="496"/>
        <source>choose an organisation from the list</source>
        <translation>välj en organisation i listan</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="497"/>
        <source>the agreement is signed: what the parties signed cannot change (renew it for a new version; registry numbers and contact persons can change)</source>
        <translation>avtalet är undertecknat: det parterna skrivit under kan inte ändras (förnya det för en ny version; diarienummer och kontaktpersoner kan ändras)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="502"/>
        <source>{name} cannot be opened as a PDF.</source>
        <translation>{name} kan inte öppnas som PDF.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="503"/>
        <source>The printer {printer} cannot be used.</source>
        <translation>Skrivaren {printer} kan inte användas.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="505"/>
        <source>{path} is a symbolic link; choose the file itself or a new name.</source>
        <translation>{path} är en symbolisk länk; välj själva filen eller ett nytt namn.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="508"/>
        <source>{path} is not a regular file (a device, pipe or socket); choose a file.</source>
        <translation>{path} är ingen vanlig fil (en enhet, en pipe eller en socket); välj en fil.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="512"/>
        <source>There is no room for the copy in {folder}; nothing was replaced.</source>
        <translation>Det finns inte plats för kopian i {folder}; ingenting ersattes.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="515"/>
        <source>{path} does not exist; nothing was restored.</source>
        <translation>{path} finns inte; ingenting återställdes.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="518"/>
        <source>{path} is not a file; nothing was restored.</source>
        <translation>{path} är ingen fil; ingenting återställdes.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="521"/>
        <location filename="../../bibagreements/gui/problems.py" line="524"/>
        <source>{path} is not a bibagreements backup; nothing was restored.</source>
        <translation>{path} är ingen säkerhetskopia av bibagreements; ingenting återställdes.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="527"/>
        <source>{path} was written by a newer version of bibagreements (schema {revision}). Update the program to restore it; nothing was restored.</source>
        <translation>{path} skrevs av en nyare version av bibagreements (schema {revision}). Uppdatera programmet för att återställa den; ingenting återställdes.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="532"/>
        <source>{path} is damaged ({reason}); nothing was restored.</source>
        <translation>{path} är skadad ({reason}); ingenting återställdes.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="535"/>
        <source>{path} is the database itself; nothing was restored.</source>
        <translation>{path} är själva databasen; ingenting återställdes.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="538"/>
        <source>The database {path} is in use by another program. Close it and try again; nothing was restored.</source>
        <translation>Databasen {path} används av ett annat program. Stäng det och försök igen; ingenting återställdes.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="543"/>
        <source>A PostgreSQL database is restored by its administrator (pg_restore).</source>
        <translation>En PostgreSQL-databas återställs av sin administratör (pg_restore).</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="547"/>
        <source>{path} is not a regular file (a folder, device or pipe is not read)</source>
        <translation>{path} är ingen vanlig fil (en mapp, enhet eller rörledning läses inte)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="550"/>
        <source>{name} is not a PNG, JPEG or TIFF image that can be opened</source>
        <translation>{name} är ingen PNG-, JPEG- eller TIFF-bild som går att öppna</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="553"/>
        <source>{name} has more than {max} pixels</source>
        <translation>{name} har fler än {max} bildpunkter</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="554"/>
        <source>{name} is not a PDF that can be opened</source>
        <translation>{name} är ingen PDF som går att öppna</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="555"/>
        <source>the key {key} appears twice in one object</source>
        <translation>nyckeln {key} förekommer två gånger i samma objekt</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="556"/>
        <source>contains a control character ({char})</source>
        <translation>innehåller ett styrtecken ({char})</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="619"/>
        <source>{path} holds no text; nothing was imported</source>
        <translation>{path} innehåller ingen text; inget importerades</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="620"/>
        <source>{path} is protected by a password; save it without one and import it again</source>
        <translation>{path} är lösenordsskyddad; spara den utan lösenord och importera den igen</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="623"/>
        <source>{path} is an old Word document (.doc); save it as .docx and import that</source>
        <translation>{path} är ett äldre Word-dokument (.doc); spara det som .docx och importera det</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="626"/>
        <source>{path} is neither a Word document (.docx) nor a text file</source>
        <translation>{path} är varken ett Word-dokument (.docx) eller en textfil</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="629"/>
        <source>{path} unpacks to more than {limit}; nothing was imported</source>
        <translation>{path} packas upp till mer än {limit}; inget importerades</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="632"/>
        <source>{path} is a damaged Word document that cannot be read</source>
        <translation>{path} är ett skadat Word-dokument som inte går att läsa</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="635"/>
        <source>Parties found in {path}: {count}; an agreement needs two, so no draft was created.</source>
        <translation>Parter som hittades i {path}: {count}; ett avtal behöver två, så inget utkast skapades.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="639"/>
        <source>Title: {title}</source>
        <translation>Titel: {title}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="640"/>
        <source>Kind: {kind}</source>
        <translation>Avtalstyp: {kind}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="641"/>
        <source>The title names no kind of agreement: a cooperation agreement is assumed</source>
        <translation>Titeln anger ingen avtalstyp: en överenskommelse om samarbete antas</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="644"/>
        <source>The document is a {kind}, which needs the agreement it belongs to: imported as a cooperation agreement; change the kind in the editor</source>
        <translation>Dokumentet är av typen {kind}, som behöver avtalet det hör till: importerat som överenskommelse om samarbete; ändra avtalstypen i redigeraren</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="649"/>
        <source>Language: {language}</source>
        <translation>Språk: {language}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="650"/>
        <source>Party {name}: found in the register</source>
        <translation>Part {name}: finns i registret</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="651"/>
        <source>Party {name}: found in the register as {stored}</source>
        <translation>Part {name}: finns i registret som {stored}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="654"/>
        <source>Party {name}: added to the register</source>
        <translation>Part {name}: lades till i registret</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="655"/>
        <source>Party {name}: added to the register with {org_number}</source>
        <translation>Part {name}: lades till i registret med {org_number}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="658"/>
        <source>No organisation number found for {name}</source>
        <translation>Inget organisationsnummer hittades för {name}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="661"/>
        <source>{number} given for {name} is not a valid organisation number</source>
        <translation>{number}, angivet för {name}, är inget giltigt organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="664"/>
        <source>{name}: the text gives {number}, the register has {stored}; the register&apos;s is kept</source>
        <translation>{name}: texten anger {number}, registret har {stored}; registrets behålls</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="668"/>
        <source>{name}: the text gives {number}; the register has none (add it there if it is right)</source>
        <translation>{name}: texten anger {number}; registret har inget (lägg till det där om det stämmer)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="672"/>
        <source>Signatory for {party}: {name}</source>
        <translation>Undertecknare för {party}: {name}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="673"/>
        <source>Contact person for {party}: {name}</source>
        <translation>Kontaktperson för {party}: {name}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="674"/>
        <source>No signatory&apos;s name found for {party}</source>
        <translation>Inget namn på undertecknare hittades för {party}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="675"/>
        <source>{party} signed in {place} on {date}</source>
        <translation>{party} undertecknade i {place} {date}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="676"/>
        <source>No place and date of signing found for {party}</source>
        <translation>Ingen ort och inget datum för underskrift hittades för {party}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="679"/>
        <source>Period: {start} – {end}</source>
        <translation>Giltighetstid: {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="680"/>
        <source>In force from {start}; no end date found</source>
        <translation>Gäller från {start}; inget slutdatum hittades</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="681"/>
        <source>No period found</source>
        <translation>Ingen period hittades</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="682"/>
        <source>Check-ins: {cadence}</source>
        <translation>Avstämning: {cadence}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="683"/>
        <source>No check-in cadence found: the draft has no fixed check-ins</source>
        <translation>Ingen takt för avstämning hittades: utkastet har inga fasta avstämningar</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="686"/>
        <source>Programme: {programme}</source>
        <translation>Satsning: {programme}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="687"/>
        <source>No introduction or purpose found</source>
        <translation>Ingen inledning eller syfte hittades</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="688"/>
        <source>Governing document: {title} {years}</source>
        <translation>Styrdokument: {title} {years}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="691"/>
        <source>Area of collaboration: {title}</source>
        <translation>Samverkansområde: {title}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="692"/>
        <source>No areas of collaboration found</source>
        <translation>Inga samverkansområden hittades</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="693"/>
        <source>Section: {heading}</source>
        <translation>Avsnitt: {heading}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="694"/>
        <source>{field} is longer than {max} characters and was cut there</source>
        <translation>{field} är längre än {max} tecken och kortades där</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="558"/>
        <source>“{name}” at line {line}, column {column} is not a placeholder</source>
        <translation>”{name}” på rad {line}, kolumn {column} är ingen platshållare</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="305"/>
        <source>the signature in {field} is in a field of its own, not a party&apos;s: drop the file on the party who signed it</source>
        <translation>underskriften i {field} står i ett eget fält, inte i en parts: släpp filen på den part som skrev under</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="310"/>
        <source>two signatures count for the same party ({fields})</source>
        <translation>två underskrifter räknas för samma part ({fields})</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="562"/>
        <source>“{name}” at line {line}, column {column} is not a placeholder; did you mean “{suggestion}”?</source>
        <translation>”{name}” på rad {line}, kolumn {column} är ingen platshållare; menade du ”{suggestion}”?</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="567"/>
        <source>the brace at line {line}, column {column} is not closed (write two for a brace in the text)</source>
        <translation>klammerparentesen på rad {line}, kolumn {column} stängs inte (skriv två för en klammerparentes i texten)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="572"/>
        <source>the closing brace at line {line}, column {column} has no opening one (write two for a brace in the text)</source>
        <translation>den avslutande klammerparentesen på rad {line}, kolumn {column} saknar en inledande (skriv två för en klammerparentes i texten)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="577"/>
        <source>the placeholder “{name}” at line {line}, column {column} has no value in this agreement</source>
        <translation>platshållaren ”{name}” på rad {line}, kolumn {column} har inget värde i det här avtalet</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="581"/>
        <source>No clause with ID {id}.</source>
        <translation>Det finns ingen klausul med ID {id}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="582"/>
        <source>No template {name}.</source>
        <translation>Det finns ingen mall {name}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="583"/>
        <source>There is already a template named {name}.</source>
        <translation>Det finns redan en mall som heter {name}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="587"/>
        <source>There is no house style for {organisation}.</source>
        <translation>Det finns ingen husstil för {organisation}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="588"/>
        <source>The house style of {organisation} was changed by someone else (version {stored}, yours is {yours}). Open it again before changing it.</source>
        <translation>Husstilen för {organisation} har ändrats av någon annan (version {stored}, din är {yours}). Öppna den igen innan du ändrar den.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="593"/>
        <source>The house style of {organisation} was removed by someone else.</source>
        <translation>Husstilen för {organisation} har tagits bort av någon annan.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="596"/>
        <source>{name} is not a PNG or SVG image that can be opened</source>
        <translation>{name} är ingen PNG- eller SVG-bild som kan öppnas</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="599"/>
        <source>{name} refers to {what}: an SVG logo must be self-contained (no DOCTYPE, entities, external files or links)</source>
        <translation>{name} hänvisar till {what}: en SVG-logotyp måste vara fristående (utan DOCTYPE, entiteter, externa filer eller länkar)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="604"/>
        <source>must be a colour written #RRGGBB</source>
        <translation>måste vara en färg skriven #RRGGBB</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="605"/>
        <source>must be one of {fonts}</source>
        <translation>måste vara något av {fonts}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="606"/>
        <source>has more than {max} lines</source>
        <translation>har fler än {max} rader</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="607"/>
        <source>must be one of {languages}</source>
        <translation>måste vara något av {languages}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="608"/>
        <source>{key} is not a phrase a house style can reword</source>
        <translation>{key} är ingen fras som en husstil kan formulera om</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="611"/>
        <source>{placeholder} is not a placeholder of this phrase (it has {known})</source>
        <translation>{placeholder} är ingen platshållare i den här frasen (den har {known})</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="614"/>
        <source>has a brace that opens or closes no placeholder</source>
        <translation>har en klammerparentes som inte öppnar eller stänger någon platshållare</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="697"/>
        <source>The database {path} is damaged. The newest automatic backup of it is {backup}; restore it with: {command}</source>
        <translation>Databasen {path} är skadad. Den senaste automatiska säkerhetskopian av den är {backup}; återställ den med: {command}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="702"/>
        <source>The database {path} is damaged, and there is no automatic backup of it. Restore your own latest copy with: {command} FILE</source>
        <translation>Databasen {path} är skadad, och det finns ingen automatisk säkerhetskopia av den. Återställ din egen senaste kopia med: {command} FIL</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="727"/>
        <source>Replacement</source>
        <translation>Ersättare</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="728"/>
        <source>Held on</source>
        <translation>Hölls den</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="729"/>
        <source>Due date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="730"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="731"/>
        <source>Calendar UID</source>
        <translation>Kalender-UID</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="732"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="733"/>
        <source>Follow-up entry</source>
        <translation>Uppföljningspost</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="734"/>
        <source>Area of collaboration</source>
        <translation>Samverkansområde</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="735"/>
        <source>Check-in</source>
        <translation>Avstämning</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="736"/>
        <source>Signed on</source>
        <translation>Undertecknat den</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="737"/>
        <location filename="../../bibagreements/gui/problems.py" line="742"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="738"/>
        <source>Certificate file</source>
        <translation>Certifikatfil</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="739"/>
        <source>Revocation list</source>
        <translation>Spärrlista</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="740"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="741"/>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="743"/>
        <source>File format</source>
        <translation>Filformat</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="744"/>
        <source>Backup</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="745"/>
        <source>Format version</source>
        <translation>Formatversion</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="746"/>
        <source>Snoozed until</source>
        <translation>Uppskjuten till</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="747"/>
        <source>Days ahead</source>
        <translation>Antal dagar framåt</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="748"/>
        <source>Notice and extension</source>
        <translation>Uppsägning och förlängning</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="749"/>
        <source>Amended agreement</source>
        <translation>Avtal som ändras</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="750"/>
        <source>Notice given on</source>
        <translation>Uppsagt den</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="751"/>
        <source>Programme</source>
        <translation>Satsning</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="752"/>
        <source>Development area</source>
        <translation>Utvecklingsområde</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="753"/>
        <source>Introduction and purpose</source>
        <translation>Inledning och syfte</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="754"/>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="755"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="756"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="757"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="758"/>
        <source>Sub-goal</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="759"/>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="760"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="762"/>
        <source>Short title</source>
        <translation>Kort rubrik</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="791"/>
        <source>(no name)</source>
        <comment>a printer without a name</comment>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="857"/>
        <source>Row {row}: {text}</source>
        <translation>Rad {row}: {text}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="864"/>
        <source>{field}, row {row}</source>
        <translation>{field}, rad {row}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="51"/>
        <source>whole öre only</source>
        <translation>endast hela ören</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="50"/>
        <source>the amount is too large</source>
        <translation>beloppet är för stort</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="41"/>
        <source>must be ten digits written NNNNNN-NNNN</source>
        <translation>ska vara tio siffror skrivna NNNNNN-NNNN</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="42"/>
        <source>the third and fourth digits must be at least 20</source>
        <translation>tredje och fjärde siffran ska tillsammans vara minst 20</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="45"/>
        <source>the check digit is wrong; check for a typing error</source>
        <translation>kontrollsiffran stämmer inte; kontrollera om det finns ett skrivfel</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="40"/>
        <source>not an e-mail address</source>
        <translation>inte en e-postadress</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="48"/>
        <source>must be a number</source>
        <translation>måste vara ett tal</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="52"/>
        <source>the year must be between {min} and {max}</source>
        <translation>året måste ligga mellan {min} och {max}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="54"/>
        <source>the year has four digits</source>
        <translation>året skrivs med fyra siffror</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="55"/>
        <source>{year} is outside {min}–{max}</source>
        <translation>{year} ligger utanför {min}–{max}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="57"/>
        <source>{date} is in the future</source>
        <translation>{date} ligger i framtiden</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="58"/>
        <source>must be 1–255 printable ASCII characters without spaces</source>
        <translation>ska vara 1–255 skrivbara ASCII-tecken utan mellanslag</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="61"/>
        <source>contains a character that is not valid Unicode</source>
        <translation>innehåller ett tecken som inte är giltig Unicode</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="74"/>
        <source>an organisation cannot be its own parent</source>
        <translation>en organisation kan inte vara del av sig själv</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="75"/>
        <source>that would make the organisation its own parent</source>
        <translation>då skulle organisationen bli del av sig själv</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="392"/>
        <source>{path} is larger than {limit}</source>
        <translation>{path} är större än {limit}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="711"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="712"/>
        <source>Period</source>
        <translation>Giltighetstid</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="713"/>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="714"/>
        <source>Parent agreement</source>
        <translation>Huvudavtal</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="715"/>
        <source>Renews</source>
        <translation>Förnyar</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="716"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="717"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="718"/>
        <source>Content</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="719"/>
        <source>Governing documents</source>
        <translation>Styrdokument</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="720"/>
        <source>Areas of collaboration</source>
        <translation>Samverkansområden</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="721"/>
        <source>Other sections</source>
        <translation>Övriga avsnitt</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="722"/>
        <source>Links</source>
        <translation>Kopplingar</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="723"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="724"/>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="725"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="726"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="775"/>
        <source>planned</source>
        <comment>a check-in&apos;s state</comment>
        <translation>planerad</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="776"/>
        <source>held</source>
        <comment>a check-in&apos;s state</comment>
        <translation>hållen</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="777"/>
        <source>cancelled</source>
        <comment>a check-in&apos;s state</comment>
        <translation>inställd</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="784"/>
        <source>moved</source>
        <comment>only a planned check-in can be …</comment>
        <translation>flyttas</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="785"/>
        <source>cancelled</source>
        <comment>only a planned check-in can be …</comment>
        <translation>ställas in</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="423"/>
        <source>Someone else saved this record in the meantime. Open it again and retry.</source>
        <translation>Någon annan har sparat posten under tiden. Öppna den igen och försök på nytt.</translation>
    </message>
</context>
<context>
    <name>ReceiveSignedDialog</name>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="214"/>
        <source>Receive a signed PDF – {0}</source>
        <translation>Ta emot en undertecknad PDF – {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="217"/>
        <source>Every electronic signature in the file is checked here, offline: the signed bytes, the signer&apos;s certificate against the trusted signing services, and that it is this agreement&apos;s frozen version. A valid signature in a party&apos;s field records that party&apos;s signing, with the file; one in a field the signing service added counts for the party chosen below.</source>
        <translation>Varje e-underskrift i filen kontrolleras här, utan nätverk: de undertecknade byten, undertecknarens certifikat mot de betrodda e-underskriftstjänsterna och att det är avtalets låsta version. En giltig underskrift i en parts fält registrerar att parten har undertecknat, med filen; en i ett fält som e-underskriftstjänsten har lagt till räknas för den part som väljs nedan.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="227"/>
        <source>Signed PDF</source>
        <translation>Undertecknad PDF</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="227"/>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="233"/>
        <source>As the signature field says</source>
        <translation>Som underskriftsfältet anger</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="240"/>
        <source>&amp;Check</source>
        <translation>&amp;Kontrollera</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="241"/>
        <source>&amp;Record signing</source>
        <translation>&amp;Registrera underskrift</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="243"/>
        <source>Signed &amp;PDF:</source>
        <translation>Undertecknad &amp;PDF:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="244"/>
        <source>Revocation &amp;lists:</source>
        <translation>&amp;Spärrlistor:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="245"/>
        <source>Signature in a field of its own &amp;by:</source>
        <translation>Underskrift i eget fält &amp;av:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="310"/>
        <source>Checking signatures…</source>
        <translation>Kontrollerar underskrifterna…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="331"/>
        <source>⚠ Choose under “Signature in a field of its own by” the party who signed in the field of its own.</source>
        <translation>⚠ Välj under ”Underskrift i eget fält av” vilken part som skrev under i det egna fältet.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="337"/>
        <source>⚠ Every party that signed in this file is already recorded as signed.</source>
        <translation>⚠ Alla parter som skrev under i den här filen är redan registrerade som undertecknade.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="360"/>
        <source>Recording the signing…</source>
        <translation>Registrerar underskriften…</translation>
    </message>
</context>
<context>
    <name>RecordCheckinDialog</name>
    <message>
        <location filename="../../bibagreements/gui/record_checkin.py" line="46"/>
        <source>Record check-in due {0}</source>
        <translation>Registrera avstämningen {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/record_checkin.py" line="87"/>
        <source>This check-in was cancelled; it cannot be recorded.</source>
        <translation>Avstämningen är inställd och kan inte registreras.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/record_checkin.py" line="146"/>
        <source>Recording the check-in…</source>
        <translation>Registrerar avstämningen…</translation>
    </message>
    <message>
        <location filename="../../ui/record_checkin_dialog.ui" line="14"/>
        <source>Record check-in</source>
        <translation>Registrera avstämning</translation>
    </message>
    <message>
        <location filename="../../ui/record_checkin_dialog.ui" line="29"/>
        <source>&amp;Held on:</source>
        <translation>&amp;Hölls den:</translation>
    </message>
    <message>
        <location filename="../../ui/record_checkin_dialog.ui" line="49"/>
        <source>&amp;Participants:</source>
        <translation>&amp;Deltagare:</translation>
    </message>
    <message>
        <location filename="../../ui/record_checkin_dialog.ui" line="59"/>
        <source>The parties&apos; contact persons and signatories; tick who took part</source>
        <translation>Parternas kontaktpersoner och undertecknare; kryssa för dem som deltog</translation>
    </message>
    <message>
        <location filename="../../ui/record_checkin_dialog.ui" line="66"/>
        <source>O&amp;thers:</source>
        <translation>&amp;Andra:</translation>
    </message>
    <message>
        <location filename="../../ui/record_checkin_dialog.ui" line="76"/>
        <source>Other participants, separated by commas</source>
        <translation>Andra deltagare, åtskilda med kommatecken</translation>
    </message>
    <message>
        <location filename="../../ui/record_checkin_dialog.ui" line="83"/>
        <source>&amp;Notes:</source>
        <translation>A&amp;nteckningar:</translation>
    </message>
    <message>
        <location filename="../../ui/record_checkin_dialog.ui" line="102"/>
        <source>&amp;Follow-up per area of collaboration (optional):</source>
        <translation>&amp;Uppföljning per samverkansområde (frivilligt):</translation>
    </message>
    <message>
        <location filename="../../ui/record_checkin_dialog.ui" line="116"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../ui/record_checkin_dialog.ui" line="121"/>
        <source>Sub-goal</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <location filename="../../ui/record_checkin_dialog.ui" line="126"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/record_checkin_dialog.ui" line="131"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../bibagreements/gui/record_dialogs.py" line="78"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bibagreements/gui/record_dialogs.py" line="84"/>
        <source>Used in %n agreement(s).</source>
        <translation>
            <numerusform>Används i %n avtal.</numerusform>
            <numerusform>Används i %n avtal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="99"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
</context>
<context>
    <name>RegistersDialog</name>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="141"/>
        <source>Organisations and people</source>
        <translation>Organisationer och personer</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="146"/>
        <location filename="../../bibagreements/gui/registers.py" line="155"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="147"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="148"/>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="149"/>
        <source>Part of</source>
        <translation>Del av</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="156"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="157"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="158"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="159"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="164"/>
        <source>New organisation…</source>
        <translation>Ny organisation…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="165"/>
        <location filename="../../bibagreements/gui/registers.py" line="170"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="169"/>
        <source>New person…</source>
        <translation>Ny person…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="172"/>
        <source>Export data…</source>
        <translation>Exportera uppgifter…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="173"/>
        <source>Replace by…</source>
        <translation>Ersätt med…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="174"/>
        <source>Erase…</source>
        <translation>Radera…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="177"/>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisationer</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="178"/>
        <source>&amp;People</source>
        <translation>&amp;Personer</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="234"/>
        <source>Export a person&apos;s data</source>
        <translation>Exportera en persons uppgifter</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="234"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="245"/>
        <source>Exported the data of {0} to {1}.</source>
        <translation>Exporterade uppgifterna om {0} till {1}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="259"/>
        <source>Replace a person</source>
        <translation>Ersätt en person</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="260"/>
        <source>Who takes over from {0} in ongoing agreements?</source>
        <translation>Vem tar över efter {0} i pågående avtal?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bibagreements/gui/registers.py" line="273"/>
        <source>{0} replaced {1} in %n agreement(s).</source>
        <translation>
            <numerusform>{0} ersatte {1} i %n avtal.</numerusform>
            <numerusform>{0} ersatte {1} i %n avtal.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="291"/>
        <source>Erase a person</source>
        <translation>Radera en person</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="293"/>
        <source>Erase {0} and remove them from every unsigned agreement? This cannot be undone.</source>
        <translation>Radera {0} och ta bort personen ur alla avtal som inte är undertecknade? Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="295"/>
        <source>Erase</source>
        <translation>Radera</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="303"/>
        <source>Erased {0}.</source>
        <translation>Raderade {0}.</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <location filename="../../bibagreements/gui/reminders_panel.py" line="73"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/reminders_panel.py" line="73"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/reminders_panel.py" line="73"/>
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/reminders_panel.py" line="73"/>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/reminders_panel.py" line="86"/>
        <source>&amp;Open agreement</source>
        <translation>&amp;Öppna avtalet</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/reminders_panel.py" line="88"/>
        <source>&amp;Snooze until…</source>
        <translation>&amp;Skjut upp till…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/reminders_panel.py" line="89"/>
        <source>&amp;Dismiss until tomorrow</source>
        <translation>&amp;Dölj till i morgon</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/reminders_panel.py" line="91"/>
        <source>Show Today when the program starts</source>
        <translation>Visa Idag när programmet startar</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/reminders_panel.py" line="90"/>
        <source>Hide it until tomorrow; it returns if still due</source>
        <translation>Dölj till i morgon; den kommer tillbaka om den fortfarande gäller</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/reminders_panel.py" line="87"/>
        <source>Record chec&amp;k-in…</source>
        <translation>Re&amp;gistrera avstämning…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/reminders_panel.py" line="206"/>
        <source>Snooze</source>
        <translation>Skjut upp</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/reminders_panel.py" line="207"/>
        <source>Hide “{0}” until:</source>
        <translation>Dölj ”{0}” till:</translation>
    </message>
</context>
<context>
    <name>ReportSectionsDialog</name>
    <message>
        <location filename="../../bibagreements/gui/report_tools.py" line="57"/>
        <source>Introductory sections of the yearly report</source>
        <translation>Inledning till årlig uppföljning</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/report_tools.py" line="60"/>
        <source>Sections that open the report before the development areas: the unit&apos;s mission, its staff, the year&apos;s conditions. A blank line starts a paragraph.</source>
        <translation>Avsnitt som inleder uppföljningen före utvecklingsområdena: enhetens uppdrag, personal, årets förutsättningar. En tom rad börjar ett nytt stycke.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/report_tools.py" line="74"/>
        <source>&amp;Add section</source>
        <translation>&amp;Lägg till avsnitt</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/report_tools.py" line="75"/>
        <source>Re&amp;move</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/report_tools.py" line="76"/>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/report_tools.py" line="77"/>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/report_tools.py" line="88"/>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/report_tools.py" line="90"/>
        <source>&amp;Heading:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/report_tools.py" line="91"/>
        <source>&amp;Text:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/report_tools.py" line="143"/>
        <location filename="../../bibagreements/gui/report_tools.py" line="169"/>
        <source>(no heading)</source>
        <translation>(ingen rubrik)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/report_tools.py" line="172"/>
        <source>New section</source>
        <translation>Nytt avsnitt</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/report_tools.py" line="196"/>
        <source>The sections of {0} have changes that are not saved.</source>
        <translation>Avsnitten för {0} har ändringar som inte är sparade.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/report_tools.py" line="199"/>
        <source>Discard them</source>
        <translation>Kasta dem</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/report_tools.py" line="228"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
</context>
<context>
    <name>ReportTools</name>
    <message>
        <location filename="../../bibagreements/gui/report_tools.py" line="252"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/report_tools.py" line="252"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/report_tools.py" line="255"/>
        <source>Save the register list for the registrar</source>
        <translation>Spara förteckningen för registratorn</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/report_tools.py" line="256"/>
        <source>register list</source>
        <translation>avtalsförteckning</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/report_tools.py" line="270"/>
        <source>Wrote the register list ({0} agreements) to {1}.</source>
        <translation>Skrev förteckningen ({0} avtal) till {1}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/report_tools.py" line="280"/>
        <source>Writing the register list…</source>
        <translation>Skriver förteckningen…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/report_tools.py" line="288"/>
        <source>Archive package</source>
        <translation>Informationspaket</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/report_tools.py" line="289"/>
        <source>Select the signed agreements to archive in the list first.</source>
        <translation>Markera först de undertecknade avtal som ska arkiveras i listan.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/report_tools.py" line="294"/>
        <source>Save the archive package</source>
        <translation>Spara informationspaketet</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/report_tools.py" line="295"/>
        <source>archive package</source>
        <translation>informationspaket</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/report_tools.py" line="296"/>
        <source>Archive packages (*.zip)</source>
        <translation>Informationspaket (*.zip)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/report_tools.py" line="309"/>
        <source>Wrote the archive package ({0} files) to {1}.</source>
        <translation>Skrev informationspaketet ({0} filer) till {1}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/report_tools.py" line="315"/>
        <source>Making the archive package…</source>
        <translation>Skapar informationspaketet…</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <location filename="../../bibagreements/gui/saved_views.py" line="23"/>
        <source>Saved views</source>
        <translation>Sparade vyer</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/saved_views.py" line="26"/>
        <source>To do</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/saved_views.py" line="26"/>
        <source>Agreements with something to attend to</source>
        <translation>Avtal där något behöver göras</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/saved_views.py" line="29"/>
        <source>Ending within 90 days</source>
        <translation>Löper ut inom 90 dagar</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/saved_views.py" line="30"/>
        <source>Signed agreements that end within 90 days, with nothing extending them</source>
        <translation>Undertecknade avtal som löper ut inom 90 dagar och inte förlängs av sig själva</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/saved_views.py" line="32"/>
        <source>Drafts</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/saved_views.py" line="32"/>
        <source>Agreements not yet sent for signature</source>
        <translation>Avtal som ännu inte har skickats för underskrift</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/saved_views.py" line="33"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/saved_views.py" line="33"/>
        <source>Every agreement</source>
        <translation>Alla avtal</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../bibagreements/gui/settings_dialog.py" line="37"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/settings_dialog.py" line="39"/>
        <source>As the system (Swedish on a Swedish system)</source>
        <translation>Som systemet (svenska på ett svenskt system)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/settings_dialog.py" line="44"/>
        <source>A new language shows the next time the program starts.</source>
        <translation>Ett nytt språk syns nästa gång programmet startar.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/settings_dialog.py" line="48"/>
        <source>The first party of new agreements</source>
        <translation>Första part i nya avtal</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/settings_dialog.py" line="51"/>
        <source>e.g. Åsa Öberg &lt;asa.oberg@region.se&gt;</source>
        <translation>t.ex. Åsa Öberg &lt;asa.oberg@region.se&gt;</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/settings_dialog.py" line="53"/>
        <source>The sender of invitations, drafts, signing rounds and minutes</source>
        <translation>Avsändare av inbjudningar, utkast, underskriftsomgångar och minnesanteckningar</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/settings_dialog.py" line="55"/>
        <source>Show Today when the program starts</source>
        <translation>Visa Idag när programmet startar</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/settings_dialog.py" line="86"/>
        <source>Your name and e-&amp;mail:</source>
        <translation>Ditt namn och e-&amp;post:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/settings_dialog.py" line="87"/>
        <source>Today:</source>
        <translation>Idag:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/settings_dialog.py" line="92"/>
        <source>&amp;House style of your documents…</source>
        <translation>&amp;Husstil för dina dokument…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/settings_dialog.py" line="94"/>
        <source>Documents:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/settings_dialog.py" line="95"/>
        <source>&amp;Trusted signing services…</source>
        <translation>Betrodda e-&amp;underskriftstjänster…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/settings_dialog.py" line="97"/>
        <source>Electronic signatures:</source>
        <translation>E-underskrifter:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/settings_dialog.py" line="75"/>
        <source>A backup of the database is made when the program starts, once a day. Kept: the newest daily ones, and before them the newest of each week.</source>
        <translation>En säkerhetskopia av databasen görs när programmet startar, en gång om dagen. De senaste dagliga sparas, och före dem den senaste från varje vecka.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/settings_dialog.py" line="83"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/settings_dialog.py" line="85"/>
        <source>&amp;Your organisation:</source>
        <translation>&amp;Din organisation:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/settings_dialog.py" line="88"/>
        <source>Columns in the list:</source>
        <translation>Kolumner i listan:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/settings_dialog.py" line="89"/>
        <source>Daily &amp;backups kept:</source>
        <translation>Dagliga säkerhetskopior att &amp;behålla:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/settings_dialog.py" line="90"/>
        <source>&amp;Weekly backups kept:</source>
        <translation>&amp;Veckovisa säkerhetskopior att behålla:</translation>
    </message>
</context>
<context>
    <name>SignHereDialog</name>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="382"/>
        <source>Sign – {0}</source>
        <translation>Underteckna – {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="385"/>
        <source>Signs the field of {0} in the frozen version of “{1}” (PAdES), on top of any signature already received, leaving the other parties&apos; fields empty. With the signing service&apos;s revocation lists the validation data is embedded too (PAdES-B-LT).</source>
        <translation>Undertecknar fältet för {0} i den låsta versionen av ”{1}” (PAdES), ovanpå underskrifter som redan har tagits emot, och lämnar de andra parternas fält tomma. Med e-underskriftstjänstens spärrlistor bäddas även valideringsdata in (PAdES-B-LT).</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="394"/>
        <source>Certificate file</source>
        <translation>Certifikatfil</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="395"/>
        <source>PKCS#12 (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="402"/>
        <source>The password is used for this signing only, never stored.</source>
        <translation>Lösenordet används bara för den här underskriften och sparas aldrig.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="408"/>
        <source>&amp;Certificate file:</source>
        <translation>&amp;Certifikatfil:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="409"/>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="411"/>
        <source>Pl&amp;ace:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="412"/>
        <source>Revocation &amp;lists:</source>
        <translation>&amp;Spärrlistor:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="418"/>
        <source>&amp;Sign</source>
        <translation>&amp;Underteckna</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="463"/>
        <source>Signing…</source>
        <translation>Undertecknar…</translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="47"/>
        <source>not valid: the document was altered after signing. Ask the party for a new signed file.</source>
        <translation>inte giltig: dokumentet är ändrat efter underskriften. Be parten om en ny undertecknad fil.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="51"/>
        <source>not valid: more than signatures was added to the file after it. Ask the party for a new signed file.</source>
        <translation>inte giltig: mer än underskrifter har lagts till i filen efter den. Be parten om en ny undertecknad fil.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="56"/>
        <source>not this agreement&apos;s frozen version as the program made it, or its content was changed before signing.</source>
        <translation>inte avtalets låsta version som programmet skapade den, eller så ändrades innehållet innan det undertecknades.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="61"/>
        <source>signed on version {version}, which a later version replaced: not counted.</source>
        <translation>undertecknad på version {version}, som en senare version har ersatt: räknas inte.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="65"/>
        <source>the certificate was not valid when it was signed: not counted.</source>
        <translation>certifikatet var inte giltigt när det undertecknades: räknas inte.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="68"/>
        <source>the certificate is revoked: not counted.</source>
        <translation>certifikatet är spärrat: räknas inte.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="71"/>
        <source>its issuer is not among the trusted signing services (Settings → Trusted signing services…): not counted.</source>
        <translation>utfärdaren finns inte bland de betrodda e-underskriftstjänsterna (Inställningar → Betrodda e-underskriftstjänster…): räknas inte.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="85"/>
        <source>no time</source>
        <translation>ingen tid</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="89"/>
        <source>✓ {0}: signed by {1}, {2}, certificate serial {3}: valid; the document is unchanged since the signature (version {4}).</source>
        <translation>✓ {0}: undertecknat av {1}, {2}, certifikatets serienummer {3}: giltig; dokumentet är oförändrat sedan underskriften (version {4}).</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="102"/>
        <source>the certificate was valid {0} – {1}, not when it was signed: not counted.</source>
        <translation>certifikatet var giltigt {0} – {1}, inte när det undertecknades: räknas inte.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="106"/>
        <source>⚠ {0}: signed by {1}, {2}: {3}</source>
        <translation>⚠ {0}: undertecknat av {1}, {2}: {3}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="110"/>
        <source>→ {0} is a field of its own: its signature is taken as {1}&apos;s.</source>
        <translation>→ {0} är ett eget fält: underskriften räknas för {1}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="114"/>
        <source>⚠ The certificate names {0}, but the field is {1}&apos;s: make sure the signer may sign for the party.</source>
        <translation>⚠ Certifikatet anger {0}, men fältet är för {1}: kontrollera att undertecknaren får skriva under för parten.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="154"/>
        <source>Certificate revocation list</source>
        <translation>Spärrlista</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="155"/>
        <source>Revocation lists (*.crl *.pem);;All files (*)</source>
        <translation>Spärrlistor (*.crl *.pem);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="160"/>
        <source>Optional: the signing service&apos;s revocation lists (CRL)</source>
        <translation>Valfritt: e-underskriftstjänstens spärrlistor (CRL)</translation>
    </message>
</context>
<context>
    <name>SignedBanner</name>
    <message>
        <location filename="../../bibagreements/gui/editor_lock.py" line="70"/>
        <source>the parties&apos; registry numbers</source>
        <translation>parternas diarienummer</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_lock.py" line="71"/>
        <source>contact persons</source>
        <translation>kontaktpersoner</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_lock.py" line="72"/>
        <source>development area</source>
        <translation>utvecklingsområde</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_lock.py" line="74"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_lock.py" line="75"/>
        <source>the date notice was given</source>
        <translation>datum för uppsägning</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_lock.py" line="73"/>
        <source>short title</source>
        <translation>kort rubrik</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_lock.py" line="80"/>
        <source>This agreement is signed: its signed text cannot change. You can still change {0}.</source>
        <translation>Avtalet är undertecknat: den undertecknade texten kan inte ändras. Du kan fortfarande ändra {0}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor_lock.py" line="88"/>
        <source>To change anything else, create an amendment and sign it.</source>
        <translation>Vill du ändra något annat skapar du ett ändringsavtal som parterna undertecknar.</translation>
    </message>
</context>
<context>
    <name>SignedCopiesPanel</name>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="156"/>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="157"/>
        <source>Sent for signature</source>
        <translation>Skickat för underskrift</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="158"/>
        <source>Signed on</source>
        <translation>Undertecknat den</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="159"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="160"/>
        <source>Signed copy</source>
        <translation>Undertecknat exemplar</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="161"/>
        <source>Electronic signature</source>
        <translation>E-underskrift</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="162"/>
        <source>Added</source>
        <translation>Tillagt</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="163"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="167"/>
        <source>&amp;Attach signed copy…</source>
        <translation>&amp;Bifoga undertecknat exemplar…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="168"/>
        <source>&amp;Open copy</source>
        <translation>&amp;Öppna exemplaret</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="169"/>
        <source>Sa&amp;ve copy as…</source>
        <translation>Spara exemplaret s&amp;om…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="170"/>
        <source>&amp;Receive signed PDF…</source>
        <translation>&amp;Ta emot undertecknad PDF…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="172"/>
        <source>Check a PDF signed electronically and record the parties who signed it</source>
        <translation>Kontrollera en PDF med e-underskrifter och registrera parterna som har undertecknat</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="174"/>
        <source>Sign &amp;here…</source>
        <translation>Underteckna &amp;här…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="176"/>
        <source>Sign the selected party&apos;s field with a certificate file (PKCS#12)</source>
        <translation>Underteckna den valda partens fält med en certifikatfil (PKCS#12)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="178"/>
        <source>Send for &amp;signature…</source>
        <translation>Skicka för &amp;underskrift…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="181"/>
        <source>The frozen version&apos;s PDF by e-mail to each signatory that has not signed; the sending is recorded</source>
        <translation>Avtalets PDF för underskrift via e-post till varje undertecknare som inte har skrivit under; utskicket registreras</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="217"/>
        <source>Save the agreement first.</source>
        <translation>Spara avtalet först.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="219"/>
        <source>Save or discard your changes before attaching a copy.</source>
        <translation>Spara eller släng dina ändringar innan du bifogar ett exemplar.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="221"/>
        <source>Attach each party&apos;s scanned, signed copy, or receive a PDF signed electronically (or drop it on the party). When every party has signed, the agreement becomes active.</source>
        <translation>Bifoga varje parts skannade, undertecknade exemplar, eller ta emot en PDF med e-underskrifter (eller släpp den på parten). När alla parter har skrivit under blir avtalet gällande.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="241"/>
        <source>not signed</source>
        <translation>inte undertecknat</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="257"/>
        <source>Signed by {0} of {1} parties. Status: {2}.</source>
        <translation>{0} av {1} parter har undertecknat. Status: {2}.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="268"/>
        <source>scan</source>
        <translation>skanning</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="272"/>
        <source>valid</source>
        <translation>giltig</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="418"/>
        <source>For signature {0}</source>
        <translation>För underskrift {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="422"/>
        <source>Send for signature</source>
        <translation>Skicka för underskrift</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signed_copies.py" line="435"/>
        <source>Save signed copy</source>
        <translation>Spara undertecknat exemplar</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../bibagreements/gui/single_instance.py" line="132"/>
        <source>This database is open in another bibagreements window as well. Changes made in one show in the other after Refresh (F5); when both edit the same agreement, the second to save is told so.</source>
        <translation>Databasen är öppen i ett annat bibagreements-fönster också. Ändringar i det ena syns i det andra efter Uppdatera (F5); om båda ändrar samma avtal får den som sparar sist veta det.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/single_instance.py" line="139"/>
        <source>Open in another window as well.</source>
        <translation>Öppen i ett annat fönster också.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/single_instance.py" line="141"/>
        <source>Open twice</source>
        <translation>Öppen två gånger</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../bibagreements/gui/timeline.py" line="350"/>
        <source>Today {0}</source>
        <translation>I dag {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/timeline.py" line="461"/>
        <source>Click to open</source>
        <translation>Klicka för att öppna</translation>
    </message>
</context>
<context>
    <name>TimelineWindow</name>
    <message>
        <location filename="../../bibagreements/gui/timeline.py" line="477"/>
        <location filename="../../bibagreements/gui/timeline.py" line="482"/>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/timeline.py" line="484"/>
        <source>Group by:</source>
        <translation>Gruppera efter:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/timeline.py" line="486"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/timeline.py" line="487"/>
        <source>Programme</source>
        <translation>Satsning</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/timeline.py" line="488"/>
        <source>Development area</source>
        <translation>Utvecklingsområde</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/timeline.py" line="491"/>
        <source>Zoom &amp;in</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/timeline.py" line="494"/>
        <source>Zoom &amp;out</source>
        <translation>Zooma &amp;ut</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/timeline.py" line="498"/>
        <source>&amp;Today</source>
        <translation>I &amp;dag</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/timeline.py" line="502"/>
        <source>Check-ins: ● held  ○ planned  ▲ overdue  ✕ cancelled</source>
        <translation>Avstämningar: ● hållen  ○ planerad  ▲ försenad  ✕ inställd</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/timeline.py" line="511"/>
        <source>Ctrl+wheel zooms; click a bar to open the agreement, or choose it with the arrow keys and press Enter.</source>
        <translation>Ctrl+mushjul zoomar; klicka på en stapel för att öppna avtalet, eller välj den med piltangenterna och tryck Retur.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/timeline.py" line="527"/>
        <source>Drawing the timeline…</source>
        <translation>Ritar tidslinjen…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/timeline.py" line="533"/>
        <source>{0} agreements</source>
        <translation>{0} avtal</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/timeline.py" line="539"/>
        <source>(no development area)</source>
        <translation>(inget utvecklingsområde)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/timeline.py" line="541"/>
        <source>(no programme)</source>
        <translation>(ingen satsning)</translation>
    </message>
</context>
<context>
    <name>TitledListEditor</name>
    <message>
        <location filename="../../bibagreements/gui/widgets.py" line="232"/>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/widgets.py" line="233"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/widgets.py" line="234"/>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/widgets.py" line="235"/>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/widgets.py" line="236"/>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Upp</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/widgets.py" line="237"/>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Ned</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/widgets.py" line="238"/>
        <source>Title:</source>
        <translation>Rubrik:</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/widgets.py" line="240"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../../bibagreements/gui/today_words.py" line="33"/>
        <source>Check-ins</source>
        <translation>Avstämningar</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/today_words.py" line="34"/>
        <source>Decisions and notice</source>
        <translation>Beslut och uppsägning</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/today_words.py" line="35"/>
        <source>Missing signatures</source>
        <translation>Underskrifter som saknas</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/today_words.py" line="36"/>
        <source>Drafts</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/today_words.py" line="37"/>
        <source>Parties without a contact person or signatory</source>
        <translation>Parter utan kontaktperson eller undertecknare</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/today_words.py" line="44"/>
        <location filename="../../bibagreements/gui/today_words.py" line="45"/>
        <source>Check-in</source>
        <translation>Avstämning</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/today_words.py" line="46"/>
        <source>Last day for notice</source>
        <translation>Sista dag för uppsägning</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/today_words.py" line="47"/>
        <source>Decision about renewal</source>
        <translation>Beslut om förnyelse</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/today_words.py" line="48"/>
        <source>Ends without a successor</source>
        <translation>Löper ut utan efterföljare</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/today_words.py" line="49"/>
        <source>Ended without a successor</source>
        <translation>Har löpt ut utan efterföljare</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/today_words.py" line="50"/>
        <source>Out for signature</source>
        <translation>Väntar på underskrift</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/today_words.py" line="51"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/today_words.py" line="52"/>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/today_words.py" line="61"/>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/today_words.py" line="63"/>
        <source>tomorrow</source>
        <translation>i morgon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bibagreements/gui/today_words.py" line="65"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n dag försenad</numerusform>
            <numerusform>%n dagar försenad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bibagreements/gui/today_words.py" line="66"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bibagreements/gui/today_words.py" line="77"/>
        <source>ends in %n day(s)</source>
        <translation>
            <numerusform>löper ut om %n dag</numerusform>
            <numerusform>löper ut om %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/today_words.py" line="79"/>
        <source>ends today</source>
        <translation>löper ut i dag</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/today_words.py" line="81"/>
        <source>ended yesterday</source>
        <translation>löpte ut i går</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bibagreements/gui/today_words.py" line="82"/>
        <source>ended %n day(s) ago</source>
        <translation>
            <numerusform>löpte ut för %n dag sedan</numerusform>
            <numerusform>löpte ut för %n dagar sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bibagreements/gui/today_words.py" line="84"/>
        <source>untouched for %n day(s)</source>
        <translation>
            <numerusform>orörd i %n dag</numerusform>
            <numerusform>orörd i %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bibagreements/gui/today_words.py" line="87"/>
        <source>starts in %n day(s)</source>
        <translation>
            <numerusform>börjar om %n dag</numerusform>
            <numerusform>börjar om %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/today_words.py" line="89"/>
        <source>starts today</source>
        <translation>börjar i dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bibagreements/gui/today_words.py" line="90"/>
        <source>started %n day(s) ago</source>
        <translation>
            <numerusform>började för %n dag sedan</numerusform>
            <numerusform>började för %n dagar sedan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/today_words.py" line="93"/>
        <source>the last day is today</source>
        <translation>sista dagen är i dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bibagreements/gui/today_words.py" line="95"/>
        <source>last day in %n day(s)</source>
        <translation>
            <numerusform>sista dagen om %n dag</numerusform>
            <numerusform>sista dagen om %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/today_words.py" line="102"/>
        <source>not signed by: {0}</source>
        <translation>inte undertecknat av: {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/today_words.py" line="105"/>
        <source>sent for signature to: {0}</source>
        <translation>skickat för underskrift till: {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/today_words.py" line="109"/>
        <source>no contact person: {0}</source>
        <translation>ingen kontaktperson: {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/today_words.py" line="113"/>
        <source>no signatory: {0}</source>
        <translation>ingen undertecknare: {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/today_words.py" line="130"/>
        <source>Nothing needs attention on {0}.</source>
        <translation>Idag, {0}: inga ärenden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bibagreements/gui/today_words.py" line="131"/>
        <source>%n item(s) to attend to on {0}.</source>
        <translation>
            <numerusform>{0}: %n sak att ta hand om.</numerusform>
            <numerusform>{0}: %n saker att ta hand om.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrustListDialog</name>
    <message>
        <location filename="../../bibagreements/gui/trust_list.py" line="37"/>
        <source>Trusted signing services</source>
        <translation>Betrodda e-underskriftstjänster</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/trust_list.py" line="40"/>
        <source>A signature on a returned PDF counts only when its certificate chains to one of these CA certificates. Add the CA certificate (PEM or DER) of each signing service your region uses; a signer&apos;s own certificate is not accepted here.</source>
        <translation>En underskrift i en returnerad PDF räknas bara när certifikatet leder till ett av de här CA-certifikaten. Lägg till CA-certifikatet (PEM eller DER) för varje e-underskriftstjänst som regionen använder; en undertecknares eget certifikat tas inte emot här.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/trust_list.py" line="48"/>
        <source>Certificate</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/trust_list.py" line="48"/>
        <source>Added</source>
        <translation>Tillagt</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/trust_list.py" line="48"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/trust_list.py" line="50"/>
        <source>&amp;Add CA certificate…</source>
        <translation>&amp;Lägg till CA-certifikat…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/trust_list.py" line="51"/>
        <location filename="../../bibagreements/gui/trust_list.py" line="133"/>
        <source>&amp;Remove</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/trust_list.py" line="102"/>
        <source>CA certificate of a signing service</source>
        <translation>CA-certifikat för en e-underskriftstjänst</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/trust_list.py" line="103"/>
        <source>Certificates (*.pem *.cer *.crt *.der);;All files (*)</source>
        <translation>Certifikat (*.pem *.cer *.crt *.der);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/trust_list.py" line="114"/>
        <source>Already on the list: {0}</source>
        <translation>Finns redan i listan: {0}</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/trust_list.py" line="128"/>
        <source>Remove a trusted certificate</source>
        <translation>Ta bort ett betrott certifikat</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/trust_list.py" line="130"/>
        <source>Signatures from {0} will no longer count when PDFs are received. Signings already recorded stay recorded.</source>
        <translation>Underskrifter från {0} räknas inte längre när PDF-filer tas emot. Underskrifter som redan har registrerats står kvar.</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../bibagreements/gui/welcome.py" line="25"/>
        <source>Welcome to bibagreements</source>
        <translation>Välkommen till bibagreements</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/welcome.py" line="32"/>
        <source>Here you draft, find and follow up the collaboration agreements of your regional library unit. There are no agreements in this database yet.</source>
        <translation>Här skriver, hittar och följer du upp den regionala biblioteksverksamhetens samverkansavtal. Det finns inga avtal i databasen ännu.</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/welcome.py" line="43"/>
        <source>Which organisation do you work for? It becomes the first party of every new agreement (you can change it later in Settings).</source>
        <translation>Vilken organisation arbetar du för? Den blir första part i varje nytt avtal (du kan ändra det senare under Inställningar).</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/welcome.py" line="50"/>
        <source>e.g. Region Skånes kulturförvaltning</source>
        <translation>t.ex. Region Skånes kulturförvaltning</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/welcome.py" line="51"/>
        <source>Remember</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/welcome.py" line="61"/>
        <source>Set your house style…</source>
        <translation>Ange din husstil…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/welcome.py" line="63"/>
        <source>Your logo, letterhead, footer, colour and font on every document</source>
        <translation>Din logotyp, ditt brevhuvud, din sidfot, färg och typsnitt på varje dokument</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/welcome.py" line="70"/>
        <source>Load example agreements</source>
        <translation>Läs in exempelavtal</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/welcome.py" line="72"/>
        <source>Adds the Skåne–Kristianstad agreement of 2019 and two more to look at</source>
        <translation>Lägger till avtalet Skåne–Kristianstad från 2019 och två till att titta på</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/welcome.py" line="74"/>
        <source>New agreement</source>
        <translation>Nytt avtal</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/welcome.py" line="124"/>
        <source>Thank you: new agreements start with {0}.</source>
        <translation>Tack! Nya avtal börjar med {0}.</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../bibagreements/gui/worker.py" line="159"/>
        <source>Working…</source>
        <translation>Arbetar…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/worker.py" line="167"/>
        <source>Please wait</source>
        <translation>Vänta</translation>
    </message>
</context>
<context>
    <name>_FailedPage</name>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="457"/>
        <source>The database cannot be opened</source>
        <translation>Databasen kan inte öppnas</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="465"/>
        <source>&amp;Choose another database…</source>
        <translation>Välj en annan &amp;databas…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="466"/>
        <source>Try a&amp;gain</source>
        <translation>&amp;Försök igen</translation>
    </message>
</context>
<context>
    <name>_FileLine</name>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="130"/>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/signing_dialogs.py" line="130"/>
        <source>Ch&amp;oose…</source>
        <translation>&amp;Välj…</translation>
    </message>
</context>
</TS>
