<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="112"/>
        <location filename="../../bibagreements/gui/editor.py" line="178"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="114"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="114"/>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="114"/>
        <source>New area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="115"/>
        <source>Heading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="115"/>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="115"/>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="160"/>
        <location filename="../../bibagreements/gui/editor.py" line="405"/>
        <location filename="../../bibagreements/gui/editor.py" line="461"/>
        <source>New agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="292"/>
        <source>write the date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="315"/>
        <source>write an amount in kronor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="393"/>
        <source>Cannot save yet: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="395"/>
        <source>(and {0} more, marked ⚠)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="402"/>
        <source>Unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="418"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="426"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/editor.py" line="439"/>
        <source>Not saved: someone else saved a newer version of this agreement. Your changes are still here; copy what you need, close, and open the agreement again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="14"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="27"/>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="36"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="46"/>
        <source>For example: Cooperation agreement between …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="60"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="73"/>
        <source>Pa&amp;rent agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="93"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="113"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="154"/>
        <source>&amp;Language of the document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="167"/>
        <source>Pro&amp;gramme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="177"/>
        <source>National or regional programme, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="184"/>
        <source>&amp;Check-ins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="197"/>
        <source>Renews:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="212"/>
        <source>P&amp;urpose and background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="218"/>
        <source>Introduction and p&amp;urpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="235"/>
        <source>&amp;Background:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="252"/>
        <source>&amp;Governing documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="272"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="277"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="282"/>
        <source>From year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="287"/>
        <source>To year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="292"/>
        <source>Adopted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="297"/>
        <source>Adopted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="307"/>
        <source>Add document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="314"/>
        <source>Remove document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="338"/>
        <source>&amp;Areas of collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="344"/>
        <source>The areas the parties have identified together, in the order they appear in the agreement. Drag or press Ctrl+Up/Ctrl+Down to reorder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="365"/>
        <source>Other &amp;sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="371"/>
        <source>Further sections of the agreement, each with a heading and its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="392"/>
        <source>Pro&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="398"/>
        <source>&amp;Goals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="415"/>
        <source>&amp;Funding (SEK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="425"/>
        <source>e.g. 440 000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="432"/>
        <source>F&amp;under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="445"/>
        <source>&amp;Implementation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="470"/>
        <source>Par&amp;ties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementTableModel</name>
    <message>
        <location filename="../../bibagreements/gui/agreement_model.py" line="77"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_model.py" line="78"/>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_model.py" line="79"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_model.py" line="80"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_model.py" line="81"/>
        <source>Next check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/agreement_model.py" line="132"/>
        <source>This check-in is overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="192"/>
        <location filename="../../bibagreements/gui/errors.py" line="207"/>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="193"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="207"/>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="212"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="36"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="37"/>
        <source>“{0}” has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/dialogs.py" line="40"/>
        <source>Do you want to save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="82"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="83"/>
        <source>Please correct the following:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="88"/>
        <source>Not possible right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="91"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="92"/>
        <source>It may have been deleted in the meantime. The list has been refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="98"/>
        <source>The database is too new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="100"/>
        <source>This database was written by a newer version of bibagreements. Update the program to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="105"/>
        <source>The database cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="109"/>
        <source>… and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="111"/>
        <source>The file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="112"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="115"/>
        <source>Not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="118"/>
        <source>The file cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="121"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/errors.py" line="123"/>
        <source>bibagreements ran into an internal error. Your saved data is safe. If it happens again, send the details to whoever supports the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="24"/>
        <source>Cooperation agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="25"/>
        <source>Framework agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="26"/>
        <source>Project agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="32"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="33"/>
        <source>Out for signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="34"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="35"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="36"/>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="42"/>
        <source>Half-yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="43"/>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="44"/>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="45"/>
        <source>No check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="51"/>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="52"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="58"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="59"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="60"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="61"/>
        <source>National body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/labels.py" line="62"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="100"/>
        <source>bibagreements – collaboration agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="108"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="135"/>
        <source>Search titles, parties, areas and texts (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="139"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="143"/>
        <location filename="../../bibagreements/gui/main_window.py" line="390"/>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="148"/>
        <source>Active on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="191"/>
        <source>No agreement matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="219"/>
        <source>&amp;New agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="222"/>
        <source>Start a new agreement (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="225"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="228"/>
        <source>Open the selected agreement (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="231"/>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="234"/>
        <source>Copy the selected agreement as a new draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="237"/>
        <source>&amp;Renew for next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="240"/>
        <source>A new draft for the next period, linked to this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="243"/>
        <source>De&amp;lete draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="246"/>
        <source>Delete the selected draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="248"/>
        <source>&amp;Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="250"/>
        <source>&amp;Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="253"/>
        <source>Export the selected agreements, or all when none is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="255"/>
        <source>Load e&amp;xample agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="257"/>
        <source>&amp;Organisations and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="260"/>
        <source>The register of organisations and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="263"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="265"/>
        <source>&amp;About bibagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="266"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="267"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="268"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="271"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="284"/>
        <source>&amp;Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="293"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="296"/>
        <source>&amp;Registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="298"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="300"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="303"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="359"/>
        <source>Loading agreements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="412"/>
        <source>{0} of {1} agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="479"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="480"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="481"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="482"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="483"/>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="486"/>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="488"/>
        <source>Renews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="531"/>
        <source>Opening the agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="550"/>
        <source>Saved “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="571"/>
        <source>Created the draft “{0}” ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="588"/>
        <source>Only drafts can be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="590"/>
        <source>“{0}” is {1}. Signed agreements are public records and are kept; open it and set its status to Ended or Terminated instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="597"/>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="598"/>
        <source>Delete the draft “{0}”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="599"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="607"/>
        <source>Deleted “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="618"/>
        <source>Added {0} example agreement(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="620"/>
        <source>The example agreements are already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="625"/>
        <source>Adding the example agreements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="629"/>
        <source>Import agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="629"/>
        <location filename="../../bibagreements/gui/main_window.py" line="654"/>
        <source>Agreement files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="637"/>
        <source>Imported {0} agreement(s); {1} were already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="645"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="652"/>
        <source>Export agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="662"/>
        <source>Exported {0} agreement(s) to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="668"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="694"/>
        <source>About bibagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/main_window.py" line="696"/>
        <source>&lt;h3&gt;bibagreements {0}&lt;/h3&gt;&lt;p&gt;Collaboration agreements of Swedish regional library units: drafting, finding, renewing and following up.&lt;/p&gt;&lt;p&gt;Database: {1}&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../bibagreements/gui/widgets.py" line="44"/>
        <source>Type a date as YYYY-MM-DD; Delete clears it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../bibagreements/gui/record_dialogs.py" line="49"/>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/record_dialogs.py" line="59"/>
        <location filename="../../bibagreements/gui/record_dialogs.py" line="98"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/record_dialogs.py" line="79"/>
        <source>Used in {0} agreement(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/record_dialogs.py" line="99"/>
        <source>choose an organisation from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="14"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="25"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="45"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="58"/>
        <source>Organisation &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="68"/>
        <source>NNNNNN-NNNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="82"/>
        <source>&amp;Part of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="102"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="76"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="77"/>
        <source>Registry number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="78"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="79"/>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="80"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="93"/>
        <source>Add party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="94"/>
        <source>Remove party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="95"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="96"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="102"/>
        <source>Selected party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="105"/>
        <source>Type to search organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="107"/>
        <source>New organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="109"/>
        <source>The party&apos;s own registry number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="111"/>
        <location filename="../../bibagreements/gui/parties.py" line="113"/>
        <source>New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="120"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="122"/>
        <source>Re&amp;gistry number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="123"/>
        <source>&amp;Contact person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="124"/>
        <source>Si&amp;gnatory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="125"/>
        <source>Signatory&apos;s &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="126"/>
        <source>Signed o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="127"/>
        <source>Signed in (&amp;place):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="187"/>
        <source>choose an organisation from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="255"/>
        <source>(choose an organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/parties.py" line="304"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../bibagreements/gui/record_dialogs.py" line="144"/>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/record_dialogs.py" line="149"/>
        <location filename="../../bibagreements/gui/record_dialogs.py" line="189"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/record_dialogs.py" line="171"/>
        <source>Used in {0} agreement(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/record_dialogs.py" line="190"/>
        <source>choose an organisation from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="14"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="20"/>
        <source>Store only what the agreements need: name, title, work e-mail and work phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="35"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="55"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="68"/>
        <source>&amp;E-mail (work):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="88"/>
        <source>&amp;Phone (work):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="101"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="43"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="46"/>
        <source>the end date is before the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="50"/>
        <source>the year must be between {0} and {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="54"/>
        <source>an agreement needs at least two parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="58"/>
        <source>{0} is a party twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="62"/>
        <source>a project agreement belongs to a parent agreement; choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="68"/>
        <source>only a project agreement has a parent agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="72"/>
        <source>only a project agreement states project details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="76"/>
        <source>an agreement cannot refer to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="78"/>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="81"/>
        <source>a signed agreement needs a start and an end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="85"/>
        <source>“{0}” only once every party has signed (not signed: {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="91"/>
        <source>years have four digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="95"/>
        <source>ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="99"/>
        <source>cannot go from “{0}” to “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="105"/>
        <source>must be ten digits written NNNNNN-NNNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="109"/>
        <source>the third and fourth digits must be at least 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="113"/>
        <source>the check digit is wrong; check for a typing error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="117"/>
        <source>not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="121"/>
        <source>an organisation cannot be its own parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="125"/>
        <source>that would make the organisation its own parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="129"/>
        <source>{0} does not belong to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="133"/>
        <source>“{0}” has follow-up entries and cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="150"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="151"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="152"/>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="153"/>
        <source>Parent agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="154"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="155"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="156"/>
        <source>Governing documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="157"/>
        <source>Areas of collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="158"/>
        <source>Other sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="159"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="160"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="161"/>
        <source>Organisation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="162"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="163"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="174"/>
        <source>Row {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/problems.py" line="179"/>
        <source>{0}, row {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="97"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistersDialog</name>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="137"/>
        <source>Organisations and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="142"/>
        <location filename="../../bibagreements/gui/registers.py" line="151"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="143"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="144"/>
        <source>Organisation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="145"/>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="152"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="153"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="154"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="155"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="160"/>
        <source>New organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="161"/>
        <location filename="../../bibagreements/gui/registers.py" line="166"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="165"/>
        <source>New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="168"/>
        <source>Export data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="169"/>
        <source>Replace by…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="170"/>
        <source>Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="173"/>
        <source>&amp;Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="174"/>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="237"/>
        <source>Export a person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="237"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="252"/>
        <source>Exported the data of {0} to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="266"/>
        <source>Replace a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="267"/>
        <source>Who takes over from {0} in ongoing agreements?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="280"/>
        <source>{0} replaced {1} in {2} agreement(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="294"/>
        <source>Erase a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="296"/>
        <source>Erase {0} and remove them from every unsigned agreement? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="298"/>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/registers.py" line="306"/>
        <source>Erased {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../bibagreements/gui/settings_dialog.py" line="26"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/settings_dialog.py" line="28"/>
        <source>As the system (Swedish on a Swedish system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/settings_dialog.py" line="33"/>
        <source>A new language shows the next time the program starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/settings_dialog.py" line="37"/>
        <source>The first party of new agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/settings_dialog.py" line="50"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/settings_dialog.py" line="52"/>
        <source>&amp;Your organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/settings_dialog.py" line="53"/>
        <source>Columns in the list:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TitledListEditor</name>
    <message>
        <location filename="../../bibagreements/gui/widgets.py" line="139"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/widgets.py" line="140"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/widgets.py" line="141"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/widgets.py" line="142"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/widgets.py" line="143"/>
        <source>Ctrl+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/widgets.py" line="144"/>
        <source>Ctrl+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/widgets.py" line="145"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/widgets.py" line="147"/>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../bibagreements/gui/welcome.py" line="24"/>
        <source>Welcome to bibagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/welcome.py" line="31"/>
        <source>Here you draft, find and follow up the collaboration agreements of your regional library unit. There are no agreements in this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/welcome.py" line="42"/>
        <source>Which organisation do you work for? It becomes the first party of every new agreement (you can change it later in Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/welcome.py" line="49"/>
        <source>e.g. Region Skånes kulturförvaltning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/welcome.py" line="50"/>
        <source>Remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/welcome.py" line="61"/>
        <source>Load example agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/welcome.py" line="63"/>
        <source>Adds the Skåne–Kristianstad agreement of 2019 and two more to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/welcome.py" line="65"/>
        <source>New agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/welcome.py" line="110"/>
        <source>Thank you: new agreements start with {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../bibagreements/gui/worker.py" line="119"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bibagreements/gui/worker.py" line="125"/>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
