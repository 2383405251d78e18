<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
    <context>
        <name>AgreementCommands</name>
        <message numerus="yes">
            <location filename="../../bibagreements/gui/agreement_commands.py" line="190" />
            <source>Added %n example agreement(s).</source>
            <translation>
                <numerusform>Added %n example agreement.</numerusform>
                <numerusform>Added %n example agreements.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../bibagreements/gui/agreement_commands.py" line="223" />
            <source>Imported %n agreement(s); {0} were already here.</source>
            <translation>
                <numerusform>Imported %n agreement; {0} were already here.</numerusform>
                <numerusform>Imported %n agreements; {0} were already here.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../bibagreements/gui/agreement_commands.py" line="289" />
            <source>Exported %n agreement(s) to {0}.</source>
            <translation>
                <numerusform>Exported %n agreement to {0}.</numerusform>
                <numerusform>Exported %n agreements to {0}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../bibagreements/gui/agreement_commands.py" line="317" />
            <source>Backed up %n agreement(s) to {0}.</source>
            <translation>
                <numerusform>Backed up %n agreement to {0}.</numerusform>
                <numerusform>Backed up %n agreements to {0}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Checkins</name>
        <message numerus="yes">
            <location filename="../../bibagreements/gui/checkins_tab.py" line="63" />
            <source>Keep %n check-in(s) as they are.</source>
            <translation>
                <numerusform>Keep %n check-in as it is.</numerusform>
                <numerusform>Keep %n check-ins as they are.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckinsPanel</name>
        <message numerus="yes">
            <location filename="../../bibagreements/gui/checkins_tab.py" line="391" />
            <source>Wrote %n check-in(s) to {0}.</source>
            <translation>
                <numerusform>Wrote %n check-in to {0}.</numerusform>
                <numerusform>Wrote %n check-ins to {0}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DatabaseBackups</name>
        <message numerus="yes">
            <location filename="../../bibagreements/gui/database_backups.py" line="131" />
            <source>Restored %n agreement(s) from {0}.</source>
            <translation>
                <numerusform>Restored %n agreement from {0}.</numerusform>
                <numerusform>Restored %n agreements from {0}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FollowUpViews</name>
        <message numerus="yes">
            <location filename="../../bibagreements/gui/followup_views.py" line="116" />
            <source>Wrote %n check-in(s) to {0}.</source>
            <translation>
                <numerusform>Wrote %n check-in to {0}.</numerusform>
                <numerusform>Wrote %n check-ins to {0}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message numerus="yes">
            <location filename="../../bibagreements/gui/history_tab.py" line="171" />
            <source>%n change(s) recorded</source>
            <translation>
                <numerusform>%n change recorded</numerusform>
                <numerusform>%n changes recorded</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message numerus="yes">
            <location filename="../../bibagreements/gui/pdf_preview.py" line="192" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message numerus="yes">
            <location filename="../../bibagreements/gui/record_dialogs.py" line="84" />
            <source>Used in %n agreement(s).</source>
            <translation>
                <numerusform>Used in %n agreement.</numerusform>
                <numerusform>Used in %n agreements.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RegistersDialog</name>
        <message numerus="yes">
            <location filename="../../bibagreements/gui/registers.py" line="273" />
            <source>{0} replaced {1} in %n agreement(s).</source>
            <translation>
                <numerusform>{0} replaced {1} in %n agreement.</numerusform>
                <numerusform>{0} replaced {1} in %n agreements.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Today</name>
        <message numerus="yes">
            <location filename="../../bibagreements/gui/today_words.py" line="65" />
            <source>%n day(s) late</source>
            <translation>
                <numerusform>%n day late</numerusform>
                <numerusform>%n days late</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../bibagreements/gui/today_words.py" line="66" />
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../bibagreements/gui/today_words.py" line="77" />
            <source>ends in %n day(s)</source>
            <translation>
                <numerusform>ends in %n day</numerusform>
                <numerusform>ends in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../bibagreements/gui/today_words.py" line="82" />
            <source>ended %n day(s) ago</source>
            <translation>
                <numerusform>ended %n day ago</numerusform>
                <numerusform>ended %n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../bibagreements/gui/today_words.py" line="84" />
            <source>untouched for %n day(s)</source>
            <translation>
                <numerusform>untouched for %n day</numerusform>
                <numerusform>untouched for %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../bibagreements/gui/today_words.py" line="87" />
            <source>starts in %n day(s)</source>
            <translation>
                <numerusform>starts in %n day</numerusform>
                <numerusform>starts in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../bibagreements/gui/today_words.py" line="90" />
            <source>started %n day(s) ago</source>
            <translation>
                <numerusform>started %n day ago</numerusform>
                <numerusform>started %n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../bibagreements/gui/today_words.py" line="95" />
            <source>last day in %n day(s)</source>
            <translation>
                <numerusform>last day in %n day</numerusform>
                <numerusform>last day in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../bibagreements/gui/today_words.py" line="131" />
            <source>%n item(s) to attend to on {0}.</source>
            <translation>
                <numerusform>%n item to attend to on {0}.</numerusform>
                <numerusform>%n items to attend to on {0}.</numerusform>
            </translation>
        </message>
    </context>
</TS>