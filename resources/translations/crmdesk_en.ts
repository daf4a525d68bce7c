<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>and %n more from a merge (their points count)</source>
        <translation>
            <numerusform>and %n more from a merge (their points count)</numerusform>
            <numerusform>and %n more from a merge (their points count)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; point(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; point</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stuck: %n day(s) in {0}, over the team&apos;s limit of {1}</source>
        <extracomment>Offered in the currency box (any ISO 4217 code may be typed). the deal&apos;s virtual team, and everyone (of any team) who may join it why the user may not change the deal (the editor opens read-only), or None</extracomment>
        <translation>
            <numerusform>Stuck: %n day in {0}, over the team&apos;s limit of {1}</numerusform>
            <numerusform>Stuck: %n days in {0}, over the team&apos;s limit of {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stuck: its expected close ({0}) passed %n day(s) ago; move the date or close the deal</source>
        <translation>
            <numerusform>Stuck: its expected close ({0}) has passed, %n day ago; move the date or close the deal</numerusform>
            <numerusform>Stuck: its expected close ({0}) has passed, %n days ago; move the date or close the deal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Returns to the pool in %n day(s)</source>
        <translation>
            <numerusform>Returns to the pool in %n day</numerusform>
            <numerusform>Returns to the pool in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Birthday: {0} ({1}, turns %n)</source>
        <translation>
            <numerusform>Birthday: {0} ({1}, turns %n)</numerusform>
            <numerusform>Birthday: {0} ({1}, turns %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anniversary: %n year(s) a customer, {0}</source>
        <translation>
            <numerusform>Anniversary: %n year a customer, {0}</numerusform>
            <numerusform>Anniversary: %n years a customer, {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anniversary: {0} (%n year(s) a customer, {1})</source>
        <translation>
            <numerusform>Anniversary: {0} (%n year a customer, {1})</numerusform>
            <numerusform>Anniversary: {0} (%n years a customer, {1})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) so far</source>
        <translation>
            <numerusform>%n purchase so far</numerusform>
            <numerusform>%n purchases so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>referred %n company(ies) to us</source>
        <translation>
            <numerusform>referred %n company to us</numerusform>
            <numerusform>referred %n companies to us</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in contact within the last %n day(s)</source>
        <translation>
            <numerusform>in contact within the last day</numerusform>
            <numerusform>in contact within the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no contact for %n day(s)</source>
        <translation>
            <numerusform>no contact for %n day</numerusform>
            <numerusform>no contact for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) to {0}</source>
        <translation>
            <numerusform>%n month to {0}</numerusform>
            <numerusform>%n months to {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} overdue since {1} · %n day(s) late · instalment {2} of {3}</source>
        <translation>
            <numerusform>{0} overdue since {1} · %n day late · instalment {2} of {3}</numerusform>
            <numerusform>{0} overdue since {1} · %n days late · instalment {2} of {3}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s)</source>
        <extracomment>The colour of each kind&apos;s mark, and of each loyalty stage&apos;s.</extracomment>
        <translation>
            <numerusform>%n purchase</numerusform>
            <numerusform>%n purchases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} and referred %n company(ies) to us</source>
        <translation>
            <numerusform>{0} and referred %n company to us</numerusform>
            <numerusform>{0} and referred %n companies to us</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} is at most %n character(s); this one has {1}.</source>
        <extracomment>The longest text each imported field may hold (the columns it is stored in).</extracomment>
        <translation>
            <numerusform>{0} is at most %n character; this one has {1}.</numerusform>
            <numerusform>{0} is at most %n characters; this one has {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} amounts have at most %n decimal(s): “{1}”.</source>
        <translation>
            <numerusform>{0} amounts have at most %n decimal: “{1}”.</numerusform>
            <numerusform>{0} amounts have at most %n decimals: “{1}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A deal&apos;s name is at most %n character(s).</source>
        <translation>
            <numerusform>A deal&apos;s name is at most %n character.</numerusform>
            <numerusform>A deal&apos;s name is at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} is at most %n character(s).</source>
        <translation>
            <numerusform>{0} is at most %n character.</numerusform>
            <numerusform>{0} is at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The term goes from 1 to %n month(s).</source>
        <translation>
            <numerusform>The term goes from 1 to %n month.</numerusform>
            <numerusform>The term goes from 1 to %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A rule&apos;s region or industry is at most %n character(s).</source>
        <translation>
            <numerusform>A rule&apos;s region or industry is at most %n character.</numerusform>
            <numerusform>A rule&apos;s region or industry is at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A reason is at most %n character(s).</source>
        <translation>
            <numerusform>A reason is at most %n character.</numerusform>
            <numerusform>A reason is at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only {0:,} point(s) to redeem; {1:,} asked.</source>
        <translation>
            <numerusform>Only {0:,} point to redeem; {1:,} asked.</numerusform>
            <numerusform>Only {0:,} points to redeem; {1:,} asked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A card number is at most %n character(s).</source>
        <translation>
            <numerusform>A card number is at most %n character.</numerusform>
            <numerusform>A card number is at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A level&apos;s name is at most %n character(s).</source>
        <translation>
            <numerusform>A level&apos;s name is at most %n character.</numerusform>
            <numerusform>A level&apos;s name is at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A template&apos;s name is at most %n character(s).</source>
        <translation>
            <numerusform>A template&apos;s name is at most %n character.</numerusform>
            <numerusform>A template&apos;s name is at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The onboarding checklist has at most %n step(s).</source>
        <translation>
            <numerusform>The onboarding checklist has at most %n step.</numerusform>
            <numerusform>The onboarding checklist has at most %n steps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An onboarding step&apos;s name is at most %n character(s).</source>
        <translation>
            <numerusform>An onboarding step&apos;s name is at most %n character.</numerusform>
            <numerusform>An onboarding step&apos;s name is at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A tag is at most %n character(s).</source>
        <translation>
            <numerusform>A tag is at most %n character.</numerusform>
            <numerusform>A tag is at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A channel name is at most %n character(s).</source>
        <translation>
            <numerusform>A channel name is at most %n character.</numerusform>
            <numerusform>A channel name is at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stuck: %n day(s) in stage (limit {0})</source>
        <translation>
            <numerusform>Stuck: %n day in stage (limit {0})</numerusform>
            <numerusform>Stuck: %n days in stage (limit {0})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slipping: pushed {0}× by %n day(s)</source>
        <translation>
            <numerusform>Slipping: pushed {0}× by %n day</numerusform>
            <numerusform>Slipping: pushed {0}× by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n open deal(s) without an expected close.</source>
        <translation>
            <numerusform>Left out: %n open deal without an expected close.</numerusform>
            <numerusform>Left out: %n open deals without an expected close.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n open deal(s) expected to close later.</source>
        <translation>
            <numerusform>Left out: %n open deal expected to close later.</numerusform>
            <numerusform>Left out: %n open deals expected to close later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in other currencies: their amounts are not shown.</source>
        <translation>
            <numerusform>%n deal in other currencies: their amounts are not shown.</numerusform>
            <numerusform>%n deals in other currencies: their amounts are not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal entry(ies)</source>
        <translation>
            <numerusform>%n deal entry</numerusform>
            <numerusform>%n deal entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %n cohort(s) whose T+2 month has not ended yet (their figures still grow).</source>
        <translation>
            <numerusform>Incomplete: %n cohort whose T+2 month has not ended yet (their figures still grow).</numerusform>
            <numerusform>Incomplete: %n cohorts whose T+2 month has not ended yet (their figures still grow).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no two-way contact for %n day(s) (since {0})</source>
        <translation>
            <numerusform>no two-way contact for %n day (since {0})</numerusform>
            <numerusform>no two-way contact for %n days (since {0})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no deal for %n day(s) (since {0})</source>
        <translation>
            <numerusform>no deal for %n day (since {0})</numerusform>
            <numerusform>no deal for %n days (since {0})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have claimed %n account(s) on {0}, your team&apos;s limit for a day; claim more tomorrow.</source>
        <translation>
            <numerusform>You have claimed %n account on {0}, your team&apos;s limit for a day; claim more tomorrow.</numerusform>
            <numerusform>You have claimed %n accounts on {0}, your team&apos;s limit for a day; claim more tomorrow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You hold %n open lead(s), your team&apos;s limit; work or close some before claiming more.</source>
        <translation>
            <numerusform>You hold %n open lead, your team&apos;s limit; work or close some before claiming more.</numerusform>
            <numerusform>You hold %n open leads, your team&apos;s limit; work or close some before claiming more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has %n field(s) where the header has {0}; check for a stray comma or quote</source>
        <translation>
            <numerusform>has %n field where the header has {0}; check for a stray comma or quote</numerusform>
            <numerusform>has %n fields where the header has {0}; check for a stray comma or quote</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealsSection</name>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n day in stage</numerusform>
            <numerusform>%n days in stage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebLeadNotice</name>
    <message numerus="yes">
        <source>%n new lead(s) from the website</source>
        <translation>
            <numerusform>%n new lead from the website</numerusform>
            <numerusform>%n new leads from the website</numerusform>
        </translation>
    </message>
</context>
</TS>
