<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>Ui</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Dodaj konto</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nazwa konta</translation>
    </message>
    <message>
        <source>Project API key</source>
        <translation>Klucz Project API</translation>
    </message>
    <message>
        <source>API URL (optional)</source>
        <translation>URL API (opcjonalnie)</translation>
    </message>
    <message>
        <source>Data API URL (optional)</source>
        <translation>URL Data API (opcjonalnie)</translation>
    </message>
    <message>
        <source>the default Data API</source>
        <translation>domyślne Data API</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>Project API &amp;key:</source>
        <translation>&amp;Klucz Project API:</translation>
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
        <translation>Wpisz klucz Project API konta.</translation>
    </message>
    <message>
        <source>Rename {label}</source>
        <translation>Zmień nazwę: {label}</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Zmień nazwę</translation>
    </message>
    <message>
        <source>New account name</source>
        <translation>Nowa nazwa konta</translation>
    </message>
    <message>
        <source>Remove {label}</source>
        <translation>Usuń: {label}</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Remove the account “{label}” and delete its key from the keyring?</source>
        <translation>Usunąć konto „{label}” i jego klucz z bazy kluczy?</translation>
    </message>
    <message>
        <source>Also delete its &amp;history</source>
        <translation>Usuń także jego &amp;historię</translation>
    </message>
    <message>
        <source>Also delete its history</source>
        <translation>Usuń także jego historię</translation>
    </message>
    <message>
        <source>{amount} credits</source>
        <translation>Kredyty: {amount}</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>Konto demonstracyjne</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Zdjęcie profilowe</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stan:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Saldo:</translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation>Subskrypcja:</translation>
    </message>
    <message>
        <source>API credits:</source>
        <translation>Kredyty API:</translation>
    </message>
    <message>
        <source>Last update:</source>
        <translation>Ostatnia aktualizacja:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>Balance over time</source>
        <translation>Saldo w czasie</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Nieskonfigurowane</translation>
    </message>
    <message>
        <source>Add your Project API key in Settings.</source>
        <translation>Dodaj klucz Project API w Ustawieniach.</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Brak klucza API</translation>
    </message>
    <message>
        <source>SE Ranking account</source>
        <translation>Konto SE Ranking</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>{email} (verified)</source>
        <translation>{email} (zweryfikowany)</translation>
    </message>
    <message>
        <source>{email} (not verified)</source>
        <translation>{email} (niezweryfikowany)</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Pokaż wszystko</translation>
    </message>
    <message>
        <source>key in the keyring</source>
        <translation>klucz w bazie kluczy</translation>
    </message>
    <message>
        <source>key from SERANKING_API_KEY</source>
        <translation>klucz z SERANKING_API_KEY</translation>
    </message>
    <message>
        <source>key for this session only</source>
        <translation>klucz tylko na tę sesję</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>jeszcze bez klucza</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>konto</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznane</translation>
    </message>
    <message>
        <source>Connected to {name} — balance {balance}</source>
        <translation>Połączono: {name} — saldo {balance}</translation>
    </message>
    <message>
        <source>{what} failed ({error}).</source>
        <translation>{what}: niepowodzenie ({error}).</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <source>Changes to this list are saved at once. The rules below apply to the selected account.</source>
        <translation>Zmiany na tej liście są zapisywane od razu. Poniższe reguły dotyczą zaznaczonego konta.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Dodaj konto…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Zmień &amp;nazwę…</translation>
    </message>
    <message>
        <source>Rename the selected account</source>
        <translation>Zmień nazwę zaznaczonego konta</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>Usuń zaznaczone konto</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Przenieś w &amp;górę</translation>
    </message>
    <message>
        <source>Move the selected account up</source>
        <translation>Przenieś zaznaczone konto w górę</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Przenieś w d&amp;ół</translation>
    </message>
    <message>
        <source>Move the selected account down</source>
        <translation>Przenieś zaznaczone konto w dół</translation>
    </message>
    <message>
        <source>Te&amp;st account</source>
        <translation>&amp;Testuj konto</translation>
    </message>
    <message>
        <source>Test the connection of the selected account</source>
        <translation>Testuj połączenie zaznaczonego konta</translation>
    </message>
    <message>
        <source>Reading the accounts…</source>
        <translation>Odczytywanie kont…</translation>
    </message>
    <message>
        <source>Accounts status</source>
        <translation>Stan kont</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>Warn when the balance runs out within this many days (0: never)</source>
        <translation>Ostrzegaj, gdy saldo wyczerpie się w ciągu tylu dni (0: nigdy)</translation>
    </message>
    <message>
        <source>Warn when it runs &amp;out within:</source>
        <translation>Ostrzegaj, gdy &amp;wyczerpie się w ciągu:</translation>
    </message>
    <message>
        <source>problem: {problem}</source>
        <translation>problem: {problem}</translation>
    </message>
    <message>
        <source>read-only, {detail}</source>
        <translation>tylko do odczytu, {detail}</translation>
    </message>
    <message>
        <source>Reading the accounts</source>
        <translation>Odczyt kont</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>This account has no key yet.</source>
        <translation>To konto nie ma jeszcze klucza.</translation>
    </message>
    <message>
        <source>Testing {account}…</source>
        <translation>Testowanie: {account}…</translation>
    </message>
    <message>
        <source>The test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Pozostało dni</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s) fine</source>
        <translation>
            <numerusform>%n inne konto w porządku</numerusform>
            <numerusform>%n inne konta w porządku</numerusform>
            <numerusform>%n innych kont w porządku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) fine</source>
        <translation>
            <numerusform>%n konto w porządku</numerusform>
            <numerusform>%n konta w porządku</numerusform>
            <numerusform>%n kont w porządku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checking…</source>
        <translation>
            <numerusform>%n sprawdzane…</numerusform>
            <numerusform>%n sprawdzane…</numerusform>
            <numerusform>%n sprawdzanych…</numerusform>
        </translation>
    </message>
    <message>
        <source>No system tray was found, so SE Ranking Tray runs in this window. Closing it quits the app. (On GNOME, the AppIndicator extension adds a tray.)</source>
        <translation>Nie znaleziono zasobnika systemowego, więc SE Ranking Tray działa w tym oknie. Zamknięcie go kończy działanie aplikacji. (W GNOME zasobnik dodaje rozszerzenie AppIndicator.)</translation>
    </message>
    <message>
        <source> (top-up +{amount})</source>
        <translation> (doładowanie +{amount})</translation>
    </message>
    <message>
        <source>Threshold {amount}</source>
        <translation>Próg {amount}</translation>
    </message>
    <message>
        <source>Runs out {date}</source>
        <translation>Wyczerpanie {date}</translation>
    </message>
    <message>
        <source>Show {range}</source>
        <translation>Pokaż: {range}</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 dni</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 dni</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 dni</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystko</translation>
    </message>
    <message>
        <source>No balance history yet — the chart fills as checks run.</source>
        <translation>Brak historii salda — wykres zapełni się wraz z kolejnymi sprawdzeniami.</translation>
    </message>
    <message>
        <source>First reading recorded: {balance} — the chart fills as checks run.</source>
        <translation>Zapisano pierwszy odczyt: {balance} — wykres zapełni się wraz z kolejnymi sprawdzeniami.</translation>
    </message>
    <message>
        <source>No readings in the last {range} — choose a longer range.</source>
        <translation>Brak odczytów z ostatnich {range} — wybierz dłuższy zakres.</translation>
    </message>
    <message>
        <source>falling about {amount} a day</source>
        <translation>spada o ok. {amount} dziennie</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>stabilne</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>rośnie</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>spada</translation>
    </message>
    <message>
        <source>everything recorded</source>
        <translation>Cała historia</translation>
    </message>
    <message>
        <source>the last {range}</source>
        <translation>Ostatnie {range}</translation>
    </message>
    <message>
        <source>Balance {last}, {trend}. Over {period}: from {first} to {last}</source>
        <translation>Saldo {last}, {trend}. {period}: od {first} do {last}</translation>
    </message>
    <message numerus="yes">
        <source>, %n top-up(s)</source>
        <translation>
            <numerusform>, %n doładowanie</numerusform>
            <numerusform>, %n doładowania</numerusform>
            <numerusform>, %n doładowań</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Pokaż</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Pokaż klucz</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>Usuń zapisany klucz</translation>
    </message>
    <message>
        <source>40 hexadecimal characters, from SE Ranking → Settings → API. &lt;a href=&quot;{url}&quot;&gt;Where is my key?&lt;/a&gt;</source>
        <translation>40 znaków szesnastkowych, z SE Ranking → Settings → API. &lt;a href=&quot;{url}&quot;&gt;Gdzie jest mój klucz?&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Key storage: checking the keyring…</source>
        <translation>Przechowywanie klucza: sprawdzanie bazy kluczy…</translation>
    </message>
    <message>
        <source>Set by the SERANKING_API_KEY environment variable</source>
        <translation>Ustawiony przez zmienną środowiskową SERANKING_API_KEY</translation>
    </message>
    <message>
        <source>A key is stored — type a new one to replace it</source>
        <translation>Klucz jest zapisany — wpisz nowy, aby go zastąpić</translation>
    </message>
    <message>
        <source>Paste your Project API key</source>
        <translation>Wklej swój klucz Project API</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ukryj</translation>
    </message>
    <message>
        <source>The stored key will be removed when you save</source>
        <translation>Zapisany klucz zostanie usunięty po zapisaniu</translation>
    </message>
    <message>
        <source>Keep for this session &amp;only</source>
        <translation>Zachowaj &amp;tylko na tę sesję</translation>
    </message>
    <message>
        <source>Sub-accounts</source>
        <translation>Subkonta</translation>
    </message>
    <message>
        <source>Meters</source>
        <translation>Liczniki</translation>
    </message>
    <message>
        <source>Project account (balance and subscription)</source>
        <translation>Konto Project API (saldo i subskrypcja)</translation>
    </message>
    <message>
        <source>Data API credits</source>
        <translation>Kredyty Data API</translation>
    </message>
    <message>
        <source>Credits low under this share of the limit</source>
        <translation>Ostrzegaj, gdy kredyty spadną poniżej tej części limitu</translation>
    </message>
    <message>
        <source>Warn this many days before the credits expire (0: never)</source>
        <translation>Ostrzegaj tyle dni przed wygaśnięciem kredytów (0: nigdy)</translation>
    </message>
    <message>
        <source>Credits low under:</source>
        <translation>Mało kredytów poniżej:</translation>
    </message>
    <message>
        <source>Warn before expiry:</source>
        <translation>Ostrzegaj przed wygaśnięciem:</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>Otwórz konto</translation>
    </message>
    <message>
        <source>Open SE Ranking</source>
        <translation>Otwórz SE Ranking</translation>
    </message>
    <message>
        <source>SE Ranking Tray (Demo) — </source>
        <translation>SE Ranking Tray (Demo) — </translation>
    </message>
    <message>
        <source>SE Ranking Tray — set up: add your Project API key in Settings</source>
        <translation>SE Ranking Tray — konfiguracja: dodaj klucz Project API w Ustawieniach</translation>
    </message>
    <message>
        <source>SE Ranking Tray — checking…</source>
        <translation>SE Ranking Tray — sprawdzanie…</translation>
    </message>
    <message>
        <source>Balance: unknown</source>
        <translation>Saldo: nieznane</translation>
    </message>
    <message>
        <source>Balance: {amount}</source>
        <translation>Saldo: {amount}</translation>
    </message>
    <message>
        <source>{amount} (stale)</source>
        <translation>{amount} (nieaktualne)</translation>
    </message>
    <message>
        <source>Subscription: unknown</source>
        <translation>Subskrypcja: nieznana</translation>
    </message>
    <message>
        <source>{credits} (stale)</source>
        <translation>{credits} (nieaktualne)</translation>
    </message>
    <message>
        <source>not watched</source>
        <translation>niemonitorowane</translation>
    </message>
    <message>
        <source>{problem}. Automatic refresh is paused until the key changes.</source>
        <translation>{problem}. Automatyczne odświeżanie wstrzymane do zmiany klucza.</translation>
    </message>
    <message>
        <source>Updated {age}</source>
        <translation>Aktualizacja: {age}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Wypróbuj d&amp;emo</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testuj połączenie</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Sprawdzanie</translation>
    </message>
    <message>
        <source>Sub-accounts and projects</source>
        <translation>Subkonta i projekty</translation>
    </message>
    <message>
        <source>Alert when a sub-account is &amp;blocked by limits</source>
        <translation>Ostrzegaj, gdy subkonto zostanie za&amp;blokowane przez limity</translation>
    </message>
    <message>
        <source>Alert when a sub-account is blocked by limits</source>
        <translation>Ostrzegaj, gdy subkonto zostanie zablokowane przez limity</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Refresh interval for the sub-accounts and projects, in minutes</source>
        <translation>Interwał odświeżania subkont i projektów w minutach</translation>
    </message>
    <message>
        <source>Re&amp;fresh them every:</source>
        <translation>Odśwież&amp;aj je co:</translation>
    </message>
    <message>
        <source>Refresh interval in minutes</source>
        <translation>Interwał odświeżania w minutach</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>Odświeżaj &amp;co:</translation>
    </message>
    <message>
        <source>Low-balance threshold</source>
        <translation>Próg niskiego salda</translation>
    </message>
    <message>
        <source>&amp;Warn when the balance is below:</source>
        <translation>Ostrzegaj, gdy saldo &amp;spadnie poniżej:</translation>
    </message>
    <message>
        <source>Tray icon style</source>
        <translation>Styl ikony w zasobniku</translation>
    </message>
    <message>
        <source>Tray &amp;icon:</source>
        <translation>&amp;Ikona w zasobniku:</translation>
    </message>
    <message>
        <source>Start SE Ranking Tray when I log in</source>
        <translation>Uruchamiaj SE Ranking Tray po zalogowaniu</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Uruchamiaj po zalogowaniu</translation>
    </message>
    <message>
        <source>Start at &amp;login:</source>
        <translation>Uruchamiaj po &amp;zalogowaniu:</translation>
    </message>
    <message>
        <source>Notify me when</source>
        <translation>Powiadamiaj, gdy</translation>
    </message>
    <message>
        <source>the balance is &amp;low</source>
        <translation>saldo jest &amp;niskie</translation>
    </message>
    <message>
        <source>the subscription &amp;expires</source>
        <translation>subskrypcja &amp;wygasa</translation>
    </message>
    <message>
        <source>the &amp;key is rejected</source>
        <translation>&amp;klucz zostanie odrzucony</translation>
    </message>
    <message>
        <source>the account cannot be checked for &amp;more than</source>
        <translation>konta nie da się sprawdzić &amp;dłużej niż</translation>
    </message>
    <message>
        <source>Grace period before an unreachable account is announced, in minutes</source>
        <translation>Czas oczekiwania przed zgłoszeniem niedostępnego konta, w minutach</translation>
    </message>
    <message>
        <source>everything is fine &amp;again</source>
        <translation>wszystko znów jest w &amp;porządku</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Zaawansowane</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>Bazowy URL API</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>Limit czasu połączenia w sekundach</translation>
    </message>
    <message>
        <source>Read timeout in seconds</source>
        <translation>Limit czasu odczytu w sekundach</translation>
    </message>
    <message>
        <source>Deadline for a whole check in seconds</source>
        <translation>Limit czasu całego sprawdzenia w sekundach</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>&amp;Limit czasu połączenia:</translation>
    </message>
    <message>
        <source>Rea&amp;d timeout:</source>
        <translation>Limit czasu &amp;odczytu:</translation>
    </message>
    <message>
        <source>Whole check &amp;gives up after:</source>
        <translation>&amp;Maks. czas całego sprawdzenia:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Key storage: {name}</source>
        <translation>Przechowywanie klucza: {name}</translation>
    </message>
    <message>
        <source>Type your Project API key first.</source>
        <translation>Najpierw wpisz klucz Project API.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testowanie…</translation>
    </message>
    <message>
        <source>the test failed ({error})</source>
        <translation>test nie powiódł się ({error})</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Nie udało się zapisać ustawień: {error}</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {error}</source>
        <translation>Nie udało się zmienić uruchamiania po zalogowaniu: {error}</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kolorowa</translation>
    </message>
    <message>
        <source>Monochrome light (for dark panels)</source>
        <translation>Jednobarwna jasna (do ciemnych paneli)</translation>
    </message>
    <message>
        <source>Monochrome dark (for light panels)</source>
        <translation>Jednobarwna ciemna (do jasnych paneli)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome!&lt;/b&gt; Paste your SE Ranking &lt;b&gt;Project API key&lt;/b&gt; to start watching your balance and subscription — or try the demo first.</source>
        <translation>&lt;b&gt;Witaj!&lt;/b&gt; Wklej swój &lt;b&gt;klucz Project API&lt;/b&gt; z SE Ranking, aby zacząć obserwować saldo i subskrypcję — albo najpierw wypróbuj demo.</translation>
    </message>
    <message>
        <source>the keyring failed ({error})</source>
        <translation>błąd bazy kluczy ({error})</translation>
    </message>
    <message>
        <source>The key could not be removed: {error}</source>
        <translation>Nie udało się usunąć klucza: {error}</translation>
    </message>
    <message>
        <source>The key could not be saved in the keyring: {error} The other settings were saved. You can keep the key for this session only (it is not written anywhere).</source>
        <translation>Nie udało się zapisać klucza w bazie kluczy: {error} Pozostałe ustawienia zostały zapisane. Możesz zachować klucz tylko na tę sesję (nie zostanie nigdzie zapisany).</translation>
    </message>
    <message>
        <source>Automatic (the system&apos;s language)</source>
        <translation>Automatycznie (język systemu)</translation>
    </message>
    <message>
        <source>SE Ranking profile</source>
        <translation>Profil SE Ranking</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>SE Ranking Tray (Demo)</source>
        <translation>SE Ranking Tray (Demo)</translation>
    </message>
    <message>
        <source>Demo — a built-in sample account</source>
        <translation>Demo — wbudowane przykładowe konto</translation>
    </message>
    <message>
        <source>Not set up: add your Project API key</source>
        <translation>Nieskonfigurowane: dodaj klucz Project API</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Odśwież teraz</translation>
    </message>
    <message>
        <source>Account…</source>
        <translation>Konto…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <source>Snooze notifications</source>
        <translation>Wycisz powiadomienia</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Na 1 godzinę</translation>
    </message>
    <message>
        <source>For 8 hours</source>
        <translation>Na 8 godzin</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Do jutra</translation>
    </message>
    <message>
        <source>Resume notifications</source>
        <translation>Wznów powiadomienia</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Notifications snoozed until {time}</source>
        <translation>Powiadomienia wyciszone do {time}</translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>Odśwież wszystkie</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>SE Ranking account</source>
        <translation>Konto SE Ranking</translation>
    </message>
    <message>
        <source>≈ used up by now (forecast for {date})</source>
        <translation>≈ już wyczerpane (prognoza na {date})</translation>
    </message>
    <message>
        <source>≈ less than a day left (until {date})</source>
        <translation>≈ pozostało mniej niż dzień (do {date})</translation>
    </message>
    <message numerus="yes">
        <source>≈ %n day(s) left (until {date})</source>
        <translation>
            <numerusform>≈ pozostał %n dzień (do {date})</numerusform>
            <numerusform>≈ pozostały %n dni (do {date})</numerusform>
            <numerusform>≈ pozostało %n dni (do {date})</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>przed chwilą</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min temu</numerusform>
            <numerusform>%n min temu</numerusform>
            <numerusform>%n min temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n godz. temu</numerusform>
            <numerusform>%n godz. temu</numerusform>
            <numerusform>%n godz. temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dzień temu</numerusform>
            <numerusform>%n dni temu</numerusform>
            <numerusform>%n dni temu</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} — checking…</source>
        <translation>{name} — sprawdzanie…</translation>
    </message>
    <message>
        <source>{name} — cannot check: {problem}</source>
        <translation>{name} — nie można sprawdzić: {problem}</translation>
    </message>
    <message>
        <source>{name} — cannot check: {problem} · last known {figures} (stale, {age})</source>
        <translation>{name} — nie można sprawdzić: {problem} · ostatnie znane {figures} (nieaktualne, {age})</translation>
    </message>
    <message>
        <source>last known (stale, updated {age})</source>
        <translation>ostatnie znane (nieaktualne, aktualizacja: {age})</translation>
    </message>
    <message>
        <source>updated {age}</source>
        <translation>aktualizacja: {age}</translation>
    </message>
    <message>
        <source>Renew in SE Ranking</source>
        <translation>Odnów w SE Ranking</translation>
    </message>
    <message>
        <source>This looks like a Data API key (a UUID): it shows the API credits and their expiry. The balance and the subscription need the Project API key: 40 hexadecimal characters, found in SE Ranking under Settings → API.</source>
        <translation>To wygląda na klucz Data API (UUID): pokazuje kredyty API i datę ich wygaśnięcia. Saldo i subskrypcja wymagają klucza Project API: 40 znaków szesnastkowych, dostępnego w SE Ranking w Settings → API.</translation>
    </message>
    <message>
        <source>A Project API key is 40 hexadecimal characters (0–9, a–f); this one does not look like one.</source>
        <translation>Klucz Project API to 40 znaków szesnastkowych (0–9, a–f); ten na taki nie wygląda.</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>sty</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>lut</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>kwi</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>cze</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>lip</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>sie</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>wrz</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>paź</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>lis</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>gru</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>dziś</translation>
    </message>
    <message>
        <source>until {date} ({left})</source>
        <translation>do {date} ({left})</translation>
    </message>
    <message>
        <source>API credits: no credit subscription</source>
        <translation>Kredyty API: brak subskrypcji kredytów</translation>
    </message>
    <message>
        <source>API credits {figures}</source>
        <translation>Kredyty API {figures}</translation>
    </message>
    <message>
        <source>{left} of {limit}</source>
        <translation>{left} z {limit}</translation>
    </message>
    <message>
        <source>disabled on {date}</source>
        <translation>wyłączone {date}</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>wyłączone</translation>
    </message>
    <message>
        <source>inactive on {date}</source>
        <translation>nieaktywne od {date}</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>nieaktywne</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>wygasły {date}</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>wygasły</translation>
    </message>
    <message>
        <source>is disabled</source>
        <translation>jest wyłączona</translation>
    </message>
    <message>
        <source>is inactive</source>
        <translation>jest nieaktywna</translation>
    </message>
    <message>
        <source>ended on {date}</source>
        <translation>zakończyła się {date}</translation>
    </message>
    <message>
        <source>has ended</source>
        <translation>zakończyła się</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>wygasa dziś</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>wygasa za %n dzień</numerusform>
            <numerusform>wygasa za %n dni</numerusform>
            <numerusform>wygasa za %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a day</source>
        <translation>mniej niż dzień</translation>
    </message>
    <message>
        <source>Renew it in SE Ranking: rank checks stop until then.</source>
        <translation>Odnów ją w SE Ranking: do tego czasu sprawdzanie pozycji jest wstrzymane.</translation>
    </message>
    <message>
        <source>The API credit subscription {ended} — renew it in SE Ranking.</source>
        <translation>Subskrypcja kredytów API {ended} — odnów ją w SE Ranking.</translation>
    </message>
    <message>
        <source>No meter to read.</source>
        <translation>Brak licznika do odczytu.</translation>
    </message>
    <message>
        <source>{0} is below your threshold of {1} — top up in SE Ranking.</source>
        <translation>Saldo {0} jest poniżej progu {1} — doładuj konto w SE Ranking.</translation>
    </message>
    <message>
        <source>{left} of {limit} left, under {percent} % of the limit — buy more in SE Ranking.</source>
        <translation>Pozostało {left} z {limit}, poniżej {percent} % limitu — dokup więcej w SE Ranking.</translation>
    </message>
    <message>
        <source>API credits {left} run out in about {days} at {spend} a day — buy more.</source>
        <translation>Kredyty API ({left}) wyczerpią się za ok. {days} przy zużyciu {spend} dziennie — dokup więcej.</translation>
    </message>
    <message>
        <source>{0} lasts less than a day more at {1} a day — top up in SE Ranking.</source>
        <translation>Saldo {0} wystarczy na mniej niż dzień przy wydatkach {1} dziennie — doładuj konto w SE Ranking.</translation>
    </message>
    <message>
        <source>{0} lasts about {days} more at {1} a day — top up in SE Ranking.</source>
        <translation>Saldo {0} wystarczy jeszcze na ok. {days} przy wydatkach {1} dziennie — doładuj konto w SE Ranking.</translation>
    </message>
    <message>
        <source>The API credit subscription expires in {days} — renew it in SE Ranking.</source>
        <translation>Subskrypcja kredytów API wygasa za {days} — odnów ją w SE Ranking.</translation>
    </message>
    <message>
        <source>The API credit subscription expires today — renew it in SE Ranking.</source>
        <translation>Subskrypcja kredytów API wygasa dziś — odnów ją w SE Ranking.</translation>
    </message>
    <message>
        <source>Pay per check</source>
        <translation>Płatność za sprawdzenie</translation>
    </message>
    <message>
        <source>{type} expired</source>
        <translation>{type} wygasła</translation>
    </message>
    <message>
        <source>{type} active</source>
        <translation>{type} aktywna</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Subskrypcja</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Wersja próbna</translation>
    </message>
    <message>
        <source>Balance {amount}</source>
        <translation>Saldo {amount}</translation>
    </message>
    <message>
        <source>{name}: SE Ranking account is fine again</source>
        <translation>{name}: konto SE Ranking znów w porządku</translation>
    </message>
    <message>
        <source>{name}: SE Ranking balance is low</source>
        <translation>{name}: niskie saldo SE Ranking</translation>
    </message>
    <message>
        <source>Balance {balance} is below your threshold of {threshold}. Top up in SE Ranking.</source>
        <translation>Saldo {balance} jest poniżej progu {threshold}. Doładuj konto w SE Ranking.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking balance is running low</source>
        <translation>{name}: saldo SE Ranking wkrótce się wyczerpie</translation>
    </message>
    <message>
        <source>{name}: SE Ranking API credits are low</source>
        <translation>{name}: mało kredytów API SE Ranking</translation>
    </message>
    <message>
        <source>API credits</source>
        <translation>Kredyty API</translation>
    </message>
    <message>
        <source>{left} — under {percent} % of the limit left; buy more in SE Ranking.</source>
        <translation>{left} — pozostało poniżej {percent} % limitu; dokup więcej w SE Ranking.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking API credit subscription {expires}</source>
        <translation>{name}: subskrypcja kredytów API SE Ranking {expires}</translation>
    </message>
    <message>
        <source>{credits}. Renew it in SE Ranking.</source>
        <translation>{credits}. Odnów ją w SE Ranking.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking API credits expired</source>
        <translation>{name}: kredyty API SE Ranking wygasły</translation>
    </message>
    <message>
        <source>{name}: SE Ranking subscription expired</source>
        <translation>{name}: subskrypcja SE Ranking wygasła</translation>
    </message>
    <message>
        <source>{name}: SE Ranking rejected the API key</source>
        <translation>{name}: SE Ranking odrzucił klucz API</translation>
    </message>
    <message>
        <source>{problem}. Open Settings to enter the Project API key.</source>
        <translation>{problem}. Otwórz Ustawienia, aby wpisać klucz Project API.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking account cannot be checked</source>
        <translation>{name}: nie można sprawdzić konta SE Ranking</translation>
    </message>
    <message numerus="yes">
        <source>No answer for %n min: {problem}. Last known balance: {balance}.</source>
        <translation>
            <numerusform>Brak odpowiedzi od %n min: {problem}. Ostatnie znane saldo: {balance}.</numerusform>
            <numerusform>Brak odpowiedzi od %n min: {problem}. Ostatnie znane saldo: {balance}.</numerusform>
            <numerusform>Brak odpowiedzi od %n min: {problem}. Ostatnie znane saldo: {balance}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer for %n min: {problem}.</source>
        <translation>
            <numerusform>Brak odpowiedzi od %n min: {problem}.</numerusform>
            <numerusform>Brak odpowiedzi od %n min: {problem}.</numerusform>
            <numerusform>Brak odpowiedzi od %n min: {problem}.</numerusform>
        </translation>
    </message>
    <message>
        <source>All fine</source>
        <translation>Wszystko w porządku</translation>
    </message>
    <message>
        <source>Running low</source>
        <translation>Na wyczerpaniu</translation>
    </message>
    <message>
        <source>Low balance</source>
        <translation>Niskie saldo</translation>
    </message>
    <message>
        <source>API credits low</source>
        <translation>Mało kredytów API</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Wkrótce wygasa</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Wymaga uwagi</translation>
    </message>
    <message>
        <source>Subscription expired</source>
        <translation>Subskrypcja wygasła</translation>
    </message>
    <message>
        <source>Cannot check the account</source>
        <translation>Nie można sprawdzić konta</translation>
    </message>
    <message>
        <source>The key was rejected</source>
        <translation>Klucz został odrzucony</translation>
    </message>
    <message>
        <source>SE Ranking refused the key (payment required)</source>
        <translation>SE Ranking odrzucił klucz (wymagana płatność)</translation>
    </message>
    <message>
        <source>No network connection to SE Ranking</source>
        <translation>Brak połączenia sieciowego z SE Ranking</translation>
    </message>
    <message>
        <source>SE Ranking did not answer in time</source>
        <translation>SE Ranking nie odpowiedział na czas</translation>
    </message>
    <message>
        <source>SE Ranking&apos;s server had a problem</source>
        <translation>Problem z serwerem SE Ranking</translation>
    </message>
    <message>
        <source>Too many requests — try again in a minute</source>
        <translation>Zbyt wiele żądań — spróbuj ponownie za minutę</translation>
    </message>
    <message>
        <source>Unexpected answer from the API</source>
        <translation>Nieoczekiwana odpowiedź API</translation>
    </message>
    <message>
        <source>Configuration problem</source>
        <translation>Problem z konfiguracją</translation>
    </message>
    <message>
        <source>Not found at this address — SE Ranking may have retired it, or the API URL is wrong</source>
        <translation>Nie znaleziono pod tym adresem — SE Ranking mógł go wycofać albo URL API jest błędny</translation>
    </message>
    <message>
        <source>The check failed</source>
        <translation>Sprawdzenie nie powiodło się</translation>
    </message>
    <message>
        <source> (it looks like a Data API key)</source>
        <translation> (wygląda na klucz Data API)</translation>
    </message>
    <message>
        <source>{subscription} (balance {amount})</source>
        <translation>{subscription} (saldo {amount})</translation>
    </message>
    <message>
        <source>Sub-accounts and projects are not available for this key.</source>
        <translation>Subkonta i projekty nie są dostępne dla tego klucza.</translation>
    </message>
    <message>
        <source>Sub-accounts and projects: not read yet.</source>
        <translation>Subkonta i projekty: jeszcze nie odczytano.</translation>
    </message>
    <message>
        <source>Sub-accounts are not available for this key (a sub-account&apos;s key, or no such plan).</source>
        <translation>Subkonta nie są dostępne dla tego klucza (klucz subkonta albo plan bez subkont).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-account(s)</source>
        <translation>
            <numerusform>%Ln subkonto</numerusform>
            <numerusform>%Ln subkonta</numerusform>
            <numerusform>%Ln subkont</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln projekt</numerusform>
            <numerusform>%Ln projekty</numerusform>
            <numerusform>%Ln projektów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> i %Ln inne</numerusform>
            <numerusform> i %Ln inne</numerusform>
            <numerusform> i %Ln innych</numerusform>
        </translation>
    </message>
    <message>
        <source>blocked by limits</source>
        <translation>zablokowane przez limity</translation>
    </message>
    <message>
        <source>working</source>
        <translation>działa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-account(s) blocked by limits: {names}{more}</source>
        <translation>
            <numerusform>%Ln subkonto zablokowane przez limity: {names}{more}</numerusform>
            <numerusform>%Ln subkonta zablokowane przez limity: {names}{more}</numerusform>
            <numerusform>%Ln subkont zablokowanych przez limity: {names}{more}</numerusform>
        </translation>
    </message>
    <message>
        <source>{sub_accounts} — none blocked</source>
        <translation>{sub_accounts} — żadne nie jest zablokowane</translation>
    </message>
    <message numerus="yes">
        <source>{sub_accounts} — %Ln blocked by limits: {names}{more}</source>
        <translation>
            <numerusform>{sub_accounts} — %Ln zablokowane przez limity: {names}{more}</numerusform>
            <numerusform>{sub_accounts} — %Ln zablokowane przez limity: {names}{more}</numerusform>
            <numerusform>{sub_accounts} — %Ln zablokowanych przez limity: {names}{more}</numerusform>
        </translation>
    </message>
    <message>
        <source>keywords unknown</source>
        <translation>liczba słów kluczowych nieznana</translation>
    </message>
    <message numerus="yes">
        <source>%Ln keyword(s)</source>
        <translation>
            <numerusform>%Ln słowo kluczowe</numerusform>
            <numerusform>%Ln słowa kluczowe</numerusform>
            <numerusform>%Ln słów kluczowych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active</source>
        <translation>
            <numerusform>%Ln aktywny</numerusform>
            <numerusform>%Ln aktywne</numerusform>
            <numerusform>%Ln aktywnych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-account(s) blocked</source>
        <translation>
            <numerusform>%Ln subkonto zablokowane</numerusform>
            <numerusform>%Ln subkonta zablokowane</numerusform>
            <numerusform>%Ln subkont zablokowanych</numerusform>
        </translation>
    </message>
    <message>
        <source>{account}: sub-account {name} is blocked by limits</source>
        <translation>{account}: subkonto {name} zablokowane przez limity</translation>
    </message>
    <message>
        <source>{sub_account} has stopped working: it reached its limits. Raise them in SE Ranking.</source>
        <translation>Subkonto {sub_account} przestało działać: osiągnęło limity. Zwiększ je w SE Ranking.</translation>
    </message>
    <message numerus="yes">
        <source>{account}: %Ln sub-accounts are blocked by limits</source>
        <translation>
            <numerusform>{account}: %Ln subkonto jest zablokowane przez limity</numerusform>
            <numerusform>{account}: %Ln subkonta są zablokowane przez limity</numerusform>
            <numerusform>{account}: %Ln subkont jest zablokowanych przez limity</numerusform>
        </translation>
    </message>
    <message>
        <source>{blocked}. They have stopped working: raise their limits in SE Ranking.</source>
        <translation>{blocked}. Przestały działać: zwiększ ich limity w SE Ranking.</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Konto musi mieć nazwę.</translation>
    </message>
    <message>
        <source>The name {name} is reserved for the {variable} account.</source>
        <translation>Nazwa {name} jest zarezerwowana dla konta z {variable}.</translation>
    </message>
    <message>
        <source>There is already an account named {name}.</source>
        <translation>Istnieje już konto o nazwie {name}.</translation>
    </message>
    <message>
        <source>The API URL {url} is not a valid URL.</source>
        <translation>URL API {url} nie jest prawidłowym adresem URL.</translation>
    </message>
    <message>
        <source>The API URL {url} must start with https:// and name a host.</source>
        <translation>URL API {url} musi zaczynać się od https:// i zawierać nazwę hosta.</translation>
    </message>
    <message>
        <source>The API URL must not contain credentials, a query or a fragment.</source>
        <translation>URL API nie może zawierać danych logowania, zapytania ani fragmentu.</translation>
    </message>
    <message>
        <source>The API URL {url} uses plain http://, which is only allowed for this machine (localhost, 127.0.0.1, ::1); use https://.</source>
        <translation>URL API {url} używa nieszyfrowanego http://, dozwolonego tylko dla tego komputera (localhost, 127.0.0.1, ::1); użyj https://.</translation>
    </message>
    <message>
        <source>This key is already the key of the account {name}.</source>
        <translation>Ten klucz jest już kluczem konta {name}.</translation>
    </message>
    <message>
        <source>The last account cannot be removed; delete its key with `key delete` instead.</source>
        <translation>Nie można usunąć ostatniego konta; zamiast tego usuń jego klucz poleceniem `key delete`.</translation>
    </message>
    <message>
        <source>No API key is set. Add your Project API key in Settings, store it with `seranking-tray key set`, or set SERANKING_API_KEY.</source>
        <translation>Nie ustawiono klucza API. Dodaj klucz Project API w Ustawieniach, zapisz go poleceniem `seranking-tray key set` albo ustaw SERANKING_API_KEY.</translation>
    </message>
    <message>
        <source>No complete answer within {seconds} s.</source>
        <translation>Brak pełnej odpowiedzi w ciągu {seconds} s.</translation>
    </message>
    <message>
        <source>The answer from {path} is larger than {size} bytes.</source>
        <translation>Odpowiedź z {path} jest większa niż {size} bajtów.</translation>
    </message>
    <message>
        <source>The picture&apos;s address is not valid; not loaded.</source>
        <translation>Adres zdjęcia jest nieprawidłowy; nie wczytano go.</translation>
    </message>
    <message>
        <source>The picture could not be loaded ({status}).</source>
        <translation>Nie udało się wczytać zdjęcia ({status}).</translation>
    </message>
    <message>
        <source>The picture is not an image.</source>
        <translation>Zdjęcie nie jest plikiem graficznym.</translation>
    </message>
    <message>
        <source>The picture is larger than 1 MB.</source>
        <translation>Zdjęcie jest większe niż 1 MB.</translation>
    </message>
    <message>
        <source>The picture is larger than 1 MB or too slow.</source>
        <translation>Zdjęcie jest większe niż 1 MB albo wczytuje się zbyt wolno.</translation>
    </message>
    <message>
        <source>The picture redirects too many times.</source>
        <translation>Adres zdjęcia przekierowuje zbyt wiele razy.</translation>
    </message>
    <message>
        <source>No API key is set.</source>
        <translation>Nie ustawiono klucza API.</translation>
    </message>
    <message>
        <source>The lists were not read within {seconds} s.</source>
        <translation>Nie odczytano list w ciągu {seconds} s.</translation>
    </message>
    <message>
        <source>The answer from {path} is larger than 16 MiB.</source>
        <translation>Odpowiedź z {path} jest większa niż 16 MiB.</translation>
    </message>
    <message>
        <source>The picture&apos;s address is not https; not loaded.</source>
        <translation>Adres zdjęcia nie używa https; nie wczytano go.</translation>
    </message>
    <message>
        <source>The answer from {path} is not UTF-8 text.</source>
        <translation>Odpowiedź z {path} nie jest tekstem UTF-8.</translation>
    </message>
    <message>
        <source>The answer from {path} is empty.</source>
        <translation>Odpowiedź z {path} jest pusta.</translation>
    </message>
    <message>
        <source>The answer from {path} is not valid JSON.</source>
        <translation>Odpowiedź z {path} nie jest prawidłowym dokumentem JSON.</translation>
    </message>
    <message>
        <source>SE Ranking rejected the API key{said}.</source>
        <translation>SE Ranking odrzucił klucz API{said}.</translation>
    </message>
    <message>
        <source>SE Ranking refused the request: payment required{said}. The plan may not include the API, or the key is not linked yet.</source>
        <translation>SE Ranking odrzucił żądanie: wymagana płatność{said}. Plan może nie obejmować API albo klucz nie jest jeszcze powiązany.</translation>
    </message>
    <message>
        <source>Too many requests to SE Ranking{said}.</source>
        <translation>Zbyt wiele żądań do SE Ranking{said}.</translation>
    </message>
    <message>
        <source>SE Ranking&apos;s server had a problem ({status}){said}.</source>
        <translation>Problem z serwerem SE Ranking ({status}){said}.</translation>
    </message>
    <message>
        <source>The API answered {path} with a redirect ({status}); not followed. Is the API URL right?</source>
        <translation>API odpowiedziało na {path} przekierowaniem ({status}), którego nie wykonano. Czy URL API jest poprawny?</translation>
    </message>
    <message>
        <source>{path} was not found at this address ({status}) — SE Ranking may have retired it, or the API URL is wrong.</source>
        <translation>Nie znaleziono {path} pod tym adresem ({status}) — SE Ranking mógł go wycofać albo URL API jest błędny.</translation>
    </message>
    <message>
        <source>Unexpected answer {status} from {path}{said}.</source>
        <translation>Nieoczekiwana odpowiedź {status} z {path}{said}.</translation>
    </message>
    <message>
        <source>Unexpected failure reading {path}.</source>
        <translation>Nieoczekiwany błąd podczas odczytu {path}.</translation>
    </message>
    <message>
        <source>SE Ranking did not answer in time.</source>
        <translation>SE Ranking nie odpowiedział na czas.</translation>
    </message>
    <message>
        <source>The connection to SE Ranking dropped in the middle of an answer.</source>
        <translation>Połączenie z SE Ranking zostało przerwane w trakcie odpowiedzi.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to SE Ranking could not be made.</source>
        <translation>Nie udało się nawiązać bezpiecznego połączenia (TLS) z SE Ranking.</translation>
    </message>
    <message>
        <source>Connecting to SE Ranking timed out.</source>
        <translation>Przekroczono limit czasu połączenia z SE Ranking.</translation>
    </message>
    <message>
        <source>SE Ranking&apos;s address could not be resolved (offline?).</source>
        <translation>Nie udało się odnaleźć adresu SE Ranking (brak internetu?).</translation>
    </message>
    <message>
        <source>The connection to SE Ranking was refused.</source>
        <translation>Połączenie z SE Ranking zostało odrzucone.</translation>
    </message>
    <message>
        <source>The connection to SE Ranking failed or was reset.</source>
        <translation>Połączenie z SE Ranking nie powiodło się albo zostało zerwane.</translation>
    </message>
    <message>
        <source>Network problem talking to SE Ranking ({error}).</source>
        <translation>Problem z siecią podczas komunikacji z SE Ranking ({error}).</translation>
    </message>
    <message>
        <source>The settings file could not be read, so it is not changed.</source>
        <translation>Nie udało się odczytać pliku ustawień, więc pozostaje bez zmian.</translation>
    </message>
    <message>
        <source>No API key is set for {account}.</source>
        <translation>Nie ustawiono klucza API dla {account}.</translation>
    </message>
    <message>
        <source>field {field} is missing</source>
        <translation>brak pola {field}</translation>
    </message>
    <message>
        <source>field {field} is empty</source>
        <translation>pole {field} jest puste</translation>
    </message>
    <message>
        <source>field {field} is not a finite number</source>
        <translation>pole {field} nie jest liczbą skończoną</translation>
    </message>
    <message>
        <source>field {field} is not an object</source>
        <translation>pole {field} nie jest obiektem</translation>
    </message>
    <message>
        <source>field {field} should be a number</source>
        <translation>pole {field} powinno być liczbą</translation>
    </message>
    <message>
        <source>field {field} should be a number, got {got}</source>
        <translation>pole {field} powinno być liczbą, otrzymano: {got}</translation>
    </message>
    <message>
        <source>field {field} should be a whole number, got {got}</source>
        <translation>pole {field} powinno być liczbą całkowitą, otrzymano: {got}</translation>
    </message>
    <message>
        <source>field {field} should be a number of credits, got {got}</source>
        <translation>pole {field} powinno być liczbą kredytów, otrzymano: {got}</translation>
    </message>
    <message>
        <source>field {field} should be text</source>
        <translation>pole {field} powinno być tekstem</translation>
    </message>
    <message>
        <source>field {field} should be text, got {got}</source>
        <translation>pole {field} powinno być tekstem, otrzymano: {got}</translation>
    </message>
    <message>
        <source>field {field} should be true or false, got {got}</source>
        <translation>pole {field} powinno mieć wartość prawda albo fałsz, otrzymano: {got}</translation>
    </message>
    <message>
        <source>field {field} should be a date, got {got}</source>
        <translation>pole {field} powinno być datą, otrzymano: {got}</translation>
    </message>
    <message>
        <source>field {field} should be an object, got {got}</source>
        <translation>pole {field} powinno być obiektem, otrzymano: {got}</translation>
    </message>
    <message>
        <source>field {field} should be a list, got {got}</source>
        <translation>pole {field} powinno być listą, otrzymano: {got}</translation>
    </message>
    <message>
        <source>an entry of {field} is not an object</source>
        <translation>jeden z elementów {field} nie jest obiektem</translation>
    </message>
    <message>
        <source>a project is not an object</source>
        <translation>projekt nie jest obiektem</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>oczekiwano obiektu JSON</translation>
    </message>
    <message>
        <source>expected a JSON object, got {got}</source>
        <translation>oczekiwano obiektu JSON, otrzymano: {got}</translation>
    </message>
    <message>
        <source>expected a JSON object or list, got {got}</source>
        <translation>oczekiwano obiektu JSON albo listy, otrzymano: {got}</translation>
    </message>
    <message>
        <source>Unexpected answer from {path}: {detail}</source>
        <translation>Nieoczekiwana odpowiedź z {path}: {detail}</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>wartość logiczna</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>liczba</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>obiekt</translation>
    </message>
    <message>
        <source>Another check with the same key did not finish in time.</source>
        <translation>Inne sprawdzenie z tym samym kluczem nie zakończyło się na czas.</translation>
    </message>
    <message>
        <source>Cannot start a new balance history at {path}: {error}</source>
        <translation>Nie można utworzyć nowej historii salda w {path}: {error}</translation>
    </message>
    <message>
        <source>Cannot open the balance history {path}: {error}</source>
        <translation>Nie można otworzyć historii salda {path}: {error}</translation>
    </message>
    <message>
        <source>Cannot use the balance history {path}: {error}</source>
        <translation>Nie można użyć historii salda {path}: {error}</translation>
    </message>
    <message>
        <source>The balance history could not be used: {error}</source>
        <translation>Nie udało się użyć historii salda: {error}</translation>
    </message>
    <message>
        <source>The balance history {path} could not be read ({reason}); it was kept as {aside} and a new one started.</source>
        <translation>Nie udało się odczytać historii salda {path} ({reason}); zachowano ją jako {aside} i rozpoczęto nową.</translation>
    </message>
    <message>
        <source>{problem}. Balance history is off until the app restarts.</source>
        <translation>{problem}. Historia salda jest wyłączona do ponownego uruchomienia aplikacji.</translation>
    </message>
    <message>
        <source>The balance history was written by a newer version of SE Ranking Tray (schema {version}, this version knows {known}); it is left as it is</source>
        <translation>Historię salda zapisała nowsza wersja SE Ranking Tray (schemat {version}, ta wersja zna {known}); pozostaje bez zmian</translation>
    </message>
    <message>
        <source>opening the keyring</source>
        <translation>podczas otwierania bazy kluczy</translation>
    </message>
    <message>
        <source>reading the API key</source>
        <translation>podczas odczytu klucza API</translation>
    </message>
    <message>
        <source>saving the key</source>
        <translation>podczas zapisywania klucza</translation>
    </message>
    <message>
        <source>removing the API key</source>
        <translation>podczas usuwania klucza API</translation>
    </message>
    <message>
        <source>The keyring is locked; unlock it and try again.</source>
        <translation>Baza kluczy jest zablokowana; odblokuj ją i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The keyring did not answer within {seconds} s while {what}; is it locked?</source>
        <translation>Baza kluczy nie odpowiedziała w ciągu {seconds} s {what}; czy jest zablokowana?</translation>
    </message>
    <message>
        <source>No keyring is available to hold the API key (no Secret Service, KWallet, Keychain or Credential Manager was found). Set {variable} instead, or start a keyring service.</source>
        <translation>Brak bazy kluczy, w której można przechować klucz API (nie znaleziono Secret Service, KWallet, Keychain ani Credential Manager). Ustaw zamiast tego {variable} albo uruchom usługę bazy kluczy.</translation>
    </message>
    <message>
        <source>The keyring is locked; unlock it and try again ({what}).</source>
        <translation>Baza kluczy jest zablokowana; odblokuj ją i spróbuj ponownie ({what}).</translation>
    </message>
    <message>
        <source>The keyring could not be opened ({what}); it may be locked. Unlock it and try again.</source>
        <translation>Nie udało się otworzyć bazy kluczy ({what}); może być zablokowana. Odblokuj ją i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The keyring failed while {what} ({error}).</source>
        <translation>Błąd bazy kluczy {what} ({error}).</translation>
    </message>
    <message>
        <source>The keyring backend {backend} stores secrets unencrypted; SE Ranking Tray will not keep the key there.</source>
        <translation>Backend bazy kluczy {backend} przechowuje sekrety bez szyfrowania; SE Ranking Tray nie zapisze tam klucza.</translation>
    </message>
    <message>
        <source>unavailable — {why}</source>
        <translation>niedostępne — {why}</translation>
    </message>
    <message>
        <source>No account is configured in the settings.</source>
        <translation>W ustawieniach nie skonfigurowano żadnego konta.</translation>
    </message>
    <message>
        <source>Setting &apos;language&apos; = {value} is not a known language; using {default}.</source>
        <translation>Ustawienie &apos;language&apos; = {value} nie jest znanym językiem; użyto {default}.</translation>
    </message>
    <message>
        <source>Setting {name} = {value} is not one of {choices}; using {default}.</source>
        <translation>Ustawienie {name} = {value} nie jest żadną z wartości {choices}; użyto {default}.</translation>
    </message>
    <message>
        <source>Setting {name} = {value} is out of range; using {clamped}.</source>
        <translation>Ustawienie {name} = {value} jest poza zakresem; użyto {clamped}.</translation>
    </message>
    <message>
        <source>Setting {name} has an invalid value {value}; using the default {default}.</source>
        <translation>Ustawienie {name} ma nieprawidłową wartość {value}; użyto wartości domyślnej {default}.</translation>
    </message>
    <message>
        <source>Ignoring the account {account} in the settings: it needs an id of its own.</source>
        <translation>Pominięto konto {account} w ustawieniach: potrzebuje własnego identyfikatora.</translation>
    </message>
    <message>
        <source>Ignoring the api_url {url} of the account {account}: it is not text.</source>
        <translation>Pominięto api_url {url} konta {account}: to nie jest tekst.</translation>
    </message>
    <message>
        <source>Ignoring the rules {rules} of the account {account}: not an object.</source>
        <translation>Pominięto reguły {rules} konta {account}: to nie jest obiekt.</translation>
    </message>
    <message>
        <source>Cannot read the settings file {path}: {error}; using defaults.</source>
        <translation>Nie można odczytać pliku ustawień {path}: {error}; użyto wartości domyślnych.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it was kept as {aside}. Using defaults.</source>
        <translation>Plik ustawień {path} jest uszkodzony ({error}); zachowano go jako {aside}. Użyto wartości domyślnych.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it could not be moved aside. Using defaults.</source>
        <translation>Plik ustawień {path} jest uszkodzony ({error}); nie udało się odłożyć go na bok. Użyto wartości domyślnych.</translation>
    </message>
    <message>
        <source>Cannot save the account list to the settings file: {error}.</source>
        <translation>Nie można zapisać listy kont w pliku ustawień: {error}.</translation>
    </message>
</context>
</TS>
