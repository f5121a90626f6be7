<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AgreementsTab</name>
        <message numerus="yes">
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>%n agreement(s) shown of %1</source>
            <translation>
                <numerusform>%n agreement shown of %1</numerusform>
                <numerusform>%n agreements shown of %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>(%n month(s) from %1)</source>
            <translation>
                <numerusform>(%n month from %1)</numerusform>
                <numerusform>(%n months from %1)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CalendarDialog</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Labor Rights Week %1 (%n event(s))</source>
            <translation>
                <numerusform>Labor Rights Week %1 (%n event)</numerusform>
                <numerusform>Labor Rights Week %1 (%n events)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Wrote %n event(s) to %1</source>
            <translation>
                <numerusform>Wrote %n event to %1</numerusform>
                <numerusform>Wrote %n events to %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CampaignDialog</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>%1 (%n event(s))</source>
            <translation>
                <numerusform>%1 (%n event)</numerusform>
                <numerusform>%1 (%n events)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>%n staff assignment(s) copied.</source>
            <translation>
                <numerusform>%n staff assignment copied.</numerusform>
                <numerusform>%n staff assignments copied.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>Copied %n event(s) from %1 to %2.</source>
            <translation>
                <numerusform>Copied %n event from %1 to %2.</numerusform>
                <numerusform>Copied %n events from %1 to %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictsPanel</name>
        <message numerus="yes">
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>of %n kind(s)</source>
            <translation>
                <numerusform>of %n kind</numerusform>
                <numerusform>of %n kinds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConsulatesTab</name>
        <message numerus="yes">
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>%n consulate(s) shown of %1</source>
            <translation>
                <numerusform>%n consulate shown of %1</numerusform>
                <numerusform>%n consulates shown of %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>%n chosen: %1</source>
            <translation>
                <numerusform>%n chosen: %1</numerusform>
                <numerusform>%n chosen: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LrwPage</name>
        <message numerus="yes">
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>%1 of %n event(s) shown</source>
            <translation>
                <numerusform>%1 of %n event shown</numerusform>
                <numerusform>%1 of %n events shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>%n assignment(s)</source>
            <translation>
                <numerusform>%n assignment</numerusform>
                <numerusform>%n assignments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>%n event(s) (%1 cancelled)</source>
            <translation>
                <numerusform>%n event (%1 cancelled)</numerusform>
                <numerusform>%n events (%1 cancelled)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>%n event(s) fall outside the campaign's days (%1 to %2) and are not in the grid:</source>
            <translation>
                <numerusform>%n event falls outside the campaign's days (%1 to %2) and is not in the grid:</numerusform>
                <numerusform>%n events fall outside the campaign's days (%1 to %2) and are not in the grid:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Copied %n event(s) from %1 to %2.</source>
            <translation>
                <numerusform>Copied %n event from %1 to %2.</numerusform>
                <numerusform>Copied %n events from %1 to %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MatrixModel</name>
        <message numerus="yes">
            <location filename="../../ui/models/matrix_model.py"></location>
            <source>(%n day(s) left, last day %1)</source>
            <translation>
                <numerusform>(%n day left, last day %1)</numerusform>
                <numerusform>(%n days left, last day %1)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MatrixTab</name>
        <message numerus="yes">
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>%n consulate(s)</source>
            <translation>
                <numerusform>%n consulate</numerusform>
                <numerusform>%n consulates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>%n office(s)</source>
            <translation>
                <numerusform>%n office</numerusform>
                <numerusform>%n offices</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>%n pair(s) with an agreement</source>
            <translation>
                <numerusform>%n pair with an agreement</numerusform>
                <numerusform>%n pairs with an agreement</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ObligationRulesDialog</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source> calendar month(s)</source>
            <translation>
                <numerusform> calendar month</numerusform>
                <numerusform> calendar months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source> day(s)</source>
            <translation>
                <numerusform> day</numerusform>
                <numerusform> days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OfficesTab</name>
        <message numerus="yes">
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>%n office(s) shown of %1</source>
            <translation>
                <numerusform>%n office shown of %1</numerusform>
                <numerusform>%n offices shown of %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PartnersTab</name>
        <message numerus="yes">
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>%n partner(s) shown of %1</source>
            <translation>
                <numerusform>%n partner shown of %1</numerusform>
                <numerusform>%n partners shown of %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message numerus="yes">
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>%n person(s) shown of %1</source>
            <translation>
                <numerusform>%n person shown of %1</numerusform>
                <numerusform>%n people shown of %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PersonWeekDialog</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs/person_week_dialog.py"></location>
            <source>%n assignment(s)</source>
            <translation>
                <numerusform>%n assignment</numerusform>
                <numerusform>%n assignments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PublishDialog</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs/publish_dialog.py"></location>
            <source>%n calendar file(s) written to the publish folder.</source>
            <translation>
                <numerusform>%n calendar file written to the publish folder.</numerusform>
                <numerusform>%n calendar files written to the publish folder.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/publish_dialog.py"></location>
            <source>Published release %1 of Labor Rights Week %2: %n event(s).</source>
            <translation>
                <numerusform>Published release %1 of Labor Rights Week %2: %n event.</numerusform>
                <numerusform>Published release %1 of Labor Rights Week %2: %n events.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/publish_dialog.py"></location>
            <source>Release 1 will record the current schedule (%n event(s)) as sent to partners. Calendars “as of the latest release” and “changes since the last release” are built from it.</source>
            <translation>
                <numerusform>Release 1 will record the current schedule (%n event) as sent to partners. Calendars “as of the latest release” and “changes since the last release” are built from it.</numerusform>
                <numerusform>Release 1 will record the current schedule (%n events) as sent to partners. Calendars “as of the latest release” and “changes since the last release” are built from it.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RenewDialog</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs/renew_dialog.py"></location>
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RepeatField</name>
        <message numerus="yes">
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>day(s)</source>
            <translation>
                <numerusform>day</numerusform>
                <numerusform>days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>month(s)</source>
            <translation>
                <numerusform>month</numerusform>
                <numerusform>months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>week(s)</source>
            <translation>
                <numerusform>week</numerusform>
                <numerusform>weeks</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message numerus="yes">
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>, %n day(s) left</source>
            <translation>
                <numerusform>, %n day left</numerusform>
                <numerusform>, %n days left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>, ended %n day(s) ago</source>
            <translation>
                <numerusform>, ended %n day ago</numerusform>
                <numerusform>, ended %n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Wrote %n file(s) in %1</source>
            <translation>
                <numerusform>Wrote %n file in %1</numerusform>
                <numerusform>Wrote %n files in %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SendDialog</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>%n draft(s) written in %1, marked unsent: open each in Outlook and press Send.</source>
            <translation>
                <numerusform>%n draft written in %1, marked unsent: open each in Outlook and press Send.</numerusform>
                <numerusform>%n drafts written in %1, marked unsent: open each in Outlook and press Send.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StaffingPanel</name>
        <message numerus="yes">
            <location filename="../../ui/widgets/staffing_panel.py"></location>
            <source>%n open problem(s)</source>
            <translation>
                <numerusform>%n open problem</numerusform>
                <numerusform>%n open problems</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineItems</name>
        <message numerus="yes">
            <location filename="../../ui/models/timeline_items.py"></location>
            <source>%n day(s) left</source>
            <translation>
                <numerusform>%n day left</numerusform>
                <numerusform>%n days left</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineTab</name>
        <message numerus="yes">
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%n agreement</numerusform>
                <numerusform>%n agreements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>%n partnership(s)</source>
            <translation>
                <numerusform>%n partnership</numerusform>
                <numerusform>%n partnerships</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineWidget</name>
        <message numerus="yes">
            <location filename="../../ui/widgets/timeline.py"></location>
            <source>%n day(s) left</source>
            <translation>
                <numerusform>%n day left</numerusform>
                <numerusform>%n days left</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>agreements</name>
        <message numerus="yes">
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>%n agreement(s) due for renewal</source>
            <translation>
                <numerusform>%n agreement is due for renewal</numerusform>
                <numerusform>%n agreements are due for renewal</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>%n agreement(s) expire within %1 days</source>
            <translation>
                <numerusform>%n agreement expires within %1 days</numerusform>
                <numerusform>%n agreements expire within %1 days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>%n due for renewal</source>
            <translation>
                <numerusform>%n is due for renewal</numerusform>
                <numerusform>%n are due for renewal</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>about %n year(s) ago</source>
            <translation>
                <numerusform>about %n year ago</numerusform>
                <numerusform>about %n years ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>in about %n year(s)</source>
            <translation>
                <numerusform>in about %n year</numerusform>
                <numerusform>in about %n years</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message numerus="yes">
            <location filename="../../ui/errors.py"></location>
            <source>%n problem(s) found.</source>
            <translation>
                <numerusform>%n problem found.</numerusform>
                <numerusform>%n problems found.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>lrw</name>
        <message numerus="yes">
            <location filename="../../ui/models/conflict_tree.py"></location>
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/week_grid.py"></location>
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/events_model.py"></location>
            <source>%n open</source>
            <translation>
                <numerusform>%n open</numerusform>
                <numerusform>%n open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/week_grid_items.py"></location>
            <location filename="../../ui/models/week_grid_model.py"></location>
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problem</numerusform>
                <numerusform>%n problems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/conflict_tree.py"></location>
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>workbook</name>
        <message numerus="yes">
            <location filename="../../ui/workbook_actions.py"></location>
            <source>%n warning(s) (see Show Details).</source>
            <translation>
                <numerusform>%n warning (see Show Details).</numerusform>
                <numerusform>%n warnings (see Show Details).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/workbook_actions.py"></location>
            <source>Exported %n row(s) to %1.</source>
            <translation>
                <numerusform>Exported %n row to %1.</numerusform>
                <numerusform>Exported %n rows to %1.</numerusform>
            </translation>
        </message>
    </context>
</TS>
