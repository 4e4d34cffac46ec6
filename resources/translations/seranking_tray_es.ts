<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Ui</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Añadir una cuenta</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>Project API key</source>
        <translation>Clave de Project API</translation>
    </message>
    <message>
        <source>API URL (optional)</source>
        <translation>URL de la API (opcional)</translation>
    </message>
    <message>
        <source>Data API URL (optional)</source>
        <translation>URL de Data API (opcional)</translation>
    </message>
    <message>
        <source>the default Data API</source>
        <translation>la Data API predeterminada</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Project API &amp;key:</source>
        <translation>&amp;Clave de Project API:</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL de la API:</translation>
    </message>
    <message>
        <source>&amp;Data API URL:</source>
        <translation>URL de &amp;Data API:</translation>
    </message>
    <message>
        <source>Type the account&apos;s Project API key.</source>
        <translation>Escriba la clave de Project API de la cuenta.</translation>
    </message>
    <message>
        <source>Rename {label}</source>
        <translation>Cambiar nombre de {label}</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Cambiar &amp;nombre</translation>
    </message>
    <message>
        <source>New account name</source>
        <translation>Nuevo nombre de la cuenta</translation>
    </message>
    <message>
        <source>Remove {label}</source>
        <translation>Eliminar {label}</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Remove the account “{label}” and delete its key from the keyring?</source>
        <translation>¿Eliminar la cuenta «{label}» y borrar su clave del almacén de claves?</translation>
    </message>
    <message>
        <source>Also delete its &amp;history</source>
        <translation>Borrar también su &amp;historial</translation>
    </message>
    <message>
        <source>Also delete its history</source>
        <translation>Borrar también su historial</translation>
    </message>
    <message>
        <source>{amount} credits</source>
        <translation>{amount} créditos</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>Cuenta demo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Foto de perfil</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Saldo:</translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation>Suscripción:</translation>
    </message>
    <message>
        <source>API credits:</source>
        <translation>Créditos de API:</translation>
    </message>
    <message>
        <source>Last update:</source>
        <translation>Última actualización:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Balance over time</source>
        <translation>Evolución del saldo</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Sin configurar</translation>
    </message>
    <message>
        <source>Add your Project API key in Settings.</source>
        <translation>Añada su clave de Project API en Configuración.</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Sin clave de API</translation>
    </message>
    <message>
        <source>SE Ranking account</source>
        <translation>Cuenta de SE Ranking</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>{email} (verified)</source>
        <translation>{email} (verificado)</translation>
    </message>
    <message>
        <source>{email} (not verified)</source>
        <translation>{email} (sin verificar)</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>key in the keyring</source>
        <translation>clave en el almacén de claves</translation>
    </message>
    <message>
        <source>key from SERANKING_API_KEY</source>
        <translation>clave de SERANKING_API_KEY</translation>
    </message>
    <message>
        <source>key for this session only</source>
        <translation>clave solo para esta sesión</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>aún sin clave</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>la cuenta</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Connected to {name} — balance {balance}</source>
        <translation>Conectado a {name} — saldo {balance}</translation>
    </message>
    <message>
        <source>{what} failed ({error}).</source>
        <translation>{what} falló ({error}).</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Changes to this list are saved at once. The rules below apply to the selected account.</source>
        <translation>Los cambios en esta lista se guardan al instante. Las reglas de abajo se aplican a la cuenta seleccionada.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Añadir cuenta…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>Rename the selected account</source>
        <translation>Cambiar el nombre de la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>Eliminar la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move the selected account up</source>
        <translation>Subir la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move the selected account down</source>
        <translation>Bajar la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Te&amp;st account</source>
        <translation>&amp;Probar cuenta</translation>
    </message>
    <message>
        <source>Test the connection of the selected account</source>
        <translation>Probar la conexión de la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Reading the accounts…</source>
        <translation>Leyendo las cuentas…</translation>
    </message>
    <message>
        <source>Accounts status</source>
        <translation>Estado de las cuentas</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Warn when the balance runs out within this many days (0: never)</source>
        <translation>Avisar cuando el saldo vaya a agotarse en este número de días (0: nunca)</translation>
    </message>
    <message>
        <source>Warn when it runs &amp;out within:</source>
        <translation>Avisar si se &amp;agota en:</translation>
    </message>
    <message>
        <source>problem: {problem}</source>
        <translation>problema: {problem}</translation>
    </message>
    <message>
        <source>read-only, {detail}</source>
        <translation>solo lectura, {detail}</translation>
    </message>
    <message>
        <source>Reading the accounts</source>
        <translation>La lectura de las cuentas</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>El cambio</translation>
    </message>
    <message>
        <source>This account has no key yet.</source>
        <translation>Esta cuenta aún no tiene clave.</translation>
    </message>
    <message>
        <source>Testing {account}…</source>
        <translation>Probando {account}…</translation>
    </message>
    <message>
        <source>The test</source>
        <translation>La prueba</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s) fine</source>
        <translation>
            <numerusform>%n otra correcta</numerusform>
            <numerusform>%n otras correctas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) fine</source>
        <translation>
            <numerusform>%n cuenta correcta</numerusform>
            <numerusform>%n cuentas correctas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checking…</source>
        <translation>
            <numerusform>%n comprobando…</numerusform>
            <numerusform>%n comprobando…</numerusform>
        </translation>
    </message>
    <message>
        <source>No system tray was found, so SE Ranking Tray runs in this window. Closing it quits the app. (On GNOME, the AppIndicator extension adds a tray.)</source>
        <translation>No se encontró ninguna bandeja del sistema, así que SE Ranking Tray se ejecuta en esta ventana. Al cerrarla se sale de la aplicación. (En GNOME, la extensión AppIndicator añade una bandeja.)</translation>
    </message>
    <message>
        <source> (top-up +{amount})</source>
        <translation> (recarga +{amount})</translation>
    </message>
    <message>
        <source>Threshold {amount}</source>
        <translation>Umbral {amount}</translation>
    </message>
    <message>
        <source>Runs out {date}</source>
        <translation>Se agota el {date}</translation>
    </message>
    <message>
        <source>Show {range}</source>
        <translation>Mostrar {range}</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 días</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>No balance history yet — the chart fills as checks run.</source>
        <translation>Aún no hay historial del saldo — el gráfico se irá llenando con las comprobaciones.</translation>
    </message>
    <message>
        <source>First reading recorded: {balance} — the chart fills as checks run.</source>
        <translation>Primera lectura registrada: {balance} — el gráfico se irá llenando con las comprobaciones.</translation>
    </message>
    <message>
        <source>No readings in the last {range} — choose a longer range.</source>
        <translation>No hay lecturas en los últimos {range} — elija un periodo más largo.</translation>
    </message>
    <message>
        <source>falling about {amount} a day</source>
        <translation>bajando unos {amount} al día</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>estable</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>subiendo</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>bajando</translation>
    </message>
    <message>
        <source>everything recorded</source>
        <translation>todo el historial</translation>
    </message>
    <message>
        <source>the last {range}</source>
        <translation>los últimos {range}</translation>
    </message>
    <message>
        <source>Balance {last}, {trend}. Over {period}: from {first} to {last}</source>
        <translation>Saldo {last}, {trend}. En {period}: de {first} a {last}</translation>
    </message>
    <message numerus="yes">
        <source>, %n top-up(s)</source>
        <translation>
            <numerusform>, %n recarga</numerusform>
            <numerusform>, %n recargas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Mostrar la clave</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>Eliminar la clave guardada</translation>
    </message>
    <message>
        <source>40 hexadecimal characters, from SE Ranking → Settings → API. &lt;a href=&quot;{url}&quot;&gt;Where is my key?&lt;/a&gt;</source>
        <translation>40 caracteres hexadecimales, en SE Ranking → Settings → API. &lt;a href=&quot;{url}&quot;&gt;¿Dónde está mi clave?&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Key storage: checking the keyring…</source>
        <translation>Almacén de claves: comprobando…</translation>
    </message>
    <message>
        <source>Set by the SERANKING_API_KEY environment variable</source>
        <translation>Definida por la variable de entorno SERANKING_API_KEY</translation>
    </message>
    <message>
        <source>A key is stored — type a new one to replace it</source>
        <translation>Hay una clave guardada — escriba otra para reemplazarla</translation>
    </message>
    <message>
        <source>Paste your Project API key</source>
        <translation>Pegue su clave de Project API</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>The stored key will be removed when you save</source>
        <translation>La clave guardada se eliminará al guardar</translation>
    </message>
    <message>
        <source>Keep for this session &amp;only</source>
        <translation>Conservar solo para esta &amp;sesión</translation>
    </message>
    <message>
        <source>Sub-accounts</source>
        <translation>Subcuentas</translation>
    </message>
    <message>
        <source>Meters</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Project account (balance and subscription)</source>
        <translation>Cuenta de Project API (saldo y suscripción)</translation>
    </message>
    <message>
        <source>Data API credits</source>
        <translation>Créditos de Data API</translation>
    </message>
    <message>
        <source>Credits low under this share of the limit</source>
        <translation>Créditos bajos cuando queda menos de este porcentaje del límite</translation>
    </message>
    <message>
        <source>Warn this many days before the credits expire (0: never)</source>
        <translation>Avisar con este número de días antes de que caduquen los créditos (0: nunca)</translation>
    </message>
    <message>
        <source>Credits low under:</source>
        <translation>Créditos bajos con menos del:</translation>
    </message>
    <message>
        <source>Warn before expiry:</source>
        <translation>Avisar antes de caducar:</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>Abrir cuenta</translation>
    </message>
    <message>
        <source>Open SE Ranking</source>
        <translation>Abrir SE Ranking</translation>
    </message>
    <message>
        <source>SE Ranking Tray (Demo) — </source>
        <translation>SE Ranking Tray (Demo) — </translation>
    </message>
    <message>
        <source>SE Ranking Tray — set up: add your Project API key in Settings</source>
        <translation>SE Ranking Tray — para empezar, añada su clave de Project API en Configuración</translation>
    </message>
    <message>
        <source>SE Ranking Tray — checking…</source>
        <translation>SE Ranking Tray — comprobando…</translation>
    </message>
    <message>
        <source>Balance: unknown</source>
        <translation>Saldo: desconocido</translation>
    </message>
    <message>
        <source>Balance: {amount}</source>
        <translation>Saldo: {amount}</translation>
    </message>
    <message>
        <source>{amount} (stale)</source>
        <translation>{amount} (sin actualizar)</translation>
    </message>
    <message>
        <source>Subscription: unknown</source>
        <translation>Suscripción: desconocida</translation>
    </message>
    <message>
        <source>{credits} (stale)</source>
        <translation>{credits} (sin actualizar)</translation>
    </message>
    <message>
        <source>not watched</source>
        <translation>sin vigilar</translation>
    </message>
    <message>
        <source>{problem}. Automatic refresh is paused until the key changes.</source>
        <translation>{problem}. La actualización automática está en pausa hasta que cambie la clave.</translation>
    </message>
    <message>
        <source>Updated {age}</source>
        <translation>Actualizado {age}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Probar la &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Sub-accounts and projects</source>
        <translation>Subcuentas y proyectos</translation>
    </message>
    <message>
        <source>Alert when a sub-account is &amp;blocked by limits</source>
        <translation>Avisar si una subcuenta &amp;queda bloqueada por límites</translation>
    </message>
    <message>
        <source>Alert when a sub-account is blocked by limits</source>
        <translation>Avisar si una subcuenta queda bloqueada por límites</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Refresh interval for the sub-accounts and projects, in minutes</source>
        <translation>Intervalo de actualización de las subcuentas y proyectos, en minutos</translation>
    </message>
    <message>
        <source>Re&amp;fresh them every:</source>
        <translation>Ac&amp;tualizarlas cada:</translation>
    </message>
    <message>
        <source>Refresh interval in minutes</source>
        <translation>Intervalo de actualización en minutos</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Actualizar cada:</translation>
    </message>
    <message>
        <source>Low-balance threshold</source>
        <translation>Umbral de saldo bajo</translation>
    </message>
    <message>
        <source>&amp;Warn when the balance is below:</source>
        <translation>A&amp;visar si el saldo baja de:</translation>
    </message>
    <message>
        <source>Tray icon style</source>
        <translation>Estilo del icono de la bandeja</translation>
    </message>
    <message>
        <source>Tray &amp;icon:</source>
        <translation>&amp;Icono de bandeja:</translation>
    </message>
    <message>
        <source>Start SE Ranking Tray when I log in</source>
        <translation>Iniciar SE Ranking Tray al iniciar sesión</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar con la sesión</translation>
    </message>
    <message>
        <source>Start at &amp;login:</source>
        <translation>Iniciar con la &amp;sesión:</translation>
    </message>
    <message>
        <source>Notify me when</source>
        <translation>Notificarme cuando</translation>
    </message>
    <message>
        <source>the balance is &amp;low</source>
        <translation>el saldo sea &amp;bajo</translation>
    </message>
    <message>
        <source>the subscription &amp;expires</source>
        <translation>la suscripción &amp;caduque</translation>
    </message>
    <message>
        <source>the &amp;key is rejected</source>
        <translation>se &amp;rechace la clave</translation>
    </message>
    <message>
        <source>the account cannot be checked for &amp;more than</source>
        <translation>no se pueda comprobar la cuenta durante &amp;más de</translation>
    </message>
    <message>
        <source>Grace period before an unreachable account is announced, in minutes</source>
        <translation>Margen antes de avisar de una cuenta inaccesible, en minutos</translation>
    </message>
    <message>
        <source>everything is fine &amp;again</source>
        <translation>todo vuelva a ir &amp;bien</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL base de la API</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>Tiempo de espera de conexión en segundos</translation>
    </message>
    <message>
        <source>Read timeout in seconds</source>
        <translation>Tiempo de espera de lectura en segundos</translation>
    </message>
    <message>
        <source>Deadline for a whole check in seconds</source>
        <translation>Límite para una comprobación completa en segundos</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>Espera de &amp;conexión:</translation>
    </message>
    <message>
        <source>Rea&amp;d timeout:</source>
        <translation>Espera de &amp;lectura:</translation>
    </message>
    <message>
        <source>Whole check &amp;gives up after:</source>
        <translation>&amp;Abandonar la comprobación tras:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Key storage: {name}</source>
        <translation>Almacén de claves: {name}</translation>
    </message>
    <message>
        <source>Type your Project API key first.</source>
        <translation>Escriba primero su clave de Project API.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>the test failed ({error})</source>
        <translation>la prueba falló ({error})</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>No se pudo guardar la configuración: {error}</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {error}</source>
        <translation>No se pudo cambiar el inicio con la sesión: {error}</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Monochrome light (for dark panels)</source>
        <translation>Monocromo claro (para paneles oscuros)</translation>
    </message>
    <message>
        <source>Monochrome dark (for light panels)</source>
        <translation>Monocromo oscuro (para paneles claros)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome!&lt;/b&gt; Paste your SE Ranking &lt;b&gt;Project API key&lt;/b&gt; to start watching your balance and subscription — or try the demo first.</source>
        <translation>&lt;b&gt;¡Bienvenido!&lt;/b&gt; Pegue su &lt;b&gt;clave de Project API&lt;/b&gt; de SE Ranking para empezar a vigilar su saldo y su suscripción — o pruebe antes la demo.</translation>
    </message>
    <message>
        <source>the keyring failed ({error})</source>
        <translation>falló el almacén de claves ({error})</translation>
    </message>
    <message>
        <source>The key could not be removed: {error}</source>
        <translation>No se pudo eliminar la clave: {error}</translation>
    </message>
    <message>
        <source>The key could not be saved in the keyring: {error} The other settings were saved. You can keep the key for this session only (it is not written anywhere).</source>
        <translation>No se pudo guardar la clave en el almacén de claves: {error} El resto de la configuración se guardó. Puede conservar la clave solo para esta sesión (no se escribe en ningún sitio).</translation>
    </message>
    <message>
        <source>Automatic (the system&apos;s language)</source>
        <translation>Automático (idioma del sistema)</translation>
    </message>
    <message>
        <source>SE Ranking profile</source>
        <translation>Perfil de SE Ranking</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>SE Ranking Tray (Demo)</source>
        <translation>SE Ranking Tray (Demo)</translation>
    </message>
    <message>
        <source>Demo — a built-in sample account</source>
        <translation>Demo — una cuenta de ejemplo integrada</translation>
    </message>
    <message>
        <source>Not set up: add your Project API key</source>
        <translation>Sin configurar: añada su clave de Project API</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Account…</source>
        <translation>Cuenta…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Snooze notifications</source>
        <translation>Silenciar notificaciones</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <source>For 8 hours</source>
        <translation>Durante 8 horas</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <source>Resume notifications</source>
        <translation>Reanudar notificaciones</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Notifications snoozed until {time}</source>
        <translation>Notificaciones silenciadas hasta las {time}</translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>Actualizar todo</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>SE Ranking account</source>
        <translation>Cuenta de SE Ranking</translation>
    </message>
    <message>
        <source>≈ used up by now (forecast for {date})</source>
        <translation>≈ ya agotado (previsión para el {date})</translation>
    </message>
    <message>
        <source>≈ less than a day left (until {date})</source>
        <translation>≈ queda menos de un día (hasta el {date})</translation>
    </message>
    <message numerus="yes">
        <source>≈ %n day(s) left (until {date})</source>
        <translation>
            <numerusform>≈ queda %n día (hasta el {date})</numerusform>
            <numerusform>≈ quedan %n días (hasta el {date})</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} — checking…</source>
        <translation>{name} — comprobando…</translation>
    </message>
    <message>
        <source>{name} — cannot check: {problem}</source>
        <translation>{name} — no se puede comprobar: {problem}</translation>
    </message>
    <message>
        <source>{name} — cannot check: {problem} · last known {figures} (stale, {age})</source>
        <translation>{name} — no se puede comprobar: {problem} · último dato {figures} (sin actualizar, {age})</translation>
    </message>
    <message>
        <source>last known (stale, updated {age})</source>
        <translation>último dato conocido (sin actualizar, de {age})</translation>
    </message>
    <message>
        <source>updated {age}</source>
        <translation>actualizado {age}</translation>
    </message>
    <message>
        <source>Renew in SE Ranking</source>
        <translation>Renovar en SE Ranking</translation>
    </message>
    <message>
        <source>This looks like a Data API key (a UUID): it shows the API credits and their expiry. The balance and the subscription need the Project API key: 40 hexadecimal characters, found in SE Ranking under Settings → API.</source>
        <translation>Parece una clave de Data API (un UUID): muestra los créditos de API y su caducidad. El saldo y la suscripción requieren la clave de Project API: 40 caracteres hexadecimales, en SE Ranking, en Settings → API.</translation>
    </message>
    <message>
        <source>A Project API key is 40 hexadecimal characters (0–9, a–f); this one does not look like one.</source>
        <translation>Una clave de Project API tiene 40 caracteres hexadecimales (0–9, a–f); esta no lo parece.</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
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
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>until {date} ({left})</source>
        <translation>hasta el {date} ({left})</translation>
    </message>
    <message>
        <source>API credits: no credit subscription</source>
        <translation>Créditos de API: sin suscripción de créditos</translation>
    </message>
    <message>
        <source>API credits {figures}</source>
        <translation>Créditos de API {figures}</translation>
    </message>
    <message>
        <source>{left} of {limit}</source>
        <translation>{left} de {limit}</translation>
    </message>
    <message>
        <source>disabled on {date}</source>
        <translation>desactivados el {date}</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivados</translation>
    </message>
    <message>
        <source>inactive on {date}</source>
        <translation>inactivos desde el {date}</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactivos</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>caducados el {date}</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducados</translation>
    </message>
    <message>
        <source>is disabled</source>
        <translation>está desactivada</translation>
    </message>
    <message>
        <source>is inactive</source>
        <translation>está inactiva</translation>
    </message>
    <message>
        <source>ended on {date}</source>
        <translation>terminó el {date}</translation>
    </message>
    <message>
        <source>has ended</source>
        <translation>ha terminado</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>caduca hoy</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>caduca en %n día</numerusform>
            <numerusform>caduca en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a day</source>
        <translation>menos de un día</translation>
    </message>
    <message>
        <source>Renew it in SE Ranking: rank checks stop until then.</source>
        <translation>Renuévela en SE Ranking: hasta entonces se detienen las comprobaciones de posiciones.</translation>
    </message>
    <message>
        <source>The API credit subscription {ended} — renew it in SE Ranking.</source>
        <translation>La suscripción de créditos de API {ended} — renuévela en SE Ranking.</translation>
    </message>
    <message>
        <source>No meter to read.</source>
        <translation>No hay ningún indicador que leer.</translation>
    </message>
    <message>
        <source>{0} is below your threshold of {1} — top up in SE Ranking.</source>
        <translation>El saldo de {0} está por debajo de su umbral de {1} — recargue en SE Ranking.</translation>
    </message>
    <message>
        <source>{left} of {limit} left, under {percent} % of the limit — buy more in SE Ranking.</source>
        <translation>Quedan {left} de {limit}, menos del {percent} % del límite — compre más en SE Ranking.</translation>
    </message>
    <message>
        <source>API credits {left} run out in about {days} at {spend} a day — buy more.</source>
        <translation>Los créditos de API ({left}) se agotan en unos {days} a {spend} al día — compre más.</translation>
    </message>
    <message>
        <source>{0} lasts less than a day more at {1} a day — top up in SE Ranking.</source>
        <translation>El saldo de {0} no durará ni un día a {1} al día — recargue en SE Ranking.</translation>
    </message>
    <message>
        <source>{0} lasts about {days} more at {1} a day — top up in SE Ranking.</source>
        <translation>El saldo de {0} durará unos {days} más a {1} al día — recargue en SE Ranking.</translation>
    </message>
    <message>
        <source>The API credit subscription expires in {days} — renew it in SE Ranking.</source>
        <translation>La suscripción de créditos de API caduca en {days} — renuévela en SE Ranking.</translation>
    </message>
    <message>
        <source>The API credit subscription expires today — renew it in SE Ranking.</source>
        <translation>La suscripción de créditos de API caduca hoy — renuévela en SE Ranking.</translation>
    </message>
    <message>
        <source>Pay per check</source>
        <translation>Pago por comprobación</translation>
    </message>
    <message>
        <source>{type} expired</source>
        <translation>{type} caducada</translation>
    </message>
    <message>
        <source>{type} active</source>
        <translation>{type} activa</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Balance {amount}</source>
        <translation>Saldo {amount}</translation>
    </message>
    <message>
        <source>{name}: SE Ranking account is fine again</source>
        <translation>{name}: la cuenta de SE Ranking vuelve a estar bien</translation>
    </message>
    <message>
        <source>{name}: SE Ranking balance is low</source>
        <translation>{name}: el saldo de SE Ranking es bajo</translation>
    </message>
    <message>
        <source>Balance {balance} is below your threshold of {threshold}. Top up in SE Ranking.</source>
        <translation>El saldo {balance} está por debajo de su umbral de {threshold}. Recargue en SE Ranking.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking balance is running low</source>
        <translation>{name}: el saldo de SE Ranking se está agotando</translation>
    </message>
    <message>
        <source>{name}: SE Ranking API credits are low</source>
        <translation>{name}: quedan pocos créditos de API en SE Ranking</translation>
    </message>
    <message>
        <source>API credits</source>
        <translation>Créditos de API</translation>
    </message>
    <message>
        <source>{left} — under {percent} % of the limit left; buy more in SE Ranking.</source>
        <translation>{left} — queda menos del {percent} % del límite; compre más en SE Ranking.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking API credit subscription {expires}</source>
        <translation>{name}: la suscripción de créditos de API de SE Ranking {expires}</translation>
    </message>
    <message>
        <source>{credits}. Renew it in SE Ranking.</source>
        <translation>{credits}. Renuévela en SE Ranking.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking API credits expired</source>
        <translation>{name}: los créditos de API de SE Ranking han caducado</translation>
    </message>
    <message>
        <source>{name}: SE Ranking subscription expired</source>
        <translation>{name}: la suscripción de SE Ranking ha caducado</translation>
    </message>
    <message>
        <source>{name}: SE Ranking rejected the API key</source>
        <translation>{name}: SE Ranking rechazó la clave de API</translation>
    </message>
    <message>
        <source>{problem}. Open Settings to enter the Project API key.</source>
        <translation>{problem}. Abra Configuración para introducir la clave de Project API.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking account cannot be checked</source>
        <translation>{name}: no se puede comprobar la cuenta de SE Ranking</translation>
    </message>
    <message numerus="yes">
        <source>No answer for %n min: {problem}. Last known balance: {balance}.</source>
        <translation>
            <numerusform>Sin respuesta desde hace %n min: {problem}. Último saldo conocido: {balance}.</numerusform>
            <numerusform>Sin respuesta desde hace %n min: {problem}. Último saldo conocido: {balance}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer for %n min: {problem}.</source>
        <translation>
            <numerusform>Sin respuesta desde hace %n min: {problem}.</numerusform>
            <numerusform>Sin respuesta desde hace %n min: {problem}.</numerusform>
        </translation>
    </message>
    <message>
        <source>All fine</source>
        <translation>Todo bien</translation>
    </message>
    <message>
        <source>Running low</source>
        <translation>Se está agotando</translation>
    </message>
    <message>
        <source>Low balance</source>
        <translation>Saldo bajo</translation>
    </message>
    <message>
        <source>API credits low</source>
        <translation>Pocos créditos de API</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Caduca pronto</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Subscription expired</source>
        <translation>Suscripción caducada</translation>
    </message>
    <message>
        <source>Cannot check the account</source>
        <translation>No se puede comprobar la cuenta</translation>
    </message>
    <message>
        <source>The key was rejected</source>
        <translation>Se rechazó la clave</translation>
    </message>
    <message>
        <source>SE Ranking refused the key (payment required)</source>
        <translation>SE Ranking rechazó la clave (pago requerido)</translation>
    </message>
    <message>
        <source>No network connection to SE Ranking</source>
        <translation>Sin conexión de red con SE Ranking</translation>
    </message>
    <message>
        <source>SE Ranking did not answer in time</source>
        <translation>SE Ranking no respondió a tiempo</translation>
    </message>
    <message>
        <source>SE Ranking&apos;s server had a problem</source>
        <translation>El servidor de SE Ranking tuvo un problema</translation>
    </message>
    <message>
        <source>Too many requests — try again in a minute</source>
        <translation>Demasiadas solicitudes — vuelva a intentarlo en un minuto</translation>
    </message>
    <message>
        <source>Unexpected answer from the API</source>
        <translation>Respuesta inesperada de la API</translation>
    </message>
    <message>
        <source>Configuration problem</source>
        <translation>Problema de configuración</translation>
    </message>
    <message>
        <source>Not found at this address — SE Ranking may have retired it, or the API URL is wrong</source>
        <translation>No se encontró en esta dirección — puede que SE Ranking lo haya retirado o que la URL de la API sea incorrecta</translation>
    </message>
    <message>
        <source>The check failed</source>
        <translation>La comprobación falló</translation>
    </message>
    <message>
        <source> (it looks like a Data API key)</source>
        <translation> (parece una clave de Data API)</translation>
    </message>
    <message>
        <source>{subscription} (balance {amount})</source>
        <translation>{subscription} (saldo {amount})</translation>
    </message>
    <message>
        <source>Sub-accounts and projects are not available for this key.</source>
        <translation>Las subcuentas y los proyectos no están disponibles con esta clave.</translation>
    </message>
    <message>
        <source>Sub-accounts and projects: not read yet.</source>
        <translation>Subcuentas y proyectos: aún sin leer.</translation>
    </message>
    <message>
        <source>Sub-accounts are not available for this key (a sub-account&apos;s key, or no such plan).</source>
        <translation>Las subcuentas no están disponibles con esta clave (es la clave de una subcuenta o el plan no las incluye).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-account(s)</source>
        <translation>
            <numerusform>%Ln subcuenta</numerusform>
            <numerusform>%Ln subcuentas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln proyecto</numerusform>
            <numerusform>%Ln proyectos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> y %Ln más</numerusform>
            <numerusform> y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>blocked by limits</source>
        <translation>bloqueada por límites</translation>
    </message>
    <message>
        <source>working</source>
        <translation>funcionando</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-account(s) blocked by limits: {names}{more}</source>
        <translation>
            <numerusform>%Ln subcuenta bloqueada por límites: {names}{more}</numerusform>
            <numerusform>%Ln subcuentas bloqueadas por límites: {names}{more}</numerusform>
        </translation>
    </message>
    <message>
        <source>{sub_accounts} — none blocked</source>
        <translation>{sub_accounts} — ninguna bloqueada</translation>
    </message>
    <message numerus="yes">
        <source>{sub_accounts} — %Ln blocked by limits: {names}{more}</source>
        <translation>
            <numerusform>{sub_accounts} — %Ln bloqueada por límites: {names}{more}</numerusform>
            <numerusform>{sub_accounts} — %Ln bloqueadas por límites: {names}{more}</numerusform>
        </translation>
    </message>
    <message>
        <source>keywords unknown</source>
        <translation>palabras clave desconocidas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln keyword(s)</source>
        <translation>
            <numerusform>%Ln palabra clave</numerusform>
            <numerusform>%Ln palabras clave</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active</source>
        <translation>
            <numerusform>%Ln activo</numerusform>
            <numerusform>%Ln activos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-account(s) blocked</source>
        <translation>
            <numerusform>%Ln subcuenta bloqueada</numerusform>
            <numerusform>%Ln subcuentas bloqueadas</numerusform>
        </translation>
    </message>
    <message>
        <source>{account}: sub-account {name} is blocked by limits</source>
        <translation>{account}: la subcuenta {name} está bloqueada por límites</translation>
    </message>
    <message>
        <source>{sub_account} has stopped working: it reached its limits. Raise them in SE Ranking.</source>
        <translation>{sub_account} ha dejado de funcionar: alcanzó sus límites. Auméntelos en SE Ranking.</translation>
    </message>
    <message numerus="yes">
        <source>{account}: %Ln sub-accounts are blocked by limits</source>
        <translation>
            <numerusform>{account}: %Ln subcuenta está bloqueada por límites</numerusform>
            <numerusform>{account}: %Ln subcuentas están bloqueadas por límites</numerusform>
        </translation>
    </message>
    <message>
        <source>{blocked}. They have stopped working: raise their limits in SE Ranking.</source>
        <translation>{blocked}. Han dejado de funcionar: aumente sus límites en SE Ranking.</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Una cuenta necesita un nombre.</translation>
    </message>
    <message>
        <source>The name {name} is reserved for the {variable} account.</source>
        <translation>El nombre {name} está reservado para la cuenta de {variable}.</translation>
    </message>
    <message>
        <source>There is already an account named {name}.</source>
        <translation>Ya existe una cuenta llamada {name}.</translation>
    </message>
    <message>
        <source>The API URL {url} is not a valid URL.</source>
        <translation>La URL de la API {url} no es una URL válida.</translation>
    </message>
    <message>
        <source>The API URL {url} must start with https:// and name a host.</source>
        <translation>La URL de la API {url} debe empezar por https:// e indicar un host.</translation>
    </message>
    <message>
        <source>The API URL must not contain credentials, a query or a fragment.</source>
        <translation>La URL de la API no debe contener credenciales, una consulta ni un fragmento.</translation>
    </message>
    <message>
        <source>The API URL {url} uses plain http://, which is only allowed for this machine (localhost, 127.0.0.1, ::1); use https://.</source>
        <translation>La URL de la API {url} usa http:// sin cifrar, que solo se permite para este equipo (localhost, 127.0.0.1, ::1); use https://.</translation>
    </message>
    <message>
        <source>This key is already the key of the account {name}.</source>
        <translation>Esta clave ya es la clave de la cuenta {name}.</translation>
    </message>
    <message>
        <source>The last account cannot be removed; delete its key with `key delete` instead.</source>
        <translation>No se puede eliminar la última cuenta; borre su clave con `key delete` en su lugar.</translation>
    </message>
    <message>
        <source>No API key is set. Add your Project API key in Settings, store it with `seranking-tray key set`, or set SERANKING_API_KEY.</source>
        <translation>No hay ninguna clave de API configurada. Añada su clave de Project API en Configuración, guárdela con `seranking-tray key set` o defina SERANKING_API_KEY.</translation>
    </message>
    <message>
        <source>No complete answer within {seconds} s.</source>
        <translation>No se recibió una respuesta completa en {seconds} s.</translation>
    </message>
    <message>
        <source>The answer from {path} is larger than {size} bytes.</source>
        <translation>La respuesta de {path} ocupa más de {size} bytes.</translation>
    </message>
    <message>
        <source>The picture&apos;s address is not valid; not loaded.</source>
        <translation>La dirección de la foto no es válida; no se cargó.</translation>
    </message>
    <message>
        <source>The picture could not be loaded ({status}).</source>
        <translation>No se pudo cargar la foto ({status}).</translation>
    </message>
    <message>
        <source>The picture is not an image.</source>
        <translation>La foto no es una imagen.</translation>
    </message>
    <message>
        <source>The picture is larger than 1 MB.</source>
        <translation>La foto ocupa más de 1 MB.</translation>
    </message>
    <message>
        <source>The picture is larger than 1 MB or too slow.</source>
        <translation>La foto ocupa más de 1 MB o tarda demasiado.</translation>
    </message>
    <message>
        <source>The picture redirects too many times.</source>
        <translation>La foto redirige demasiadas veces.</translation>
    </message>
    <message>
        <source>No API key is set.</source>
        <translation>No hay ninguna clave de API configurada.</translation>
    </message>
    <message>
        <source>The lists were not read within {seconds} s.</source>
        <translation>Las listas no se leyeron en {seconds} s.</translation>
    </message>
    <message>
        <source>The answer from {path} is larger than 16 MiB.</source>
        <translation>La respuesta de {path} ocupa más de 16 MiB.</translation>
    </message>
    <message>
        <source>The picture&apos;s address is not https; not loaded.</source>
        <translation>La dirección de la foto no es https; no se cargó.</translation>
    </message>
    <message>
        <source>The answer from {path} is not UTF-8 text.</source>
        <translation>La respuesta de {path} no es texto UTF-8.</translation>
    </message>
    <message>
        <source>The answer from {path} is empty.</source>
        <translation>La respuesta de {path} está vacía.</translation>
    </message>
    <message>
        <source>The answer from {path} is not valid JSON.</source>
        <translation>La respuesta de {path} no es JSON válido.</translation>
    </message>
    <message>
        <source>SE Ranking rejected the API key{said}.</source>
        <translation>SE Ranking rechazó la clave de API{said}.</translation>
    </message>
    <message>
        <source>SE Ranking refused the request: payment required{said}. The plan may not include the API, or the key is not linked yet.</source>
        <translation>SE Ranking rechazó la solicitud: pago requerido{said}. Puede que el plan no incluya la API o que la clave aún no esté vinculada.</translation>
    </message>
    <message>
        <source>Too many requests to SE Ranking{said}.</source>
        <translation>Demasiadas solicitudes a SE Ranking{said}.</translation>
    </message>
    <message>
        <source>SE Ranking&apos;s server had a problem ({status}){said}.</source>
        <translation>El servidor de SE Ranking tuvo un problema ({status}){said}.</translation>
    </message>
    <message>
        <source>The API answered {path} with a redirect ({status}); not followed. Is the API URL right?</source>
        <translation>La API respondió a {path} con una redirección ({status}); no se siguió. ¿Es correcta la URL de la API?</translation>
    </message>
    <message>
        <source>{path} was not found at this address ({status}) — SE Ranking may have retired it, or the API URL is wrong.</source>
        <translation>No se encontró {path} en esta dirección ({status}) — puede que SE Ranking lo haya retirado o que la URL de la API sea incorrecta.</translation>
    </message>
    <message>
        <source>Unexpected answer {status} from {path}{said}.</source>
        <translation>Respuesta inesperada {status} de {path}{said}.</translation>
    </message>
    <message>
        <source>Unexpected failure reading {path}.</source>
        <translation>Error inesperado al leer {path}.</translation>
    </message>
    <message>
        <source>SE Ranking did not answer in time.</source>
        <translation>SE Ranking no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The connection to SE Ranking dropped in the middle of an answer.</source>
        <translation>La conexión con SE Ranking se cortó en mitad de una respuesta.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to SE Ranking could not be made.</source>
        <translation>No se pudo establecer una conexión segura (TLS) con SE Ranking.</translation>
    </message>
    <message>
        <source>Connecting to SE Ranking timed out.</source>
        <translation>Se agotó el tiempo de espera al conectar con SE Ranking.</translation>
    </message>
    <message>
        <source>SE Ranking&apos;s address could not be resolved (offline?).</source>
        <translation>No se pudo resolver la dirección de SE Ranking (¿sin conexión?).</translation>
    </message>
    <message>
        <source>The connection to SE Ranking was refused.</source>
        <translation>Se rechazó la conexión con SE Ranking.</translation>
    </message>
    <message>
        <source>The connection to SE Ranking failed or was reset.</source>
        <translation>La conexión con SE Ranking falló o se restableció.</translation>
    </message>
    <message>
        <source>Network problem talking to SE Ranking ({error}).</source>
        <translation>Problema de red al comunicarse con SE Ranking ({error}).</translation>
    </message>
    <message>
        <source>The settings file could not be read, so it is not changed.</source>
        <translation>No se pudo leer el archivo de configuración, así que no se ha modificado.</translation>
    </message>
    <message>
        <source>No API key is set for {account}.</source>
        <translation>No hay ninguna clave de API configurada para {account}.</translation>
    </message>
    <message>
        <source>field {field} is missing</source>
        <translation>falta el campo {field}</translation>
    </message>
    <message>
        <source>field {field} is empty</source>
        <translation>el campo {field} está vacío</translation>
    </message>
    <message>
        <source>field {field} is not a finite number</source>
        <translation>el campo {field} no es un número finito</translation>
    </message>
    <message>
        <source>field {field} is not an object</source>
        <translation>el campo {field} no es un objeto</translation>
    </message>
    <message>
        <source>field {field} should be a number</source>
        <translation>el campo {field} debería ser un número</translation>
    </message>
    <message>
        <source>field {field} should be a number, got {got}</source>
        <translation>el campo {field} debería ser un número, pero se recibió {got}</translation>
    </message>
    <message>
        <source>field {field} should be a whole number, got {got}</source>
        <translation>el campo {field} debería ser un número entero, pero se recibió {got}</translation>
    </message>
    <message>
        <source>field {field} should be a number of credits, got {got}</source>
        <translation>el campo {field} debería ser un número de créditos, pero se recibió {got}</translation>
    </message>
    <message>
        <source>field {field} should be text</source>
        <translation>el campo {field} debería ser texto</translation>
    </message>
    <message>
        <source>field {field} should be text, got {got}</source>
        <translation>el campo {field} debería ser texto, pero se recibió {got}</translation>
    </message>
    <message>
        <source>field {field} should be true or false, got {got}</source>
        <translation>el campo {field} debería ser verdadero o falso, pero se recibió {got}</translation>
    </message>
    <message>
        <source>field {field} should be a date, got {got}</source>
        <translation>el campo {field} debería ser una fecha, pero se recibió {got}</translation>
    </message>
    <message>
        <source>field {field} should be an object, got {got}</source>
        <translation>el campo {field} debería ser un objeto, pero se recibió {got}</translation>
    </message>
    <message>
        <source>field {field} should be a list, got {got}</source>
        <translation>el campo {field} debería ser una lista, pero se recibió {got}</translation>
    </message>
    <message>
        <source>an entry of {field} is not an object</source>
        <translation>una entrada de {field} no es un objeto</translation>
    </message>
    <message>
        <source>a project is not an object</source>
        <translation>un proyecto no es un objeto</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>expected a JSON object, got {got}</source>
        <translation>se esperaba un objeto JSON, pero se recibió {got}</translation>
    </message>
    <message>
        <source>expected a JSON object or list, got {got}</source>
        <translation>se esperaba un objeto JSON o una lista, pero se recibió {got}</translation>
    </message>
    <message>
        <source>Unexpected answer from {path}: {detail}</source>
        <translation>Respuesta inesperada de {path}: {detail}</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un valor booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>Another check with the same key did not finish in time.</source>
        <translation>Otra comprobación con la misma clave no terminó a tiempo.</translation>
    </message>
    <message>
        <source>Cannot start a new balance history at {path}: {error}</source>
        <translation>No se puede crear un nuevo historial del saldo en {path}: {error}</translation>
    </message>
    <message>
        <source>Cannot open the balance history {path}: {error}</source>
        <translation>No se puede abrir el historial del saldo {path}: {error}</translation>
    </message>
    <message>
        <source>Cannot use the balance history {path}: {error}</source>
        <translation>No se puede usar el historial del saldo {path}: {error}</translation>
    </message>
    <message>
        <source>The balance history could not be used: {error}</source>
        <translation>No se pudo usar el historial del saldo: {error}</translation>
    </message>
    <message>
        <source>The balance history {path} could not be read ({reason}); it was kept as {aside} and a new one started.</source>
        <translation>No se pudo leer el historial del saldo {path} ({reason}); se conservó como {aside} y se empezó uno nuevo.</translation>
    </message>
    <message>
        <source>{problem}. Balance history is off until the app restarts.</source>
        <translation>{problem}. El historial del saldo queda desactivado hasta que se reinicie la aplicación.</translation>
    </message>
    <message>
        <source>The balance history was written by a newer version of SE Ranking Tray (schema {version}, this version knows {known}); it is left as it is</source>
        <translation>El historial del saldo lo escribió una versión más reciente de SE Ranking Tray (esquema {version}, esta versión conoce hasta el {known}); se deja como está</translation>
    </message>
    <message>
        <source>opening the keyring</source>
        <translation>al abrir el almacén de claves</translation>
    </message>
    <message>
        <source>reading the API key</source>
        <translation>al leer la clave de API</translation>
    </message>
    <message>
        <source>saving the key</source>
        <translation>al guardar la clave</translation>
    </message>
    <message>
        <source>removing the API key</source>
        <translation>al eliminar la clave de API</translation>
    </message>
    <message>
        <source>The keyring is locked; unlock it and try again.</source>
        <translation>El almacén de claves está bloqueado; desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keyring did not answer within {seconds} s while {what}; is it locked?</source>
        <translation>El almacén de claves no respondió en {seconds} s {what}; ¿está bloqueado?</translation>
    </message>
    <message>
        <source>No keyring is available to hold the API key (no Secret Service, KWallet, Keychain or Credential Manager was found). Set {variable} instead, or start a keyring service.</source>
        <translation>No hay ningún almacén de claves disponible para guardar la clave de API (no se encontró Secret Service, KWallet, Keychain ni Credential Manager). Defina {variable} en su lugar o inicie un servicio de almacén de claves.</translation>
    </message>
    <message>
        <source>The keyring is locked; unlock it and try again ({what}).</source>
        <translation>El almacén de claves está bloqueado; desbloquéelo y vuelva a intentarlo ({what}).</translation>
    </message>
    <message>
        <source>The keyring could not be opened ({what}); it may be locked. Unlock it and try again.</source>
        <translation>No se pudo abrir el almacén de claves ({what}); puede que esté bloqueado. Desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keyring failed while {what} ({error}).</source>
        <translation>El almacén de claves falló {what} ({error}).</translation>
    </message>
    <message>
        <source>The keyring backend {backend} stores secrets unencrypted; SE Ranking Tray will not keep the key there.</source>
        <translation>El backend {backend} del almacén de claves guarda los secretos sin cifrar; SE Ranking Tray no guardará la clave ahí.</translation>
    </message>
    <message>
        <source>unavailable — {why}</source>
        <translation>no disponible — {why}</translation>
    </message>
    <message>
        <source>No account is configured in the settings.</source>
        <translation>No hay ninguna cuenta en la configuración.</translation>
    </message>
    <message>
        <source>Setting &apos;language&apos; = {value} is not a known language; using {default}.</source>
        <translation>El ajuste &apos;language&apos; = {value} no es un idioma conocido; se usa {default}.</translation>
    </message>
    <message>
        <source>Setting {name} = {value} is not one of {choices}; using {default}.</source>
        <translation>El ajuste {name} = {value} no está entre {choices}; se usa {default}.</translation>
    </message>
    <message>
        <source>Setting {name} = {value} is out of range; using {clamped}.</source>
        <translation>El ajuste {name} = {value} está fuera de rango; se usa {clamped}.</translation>
    </message>
    <message>
        <source>Setting {name} has an invalid value {value}; using the default {default}.</source>
        <translation>El ajuste {name} tiene un valor no válido {value}; se usa el valor predeterminado {default}.</translation>
    </message>
    <message>
        <source>Ignoring the account {account} in the settings: it needs an id of its own.</source>
        <translation>Se ignora la cuenta {account} de la configuración: necesita un ID propio.</translation>
    </message>
    <message>
        <source>Ignoring the api_url {url} of the account {account}: it is not text.</source>
        <translation>Se ignora el api_url {url} de la cuenta {account}: no es texto.</translation>
    </message>
    <message>
        <source>Ignoring the rules {rules} of the account {account}: not an object.</source>
        <translation>Se ignoran las reglas {rules} de la cuenta {account}: no son un objeto.</translation>
    </message>
    <message>
        <source>Cannot read the settings file {path}: {error}; using defaults.</source>
        <translation>No se puede leer el archivo de configuración {path}: {error}; se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it was kept as {aside}. Using defaults.</source>
        <translation>El archivo de configuración {path} está dañado ({error}); se conservó como {aside}. Se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it could not be moved aside. Using defaults.</source>
        <translation>El archivo de configuración {path} está dañado ({error}); no se pudo apartar. Se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>Cannot save the account list to the settings file: {error}.</source>
        <translation>No se puede guardar la lista de cuentas en el archivo de configuración: {error}.</translation>
    </message>
</context>
</TS>
