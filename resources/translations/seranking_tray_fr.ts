<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Ui</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>Project API key</source>
        <translation>Clé Project API</translation>
    </message>
    <message>
        <source>API URL (optional)</source>
        <translation>URL de l&apos;API (facultatif)</translation>
    </message>
    <message>
        <source>Data API URL (optional)</source>
        <translation>URL de la Data API (facultatif)</translation>
    </message>
    <message>
        <source>the default Data API</source>
        <translation>la Data API par défaut</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Project API &amp;key:</source>
        <translation>&amp;Clé Project API&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Data API URL:</source>
        <translation>URL de la &amp;Data API&#xa0;:</translation>
    </message>
    <message>
        <source>Type the account&apos;s Project API key.</source>
        <translation>Saisissez la clé Project API du compte.</translation>
    </message>
    <message>
        <source>Rename {label}</source>
        <translation>Renommer {label}</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>New account name</source>
        <translation>Nouveau nom du compte</translation>
    </message>
    <message>
        <source>Remove {label}</source>
        <translation>Supprimer {label}</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the account “{label}” and delete its key from the keyring?</source>
        <translation>Supprimer le compte «&#xa0;{label}&#xa0;» et effacer sa clé du trousseau&#xa0;?</translation>
    </message>
    <message>
        <source>Also delete its &amp;history</source>
        <translation>Effacer aussi son &amp;historique</translation>
    </message>
    <message>
        <source>Also delete its history</source>
        <translation>Effacer aussi son historique</translation>
    </message>
    <message>
        <source>{amount} credits</source>
        <translation>{amount} crédits</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>Compte de démonstration</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Photo de profil</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Solde&#xa0;:</translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation>Abonnement&#xa0;:</translation>
    </message>
    <message>
        <source>API credits:</source>
        <translation>Crédits API&#xa0;:</translation>
    </message>
    <message>
        <source>Last update:</source>
        <translation>Dernière mise à jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Balance over time</source>
        <translation>Évolution du solde</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Non configuré</translation>
    </message>
    <message>
        <source>Add your Project API key in Settings.</source>
        <translation>Ajoutez votre clé Project API dans les Paramètres.</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Aucune clé API</translation>
    </message>
    <message>
        <source>SE Ranking account</source>
        <translation>Compte SE Ranking</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>{email} (verified)</source>
        <translation>{email} (vérifié)</translation>
    </message>
    <message>
        <source>{email} (not verified)</source>
        <translation>{email} (non vérifié)</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>key in the keyring</source>
        <translation>clé dans le trousseau</translation>
    </message>
    <message>
        <source>key from SERANKING_API_KEY</source>
        <translation>clé issue de SERANKING_API_KEY</translation>
    </message>
    <message>
        <source>key for this session only</source>
        <translation>clé pour cette session uniquement</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>démo</translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>pas encore de clé</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>le compte</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Connected to {name} — balance {balance}</source>
        <translation>Connecté à {name} — solde {balance}</translation>
    </message>
    <message>
        <source>{what} failed ({error}).</source>
        <translation>{what} a échoué ({error}).</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Changes to this list are saved at once. The rules below apply to the selected account.</source>
        <translation>Les modifications de cette liste sont enregistrées immédiatement. Les règles ci-dessous s&apos;appliquent au compte sélectionné.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>Rename the selected account</source>
        <translation>Renommer le compte sélectionné</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>Supprimer le compte sélectionné</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move the selected account up</source>
        <translation>Monter le compte sélectionné</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move the selected account down</source>
        <translation>Descendre le compte sélectionné</translation>
    </message>
    <message>
        <source>Te&amp;st account</source>
        <translation>&amp;Tester le compte</translation>
    </message>
    <message>
        <source>Test the connection of the selected account</source>
        <translation>Tester la connexion du compte sélectionné</translation>
    </message>
    <message>
        <source>Reading the accounts…</source>
        <translation>Lecture des comptes…</translation>
    </message>
    <message>
        <source>Accounts status</source>
        <translation>État des comptes</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Warn when the balance runs out within this many days (0: never)</source>
        <translation>Avertir si le solde sera épuisé dans ce nombre de jours (0&#xa0;: jamais)</translation>
    </message>
    <message>
        <source>Warn when it runs &amp;out within:</source>
        <translation>Avertir si épuisé &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <source>problem: {problem}</source>
        <translation>problème&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>read-only, {detail}</source>
        <translation>lecture seule, {detail}</translation>
    </message>
    <message>
        <source>Reading the accounts</source>
        <translation>La lecture des comptes</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>La modification</translation>
    </message>
    <message>
        <source>This account has no key yet.</source>
        <translation>Ce compte n&apos;a pas encore de clé.</translation>
    </message>
    <message>
        <source>Testing {account}…</source>
        <translation>Test de {account}…</translation>
    </message>
    <message>
        <source>The test</source>
        <translation>Le test</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s) fine</source>
        <translation>
            <numerusform>%n autre OK</numerusform>
            <numerusform>%n autres OK</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) fine</source>
        <translation>
            <numerusform>%n compte OK</numerusform>
            <numerusform>%n comptes OK</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checking…</source>
        <translation>
            <numerusform>%n en vérification…</numerusform>
            <numerusform>%n en vérification…</numerusform>
        </translation>
    </message>
    <message>
        <source>No system tray was found, so SE Ranking Tray runs in this window. Closing it quits the app. (On GNOME, the AppIndicator extension adds a tray.)</source>
        <translation>Aucune zone de notification trouvée&#xa0;: SE Ranking Tray s&apos;exécute donc dans cette fenêtre. La fermer quitte l&apos;application. (Sous GNOME, l&apos;extension AppIndicator ajoute une zone de notification.)</translation>
    </message>
    <message>
        <source> (top-up +{amount})</source>
        <translation> (recharge +{amount})</translation>
    </message>
    <message>
        <source>Threshold {amount}</source>
        <translation>Seuil {amount}</translation>
    </message>
    <message>
        <source>Runs out {date}</source>
        <translation>Épuisé le {date}</translation>
    </message>
    <message>
        <source>Show {range}</source>
        <translation>Afficher {range}</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 jours</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>No balance history yet — the chart fills as checks run.</source>
        <translation>Pas encore d&apos;historique du solde — le graphique se remplit au fil des vérifications.</translation>
    </message>
    <message>
        <source>First reading recorded: {balance} — the chart fills as checks run.</source>
        <translation>Premier relevé enregistré&#xa0;: {balance} — le graphique se remplit au fil des vérifications.</translation>
    </message>
    <message>
        <source>No readings in the last {range} — choose a longer range.</source>
        <translation>Aucun relevé ces {range} — choisissez une période plus longue.</translation>
    </message>
    <message>
        <source>falling about {amount} a day</source>
        <translation>en baisse d&apos;environ {amount} par jour</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>en hausse</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>en baisse</translation>
    </message>
    <message>
        <source>everything recorded</source>
        <translation>tout l&apos;historique</translation>
    </message>
    <message>
        <source>the last {range}</source>
        <translation>les {range} écoulés</translation>
    </message>
    <message>
        <source>Balance {last}, {trend}. Over {period}: from {first} to {last}</source>
        <translation>Solde {last}, {trend}. Sur {period}&#xa0;: de {first} à {last}</translation>
    </message>
    <message numerus="yes">
        <source>, %n top-up(s)</source>
        <translation>
            <numerusform>, %n recharge</numerusform>
            <numerusform>, %n recharges</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>Supprimer la clé enregistrée</translation>
    </message>
    <message>
        <source>40 hexadecimal characters, from SE Ranking → Settings → API. &lt;a href=&quot;{url}&quot;&gt;Where is my key?&lt;/a&gt;</source>
        <translation>40 caractères hexadécimaux, dans SE Ranking → Paramètres → API. &lt;a href=&quot;{url}&quot;&gt;Où trouver ma clé&#xa0;?&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Key storage: checking the keyring…</source>
        <translation>Stockage de la clé&#xa0;: vérification du trousseau…</translation>
    </message>
    <message>
        <source>Set by the SERANKING_API_KEY environment variable</source>
        <translation>Définie par la variable d&apos;environnement SERANKING_API_KEY</translation>
    </message>
    <message>
        <source>A key is stored — type a new one to replace it</source>
        <translation>Une clé est enregistrée — saisissez-en une nouvelle pour la remplacer</translation>
    </message>
    <message>
        <source>Paste your Project API key</source>
        <translation>Collez votre clé Project API</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>The stored key will be removed when you save</source>
        <translation>La clé enregistrée sera supprimée à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Keep for this session &amp;only</source>
        <translation>Conserver pour cette session &amp;uniquement</translation>
    </message>
    <message>
        <source>Sub-accounts</source>
        <translation>Sous-comptes</translation>
    </message>
    <message>
        <source>Meters</source>
        <translation>Compteurs</translation>
    </message>
    <message>
        <source>Project account (balance and subscription)</source>
        <translation>Compte de projets (solde et abonnement)</translation>
    </message>
    <message>
        <source>Data API credits</source>
        <translation>Crédits Data API</translation>
    </message>
    <message>
        <source>Credits low under this share of the limit</source>
        <translation>Crédits faibles sous cette part de la limite</translation>
    </message>
    <message>
        <source>Warn this many days before the credits expire (0: never)</source>
        <translation>Avertir ce nombre de jours avant l&apos;expiration des crédits (0&#xa0;: jamais)</translation>
    </message>
    <message>
        <source>Credits low under:</source>
        <translation>Crédits faibles sous&#xa0;:</translation>
    </message>
    <message>
        <source>Warn before expiry:</source>
        <translation>Avertir avant expiration&#xa0;:</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>Ouvrir le compte</translation>
    </message>
    <message>
        <source>Open SE Ranking</source>
        <translation>Ouvrir SE Ranking</translation>
    </message>
    <message>
        <source>SE Ranking Tray (Demo) — </source>
        <translation>SE Ranking Tray (démo) — </translation>
    </message>
    <message>
        <source>SE Ranking Tray — set up: add your Project API key in Settings</source>
        <translation>SE Ranking Tray — à configurer&#xa0;: ajoutez votre clé Project API dans les Paramètres</translation>
    </message>
    <message>
        <source>SE Ranking Tray — checking…</source>
        <translation>SE Ranking Tray — vérification…</translation>
    </message>
    <message>
        <source>Balance: unknown</source>
        <translation>Solde&#xa0;: inconnu</translation>
    </message>
    <message>
        <source>Balance: {amount}</source>
        <translation>Solde&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>{amount} (stale)</source>
        <translation>{amount} (obsolète)</translation>
    </message>
    <message>
        <source>Subscription: unknown</source>
        <translation>Abonnement&#xa0;: inconnu</translation>
    </message>
    <message>
        <source>{credits} (stale)</source>
        <translation>{credits} (obsolète)</translation>
    </message>
    <message>
        <source>not watched</source>
        <translation>non surveillé</translation>
    </message>
    <message>
        <source>{problem}. Automatic refresh is paused until the key changes.</source>
        <translation>{problem}. L&apos;actualisation automatique est suspendue jusqu&apos;au changement de clé.</translation>
    </message>
    <message>
        <source>Updated {age}</source>
        <translation>Mis à jour {age}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Sub-accounts and projects</source>
        <translation>Sous-comptes et projets</translation>
    </message>
    <message>
        <source>Alert when a sub-account is &amp;blocked by limits</source>
        <translation>Avertir &amp;quand un sous-compte est bloqué par les limites</translation>
    </message>
    <message>
        <source>Alert when a sub-account is blocked by limits</source>
        <translation>Avertir quand un sous-compte est bloqué par les limites</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Refresh interval for the sub-accounts and projects, in minutes</source>
        <translation>Intervalle d&apos;actualisation des sous-comptes et projets, en minutes</translation>
    </message>
    <message>
        <source>Re&amp;fresh them every:</source>
        <translation>Les actualiser &amp;toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Refresh interval in minutes</source>
        <translation>Intervalle d&apos;actualisation en minutes</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>Actuali&amp;ser toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Low-balance threshold</source>
        <translation>Seuil de solde faible</translation>
    </message>
    <message>
        <source>&amp;Warn when the balance is below:</source>
        <translation>A&amp;vertir si le solde est inférieur à&#xa0;:</translation>
    </message>
    <message>
        <source>Tray icon style</source>
        <translation>Style de l&apos;icône</translation>
    </message>
    <message>
        <source>Tray &amp;icon:</source>
        <translation>&amp;Icône&#xa0;:</translation>
    </message>
    <message>
        <source>Start SE Ranking Tray when I log in</source>
        <translation>Lancer SE Ranking Tray à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Lancer à la connexion</translation>
    </message>
    <message>
        <source>Start at &amp;login:</source>
        <translation>Lancer à la conne&amp;xion&#xa0;:</translation>
    </message>
    <message>
        <source>Notify me when</source>
        <translation>M&apos;avertir quand</translation>
    </message>
    <message>
        <source>the balance is &amp;low</source>
        <translation>le solde est &amp;faible</translation>
    </message>
    <message>
        <source>the subscription &amp;expires</source>
        <translation>l&apos;abonnement &amp;expire</translation>
    </message>
    <message>
        <source>the &amp;key is rejected</source>
        <translation>la &amp;clé est refusée</translation>
    </message>
    <message>
        <source>the account cannot be checked for &amp;more than</source>
        <translation>le compte est injoignable depuis &amp;plus de</translation>
    </message>
    <message>
        <source>Grace period before an unreachable account is announced, in minutes</source>
        <translation>Délai avant de signaler un compte injoignable, en minutes</translation>
    </message>
    <message>
        <source>everything is fine &amp;again</source>
        <translation>tout va de nouveau &amp;bien</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL de base de l&apos;API</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>Délai de connexion en secondes</translation>
    </message>
    <message>
        <source>Read timeout in seconds</source>
        <translation>Délai de lecture en secondes</translation>
    </message>
    <message>
        <source>Deadline for a whole check in seconds</source>
        <translation>Délai maximal d&apos;une vérification complète en secondes</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>Délai de c&amp;onnexion&#xa0;:</translation>
    </message>
    <message>
        <source>Rea&amp;d timeout:</source>
        <translation>Délai de lectu&amp;re&#xa0;:</translation>
    </message>
    <message>
        <source>Whole check &amp;gives up after:</source>
        <translation>Abandon de la vérificatio&amp;n après&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Key storage: {name}</source>
        <translation>Stockage de la clé&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Type your Project API key first.</source>
        <translation>Saisissez d&apos;abord votre clé Project API.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>the test failed ({error})</source>
        <translation>le test a échoué ({error})</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Impossible d&apos;enregistrer les paramètres&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {error}</source>
        <translation>Impossible de modifier le lancement à la connexion&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Monochrome light (for dark panels)</source>
        <translation>Monochrome clair (panneaux sombres)</translation>
    </message>
    <message>
        <source>Monochrome dark (for light panels)</source>
        <translation>Monochrome sombre (panneaux clairs)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome!&lt;/b&gt; Paste your SE Ranking &lt;b&gt;Project API key&lt;/b&gt; to start watching your balance and subscription — or try the demo first.</source>
        <translation>&lt;b&gt;Bienvenue&#xa0;!&lt;/b&gt; Collez votre &lt;b&gt;clé Project API&lt;/b&gt; SE Ranking pour surveiller votre solde et votre abonnement — ou essayez d&apos;abord la démo.</translation>
    </message>
    <message>
        <source>the keyring failed ({error})</source>
        <translation>erreur du trousseau ({error})</translation>
    </message>
    <message>
        <source>The key could not be removed: {error}</source>
        <translation>Impossible de supprimer la clé&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The key could not be saved in the keyring: {error} The other settings were saved. You can keep the key for this session only (it is not written anywhere).</source>
        <translation>Impossible d&apos;enregistrer la clé dans le trousseau&#xa0;: {error} Les autres paramètres ont été enregistrés. Vous pouvez conserver la clé pour cette session uniquement (elle n&apos;est écrite nulle part).</translation>
    </message>
    <message>
        <source>Automatic (the system&apos;s language)</source>
        <translation>Automatique (langue du système)</translation>
    </message>
    <message>
        <source>SE Ranking profile</source>
        <translation>Profil SE Ranking</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>SE Ranking Tray (Demo)</source>
        <translation>SE Ranking Tray (démo)</translation>
    </message>
    <message>
        <source>Demo — a built-in sample account</source>
        <translation>Démo — un compte d&apos;exemple intégré</translation>
    </message>
    <message>
        <source>Not set up: add your Project API key</source>
        <translation>Non configuré&#xa0;: ajoutez votre clé Project API</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualiser maintenant</translation>
    </message>
    <message>
        <source>Account…</source>
        <translation>Compte…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Snooze notifications</source>
        <translation>Suspendre les notifications</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>For 8 hours</source>
        <translation>Pendant 8 heures</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Jusqu&apos;à demain</translation>
    </message>
    <message>
        <source>Resume notifications</source>
        <translation>Reprendre les notifications</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Notifications snoozed until {time}</source>
        <translation>Notifications suspendues jusqu&apos;à {time}</translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>Tout actualiser</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>SE Ranking account</source>
        <translation>Compte SE Ranking</translation>
    </message>
    <message>
        <source>≈ used up by now (forecast for {date})</source>
        <translation>≈ épuisé à présent (prévision pour le {date})</translation>
    </message>
    <message>
        <source>≈ less than a day left (until {date})</source>
        <translation>≈ moins d&apos;un jour restant (jusqu&apos;au {date})</translation>
    </message>
    <message numerus="yes">
        <source>≈ %n day(s) left (until {date})</source>
        <translation>
            <numerusform>≈ %n jour restant (jusqu&apos;au {date})</numerusform>
            <numerusform>≈ %n jours restants (jusqu&apos;au {date})</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} — checking…</source>
        <translation>{name} — vérification…</translation>
    </message>
    <message>
        <source>{name} — cannot check: {problem}</source>
        <translation>{name} — vérification impossible&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{name} — cannot check: {problem} · last known {figures} (stale, {age})</source>
        <translation>{name} — vérification impossible&#xa0;: {problem} · dernières valeurs connues {figures} (obsolètes, {age})</translation>
    </message>
    <message>
        <source>last known (stale, updated {age})</source>
        <translation>dernières valeurs connues (obsolètes, mises à jour {age})</translation>
    </message>
    <message>
        <source>updated {age}</source>
        <translation>mis à jour {age}</translation>
    </message>
    <message>
        <source>Renew in SE Ranking</source>
        <translation>Renouveler dans SE Ranking</translation>
    </message>
    <message>
        <source>This looks like a Data API key (a UUID): it shows the API credits and their expiry. The balance and the subscription need the Project API key: 40 hexadecimal characters, found in SE Ranking under Settings → API.</source>
        <translation>Cette clé ressemble à une clé Data API (un UUID)&#xa0;: elle donne les crédits API et leur expiration. Le solde et l&apos;abonnement nécessitent la clé Project API&#xa0;: 40 caractères hexadécimaux, dans SE Ranking sous Paramètres → API.</translation>
    </message>
    <message>
        <source>A Project API key is 40 hexadecimal characters (0–9, a–f); this one does not look like one.</source>
        <translation>Une clé Project API compte 40 caractères hexadécimaux (0–9, a–f)&#xa0;; celle-ci ne semble pas en être une.</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>until {date} ({left})</source>
        <translation>jusqu&apos;au {date} ({left})</translation>
    </message>
    <message>
        <source>API credits: no credit subscription</source>
        <translation>Crédits API&#xa0;: pas d&apos;abonnement aux crédits</translation>
    </message>
    <message>
        <source>API credits {figures}</source>
        <translation>Crédits API {figures}</translation>
    </message>
    <message>
        <source>{left} of {limit}</source>
        <translation>{left} sur {limit}</translation>
    </message>
    <message>
        <source>disabled on {date}</source>
        <translation>désactivé le {date}</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>inactive on {date}</source>
        <translation>inactif depuis le {date}</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>expiré le {date}</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>is disabled</source>
        <translation>est désactivé</translation>
    </message>
    <message>
        <source>is inactive</source>
        <translation>est inactif</translation>
    </message>
    <message>
        <source>ended on {date}</source>
        <translation>a pris fin le {date}</translation>
    </message>
    <message>
        <source>has ended</source>
        <translation>a pris fin</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>expire aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expire dans %n jour</numerusform>
            <numerusform>expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a day</source>
        <translation>moins d&apos;un jour</translation>
    </message>
    <message>
        <source>Renew it in SE Ranking: rank checks stop until then.</source>
        <translation>Renouvelez-le dans SE Ranking&#xa0;: d&apos;ici là, les suivis de positions sont arrêtés.</translation>
    </message>
    <message>
        <source>The API credit subscription {ended} — renew it in SE Ranking.</source>
        <translation>L&apos;abonnement aux crédits API {ended} — renouvelez-le dans SE Ranking.</translation>
    </message>
    <message>
        <source>No meter to read.</source>
        <translation>Aucun compteur à lire.</translation>
    </message>
    <message>
        <source>{0} is below your threshold of {1} — top up in SE Ranking.</source>
        <translation>{0} est sous votre seuil de {1} — rechargez dans SE Ranking.</translation>
    </message>
    <message>
        <source>{left} of {limit} left, under {percent} % of the limit — buy more in SE Ranking.</source>
        <translation>{left} sur {limit} restants, sous {percent} % de la limite — achetez-en dans SE Ranking.</translation>
    </message>
    <message>
        <source>API credits {left} run out in about {days} at {spend} a day — buy more.</source>
        <translation>Les crédits API ({left}) seront épuisés dans environ {days} à {spend} par jour — achetez-en.</translation>
    </message>
    <message>
        <source>{0} lasts less than a day more at {1} a day — top up in SE Ranking.</source>
        <translation>{0} ne tiendra pas un jour de plus à {1} par jour — rechargez dans SE Ranking.</translation>
    </message>
    <message>
        <source>{0} lasts about {days} more at {1} a day — top up in SE Ranking.</source>
        <translation>{0} tiendra encore environ {days} à {1} par jour — rechargez dans SE Ranking.</translation>
    </message>
    <message>
        <source>The API credit subscription expires in {days} — renew it in SE Ranking.</source>
        <translation>L&apos;abonnement aux crédits API expire dans {days} — renouvelez-le dans SE Ranking.</translation>
    </message>
    <message>
        <source>The API credit subscription expires today — renew it in SE Ranking.</source>
        <translation>L&apos;abonnement aux crédits API expire aujourd&apos;hui — renouvelez-le dans SE Ranking.</translation>
    </message>
    <message>
        <source>Pay per check</source>
        <translation>Paiement à la vérification</translation>
    </message>
    <message>
        <source>{type} expired</source>
        <translation>{type} expiré</translation>
    </message>
    <message>
        <source>{type} active</source>
        <translation>{type} actif</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Essai</translation>
    </message>
    <message>
        <source>Balance {amount}</source>
        <translation>Solde {amount}</translation>
    </message>
    <message>
        <source>{name}: SE Ranking account is fine again</source>
        <translation>{name}&#xa0;: le compte SE Ranking va de nouveau bien</translation>
    </message>
    <message>
        <source>{name}: SE Ranking balance is low</source>
        <translation>{name}&#xa0;: solde SE Ranking faible</translation>
    </message>
    <message>
        <source>Balance {balance} is below your threshold of {threshold}. Top up in SE Ranking.</source>
        <translation>Le solde {balance} est sous votre seuil de {threshold}. Rechargez dans SE Ranking.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking balance is running low</source>
        <translation>{name}&#xa0;: le solde SE Ranking s&apos;épuise</translation>
    </message>
    <message>
        <source>{name}: SE Ranking API credits are low</source>
        <translation>{name}&#xa0;: crédits API SE Ranking faibles</translation>
    </message>
    <message>
        <source>API credits</source>
        <translation>Crédits API</translation>
    </message>
    <message>
        <source>{left} — under {percent} % of the limit left; buy more in SE Ranking.</source>
        <translation>{left} — moins de {percent} % de la limite restants&#xa0;; achetez-en dans SE Ranking.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking API credit subscription {expires}</source>
        <translation>{name}&#xa0;: l&apos;abonnement aux crédits API SE Ranking {expires}</translation>
    </message>
    <message>
        <source>{credits}. Renew it in SE Ranking.</source>
        <translation>{credits}. Renouvelez-le dans SE Ranking.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking API credits expired</source>
        <translation>{name}&#xa0;: crédits API SE Ranking expirés</translation>
    </message>
    <message>
        <source>{name}: SE Ranking subscription expired</source>
        <translation>{name}&#xa0;: abonnement SE Ranking expiré</translation>
    </message>
    <message>
        <source>{name}: SE Ranking rejected the API key</source>
        <translation>{name}&#xa0;: SE Ranking a refusé la clé API</translation>
    </message>
    <message>
        <source>{problem}. Open Settings to enter the Project API key.</source>
        <translation>{problem}. Ouvrez les Paramètres pour saisir la clé Project API.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking account cannot be checked</source>
        <translation>{name}&#xa0;: impossible de vérifier le compte SE Ranking</translation>
    </message>
    <message numerus="yes">
        <source>No answer for %n min: {problem}. Last known balance: {balance}.</source>
        <translation>
            <numerusform>Aucune réponse depuis %n min&#xa0;: {problem}. Dernier solde connu&#xa0;: {balance}.</numerusform>
            <numerusform>Aucune réponse depuis %n min&#xa0;: {problem}. Dernier solde connu&#xa0;: {balance}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer for %n min: {problem}.</source>
        <translation>
            <numerusform>Aucune réponse depuis %n min&#xa0;: {problem}.</numerusform>
            <numerusform>Aucune réponse depuis %n min&#xa0;: {problem}.</numerusform>
        </translation>
    </message>
    <message>
        <source>All fine</source>
        <translation>Tout va bien</translation>
    </message>
    <message>
        <source>Running low</source>
        <translation>Bientôt épuisé</translation>
    </message>
    <message>
        <source>Low balance</source>
        <translation>Solde faible</translation>
    </message>
    <message>
        <source>API credits low</source>
        <translation>Crédits API faibles</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <source>Subscription expired</source>
        <translation>Abonnement expiré</translation>
    </message>
    <message>
        <source>Cannot check the account</source>
        <translation>Impossible de vérifier le compte</translation>
    </message>
    <message>
        <source>The key was rejected</source>
        <translation>La clé a été refusée</translation>
    </message>
    <message>
        <source>SE Ranking refused the key (payment required)</source>
        <translation>SE Ranking a refusé la clé (paiement requis)</translation>
    </message>
    <message>
        <source>No network connection to SE Ranking</source>
        <translation>Pas de connexion réseau à SE Ranking</translation>
    </message>
    <message>
        <source>SE Ranking did not answer in time</source>
        <translation>SE Ranking n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>SE Ranking&apos;s server had a problem</source>
        <translation>Le serveur de SE Ranking a rencontré un problème</translation>
    </message>
    <message>
        <source>Too many requests — try again in a minute</source>
        <translation>Trop de requêtes — réessayez dans une minute</translation>
    </message>
    <message>
        <source>Unexpected answer from the API</source>
        <translation>Réponse inattendue de l&apos;API</translation>
    </message>
    <message>
        <source>Configuration problem</source>
        <translation>Problème de configuration</translation>
    </message>
    <message>
        <source>Not found at this address — SE Ranking may have retired it, or the API URL is wrong</source>
        <translation>Introuvable à cette adresse — SE Ranking l&apos;a peut-être retirée, ou l&apos;URL de l&apos;API est incorrecte</translation>
    </message>
    <message>
        <source>The check failed</source>
        <translation>La vérification a échoué</translation>
    </message>
    <message>
        <source> (it looks like a Data API key)</source>
        <translation> (cela ressemble à une clé Data API)</translation>
    </message>
    <message>
        <source>{subscription} (balance {amount})</source>
        <translation>{subscription} (solde {amount})</translation>
    </message>
    <message>
        <source>Sub-accounts and projects are not available for this key.</source>
        <translation>Les sous-comptes et les projets ne sont pas disponibles pour cette clé.</translation>
    </message>
    <message>
        <source>Sub-accounts and projects: not read yet.</source>
        <translation>Sous-comptes et projets&#xa0;: pas encore lus.</translation>
    </message>
    <message>
        <source>Sub-accounts are not available for this key (a sub-account&apos;s key, or no such plan).</source>
        <translation>Les sous-comptes ne sont pas disponibles pour cette clé (clé d&apos;un sous-compte, ou formule sans sous-comptes).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-account(s)</source>
        <translation>
            <numerusform>%Ln sous-compte</numerusform>
            <numerusform>%Ln sous-comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln projet</numerusform>
            <numerusform>%Ln projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> et %Ln autre</numerusform>
            <numerusform> et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>blocked by limits</source>
        <translation>bloqué par les limites</translation>
    </message>
    <message>
        <source>working</source>
        <translation>actif</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-account(s) blocked by limits: {names}{more}</source>
        <translation>
            <numerusform>%Ln sous-compte bloqué par les limites&#xa0;: {names}{more}</numerusform>
            <numerusform>%Ln sous-comptes bloqués par les limites&#xa0;: {names}{more}</numerusform>
        </translation>
    </message>
    <message>
        <source>{sub_accounts} — none blocked</source>
        <translation>{sub_accounts} — aucun bloqué</translation>
    </message>
    <message numerus="yes">
        <source>{sub_accounts} — %Ln blocked by limits: {names}{more}</source>
        <translation>
            <numerusform>{sub_accounts} — %Ln bloqué par les limites&#xa0;: {names}{more}</numerusform>
            <numerusform>{sub_accounts} — %Ln bloqués par les limites&#xa0;: {names}{more}</numerusform>
        </translation>
    </message>
    <message>
        <source>keywords unknown</source>
        <translation>mots-clés inconnus</translation>
    </message>
    <message numerus="yes">
        <source>%Ln keyword(s)</source>
        <translation>
            <numerusform>%Ln mot-clé</numerusform>
            <numerusform>%Ln mots-clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active</source>
        <translation>
            <numerusform>%Ln actif</numerusform>
            <numerusform>%Ln actifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-account(s) blocked</source>
        <translation>
            <numerusform>%Ln sous-compte bloqué</numerusform>
            <numerusform>%Ln sous-comptes bloqués</numerusform>
        </translation>
    </message>
    <message>
        <source>{account}: sub-account {name} is blocked by limits</source>
        <translation>{account}&#xa0;: le sous-compte {name} est bloqué par les limites</translation>
    </message>
    <message>
        <source>{sub_account} has stopped working: it reached its limits. Raise them in SE Ranking.</source>
        <translation>{sub_account} a cessé de fonctionner&#xa0;: il a atteint ses limites. Augmentez-les dans SE Ranking.</translation>
    </message>
    <message numerus="yes">
        <source>{account}: %Ln sub-accounts are blocked by limits</source>
        <translation>
            <numerusform>{account}&#xa0;: %Ln sous-compte est bloqué par les limites</numerusform>
            <numerusform>{account}&#xa0;: %Ln sous-comptes sont bloqués par les limites</numerusform>
        </translation>
    </message>
    <message>
        <source>{blocked}. They have stopped working: raise their limits in SE Ranking.</source>
        <translation>{blocked}. Ils ont cessé de fonctionner&#xa0;: augmentez leurs limites dans SE Ranking.</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Un compte doit avoir un nom.</translation>
    </message>
    <message>
        <source>The name {name} is reserved for the {variable} account.</source>
        <translation>Le nom {name} est réservé au compte de {variable}.</translation>
    </message>
    <message>
        <source>There is already an account named {name}.</source>
        <translation>Un compte nommé {name} existe déjà.</translation>
    </message>
    <message>
        <source>The API URL {url} is not a valid URL.</source>
        <translation>L&apos;URL de l&apos;API {url} n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The API URL {url} must start with https:// and name a host.</source>
        <translation>L&apos;URL de l&apos;API {url} doit commencer par https:// et indiquer un hôte.</translation>
    </message>
    <message>
        <source>The API URL must not contain credentials, a query or a fragment.</source>
        <translation>L&apos;URL de l&apos;API ne doit contenir ni identifiants, ni requête, ni fragment.</translation>
    </message>
    <message>
        <source>The API URL {url} uses plain http://, which is only allowed for this machine (localhost, 127.0.0.1, ::1); use https://.</source>
        <translation>L&apos;URL de l&apos;API {url} utilise http:// non chiffré, autorisé uniquement pour cette machine (localhost, 127.0.0.1, ::1); utilisez https://.</translation>
    </message>
    <message>
        <source>This key is already the key of the account {name}.</source>
        <translation>Cette clé est déjà celle du compte {name}.</translation>
    </message>
    <message>
        <source>The last account cannot be removed; delete its key with `key delete` instead.</source>
        <translation>Le dernier compte ne peut pas être supprimé; effacez plutôt sa clé avec `key delete`.</translation>
    </message>
    <message>
        <source>No API key is set. Add your Project API key in Settings, store it with `seranking-tray key set`, or set SERANKING_API_KEY.</source>
        <translation>Aucune clé API n&apos;est définie. Ajoutez votre clé Project API dans les Paramètres, enregistrez-la avec `seranking-tray key set` ou définissez SERANKING_API_KEY.</translation>
    </message>
    <message>
        <source>No complete answer within {seconds} s.</source>
        <translation>Aucune réponse complète en {seconds} s.</translation>
    </message>
    <message>
        <source>The answer from {path} is larger than {size} bytes.</source>
        <translation>La réponse de {path} dépasse {size} octets.</translation>
    </message>
    <message>
        <source>The picture&apos;s address is not valid; not loaded.</source>
        <translation>L&apos;adresse de la photo n&apos;est pas valide&#xa0;; photo non chargée.</translation>
    </message>
    <message>
        <source>The picture could not be loaded ({status}).</source>
        <translation>Impossible de charger la photo ({status}).</translation>
    </message>
    <message>
        <source>The picture is not an image.</source>
        <translation>La photo n&apos;est pas une image.</translation>
    </message>
    <message>
        <source>The picture is larger than 1 MB.</source>
        <translation>La photo dépasse 1 MB.</translation>
    </message>
    <message>
        <source>The picture is larger than 1 MB or too slow.</source>
        <translation>La photo dépasse 1 MB ou est trop lente à charger.</translation>
    </message>
    <message>
        <source>The picture redirects too many times.</source>
        <translation>La photo fait l&apos;objet de trop de redirections.</translation>
    </message>
    <message>
        <source>No API key is set.</source>
        <translation>Aucune clé API n&apos;est définie.</translation>
    </message>
    <message>
        <source>The lists were not read within {seconds} s.</source>
        <translation>Les listes n&apos;ont pas été lues en {seconds} s.</translation>
    </message>
    <message>
        <source>The answer from {path} is larger than 16 MiB.</source>
        <translation>La réponse de {path} dépasse 16 MiB.</translation>
    </message>
    <message>
        <source>The picture&apos;s address is not https; not loaded.</source>
        <translation>L&apos;adresse de la photo n&apos;est pas en https&#xa0;; photo non chargée.</translation>
    </message>
    <message>
        <source>The answer from {path} is not UTF-8 text.</source>
        <translation>La réponse de {path} n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>The answer from {path} is empty.</source>
        <translation>La réponse de {path} est vide.</translation>
    </message>
    <message>
        <source>The answer from {path} is not valid JSON.</source>
        <translation>La réponse de {path} n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>SE Ranking rejected the API key{said}.</source>
        <translation>SE Ranking a refusé la clé API{said}.</translation>
    </message>
    <message>
        <source>SE Ranking refused the request: payment required{said}. The plan may not include the API, or the key is not linked yet.</source>
        <translation>SE Ranking a refusé la requête&#xa0;: paiement requis{said}. La formule n&apos;inclut peut-être pas l&apos;API, ou la clé n&apos;est pas encore liée.</translation>
    </message>
    <message>
        <source>Too many requests to SE Ranking{said}.</source>
        <translation>Trop de requêtes vers SE Ranking{said}.</translation>
    </message>
    <message>
        <source>SE Ranking&apos;s server had a problem ({status}){said}.</source>
        <translation>Le serveur de SE Ranking a rencontré un problème ({status}){said}.</translation>
    </message>
    <message>
        <source>The API answered {path} with a redirect ({status}); not followed. Is the API URL right?</source>
        <translation>L&apos;API a répondu à {path} par une redirection ({status}), qui n&apos;a pas été suivie. L&apos;URL de l&apos;API est-elle correcte&#xa0;?</translation>
    </message>
    <message>
        <source>{path} was not found at this address ({status}) — SE Ranking may have retired it, or the API URL is wrong.</source>
        <translation>{path} est introuvable à cette adresse ({status}) — SE Ranking l&apos;a peut-être retiré, ou l&apos;URL de l&apos;API est incorrecte.</translation>
    </message>
    <message>
        <source>Unexpected answer {status} from {path}{said}.</source>
        <translation>Réponse inattendue {status} de {path}{said}.</translation>
    </message>
    <message>
        <source>Unexpected failure reading {path}.</source>
        <translation>Échec inattendu lors de la lecture de {path}.</translation>
    </message>
    <message>
        <source>SE Ranking did not answer in time.</source>
        <translation>SE Ranking n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The connection to SE Ranking dropped in the middle of an answer.</source>
        <translation>La connexion à SE Ranking a été coupée au milieu d&apos;une réponse.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to SE Ranking could not be made.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée (TLS) avec SE Ranking.</translation>
    </message>
    <message>
        <source>Connecting to SE Ranking timed out.</source>
        <translation>Le délai de connexion à SE Ranking a expiré.</translation>
    </message>
    <message>
        <source>SE Ranking&apos;s address could not be resolved (offline?).</source>
        <translation>L&apos;adresse de SE Ranking n&apos;a pas pu être résolue (hors ligne&#xa0;?).</translation>
    </message>
    <message>
        <source>The connection to SE Ranking was refused.</source>
        <translation>La connexion à SE Ranking a été refusée.</translation>
    </message>
    <message>
        <source>The connection to SE Ranking failed or was reset.</source>
        <translation>La connexion à SE Ranking a échoué ou a été réinitialisée.</translation>
    </message>
    <message>
        <source>Network problem talking to SE Ranking ({error}).</source>
        <translation>Problème réseau lors de la communication avec SE Ranking ({error}).</translation>
    </message>
    <message>
        <source>The settings file could not be read, so it is not changed.</source>
        <translation>Le fichier de paramètres n&apos;a pas pu être lu&#xa0;; il n&apos;est donc pas modifié.</translation>
    </message>
    <message>
        <source>No API key is set for {account}.</source>
        <translation>Aucune clé API n&apos;est définie pour {account}.</translation>
    </message>
    <message>
        <source>field {field} is missing</source>
        <translation>le champ {field} est absent</translation>
    </message>
    <message>
        <source>field {field} is empty</source>
        <translation>le champ {field} est vide</translation>
    </message>
    <message>
        <source>field {field} is not a finite number</source>
        <translation>le champ {field} n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>field {field} is not an object</source>
        <translation>le champ {field} n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>field {field} should be a number</source>
        <translation>le champ {field} devrait être un nombre</translation>
    </message>
    <message>
        <source>field {field} should be a number, got {got}</source>
        <translation>le champ {field} devrait être un nombre, reçu {got}</translation>
    </message>
    <message>
        <source>field {field} should be a whole number, got {got}</source>
        <translation>le champ {field} devrait être un nombre entier, reçu {got}</translation>
    </message>
    <message>
        <source>field {field} should be a number of credits, got {got}</source>
        <translation>le champ {field} devrait être un nombre de crédits, reçu {got}</translation>
    </message>
    <message>
        <source>field {field} should be text</source>
        <translation>le champ {field} devrait être du texte</translation>
    </message>
    <message>
        <source>field {field} should be text, got {got}</source>
        <translation>le champ {field} devrait être du texte, reçu {got}</translation>
    </message>
    <message>
        <source>field {field} should be true or false, got {got}</source>
        <translation>le champ {field} devrait être vrai ou faux, reçu {got}</translation>
    </message>
    <message>
        <source>field {field} should be a date, got {got}</source>
        <translation>le champ {field} devrait être une date, reçu {got}</translation>
    </message>
    <message>
        <source>field {field} should be an object, got {got}</source>
        <translation>le champ {field} devrait être un objet, reçu {got}</translation>
    </message>
    <message>
        <source>field {field} should be a list, got {got}</source>
        <translation>le champ {field} devrait être une liste, reçu {got}</translation>
    </message>
    <message>
        <source>an entry of {field} is not an object</source>
        <translation>une entrée de {field} n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>a project is not an object</source>
        <translation>un projet n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <source>expected a JSON object, got {got}</source>
        <translation>objet JSON attendu, reçu {got}</translation>
    </message>
    <message>
        <source>expected a JSON object or list, got {got}</source>
        <translation>objet ou liste JSON attendu, reçu {got}</translation>
    </message>
    <message>
        <source>Unexpected answer from {path}: {detail}</source>
        <translation>Réponse inattendue de {path}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>Another check with the same key did not finish in time.</source>
        <translation>Une autre vérification avec la même clé ne s&apos;est pas terminée à temps.</translation>
    </message>
    <message>
        <source>Cannot start a new balance history at {path}: {error}</source>
        <translation>Impossible de créer un nouvel historique du solde dans {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Cannot open the balance history {path}: {error}</source>
        <translation>Impossible d&apos;ouvrir l&apos;historique du solde {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Cannot use the balance history {path}: {error}</source>
        <translation>Impossible d&apos;utiliser l&apos;historique du solde {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The balance history could not be used: {error}</source>
        <translation>Impossible d&apos;utiliser l&apos;historique du solde&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The balance history {path} could not be read ({reason}); it was kept as {aside} and a new one started.</source>
        <translation>L&apos;historique du solde {path} n&apos;a pas pu être lu ({reason})&#xa0;; il a été conservé sous le nom {aside} et un nouvel historique a été créé.</translation>
    </message>
    <message>
        <source>{problem}. Balance history is off until the app restarts.</source>
        <translation>{problem}. L&apos;historique du solde est désactivé jusqu&apos;au redémarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>The balance history was written by a newer version of SE Ranking Tray (schema {version}, this version knows {known}); it is left as it is</source>
        <translation>L&apos;historique du solde a été écrit par une version plus récente de SE Ranking Tray (schéma {version}, cette version connaît {known})&#xa0;; il est laissé tel quel</translation>
    </message>
    <message>
        <source>opening the keyring</source>
        <translation>lors de l&apos;ouverture du trousseau</translation>
    </message>
    <message>
        <source>reading the API key</source>
        <translation>lors de la lecture de la clé API</translation>
    </message>
    <message>
        <source>saving the key</source>
        <translation>lors de l&apos;enregistrement de la clé</translation>
    </message>
    <message>
        <source>removing the API key</source>
        <translation>lors de la suppression de la clé API</translation>
    </message>
    <message>
        <source>The keyring is locked; unlock it and try again.</source>
        <translation>Le trousseau est verrouillé&#xa0;; déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The keyring did not answer within {seconds} s while {what}; is it locked?</source>
        <translation>Le trousseau n&apos;a pas répondu en {seconds} s {what}&#xa0;; est-il verrouillé&#xa0;?</translation>
    </message>
    <message>
        <source>No keyring is available to hold the API key (no Secret Service, KWallet, Keychain or Credential Manager was found). Set {variable} instead, or start a keyring service.</source>
        <translation>Aucun trousseau n&apos;est disponible pour conserver la clé API (aucun Secret Service, KWallet, Keychain ou Credential Manager trouvé). Définissez plutôt {variable}, ou démarrez un service de trousseau.</translation>
    </message>
    <message>
        <source>The keyring is locked; unlock it and try again ({what}).</source>
        <translation>Le trousseau est verrouillé&#xa0;; déverrouillez-le et réessayez ({what}).</translation>
    </message>
    <message>
        <source>The keyring could not be opened ({what}); it may be locked. Unlock it and try again.</source>
        <translation>Le trousseau n&apos;a pas pu être ouvert ({what})&#xa0;; il est peut-être verrouillé. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The keyring failed while {what} ({error}).</source>
        <translation>Le trousseau a rencontré une erreur {what} ({error}).</translation>
    </message>
    <message>
        <source>The keyring backend {backend} stores secrets unencrypted; SE Ranking Tray will not keep the key there.</source>
        <translation>Le backend de trousseau {backend} stocke les secrets sans chiffrement&#xa0;; SE Ranking Tray n&apos;y conservera pas la clé.</translation>
    </message>
    <message>
        <source>unavailable — {why}</source>
        <translation>indisponible — {why}</translation>
    </message>
    <message>
        <source>No account is configured in the settings.</source>
        <translation>Aucun compte n&apos;est configuré dans les paramètres.</translation>
    </message>
    <message>
        <source>Setting &apos;language&apos; = {value} is not a known language; using {default}.</source>
        <translation>Le paramètre &apos;language&apos; = {value} n&apos;est pas une langue connue&#xa0;; {default} est utilisé.</translation>
    </message>
    <message>
        <source>Setting {name} = {value} is not one of {choices}; using {default}.</source>
        <translation>Le paramètre {name} = {value} ne fait pas partie de {choices}&#xa0;; {default} est utilisé.</translation>
    </message>
    <message>
        <source>Setting {name} = {value} is out of range; using {clamped}.</source>
        <translation>Le paramètre {name} = {value} est hors limites&#xa0;; {clamped} est utilisé.</translation>
    </message>
    <message>
        <source>Setting {name} has an invalid value {value}; using the default {default}.</source>
        <translation>Le paramètre {name} a une valeur non valide {value}&#xa0;; la valeur par défaut {default} est utilisée.</translation>
    </message>
    <message>
        <source>Ignoring the account {account} in the settings: it needs an id of its own.</source>
        <translation>Le compte {account} des paramètres est ignoré&#xa0;: il lui faut son propre identifiant.</translation>
    </message>
    <message>
        <source>Ignoring the api_url {url} of the account {account}: it is not text.</source>
        <translation>L&apos;api_url {url} du compte {account} est ignorée&#xa0;: ce n&apos;est pas du texte.</translation>
    </message>
    <message>
        <source>Ignoring the rules {rules} of the account {account}: not an object.</source>
        <translation>Les règles {rules} du compte {account} sont ignorées&#xa0;: ce n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>Cannot read the settings file {path}: {error}; using defaults.</source>
        <translation>Impossible de lire le fichier de paramètres {path}&#xa0;: {error}&#xa0;; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it was kept as {aside}. Using defaults.</source>
        <translation>Le fichier de paramètres {path} est endommagé ({error})&#xa0;; il a été conservé sous le nom {aside}. Les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it could not be moved aside. Using defaults.</source>
        <translation>Le fichier de paramètres {path} est endommagé ({error})&#xa0;; il n&apos;a pas pu être mis de côté. Les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <source>Cannot save the account list to the settings file: {error}.</source>
        <translation>Impossible d&apos;enregistrer la liste des comptes dans le fichier de paramètres&#xa0;: {error}.</translation>
    </message>
</context>
</TS>
