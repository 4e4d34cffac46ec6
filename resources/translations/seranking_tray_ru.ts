<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Ui</name>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Добавить аккаунт</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Название аккаунта</translation>
    </message>
    <message>
        <source>Project API key</source>
        <translation>Ключ Project API</translation>
    </message>
    <message>
        <source>API URL (optional)</source>
        <translation>URL API (необязательно)</translation>
    </message>
    <message>
        <source>Data API URL (optional)</source>
        <translation>URL Data API (необязательно)</translation>
    </message>
    <message>
        <source>the default Data API</source>
        <translation>Data API по умолчанию</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
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
        <translation>Введите ключ Project API аккаунта.</translation>
    </message>
    <message>
        <source>Rename {label}</source>
        <translation>Переименовать {label}</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>New account name</source>
        <translation>Новое название аккаунта</translation>
    </message>
    <message>
        <source>Remove {label}</source>
        <translation>Удалить {label}</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the account “{label}” and delete its key from the keyring?</source>
        <translation>Удалить аккаунт «{label}» и его ключ из хранилища ключей?</translation>
    </message>
    <message>
        <source>Also delete its &amp;history</source>
        <translation>Удалить также его &amp;историю</translation>
    </message>
    <message>
        <source>Also delete its history</source>
        <translation>Удалить также его историю</translation>
    </message>
    <message>
        <source>{amount} credits</source>
        <translation>{amount} кредитов</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>Демо-аккаунт</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Изображение профиля</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Баланс:</translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation>Подписка:</translation>
    </message>
    <message>
        <source>API credits:</source>
        <translation>Кредиты API:</translation>
    </message>
    <message>
        <source>Last update:</source>
        <translation>Обновлено:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Balance over time</source>
        <translation>Баланс во времени</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Не настроено</translation>
    </message>
    <message>
        <source>Add your Project API key in Settings.</source>
        <translation>Добавьте ключ Project API в настройках.</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Нет ключа API</translation>
    </message>
    <message>
        <source>SE Ranking account</source>
        <translation>Аккаунт SE Ranking</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>{email} (verified)</source>
        <translation>{email} (подтверждён)</translation>
    </message>
    <message>
        <source>{email} (not verified)</source>
        <translation>{email} (не подтверждён)</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <source>key in the keyring</source>
        <translation>ключ в хранилище ключей</translation>
    </message>
    <message>
        <source>key from SERANKING_API_KEY</source>
        <translation>ключ из SERANKING_API_KEY</translation>
    </message>
    <message>
        <source>key for this session only</source>
        <translation>ключ только на этот сеанс</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>демо</translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>ключа пока нет</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>аккаунт</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Connected to {name} — balance {balance}</source>
        <translation>Подключено к {name} — баланс {balance}</translation>
    </message>
    <message>
        <source>{what} failed ({error}).</source>
        <translation>{what}: ошибка ({error}).</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <source>Changes to this list are saved at once. The rules below apply to the selected account.</source>
        <translation>Изменения в списке сохраняются сразу. Правила ниже относятся к выбранному аккаунту.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Доба&amp;вить аккаунт…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>П&amp;ереименовать…</translation>
    </message>
    <message>
        <source>Rename the selected account</source>
        <translation>Переименовать выбранный аккаунт</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>Уд&amp;алить…</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>Удалить выбранный аккаунт</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Ввер&amp;х</translation>
    </message>
    <message>
        <source>Move the selected account up</source>
        <translation>Переместить выбранный аккаунт вверх</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Вни&amp;з</translation>
    </message>
    <message>
        <source>Move the selected account down</source>
        <translation>Переместить выбранный аккаунт вниз</translation>
    </message>
    <message>
        <source>Te&amp;st account</source>
        <translation>П&amp;роверить аккаунт</translation>
    </message>
    <message>
        <source>Test the connection of the selected account</source>
        <translation>Проверить подключение выбранного аккаунта</translation>
    </message>
    <message>
        <source>Reading the accounts…</source>
        <translation>Чтение аккаунтов…</translation>
    </message>
    <message>
        <source>Accounts status</source>
        <translation>Состояние аккаунтов</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Warn when the balance runs out within this many days (0: never)</source>
        <translation>Предупреждать, если баланс закончится в течение этого числа дней (0: никогда)</translation>
    </message>
    <message>
        <source>Warn when it runs &amp;out within:</source>
        <translation>Предупреждать, если &amp;закончится за:</translation>
    </message>
    <message>
        <source>problem: {problem}</source>
        <translation>проблема: {problem}</translation>
    </message>
    <message>
        <source>read-only, {detail}</source>
        <translation>только чтение, {detail}</translation>
    </message>
    <message>
        <source>Reading the accounts</source>
        <translation>Чтение аккаунтов</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>This account has no key yet.</source>
        <translation>У этого аккаунта ещё нет ключа.</translation>
    </message>
    <message>
        <source>Testing {account}…</source>
        <translation>Проверка {account}…</translation>
    </message>
    <message>
        <source>The test</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s) fine</source>
        <translation>
            <numerusform>ещё %n в порядке</numerusform>
            <numerusform>ещё %n в порядке</numerusform>
            <numerusform>ещё %n в порядке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) fine</source>
        <translation>
            <numerusform>%n аккаунт в порядке</numerusform>
            <numerusform>%n аккаунта в порядке</numerusform>
            <numerusform>%n аккаунтов в порядке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checking…</source>
        <translation>
            <numerusform>%n проверяется…</numerusform>
            <numerusform>%n проверяются…</numerusform>
            <numerusform>%n проверяются…</numerusform>
        </translation>
    </message>
    <message>
        <source>No system tray was found, so SE Ranking Tray runs in this window. Closing it quits the app. (On GNOME, the AppIndicator extension adds a tray.)</source>
        <translation>Системный трей не найден, поэтому SE Ranking Tray работает в этом окне. Закрытие окна завершает приложение. (В GNOME трей добавляет расширение AppIndicator.)</translation>
    </message>
    <message>
        <source> (top-up +{amount})</source>
        <translation> (пополнение +{amount})</translation>
    </message>
    <message>
        <source>Threshold {amount}</source>
        <translation>Порог {amount}</translation>
    </message>
    <message>
        <source>Runs out {date}</source>
        <translation>Закончится {date}</translation>
    </message>
    <message>
        <source>Show {range}</source>
        <translation>Показать {range}</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 дней</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 дней</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 дней</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Всё</translation>
    </message>
    <message>
        <source>No balance history yet — the chart fills as checks run.</source>
        <translation>Истории баланса пока нет — график заполнится по мере проверок.</translation>
    </message>
    <message>
        <source>First reading recorded: {balance} — the chart fills as checks run.</source>
        <translation>Первое значение записано: {balance} — график заполнится по мере проверок.</translation>
    </message>
    <message>
        <source>No readings in the last {range} — choose a longer range.</source>
        <translation>Нет данных за последние {range} — выберите более длинный период.</translation>
    </message>
    <message>
        <source>falling about {amount} a day</source>
        <translation>снижается примерно на {amount} в день</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>стабилен</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>растёт</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>снижается</translation>
    </message>
    <message>
        <source>everything recorded</source>
        <translation>всё время</translation>
    </message>
    <message>
        <source>the last {range}</source>
        <translation>последние {range}</translation>
    </message>
    <message>
        <source>Balance {last}, {trend}. Over {period}: from {first} to {last}</source>
        <translation>Баланс {last}, {trend}. За {period}: от {first} до {last}</translation>
    </message>
    <message numerus="yes">
        <source>, %n top-up(s)</source>
        <translation>
            <numerusform>, %n пополнение</numerusform>
            <numerusform>, %n пополнения</numerusform>
            <numerusform>, %n пополнений</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>По&amp;казать</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Показать ключ</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>Удалить сохранённый ключ</translation>
    </message>
    <message>
        <source>40 hexadecimal characters, from SE Ranking → Settings → API. &lt;a href=&quot;{url}&quot;&gt;Where is my key?&lt;/a&gt;</source>
        <translation>40 шестнадцатеричных символов, в SE Ranking: Settings → API. &lt;a href=&quot;{url}&quot;&gt;Где найти ключ?&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Key storage: checking the keyring…</source>
        <translation>Хранилище ключей: проверка…</translation>
    </message>
    <message>
        <source>Set by the SERANKING_API_KEY environment variable</source>
        <translation>Задан переменной окружения SERANKING_API_KEY</translation>
    </message>
    <message>
        <source>A key is stored — type a new one to replace it</source>
        <translation>Ключ сохранён — введите новый, чтобы заменить его</translation>
    </message>
    <message>
        <source>Paste your Project API key</source>
        <translation>Вставьте ключ Project API</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Скр&amp;ыть</translation>
    </message>
    <message>
        <source>The stored key will be removed when you save</source>
        <translation>Сохранённый ключ будет удалён при сохранении</translation>
    </message>
    <message>
        <source>Keep for this session &amp;only</source>
        <translation>Хранить только на этот &amp;сеанс</translation>
    </message>
    <message>
        <source>Sub-accounts</source>
        <translation>Субаккаунты</translation>
    </message>
    <message>
        <source>Meters</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Project account (balance and subscription)</source>
        <translation>Project API (баланс и подписка)</translation>
    </message>
    <message>
        <source>Data API credits</source>
        <translation>Кредиты Data API</translation>
    </message>
    <message>
        <source>Credits low under this share of the limit</source>
        <translation>Предупреждать, когда кредитов меньше этой доли лимита</translation>
    </message>
    <message>
        <source>Warn this many days before the credits expire (0: never)</source>
        <translation>Предупреждать за столько дней до истечения кредитов (0: никогда)</translation>
    </message>
    <message>
        <source>Credits low under:</source>
        <translation>Мало кредитов при:</translation>
    </message>
    <message>
        <source>Warn before expiry:</source>
        <translation>Предупредить до истечения:</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>Открыть аккаунт</translation>
    </message>
    <message>
        <source>Open SE Ranking</source>
        <translation>Открыть SE Ranking</translation>
    </message>
    <message>
        <source>SE Ranking Tray (Demo) — </source>
        <translation>SE Ranking Tray (демо) — </translation>
    </message>
    <message>
        <source>SE Ranking Tray — set up: add your Project API key in Settings</source>
        <translation>SE Ranking Tray — настройка: добавьте ключ Project API в настройках</translation>
    </message>
    <message>
        <source>SE Ranking Tray — checking…</source>
        <translation>SE Ranking Tray — проверка…</translation>
    </message>
    <message>
        <source>Balance: unknown</source>
        <translation>Баланс: неизвестно</translation>
    </message>
    <message>
        <source>Balance: {amount}</source>
        <translation>Баланс: {amount}</translation>
    </message>
    <message>
        <source>{amount} (stale)</source>
        <translation>{amount} (устарело)</translation>
    </message>
    <message>
        <source>Subscription: unknown</source>
        <translation>Подписка: неизвестно</translation>
    </message>
    <message>
        <source>{credits} (stale)</source>
        <translation>{credits} (устарело)</translation>
    </message>
    <message>
        <source>not watched</source>
        <translation>не отслеживается</translation>
    </message>
    <message>
        <source>{problem}. Automatic refresh is paused until the key changes.</source>
        <translation>{problem}. Автообновление приостановлено до смены ключа.</translation>
    </message>
    <message>
        <source>Updated {age}</source>
        <translation>Обновлено {age}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Попробовать &amp;демо</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Sub-accounts and projects</source>
        <translation>Субаккаунты и проекты</translation>
    </message>
    <message>
        <source>Alert when a sub-account is &amp;blocked by limits</source>
        <translation>Предупреждать, если субаккаунт &amp;заблокирован лимитами</translation>
    </message>
    <message>
        <source>Alert when a sub-account is blocked by limits</source>
        <translation>Предупреждать, если субаккаунт заблокирован лимитами</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Refresh interval for the sub-accounts and projects, in minutes</source>
        <translation>Интервал обновления субаккаунтов и проектов в минутах</translation>
    </message>
    <message>
        <source>Re&amp;fresh them every:</source>
        <translation>Обновлять &amp;их каждые:</translation>
    </message>
    <message>
        <source>Refresh interval in minutes</source>
        <translation>Интервал обновления в минутах</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Обновлять каждые:</translation>
    </message>
    <message>
        <source>Low-balance threshold</source>
        <translation>Порог низкого баланса</translation>
    </message>
    <message>
        <source>&amp;Warn when the balance is below:</source>
        <translation>Предупреждать, если баланс ни&amp;же:</translation>
    </message>
    <message>
        <source>Tray icon style</source>
        <translation>Стиль значка в трее</translation>
    </message>
    <message>
        <source>Tray &amp;icon:</source>
        <translation>Значок в &amp;трее:</translation>
    </message>
    <message>
        <source>Start SE Ranking Tray when I log in</source>
        <translation>Запускать SE Ranking Tray при входе в систему</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Запуск при входе</translation>
    </message>
    <message>
        <source>Start at &amp;login:</source>
        <translation>&amp;Запуск при входе:</translation>
    </message>
    <message>
        <source>Notify me when</source>
        <translation>Уведомлять, когда</translation>
    </message>
    <message>
        <source>the balance is &amp;low</source>
        <translation>&amp;баланс низкий</translation>
    </message>
    <message>
        <source>the subscription &amp;expires</source>
        <translation>подписка &amp;истекает</translation>
    </message>
    <message>
        <source>the &amp;key is rejected</source>
        <translation>кл&amp;юч отклонён</translation>
    </message>
    <message>
        <source>the account cannot be checked for &amp;more than</source>
        <translation>аккаунт &amp;недоступен дольше чем</translation>
    </message>
    <message>
        <source>Grace period before an unreachable account is announced, in minutes</source>
        <translation>Сколько минут ждать, прежде чем сообщить о недоступном аккаунте</translation>
    </message>
    <message>
        <source>everything is fine &amp;again</source>
        <translation>всё снова в по&amp;рядке</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>Базовый URL API</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>Тайм-аут подключения в секундах</translation>
    </message>
    <message>
        <source>Read timeout in seconds</source>
        <translation>Тайм-аут чтения в секундах</translation>
    </message>
    <message>
        <source>Deadline for a whole check in seconds</source>
        <translation>Предельное время всей проверки в секундах</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>Тайм-аут подк&amp;лючения:</translation>
    </message>
    <message>
        <source>Rea&amp;d timeout:</source>
        <translation>Тайм-аут &amp;чтения:</translation>
    </message>
    <message>
        <source>Whole check &amp;gives up after:</source>
        <translation>Ли&amp;мит всей проверки:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Key storage: {name}</source>
        <translation>Хранилище ключей: {name}</translation>
    </message>
    <message>
        <source>Type your Project API key first.</source>
        <translation>Сначала введите ключ Project API.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>the test failed ({error})</source>
        <translation>проверка не удалась ({error})</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Не удалось сохранить настройки: {error}</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {error}</source>
        <translation>Не удалось изменить запуск при входе: {error}</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цветной</translation>
    </message>
    <message>
        <source>Monochrome light (for dark panels)</source>
        <translation>Монохромный светлый (для тёмных панелей)</translation>
    </message>
    <message>
        <source>Monochrome dark (for light panels)</source>
        <translation>Монохромный тёмный (для светлых панелей)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome!&lt;/b&gt; Paste your SE Ranking &lt;b&gt;Project API key&lt;/b&gt; to start watching your balance and subscription — or try the demo first.</source>
        <translation>&lt;b&gt;Добро пожаловать!&lt;/b&gt; Вставьте &lt;b&gt;ключ Project API&lt;/b&gt; SE Ranking, чтобы следить за балансом и подпиской, — или сначала попробуйте демо.</translation>
    </message>
    <message>
        <source>the keyring failed ({error})</source>
        <translation>ошибка хранилища ключей ({error})</translation>
    </message>
    <message>
        <source>The key could not be removed: {error}</source>
        <translation>Не удалось удалить ключ: {error}</translation>
    </message>
    <message>
        <source>The key could not be saved in the keyring: {error} The other settings were saved. You can keep the key for this session only (it is not written anywhere).</source>
        <translation>Не удалось сохранить ключ в хранилище ключей: {error} Остальные настройки сохранены. Можно хранить ключ только на этот сеанс (он нигде не записывается).</translation>
    </message>
    <message>
        <source>Automatic (the system&apos;s language)</source>
        <translation>Автоматически (язык системы)</translation>
    </message>
    <message>
        <source>SE Ranking profile</source>
        <translation>Профиль SE Ranking</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>SE Ranking Tray (Demo)</source>
        <translation>SE Ranking Tray (демо)</translation>
    </message>
    <message>
        <source>Demo — a built-in sample account</source>
        <translation>Демо — встроенный пример аккаунта</translation>
    </message>
    <message>
        <source>Not set up: add your Project API key</source>
        <translation>Не настроено: добавьте ключ Project API</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Обновить сейчас</translation>
    </message>
    <message>
        <source>Account…</source>
        <translation>Аккаунт…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Snooze notifications</source>
        <translation>Отложить уведомления</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>На 1 час</translation>
    </message>
    <message>
        <source>For 8 hours</source>
        <translation>На 8 часов</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>До завтра</translation>
    </message>
    <message>
        <source>Resume notifications</source>
        <translation>Возобновить уведомления</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Notifications snoozed until {time}</source>
        <translation>Уведомления отложены до {time}</translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>Обновить все</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>SE Ranking account</source>
        <translation>Аккаунт SE Ranking</translation>
    </message>
    <message>
        <source>≈ used up by now (forecast for {date})</source>
        <translation>≈ уже израсходован (прогноз на {date})</translation>
    </message>
    <message>
        <source>≈ less than a day left (until {date})</source>
        <translation>≈ осталось меньше суток (до {date})</translation>
    </message>
    <message numerus="yes">
        <source>≈ %n day(s) left (until {date})</source>
        <translation>
            <numerusform>≈ остался %n день (до {date})</numerusform>
            <numerusform>≈ осталось %n дня (до {date})</numerusform>
            <numerusform>≈ осталось %n дней (до {date})</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n ч назад</numerusform>
            <numerusform>%n ч назад</numerusform>
            <numerusform>%n ч назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} — checking…</source>
        <translation>{name} — проверка…</translation>
    </message>
    <message>
        <source>{name} — cannot check: {problem}</source>
        <translation>{name} — не удаётся проверить: {problem}</translation>
    </message>
    <message>
        <source>{name} — cannot check: {problem} · last known {figures} (stale, {age})</source>
        <translation>{name} — не удаётся проверить: {problem} · последние данные {figures} (устарели, {age})</translation>
    </message>
    <message>
        <source>last known (stale, updated {age})</source>
        <translation>последние данные (устарели, обновлено {age})</translation>
    </message>
    <message>
        <source>updated {age}</source>
        <translation>обновлено {age}</translation>
    </message>
    <message>
        <source>Renew in SE Ranking</source>
        <translation>Продлить в SE Ranking</translation>
    </message>
    <message>
        <source>This looks like a Data API key (a UUID): it shows the API credits and their expiry. The balance and the subscription need the Project API key: 40 hexadecimal characters, found in SE Ranking under Settings → API.</source>
        <translation>Похоже, это ключ Data API (UUID): он показывает кредиты API и срок их действия. Для баланса и подписки нужен ключ Project API: 40 шестнадцатеричных символов, в SE Ranking в разделе Settings → API.</translation>
    </message>
    <message>
        <source>A Project API key is 40 hexadecimal characters (0–9, a–f); this one does not look like one.</source>
        <translation>Ключ Project API состоит из 40 шестнадцатеричных символов (0–9, a–f); этот на него не похож.</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>янв</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>фев</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>мар</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>апр</translation>
    </message>
    <message>
        <source>May</source>
        <translation>май</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>июн</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>июл</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>авг</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>сен</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>окт</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>ноя</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>дек</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>until {date} ({left})</source>
        <translation>до {date} ({left})</translation>
    </message>
    <message>
        <source>API credits: no credit subscription</source>
        <translation>Кредиты API: нет подписки на кредиты</translation>
    </message>
    <message>
        <source>API credits {figures}</source>
        <translation>Кредиты API {figures}</translation>
    </message>
    <message>
        <source>{left} of {limit}</source>
        <translation>{left} из {limit}</translation>
    </message>
    <message>
        <source>disabled on {date}</source>
        <translation>отключены {date}</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключены</translation>
    </message>
    <message>
        <source>inactive on {date}</source>
        <translation>неактивны с {date}</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивны</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>истекли {date}</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>истекли</translation>
    </message>
    <message>
        <source>is disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <source>is inactive</source>
        <translation>неактивна</translation>
    </message>
    <message>
        <source>ended on {date}</source>
        <translation>закончилась {date}</translation>
    </message>
    <message>
        <source>has ended</source>
        <translation>закончилась</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>истекает сегодня</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>истекает через %n день</numerusform>
            <numerusform>истекает через %n дня</numerusform>
            <numerusform>истекает через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a day</source>
        <translation>меньше суток</translation>
    </message>
    <message>
        <source>Renew it in SE Ranking: rank checks stop until then.</source>
        <translation>Продлите её в SE Ranking: до этого проверки позиций не выполняются.</translation>
    </message>
    <message>
        <source>The API credit subscription {ended} — renew it in SE Ranking.</source>
        <translation>Подписка на кредиты API {ended} — продлите её в SE Ranking.</translation>
    </message>
    <message>
        <source>No meter to read.</source>
        <translation>Нет показателей для чтения.</translation>
    </message>
    <message>
        <source>{0} is below your threshold of {1} — top up in SE Ranking.</source>
        <translation>{0} — ниже вашего порога {1}. Пополните баланс в SE Ranking.</translation>
    </message>
    <message>
        <source>{left} of {limit} left, under {percent} % of the limit — buy more in SE Ranking.</source>
        <translation>Осталось {left} из {limit}, меньше {percent} % лимита — докупите в SE Ranking.</translation>
    </message>
    <message>
        <source>API credits {left} run out in about {days} at {spend} a day — buy more.</source>
        <translation>Кредиты API ({left}) закончатся примерно через {days} при расходе {spend} в день — докупите.</translation>
    </message>
    <message>
        <source>{0} lasts less than a day more at {1} a day — top up in SE Ranking.</source>
        <translation>{0} хватит меньше чем на сутки при расходе {1} в день — пополните баланс в SE Ranking.</translation>
    </message>
    <message>
        <source>{0} lasts about {days} more at {1} a day — top up in SE Ranking.</source>
        <translation>{0} хватит примерно на {days} при расходе {1} в день — пополните баланс в SE Ranking.</translation>
    </message>
    <message>
        <source>The API credit subscription expires in {days} — renew it in SE Ranking.</source>
        <translation>Подписка на кредиты API истекает через {days} — продлите её в SE Ranking.</translation>
    </message>
    <message>
        <source>The API credit subscription expires today — renew it in SE Ranking.</source>
        <translation>Подписка на кредиты API истекает сегодня — продлите её в SE Ranking.</translation>
    </message>
    <message>
        <source>Pay per check</source>
        <translation>Оплата за проверку</translation>
    </message>
    <message>
        <source>{type} expired</source>
        <translation>{type}: срок истёк</translation>
    </message>
    <message>
        <source>{type} active</source>
        <translation>{type}: действует</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Подписка</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Пробный период</translation>
    </message>
    <message>
        <source>Balance {amount}</source>
        <translation>Баланс {amount}</translation>
    </message>
    <message>
        <source>{name}: SE Ranking account is fine again</source>
        <translation>{name}: аккаунт SE Ranking снова в порядке</translation>
    </message>
    <message>
        <source>{name}: SE Ranking balance is low</source>
        <translation>{name}: низкий баланс SE Ranking</translation>
    </message>
    <message>
        <source>Balance {balance} is below your threshold of {threshold}. Top up in SE Ranking.</source>
        <translation>Баланс {balance} ниже вашего порога {threshold}. Пополните его в SE Ranking.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking balance is running low</source>
        <translation>{name}: баланс SE Ranking скоро закончится</translation>
    </message>
    <message>
        <source>{name}: SE Ranking API credits are low</source>
        <translation>{name}: мало кредитов API SE Ranking</translation>
    </message>
    <message>
        <source>API credits</source>
        <translation>Кредиты API</translation>
    </message>
    <message>
        <source>{left} — under {percent} % of the limit left; buy more in SE Ranking.</source>
        <translation>{left} — осталось меньше {percent} % лимита; докупите в SE Ranking.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking API credit subscription {expires}</source>
        <translation>{name}: подписка на кредиты API SE Ranking {expires}</translation>
    </message>
    <message>
        <source>{credits}. Renew it in SE Ranking.</source>
        <translation>{credits}. Продлите подписку в SE Ranking.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking API credits expired</source>
        <translation>{name}: кредиты API SE Ranking истекли</translation>
    </message>
    <message>
        <source>{name}: SE Ranking subscription expired</source>
        <translation>{name}: подписка SE Ranking истекла</translation>
    </message>
    <message>
        <source>{name}: SE Ranking rejected the API key</source>
        <translation>{name}: SE Ranking отклонил ключ API</translation>
    </message>
    <message>
        <source>{problem}. Open Settings to enter the Project API key.</source>
        <translation>{problem}. Откройте настройки и введите ключ Project API.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking account cannot be checked</source>
        <translation>{name}: не удаётся проверить аккаунт SE Ranking</translation>
    </message>
    <message numerus="yes">
        <source>No answer for %n min: {problem}. Last known balance: {balance}.</source>
        <translation>
            <numerusform>Нет ответа %n мин: {problem}. Последний известный баланс: {balance}.</numerusform>
            <numerusform>Нет ответа %n мин: {problem}. Последний известный баланс: {balance}.</numerusform>
            <numerusform>Нет ответа %n мин: {problem}. Последний известный баланс: {balance}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer for %n min: {problem}.</source>
        <translation>
            <numerusform>Нет ответа %n мин: {problem}.</numerusform>
            <numerusform>Нет ответа %n мин: {problem}.</numerusform>
            <numerusform>Нет ответа %n мин: {problem}.</numerusform>
        </translation>
    </message>
    <message>
        <source>All fine</source>
        <translation>Всё в порядке</translation>
    </message>
    <message>
        <source>Running low</source>
        <translation>Заканчивается</translation>
    </message>
    <message>
        <source>Low balance</source>
        <translation>Низкий баланс</translation>
    </message>
    <message>
        <source>API credits low</source>
        <translation>Мало кредитов API</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Скоро истекает</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <source>Subscription expired</source>
        <translation>Подписка истекла</translation>
    </message>
    <message>
        <source>Cannot check the account</source>
        <translation>Не удаётся проверить аккаунт</translation>
    </message>
    <message>
        <source>The key was rejected</source>
        <translation>Ключ отклонён</translation>
    </message>
    <message>
        <source>SE Ranking refused the key (payment required)</source>
        <translation>SE Ranking отклонил ключ (требуется оплата)</translation>
    </message>
    <message>
        <source>No network connection to SE Ranking</source>
        <translation>Нет сетевого подключения к SE Ranking</translation>
    </message>
    <message>
        <source>SE Ranking did not answer in time</source>
        <translation>SE Ranking не ответил вовремя</translation>
    </message>
    <message>
        <source>SE Ranking&apos;s server had a problem</source>
        <translation>Ошибка на сервере SE Ranking</translation>
    </message>
    <message>
        <source>Too many requests — try again in a minute</source>
        <translation>Слишком много запросов — повторите через минуту</translation>
    </message>
    <message>
        <source>Unexpected answer from the API</source>
        <translation>Неожиданный ответ API</translation>
    </message>
    <message>
        <source>Configuration problem</source>
        <translation>Ошибка конфигурации</translation>
    </message>
    <message>
        <source>Not found at this address — SE Ranking may have retired it, or the API URL is wrong</source>
        <translation>Не найдено по этому адресу — возможно, SE Ranking отключил его, или URL API неверен</translation>
    </message>
    <message>
        <source>The check failed</source>
        <translation>Проверка не удалась</translation>
    </message>
    <message>
        <source> (it looks like a Data API key)</source>
        <translation> (похоже на ключ Data API)</translation>
    </message>
    <message>
        <source>{subscription} (balance {amount})</source>
        <translation>{subscription} (баланс {amount})</translation>
    </message>
    <message>
        <source>Sub-accounts and projects are not available for this key.</source>
        <translation>Субаккаунты и проекты недоступны для этого ключа.</translation>
    </message>
    <message>
        <source>Sub-accounts and projects: not read yet.</source>
        <translation>Субаккаунты и проекты: ещё не прочитаны.</translation>
    </message>
    <message>
        <source>Sub-accounts are not available for this key (a sub-account&apos;s key, or no such plan).</source>
        <translation>Субаккаунты недоступны для этого ключа (это ключ субаккаунта или тариф без них).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-account(s)</source>
        <translation>
            <numerusform>%Ln субаккаунт</numerusform>
            <numerusform>%Ln субаккаунта</numerusform>
            <numerusform>%Ln субаккаунтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln проект</numerusform>
            <numerusform>%Ln проекта</numerusform>
            <numerusform>%Ln проектов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> и ещё %Ln</numerusform>
            <numerusform> и ещё %Ln</numerusform>
            <numerusform> и ещё %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>blocked by limits</source>
        <translation>заблокирован лимитами</translation>
    </message>
    <message>
        <source>working</source>
        <translation>работает</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-account(s) blocked by limits: {names}{more}</source>
        <translation>
            <numerusform>%Ln субаккаунт заблокирован лимитами: {names}{more}</numerusform>
            <numerusform>%Ln субаккаунта заблокированы лимитами: {names}{more}</numerusform>
            <numerusform>%Ln субаккаунтов заблокировано лимитами: {names}{more}</numerusform>
        </translation>
    </message>
    <message>
        <source>{sub_accounts} — none blocked</source>
        <translation>{sub_accounts} — заблокированных нет</translation>
    </message>
    <message numerus="yes">
        <source>{sub_accounts} — %Ln blocked by limits: {names}{more}</source>
        <translation>
            <numerusform>{sub_accounts} — %Ln заблокирован лимитами: {names}{more}</numerusform>
            <numerusform>{sub_accounts} — %Ln заблокированы лимитами: {names}{more}</numerusform>
            <numerusform>{sub_accounts} — %Ln заблокировано лимитами: {names}{more}</numerusform>
        </translation>
    </message>
    <message>
        <source>keywords unknown</source>
        <translation>ключевые слова: нет данных</translation>
    </message>
    <message numerus="yes">
        <source>%Ln keyword(s)</source>
        <translation>
            <numerusform>%Ln ключевое слово</numerusform>
            <numerusform>%Ln ключевых слова</numerusform>
            <numerusform>%Ln ключевых слов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active</source>
        <translation>
            <numerusform>%Ln активный</numerusform>
            <numerusform>%Ln активных</numerusform>
            <numerusform>%Ln активных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-account(s) blocked</source>
        <translation>
            <numerusform>%Ln субаккаунт заблокирован</numerusform>
            <numerusform>%Ln субаккаунта заблокированы</numerusform>
            <numerusform>%Ln субаккаунтов заблокировано</numerusform>
        </translation>
    </message>
    <message>
        <source>{account}: sub-account {name} is blocked by limits</source>
        <translation>{account}: субаккаунт {name} заблокирован лимитами</translation>
    </message>
    <message>
        <source>{sub_account} has stopped working: it reached its limits. Raise them in SE Ranking.</source>
        <translation>{sub_account} перестал работать: достигнуты лимиты. Увеличьте их в SE Ranking.</translation>
    </message>
    <message numerus="yes">
        <source>{account}: %Ln sub-accounts are blocked by limits</source>
        <translation>
            <numerusform>{account}: %Ln субаккаунт заблокирован лимитами</numerusform>
            <numerusform>{account}: %Ln субаккаунта заблокированы лимитами</numerusform>
            <numerusform>{account}: %Ln субаккаунтов заблокировано лимитами</numerusform>
        </translation>
    </message>
    <message>
        <source>{blocked}. They have stopped working: raise their limits in SE Ranking.</source>
        <translation>{blocked}. Они перестали работать: увеличьте их лимиты в SE Ranking.</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>У аккаунта должно быть название.</translation>
    </message>
    <message>
        <source>The name {name} is reserved for the {variable} account.</source>
        <translation>Название {name} зарезервировано для аккаунта из {variable}.</translation>
    </message>
    <message>
        <source>There is already an account named {name}.</source>
        <translation>Аккаунт с названием {name} уже существует.</translation>
    </message>
    <message>
        <source>The API URL {url} is not a valid URL.</source>
        <translation>URL API {url} не является корректным URL.</translation>
    </message>
    <message>
        <source>The API URL {url} must start with https:// and name a host.</source>
        <translation>URL API {url} должен начинаться с https:// и содержать имя хоста.</translation>
    </message>
    <message>
        <source>The API URL must not contain credentials, a query or a fragment.</source>
        <translation>URL API не должен содержать учётные данные, запрос или фрагмент.</translation>
    </message>
    <message>
        <source>The API URL {url} uses plain http://, which is only allowed for this machine (localhost, 127.0.0.1, ::1); use https://.</source>
        <translation>URL API {url} использует незащищённый http://, который разрешён только для этого компьютера (localhost, 127.0.0.1, ::1); используйте https://.</translation>
    </message>
    <message>
        <source>This key is already the key of the account {name}.</source>
        <translation>Этот ключ уже используется аккаунтом {name}.</translation>
    </message>
    <message>
        <source>The last account cannot be removed; delete its key with `key delete` instead.</source>
        <translation>Последний аккаунт нельзя удалить; вместо этого удалите его ключ командой `key delete`.</translation>
    </message>
    <message>
        <source>No API key is set. Add your Project API key in Settings, store it with `seranking-tray key set`, or set SERANKING_API_KEY.</source>
        <translation>Ключ API не задан. Добавьте ключ Project API в настройках, сохраните его командой `seranking-tray key set` или задайте SERANKING_API_KEY.</translation>
    </message>
    <message>
        <source>No complete answer within {seconds} s.</source>
        <translation>Полный ответ не получен за {seconds} с.</translation>
    </message>
    <message>
        <source>The answer from {path} is larger than {size} bytes.</source>
        <translation>Ответ от {path} превышает {size} байт.</translation>
    </message>
    <message>
        <source>The picture&apos;s address is not valid; not loaded.</source>
        <translation>Адрес изображения некорректен; изображение не загружено.</translation>
    </message>
    <message>
        <source>The picture could not be loaded ({status}).</source>
        <translation>Не удалось загрузить изображение ({status}).</translation>
    </message>
    <message>
        <source>The picture is not an image.</source>
        <translation>Полученный файл не является изображением.</translation>
    </message>
    <message>
        <source>The picture is larger than 1 MB.</source>
        <translation>Изображение превышает 1 MB.</translation>
    </message>
    <message>
        <source>The picture is larger than 1 MB or too slow.</source>
        <translation>Изображение превышает 1 MB или загружается слишком медленно.</translation>
    </message>
    <message>
        <source>The picture redirects too many times.</source>
        <translation>Слишком много перенаправлений при загрузке изображения.</translation>
    </message>
    <message>
        <source>No API key is set.</source>
        <translation>Ключ API не задан.</translation>
    </message>
    <message>
        <source>The lists were not read within {seconds} s.</source>
        <translation>Списки субаккаунтов и проектов не удалось прочитать за {seconds} с.</translation>
    </message>
    <message>
        <source>The answer from {path} is larger than 16 MiB.</source>
        <translation>Ответ от {path} превышает 16 MiB.</translation>
    </message>
    <message>
        <source>The picture&apos;s address is not https; not loaded.</source>
        <translation>Адрес изображения не использует https; изображение не загружено.</translation>
    </message>
    <message>
        <source>The answer from {path} is not UTF-8 text.</source>
        <translation>Ответ от {path} не является текстом в UTF-8.</translation>
    </message>
    <message>
        <source>The answer from {path} is empty.</source>
        <translation>Ответ от {path} пуст.</translation>
    </message>
    <message>
        <source>The answer from {path} is not valid JSON.</source>
        <translation>Ответ от {path} не является корректным JSON.</translation>
    </message>
    <message>
        <source>SE Ranking rejected the API key{said}.</source>
        <translation>SE Ranking отклонил ключ API{said}.</translation>
    </message>
    <message>
        <source>SE Ranking refused the request: payment required{said}. The plan may not include the API, or the key is not linked yet.</source>
        <translation>SE Ranking отклонил запрос: требуется оплата{said}. Возможно, тариф не включает API или ключ ещё не привязан.</translation>
    </message>
    <message>
        <source>Too many requests to SE Ranking{said}.</source>
        <translation>Слишком много запросов к SE Ranking{said}.</translation>
    </message>
    <message>
        <source>SE Ranking&apos;s server had a problem ({status}){said}.</source>
        <translation>Ошибка на сервере SE Ranking ({status}){said}.</translation>
    </message>
    <message>
        <source>The API answered {path} with a redirect ({status}); not followed. Is the API URL right?</source>
        <translation>API ответил на {path} перенаправлением ({status}); переход не выполнен. Правильно ли указан URL API?</translation>
    </message>
    <message>
        <source>{path} was not found at this address ({status}) — SE Ranking may have retired it, or the API URL is wrong.</source>
        <translation>{path} не найден по этому адресу ({status}) — возможно, SE Ranking отключил его, или URL API неверен.</translation>
    </message>
    <message>
        <source>Unexpected answer {status} from {path}{said}.</source>
        <translation>Неожиданный ответ {status} от {path}{said}.</translation>
    </message>
    <message>
        <source>Unexpected failure reading {path}.</source>
        <translation>Неожиданный сбой при чтении {path}.</translation>
    </message>
    <message>
        <source>SE Ranking did not answer in time.</source>
        <translation>SE Ranking не ответил вовремя.</translation>
    </message>
    <message>
        <source>The connection to SE Ranking dropped in the middle of an answer.</source>
        <translation>Подключение к SE Ranking прервалось во время получения ответа.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to SE Ranking could not be made.</source>
        <translation>Не удалось установить защищённое (TLS) подключение к SE Ranking.</translation>
    </message>
    <message>
        <source>Connecting to SE Ranking timed out.</source>
        <translation>Истекло время ожидания подключения к SE Ranking.</translation>
    </message>
    <message>
        <source>SE Ranking&apos;s address could not be resolved (offline?).</source>
        <translation>Не удалось определить адрес SE Ranking (нет сети?).</translation>
    </message>
    <message>
        <source>The connection to SE Ranking was refused.</source>
        <translation>Подключение к SE Ranking отклонено.</translation>
    </message>
    <message>
        <source>The connection to SE Ranking failed or was reset.</source>
        <translation>Не удалось подключиться к SE Ranking, или подключение было сброшено.</translation>
    </message>
    <message>
        <source>Network problem talking to SE Ranking ({error}).</source>
        <translation>Сетевая ошибка при обращении к SE Ranking ({error}).</translation>
    </message>
    <message>
        <source>The settings file could not be read, so it is not changed.</source>
        <translation>Не удалось прочитать файл настроек, поэтому он не изменён.</translation>
    </message>
    <message>
        <source>No API key is set for {account}.</source>
        <translation>Для аккаунта {account} не задан ключ API.</translation>
    </message>
    <message>
        <source>field {field} is missing</source>
        <translation>поле {field} отсутствует</translation>
    </message>
    <message>
        <source>field {field} is empty</source>
        <translation>поле {field} пустое</translation>
    </message>
    <message>
        <source>field {field} is not a finite number</source>
        <translation>поле {field} не является конечным числом</translation>
    </message>
    <message>
        <source>field {field} is not an object</source>
        <translation>поле {field} не является объектом</translation>
    </message>
    <message>
        <source>field {field} should be a number</source>
        <translation>поле {field} должно быть числом</translation>
    </message>
    <message>
        <source>field {field} should be a number, got {got}</source>
        <translation>поле {field} должно быть числом, получено: {got}</translation>
    </message>
    <message>
        <source>field {field} should be a whole number, got {got}</source>
        <translation>поле {field} должно быть целым числом, получено: {got}</translation>
    </message>
    <message>
        <source>field {field} should be a number of credits, got {got}</source>
        <translation>поле {field} должно быть количеством кредитов, получено: {got}</translation>
    </message>
    <message>
        <source>field {field} should be text</source>
        <translation>поле {field} должно быть текстом</translation>
    </message>
    <message>
        <source>field {field} should be text, got {got}</source>
        <translation>поле {field} должно быть текстом, получено: {got}</translation>
    </message>
    <message>
        <source>field {field} should be true or false, got {got}</source>
        <translation>поле {field} должно быть true или false, получено: {got}</translation>
    </message>
    <message>
        <source>field {field} should be a date, got {got}</source>
        <translation>поле {field} должно быть датой, получено: {got}</translation>
    </message>
    <message>
        <source>field {field} should be an object, got {got}</source>
        <translation>поле {field} должно быть объектом, получено: {got}</translation>
    </message>
    <message>
        <source>field {field} should be a list, got {got}</source>
        <translation>поле {field} должно быть списком, получено: {got}</translation>
    </message>
    <message>
        <source>an entry of {field} is not an object</source>
        <translation>элемент {field} не является объектом</translation>
    </message>
    <message>
        <source>a project is not an object</source>
        <translation>проект не является объектом</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>ожидался объект JSON</translation>
    </message>
    <message>
        <source>expected a JSON object, got {got}</source>
        <translation>ожидался объект JSON, получено: {got}</translation>
    </message>
    <message>
        <source>expected a JSON object or list, got {got}</source>
        <translation>ожидался объект или список JSON, получено: {got}</translation>
    </message>
    <message>
        <source>Unexpected answer from {path}: {detail}</source>
        <translation>Неожиданный ответ от {path}: {detail}</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>логическое значение</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>Another check with the same key did not finish in time.</source>
        <translation>Другая проверка с тем же ключом не завершилась вовремя.</translation>
    </message>
    <message>
        <source>Cannot start a new balance history at {path}: {error}</source>
        <translation>Не удаётся создать новую историю баланса в {path}: {error}</translation>
    </message>
    <message>
        <source>Cannot open the balance history {path}: {error}</source>
        <translation>Не удаётся открыть историю баланса {path}: {error}</translation>
    </message>
    <message>
        <source>Cannot use the balance history {path}: {error}</source>
        <translation>Не удаётся использовать историю баланса {path}: {error}</translation>
    </message>
    <message>
        <source>The balance history could not be used: {error}</source>
        <translation>Не удалось использовать историю баланса: {error}</translation>
    </message>
    <message>
        <source>The balance history {path} could not be read ({reason}); it was kept as {aside} and a new one started.</source>
        <translation>Не удалось прочитать историю баланса {path} ({reason}); она сохранена как {aside}, начата новая.</translation>
    </message>
    <message>
        <source>{problem}. Balance history is off until the app restarts.</source>
        <translation>{problem}. История баланса отключена до перезапуска приложения.</translation>
    </message>
    <message>
        <source>The balance history was written by a newer version of SE Ranking Tray (schema {version}, this version knows {known}); it is left as it is</source>
        <translation>История баланса записана более новой версией SE Ranking Tray (схема {version}, эта версия поддерживает {known}); она оставлена без изменений</translation>
    </message>
    <message>
        <source>opening the keyring</source>
        <translation>при открытии хранилища ключей</translation>
    </message>
    <message>
        <source>reading the API key</source>
        <translation>при чтении ключа API</translation>
    </message>
    <message>
        <source>saving the key</source>
        <translation>при сохранении ключа</translation>
    </message>
    <message>
        <source>removing the API key</source>
        <translation>при удалении ключа API</translation>
    </message>
    <message>
        <source>The keyring is locked; unlock it and try again.</source>
        <translation>Хранилище ключей заблокировано; разблокируйте его и повторите попытку.</translation>
    </message>
    <message>
        <source>The keyring did not answer within {seconds} s while {what}; is it locked?</source>
        <translation>Хранилище ключей не ответило за {seconds} с {what}; не заблокировано ли оно?</translation>
    </message>
    <message>
        <source>No keyring is available to hold the API key (no Secret Service, KWallet, Keychain or Credential Manager was found). Set {variable} instead, or start a keyring service.</source>
        <translation>Нет хранилища ключей, в котором можно хранить ключ API (Secret Service, KWallet, Keychain или Credential Manager не найдены). Вместо этого задайте {variable} или запустите службу хранилища ключей.</translation>
    </message>
    <message>
        <source>The keyring is locked; unlock it and try again ({what}).</source>
        <translation>Хранилище ключей заблокировано; разблокируйте его и повторите попытку ({what}).</translation>
    </message>
    <message>
        <source>The keyring could not be opened ({what}); it may be locked. Unlock it and try again.</source>
        <translation>Не удалось открыть хранилище ключей ({what}); возможно, оно заблокировано. Разблокируйте его и повторите попытку.</translation>
    </message>
    <message>
        <source>The keyring failed while {what} ({error}).</source>
        <translation>Ошибка хранилища ключей {what} ({error}).</translation>
    </message>
    <message>
        <source>The keyring backend {backend} stores secrets unencrypted; SE Ranking Tray will not keep the key there.</source>
        <translation>Модуль хранилища ключей {backend} хранит секреты без шифрования; SE Ranking Tray не будет хранить там ключ.</translation>
    </message>
    <message>
        <source>unavailable — {why}</source>
        <translation>недоступно — {why}</translation>
    </message>
    <message>
        <source>No account is configured in the settings.</source>
        <translation>В настройках нет ни одного аккаунта.</translation>
    </message>
    <message>
        <source>Setting &apos;language&apos; = {value} is not a known language; using {default}.</source>
        <translation>Настройка &apos;language&apos; = {value} — неизвестный язык; используется {default}.</translation>
    </message>
    <message>
        <source>Setting {name} = {value} is not one of {choices}; using {default}.</source>
        <translation>Настройка {name} = {value} не входит в список {choices}; используется {default}.</translation>
    </message>
    <message>
        <source>Setting {name} = {value} is out of range; using {clamped}.</source>
        <translation>Настройка {name} = {value} вне допустимого диапазона; используется {clamped}.</translation>
    </message>
    <message>
        <source>Setting {name} has an invalid value {value}; using the default {default}.</source>
        <translation>Настройка {name} имеет недопустимое значение {value}; используется значение по умолчанию {default}.</translation>
    </message>
    <message>
        <source>Ignoring the account {account} in the settings: it needs an id of its own.</source>
        <translation>Аккаунт {account} в настройках пропущен: ему нужен собственный идентификатор.</translation>
    </message>
    <message>
        <source>Ignoring the api_url {url} of the account {account}: it is not text.</source>
        <translation>Значение api_url {url} аккаунта {account} пропущено: это не текст.</translation>
    </message>
    <message>
        <source>Ignoring the rules {rules} of the account {account}: not an object.</source>
        <translation>Правила {rules} аккаунта {account} пропущены: это не объект.</translation>
    </message>
    <message>
        <source>Cannot read the settings file {path}: {error}; using defaults.</source>
        <translation>Не удаётся прочитать файл настроек {path}: {error}; используются значения по умолчанию.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it was kept as {aside}. Using defaults.</source>
        <translation>Файл настроек {path} повреждён ({error}); он сохранён как {aside}. Используются значения по умолчанию.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it could not be moved aside. Using defaults.</source>
        <translation>Файл настроек {path} повреждён ({error}); не удалось отложить его в сторону. Используются значения по умолчанию.</translation>
    </message>
    <message>
        <source>Cannot save the account list to the settings file: {error}.</source>
        <translation>Не удаётся сохранить список аккаунтов в файл настроек: {error}.</translation>
    </message>
</context>
</TS>
