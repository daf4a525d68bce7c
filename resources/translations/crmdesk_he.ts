<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
<context>
    <name></name>
    <message>
        <source>Empty workspace</source>
        <translation>סביבת עבודה ריקה</translation>
    </message>
    <message>
        <source>Your workspace has no accounts yet. Load demo data to look around, or import a batch of leads from a CSV file?</source>
        <translation>בסביבת העבודה שלכם אין עדיין לקוחות. לטעון נתוני הדגמה כדי להסתכל, או לייבא אצוות לידים מקובץ CSV?</translation>
    </message>
    <message>
        <source>Your workspace has no accounts yet. Load demo data to look around, or sign in to your team&apos;s server (Sync menu) to receive your work.</source>
        <translation>בסביבת העבודה שלכם אין עדיין לקוחות. לטעון נתוני הדגמה כדי להסתכל, או להיכנס לשרת של הצוות (תפריט סנכרון) כדי לקבל את העבודה שלכם?</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>טעינת נתוני הדגמה</translation>
    </message>
    <message>
        <source>Import leads…</source>
        <translation>ייבוא לידים…</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>התחלה ריקה</translation>
    </message>
    <message>
        <source>Export follow-ups and tasks</source>
        <extracomment>The save dialog&apos;s filters, each with the vCard version it writes.</extracomment>
        <translation>ייצוא מעקבים ומשימות</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar ‏(*.ics)</translation>
    </message>
    <message>
        <source>Saved {0} follow-up(s) and task(s) to {1}: import it into your calendar (again later to update it).</source>
        <translation>{0} מעקבים ומשימות נשמרו ב-{1}: ייבאו את הקובץ ליומן שלכם (ושוב מאוחר יותר כדי לעדכן).</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>לא נשמר</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>ייצוא אנשי קשר</translation>
    </message>
    <message>
        <source>Saved {0} contact(s) to {1} (vCard {2}).</source>
        <translation>{0} אנשי קשר נשמרו ב-{1} (vCard {2}).</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>בחרו קודם לקוח.</translation>
    </message>
    <message>
        <source>imported</source>
        <extracomment>What became of a card, as the report&apos;s line says it.</extracomment>
        <translation>יובא</translation>
    </message>
    <message>
        <source>line {0}: {1} — {2}: {3}</source>
        <translation>שורה {0}: {1} — {2}: {3}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ללא שם)</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>ייבוא אנשי קשר</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard ‏(*.vcf)</translation>
    </message>
    <message>
        <source>Contacts imported</source>
        <translation>אנשי הקשר יובאו</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>לא יובא דבר</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>עריכה…</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>איש מפתח</translation>
    </message>
    <message>
        <source>Role on open deals</source>
        <translation>תפקיד בעסקאות פתוחות</translation>
    </message>
    <message>
        <source>not on the map</source>
        <translation>לא במפה</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>מחיקה…</translation>
    </message>
    <message>
        <source>Not on the map</source>
        <translation>לא במפה</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>עמדה</translation>
    </message>
    <message numerus="yes">
        <source>Stuck: %n day(s) in {0}, over the team&apos;s limit of {1}</source>
        <extracomment>Offered in the currency box (any ISO 4217 code may be typed). the deal&apos;s virtual team, and everyone (of any team) who may join it why the user may not change the deal (the editor opens read-only), or None</extracomment>
        <translation>
            <numerusform>תקועה: יום אחד ב{0}, מעבר למגבלת הצוות של {1}</numerusform>
            <numerusform>תקועה: %n ימים ב{0}, מעבר למגבלת הצוות של {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stuck: its expected close ({0}) passed %n day(s) ago; move the date or close the deal</source>
        <translation>
            <numerusform>תקועה: תאריך הסגירה הצפוי ({0}) עבר לפני יום; הזיזו את התאריך או סגרו את העסקה</numerusform>
            <numerusform>תקועה: תאריך הסגירה הצפוי ({0}) עבר לפני %n ימים; הזיזו את התאריך או סגרו את העסקה</numerusform>
        </translation>
    </message>
    <message>
        <source>Stuck: its expected close ({0}) has passed; move the date or close the deal</source>
        <translation>תקועה: תאריך הסגירה הצפוי ({0}) עבר; הזיזו את התאריך או סגרו את העסקה</translation>
    </message>
    <message>
        <source>Take this product off the deal</source>
        <translation>הסרת המוצר הזה מהעסקה</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>The locale each language formats dates, numbers and money in. Where the compiled .qm files are: resources inside the package, in a bundle too.
----------
The agenda items told of today (&quot;YYYY-MM-DD key key ...&quot;): none is told twice a day. The window&apos;s language (&quot;en&quot;, &quot;zh_CN&quot;, &quot;he&quot;); empty: the system&apos;s (crmdesk.ui.language).</extracomment>
        <translation>שפה</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>שפת המערכת ({0})</translation>
    </message>
    <message>
        <source>crmdesk will use {0} when you next start it.</source>
        <translation>crmdesk ישתמש ב{0} בפעם הבאה שתפעילו אותו.</translation>
    </message>
    <message>
        <source>Search companies, people, phones, emails, tags</source>
        <translation>חיפוש חברות, אנשים, טלפונים, כתובות דוא&quot;ל, תגיות</translation>
    </message>
    <message>
        <source>New lead (runs the duplicate check)</source>
        <translation>ליד חדש (מריץ בדיקת כפילויות)</translation>
    </message>
    <message>
        <source>New contact at this account</source>
        <translation>איש קשר חדש בלקוח הזה</translation>
    </message>
    <message>
        <source>Import a batch of leads from a CSV file</source>
        <translation>ייבוא אצוות לידים מקובץ CSV</translation>
    </message>
    <message>
        <source>Write in the quick-log form</source>
        <translation>כתיבה בטופס הרישום המהיר</translation>
    </message>
    <message>
        <source>New deal at this account</source>
        <translation>עסקה חדשה בלקוח הזה</translation>
    </message>
    <message>
        <source>Save the activity being logged</source>
        <translation>שמירת הפעילות שנרשמת</translation>
    </message>
    <message>
        <source>Next account in the queue</source>
        <translation>הלקוח הבא בתור</translation>
    </message>
    <message>
        <source>Previous account in the queue</source>
        <translation>הלקוח הקודם בתור</translation>
    </message>
    <message>
        <source>Go to the lead queue</source>
        <translation>מעבר לתור הלידים</translation>
    </message>
    <message>
        <source>Go to the customer card</source>
        <translation>מעבר לכרטיס הלקוח</translation>
    </message>
    <message>
        <source>Go to the relationship graph</source>
        <translation>מעבר לגרף הקשרים</translation>
    </message>
    <message>
        <source>Go to the follow-up timeline</source>
        <translation>מעבר לציר המעקב</translation>
    </message>
    <message>
        <source>Go to the agenda: today&apos;s and this week&apos;s follow-ups, tasks and deal close dates</source>
        <translation>מעבר לסדר היום: המעקבים, המשימות ותאריכי סגירת העסקאות של היום ושל השבוע</translation>
    </message>
    <message>
        <source>Mark the agenda item done (also Space)</source>
        <translation>סימון הפריט בסדר היום כבוצע (גם רווח)</translation>
    </message>
    <message>
        <source>Move the agenda item: tomorrow, +3 days, next week or a day you pick</source>
        <translation>הזזת הפריט בסדר היום: למחר, בעוד 3 ימים, לשבוע הבא או ליום שתבחרו</translation>
    </message>
    <message>
        <source>Open the agenda item&apos;s company (also a double-click)</source>
        <translation>פתיחת החברה של הפריט בסדר היום (גם לחיצה כפולה)</translation>
    </message>
    <message>
        <source>New contract with its payment schedule</source>
        <translation>חוזה חדש עם לוח התשלומים שלו</translation>
    </message>
    <message>
        <source>Mark the account lost</source>
        <translation>סימון הלקוח כאבוד</translation>
    </message>
    <message>
        <source>Claim this account from the team pool</source>
        <translation>לקיחת הלקוח הזה ממאגר הצוות</translation>
    </message>
    <message>
        <source>Give the selected accounts to a rep or the team pool (team leads)</source>
        <translation>העברת הלקוחות שנבחרו לנציג או למאגר הצוות (ראשי צוות)</translation>
    </message>
    <message>
        <source>Mark the onboarding task done (again: not done), in the service tasks</source>
        <translation>סימון משימת הקליטה כבוצעה (שוב: לא בוצעה), במשימות השירות</translation>
    </message>
    <message>
        <source>Take back the last task marked, in the service tasks</source>
        <translation>ביטול הסימון האחרון, במשימות השירות</translation>
    </message>
    <message>
        <source>Send a message from a template to the contact chosen on the card</source>
        <translation>שליחת הודעה מתבנית לאיש הקשר שנבחר בכרטיס</translation>
    </message>
    <message>
        <source>Show the message outbox (waiting, sent, failed and why)</source>
        <translation>הצגת תיבת הדואר היוצא (ממתינות, נשלחו, נכשלו ולמה)</translation>
    </message>
    <message>
        <source>Open the team review (pipelines, funnel, forecast, plans, value, channel ROI)</source>
        <translation>פתיחת סקירת הצוות (צנרות, משפך, תחזית, יעדים, ערך, ROI לפי ערוץ)</translation>
    </message>
    <message>
        <source>Reload every pane</source>
        <translation>טעינה מחדש של כל החלוניות</translation>
    </message>
    <message>
        <source>Sync with the server now</source>
        <translation>סנכרון עם השרת עכשיו</translation>
    </message>
    <message>
        <source>Show the conflicts from sync</source>
        <translation>הצגת ההתנגשויות מהסנכרון</translation>
    </message>
    <message>
        <source>Open the settings (language, theme, phone region, reminder time, sync, mail and SMS)</source>
        <translation>פתיחת ההגדרות (שפה, ערכת נושא, אזור טלפון, שעת תזכורת, סנכרון, דוא&quot;ל ו-SMS)</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>הצגת הרשימה הזו</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>יציאה</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Who sees a menu item, by role: an item a role may not use is hidden (and its shortcut off), not shown and then refused.</extracomment>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>New lead…</source>
        <translation>ליד חדש…</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>איש קשר חדש…</translation>
    </message>
    <message>
        <source>Import contacts (vCard)…</source>
        <translation>ייבוא אנשי קשר (vCard)…</translation>
    </message>
    <message>
        <source>Export contacts (vCard)…</source>
        <translation>ייצוא אנשי קשר (vCard)…</translation>
    </message>
    <message>
        <source>Export follow-ups and tasks (.ics)…</source>
        <translation>ייצוא מעקבים ומשימות (‎.ics)…</translation>
    </message>
    <message>
        <source>Channels…</source>
        <translation>ערוצים…</translation>
    </message>
    <message>
        <source>Channel costs…</source>
        <translation>עלויות ערוצים…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>הגדרות…</translation>
    </message>
    <message>
        <source>Phone region…</source>
        <translation>אזור טלפון…</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;לקוח</translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation>רישום פעילות</translation>
    </message>
    <message>
        <source>Team playbook (deal stages)…</source>
        <translation>ספר המכירות של הצוות (שלבי עסקה)…</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>עסקה חדשה…</translation>
    </message>
    <message>
        <source>Hand-off to customer service…</source>
        <translation>העברה לשירות לקוחות…</translation>
    </message>
    <message>
        <source>Sales targets…</source>
        <translation>יעדי מכירות…</translation>
    </message>
    <message>
        <source>Web enquiry assignment…</source>
        <translation>הקצאת פניות מהאתר…</translation>
    </message>
    <message>
        <source>Away from web enquiries…</source>
        <translation>הפסקה בקבלת פניות מהאתר…</translation>
    </message>
    <message>
        <source>Team pool rules…</source>
        <translation>כללי מאגר הצוות…</translation>
    </message>
    <message>
        <source>signed {0}</source>
        <extracomment>Contracts the card lists before &quot;and N more&quot; (those with money overdue come first).</extracomment>
        <translation>נחתם {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) to {0}</source>
        <translation>
            <numerusform>חודש אחד, עד {0}</numerusform>
            <numerusform>%n חודשים, עד {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>חודש אחד</numerusform>
            <numerusform>%n חודשים</numerusform>
        </translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>מתוך {0}</translation>
    </message>
    <message>
        <source>Paid &lt;b&gt;{0}&lt;/b&gt; of {1}</source>
        <translation>שולם &lt;b&gt;{0}&lt;/b&gt; מתוך {1}</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>לתשלום {0}</translation>
    </message>
    <message>
        <source>overdue {0}</source>
        <translation>באיחור {0}</translation>
    </message>
    <message numerus="yes">
        <source>{0} overdue since {1} · %n day(s) late · instalment {2} of {3}</source>
        <translation>
            <numerusform>{0} באיחור מאז {1} · איחור של יום · תשלום {2} מתוך {3}</numerusform>
            <numerusform>{0} באיחור מאז {1} · איחור של %n ימים · תשלום {2} מתוך {3}</numerusform>
        </translation>
    </message>
    <message>
        <source>Overpaid by {0}: the payments add up to more than the contract; check for one recorded twice</source>
        <translation>שולם ביתר {0}: התשלומים מסתכמים ביותר מהחוזה; בדקו אם תשלום נרשם פעמיים</translation>
    </message>
    <message>
        <source>The instalments add up to {0}, {1} more than the contract; check for one recorded twice</source>
        <translation>התשלומים מסתכמים ב-{0}, {1} יותר מהחוזה; בדקו אם תשלום נרשם פעמיים</translation>
    </message>
    <message>
        <source>Next: {0} on {1} · instalment {2} of {3}</source>
        <translation>הבא: {0} ב-{1} · תשלום {2} מתוך {3}</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>שולם במלואו</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>רישום תשלום…</translation>
    </message>
    <message>
        <source>Team care reminders…</source>
        <translation>תזכורות השימור של הצוות…</translation>
    </message>
    <message>
        <source>Membership levels and points…</source>
        <translation>רמות מועדון ונקודות…</translation>
    </message>
    <message>
        <source>New contract…</source>
        <translation>חוזה חדש…</translation>
    </message>
    <message>
        <source>Mark lost…</source>
        <translation>סימון כאבוד…</translation>
    </message>
    <message>
        <source>Claim from team pool</source>
        <translation>לקיחה ממאגר הצוות</translation>
    </message>
    <message>
        <source>Export this company&apos;s contacts (vCard)…</source>
        <translation>ייצוא אנשי הקשר של החברה הזו (vCard)…</translation>
    </message>
    <message>
        <source>Next account</source>
        <translation>הלקוח הבא</translation>
    </message>
    <message>
        <source>Previous account</source>
        <translation>הלקוח הקודם</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>חיפוש…</translation>
    </message>
    <message>
        <source>Team review…</source>
        <translation>סקירת צוות…</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>איפוס הפריסה</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>טעינה מחדש</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;הודעות</translation>
    </message>
    <message>
        <source>Send message to this contact…</source>
        <translation>הודעה לאיש הקשר הזה…</translation>
    </message>
    <message>
        <source>Send message to the companies in the queue…</source>
        <translation>הודעה לחברות שבתור…</translation>
    </message>
    <message>
        <source>Send message to the selected companies…</source>
        <translation>הודעה לחברות שנבחרו…</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>תבניות…</translation>
    </message>
    <message>
        <source>Outbox…</source>
        <translation>דואר יוצא…</translation>
    </message>
    <message>
        <source>Send waiting messages now</source>
        <translation>שליחת ההודעות הממתינות עכשיו</translation>
    </message>
    <message>
        <source>Mail and SMS settings…</source>
        <translation>הגדרות דוא&quot;ל ו-SMS…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;סנכרון</translation>
    </message>
    <message>
        <source>Sign in to server…</source>
        <translation>כניסה לשרת…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>סנכרון עכשיו</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>יציאה מהחשבון</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>התנגשויות…</translation>
    </message>
    <message>
        <source>Calendar feed address…</source>
        <translation>כתובת הזנת יומן…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;עזרה</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>קיצורי מקלדת</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>מתאים ל</translation>
    </message>
    <message>
        <source>Gives leads to</source>
        <translation>נותן לידים ל</translation>
    </message>
    <message>
        <source>No member card yet.</source>
        <translation>עדיין אין כרטיס מועדון.</translation>
    </message>
    <message>
        <source>Card &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>כרטיס &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>held by {0}</source>
        <translation>בידי {0}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more from a merge (their points count)</source>
        <translation>
            <numerusform>ועוד אחד ממיזוג (הנקודות שלו נספרות)</numerusform>
            <numerusform>ועוד %n ממיזוג (הנקודות שלהם נספרות)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; point(s)</source>
        <translation>
            <numerusform>נקודה &lt;b&gt;אחת&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; נקודות</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} more to {1}</source>
        <translation>עוד {0} עד {1}</translation>
    </message>
    <message>
        <source>{0} {1} {2} by {3}{4}</source>
        <translation>{0} {1} {2} על ידי {3}{4}</translation>
    </message>
    <message>
        <source>Payment {0} received {1} on contract {2}</source>
        <translation>תשלום {0} התקבל ב-{1} על חוזה {2}</translation>
    </message>
    <message>
        <source>Payment {0} received {1}</source>
        <translation>תשלום {0} התקבל ב-{1}</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <comment>points to the next level</comment>
        <translation>{0} עד {1}</translation>
    </message>
    <message>
        <source>card {0}</source>
        <translation>כרטיס {0}</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ערוץ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Web enquiries</source>
        <translation>פניות מהאתר</translation>
    </message>
    <message>
        <source>Crawler list</source>
        <translation>רשימת סורק</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>אירוע</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>אתר</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>שותף</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>הפניה</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>פרסום</translation>
    </message>
    <message>
        <source>Cold list</source>
        <translation>רשימה קרה</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>כפוף ל</translation>
    </message>
    <message>
        <source>reports to, through others</source>
        <translation>כפוף ל, דרך אחרים</translation>
    </message>
    <message>
        <source>influences</source>
        <translation>משפיע על</translation>
    </message>
    <message>
        <source>group</source>
        <translation>קבוצה</translation>
    </message>
    <message>
        <source>supplier / customer</source>
        <translation>ספק / לקוח</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>שותף</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>הפניה</translation>
    </message>
    <message>
        <source>decision maker</source>
        <extracomment>The related companies&apos; column, in this order, each with its own line kind. How a role and a stance read on a box (the stance&apos;s sign shows it without colour).</extracomment>
        <translation>מקבל החלטות</translation>
    </message>
    <message>
        <source>economic buyer</source>
        <translation>בעל התקציב</translation>
    </message>
    <message>
        <source>champion</source>
        <translation>תומך פנימי</translation>
    </message>
    <message>
        <source>influencer</source>
        <translation>משפיע</translation>
    </message>
    <message>
        <source>blocker</source>
        <translation>חוסם</translation>
    </message>
    <message>
        <source>user</source>
        <translation>משתמש</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>ללא תפקיד</translation>
    </message>
    <message>
        <source>decision map · {0}</source>
        <extracomment>How far a fitted graph may be enlarged (a three-box graph stays its natural size). Fit leaves this fraction of the graph&apos;s size free on each side (ViewBox.autoRange). The room (px) the layout may assume it has: the view less Fit&apos;s padding. A line takes a click this wide (screen px) along it. The widths (px) the people&apos;s trees are tried wrapped at; the pane takes the one that shows the graph largest.</extracomment>
        <translation>מפת החלטות · {0}</translation>
    </message>
    <message>
        <source>this company</source>
        <translation>החברה הזו</translation>
    </message>
    <message>
        <source>{0} influences {1}</source>
        <translation>{0} משפיע על {1}</translation>
    </message>
    <message>
        <source>{0} reports to {1}</source>
        <translation>{0} כפוף ל-{1}</translation>
    </message>
    <message>
        <source>{0} reports to {1} through others</source>
        <translation>{0} כפוף ל-{1} דרך אחרים</translation>
    </message>
    <message>
        <source>{0} is the parent company of {1}</source>
        <translation>{0} היא חברת האם של {1}</translation>
    </message>
    <message>
        <source>{0} referred {1} to us</source>
        <translation>{0} הפנה אלינו את {1}</translation>
    </message>
    <message>
        <source>{0} is a {1} of {2}</source>
        <translation>{0}: {1} של {2}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>שורה</translation>
    </message>
    <message>
        <source>Company</source>
        <extracomment>The fields a lead file fills, in the order the mapping step lists them, with labels.
----------
An account&apos;s fields about the team&apos;s pool: the server&apos;s alone (see `server_sets`).</extracomment>
        <translation>חברה</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>למה</translation>
    </message>
    <message>
        <source>new lead</source>
        <translation>ליד חדש</translation>
    </message>
    <message>
        <source>already known</source>
        <translation>כבר ידוע</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>לא יובא</translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>A row&apos;s message (OutRow), for the view and tests.</extracomment>
        <translation>ממתינה</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>נשלחת</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>נשלחה</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>נכשל</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>דולגה</translation>
    </message>
    <message>
        <source>Reps</source>
        <extracomment>(team, dimension, subject, period kind, first day): a cell of any grid
----------
The panels in the order the view shows them: (key, title).</extracomment>
        <translation>נציגים</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>הצוות</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>מוצרים</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>לקוחות</translation>
    </message>
    <message>
        <source>Months of a quarter</source>
        <translation>חודשי רבעון</translation>
    </message>
    <message>
        <source>Quarters of a year</source>
        <translation>רבעוני השנה</translation>
    </message>
    <message>
        <source>The whole year</source>
        <translation>השנה כולה</translation>
    </message>
    <message>
        <source>is its parent company</source>
        <extracomment>What the other company is, as the form offers it.</extracomment>
        <translation>היא חברת האם שלה</translation>
    </message>
    <message>
        <source>is its subsidiary</source>
        <translation>היא חברת הבת שלה</translation>
    </message>
    <message>
        <source>is its supplier</source>
        <translation>הוא הספק שלה</translation>
    </message>
    <message>
        <source>is its customer</source>
        <translation>הוא הלקוח שלה</translation>
    </message>
    <message>
        <source>is its partner</source>
        <translation>הוא השותף שלה</translation>
    </message>
    <message>
        <source>referred it to us</source>
        <translation>הפנתה אותה אלינו</translation>
    </message>
    <message>
        <source>was referred to us by it</source>
        <translation>הופנתה אלינו על ידה</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>The server&apos;s reason for refusing an activity made here (None: it is on the server).</extracomment>
        <translation>שיחה</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>ביקור</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>פגישה</translation>
    </message>
    <message>
        <source>Email</source>
        <extracomment>How long typing pauses (ms) before the preview is rendered again.</extracomment>
        <translation>דוא&quot;ל</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>משימה</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>הושג</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>מעוניין</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>לא מעוניין</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>נקבעה פגישה</translation>
    </message>
    <message>
        <source>Quote requested</source>
        <translation>ביקש הצעת מחיר</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>אין מענה</translation>
    </message>
    <message>
        <source>Left message</source>
        <translation>הושארה הודעה</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>בוצע</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>איחור של יום</numerusform>
            <numerusform>איחור של %n ימים</numerusform>
        </translation>
    </message>
    <message>
        <source>No secure password store (OS keyring) is available on this computer, so crmdesk will ask for your password each time instead of remembering it.</source>
        <extracomment>The secret store&apos;s warning (crmdesk.secrets.NO_KEYRING, outside the translated folders), marked here so the window words it (`word`); tests keep the two the same.</extracomment>
        <translation>אין במחשב הזה מאגר סיסמאות מאובטח (מחזיק המפתחות של המערכת), ולכן crmdesk תבקש את הסיסמה שלכם בכל פעם במקום לזכור אותה.</translation>
    </message>
    <message>
        <source>Returns to the pool today</source>
        <translation>חוזר למאגר היום</translation>
    </message>
    <message numerus="yes">
        <source>Returns to the pool in %n day(s)</source>
        <translation>
            <numerusform>חוזר למאגר מחר</numerusform>
            <numerusform>חוזר למאגר בעוד %n ימים</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewal: {0} ends {1}</source>
        <translation>חידוש: {0} מסתיים ב-{1}</translation>
    </message>
    <message numerus="yes">
        <source>Birthday: {0} ({1}, turns %n)</source>
        <translation>
            <numerusform>יום הולדת: {0} ({1}, גיל %n)</numerusform>
            <numerusform>יום הולדת: {0} ({1}, גיל %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday: {0} ({1})</source>
        <translation>יום הולדת: {0} ({1})</translation>
    </message>
    <message numerus="yes">
        <source>Anniversary: %n year(s) a customer, {0}</source>
        <translation>
            <numerusform>יום שנה: שנה כלקוח, {0}</numerusform>
            <numerusform>יום שנה: %n שנים כלקוח, {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anniversary: {0} (%n year(s) a customer, {1})</source>
        <translation>
            <numerusform>יום שנה: {0} (שנה כלקוח, {1})</numerusform>
            <numerusform>יום שנה: {0} (%n שנים כלקוח, {1})</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>היום</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>מחר</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>אתמול</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>בעוד יום</numerusform>
            <numerusform>בעוד %n ימים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>לפני יום</numerusform>
            <numerusform>לפני %n ימים</numerusform>
        </translation>
    </message>
    <message>
        <source>paid {0} in the last 12 months</source>
        <translation>שילמו {0} ב-12 החודשים האחרונים</translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) so far</source>
        <translation>
            <numerusform>רכישה אחת עד כה</numerusform>
            <numerusform>%n רכישות עד כה</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} in open opportunities</source>
        <translation>{0} בעסקאות פתוחות</translation>
    </message>
    <message>
        <source>{0} employees</source>
        <translation>{0} עובדים</translation>
    </message>
    <message>
        <source>a key person is among the contacts</source>
        <translation>יש איש מפתח בין אנשי הקשר</translation>
    </message>
    <message numerus="yes">
        <source>referred %n company(ies) to us</source>
        <translation>
            <numerusform>הפנה אלינו חברה אחת</numerusform>
            <numerusform>הפנה אלינו %n חברות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in contact within the last %n day(s)</source>
        <translation>
            <numerusform>בקשר ביום האחרון</numerusform>
            <numerusform>בקשר ב-%n הימים האחרונים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no contact for %n day(s)</source>
        <translation>
            <numerusform>אין קשר כבר יום אחד</numerusform>
            <numerusform>אין קשר כבר %n ימים</numerusform>
        </translation>
    </message>
    <message>
        <source>no contact for a long time</source>
        <translation>אין קשר זמן רב</translation>
    </message>
    <message>
        <source>purchases fell by more than half against the year before</source>
        <translation>הרכישות ירדו ביותר ממחצית לעומת השנה הקודמת</translation>
    </message>
    <message>
        <source>The account is already {0}.</source>
        <translation>הלקוח כבר בסטטוס {0}.</translation>
    </message>
    <message>
        <source>Contracted follows only from a contract with a received payment: record {0}.</source>
        <translation>סטטוס „לקוח חתום” נובע רק מחוזה שהתקבל עליו תשלום: רשמו {0}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> וגם </translation>
    </message>
    <message>
        <source>A contracted customer is handed to service, not marked lost.</source>
        <translation>לקוח חתום מועבר לשירות, ולא מסומן כאבוד.</translation>
    </message>
    <message>
        <source>A lost account is reopened as a lead first.</source>
        <translation>לקוח אבוד נפתח מחדש קודם כליד.</translation>
    </message>
    <message>
        <source>A contracted customer does not move back down the path.</source>
        <translation>לקוח חתום אינו חוזר אחורה במסלול.</translation>
    </message>
    <message>
        <source>The record still meets {0}&apos;s condition ({1}); change that first.</source>
        <translation>הרשומה עדיין עומדת בתנאי של {0} ({1}); שנו זאת קודם.</translation>
    </message>
    <message>
        <source>Company name</source>
        <extracomment>Fields a user edits in place on the card, with their labels.</extracomment>
        <translation>שם החברה</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>סוג חברה</translation>
    </message>
    <message>
        <source>Scale (employees)</source>
        <translation>גודל (עובדים)</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>מימון</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>ענף</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>אזור</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>מרכזייה</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <source>“{0}” cannot be edited here.</source>
        <extracomment>The longest value each basic field holds. The account columns are declared with these numbers (crmdesk.store.models), so what the card accepts fits the server&apos;s column.</extracomment>
        <translation>לא ניתן לערוך כאן את „{0}”.</translation>
    </message>
    <message numerus="yes">
        <source>{0} is at most %n character(s); this one has {1}.</source>
        <extracomment>The longest text each imported field may hold (the columns it is stored in).</extracomment>
        <translation>
            <numerusform>{0} מוגבל לתו אחד; כאן יש {1}.</numerusform>
            <numerusform>{0} מוגבל ל-%n תווים; כאן יש {1}.</numerusform>
        </translation>
    </message>
    <message>
        <source>A company needs a name.</source>
        <translation>לחברה נדרש שם.</translation>
    </message>
    <message>
        <source>{0} must be one of: {1}.</source>
        <translation>{0} חייב להיות אחד מאלה: {1}.</translation>
    </message>
    <message>
        <source>“{0}” is not a web address (try www.example.com).</source>
        <translation>„{0}” אינה כתובת אתר (נסו www.example.com).</translation>
    </message>
    <message>
        <source>Give the contact a name, or leave their details empty.</source>
        <translation>תנו לאיש הקשר שם, או השאירו את פרטיו ריקים.</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>חידוש</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>יום הולדת</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>יום שנה</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>נדחה</translation>
    </message>
    <message>
        <source>Care settings belong to a team; choose one.</source>
        <extracomment>Days before the occasion a reminder is due, when the team has set nothing. Days after the occasion a reminder not marked stays (overdue) before it drops off. The most days ahead a team may ask for (half a year). The year a birthday without a known year is stored in (a leap year).</extracomment>
        <translation>הגדרות השימור שייכות לצוות; בחרו צוות.</translation>
    </message>
    <message>
        <source>A care reminder is a renewal, a birthday or an anniversary.</source>
        <translation>תזכורת שימור היא חידוש, יום הולדת או יום שנה.</translation>
    </message>
    <message>
        <source>A reminder is marked done or dismissed.</source>
        <translation>תזכורת מסומנת כבוצעה או כנדחתה.</translation>
    </message>
    <message>
        <source>Days ahead: give a number of days from 0 to {0}.</source>
        <translation>ימים מראש: הזינו מספר ימים בין 0 ל-{0}.</translation>
    </message>
    <message>
        <source>This mark does not name its reminder (its kind, subject and day).</source>
        <translation>הסימון הזה אינו מציין את התזכורת שלו (סוגה, נושאה ויומה).</translation>
    </message>
    <message>
        <source>A birthday is a day of a year from 1900 on, or a month and day alone (YYYY-MM-DD or MM-DD).</source>
        <translation>יום הולדת הוא יום בשנה מ-1900 ואילך, או חודש ויום בלבד (YYYY-MM-DD או MM-DD).</translation>
    </message>
    <message>
        <source>A birthday cannot be after today.</source>
        <translation>יום הולדת לא יכול להיות אחרי היום.</translation>
    </message>
    <message>
        <source>Seats needed</source>
        <translation>מושבים נדרשים</translation>
    </message>
    <message>
        <source>Current system</source>
        <translation>מערכת נוכחית</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>פריסה</translation>
    </message>
    <message>
        <source>Devices in fleet</source>
        <translation>מכשירים בצי</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>אתרים</translation>
    </message>
    <message>
        <source>Refresh cycle</source>
        <translation>מחזור החלפה</translation>
    </message>
    <message>
        <source>Project type</source>
        <translation>סוג פרויקט</translation>
    </message>
    <message>
        <source>Budget band</source>
        <translation>טווח תקציב</translation>
    </message>
    <message>
        <source>Choose a business line before filling its fields.</source>
        <translation>בחרו תחום עסקי לפני מילוי השדות שלו.</translation>
    </message>
    <message>
        <source>Unknown business line “{0}”.</source>
        <translation>תחום עסקי לא מוכר „{0}”.</translation>
    </message>
    <message>
        <source>“{0}” is not a field of the {1} line.</source>
        <translation>„{0}” אינו שדה של התחום {1}.</translation>
    </message>
    <message>
        <source>{0} must be a whole number of at least {1}.</source>
        <translation>{0} חייב להיות מספר שלם של {1} לפחות.</translation>
    </message>
    <message>
        <source>{0} must be text.</source>
        <translation>{0} חייב להיות טקסט.</translation>
    </message>
    <message>
        <source>Qualification</source>
        <extracomment>The open stages in the order a deal goes through them. Every stage, in order (won before lost: the order lists show them in).</extracomment>
        <translation>הכשרה</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation>ניתוח צרכים</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>הצעת מחיר</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>משא ומתן</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>נסגרה בהצלחה</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>אבוד</translation>
    </message>
    <message>
        <source>Pre-sales</source>
        <extracomment>The roles on a deal&apos;s team as people say them, in the order the editor offers them.</extracomment>
        <translation>טרום מכירה</translation>
    </message>
    <message>
        <source>Solution engineer</source>
        <translation>מהנדס פתרונות</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>מנהל</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <source>The amount is known</source>
        <translation>הסכום ידוע</translation>
    </message>
    <message>
        <source>An expected close date is set</source>
        <translation>נקבע תאריך סגירה צפוי</translation>
    </message>
    <message>
        <source>The next step is written down</source>
        <translation>הצעד הבא כתוב</translation>
    </message>
    <message>
        <source>The decision maker is on the decision map</source>
        <translation>מקבל ההחלטות נמצא במפת ההחלטות</translation>
    </message>
    <message>
        <source>The economic buyer is on the decision map</source>
        <translation>בעל התקציב נמצא במפת ההחלטות</translation>
    </message>
    <message>
        <source>A champion is on the decision map</source>
        <translation>יש תומך פנימי במפת ההחלטות</translation>
    </message>
    <message>
        <source>The products are on the deal</source>
        <translation>המוצרים נמצאים בעסקה</translation>
    </message>
    <message>
        <source>A meeting or visit on the deal is logged</source>
        <translation>נרשמה פגישה או ביקור על העסקה</translation>
    </message>
    <message>
        <source>The competitors are known</source>
        <translation>המתחרים ידועים</translation>
    </message>
    <message>
        <source>No one on the decision map opposes the deal</source>
        <translation>אף אחד במפת ההחלטות לא מתנגד לעסקה</translation>
    </message>
    <message>
        <source>Confirm there is a need, a budget range and a timeline; find out who decides and how.</source>
        <extracomment>What a team starts with: sensible steps of a B2B sale (the window words the default &quot;what to do&quot; in its language; a lead&apos;s own as typed).</extracomment>
        <translation>ודאו שיש צורך, טווח תקציב ולוח זמנים; בררו מי מחליט ואיך.</translation>
    </message>
    <message>
        <source>Meet the users and the economic buyer; write down their requirements and how they will judge success; learn who else they are talking to.</source>
        <translation>פגשו את המשתמשים ואת בעל התקציב; רשמו את הדרישות שלהם ואיך ימדדו הצלחה; בררו עם מי עוד הם מדברים.</translation>
    </message>
    <message>
        <source>Send a proposal with the products, prices and an implementation plan; present it to the decision maker with your champion.</source>
        <translation>שלחו הצעה עם המוצרים, המחירים ותוכנית יישום; הציגו אותה למקבל ההחלטות יחד עם התומך הפנימי שלכם.</translation>
    </message>
    <message>
        <source>Agree the terms, the prices and the payment schedule; answer every objection; get the contract signed.</source>
        <translation>סכמו את התנאים, המחירים ולוח התשלומים; ענו על כל התנגדות; החתימו את החוזה.</translation>
    </message>
    <message>
        <source>Record the contract and its payment schedule; hand over to service.</source>
        <translation>רשמו את החוזה ואת לוח התשלומים שלו; העבירו לשירות הלקוחות.</translation>
    </message>
    <message>
        <source>Write down why it was lost.</source>
        <translation>רשמו למה העסקה אבדה.</translation>
    </message>
    <message>
        <source>Stage settings belong to a team; choose one.</source>
        <extracomment>The stuck limit a lead may set, in days. What a team&apos;s stage settings are refused for when they name no team.</extracomment>
        <translation>הגדרות השלבים שייכות לצוות; בחרו צוות.</translation>
    </message>
    <message>
        <source>The probability goes from 0 to 100 %.</source>
        <translation>ההסתברות היא בין 0 ל-100%.</translation>
    </message>
    <message>
        <source>The stuck limit goes from 0 (never stuck) to {0} days.</source>
        <translation>מגבלת התקיעות היא בין 0 (אף פעם לא תקועה) ל-{0} ימים.</translation>
    </message>
    <message>
        <source>Unknown conditions: {0}.</source>
        <translation>תנאים לא מוכרים: {0}.</translation>
    </message>
    <message>
        <source>A deal&apos;s history entry of its {0} holds “{1}”, which is not one.</source>
        <translation>רשומת היסטוריה של העסקה עבור {0} מכילה „{1}”, שאינו ערך כזה.</translation>
    </message>
    <message>
        <source>The amount</source>
        <extracomment>An amount above this many units of any currency is taken for a slip of the keys.</extracomment>
        <translation>הסכום</translation>
    </message>
    <message>
        <source>{0} cannot be negative.</source>
        <translation>{0} לא יכול להיות שלילי.</translation>
    </message>
    <message>
        <source>{0} {1} is beyond belief (more than {2:,} {3}); check the digits.</source>
        <translation>{0} {1} גבוה מכדי להיות אמיתי (יותר מ-{2:,} {3}); בדקו את הספרות.</translation>
    </message>
    <message>
        <source>Say why the deal was lost.</source>
        <extracomment>What a deal marked lost without a reason is refused for.</extracomment>
        <translation>ציינו למה העסקה אבדה.</translation>
    </message>
    <message>
        <source>Only people of the deal&apos;s company can be on its decision map.</source>
        <extracomment>What a decision map naming someone of another company is refused for.</extracomment>
        <translation>רק אנשי החברה של העסקה יכולים להופיע במפת ההחלטות שלה.</translation>
    </message>
    <message>
        <source>That deal is another company&apos;s.</source>
        <extracomment>What a contract from another company&apos;s deal, or from a deal not won, is refused for.</extracomment>
        <translation>העסקה הזאת שייכת לחברה אחרת.</translation>
    </message>
    <message>
        <source>Only a won deal becomes a contract; mark the deal won first.</source>
        <translation>רק עסקה שנסגרה בהצלחה הופכת לחוזה; סמנו קודם את העסקה כזכייה.</translation>
    </message>
    <message>
        <source>Each instalment is more than zero.</source>
        <extracomment>What an instalment of nothing (or less) is refused for.</extracomment>
        <translation>כל פעימת תשלום גדולה מאפס.</translation>
    </message>
    <message>
        <source>The probability goes from 0 to 100 %, not {0}.</source>
        <translation>ההסתברות היא בין 0 ל-100%, לא {0}.</translation>
    </message>
    <message>
        <source>A deal needs a name.</source>
        <translation>לעסקה נדרש שם.</translation>
    </message>
    <message numerus="yes">
        <source>A deal&apos;s name is at most %n character(s).</source>
        <translation>
            <numerusform>שם עסקה מוגבל לתו אחד.</numerusform>
            <numerusform>שם עסקה מוגבל ל-%n תווים.</numerusform>
        </translation>
    </message>
    <message>
        <source>The expected close ({0}) is before the deal was created ({1}).</source>
        <translation>הסגירה הצפויה ({0}) מוקדמת מיצירת העסקה ({1}).</translation>
    </message>
    <message>
        <source>The next step</source>
        <translation>הצעד הבא</translation>
    </message>
    <message>
        <source>The loss reason</source>
        <translation>סיבת האובדן</translation>
    </message>
    <message numerus="yes">
        <source>{0} is at most %n character(s).</source>
        <translation>
            <numerusform>{0} מוגבל לתו אחד.</numerusform>
            <numerusform>{0} מוגבל ל-%n תווים.</numerusform>
        </translation>
    </message>
    <message>
        <source>A competitor needs a name.</source>
        <translation>למתחרה נדרש שם.</translation>
    </message>
    <message>
        <source>Each product goes on a deal once; change its quantity instead.</source>
        <translation>כל מוצר מופיע בעסקה פעם אחת; שנו את הכמות במקום זאת.</translation>
    </message>
    <message>
        <source>A product line&apos;s quantity is at least 1.</source>
        <translation>הכמות בשורת מוצר היא 1 לפחות.</translation>
    </message>
    <message>
        <source>A unit price</source>
        <translation>מחיר ליחידה</translation>
    </message>
    <message>
        <source>The lines&apos; total</source>
        <translation>סך השורות</translation>
    </message>
    <message>
        <source>A contract needs a number.</source>
        <translation>לחוזה נדרש מספר.</translation>
    </message>
    <message>
        <source>The contract amount must be more than zero.</source>
        <translation>סכום החוזה חייב להיות גדול מאפס.</translation>
    </message>
    <message>
        <source>The contract amount</source>
        <translation>סכום החוזה</translation>
    </message>
    <message numerus="yes">
        <source>The term goes from 1 to %n month(s).</source>
        <translation>
            <numerusform>התקופה היא בין 1 לחודש אחד.</numerusform>
            <numerusform>התקופה היא בין 1 ל-%n חודשים.</numerusform>
        </translation>
    </message>
    <message>
        <source>The contract ends ({0}) before it was signed ({1}).</source>
        <translation>החוזה מסתיים ({0}) לפני שנחתם ({1}).</translation>
    </message>
    <message>
        <source>The instalments add up to {0}, not the contract&apos;s {1}.</source>
        <translation>פעימות התשלום מסתכמות ב-{0}, לא בסכום החוזה {1}.</translation>
    </message>
    <message>
        <source>An instalment of {0} is more than the contract&apos;s {1}.</source>
        <translation>פעימת תשלום של {0} גדולה מסכום החוזה {1}.</translation>
    </message>
    <message>
        <source>That instalment is not on this contract.</source>
        <extracomment>What a payment naming an instalment of another contract (or of none) is refused for.</extracomment>
        <translation>פעימת התשלום הזאת אינה בחוזה הזה.</translation>
    </message>
    <message>
        <source>The contract is in {0}; record the payment in {0}.</source>
        <translation>החוזה ב-{0}; רשמו את התשלום ב-{0}.</translation>
    </message>
    <message>
        <source>A payment is more than zero.</source>
        <translation>תשלום גדול מאפס.</translation>
    </message>
    <message>
        <source>The payment</source>
        <translation>התשלום</translation>
    </message>
    <message>
        <source>The payment {0} is more than that whole instalment ({1}).</source>
        <translation>התשלום {0} גדול מכל פעימת התשלום ({1}).</translation>
    </message>
    <message>
        <source>The payment {0} is more than the whole contract ({1}).</source>
        <translation>התשלום {0} גדול מהחוזה כולו ({1}).</translation>
    </message>
    <message>
        <source>The payment {0} is more than is still due on the contract ({1}).</source>
        <translation>התשלום {0} גדול ממה שעוד נותר לתשלום על החוזה ({1}).</translation>
    </message>
    <message>
        <source>The payment {0} is more than is still due on that instalment ({1}).</source>
        <translation>התשלום {0} גדול ממה שעוד נותר לתשלום בפעימה הזאת ({1}).</translation>
    </message>
    <message>
        <source>Commit</source>
        <extracomment>In the order a forecast lists them, most certain first.</extracomment>
        <translation>מחויב</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>התרחיש הטוב</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>צנרת מכירות</translation>
    </message>
    <message>
        <source>Past due</source>
        <extracomment>The stages that are commit whether marked or not, and those that are best case unless marked committed (proposal &quot;and up&quot;: negotiation is already commit). How many months ahead the forecast looks: the month holding today and the next two.</extracomment>
        <translation>באיחור</translation>
    </message>
    <message>
        <source>✓ supports</source>
        <translation>✓ תומך</translation>
    </message>
    <message>
        <source>○ neutral</source>
        <translation>○ ניטרלי</translation>
    </message>
    <message>
        <source>✗ opposes</source>
        <translation>✗ מתנגד</translation>
    </message>
    <message>
        <source>Group · {0} companies</source>
        <extracomment>The title above a group of companies&apos; boxes; {0} is how many companies.</extracomment>
        <translation>קבוצה · {0} חברות</translation>
    </message>
    <message>
        <source>In no reporting line with the others</source>
        <translation>מחוץ לשרשרת הדיווח של האחרים</translation>
    </message>
    <message>
        <source>Give the company&apos;s name.</source>
        <extracomment>The first words of the activity an enquiry leaves on its account: the laptop tells a lead that came from the website by it. The fields a website form sends (the first five are the enquiry, the rest optional). The longest message kept (a form&apos;s text area; a novel is cut short, not refused). A contact&apos;s name and email hold this much (crmdesk.store.models.Contact).</extracomment>
        <translation>ציינו את שם החברה.</translation>
    </message>
    <message>
        <source>Give the name of the person to contact.</source>
        <translation>ציינו את שם האדם ליצירת קשר.</translation>
    </message>
    <message>
        <source>Give a phone number or an email address, so we can answer.</source>
        <translation>ציינו מספר טלפון או כתובת דוא״ל, כדי שנוכל לענות.</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(ללא הודעה)</translation>
    </message>
    <message>
        <source>Web enquiry via {0} from {1} ({2}):
{3}</source>
        <translation>פנייה מהאתר דרך {0} מאת {1} ({2}):
{3}</translation>
    </message>
    <message>
        <source>Web enquiry via {0} from {1}:
{2}</source>
        <translation>פנייה מהאתר דרך {0} מאת {1}:
{2}</translation>
    </message>
    <message>
        <source>Every lead (round robin)</source>
        <translation>כל ליד (לפי תור)</translation>
    </message>
    <message>
        <source>Region is</source>
        <translation>האזור הוא</translation>
    </message>
    <message>
        <source>Industry is</source>
        <translation>הענף הוא</translation>
    </message>
    <message>
        <source>An assignment setting belongs to a team.</source>
        <translation>הגדרת הקצאה שייכת לצוות.</translation>
    </message>
    <message>
        <source>A region or industry rule needs the region or industry it matches.</source>
        <translation>כלל אזור או ענף צריך את האזור או הענף שהוא מתאים.</translation>
    </message>
    <message>
        <source>A region or industry rule needs at least one rep.</source>
        <translation>כלל אזור או ענף צריך לפחות נציג אחד.</translation>
    </message>
    <message>
        <source>The cap on open leads is between 1 and {0}.</source>
        <translation>התקרה ללידים פתוחים היא בין 1 ל-{0}.</translation>
    </message>
    <message>
        <source>An away setting names the rep and the last day they are away.</source>
        <translation>הגדרת היעדרות מציינת את הנציג ואת היום האחרון של היעדרותו.</translation>
    </message>
    <message>
        <source>A rule names someone who is not a user.</source>
        <translation>כלל מציין מישהו שאינו משתמש.</translation>
    </message>
    <message>
        <source>A rep marks only themselves away and back; the team lead sets the rest of the web enquiry assignment (or an administrator).</source>
        <extracomment>The answer to a rep writing any assignment setting but their own away day.</extracomment>
        <translation>נציג מסמן רק את עצמו כנעדר וכחוזר; את שאר הקצאת הפניות מהאתר קובע ראש הצוות (או מנהל מערכת).</translation>
    </message>
    <message>
        <source>“{0}” is not a kind of assignment setting.</source>
        <translation>„{0}” אינו סוג של הגדרת הקצאה.</translation>
    </message>
    <message>
        <source>A rule&apos;s place in the order is a number from 0.</source>
        <translation>מקומו של כלל בסדר הוא מספר מ-0 ומעלה.</translation>
    </message>
    <message numerus="yes">
        <source>A rule&apos;s region or industry is at most %n character(s).</source>
        <translation>
            <numerusform>האזור או הענף של כלל מוגבלים לתו אחד.</numerusform>
            <numerusform>האזור או הענף של כלל מוגבלים ל-%n תווים.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>איש קשר</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>נייד</translation>
    </message>
    <message>
        <source>No company-name column: choose the column that holds the company, or name it “Company” (公司名称, שם החברה). Columns found: {0}</source>
        <extracomment>Accepted header names for each field (compared case- and space-insensitively). company_words(name), derived once when the row is read (matching and the stored name key both need it; None: derived where asked) Which column each field is read from: field -&gt; the column&apos;s header as in the file.</extracomment>
        <translation>אין עמודת שם חברה: בחרו את העמודה שבה מופיעה החברה, או קראו לה „שם החברה” (Company, 公司名称). העמודות שנמצאו: {0}</translation>
    </message>
    <message>
        <source>“{0}” is not a field a lead has; fields: {1}.</source>
        <translation>„{0}” אינו שדה של ליד; השדות: {1}.</translation>
    </message>
    <message>
        <source>No column “{0}” in the file. Columns found: {1}</source>
        <translation>אין בקובץ עמודה „{0}”. העמודות שנמצאו: {1}</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <extracomment>The encodings a lead file may come in besides UTF-8: the code pages spreadsheet programs save &quot;CSV&quot; in on Windows (one per system language), GB18030 (Chinese Excel), Big5, Shift-JIS and the Korean code page, each with the name a user knows it by.</extracomment>
        <translation>Windows-1252 (מערב אירופית)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (מרכז אירופית)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (קירילית)</translation>
    </message>
    <message>
        <source>Windows-1253 (Greek)</source>
        <translation>Windows-1253 (יוונית)</translation>
    </message>
    <message>
        <source>Windows-1254 (Turkish)</source>
        <translation>Windows-1254 (טורקית)</translation>
    </message>
    <message>
        <source>Windows-1255 (Hebrew)</source>
        <translation>Windows-1255 (עברית)</translation>
    </message>
    <message>
        <source>Windows-1256 (Arabic)</source>
        <translation>Windows-1256 (ערבית)</translation>
    </message>
    <message>
        <source>Windows-1257 (Baltic)</source>
        <translation>Windows-1257 (בלטית)</translation>
    </message>
    <message>
        <source>Windows-1258 (Vietnamese)</source>
        <translation>Windows-1258 (וייטנאמית)</translation>
    </message>
    <message>
        <source>Windows-874 (Thai)</source>
        <translation>Windows-874 (תאית)</translation>
    </message>
    <message>
        <source>GB18030 (Simplified Chinese)</source>
        <translation>GB18030 (סינית מפושטת)</translation>
    </message>
    <message>
        <source>Big5 (Traditional Chinese)</source>
        <translation>Big5 (סינית מסורתית)</translation>
    </message>
    <message>
        <source>Shift-JIS (Japanese)</source>
        <translation>Shift-JIS (יפנית)</translation>
    </message>
    <message>
        <source>Windows-949 (Korean)</source>
        <translation>Windows-949 (קוריאנית)</translation>
    </message>
    <message>
        <source>Save it as “CSV UTF-8” (or say which encoding it is in) and import it again.</source>
        <extracomment>How much less orderly than the best reading another may look and still count as a way to read the file (charset-normalizer&apos;s &quot;chaos&quot;, from 0 to 1).</extracomment>
        <translation>שמרו אותו כ-„CSV UTF-8” (או ציינו באיזה קידוד הוא) וייבאו אותו שוב.</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Between two encodings a file may be in (&quot;as cp1252 or cp1250: …&quot;).</extracomment>
        <translation> או </translation>
    </message>
    <message>
        <source>“{0}” is not an encoding this app knows.</source>
        <translation>„{0}” אינו קידוד שהיישום מכיר.</translation>
    </message>
    <message>
        <source>The file is not {0} text (byte {1:,}).</source>
        <translation>הקובץ אינו טקסט {0} (בית {1:,}).</translation>
    </message>
    <message>
        <source>The file says it is {0} text but is not (byte {1:,}).</source>
        <translation>הקובץ מציין שהוא טקסט {0}, אך אינו כזה (בית {1:,}).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text, and its encoding cannot be told.</source>
        <translation>הקובץ אינו טקסט UTF-8, ואי אפשר לזהות את הקידוד שלו.</translation>
    </message>
    <message>
        <source>as {0}: {1}</source>
        <translation>כ-{0}: {1}</translation>
    </message>
    <message>
        <source>The file is not UTF-8, and it reads differently in several encodings; {0}.</source>
        <translation>הקובץ אינו UTF-8, והוא נקרא אחרת בכמה קידודים; {0}.</translation>
    </message>
    <message>
        <source>has a cell longer than {0} KiB; shorten it (or check for a quote that is never closed)</source>
        <translation>יש בה תא ארוך מ-{0} KiB; קצרו אותו (או בדקו אם יש מירכאה שלא נסגרה)</translation>
    </message>
    <message>
        <source>has no END:VCARD before the next card begins</source>
        <extracomment>RFC 5322 lines: a vCard line is folded to at most this many octets. Two-character Chinese surnames (复姓): the rest of the name is the given name. TYPE values that mark a mobile number. in the year NO_YEAR when the card gives only month and day (None: not given)</extracomment>
        <translation>חסר END:VCARD לפני תחילת הכרטיס הבא</translation>
    </message>
    <message>
        <source>has no END:VCARD (the file ends inside it)</source>
        <translation>חסר END:VCARD (הקובץ מסתיים באמצע הכרטיס)</translation>
    </message>
    <message>
        <source>has no name (FN or N)</source>
        <translation>אין שם (FN או N)</translation>
    </message>
    <message>
        <source>phone {0}</source>
        <translation>טלפון {0}</translation>
    </message>
    <message>
        <source>email {0}</source>
        <translation>דוא״ל {0}</translation>
    </message>
    <message>
        <source>more phones or emails than a contact keeps: {0} (kept in the notes)</source>
        <translation>יותר טלפונים או כתובות דוא״ל ממה שאיש קשר שומר: {0} (נשמרו בהערות)</translation>
    </message>
    <message>
        <source>a birthday that is not a day: “{0}” (kept in the notes)</source>
        <translation>יום הולדת שאינו תאריך: „{0}” (נשמר בהערות)</translation>
    </message>
    <message>
        <source>cannot be read ({0})</source>
        <translation>אי אפשר לקרוא אותה ({0})</translation>
    </message>
    <message>
        <source>the card was exported from this contact (its UID)</source>
        <translation>הכרטיס יוצא מאיש קשר זה (אותו UID)</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>אותו שם</translation>
    </message>
    <message>
        <source>same phone {0}</source>
        <translation>אותו טלפון: {0}</translation>
    </message>
    <message>
        <source>same email {0}</source>
        <translation>אותו דוא״ל: {0}</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>הקובץ ריק.</translation>
    </message>
    <message>
        <source>The header line cannot be read: {0}.</source>
        <translation>אי אפשר לקרוא את שורת הכותרות: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>has %n field(s) where the header has {0}; check for a stray comma or quote</source>
        <translation>
            <numerusform>יש בה שדה אחד, ובשורת הכותרות יש {0}; בדקו אם יש פסיק או מירכאה מיותרים</numerusform>
            <numerusform>יש בה %n שדות, ובשורת הכותרות יש {0}; בדקו אם יש פסיק או מירכאה מיותרים</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: control characters or line breaks were taken out.</source>
        <translation>{0}: הוסרו תווי בקרה או מעברי שורה.</translation>
    </message>
    <message>
        <source>has no company name</source>
        <translation>אין בה שם חברה</translation>
    </message>
    <message>
        <source>contact details without a contact name: filed under the company</source>
        <translation>פרטי קשר בלי שם איש קשר: נרשמו תחת שם החברה</translation>
    </message>
    <message>
        <source>already known as “{0}”: {1}</source>
        <translation>כבר קיים בשם „{0}”: {1}</translation>
    </message>
    <message>
        <source>repeats line {0} “{1}”: {2}</source>
        <translation>חוזרת על שורה {0} „{1}”: {2}</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>The forward path shown on the card; Lost sits outside it.</extracomment>
        <translation>ליד</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>פוטנציאלי</translation>
    </message>
    <message>
        <source>Intended</source>
        <translation>מתעניין</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>לקוח חתום</translation>
    </message>
    <message>
        <source>A company we know of but have not yet spoken with in both directions.</source>
        <translation>חברה שאנחנו מכירים אך עוד לא שוחחנו איתה בשני הכיוונים.</translation>
    </message>
    <message>
        <source>We can reach a person there and have had a two-way conversation about their needs.</source>
        <translation>אפשר להשיג שם מישהו והייתה איתו שיחה דו-כיוונית על הצרכים שלהם.</translation>
    </message>
    <message>
        <source>They want to buy: an open opportunity has an amount and an expected close date.</source>
        <translation>הם רוצים לקנות: לעסקה פתוחה יש סכום ותאריך סגירה צפוי.</translation>
    </message>
    <message>
        <source>A contract is signed and at least one payment on it has been received.</source>
        <translation>נחתם חוזה והתקבל עליו לפחות תשלום אחד.</translation>
    </message>
    <message>
        <source>We stopped pursuing this account; the reason is recorded.</source>
        <translation>הפסקנו לטפל בלקוח הזה; הסיבה נרשמה.</translation>
    </message>
    <message>
        <source>a contact with a valid phone number or email</source>
        <extracomment>Each need in plain words (the command line prints them; the window translates them).</extracomment>
        <translation>איש קשר עם מספר טלפון או דוא&quot;ל תקינים</translation>
    </message>
    <message>
        <source>a logged two-way conversation (a call, visit or meeting that reached them)</source>
        <translation>שיחה דו-כיוונית רשומה (שיחה, ביקור או פגישה שבה הושגו)</translation>
    </message>
    <message>
        <source>an open opportunity with an amount and an expected close date</source>
        <translation>עסקה פתוחה עם סכום ותאריך סגירה צפוי</translation>
    </message>
    <message>
        <source>a signed contract</source>
        <translation>חוזה חתום</translation>
    </message>
    <message>
        <source>a received payment on the contract</source>
        <translation>תשלום שהתקבל על החוזה</translation>
    </message>
    <message>
        <source>Lost accounts can be reopened as a lead.</source>
        <extracomment>Each next step in plain words: {0} the next status, {1} what it lacks (&quot;; &quot; between).</extracomment>
        <translation>לקוחות אבודים אפשר לפתוח מחדש כליד.</translation>
    </message>
    <message>
        <source>This account has reached the end of the sales path.</source>
        <translation>הלקוח הזה הגיע לסוף מסלול המכירה.</translation>
    </message>
    <message>
        <source>Ready to move to {0}.</source>
        <translation>מוכן לעבור ל{0}.</translation>
    </message>
    <message>
        <source>{0} needs: {1}.</source>
        <translation>ל{0} חסר: {1}.</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Between two needs in a list of them.
----------
Between two onboarding steps in a list of them.</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <source>Earned</source>
        <extracomment>What people call each kind of entry.</extracomment>
        <translation>נצברו</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>מומש</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>הותאם</translation>
    </message>
    <message>
        <source>This customer has no member card; issue one first.</source>
        <extracomment>The most points one entry moves (and a rule gives per amount): beyond is a typo.</extracomment>
        <translation>ללקוח הזה אין כרטיס חבר; הנפיקו כרטיס קודם.</translation>
    </message>
    <message>
        <source>A member card needs a number.</source>
        <translation>לכרטיס חבר נדרש מספר.</translation>
    </message>
    <message>
        <source>This customer already has member card {0}.</source>
        <translation>ללקוח הזה כבר יש כרטיס חבר {0}.</translation>
    </message>
    <message>
        <source>Card number {0} is already {1}&apos;s.</source>
        <translation>מספר הכרטיס {0} כבר שייך ל-{1}.</translation>
    </message>
    <message>
        <source>The card holder is a contact of this company.</source>
        <translation>מחזיק הכרטיס הוא איש קשר של החברה הזאת.</translation>
    </message>
    <message>
        <source>An entry moves some points: enter a number other than zero.</source>
        <translation>רשומה מזיזה נקודות: הזינו מספר שונה מאפס.</translation>
    </message>
    <message>
        <source>Say why: {0} needs a reason.</source>
        <translation>ציינו למה: {0} דורש סיבה.</translation>
    </message>
    <message>
        <source>An entry says who made it.</source>
        <translation>רשומה מציינת מי יצר אותה.</translation>
    </message>
    <message>
        <source>Points earned or reversed name the payment they come from.</source>
        <translation>נקודות שנצברו או בוטלו מציינות את התשלום שממנו באו.</translation>
    </message>
    <message>
        <source>Points earned are more than zero.</source>
        <translation>נקודות שנצברו גדולות מאפס.</translation>
    </message>
    <message>
        <source>Points redeemed or reversed are taken away (less than zero).</source>
        <translation>נקודות שמומשו או בוטלו נלקחות (פחות מאפס).</translation>
    </message>
    <message>
        <source>An entry moves at most {0:,} points.</source>
        <translation>רשומה מזיזה לכל היותר {0:,} נקודות.</translation>
    </message>
    <message>
        <source>An entry is earned, reversed, redeemed or adjusted.</source>
        <translation>רשומה היא צבירה, ביטול, מימוש או תיקון.</translation>
    </message>
    <message>
        <source>The membership rule belongs to a team; choose one.</source>
        <translation>כלל החברות שייך לצוות; בחרו צוות.</translation>
    </message>
    <message>
        <source>Nothing to earn: {0}</source>
        <translation>אין מה לצבור: {0}</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>The levels a team starts with: every member is a Member, then by points collected. (The window shows these names in its language: a team&apos;s own names are shown as typed.)</extracomment>
        <translation>חבר</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>כסף</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>זהב</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>פלטינום</translation>
    </message>
    <message>
        <source>the team&apos;s rule counts payments in {0}, and this one is in {1}.</source>
        <translation>כלל הצוות סופר תשלומים ב-{0}, והתשלום הזה ב-{1}.</translation>
    </message>
    <message>
        <source>the payment is less than the rule&apos;s amount for a point.</source>
        <translation>התשלום קטן מהסכום שהכלל דורש לנקודה.</translation>
    </message>
    <message>
        <source>a redemption</source>
        <translation>מימוש</translation>
    </message>
    <message>
        <source>an adjustment</source>
        <translation>תיקון</translation>
    </message>
    <message numerus="yes">
        <source>A reason is at most %n character(s).</source>
        <translation>
            <numerusform>סיבה מוגבלת לתו אחד.</numerusform>
            <numerusform>סיבה מוגבלת ל-%n תווים.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only {0:,} point(s) to redeem; {1:,} asked.</source>
        <translation>
            <numerusform>יש רק נקודה אחת למימוש; התבקשו {1:,}.</numerusform>
            <numerusform>יש רק {0:,} נקודות למימוש; התבקשו {1:,}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A card number is at most %n character(s).</source>
        <translation>
            <numerusform>מספר כרטיס מוגבל לתו אחד.</numerusform>
            <numerusform>מספר כרטיס מוגבל ל-%n תווים.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{0}” is not NAME=POINTS (such as Gold=5000).</source>
        <translation>„{0}” אינו שם=נקודות (כמו Gold=5000).</translation>
    </message>
    <message>
        <source>“{0}” is not a whole number of points.</source>
        <translation>„{0}” אינו מספר שלם של נקודות.</translation>
    </message>
    <message>
        <source>A rule gives between 1 and 10,000 points per amount.</source>
        <translation>כלל נותן בין 1 ל-10,000 נקודות לכל סכום.</translation>
    </message>
    <message>
        <source>A rule&apos;s amount for its points is more than zero.</source>
        <translation>הסכום שהכלל דורש לנקודותיו גדול מאפס.</translation>
    </message>
    <message>
        <source>Choose the currency the rule counts.</source>
        <translation>בחרו את המטבע שהכלל סופר.</translation>
    </message>
    <message>
        <source>A rule&apos;s amount for its points is beyond belief.</source>
        <translation>הסכום שהכלל דורש לנקודותיו גבוה מכדי להיות אמיתי.</translation>
    </message>
    <message>
        <source>Levels are a list of names with the points they start at.</source>
        <translation>רמות הן רשימת שמות עם הנקודות שמהן הן מתחילות.</translation>
    </message>
    <message>
        <source>Name the SMS template (at most 120 characters), or none.</source>
        <translation>ציינו את שם תבנית ה-SMS (עד 120 תווים), או אף אחת.</translation>
    </message>
    <message>
        <source>Every level has a name.</source>
        <translation>לכל רמה יש שם.</translation>
    </message>
    <message numerus="yes">
        <source>A level&apos;s name is at most %n character(s).</source>
        <translation>
            <numerusform>שם רמה מוגבל לתו אחד.</numerusform>
            <numerusform>שם רמה מוגבל ל-%n תווים.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two levels have the same name.</source>
        <translation>לשתי רמות יש אותו שם.</translation>
    </message>
    <message>
        <source>A level starts at zero points or more.</source>
        <translation>רמה מתחילה באפס נקודות או יותר.</translation>
    </message>
    <message>
        <source>Two levels start at the same points.</source>
        <translation>שתי רמות מתחילות באותן נקודות.</translation>
    </message>
    <message>
        <source>Business line</source>
        <extracomment>Basic fields the user chooses between when the two records differ, with their labels.</extracomment>
        <translation>תחום עסקי</translation>
    </message>
    <message>
        <source>Choose two different accounts to merge.</source>
        <extracomment>Matching keys stored beside a field; they go wherever the field&apos;s value goes. When this laptop made the record, if that is still known (it has not been sent yet); None: it was already on the server, which makes it the older one.</extracomment>
        <translation>בחרו שני לקוחות שונים למיזוג.</translation>
    </message>
    <message>
        <source>“{0}” is not a field that can be chosen when merging.</source>
        <translation>„{0}” אינו שדה שאפשר לבחור במיזוג.</translation>
    </message>
    <message>
        <source>The value of {0} must come from one of the two accounts.</source>
        <translation>הערך של {0} חייב לבוא מאחד משני הלקוחות.</translation>
    </message>
    <message>
        <source>Contact&apos;s name</source>
        <extracomment>The merge fields, as written between the braces, with what people call them.</extracomment>
        <translation>שם איש הקשר</translation>
    </message>
    <message>
        <source>Contact&apos;s job title</source>
        <translation>תפקיד איש הקשר</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>בעלי הלקוח</translation>
    </message>
    <message>
        <source>Amount of the company&apos;s largest open deal</source>
        <translation>סכום העסקה הפתוחה הגדולה של החברה</translation>
    </message>
    <message>
        <source>End date of the company&apos;s latest contract</source>
        <translation>תאריך הסיום של החוזה האחרון של החברה</translation>
    </message>
    <message>
        <source>Member card number</source>
        <translation>מספר כרטיס מועדון</translation>
    </message>
    <message>
        <source>Member&apos;s points balance</source>
        <translation>יתרת הנקודות של החבר</translation>
    </message>
    <message>
        <source>Member&apos;s level</source>
        <translation>רמת החבר</translation>
    </message>
    <message>
        <source>Points just earned or spent (in the points SMS)</source>
        <translation>נקודות שנצברו או נוצלו זה עתה (ב-SMS הנקודות)</translation>
    </message>
    <message>
        <source>interrupted; it may have gone — check before sending again</source>
        <extracomment>Why a message left in &quot;sending&quot; by a crash or a kill is not sent again by itself, and why one is skipped: marked sentences of no figures, so the outbox keeps their words.</extracomment>
        <translation>נקטעה; ייתכן שיצאה — בדקו לפני שליחה חוזרת</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>בחר/ה לא לקבל הודעות</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>אין כתובת דוא&quot;ל</translation>
    </message>
    <message>
        <source>no mobile number</source>
        <translation>אין מספר נייד</translation>
    </message>
    <message>
        <source>A template belongs to a team; choose one.</source>
        <translation>תבנית שייכת לצוות; בחרו צוות.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>תנו לתבנית שם.</translation>
    </message>
    <message>
        <source>Write the message&apos;s text.</source>
        <translation>כתבו את טקסט ההודעה.</translation>
    </message>
    <message>
        <source>An email template needs a subject.</source>
        <translation>לתבנית דוא״ל נדרש נושא.</translation>
    </message>
    <message>
        <source>An SMS has no subject; leave it empty.</source>
        <translation>ל-SMS אין נושא; השאירו אותו ריק.</translation>
    </message>
    <message>
        <source>A template is an email or an SMS template.</source>
        <translation>תבנית היא תבנית דוא״ל או תבנית SMS.</translation>
    </message>
    <message>
        <source>Unknown merge field “{0}”; known: {1}.</source>
        <translation>שדה מיזוג לא מוכר „{0}”; המוכרים: {1}.</translation>
    </message>
    <message>
        <source>A merge field opens with “{{” and is never closed with “}}”.</source>
        <translation>שדה מיזוג נפתח ב-„{{” ולא נסגר ב-„}}”.</translation>
    </message>
    <message numerus="yes">
        <source>A template&apos;s name is at most %n character(s).</source>
        <translation>
            <numerusform>שם תבנית מוגבל לתו אחד.</numerusform>
            <numerusform>שם תבנית מוגבל ל-%n תווים.</numerusform>
        </translation>
    </message>
    <message>
        <source>A message is at most {0:,} characters.</source>
        <translation>הודעה מוגבלת ל-{0:,} תווים.</translation>
    </message>
    <message>
        <source>The SMS gateway&apos;s request body is a JSON template whose strings may hold {to} and {text}, such as {&quot;to&quot;: &quot;{to}&quot;, &quot;message&quot;: &quot;{text}&quot;}.</source>
        <extracomment>A template&apos;s text parsed once: literal text, and (field, fallback) for each field.</extracomment>
        <translation>גוף הבקשה של שער ה-SMS הוא תבנית JSON שהמחרוזות שלה יכולות להכיל {to} ו-{text}, כמו {&quot;to&quot;: &quot;{to}&quot;, &quot;message&quot;: &quot;{text}&quot;}.</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>The movements in the order the review lists them.</extracomment>
        <translation>חדשה</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>התקדמה</translation>
    </message>
    <message>
        <source>Moved back</source>
        <translation>חזרה לאחור</translation>
    </message>
    <message>
        <source>Amount up</source>
        <translation>הסכום עלה</translation>
    </message>
    <message>
        <source>Amount down</source>
        <translation>הסכום ירד</translation>
    </message>
    <message>
        <source>Close date pushed</source>
        <translation>תאריך הסגירה נדחה</translation>
    </message>
    <message>
        <source>Stuck: close date passed</source>
        <translation>תקועה: תאריך הסגירה עבר</translation>
    </message>
    <message numerus="yes">
        <source>Stuck: %n day(s) in stage (limit {0})</source>
        <translation>
            <numerusform>תקועה: יום אחד בשלב (מגבלה {0})</numerusform>
            <numerusform>תקועה: %n ימים בשלב (מגבלה {0})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slipping: pushed {0}× by %n day(s)</source>
        <translation>
            <numerusform>נדחית: נדחתה {0}× ביום אחד</numerusform>
            <numerusform>נדחית: נדחתה {0}× ב־%n ימים</numerusform>
        </translation>
    </message>
    <message>
        <source>Back after days without two-way contact</source>
        <extracomment>The statuses that return to the pool (and that a rep&apos;s held &quot;open leads&quot; count). The most days any rule counts (ten years): a larger figure is a typo. The most claims a day or open leads a rule may name. A team with no rules of its own: claims limited, but nothing returns to the pool. What the rules dialog and `crmdesk-server pool rules --suggested` offer a lead turning returns on: a month without two-way contact, a quarter without a deal. The rules&apos; fields as people say them (the dialog, the CLI and refusals).</extracomment>
        <translation>חוזר אחרי ימים ללא שיחה דו-כיוונית</translation>
    </message>
    <message>
        <source>Back after days without a deal</source>
        <translation>חוזר אחרי ימים ללא עסקה</translation>
    </message>
    <message>
        <source>Claims a day per rep</source>
        <translation>לקיחות ביום לכל נציג</translation>
    </message>
    <message>
        <source>Open leads a rep may hold</source>
        <translation>לידים פתוחים שנציג יכול להחזיק</translation>
    </message>
    <message>
        <source>Days before the previous owner may claim it back</source>
        <translation>ימים עד שהבעלים הקודם יכול לקחת אותו בחזרה</translation>
    </message>
    <message>
        <source>Warn this many days ahead</source>
        <translation>להזהיר כמה ימים מראש</translation>
    </message>
    <message>
        <source>Pool rules belong to a team; choose one.</source>
        <translation>כללי המאגר שייכים לצוות; בחרו צוות.</translation>
    </message>
    <message>
        <source>{0}: give a number of days from 0 to {1}.</source>
        <translation>{0}: הזינו מספר ימים בין 0 ל-{1}.</translation>
    </message>
    <message>
        <source>{0}: give a number from 0 (no limit) to {1}.</source>
        <translation>{0}: הזינו מספר בין 0 (ללא הגבלה) ל-{1}.</translation>
    </message>
    <message numerus="yes">
        <source>no two-way contact for %n day(s) (since {0})</source>
        <translation>
            <numerusform>אין קשר דו־כיווני יום אחד (מאז {0})</numerusform>
            <numerusform>אין קשר דו־כיווני %n ימים (מאז {0})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no deal for %n day(s) (since {0})</source>
        <translation>
            <numerusform>אין עסקה יום אחד (מאז {0})</numerusform>
            <numerusform>אין עסקה %n ימים (מאז {0})</numerusform>
        </translation>
    </message>
    <message>
        <source>its owner</source>
        <extracomment>Who an account&apos;s owner was when the server knows no name for them.</extracomment>
        <translation>הבעלים</translation>
    </message>
    <message>
        <source>Returned to the team pool from {0}: {1}.</source>
        <translation>הוחזר למאגר הצוות מ{0}: {1}.</translation>
    </message>
    <message>
        <source>Returned to the team pool: {0}.</source>
        <translation>הוחזר למאגר הצוות: {0}.</translation>
    </message>
    <message>
        <source>Released to the team pool by {0}.</source>
        <translation>שוחרר למאגר הצוות על ידי {0}.</translation>
    </message>
    <message>
        <source>Given to the team pool from {0} by {1}.</source>
        <translation>הועבר למאגר הצוות מ{0} על ידי {1}.</translation>
    </message>
    <message>
        <source>Given to the team pool by {0}.</source>
        <translation>הועבר למאגר הצוות על ידי {0}.</translation>
    </message>
    <message>
        <source>Back with {0}: a conversation on {1}, logged before the deadline ({2}), keeps the lead; the return to the pool is undone.</source>
        <translation>חזר אל {0}: שיחה ב־{1}, שנרשמה לפני המועד האחרון ({2}), שומרת את הליד; ההחזרה למאגר בוטלה.</translation>
    </message>
    <message numerus="yes">
        <source>You have claimed %n account(s) on {0}, your team&apos;s limit for a day; claim more tomorrow.</source>
        <translation>
            <numerusform>תבעתם לקוח אחד ב-{0}, המגבלה היומית של הצוות; תבעו עוד מחר.</numerusform>
            <numerusform>תבעתם %n לקוחות ב-{0}, המגבלה היומית של הצוות; תבעו עוד מחר.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You hold %n open lead(s), your team&apos;s limit; work or close some before claiming more.</source>
        <translation>
            <numerusform>אתם מחזיקים ליד פתוח אחד, המגבלה של הצוות; טפלו בו או סגרו אותו לפני שתתבעו עוד.</numerusform>
            <numerusform>אתם מחזיקים %n לידים פתוחים, המגבלה של הצוות; טפלו בחלקם או סגרו אותם לפני שתתבעו עוד.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account went back to the pool from you; you may claim it again from {0}.</source>
        <translation>הלקוח הזה חזר ממכם למאגר; תוכלו לתבוע אותו שוב החל מ-{0}.</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>החודש</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>הרבעון</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>הרבעון הקודם</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>השנה</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>מותאם…</translation>
    </message>
    <message>
        <source>In turn among the team&apos;s service users</source>
        <translation>לפי תור בין נציגי השירות של הצוות</translation>
    </message>
    <message>
        <source>Always the same service user</source>
        <translation>תמיד אותו נציג שירות</translation>
    </message>
    <message>
        <source>Kick-off call</source>
        <extracomment>The checklist of a team that set none (the window words these names in its language where it shows them; a team&apos;s own names are shown as typed).</extracomment>
        <translation>שיחת פתיחה</translation>
    </message>
    <message>
        <source>Account opening</source>
        <translation>פתיחת חשבון</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>הדרכה</translation>
    </message>
    <message>
        <source>A hand-off rule belongs to a team; choose one.</source>
        <extracomment>Limits of a checklist (a typo of a year in days is refused, not scheduled).</extracomment>
        <translation>כלל העברה שייך לצוות; בחרו צוות.</translation>
    </message>
    <message>
        <source>The onboarding checklist needs at least one step.</source>
        <translation>רשימת הקליטה צריכה לפחות צעד אחד.</translation>
    </message>
    <message numerus="yes">
        <source>The onboarding checklist has at most %n step(s).</source>
        <translation>
            <numerusform>לרשימת הקליטה יש לכל היותר צעד אחד.</numerusform>
            <numerusform>לרשימת הקליטה יש לכל היותר %n צעדים.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each onboarding step needs a name.</source>
        <translation>לכל צעד קליטה נדרש שם.</translation>
    </message>
    <message numerus="yes">
        <source>An onboarding step&apos;s name is at most %n character(s).</source>
        <translation>
            <numerusform>שם צעד קליטה מוגבל לתו אחד.</numerusform>
            <numerusform>שם צעד קליטה מוגבל ל-%n תווים.</numerusform>
        </translation>
    </message>
    <message>
        <source>An onboarding step is due 0 to {0} days after the hand-off.</source>
        <translation>צעד קליטה מתוזמן 0 עד {0} ימים אחרי ההעברה.</translation>
    </message>
    <message>
        <source>Two onboarding steps have the same name; give each its own.</source>
        <translation>לשני צעדי קליטה יש אותו שם; תנו לכל אחד שם משלו.</translation>
    </message>
    <message>
        <source>Choose the service user who takes every hand-off.</source>
        <translation>בחרו את משתמש השירות שמקבל כל העברה.</translation>
    </message>
    <message>
        <source>The service user named must be an active service user of the team.</source>
        <translation>משתמש השירות שצוין חייב להיות משתמש שירות פעיל של הצוות.</translation>
    </message>
    <message>
        <source>Choose how the service owner is picked: in turn, or always the same person.</source>
        <translation>בחרו איך נבחר אחראי השירות: בתורות, או תמיד אותו אדם.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>באיחור</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>להיום</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>בקרוב</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} עד {1}</translation>
    </message>
    <message>
        <source>Handed over to customer service: {0} serves this customer now. Onboarding: {1}.</source>
        <translation>הועבר לשירות לקוחות: {0} משרת/ת את הלקוח מעתה. קליטה: {1}.</translation>
    </message>
    <message>
        <source>no steps</source>
        <translation>אין שלבים</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>משפך</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>תחזית</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>יעדים</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ערך</translation>
    </message>
    <message>
        <source>Channel ROI</source>
        <translation>ROI לפי ערוץ</translation>
    </message>
    <message>
        <source>Suspicion</source>
        <extracomment>The loyalty stages in the order a customer goes through them, as people say them.</extracomment>
        <translation>חשדנות</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>ציפייה</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>רכישה ראשונה</translation>
    </message>
    <message>
        <source>Repeat purchase</source>
        <translation>רכישה חוזרת</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>שגרירות</translation>
    </message>
    <message>
        <source>{0:,} of {1:,} paying accounts ({2:.1%}) make {3:.0%} of {4} over the last 12 months.</source>
        <translation>{0:,} מתוך {1:,} לקוחות משלמים ({2:.1%}) מביאים {3:.0%} מתוך {4} ב־12 החודשים האחרונים.</translation>
    </message>
    <message>
        <source>No payments received over the last 12 months.</source>
        <translation>לא התקבלו תשלומים ב־12 החודשים האחרונים.</translation>
    </message>
    <message>
        <source>Accounts by revenue over the last 12 months</source>
        <translation>לקוחות לפי הכנסות ב-12 החודשים האחרונים</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>הכנסות</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>חלק</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>מצטבר</translation>
    </message>
    <message>
        <source>Key account</source>
        <translation>לקוח מפתח</translation>
    </message>
    <message>
        <source>Revenue by band of accounts (top 5% first)</source>
        <translation>הכנסות לפי שכבת לקוחות (5% העליונים קודם)</translation>
    </message>
    <message>
        <source>Accounts ranked</source>
        <translation>לקוחות מדורגים</translation>
    </message>
    <message>
        <source>Key accounts</source>
        <translation>לקוחות מפתח</translation>
    </message>
    <message>
        <source>Customers at risk of churn</source>
        <translation>לקוחות בסיכון נטישה</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>קשר אחרון</translation>
    </message>
    <message>
        <source>Revenue 12 months</source>
        <translation>הכנסות 12 חודשים</translation>
    </message>
    <message>
        <source>Value score</source>
        <translation>ציון ערך</translation>
    </message>
    <message>
        <source>{0:,} of {1:,} paying customers: no contact for 90 days, or paid less than half of the year before; highest value score first.</source>
        <translation>{0:,} מתוך {1:,} לקוחות משלמים: אין קשר 90 יום, או ששילמו פחות ממחצית מהשנה הקודמת; ציון הערך הגבוה ביותר ראשון.</translation>
    </message>
    <message>
        <source>Loyalty stages</source>
        <translation>שלבי נאמנות</translation>
    </message>
    <message>
        <source>Purchases are contracts with money received on them; expectation is a two-way conversation without a purchase yet; advocacy is a repeat customer that referred another company to us (&quot;referred it to us&quot; on the card&apos;s related companies).</source>
        <translation>רכישות הן חוזים שהתקבל עליהם כסף; ציפייה היא שיחה דו־כיוונית ללא רכישה עדיין; המלצה היא לקוח חוזר שהפנה אלינו חברה אחרת („הפנה אותה אלינו” בחברות הקשורות שבכרטיס).</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>לביצוע</translation>
    </message>
    <message>
        <source>All my tasks</source>
        <translation>כל המשימות שלי</translation>
    </message>
    <message>
        <source>Instalment {0} of {1}</source>
        <translation>תשלום {0} מתוך {1}</translation>
    </message>
    <message>
        <source>{0} outstanding</source>
        <translation>{0} לתשלום</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>שולם</translation>
    </message>
    <message>
        <source>sales rep</source>
        <extracomment>A user&apos;s role as the status bar names it.</extracomment>
        <translation>נציג מכירות</translation>
    </message>
    <message>
        <source>team lead</source>
        <translation>ראש צוות</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>מנהל מערכת</translation>
    </message>
    <message>
        <source>customer service</source>
        <translation>שירות לקוחות</translation>
    </message>
    <message>
        <source>subsidiary</source>
        <extracomment>neither disabled nor removed (on the server) The owner filter&apos;s value for the team&apos;s public pool (accounts with no owner). Whose accounts the queue shows: one person&apos;s (their id), the pool&apos;s, or anyone&apos;s (None). days until it goes back to the team&apos;s pool, within its team&apos;s warn days (None: no warning); 0: today, or past due awaiting the server&apos;s sweep days until it goes back to the team&apos;s pool, within the warn days (None: no warning) in the year NO_YEAR when only the month and day are known (crmdesk.domain.care) The other company&apos;s role in a link, seen from this one (RelationRow.label).</extracomment>
        <translation>חברת בת</translation>
    </message>
    <message>
        <source>parent company</source>
        <translation>חברת אם</translation>
    </message>
    <message>
        <source>parent</source>
        <extracomment>the other company referred this one to us / this one referred the other A role as a refusal names it (its value, in English: &quot;already linked as parent&quot;).</extracomment>
        <translation>חברת אם</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>ספק</translation>
    </message>
    <message>
        <source>referred_by</source>
        <translation>הופנה על ידי</translation>
    </message>
    <message>
        <source>{0} is already linked as {1}.</source>
        <extracomment>What a link the two companies already have is refused for.</extracomment>
        <translation>{0} כבר מקושר כ-{1}.</translation>
    </message>
    <message>
        <source>{0} is already above {1} in the group, so it cannot also be below it.</source>
        <translation>{0} כבר נמצאת מעל {1} בקבוצה, ולכן אינה יכולה להיות גם מתחתיה.</translation>
    </message>
    <message>
        <source>another company</source>
        <translation>חברה אחרת</translation>
    </message>
    <message>
        <source>{0} already has a parent company ({1}); remove that link first.</source>
        <translation>ל-{0} כבר יש חברת אם ({1}); הסירו קודם את הקישור הזה.</translation>
    </message>
    <message>
        <source>{0} was already referred to us by {1}; remove that link first.</source>
        <translation>את {0} כבר הפנתה אלינו {1}; הסירו קודם את הקישור הזה.</translation>
    </message>
    <message>
        <source>This link no longer exists; nothing was changed.</source>
        <translation>הקישור הזה כבר לא קיים; דבר לא שונה.</translation>
    </message>
    <message>
        <source>This influence is no longer recorded; nothing was changed.</source>
        <translation>ההשפעה הזאת כבר לא רשומה; דבר לא שונה.</translation>
    </message>
    <message>
        <source>referred by</source>
        <translation>מפנה</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>עסקה</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>נמחק</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>מעקב הבא</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <source>An owner change moves the whole account; reassign it from the card instead.</source>
        <translation>שינוי בעלים מעביר את כל הלקוח; הקצו אותו מחדש מהכרטיס.</translation>
    </message>
    <message>
        <source>The server sets this when the account goes back to the pool (by the team&apos;s rules, or given to it).</source>
        <translation>השרת קובע זאת כשהלקוח חוזר למאגר (לפי כללי הצוות, או כשהועבר אליו).</translation>
    </message>
    <message>
        <source>Claiming the account from the pool sets this; use the card&apos;s Claim.</source>
        <translation>לקיחת הלקוח מהמאגר קובעת זאת; השתמשו ב„לקיחה” שבכרטיס.</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>חברות</translation>
    </message>
    <message>
        <source>Service fields</source>
        <translation>שדות שירות</translation>
    </message>
    <message>
        <source>Why lost</source>
        <translation>סיבת האובדן</translation>
    </message>
    <message>
        <source>Service owner</source>
        <translation>אחראי שירות</translation>
    </message>
    <message>
        <source>Back in the pool since</source>
        <translation>במאגר מאז</translation>
    </message>
    <message>
        <source>Back in the pool from</source>
        <translation>הוחזר למאגר מ</translation>
    </message>
    <message>
        <source>Due back on</source>
        <translation>חוזר למאגר ב</translation>
    </message>
    <message>
        <source>Why back in the pool</source>
        <translation>סיבת החזרה למאגר</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>נלקח על ידי</translation>
    </message>
    <message>
        <source>Claimed on</source>
        <translation>נלקח ב</translation>
    </message>
    <message>
        <source>Status follows from activities, contracts and payments; use the card&apos;s actions to change it.</source>
        <translation>הסטטוס נגזר מפעילויות, חוזים ותשלומים; השתמשו בפעולות שבכרטיס כדי לשנות אותו.</translation>
    </message>
    <message>
        <source>A team change moves the whole account; ask your team lead.</source>
        <translation>שינוי צוות מעביר את כל הלקוח; פנו לראש הצוות.</translation>
    </message>
    <message>
        <source>The service owner follows the team&apos;s hand-off rule when the first payment arrives; ask an administrator to change it.</source>
        <translation>אחראי השירות נקבע לפי כלל המסירה של הצוות כשמגיע התשלום הראשון; כדי לשנות, פנו למנהל המערכת.</translation>
    </message>
    <message>
        <source>The day it was assigned follows its owner: a claim or a reassignment sets it.</source>
        <translation>יום ההקצאה נגזר מהבעלים: לקיחה או הקצאה מחדש קובעות אותו.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>אנשי קשר</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>טלפון קווי</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>כפוף ל</translation>
    </message>
    <message>
        <source>Opted out of messages</source>
        <translation>ביקש לא לקבל הודעות</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>פעילות</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>פעילויות</translation>
    </message>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>כותב</translation>
    </message>
    <message>
        <source>Expected close</source>
        <extracomment>The columns of the forecast by month.</extracomment>
        <translation>סגירה צפויה</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>נסגר ב</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>הצעד הבא</translation>
    </message>
    <message>
        <source>Amount from products</source>
        <translation>סכום לפי מוצרים</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>נוצר ב</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>בשלב מאז</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>חוזה</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>חוזים</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>נחתם ב</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>תקופה (חודשים)</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>מסתיים ב</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>תשלום</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>תשלומים</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>התקבל ב</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>תשלום לשיעורין</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>השפעה</translation>
    </message>
    <message>
        <source>Influences</source>
        <translation>השפעות</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>תגית</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <source>Related company</source>
        <translation>חברה קשורה</translation>
    </message>
    <message>
        <source>Related companies</source>
        <translation>חברות קשורות</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>הפניות</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>מפנה</translation>
    </message>
    <message>
        <source>Referred company</source>
        <translation>חברה שהופנתה</translation>
    </message>
    <message>
        <source>Product on opportunity</source>
        <translation>מוצר בעסקה</translation>
    </message>
    <message>
        <source>Products on opportunities</source>
        <translation>מוצרים בעסקאות</translation>
    </message>
    <message>
        <source>Decision role</source>
        <translation>תפקיד בהחלטה</translation>
    </message>
    <message>
        <source>Decision roles</source>
        <translation>תפקידים בהחלטה</translation>
    </message>
    <message>
        <source>Deal team member</source>
        <translation>חבר צוות העסקה</translation>
    </message>
    <message>
        <source>Deal team</source>
        <translation>צוות העסקה</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>עמית</translation>
    </message>
    <message>
        <source>Role on the deal</source>
        <translation>תפקיד בעסקה</translation>
    </message>
    <message>
        <source>Person spoken to</source>
        <translation>איש קשר בשיחה</translation>
    </message>
    <message>
        <source>People spoken to</source>
        <translation>אנשי קשר בשיחה</translation>
    </message>
    <message>
        <source>Deal change</source>
        <translation>שינוי בעסקה</translation>
    </message>
    <message>
        <source>Deal changes</source>
        <translation>שינויים בעסקה</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>שדה</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>לפני</translation>
    </message>
    <message>
        <source>After</source>
        <translation>אחרי</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>שונה ב</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>שונה על ידי</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>תשלומים לשיעורין</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>מועד</translation>
    </message>
    <message>
        <source>Stage setting</source>
        <translation>הגדרת שלב</translation>
    </message>
    <message>
        <source>Stage settings</source>
        <translation>הגדרות שלבים</translation>
    </message>
    <message>
        <source>Stuck after (days)</source>
        <translation>תקוע אחרי (ימים)</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>מה לעשות</translation>
    </message>
    <message>
        <source>To leave the stage</source>
        <translation>כדי לצאת מהשלב</translation>
    </message>
    <message>
        <source>Sales target</source>
        <translation>יעד מכירות</translation>
    </message>
    <message>
        <source>Sales targets</source>
        <translation>יעדי מכירות</translation>
    </message>
    <message>
        <source>Target for</source>
        <translation>יעד עבור</translation>
    </message>
    <message>
        <source>Rep, product or customer</source>
        <translation>נציג, מוצר או לקוח</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>מתחיל ב</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>יעד</translation>
    </message>
    <message>
        <source>Hand-off rule</source>
        <translation>כלל מסירה</translation>
    </message>
    <message>
        <source>Hand-off rules</source>
        <translation>כללי מסירה</translation>
    </message>
    <message>
        <source>Service owner chosen</source>
        <translation>בחירת אחראי השירות</translation>
    </message>
    <message>
        <source>Onboarding checklist</source>
        <translation>רשימת קליטה</translation>
    </message>
    <message>
        <source>Service user</source>
        <translation>איש שירות</translation>
    </message>
    <message>
        <source>Onboarding task</source>
        <translation>משימת קליטה</translation>
    </message>
    <message>
        <source>Onboarding tasks</source>
        <translation>משימות קליטה</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>הוקצה ל</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>בוצע ב</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>סדר</translation>
    </message>
    <message>
        <source>An onboarding task stays with its customer.</source>
        <translation>משימת קליטה נשארת אצל הלקוח שלה.</translation>
    </message>
    <message>
        <source>Onboarding tasks follow the team&apos;s checklist.</source>
        <translation>משימות הקליטה נגזרות מרשימת הצוות.</translation>
    </message>
    <message>
        <source>An onboarding task is its customer&apos;s service owner&apos;s.</source>
        <translation>משימת קליטה שייכת לאחראי השירות של הלקוח.</translation>
    </message>
    <message>
        <source>Only an administrator removes an onboarding task; mark it done instead.</source>
        <translation>רק מנהל מערכת מוחק משימת קליטה; סמנו אותה כבוצעה במקום.</translation>
    </message>
    <message>
        <source>Assignment setting</source>
        <translation>הגדרת הקצאה</translation>
    </message>
    <message>
        <source>Assignment settings</source>
        <translation>הגדרות הקצאה</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>הגדרה</translation>
    </message>
    <message>
        <source>Open leads per rep</source>
        <translation>לידים פתוחים לנציג</translation>
    </message>
    <message>
        <source>Away until</source>
        <translation>לא זמין עד</translation>
    </message>
    <message>
        <source>Pool rules</source>
        <translation>כללי המאגר</translation>
    </message>
    <message>
        <source>Back after days without contact</source>
        <translation>חוזר אחרי ימים ללא קשר</translation>
    </message>
    <message>
        <source>Claims a day</source>
        <translation>לקיחות ביום</translation>
    </message>
    <message>
        <source>Open leads held</source>
        <translation>לידים פתוחים מוחזקים</translation>
    </message>
    <message>
        <source>Cooling-off (days)</source>
        <translation>תקופת צינון (ימים)</translation>
    </message>
    <message>
        <source>Warn days ahead</source>
        <translation>התראה ימים מראש</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>תבנית הודעה</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>תבניות הודעה</translation>
    </message>
    <message>
        <source>Email or SMS</source>
        <translation>דוא״ל או SMS</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>נושא</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>טקסט</translation>
    </message>
    <message>
        <source>Reminder mark</source>
        <translation>סימון תזכורת</translation>
    </message>
    <message>
        <source>Reminder marks</source>
        <translation>סימוני תזכורות</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>תזכורת</translation>
    </message>
    <message>
        <source>About</source>
        <translation>בנושא</translation>
    </message>
    <message>
        <source>On</source>
        <translation>בתאריך</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>סומן</translation>
    </message>
    <message>
        <source>Marked on</source>
        <translation>סומן ב</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>סומן על ידי</translation>
    </message>
    <message>
        <source>Care setting</source>
        <translation>הגדרת טיפוח</translation>
    </message>
    <message>
        <source>Care settings</source>
        <translation>הגדרות טיפוח</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>ימים מראש</translation>
    </message>
    <message>
        <source>Suggested template</source>
        <translation>תבנית מוצעת</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>כרטיס חבר</translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation>כרטיסי חבר</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>מספר כרטיס</translation>
    </message>
    <message>
        <source>Card holder</source>
        <translation>בעל הכרטיס</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>הונפק ב</translation>
    </message>
    <message>
        <source>Points entry</source>
        <translation>רישום נקודות</translation>
    </message>
    <message>
        <source>Points entries</source>
        <translation>רישומי נקודות</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>רישום</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>נקודות</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>בוצע על ידי</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>בוצע ב</translation>
    </message>
    <message>
        <source>Membership rule</source>
        <translation>כלל מועדון</translation>
    </message>
    <message>
        <source>Membership rules</source>
        <translation>כללי מועדון</translation>
    </message>
    <message>
        <source>Per amount</source>
        <translation>לכל סכום</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>מטבע</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>רמות</translation>
    </message>
    <message>
        <source>SMS when points change</source>
        <translation>SMS כשהנקודות משתנות</translation>
    </message>
    <message>
        <source>Lead batch</source>
        <translation>אצוות לידים</translation>
    </message>
    <message>
        <source>Lead batches</source>
        <translation>אצוות לידים</translation>
    </message>
    <message>
        <source>User</source>
        <translation>משתמש</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>משתמשים</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>צוותים</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>ערוצים</translation>
    </message>
    <message>
        <source>Channel cost</source>
        <translation>עלות ערוץ</translation>
    </message>
    <message>
        <source>Channel costs</source>
        <translation>עלויות ערוצים</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>מוצר</translation>
    </message>
    <message>
        <source>Whole change</source>
        <extracomment>Every kind of record that syncs, by table name (the entity names sync uses).</extracomment>
        <translation>השינוי כולו</translation>
    </message>
    <message>
        <source>Total weighted</source>
        <translation>סה&quot;כ משוקלל</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>יעד</translation>
    </message>
    <message>
        <source>Unweighted</source>
        <translation>לא משוקלל</translation>
    </message>
    <message>
        <source>Deals</source>
        <extracomment>What the notes call the deals left out in other currencies.</extracomment>
        <translation>עסקאות</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n open deal(s) without an expected close.</source>
        <translation>
            <numerusform>עסקה פתוחה אחת בלי תאריך סגירה צפוי לא נכללה.</numerusform>
            <numerusform>%n עסקאות פתוחות בלי תאריך סגירה צפוי לא נכללו.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n open deal(s) expected to close later.</source>
        <translation>
            <numerusform>עסקה פתוחה אחת שצפויה להיסגר מאוחר יותר לא נכללה.</numerusform>
            <numerusform>%n עסקאות פתוחות שצפויות להיסגר מאוחר יותר לא נכללו.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>עסקה אחת</numerusform>
            <numerusform>%n עסקאות</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan: the month&apos;s sales target (the rep&apos;s).</source>
        <extracomment>Whose target the forecast&apos;s plan is, by the scope: a rep&apos;s, a team&apos;s, every team&apos;s.</extracomment>
        <translation>יעד: יעד המכירות של החודש (של הנציג).</translation>
    </message>
    <message>
        <source>Plan: the month&apos;s sales target (the team&apos;s).</source>
        <translation>יעד: יעד המכירות של החודש (של הצוות).</translation>
    </message>
    <message>
        <source>Plan: the month&apos;s sales target (every team&apos;s added up).</source>
        <translation>יעד: יעד המכירות של החודש (של כל הצוותים יחד).</translation>
    </message>
    <message>
        <source>Forecast by expected close month</source>
        <translation>תחזית לפי חודש סגירה צפוי</translation>
    </message>
    <message>
        <source>Open deals, weighted by their probability, by the month they are expected to close; past due: expected before {0} and still open.</source>
        <translation>עסקאות פתוחות, משוקללות לפי ההסתברות שלהן, לפי החודש שבו הן צפויות להיסגר; באיחור: צפויות היו להיסגר לפני {0} ועדיין פתוחות.</translation>
    </message>
    <message>
        <source>Commit: negotiation and deals their owner marks committed; best case: proposal; pipeline: the rest.</source>
        <translation>מחויב: משא ומתן ועסקאות שהבעלים שלהן סימנו כמחויבות; התרחיש הטוב: הצעה; צנרת מכירות: השאר.</translation>
    </message>
    <message>
        <source>Forecast by category</source>
        <translation>תחזית לפי קטגוריה</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>קטגוריה</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>משוקלל</translation>
    </message>
    <message>
        <source>The deals of the forecast by month (past due included) added up per category.</source>
        <translation>עסקאות התחזית לפי חודש (כולל אלה שבאיחור) מסוכמות לפי קטגוריה.</translation>
    </message>
    <message>
        <source>Conversion from stage to stage</source>
        <translation>המרה משלב לשלב</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>שלב</translation>
    </message>
    <message>
        <source>Reached</source>
        <comment>review column</comment>
        <translation>הגיעו</translation>
    </message>
    <message>
        <source>Went on</source>
        <translation>התקדמו</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>המרה</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <source>Reached: the deals that entered the stage between {0} and {1} by their stage history (created in it counts; a stage skipped over does not). Went on: of those, the ones that entered a later stage (won included) after that, up to today; a deal moved back into a stage counts again and goes on only by moving forward again. Amount: their amounts now.</source>
        <translation>הגיעו: העסקאות שנכנסו לשלב בין {0} ל־{1} לפי היסטוריית השלבים שלהן (עסקה שנוצרה בו נספרת; שלב שדילגו עליו לא). התקדמו: מתוכן, אלה שנכנסו אחר כך לשלב מאוחר יותר (כולל זכייה), עד היום; עסקה שחזרה לשלב נספרת שוב ומתקדמת רק כשהיא מתקדמת שוב. סכום: הסכומים שלהן כעת.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal entry(ies)</source>
        <translation>
            <numerusform>כניסה אחת של עסקה לשלב</numerusform>
            <numerusform>%n כניסות של עסקאות לשלבים</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer lifecycle of the accounts acquired in the period</source>
        <translation>מחזור החיים של הלקוחות שנרכשו בתקופה</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>שלב</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>לקוחות</translation>
    </message>
    <message>
        <source>% of leads</source>
        <translation>% מהלידים</translation>
    </message>
    <message>
        <source>% of step before</source>
        <translation>% מהשלב הקודם</translation>
    </message>
    <message>
        <source>The accounts acquired between {0} and {1}, at the step they have reached by now: an account has passed every step before its status. Lost accounts count for the steps their records show they met (a reachable person and a two-way conversation: Potential; also a deal with an amount and a close date: Intended).</source>
        <translation>החשבונות שנרכשו בין {0} ל־{1}, בשלב שהגיעו אליו עד עכשיו: חשבון עבר כל שלב שלפני הסטטוס שלו. חשבונות אבודים נספרים בשלבים שהרשומות שלהם מראות שעמדו בהם (איש קשר זמין ושיחה דו־כיוונית: פוטנציאלי; וגם עסקה עם סכום ותאריך סגירה: מתעניין).</translation>
    </message>
    <message>
        <source>{0} (to date)</source>
        <translation>{0} (עד היום)</translation>
    </message>
    <message>
        <source>Customer attrition per year</source>
        <translation>נטישת לקוחות בשנה</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>שנה</translation>
    </message>
    <message>
        <source>Customers at start</source>
        <translation>לקוחות בתחילה</translation>
    </message>
    <message>
        <source>Attrition rate</source>
        <translation>שיעור נטישה</translation>
    </message>
    <message>
        <source>A customer on a day: an account with a contract that has money received on it and runs that day (from its first payment to its end, or a year after signing when it has none, plus {0} days to renew). Customers at start: those on 1 January; lost: those of them no contract covers on the next 1 January ({1}: today, year to date). The last {2} years, whatever the period.</source>
        <translation>לקוח ביום מסוים: חשבון עם חוזה שהתקבל עליו כסף ושבתוקף באותו יום (מהתשלום הראשון ועד סיומו, או שנה אחרי החתימה כשאין לו סיום, ועוד {0} ימים לחידוש). לקוחות בתחילה: אלה שב־1 בינואר; אבודים: אלה מהם שאף חוזה לא מכסה ב־1 בינואר הבא ({1}: עד היום, מתחילת השנה). {2} השנים האחרונות, בלי קשר לתקופה.</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>עסקה</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>The kind every company-owned row leads to. a column naming a company that at most one live row names (a company&apos;s one referrer): a merge keeps the survivor&apos;s row and drops the one moved onto it columns whose change re-indexes the company documents the row is part of (a tag&apos;s name); () with `feeds_search` set: any column its fields as the Conflicts and refused-record views name them matching keys stored beside a typed field (key -&gt; field): they follow that field fields a rule sets, with how a rep changes them instead of typing a value fields only the server writes (among `by_rule`): a laptop keeps its own copy but never sends one, and the server refuses a push that changes one, whoever sends it (crmdesk.server.pool.check_account) a team&apos;s settings: the whole team sees them, only its lead (or an admin) changes them, on the laptop and on the server alike rows only ever added (a deal&apos;s history): once made, only what follows the record it hangs on (its owner, its team, removal) may change; a push that rewrites one is refused how a colleague on a deal&apos;s virtual team sees its rows (None: they do not) rows a colleague on a deal&apos;s team adds on the deal (and changes the ones they logged): activities and the people spoken to in them rows only the deal&apos;s owner, the team&apos;s lead or an admin change (the deal&apos;s team) the fields a row&apos;s assignee, the company&apos;s service owner, changes (an onboarding task marked done); a service user logs the `member_logs` kinds on the companies they serve (crmdesk.domain.scope.InService) The fields of an append-only kind&apos;s row that still change: they follow the record it hangs on. Field names every kind shares, as people say them.</extracomment>
        <translation>בעלים</translation>
    </message>
    <message>
        <source>Team pool</source>
        <extracomment>The most records a list behind a figure names (a Pareto bar over a large workspace may count tens of thousands; the list says how many it leaves out). The owner of a record of the team&apos;s pool.</extracomment>
        <translation>מאגר הצוות</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>ראש צוות</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>מנהל מערכת</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in other currencies: their amounts are not shown.</source>
        <translation>
            <numerusform>עסקה אחת במטבע אחר: הסכום שלה לא מוצג.</numerusform>
            <numerusform>%n עסקאות במטבעות אחרים: הסכומים שלהן לא מוצגים.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <source>People</source>
        <translation>אנשים</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>צוות</translation>
    </message>
    <message>
        <source>Pool</source>
        <extracomment>The owner of a deal of the team&apos;s pool, in the board&apos;s list.</extracomment>
        <translation>מאגר</translation>
    </message>
    <message>
        <source>Deals by stage</source>
        <extracomment>The board lists this many open deals of each stage, the largest by weighted amount (tens of thousands of cards are no board); a stage&apos;s bar opens all of them.</extracomment>
        <translation>עסקאות לפי שלב</translation>
    </message>
    <message>
        <source>Avg. days in stage</source>
        <translation>ממוצע ימים בשלב</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>תקועות</translation>
    </message>
    <message>
        <source>Open deals now; won and lost closed {0} to {1}.</source>
        <translation>עסקאות פתוחות כעת; זכיות והפסדים שנסגרו בין {0} ל־{1}.</translation>
    </message>
    <message>
        <source>The {0} largest open deals of each stage by weighted amount ({1:,} of {2:,}); a stage&apos;s bar in Deals by stage opens all of them.</source>
        <translation>{0} העסקאות הפתוחות הגדולות ביותר בכל שלב לפי סכום משוקלל ({1:,} מתוך {2:,}); העמודה של שלב ב״עסקאות לפי שלב״ פותחת את כולן.</translation>
    </message>
    <message>
        <source>The {0} largest open deals of each stage by weighted amount; a stage&apos;s bar in Deals by stage opens all of them.</source>
        <translation>{0} העסקאות הפתוחות הגדולות ביותר בכל שלב לפי סכום משוקלל; העמודה של שלב ב״עסקאות לפי שלב״ פותחת את כולן.</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>עסקאות פתוחות</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>הסתברות</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>ימים בשלב</translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation>דורש תשומת לב</translation>
    </message>
    <message>
        <source>Stuck: no stage change for longer than the team&apos;s limit, or the close date has passed; slipping: its close date was pushed out.</source>
        <translation>תקועה: בלי שינוי שלב יותר מהמגבלה של הצוות, או שתאריך הסגירה עבר; נדחית: תאריך הסגירה שלה נדחה.</translation>
    </message>
    <message>
        <source>Changes since {0}</source>
        <translation>שינויים מאז {0}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>שינוי</translation>
    </message>
    <message>
        <source>Amount now</source>
        <translation>הסכום עכשיו</translation>
    </message>
    <message>
        <source>Each deal by its net movement from {0} to now: its stage, amount and close date then against now, so a deal moved forward and back again has not moved; a deal counts once in each row.</source>
        <translation>כל עסקה לפי התנועה נטו שלה מ־{0} ועד עכשיו: השלב, הסכום ותאריך הסגירה אז מול עכשיו, כך שעסקה שהתקדמה וחזרה לא זזה; עסקה נספרת פעם אחת בכל שורה.</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>Customers shown without a target: the largest payers in the scope.</extracomment>
        <translation>תקופה</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>נזקף</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>% מהיעד</translation>
    </message>
    <message>
        <source>Payments and targets</source>
        <translation>תשלומים ויעדים</translation>
    </message>
    <message>
        <source>Per month: payments credited (the deal&apos;s owner, else the contract&apos;s) against the target; won deals beside them.</source>
        <extracomment>What the per-rep table counts, by the length of its periods.</extracomment>
        <translation>לפי חודש: תשלומים שנזקפו (לבעלים של העסקה, אחרת לבעלים של החוזה) מול היעד; עסקאות שנסגרו בהצלחה לצדם.</translation>
    </message>
    <message>
        <source>Per quarter: payments credited (the deal&apos;s owner, else the contract&apos;s) against the target; won deals beside them.</source>
        <translation>לפי רבעון: תשלומים שנזקפו (לבעלים של העסקה, אחרת לבעלים של החוזה) מול היעד; עסקאות שנסגרו בהצלחה לצדם.</translation>
    </message>
    <message>
        <source>Per year: payments credited (the deal&apos;s owner, else the contract&apos;s) against the target; won deals beside them.</source>
        <translation>לפי שנה: תשלומים שנזקפו (לבעלים של העסקה, אחרת לבעלים של החוזה) מול היעד; עסקאות שנסגרו בהצלחה לצדם.</translation>
    </message>
    <message>
        <source>{0} (team)</source>
        <translation>{0} (צוות)</translation>
    </message>
    <message>
        <source>Plan against actual per rep</source>
        <translation>יעד מול ביצוע לפי נציג</translation>
    </message>
    <message>
        <source>Plan against actual per product</source>
        <translation>יעד מול ביצוע לפי מוצר</translation>
    </message>
    <message>
        <source>A deal&apos;s payments are split over its products pro rata to their lines&apos; value; deals without products count for none.</source>
        <translation>התשלומים של עסקה מתחלקים בין המוצרים שלה באופן יחסי לערך השורות שלהם; עסקאות בלי מוצרים לא נספרות.</translation>
    </message>
    <message>
        <source>Plan against actual per customer</source>
        <translation>יעד מול ביצוע לפי לקוח</translation>
    </message>
    <message>
        <source>Customers with a target, and the {0} that paid the most in the period; actual: the account&apos;s payments.</source>
        <translation>לקוחות עם יעד, ו־{0} הלקוחות ששילמו הכי הרבה בתקופה; בפועל: התשלומים של החשבון.</translation>
    </message>
    <message>
        <source>Rep</source>
        <extracomment>What a person does, as a list of people says it.
