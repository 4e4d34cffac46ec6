<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>Ui</name>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Додати акаунт</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Назва акаунта</translation>
    </message>
    <message>
        <source>Project API key</source>
        <translation>Ключ Project API</translation>
    </message>
    <message>
        <source>API URL (optional)</source>
        <translation>URL API (необов’язково)</translation>
    </message>
    <message>
        <source>Data API URL (optional)</source>
        <translation>URL Data API (необов’язково)</translation>
    </message>
    <message>
        <source>the default Data API</source>
        <translation>Data API за замовчуванням</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>Project API &amp;key:</source>
        <translation>&amp;Ключ Project API:</translation>
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
        <translation>Введіть ключ Project API акаунта.</translation>
    </message>
    <message>
        <source>Rename {label}</source>
        <translation>Перейменувати {label}</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Перейменувати</translation>
    </message>
    <message>
        <source>New account name</source>
        <translation>Нова назва акаунта</translation>
    </message>
    <message>
        <source>Remove {label}</source>
        <translation>Вилучити {label}</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Вилучити</translation>
    </message>
    <message>
        <source>Remove the account “{label}” and delete its key from the keyring?</source>
        <translation>Вилучити акаунт «{label}» і видалити його ключ зі сховища ключів?</translation>
    </message>
    <message>
        <source>Also delete its &amp;history</source>
        <translation>Видалити також його &amp;історію</translation>
    </message>
    <message>
        <source>Also delete its history</source>
        <translation>Видалити також його історію</translation>
    </message>
    <message>
        <source>{amount} credits</source>
        <translation>{amount} кредитів</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>Демо-акаунт</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Акаунт</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Зображення профілю</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Стан:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Баланс:</translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation>Підписка:</translation>
    </message>
    <message>
        <source>API credits:</source>
        <translation>Кредити API:</translation>
    </message>
    <message>
        <source>Last update:</source>
        <translation>Оновлено:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>Balance over time</source>
        <translation>Баланс у часі</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Не налаштовано</translation>
    </message>
    <message>
        <source>Add your Project API key in Settings.</source>
        <translation>Додайте ключ Project API у налаштуваннях.</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Немає ключа API</translation>
    </message>
    <message>
        <source>SE Ranking account</source>
        <translation>Акаунт SE Ranking</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Перевірка…</translation>
    </message>
    <message>
        <source>{email} (verified)</source>
        <translation>{email} (підтверджено)</translation>
    </message>
    <message>
        <source>{email} (not verified)</source>
        <translation>{email} (не підтверджено)</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показати все</translation>
    </message>
    <message>
        <source>key in the keyring</source>
        <translation>ключ у сховищі ключів</translation>
    </message>
    <message>
        <source>key from SERANKING_API_KEY</source>
        <translation>ключ із SERANKING_API_KEY</translation>
    </message>
    <message>
        <source>key for this session only</source>
        <translation>ключ лише на цей сеанс</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>демо</translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>ключа ще немає</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>акаунт</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>Connected to {name} — balance {balance}</source>
        <translation>Під’єднано до {name} — баланс {balance}</translation>
    </message>
    <message>
        <source>{what} failed ({error}).</source>
        <translation>{what}: помилка ({error}).</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Акаунти</translation>
    </message>
    <message>
        <source>Changes to this list are saved at once. The rules below apply to the selected account.</source>
        <translation>Зміни в списку зберігаються одразу. Правила нижче стосуються вибраного акаунта.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Дода&amp;ти акаунт…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>П&amp;ерейменувати…</translation>
    </message>
    <message>
        <source>Rename the selected account</source>
        <translation>Перейменувати вибраний акаунт</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>Вил&amp;учити…</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>Вилучити вибраний акаунт</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>В&amp;гору</translation>
    </message>
    <message>
        <source>Move the selected account up</source>
        <translation>Перемістити вибраний акаунт вгору</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Вни&amp;з</translation>
    </message>
    <message>
        <source>Move the selected account down</source>
        <translation>Перемістити вибраний акаунт вниз</translation>
    </message>
    <message>
        <source>Te&amp;st account</source>
        <translation>Перевірити &amp;акаунт</translation>
    </message>
    <message>
        <source>Test the connection of the selected account</source>
        <translation>Перевірити з’єднання вибраного акаунта</translation>
    </message>
    <message>
        <source>Reading the accounts…</source>
        <translation>Читання акаунтів…</translation>
    </message>
    <message>
        <source>Accounts status</source>
        <translation>Стан акаунтів</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Warn when the balance runs out within this many days (0: never)</source>
        <translation>Попереджати, якщо баланс закінчиться протягом цієї кількості днів (0: ніколи)</translation>
    </message>
    <message>
        <source>Warn when it runs &amp;out within:</source>
        <translation>Попереджати, якщо &amp;закінчиться за:</translation>
    </message>
    <message>
        <source>problem: {problem}</source>
        <translation>проблема: {problem}</translation>
    </message>
    <message>
        <source>read-only, {detail}</source>
        <translation>лише читання, {detail}</translation>
    </message>
    <message>
        <source>Reading the accounts</source>
        <translation>Читання акаунтів</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <source>This account has no key yet.</source>
        <translation>Цей акаунт ще не має ключа.</translation>
    </message>
    <message>
        <source>Testing {account}…</source>
        <translation>Перевірка {account}…</translation>
    </message>
    <message>
        <source>The test</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Залишилось днів</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s) fine</source>
        <translation>
            <numerusform>ще %n в порядку</numerusform>
            <numerusform>ще %n в порядку</numerusform>
            <numerusform>ще %n в порядку</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) fine</source>
        <translation>
            <numerusform>%n акаунт в порядку</numerusform>
            <numerusform>%n акаунти в порядку</numerusform>
            <numerusform>%n акаунтів в порядку</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checking…</source>
        <translation>
            <numerusform>%n перевіряється…</numerusform>
            <numerusform>%n перевіряються…</numerusform>
            <numerusform>%n перевіряються…</numerusform>
        </translation>
    </message>
    <message>
        <source>No system tray was found, so SE Ranking Tray runs in this window. Closing it quits the app. (On GNOME, the AppIndicator extension adds a tray.)</source>
        <translation>Системний лоток не знайдено, тому SE Ranking Tray працює в цьому вікні. Закриття вікна завершує програму. (У GNOME лоток додає розширення AppIndicator.)</translation>
    </message>
    <message>
        <source> (top-up +{amount})</source>
        <translation> (поповнення +{amount})</translation>
    </message>
    <message>
        <source>Threshold {amount}</source>
        <translation>Поріг {amount}</translation>
    </message>
    <message>
        <source>Runs out {date}</source>
        <translation>Закінчиться {date}</translation>
    </message>
    <message>
        <source>Show {range}</source>
        <translation>Показати {range}</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 днів</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 днів</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 днів</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Усе</translation>
    </message>
    <message>
        <source>No balance history yet — the chart fills as checks run.</source>
        <translation>Історії балансу ще немає — графік заповниться під час перевірок.</translation>
    </message>
    <message>
        <source>First reading recorded: {balance} — the chart fills as checks run.</source>
        <translation>Перше значення записано: {balance} — графік заповниться під час перевірок.</translation>
    </message>
    <message>
        <source>No readings in the last {range} — choose a longer range.</source>
        <translation>Немає даних за останні {range} — виберіть довший період.</translation>
    </message>
    <message>
        <source>falling about {amount} a day</source>
        <translation>зменшується приблизно на {amount} на день</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>стабільний</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>зростає</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>зменшується</translation>
    </message>
    <message>
        <source>everything recorded</source>
        <translation>увесь час</translation>
    </message>
    <message>
        <source>the last {range}</source>
        <translation>останні {range}</translation>
    </message>
    <message>
        <source>Balance {last}, {trend}. Over {period}: from {first} to {last}</source>
        <translation>Баланс {last}, {trend}. За {period}: від {first} до {last}</translation>
    </message>
    <message numerus="yes">
        <source>, %n top-up(s)</source>
        <translation>
            <numerusform>, %n поповнення</numerusform>
            <numerusform>, %n поповнення</numerusform>
            <numerusform>, %n поповнень</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>По&amp;казати</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Показати ключ</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>Вилучити збережений ключ</translation>
    </message>
    <message>
        <source>40 hexadecimal characters, from SE Ranking → Settings → API. &lt;a href=&quot;{url}&quot;&gt;Where is my key?&lt;/a&gt;</source>
        <translation>40 шістнадцяткових символів, у SE Ranking: Settings → API. &lt;a href=&quot;{url}&quot;&gt;Де знайти ключ?&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Key storage: checking the keyring…</source>
        <translation>Сховище ключів: перевірка…</translation>
    </message>
    <message>
        <source>Set by the SERANKING_API_KEY environment variable</source>
        <translation>Задано змінною середовища SERANKING_API_KEY</translation>
    </message>
    <message>
        <source>A key is stored — type a new one to replace it</source>
        <translation>Ключ збережено — введіть новий, щоб замінити його</translation>
    </message>
    <message>
        <source>Paste your Project API key</source>
        <translation>Вставте ключ Project API</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>С&amp;ховати</translation>
    </message>
    <message>
        <source>The stored key will be removed when you save</source>
        <translation>Збережений ключ буде вилучено під час збереження</translation>
    </message>
    <message>
        <source>Keep for this session &amp;only</source>
        <translation>Зберігати лише на цей &amp;сеанс</translation>
    </message>
    <message>
        <source>Sub-accounts</source>
        <translation>Субакаунти</translation>
    </message>
    <message>
        <source>Meters</source>
        <translation>Показники</translation>
    </message>
    <message>
        <source>Project account (balance and subscription)</source>
        <translation>Project API (баланс і підписка)</translation>
    </message>
    <message>
        <source>Data API credits</source>
        <translation>Кредити Data API</translation>
    </message>
    <message>
        <source>Credits low under this share of the limit</source>
        <translation>Попереджати, коли кредитів менше за цю частку ліміту</translation>
    </message>
    <message>
        <source>Warn this many days before the credits expire (0: never)</source>
        <translation>Попереджати за стільки днів до закінчення кредитів (0: ніколи)</translation>
    </message>
    <message>
        <source>Credits low under:</source>
        <translation>Мало кредитів при:</translation>
    </message>
    <message>
        <source>Warn before expiry:</source>
        <translation>Попередити до закінчення:</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>Відкрити акаунт</translation>
    </message>
    <message>
        <source>Open SE Ranking</source>
        <translation>Відкрити SE Ranking</translation>
    </message>
    <message>
        <source>SE Ranking Tray (Demo) — </source>
        <translation>SE Ranking Tray (демо) — </translation>
    </message>
    <message>
        <source>SE Ranking Tray — set up: add your Project API key in Settings</source>
        <translation>SE Ranking Tray — налаштування: додайте ключ Project API у налаштуваннях</translation>
    </message>
    <message>
        <source>SE Ranking Tray — checking…</source>
        <translation>SE Ranking Tray — перевірка…</translation>
    </message>
    <message>
        <source>Balance: unknown</source>
        <translation>Баланс: невідомо</translation>
    </message>
    <message>
        <source>Balance: {amount}</source>
        <translation>Баланс: {amount}</translation>
    </message>
    <message>
        <source>{amount} (stale)</source>
        <translation>{amount} (застаріло)</translation>
    </message>
    <message>
        <source>Subscription: unknown</source>
        <translation>Підписка: невідомо</translation>
    </message>
    <message>
        <source>{credits} (stale)</source>
        <translation>{credits} (застаріло)</translation>
    </message>
    <message>
        <source>not watched</source>
        <translation>не відстежується</translation>
    </message>
    <message>
        <source>{problem}. Automatic refresh is paused until the key changes.</source>
        <translation>{problem}. Автооновлення призупинено до зміни ключа.</translation>
    </message>
    <message>
        <source>Updated {age}</source>
        <translation>Оновлено {age}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Спробувати &amp;демо</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Перевірити з’єднання</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>Sub-accounts and projects</source>
        <translation>Субакаунти та проєкти</translation>
    </message>
    <message>
        <source>Alert when a sub-account is &amp;blocked by limits</source>
        <translation>Попереджати, якщо субакаунт &amp;заблоковано лімітами</translation>
    </message>
    <message>
        <source>Alert when a sub-account is blocked by limits</source>
        <translation>Попереджати, якщо субакаунт заблоковано лімітами</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>Refresh interval for the sub-accounts and projects, in minutes</source>
        <translation>Інтервал оновлення субакаунтів і проєктів у хвилинах</translation>
    </message>
    <message>
        <source>Re&amp;fresh them every:</source>
        <translation>Оновлювати &amp;їх кожні:</translation>
    </message>
    <message>
        <source>Refresh interval in minutes</source>
        <translation>Інтервал оновлення у хвилинах</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Оновлювати кожні:</translation>
    </message>
    <message>
        <source>Low-balance threshold</source>
        <translation>Поріг низького балансу</translation>
    </message>
    <message>
        <source>&amp;Warn when the balance is below:</source>
        <translation>Попереджати, якщо баланс ни&amp;жче:</translation>
    </message>
    <message>
        <source>Tray icon style</source>
        <translation>Стиль значка в лотку</translation>
    </message>
    <message>
        <source>Tray &amp;icon:</source>
        <translation>Значок у &amp;лотку:</translation>
    </message>
    <message>
        <source>Start SE Ranking Tray when I log in</source>
        <translation>Запускати SE Ranking Tray під час входу в систему</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Запуск під час входу</translation>
    </message>
    <message>
        <source>Start at &amp;login:</source>
        <translation>&amp;Запуск під час входу:</translation>
    </message>
    <message>
        <source>Notify me when</source>
        <translation>Сповіщати, коли</translation>
    </message>
    <message>
        <source>the balance is &amp;low</source>
        <translation>&amp;баланс низький</translation>
    </message>
    <message>
        <source>the subscription &amp;expires</source>
        <translation>підписка зак&amp;інчується</translation>
    </message>
    <message>
        <source>the &amp;key is rejected</source>
        <translation>кл&amp;юч відхилено</translation>
    </message>
    <message>
        <source>the account cannot be checked for &amp;more than</source>
        <translation>акаунт &amp;недоступний довше ніж</translation>
    </message>
    <message>
        <source>Grace period before an unreachable account is announced, in minutes</source>
        <translation>Скільки хвилин чекати, перш ніж повідомити про недоступний акаунт</translation>
    </message>
    <message>
        <source>everything is fine &amp;again</source>
        <translation>усе знову в по&amp;рядку</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Додатково</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>Базова URL-адреса API</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>Тайм-аут з’єднання в секундах</translation>
    </message>
    <message>
        <source>Read timeout in seconds</source>
        <translation>Тайм-аут читання в секундах</translation>
    </message>
    <message>
        <source>Deadline for a whole check in seconds</source>
        <translation>Граничний час усієї перевірки в секундах</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>Тайм-аут з’&amp;єднання:</translation>
    </message>
    <message>
        <source>Rea&amp;d timeout:</source>
        <translation>Тайм-аут &amp;читання:</translation>
    </message>
    <message>
        <source>Whole check &amp;gives up after:</source>
        <translation>Лі&amp;міт усієї перевірки:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Key storage: {name}</source>
        <translation>Сховище ключів: {name}</translation>
    </message>
    <message>
        <source>Type your Project API key first.</source>
        <translation>Спочатку введіть ключ Project API.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Перевірка…</translation>
    </message>
    <message>
        <source>the test failed ({error})</source>
        <translation>перевірка не вдалася ({error})</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Не вдалося зберегти налаштування: {error}</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {error}</source>
        <translation>Не вдалося змінити запуск під час входу: {error}</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Кольоровий</translation>
    </message>
    <message>
        <source>Monochrome light (for dark panels)</source>
        <translation>Монохромний світлий (для темних панелей)</translation>
    </message>
    <message>
        <source>Monochrome dark (for light panels)</source>
        <translation>Монохромний темний (для світлих панелей)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome!&lt;/b&gt; Paste your SE Ranking &lt;b&gt;Project API key&lt;/b&gt; to start watching your balance and subscription — or try the demo first.</source>
        <translation>&lt;b&gt;Вітаємо!&lt;/b&gt; Вставте &lt;b&gt;ключ Project API&lt;/b&gt; SE Ranking, щоб стежити за балансом і підпискою, — або спершу спробуйте демо.</translation>
    </message>
    <message>
        <source>the keyring failed ({error})</source>
        <translation>помилка сховища ключів ({error})</translation>
    </message>
    <message>
        <source>The key could not be removed: {error}</source>
        <translation>Не вдалося вилучити ключ: {error}</translation>
    </message>
    <message>
        <source>The key could not be saved in the keyring: {error} The other settings were saved. You can keep the key for this session only (it is not written anywhere).</source>
        <translation>Не вдалося зберегти ключ у сховищі ключів: {error} Інші налаштування збережено. Можна зберігати ключ лише на цей сеанс (він ніде не записується).</translation>
    </message>
    <message>
        <source>Automatic (the system&apos;s language)</source>
        <translation>Автоматично (мова системи)</translation>
    </message>
    <message>
        <source>SE Ranking profile</source>
        <translation>Профіль SE Ranking</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Мов&amp;а:</translation>
    </message>
    <message>
        <source>SE Ranking Tray (Demo)</source>
        <translation>SE Ranking Tray (демо)</translation>
    </message>
    <message>
        <source>Demo — a built-in sample account</source>
        <translation>Демо — вбудований приклад акаунта</translation>
    </message>
    <message>
        <source>Not set up: add your Project API key</source>
        <translation>Не налаштовано: додайте ключ Project API</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Оновити зараз</translation>
    </message>
    <message>
        <source>Account…</source>
        <translation>Акаунт…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Налаштування…</translation>
    </message>
    <message>
        <source>Snooze notifications</source>
        <translation>Відкласти сповіщення</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>На 1 годину</translation>
    </message>
    <message>
        <source>For 8 hours</source>
        <translation>На 8 годин</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>До завтра</translation>
    </message>
    <message>
        <source>Resume notifications</source>
        <translation>Відновити сповіщення</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>Notifications snoozed until {time}</source>
        <translation>Сповіщення відкладено до {time}</translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>Оновити всі</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>SE Ranking account</source>
        <translation>Акаунт SE Ranking</translation>
    </message>
    <message>
        <source>≈ used up by now (forecast for {date})</source>
        <translation>≈ уже вичерпано (прогноз на {date})</translation>
    </message>
    <message>
        <source>≈ less than a day left (until {date})</source>
        <translation>≈ залишилося менше доби (до {date})</translation>
    </message>
    <message numerus="yes">
        <source>≈ %n day(s) left (until {date})</source>
        <translation>
            <numerusform>≈ залишився %n день (до {date})</numerusform>
            <numerusform>≈ залишилося %n дні (до {date})</numerusform>
            <numerusform>≈ залишилося %n днів (до {date})</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>щойно</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n хв тому</numerusform>
            <numerusform>%n хв тому</numerusform>
            <numerusform>%n хв тому</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n год тому</numerusform>
            <numerusform>%n год тому</numerusform>
            <numerusform>%n год тому</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день тому</numerusform>
            <numerusform>%n дні тому</numerusform>
            <numerusform>%n днів тому</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} — checking…</source>
        <translation>{name} — перевірка…</translation>
    </message>
    <message>
        <source>{name} — cannot check: {problem}</source>
        <translation>{name} — не вдається перевірити: {problem}</translation>
    </message>
    <message>
        <source>{name} — cannot check: {problem} · last known {figures} (stale, {age})</source>
        <translation>{name} — не вдається перевірити: {problem} · останні дані {figures} (застаріли, {age})</translation>
    </message>
    <message>
        <source>last known (stale, updated {age})</source>
        <translation>останні дані (застаріли, оновлено {age})</translation>
    </message>
    <message>
        <source>updated {age}</source>
        <translation>оновлено {age}</translation>
    </message>
    <message>
        <source>Renew in SE Ranking</source>
        <translation>Продовжити в SE Ranking</translation>
    </message>
    <message>
        <source>This looks like a Data API key (a UUID): it shows the API credits and their expiry. The balance and the subscription need the Project API key: 40 hexadecimal characters, found in SE Ranking under Settings → API.</source>
        <translation>Схоже, це ключ Data API (UUID): він показує кредити API та термін їх дії. Для балансу й підписки потрібен ключ Project API: 40 шістнадцяткових символів, у SE Ranking у розділі Settings → API.</translation>
    </message>
    <message>
        <source>A Project API key is 40 hexadecimal characters (0–9, a–f); this one does not look like one.</source>
        <translation>Ключ Project API складається з 40 шістнадцяткових символів (0–9, a–f); цей на нього не схожий.</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>січ</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>лют</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>бер</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>кві</translation>
    </message>
    <message>
        <source>May</source>
        <translation>тра</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>чер</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>лип</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>сер</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>вер</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>жов</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>лис</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>гру</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>сьогодні</translation>
    </message>
    <message>
        <source>until {date} ({left})</source>
        <translation>до {date} ({left})</translation>
    </message>
    <message>
        <source>API credits: no credit subscription</source>
        <translation>Кредити API: немає підписки на кредити</translation>
    </message>
    <message>
        <source>API credits {figures}</source>
        <translation>Кредити API {figures}</translation>
    </message>
    <message>
        <source>{left} of {limit}</source>
        <translation>{left} з {limit}</translation>
    </message>
    <message>
        <source>disabled on {date}</source>
        <translation>вимкнено {date}</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>вимкнено</translation>
    </message>
    <message>
        <source>inactive on {date}</source>
        <translation>неактивні з {date}</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивні</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>закінчилися {date}</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>закінчилися</translation>
    </message>
    <message>
        <source>is disabled</source>
        <translation>вимкнена</translation>
    </message>
    <message>
        <source>is inactive</source>
        <translation>неактивна</translation>
    </message>
    <message>
        <source>ended on {date}</source>
        <translation>закінчилася {date}</translation>
    </message>
    <message>
        <source>has ended</source>
        <translation>закінчилася</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>закінчується сьогодні</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>закінчується через %n день</numerusform>
            <numerusform>закінчується через %n дні</numerusform>
            <numerusform>закінчується через %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a day</source>
        <translation>менше доби</translation>
    </message>
    <message>
        <source>Renew it in SE Ranking: rank checks stop until then.</source>
        <translation>Продовжте її в SE Ranking: до того перевірки позицій не виконуються.</translation>
    </message>
    <message>
        <source>The API credit subscription {ended} — renew it in SE Ranking.</source>
        <translation>Підписка на кредити API {ended} — продовжте її в SE Ranking.</translation>
    </message>
    <message>
        <source>No meter to read.</source>
        <translation>Немає показників для читання.</translation>
    </message>
    <message>
        <source>{0} is below your threshold of {1} — top up in SE Ranking.</source>
        <translation>{0} — нижче вашого порогу {1}. Поповніть баланс у SE Ranking.</translation>
    </message>
    <message>
        <source>{left} of {limit} left, under {percent} % of the limit — buy more in SE Ranking.</source>
        <translation>Залишилося {left} з {limit}, менше {percent} % ліміту — докупіть у SE Ranking.</translation>
    </message>
    <message>
        <source>API credits {left} run out in about {days} at {spend} a day — buy more.</source>
        <translation>Кредити API ({left}) закінчаться приблизно через {days} за витрати {spend} на день — докупіть.</translation>
    </message>
    <message>
        <source>{0} lasts less than a day more at {1} a day — top up in SE Ranking.</source>
        <translation>{0} вистачить менш ніж на добу за витрати {1} на день — поповніть баланс у SE Ranking.</translation>
    </message>
    <message>
        <source>{0} lasts about {days} more at {1} a day — top up in SE Ranking.</source>
        <translation>{0} вистачить приблизно на {days} за витрати {1} на день — поповніть баланс у SE Ranking.</translation>
    </message>
    <message>
        <source>The API credit subscription expires in {days} — renew it in SE Ranking.</source>
        <translation>Підписка на кредити API закінчується через {days} — продовжте її в SE Ranking.</translation>
    </message>
    <message>
        <source>The API credit subscription expires today — renew it in SE Ranking.</source>
        <translation>Підписка на кредити API закінчується сьогодні — продовжте її в SE Ranking.</translation>
    </message>
    <message>
        <source>Pay per check</source>
        <translation>Оплата за перевірку</translation>
    </message>
    <message>
        <source>{type} expired</source>
        <translation>{type}: термін минув</translation>
    </message>
    <message>
        <source>{type} active</source>
        <translation>{type}: діє</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Підписка</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Пробний період</translation>
    </message>
    <message>
        <source>Balance {amount}</source>
        <translation>Баланс {amount}</translation>
    </message>
    <message>
        <source>{name}: SE Ranking account is fine again</source>
        <translation>{name}: акаунт SE Ranking знову в порядку</translation>
    </message>
    <message>
        <source>{name}: SE Ranking balance is low</source>
        <translation>{name}: низький баланс SE Ranking</translation>
    </message>
    <message>
        <source>Balance {balance} is below your threshold of {threshold}. Top up in SE Ranking.</source>
        <translation>Баланс {balance} нижче вашого порогу {threshold}. Поповніть його в SE Ranking.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking balance is running low</source>
        <translation>{name}: баланс SE Ranking скоро закінчиться</translation>
    </message>
    <message>
        <source>{name}: SE Ranking API credits are low</source>
        <translation>{name}: мало кредитів API SE Ranking</translation>
    </message>
    <message>
        <source>API credits</source>
        <translation>Кредити API</translation>
    </message>
    <message>
        <source>{left} — under {percent} % of the limit left; buy more in SE Ranking.</source>
        <translation>{left} — залишилося менше {percent} % ліміту; докупіть у SE Ranking.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking API credit subscription {expires}</source>
        <translation>{name}: підписка на кредити API SE Ranking {expires}</translation>
    </message>
    <message>
        <source>{credits}. Renew it in SE Ranking.</source>
        <translation>{credits}. Продовжте підписку в SE Ranking.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking API credits expired</source>
        <translation>{name}: кредити API SE Ranking закінчилися</translation>
    </message>
    <message>
        <source>{name}: SE Ranking subscription expired</source>
        <translation>{name}: підписка SE Ranking закінчилася</translation>
    </message>
    <message>
        <source>{name}: SE Ranking rejected the API key</source>
        <translation>{name}: SE Ranking відхилив ключ API</translation>
    </message>
    <message>
        <source>{problem}. Open Settings to enter the Project API key.</source>
        <translation>{problem}. Відкрийте налаштування та введіть ключ Project API.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking account cannot be checked</source>
        <translation>{name}: не вдається перевірити акаунт SE Ranking</translation>
    </message>
    <message numerus="yes">
        <source>No answer for %n min: {problem}. Last known balance: {balance}.</source>
        <translation>
            <numerusform>Немає відповіді %n хв: {problem}. Останній відомий баланс: {balance}.</numerusform>
            <numerusform>Немає відповіді %n хв: {problem}. Останній відомий баланс: {balance}.</numerusform>
            <numerusform>Немає відповіді %n хв: {problem}. Останній відомий баланс: {balance}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer for %n min: {problem}.</source>
        <translation>
            <numerusform>Немає відповіді %n хв: {problem}.</numerusform>
            <numerusform>Немає відповіді %n хв: {problem}.</numerusform>
            <numerusform>Немає відповіді %n хв: {problem}.</numerusform>
        </translation>
    </message>
    <message>
        <source>All fine</source>
        <translation>Усе в порядку</translation>
    </message>
    <message>
        <source>Running low</source>
        <translation>Закінчується</translation>
    </message>
    <message>
        <source>Low balance</source>
        <translation>Низький баланс</translation>
    </message>
    <message>
        <source>API credits low</source>
        <translation>Мало кредитів API</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Скоро закінчується</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Потребує уваги</translation>
    </message>
    <message>
        <source>Subscription expired</source>
        <translation>Підписка закінчилася</translation>
    </message>
    <message>
        <source>Cannot check the account</source>
        <translation>Не вдається перевірити акаунт</translation>
    </message>
    <message>
        <source>The key was rejected</source>
        <translation>Ключ відхилено</translation>
    </message>
    <message>
        <source>SE Ranking refused the key (payment required)</source>
        <translation>SE Ranking відхилив ключ (потрібна оплата)</translation>
    </message>
    <message>
        <source>No network connection to SE Ranking</source>
        <translation>Немає мережевого з’єднання з SE Ranking</translation>
    </message>
    <message>
        <source>SE Ranking did not answer in time</source>
        <translation>SE Ranking не відповів вчасно</translation>
    </message>
    <message>
        <source>SE Ranking&apos;s server had a problem</source>
        <translation>Помилка на сервері SE Ranking</translation>
    </message>
    <message>
        <source>Too many requests — try again in a minute</source>
        <translation>Забагато запитів — спробуйте за хвилину</translation>
    </message>
    <message>
        <source>Unexpected answer from the API</source>
        <translation>Неочікувана відповідь API</translation>
    </message>
    <message>
        <source>Configuration problem</source>
        <translation>Помилка конфігурації</translation>
    </message>
    <message>
        <source>Not found at this address — SE Ranking may have retired it, or the API URL is wrong</source>
        <translation>Не знайдено за цією адресою — можливо, SE Ranking вимкнув її, або URL API хибний</translation>
    </message>
    <message>
        <source>The check failed</source>
        <translation>Перевірка не вдалася</translation>
    </message>
    <message>
        <source> (it looks like a Data API key)</source>
        <translation> (схоже на ключ Data API)</translation>
    </message>
    <message>
        <source>{subscription} (balance {amount})</source>
        <translation>{subscription} (баланс {amount})</translation>
    </message>
    <message>
        <source>Sub-accounts and projects are not available for this key.</source>
        <translation>Субакаунти та проєкти недоступні для цього ключа.</translation>
    </message>
    <message>
        <source>Sub-accounts and projects: not read yet.</source>
        <translation>Субакаунти та проєкти: ще не прочитано.</translation>
    </message>
    <message>
        <source>Sub-accounts are not available for this key (a sub-account&apos;s key, or no such plan).</source>
        <translation>Субакаунти недоступні для цього ключа (це ключ субакаунта або тариф без них).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-account(s)</source>
        <translation>
            <numerusform>%Ln субакаунт</numerusform>
            <numerusform>%Ln субакаунти</numerusform>
            <numerusform>%Ln субакаунтів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln проєкт</numerusform>
            <numerusform>%Ln проєкти</numerusform>
            <numerusform>%Ln проєктів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> і ще %Ln</numerusform>
            <numerusform> і ще %Ln</numerusform>
            <numerusform> і ще %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>blocked by limits</source>
        <translation>заблоковано лімітами</translation>
    </message>
    <message>
        <source>working</source>
        <translation>працює</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-account(s) blocked by limits: {names}{more}</source>
        <translation>
            <numerusform>%Ln субакаунт заблоковано лімітами: {names}{more}</numerusform>
            <numerusform>%Ln субакаунти заблоковано лімітами: {names}{more}</numerusform>
            <numerusform>%Ln субакаунтів заблоковано лімітами: {names}{more}</numerusform>
        </translation>
    </message>
    <message>
        <source>{sub_accounts} — none blocked</source>
        <translation>{sub_accounts} — заблокованих немає</translation>
    </message>
    <message numerus="yes">
        <source>{sub_accounts} — %Ln blocked by limits: {names}{more}</source>
        <translation>
            <numerusform>{sub_accounts} — %Ln заблоковано лімітами: {names}{more}</numerusform>
            <numerusform>{sub_accounts} — %Ln заблоковано лімітами: {names}{more}</numerusform>
            <numerusform>{sub_accounts} — %Ln заблоковано лімітами: {names}{more}</numerusform>
        </translation>
    </message>
    <message>
        <source>keywords unknown</source>
        <translation>ключові слова: немає даних</translation>
    </message>
    <message numerus="yes">
        <source>%Ln keyword(s)</source>
        <translation>
            <numerusform>%Ln ключове слово</numerusform>
            <numerusform>%Ln ключові слова</numerusform>
            <numerusform>%Ln ключових слів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active</source>
        <translation>
            <numerusform>%Ln активний</numerusform>
            <numerusform>%Ln активні</numerusform>
            <numerusform>%Ln активних</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-account(s) blocked</source>
        <translation>
            <numerusform>%Ln субакаунт заблоковано</numerusform>
            <numerusform>%Ln субакаунти заблоковано</numerusform>
            <numerusform>%Ln субакаунтів заблоковано</numerusform>
        </translation>
    </message>
    <message>
        <source>{account}: sub-account {name} is blocked by limits</source>
        <translation>{account}: субакаунт {name} заблоковано лімітами</translation>
    </message>
    <message>
        <source>{sub_account} has stopped working: it reached its limits. Raise them in SE Ranking.</source>
        <translation>{sub_account} перестав працювати: досягнуто лімітів. Збільште їх у SE Ranking.</translation>
    </message>
    <message numerus="yes">
        <source>{account}: %Ln sub-accounts are blocked by limits</source>
        <translation>
            <numerusform>{account}: %Ln субакаунт заблоковано лімітами</numerusform>
            <numerusform>{account}: %Ln субакаунти заблоковано лімітами</numerusform>
            <numerusform>{account}: %Ln субакаунтів заблоковано лімітами</numerusform>
        </translation>
    </message>
    <message>
        <source>{blocked}. They have stopped working: raise their limits in SE Ranking.</source>
        <translation>{blocked}. Вони перестали працювати: збільште їхні ліміти в SE Ranking.</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Акаунт повинен мати назву.</translation>
    </message>
    <message>
        <source>The name {name} is reserved for the {variable} account.</source>
        <translation>Назву {name} зарезервовано для акаунта з {variable}.</translation>
    </message>
    <message>
        <source>There is already an account named {name}.</source>
        <translation>Акаунт із назвою {name} уже існує.</translation>
    </message>
    <message>
        <source>The API URL {url} is not a valid URL.</source>
        <translation>URL API {url} не є коректною URL-адресою.</translation>
    </message>
    <message>
        <source>The API URL {url} must start with https:// and name a host.</source>
        <translation>URL API {url} має починатися з https:// і містити ім’я хоста.</translation>
    </message>
    <message>
        <source>The API URL must not contain credentials, a query or a fragment.</source>
        <translation>URL API не повинен містити облікові дані, запит або фрагмент.</translation>
    </message>
    <message>
        <source>The API URL {url} uses plain http://, which is only allowed for this machine (localhost, 127.0.0.1, ::1); use https://.</source>
        <translation>URL API {url} використовує незахищений http://, дозволений лише для цього комп’ютера (localhost, 127.0.0.1, ::1); використовуйте https://.</translation>
    </message>
    <message>
        <source>This key is already the key of the account {name}.</source>
        <translation>Цей ключ уже використовується акаунтом {name}.</translation>
    </message>
    <message>
        <source>The last account cannot be removed; delete its key with `key delete` instead.</source>
        <translation>Останній акаунт не можна вилучити; натомість видаліть його ключ командою `key delete`.</translation>
    </message>
    <message>
        <source>No API key is set. Add your Project API key in Settings, store it with `seranking-tray key set`, or set SERANKING_API_KEY.</source>
        <translation>Ключ API не задано. Додайте ключ Project API у налаштуваннях, збережіть його командою `seranking-tray key set` або задайте SERANKING_API_KEY.</translation>
    </message>
    <message>
        <source>No complete answer within {seconds} s.</source>
        <translation>Повну відповідь не отримано за {seconds} с.</translation>
    </message>
    <message>
        <source>The answer from {path} is larger than {size} bytes.</source>
        <translation>Відповідь від {path} перевищує {size} байтів.</translation>
    </message>
    <message>
        <source>The picture&apos;s address is not valid; not loaded.</source>
        <translation>Адреса зображення некоректна; зображення не завантажено.</translation>
    </message>
    <message>
        <source>The picture could not be loaded ({status}).</source>
        <translation>Не вдалося завантажити зображення ({status}).</translation>
    </message>
    <message>
        <source>The picture is not an image.</source>
        <translation>Отриманий файл не є зображенням.</translation>
    </message>
    <message>
        <source>The picture is larger than 1 MB.</source>
        <translation>Зображення перевищує 1 MB.</translation>
    </message>
    <message>
        <source>The picture is larger than 1 MB or too slow.</source>
        <translation>Зображення перевищує 1 MB або завантажується надто повільно.</translation>
    </message>
    <message>
        <source>The picture redirects too many times.</source>
        <translation>Забагато переспрямувань під час завантаження зображення.</translation>
    </message>
    <message>
        <source>No API key is set.</source>
        <translation>Ключ API не задано.</translation>
    </message>
    <message>
        <source>The lists were not read within {seconds} s.</source>
        <translation>Списки субакаунтів і проєктів не вдалося прочитати за {seconds} с.</translation>
    </message>
    <message>
        <source>The answer from {path} is larger than 16 MiB.</source>
        <translation>Відповідь від {path} перевищує 16 MiB.</translation>
    </message>
    <message>
        <source>The picture&apos;s address is not https; not loaded.</source>
        <translation>Адреса зображення не використовує https; зображення не завантажено.</translation>
    </message>
    <message>
        <source>The answer from {path} is not UTF-8 text.</source>
        <translation>Відповідь від {path} не є текстом в UTF-8.</translation>
    </message>
    <message>
        <source>The answer from {path} is empty.</source>
        <translation>Відповідь від {path} порожня.</translation>
    </message>
    <message>
        <source>The answer from {path} is not valid JSON.</source>
        <translation>Відповідь від {path} не є коректним JSON.</translation>
    </message>
    <message>
        <source>SE Ranking rejected the API key{said}.</source>
        <translation>SE Ranking відхилив ключ API{said}.</translation>
    </message>
    <message>
        <source>SE Ranking refused the request: payment required{said}. The plan may not include the API, or the key is not linked yet.</source>
        <translation>SE Ranking відхилив запит: потрібна оплата{said}. Можливо, тариф не містить API або ключ ще не прив’язано.</translation>
    </message>
    <message>
        <source>Too many requests to SE Ranking{said}.</source>
        <translation>Забагато запитів до SE Ranking{said}.</translation>
    </message>
    <message>
        <source>SE Ranking&apos;s server had a problem ({status}){said}.</source>
        <translation>Помилка на сервері SE Ranking ({status}){said}.</translation>
    </message>
    <message>
        <source>The API answered {path} with a redirect ({status}); not followed. Is the API URL right?</source>
        <translation>API відповів на {path} переспрямуванням ({status}); перехід не виконано. Чи правильний URL API?</translation>
    </message>
    <message>
        <source>{path} was not found at this address ({status}) — SE Ranking may have retired it, or the API URL is wrong.</source>
        <translation>{path} не знайдено за цією адресою ({status}) — можливо, SE Ranking вимкнув його, або URL API хибний.</translation>
    </message>
    <message>
        <source>Unexpected answer {status} from {path}{said}.</source>
        <translation>Неочікувана відповідь {status} від {path}{said}.</translation>
    </message>
    <message>
        <source>Unexpected failure reading {path}.</source>
        <translation>Неочікуваний збій під час читання {path}.</translation>
    </message>
    <message>
        <source>SE Ranking did not answer in time.</source>
        <translation>SE Ranking не відповів вчасно.</translation>
    </message>
    <message>
        <source>The connection to SE Ranking dropped in the middle of an answer.</source>
        <translation>З’єднання з SE Ranking обірвалося під час отримання відповіді.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to SE Ranking could not be made.</source>
        <translation>Не вдалося встановити захищене (TLS) з’єднання з SE Ranking.</translation>
    </message>
    <message>
        <source>Connecting to SE Ranking timed out.</source>
        <translation>Минув час очікування з’єднання з SE Ranking.</translation>
    </message>
    <message>
        <source>SE Ranking&apos;s address could not be resolved (offline?).</source>
        <translation>Не вдалося визначити адресу SE Ranking (немає мережі?).</translation>
    </message>
    <message>
        <source>The connection to SE Ranking was refused.</source>
        <translation>З’єднання з SE Ranking відхилено.</translation>
    </message>
    <message>
        <source>The connection to SE Ranking failed or was reset.</source>
        <translation>Не вдалося з’єднатися з SE Ranking, або з’єднання було скинуто.</translation>
    </message>
    <message>
        <source>Network problem talking to SE Ranking ({error}).</source>
        <translation>Мережева помилка під час звернення до SE Ranking ({error}).</translation>
    </message>
    <message>
        <source>The settings file could not be read, so it is not changed.</source>
        <translation>Не вдалося прочитати файл налаштувань, тому його не змінено.</translation>
    </message>
    <message>
        <source>No API key is set for {account}.</source>
        <translation>Для акаунта {account} не задано ключ API.</translation>
    </message>
    <message>
        <source>field {field} is missing</source>
        <translation>поле {field} відсутнє</translation>
    </message>
    <message>
        <source>field {field} is empty</source>
        <translation>поле {field} порожнє</translation>
    </message>
    <message>
        <source>field {field} is not a finite number</source>
        <translation>поле {field} не є скінченним числом</translation>
    </message>
    <message>
        <source>field {field} is not an object</source>
        <translation>поле {field} не є об’єктом</translation>
    </message>
    <message>
        <source>field {field} should be a number</source>
        <translation>поле {field} має бути числом</translation>
    </message>
    <message>
        <source>field {field} should be a number, got {got}</source>
        <translation>поле {field} має бути числом, отримано: {got}</translation>
    </message>
    <message>
        <source>field {field} should be a whole number, got {got}</source>
        <translation>поле {field} має бути цілим числом, отримано: {got}</translation>
    </message>
    <message>
        <source>field {field} should be a number of credits, got {got}</source>
        <translation>поле {field} має бути кількістю кредитів, отримано: {got}</translation>
    </message>
    <message>
        <source>field {field} should be text</source>
        <translation>поле {field} має бути текстом</translation>
    </message>
    <message>
        <source>field {field} should be text, got {got}</source>
        <translation>поле {field} має бути текстом, отримано: {got}</translation>
    </message>
    <message>
        <source>field {field} should be true or false, got {got}</source>
        <translation>поле {field} має бути true або false, отримано: {got}</translation>
    </message>
    <message>
        <source>field {field} should be a date, got {got}</source>
        <translation>поле {field} має бути датою, отримано: {got}</translation>
    </message>
    <message>
        <source>field {field} should be an object, got {got}</source>
        <translation>поле {field} має бути об’єктом, отримано: {got}</translation>
    </message>
    <message>
        <source>field {field} should be a list, got {got}</source>
        <translation>поле {field} має бути списком, отримано: {got}</translation>
    </message>
    <message>
        <source>an entry of {field} is not an object</source>
        <translation>елемент {field} не є об’єктом</translation>
    </message>
    <message>
        <source>a project is not an object</source>
        <translation>проєкт не є об’єктом</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>очікувався об’єкт JSON</translation>
    </message>
    <message>
        <source>expected a JSON object, got {got}</source>
        <translation>очікувався об’єкт JSON, отримано: {got}</translation>
    </message>
    <message>
        <source>expected a JSON object or list, got {got}</source>
        <translation>очікувався об’єкт або список JSON, отримано: {got}</translation>
    </message>
    <message>
        <source>Unexpected answer from {path}: {detail}</source>
        <translation>Неочікувана відповідь від {path}: {detail}</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>логічне значення</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>рядок</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>об’єкт</translation>
    </message>
    <message>
        <source>Another check with the same key did not finish in time.</source>
        <translation>Інша перевірка з тим самим ключем не завершилася вчасно.</translation>
    </message>
    <message>
        <source>Cannot start a new balance history at {path}: {error}</source>
        <translation>Не вдається створити нову історію балансу в {path}: {error}</translation>
    </message>
    <message>
        <source>Cannot open the balance history {path}: {error}</source>
        <translation>Не вдається відкрити історію балансу {path}: {error}</translation>
    </message>
    <message>
        <source>Cannot use the balance history {path}: {error}</source>
        <translation>Не вдається використати історію балансу {path}: {error}</translation>
    </message>
    <message>
        <source>The balance history could not be used: {error}</source>
        <translation>Не вдалося використати історію балансу: {error}</translation>
    </message>
    <message>
        <source>The balance history {path} could not be read ({reason}); it was kept as {aside} and a new one started.</source>
        <translation>Не вдалося прочитати історію балансу {path} ({reason}); її збережено як {aside} і почато нову.</translation>
    </message>
    <message>
        <source>{problem}. Balance history is off until the app restarts.</source>
        <translation>{problem}. Історію балансу вимкнено до перезапуску програми.</translation>
    </message>
    <message>
        <source>The balance history was written by a newer version of SE Ranking Tray (schema {version}, this version knows {known}); it is left as it is</source>
        <translation>Історію балансу записано новішою версією SE Ranking Tray (схема {version}, ця версія підтримує {known}); її залишено без змін</translation>
    </message>
    <message>
        <source>opening the keyring</source>
        <translation>під час відкриття сховища ключів</translation>
    </message>
    <message>
        <source>reading the API key</source>
        <translation>під час читання ключа API</translation>
    </message>
    <message>
        <source>saving the key</source>
        <translation>під час збереження ключа</translation>
    </message>
    <message>
        <source>removing the API key</source>
        <translation>під час вилучення ключа API</translation>
    </message>
    <message>
        <source>The keyring is locked; unlock it and try again.</source>
        <translation>Сховище ключів заблоковано; розблокуйте його та спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The keyring did not answer within {seconds} s while {what}; is it locked?</source>
        <translation>Сховище ключів не відповіло за {seconds} с {what}; чи не заблоковане воно?</translation>
    </message>
    <message>
        <source>No keyring is available to hold the API key (no Secret Service, KWallet, Keychain or Credential Manager was found). Set {variable} instead, or start a keyring service.</source>
        <translation>Немає сховища ключів, у якому можна зберігати ключ API (не знайдено Secret Service, KWallet, Keychain або Credential Manager). Натомість задайте {variable} або запустіть службу сховища ключів.</translation>
    </message>
    <message>
        <source>The keyring is locked; unlock it and try again ({what}).</source>
        <translation>Сховище ключів заблоковано; розблокуйте його та спробуйте ще раз ({what}).</translation>
    </message>
    <message>
        <source>The keyring could not be opened ({what}); it may be locked. Unlock it and try again.</source>
        <translation>Не вдалося відкрити сховище ключів ({what}); можливо, його заблоковано. Розблокуйте його та спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The keyring failed while {what} ({error}).</source>
        <translation>Помилка сховища ключів {what} ({error}).</translation>
    </message>
    <message>
        <source>The keyring backend {backend} stores secrets unencrypted; SE Ranking Tray will not keep the key there.</source>
        <translation>Модуль сховища ключів {backend} зберігає секрети без шифрування; SE Ranking Tray не зберігатиме там ключ.</translation>
    </message>
    <message>
        <source>unavailable — {why}</source>
        <translation>недоступне — {why}</translation>
    </message>
    <message>
        <source>No account is configured in the settings.</source>
        <translation>У налаштуваннях немає жодного акаунта.</translation>
    </message>
    <message>
        <source>Setting &apos;language&apos; = {value} is not a known language; using {default}.</source>
        <translation>Налаштування &apos;language&apos; = {value} — невідома мова; використовується {default}.</translation>
    </message>
    <message>
        <source>Setting {name} = {value} is not one of {choices}; using {default}.</source>
        <translation>Налаштування {name} = {value} не входить до списку {choices}; використовується {default}.</translation>
    </message>
    <message>
        <source>Setting {name} = {value} is out of range; using {clamped}.</source>
        <translation>Налаштування {name} = {value} поза допустимим діапазоном; використовується {clamped}.</translation>
    </message>
    <message>
        <source>Setting {name} has an invalid value {value}; using the default {default}.</source>
        <translation>Налаштування {name} має недопустиме значення {value}; використовується значення за замовчуванням {default}.</translation>
    </message>
    <message>
        <source>Ignoring the account {account} in the settings: it needs an id of its own.</source>
        <translation>Акаунт {account} у налаштуваннях пропущено: йому потрібен власний ідентифікатор.</translation>
    </message>
    <message>
        <source>Ignoring the api_url {url} of the account {account}: it is not text.</source>
        <translation>Значення api_url {url} акаунта {account} пропущено: це не текст.</translation>
    </message>
    <message>
        <source>Ignoring the rules {rules} of the account {account}: not an object.</source>
        <translation>Правила {rules} акаунта {account} пропущено: це не об’єкт.</translation>
    </message>
    <message>
        <source>Cannot read the settings file {path}: {error}; using defaults.</source>
        <translation>Не вдається прочитати файл налаштувань {path}: {error}; використовуються значення за замовчуванням.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it was kept as {aside}. Using defaults.</source>
        <translation>Файл налаштувань {path} пошкоджено ({error}); його збережено як {aside}. Використовуються значення за замовчуванням.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it could not be moved aside. Using defaults.</source>
        <translation>Файл налаштувань {path} пошкоджено ({error}); не вдалося відкласти його вбік. Використовуються значення за замовчуванням.</translation>
    </message>
    <message>
        <source>Cannot save the account list to the settings file: {error}.</source>
        <translation>Не вдається зберегти список акаунтів у файл налаштувань: {error}.</translation>
    </message>
</context>
</TS>
