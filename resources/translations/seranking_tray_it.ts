<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Ui</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Aggiungi un account</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nome dell&apos;account</translation>
    </message>
    <message>
        <source>Project API key</source>
        <translation>Chiave Project API</translation>
    </message>
    <message>
        <source>API URL (optional)</source>
        <translation>URL API (facoltativo)</translation>
    </message>
    <message>
        <source>Data API URL (optional)</source>
        <translation>URL Data API (facoltativo)</translation>
    </message>
    <message>
        <source>the default Data API</source>
        <translation>la Data API predefinita</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Project API &amp;key:</source>
        <translation>&amp;Chiave Project API:</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL API:</translation>
    </message>
    <message>
        <source>&amp;Data API URL:</source>
        <translation>URL &amp;Data API:</translation>
    </message>
    <message>
        <source>Type the account&apos;s Project API key.</source>
        <translation>Digita la chiave Project API dell&apos;account.</translation>
    </message>
    <message>
        <source>Rename {label}</source>
        <translation>Rinomina {label}</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rinomina</translation>
    </message>
    <message>
        <source>New account name</source>
        <translation>Nuovo nome dell&apos;account</translation>
    </message>
    <message>
        <source>Remove {label}</source>
        <translation>Rimuovi {label}</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Remove the account “{label}” and delete its key from the keyring?</source>
        <translation>Rimuovere l&apos;account «{label}» ed eliminare la sua chiave dal portachiavi?</translation>
    </message>
    <message>
        <source>Also delete its &amp;history</source>
        <translation>Elimina anche la sua &amp;cronologia</translation>
    </message>
    <message>
        <source>Also delete its history</source>
        <translation>Elimina anche la sua cronologia</translation>
    </message>
    <message>
        <source>{amount} credits</source>
        <translation>{amount} crediti</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>Account demo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Immagine del profilo</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Saldo:</translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation>Abbonamento:</translation>
    </message>
    <message>
        <source>API credits:</source>
        <translation>Crediti API:</translation>
    </message>
    <message>
        <source>Last update:</source>
        <translation>Ultimo aggiornamento:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>Balance over time</source>
        <translation>Andamento del saldo</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Non configurato</translation>
    </message>
    <message>
        <source>Add your Project API key in Settings.</source>
        <translation>Aggiungi la tua chiave Project API nelle Impostazioni.</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Nessuna chiave API</translation>
    </message>
    <message>
        <source>SE Ranking account</source>
        <translation>Account SE Ranking</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>{email} (verified)</source>
        <translation>{email} (verificato)</translation>
    </message>
    <message>
        <source>{email} (not verified)</source>
        <translation>{email} (non verificato)</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostra tutto</translation>
    </message>
    <message>
        <source>key in the keyring</source>
        <translation>chiave nel portachiavi</translation>
    </message>
    <message>
        <source>key from SERANKING_API_KEY</source>
        <translation>chiave da SERANKING_API_KEY</translation>
    </message>
    <message>
        <source>key for this session only</source>
        <translation>chiave solo per questa sessione</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>ancora nessuna chiave</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>l&apos;account</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>Connected to {name} — balance {balance}</source>
        <translation>Connesso a {name} — saldo {balance}</translation>
    </message>
    <message>
        <source>{what} failed ({error}).</source>
        <translation>{what}: errore ({error}).</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Changes to this list are saved at once. The rules below apply to the selected account.</source>
        <translation>Le modifiche a questo elenco vengono salvate subito. Le regole seguenti si applicano all&apos;account selezionato.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Aggiungi account…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Ri&amp;nomina…</translation>
    </message>
    <message>
        <source>Rename the selected account</source>
        <translation>Rinomina l&apos;account selezionato</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>Ri&amp;muovi…</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>Rimuovi l&apos;account selezionato</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Sposta &amp;su</translation>
    </message>
    <message>
        <source>Move the selected account up</source>
        <translation>Sposta su l&apos;account selezionato</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <source>Move the selected account down</source>
        <translation>Sposta giù l&apos;account selezionato</translation>
    </message>
    <message>
        <source>Te&amp;st account</source>
        <translation>&amp;Verifica account</translation>
    </message>
    <message>
        <source>Test the connection of the selected account</source>
        <translation>Verifica la connessione dell&apos;account selezionato</translation>
    </message>
    <message>
        <source>Reading the accounts…</source>
        <translation>Lettura degli account…</translation>
    </message>
    <message>
        <source>Accounts status</source>
        <translation>Stato degli account</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Warn when the balance runs out within this many days (0: never)</source>
        <translation>Avvisa quando il saldo si esaurisce entro questo numero di giorni (0: mai)</translation>
    </message>
    <message>
        <source>Warn when it runs &amp;out within:</source>
        <translation>Avvisa se si &amp;esaurisce entro:</translation>
    </message>
    <message>
        <source>problem: {problem}</source>
        <translation>problema: {problem}</translation>
    </message>
    <message>
        <source>read-only, {detail}</source>
        <translation>sola lettura, {detail}</translation>
    </message>
    <message>
        <source>Reading the accounts</source>
        <translation>La lettura degli account</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>La modifica</translation>
    </message>
    <message>
        <source>This account has no key yet.</source>
        <translation>Questo account non ha ancora una chiave.</translation>
    </message>
    <message>
        <source>Testing {account}…</source>
        <translation>Verifica di {account}…</translation>
    </message>
    <message>
        <source>The test</source>
        <translation>La verifica</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Giorni rimasti</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s) fine</source>
        <translation>
            <numerusform>%n altro a posto</numerusform>
            <numerusform>%n altri a posto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) fine</source>
        <translation>
            <numerusform>%n account a posto</numerusform>
            <numerusform>%n account a posto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checking…</source>
        <translation>
            <numerusform>%n in verifica…</numerusform>
            <numerusform>%n in verifica…</numerusform>
        </translation>
    </message>
    <message>
        <source>No system tray was found, so SE Ranking Tray runs in this window. Closing it quits the app. (On GNOME, the AppIndicator extension adds a tray.)</source>
        <translation>Nessuna area di notifica trovata: SE Ranking Tray viene quindi eseguito in questa finestra. Chiuderla chiude l&apos;app. (Su GNOME, l&apos;estensione AppIndicator aggiunge un&apos;area di notifica.)</translation>
    </message>
    <message>
        <source> (top-up +{amount})</source>
        <translation> (ricarica +{amount})</translation>
    </message>
    <message>
        <source>Threshold {amount}</source>
        <translation>Soglia {amount}</translation>
    </message>
    <message>
        <source>Runs out {date}</source>
        <translation>Esaurito il {date}</translation>
    </message>
    <message>
        <source>Show {range}</source>
        <translation>Mostra {range}</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 giorni</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 giorni</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 giorni</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutto</translation>
    </message>
    <message>
        <source>No balance history yet — the chart fills as checks run.</source>
        <translation>Ancora nessuno storico del saldo — il grafico si riempie man mano che avvengono le verifiche.</translation>
    </message>
    <message>
        <source>First reading recorded: {balance} — the chart fills as checks run.</source>
        <translation>Prima lettura registrata: {balance} — il grafico si riempie man mano che avvengono le verifiche.</translation>
    </message>
    <message>
        <source>No readings in the last {range} — choose a longer range.</source>
        <translation>Nessuna lettura negli ultimi {range} — scegli un intervallo più lungo.</translation>
    </message>
    <message>
        <source>falling about {amount} a day</source>
        <translation>in calo di circa {amount} al giorno</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>stabile</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>in aumento</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>in calo</translation>
    </message>
    <message>
        <source>everything recorded</source>
        <translation>tutto lo storico</translation>
    </message>
    <message>
        <source>the last {range}</source>
        <translation>ultimi {range}</translation>
    </message>
    <message>
        <source>Balance {last}, {trend}. Over {period}: from {first} to {last}</source>
        <translation>Saldo {last}, {trend}. Periodo ({period}): da {first} a {last}</translation>
    </message>
    <message numerus="yes">
        <source>, %n top-up(s)</source>
        <translation>
            <numerusform>, %n ricarica</numerusform>
            <numerusform>, %n ricariche</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostra</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Mostra la chiave</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>Rimuovi la chiave salvata</translation>
    </message>
    <message>
        <source>40 hexadecimal characters, from SE Ranking → Settings → API. &lt;a href=&quot;{url}&quot;&gt;Where is my key?&lt;/a&gt;</source>
        <translation>40 caratteri esadecimali, da SE Ranking → Impostazioni → API. &lt;a href=&quot;{url}&quot;&gt;Dov&apos;è la mia chiave?&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Key storage: checking the keyring…</source>
        <translation>Archiviazione chiave: verifica del portachiavi…</translation>
    </message>
    <message>
        <source>Set by the SERANKING_API_KEY environment variable</source>
        <translation>Impostata dalla variabile d&apos;ambiente SERANKING_API_KEY</translation>
    </message>
    <message>
        <source>A key is stored — type a new one to replace it</source>
        <translation>È salvata una chiave — digitane una nuova per sostituirla</translation>
    </message>
    <message>
        <source>Paste your Project API key</source>
        <translation>Incolla la tua chiave Project API</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Nascondi</translation>
    </message>
    <message>
        <source>The stored key will be removed when you save</source>
        <translation>La chiave salvata verrà rimossa al salvataggio</translation>
    </message>
    <message>
        <source>Keep for this session &amp;only</source>
        <translation>Conserva solo per &amp;questa sessione</translation>
    </message>
    <message>
        <source>Sub-accounts</source>
        <translation>Sottoaccount</translation>
    </message>
    <message>
        <source>Meters</source>
        <translation>Contatori</translation>
    </message>
    <message>
        <source>Project account (balance and subscription)</source>
        <translation>Account progetti (saldo e abbonamento)</translation>
    </message>
    <message>
        <source>Data API credits</source>
        <translation>Crediti Data API</translation>
    </message>
    <message>
        <source>Credits low under this share of the limit</source>
        <translation>Crediti bassi sotto questa quota del limite</translation>
    </message>
    <message>
        <source>Warn this many days before the credits expire (0: never)</source>
        <translation>Avvisa questo numero di giorni prima della scadenza dei crediti (0: mai)</translation>
    </message>
    <message>
        <source>Credits low under:</source>
        <translation>Crediti bassi sotto:</translation>
    </message>
    <message>
        <source>Warn before expiry:</source>
        <translation>Avviso prima della scadenza:</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>Apri account</translation>
    </message>
    <message>
        <source>Open SE Ranking</source>
        <translation>Apri SE Ranking</translation>
    </message>
    <message>
        <source>SE Ranking Tray (Demo) — </source>
        <translation>SE Ranking Tray (Demo) — </translation>
    </message>
    <message>
        <source>SE Ranking Tray — set up: add your Project API key in Settings</source>
        <translation>SE Ranking Tray — da configurare: aggiungi la tua chiave Project API nelle Impostazioni</translation>
    </message>
    <message>
        <source>SE Ranking Tray — checking…</source>
        <translation>SE Ranking Tray — verifica in corso…</translation>
    </message>
    <message>
        <source>Balance: unknown</source>
        <translation>Saldo: sconosciuto</translation>
    </message>
    <message>
        <source>Balance: {amount}</source>
        <translation>Saldo: {amount}</translation>
    </message>
    <message>
        <source>{amount} (stale)</source>
        <translation>{amount} (non aggiornato)</translation>
    </message>
    <message>
        <source>Subscription: unknown</source>
        <translation>Abbonamento: sconosciuto</translation>
    </message>
    <message>
        <source>{credits} (stale)</source>
        <translation>{credits} (non aggiornati)</translation>
    </message>
    <message>
        <source>not watched</source>
        <translation>non monitorato</translation>
    </message>
    <message>
        <source>{problem}. Automatic refresh is paused until the key changes.</source>
        <translation>{problem}. L&apos;aggiornamento automatico è sospeso finché la chiave non cambia.</translation>
    </message>
    <message>
        <source>Updated {age}</source>
        <translation>Aggiornato {age}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Prova la &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Verifica connessione</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Sub-accounts and projects</source>
        <translation>Sottoaccount e progetti</translation>
    </message>
    <message>
        <source>Alert when a sub-account is &amp;blocked by limits</source>
        <translation>Avvisa se un sottoaccount viene &amp;bloccato dai limiti</translation>
    </message>
    <message>
        <source>Alert when a sub-account is blocked by limits</source>
        <translation>Avvisa se un sottoaccount viene bloccato dai limiti</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Refresh interval for the sub-accounts and projects, in minutes</source>
        <translation>Intervallo di aggiornamento dei sottoaccount e dei progetti, in minuti</translation>
    </message>
    <message>
        <source>Re&amp;fresh them every:</source>
        <translation>Aggiornali &amp;ogni:</translation>
    </message>
    <message>
        <source>Refresh interval in minutes</source>
        <translation>Intervallo di aggiornamento in minuti</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>A&amp;ggiorna ogni:</translation>
    </message>
    <message>
        <source>Low-balance threshold</source>
        <translation>Soglia di saldo basso</translation>
    </message>
    <message>
        <source>&amp;Warn when the balance is below:</source>
        <translation>&amp;Avvisa se il saldo è sotto:</translation>
    </message>
    <message>
        <source>Tray icon style</source>
        <translation>Stile dell&apos;icona</translation>
    </message>
    <message>
        <source>Tray &amp;icon:</source>
        <translation>&amp;Icona:</translation>
    </message>
    <message>
        <source>Start SE Ranking Tray when I log in</source>
        <translation>Avvia SE Ranking Tray all&apos;accesso</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Avvia all&apos;accesso</translation>
    </message>
    <message>
        <source>Start at &amp;login:</source>
        <translation>Avvia all&apos;a&amp;ccesso:</translation>
    </message>
    <message>
        <source>Notify me when</source>
        <translation>Notificami quando</translation>
    </message>
    <message>
        <source>the balance is &amp;low</source>
        <translation>il saldo è &amp;basso</translation>
    </message>
    <message>
        <source>the subscription &amp;expires</source>
        <translation>l&apos;abbonamento &amp;scade</translation>
    </message>
    <message>
        <source>the &amp;key is rejected</source>
        <translation>la c&amp;hiave viene rifiutata</translation>
    </message>
    <message>
        <source>the account cannot be checked for &amp;more than</source>
        <translation>l&apos;account non è verificabile per &amp;più di</translation>
    </message>
    <message>
        <source>Grace period before an unreachable account is announced, in minutes</source>
        <translation>Tolleranza prima di segnalare un account irraggiungibile, in minuti</translation>
    </message>
    <message>
        <source>everything is fine &amp;again</source>
        <translation>t&amp;utto è di nuovo a posto</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzate</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL di base dell&apos;API</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>Timeout di connessione in secondi</translation>
    </message>
    <message>
        <source>Read timeout in seconds</source>
        <translation>Timeout di lettura in secondi</translation>
    </message>
    <message>
        <source>Deadline for a whole check in seconds</source>
        <translation>Tempo massimo per una verifica completa in secondi</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>Timeout di c&amp;onnessione:</translation>
    </message>
    <message>
        <source>Rea&amp;d timeout:</source>
        <translation>Timeout di le&amp;ttura:</translation>
    </message>
    <message>
        <source>Whole check &amp;gives up after:</source>
        <translation>La verifica si inte&amp;rrompe dopo:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Key storage: {name}</source>
        <translation>Archiviazione chiave: {name}</translation>
    </message>
    <message>
        <source>Type your Project API key first.</source>
        <translation>Digita prima la tua chiave Project API.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>the test failed ({error})</source>
        <translation>verifica non riuscita ({error})</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Impossibile salvare le impostazioni: {error}</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {error}</source>
        <translation>Impossibile modificare l&apos;avvio all&apos;accesso: {error}</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>A colori</translation>
    </message>
    <message>
        <source>Monochrome light (for dark panels)</source>
        <translation>Monocromatica chiara (pannelli scuri)</translation>
    </message>
    <message>
        <source>Monochrome dark (for light panels)</source>
        <translation>Monocromatica scura (pannelli chiari)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome!&lt;/b&gt; Paste your SE Ranking &lt;b&gt;Project API key&lt;/b&gt; to start watching your balance and subscription — or try the demo first.</source>
        <translation>&lt;b&gt;Benvenuto!&lt;/b&gt; Incolla la tua &lt;b&gt;chiave Project API&lt;/b&gt; di SE Ranking per monitorare saldo e abbonamento — oppure prova prima la demo.</translation>
    </message>
    <message>
        <source>the keyring failed ({error})</source>
        <translation>errore del portachiavi ({error})</translation>
    </message>
    <message>
        <source>The key could not be removed: {error}</source>
        <translation>Impossibile rimuovere la chiave: {error}</translation>
    </message>
    <message>
        <source>The key could not be saved in the keyring: {error} The other settings were saved. You can keep the key for this session only (it is not written anywhere).</source>
        <translation>Impossibile salvare la chiave nel portachiavi: {error} Le altre impostazioni sono state salvate. Puoi conservare la chiave solo per questa sessione (non viene scritta da nessuna parte).</translation>
    </message>
    <message>
        <source>Automatic (the system&apos;s language)</source>
        <translation>Automatica (lingua del sistema)</translation>
    </message>
    <message>
        <source>SE Ranking profile</source>
        <translation>Profilo SE Ranking</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>SE Ranking Tray (Demo)</source>
        <translation>SE Ranking Tray (Demo)</translation>
    </message>
    <message>
        <source>Demo — a built-in sample account</source>
        <translation>Demo — un account di esempio integrato</translation>
    </message>
    <message>
        <source>Not set up: add your Project API key</source>
        <translation>Non configurato: aggiungi la tua chiave Project API</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Aggiorna ora</translation>
    </message>
    <message>
        <source>Account…</source>
        <translation>Account…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Impostazioni…</translation>
    </message>
    <message>
        <source>Snooze notifications</source>
        <translation>Sospendi notifiche</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Per 1 ora</translation>
    </message>
    <message>
        <source>For 8 hours</source>
        <translation>Per 8 ore</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Fino a domani</translation>
    </message>
    <message>
        <source>Resume notifications</source>
        <translation>Riprendi notifiche</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Notifications snoozed until {time}</source>
        <translation>Notifiche sospese fino alle {time}</translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>Aggiorna tutti</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>SE Ranking account</source>
        <translation>Account SE Ranking</translation>
    </message>
    <message>
        <source>≈ used up by now (forecast for {date})</source>
        <translation>≈ già esaurito (previsione per il {date})</translation>
    </message>
    <message>
        <source>≈ less than a day left (until {date})</source>
        <translation>≈ meno di un giorno rimasto (fino al {date})</translation>
    </message>
    <message numerus="yes">
        <source>≈ %n day(s) left (until {date})</source>
        <translation>
            <numerusform>≈ %n giorno rimasto (fino al {date})</numerusform>
            <numerusform>≈ %n giorni rimasti (fino al {date})</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>adesso</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min fa</numerusform>
            <numerusform>%n min fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n ora fa</numerusform>
            <numerusform>%n ore fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n giorno fa</numerusform>
            <numerusform>%n giorni fa</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} — checking…</source>
        <translation>{name} — verifica in corso…</translation>
    </message>
    <message>
        <source>{name} — cannot check: {problem}</source>
        <translation>{name} — impossibile verificare: {problem}</translation>
    </message>
    <message>
        <source>{name} — cannot check: {problem} · last known {figures} (stale, {age})</source>
        <translation>{name} — impossibile verificare: {problem} · ultimi valori noti {figures} (non aggiornati, {age})</translation>
    </message>
    <message>
        <source>last known (stale, updated {age})</source>
        <translation>ultimi valori noti (non aggiornati, ultimo aggiornamento {age})</translation>
    </message>
    <message>
        <source>updated {age}</source>
        <translation>aggiornato {age}</translation>
    </message>
    <message>
        <source>Renew in SE Ranking</source>
        <translation>Rinnova in SE Ranking</translation>
    </message>
    <message>
        <source>This looks like a Data API key (a UUID): it shows the API credits and their expiry. The balance and the subscription need the Project API key: 40 hexadecimal characters, found in SE Ranking under Settings → API.</source>
        <translation>Sembra una chiave Data API (un UUID): mostra i crediti API e la loro scadenza. Il saldo e l&apos;abbonamento richiedono la chiave Project API: 40 caratteri esadecimali, in SE Ranking sotto Impostazioni → API.</translation>
    </message>
    <message>
        <source>A Project API key is 40 hexadecimal characters (0–9, a–f); this one does not look like one.</source>
        <translation>Una chiave Project API è composta da 40 caratteri esadecimali (0–9, a–f); questa non sembra esserlo.</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>gen</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mag</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>giu</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>lug</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>set</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>ott</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <source>until {date} ({left})</source>
        <translation>fino al {date} ({left})</translation>
    </message>
    <message>
        <source>API credits: no credit subscription</source>
        <translation>Crediti API: nessun abbonamento ai crediti</translation>
    </message>
    <message>
        <source>API credits {figures}</source>
        <translation>Crediti API {figures}</translation>
    </message>
    <message>
        <source>{left} of {limit}</source>
        <translation>{left} su {limit}</translation>
    </message>
    <message>
        <source>disabled on {date}</source>
        <translation>disattivato il {date}</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <source>inactive on {date}</source>
        <translation>inattivo dal {date}</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inattivo</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>scaduto il {date}</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>scaduto</translation>
    </message>
    <message>
        <source>is disabled</source>
        <translation>è disattivato</translation>
    </message>
    <message>
        <source>is inactive</source>
        <translation>è inattivo</translation>
    </message>
    <message>
        <source>ended on {date}</source>
        <translation>è terminato il {date}</translation>
    </message>
    <message>
        <source>has ended</source>
        <translation>è terminato</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>scade oggi</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>scade tra %n giorno</numerusform>
            <numerusform>scade tra %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a day</source>
        <translation>meno di un giorno</translation>
    </message>
    <message>
        <source>Renew it in SE Ranking: rank checks stop until then.</source>
        <translation>Rinnovalo in SE Ranking: fino ad allora il monitoraggio delle posizioni è sospeso.</translation>
    </message>
    <message>
        <source>The API credit subscription {ended} — renew it in SE Ranking.</source>
        <translation>L&apos;abbonamento ai crediti API {ended} — rinnovalo in SE Ranking.</translation>
    </message>
    <message>
        <source>No meter to read.</source>
        <translation>Nessun contatore da leggere.</translation>
    </message>
    <message>
        <source>{0} is below your threshold of {1} — top up in SE Ranking.</source>
        <translation>{0} è sotto la tua soglia di {1} — ricarica in SE Ranking.</translation>
    </message>
    <message>
        <source>{left} of {limit} left, under {percent} % of the limit — buy more in SE Ranking.</source>
        <translation>{left} su {limit} rimasti, sotto il {percent} % del limite — acquistane altri in SE Ranking.</translation>
    </message>
    <message>
        <source>API credits {left} run out in about {days} at {spend} a day — buy more.</source>
        <translation>I crediti API ({left}) si esauriscono tra circa {days} a {spend} al giorno — acquistane altri.</translation>
    </message>
    <message>
        <source>{0} lasts less than a day more at {1} a day — top up in SE Ranking.</source>
        <translation>{0} non dura un altro giorno a {1} al giorno — ricarica in SE Ranking.</translation>
    </message>
    <message>
        <source>{0} lasts about {days} more at {1} a day — top up in SE Ranking.</source>
        <translation>{0} dura ancora circa {days} a {1} al giorno — ricarica in SE Ranking.</translation>
    </message>
    <message>
        <source>The API credit subscription expires in {days} — renew it in SE Ranking.</source>
        <translation>L&apos;abbonamento ai crediti API scade tra {days} — rinnovalo in SE Ranking.</translation>
    </message>
    <message>
        <source>The API credit subscription expires today — renew it in SE Ranking.</source>
        <translation>L&apos;abbonamento ai crediti API scade oggi — rinnovalo in SE Ranking.</translation>
    </message>
    <message>
        <source>Pay per check</source>
        <translation>Pagamento a verifica</translation>
    </message>
    <message>
        <source>{type} expired</source>
        <translation>{type} scaduto</translation>
    </message>
    <message>
        <source>{type} active</source>
        <translation>{type} attivo</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abbonamento</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Periodo di prova</translation>
    </message>
    <message>
        <source>Balance {amount}</source>
        <translation>Saldo {amount}</translation>
    </message>
    <message>
        <source>{name}: SE Ranking account is fine again</source>
        <translation>{name}: l&apos;account SE Ranking è di nuovo a posto</translation>
    </message>
    <message>
        <source>{name}: SE Ranking balance is low</source>
        <translation>{name}: saldo SE Ranking basso</translation>
    </message>
    <message>
        <source>Balance {balance} is below your threshold of {threshold}. Top up in SE Ranking.</source>
        <translation>Il saldo {balance} è sotto la tua soglia di {threshold}. Ricarica in SE Ranking.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking balance is running low</source>
        <translation>{name}: il saldo SE Ranking si sta esaurendo</translation>
    </message>
    <message>
        <source>{name}: SE Ranking API credits are low</source>
        <translation>{name}: crediti API SE Ranking bassi</translation>
    </message>
    <message>
        <source>API credits</source>
        <translation>Crediti API</translation>
    </message>
    <message>
        <source>{left} — under {percent} % of the limit left; buy more in SE Ranking.</source>
        <translation>{left} — rimane meno del {percent} % del limite; acquistane altri in SE Ranking.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking API credit subscription {expires}</source>
        <translation>{name}: l&apos;abbonamento ai crediti API SE Ranking {expires}</translation>
    </message>
    <message>
        <source>{credits}. Renew it in SE Ranking.</source>
        <translation>{credits}. Rinnovalo in SE Ranking.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking API credits expired</source>
        <translation>{name}: crediti API SE Ranking scaduti</translation>
    </message>
    <message>
        <source>{name}: SE Ranking subscription expired</source>
        <translation>{name}: abbonamento SE Ranking scaduto</translation>
    </message>
    <message>
        <source>{name}: SE Ranking rejected the API key</source>
        <translation>{name}: SE Ranking ha rifiutato la chiave API</translation>
    </message>
    <message>
        <source>{problem}. Open Settings to enter the Project API key.</source>
        <translation>{problem}. Apri le Impostazioni per inserire la chiave Project API.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking account cannot be checked</source>
        <translation>{name}: impossibile verificare l&apos;account SE Ranking</translation>
    </message>
    <message numerus="yes">
        <source>No answer for %n min: {problem}. Last known balance: {balance}.</source>
        <translation>
            <numerusform>Nessuna risposta da %n min: {problem}. Ultimo saldo noto: {balance}.</numerusform>
            <numerusform>Nessuna risposta da %n min: {problem}. Ultimo saldo noto: {balance}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer for %n min: {problem}.</source>
        <translation>
            <numerusform>Nessuna risposta da %n min: {problem}.</numerusform>
            <numerusform>Nessuna risposta da %n min: {problem}.</numerusform>
        </translation>
    </message>
    <message>
        <source>All fine</source>
        <translation>Tutto a posto</translation>
    </message>
    <message>
        <source>Running low</source>
        <translation>In esaurimento</translation>
    </message>
    <message>
        <source>Low balance</source>
        <translation>Saldo basso</translation>
    </message>
    <message>
        <source>API credits low</source>
        <translation>Crediti API bassi</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>In scadenza</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Richiede attenzione</translation>
    </message>
    <message>
        <source>Subscription expired</source>
        <translation>Abbonamento scaduto</translation>
    </message>
    <message>
        <source>Cannot check the account</source>
        <translation>Impossibile verificare l&apos;account</translation>
    </message>
    <message>
        <source>The key was rejected</source>
        <translation>La chiave è stata rifiutata</translation>
    </message>
    <message>
        <source>SE Ranking refused the key (payment required)</source>
        <translation>SE Ranking ha rifiutato la chiave (pagamento richiesto)</translation>
    </message>
    <message>
        <source>No network connection to SE Ranking</source>
        <translation>Nessuna connessione di rete a SE Ranking</translation>
    </message>
    <message>
        <source>SE Ranking did not answer in time</source>
        <translation>SE Ranking non ha risposto in tempo</translation>
    </message>
    <message>
        <source>SE Ranking&apos;s server had a problem</source>
        <translation>Il server di SE Ranking ha avuto un problema</translation>
    </message>
    <message>
        <source>Too many requests — try again in a minute</source>
        <translation>Troppe richieste — riprova tra un minuto</translation>
    </message>
    <message>
        <source>Unexpected answer from the API</source>
        <translation>Risposta inattesa dall&apos;API</translation>
    </message>
    <message>
        <source>Configuration problem</source>
        <translation>Problema di configurazione</translation>
    </message>
    <message>
        <source>Not found at this address — SE Ranking may have retired it, or the API URL is wrong</source>
        <translation>Non trovato a questo indirizzo — SE Ranking potrebbe averlo dismesso, oppure l&apos;URL dell&apos;API è errato</translation>
    </message>
    <message>
        <source>The check failed</source>
        <translation>La verifica non è riuscita</translation>
    </message>
    <message>
        <source> (it looks like a Data API key)</source>
        <translation> (sembra una chiave Data API)</translation>
    </message>
    <message>
        <source>{subscription} (balance {amount})</source>
        <translation>{subscription} (saldo {amount})</translation>
    </message>
    <message>
        <source>Sub-accounts and projects are not available for this key.</source>
        <translation>Sottoaccount e progetti non sono disponibili per questa chiave.</translation>
    </message>
    <message>
        <source>Sub-accounts and projects: not read yet.</source>
        <translation>Sottoaccount e progetti: non ancora letti.</translation>
    </message>
    <message>
        <source>Sub-accounts are not available for this key (a sub-account&apos;s key, or no such plan).</source>
        <translation>I sottoaccount non sono disponibili per questa chiave (chiave di un sottoaccount, o piano senza sottoaccount).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-account(s)</source>
        <translation>
            <numerusform>%Ln sottoaccount</numerusform>
            <numerusform>%Ln sottoaccount</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln progetto</numerusform>
            <numerusform>%Ln progetti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> e %Ln altro</numerusform>
            <numerusform> e altri %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>blocked by limits</source>
        <translation>bloccato dai limiti</translation>
    </message>
    <message>
        <source>working</source>
        <translation>attivo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-account(s) blocked by limits: {names}{more}</source>
        <translation>
            <numerusform>%Ln sottoaccount bloccato dai limiti: {names}{more}</numerusform>
            <numerusform>%Ln sottoaccount bloccati dai limiti: {names}{more}</numerusform>
        </translation>
    </message>
    <message>
        <source>{sub_accounts} — none blocked</source>
        <translation>{sub_accounts} — nessuno bloccato</translation>
    </message>
    <message numerus="yes">
        <source>{sub_accounts} — %Ln blocked by limits: {names}{more}</source>
        <translation>
            <numerusform>{sub_accounts} — %Ln bloccato dai limiti: {names}{more}</numerusform>
            <numerusform>{sub_accounts} — %Ln bloccati dai limiti: {names}{more}</numerusform>
        </translation>
    </message>
    <message>
        <source>keywords unknown</source>
        <translation>parole chiave sconosciute</translation>
    </message>
    <message numerus="yes">
        <source>%Ln keyword(s)</source>
        <translation>
            <numerusform>%Ln parola chiave</numerusform>
            <numerusform>%Ln parole chiave</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active</source>
        <translation>
            <numerusform>%Ln attivo</numerusform>
            <numerusform>%Ln attivi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-account(s) blocked</source>
        <translation>
            <numerusform>%Ln sottoaccount bloccato</numerusform>
            <numerusform>%Ln sottoaccount bloccati</numerusform>
        </translation>
    </message>
    <message>
        <source>{account}: sub-account {name} is blocked by limits</source>
        <translation>{account}: il sottoaccount {name} è bloccato dai limiti</translation>
    </message>
    <message>
        <source>{sub_account} has stopped working: it reached its limits. Raise them in SE Ranking.</source>
        <translation>{sub_account} ha smesso di funzionare: ha raggiunto i suoi limiti. Aumentali in SE Ranking.</translation>
    </message>
    <message numerus="yes">
        <source>{account}: %Ln sub-accounts are blocked by limits</source>
        <translation>
            <numerusform>{account}: %Ln sottoaccount è bloccato dai limiti</numerusform>
            <numerusform>{account}: %Ln sottoaccount sono bloccati dai limiti</numerusform>
        </translation>
    </message>
    <message>
        <source>{blocked}. They have stopped working: raise their limits in SE Ranking.</source>
        <translation>{blocked}. Hanno smesso di funzionare: aumenta i loro limiti in SE Ranking.</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Un account deve avere un nome.</translation>
    </message>
    <message>
        <source>The name {name} is reserved for the {variable} account.</source>
        <translation>Il nome {name} è riservato all&apos;account di {variable}.</translation>
    </message>
    <message>
        <source>There is already an account named {name}.</source>
        <translation>Esiste già un account chiamato {name}.</translation>
    </message>
    <message>
        <source>The API URL {url} is not a valid URL.</source>
        <translation>L&apos;URL dell&apos;API {url} non è un URL valido.</translation>
    </message>
    <message>
        <source>The API URL {url} must start with https:// and name a host.</source>
        <translation>L&apos;URL dell&apos;API {url} deve iniziare con https:// e indicare un host.</translation>
    </message>
    <message>
        <source>The API URL must not contain credentials, a query or a fragment.</source>
        <translation>L&apos;URL dell&apos;API non deve contenere credenziali, una query o un frammento.</translation>
    </message>
    <message>
        <source>The API URL {url} uses plain http://, which is only allowed for this machine (localhost, 127.0.0.1, ::1); use https://.</source>
        <translation>L&apos;URL dell&apos;API {url} usa http:// non cifrato, consentito solo per questo computer (localhost, 127.0.0.1, ::1); usa https://.</translation>
    </message>
    <message>
        <source>This key is already the key of the account {name}.</source>
        <translation>Questa chiave è già la chiave dell&apos;account {name}.</translation>
    </message>
    <message>
        <source>The last account cannot be removed; delete its key with `key delete` instead.</source>
        <translation>L&apos;ultimo account non può essere rimosso; elimina invece la sua chiave con `key delete`.</translation>
    </message>
    <message>
        <source>No API key is set. Add your Project API key in Settings, store it with `seranking-tray key set`, or set SERANKING_API_KEY.</source>
        <translation>Nessuna chiave API impostata. Aggiungi la tua chiave Project API nelle Impostazioni, salvala con `seranking-tray key set` oppure imposta SERANKING_API_KEY.</translation>
    </message>
    <message>
        <source>No complete answer within {seconds} s.</source>
        <translation>Nessuna risposta completa entro {seconds} s.</translation>
    </message>
    <message>
        <source>The answer from {path} is larger than {size} bytes.</source>
        <translation>La risposta da {path} supera i {size} byte.</translation>
    </message>
    <message>
        <source>The picture&apos;s address is not valid; not loaded.</source>
        <translation>L&apos;indirizzo dell&apos;immagine non è valido; immagine non caricata.</translation>
    </message>
    <message>
        <source>The picture could not be loaded ({status}).</source>
        <translation>Impossibile caricare l&apos;immagine ({status}).</translation>
    </message>
    <message>
        <source>The picture is not an image.</source>
        <translation>Il file ricevuto non è un&apos;immagine.</translation>
    </message>
    <message>
        <source>The picture is larger than 1 MB.</source>
        <translation>L&apos;immagine supera 1 MB.</translation>
    </message>
    <message>
        <source>The picture is larger than 1 MB or too slow.</source>
        <translation>L&apos;immagine supera 1 MB o è troppo lenta da scaricare.</translation>
    </message>
    <message>
        <source>The picture redirects too many times.</source>
        <translation>L&apos;immagine ha troppi reindirizzamenti.</translation>
    </message>
    <message>
        <source>No API key is set.</source>
        <translation>Nessuna chiave API impostata.</translation>
    </message>
    <message>
        <source>The lists were not read within {seconds} s.</source>
        <translation>Gli elenchi non sono stati letti entro {seconds} s.</translation>
    </message>
    <message>
        <source>The answer from {path} is larger than 16 MiB.</source>
        <translation>La risposta da {path} supera 16 MiB.</translation>
    </message>
    <message>
        <source>The picture&apos;s address is not https; not loaded.</source>
        <translation>L&apos;indirizzo dell&apos;immagine non è https; immagine non caricata.</translation>
    </message>
    <message>
        <source>The answer from {path} is not UTF-8 text.</source>
        <translation>La risposta da {path} non è testo UTF-8.</translation>
    </message>
    <message>
        <source>The answer from {path} is empty.</source>
        <translation>La risposta da {path} è vuota.</translation>
    </message>
    <message>
        <source>The answer from {path} is not valid JSON.</source>
        <translation>La risposta da {path} non è JSON valido.</translation>
    </message>
    <message>
        <source>SE Ranking rejected the API key{said}.</source>
        <translation>SE Ranking ha rifiutato la chiave API{said}.</translation>
    </message>
    <message>
        <source>SE Ranking refused the request: payment required{said}. The plan may not include the API, or the key is not linked yet.</source>
        <translation>SE Ranking ha rifiutato la richiesta: pagamento richiesto{said}. Il piano potrebbe non includere l&apos;API, oppure la chiave non è ancora collegata.</translation>
    </message>
    <message>
        <source>Too many requests to SE Ranking{said}.</source>
        <translation>Troppe richieste a SE Ranking{said}.</translation>
    </message>
    <message>
        <source>SE Ranking&apos;s server had a problem ({status}){said}.</source>
        <translation>Il server di SE Ranking ha avuto un problema ({status}){said}.</translation>
    </message>
    <message>
        <source>The API answered {path} with a redirect ({status}); not followed. Is the API URL right?</source>
        <translation>L&apos;API ha risposto a {path} con un reindirizzamento ({status}), che non è stato seguito. L&apos;URL dell&apos;API è corretto?</translation>
    </message>
    <message>
        <source>{path} was not found at this address ({status}) — SE Ranking may have retired it, or the API URL is wrong.</source>
        <translation>{path} non è stato trovato a questo indirizzo ({status}) — SE Ranking potrebbe averlo dismesso, oppure l&apos;URL dell&apos;API è errato.</translation>
    </message>
    <message>
        <source>Unexpected answer {status} from {path}{said}.</source>
        <translation>Risposta inattesa {status} da {path}{said}.</translation>
    </message>
    <message>
        <source>Unexpected failure reading {path}.</source>
        <translation>Errore imprevisto durante la lettura di {path}.</translation>
    </message>
    <message>
        <source>SE Ranking did not answer in time.</source>
        <translation>SE Ranking non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>The connection to SE Ranking dropped in the middle of an answer.</source>
        <translation>La connessione a SE Ranking si è interrotta durante una risposta.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to SE Ranking could not be made.</source>
        <translation>Impossibile stabilire una connessione sicura (TLS) con SE Ranking.</translation>
    </message>
    <message>
        <source>Connecting to SE Ranking timed out.</source>
        <translation>Timeout durante la connessione a SE Ranking.</translation>
    </message>
    <message>
        <source>SE Ranking&apos;s address could not be resolved (offline?).</source>
        <translation>Impossibile risolvere l&apos;indirizzo di SE Ranking (sei offline?).</translation>
    </message>
    <message>
        <source>The connection to SE Ranking was refused.</source>
        <translation>La connessione a SE Ranking è stata rifiutata.</translation>
    </message>
    <message>
        <source>The connection to SE Ranking failed or was reset.</source>
        <translation>La connessione a SE Ranking non è riuscita o è stata reimpostata.</translation>
    </message>
    <message>
        <source>Network problem talking to SE Ranking ({error}).</source>
        <translation>Problema di rete nella comunicazione con SE Ranking ({error}).</translation>
    </message>
    <message>
        <source>The settings file could not be read, so it is not changed.</source>
        <translation>Impossibile leggere il file delle impostazioni, quindi non viene modificato.</translation>
    </message>
    <message>
        <source>No API key is set for {account}.</source>
        <translation>Nessuna chiave API impostata per {account}.</translation>
    </message>
    <message>
        <source>field {field} is missing</source>
        <translation>il campo {field} è mancante</translation>
    </message>
    <message>
        <source>field {field} is empty</source>
        <translation>il campo {field} è vuoto</translation>
    </message>
    <message>
        <source>field {field} is not a finite number</source>
        <translation>il campo {field} non è un numero finito</translation>
    </message>
    <message>
        <source>field {field} is not an object</source>
        <translation>il campo {field} non è un oggetto</translation>
    </message>
    <message>
        <source>field {field} should be a number</source>
        <translation>il campo {field} dovrebbe essere un numero</translation>
    </message>
    <message>
        <source>field {field} should be a number, got {got}</source>
        <translation>il campo {field} dovrebbe essere un numero, ricevuto {got}</translation>
    </message>
    <message>
        <source>field {field} should be a whole number, got {got}</source>
        <translation>il campo {field} dovrebbe essere un numero intero, ricevuto {got}</translation>
    </message>
    <message>
        <source>field {field} should be a number of credits, got {got}</source>
        <translation>il campo {field} dovrebbe essere un numero di crediti, ricevuto {got}</translation>
    </message>
    <message>
        <source>field {field} should be text</source>
        <translation>il campo {field} dovrebbe essere un testo</translation>
    </message>
    <message>
        <source>field {field} should be text, got {got}</source>
        <translation>il campo {field} dovrebbe essere un testo, ricevuto {got}</translation>
    </message>
    <message>
        <source>field {field} should be true or false, got {got}</source>
        <translation>il campo {field} dovrebbe essere vero o falso, ricevuto {got}</translation>
    </message>
    <message>
        <source>field {field} should be a date, got {got}</source>
        <translation>il campo {field} dovrebbe essere una data, ricevuto {got}</translation>
    </message>
    <message>
        <source>field {field} should be an object, got {got}</source>
        <translation>il campo {field} dovrebbe essere un oggetto, ricevuto {got}</translation>
    </message>
    <message>
        <source>field {field} should be a list, got {got}</source>
        <translation>il campo {field} dovrebbe essere un elenco, ricevuto {got}</translation>
    </message>
    <message>
        <source>an entry of {field} is not an object</source>
        <translation>una voce di {field} non è un oggetto</translation>
    </message>
    <message>
        <source>a project is not an object</source>
        <translation>un progetto non è un oggetto</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>atteso un oggetto JSON</translation>
    </message>
    <message>
        <source>expected a JSON object, got {got}</source>
        <translation>atteso un oggetto JSON, ricevuto {got}</translation>
    </message>
    <message>
        <source>expected a JSON object or list, got {got}</source>
        <translation>atteso un oggetto o un elenco JSON, ricevuto {got}</translation>
    </message>
    <message>
        <source>Unexpected answer from {path}: {detail}</source>
        <translation>Risposta inattesa da {path}: {detail}</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una stringa</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>un elenco</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un oggetto</translation>
    </message>
    <message>
        <source>Another check with the same key did not finish in time.</source>
        <translation>Un&apos;altra verifica con la stessa chiave non è terminata in tempo.</translation>
    </message>
    <message>
        <source>Cannot start a new balance history at {path}: {error}</source>
        <translation>Impossibile creare un nuovo storico del saldo in {path}: {error}</translation>
    </message>
    <message>
        <source>Cannot open the balance history {path}: {error}</source>
        <translation>Impossibile aprire lo storico del saldo {path}: {error}</translation>
    </message>
    <message>
        <source>Cannot use the balance history {path}: {error}</source>
        <translation>Impossibile usare lo storico del saldo {path}: {error}</translation>
    </message>
    <message>
        <source>The balance history could not be used: {error}</source>
        <translation>Impossibile usare lo storico del saldo: {error}</translation>
    </message>
    <message>
        <source>The balance history {path} could not be read ({reason}); it was kept as {aside} and a new one started.</source>
        <translation>Impossibile leggere lo storico del saldo {path} ({reason}); è stato conservato come {aside} ed è stato avviato un nuovo storico.</translation>
    </message>
    <message>
        <source>{problem}. Balance history is off until the app restarts.</source>
        <translation>{problem}. Lo storico del saldo è disattivato fino al riavvio dell&apos;app.</translation>
    </message>
    <message>
        <source>The balance history was written by a newer version of SE Ranking Tray (schema {version}, this version knows {known}); it is left as it is</source>
        <translation>Lo storico del saldo è stato scritto da una versione più recente di SE Ranking Tray (schema {version}, questa versione conosce {known}); viene lasciato invariato</translation>
    </message>
    <message>
        <source>opening the keyring</source>
        <translation>durante l&apos;apertura del portachiavi</translation>
    </message>
    <message>
        <source>reading the API key</source>
        <translation>durante la lettura della chiave API</translation>
    </message>
    <message>
        <source>saving the key</source>
        <translation>durante il salvataggio della chiave</translation>
    </message>
    <message>
        <source>removing the API key</source>
        <translation>durante la rimozione della chiave API</translation>
    </message>
    <message>
        <source>The keyring is locked; unlock it and try again.</source>
        <translation>Il portachiavi è bloccato; sbloccalo e riprova.</translation>
    </message>
    <message>
        <source>The keyring did not answer within {seconds} s while {what}; is it locked?</source>
        <translation>Il portachiavi non ha risposto entro {seconds} s {what}; è bloccato?</translation>
    </message>
    <message>
        <source>No keyring is available to hold the API key (no Secret Service, KWallet, Keychain or Credential Manager was found). Set {variable} instead, or start a keyring service.</source>
        <translation>Nessun portachiavi disponibile per conservare la chiave API (non è stato trovato alcun Secret Service, KWallet, Keychain o Credential Manager). Imposta invece {variable} oppure avvia un servizio portachiavi.</translation>
    </message>
    <message>
        <source>The keyring is locked; unlock it and try again ({what}).</source>
        <translation>Il portachiavi è bloccato; sbloccalo e riprova ({what}).</translation>
    </message>
    <message>
        <source>The keyring could not be opened ({what}); it may be locked. Unlock it and try again.</source>
        <translation>Impossibile aprire il portachiavi ({what}); potrebbe essere bloccato. Sbloccalo e riprova.</translation>
    </message>
    <message>
        <source>The keyring failed while {what} ({error}).</source>
        <translation>Errore del portachiavi {what} ({error}).</translation>
    </message>
    <message>
        <source>The keyring backend {backend} stores secrets unencrypted; SE Ranking Tray will not keep the key there.</source>
        <translation>Il backend del portachiavi {backend} salva i segreti senza cifratura; SE Ranking Tray non vi conserverà la chiave.</translation>
    </message>
    <message>
        <source>unavailable — {why}</source>
        <translation>non disponibile — {why}</translation>
    </message>
    <message>
        <source>No account is configured in the settings.</source>
        <translation>Nessun account configurato nelle impostazioni.</translation>
    </message>
    <message>
        <source>Setting &apos;language&apos; = {value} is not a known language; using {default}.</source>
        <translation>L&apos;impostazione &apos;language&apos; = {value} non è una lingua conosciuta; viene usato {default}.</translation>
    </message>
    <message>
        <source>Setting {name} = {value} is not one of {choices}; using {default}.</source>
        <translation>L&apos;impostazione {name} = {value} non è tra {choices}; viene usato {default}.</translation>
    </message>
    <message>
        <source>Setting {name} = {value} is out of range; using {clamped}.</source>
        <translation>L&apos;impostazione {name} = {value} è fuori intervallo; viene usato {clamped}.</translation>
    </message>
    <message>
        <source>Setting {name} has an invalid value {value}; using the default {default}.</source>
        <translation>L&apos;impostazione {name} ha un valore non valido {value}; viene usato il valore predefinito {default}.</translation>
    </message>
    <message>
        <source>Ignoring the account {account} in the settings: it needs an id of its own.</source>
        <translation>L&apos;account {account} nelle impostazioni viene ignorato: gli serve un ID proprio.</translation>
    </message>
    <message>
        <source>Ignoring the api_url {url} of the account {account}: it is not text.</source>
        <translation>L&apos;api_url {url} dell&apos;account {account} viene ignorato: non è un testo.</translation>
    </message>
    <message>
        <source>Ignoring the rules {rules} of the account {account}: not an object.</source>
        <translation>Le regole {rules} dell&apos;account {account} vengono ignorate: non sono un oggetto.</translation>
    </message>
    <message>
        <source>Cannot read the settings file {path}: {error}; using defaults.</source>
        <translation>Impossibile leggere il file delle impostazioni {path}: {error}; vengono usati i valori predefiniti.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it was kept as {aside}. Using defaults.</source>
        <translation>Il file delle impostazioni {path} è danneggiato ({error}); è stato conservato come {aside}. Vengono usati i valori predefiniti.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it could not be moved aside. Using defaults.</source>
        <translation>Il file delle impostazioni {path} è danneggiato ({error}); non è stato possibile metterlo da parte. Vengono usati i valori predefiniti.</translation>
    </message>
    <message>
        <source>Cannot save the account list to the settings file: {error}.</source>
        <translation>Impossibile salvare l&apos;elenco degli account nel file delle impostazioni: {error}.</translation>
    </message>
</context>
</TS>