----------
The columns of the side-by-side table, in order; each key names a figure of `Rep`.</extracomment>
        <translation>נציג</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>סכום פתוח</translation>
    </message>
    <message>
        <source>Credited this month</source>
        <translation>נזקף החודש</translation>
    </message>
    <message>
        <source>Credited this quarter</source>
        <translation>נזקף ברבעון</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>מעקבים באיחור</translation>
    </message>
    <message>
        <source>About to return to the pool</source>
        <translation>עומדים לחזור למאגר</translation>
    </message>
    <message>
        <source>Stuck deals</source>
        <translation>עסקאות תקועות</translation>
    </message>
    <message>
        <source>Slipping deals</source>
        <translation>עסקאות שנדחות</translation>
    </message>
    <message>
        <source>Activities, 7 days</source>
        <translation>פעילויות, 7 ימים</translation>
    </message>
    <message>
        <source>Activities, 30 days</source>
        <translation>פעילויות, 30 ימים</translation>
    </message>
    <message>
        <source>Quarter&apos;s target</source>
        <extracomment>The roles of people who own work (accounts and deals). The target columns, after the quarter&apos;s credit they are read against.</extracomment>
        <translation>יעד הרבעון</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% מהיעד</translation>
    </message>
    <message>
        <source>Reps side by side</source>
        <translation>נציגים זה לצד זה</translation>
    </message>
    <message>
        <source>Open deals and credit in {0} (deals and payments in other currencies are not counted); credit is payments received this month and quarter (to {1}), against the quarter&apos;s sales target; stuck, slipping and overdue count every open deal and live account the person owns; about to return to the pool: their accounts the team&apos;s pool rules take back within its warning days (or past due, awaiting the server&apos;s sweep); activities they logged in the 7 and 30 days to {2}.</source>
        <translation>עסקאות פתוחות וזיכויים ב־{0} (עסקאות ותשלומים במטבעות אחרים לא נספרים); זיכוי הוא תשלומים שהתקבלו החודש והרבעון (עד {1}), מול יעד המכירות של הרבעון; תקועות, נדחות ובאיחור סופרות כל עסקה פתוחה וחשבון פעיל שבבעלות האדם; עומדים לחזור למאגר: החשבונות שלהם שכללי המאגר של הצוות לוקחים בחזרה בתוך ימי האזהרה (או שמועדם עבר וממתינים לאיסוף של השרת); פעילויות שתיעדו ב־7 וב־30 הימים עד {2}.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>מלאה</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>חלקית</translation>
    </message>
    <message>
        <source>Acquired in</source>
        <translation>נרכשו ב</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>לידים</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>עלות</translation>
    </message>
    <message>
        <source>Revenue by T+1</source>
        <translation>הכנסות עד T+1</translation>
    </message>
    <message>
        <source>Revenue by T+2</source>
        <translation>הכנסות עד T+2</translation>
    </message>
    <message>
        <source>Revenue to date</source>
        <translation>הכנסות עד היום</translation>
    </message>
    <message>
        <source>ROI T+1</source>
        <translation>ROI T+1</translation>
    </message>
    <message>
        <source>ROI T+2</source>
        <translation>ROI T+2</translation>
    </message>
    <message>
        <source>ROI to date</source>
        <translation>ROI עד היום</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>קבוצה</translation>
    </message>
    <message>
        <source>Revenue without a cost</source>
        <extracomment>A month&apos;s or a channel&apos;s columns: the cohorts&apos; added up, and the revenue of those without a cost entered apart (their ROI is read over the cohorts with a cost).</extracomment>
        <translation>הכנסות ללא עלות</translation>
    </message>
    <message>
        <source>ROI is over the cohorts with a cost entered: their revenue against their cost; revenue of months without a cost is in “Revenue without a cost” and not in ROI.</source>
        <translation>ה־ROI מחושב על הקבוצות שהוזנה להן עלות: ההכנסות שלהן מול העלות שלהן; הכנסות של חודשים בלי עלות מופיעות ב״הכנסות ללא עלות״ ולא ב־ROI.</translation>
    </message>
    <message>
        <source>Cost is the channel&apos;s monthly cost shared by leads: this scope carries its leads&apos; share of it (of the leads this workspace holds).</source>
        <translation>העלות היא העלות החודשית של הערוץ מחולקת בין הלידים: התחום הזה נושא בחלק של הלידים שלו (מתוך הלידים שבסביבת העבודה הזו).</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>כספים</translation>
    </message>
    <message>
        <source>Leads of one channel acquired in one month (T); revenue is what those companies paid by the end of month T+1, T+2 and to date; ROI = (revenue − cost) / cost.</source>
        <translation>לידים של ערוץ אחד שנרכשו בחודש אחד (T); ההכנסה היא מה שהחברות האלה שילמו עד סוף חודש T+1, חודש T+2 ועד היום; ROI = (הכנסה − עלות) / עלות.</translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %n cohort(s) whose T+2 month has not ended yet (their figures still grow).</source>
        <translation>
            <numerusform>קבוצה אחת חלקית: חודש T+2 שלה עוד לא הסתיים, כך שהנתונים שלה עוד יגדלו.</numerusform>
            <numerusform>%n קבוצות חלקיות: חודש T+2 שלהן עוד לא הסתיים, כך שהנתונים שלהן עוד יגדלו.</numerusform>
        </translation>
    </message>
    <message>
        <source>ROI by acquisition cohort</source>
        <translation>ROI לפי קבוצת רכישה</translation>
    </message>
    <message>
        <source>Cost and revenue by month of acquisition</source>
        <translation>עלות והכנסות לפי חודש רכישה</translation>
    </message>
    <message>
        <source>Every channel&apos;s cohorts of a month added up.</source>
        <translation>הקבוצות של כל הערוצים בחודש מסוכמות.</translation>
    </message>
    <message>
        <source>ROI by channel</source>
        <translation>ROI לפי ערוץ</translation>
    </message>
    <message>
        <source>Each channel&apos;s cohorts of the period added up.</source>
        <translation>הקבוצות של כל ערוץ בתקופה מסוכמות.</translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s)</source>
        <extracomment>The colour of each kind&apos;s mark, and of each loyalty stage&apos;s.</extracomment>
        <translation>
            <numerusform>רכישה אחת</numerusform>
            <numerusform>%n רכישות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} and referred %n company(ies) to us</source>
        <translation>
            <numerusform>{0} והפנתה אלינו חברה אחת</numerusform>
            <numerusform>{0} והפנתה אלינו %n חברות</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} so far; referred {1}, advocacy follows a repeat purchase</source>
        <translation>{0} עד כה; הפנתה {1}, שגרירות באה אחרי רכישה חוזרת</translation>
    </message>
    <message>
        <source>{0} so far; a referral would make it an advocate</source>
        <translation>{0} עד כה; הפניה אחת תהפוך אותה לשגרירה</translation>
    </message>
    <message>
        <source>1 purchase so far; a second makes it a repeat customer</source>
        <translation>רכישה אחת עד כה; רכישה שנייה תהפוך אותה ללקוח חוזר</translation>
    </message>
    <message>
        <source>a two-way conversation, no purchase yet</source>
        <translation>שיחה דו-כיוונית, עדיין בלי רכישה</translation>
    </message>
    <message>
        <source>no two-way conversation and no purchase yet</source>
        <translation>עדיין בלי שיחה דו-כיוונית ובלי רכישה</translation>
    </message>
    <message>
        <source>Repeat sale</source>
        <extracomment>What a product is known by in a purchase history (its id, or its id&apos;s text). A group of similar customers: (&quot;industry&quot;, &quot;Retail&quot;), (&quot;scale&quot;, &quot;50-199&quot;), or ALL. A segment with fewer customers than this says too little: the next, broader one is read instead (industry, then scale, then all customers). A rule is offered when at least this many customers bought both, ... ... and at least this share of those who bought A also bought B. A usual interval needs this many repurchases (gaps) of the product behind it, ... ... and this share of its buyers having bought it again: a product bought once by most (an implementation) has no usual interval, whatever a few did. At most this many suggestions of each kind.</extracomment>
        <translation>מכירה חוזרת</translation>
    </message>
    <message>
        <source>Up-sell</source>
        <translation>אפסייל</translation>
    </message>
    <message>
        <source>Cross-sell</source>
        <translation>קרוס-סייל</translation>
    </message>
    <message>
        <source>last bought {0} days ago ({1}); {2} of its buyers buy it again, usually after {3} days (median of {4} repurchases)</source>
        <extracomment>Each kind&apos;s reason, worded from a suggestion&apos;s `figures` ({0}…; a cross-sell&apos;s {1} is its segment, worded by SEGMENT_WORDS from figures 1 and 2).</extracomment>
        <translation>נרכש לאחרונה לפני {0} ימים ({1}); {2} מהקונים שלו קונים אותו שוב, בדרך כלל אחרי {3} ימים (חציון של {4} רכישות חוזרות)</translation>
    </message>
    <message>
        <source>has {0} (tier {1} of {2}); the next tier is {3}</source>
        <translation>יש לה {0} (דרגה {1} של {2}); הדרגה הבאה היא {3}</translation>
    </message>
    <message>
        <source>{0} of {1} who bought {2} also bought {3} ({4} of {5}; support {6} of {7})</source>
        <translation>{0} מ{1} שקנו את {2} קנו גם את {3} ({4} מתוך {5}; תמיכה {6} מתוך {7})</translation>
    </message>
    <message>
        <source>customers in {0}</source>
        <extracomment>The customers a cross-sell&apos;s rule was read among.</extracomment>
        <translation>לקוחות בענף {0}</translation>
    </message>
    <message>
        <source>customers of {0} employees</source>
        <translation>לקוחות עם {0} עובדים</translation>
    </message>
    <message>
        <source>all customers</source>
        <translation>כל הלקוחות</translation>
    </message>
    <message>
        <source>General</source>
        <extracomment>The settings dialog&apos;s pages, in order (crmdesk.ui.settings_dialog).</extracomment>
        <translation>כללי</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>עבודה</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>הודעות</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <extracomment>Our languages by code, each named in itself (as the menu and the dialog show them). &quot;choice&quot;: one of `choices` (stored value, label); &quot;time&quot;: HH:MM typed; &quot;number&quot;: a whole number within `bounds`, shown with `suffix` None: internal, not in the settings dialog The queue&apos;s filter; empty: the default for the user&apos;s role. When a follow-up or task with no time of its own falls due (HH:MM, the laptop&apos;s clock).</extracomment>
        <translation>שעת תזכורת</translation>
    </message>
    <message>
        <source>When a follow-up or task with no time of its own is due, on this computer&apos;s clock (HH:MM, e.g. 09:00).</source>
        <translation>מתי מגיע מועדם של מעקב או משימה שאין להם שעה משלהם, לפי השעון של המחשב הזה (HH:MM, למשל 09:00).</translation>
    </message>
    <message>
        <source>Sync every</source>
        <extracomment>How often to sync while signed in (seconds); also how soon an offline laptop retries.</extracomment>
        <translation>סנכרון כל</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> שניות</translation>
    </message>
    <message>
        <source>How often the window syncs with the server while you are signed in, and how soon it tries again when the server cannot be reached.</source>
        <translation>כל כמה זמן החלון מסתנכרן עם השרת כשאתם מחוברים, ותוך כמה זמן הוא מנסה שוב כשאין גישה לשרת.</translation>
    </message>
    <message>
        <source>Takes effect when you next start crmdesk.</source>
        <translation>ייכנס לתוקף בפעם הבאה שתפעילו את crmdesk.</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Light or dark colours, or the system&apos;s (crmdesk.ui.style.apply_theme).</extracomment>
        <translation>ערכת נושא</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>כמו במערכת</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>בהירה</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>כהה</translation>
    </message>
    <message>
        <source>This record is no longer on this laptop (it left your scope), so your value cannot be put back; copy it from here if you still need it.</source>
        <translation>הרשומה כבר לא במחשב הזה (יצאה מתחום ההרשאה שלכם), ולכן אי אפשר להחזיר את הערך שלכם; העתיקו אותו מכאן אם הוא עדיין נחוץ.</translation>
    </message>
    <message>
        <source>The server refused this change as a whole; sending it again would be refused too. Copy what you need from your values shown here.</source>
        <translation>השרת דחה את השינוי כולו; שליחה חוזרת תידחה גם היא. העתיקו את מה שנחוץ מהערכים שלכם המוצגים כאן.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>What `shown` says for an empty value and a flag&apos;s two values.</extracomment>
        <translation>(ריק)</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>The parts the accounts with payments are read in, by their stored ids (32 hex digits of a random uuid4: as many in each), from the lowest (from, up to; None: the end). The place in the statement&apos;s rows (`_statement`) of whether the churn rule may call the account at risk A team&apos;s or a rep&apos;s accounts, in one part (a tenth of every team&apos;s: not worth a worker) Whether an account is a key account (one of the few that make 80% of the revenue).</extracomment>
        <translation>כן</translation>
    </message>
    <message>
        <source>no</source>
        <translation>לא</translation>
    </message>
    <message>
        <source>(no longer on this laptop)</source>
        <extracomment>A record&apos;s name when it is no longer here and the change did not name it.</extracomment>
        <translation>(כבר לא במחשב הזה)</translation>
    </message>
    <message>
        <source>This conflict was already dealt with.</source>
        <extracomment>The words of `shown` that are the domain&apos;s own (the rest are people&apos;s values).</extracomment>
        <translation>ההתנגשות הזאת כבר טופלה.</translation>
    </message>
    <message>
        <source>The server is busy: try again in a moment.</source>
        <extracomment>How long a request over the limit waits for another to finish before it is turned away. What a turned-away laptop is told to wait before it asks again (seconds).</extracomment>
        <translation>השרת עמוס: נסו שוב בעוד רגע.</translation>
    </message>
    <message>
        <source>This server speaks sync protocol {0} and the app speaks {1}; update the app.</source>
        <extracomment>Larger request bodies are refused before they are read. Paths answered whatever the load: a probe must tell &quot;busy&quot; from &quot;down&quot;. Web enquiries wait for their batch holding no connection: their batcher admits them (crmdesk.server.intake_batch), not the places here. What a pull reads after its head, in one statement: the viewer&apos;s role and team as they stand (a move committed since the sign-in was read is seen), the user&apos;s epoch, and the newest field stamp. Each sees every change up to the head (committed before it began). A moment in a query, as ISO 8601 text (the date-time the API documents).</extracomment>
        <translation>השרת הזה משתמש בפרוטוקול סנכרון {0} והאפליקציה ב-{1}; עדכנו את האפליקציה.</translation>
    </message>
    <message>
        <source>This server speaks sync protocol {0} and the app speaks {1}; update the server.</source>
        <translation>השרת הזה משתמש בפרוטוקול סנכרון {0} והאפליקציה ב-{1}; עדכנו את השרת.</translation>
    </message>
    <message>
        <source>The request is larger than {0} bytes.</source>
        <translation>הבקשה גדולה מ-{0} בתים.</translation>
    </message>
    <message>
        <source>Invalid request: {0}: {1}.</source>
        <translation>בקשה לא תקינה: {0}: {1}.</translation>
    </message>
    <message>
        <source>This laptop has been away longer than the server keeps history: it must sync afresh from the start.</source>
        <translation>המחשב הזה היה מנותק יותר זמן ממה שהשרת שומר היסטוריה: יש לסנכרן מחדש מההתחלה.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <extracomment>How long after it expired a token may still be renewed (a laptop back from a holiday): past it, the password is asked again. argon2-cffi&apos;s default parameters (RFC 9106, low memory)</extracomment>
        <translation>שם משתמש או סיסמה שגויים.</translation>
    </message>
    <message>
        <source>This user is disabled. Ask your administrator.</source>
        <translation>המשתמש הזה מושבת. פנו למנהל המערכת.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again.</source>
        <translation>הכניסה שלכם פגה או בוטלה. היכנסו שוב.</translation>
    </message>
    <message>
        <source>This sign-in was made for another workspace; sign in from this one.</source>
        <translation>הכניסה הזו נעשתה לסביבת עבודה אחרת; היכנסו מסביבת העבודה הזו.</translation>
    </message>
    <message>
        <source>Sign in first: this request has no token.</source>
        <translation>היכנסו קודם: לבקשה הזו אין אסימון.</translation>
    </message>
    <message>
        <source>A password needs at least {0} characters.</source>
        <extracomment>The shortest password taken.</extracomment>
        <translation>סיסמה צריכה לפחות {0} תווים.</translation>
    </message>
    <message>
        <source>No team “{0}”. Teams: {1}.</source>
        <translation>אין צוות “{0}”. צוותים: {1}.</translation>
    </message>
    <message>
        <source>No team “{0}”. Teams: none yet.</source>
        <translation>אין צוות “{0}”. עדיין אין צוותים.</translation>
    </message>
    <message>
        <source>“{0}” belongs to no team, so has no team book to pass on.</source>
        <translation>“{0}” לא שייך לאף צוות, ולכן אין לו תיק לקוחות של צוות להעביר.</translation>
    </message>
    <message>
        <source>“{0}” is {1} and belongs to no team; only reps and team leads move between teams.</source>
        <translation>“{0}” הוא {1} ולא שייך לאף צוות; רק נציגים וראשי צוות עוברים בין צוותים.</translation>
    </message>
    <message>
        <source>“{0}” is already in team “{1}”.</source>
        <translation>“{0}” כבר בצוות “{1}”.</translation>
    </message>
    <message>
        <source>Either keep the book or give it to someone, not both.</source>
        <translation>או לשמור את תיק הלקוחות או להעביר אותו למישהו, לא את שניהם.</translation>
    </message>
    <message>
        <source>“{0}” has no team whose pool could keep the book.</source>
        <translation>ל-“{0}” אין צוות שהמאגר שלו יוכל לשמור את תיק הלקוחות.</translation>
    </message>
    <message>
        <source>“{0}” cannot pass the book to themselves.</source>
        <translation>“{0}” לא יכול להעביר את תיק הלקוחות לעצמו.</translation>
    </message>
    <message>
        <source>“{0}” is disabled; choose an active colleague.</source>
        <translation>“{0}” מושבת; בחרו עמית פעיל.</translation>
    </message>
    <message>
        <source>“{0}” is not a rep or lead of {1}&apos;s team; a book stays in its team (use move-team to change teams).</source>
        <translation>“{0}” אינו נציג או ראש צוות בצוות של {1}; תיק לקוחות נשאר בצוות שלו (להחלפת צוות השתמשו ב-move-team).</translation>
    </message>
    <message>
        <source>No user “{0}”.</source>
        <extracomment>Connections one server process keeps to the database (as many requests as it works on at once: see admission.py), and how many more it may open for its scheduled rules and health probes. Each request holds one only while its work runs (see app.py), so a handful serve many laptops; every worker process has its own pool. How long a request waits for a free connection before it is answered &quot;busy, retry&quot; (503): a short wait, so a burst is turned away instead of piling up. A pooled connection older than this is closed and opened afresh at its next checkout (whatever a server or network in between does to long-lived connections). An admin command&apos;s answer to a user name no one has (marked: crmdesk.domain.words).</extracomment>
        <translation>אין משתמש “{0}”.</translation>
    </message>
    <message>
        <source>No calendar feed at this address (it may have been replaced by a newer one).</source>
        <extracomment>The feed&apos;s media type (RFC 5545). What a feed token looks like (secrets.token_urlsafe): anything else is no token. The answer to a token that serves no feed, whatever the reason.</extracomment>
        <translation>אין הזנת לוח שנה בכתובת הזו (ייתכן שהוחלפה בחדשה יותר).</translation>
    </message>
    <message>
        <source>“{0}” is not an active service user.</source>
        <extracomment>PostgreSQL advisory lock key of a team&apos;s turn (two pushes handing off at once take turns there, so the round robin never gives both customers to one person).</extracomment>
        <translation>“{0}” אינו נציג שירות פעיל.</translation>
    </message>
    <message>
        <source>Choose someone else to serve these customers.</source>
        <translation>בחרו מישהו אחר שישרת את הלקוחות האלה.</translation>
    </message>
    <message>
        <source>Too many enquiries from this address; try again in {0} seconds.</source>
        <extracomment>Phones written without a country code are read in this region (the laptops&apos; default). Held by the one request clearing old rate-limit windows (&quot;IC&quot; in the top 16 bits). Requests a minute, by default: a busy website&apos;s key (200 a second), one address (a visitor sends a few; someone guessing keys, many). Whose requests went over their limit (`_over`).</extracomment>
        <translation>יותר מדי פניות מהכתובת הזו; נסו שוב בעוד {0} שניות.</translation>
    </message>
    <message>
        <source>Too many enquiries from this website; try again in {0} seconds.</source>
        <translation>יותר מדי פניות מהאתר הזה; נסו שוב בעוד {0} שניות.</translation>
    </message>
    <message>
        <source>The intake key is missing or wrong for this channel.</source>
        <extracomment>SET LOCAL synchronous_commit TO OFF, and the database&apos;s clock, in one round trip.</extracomment>
        <translation>מפתח הקליטה חסר או שגוי לערוץ הזה.</translation>
    </message>
    <message>
        <source>There is no such channel taking enquiries.</source>
        <translation>אין ערוץ כזה שמקבל פניות.</translation>
    </message>
    <message>
        <source>The body is not JSON.</source>
        <extracomment>What a form with a file input sends (form builders often do): its text fields are read, its files left aside. The most parts a multipart enquiry may have (a website form has a dozen fields). The enquiry&apos;s fields as the API document describes them (the handler reads the body itself, to take a plain HTML form and JSON alike); the key and the idempotency key may come as fields, for a form cannot set headers. Its headers, read by the handler itself too: FastAPI&apos;s parameter machinery cost a post a third of its time on the event loop, which every post of a busy website shares. The longest idempotency key kept (schema.IntakeReceipt).</extracomment>
        <translation>גוף הבקשה אינו JSON.</translation>
    </message>
    <message>
        <source>The body nests too deeply; send the enquiry&apos;s fields as one JSON object of text.</source>
        <translation>גוף הבקשה מקונן עמוק מדי; שלחו את שדות הפנייה כאובייקט JSON אחד של טקסט.</translation>
    </message>
    <message>
        <source>Send the enquiry&apos;s fields as a JSON object.</source>
        <translation>שלחו את שדות הפנייה כאובייקט JSON.</translation>
    </message>
    <message>
        <source>The form is not UTF-8 text; add accept-charset=&quot;utf-8&quot; to the form.</source>
        <translation>הטופס אינו טקסט UTF-8; הוסיפו לטופס accept-charset=&quot;utf-8&quot;.</translation>
    </message>
    <message>
        <source>The form could not be read: {0}</source>
        <translation>לא ניתן לקרוא את הטופס: {0}</translation>
    </message>
    <message>
        <source>Send the enquiry as {0} (a plain HTML form), {1} or application/json.</source>
        <translation>שלחו את הפנייה כ-{0} (טופס HTML רגיל), {1} או application/json.</translation>
    </message>
    <message>
        <source>Only an administrator manages channels&apos; intake keys.</source>
        <translation>רק מנהל מערכת מנהל את מפתחות הקליטה של הערוצים.</translation>
    </message>
    <message>
        <source>There is no such channel; sync, then try again.</source>
        <translation>אין ערוץ כזה; סנכרנו ונסו שוב.</translation>
    </message>
    <message>
        <source>There is no such team.</source>
        <translation>אין צוות כזה.</translation>
    </message>
    <message>
        <source>The day an account was assigned cannot be later than today.</source>
        <extracomment>The PostgreSQL advisory lock key one sweep holds (see crmdesk.server.sync&apos;s keys). The first key of the advisory lock a rep&apos;s pushes that claim take turns on (the second: the hash of the rep&apos;s id), apart from the single keys (SWEEP_LOCK, sync&apos;s). The session&apos;s note of the accounts whose claims this push refused (check_account). The session&apos;s note of the accounts this push gave to the pool, and whom from (check_account; after_push writes each on its timeline). The fields that make an activity a two-way conversation of its account by its author: the newest of their stamps is when it was logged as one (`after_push`). The answer to a new account whose clock would start after today.</extracomment>
        <translation>יום הקצאת הלקוח לא יכול להיות מאוחר מהיום.</translation>
    </message>
    <message>
        <source>A later edit of the same field was kept; yours is in the conflict log.</source>
        <extracomment>Why an edit that lost to a later one of the same field was not (wholly) applied.</extracomment>
        <translation>נשמר שינוי מאוחר יותר של אותו שדה; השינוי שלכם נמצא ביומן ההתנגשויות.</translation>
    </message>
    <message>
        <source>There is already a tag “{0}”; use that one.</source>
        <extracomment>How far ahead of the server&apos;s clock a client&apos;s stamp may be before it is clamped. Tables only an administrator changes (through crmdesk-server), never by a push. PostgreSQL advisory lock keys: writers of the change log (pushes share it, an administrator&apos;s move of a book takes it alone); compaction against pulls. The first key of the advisory locks making a tag&apos;s name, by the name&apos;s key. A push the database gave up on (a deadlock, a serialisation failure) is tried again, this many times in all, after a random pause growing with each try. Set by the server from the row&apos;s account or checked against the owner&apos;s team. Shared lists anyone may add to (a tag, the batch an import came in), never change. Shared lists only an administrator changes, by a push too (channels, products). The node name in stamps the server hands out. The answers given earlier to these ops (`answers`: read already, see `pusher`) This push&apos;s answers not yet written (`write_answers`). The field stamps this push set and has not written yet (`write_stamps`). The newest stamp this push had clamped: its later ops never clamp below it. people whose deal&apos;s team scope this push changed, with the member keys whose rows entered or left it (`announce_team_changes` writes them their entries) accounts an administrator&apos;s push gave another service owner, with the people (the one before, the one after) whose service scope gained or lost them (`announce_served` writes them their entries) The synced models by table name, looked up once for the push&apos;s ops. The columns of a field stamp a later edit rewrites. The field stamps&apos; upsert and the answers&apos; insert as one PostgreSQL statement, the rows passed as one array per column (a fixed text, prepared once, whatever the push&apos;s size). Past this many stamps or answers a push writes them with the two statements above. A push&apos;s earlier answers, by op id. The pusher&apos;s role and team, whether they are on some deal&apos;s team, with the earlier answers to the push&apos;s ops (none: one row of nulls), in one statement.</extracomment>
        <translation>כבר יש תגית “{0}”; השתמשו בה.</translation>
    </message>
    <message>
        <source>This operation id was already used by someone else.</source>
        <translation>מזהה הפעולה הזה כבר שימש מישהו אחר.</translation>
    </message>
    <message>
        <source>It does not fit the data on the server (a related record is missing or the value is taken): {0}</source>
        <translation>זה לא מתאים לנתונים בשרת (רשומה קשורה חסרה או שהערך תפוס): {0}</translation>
    </message>
    <message>
        <source>The server&apos;s database cannot store it: {0}</source>
        <translation>מסד הנתונים של השרת לא יכול לשמור את זה: {0}</translation>
    </message>
    <message>
        <source>Its account is not on the server (it was refused or removed).</source>
        <translation>הלקוח שלו לא נמצא בשרת (נדחה או הוסר).</translation>
    </message>
    <message>
        <source>“{0}” cannot be changed by sync.</source>
        <translation>לא ניתן לשנות את “{0}” דרך סנכרון.</translation>
    </message>
    <message>
        <source>Bad clock stamp: {0}</source>
        <translation>חותמת שעון פגומה: {0}</translation>
    </message>
    <message>
        <source>A new {0} row needs: {1}.</source>
        <translation>רשומת {0} חדשה צריכה: {1}.</translation>
    </message>
    <message>
        <source>The server sent an unknown kind of record “{0}”; update crmdesk.</source>
        <extracomment>Each searched table&apos;s document kind and the column naming its company (None: the row is the company).</extracomment>
        <translation>השרת שלח סוג רשומה לא מוכר “{0}”; עדכנו את crmdesk.</translation>
    </message>
    <message>
        <source>The server sent a {0} record this app cannot read ({1}); update crmdesk.</source>
        <translation>השרת שלח רשומת {0} שהאפליקציה לא יכולה לקרוא ({1}); עדכנו את crmdesk.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>מישהו</translation>
    </message>
    <message>
        <source>Replaced by {0}&apos;s later edit.</source>
        <translation>הוחלף בשינוי מאוחר יותר של {0}.</translation>
    </message>
    <message>
        <source>The server keeps asking for a fresh sync; try again later.</source>
        <extracomment>SQLite page cache while a first sync writes in bulk (KiB, negative as PRAGMA wants). WAL pages between checkpoints while a first sync writes in bulk (SQLite&apos;s default: 1000). Changes a first sync writes in one transaction at most (a save waits for one).</extracomment>
        <translation>השרת מבקש שוב ושוב סנכרון מחדש; נסו שוב מאוחר יותר.</translation>
    </message>
    <message>
        <source>The server&apos;s pages do not follow on from each other; nothing was lost, try again later.</source>
        <translation>הדפים מהשרת אינם ממשיכים זה את זה; דבר לא אבד, נסו שוב מאוחר יותר.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read ({0} problems); try again later.</source>
        <translation>לא ניתן לקרוא את תשובת השרת ({0} בעיות); נסו שוב מאוחר יותר.</translation>
    </message>
    <message>
        <source>This change is larger than the server accepts, so it was not sent; it is kept here.</source>
        <extracomment>A push body stays under this size (the server refuses more than 8 MB).</extracomment>
        <translation>השינוי הזה גדול ממה שהשרת מקבל, ולכן לא נשלח; הוא נשמר כאן.</translation>
    </message>
    <message>
        <source>This record left your scope (reassigned or moved) before your change was sent; your change is kept here.</source>
        <translation>הרשומה הזו יצאה מהתחום שלכם (הוקצתה מחדש או הועברה) לפני שהשינוי שלכם נשלח; השינוי שלכם נשמר כאן.</translation>
    </message>
    <message>
        <source>This record, which the server had refused, hung on one that left your scope; it is kept here.</source>
        <translation>הרשומה הזו, שהשרת דחה, הייתה תלויה ברשומה שיצאה מהתחום שלכם; היא נשמרת כאן.</translation>
    </message>
    <message>
        <source>the person who synced it last</source>
        <extracomment>Who held a workspace an older version synced without noting for whom.</extracomment>
        <translation>מי שסנכרן אותה לאחרונה</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <extracomment>Two parts of a sentence&apos;s list, the later part last.</extracomment>
        <translation>{0} ו{1}</translation>
    </message>
    <message>
        <source>{0} change(s) by {1} not yet sent</source>
        <translation>{0} שינויים של {1} שעדיין לא נשלחו</translation>
    </message>
    <message>
        <source>{0} refused change(s) by {1} kept in Conflicts</source>
        <translation>{0} שינויים שנדחו של {1} שמורים בהתנגשויות</translation>
    </message>
    <message>
        <source>{0} record(s) by {1} the server refused, marked where they were made</source>
        <translation>{0} רשומות של {1} שהשרת דחה, מסומנות במקום שבו נוצרו</translation>
    </message>
    <message>
        <source>This workspace holds {0}. Sign in as {1} to deal with them first, or open another workspace for this account.</source>
        <translation>בסביבת העבודה הזו יש {0}. היכנסו בתור {1} כדי לטפל בהם קודם, או פתחו סביבת עבודה אחרת לחשבון הזה.</translation>
    </message>
    <message>
        <source>This workspace holds the records of {0}; syncing as “{1}” would remove them from this laptop (they stay on the server).</source>
        <translation>בסביבת העבודה הזו יש את הרשומות של {0}; סנכרון בתור “{1}” יסיר אותן מהמחשב הזה (הן נשארות בשרת).</translation>
    </message>
    <message>
        <source>The server could not be reached ({0}); your changes are kept and will be sent next time.</source>
        <extracomment>What `call` does unless told otherwise.</extracomment>
        <translation>לא ניתן היה להגיע לשרת ({0}); השינויים שלכם נשמרו ויישלחו בפעם הבאה.</translation>
    </message>
    <message>
        <source>The server is too busy to answer now; your changes are kept and will be sent next time.</source>
        <translation>השרת עמוס מכדי לענות עכשיו; השינויים שלכם נשמרו ויישלחו בפעם הבאה.</translation>
    </message>
    <message>
        <source>The server refused: {0}</source>
        <translation>השרת סירב: {0}</translation>
    </message>
    <message>
        <source>{0} has no field “{1}” a client may set.</source>
        <extracomment>Columns the server sets itself; an edit may not. The key of a figure that is sentences one after the other (a Joined), with its &quot;separator&quot; (a version that does not know it shows the English instead). The key of a figure that is a day ({&quot;day&quot;: &quot;2026-12-01&quot;}): the window writes it as the locale writes days (a version that does not know it shows the English, ISO, instead).</extracomment>
        <translation>ל-{0} אין שדה “{1}” שלקוח יכול לקבוע.</translation>
    </message>
    <message>
        <source>{0} may not be empty.</source>
        <translation>{0} לא יכול להיות ריק.</translation>
    </message>
    <message>
        <source>{0} is out of range.</source>
        <translation>{0} מחוץ לטווח.</translation>
    </message>
    <message>
        <source>{0} is longer than {1} characters.</source>
        <translation>{0} ארוך מ-{1} תווים.</translation>
    </message>
    <message>
        <source>{0} contains a NUL character.</source>
        <translation>{0} מכיל תו NUL.</translation>
    </message>
    <message>
        <source>{0} has a value of the wrong type: {1}.</source>
        <translation>ל-{0} יש ערך מסוג שגוי: {1}.</translation>
    </message>
    <message>
        <source>{0} cannot be set by sync.</source>
        <translation>לא ניתן לקבוע את {0} דרך סנכרון.</translation>
    </message>
    <message>
        <source>A deal is done when it is won or lost: open it on its company&apos;s card and move its stage.</source>
        <extracomment>The agenda looks this many days ahead unless told otherwise. The most days ahead the agenda (and the CLI&apos;s lookup by id) reads. When an item with no time of its own falls due, unless the user chose another time. Answers to an action an item does not take.</extracomment>
        <translation>עסקה מסתיימת כשהיא נסגרת בזכייה או באובדן: פתחו אותה בכרטיס החברה שלה והעבירו את השלב שלה.</translation>
    </message>
    <message>
        <source>A care reminder falls on its occasion: mark it done, or dismiss it in the queue&apos;s care reminders.</source>
        <translation>תזכורת שימור חלה במועד שלה: סמנו אותה כבוצעה, או דחו אותה בתזכורות השימור של התור.</translation>
    </message>
    <message>
        <source>Choose today or a later day.</source>
        <translation>בחרו את היום או יום מאוחר יותר.</translation>
    </message>
    <message>
        <source>Nothing on your agenda has the id {0}.</source>
        <translation>אין ביומן שלכם פריט עם המזהה {0}.</translation>
    </message>
    <message>
        <source>More than one item&apos;s id starts with {0}; give more of it.</source>
        <translation>יותר מפריט אחד מזהה שלו מתחיל ב-{0}; הזינו יותר ממנו.</translation>
    </message>
    <message>
        <source>“{0}” is not a currency code (ISO 4217, three letters such as CNY, USD or EUR).</source>
        <extracomment>Every known code with its number of decimals. Currencies people write with a sign in front (the rest keep their code after).</extracomment>
        <translation>„{0}” אינו קוד מטבע (ISO 4217, שלוש אותיות כמו CNY, USD או EUR).</translation>
    </message>
    <message>
        <source>“{0}” is not an amount: write it like 12000.00.</source>
        <extracomment>What text that is no number is refused for, as an amount.</extracomment>
        <translation>„{0}” אינו סכום: כתבו אותו כמו 12000.00.</translation>
    </message>
    <message numerus="yes">
        <source>{0} amounts have at most %n decimal(s): “{1}”.</source>
        <translation>
            <numerusform>לסכומים ב-{0} יש לכל היותר ספרה אחת אחרי הנקודה: „{1}”.</numerusform>
            <numerusform>לסכומים ב-{0} יש לכל היותר %n ספרות אחרי הנקודה: „{1}”.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{0}” is not a country code phone numbers are known for; use two letters such as CN, US, GB or IL.</source>
        <extracomment>Similarity (0-100) above which two company names are reported as a fuzzy match.</extracomment>
        <translation>„{0}” אינו קוד מדינה שמוכרים בו מספרי טלפון; השתמשו בשתי אותיות כמו CN, US, GB או IL.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>מספר הטלפון ריק.</translation>
    </message>
    <message>
        <source>“{0}” has no digits, so it is not a phone number.</source>
        <translation>ב-„{0}” אין ספרות, ולכן אינו מספר טלפון.</translation>
    </message>
    <message>
        <source>“{0}” is not a phone number we can read ({1}).</source>
        <translation>„{0}” אינו מספר טלפון שאנחנו יכולים לקרוא ({1}).</translation>
    </message>
    <message>
        <source>“{0}” has the wrong number of digits for its country.</source>
        <translation>ל-„{0}” יש מספר ספרות שגוי עבור המדינה שלו.</translation>
    </message>
    <message>
        <source>“{0}” is not a valid number in its country&apos;s numbering plan.</source>
        <translation>„{0}” אינו מספר תקף בתוכנית המספור של המדינה שלו.</translation>
    </message>
    <message>
        <source>“{0}” is not an email address.</source>
        <translation>„{0}” אינה כתובת דוא״ל.</translation>
    </message>
    <message>
        <source>same company name once legal form is ignored (“{0}”)</source>
        <extracomment>How many characters of a name&apos;s beginning and end make its blocks (see name_blocks). Words so many companies&apos; names share (what they do, where, how big) that they say little about which company it is: a name&apos;s blocks are taken from its other words. The same for Chinese names: what a company does, taken off the end of its name.</extracomment>
        <translation>אותו שם חברה בלי הצורה המשפטית („{0}”)</translation>
    </message>
    <message>
        <source>similar company name ({0:.0%} alike)</source>
        <translation>שם חברה דומה (דמיון של {0:.0%})</translation>
    </message>
    <message>
        <source>same phone number {0}</source>
        <translation>אותו מספר טלפון: {0}</translation>
    </message>
    <message>
        <source>same email or web domain {0}</source>
        <translation>אותו דומיין של דוא״ל או אתר: {0}</translation>
    </message>
    <message>
        <source>A target belongs to a team; choose one.</source>
        <extracomment>The kind of record (table name) each dimension&apos;s subject is. The largest target, in minor units: a trillion in a two-decimal currency (a typo with a few zeros too many is refused rather than drawn as a bar no one can read).</extracomment>
        <translation>יעד שייך לצוות; בחרו צוות.</translation>
    </message>
    <message>
        <source>A target is zero or more.</source>
        <translation>יעד הוא אפס או יותר.</translation>
    </message>
    <message>
        <source>This target is too large; check the number of zeros.</source>
        <translation>היעד הזה גדול מדי; בדקו את מספר האפסים.</translation>
    </message>
    <message>
        <source>A target starts on the first day of its month, quarter or year.</source>
        <translation>יעד מתחיל ביום הראשון של החודש, הרבעון או השנה שלו.</translation>
    </message>
    <message>
        <source>A team&apos;s own target names that team.</source>
        <translation>היעד של צוות מציין את הצוות הזה.</translation>
    </message>
    <message>
        <source>This target names no such user.</source>
        <translation>היעד הזה מציין משתמש שאינו קיים.</translation>
    </message>
    <message>
        <source>This target names no such team.</source>
        <translation>היעד הזה מציין צוות שאינו קיים.</translation>
    </message>
    <message>
        <source>This target names no such product.</source>
        <translation>היעד הזה מציין מוצר שאינו קיים.</translation>
    </message>
    <message>
        <source>This target names no such customer.</source>
        <translation>היעד הזה מציין לקוח שאינו קיים.</translation>
    </message>
    <message>
        <source>{0} Q{1}</source>
        <extracomment>Scopes up to this many days are reviewed month by month, longer ones by quarter: four months of bars per rep still read at a glance, a year of them does not.</extracomment>
        <translation>רבעון {1} {0}</translation>
    </message>
    <message>
        <source>A month is written YYYY-MM, e.g. 2026-03.</source>
        <extracomment>The windows a cohort&apos;s revenue is read over, in months after T. The window after which a cohort is complete. The largest monthly cost an admin may type, in major units (a typo guard: 10 billion).</extracomment>
        <translation>חודש נכתב YYYY-MM, למשל 2026-03.</translation>
    </message>
    <message>
        <source>A channel&apos;s cost cannot be below zero.</source>
        <translation>עלות ערוץ לא יכולה להיות מתחת לאפס.</translation>
    </message>
    <message>
        <source>A channel cost is for a whole month: its month is the month&apos;s first day.</source>
        <translation>עלות ערוץ היא לחודש שלם: החודש שלה הוא היום הראשון בחודש.</translation>
    </message>
    <message>
        <source>A channel&apos;s monthly cost is at most {0:,} {1}.</source>
        <translation>העלות החודשית של ערוץ היא לכל היותר {0:,} {1}.</translation>
    </message>
    <message>
        <source>A company cannot be linked to itself.</source>
        <extracomment>The kinds of record checked here, by table name (the entity names sync uses). A referral&apos;s problems, in the words the relation form shows.</extracomment>
        <translation>אי אפשר לקשר חברה לעצמה.</translation>
    </message>
    <message>
        <source>This company was already referred to us by {0}; remove that link first.</source>
        <extracomment>A company came to us through one referrer (`already_referred`&apos;s template).</extracomment>
        <translation>את החברה הזאת כבר הפנתה אלינו {0}; הסירו קודם את הקישור הזה.</translation>
    </message>
    <message>
        <source>Only a team lead sets the team&apos;s stages, playbook and sales targets (or an administrator).</source>
        <extracomment>the deals whose virtual team the viewer is on, and those deals&apos; companies of those, the deals (an activity is logged on one of them) The answer to a rep changing a kind only a team&apos;s lead changes.</extracomment>
        <translation>רק ראש צוות קובע את השלבים, ספר המכירות ויעדי המכירות של הצוות (או מנהל מערכת).</translation>
    </message>
    <message>
        <source>Only the deal&apos;s owner or their team lead chooses who is on the deal&apos;s team.</source>
        <extracomment>The answer to anyone else setting who is on a deal&apos;s team.</extracomment>
        <translation>רק בעלי העסקה או ראש הצוות שלהם בוחרים מי בצוות העסקה.</translation>
    </message>
    <message>
        <source>On a deal whose team you are on, you change only the activities you logged.</source>
        <extracomment>The answer to a colleague on a deal&apos;s team changing an activity someone else logged.</extracomment>
        <translation>בעסקה שאתם בצוות שלה, אתם משנים רק את הפעילויות שרשמתם.</translation>
    </message>
    <message>
        <source>The owner must be a member of the record&apos;s team.</source>
        <extracomment>The answer to a row given to someone outside its team (the server&apos;s push check, and the laptop&apos;s reassignment before it saves).</extracomment>
        <translation>הבעלים חייבים להיות חברים בצוות של הרשומה.</translation>
    </message>
    <message>
        <source>You are on this company&apos;s deal team, not its owner&apos;s team: log it on the deal you are on.</source>
        <extracomment>The answer to a colleague on a company&apos;s deal team logging on no deal of theirs there.</extracomment>
        <translation>אתם בצוות עסקה של החברה הזאת, לא בצוות של הבעלים שלה: רשמו זאת בעסקה שאתם בה.</translation>
    </message>
    <message>
        <source>Only a deal of this company can be named on its activity.</source>
        <extracomment>The answer to an activity naming another company&apos;s deal (the laptop&apos;s and the server&apos;s row check, crmdesk.domain.row_checks, and a colleague&apos;s write here).</extracomment>
        <translation>רק עסקה של החברה הזאת יכולה להופיע בפעילות שלה.</translation>
    </message>
    <message>
        <source>Only people of this company can be named on its activity.</source>
        <extracomment>The answer to an activity naming people of another company.</extracomment>
        <translation>רק אנשי החברה הזאת יכולים להופיע בפעילות שלה.</translation>
    </message>
    <message>
        <source>On a deal whose team you are on, an activity you logged stays yours: you cannot make someone else its author.</source>
        <extracomment>The answer to a colleague on a deal&apos;s team handing an activity to someone else.</extracomment>
        <translation>בעסקה שאתם בצוות שלה, פעילות שרשמתם נשארת שלכם: אי אפשר להפוך מישהו אחר לכותב שלה.</translation>
    </message>
    <message>
        <source>You serve this customer: you mark your onboarding tasks done and log activities here; its sales records stay with its owner.</source>
        <extracomment>The answer to a service user changing a served company&apos;s sales records.</extracomment>
        <translation>אתם משרתים את הלקוח הזה: אתם מסמנים כאן את משימות הקליטה שלכם כבוצעו ורושמים פעילויות; רשומות המכירה שלו נשארות אצל הבעלים.</translation>
    </message>
    <message>
        <source>At a customer you serve, you change only the activities you logged.</source>
        <extracomment>The answer to a service user changing an activity someone else logged.</extracomment>
        <translation>אצל לקוח שאתם משרתים, אתם משנים רק את הפעילויות שרשמתם.</translation>
    </message>
    <message>
        <source>Only an administrator changes shared lists (channels, products, users).</source>
        <translation>רק מנהל מערכת משנה רשימות משותפות (ערוצים, מוצרים, משתמשים).</translation>
    </message>
    <message>
        <source>this record</source>
        <extracomment>What `outside_scope` names: the record as it was, or as the change would make it.</extracomment>
        <translation>הרשומה הזאת</translation>
    </message>
    <message>
        <source>the record as changed</source>
        <translation>הרשומה כפי ששונתה</translation>
    </message>
    <message>
        <source>You may not change {0}: it belongs to another person or team.</source>
        <translation>אינכם רשאים לשנות את {0}: היא שייכת לאדם או לצוות אחר.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <extracomment>The longest tag name (the tags.name column). Names the ids of tags made from a name, so two laptops that make the same tag offline make the same row, and sync sees one tag rather than two clashing on the name.</extracomment>
        <translation>לתגית נדרש שם.</translation>
    </message>
    <message numerus="yes">
        <source>A tag is at most %n character(s).</source>
        <translation>
            <numerusform>תגית מוגבלת לתו אחד.</numerusform>
            <numerusform>תגית מוגבלת ל-%n תווים.</numerusform>
        </translation>
    </message>
    <message>
        <source>a line break</source>
        <extracomment>Fields whose text may run over several lines (tabs and line breaks allowed): a message template&apos;s body too.</extracomment>
        <translation>מעבר שורה</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>טאב</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>תו NUL</translation>
    </message>
    <message>
        <source>an invisible control character (U+{0:04X})</source>
        <translation>תו בקרה בלתי נראה (U+{0:04X})</translation>
    </message>
    <message>
        <source>The {0} contains {1}, which cannot be saved here; remove it.</source>
        <translation>השדה {0} מכיל {1}, שאי אפשר לשמור כאן; הסירו אותו.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <extracomment>A refusal naming the company it is about: &quot;Acme: You may not change…&quot;.</extracomment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Give the accounts to an active rep or lead of their team.</source>
        <translation>העבירו את הלקוחות לנציג או לראש צוות פעיל בצוות שלהם.</translation>
    </message>
    <message>
        <source>One of the accounts is gone (merged or removed meanwhile).</source>
        <translation>אחד הלקוחות כבר איננו (מוזג או הוסר בינתיים).</translation>
    </message>
    <message>
        <source>Choose someone else to take over the book, or the team&apos;s pool.</source>
        <translation>בחרו מישהו אחר שייקח את תיק הלקוחות, או את מאגר הצוות.</translation>
    </message>
    <message>
        <source>Write a note or choose an outcome first.</source>
        <translation>כתבו הערה או בחרו תוצאה קודם.</translation>
    </message>
    <message>
        <source>Follow-up done.</source>
        <extracomment>The note a follow-up marked done on the agenda leaves on the timeline (kept marked: each reader&apos;s window words it, crmdesk.store.models.notes_columns).</extracomment>
        <translation>המעקב בוצע.</translation>
    </message>
    <message>
        <source>Follow-up moved from {0}.</source>
        <extracomment>The note a follow-up moved on the agenda leaves ({0}: the day it was due).</extracomment>
        <translation>המעקב הוזז מ־{0}.</translation>
    </message>
    <message>
        <source>This task no longer exists; nothing was saved.</source>
        <translation>המשימה הזאת כבר לא קיימת; דבר לא נשמר.</translation>
    </message>
    <message>
        <source>Choose today or a later day (you are back once it has passed).</source>
        <extracomment>The answer to an away day already past.</extracomment>
        <translation>בחרו את היום או יום מאוחר יותר (אתם חוזרים כשהוא עובר).</translation>
    </message>
    <message>
        <source>No care reminder {0} among yours (it may be marked already, or past).</source>
        <extracomment>What changed: the care reminders (a mark, or a team&apos;s settings).</extracomment>
        <translation>אין בין התזכורות שלכם תזכורת שימור {0} (ייתכן שכבר סומנה, או שעברה).</translation>
    </message>
    <message>
        <source>More than one reminder starts with {0}; give more of its id.</source>
        <translation>יותר מתזכורת אחת מתחילה ב-{0}; הזינו יותר מהמזהה שלה.</translation>
    </message>
    <message>
        <source>A new intake key is made on the server: sign in to the server first (Sync ▸ Sign in to server…).</source>
        <extracomment>What a cost change touches: no account, the ROI figures only. What a channel added or its key changes: the channels screen&apos;s list.</extracomment>
        <translation>מפתח קליטה חדש נוצר בשרת: התחברו קודם לשרת (סנכרון ▸ התחברות לשרת…).</translation>
    </message>
    <message>
        <source>A new intake key is made on the server, which cannot be reached now; try again when this laptop is online.</source>
        <translation>מפתח קליטה חדש נוצר בשרת, שאינו זמין כעת; נסו שוב כשהמחשב הזה מחובר.</translation>
    </message>
    <message>
        <source>The server answered {0}.</source>
        <translation>השרת ענה {0}.</translation>
    </message>
    <message>
        <source>No company “{0}” in this workspace.</source>
        <extracomment>The cells a card gives the lead-file checks, and where each is. The answer to a card without a company.</extracomment>
        <translation>אין חברה „{0}” בסביבת העבודה הזאת.</translation>
    </message>
    <message>
        <source>{0}: would import {1:,} contact(s); {2:,} already known (left unchanged); {3:,} skipped.</source>
        <translation>{0}: אנשי קשר שייובאו: {1:,}; כבר קיימים (ללא שינוי): {2:,}; ידולגו: {3:,}.</translation>
    </message>
    <message>
        <source>{0}: imported {1:,} contact(s); {2:,} already known (left unchanged); {3:,} skipped.</source>
        <translation>{0}: אנשי קשר שיובאו: {1:,}; כבר קיימים (ללא שינוי): {2:,}; דולגו: {3:,}.</translation>
    </message>
    <message>
        <source>This file holds no vCard (no BEGIN:VCARD line).</source>
        <translation>הקובץ אינו מכיל vCard (אין שורת BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>new company “{0}”</source>
        <extracomment>line of a card repeating an earlier card&apos;s company -&gt; that card&apos;s line</extracomment>
        <translation>חברה חדשה „{0}”</translation>
    </message>
    <message>
        <source>“{0}” is not yours to change: {1}</source>
        <translation>אין לך הרשאה לשנות את „{0}”: {1}</translation>
    </message>
    <message>
        <source>added to the known company ({0})</source>
        <translation>נוסף לחברה קיימת ({0})</translation>
    </message>
    <message>
        <source>added to “{0}” made from line {1}</source>
        <translation>נוסף ל„{0}” שנוצרה משורה {1}</translation>
    </message>
    <message>
        <source>already on file as “{0}”: {1}</source>
        <translation>איש קשר קיים „{0}”: {1}</translation>
    </message>
    <message>
        <source>This record no longer exists; nothing was saved.</source>
        <translation>הרשומה הזאת כבר לא קיימת; דבר לא נשמר.</translation>
    </message>
    <message>
        <source>Say which team&apos;s membership rule this is.</source>
        <translation>ציינו של איזה צוות כלל החברות הזה.</translation>
    </message>
    <message>
        <source>Redeem a number of points more than zero.</source>
        <translation>ממשו מספר נקודות גדול מאפס.</translation>
    </message>
    <message>
        <source>This payment no longer exists.</source>
        <extracomment>an earned entry&apos;s payment as its reason says it (the window words it in its language): amount, currency, day received, its contract&apos;s number</extracomment>
        <translation>התשלום הזה כבר לא קיים.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <extracomment>What changed: the laptop&apos;s outbox (its messages and their states). The most people a preview offers to choose among.</extracomment>
        <translation>איש הקשר הזה כבר לא קיים.</translation>
    </message>
    <message>
        <source>Connected to {0} and signed in as {1}.</source>
        <translation>התחברנו אל {0} ונכנסנו בתור {1}.</translation>
    </message>
    <message>
        <source>Connected to {0}.</source>
        <translation>התחברנו אל {0}.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>הפורט הוא מספר בין 1 ל-65535.</translation>
    </message>
    <message>
        <source>The connection is “starttls” or “tls”: never in the clear.</source>
        <translation>החיבור הוא „starttls” או „tls”: לעולם לא בטקסט גלוי.</translation>
    </message>
    <message>
        <source>The from-address is an email address, e.g. Amy &lt;amy@example.com&gt;.</source>
        <translation>כתובת השולח היא כתובת דוא״ל, למשל Amy &lt;amy@example.com&gt;.</translation>
    </message>
    <message>
        <source>Set the mail server and user name before the password.</source>
        <translation>הגדירו את שרת הדואר ואת שם המשתמש לפני הסיסמה.</translation>
    </message>
    <message>
        <source>The gateway&apos;s address starts with http:// or https://.</source>
        <translation>כתובת השער מתחילה ב-http:// או ב-https://.</translation>
    </message>
    <message>
        <source>The key&apos;s header is a header name, such as Authorization.</source>
        <translation>כותרת המפתח היא שם של כותרת, כמו Authorization.</translation>
    </message>
    <message>
        <source>Set the gateway&apos;s address before its key.</source>
        <translation>הגדירו את כתובת השער לפני המפתח שלו.</translation>
    </message>
    <message>
        <source>No mail server is set (crmdesk mail-settings smtp).</source>
        <translation>לא הוגדר שרת דוא&quot;ל (crmdesk mail-settings smtp).</translation>
    </message>
    <message>
        <source>No SMS gateway is set (crmdesk mail-settings sms).</source>
        <translation>לא הוגדר שער SMS (crmdesk mail-settings sms).</translation>
    </message>
    <message>
        <source>No template called “{0}”.</source>
        <translation>אין תבנית בשם „{0}”.</translation>
    </message>
    <message>
        <source>Say which team the template is for.</source>
        <translation>ציינו לאיזה צוות התבנית.</translation>
    </message>
    <message>
        <source>This contact no longer exists; nothing was saved.</source>
        <translation>איש הקשר הזה כבר לא קיים; דבר לא נשמר.</translation>
    </message>
    <message>
        <source>Sent, but not archived: its company or contact was removed while it waited.</source>
        <extracomment>A message that went to a contact or company removed while it waited.</extracomment>
        <translation>נשלחה, אך לא תועדה בציר: החברה או איש הקשר הוסרו בזמן שהמתינה.</translation>
    </message>
    <message>
        <source>Sent, but not archived: {0}</source>
        <extracomment>A message that went to a company the user may no longer log on: the refusal&apos;s words.</extracomment>
        <translation>נשלחה, אך לא תועדה בציר: {0}</translation>
    </message>
    <message>
        <source>{0} It may have gone — check before sending again.</source>
        <extracomment>A message cut off while it was handed over: the sender&apos;s words, then this.</extracomment>
        <translation>{0} ייתכן שיצאה — בדקו לפני שליחה חוזרת.</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <extracomment>as typed: &quot;1985-12-08&quot;, or &quot;12-08&quot; when the year is not known
----------
The fields of a contact people type, as the edit form names them. A contact&apos;s yes-or-no fields an edit may change.</extracomment>
        <translation>לאיש קשר נדרש שם.</translation>
    </message>
    <message>
        <source>The period starts ({0}) after it ends ({1}).</source>
        <extracomment>the person every figure is narrowed to whatever is asked (a rep: themself) the team a lead&apos;s figures are held to (None: an admin chooses)</extracomment>
        <translation>התקופה מתחילה ({0}) אחרי שהיא מסתיימת ({1}).</translation>
    </message>
    <message>
        <source>That team is not in this workspace.</source>
        <translation>הצוות הזה אינו בסביבת העבודה הזאת.</translation>
    </message>
    <message>
        <source>That person is not in this workspace.</source>
        <translation>האדם הזה אינו בסביבת העבודה הזאת.</translation>
    </message>
    <message>
        <source>You see your own figures only, not {0}&apos;s.</source>
        <translation>אתם רואים רק את הנתונים שלכם, לא של {0}.</translation>
    </message>
    <message>
        <source>You see your own figures only, not another team&apos;s.</source>
        <translation>אתם רואים רק את הנתונים שלכם, לא של צוות אחר.</translation>
    </message>
    <message>
        <source>your team</source>
        <translation>הצוות שלכם</translation>
    </message>
    <message>
        <source>You lead {0}: the review shows your team&apos;s figures, not {1}&apos;s.</source>
        <translation>אתם מובילים את {0}: הסקירה מציגה את נתוני הצוות שלכם, לא של {1}.</translation>
    </message>
    <message>
        <source>another team</source>
        <translation>צוות אחר</translation>
    </message>
    <message>
        <source>{0} is not on {1}: you see your team&apos;s figures only.</source>
        <translation>{0} אינו ב-{1}: אתם רואים רק את נתוני הצוות שלכם.</translation>
    </message>
    <message>
        <source>{0} is not on {1}.</source>
        <translation>{0} אינו ב-{1}.</translation>
    </message>
    <message>
        <source>that team</source>
        <translation>הצוות הזה</translation>
    </message>
    <message>
        <source>none</source>
        <translation>אין</translation>
    </message>
    <message>
        <source>No team “{0}” in this workspace. Teams: {1}.</source>
        <translation>אין צוות „{0}” בסביבת העבודה הזאת. צוותים: {1}.</translation>
    </message>
    <message>
        <source>No user “{0}” in this workspace. Reps: {1}.</source>
        <translation>אין משתמש „{0}” בסביבת העבודה הזאת. נציגים: {1}.</translation>
    </message>
    <message>
        <source>You serve this customer: you can log activities and mark your onboarding tasks done; the company and its sales are {0}&apos;s to change.</source>
        <extracomment>A record a command changes: (entity, row id). The card&apos;s note to a service user at a customer they serve ({0}: its owner).</extracomment>
        <translation>אתם משרתים את הלקוח הזה: אתם יכולים לרשום פעילויות ולסמן את משימות הקליטה שלכם כבוצעו; את החברה ואת המכירות שלה משנה {0}.</translation>
    </message>
    <message>
        <source>You serve this customer: you can log activities and mark your onboarding tasks done; the company and its sales are its team&apos;s to change.</source>
        <translation>אתם משרתים את הלקוח הזה: אתם יכולים לרשום פעילויות ולסמן את משימות הקליטה שלכם כבוצעו; את החברה ואת המכירות שלה משנה הצוות שלה.</translation>
    </message>
    <message>
        <source>You are on this deal&apos;s team: you can log activities here; the deal and the company are {0}&apos;s to change.</source>
        <extracomment>The card&apos;s note to a colleague on one of a company&apos;s deals ({0}: its owner).</extracomment>
        <translation>אתם בצוות העסקה הזאת: אתם יכולים לרשום כאן פעילויות; את העסקה ואת החברה משנה {0}.</translation>
    </message>
    <message>
        <source>You are on this deal&apos;s team: you can log activities here; the deal and the company are its team&apos;s to change.</source>
        <translation>אתם בצוות העסקה הזאת: אתם יכולים לרשום כאן פעילויות; את העסקה ואת החברה משנה הצוות שלה.</translation>
    </message>
    <message>
        <source>Customer service does not create leads: you take over customers once they have signed and paid. A rep or the team lead adds new leads.</source>
        <extracomment>The answer to a customer-service user making a lead (typed, imported, from the CLI).</extracomment>
        <translation>שירות הלקוחות אינו יוצר לידים: אתם מקבלים לקוחות אחרי שחתמו ושילמו. נציג או ראש הצוות מוסיפים לידים חדשים.</translation>
    </message>
    <message>
        <source>You are in no team yet, so a new lead would belong to no one&apos;s team and no one would see it. An administrator puts you in a team first.</source>
        <extracomment>The answer to a rep or lead in no team: a lead would belong to no team at all.</extracomment>
        <translation>אתם עדיין לא בשום צוות, ולכן ליד חדש לא היה שייך לצוות של אף אחד ואף אחד לא היה רואה אותו. מנהל מערכת מצרף אתכם קודם לצוות.</translation>
    </message>
    <message>
        <source>You are disabled (or removed) on the server, so you make no new leads: an administrator enables you again.</source>
        <extracomment>The answer to a user disabled or removed (on the server) making a lead.</extracomment>
        <translation>אתם מושבתים (או הוסרתם) בשרת, ולכן אינכם יוצרים לידים חדשים: מנהל מערכת מפעיל אתכם מחדש.</translation>
    </message>
    <message>
        <source>Choose the team the new leads go to.</source>
        <extracomment>The answer to an administrator (in no team) who did not say where the leads go.</extracomment>
        <translation>בחרו את הצוות שאליו הולכים הלידים החדשים.</translation>
    </message>
    <message>
        <source>Your new leads go to your own team.</source>
        <extracomment>The answer to a rep or lead naming another team for their new leads.</extracomment>
        <translation>הלידים החדשים שלכם הולכים לצוות שלכם.</translation>
    </message>
    <message>
        <source>New leads go to an active rep or lead of their team, or to its pool.</source>
        <extracomment>The answer to new leads given to someone who does not hold leads.</extracomment>
        <translation>לידים חדשים הולכים לנציג או לראש צוות פעיל בצוות שלהם, או למאגר שלו.</translation>
    </message>
    <message>
        <source>“{0}” is in the team pool: claim it first (the pool&apos;s limits apply), then merge it.</source>
        <extracomment>The answers to a merge that would go around the pool&apos;s or the hand-off&apos;s rules.</extracomment>
        <translation>„{0}” נמצא במאגר הצוות: תבעו אותו קודם (מגבלות המאגר חלות), ואז מזגו אותו.</translation>
    </message>
    <message>
        <source>“{0}” is served by customer service: its service owner and onboarding tasks would be lost in a merge, so an administrator merges it.</source>
        <translation>„{0}” מקבל שירות משירות הלקוחות: אחראי השירות ומשימות הקליטה שלו היו אובדים במיזוג, ולכן מנהל מערכת ממזג אותו.</translation>
    </message>
    <message>
        <source>That team is gone; choose another.</source>
        <translation>הצוות הזה כבר איננו; בחרו צוות אחר.</translation>
    </message>
    <message>
        <source>A suggestion needs at least one of its product.</source>
        <extracomment>A deal&apos;s next step holds this many characters (models.Opportunity.next_step).</extracomment>
        <translation>הצעה צריכה לפחות יחידה אחת של המוצר שלה.</translation>
    </message>
    <message>
        <source>Only a team lead (or an administrator) sets the team&apos;s care reminders.</source>
        <extracomment>The answer to anyone but a lead or an admin changing the team&apos;s care settings.</extracomment>
        <translation>רק ראש צוות (או מנהל מערכת) קובע את תזכורות השימור של הצוות.</translation>
    </message>
    <message>
        <source>This company no longer exists; nothing was saved.</source>
        <extracomment>the person a birthday is of (None: a renewal&apos;s or anniversary&apos;s) A reminder found, with its company&apos;s name and team, the company&apos;s owner&apos;s name and the person a birthday is of. The subject of a reminder counted, not listed (the count reads none).
----------
How each role is stored: (the other is the &quot;from&quot; side, kind). The roles stored as a referral (a kind of its own, models.Referral): whether the other company is the referrer.</extracomment>
        <translation>החברה הזאת כבר לא קיימת; דבר לא נשמר.</translation>
    </message>
    <message>
        <source>That channel is not in this workspace (it was removed?).</source>
        <translation>הערוץ הזה אינו בסביבת העבודה הזאת (הוא הוסר?).</translation>
    </message>
    <message>
        <source>A channel needs a name.</source>
        <extracomment>The longest channel name (the column&apos;s length).</extracomment>
        <translation>לערוץ נדרש שם.</translation>
    </message>
    <message numerus="yes">
        <source>A channel name is at most %n character(s).</source>
        <translation>
            <numerusform>שם ערוץ מוגבל לתו אחד.</numerusform>
            <numerusform>שם ערוץ מוגבל ל-%n תווים.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a channel “{0}”.</source>
        <translation>כבר יש ערוץ „{0}”.</translation>
    </message>
    <message>
        <source>This deal no longer exists; nothing was saved.</source>
        <translation>העסקה הזאת כבר לא קיימת; דבר לא נשמר.</translation>
    </message>
    <message>
        <source>This colleague is no longer a user; nothing was saved.</source>
        <translation>העמית הזה כבר אינו משתמש; דבר לא נשמר.</translation>
    </message>
    <message>
        <source>The deal&apos;s owner is on its team already.</source>
        <translation>בעלי העסקה כבר בצוות שלה.</translation>
    </message>
    <message>
        <source>This colleague is not on the deal&apos;s team; nothing was saved.</source>
        <translation>העמית הזה אינו בצוות העסקה; דבר לא נשמר.</translation>
    </message>
    <message>
        <source>This account no longer exists; nothing was saved.</source>
        <extracomment>What a write to a record gone meanwhile is answered, by the record&apos;s kind.</extracomment>
        <translation>הלקוח הזה כבר לא קיים; דבר לא נשמר.</translation>
    </message>
    <message>
        <source>This deal is no longer this company&apos;s; nothing was saved.</source>
        <extracomment>The fields of a deal its editor may send (DealInput&apos;s).</extracomment>
        <translation>העסקה הזאת כבר אינה של החברה הזאת; דבר לא נשמר.</translation>
    </message>
    <message>
        <source>One of these products is no longer offered; nothing was saved.</source>
        <translation>אחד המוצרים האלה כבר לא מוצע; דבר לא נשמר.</translation>
    </message>
    <message>
        <source>This person no longer exists; nothing was saved.</source>
        <translation>האדם הזה כבר לא קיים; דבר לא נשמר.</translation>
    </message>
    <message>
        <source>This contract no longer exists; nothing was saved.</source>
        <translation>החוזה הזה כבר לא קיים; דבר לא נשמר.</translation>
    </message>
    <message>
        <source>Say which channel the leads came from.</source>
        <translation>ציינו מאיזה ערוץ הגיעו הלידים.</translation>
    </message>
    <message>
        <source>No channel “{0}”. Channels: {1}. An administrator adds channels on the server (crmdesk-server channel add NAME); they arrive with the next sync.</source>
        <translation>אין ערוץ „{0}”. ערוצים: {1}. מנהל מערכת מוסיף ערוצים בשרת (crmdesk-server channel add NAME); הם מגיעים בסנכרון הבא.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>עדיין אין</translation>
    </message>
    <message>
        <source>No SMS sent: the payment is on the server already, so another laptop may earn it too; only the laptop that records a payment texts its points.</source>
        <extracomment>Why a payment&apos;s points earned no SMS: another laptop may earn the same payment.</extracomment>
        <translation>לא נשלח SMS: התשלום כבר נמצא בשרת, כך שגם מחשב אחר עשוי לזכות עליו בנקודות; רק המחשב שרושם תשלום שולח הודעה על הנקודות.</translation>
    </message>
    <message>
        <source>This payment has earned its points already.</source>
        <translation>התשלום הזה כבר צבר את הנקודות שלו.</translation>
    </message>
    <message>
        <source>This payment earned no points; there is nothing to reverse.</source>
        <translation>התשלום הזה לא צבר נקודות; אין מה לבטל.</translation>
    </message>
    <message>
        <source>This payment&apos;s points are reversed already.</source>
        <translation>הנקודות של התשלום הזה כבר בוטלו.</translation>
    </message>
    <message>
        <source>No SMS sent: the team has no SMS template called “{0}”.</source>
        <translation>לא נשלח SMS: לצוות אין תבנית SMS בשם „{0}”.</translation>
    </message>
    <message>
        <source>No SMS sent: the card names no holder.</source>
        <translation>לא נשלח SMS: בכרטיס לא צוין בעל כרטיס.</translation>
    </message>
    <message>
        <source>No SMS sent: {0}</source>
        <translation>לא נשלח SMS: {0}</translation>
    </message>
    <message>
        <source>No SMS to {0}: {1}.</source>
        <translation>לא נשלח SMS אל {0}: {1}.</translation>
    </message>
    <message>
        <source>SMS to {0} waits in the outbox.</source>
        <translation>SMS אל {0} ממתין בתיבת הדואר היוצא.</translation>
    </message>
    <message>
        <source>A target is set for the team&apos;s own reps and customers.</source>
        <extracomment>The answer to a target for a rep or customer of another team.</extracomment>
        <translation>יעד נקבע לנציגים וללקוחות של הצוות עצמו.</translation>
    </message>
    <message>
        <source>Only a team lead (or an administrator) sets the team&apos;s pool rules.</source>
        <extracomment>The answer to anyone but a lead or an admin setting them (the server refuses the push of a leads-only kind too).</extracomment>
        <translation>רק ראש צוות (או מנהל מערכת) קובע את כללי המאגר של הצוות.</translation>
    </message>
    <message>
        <source>Onboarding tasks are made by the hand-off, from the team&apos;s checklist; log an activity instead.</source>
        <extracomment>The column naming who logged or is assigned a row, by kind. The answer to a laptop making an onboarding task.</extracomment>
        <translation>משימות קליטה נוצרות בהעברה, מרשימת הקליטה של הצוות; רשמו פעילות במקום זאת.</translation>
    </message>
    <message>
        <source>A customer served by customer service is removed or merged by an administrator: its service owner and onboarding tasks go with it.</source>
        <extracomment>Fields only the hand-off sets, by kind (a push changing one is refused; an administrator&apos;s command or push changes them). An onboarding task is removed (or brought back) by an administrator alone. The answer to removing a served customer (a merge folding it away, too).</extracomment>
        <translation>לקוח שמקבל שירות משירות הלקוחות מוסר או ממוזג על ידי מנהל מערכת: אחראי השירות ומשימות הקליטה שלו הולכים איתו.</translation>
    </message>
    <message>
        <source>This activity no longer exists; nothing was saved.</source>
        <translation>הפעילות הזאת כבר לא קיימת; דבר לא נשמר.</translation>
    </message>
    <message>
        <source>One of these people no longer exists; nothing was saved.</source>
        <extracomment>everyone spoken to, the first foremost (empty: just `contact_id`, if any) the deal it was about (None: none in particular)</extracomment>
        <translation>אחד האנשים האלה כבר לא קיים; דבר לא נשמר.</translation>
    </message>
    <message>
        <source>Only a task is marked done or moved on the agenda.</source>
        <translation>רק משימה מסומנת כבוצעה או מוזזת ביומן.</translation>
    </message>
    <message>
        <source>Say why the account was lost.</source>
        <translation>ציינו למה הלקוח אבד.</translation>
    </message>
    <message>
        <source>Someone already owns this account.</source>
        <translation>ללקוח הזה כבר יש בעלים.</translation>
    </message>
    <message>
        <source>A person cannot report to themselves.</source>
        <translation>אדם לא יכול לדווח לעצמו.</translation>
    </message>
    <message>
        <source>Both people must work at the same company.</source>
        <translation>שני האנשים חייבים לעבוד באותה חברה.</translation>
    </message>
    <message>
        <source>{0} already reports to {1}, directly or through others.</source>
        <translation>{0} כבר מדווח ל-{1}, ישירות או דרך אחרים.</translation>
    </message>
    <message>
        <source>Influence strength goes from 1 (weak) to 5 (strong).</source>
        <translation>עוצמת ההשפעה היא בין 1 (חלשה) ל-5 (חזקה).</translation>
    </message>
    <message>
        <source>A person cannot influence themselves.</source>
        <translation>אדם לא יכול להשפיע על עצמו.</translation>
    </message>
    <message>
        <source>One of these people no longer exists.</source>
        <translation>אחד האנשים האלה כבר לא קיים.</translation>
    </message>
    <message>
        <source>This account does not have that tag.</source>
        <translation>ללקוח הזה אין את התגית הזאת.</translation>
    </message>
    <message>
        <source>This record is not marked as refused (the server may have taken it meanwhile); nothing was discarded.</source>
        <extracomment>Why a discarded payment&apos;s points were taken back (the reversing entry&apos;s reason). Discard of a record the server has taken meanwhile (or never refused).</extracomment>
        <translation>רשומה זו אינה מסומנת כנדחתה (ייתכן שהשרת קיבל אותה בינתיים); דבר לא נמחק.</translation>
    </message>
    <message>
        <source>Another record on the server depends on this one; nothing was discarded.</source>
        <extracomment>Discard of a record another one on the server needs.</extracomment>
        <translation>רשומה אחרת בשרת תלויה ברשומה זו; דבר לא נמחק.</translation>
    </message>
    <message>
        <source>Top {0}</source>
        <extracomment>The share of revenue the key accounts make. Bands of the ranking the compact chart draws (20: 5% of the accounts each).</extracomment>
        <translation>{0} העליונים</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>סכומים</translation>
    </message>
    <message>
        <source>{0} in {1} are left out (figures are in {2} only: no exchange rates; choose that currency to see them).</source>
        <translation>{0} ב־{1} לא נכללו (הנתונים ב־{2} בלבד: אין שערי חליפין; בחרו במטבע הזה כדי לראות אותם).</translation>
    </message>
    <message>
        <source>Reading and checking rows</source>
        <extracomment>Files read as Excel workbooks; any other is read as CSV text. Rows read, checked or written between two progress reports (and Cancel checks). progress(what is being done (marked: the window words it), how many done, out of how many (None: not known yet)) What an import is doing, as progress says it.</extracomment>
        <translation>קורא ובודק שורות</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>מחפש כפילויות</translation>
    </message>
    <message>
        <source>Saving new leads</source>
        <translation>שומר לידים חדשים</translation>
    </message>
    <message>
        <source>This is not an Excel workbook that can be read ({0}).</source>
        <translation>זו אינה חוברת Excel שאפשר לקרוא ({0}).</translation>
    </message>
    <message>
        <source>The workbook has no sheet of cells.</source>
        <translation>בחוברת אין גיליון של תאים.</translation>
    </message>
    <message>
        <source>The sheet “{0}” is a chart; choose a sheet of cells.</source>
        <translation>הגיליון „{0}” הוא תרשים; בחרו גיליון של תאים.</translation>
    </message>
    <message>
        <source>The workbook has no sheet “{0}”; its sheets: {1}.</source>
        <translation>בחוברת אין גיליון „{0}”; הגיליונות בה: {1}.</translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <translation>הגיליון ריק.</translation>
    </message>
    <message>
        <source>A CSV file has no sheets; --sheet is for Excel workbooks.</source>
        <translation>לקובץ CSV אין גיליונות; האפשרות --sheet מיועדת לחוברות Excel.</translation>
    </message>
    <message>
        <source>Import of {0} cancelled: nothing was imported.</source>
        <translation>הייבוא של {0} בוטל: דבר לא יובא.</translation>
    </message>
    <message>
        <source>{0}: would import {1:,} new lead(s); {2:,} matched to known accounts (left unchanged); {3:,} skipped.</source>
        <translation>{0}: לידים חדשים שייובאו: {1:,}; תואמו ללקוחות קיימים (ללא שינוי): {2:,}; דולגו: {3:,}.</translation>
    </message>
    <message>
        <source>{0}: imported {1:,} new lead(s); {2:,} matched to known accounts (left unchanged); {3:,} skipped.</source>
        <translation>{0}: לידים חדשים שיובאו: {1:,}; תואמו ללקוחות קיימים (ללא שינוי): {2:,}; דולגו: {3:,}.</translation>
    </message>
    <message>
        <source>Waited {0} s, but another crmdesk is writing to this workspace; nothing was changed. Try again when it has finished.</source>
        <extracomment>The newest schema revision. Opening a workspace already at this revision needs no Alembic at all, which keeps start-up fast; tests hold it equal to Alembic&apos;s head. Execution option for a first sync&apos;s bulk batch. Its transaction runs without SQLite&apos;s row-by-row foreign key checks (the batch looks each id up once itself), and its commit does not wait for the disk: a batch lost to a power cut takes its cursor with it and is pulled again. Page cache per connection (negative: KiB), shared with the bulk path&apos;s reset. How long a write waits for another writer of the workspace (another crmdesk window, an import from the command line) before it gives up.</extracomment>
        <translation>המתנו {0} שניות, אך מופע אחר של crmdesk כותב לסביבת העבודה הזו; דבר לא שונה. נסו שוב כשיסיים.</translation>
    </message>
    <message>
        <source>The mail server refused the sign-in of {0}: {1}</source>
        <translation>שרת הדוא&quot;ל דחה את הכניסה של {0}: {1}</translation>
    </message>
    <message>
        <source>The mail server refused the sign-in of {0}: it does not offer AUTH PLAIN, which a user name or password beyond ASCII needs.</source>
        <translation>שרת הדוא&quot;ל דחה את הכניסה של {0}: הוא אינו מציע AUTH PLAIN, הדרוש לשם משתמש או לסיסמה עם תווים שאינם ASCII.</translation>
    </message>
    <message>
        <source>Cannot reach the mail server {0} ({1}: {2})</source>
        <translation>אין חיבור לשרת הדוא&quot;ל {0} ({1}: {2})</translation>
    </message>
    <message>
        <source>The mail server refused it: {0}</source>
        <translation>שרת הדוא&quot;ל דחה אותה: {0}</translation>
    </message>
    <message>
        <source>The mail server does not take addresses beyond ASCII (SMTPUTF8).</source>
        <translation>שרת הדוא&quot;ל אינו מקבל כתובות עם תווים שאינם ASCII (SMTPUTF8).</translation>
    </message>
    <message>
        <source>The connection broke while it was handed over ({0}).</source>
        <translation>החיבור נקטע בזמן המסירה ({0}).</translation>
    </message>
    <message>
        <source>Cannot reach the SMS gateway ({0}).</source>
        <translation>אין חיבור לשער ה-SMS ({0}).</translation>
    </message>
    <message>
        <source>The SMS gateway answered {0}: {1}.</source>
        <translation>שער ה-SMS השיב {0}: {1}.</translation>
    </message>
    <message>
        <source>The SMS gateway answered {0}.</source>
        <translation>שער ה-SMS השיב {0}.</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>(no outcome)</source>
        <translation>(ללא תוצאה)</translation>
    </message>
    <message>
        <source>The deal this was about (its history shows it)</source>
        <translation>העסקה שבה זה עסק (ההיסטוריה שלה מראה זאת)</translation>
    </message>
    <message>
        <source>What happened, what was agreed…</source>
        <translation>מה קרה, על מה סוכם…</translation>
    </message>
    <message>
        <source>no follow-up</source>
        <translation>ללא מעקב</translation>
    </message>
    <message>
        <source>Left alone, the next follow-up stays as it is; choose None to clear it.</source>
        <translation>אם לא משנים, המעקב הבא נשאר כפי שהוא; בחרו &quot;ללא&quot; כדי לנקות אותו.</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>מחר</translation>
    </message>
    <message>
        <source>+3 days</source>
        <translation>+3 ימים</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>בשבוע הבא</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ללא</translation>
    </message>
    <message>
        <source>Next follow-up:</source>
        <translation>המעקב הבא:</translation>
    </message>
    <message>
        <source>No deal in particular</source>
        <translation>לא עסקה מסוימת</translation>
    </message>
    <message>
        <source>Deal: {0}</source>
        <translation>עסקה: {0}</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>חברה</translation>
    </message>
    <message>
        <source>What</source>
        <translation>מה</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>באיחור</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>היום</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>מחר</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>בשבוע הבא</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>מאוחר יותר</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>מעקב</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>משימה</translation>
    </message>
    <message>
        <source>Deal closes</source>
        <translation>סגירת עסקה</translation>
    </message>
    <message>
        <source>Service task</source>
        <translation>משימת שירות</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>שימור</translation>
    </message>
</context>
<context>
    <name>AgendaPane</name>
    <message>
        <source>Enter or Space: done · R: reschedule · O: open the company · ↑↓: move</source>
        <extracomment>the items read, each time they are (the reminders watch them)</extracomment>
        <translation>Enter או רווח: בוצע · R: מועד אחר · O: פתיחת החברה · ↑↓: מעבר</translation>
    </message>
    <message>
        <source>{0} overdue · {1} today · {2} in all</source>
        <translation>{0} באיחור · {1} להיום · {2} בסך הכול</translation>
    </message>
    <message>
        <source>Nothing on your agenda this week.</source>
        <translation>אין לכם שום דבר בסדר היום השבוע.</translation>
    </message>
    <message>
        <source>Done: {0} · {1}</source>
        <translation>בוצע: {0} · {1}</translation>
    </message>
    <message>
        <source>&amp;Tomorrow</source>
        <translation>&amp;מחר</translation>
    </message>
    <message>
        <source>+&amp;3 days</source>
        <translation>+&amp;3 ימים</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>&amp;שבוע הבא</translation>
    </message>
    <message>
        <source>&amp;Pick a date…</source>
        <translation>&amp;בחירת תאריך…</translation>
    </message>
    <message>
        <source>Choose today or a later day.</source>
        <translation>בחרו את היום או יום מאוחר יותר.</translation>
    </message>
    <message>
        <source>Moved to {0}: {1} · {2}</source>
        <translation>הוזז ל-{0}: {1} · {2}</translation>
    </message>
</context>
<context>
    <name>AgendaReminders</name>
    <message>
        <source>Click to open the company</source>
        <extracomment>How often what falls due is looked at (ms). How long a notification (and the in-window notice) stays. The most items a notification names; the rest are counted. the laptop&apos;s clock, on the context&apos;s day (tests fix the day, and set their own) whether notifications go to the system tray (tests set their own: the offscreen platform has none) the last notice: its words and the company a click opens (tests read them)</extracomment>
        <translation>לחצו כדי לפתוח את החברה</translation>
    </message>
    <message>
        <source>Your agenda: {0} overdue, {1} due today</source>
        <translation>סדר היום שלכם: {0} באיחור, {1} להיום</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>לביצוע עכשיו</translation>
    </message>
    <message>
        <source>{0} items due now</source>
        <translation>{0} פריטים לביצוע עכשיו</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>ועוד {0}</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Web enquiry assignment</source>
        <translation>הקצאת פניות מהאתר</translation>
    </message>
    <message>
        <source>A lead from the website goes to a rep by these rules, tried in order: the first rule matching the lead with a rep available (active, not away, under the cap) gives it to the rep whose last web lead is longest ago. No rule left: the team&apos;s pool.</source>
        <translation>ליד מהאתר מגיע לנציג לפי הכללים האלה, לפי הסדר: הכלל הראשון שמתאים לליד ויש בו נציג זמין (פעיל, לא בחופשה, מתחת לתקרה) נותן אותו לנציג שהליד האחרון שלו מהאתר הגיע הכי מזמן. אין כלל מתאים: מאגר הצוות.</translation>
    </message>
    <message>
        <source>Your team lead sets these; here is how web leads reach your team. Mark yourself away in Account ▸ Away from web enquiries…</source>
        <translation>ראש הצוות שלכם קובע את אלה; כאן רואים איך לידים מהאתר מגיעים לצוות שלכם. סמנו את עצמכם כלא זמינים בלקוח ▸ הפסקה בקבלת פניות מהאתר…</translation>
    </message>
    <message>
        <source>e.g. Shanghai, or Healthcare</source>
        <translation>למשל שנגחאי, או בריאות</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>הוספת כלל</translation>
    </message>
    <message>
        <source>Change rule</source>
        <translation>שינוי כלל</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>למעלה</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>למטה</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>כלל</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>מתאים ל</translation>
    </message>
    <message>
        <source>Reps (none: every rep, in turn)</source>
        <translation>נציגים (אף אחד: כל נציג, לפי תור)</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>ללא תקרה</translation>
    </message>
    <message>
        <source> open leads</source>
        <translation> לידים פתוחים</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>צוות</translation>
    </message>
    <message>
        <source>At most, per rep</source>
        <translation>לכל היותר, לכל נציג</translation>
    </message>
    <message>
        <source>Away (until and including)</source>
        <translation>בחופשה (עד וכולל)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (מושבת)</translation>
    </message>
    <message>
        <source> (lead)</source>
        <translation> (ראש צוות)</translation>
    </message>
</context>
<context>
    <name>AwayDialog</name>
    <message>
        <source>Away from web enquiries</source>
        <translation>הפסקה בקבלת פניות מהאתר</translation>
    </message>
    <message>
        <source>While you are away, leads from the website go to your colleagues by the team&apos;s rules (or to its pool), up to and including the day you choose. Your team lead sees it in the assignment rules.</source>
        <translation>בזמן שאתם לא כאן, לידים מהאתר הולכים לעמיתים שלכם לפי כללי הצוות (או למאגר שלו), עד וכולל היום שתבחרו. ראש הצוות שלכם רואה זאת בכללי ההקצאה.</translation>
    </message>
    <message>
        <source>You are away until {0}.</source>
        <translation>אתם בחופשה עד {0}.</translation>
    </message>
    <message>
        <source>You are not away.</source>
        <translation>אתם לא בחופשה.</translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>חזרתי</translation>
    </message>
    <message>
        <source>Away until (and including)</source>
        <translation>בחופשה עד (כולל)</translation>
    </message>
    <message>
        <source>Away until then</source>
        <translation>בחופשה עד אז</translation>
    </message>
</context>
<context>
    <name>BehindDialog</name>
    <message>
        <source>{0} — loading {1} record(s)…</source>
        <translation>{0} — טוען {1} רשומות…</translation>
    </message>
    <message>
        <source>Give to a rep or the pool…</source>
        <translation>העברה לנציג או למאגר…</translation>
    </message>
    <message>
        <source>Give the selected accounts, with their history, to a rep of their team or to the team&apos;s pool</source>
        <translation>העברת הלקוחות שנבחרו, עם ההיסטוריה שלהם, לנציג בצוות שלהם או למאגר הצוות</translation>
    </message>
    <message>
        <source>Give the accounts of the selected deals (a deal&apos;s owner is its account&apos;s) to a rep of their team or to the team&apos;s pool</source>
        <translation>העברת הלקוחות של העסקאות שנבחרו (הבעלים של עסקה הוא הבעלים של הלקוח שלה) לנציג בצוות שלהם או למאגר הצוות</translation>
    </message>
    <message>
        <source>Message their contacts…</source>
        <translation>הודעה לאנשי הקשר שלהם…</translation>
    </message>
    <message>
        <source>Send a template to the contacts of the selected accounts (or deals&apos; accounts); of all those listed, when none is selected</source>
        <translation>שליחת תבנית לאנשי הקשר של הלקוחות שנבחרו (או הלקוחות של העסקאות); של כל הרשומים, כשלא נבחר אף אחד</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>Double-click a row to open it.</source>
        <translation>לחיצה כפולה על שורה פותחת אותה.</translation>
    </message>
    <message>
        <source>{0} — {1} record(s)</source>
        <translation>{0} — {1} רשומות</translation>
    </message>
    <message>
        <source>the first {0} listed</source>
        <translation>{0} הראשונים ברשימה</translation>
    </message>
    <message>
        <source>the contacts of {0:,} companies of “{1}”</source>
        <translation>אנשי הקשר של {0:,} חברות של &quot;{1}&quot;</translation>
    </message>
    <message>
        <source>A deal belongs to its account&apos;s owner: the {0} selected deal(s) go with their {1} account(s), and so does everything else of those accounts.</source>
        <translation>עסקה שייכת לבעלים של הלקוח שלה: {0} העסקאות שנבחרו עוברות עם {1} הלקוחות שלהן, וכך גם כל השאר של אותם לקוחות.</translation>
    </message>
</context>
<context>
    <name>CardPane</name>
    <message>
        <source>Membership: level and points balance; click the card for its ledger</source>
        <extracomment>Contacts the card lists before &quot;and N more&quot; (key people come first). why the user may not change the company (the card is read-only), or None who serves the customer and how far its onboarding is, or None (not handed off) an empty workspace&apos;s first step chosen (crmdesk.ui.start_here: import, new lead, sync)</extracomment>
        <translation>מועדון: רמה ויתרת נקודות; לחצו על הכרטיס כדי לראות את פירוט התנועות</translation>
    </message>
    <message>
        <source>Mark lost…</source>
        <translation>סימון כאבוד…</translation>
    </message>
    <message>
        <source>Reopen as lead</source>
        <translation>פתיחה מחדש כליד</translation>
    </message>
    <message>
        <source>Claim from pool</source>
        <translation>לקיחה מהמאגר</translation>
    </message>
    <message>
        <source>Compare &amp;&amp; merge…</source>
        <translation>השוואה ומיזוג…</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>תיקון</translation>
    </message>
    <message>
        <source>Edit the company below: your next change sends it to the server again.</source>
        <translation>ערכו את החברה למטה: השינוי הבא שלכם ישלח אותה שוב לשרת.</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>השלכה…</translation>
    </message>
    <message>
        <source>Remove it from this laptop (asks first).</source>
        <translation>הסרה מהמחשב הזה (שואל קודם).</translation>
    </message>
    <message>
        <source>Click × to remove a tag</source>
        <translation>לחצו × כדי להסיר תגית</translation>
    </message>
    <message>
        <source>Add a tag and press Enter</source>
        <translation>הוסיפו תגית והקישו Enter</translation>
    </message>
    <message>
        <source>Click a name to select the person; Edit… and More for key person, roles on deals and delete</source>
        <translation>לחצו על שם כדי לבחור את האדם; עריכה… ועוד עבור איש מפתח, תפקידים בעסקאות ומחיקה</translation>
    </message>
    <message>
        <source>Click a company to open it, × to remove the link</source>
        <translation>לחצו על חברה כדי לפתוח אותה, × כדי להסיר את הקישור</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>חוזים</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>מועדון לקוחות</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>אנשי קשר</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ערך</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <source>Related companies</source>
        <translation>חברות קשורות</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>חברה</translation>
    </message>
    <message>
        <source>Select an account in the queue.</source>
        <translation>בחרו לקוח בתור.</translation>
    </message>
    <message>
        <source>import leads</source>
        <translation>לייבא לידים</translation>
    </message>
    <message>
        <source>add a lead</source>
        <translation>להוסיף ליד</translation>
    </message>
    <message>
        <source>sync with your team&apos;s server</source>
        <translation>לסנכרן עם השרת של הצוות</translation>
    </message>
    <message>
        <source>No accounts yet: a company&apos;s card shows here once there is one. To start:</source>
        <translation>אין עדיין לקוחות: כרטיס החברה יופיע כאן כשיהיה אחד. כדי להתחיל:</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>הלקוח הזה כבר לא קיים.</translation>
    </message>
    <message>
        <source>Team pool</source>
        <translation>מאגר הצוות</translation>
    </message>
    <message>
        <source>Owner: {0}</source>
        <translation>בעלים: {0}</translation>
    </message>
    <message>
        <source>Channel: {0}</source>
        <translation>ערוץ: {0}</translation>
    </message>
    <message>
        <source>Acquired {0}</source>
        <translation>נרכש ב-{0}</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>סיכון נטישה</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>אין תגיות</translation>
    </message>
    <message>
        <source>Onboarding complete</source>
        <translation>הקליטה הושלמה</translation>
    </message>
    <message>
        <source>Onboarding: {0} of {1} done</source>
        <translation>קליטה: {0} מתוך {1} בוצעו</translation>
    </message>
    <message>
        <source>service: {0}</source>
        <translation>שירות: {0}</translation>
    </message>
    <message>
        <source>service: not assigned</source>
        <translation>שירות: לא הוקצה</translation>
    </message>
    <message>
        <source>A two-way conversation or a new deal keeps it with its owner.</source>
        <translation>שיחה דו־כיוונית או עסקה חדשה משאירות אותו אצל הבעלים.</translation>
    </message>
    <message>
        <source>Stop pursuing this account, with a reason.</source>
        <translation>הפסקת הטיפול בלקוח הזה, עם סיבה.</translation>
    </message>
    <message>
        <source>Service fields: {0}</source>
        <translation>שדות שירות: {0}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>לא הוגדר</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>עדיין אין אנשי קשר.</translation>
    </message>
    <message>
        <source>refused with its company</source>
        <translation>נדחה יחד עם החברה שלו</translation>
    </message>
    <message>
        <source>Not on the server: {0}</source>
        <translation>לא בשרת: {0}</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>עריכה…</translation>
    </message>
    <message>
        <source>More ▾</source>
        <translation>עוד ▾</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>ועוד {0}</translation>
    </message>
    <message>
        <source>Send message…</source>
        <translation>שליחת הודעה…</translation>
    </message>
    <message>
        <source>Opted out of messages</source>
        <translation>ביקש לא לקבל הודעות</translation>
    </message>
    <message>
        <source>Remove {0} from the contacts of {1}? Calls and visits with them stay on the timeline under their name.</source>
        <translation>להסיר את {0} מאנשי הקשר של {1}? שיחות וביקורים איתו נשארים בציר תחת שמו.</translation>
    </message>
    <message>
        <source>No related companies yet.</source>
        <translation>עדיין אין חברות קשורות.</translation>
    </message>
    <message>
        <source>Remove the link: {0} referred {1} to us?</source>
        <translation>להסיר את הקישור: {0} הפנה אלינו את {1}?</translation>
    </message>
    <message>
        <source>Remove the link: {0} is the {1} of {2}?</source>
        <translation>להסיר את הקישור: {0} הוא ה{1} של {2}?</translation>
    </message>
    <message>
        <source>Remove the link: {0} is a {1} of {2}?</source>
        <translation>להסיר את הקישור: {0} הוא {1} של {2}?</translation>
    </message>
    <message>
        <source>Not on the server</source>
        <translation>לא בשרת</translation>
    </message>
    <message>
        <source>The server refused this new company: {0}</source>
        <translation>השרת דחה את החברה החדשה הזו: {0}</translation>
    </message>
    <message>
        <source>Fix it here (your next change sends it again, with what you added to it) or discard it.</source>
        <translation>תקנו אותו כאן (השינוי הבא שלכם ישלח אותו שוב, עם מה שהוספתם) או השליכו אותו.</translation>
    </message>
    <message>
        <source>The server refused this new {0} ({1}): {2}</source>
        <translation>השרת דחה את ה{0} החדש הזה ({1}): {2}</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>השלכה</translation>
    </message>
    <message>
        <source>Discard {0} from this laptop? The server never had it, so it will be gone for good.</source>
        <translation>להשליך את {0} מהמחשב הזה? השרת מעולם לא קיבל אותו, כך שהוא ייעלם לתמיד.</translation>
    </message>
    <message>
        <source>Possible duplicate:</source>
        <translation>כפילות אפשרית:</translation>
    </message>
    <message>
        <source> (and {0} more)</source>
        <translation> (ועוד {0})</translation>
    </message>
    <message>
        <source>Not saved on the previous account: {0}</source>
        <translation>לא נשמר בלקוח הקודם: {0}</translation>
    </message>
</context>
<context>
    <name>CareSettingsDialog</name>
    <message>
        <source>Care reminders</source>
        <translation>תזכורות שימור</translation>
    </message>
    <message>
        <source>Renewals, birthdays and anniversaries come into the queue&apos;s Care reminders this many days before the day. Ctrl+M on one writes the message of the template chosen here.</source>
        <translation>חידושים, ימי הולדת וימי שנה נכנסים לתזכורות השימור שבתור כמספר הימים הזה לפני המועד. Ctrl+M על אחת מהן כותב את ההודעה מהתבנית שנבחרה כאן.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>צוות</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> ימים מראש</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>ביום עצמו</translation>
    </message>
    <message>
        <source>0 to {0} days; {1} when the team sets none</source>
        <translation>0 עד {0} ימים; {1} כשהצוות לא קבע</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <source>You belong to no team: care settings are a team&apos;s.</source>
        <translation>אינכם שייכים לאף צוות: הגדרות השימור הן של צוות.</translation>
    </message>
    <message>
        <source>“{0}” (named after it)</source>
        <translation>&quot;{0}&quot; (על שם הסוג)</translation>
    </message>
    <message>
        <source>{0} (no such template)</source>
        <translation>{0} (אין תבנית כזו)</translation>
    </message>
</context>
<context>
    <name>ChannelCostsDialog</name>
    <message>
        <source>Channel costs</source>
        <translation>עלויות ערוצים</translation>
    </message>
    <message>
        <source>What each channel cost per month, in {0}: channel ROI compares it with the revenue its leads bring. Type in a cell to change it; Save sends the changed cells, and every laptop receives them at its next sync.</source>
        <translation>כמה עלה כל ערוץ בכל חודש, ב-{0}: ה-ROI לפי ערוץ משווה זאת להכנסות שהלידים שלו מביאים. הקלידו בתא כדי לשנות אותו; &quot;שמירה&quot; שולחת את התאים ששונו, וכל מחשב יקבל אותם בסנכרון הבא.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>שנה</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <source>{0} cell(s) changed</source>
        <translation>{0} תאים שונו</translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <source>Channels</source>
        <translation>ערוצים</translation>
    </message>
    <message>
        <source>Where leads come from. A channel added here reaches every laptop at its next sync. A channel takes web enquiries once it has an intake key, which the server makes: the website&apos;s form sends it with each enquiry.</source>
        <translation>מאיפה מגיעים לידים. ערוץ שנוסף כאן מגיע לכל מחשב בסנכרון הבא. ערוץ מקבל פניות מהאתר ברגע שיש לו מפתח קליטה, שהשרת יוצר: הטופס באתר שולח אותו עם כל פנייה.</translation>
    </message>
    <message>
        <source>New channel&apos;s name</source>
        <translation>שם הערוץ החדש</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>הוספת ערוץ</translation>
    </message>
    <message>
        <source>New intake key…</source>
        <translation>מפתח קליטה חדש…</translation>
    </message>
    <message>
        <source>Costs…</source>
        <translation>עלויות…</translation>
    </message>
    <message>
        <source>Enquiries go to</source>
        <translation>הפניות מגיעות אל</translation>
    </message>
    <message>
        <source>unknown offline</source>
        <translation>לא ידוע במצב לא מקוון</translation>
    </message>
    <message>
        <source>Which channels take web enquiries is known to the server; it is not reachable now.</source>
        <translation>אילו ערוצים מקבלים פניות מהאתר ידוע לשרת; אי אפשר להגיע אליו כרגע.</translation>
    </message>
    <message>
        <source>Channel added; every laptop receives it at its next sync.</source>
        <translation>הערוץ נוסף; כל מחשב יקבל אותו בסנכרון הבא.</translation>
    </message>
    <message>
        <source>Choose a channel and the team its enquiries go to first.</source>
        <translation>בחרו קודם ערוץ ואת הצוות שאליו הפניות שלו מגיעות.</translation>
    </message>
    <message>
        <source>Replace the key?</source>
        <translation>להחליף את המפתח?</translation>
    </message>
    <message>
        <source>“{0}” has a key: a new one stops the old one at once, so the website needs the new one.</source>
        <translation>ל&quot;{0}&quot; יש מפתח: מפתח חדש עוצר את הישן מיד, ולכן האתר צריך את החדש.</translation>
    </message>
    <message>
        <source>Asking the server for a new key…</source>
        <translation>מבקש מהשרת מפתח חדש…</translation>
    </message>
</context>
<context>
    <name>ChannelsModel</name>
    <message>
        <source>no</source>
        <extracomment>How long the window waits for the server&apos;s answer about keys. channel -&gt; team; None: not known (offline, or not asked yet)</extracomment>
        <translation>לא</translation>
    </message>
    <message>
        <source>yes, for {0}</source>
        <translation>כן, עבור {0}</translation>
    </message>
    <message>
        <source>a removed team</source>
        <translation>צוות שהוסר</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Record</source>
        <translation>רישום</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>שדה</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>שלי</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>שלהם</translation>
    </message>
    <message>
        <source>By</source>
        <translation>על ידי</translation>
    </message>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(לא ידוע)</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Conflicts</source>
        <translation>התנגשויות</translation>
    </message>
    <message>
        <source>When someone else changed the same field later, their value was kept and yours is listed here. Restore yours to send it again as a new change.</source>
        <translation>כשמישהו אחר שינה את אותו שדה מאוחר יותר, הערך שלו נשמר ושלכם מופיע כאן. שחזרו את שלכם כדי לשלוח אותו שוב כשינוי חדש.</translation>
    </message>
    <message>
        <source>No conflicts: every change you made is on the server.</source>
        <translation>אין התנגשויות: כל שינוי שעשיתם נמצא בשרת.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>רישום</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>שלי</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>שלהם</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>למה</translation>
    </message>
    <message>
        <source>Restore mine</source>
        <translation>שחזור הערך שלי</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>התעלמות</translation>
    </message>
    <message>
        <source>Copy my value</source>
        <translation>העתקת הערך שלי</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>(not known here)</source>
        <translation>(לא ידוע כאן)</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>YYYY-MM-DD, or MM-DD without the year</source>
        <translation>YYYY-MM-DD, או MM-DD בלי השנה</translation>
    </message>
    <message>
        <source>Their birthday: a care reminder comes up a few days before it</source>
        <translation>יום ההולדת שלו: תזכורת שימור עולה כמה ימים לפני</translation>
    </message>
    <message>
        <source>Key person (KP)</source>
        <translation>איש מפתח (KP)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>מחלקה</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>נייד</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>טלפון קווי</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>דוא&quot;ל</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>יום הולדת</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>כפוף ל</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(אף אחד)</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>New contract — {0}</source>
        <translation>חוזה חדש — {0}</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>חוזה חדש</translation>
    </message>
    <message>
        <source>None: straight from the account</source>
        <translation>ללא: ישירות מהלקוח</translation>
    </message>
    <message>
        <source> (has a contract)</source>
        <translation> (יש חוזה)</translation>
    </message>
    <message>
        <source>e.g. C-2026-014</source>
        <translation>למשל C-2026-014</translation>
    </message>
    <message>
        <source> months</source>
        <translation> חודשים</translation>
    </message>
    <message>
        <source>no fixed term</source>
        <translation>ללא תקופה קבועה</translation>
    </message>
    <message>
        <source>One payment</source>
        <translation>תשלום אחד</translation>
    </message>
    <message>
        <source> instalments</source>
        <translation> תשלומים</translation>
    </message>
    <message>
        <source>Equal, monthly</source>
        <translation>שווה, חודשי</translation>
    </message>
    <message>
        <source>Add instalment</source>
        <translation>הוספת תשלום</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>מועד</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>תווית</translation>
    </message>
    <message>
        <source>Fill:</source>
        <translation>מילוי:</translation>
    </message>
    <message>
        <source>The account becomes Contracted once a payment on a contract is received; the sale is credited to the deal&apos;s owner on the day each payment arrives, not when the contract is typed in.</source>
        <translation>הלקוח הופך לחתום ברגע שמתקבל תשלום על חוזה; המכירה נזקפת לבעלים של העסקה ביום שבו מגיע כל תשלום, לא כשמקלידים את החוזה.</translation>
    </message>
    <message>
        <source>ends</source>
        <translation>מסתיים</translation>
    </message>
    <message>
        <source>From won deal</source>
        <translation>מעסקה שנסגרה בהצלחה</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>מספר חוזה</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>נחתם ב</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>תקופה</translation>
    </message>
    <message>
        <source>Payment schedule</source>
        <translation>לוח תשלומים</translation>
    </message>
    <message>
        <source>Record contract</source>
        <translation>רישום חוזה</translation>
    </message>
    <message>
        <source>Products: {0}</source>
        <translation>מוצרים: {0}</translation>
    </message>
    <message>
        <source>No products on the deal.</source>
        <translation>אין מוצרים בעסקה.</translation>
    </message>
    <message>
        <source>No schedule: the whole amount is due on signing.</source>
        <translation>ללא לוח תשלומים: כל הסכום לתשלום בחתימה.</translation>
    </message>
    <message>
        <source>1 instalment</source>
        <translation>תשלום אחד</translation>
    </message>
    <message>
        <source>{0} instalments</source>
        <translation>{0} תשלומים</translation>
    </message>
    <message>
        <source>{0}, {1} of {2}</source>
        <translation>{0}, {1} מתוך {2}</translation>
    </message>
    <message>
        <source>{0} still to schedule</source>
        <translation>{0} עוד לתזמון</translation>
    </message>
    <message>
        <source>{0} too much</source>
        <translation>{0} יותר מדי</translation>
    </message>
</context>
<context>
    <name>ContractsSection</name>
    <message>
        <source>New contract…</source>
        <extracomment>&quot;contract&quot;, or &quot;payment&quot; with the contract id (None: the dialog chooses) why the user may not change the company (nothing new recorded), or None</extracomment>
        <translation>חוזה חדש…</translation>
    </message>
    <message>
        <source>A signed contract and its payment schedule, from a won deal or for the company.</source>
        <translation>חוזה חתום ולוח התשלומים שלו, מעסקה שנסגרה בהצלחה או עבור החברה.</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>רישום תשלום…</translation>
    </message>
    <message>
        <source>Money received against an instalment.</source>
        <translation>כסף שהתקבל על חשבון תשלום.</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>ועוד {0}</translation>
    </message>
    <message>
        <source>No contracts yet.</source>
        <translation>עדיין אין חוזים.</translation>
    </message>
</context>
<context>
    <name>CostModel</name>
    <message>
        <source>{0}, {1}: entered in {2}; change it with crmdesk-server channel cost</source>
        <extracomment>The currency the dialog enters costs in (the workspace&apos;s money is in it).</extracomment>
        <translation>{0}, {1}: הוזן ב-{2}; משנים אותו ב-crmdesk-server channel cost</translation>
    </message>
    <message>
        <source>{0}, {1}: no cost entered yet</source>
        <translation>{0}, {1}: עדיין לא הוזנה עלות</translation>
    </message>
    <message>
        <source>A cost entered cannot be left blank: type 0 if the channel cost nothing that month.</source>
        <translation>אי אפשר להשאיר עלות ריקה: הקלידו 0 אם הערוץ לא עלה דבר באותו חודש.</translation>
    </message>
</context>
<context>
    <name>DayPicker</name>
    <message>
        <source>Move to a day</source>
        <translation>העברה ליום</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>New deal at {0}</source>
        <translation>עסקה חדשה ב-{0}</translation>
    </message>
    <message>
        <source>Deal: {0} ({1})</source>
        <translation>עסקה: {0} ({1})</translation>
    </message>
    <message>
        <source>What is being sold, e.g. Fleet rollout 2027</source>
        <translation>מה נמכר, למשל: הטמעת צי 2027</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>לא הוגדר</translation>
    </message>
    <message>
        <source>= the products&apos; total</source>
        <translation>= סך המוצרים</translation>
    </message>
    <message>
        <source>The amount follows the product lines until you type one.</source>
        <translation>הסכום עוקב אחרי שורות המוצרים עד שתקלידו סכום.</translation>
    </message>
    <message>
        <source>Untick: no expected close date</source>
        <translation>ביטול הסימון: ללא תאריך סגירה צפוי</translation>
    </message>
    <message>
        <source>The next thing you will do, and when</source>
        <translation>הדבר הבא שתעשו, ומתי</translation>
    </message>
    <message>
        <source>Who else is bidding, separated by commas</source>
        <translation>מי עוד מתמודד, מופרדים בפסיקים</translation>
    </message>
    <message>
        <source>Commit: I expect it to close this period</source>
        <translation>מחויב: אני צופה שתיסגר בתקופה הזו</translation>
    </message>
    <message>
        <source>Why it was lost, e.g. chose a competitor</source>
        <translation>למה אבד, למשל: בחרו במתחרה</translation>
    </message>
    <message>
        <source>Lost because</source>
        <translation>אבד כי</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>שלב</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>הסתברות</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>סגירה צפויה</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>הצעד הבא</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>מתחרים</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>מוצר</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>כמות</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>מחיר יחידה</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>סה&quot;כ</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>הוספת מוצר</translation>
    </message>
    <message>
        <source>Team pool</source>
        <translation>מאגר הצוות</translation>
    </message>
    <message>
        <source>Owner: {0}</source>
        <translation>בעלים: {0}</translation>
    </message>
    <message>
        <source>created {0}</source>
        <translation>נוצר {0}</translation>
    </message>
    <message>
        <source>{0} days in {1}</source>
        <translation>{0} ימים ב{1}</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>מוצרים</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>צוות</translation>
    </message>
    <message>
        <source>Playbook for this stage</source>
        <translation>ספר המכירות לשלב הזה</translation>
    </message>
    <message>
        <source>History</source>
        <translation>היסטוריה</translation>
    </message>
    <message>
        <source>Create deal</source>
        <translation>יצירת עסקה</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>Add to team</source>
        <translation>הוספה לצוות</translation>
    </message>
    <message>
        <source>Take {0} off the deal&apos;s team</source>
        <translation>הוצאת {0} מצוות העסקה</translation>
    </message>
    <message>
        <source>Save the deal first; then add colleagues to its team.</source>
        <translation>שמרו קודם את העסקה; אחר כך הוסיפו עמיתים לצוות שלה.</translation>
    </message>
    <message>
        <source>No one else is on this deal yet.</source>
        <translation>עדיין אין אף אחד אחר בעסקה הזו.</translation>
    </message>
    <message>
        <source>They see this deal, its company and contacts, and log activities on it.</source>
        <translation>הם רואים את העסקה הזו, את החברה ואנשי הקשר שלה, ורושמים עליה פעילויות.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>לא נשמר: {0}</translation>
    </message>
    <message>
        <source>Products&apos; total: {0}</source>
        <translation>סך המוצרים: {0}</translation>
    </message>
    <message>
        <source>the stage&apos;s default</source>
        <translation>ברירת המחדל של השלב</translation>
    </message>
    <message>
        <source>set for this deal (the stage&apos;s default is {0} %)</source>
        <translation>נקבע לעסקה הזו (ברירת המחדל של השלב היא {0} %)</translation>
    </message>
    <message>
        <source>{0}: {1} % by default</source>
        <translation>{0}: {1} % כברירת מחדל</translation>
    </message>
    <message>
        <source>; stuck after {0} days</source>
        <translation>; תקועה אחרי {0} ימים</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>מה לעשות</translation>
    </message>
    <message>
        <source>To move on from it</source>
        <translation>כדי להתקדם ממנו</translation>
    </message>
    <message>
        <source>Moving here leaves unmet (you will be asked):</source>
        <translation>מעבר לכאן משאיר תנאים שלא התקיימו (תישאלו):</translation>
    </message>
    <message>
        <source>A new deal: its stage, amount and close date are kept here as they change.</source>
        <translation>עסקה חדשה: השלב, הסכום ותאריך הסגירה שלה נשמרים כאן כשהם משתנים.</translation>
    </message>
    <message>
        <source>No changes kept yet.</source>
        <translation>עדיין לא נשמרו שינויים.</translation>
    </message>
    <message>
        <source>Slipped {0} time(s), {1} days in all</source>
        <translation>נדחתה {0} פעמים, {1} ימים בסך הכול</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ללא</translation>
    </message>
    <message>
        <source>slipped {0} days</source>
        <translation>נדחתה ב-{0} ימים</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>מישהו</translation>
    </message>
    <message>
        <source>Not saved: moving to {0} leaves unmet: {1}.</source>
        <translation>לא נשמר: מעבר ל{0} משאיר תנאים שלא התקיימו: {1}.</translation>
    </message>
    <message>
        <source>Move on past the playbook?</source>
        <translation>להתקדם למרות ספר המכירות?</translation>
    </message>
    <message>
        <source>Moving this deal to &lt;b&gt;{0}&lt;/b&gt; leaves these unmet:</source>
        <translation>העברת העסקה ל&lt;b&gt;{0}&lt;/b&gt; משאירה את אלה לא מתקיימים:</translation>
    </message>
    <message>
        <source>Move it anyway?</source>
        <translation>להעביר בכל זאת?</translation>
    </message>
    <message>
        <source>Move anyway</source>
        <translation>להעביר בכל זאת</translation>
    </message>
</context>
<context>
    <name>DealsSection</name>
    <message>
        <source>Deals</source>
        <translation>עסקאות</translation>
    </message>
    <message>
        <source>New deal…</source>
        <extracomment>Deals the card lists before &quot;and N more&quot; (open ones come first): two, or as many as are open up to three, so closed deals are the first to fold away. how many colleagues are on each listed deal&apos;s virtual team (none: left out) why the user may not change the company (no new deal), or None</extracomment>
        <translation>עסקה חדשה…</translation>
    </message>
    <message>
        <source>A new deal at this company (Ctrl+D)</source>
        <translation>עסקה חדשה בחברה הזו (Ctrl+D)</translation>
    </message>
    <message>
        <source>Click a deal&apos;s name to open it</source>
        <translation>לחצו על שם עסקה כדי לפתוח אותה</translation>
    </message>
    <message>
        <source>No deals yet. Start one with New deal (Ctrl+D).</source>
        <translation>עדיין אין עסקאות. פתחו אחת עם עסקה חדשה (Ctrl+D).</translation>
    </message>
    <message>
        <source>no amount yet</source>
        <translation>עדיין אין סכום</translation>
    </message>
    <message>
        <source>Team pool</source>
        <translation>מאגר הצוות</translation>
    </message>
    <message>
        <source>+{0} on the team</source>
        <translation>ועוד {0} בצוות</translation>
    </message>
    <message>
        <source>close {0}</source>
        <translation>סגירה {0}</translation>
    </message>
    <message>
        <source>no close date</source>
        <translation>ללא תאריך סגירה</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>יום %n בשלב</numerusform>
            <numerusform>%n ימים בשלב</numerusform>
        </translation>
    </message>
    <message>
        <source>commit</source>
        <translation>מחויב</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>אין צעד הבא</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>ועוד {0}</translation>
    </message>
</context>
<context>
    <name>DueRow</name>
    <message>
        <source>e.g. Deposit</source>
        <extracomment>Currencies offered first (any ISO code may be typed).</extracomment>
        <translation>למשל מקדמה</translation>
    </message>
    <message>
        <source>Remove this instalment</source>
        <translation>הסרת התשלום הזה</translation>
    </message>
</context>
<context>
    <name>EditContactDialog</name>
    <message>
        <source>Edit {0}</source>
        <translation>עריכת {0}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
</context>
<context>
    <name>FeedDialog</name>
    <message>
        <source>Calendar feed</source>
        <translation>הזנת יומן</translation>
    </message>
    <message>
        <source>Subscribe to this address in your calendar app (Google Calendar, Outlook, Apple Calendar: “add calendar from URL”) to see your open follow-ups and tasks there, kept up to date by the server. Keep it private: whoever has it sees them.</source>
        <translation>הירשמו לכתובת הזו באפליקציית היומן שלכם (Google Calendar, Outlook, Apple Calendar: &quot;הוספת יומן מכתובת URL&quot;) כדי לראות שם את המעקבים והמשימות הפתוחים שלכם, מעודכנים על ידי השרת. שמרו אותה פרטית: מי שמחזיק בה רואה אותם.</translation>
    </message>
    <message>
        <source>No address on this computer yet</source>
        <translation>אין עדיין כתובת במחשב הזה</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>העתקה</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>כתובת חדשה</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>כיבוי</translation>
    </message>
    <message>
        <source>Get address</source>
        <translation>קבלת כתובת</translation>
    </message>
    <message>
        <source>No secure password store on this computer: copy the address now, it is not kept.</source>
        <translation>אין במחשב הזה אחסון סיסמאות מאובטח: העתיקו את הכתובת עכשיו, היא לא נשמרת.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>הועתק.</translation>
    </message>
    <message>
        <source>Calendars subscribed to the current address will stop updating. Get a new address?</source>
        <translation>יומנים שנרשמו לכתובת הנוכחית יפסיקו להתעדכן. לקבל כתובת חדשה?</translation>
    </message>
    <message>
        <source>Calendars subscribed to this address will stop updating. Turn the feed off?</source>
        <translation>יומנים שנרשמו לכתובת הזו יפסיקו להתעדכן. לכבות את ההזנה?</translation>
    </message>
</context>
<context>
    <name>GraphPane</name>
    <message>
        <source>An arrow points from the person who influences to the one influenced; the thicker, the stronger. The stripe on a person is their role on open deals; on a deal&apos;s decision map, the edge and the last line are where they stand.
Click a person or a company to open it, double-click a deal to open it in the deal editor; right-click a line or a box to remove a link; the wheel zooms, dragging moves, Fit shows it all.</source>
        <translation>חץ מצביע ממי שמשפיע אל מי שמושפע; ככל שהוא עבה יותר, ההשפעה חזקה יותר. הפס על אדם הוא תפקידו בעסקאות פתוחות; במפת ההחלטות של עסקה, המסגרת והשורה האחרונה מראות היכן הוא עומד.
לחצו על אדם או חברה כדי לפתוח אותם, לחיצה כפולה על עסקה פותחת אותה בעורך העסקאות; לחיצה ימנית על קו או תיבה מסירה קישור; הגלגלת מגדילה, גרירה מזיזה, &quot;התאמה&quot; מציגה הכול.</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>קישור…</translation>
    </message>
    <message>
        <source>Link people (reports to, influences) or companies (parent, subsidiary, supplier, customer, partner, referral)</source>
        <translation>קישור אנשים (כפוף ל, משפיע על) או חברות (חברת אם, חברה בת, ספק, לקוח, שותף, הפניה)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>התאמה</translation>
    </message>
    <message>
        <source>Show the whole graph in the pane</source>
        <translation>הצגת הגרף כולו בחלונית</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ייצוא…</translation>
    </message>
    <message>
        <source>Save the graph as a PNG picture or an SVG drawing</source>
        <translation>שמירת הגרף כתמונת PNG או כשרטוט SVG</translation>
    </message>
    <message>
        <source>Show the whole account, or one deal&apos;s decision map: its people by reporting line, with their role and where they stand</source>
        <translation>הצגת הלקוח כולו, או מפת ההחלטות של עסקה אחת: האנשים שלה לפי קווי כפיפות, עם התפקיד שלהם והיכן הם עומדים</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <source>No contacts or related companies yet.</source>
        <translation>עדיין אין אנשי קשר או חברות קשורות.</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>כפוף ל</translation>
    </message>
    <message>
        <source>influences</source>
        <translation>משפיע על</translation>
    </message>
    <message>
        <source>strength </source>
        <translation>עוצמה </translation>
    </message>
    <message>
        <source>Add</source>
        <translation>הוספה</translation>
    </message>
    <message>
        <source>The people of the company you open, and how they relate, show here.</source>
        <translation>האנשים של החברה שתפתחו והקשרים ביניהם יופיעו כאן.</translation>
    </message>
    <message>
        <source>key person</source>
        <translation>איש מפתח</translation>
    </message>
    <message>
        <source>{0} (closed)</source>
        <translation>{0} (סגורה)</translation>
    </message>
    <message>
        <source>Deal: {0}</source>
        <translation>עסקה: {0}</translation>
    </message>
    <message>
        <source>No one has a role on this deal yet: set roles in the deal editor.</source>
        <translation>לאף אחד אין עדיין תפקיד בעסקה הזו: הגדירו תפקידים בעורך העסקאות.</translation>
    </message>
    <message>
        <source>Export the graph</source>
        <translation>ייצוא הגרף</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>תמונת PNG ‏(*.png);;שרטוט SVG ‏(*.svg)</translation>
    </message>
    <message>
        <source>Could not write {0}.</source>
        <translation>לא ניתן לכתוב את {0}.</translation>
    </message>
    <message>
        <source>Remove: {0}</source>
        <translation>הסרה: {0}</translation>
    </message>
    <message>
        <source>Remove the link: {0}?</source>
        <translation>להסיר את הקישור: {0}?</translation>
    </message>
    <message>
        <source>Add people to this account first.</source>
        <translation>הוסיפו קודם אנשי קשר ללקוח הזה.</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <source>Step, e.g. Kick-off call</source>
        <translation>שלב, למשל: שיחת פתיחה</translation>
    </message>
    <message>
        <source> days after</source>
        <translation> ימים אחרי</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <source>Hand-off to customer service</source>
        <translation>העברה לשירות לקוחות</translation>
    </message>
    <message>
        <source>When a contracted customer&apos;s first payment arrives, the server gives it a service owner by this rule and creates these onboarding tasks, each due so many days after. The rep keeps the account for further sales.</source>
        <translation>כשהתשלום הראשון של לקוח חתום מגיע, השרת נותן לו אחראי שירות לפי הכלל הזה ויוצר את משימות הקליטה האלה, כל אחת לביצוע כך וכך ימים אחר כך. הנציג שומר את הלקוח למכירות נוספות.</translation>
    </message>
    <message>
        <source>Your team lead sets this; here it is as the server applies it.</source>
        <translation>ראש הצוות שלכם קובע את זה; כאן הוא מוצג כפי שהשרת מחיל אותו.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>צוות</translation>
    </message>
    <message>
        <source>Service owner</source>
        <translation>אחראי שירות</translation>
    </message>
    <message>
        <source>Service user</source>
        <translation>נציג שירות</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>הוספת שלב</translation>
    </message>
    <message>
        <source>&lt;b&gt;Onboarding checklist&lt;/b&gt; (in this order)</source>
        <translation>&lt;b&gt;רשימת קליטה&lt;/b&gt; (בסדר הזה)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <source>This team has no active service user: paid customers wait until an administrator adds one (crmdesk-server user add NAME --role service --team TEAM); they are then handed off by themselves.</source>
        <translation>לצוות הזה אין נציג שירות פעיל: לקוחות ששילמו ממתינים עד שמנהל יוסיף אחד (crmdesk-server user add NAME --role service --team TEAM); אחר כך הם מועברים מעצמם.</translation>
    </message>
    <message>
        <source>The service user this rule names is no longer active, so paid customers wait: name another, or let the team&apos;s service users take turns.</source>
        <translation>נציג השירות שהכלל הזה מציין כבר לא פעיל, ולכן לקוחות ששילמו ממתינים: ציינו מישהו אחר, או תנו לנציגי השירות של הצוות להתחלף.</translation>
    </message>
    <message>
        <source>The onboarding checklist has at most {0} steps.</source>
        <translation>ברשימת הקליטה יש לכל היותר {0} שלבים.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import leads</source>
        <translation>ייבוא לידים</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx)</source>
        <translation>קובץ CSV או חוברת Excel (‎.xlsx)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>עיון…</translation>
    </message>
    <message>
        <source>Loading channels…</source>
        <translation>טוען ערוצים…</translation>
    </message>
    <message>
        <source>Detect (UTF-8 first)</source>
        <translation>זיהוי (UTF-8 קודם)</translation>
    </message>
    <message>
        <source>Assign the new leads to me (otherwise: team pool)</source>
        <translation>הקצו לי את הלידים החדשים (אחרת: מאגר הצוות)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ערוץ</translation>
    </message>
    <message>
        <source>The new leads go to this team&apos;s pool.</source>
        <translation>הלידים החדשים הולכים למאגר של הצוות הזה.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>צוות</translation>
    </message>
    <message>
        <source>Encoding (CSV)</source>
        <translation>קידוד (CSV)</translation>
    </message>
    <message>
        <source>Sheet (Excel)</source>
        <translation>גיליון (Excel)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>עמודות</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ללא)</translation>
    </message>
    <message>
        <source>Choose a file: its columns are found by their headers in English, Chinese or Hebrew (Company, 公司名称, שם החברה …), and can be changed below.</source>
        <translation>בחרו קובץ: העמודות שלו מזוהות לפי הכותרות באנגלית, בסינית או בעברית (Company, 公司名称, שם החברה …), ואפשר לשנות אותן למטה.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ייבוא</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>ביטול הייבוא</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>שמירת דוח…</translation>
    </message>
    <message>
        <source>Choose the channel of these leads</source>
        <translation>בחרו את הערוץ של הלידים האלה</translation>
    </message>
    <message>
        <source>No channels yet</source>
        <translation>אין עדיין ערוצים</translation>
    </message>
    <message>
        <source>There are no channels to import under yet. An administrator adds them on the server (crmdesk-server channel add NAME); they arrive with the next sync.</source>
        <translation>אין עדיין ערוצים לייבא תחתם. מנהל מוסיף אותם בשרת (crmdesk-server channel add NAME); הם מגיעים בסנכרון הבא.</translation>
    </message>
    <message>
        <source>Lead files (*.csv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>קובצי לידים (*.csv *.txt *.xlsx *.xlsm);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>The first {0} rows as they would import: {1} new, {2} already known (left as they are), {3} not imported.</source>
        <translation>{0} השורות הראשונות כפי שייובאו: {1} חדשות, {2} כבר ידועות (נשארות כפי שהן), {3} לא ייובאו.</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>בחרו קודם קובץ.</translation>
    </message>
    <message>
        <source>{0} is still being read: import it once its sheets show.</source>
        <translation>{0} עדיין נקרא: ייבאו אותו ברגע שהגיליונות שלו מוצגים.</translation>
    </message>
    <message>
        <source>Choose the channel the leads came from.</source>
        <translation>בחרו את הערוץ שממנו הגיעו הלידים.</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>לא יובא דבר: {0}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>מייבא…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>שמירת דוח</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV ‏(*.csv)</translation>
    </message>
    <message>
        <source>The report was not saved: {0}</source>
        <translation>הדוח לא נשמר: {0}</translation>
    </message>
    <message>
        <source>Report saved to {0}.</source>
        <translation>הדוח נשמר ב-{0}.</translation>
    </message>
</context>
<context>
    <name>IssueCardDialog</name>
    <message>
        <source>Issue member card</source>
        <translation>הנפקת כרטיס מועדון</translation>
    </message>
    <message>
        <source>The key person with a mobile</source>
        <translation>איש המפתח עם נייד</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>מספר כרטיס</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>מחזיק</translation>
    </message>
    <message>
        <source>Issue card</source>
        <translation>הנפקת כרטיס</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>New intake key</source>
        <translation>מפתח קליטה חדש</translation>
    </message>
    <message>
        <source>The intake key for “{0}” (enquiries go to {1}). It is shown only now: copy it into the website&apos;s form settings. The channel&apos;s previous key no longer works.</source>
        <translation>מפתח הקליטה של &quot;{0}&quot; (הפניות מגיעות אל {1}). הוא מוצג רק עכשיו: העתיקו אותו להגדרות הטופס באתר. המפתח הקודם של הערוץ כבר לא עובד.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>העתקה</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>הועתק</translation>
    </message>
</context>
<context>
    <name>LostDialog</name>
    <message>
        <source>Mark {0} lost</source>
        <translation>סימון {0} כאבוד</translation>
    </message>
    <message>
        <source>Why? e.g. chose a competitor, no budget</source>
        <translation>למה? למשל: בחרו במתחרה, אין תקציב</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>סימון כאבוד</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Mail and SMS settings</source>
        <extracomment>The usual port of each way of securing the connection.</extracomment>
        <translation>הגדרות דוא&quot;ל ו-SMS</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (בדרך כלל פורט 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS מההתחלה (בדרך כלל פורט 465)</translation>
    </message>
    <message>
        <source>only for a company&apos;s own certificate authority</source>
        <translation>רק לרשות אישורים של החברה עצמה</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>עיון…</translation>
    </message>
    <message>
        <source>Save and try the connection</source>
        <translation>שמירה ובדיקת החיבור</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>דוא&quot;ל</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>שרת דוא&quot;ל</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>חיבור</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>פורט</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>שם משתמש</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>סיסמה</translation>
    </message>
    <message>
        <source>From</source>
        <translation>מ-</translation>
    </message>
    <message>
        <source>Trust certificate</source>
        <translation>אמון בתעודה</translation>
    </message>
    <message>
        <source>SMS gateway</source>
        <translation>שער SMS</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <source>The JSON posted for each SMS: {to} is the mobile number, {text} the message.</source>
        <translation>ה-JSON שנשלח לכל SMS: ‏{to} הוא מספר הנייד, {text} ההודעה.</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>גוף הבקשה</translation>
    </message>
    <message>
        <source>Key header</source>
        <translation>כותרת המפתח</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>מפתח</translation>
    </message>
    <message>
        <source>Passwords and keys are kept in this computer&apos;s keyring, never in the workspace.</source>
        <translation>סיסמאות ומפתחות נשמרים במחזיק המפתחות של המחשב הזה, אף פעם לא בסביבת העבודה.</translation>
    </message>
    <message>
        <source>kept in the keyring — type to change</source>
        <translation>שמור במחזיק המפתחות — הקלידו כדי לשנות</translation>
    </message>
    <message>
        <source>not kept yet</source>
        <translation>עדיין לא נשמר</translation>
    </message>
    <message>
        <source>Certificate to trust</source>
        <translation>תעודה לאמון</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>תעודות (*.pem *.crt);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>מתחבר…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>crmdesk — {0}</source>
        <extracomment>The open account&apos;s card, its duplicate&apos;s, and both as the merge rules see them. menu items shown only to the roles that may use them (crmdesk.ui.window_menus) sends the message outbox in the background (crmdesk.ui.outbox_service)</extracomment>
        <translation>crmdesk — {0}</translation>
    </message>
    <message>
        <source>Lead queue</source>
        <translation>תור לידים</translation>
    </message>
    <message>
        <source>Customer card</source>
        <translation>כרטיס לקוח</translation>
    </message>
    <message>
        <source>Follow-up timeline</source>
        <translation>ציר מעקב</translation>
    </message>
    <message>
        <source>Relationship graph</source>
        <translation>גרף קשרים</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>סדר היום</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>בחרו קודם לקוח.</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>לא אפשרי</translation>
    </message>
    <message>
        <source>One of the accounts is gone.</source>
        <translation>אחד הלקוחות כבר לא קיים.</translation>
    </message>
    <message>
        <source>Merged {0} into {1}.</source>
        <translation>{0} מוזג אל {1}.</translation>
    </message>
    <message>
        <source>There is no team yet, so no hand-off rule.</source>
        <translation>אין עדיין צוות, ולכן אין כלל העברה.</translation>
    </message>
    <message>
        <source>That person&apos;s queue is not yours to open.</source>
        <translation>התור של האדם הזה אינו שלכם לפתוח.</translation>
    </message>
    <message>
        <source>Choose a contact on the card first (click their name).</source>
        <translation>בחרו קודם איש קשר בכרטיס (לחיצה על שמו).</translation>
    </message>
    <message>
        <source>{0} at {1}</source>
        <translation>{0} ב-{1}</translation>
    </message>
    <message>
        <source>The team has no template “{0}”: add one, or choose one in the team&apos;s care settings.</source>
        <translation>לצוות אין תבנית &quot;{0}&quot;: הוסיפו אחת, או בחרו אחת בהגדרות השימור של הצוות.</translation>
    </message>
    <message>
        <source>The company has no contact to write to.</source>
        <translation>לחברה אין איש קשר לכתוב אליו.</translation>
    </message>
    <message>
        <source>{0} ({1} people)</source>
        <translation>{0} ({1} אנשים)</translation>
    </message>
    <message>
        <source>{0} (1 person)</source>
        <translation>{0} (אדם אחד)</translation>
    </message>
    <message>
        <source>The queue shows no companies.</source>
        <translation>התור לא מציג חברות.</translation>
    </message>
    <message>
        <source>Select companies in the queue first.</source>
        <translation>בחרו קודם חברות בתור.</translation>
    </message>
    <message>
        <source>Messages: {0} sent, {1} failed, {2} waiting.</source>
        <translation>הודעות: {0} נשלחו, {1} נכשלו, {2} ממתינות.</translation>
    </message>
    <message>
        <source>See the outbox for why.</source>
        <translation>הסיבה מופיעה בתיבת הדואר היוצא.</translation>
    </message>
    <message>
        <source>Signed out: your work stays on this laptop until you sign in again.</source>
        <translation>יצאתם מהחשבון: העבודה שלכם נשארת במחשב הזה עד שתיכנסו שוב.</translation>
    </message>
    <message>
        <source>This workspace held another person&apos;s records: they were removed from this laptop, and yours are arriving.</source>
        <translation>סביבת העבודה הזו החזיקה רשומות של אדם אחר: הן הוסרו מהמחשב הזה, והרשומות שלכם בדרך.</translation>
    </message>
    <message>
        <source>Service tasks</source>
        <translation>משימות שירות</translation>
    </message>
</context>
<context>
    <name>MembershipRuleDialog</name>
    <message>
        <source>Membership levels and points</source>
        <translation>רמות מועדון ונקודות</translation>
    </message>
    <message>
        <source>Every payment from a customer with a member card earns points by this rule (rounded down; a payment in another currency earns none). The level follows the points collected, redeeming never lowers it. It reaches the whole team at its next sync.</source>
        <translation>כל תשלום מלקוח עם כרטיס מועדון צובר נקודות לפי הכלל הזה (מעוגל כלפי מטה; תשלום במטבע אחר לא צובר נקודות). הרמה נקבעת לפי הנקודות שנצברו, ומימוש לעולם לא מוריד אותה. הכלל מגיע לכל הצוות בסנכרון הבא.</translation>
    </message>
    <message>
        <source>Your team lead sets these: the points your customers&apos; payments earn and the levels they climb.</source>
        <translation>ראש הצוות קובע את אלה: הנקודות שתשלומי הלקוחות שלכם צוברים והרמות שהם עולים בהן.</translation>
    </message>
    <message>
        <source>points for every</source>
        <translation>נקודות על כל</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>רמה</translation>
    </message>
    <message>
        <source>From points</source>
        <translation>מנקודות</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>הוספת רמה</translation>
    </message>
    <message>
        <source>Remove level</source>
        <translation>הסרת רמה</translation>
    </message>
    <message>
        <source>Sent to the card holder when their points change; the team&apos;s SMS templates (Messages › Templates…).</source>
        <translation>נשלח למחזיק הכרטיס כשהנקודות שלו משתנות; מתבניות ה-SMS של הצוות (הודעות › תבניות…).</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>צוות</translation>
    </message>
    <message>
        <source>Earning</source>
        <translation>צבירה</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>רמות</translation>
    </message>
    <message>
        <source>SMS when points change</source>
        <translation>SMS בשינוי נקודות</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <source>No SMS</source>
        <translation>ללא SMS</translation>
    </message>
    <message>
        <source>{0} (no such SMS template)</source>
        <translation>{0} (אין תבנית SMS כזו)</translation>
    </message>
</context>
<context>
    <name>MembershipSection</name>
    <message>
        <source>Issue card…</source>
        <translation>הנפקת כרטיס…</translation>
    </message>
    <message>
        <source>A member card: payments earn points by the team&apos;s rule from now on.</source>
        <translation>כרטיס מועדון: מעכשיו תשלומים צוברים נקודות לפי כלל הצוות.</translation>
    </message>
    <message>
        <source>Redeem…</source>
        <translation>מימוש…</translation>
    </message>
    <message>
        <source>Spend points on a reward.</source>
        <translation>ניצול נקודות לפרס.</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>התאמה…</translation>
    </message>
    <message>
        <source>Correct the points either way, saying why.</source>
        <translation>תקנו את הנקודות לכל כיוון, וכתבו למה.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicate accounts</source>
        <translation>מיזוג לקוחות כפולים</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>שמירת הרשומה הזו</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>בעלים</translation>
    </message>
    <message>
        <source>Team pool</source>
        <translation>מאגר הצוות</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ערוץ</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>נרכש</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ערך</translation>
    </message>
    <message>
        <source>History</source>
        <translation>היסטוריה</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>אנשי קשר</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>פעילויות</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>עסקאות</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>חוזים</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>תשלומים</translation>
    </message>
    <message>
        <source>Details the kept record will have</source>
        <translation>הפרטים שיהיו לרשומה שנשמרת</translation>
    </message>
    <message>
        <source>The same in both records.</source>
        <translation>זהה בשתי הרשומות.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(ריק)</translation>
    </message>
    <message>
        <source>Why they look alike: {0}</source>
        <translation>למה הם נראים דומים: {0}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>מיזוג</translation>
    </message>
    <message>
        <source>“{0}” stays and takes every contact, activity, deal, contract, payment, tag and relation of “{1}”, which is then removed.</source>
        <translation>&quot;{0}&quot; נשארת ומקבלת כל איש קשר, פעילות, עסקה, חוזה, תשלום, תגית וקישור של &quot;{1}&quot;, שמוסרת אחר כך.</translation>
    </message>
    <message>
        <source>It keeps the earliest acquired date of the two: {0}.</source>
        <translation>נשמר תאריך הרכישה המוקדם מבין השניים: {0}.</translation>
    </message>
    <message>
        <source>From the other record it takes: {0}.</source>
        <translation>מהרשומה האחרת היא לוקחת: {0}.</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact at {0}</source>
        <translation>איש קשר חדש ב-{0}</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>הוספת איש קשר</translation>
    </message>
    <message>
        <source>These details are already known at:</source>
        <translation>הפרטים האלה כבר ידועים ב:</translation>
    </message>
</context>
<context>
    <name>NewLeadDialog</name>
    <message>
        <source>New lead</source>
        <translation>ליד חדש</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>שם החברה</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>אתר</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>מרכזייה</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>שם איש הקשר</translation>
    </message>
    <message>
        <source>Contact mobile</source>
        <translation>נייד איש הקשר</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>דוא&quot;ל איש הקשר</translation>
    </message>
    <message>
        <source>The new lead goes to this team&apos;s pool.</source>
        <translation>הליד החדש הולך למאגר של הצוות הזה.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>צוות</translation>
    </message>
    <message>
        <source>Create lead</source>
        <translation>יצירת ליד</translation>
    </message>
    <message>
        <source>This may already be in the CRM:</source>
        <translation>ייתכן שזה כבר ב-CRM:</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>ליצור בכל זאת</translation>
    </message>
    <message>
        <source>Check the possible duplicates above first.</source>
        <translation>בדקו קודם את הכפילויות האפשריות למעלה.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Queued</source>
        <translation>בתור</translation>
    </message>
    <message>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>To</source>
        <translation>אל</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>תבנית</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>למה</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>דוא&quot;ל</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
</context>
<context>
    <name>OutboxService</name>
    <message>
        <source>{0} message(s) were cut off when crmdesk last stopped: they are marked failed in the outbox (they may have gone; check before sending again).</source>
        <extracomment>How many messages one run hands over before the window hears how far it got. How often (ms) the service tries again while messages wait.</extracomment>
        <translation>{0} הודעות נקטעו כש-crmdesk נעצר בפעם האחרונה: הן מסומנות כנכשלות בתיבת הדואר היוצא (ייתכן שיצאו; בדקו לפני שליחה חוזרת).</translation>
    </message>
    <message>
        <source>Sending stopped: {0}</source>
        <translation>השליחה נעצרה: {0}</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Outbox</source>
        <translation>דואר יוצא</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>כל ההודעות</translation>
    </message>
    <message>
        <source>Choose a message to read what it says.</source>
        <translation>בחרו הודעה כדי לקרוא מה כתוב בה.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>שליחה שוב</translation>
    </message>
    <message>
        <source>Send the selected failed messages again. One cut off while it was handed over may have gone: look for it in your sent mail first.</source>
        <translation>שליחה מחדש של ההודעות שנכשלו ונבחרו. הודעה שנקטעה בזמן המסירה אולי כבר יצאה: חפשו אותה קודם בדואר שנשלח.</translation>
    </message>
    <message>
        <source>Send waiting now</source>
        <translation>שליחת הממתינות עכשיו</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>הצגה</translation>
    </message>
    <message>
        <source>{0} waiting · {1} sent · {2} failed · {3} skipped</source>
        <translation>{0} ממתינות · {1} נשלחו · {2} נכשלו · {3} דולגו</translation>
    </message>
    <message>
        <source>To: {0} &lt;{1}&gt;</source>
        <translation>אל: {0} &lt;{1}&gt;</translation>
    </message>
    <message>
        <source>Subject: {0}</source>
        <translation>נושא: {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0} message(s) will be sent again.</source>
        <translation>{0} הודעות יישלחו שוב.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>שולח…</translation>
    </message>
    <message>
        <source>Sending: {0} of {1}…</source>
        <translation>שולח: {0} מתוך {1}…</translation>
    </message>
    <message>
        <source>Sent {0}, failed {1}, waiting {2}.</source>
        <translation>נשלחו {0}, נכשלו {1}, ממתינות {2}.</translation>
    </message>
    <message>
        <source>Another crmdesk is sending this outbox; the messages wait for it.</source>
        <translation>crmdesk אחר שולח את תיבת הדואר היוצא הזו; ההודעות ממתינות לו.</translation>
    </message>
</context>
<context>
    <name>PanelView</name>
    <message>
        <source>Computing…</source>
        <translation>מחשב…</translation>
    </message>
    <message>
        <source>Nothing to show for this scope.</source>
        <translation>אין מה להציג בהיקף הזה.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>רישום תשלום</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} due</source>
        <translation>{0} · {1} · {2} לתשלום</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>חוזה</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>תשלום</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>התקבל ב</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <source>No schedule: against the contract</source>
        <translation>ללא לוח תשלומים: על חשבון החוזה</translation>
    </message>
    <message>
        <source>Paid {0} of {1}</source>
        <translation>שולם {0} מתוך {1}</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>{0} באיחור</translation>
    </message>
    <message>
        <source>No contract of this company has money still due.</source>
        <translation>לאף חוזה של החברה הזו אין כסף שעדיין לתשלום.</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>no one in particular</source>
        <translation>אף אחד מסוים</translation>
    </message>
    <message>
        <source>With: {0}</source>
        <translation>עם: {0}</translation>
    </message>
    <message>
        <source>Who you spoke to (the first named is foremost)</source>
        <translation>עם מי דיברתם (הראשון הוא העיקרי)</translation>
    </message>
</context>
<context>
    <name>PlansDialog</name>
    <message>
        <source>Sales targets</source>
        <extracomment>typed cells not yet saved, and the targets as loaded (what &quot;changed&quot; reads)</extracomment>
        <translation>יעדי מכירות</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>צוות</translation>
    </message>
    <message>
        <source>Targets for</source>
        <translation>יעדים עבור</translation>
    </message>
    <message>
        <source>By</source>
        <translation>על ידי</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>שנה</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>רבעון</translation>
    </message>
    <message>
        <source>Save targets</source>
        <translation>שמירת יעדים</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>נציג</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>מוצר</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <source>{0} target</source>
        <translation>יעד {0}</translation>
    </message>
    <message>
        <source>{0} credited so far</source>
        <translation>{0} נזקפו עד כה</translation>
    </message>
    <message>
        <source>{0} credited</source>
        <translation>{0} נזקפו</translation>
    </message>
    <message>
        <source>Type the target in {0}; empty clears it.</source>
        <translation>הקלידו את היעד ב-{0}; ריק מנקה אותו.</translation>
    </message>
    <message>
        <source>{0:.0f}% of the target</source>
        <translation>{0:.0f}% מהיעד</translation>
    </message>
    <message>
        <source>each rep&apos;s payments credited (their deals&apos;)</source>
        <translation>התשלומים שנזקפו לכל נציג (של העסקאות שלו)</translation>
    </message>
    <message>
        <source>the payments credited to the team&apos;s people</source>
        <translation>התשלומים שנזקפו לאנשי הצוות</translation>
    </message>
    <message>
        <source>payments split over each deal&apos;s products by their value</source>
        <translation>התשלומים מפוצלים על פני המוצרים של כל עסקה לפי הערך שלהם</translation>
    </message>
    <message>
        <source>the customer&apos;s payments (the team&apos;s top payers and any with a target are listed)</source>
        <translation>התשלומים של הלקוח (מוצגים המשלמים הגדולים של הצוות וכל מי שיש לו יעד)</translation>
    </message>
    <message>
        <source>Type targets in {0}, in whole {0}; </source>
        <translation>הקלידו יעדים ב-{0}, ב-{0} שלמים; </translation>
    </message>
    <message>
        <source>Your team lead sets these targets; </source>
        <translation>ראש הצוות שלכם קובע את היעדים האלה; </translation>
    </message>
    <message>
        <source>beside each: {0}, green at or above target, red below.</source>
        <translation>ליד כל אחד: {0}, ירוק ביעד או מעליו, אדום מתחתיו.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>סה&quot;כ</translation>
    </message>
    <message>
        <source>{0} target(s) changed, not saved yet.</source>
        <translation>{0} יעדים שונו, עדיין לא נשמרו.</translation>
    </message>
</context>
<context>
    <name>PlaybookDialog</name>
    <message>
        <source>Team playbook: deal stages</source>
        <translation>ספר המכירות של הצוות: שלבי עסקה</translation>
    </message>
    <message>
        <source>Your team&apos;s rules for its deals: a new stage gives a deal its probability; a deal is stuck when it stays longer than the limit; moving on past an unmet condition asks first.</source>
        <translation>הכללים של הצוות לעסקאות שלו: שלב חדש נותן לעסקה את ההסתברות שלה; עסקה תקועה כשהיא נשארת יותר מהמגבלה; התקדמות מעבר לתנאי שלא התקיים שואלת קודם.</translation>
    </message>
    <message>
        <source>Your team lead sets these; here they are as your deals follow them.</source>
        <translation>ראש הצוות שלכם קובע את אלה; כאן הם מוצגים כפי שהעסקאות שלכם עוקבות אחריהם.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
</context>
<context>
    <name>PointsDialog</name>
    <message>
        <source>Redeem points</source>
        <translation>מימוש נקודות</translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation>התאמת נקודות</translation>
    </message>
    <message>
        <source>What for: a reward, a gift…</source>
        <translation>עבור מה: פרס, מתנה…</translation>
    </message>
    <message>
        <source>Why: a correction, a goodwill gesture…</source>
        <translation>למה: תיקון, מחווה של רצון טוב…</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>יתרה</translation>
    </message>
    <message>
        <source>Points to redeem</source>
        <translation>נקודות למימוש</translation>
    </message>
    <message>
        <source>Points (+/−)</source>
        <translation>נקודות (+/−)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>מימוש</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>התאמה</translation>
    </message>
</context>
<context>
    <name>PoolRulesDialog</name>
    <message>
        <source>Team pool rules</source>
        <extracomment>Which rules count days (the others count accounts). The teams the dialog offers, by name, each with its rules.</extracomment>
        <translation>כללי מאגר הצוות</translation>
    </message>
    <message>
        <source>The server returns a rep&apos;s idle Lead and Potential accounts to the team&apos;s pool by these rules, with their history; laptops warn ahead. 0 turns a rule off: until you set days, nothing returns. Suggested fills in the usual rules.</source>
        <translation>השרת מחזיר למאגר הצוות לקוחות ליד ופוטנציאלי של נציג שלא טופלו, לפי הכללים האלה, עם ההיסטוריה שלהם; המחשבים מזהירים מראש. 0 מכבה כלל: עד שתגדירו ימים, שום דבר לא חוזר. &quot;מוצע&quot; ממלא את הכללים המקובלים.</translation>
    </message>
    <message>
        <source>Your team lead sets these; the server applies them to everyone&apos;s accounts.</source>
        <translation>ראש הצוות שלכם קובע את אלה; השרת מחיל אותם על הלקוחות של כולם.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ימים</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ללא הגבלה</translation>
    </message>
    <message>
        <source>off</source>
        <translation>כבוי</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>צוות</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>מוצע</translation>
    </message>
    <message>
        <source>Back after {0} days without two-way contact or {1} without a deal; the other rules as they were</source>
        <translation>חוזר אחרי {0} ימים ללא שיחה דו-כיוונית או {1} ללא עסקה; שאר הכללים כפי שהיו</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Company</source>
        <extracomment>The server&apos;s reason for refusing a company made here (None: it is on the server). The queue&apos;s list of care reminders (crmdesk.app.care), beside its account lists. &quot;returns to the pool in N days&quot; (shown beside the follow-up: see QueuePane) the order each column&apos;s header asks the query for</extracomment>
        <translation>חברה</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>בעלים</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>מעקב</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>קשר אחרון</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ערך</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ערוץ</translation>
    </message>
    <message>
        <source>To pool</source>
        <translation>למאגר</translation>
    </message>
    <message>
        <source>Team pool</source>
        <translation>מאגר הצוות</translation>
    </message>
    <message>
        <source>today</source>
        <translation>היום</translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>בעוד יום</translation>
    </message>
    <message>
        <source>in {0} days</source>
        <translation>בעוד {0} ימים</translation>
    </message>
    <message>
        <source>Not on the server: it refused this new company. {0}</source>
        <translation>לא בשרת: הוא דחה את החברה החדשה הזו. {0}</translation>
    </message>
    <message>
        <source>{0}: the team&apos;s pool rules take it back unless it is worked (a two-way conversation, or a deal).</source>
        <translation>{0}: כללי המאגר של הצוות לוקחים אותו בחזרה אלא אם מטפלים בו (שיחה דו-כיוונית, או עסקה).</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>מעקב באיחור</translation>
    </message>
    <message>
        <source>Follow-up due today</source>
        <translation>מעקב להיום</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <source>Search company, person, phone, email, tag…</source>
        <extracomment>a message to the contacts of these accounts (ids, what they are in words) an empty workspace&apos;s first step chosen (crmdesk.ui.start_here: import, new lead, sync)</extracomment>
        <translation>חיפוש חברה, אדם, טלפון, דוא&quot;ל, תגית…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>כל סטטוס</translation>
    </message>
    <message>
        <source>Whose accounts the whole team&apos;s lists show</source>
        <translation>של מי הלקוחות שרשימות הצוות מציגות</translation>
    </message>
    <message>
        <source>All reminders</source>
        <translation>כל התזכורות</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>חידושים</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>ימי הולדת</translation>
    </message>
    <message>
        <source>Anniversaries</source>
        <translation>ימי שנה</translation>
    </message>
    <message>
        <source>Due and overdue</source>
        <translation>לביצוע ובאיחור</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>7 הימים הבאים</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>30 הימים הבאים</translation>
    </message>
    <message>
        <source>Give to a rep or the pool…</source>
        <translation>העברה לנציג או למאגר…</translation>
    </message>
    <message>
        <source>Team overdue</source>
        <translation>באיחור בצוות</translation>
    </message>
    <message>
        <source>Everyone&apos;s overdue</source>
        <translation>באיחור של כולם</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>באיחור</translation>
    </message>
    <message>
        <source>My queue</source>
        <translation>התור שלי</translation>
    </message>
    <message>
        <source>All mine</source>
        <translation>כל שלי</translation>
    </message>
    <message>
        <source>Team pool</source>
        <translation>מאגר הצוות</translation>
    </message>
    <message>
        <source>Deal teams I am on</source>
        <translation>צוותי עסקאות שאני בהם</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>כל הצוות</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>כולם</translation>
    </message>
    <message>
        <source>Care reminders</source>
        <translation>תזכורות שימור</translation>
    </message>
    <message>
        <source>{0} (lead)</source>
        <translation>{0} (ראש צוות)</translation>
    </message>
    <message>
        <source>{0} (inactive)</source>
        <translation>{0} (לא פעיל)</translation>
    </message>
    <message>
        <source>Priority (overdue, due today, value)</source>
        <translation>עדיפות (באיחור, להיום, ערך)</translation>
    </message>
    <message>
        <source>Sort by {0}</source>
        <translation>מיון לפי {0}</translation>
    </message>
    <message>
        <source>the contacts of the {0:,} selected companies</source>
        <translation>אנשי הקשר של {0:,} החברות שנבחרו</translation>
    </message>
    <message>
        <source>the contacts of {0}</source>
        <translation>אנשי הקשר של {0}</translation>
    </message>
    <message>
        <source>the contacts of {0}, the one company in “{1}”</source>
        <translation>אנשי הקשר של {0}, החברה היחידה ב&quot;{1}&quot;</translation>
    </message>
    <message>
        <source>the contacts of the {0:,} companies in “{1}”</source>
        <translation>אנשי הקשר של {0:,} החברות ב&quot;{1}&quot;</translation>
    </message>
    <message>
        <source>Give {0:,} accounts to a rep or the pool…</source>
        <translation>העברת {0:,} לקוחות לנציג או למאגר…</translation>
    </message>
    <message>
        <source>Send a message to their contacts…</source>
        <translation>שליחת הודעה לאנשי הקשר שלהם…</translation>
    </message>
    <message>
        <source>1 reminder</source>
        <translation>תזכורת אחת</translation>
    </message>
    <message>
        <source>{0:,} reminders</source>
        <translation>{0:,} תזכורות</translation>
    </message>
    <message>
        <source>, {0} overdue</source>
        <translation>, {0} באיחור</translation>
    </message>
    <message>
        <source>1 care reminder</source>
        <translation>תזכורת שימור אחת</translation>
    </message>
    <message>
        <source>{0:,} care reminders</source>
        <translation>{0:,} תזכורות שימור</translation>
    </message>
    <message>
        <source> ({0:,} overdue)</source>
        <translation> ({0:,} באיחור)</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>לקוח אחד</translation>
    </message>
    <message>
        <source>{0:,} accounts</source>
        <translation>{0:,} לקוחות</translation>
    </message>
    <message>
        <source>Keep typing: search starts at two letters.</source>
        <translation>המשיכו להקליד: החיפוש מתחיל משתי אותיות.</translation>
    </message>
    <message>
        <source>No company, person, phone, email or tag matches “{0}”.</source>
        <translation>אין חברה, אדם, טלפון, דוא&quot;ל או תגית שמתאימים ל&quot;{0}&quot;.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Give accounts to…</source>
        <extracomment>The chooser&apos;s value for the team&apos;s pool (a person&apos;s is their id&apos;s hex). (person, name) when giving away a person&apos;s whole book (read when it opens)</extracomment>
        <translation>העברת לקוחות אל…</translation>
    </message>
    <message>
        <source>Give {0}&apos;s book to…</source>
        <translation>העברת תיק הלקוחות של {0} אל…</translation>
    </message>
    <message>
        <source>Reading {0}&apos;s book…</source>
        <translation>קורא את תיק הלקוחות של {0}…</translation>
    </message>
    <message>
        <source>Give the selected account, with its contacts, activities, deals, contracts and payments, to:</source>
        <translation>להעביר את הלקוח שנבחר, עם אנשי הקשר, הפעילויות, העסקאות, החוזים והתשלומים שלו, אל:</translation>
    </message>
    <message>
        <source>Give the {0:,} selected accounts, each with its contacts, activities, deals, contracts and payments, to:</source>
        <translation>להעביר את {0:,} הלקוחות שנבחרו, כל אחד עם אנשי הקשר, הפעילויות, העסקאות, החוזים והתשלומים שלו, אל:</translation>
    </message>
    <message>
        <source>Give</source>
        <extracomment>what the accounts were chosen by, when not by themselves (deals: their accounts)</extracomment>
        <translation>העברה</translation>
    </message>
    <message>
        <source>{0} owns no accounts now: there is no book to give.</source>
        <translation>ל-{0} אין עכשיו לקוחות: אין תיק להעביר.</translation>
    </message>
    <message>
        <source>Give all {0:,} accounts {1} owns, each with its contacts, activities, deals, contracts and payments, to:</source>
        <translation>להעביר את כל {0:,} הלקוחות של {1}, כל אחד עם אנשי הקשר, הפעילויות, העסקאות, החוזים והתשלומים שלו, אל:</translation>
    </message>
    <message>
        <source>These accounts belong to {0} teams: give one team&apos;s accounts at a time.</source>
        <translation>הלקוחות האלה שייכים ל-{0} צוותים: העבירו לקוחות של צוות אחד בכל פעם.</translation>
    </message>
    <message>
        <source>These accounts are gone or belong to no team.</source>
        <translation>הלקוחות האלה נעלמו או לא שייכים לאף צוות.</translation>
    </message>
    <message>
        <source>{0} pool</source>
        <translation>מאגר {0}</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>צוות</translation>
    </message>
    <message>
        <source>Give 1 account to {0}</source>
        <translation>העברת לקוח אחד אל {0}</translation>
    </message>
    <message>
        <source>Give {0:,} accounts to {1}</source>
        <translation>העברת {0:,} לקוחות אל {1}</translation>
    </message>
    <message>
        <source>Moving {0:,} accounts with their history…</source>
        <translation>מעביר {0:,} לקוחות עם ההיסטוריה שלהם…</translation>
    </message>
    <message>
        <source>the team pool</source>
        <translation>מאגר הצוות</translation>
    </message>
    <message>
        <source>Gave {0:,} accounts ({1:,} records with their history) to {2}.</source>
        <translation>{0:,} לקוחות ({1:,} רשומות עם ההיסטוריה שלהם) הועברו אל {2}.</translation>
    </message>
    <message>
        <source>Gave 1 account ({0:,} records with its history) to {1}.</source>
        <translation>לקוח אחד ({0:,} רשומות עם ההיסטוריה שלו) הועבר אל {1}.</translation>
    </message>
    <message>
        <source>{0:,} of them were there already.</source>
        <translation>{0:,} מהם כבר היו שם.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>Nothing was moved. {0}</source>
        <translation>שום דבר לא הועבר. {0}</translation>
    </message>
</context>
<context>
    <name>RegionDialog</name>
    <message>
        <source>Phone region</source>
        <translation>אזור טלפון</translation>
    </message>
    <message>
        <source>Phone numbers typed or imported without a country code are read as numbers of this region. Numbers already saved keep their country.</source>
        <translation>מספרי טלפון שהוקלדו או יובאו בלי קידומת מדינה נקראים כמספרים של האזור הזה. מספרים שכבר נשמרו שומרים על המדינה שלהם.</translation>
    </message>
    <message>
        <source>Choose a region from the list.</source>
        <translation>בחרו אזור מהרשימה.</translation>
    </message>
</context>
<context>
    <name>RelationForm</name>
    <message>
        <source>Link a company: type its name…</source>
        <translation>קישור חברה: הקלידו את שמה…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>קישור</translation>
    </message>
    <message>
        <source>(no company matches)</source>
        <translation>(אין חברה מתאימה)</translation>
    </message>
    <message>
        <source>Type part of a company&apos;s name and pick it first.</source>
        <translation>הקלידו חלק משם החברה ובחרו אותה קודם.</translation>
    </message>
</context>
<context>
    <name>ReminderModel</name>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>תזכורת</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>חברה</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>בעלים</translation>
    </message>
    <message>
        <source>Team pool</source>
        <translation>מאגר הצוות</translation>
    </message>
    <message>
        <source>Overdue: the day has passed</source>
        <translation>באיחור: המועד עבר</translation>
    </message>
    <message>
        <source>Due: the day is near</source>
        <translation>מתקרב: המועד קרוב</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>בקרוב</translation>
    </message>
    <message>
        <source>{0}
{1} {2} · Space: done · Delete: dismiss</source>
        <translation>{0}
{1} {2} · רווח: בוצע · Delete: התעלמות</translation>
    </message>
</context>
<context>
    <name>ReminderTable</name>
    <message>
        <source>Mark done</source>
        <extracomment>the last marks, newest last: Ctrl+Z takes one back</extracomment>
        <translation>סימון כבוצע</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>התעלמות</translation>
    </message>
    <message>
        <source>Undo the last mark</source>
        <translation>ביטול הסימון האחרון</translation>
    </message>
    <message>
        <source>Suggested message…</source>
        <translation>הודעה מוצעת…</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>Nothing to draw.</source>
        <extracomment>Series colours (colour-blind friendly, readable on white and on dark grey). the table&apos;s first column (values, cell, key), named before each row&apos;s own name when those repeat (a plan per rep and month: &quot;Oct 2026 · David Kim&quot;) the plot items drawn, by role (`_keep`), and those of the last drawing not yet drawn again in this one</extracomment>
        <translation>אין מה לצייר.</translation>
    </message>
    <message>
        <source>Cumulative share (right)</source>
        <translation>חלק מצטבר (ימין)</translation>
    </message>
    <message>
        <source>cumulative {0:.1f}%</source>
        <translation>מצטבר {0:.1f}%</translation>
    </message>
    <message>
        <source>{0} behind it: click to list</source>
        <translation>{0} מאחוריו: לחצו להצגה</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <source>Whose figures: one team or all of them</source>
        <extracomment>a team lead or an admin hands a leaving person&apos;s book on from here (panel, generation) of the figures computed for the bar&apos;s defaults while its choices are read (`_load_choices`), until they are answered figures already computed, by panel and the bar&apos;s scope (`asked_key`), so going back and forth among tabs, people and teams shows them at once; dropped when the workspace changes (its answers from `_valid_from`&apos;s generation on only) a panel computed ahead, in the background, before its tab is shown: (panel, generation, scope asked)</extracomment>
        <translation>של מי הנתונים: צוות אחד או כולם</translation>
    </message>
    <message>
        <source>Narrow every panel to one person</source>
        <translation>צמצום כל הלוחות לאדם אחד</translation>
    </message>
    <message>
        <source>The pipeline&apos;s changes are counted from this day</source>
        <translation>השינויים בצנרת נספרים מהיום הזה</translation>
    </message>
    <message>
        <source>Money figures in this currency (never added up across currencies)</source>
        <translation>נתונים כספיים במטבע הזה (לעולם לא מחוברים בין מטבעות)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>טעינה מחדש</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>מחשב…</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>צוות</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>אדם</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>מטבע</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>תקופה</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>שינויים מאז</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>כל הצוותים</translation>
    </message>
    <message>
        <source>All</source>
        <translation>הכול</translation>
    </message>
    <message>
        <source>The figures could not be computed: {0}</source>
        <translation>לא ניתן היה לחשב את הנתונים: {0}</translation>
    </message>
    <message>
        <source>Open deals of {0}</source>
        <translation>העסקאות הפתוחות של {0}</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>עסקאות פתוחות</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>האדם הזה</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Team review — {0}</source>
        <translation>סקירת צוות — {0}</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <source>(someone gone)</source>
        <translation>(מי שכבר לא כאן)</translation>
    </message>
    <message>
        <source>every active rep of the team, in turn</source>
        <translation>כל נציג פעיל בצוות, לפי תור</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>owner {0}</source>
        <translation>בעלים: {0}</translation>
    </message>
    <message>
        <source>in the team pool</source>
        <translation>במאגר הצוות</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send a message</source>
        <translation>שליחת הודעה</translation>
    </message>
    <message>
        <source>To: {0}</source>
        <translation>אל: {0}</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>תבניות…</translation>
    </message>
    <message>
        <source>Write or change the team&apos;s templates</source>
        <translation>כתיבה או שינוי של תבניות הצוות</translation>
    </message>
    <message>
        <source>Mark “{0}” done once it is queued</source>
        <translation>סימון &quot;{0}&quot; כבוצע ברגע שההודעה בתור</translation>
    </message>
    <message>
        <source>The outbox sends it (and again, when the server is away); Ctrl+Z in the reminders takes the mark back</source>
        <translation>תיבת הדואר היוצא שולחת אותה (ושוב, כשהשרת לא זמין); Ctrl+Z בתזכורות מבטל את הסימון</translation>
    </message>
    <message>
        <source>Looking up whom it goes to…</source>
        <translation>בודק למי זה הולך…</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>▶ הקודם</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>הבא ◀</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>שליחה</translation>
    </message>
    <message>
        <source>Open outbox</source>
        <translation>פתיחת תיבת הדואר היוצא</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>תבנית</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>דוא&quot;ל</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Your team has no templates yet: write one first (Templates…).</source>
        <translation>לצוות שלכם אין עדיין תבניות: כתבו אחת קודם (תבניות…).</translation>
    </message>
    <message>
        <source>Preparing the messages…</source>
        <translation>מכין את ההודעות…</translation>
    </message>
    <message>
        <source>Send {0} message(s)</source>
        <translation>שליחת {0} הודעות</translation>
    </message>
    <message>
        <source>Send 1 message</source>
        <translation>שליחת הודעה אחת</translation>
    </message>
    <message>
        <source>{0} to send</source>
        <translation>{0} לשליחה</translation>
    </message>
    <message>
        <source>{0} opted out (skipped)</source>
        <translation>{0} ביקשו לא לקבל (דולגו)</translation>
    </message>
    <message>
        <source>{0} without an email address (skipped)</source>
        <translation>{0} בלי כתובת דוא&quot;ל (דולגו)</translation>
    </message>
    <message>
        <source>{0} without a mobile number (skipped)</source>
        <translation>{0} בלי מספר נייד (דולגו)</translation>
    </message>
    <message>
        <source>Nobody to write to: these companies have no contacts.</source>
        <translation>אין למי לכתוב: לחברות האלה אין אנשי קשר.</translation>
    </message>
    <message>
        <source>{0} of {1}: {2}</source>
        <translation>{0} מתוך {1}: {2}</translation>
    </message>
    <message>
        <source>Subject: {0}</source>
        <translation>נושא: {0}</translation>
    </message>
    <message>
        <source>Not sent to {0}: {1}.</source>
        <translation>לא נשלח אל {0}: {1}.</translation>
    </message>
    <message>
        <source>No value here for: {0} (left empty, or the text after “|”).</source>
        <translation>אין כאן ערך עבור: {0} (נשאר ריק, או הטקסט שאחרי &quot;|&quot;).</translation>
    </message>
    <message>
        <source>Sending: %v of %m</source>
        <translation>שולח: %v מתוך %m</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>Sent {0}, failed {1}, waiting {2}.</source>
        <translation>נשלחו {0}, נכשלו {1}, ממתינות {2}.</translation>
    </message>
    <message>
        <source>The outbox says why each failed, and sends one again when you ask.</source>
        <translation>תיבת הדואר היוצא אומרת למה כל אחת נכשלה, ושולחת שוב כשתבקשו.</translation>
    </message>
    <message>
        <source>They wait in the outbox and go by themselves once the server answers.</source>
        <translation>הן ממתינות בתיבת הדואר היוצא ויוצאות מעצמן ברגע שהשרת עונה.</translation>
    </message>
</context>
<context>
    <name>ServiceQueuePane</name>
    <message>
        <source>Enter opens the customer · Space marks done · Ctrl+Z undoes</source>
        <translation>Enter פותח את הלקוח · רווח מסמן בוצע · Ctrl+Z מבטל</translation>
    </message>
    <message>
        <source>Mark done</source>
        <extracomment>the last marks, newest last, each (task, done): Ctrl+Z takes one back</extracomment>
        <translation>סימון כבוצע</translation>
    </message>
    <message>
        <source>Undo the last mark</source>
        <translation>ביטול הסימון האחרון</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>משימה אחת</translation>
    </message>
    <message>
        <source>{0} tasks</source>
        <translation>{0} משימות</translation>
    </message>
</context>
<context>
    <name>ServiceTaskModel</name>
    <message>
        <source>Due</source>
        <translation>לתשלום</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>משימה</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>חברה</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <source>Done {0}</source>
        <translation>בוצע {0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <source>Where email and SMS go out, for everyone using this workspace. Passwords and keys are kept in this computer&apos;s keyring, never in the workspace or these settings.</source>
        <translation>מהיכן יוצאים דוא&quot;ל ו-SMS, לכל מי שעובד בסביבת העבודה הזו. סיסמאות ומפתחות נשמרים במחזיק המפתחות של המחשב הזה, אף פעם לא בסביבת העבודה ולא בהגדרות האלה.</translation>
    </message>
    <message>
        <source>{0}: “{1}” is not a time of day. Type hours and minutes as HH:MM, from 00:00 to 23:59.</source>
        <translation>{0}: ‏„{1}” אינה שעה ביום. הקלידו שעות ודקות בתבנית HH:MM, מ-00:00 עד 23:59.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>קיצורי מקלדת</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to server</source>
        <translation>כניסה לשרת</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>כתובת השרת</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>שם משתמש</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>סיסמה</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>כניסה</translation>
    </message>
    <message>
        <source>the server address</source>
        <translation>כתובת השרת</translation>
    </message>
    <message>
        <source>your user name</source>
        <translation>שם המשתמש שלכם</translation>
    </message>
    <message>
        <source>your password</source>
        <translation>הסיסמה שלכם</translation>
    </message>
    <message>
        <source>Enter {0}.</source>
        <translation>הזינו {0}.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>נכנס…</translation>
    </message>
    <message>
        <source>Replace and sign in</source>
        <translation>החלפה וכניסה</translation>
    </message>
    <message>
        <source>Click “Replace and sign in” to go ahead.</source>
        <translation>לחצו &quot;החלפה וכניסה&quot; כדי להמשיך.</translation>
    </message>
</context>
<context>
    <name>StartHere</name>
    <message>
        <source>Your workspace has no accounts yet</source>
        <extracomment>What the user may choose to start with (crmdesk.ui.main_window.MainWindow.start).</extracomment>
        <translation>אין עדיין לקוחות בסביבת העבודה שלך</translation>
    </message>
    <message>
        <source>Import leads from a file…  ({0})</source>
        <translation>ייבוא לידים מקובץ…  ({0})</translation>
    </message>
    <message>
        <source>Add a lead…  ({0})</source>
        <translation>הוספת ליד…  ({0})</translation>
    </message>
    <message>
        <source>Sync with your team&apos;s server…  ({0})</source>
        <translation>סנכרון עם השרת של הצוות…  ({0})</translation>
    </message>
    <message>
        <source>Start with your leads: import a batch from a CSV or Excel file, or add one by hand. If your team has a server, sync to receive the accounts you work on.</source>
        <translation>התחילו מהלידים: ייבאו קבוצה מקובץ CSV או Excel, או הוסיפו ליד ידנית. אם לצוות שלכם יש שרת, סנכרנו כדי לקבל את הלקוחות שאתם מטפלים בהם.</translation>
    </message>
    <message>
        <source>Sync with your team&apos;s server to receive the customers you serve.</source>
        <translation>סנכרנו עם השרת של הצוות כדי לקבל את הלקוחות שאתם משרתים.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Local only — no server connected</source>
        <translation>מקומי בלבד — אין שרת מחובר</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>סנכרון אחרון: אף פעם</translation>
    </message>
    <message>
        <source>Values of yours that a later edit replaced</source>
        <translation>ערכים שלכם שעריכה מאוחרת יותר החליפה</translation>
    </message>
    <message>
        <source>New records of yours the server refused: they stay here, marked, until you fix or discard them</source>
        <translation>רשומות חדשות שלכם שהשרת דחה: הן נשארות כאן, מסומנות, עד שתתקנו או תשליכו אותן</translation>
    </message>
    <message>
        <source>Messages waiting in the outbox: they go once the mail server or SMS gateway answers. Click to see them.</source>
        <translation>הודעות ממתינות בתיבת הדואר היוצא: הן יוצאות ברגע ששרת הדואר או שער ה-SMS עונים. לחצו כדי לראות אותן.</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>1 change waiting to sync</source>
        <translation>שינוי אחד ממתין לסנכרון</translation>
    </message>
    <message>
        <source>{0} changes waiting to sync</source>
        <translation>{0} שינויים ממתינים לסנכרון</translation>
    </message>
    <message>
        <source>⚠ 1 conflict</source>
        <translation>⚠ התנגשות אחת</translation>
    </message>
    <message>
        <source>⚠ {0} conflicts</source>
        <translation>⚠ {0} התנגשויות</translation>
    </message>
    <message>
        <source>⚠ 1 company with a refused record</source>
        <translation>⚠ חברה אחת עם רשומה שנדחתה</translation>
    </message>
    <message>
        <source>⚠ {0} companies with refused records</source>
        <translation>⚠ {0} חברות עם רשומות שנדחו</translation>
    </message>
    <message>
        <source>✉ 1 message waiting</source>
        <translation>✉ הודעה אחת ממתינה</translation>
    </message>
    <message>
        <source>✉ {0} messages waiting</source>
        <translation>✉ {0} הודעות ממתינות</translation>
    </message>
    <message>
        <source>Sign in needed</source>
        <translation>נדרשת כניסה</translation>
    </message>
    <message>
        <source>Syncing with {0}…</source>
        <translation>מסנכרן עם {0}…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>מקוון</translation>
    </message>
    <message>
        <source>Syncing with {0} as {1}</source>
        <translation>מסנכרן עם {0} בתור {1}</translation>
    </message>
    <message>
        <source>Offline — changes are kept</source>
        <translation>לא מקוון — השינויים נשמרים</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>בעיית סנכרון</translation>
    </message>
    <message>
        <source>Receiving {0:,} of {1:,}</source>
        <translation>מקבל {0:,} מתוך {1:,}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>אף פעם</translation>
    </message>
    <message>
        <source>Last sync: {0}</source>
        <translation>סנכרון אחרון: {0}</translation>
    </message>
</context>
<context>
    <name>SuggestionsSection</name>
    <message>
        <source>Loyalty &amp; what to sell next</source>
        <extracomment>each suggestion&apos;s Create deal button, in the list&apos;s order</extracomment>
        <translation>נאמנות ומה למכור הלאה</translation>
    </message>
    <message>
        <source>Nothing to suggest yet: suggestions come from what this company and similar customers bought.</source>
        <translation>אין עדיין הצעות: ההצעות נגזרות ממה שהחברה הזו ולקוחות דומים קנו.</translation>
    </message>
    <message>
        <source>Create deal</source>
        <translation>יצירת עסקה</translation>
    </message>
    <message>
        <source>On a deal</source>
        <translation>כבר בעסקה</translation>
    </message>
    <message>
        <source>An open deal of this company has it already.</source>
        <translation>עסקה פתוחה של החברה הזו כבר כוללת אותו.</translation>
    </message>
    <message>
        <source>A new deal “{0}” with this product&apos;s line</source>
        <translation>עסקה חדשה &quot;{0}&quot; עם שורת המוצר הזה</translation>
    </message>
    <message>
        <source>Deal “{0}” made: it is in Deals above.</source>
        <translation>העסקה &quot;{0}&quot; נוצרה: היא מופיעה למעלה בעסקאות.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The server at {0} could not be reached. Check the address and your connection.</source>
        <extracomment>A local change is sent this soon (ms), so a burst of edits travels together. makes the transport requests travel by (None: plain HTTP(S)); tests put a slow link here</extracomment>
        <translation>לא ניתן היה להגיע לשרת בכתובת {0}. בדקו את הכתובת ואת החיבור.</translation>
    </message>
    <message>
        <source>“{0}” is not a server address (try https://crm.example.com).</source>
        <translation>&quot;{0}&quot; אינה כתובת שרת (נסו https://crm.example.com).</translation>
    </message>
    <message>
        <source>Signing in failed: {0}</source>
        <translation>הכניסה נכשלה: {0}</translation>
    </message>
    <message>
        <source>Sync stopped: {0}</source>
        <translation>הסנכרון נעצר: {0}</translation>
    </message>
</context>
<context>
    <name>TableBlock</name>
    <message>
        <source>PNG…</source>
        <extracomment>Scope bar choices meaning &quot;no narrowing&quot;. The scope as the bar asks for it, as a key of the figures computed for it. How many panels&apos; figures a review keeps (a Pareto over 100k accounts is a few MB). How long the review waits, idle, before it computes the next tab&apos;s figures ahead. the column widths of the last tables shown (`content_widths`) a message to the contacts of these accounts (ids, what they are in words) writes the CSV and Excel files off the UI thread (a large table takes seconds)</extracomment>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>שמירת התרשים כתמונה</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save the table as CSV (opens in Excel)</source>
        <translation>שמירת הטבלה כ-CSV (נפתח ב-Excel)</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>Save the table as an Excel workbook (XLSX)</source>
        <translation>שמירת הטבלה כחוברת Excel ‏(XLSX)</translation>
    </message>
    <message>
        <source>Open their queue</source>
        <translation>פתיחת התור שלו</translation>
    </message>
    <message>
        <source>Show this person&apos;s accounts in the queue of the main window</source>
        <translation>הצגת הלקוחות של האדם הזה בתור של החלון הראשי</translation>
    </message>
    <message>
        <source>Their open deals</source>
        <translation>העסקאות הפתוחות שלהם</translation>
    </message>
    <message>
        <source>List this person&apos;s open deals</source>
        <translation>הצגת העסקאות הפתוחות של האדם הזה</translation>
    </message>
    <message>
        <source>Give their book to…</source>
        <translation>העברת תיק הלקוחות אל…</translation>
    </message>
    <message>
        <source>Give every account this person owns, with its history, to a colleague or the team&apos;s pool (when they leave or move)</source>
        <translation>העברת כל הלקוחות שבבעלות האדם הזה, עם ההיסטוריה שלהם, לעמית או למאגר הצוות (כשהוא עוזב או עובר)</translation>
    </message>
    <message>
        <source>Message their contacts…</source>
        <translation>הודעה לאנשי הקשר שלהם…</translation>
    </message>
    <message>
        <source>Send a template to the contacts of the selected rows&apos; accounts (of every row, when none is selected)</source>
        <translation>שליחת תבנית לאנשי הקשר של הלקוחות של השורות שנבחרו (של כל שורה, כשלא נבחרה אף אחת)</translation>
    </message>
    <message>
        <source>Double-click a row to list what it counts</source>
        <translation>לחיצה כפולה על שורה מציגה את מה שהיא סופרת</translation>
    </message>
    <message>
        <source>Open {0}&apos;s queue</source>
        <translation>פתיחת התור של {0}</translation>
    </message>
    <message>
        <source>{0}&apos;s open deals</source>
        <translation>העסקאות הפתוחות של {0}</translation>
    </message>
    <message>
        <source>Give {0}&apos;s book to…</source>
        <translation>העברת תיק הלקוחות של {0} אל…</translation>
    </message>
    <message>
        <source>the contacts of the {0:,} companies of “{1}”</source>
        <translation>אנשי הקשר של {0:,} החברות של &quot;{1}&quot;</translation>
    </message>
    <message>
        <source>the contacts of {0}</source>
        <translation>אנשי הקשר של {0}</translation>
    </message>
    <message>
        <source>the contacts of {0:,} companies of “{1}”</source>
        <translation>אנשי הקשר של {0:,} חברות של &quot;{1}&quot;</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>תמונת PNG ‏(*.png)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>קובץ CSV ‏(*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>חוברת Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>שמירה בשם</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>לא נשמר</translation>
    </message>
    <message>
        <source>Could not write {0}. {1}</source>
        <translation>לא ניתן לכתוב את {0}. {1}</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>משהו השתבש: {0}</translation>
    </message>
</context>
<context>
    <name>TeamChooser</name>
    <message>
        <source>Choose a team…</source>
        <translation>בחירת צוות…</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message templates</source>
        <translation>תבניות הודעה</translation>
    </message>
    <message>
        <source>New</source>
        <translation>חדשה</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>הסרה…</translation>
    </message>
    <message>
        <source>e.g. Renewal reminder</source>
        <translation>למשל תזכורת חידוש</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>דוא&quot;ל</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>e.g. {{company.name}}: your contract</source>
        <translation>למשל ‎{{company.name}}: החוזה שלכם</translation>
    </message>
    <message>
        <source>Dear {{contact.name}}, …</source>
        <translation>{{contact.name}} היקר/ה, …</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>הוספת שדה</translation>
    </message>
    <message>
        <source>Put a merge field where the cursor is, in the subject or the text</source>
        <translation>הוספת שדה מיזוג במקום הסמן, בנושא או בטקסט</translation>
    </message>
    <message>
        <source>Write {{contact.title|Sir or Madam}} to say what goes where the record has no value.</source>
        <translation>כתבו ‎{{contact.title|אדוני או גבירתי}}‎ כדי לומר מה יבוא במקום שאין לרשומה ערך.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>נושא</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>טקסט</translation>
    </message>
    <message>
        <source>The contact whose record the preview is rendered with</source>
        <translation>איש הקשר שהתצוגה המקדימה מוצגת עם הרשומה שלו</translation>
    </message>
    <message>
        <source>Find a contact or company…</source>
        <translation>חיפוש איש קשר או חברה…</translation>
    </message>
    <message>
        <source>Preview with</source>
        <translation>תצוגה מקדימה עם</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>ביטול שינויים</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>Save or revert your changes first.</source>
        <translation>שמרו או בטלו קודם את השינויים שלכם.</translation>
    </message>
    <message>
        <source>An SMS has no subject</source>
        <translation>ל-SMS אין נושא</translation>
    </message>
    <message>
        <source>Saved “{0}”; your team has it at the next sync.</source>
        <translation>&quot;{0}&quot; נשמר; הצוות שלכם יקבל אותו בסנכרון הבא.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>לא נשמר.</translation>
    </message>
    <message>
        <source>Removed “{0}”.</source>
        <translation>&quot;{0}&quot; הוסר.</translation>
    </message>
    <message>
        <source>Remove the template “{0}” for the whole team? Messages already sent stay on the timelines.</source>
        <translation>להסיר את התבנית &quot;{0}&quot; עבור כל הצוות? הודעות שכבר נשלחו נשארות בצירי הזמן.</translation>
    </message>
    <message>
        <source>Choose a contact to see the message as they would get it.</source>
        <translation>בחרו איש קשר כדי לראות את ההודעה כפי שהוא יקבל אותה.</translation>
    </message>
    <message>
        <source>No value here for: {0} (left empty, or the text after “|”).</source>
        <translation>אין כאן ערך עבור: {0} (נשאר ריק, או הטקסט שאחרי &quot;|&quot;).</translation>
    </message>
    <message>
        <source>No preview: {0}</source>
        <translation>אין תצוגה מקדימה: {0}</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <source>Template</source>
        <translation>תבנית</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Contract {0} signed</source>
        <translation>חוזה {0} נחתם</translation>
    </message>
    <message>
        <source>Payment {0}</source>
        <translation>תשלום {0}</translation>
    </message>
    <message>
        <source>instalment {0} of {1}</source>
        <translation>תשלום {0} מתוך {1}</translation>
    </message>
    <message>
        <source>with {0}</source>
        <extracomment>the deal a colleague on its team logs on unless they pick another (the company is not theirs to change), or None</extracomment>
        <translation>עם {0}</translation>
    </message>
    <message>
        <source>deal: {0}</source>
        <translation>עסקה: {0}</translation>
    </message>
    <message>
        <source>⚠ Not on the server: {0}</source>
        <translation>⚠ לא בשרת: {0}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>היום</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>אתמול</translation>
    </message>
    <message>
        <source>→ follow up {0}</source>
        <translation>← מעקב ב-{0}</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>חוזה חדש</translation>
    </message>
    <message>
        <source>Payment on contract {0}</source>
        <translation>תשלום על חוזה {0}</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Save  (Ctrl+Enter)</source>
        <translation>שמירה  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Show every activity, or one deal&apos;s</source>
        <translation>הצגת כל הפעילויות, או של עסקה אחת</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>הצגה:</translation>
    </message>
    <message>
        <source>No activities yet. Log the first call or visit above.</source>
        <translation>עדיין אין פעילויות. רשמו למעלה את השיחה או הביקור הראשונים.</translation>
    </message>
    <message>
        <source>Open an account to log a call or a visit and to see its history here.</source>
        <translation>פתחו לקוח כדי לתעד שיחה או ביקור ולראות כאן את ההיסטוריה שלו.</translation>
    </message>
    <message>
        <source>refused with its company</source>
        <translation>נדחה יחד עם החברה שלו</translation>
    </message>
    <message>
        <source>No activities on this deal yet.</source>
        <translation>עדיין אין פעילויות על העסקה הזו.</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>הטיוטה שוחזרה</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>כל הפעילויות</translation>
    </message>
    <message>
        <source>{0} (closed)</source>
        <translation>{0} (סגורה)</translation>
    </message>
    <message>
        <source>Deal: {0}</source>
        <translation>עסקה: {0}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>הטיוטה נשמרה</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>נשמר</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>תיקון…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>עריכה…</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>השלכה…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>מחיקה</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>עריכת פעילות</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>מחיקת פעילות</translation>
    </message>
    <message>
        <source>Delete this {0} from {1}?</source>
        <translation>למחוק את ה{0} הזה מ-{1}?</translation>
    </message>
    <message>
        <source>Discard activity</source>
        <translation>השלכת פעילות</translation>
    </message>
    <message>
        <source>Discard this {0} from {1}? The server never had it, so it will be gone for good.</source>
        <translation>להשליך את ה{0} הזה מ-{1}? השרת מעולם לא קיבל אותו, כך שהוא ייעלם לתמיד.</translation>
    </message>
</context>
<context>
    <name>WebLeadNotice</name>
    <message>
        <source>New lead from the website: {0}</source>
        <extracomment>How long the status bar keeps the news. the last thing said (tests and the bench read it)</extracomment>
        <translation>ליד חדש מהאתר: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) from the website</source>
        <translation>
            <numerusform>ליד חדש מהאתר</numerusform>
            <numerusform>%n לידים חדשים מהאתר</numerusform>
        </translation>
    </message>
    <message>
        <source>crmdesk</source>
        <translation>crmdesk</translation>
    </message>
</context>
<context>
    <name>_StageForm</name>
    <message>
        <source> days</source>
        <translation> ימים</translation>
    </message>
    <message>
        <source>never stuck</source>
        <translation>אף פעם לא תקועה</translation>
    </message>
    <message>
        <source>What a salesperson does in this stage</source>
        <translation>מה איש המכירות עושה בשלב הזה</translation>
    </message>
    <message>
        <source>Probability of a deal in it</source>
        <translation>ההסתברות של עסקה בשלב הזה</translation>
    </message>
    <message>
        <source>Stuck after</source>
        <translation>תקועה אחרי</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>מה לעשות</translation>
    </message>
    <message>
        <source>To leave it</source>
        <translation>כדי לצאת ממנו</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Preparing demo data…</source>
        <translation>מכין נתוני הדגמה…</translation>
    </message>
    <message>
        <source>crmdesk cannot open the workspace</source>
        <translation>crmdesk לא יכול לפתוח את סביבת העבודה</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Not saved: {0}</source>
        <translation>לא נשמר: {0}</translation>
    </message>
</context>
</TS>
