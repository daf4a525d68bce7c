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
        <extracomment>The checklist of a team that set none. Limits of a checklist (a typo of a year in days is refused, not scheduled).</extracomment>
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
        <source>Every lead (round robin)</source>
        <extracomment>The first words of the activity an enquiry leaves on its account: the laptop tells a lead that came from the website by it. The fields a website form sends (the first five are the enquiry, the rest optional). The longest message kept (a form&apos;s text area; a novel is cut short, not refused). A contact&apos;s name and email hold this much (crmdesk.store.models.Contact).</extracomment>
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
        <extracomment>Between two needs in a list of them.</extracomment>
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
        <source>Member</source>
        <extracomment>The most points one entry moves (and a rule gives per amount): beyond is a typo. The levels a team starts with: every member is a Member, then by points collected. (The window shows these names in its language: a team&apos;s own names are shown as typed.)</extracomment>
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
        <source>Business line</source>
        <extracomment>Basic fields the user chooses between when the two records differ, with their labels.</extracomment>
        <translation>תחום עסקי</translation>
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
        <source>Stuck: %n days in stage (limit {0})</source>
        <translation>
            <numerusform>תקועה: יום אחד בשלב (מגבלה {0})</numerusform>
            <numerusform>תקועה: %n ימים בשלב (מגבלה {0})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slipping: pushed {0}× by %n days</source>
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
        <source>customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>ספק</translation>
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
        <source>%n open deal(s) without an expected close are left out.</source>
        <translation>
            <numerusform>עסקה פתוחה אחת בלי תאריך סגירה צפוי לא נכללה.</numerusform>
            <numerusform>%n עסקאות פתוחות בלי תאריך סגירה צפוי לא נכללו.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) expected to close later are left out.</source>
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
        <source>%n deal entries</source>
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
        <source>%n cohort(s) are incomplete: their T+2 month has not ended yet, so their figures still grow.</source>
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
        <source>Top {0}</source>
        <extracomment>The share of revenue the key accounts make. Bands of the ranking the compact chart draws (20: 5% of the accounts each).</extracomment>
        <translation>{0} העליונים</translation>
    </message>
    <message>
        <source>{0} Q{1}</source>
        <extracomment>The kind of record (table name) each dimension&apos;s subject is. The largest target, in minor units: a trillion in a two-decimal currency (a typo with a few zeros too many is refused rather than drawn as a bar no one can read). Scopes up to this many days are reviewed month by month, longer ones by quarter: four months of bars per rep still read at a glance, a year of them does not.</extracomment>
        <translation>רבעון {1} {0}</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>סכומים</translation>
    </message>
    <message>
        <source>{0} in {1} are left out (figures are in {2} only: no exchange rates; choose that currency to see them).</source>
        <translation>{0} ב־{1} לא נכללו (הנתונים ב־{2} בלבד: אין שערי חליפין; בחרו במטבע הזה כדי לראות אותם).</translation>
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
        <source>Follow-up done.</source>
        <translation>המעקב בוצע.</translation>
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
        <source>Follow-up moved from {0}.</source>
        <translation>המעקב הוזז מ-{0}.</translation>
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
        <extracomment>How often what falls due is looked at (ms). How long a notification (and the in-window notice) stays. The most items a notification names; the rest are counted. the last notice: its words and the company a click opens (tests read them)</extracomment>
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
        <source>A cost entered cannot be left blank: type 0 if the channel cost nothing that month.</source>
        <extracomment>The currency the dialog enters costs in (the workspace&apos;s money is in it).</extracomment>
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
        <source>{0} of {1}: {2}{3}</source>
        <translation>{0} מתוך {1}: {2}{3}</translation>
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
