<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Ui</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API URL (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data API URL (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default Data API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data API URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the account&apos;s Project API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account “{label}” and delete its key from the keyring?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete its &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API credits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your Project API key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SE Ranking account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{email} (verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{email} (not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key from SERANKING_API_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {name} — balance {balance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} failed ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to this list are saved at once. The rules below apply to the selected account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected account up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected account down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;st account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection of the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when the balance runs out within this many days (0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when it runs &amp;out within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only, {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no key yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing {account}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other(s) fine</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) fine</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checking…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No system tray was found, so SE Ranking Tray runs in this window. Closing it quits the app. (On GNOME, the AppIndicator extension adds a tray.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (top-up +{amount})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs out {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No balance history yet — the chart fills as checks run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First reading recorded: {balance} — the chart fills as checks run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No readings in the last {range} — choose a longer range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falling about {amount} a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last {range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance {last}, {trend}. Over {period}: from {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n top-up(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>40 hexadecimal characters, from SE Ranking → Settings → API. &lt;a href=&quot;{url}&quot;&gt;Where is my key?&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key storage: checking the keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the SERANKING_API_KEY environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is stored — type a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your Project API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored key will be removed when you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for this session &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project account (balance and subscription)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data API credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits low under this share of the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn this many days before the credits expire (0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits low under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn before expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open SE Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SE Ranking Tray (Demo) — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SE Ranking Tray — set up: add your Project API key in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SE Ranking Tray — checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{credits} (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}. Automatic refresh is paused until the key changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh interval in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-balance threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warn when the balance is below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tray icon style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tray &amp;icon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start SE Ranking Tray when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at &amp;login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the balance is &amp;low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subscription &amp;expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &amp;key is rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account cannot be checked for &amp;more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace period before an unreachable account is announced, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything is fine &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline for a whole check in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;d timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole check &amp;gives up after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key storage: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your Project API key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the test failed ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login could not be changed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monochrome light (for dark panels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monochrome dark (for light panels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome!&lt;/b&gt; Paste your SE Ranking &lt;b&gt;Project API key&lt;/b&gt; to start watching your balance and subscription — or try the demo first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring failed ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be removed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be saved in the keyring: {error} The other settings were saved. You can keep the key for this session only (it is not written anywhere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (the system&apos;s language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SE Ranking profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SE Ranking Tray (Demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo — a built-in sample account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up: add your Project API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 8 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications snoozed until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>SE Ranking account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ used up by now (forecast for {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ less than a day left (until {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>≈ %n day(s) left (until {date})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name} — checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — cannot check: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — cannot check: {problem} · last known {figures} (stale, {age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last known (stale, updated {age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew in SE Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a Data API key (a UUID): it shows the API credits and their expiry. The balance and the subscription need the Project API key: 40 hexadecimal characters, found in SE Ranking under Settings → API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Project API key is 40 hexadecimal characters (0–9, a–f); this one does not look like one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {date} ({left})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API credits: no credit subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API credits {figures}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{left} of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>less than a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew it in SE Ranking: rank checks stop until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API credit subscription {ended} — renew it in SE Ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meter to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is below your threshold of {1} — top up in SE Ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{left} of {limit} left, under {percent} % of the limit — buy more in SE Ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API credits {left} run out in about {days} at {spend} a day — buy more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} lasts less than a day more at {1} a day — top up in SE Ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} lasts about {days} more at {1} a day — top up in SE Ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API credit subscription expires in {days} — renew it in SE Ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API credit subscription expires today — renew it in SE Ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay per check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: SE Ranking account is fine again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: SE Ranking balance is low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance {balance} is below your threshold of {threshold}. Top up in SE Ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: SE Ranking balance is running low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: SE Ranking API credits are low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{left} — under {percent} % of the limit left; buy more in SE Ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: SE Ranking API credit subscription {expires}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{credits}. Renew it in SE Ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: SE Ranking API credits expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: SE Ranking subscription expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: SE Ranking rejected the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}. Open Settings to enter the Project API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: SE Ranking account cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No answer for %n min: {problem}. Last known balance: {balance}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer for %n min: {problem}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API credits low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SE Ranking refused the key (payment required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network connection to SE Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SE Ranking did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SE Ranking&apos;s server had a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests — try again in a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer from the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found at this address — SE Ranking may have retired it, or the API URL is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (it looks like a Data API key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subscription} (balance {amount})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-accounts and projects are not available for this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-accounts and projects: not read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-accounts are not available for this key (a sub-account&apos;s key, or no such plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>blocked by limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-account(s) blocked by limits: {names}{more}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{sub_accounts} — none blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{sub_accounts} — %Ln blocked by limits: {names}{more}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>keywords unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln keyword(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-account(s) blocked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{account}: sub-account {name} is blocked by limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sub_account} has stopped working: it reached its limits. Raise them in SE Ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{account}: %Ln sub-accounts are blocked by limits</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{blocked}. They have stopped working: raise their limits in SE Ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name {name} is reserved for the {variable} account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an account named {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL {url} is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL {url} must start with https:// and name a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL must not contain credentials, a query or a fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL {url} uses plain http://, which is only allowed for this machine (localhost, 127.0.0.1, ::1); use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is already the key of the account {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last account cannot be removed; delete its key with `key delete` instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
