<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
        <translation>Adicionar uma conta</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nome da conta</translation>
    </message>
    <message>
        <source>Project API key</source>
        <translation>Chave da Project API</translation>
    </message>
    <message>
        <source>API URL (optional)</source>
        <translation>URL da API (opcional)</translation>
    </message>
    <message>
        <source>Data API URL (optional)</source>
        <translation>URL da Data API (opcional)</translation>
    </message>
    <message>
        <source>the default Data API</source>
        <translation>a Data API padrão</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Project API &amp;key:</source>
        <translation>&amp;Chave da Project API:</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL da API:</translation>
    </message>
    <message>
        <source>&amp;Data API URL:</source>
        <translation>URL da &amp;Data API:</translation>
    </message>
    <message>
        <source>Type the account&apos;s Project API key.</source>
        <translation>Digite a chave da Project API da conta.</translation>
    </message>
    <message>
        <source>Rename {label}</source>
        <translation>Renomear {label}</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renomear</translation>
    </message>
    <message>
        <source>New account name</source>
        <translation>Novo nome da conta</translation>
    </message>
    <message>
        <source>Remove {label}</source>
        <translation>Remover {label}</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Remove the account “{label}” and delete its key from the keyring?</source>
        <translation>Remover a conta “{label}” e excluir a chave do chaveiro?</translation>
    </message>
    <message>
        <source>Also delete its &amp;history</source>
        <translation>Excluir também o &amp;histórico</translation>
    </message>
    <message>
        <source>Also delete its history</source>
        <translation>Excluir também o histórico</translation>
    </message>
    <message>
        <source>{amount} credits</source>
        <translation>{amount} créditos</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>Conta demo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Foto do perfil</translation>
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
        <translation>Assinatura:</translation>
    </message>
    <message>
        <source>API credits:</source>
        <translation>Créditos de API:</translation>
    </message>
    <message>
        <source>Last update:</source>
        <translation>Última atualização:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Balance over time</source>
        <translation>Evolução do saldo</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Não configurado</translation>
    </message>
    <message>
        <source>Add your Project API key in Settings.</source>
        <translation>Adicione sua chave da Project API em Configurações.</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Sem chave de API</translation>
    </message>
    <message>
        <source>SE Ranking account</source>
        <translation>Conta do SE Ranking</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>{email} (verified)</source>
        <translation>{email} (verificado)</translation>
    </message>
    <message>
        <source>{email} (not verified)</source>
        <translation>{email} (não verificado)</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar tudo</translation>
    </message>
    <message>
        <source>key in the keyring</source>
        <translation>chave no chaveiro</translation>
    </message>
    <message>
        <source>key from SERANKING_API_KEY</source>
        <translation>chave de SERANKING_API_KEY</translation>
    </message>
    <message>
        <source>key for this session only</source>
        <translation>chave só para esta sessão</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>ainda sem chave</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>a conta</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Connected to {name} — balance {balance}</source>
        <translation>Conectado a {name} — saldo {balance}</translation>
    </message>
    <message>
        <source>{what} failed ({error}).</source>
        <translation>{what} falhou ({error}).</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>Changes to this list are saved at once. The rules below apply to the selected account.</source>
        <translation>As alterações nesta lista são salvas na hora. As regras abaixo valem para a conta selecionada.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Adicionar conta…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nomear…</translation>
    </message>
    <message>
        <source>Rename the selected account</source>
        <translation>Renomear a conta selecionada</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>Remo&amp;ver…</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>Remover a conta selecionada</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <source>Move the selected account up</source>
        <translation>Mover a conta selecionada para cima</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <source>Move the selected account down</source>
        <translation>Mover a conta selecionada para baixo</translation>
    </message>
    <message>
        <source>Te&amp;st account</source>
        <translation>&amp;Testar conta</translation>
    </message>
    <message>
        <source>Test the connection of the selected account</source>
        <translation>Testar a conexão da conta selecionada</translation>
    </message>
    <message>
        <source>Reading the accounts…</source>
        <translation>Lendo as contas…</translation>
    </message>
    <message>
        <source>Accounts status</source>
        <translation>Estado das contas</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Warn when the balance runs out within this many days (0: never)</source>
        <translation>Avisar quando o saldo for acabar dentro deste número de dias (0: nunca)</translation>
    </message>
    <message>
        <source>Warn when it runs &amp;out within:</source>
        <translation>Avisar se for ac&amp;abar em:</translation>
    </message>
    <message>
        <source>problem: {problem}</source>
        <translation>problema: {problem}</translation>
    </message>
    <message>
        <source>read-only, {detail}</source>
        <translation>somente leitura, {detail}</translation>
    </message>
    <message>
        <source>Reading the accounts</source>
        <translation>A leitura das contas</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>A alteração</translation>
    </message>
    <message>
        <source>This account has no key yet.</source>
        <translation>Esta conta ainda não tem chave.</translation>
    </message>
    <message>
        <source>Testing {account}…</source>
        <translation>Testando {account}…</translation>
    </message>
    <message>
        <source>The test</source>
        <translation>O teste</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dias restantes</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s) fine</source>
        <translation>
            <numerusform>%n outra em ordem</numerusform>
            <numerusform>%n outras em ordem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) fine</source>
        <translation>
            <numerusform>%n conta em ordem</numerusform>
            <numerusform>%n contas em ordem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checking…</source>
        <translation>
            <numerusform>%n verificando…</numerusform>
            <numerusform>%n verificando…</numerusform>
        </translation>
    </message>
    <message>
        <source>No system tray was found, so SE Ranking Tray runs in this window. Closing it quits the app. (On GNOME, the AppIndicator extension adds a tray.)</source>
        <translation>Nenhuma bandeja do sistema foi encontrada, então o SE Ranking Tray roda nesta janela. Fechá-la encerra o aplicativo. (No GNOME, a extensão AppIndicator adiciona uma bandeja.)</translation>
    </message>
    <message>
        <source> (top-up +{amount})</source>
        <translation> (recarga +{amount})</translation>
    </message>
    <message>
        <source>Threshold {amount}</source>
        <translation>Limiar {amount}</translation>
    </message>
    <message>
        <source>Runs out {date}</source>
        <translation>Acaba em {date}</translation>
    </message>
    <message>
        <source>Show {range}</source>
        <translation>Mostrar {range}</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 dias</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 dias</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 dias</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tudo</translation>
    </message>
    <message>
        <source>No balance history yet — the chart fills as checks run.</source>
        <translation>Ainda não há histórico do saldo — o gráfico vai sendo preenchido com as verificações.</translation>
    </message>
    <message>
        <source>First reading recorded: {balance} — the chart fills as checks run.</source>
        <translation>Primeira leitura registrada: {balance} — o gráfico vai sendo preenchido com as verificações.</translation>
    </message>
    <message>
        <source>No readings in the last {range} — choose a longer range.</source>
        <translation>Nenhuma leitura nos últimos {range} — escolha um período maior.</translation>
    </message>
    <message>
        <source>falling about {amount} a day</source>
        <translation>caindo cerca de {amount} por dia</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>estável</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>subindo</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>caindo</translation>
    </message>
    <message>
        <source>everything recorded</source>
        <translation>todo o histórico</translation>
    </message>
    <message>
        <source>the last {range}</source>
        <translation>os últimos {range}</translation>
    </message>
    <message>
        <source>Balance {last}, {trend}. Over {period}: from {first} to {last}</source>
        <translation>Saldo {last}, {trend}. Em {period}: de {first} para {last}</translation>
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
        <translation>Mostrar a chave</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>Remover a chave salva</translation>
    </message>
    <message>
        <source>40 hexadecimal characters, from SE Ranking → Settings → API. &lt;a href=&quot;{url}&quot;&gt;Where is my key?&lt;/a&gt;</source>
        <translation>40 caracteres hexadecimais, em SE Ranking → Settings → API. &lt;a href=&quot;{url}&quot;&gt;Onde está minha chave?&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Key storage: checking the keyring…</source>
        <translation>Armazenamento da chave: verificando o chaveiro…</translation>
    </message>
    <message>
        <source>Set by the SERANKING_API_KEY environment variable</source>
        <translation>Definida pela variável de ambiente SERANKING_API_KEY</translation>
    </message>
    <message>
        <source>A key is stored — type a new one to replace it</source>
        <translation>Há uma chave salva — digite outra para substituí-la</translation>
    </message>
    <message>
        <source>Paste your Project API key</source>
        <translation>Cole sua chave da Project API</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>The stored key will be removed when you save</source>
        <translation>A chave salva será removida ao salvar</translation>
    </message>
    <message>
        <source>Keep for this session &amp;only</source>
        <translation>Manter só nesta &amp;sessão</translation>
    </message>
    <message>
        <source>Sub-accounts</source>
        <translation>Subcontas</translation>
    </message>
    <message>
        <source>Meters</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Project account (balance and subscription)</source>
        <translation>Conta da Project API (saldo e assinatura)</translation>
    </message>
    <message>
        <source>Data API credits</source>
        <translation>Créditos da Data API</translation>
    </message>
    <message>
        <source>Credits low under this share of the limit</source>
        <translation>Créditos baixos quando restar menos que esta parte do limite</translation>
    </message>
    <message>
        <source>Warn this many days before the credits expire (0: never)</source>
        <translation>Avisar com este número de dias antes de os créditos expirarem (0: nunca)</translation>
    </message>
    <message>
        <source>Credits low under:</source>
        <translation>Créditos baixos com menos de:</translation>
    </message>
    <message>
        <source>Warn before expiry:</source>
        <translation>Avisar antes de expirar:</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>Abrir conta</translation>
    </message>
    <message>
        <source>Open SE Ranking</source>
        <translation>Abrir o SE Ranking</translation>
    </message>
    <message>
        <source>SE Ranking Tray (Demo) — </source>
        <translation>SE Ranking Tray (Demo) — </translation>
    </message>
    <message>
        <source>SE Ranking Tray — set up: add your Project API key in Settings</source>
        <translation>SE Ranking Tray — para começar, adicione sua chave da Project API em Configurações</translation>
    </message>
    <message>
        <source>SE Ranking Tray — checking…</source>
        <translation>SE Ranking Tray — verificando…</translation>
    </message>
    <message>
        <source>Balance: unknown</source>
        <translation>Saldo: desconhecido</translation>
    </message>
    <message>
        <source>Balance: {amount}</source>
        <translation>Saldo: {amount}</translation>
    </message>
    <message>
        <source>{amount} (stale)</source>
        <translation>{amount} (desatualizado)</translation>
    </message>
    <message>
        <source>Subscription: unknown</source>
        <translation>Assinatura: desconhecida</translation>
    </message>
    <message>
        <source>{credits} (stale)</source>
        <translation>{credits} (desatualizado)</translation>
    </message>
    <message>
        <source>not watched</source>
        <translation>não monitorado</translation>
    </message>
    <message>
        <source>{problem}. Automatic refresh is paused until the key changes.</source>
        <translation>{problem}. A atualização automática está pausada até a chave ser alterada.</translation>
    </message>
    <message>
        <source>Updated {age}</source>
        <translation>Atualizado {age}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Experimentar a &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Sub-accounts and projects</source>
        <translation>Subcontas e projetos</translation>
    </message>
    <message>
        <source>Alert when a sub-account is &amp;blocked by limits</source>
        <translation>Avisar quando uma subconta &amp;for bloqueada por limites</translation>
    </message>
    <message>
        <source>Alert when a sub-account is blocked by limits</source>
        <translation>Avisar quando uma subconta for bloqueada por limites</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Refresh interval for the sub-accounts and projects, in minutes</source>
        <translation>Intervalo de atualização das subcontas e projetos, em minutos</translation>
    </message>
    <message>
        <source>Re&amp;fresh them every:</source>
        <translation>Atuali&amp;zá-las a cada:</translation>
    </message>
    <message>
        <source>Refresh interval in minutes</source>
        <translation>Intervalo de atualização em minutos</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Atualizar a cada:</translation>
    </message>
    <message>
        <source>Low-balance threshold</source>
        <translation>Limiar de saldo baixo</translation>
    </message>
    <message>
        <source>&amp;Warn when the balance is below:</source>
        <translation>A&amp;visar quando o saldo for menor que:</translation>
    </message>
    <message>
        <source>Tray icon style</source>
        <translation>Estilo do ícone da bandeja</translation>
    </message>
    <message>
        <source>Tray &amp;icon:</source>
        <translation>Í&amp;cone da bandeja:</translation>
    </message>
    <message>
        <source>Start SE Ranking Tray when I log in</source>
        <translation>Iniciar o SE Ranking Tray ao entrar na sessão</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar com a sessão</translation>
    </message>
    <message>
        <source>Start at &amp;login:</source>
        <translation>Iniciar com a &amp;sessão:</translation>
    </message>
    <message>
        <source>Notify me when</source>
        <translation>Notificar quando</translation>
    </message>
    <message>
        <source>the balance is &amp;low</source>
        <translation>o saldo estiver &amp;baixo</translation>
    </message>
    <message>
        <source>the subscription &amp;expires</source>
        <translation>a assinatura &amp;expirar</translation>
    </message>
    <message>
        <source>the &amp;key is rejected</source>
        <translation>a &amp;chave for rejeitada</translation>
    </message>
    <message>
        <source>the account cannot be checked for &amp;more than</source>
        <translation>não for possível verificar a conta por &amp;mais de</translation>
    </message>
    <message>
        <source>Grace period before an unreachable account is announced, in minutes</source>
        <translation>Tolerância antes de avisar que uma conta está inacessível, em minutos</translation>
    </message>
    <message>
        <source>everything is fine &amp;again</source>
        <translation>tudo voltar ao &amp;normal</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL base da API</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>Tempo limite de conexão em segundos</translation>
    </message>
    <message>
        <source>Read timeout in seconds</source>
        <translation>Tempo limite de leitura em segundos</translation>
    </message>
    <message>
        <source>Deadline for a whole check in seconds</source>
        <translation>Prazo para uma verificação completa em segundos</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>Tempo limite de &amp;conexão:</translation>
    </message>
    <message>
        <source>Rea&amp;d timeout:</source>
        <translation>Tempo limite de &amp;leitura:</translation>
    </message>
    <message>
        <source>Whole check &amp;gives up after:</source>
        <translation>&amp;Desistir da verificação após:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Key storage: {name}</source>
        <translation>Armazenamento da chave: {name}</translation>
    </message>
    <message>
        <source>Type your Project API key first.</source>
        <translation>Digite primeiro sua chave da Project API.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <source>the test failed ({error})</source>
        <translation>o teste falhou ({error})</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Não foi possível salvar as configurações: {error}</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {error}</source>
        <translation>Não foi possível alterar o início com a sessão: {error}</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colorido</translation>
    </message>
    <message>
        <source>Monochrome light (for dark panels)</source>
        <translation>Monocromático claro (para painéis escuros)</translation>
    </message>
    <message>
        <source>Monochrome dark (for light panels)</source>
        <translation>Monocromático escuro (para painéis claros)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome!&lt;/b&gt; Paste your SE Ranking &lt;b&gt;Project API key&lt;/b&gt; to start watching your balance and subscription — or try the demo first.</source>
        <translation>&lt;b&gt;Boas-vindas!&lt;/b&gt; Cole sua &lt;b&gt;chave da Project API&lt;/b&gt; do SE Ranking para começar a acompanhar seu saldo e sua assinatura — ou experimente a demo antes.</translation>
    </message>
    <message>
        <source>the keyring failed ({error})</source>
        <translation>o chaveiro falhou ({error})</translation>
    </message>
    <message>
        <source>The key could not be removed: {error}</source>
        <translation>Não foi possível remover a chave: {error}</translation>
    </message>
    <message>
        <source>The key could not be saved in the keyring: {error} The other settings were saved. You can keep the key for this session only (it is not written anywhere).</source>
        <translation>Não foi possível salvar a chave no chaveiro: {error} As outras configurações foram salvas. Você pode manter a chave só nesta sessão (ela não é gravada em lugar nenhum).</translation>
    </message>
    <message>
        <source>Automatic (the system&apos;s language)</source>
        <translation>Automático (idioma do sistema)</translation>
    </message>
    <message>
        <source>SE Ranking profile</source>
        <translation>Perfil do SE Ranking</translation>
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
        <translation>Demo — uma conta de exemplo integrada</translation>
    </message>
    <message>
        <source>Not set up: add your Project API key</source>
        <translation>Não configurado: adicione sua chave da Project API</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Atualizar agora</translation>
    </message>
    <message>
        <source>Account…</source>
        <translation>Conta…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <source>Snooze notifications</source>
        <translation>Silenciar notificações</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Por 1 hora</translation>
    </message>
    <message>
        <source>For 8 hours</source>
        <translation>Por 8 horas</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Até amanhã</translation>
    </message>
    <message>
        <source>Resume notifications</source>
        <translation>Retomar notificações</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Notifications snoozed until {time}</source>
        <translation>Notificações silenciadas até {time}</translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>Atualizar tudo</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>SE Ranking account</source>
        <translation>Conta do SE Ranking</translation>
    </message>
    <message>
        <source>≈ used up by now (forecast for {date})</source>
        <translation>≈ já esgotado (previsão para {date})</translation>
    </message>
    <message>
        <source>≈ less than a day left (until {date})</source>
        <translation>≈ resta menos de um dia (até {date})</translation>
    </message>
    <message numerus="yes">
        <source>≈ %n day(s) left (until {date})</source>
        <translation>
            <numerusform>≈ resta %n dia (até {date})</numerusform>
            <numerusform>≈ restam %n dias (até {date})</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>há %n min</numerusform>
            <numerusform>há %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>há %n h</numerusform>
            <numerusform>há %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} — checking…</source>
        <translation>{name} — verificando…</translation>
    </message>
    <message>
        <source>{name} — cannot check: {problem}</source>
        <translation>{name} — não foi possível verificar: {problem}</translation>
    </message>
    <message>
        <source>{name} — cannot check: {problem} · last known {figures} (stale, {age})</source>
        <translation>{name} — não foi possível verificar: {problem} · último valor {figures} (desatualizado, {age})</translation>
    </message>
    <message>
        <source>last known (stale, updated {age})</source>
        <translation>último valor conhecido (desatualizado, atualizado {age})</translation>
    </message>
    <message>
        <source>updated {age}</source>
        <translation>atualizado {age}</translation>
    </message>
    <message>
        <source>Renew in SE Ranking</source>
        <translation>Renovar no SE Ranking</translation>
    </message>
    <message>
        <source>This looks like a Data API key (a UUID): it shows the API credits and their expiry. The balance and the subscription need the Project API key: 40 hexadecimal characters, found in SE Ranking under Settings → API.</source>
        <translation>Parece uma chave da Data API (um UUID): ela mostra os créditos de API e a validade deles. O saldo e a assinatura precisam da chave da Project API: 40 caracteres hexadecimais, no SE Ranking em Settings → API.</translation>
    </message>
    <message>
        <source>A Project API key is 40 hexadecimal characters (0–9, a–f); this one does not look like one.</source>
        <translation>Uma chave da Project API tem 40 caracteres hexadecimais (0–9, a–f); esta não parece ser uma.</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>fev</translation>
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
        <translation>mai</translation>
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
        <translation>set</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>out</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dez</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message>
        <source>until {date} ({left})</source>
        <translation>até {date} ({left})</translation>
    </message>
    <message>
        <source>API credits: no credit subscription</source>
        <translation>Créditos de API: sem assinatura de créditos</translation>
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
        <translation>desativados em {date}</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desativados</translation>
    </message>
    <message>
        <source>inactive on {date}</source>
        <translation>inativos desde {date}</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inativos</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>expirados em {date}</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirados</translation>
    </message>
    <message>
        <source>is disabled</source>
        <translation>está desativada</translation>
    </message>
    <message>
        <source>is inactive</source>
        <translation>está inativa</translation>
    </message>
    <message>
        <source>ended on {date}</source>
        <translation>terminou em {date}</translation>
    </message>
    <message>
        <source>has ended</source>
        <translation>terminou</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>expira hoje</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expira em %n dia</numerusform>
            <numerusform>expira em %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a day</source>
        <translation>menos de um dia</translation>
    </message>
    <message>
        <source>Renew it in SE Ranking: rank checks stop until then.</source>
        <translation>Renove-a no SE Ranking: até lá, as verificações de posições ficam paradas.</translation>
    </message>
    <message>
        <source>The API credit subscription {ended} — renew it in SE Ranking.</source>
        <translation>A assinatura de créditos de API {ended} — renove-a no SE Ranking.</translation>
    </message>
    <message>
        <source>No meter to read.</source>
        <translation>Nenhum indicador para ler.</translation>
    </message>
    <message>
        <source>{0} is below your threshold of {1} — top up in SE Ranking.</source>
        <translation>O saldo de {0} está abaixo do seu limiar de {1} — recarregue no SE Ranking.</translation>
    </message>
    <message>
        <source>{left} of {limit} left, under {percent} % of the limit — buy more in SE Ranking.</source>
        <translation>Restam {left} de {limit}, menos de {percent} % do limite — compre mais no SE Ranking.</translation>
    </message>
    <message>
        <source>API credits {left} run out in about {days} at {spend} a day — buy more.</source>
        <translation>Os créditos de API ({left}) acabam em cerca de {days} a {spend} por dia — compre mais.</translation>
    </message>
    <message>
        <source>{0} lasts less than a day more at {1} a day — top up in SE Ranking.</source>
        <translation>O saldo de {0} dura menos de um dia a {1} por dia — recarregue no SE Ranking.</translation>
    </message>
    <message>
        <source>{0} lasts about {days} more at {1} a day — top up in SE Ranking.</source>
        <translation>O saldo de {0} dura mais cerca de {days} a {1} por dia — recarregue no SE Ranking.</translation>
    </message>
    <message>
        <source>The API credit subscription expires in {days} — renew it in SE Ranking.</source>
        <translation>A assinatura de créditos de API expira em {days} — renove-a no SE Ranking.</translation>
    </message>
    <message>
        <source>The API credit subscription expires today — renew it in SE Ranking.</source>
        <translation>A assinatura de créditos de API expira hoje — renove-a no SE Ranking.</translation>
    </message>
    <message>
        <source>Pay per check</source>
        <translation>Pagamento por verificação</translation>
    </message>
    <message>
        <source>{type} expired</source>
        <translation>{type} expirada</translation>
    </message>
    <message>
        <source>{type} active</source>
        <translation>{type} ativa</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Balance {amount}</source>
        <translation>Saldo {amount}</translation>
    </message>
    <message>
        <source>{name}: SE Ranking account is fine again</source>
        <translation>{name}: a conta do SE Ranking voltou ao normal</translation>
    </message>
    <message>
        <source>{name}: SE Ranking balance is low</source>
        <translation>{name}: o saldo do SE Ranking está baixo</translation>
    </message>
    <message>
        <source>Balance {balance} is below your threshold of {threshold}. Top up in SE Ranking.</source>
        <translation>O saldo de {balance} está abaixo do seu limiar de {threshold}. Recarregue no SE Ranking.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking balance is running low</source>
        <translation>{name}: o saldo do SE Ranking está acabando</translation>
    </message>
    <message>
        <source>{name}: SE Ranking API credits are low</source>
        <translation>{name}: os créditos de API do SE Ranking estão baixos</translation>
    </message>
    <message>
        <source>API credits</source>
        <translation>Créditos de API</translation>
    </message>
    <message>
        <source>{left} — under {percent} % of the limit left; buy more in SE Ranking.</source>
        <translation>{left} — resta menos de {percent} % do limite; compre mais no SE Ranking.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking API credit subscription {expires}</source>
        <translation>{name}: a assinatura de créditos de API do SE Ranking {expires}</translation>
    </message>
    <message>
        <source>{credits}. Renew it in SE Ranking.</source>
        <translation>{credits}. Renove-a no SE Ranking.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking API credits expired</source>
        <translation>{name}: os créditos de API do SE Ranking expiraram</translation>
    </message>
    <message>
        <source>{name}: SE Ranking subscription expired</source>
        <translation>{name}: a assinatura do SE Ranking expirou</translation>
    </message>
    <message>
        <source>{name}: SE Ranking rejected the API key</source>
        <translation>{name}: o SE Ranking rejeitou a chave de API</translation>
    </message>
    <message>
        <source>{problem}. Open Settings to enter the Project API key.</source>
        <translation>{problem}. Abra as Configurações para inserir a chave da Project API.</translation>
    </message>
    <message>
        <source>{name}: SE Ranking account cannot be checked</source>
        <translation>{name}: não foi possível verificar a conta do SE Ranking</translation>
    </message>
    <message numerus="yes">
        <source>No answer for %n min: {problem}. Last known balance: {balance}.</source>
        <translation>
            <numerusform>Sem resposta há %n min: {problem}. Último saldo conhecido: {balance}.</numerusform>
            <numerusform>Sem resposta há %n min: {problem}. Último saldo conhecido: {balance}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer for %n min: {problem}.</source>
        <translation>
            <numerusform>Sem resposta há %n min: {problem}.</numerusform>
            <numerusform>Sem resposta há %n min: {problem}.</numerusform>
        </translation>
    </message>
    <message>
        <source>All fine</source>
        <translation>Tudo certo</translation>
    </message>
    <message>
        <source>Running low</source>
        <translation>Acabando</translation>
    </message>
    <message>
        <source>Low balance</source>
        <translation>Saldo baixo</translation>
    </message>
    <message>
        <source>API credits low</source>
        <translation>Créditos de API baixos</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expira em breve</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requer atenção</translation>
    </message>
    <message>
        <source>Subscription expired</source>
        <translation>Assinatura expirada</translation>
    </message>
    <message>
        <source>Cannot check the account</source>
        <translation>Não foi possível verificar a conta</translation>
    </message>
    <message>
        <source>The key was rejected</source>
        <translation>A chave foi rejeitada</translation>
    </message>
    <message>
        <source>SE Ranking refused the key (payment required)</source>
        <translation>O SE Ranking recusou a chave (pagamento necessário)</translation>
    </message>
    <message>
        <source>No network connection to SE Ranking</source>
        <translation>Sem conexão de rede com o SE Ranking</translation>
    </message>
    <message>
        <source>SE Ranking did not answer in time</source>
        <translation>O SE Ranking não respondeu a tempo</translation>
    </message>
    <message>
        <source>SE Ranking&apos;s server had a problem</source>
        <translation>O servidor do SE Ranking teve um problema</translation>
    </message>
    <message>
        <source>Too many requests — try again in a minute</source>
        <translation>Muitas solicitações — tente de novo em um minuto</translation>
    </message>
    <message>
        <source>Unexpected answer from the API</source>
        <translation>Resposta inesperada da API</translation>
    </message>
    <message>
        <source>Configuration problem</source>
        <translation>Problema de configuração</translation>
    </message>
    <message>
        <source>Not found at this address — SE Ranking may have retired it, or the API URL is wrong</source>
        <translation>Não encontrado neste endereço — o SE Ranking pode tê-lo desativado, ou a URL da API está errada</translation>
    </message>
    <message>
        <source>The check failed</source>
        <translation>A verificação falhou</translation>
    </message>
    <message>
        <source> (it looks like a Data API key)</source>
        <translation> (parece uma chave da Data API)</translation>
    </message>
    <message>
        <source>{subscription} (balance {amount})</source>
        <translation>{subscription} (saldo {amount})</translation>
    </message>
    <message>
        <source>Sub-accounts and projects are not available for this key.</source>
        <translation>Subcontas e projetos não estão disponíveis para esta chave.</translation>
    </message>
    <message>
        <source>Sub-accounts and projects: not read yet.</source>
        <translation>Subcontas e projetos: ainda não lidos.</translation>
    </message>
    <message>
        <source>Sub-accounts are not available for this key (a sub-account&apos;s key, or no such plan).</source>
        <translation>Subcontas não estão disponíveis para esta chave (é a chave de uma subconta, ou o plano não as inclui).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-account(s)</source>
        <translation>
            <numerusform>%Ln subconta</numerusform>
            <numerusform>%Ln subcontas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln projeto</numerusform>
            <numerusform>%Ln projetos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> e mais %Ln</numerusform>
            <numerusform> e mais %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>blocked by limits</source>
        <translation>bloqueada por limites</translation>
    </message>
    <message>
        <source>working</source>
        <translation>funcionando</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-account(s) blocked by limits: {names}{more}</source>
        <translation>
            <numerusform>%Ln subconta bloqueada por limites: {names}{more}</numerusform>
            <numerusform>%Ln subcontas bloqueadas por limites: {names}{more}</numerusform>
        </translation>
    </message>
    <message>
        <source>{sub_accounts} — none blocked</source>
        <translation>{sub_accounts} — nenhuma bloqueada</translation>
    </message>
    <message numerus="yes">
        <source>{sub_accounts} — %Ln blocked by limits: {names}{more}</source>
        <translation>
            <numerusform>{sub_accounts} — %Ln bloqueada por limites: {names}{more}</numerusform>
            <numerusform>{sub_accounts} — %Ln bloqueadas por limites: {names}{more}</numerusform>
        </translation>
    </message>
    <message>
        <source>keywords unknown</source>
        <translation>palavras-chave desconhecidas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln keyword(s)</source>
        <translation>
            <numerusform>%Ln palavra-chave</numerusform>
            <numerusform>%Ln palavras-chave</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active</source>
        <translation>
            <numerusform>%Ln ativo</numerusform>
            <numerusform>%Ln ativos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-account(s) blocked</source>
        <translation>
            <numerusform>%Ln subconta bloqueada</numerusform>
            <numerusform>%Ln subcontas bloqueadas</numerusform>
        </translation>
    </message>
    <message>
        <source>{account}: sub-account {name} is blocked by limits</source>
        <translation>{account}: a subconta {name} está bloqueada por limites</translation>
    </message>
    <message>
        <source>{sub_account} has stopped working: it reached its limits. Raise them in SE Ranking.</source>
        <translation>{sub_account} parou de funcionar: atingiu seus limites. Aumente-os no SE Ranking.</translation>
    </message>
    <message numerus="yes">
        <source>{account}: %Ln sub-accounts are blocked by limits</source>
        <translation>
            <numerusform>{account}: %Ln subconta está bloqueada por limites</numerusform>
            <numerusform>{account}: %Ln subcontas estão bloqueadas por limites</numerusform>
        </translation>
    </message>
    <message>
        <source>{blocked}. They have stopped working: raise their limits in SE Ranking.</source>
        <translation>{blocked}. Elas pararam de funcionar: aumente os limites delas no SE Ranking.</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Uma conta precisa de um nome.</translation>
    </message>
    <message>
        <source>The name {name} is reserved for the {variable} account.</source>
        <translation>O nome {name} é reservado para a conta de {variable}.</translation>
    </message>
    <message>
        <source>There is already an account named {name}.</source>
        <translation>Já existe uma conta chamada {name}.</translation>
    </message>
    <message>
        <source>The API URL {url} is not a valid URL.</source>
        <translation>A URL da API {url} não é uma URL válida.</translation>
    </message>
    <message>
        <source>The API URL {url} must start with https:// and name a host.</source>
        <translation>A URL da API {url} deve começar com https:// e indicar um host.</translation>
    </message>
    <message>
        <source>The API URL must not contain credentials, a query or a fragment.</source>
        <translation>A URL da API não pode conter credenciais, uma consulta ou um fragmento.</translation>
    </message>
    <message>
        <source>The API URL {url} uses plain http://, which is only allowed for this machine (localhost, 127.0.0.1, ::1); use https://.</source>
        <translation>A URL da API {url} usa http:// sem criptografia, que só é permitido para esta máquina (localhost, 127.0.0.1, ::1); use https://.</translation>
    </message>
    <message>
        <source>This key is already the key of the account {name}.</source>
        <translation>Esta chave já é a chave da conta {name}.</translation>
    </message>
    <message>
        <source>The last account cannot be removed; delete its key with `key delete` instead.</source>
        <translation>A última conta não pode ser removida; em vez disso, exclua a chave com `key delete`.</translation>
    </message>
    <message>
        <source>No API key is set. Add your Project API key in Settings, store it with `seranking-tray key set`, or set SERANKING_API_KEY.</source>
        <translation>Nenhuma chave de API definida. Adicione sua chave da Project API em Configurações, salve-a com `seranking-tray key set` ou defina SERANKING_API_KEY.</translation>
    </message>
    <message>
        <source>No complete answer within {seconds} s.</source>
        <translation>Nenhuma resposta completa em {seconds} s.</translation>
    </message>
    <message>
        <source>The answer from {path} is larger than {size} bytes.</source>
        <translation>A resposta de {path} tem mais de {size} bytes.</translation>
    </message>
    <message>
        <source>The picture&apos;s address is not valid; not loaded.</source>
        <translation>O endereço da foto não é válido; ela não foi carregada.</translation>
    </message>
    <message>
        <source>The picture could not be loaded ({status}).</source>
        <translation>Não foi possível carregar a foto ({status}).</translation>
    </message>
    <message>
        <source>The picture is not an image.</source>
        <translation>A foto não é uma imagem.</translation>
    </message>
    <message>
        <source>The picture is larger than 1 MB.</source>
        <translation>A foto tem mais de 1 MB.</translation>
    </message>
    <message>
        <source>The picture is larger than 1 MB or too slow.</source>
        <translation>A foto tem mais de 1 MB ou demora demais.</translation>
    </message>
    <message>
        <source>The picture redirects too many times.</source>
        <translation>A foto redireciona vezes demais.</translation>
    </message>
    <message>
        <source>No API key is set.</source>
        <translation>Nenhuma chave de API definida.</translation>
    </message>
    <message>
        <source>The lists were not read within {seconds} s.</source>
        <translation>As listas não foram lidas em {seconds} s.</translation>
    </message>
    <message>
        <source>The answer from {path} is larger than 16 MiB.</source>
        <translation>A resposta de {path} tem mais de 16 MiB.</translation>
    </message>
    <message>
        <source>The picture&apos;s address is not https; not loaded.</source>
        <translation>O endereço da foto não é https; ela não foi carregada.</translation>
    </message>
    <message>
        <source>The answer from {path} is not UTF-8 text.</source>
        <translation>A resposta de {path} não é texto UTF-8.</translation>
    </message>
    <message>
        <source>The answer from {path} is empty.</source>
        <translation>A resposta de {path} está vazia.</translation>
    </message>
    <message>
        <source>The answer from {path} is not valid JSON.</source>
        <translation>A resposta de {path} não é um JSON válido.</translation>
    </message>
    <message>
        <source>SE Ranking rejected the API key{said}.</source>
        <translation>O SE Ranking rejeitou a chave de API{said}.</translation>
    </message>
    <message>
        <source>SE Ranking refused the request: payment required{said}. The plan may not include the API, or the key is not linked yet.</source>
        <translation>O SE Ranking recusou a solicitação: pagamento necessário{said}. O plano pode não incluir a API, ou a chave ainda não foi vinculada.</translation>
    </message>
    <message>
        <source>Too many requests to SE Ranking{said}.</source>
        <translation>Muitas solicitações ao SE Ranking{said}.</translation>
    </message>
    <message>
        <source>SE Ranking&apos;s server had a problem ({status}){said}.</source>
        <translation>O servidor do SE Ranking teve um problema ({status}){said}.</translation>
    </message>
    <message>
        <source>The API answered {path} with a redirect ({status}); not followed. Is the API URL right?</source>
        <translation>A API respondeu a {path} com um redirecionamento ({status}); ele não foi seguido. A URL da API está certa?</translation>
    </message>
    <message>
        <source>{path} was not found at this address ({status}) — SE Ranking may have retired it, or the API URL is wrong.</source>
        <translation>{path} não foi encontrado neste endereço ({status}) — o SE Ranking pode tê-lo desativado, ou a URL da API está errada.</translation>
    </message>
    <message>
        <source>Unexpected answer {status} from {path}{said}.</source>
        <translation>Resposta inesperada {status} de {path}{said}.</translation>
    </message>
    <message>
        <source>Unexpected failure reading {path}.</source>
        <translation>Falha inesperada ao ler {path}.</translation>
    </message>
    <message>
        <source>SE Ranking did not answer in time.</source>
        <translation>O SE Ranking não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The connection to SE Ranking dropped in the middle of an answer.</source>
        <translation>A conexão com o SE Ranking caiu no meio de uma resposta.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to SE Ranking could not be made.</source>
        <translation>Não foi possível estabelecer uma conexão segura (TLS) com o SE Ranking.</translation>
    </message>
    <message>
        <source>Connecting to SE Ranking timed out.</source>
        <translation>A conexão com o SE Ranking excedeu o tempo limite.</translation>
    </message>
    <message>
        <source>SE Ranking&apos;s address could not be resolved (offline?).</source>
        <translation>Não foi possível resolver o endereço do SE Ranking (sem conexão?).</translation>
    </message>
    <message>
        <source>The connection to SE Ranking was refused.</source>
        <translation>A conexão com o SE Ranking foi recusada.</translation>
    </message>
    <message>
        <source>The connection to SE Ranking failed or was reset.</source>
        <translation>A conexão com o SE Ranking falhou ou foi redefinida.</translation>
    </message>
    <message>
        <source>Network problem talking to SE Ranking ({error}).</source>
        <translation>Problema de rede na comunicação com o SE Ranking ({error}).</translation>
    </message>
    <message>
        <source>The settings file could not be read, so it is not changed.</source>
        <translation>Não foi possível ler o arquivo de configurações, então ele não foi alterado.</translation>
    </message>
    <message>
        <source>No API key is set for {account}.</source>
        <translation>Nenhuma chave de API definida para {account}.</translation>
    </message>
    <message>
        <source>field {field} is missing</source>
        <translation>o campo {field} está ausente</translation>
    </message>
    <message>
        <source>field {field} is empty</source>
        <translation>o campo {field} está vazio</translation>
    </message>
    <message>
        <source>field {field} is not a finite number</source>
        <translation>o campo {field} não é um número finito</translation>
    </message>
    <message>
        <source>field {field} is not an object</source>
        <translation>o campo {field} não é um objeto</translation>
    </message>
    <message>
        <source>field {field} should be a number</source>
        <translation>o campo {field} deveria ser um número</translation>
    </message>
    <message>
        <source>field {field} should be a number, got {got}</source>
        <translation>o campo {field} deveria ser um número, mas veio {got}</translation>
    </message>
    <message>
        <source>field {field} should be a whole number, got {got}</source>
        <translation>o campo {field} deveria ser um número inteiro, mas veio {got}</translation>
    </message>
    <message>
        <source>field {field} should be a number of credits, got {got}</source>
        <translation>o campo {field} deveria ser um número de créditos, mas veio {got}</translation>
    </message>
    <message>
        <source>field {field} should be text</source>
        <translation>o campo {field} deveria ser texto</translation>
    </message>
    <message>
        <source>field {field} should be text, got {got}</source>
        <translation>o campo {field} deveria ser texto, mas veio {got}</translation>
    </message>
    <message>
        <source>field {field} should be true or false, got {got}</source>
        <translation>o campo {field} deveria ser verdadeiro ou falso, mas veio {got}</translation>
    </message>
    <message>
        <source>field {field} should be a date, got {got}</source>
        <translation>o campo {field} deveria ser uma data, mas veio {got}</translation>
    </message>
    <message>
        <source>field {field} should be an object, got {got}</source>
        <translation>o campo {field} deveria ser um objeto, mas veio {got}</translation>
    </message>
    <message>
        <source>field {field} should be a list, got {got}</source>
        <translation>o campo {field} deveria ser uma lista, mas veio {got}</translation>
    </message>
    <message>
        <source>an entry of {field} is not an object</source>
        <translation>uma entrada de {field} não é um objeto</translation>
    </message>
    <message>
        <source>a project is not an object</source>
        <translation>um projeto não é um objeto</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>era esperado um objeto JSON</translation>
    </message>
    <message>
        <source>expected a JSON object, got {got}</source>
        <translation>era esperado um objeto JSON, mas veio {got}</translation>
    </message>
    <message>
        <source>expected a JSON object or list, got {got}</source>
        <translation>era esperado um objeto JSON ou uma lista, mas veio {got}</translation>
    </message>
    <message>
        <source>Unexpected answer from {path}: {detail}</source>
        <translation>Resposta inesperada de {path}: {detail}</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>um valor booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>um texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <source>Another check with the same key did not finish in time.</source>
        <translation>Outra verificação com a mesma chave não terminou a tempo.</translation>
    </message>
    <message>
        <source>Cannot start a new balance history at {path}: {error}</source>
        <translation>Não é possível criar um novo histórico do saldo em {path}: {error}</translation>
    </message>
    <message>
        <source>Cannot open the balance history {path}: {error}</source>
        <translation>Não é possível abrir o histórico do saldo {path}: {error}</translation>
    </message>
    <message>
        <source>Cannot use the balance history {path}: {error}</source>
        <translation>Não é possível usar o histórico do saldo {path}: {error}</translation>
    </message>
    <message>
        <source>The balance history could not be used: {error}</source>
        <translation>Não foi possível usar o histórico do saldo: {error}</translation>
    </message>
    <message>
        <source>The balance history {path} could not be read ({reason}); it was kept as {aside} and a new one started.</source>
        <translation>Não foi possível ler o histórico do saldo {path} ({reason}); ele foi mantido como {aside} e um novo foi iniciado.</translation>
    </message>
    <message>
        <source>{problem}. Balance history is off until the app restarts.</source>
        <translation>{problem}. O histórico do saldo fica desativado até o aplicativo ser reiniciado.</translation>
    </message>
    <message>
        <source>The balance history was written by a newer version of SE Ranking Tray (schema {version}, this version knows {known}); it is left as it is</source>
        <translation>O histórico do saldo foi gravado por uma versão mais nova do SE Ranking Tray (esquema {version}, esta versão conhece até o {known}); ele foi mantido como está</translation>
    </message>
    <message>
        <source>opening the keyring</source>
        <translation>ao abrir o chaveiro</translation>
    </message>
    <message>
        <source>reading the API key</source>
        <translation>ao ler a chave de API</translation>
    </message>
    <message>
        <source>saving the key</source>
        <translation>ao salvar a chave</translation>
    </message>
    <message>
        <source>removing the API key</source>
        <translation>ao remover a chave de API</translation>
    </message>
    <message>
        <source>The keyring is locked; unlock it and try again.</source>
        <translation>O chaveiro está bloqueado; desbloqueie-o e tente de novo.</translation>
    </message>
    <message>
        <source>The keyring did not answer within {seconds} s while {what}; is it locked?</source>
        <translation>O chaveiro não respondeu em {seconds} s {what}; ele está bloqueado?</translation>
    </message>
    <message>
        <source>No keyring is available to hold the API key (no Secret Service, KWallet, Keychain or Credential Manager was found). Set {variable} instead, or start a keyring service.</source>
        <translation>Nenhum chaveiro disponível para guardar a chave de API (não foi encontrado nenhum Secret Service, KWallet, Keychain ou Credential Manager). Defina {variable} em vez disso, ou inicie um serviço de chaveiro.</translation>
    </message>
    <message>
        <source>The keyring is locked; unlock it and try again ({what}).</source>
        <translation>O chaveiro está bloqueado; desbloqueie-o e tente de novo ({what}).</translation>
    </message>
    <message>
        <source>The keyring could not be opened ({what}); it may be locked. Unlock it and try again.</source>
        <translation>Não foi possível abrir o chaveiro ({what}); ele pode estar bloqueado. Desbloqueie-o e tente de novo.</translation>
    </message>
    <message>
        <source>The keyring failed while {what} ({error}).</source>
        <translation>O chaveiro falhou {what} ({error}).</translation>
    </message>
    <message>
        <source>The keyring backend {backend} stores secrets unencrypted; SE Ranking Tray will not keep the key there.</source>
        <translation>O backend de chaveiro {backend} guarda os segredos sem criptografia; o SE Ranking Tray não vai guardar a chave nele.</translation>
    </message>
    <message>
        <source>unavailable — {why}</source>
        <translation>indisponível — {why}</translation>
    </message>
    <message>
        <source>No account is configured in the settings.</source>
        <translation>Não há nenhuma conta nas configurações.</translation>
    </message>
    <message>
        <source>Setting &apos;language&apos; = {value} is not a known language; using {default}.</source>
        <translation>A configuração &apos;language&apos; = {value} não é um idioma conhecido; usando {default}.</translation>
    </message>
    <message>
        <source>Setting {name} = {value} is not one of {choices}; using {default}.</source>
        <translation>A configuração {name} = {value} não está entre {choices}; usando {default}.</translation>
    </message>
    <message>
        <source>Setting {name} = {value} is out of range; using {clamped}.</source>
        <translation>A configuração {name} = {value} está fora do intervalo; usando {clamped}.</translation>
    </message>
    <message>
        <source>Setting {name} has an invalid value {value}; using the default {default}.</source>
        <translation>A configuração {name} tem um valor inválido {value}; usando o padrão {default}.</translation>
    </message>
    <message>
        <source>Ignoring the account {account} in the settings: it needs an id of its own.</source>
        <translation>Ignorando a conta {account} nas configurações: ela precisa de um ID próprio.</translation>
    </message>
    <message>
        <source>Ignoring the api_url {url} of the account {account}: it is not text.</source>
        <translation>Ignorando o api_url {url} da conta {account}: não é texto.</translation>
    </message>
    <message>
        <source>Ignoring the rules {rules} of the account {account}: not an object.</source>
        <translation>Ignorando as regras {rules} da conta {account}: não são um objeto.</translation>
    </message>
    <message>
        <source>Cannot read the settings file {path}: {error}; using defaults.</source>
        <translation>Não é possível ler o arquivo de configurações {path}: {error}; usando os valores padrão.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it was kept as {aside}. Using defaults.</source>
        <translation>O arquivo de configurações {path} está danificado ({error}); ele foi mantido como {aside}. Usando os valores padrão.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it could not be moved aside. Using defaults.</source>
        <translation>O arquivo de configurações {path} está danificado ({error}); não foi possível colocá-lo de lado. Usando os valores padrão.</translation>
    </message>
    <message>
        <source>Cannot save the account list to the settings file: {error}.</source>
        <translation>Não é possível salvar a lista de contas no arquivo de configurações: {error}.</translation>
    </message>
</context>
</TS>
