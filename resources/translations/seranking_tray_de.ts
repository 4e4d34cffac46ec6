<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Ui</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Project API key</source>
        <translation>Project-API-Schlüssel</translation>
    </message>
    <message>
        <source>API URL (optional)</source>
        <translation>API-URL (optional)</translation>
    </message>
    <message>
        <source>Data API URL (optional)</source>
        <translation>Data-API-URL (optional)</translation>
    </message>
    <message>
        <source>the default Data API</source>
        <translation>die Standard-Data-API</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Project API &amp;key:</source>
        <translation>Project-API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Data API URL:</source>
        <translation>&amp;Data-API-URL:</translation>
    </message>
    <message>
        <source>Type the account&apos;s Project API key.</source>
        <translation>Geben Sie den Project-API-Schlüssel des Kontos ein.</translation>
    </message>
    <message>
        <source>Rename {label}</source>
        <translation>{label} umbenennen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>New account name</source>
        <translation>Neuer Kontoname</translation>
    </message>
    <message>
        <source>Remove {label}</source>
        <translation>{label} entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the account “{label}” and delete its key from the keyring?</source>
        <translation>Das Konto „{label}“ entfernen und seinen Schlüssel aus dem Schlüsselbund löschen?</translation>
    </message>
    <message>
        <source>Also delete its &amp;history</source>
        <translation>Auch den &amp;Verlauf löschen</translation>
    </message>
    <message>
        <source>Also delete its history</source>
        <translation>Auch den Verlauf löschen</translation>
    </message>
    <message>
        <source>{amount} credits</source>
        <translation>{amount} Credits</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>Demokonto</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Profilbild</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Guthaben:</translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation>Abonnement:</translation>
    </message>
    <message>
        <source>API credits:</source>
        <translation>API-Credits:</translation>
    </message>
    <message>
        <source>Last update:</source>
        <translation>Letzte Aktualisierung:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Balance over time</source>
        <translation>Guthaben im Zeitverlauf</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>Add your Project API key in Settings.</source>
        <translation>Fügen Sie Ihren Project-API-Schlüssel in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Kein API-Schlüssel</translation>
    </message>
    <message>
        <source>SE Ranking account</source>
        <translation>SE-Ranking-Konto</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>{email} (verified)</source>
        <translation>{email} (bestätigt)</translation>
    </message>
    <message>
        <source>{email} (not verified)</source>
        <translation>{email} (nicht bestätigt)</translation>
    </message>
    <message>
        <source>key in the keyring</source>
        <translation>Schlüssel im Schlüsselbund</translation>
    </message>
    <message>
        <source>key from SERANKING_API_KEY</source>
        <translation>Schlüssel aus SERANKING_API_KEY</translation>
    </message>
    <message>
        <source>key for this session only</source>
        <translation>Schlüssel nur für diese Sitzung</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>noch kein Schlüssel</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>das Konto</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Connected to {name} — balance {balance}</source>
        <translation>Verbunden mit {name} — Guthaben {balance}</translation>
    </message>
    <message>
        <source>{what} failed ({error}).</source>
        <translation>{what} ist fehlgeschlagen ({error}).</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Changes to this list are saved at once. The rules below apply to the selected account.</source>
        <translation>Änderungen an dieser Liste werden sofort gespeichert. Die Regeln unten gelten für das ausgewählte Konto.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the selected account</source>
        <translation>Das ausgewählte Konto umbenennen</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>Das ausgewählte Konto entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected account up</source>
        <translation>Das ausgewählte Konto nach oben verschieben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <source>Move the selected account down</source>
        <translation>Das ausgewählte Konto nach unten verschieben</translation>
    </message>
    <message>
        <source>Te&amp;st account</source>
        <translation>Konto &amp;testen</translation>
    </message>
    <message>
        <source>Test the connection of the selected account</source>
        <translation>Die Verbindung des ausgewählten Kontos testen</translation>
    </message>
    <message>
        <source>Reading the accounts…</source>
        <translation>Konten werden gelesen…</translation>
    </message>
    <message>
        <source>Accounts status</source>
        <translation>Status der Konten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Warn when the balance runs out within this many days (0: never)</source>
        <translation>Warnen, wenn das Guthaben innerhalb so vieler Tage aufgebraucht ist (0: nie)</translation>
    </message>
    <message>
        <source>Warn when it runs &amp;out within:</source>
        <translation>Warnen, wenn es aufgebraucht ist in&amp;nerhalb von:</translation>
    </message>
    <message>
        <source>problem: {problem}</source>
        <translation>Problem: {problem}</translation>
    </message>
    <message>
        <source>read-only, {detail}</source>
        <translation>schreibgeschützt, {detail}</translation>
    </message>
    <message>
        <source>Reading the accounts</source>
        <translation>Das Lesen der Konten</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>Die Änderung</translation>
    </message>
    <message>
        <source>This account has no key yet.</source>
        <translation>Dieses Konto hat noch keinen Schlüssel.</translation>
    </message>
    <message>
        <source>Testing {account}…</source>
        <translation>{account} wird getestet…</translation>
    </message>
    <message>
        <source>The test</source>
        <translation>Der Test</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Tage übrig</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s) fine</source>
        <translation>
            <numerusform>%n weiteres in Ordnung</numerusform>
            <numerusform>%n weitere in Ordnung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) fine</source>
        <translation>
            <numerusform>%n Konto in Ordnung</numerusform>
            <numerusform>%n Konten in Ordnung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checking…</source>
        <translation>
            <numerusform>%n wird geprüft…</numerusform>
            <numerusform>%n werden geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>No system tray was found, so SE Ranking Tray runs in this window. Closing it quits the app. (On GNOME, the AppIndicator extension adds a tray.)</source>
        <translation>Es wurde kein Systembereich gefunden, daher läuft SE Ranking Tray in diesem Fenster. Wenn Sie es schließen, wird die App beendet. (Unter GNOME fügt die Erweiterung AppIndicator einen Systembereich hinzu.)</translation>
    </message>
    <message>
        <source> (top-up +{amount})</source>
        <translation> (Aufladung +{amount})</translation>
    </message>
    <message>
        <source>Threshold {amount}</source>
        <translation>Schwelle {amount}</translation>
    </message>
    <message>
        <source>Runs out {date}</source>
        <translation>Aufgebraucht am {date}</translation>
    </message>
    <message>
        <source>Show {range}</source>
        <translation>{range} anzeigen</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles anzeigen</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>No balance history yet — the chart fills as checks run.</source>
        <translation>Noch kein Guthabenverlauf — das Diagramm füllt sich mit jeder Prüfung.</translation>
    </message>
    <message>
        <source>First reading recorded: {balance} — the chart fills as checks run.</source>
        <translation>Erster Wert erfasst: {balance} — das Diagramm füllt sich mit jeder Prüfung.</translation>
    </message>
    <message>
        <source>No readings in the last {range} — choose a longer range.</source>
        <translation>Keine Werte in den letzten {range} — wählen Sie einen längeren Zeitraum.</translation>
    </message>
    <message>
        <source>falling about {amount} a day</source>
        <translation>sinkt um etwa {amount} pro Tag</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>gleichbleibend</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>steigend</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>sinkend</translation>
    </message>
    <message>
        <source>everything recorded</source>
        <translation>den gesamten Verlauf</translation>
    </message>
    <message>
        <source>the last {range}</source>
        <translation>die letzten {range}</translation>
    </message>
    <message>
        <source>Balance {last}, {trend}. Over {period}: from {first} to {last}</source>
        <translation>Guthaben {last}, {trend}. Über {period}: von {first} auf {last}</translation>
    </message>
    <message numerus="yes">
        <source>, %n top-up(s)</source>
        <translation>
            <numerusform>, %n Aufladung</numerusform>
            <numerusform>, %n Aufladungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>Gespeicherten Schlüssel entfernen</translation>
    </message>
    <message>
        <source>40 hexadecimal characters, from SE Ranking → Settings → API. &lt;a href=&quot;{url}&quot;&gt;Where is my key?&lt;/a&gt;</source>
        <translation>40 Hexadezimalzeichen, zu finden in SE Ranking → Settings → API. &lt;a href=&quot;{url}&quot;&gt;Wo finde ich meinen Schlüssel?&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Key storage: checking the keyring…</source>
        <translation>Schlüsselspeicher: Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>Set by the SERANKING_API_KEY environment variable</source>
        <translation>Durch die Umgebungsvariable SERANKING_API_KEY gesetzt</translation>
    </message>
    <message>
        <source>A key is stored — type a new one to replace it</source>
        <translation>Ein Schlüssel ist gespeichert — geben Sie einen neuen ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>Paste your Project API key</source>
        <translation>Project-API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>The stored key will be removed when you save</source>
        <translation>Der gespeicherte Schlüssel wird beim Speichern entfernt</translation>
    </message>
    <message>
        <source>Keep for this session &amp;only</source>
        <translation>&amp;Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Sub-accounts</source>
        <translation>Unterkonten</translation>
    </message>
    <message>
        <source>Meters</source>
        <translation>Messgrößen</translation>
    </message>
    <message>
        <source>Project account (balance and subscription)</source>
        <translation>Projektkonto (Guthaben und Abonnement)</translation>
    </message>
    <message>
        <source>Data API credits</source>
        <translation>Data-API-Credits</translation>
    </message>
    <message>
        <source>Credits low under this share of the limit</source>
        <translation>Credits niedrig unter diesem Anteil des Limits</translation>
    </message>
    <message>
        <source>Warn this many days before the credits expire (0: never)</source>
        <translation>So viele Tage vor Ablauf der Credits warnen (0: nie)</translation>
    </message>
    <message>
        <source>Credits low under:</source>
        <translation>Credits niedrig unter:</translation>
    </message>
    <message>
        <source>Warn before expiry:</source>
        <translation>Vor Ablauf warnen:</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>Konto öffnen</translation>
    </message>
    <message>
        <source>Open SE Ranking</source>
        <translation>SE Ranking öffnen</translation>
    </message>
    <message>
        <source>SE Ranking Tray (Demo) — </source>
        <translation>SE Ranking Tray (Demo) — </translation>
    </message>
    <message>
        <source>SE Ranking Tray — set up: add your Project API key in Settings</source>
        <translation>SE Ranking Tray — Einrichtung: Project-API-Schlüssel in den Einstellungen hinzufügen</translation>
    </message>
    <message>
        <source>SE Ranking Tray — checking…</source>
        <translation>SE Ranking Tray — wird geprüft…</translation>
    </message>
    <message>
        <source>Balance: unknown</source>
        <translation>Guthaben: unbekannt</translation>
    </message>
    <message>
        <source>Balance: {amount}</source>
        <translation>Guthaben: {amount}</translation>
    </message>
    <message>
        <source>{amount} (stale)</source>
        <translation>{amount} (veraltet)</translation>
    </message>
    <message>
        <source>Subscription: unknown</source>
        <translation>Abonnement: unbekannt</translation>
    </message>
    <message>
        <source>{credits} (stale)</source>
        <translation>{credits} (veraltet)</translation>
    </message>
    <message>
        <source>not watched</source>
        <translation>nicht überwacht</translation>
    </message>
    <message>
        <source>{problem}. Automatic refresh is paused until the key changes.</source>
        <translation>{problem}. Die automatische Aktualisierung ruht, bis sich der Schlüssel ändert.</translation>
    </message>
    <message>
        <source>Updated {age}</source>
        <translation>Aktualisiert {age}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Sub-accounts and projects</source>
        <translation>Unterkonten und Projekte</translation>
    </message>
    <message>
        <source>Alert when a sub-account is &amp;blocked by limits</source>
        <translation>Warnen, wenn ein Unterkonto durch Limits &amp;gesperrt ist</translation>
    </message>
    <message>
        <source>Alert when a sub-account is blocked by limits</source>
        <translation>Warnen, wenn ein Unterkonto durch Limits gesperrt ist</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Refresh interval for the sub-accounts and projects, in minutes</source>
        <translation>Aktualisierungsintervall für Unterkonten und Projekte, in Minuten</translation>
    </message>
    <message>
        <source>Re&amp;fresh them every:</source>
        <translation>Diese a&amp;ktualisieren alle:</translation>
    </message>
    <message>
        <source>Refresh interval in minutes</source>
        <translation>Aktualisierungsintervall in Minuten</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Aktualisieren alle:</translation>
    </message>
    <message>
        <source>Low-balance threshold</source>
        <translation>Schwelle für niedriges Guthaben</translation>
    </message>
    <message>
        <source>&amp;Warn when the balance is below:</source>
        <translation>&amp;Warnen bei Guthaben unter:</translation>
    </message>
    <message>
        <source>Tray icon style</source>
        <translation>Stil des Symbols im Systembereich</translation>
    </message>
    <message>
        <source>Tray &amp;icon:</source>
        <translation>&amp;Symbol:</translation>
    </message>
    <message>
        <source>Start SE Ranking Tray when I log in</source>
        <translation>SE Ranking Tray bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Start at &amp;login:</source>
        <translation>Bei der A&amp;nmeldung starten:</translation>
    </message>
    <message>
        <source>Notify me when</source>
        <translation>Benachrichtigen, wenn</translation>
    </message>
    <message>
        <source>the balance is &amp;low</source>
        <translation>das Guthaben &amp;niedrig ist</translation>
    </message>
    <message>
        <source>the subscription &amp;expires</source>
        <translation>das Abonnement &amp;abläuft</translation>
    </message>
    <message>
        <source>the &amp;key is rejected</source>
        <translation>der &amp;Schlüssel abgelehnt wird</translation>
    </message>
    <message>
        <source>the account cannot be checked for &amp;more than</source>
        <translation>das Konto &amp;länger nicht geprüft werden kann als</translation>
    </message>
    <message>
        <source>Grace period before an unreachable account is announced, in minutes</source>
        <translation>Wartezeit, bevor ein nicht erreichbares Konto gemeldet wird, in Minuten</translation>
    </message>
    <message>
        <source>everything is fine &amp;again</source>
        <translation>wieder alles in &amp;Ordnung ist</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>Zeitlimit für den Verbindungsaufbau in Sekunden</translation>
    </message>
    <message>
        <source>Read timeout in seconds</source>
        <translation>Zeitlimit für das Lesen in Sekunden</translation>
    </message>
    <message>
        <source>Deadline for a whole check in seconds</source>
        <translation>Zeitlimit für eine ganze Prüfung in Sekunden</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>&amp;Verbindungsaufbau:</translation>
    </message>
    <message>
        <source>Rea&amp;d timeout:</source>
        <translation>&amp;Lesen:</translation>
    </message>
    <message>
        <source>Whole check &amp;gives up after:</source>
        <translation>Prüfung &amp;bricht ab nach:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Key storage: {name}</source>
        <translation>Schlüsselspeicher: {name}</translation>
    </message>
    <message>
        <source>Type your Project API key first.</source>
        <translation>Geben Sie zuerst Ihren Project-API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>the test failed ({error})</source>
        <translation>der Test ist fehlgeschlagen ({error})</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {error}</source>
        <translation>Der Start bei der Anmeldung konnte nicht geändert werden: {error}</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbig</translation>
    </message>
    <message>
        <source>Monochrome light (for dark panels)</source>
        <translation>Einfarbig hell (für dunkle Leisten)</translation>
    </message>
    <message>
        <source>Monochrome dark (for light panels)</source>
        <translation>Einfarbig dunkel (für helle Leisten)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome!&lt;/b&gt; Paste your SE Ranking &lt;b&gt;Project API key&lt;/b&gt; to start watching your balance and subscription — or try the demo first.</source>
        <translation>&lt;b&gt;Willkommen!&lt;/b&gt; Fügen Sie Ihren SE Ranking &lt;b&gt;Project-API-Schlüssel&lt;/b&gt; ein, um Guthaben und Abonnement zu überwachen — oder probieren Sie zuerst die Demo aus.</translation>
    </message>
    <message>
        <source>the keyring failed ({error})</source>
        <translation>der Schlüsselbund ist fehlgeschlagen ({error})</translation>
    </message>
    <message>
        <source>The key could not be removed: {error}</source>
        <translation>Der Schlüssel konnte nicht entfernt werden: {error}</translation>
    </message>
    <message>
        <source>The key could not be saved in the keyring: {error} The other settings were saved. You can keep the key for this session only (it is not written anywhere).</source>
        <translation>Der Schlüssel konnte nicht im Schlüsselbund gespeichert werden: {error} Die übrigen Einstellungen wurden gespeichert. Sie können den Schlüssel nur für diese Sitzung behalten (er wird nirgends gespeichert).</translation>
    </message>
    <message>
        <source>Automatic (the system&apos;s language)</source>
        <translation>Automatisch (Systemsprache)</translation>
    </message>
    <message>
        <source>SE Ranking profile</source>
        <translation>SE-Ranking-Profil</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spra&amp;che:</translation>
    </message>
    <message>
        <source>SE Ranking Tray (Demo)</source>
        <translation>SE Ranking Tray (Demo)</translation>
    </message>
    <message>
        <source>Demo — a built-in sample account</source>
        <translation>Demo — ein eingebautes Beispielkonto</translation>
    </message>
    <message>
        <source>Not set up: add your Project API key</source>
        <translation>Nicht eingerichtet: Project-API-Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Account…</source>
        <translation>Konto…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Snooze notifications</source>
        <translation>Benachrichtigungen pausieren</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>For 8 hours</source>
        <translation>Für 8 Stunden</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>Resume notifications</source>
        <translation>Benachrichtigungen fortsetzen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Notifications snoozed until {time}</source>
        <translation>Benachrichtigungen pausiert bis {time}</translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>Alle aktualisieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>SE Ranking account</source>
        <translation>SE-Ranking-Konto</translation>
    </message>
    <message>
        <source>≈ used up by now (forecast for {date})</source>
        <translation>≈ inzwischen aufgebraucht (Prognose für {date})</translation>
    </message>
    <message>
        <source>≈ less than a day left (until {date})</source>
        <translation>≈ weniger als ein Tag übrig (bis {date})</translation>
    </message>
    <message numerus="yes">
        <source>≈ %n day(s) left (until {date})</source>
        <translation>
            <numerusform>≈ %n Tag übrig (bis {date})</numerusform>
            <numerusform>≈ %n Tage übrig (bis {date})</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} — checking…</source>
        <translation>{name} — wird geprüft…</translation>
    </message>
    <message>
        <source>{name} — cannot check: {problem}</source>
        <translation>{name} — Prüfung nicht möglich: {problem}</translation>
    </message>
    <message>
        <source>{name} — cannot check: {problem} · last known {figures} (stale, {age})</source>
        <translation>{name} — Prüfung nicht möglich: {problem} · zuletzt bekannt {figures} (veraltet, {age})</translation>
    </message>
    <message>
        <source>last known (stale, updated {age})</source>
        <translation>zuletzt bekannt (veraltet, aktualisiert {age})</translation>
    </message>
    <message>
        <source>updated {age}</source>
        <translation>aktualisiert {age}</translation>
    </message>
    <message>
        <source>Renew in SE Ranking</source>
        <translation>In SE Ranking verlängern</translation>
    </message>
    <message>
        <source>This looks like a Data API key (a UUID): it shows the API credits and their expiry. The balance and the subscription need the Project API key: 40 hexadecimal characters, found in SE Ranking under Settings → API.</source>
        <translation>Das sieht nach einem Data-API-Schlüssel aus (eine UUID): Er zeigt die API-Credits und ihren Ablauf. Guthaben und Abonnement brauchen den Project-API-Schlüssel: 40 Hexadezimalzeichen, zu finden in SE Ranking unter Settings → API.</translation>
    </message>
    <message>
        <source>A Project API key is 40 hexadecimal characters (0–9, a–f); this one does not look like one.</source>
        <translation>Ein Project-API-Schlüssel besteht aus 40 Hexadezimalzeichen (0–9, a–f); dieser sieht nicht danach aus.</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>until {date} ({left})</source>
        <translation>bis {date} ({left})</translation>
    </message>
    <message>
        <source>API credits: no credit subscription</source>
        <translation>API-Credits: kein Credit-Abonnement</translation>
    </message>
    <message>
        <source>API credits {figures}</source>
        <translation>API-Credits {figures}</translation>
    </message>
    <message>
        <source>{left} of {limit}</source>
        <translation>{left} von {limit}</translation>
    </message>
    <message>
        <source>disabled on {date}</source>
        <translation>deaktiviert am {date}</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>inactive on {date}</source>
        <translation>inaktiv seit {date}</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>abgelaufen am {date}</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>is disabled</source>
        <translation>ist deaktiviert</translation>
    </message>
    <message>
        <source>is inactive</source>
        <translation>ist inaktiv</translation>
    </message>
    <message>
        <source>ended on {date}</source>
        <translation>ist am {date} abgelaufen</translation>
    </message>
    <message>
        <source>has ended</source>
        <translation>ist abgelaufen</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>läuft heute ab</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>läuft in %n Tag ab</numerusform>
            <numerusform>läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a day</source>
        <translation>weniger als einen Tag</translation>
    </message>
    <message>
        <source>Renew it in SE Ranking: rank checks stop until then.</source>
        <translation>Verlängern Sie es in SE Ranking: Bis dahin ruhen die Ranking-Prüfungen.</translation>
    </message>
    <message>
        <source>The API credit subscription {ended} — renew it in SE Ranking.</source>
        <translation>Das API-Credit-Abonnement {ended} — verlängern Sie es in SE Ranking.</translation>
    </message>
    <message>
        <source>No meter to read.</source>
        <translation>Keine Messgröße zu lesen.</translation>
    </message>
    <message>
        <source>{0} is below your threshold of {1} — top up in SE Ranking.</source>
        <translation>{0} liegt unter Ihrer Schwelle von {1} — laden Sie in SE Ranking auf.</translation>
    </message>
    <message>
        <source>{left} of {limit} left, under {percent} % of the limit — buy more in SE Ranking.</source>
        <translation>{left} von {limit} übrig, unter {percent} % des Limits — kaufen Sie in SE Ranking nach.</translation>
    </message>
    <message>
        <source>API credits {left} run out in about {days} at {spend} a day — buy more.</source>
        <translation>API-Credits {left} reichen bei {spend} pro Tag noch etwa {days} — kaufen Sie nach.</translation>
    </message>
    <message>
        <source>{0} lasts less than a day more at {1} a day — top up in SE Ranking.</source>
        <translation>{0} reicht bei {1} pro Tag keinen Tag mehr — laden Sie in SE Ranking auf.</translation>
    </message>
    <message>
        <source>{0} lasts about {days} more at {1} a day — top up in SE Ranking.</source>
        <translation>{0} reicht bei {1} pro Tag noch etwa {days} — laden Sie in SE Ranking auf.</translation>
    </message>
    <message>
        <source>The API credit subscription expires in {days} — renew it in SE Ranking.</source>
        <translation>Das API-Credit-Abonnement läuft in {days} ab — verlängern Sie es in SE Ranking.</translation>
    </message>
    <message>
        <source>The API credit subscription expires today — renew it in SE Ranking.</source>
        <translation>Das API-Credit-Abonnement läuft heute ab — verlängern Sie es in SE Ranking.</translation>
    </message>
    <message>
        <source>Pay per check</source>
        <translation>Bezahlung pro Prüfung</translation>
    </message>
    <message>
        <source>{type} expired</source>
        <translation>{type} abgelaufen</translation>
    </message>
    <message>
        <source>{type} active</source>
        <translation>{type} aktiv</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Testphase</translation>
    </message>
    <message>
        <source>Balance {amount}</source>
        <translation>Guthaben {amount}</translation>
    </message>
    <message>
        <source>{name}: SE Ranking account is fine again</source>
        <translation>{name}: SE-Ranking-Konto ist wieder in Ordnung</translation>
    </message>
    <message>
        <source>{name}: SE Ranking balance is low</source>
        <translation>{name}: SE-Ranking-Guthaben ist niedrig</translation>
    </message>
    <message>
        <source>Balance {balance} is below your threshold of {threshold}. Top up in SE Ranking.</source>
        <translation>Das Guthaben von {balance} liegt unter Ihrer Schwelle von {threshold}. Laden Sie in SE Ranking auf.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking balance is running low</source>
        <translation>{name}: SE-Ranking-Guthaben geht zur Neige</translation>
    </message>
    <message>
        <source>{name}: SE Ranking API credits are low</source>
        <translation>{name}: SE-Ranking-API-Credits sind niedrig</translation>
    </message>
    <message>
        <source>API credits</source>
        <translation>API-Credits</translation>
    </message>
    <message>
        <source>{left} — under {percent} % of the limit left; buy more in SE Ranking.</source>
        <translation>{left} — weniger als {percent} % des Limits übrig; kaufen Sie in SE Ranking nach.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking API credit subscription {expires}</source>
        <translation>{name}: SE-Ranking-API-Credit-Abonnement {expires}</translation>
    </message>
    <message>
        <source>{credits}. Renew it in SE Ranking.</source>
        <translation>{credits}. Verlängern Sie es in SE Ranking.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking API credits expired</source>
        <translation>{name}: SE-Ranking-API-Credits abgelaufen</translation>
    </message>
    <message>
        <source>{name}: SE Ranking subscription expired</source>
        <translation>{name}: SE-Ranking-Abonnement abgelaufen</translation>
    </message>
    <message>
        <source>{name}: SE Ranking rejected the API key</source>
        <translation>{name}: SE Ranking hat den API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>{problem}. Open Settings to enter the Project API key.</source>
        <translation>{problem}. Öffnen Sie die Einstellungen, um den Project-API-Schlüssel einzugeben.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking account cannot be checked</source>
        <translation>{name}: SE-Ranking-Konto kann nicht geprüft werden</translation>
    </message>
    <message numerus="yes">
        <source>No answer for %n min: {problem}. Last known balance: {balance}.</source>
        <translation>
            <numerusform>Seit %n Min. keine Antwort: {problem}. Zuletzt bekanntes Guthaben: {balance}.</numerusform>
            <numerusform>Seit %n Min. keine Antwort: {problem}. Zuletzt bekanntes Guthaben: {balance}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer for %n min: {problem}.</source>
        <translation>
            <numerusform>Seit %n Min. keine Antwort: {problem}.</numerusform>
            <numerusform>Seit %n Min. keine Antwort: {problem}.</numerusform>
        </translation>
    </message>
    <message>
        <source>All fine</source>
        <translation>Alles in Ordnung</translation>
    </message>
    <message>
        <source>Running low</source>
        <translation>Geht zur Neige</translation>
    </message>
    <message>
        <source>Low balance</source>
        <translation>Niedriges Guthaben</translation>
    </message>
    <message>
        <source>API credits low</source>
        <translation>API-Credits niedrig</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Subscription expired</source>
        <translation>Abonnement abgelaufen</translation>
    </message>
    <message>
        <source>Cannot check the account</source>
        <translation>Konto kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>The key was rejected</source>
        <translation>Der Schlüssel wurde abgelehnt</translation>
    </message>
    <message>
        <source>SE Ranking refused the key (payment required)</source>
        <translation>SE Ranking hat den Schlüssel abgewiesen (Zahlung erforderlich)</translation>
    </message>
    <message>
        <source>No network connection to SE Ranking</source>
        <translation>Keine Netzwerkverbindung zu SE Ranking</translation>
    </message>
    <message>
        <source>SE Ranking did not answer in time</source>
        <translation>SE Ranking hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>SE Ranking&apos;s server had a problem</source>
        <translation>Der Server von SE Ranking hatte ein Problem</translation>
    </message>
    <message>
        <source>Too many requests — try again in a minute</source>
        <translation>Zu viele Anfragen — versuchen Sie es in einer Minute erneut</translation>
    </message>
    <message>
        <source>Unexpected answer from the API</source>
        <translation>Unerwartete Antwort der API</translation>
    </message>
    <message>
        <source>Configuration problem</source>
        <translation>Konfigurationsproblem</translation>
    </message>
    <message>
        <source>Not found at this address — SE Ranking may have retired it, or the API URL is wrong</source>
        <translation>Unter dieser Adresse nicht gefunden — SE Ranking hat sie vielleicht abgeschaltet, oder die API-URL ist falsch</translation>
    </message>
    <message>
        <source>The check failed</source>
        <translation>Die Prüfung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source> (it looks like a Data API key)</source>
        <translation> (es sieht nach einem Data-API-Schlüssel aus)</translation>
    </message>
    <message>
        <source>{subscription} (balance {amount})</source>
        <translation>{subscription} (Guthaben {amount})</translation>
    </message>
    <message>
        <source>Sub-accounts and projects are not available for this key.</source>
        <translation>Unterkonten und Projekte sind für diesen Schlüssel nicht verfügbar.</translation>
    </message>
    <message>
        <source>Sub-accounts and projects: not read yet.</source>
        <translation>Unterkonten und Projekte: noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Sub-accounts are not available for this key (a sub-account&apos;s key, or no such plan).</source>
        <translation>Unterkonten sind für diesen Schlüssel nicht verfügbar (Schlüssel eines Unterkontos oder kein passender Tarif).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-account(s)</source>
        <translation>
            <numerusform>%Ln Unterkonto</numerusform>
            <numerusform>%Ln Unterkonten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln Projekt</numerusform>
            <numerusform>%Ln Projekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> und %Ln weiteres</numerusform>
            <numerusform> und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>blocked by limits</source>
        <translation>durch Limits gesperrt</translation>
    </message>
    <message>
        <source>working</source>
        <translation>aktiv</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-account(s) blocked by limits: {names}{more}</source>
        <translation>
            <numerusform>%Ln Unterkonto durch Limits gesperrt: {names}{more}</numerusform>
            <numerusform>%Ln Unterkonten durch Limits gesperrt: {names}{more}</numerusform>
        </translation>
    </message>
    <message>
        <source>{sub_accounts} — none blocked</source>
        <translation>{sub_accounts} — keines gesperrt</translation>
    </message>
    <message numerus="yes">
        <source>{sub_accounts} — %Ln blocked by limits: {names}{more}</source>
        <translation>
            <numerusform>{sub_accounts} — %Ln durch Limits gesperrt: {names}{more}</numerusform>
            <numerusform>{sub_accounts} — %Ln durch Limits gesperrt: {names}{more}</numerusform>
        </translation>
    </message>
    <message>
        <source>keywords unknown</source>
        <translation>Keywords unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln keyword(s)</source>
        <translation>
            <numerusform>%Ln Keyword</numerusform>
            <numerusform>%Ln Keywords</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active</source>
        <translation>
            <numerusform>%Ln aktiv</numerusform>
            <numerusform>%Ln aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-account(s) blocked</source>
        <translation>
            <numerusform>%Ln Unterkonto gesperrt</numerusform>
            <numerusform>%Ln Unterkonten gesperrt</numerusform>
        </translation>
    </message>
    <message>
        <source>{account}: sub-account {name} is blocked by limits</source>
        <translation>{account}: Unterkonto {name} ist durch Limits gesperrt</translation>
    </message>
    <message>
        <source>{sub_account} has stopped working: it reached its limits. Raise them in SE Ranking.</source>
        <translation>{sub_account} arbeitet nicht mehr: Es hat seine Limits erreicht. Erhöhen Sie sie in SE Ranking.</translation>
    </message>
    <message numerus="yes">
        <source>{account}: %Ln sub-accounts are blocked by limits</source>
        <translation>
            <numerusform>{account}: %Ln Unterkonto ist durch Limits gesperrt</numerusform>
            <numerusform>{account}: %Ln Unterkonten sind durch Limits gesperrt</numerusform>
        </translation>
    </message>
    <message>
        <source>{blocked}. They have stopped working: raise their limits in SE Ranking.</source>
        <translation>{blocked}. Sie arbeiten nicht mehr: Erhöhen Sie ihre Limits in SE Ranking.</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Ein Konto braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name {name} is reserved for the {variable} account.</source>
        <translation>Der Name {name} ist für das Konto aus {variable} reserviert.</translation>
    </message>
    <message>
        <source>There is already an account named {name}.</source>
        <translation>Es gibt bereits ein Konto namens {name}.</translation>
    </message>
    <message>
        <source>The API URL {url} is not a valid URL.</source>
        <translation>Die API-URL {url} ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The API URL {url} must start with https:// and name a host.</source>
        <translation>Die API-URL {url} muss mit https:// beginnen und einen Host nennen.</translation>
    </message>
    <message>
        <source>The API URL must not contain credentials, a query or a fragment.</source>
        <translation>Die API-URL darf keine Zugangsdaten, keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>The API URL {url} uses plain http://, which is only allowed for this machine (localhost, 127.0.0.1, ::1); use https://.</source>
        <translation>Die API-URL {url} verwendet unverschlüsseltes http://, das nur für diesen Rechner erlaubt ist (localhost, 127.0.0.1, ::1); verwenden Sie https://.</translation>
    </message>
    <message>
        <source>This key is already the key of the account {name}.</source>
        <translation>Dieser Schlüssel gehört bereits zum Konto {name}.</translation>
    </message>
    <message>
        <source>The last account cannot be removed; delete its key with `key delete` instead.</source>
        <translation>Das letzte Konto kann nicht entfernt werden; löschen Sie stattdessen seinen Schlüssel mit `key delete`.</translation>
    </message>
    <message>
        <source>No API key is set. Add your Project API key in Settings, store it with `seranking-tray key set`, or set SERANKING_API_KEY.</source>
        <translation>Es ist kein API-Schlüssel festgelegt. Fügen Sie Ihren Project-API-Schlüssel in den Einstellungen hinzu, speichern Sie ihn mit `seranking-tray key set` oder setzen Sie SERANKING_API_KEY.</translation>
    </message>
    <message>
        <source>No complete answer within {seconds} s.</source>
        <translation>Keine vollständige Antwort innerhalb von {seconds} s.</translation>
    </message>
    <message>
        <source>The answer from {path} is larger than {size} bytes.</source>
        <translation>Die Antwort von {path} ist größer als {size} Byte.</translation>
    </message>
    <message>
        <source>The picture&apos;s address is not valid; not loaded.</source>
        <translation>Die Adresse des Bildes ist ungültig; es wurde nicht geladen.</translation>
    </message>
    <message>
        <source>The picture could not be loaded ({status}).</source>
        <translation>Das Bild konnte nicht geladen werden ({status}).</translation>
    </message>
    <message>
        <source>The picture is not an image.</source>
        <translation>Das Bild ist keine Bilddatei.</translation>
    </message>
    <message>
        <source>The picture is larger than 1 MB.</source>
        <translation>Das Bild ist größer als 1 MB.</translation>
    </message>
    <message>
        <source>The picture is larger than 1 MB or too slow.</source>
        <translation>Das Bild ist größer als 1 MB oder lädt zu langsam.</translation>
    </message>
    <message>
        <source>The picture redirects too many times.</source>
        <translation>Das Bild wird zu oft weitergeleitet.</translation>
    </message>
    <message>
        <source>No API key is set.</source>
        <translation>Es ist kein API-Schlüssel festgelegt.</translation>
    </message>
    <message>
        <source>The lists were not read within {seconds} s.</source>
        <translation>Die Listen wurden nicht innerhalb von {seconds} s gelesen.</translation>
    </message>
    <message>
        <source>The answer from {path} is larger than 16 MiB.</source>
        <translation>Die Antwort von {path} ist größer als 16 MiB.</translation>
    </message>
    <message>
        <source>The picture&apos;s address is not https; not loaded.</source>
        <translation>Die Adresse des Bildes verwendet kein https; es wurde nicht geladen.</translation>
    </message>
    <message>
        <source>The answer from {path} is not UTF-8 text.</source>
        <translation>Die Antwort von {path} ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The answer from {path} is empty.</source>
        <translation>Die Antwort von {path} ist leer.</translation>
    </message>
    <message>
        <source>The answer from {path} is not valid JSON.</source>
        <translation>Die Antwort von {path} ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>SE Ranking rejected the API key{said}.</source>
        <translation>SE Ranking hat den API-Schlüssel abgelehnt{said}.</translation>
    </message>
    <message>
        <source>SE Ranking refused the request: payment required{said}. The plan may not include the API, or the key is not linked yet.</source>
        <translation>SE Ranking hat die Anfrage abgewiesen: Zahlung erforderlich{said}. Möglicherweise enthält der Tarif die API nicht, oder der Schlüssel ist noch nicht verknüpft.</translation>
    </message>
    <message>
        <source>Too many requests to SE Ranking{said}.</source>
        <translation>Zu viele Anfragen an SE Ranking{said}.</translation>
    </message>
    <message>
        <source>SE Ranking&apos;s server had a problem ({status}){said}.</source>
        <translation>Der Server von SE Ranking hatte ein Problem ({status}){said}.</translation>
    </message>
    <message>
        <source>The API answered {path} with a redirect ({status}); not followed. Is the API URL right?</source>
        <translation>Die API hat auf {path} mit einer Weiterleitung geantwortet ({status}); sie wurde nicht verfolgt. Ist die API-URL richtig?</translation>
    </message>
    <message>
        <source>{path} was not found at this address ({status}) — SE Ranking may have retired it, or the API URL is wrong.</source>
        <translation>{path} wurde unter dieser Adresse nicht gefunden ({status}) — vielleicht hat SE Ranking diesen Pfad abgeschaltet, oder die API-URL ist falsch.</translation>
    </message>
    <message>
        <source>Unexpected answer {status} from {path}{said}.</source>
        <translation>Unerwartete Antwort {status} von {path}{said}.</translation>
    </message>
    <message>
        <source>Unexpected failure reading {path}.</source>
        <translation>Unerwarteter Fehler beim Lesen von {path}.</translation>
    </message>
    <message>
        <source>SE Ranking did not answer in time.</source>
        <translation>SE Ranking hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The connection to SE Ranking dropped in the middle of an answer.</source>
        <translation>Die Verbindung zu SE Ranking ist mitten in einer Antwort abgebrochen.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to SE Ranking could not be made.</source>
        <translation>Eine sichere Verbindung (TLS) zu SE Ranking konnte nicht hergestellt werden.</translation>
    </message>
    <message>
        <source>Connecting to SE Ranking timed out.</source>
        <translation>Zeitüberschreitung beim Verbindungsaufbau zu SE Ranking.</translation>
    </message>
    <message>
        <source>SE Ranking&apos;s address could not be resolved (offline?).</source>
        <translation>Die Adresse von SE Ranking konnte nicht aufgelöst werden (offline?).</translation>
    </message>
    <message>
        <source>The connection to SE Ranking was refused.</source>
        <translation>Die Verbindung zu SE Ranking wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The connection to SE Ranking failed or was reset.</source>
        <translation>Die Verbindung zu SE Ranking ist fehlgeschlagen oder wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>Network problem talking to SE Ranking ({error}).</source>
        <translation>Netzwerkproblem bei der Verbindung mit SE Ranking ({error}).</translation>
    </message>
    <message>
        <source>The settings file could not be read, so it is not changed.</source>
        <translation>Die Einstellungsdatei konnte nicht gelesen werden und bleibt daher unverändert.</translation>
    </message>
    <message>
        <source>No API key is set for {account}.</source>
        <translation>Für {account} ist kein API-Schlüssel festgelegt.</translation>
    </message>
    <message>
        <source>field {field} is missing</source>
        <translation>Feld {field} fehlt</translation>
    </message>
    <message>
        <source>field {field} is empty</source>
        <translation>Feld {field} ist leer</translation>
    </message>
    <message>
        <source>field {field} is not a finite number</source>
        <translation>Feld {field} ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>field {field} is not an object</source>
        <translation>Feld {field} ist kein Objekt</translation>
    </message>
    <message>
        <source>field {field} should be a number</source>
        <translation>Feld {field} sollte eine Zahl sein</translation>
    </message>
    <message>
        <source>field {field} should be a number, got {got}</source>
        <translation>Feld {field} sollte eine Zahl sein, ist aber {got}</translation>
    </message>
    <message>
        <source>field {field} should be a whole number, got {got}</source>
        <translation>Feld {field} sollte eine ganze Zahl sein, ist aber {got}</translation>
    </message>
    <message>
        <source>field {field} should be a number of credits, got {got}</source>
        <translation>Feld {field} sollte eine Anzahl Credits sein, ist aber {got}</translation>
    </message>
    <message>
        <source>field {field} should be text</source>
        <translation>Feld {field} sollte Text sein</translation>
    </message>
    <message>
        <source>field {field} should be text, got {got}</source>
        <translation>Feld {field} sollte Text sein, ist aber {got}</translation>
    </message>
    <message>
        <source>field {field} should be true or false, got {got}</source>
        <translation>Feld {field} sollte wahr oder falsch sein, ist aber {got}</translation>
    </message>
    <message>
        <source>field {field} should be a date, got {got}</source>
        <translation>Feld {field} sollte ein Datum sein, ist aber {got}</translation>
    </message>
    <message>
        <source>field {field} should be an object, got {got}</source>
        <translation>Feld {field} sollte ein Objekt sein, ist aber {got}</translation>
    </message>
    <message>
        <source>field {field} should be a list, got {got}</source>
        <translation>Feld {field} sollte eine Liste sein, ist aber {got}</translation>
    </message>
    <message>
        <source>an entry of {field} is not an object</source>
        <translation>ein Eintrag in {field} ist kein Objekt</translation>
    </message>
    <message>
        <source>a project is not an object</source>
        <translation>ein Projekt ist kein Objekt</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a JSON object, got {got}</source>
        <translation>JSON-Objekt erwartet, erhalten: {got}</translation>
    </message>
    <message>
        <source>expected a JSON object or list, got {got}</source>
        <translation>JSON-Objekt oder Liste erwartet, erhalten: {got}</translation>
    </message>
    <message>
        <source>Unexpected answer from {path}: {detail}</source>
        <translation>Unerwartete Antwort von {path}: {detail}</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>Another check with the same key did not finish in time.</source>
        <translation>Eine andere Prüfung mit demselben Schlüssel wurde nicht rechtzeitig fertig.</translation>
    </message>
    <message>
        <source>Cannot start a new balance history at {path}: {error}</source>
        <translation>Unter {path} kann kein neuer Guthabenverlauf angelegt werden: {error}</translation>
    </message>
    <message>
        <source>Cannot open the balance history {path}: {error}</source>
        <translation>Der Guthabenverlauf {path} kann nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <source>Cannot use the balance history {path}: {error}</source>
        <translation>Der Guthabenverlauf {path} kann nicht verwendet werden: {error}</translation>
    </message>
    <message>
        <source>The balance history could not be used: {error}</source>
        <translation>Der Guthabenverlauf konnte nicht verwendet werden: {error}</translation>
    </message>
    <message>
        <source>The balance history {path} could not be read ({reason}); it was kept as {aside} and a new one started.</source>
        <translation>Der Guthabenverlauf {path} konnte nicht gelesen werden ({reason}); er wurde als {aside} aufbewahrt und ein neuer begonnen.</translation>
    </message>
    <message>
        <source>{problem}. Balance history is off until the app restarts.</source>
        <translation>{problem}. Der Guthabenverlauf ist bis zum Neustart der App ausgeschaltet.</translation>
    </message>
    <message>
        <source>The balance history was written by a newer version of SE Ranking Tray (schema {version}, this version knows {known}); it is left as it is</source>
        <translation>Der Guthabenverlauf wurde von einer neueren Version von SE Ranking Tray geschrieben (Schema {version}, diese Version kennt {known}); er bleibt unverändert</translation>
    </message>
    <message>
        <source>opening the keyring</source>
        <translation>beim Öffnen des Schlüsselbunds</translation>
    </message>
    <message>
        <source>reading the API key</source>
        <translation>beim Lesen des API-Schlüssels</translation>
    </message>
    <message>
        <source>saving the key</source>
        <translation>beim Speichern des Schlüssels</translation>
    </message>
    <message>
        <source>removing the API key</source>
        <translation>beim Entfernen des API-Schlüssels</translation>
    </message>
    <message>
        <source>The keyring is locked; unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt; entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keyring did not answer within {seconds} s while {what}; is it locked?</source>
        <translation>Der Schlüsselbund hat {what} nicht innerhalb von {seconds} s geantwortet; ist er gesperrt?</translation>
    </message>
    <message>
        <source>No keyring is available to hold the API key (no Secret Service, KWallet, Keychain or Credential Manager was found). Set {variable} instead, or start a keyring service.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, der den API-Schlüssel aufnehmen kann (es wurde kein Secret Service, KWallet, Keychain oder Credential Manager gefunden). Setzen Sie stattdessen {variable} oder starten Sie einen Schlüsselbund-Dienst.</translation>
    </message>
    <message>
        <source>The keyring is locked; unlock it and try again ({what}).</source>
        <translation>Der Schlüsselbund ist gesperrt; entsperren Sie ihn und versuchen Sie es erneut ({what}).</translation>
    </message>
    <message>
        <source>The keyring could not be opened ({what}); it may be locked. Unlock it and try again.</source>
        <translation>Der Schlüsselbund konnte nicht geöffnet werden ({what}); vielleicht ist er gesperrt. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keyring failed while {what} ({error}).</source>
        <translation>Im Schlüsselbund ist {what} ein Fehler aufgetreten ({error}).</translation>
    </message>
    <message>
        <source>The keyring backend {backend} stores secrets unencrypted; SE Ranking Tray will not keep the key there.</source>
        <translation>Das Schlüsselbund-Backend {backend} speichert Geheimnisse unverschlüsselt; SE Ranking Tray legt den Schlüssel dort nicht ab.</translation>
    </message>
    <message>
        <source>unavailable — {why}</source>
        <translation>nicht verfügbar — {why}</translation>
    </message>
    <message>
        <source>No account is configured in the settings.</source>
        <translation>In den Einstellungen ist kein Konto eingerichtet.</translation>
    </message>
    <message>
        <source>Setting &apos;language&apos; = {value} is not a known language; using {default}.</source>
        <translation>Einstellung &apos;language&apos; = {value} ist keine bekannte Sprache; {default} wird verwendet.</translation>
    </message>
    <message>
        <source>Setting {name} = {value} is not one of {choices}; using {default}.</source>
        <translation>Einstellung {name} = {value} ist keiner der Werte {choices}; {default} wird verwendet.</translation>
    </message>
    <message>
        <source>Setting {name} = {value} is out of range; using {clamped}.</source>
        <translation>Einstellung {name} = {value} liegt außerhalb des zulässigen Bereichs; {clamped} wird verwendet.</translation>
    </message>
    <message>
        <source>Setting {name} has an invalid value {value}; using the default {default}.</source>
        <translation>Einstellung {name} hat einen ungültigen Wert {value}; der Standardwert {default} wird verwendet.</translation>
    </message>
    <message>
        <source>Ignoring the account {account} in the settings: it needs an id of its own.</source>
        <translation>Das Konto {account} in den Einstellungen wird ignoriert: Es braucht eine eigene ID.</translation>
    </message>
    <message>
        <source>Ignoring the api_url {url} of the account {account}: it is not text.</source>
        <translation>Die api_url {url} des Kontos {account} wird ignoriert: Der Wert ist kein Text.</translation>
    </message>
    <message>
        <source>Ignoring the rules {rules} of the account {account}: not an object.</source>
        <translation>Die Regeln {rules} des Kontos {account} werden ignoriert: Der Wert ist kein Objekt.</translation>
    </message>
    <message>
        <source>Cannot read the settings file {path}: {error}; using defaults.</source>
        <translation>Die Einstellungsdatei {path} kann nicht gelesen werden: {error}; Standardwerte werden verwendet.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it was kept as {aside}. Using defaults.</source>
        <translation>Die Einstellungsdatei {path} ist beschädigt ({error}); sie wurde als {aside} aufbewahrt. Standardwerte werden verwendet.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it could not be moved aside. Using defaults.</source>
        <translation>Die Einstellungsdatei {path} ist beschädigt ({error}); sie konnte nicht beiseitegelegt werden. Standardwerte werden verwendet.</translation>
    </message>
    <message>
        <source>Cannot save the account list to the settings file: {error}.</source>
        <translation>Die Kontenliste kann nicht in der Einstellungsdatei gespeichert werden: {error}.</translation>
    </message>
</context>
</TS>
