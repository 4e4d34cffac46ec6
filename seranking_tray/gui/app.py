"""The tray application: wires the worker, the tray icon and the windows together.

Start-up is ordered for a fast first icon: Qt and the settings file only, icon shown, then (from the event loop)
the once-per-process setup and the worker thread, which imports requests and keyring and looks up the key off the
GUI thread. The worker can be restarted (Try the demo) without repeating the once-per-process part.
"""

from __future__ import annotations

import logging
import os
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from seranking_tray.domain.account import Account, AccountConfig
from seranking_tray.domain.account_view import AccountView, apply_outcome, restored_view
from seranking_tray.domain.apikey import WEB_APP_URL, ApiKey
from seranking_tray.domain.notify_policy import NotificationPolicy
from seranking_tray.domain.outcome import CheckOutcome
from seranking_tray.domain.phrases import QT_TRANSLATE_NOOP, Ui
from seranking_tray.domain.readings import Reading
from seranking_tray.domain.sentence import Sentence
from seranking_tray.gui.app_accounts import SeveralAccounts
from seranking_tray.gui.avatar import circular_avatar, decode_avatar
from seranking_tray.gui.formatting import format_money
from seranking_tray.gui.i18n import LANGUAGE
from seranking_tray.gui.icons import IconStyle, app_icon
from seranking_tray.gui.notifications import DesktopNotifier, notification_icon_file
from seranking_tray.gui.options import AppOptions
from seranking_tray.gui.single_instance import InstanceServer
from seranking_tray.gui.snooze import SnoozeControl
from seranking_tray.gui.system_events import SystemEvents
from seranking_tray.gui.tiling import float_on_tiling_desktops
from seranking_tray.gui.tray import TrayIcon
from seranking_tray.gui.worker import AvatarResult, RefreshWorker, WorkerThreads
from seranking_tray.service.accounts import AccountInputs
from seranking_tray.service.demo import DEMO_ACCOUNT, DEMO_REFRESH_SECONDS, DemoService
from seranking_tray.store.avatar_cache import AvatarCache
from seranking_tray.store.history import HistoryStore
from seranking_tray.store.keystore import KeyStore
from seranking_tray.store.settings import LoadedSettings, Settings, ensure_accounts, load_settings
from seranking_tray.store.state import NOTIFICATIONS, AppState, notification_memory
from seranking_tray.system.log_file import log_file_handler
from seranking_tray.system.logs import REDACTOR
from seranking_tray.system.paths import cache_dir, state_dir

if TYPE_CHECKING:
    from seranking_tray.gui.account_window import AccountWindow
    from seranking_tray.gui.settings_dialog import SavedSettings, SettingsDialog

log = logging.getLogger(__name__)

QUIT_WAIT_MS = 1500  # the worker gets this long to stop; quitting is promised within 2 s
NO_TRAY_NOTICE = QT_TRANSLATE_NOOP(
    "Ui",
    "No system tray was found, so SE Ranking Tray runs in this window. Closing it quits the app. (On GNOME, the "
    "AppIndicator extension adds a tray.)",
)


class TrayApp(QObject):
    # Requests to the worker; queued across threads by Qt.
    _refresh_now = Signal()
    _refresh_soon = Signal()
    _reload_account = Signal(object)  # AccountInputs
    _apply_settings = Signal(object)
    _load_history = Signal()
    _read_lists = Signal()  # the account window opened on (or chose) the first account: read its lists

    def __init__(
        self,
        app: QApplication,
        options: AppOptions,
        environ: dict[str, str],
        tray: TrayIcon | None = None,
        loaded: LoadedSettings | None = None,
    ) -> None:
        """`tray`, `loaded`: the icon shown and the settings it was drawn with (gui.main); made here if absent."""
        super().__init__()
        self.app, self.options, self._environ = app, options, environ
        # The demo writes nothing: an old settings file gets its account id from the next real start.
        loaded = ensure_accounts(loaded or load_settings(), persist=not options.demo)
        self._settings_warnings = loaded.warnings  # logged and shown once the icon is up (`_once_after_icon`)
        self.settings: Settings = loaded.settings
        self.account_config: AccountConfig = self.settings.first_account  # the account watched (the demo's in demo)
        self.view: AccountView | None = None
        self.account: Account | None = None
        self.has_key = True  # until the lookup says otherwise
        self.window: AccountWindow | None = None
        self.workers: WorkerThreads | None = None  # created with the first worker (its module loads late)
        self.demo: DemoService | None = None
        self._demo_account: Account | None = None
        self._no_tray = False
        self._avatar_data: bytes | None = None
        self._readings: tuple[Reading, ...] = ()
        self._quitting = False
        self.session_key: ApiKey | None = None  # a key the keyring could not take, kept in memory only
        self.settings_dialog: SettingsDialog | None = None
        self.instance_server: InstanceServer | None = None
        self.policy: NotificationPolicy | None = None
        self.notifier: DesktopNotifier | None = None
        self._state: AppState | None = None
        self.system_events: SystemEvents | None = None

        self.tray = tray or TrayIcon(options.demo, IconStyle(self.settings.icon_style))
        self.tray.device_pixel_ratio = app.devicePixelRatio()
        self.tray.refresh_requested.connect(self.refresh_now)
        self.tray.account_window_requested.connect(self.show_account_window)
        self.tray.settings_requested.connect(self.show_settings)
        self.tray.web_app_requested.connect(self.open_web_app)
        self.tray.quit_requested.connect(self.quit)
        self.snoozing = SnoozeControl(self.tray, self)
        self.snoozing.ended.connect(self._snooze_over)
        self.tray.snooze_requested.connect(self.snoozing.choose)
        self.several = SeveralAccounts(self.tray, lambda: self.notifier)  # the accounts beside the first
        self.tray.account_window_for.connect(self.show_account_window)
        self.several.first_lists_wanted.connect(self._read_lists)  # the window shows the first account
        # A signal, not an app-wide event filter: that cost 24 ms on the way to the icon, and every event crossed.
        app.paletteChanged.connect(self._on_palette_changed)

    # --- start ------------------------------------------------------------------------------------------

    def start(self) -> None:
        if not self.tray.icon.isVisible():
            self.tray.refresh()
            self.tray.show()
        # Everything else waits for the event loop, so the icon appears first.
        QTimer.singleShot(0, self._once_after_icon)

    def _once_after_icon(self) -> None:
        """Once per process, after the first icon: the log file, the window icon, the tray check, the notifier
        and the system-events watcher; then the worker (which a switch to the demo restarts alone)."""
        # Off the way to the first icon (~3 ms together): the log file, and the icon windows and notifications show.
        file_handler = log_file_handler(state_dir() / "logs")
        if file_handler is not None:
            file_handler.addFilter(REDACTOR)
            logging.getLogger().addHandler(file_handler)
        self.app.setWindowIcon(app_icon())
        notices = [] if QSystemTrayIcon.isSystemTrayAvailable() else [Ui.tr(NO_TRAY_NOTICE)]
        self._no_tray = bool(notices)
        for warning in self._settings_warnings:  # a damaged settings file, a value out of range: said, not just logged
            log.warning("%s", warning.english())
            notices.append(warning.render())
        if notices:
            self.show_account_window().show_notice("\n".join(notices))
        self._start_worker()
        self.notifier = DesktopNotifier(self.tray.icon, notification_icon_file)
        self.notifier.default_action.connect(self.show_account_window)
        self.notifier.open_web_action.connect(self.open_web_app)
        self.notifier.start()
        if self.options.open_settings:
            self.show_settings()
        QTimer.singleShot(0, self._watch_system)

    def _start_worker(self) -> None:
        interval = self.options.refresh_interval
        after_check = None
        avatar_cache = None
        if self.options.demo:
            self.demo = DemoService()
            self.account_config = DEMO_ACCOUNT
            self._demo_account = self.demo.start()
            interval = interval or DEMO_REFRESH_SECONDS
            after_check = self.demo.advance
            open_history = self.demo.open_history  # in memory: the demo's history dies with it
        else:
            config = self.account_config
            avatar_cache = AvatarCache(cache_dir() / "avatars" / config.id)

            def open_history() -> HistoryStore:
                return HistoryStore.open(first_account=config.id)

        worker = RefreshWorker(self.settings, self._account_inputs(), avatar_cache, interval, after_check, open_history)
        self.workers = self.workers or WorkerThreads()
        self.workers.start(
            worker,
            [
                (worker.account_resolved, self._on_account),
                (worker.checked, self._on_checked),
                (worker.avatar_ready, self._on_avatar),
                (worker.avatar_ready, self.several.avatars.take),  # the first account's menu section
                (worker.restored, self._on_restored),
                (worker.history_loaded, self._on_history),
                (worker.history_warning, self._on_history_warning),
                (self._load_history, worker.load_history),
                (self._refresh_now, worker.refresh_now),
                (self._read_lists, worker.read_lists),
                (self._refresh_soon, worker.refresh_soon),
                (self._reload_account, worker.reload_account),
                (self._apply_settings, worker.apply_settings),
            ],
        )
        self._setup_notifications()
        self.several.start(self.settings, self.demo or self._environ, self.account_config.id, interval)

    def _account_inputs(self) -> AccountInputs:
        """What the worker resolves the account from: immutable, so the worker thread never reads this object."""
        fixed = self._demo_account if self.options.demo else None
        return AccountInputs(dict(self._environ), self.session_key, fixed, self.account_config)

    # --- notifications ------------------------------------------------------------------------------

    def _setup_notifications(self) -> None:
        # Demo mode remembers nothing: its notifications must not touch the real account's memory.
        state = AppState(in_memory=True) if self.options.demo else self.app_state()
        first = self.account_config == self.settings.first_account
        memory = notification_memory(state, self.account_config.id, inherit=first)
        self.several.state = state
        self.policy = NotificationPolicy(
            memory, format_money, lambda: datetime.now(UTC), snooze_memory=state.section(NOTIFICATIONS)
        )
        self.snoozing.policy = self.policy
        self.snoozing.show()

    def _announce(self) -> None:
        if self.policy is None or self.notifier is None or self.view is None:
            return
        for notification in self.policy.observe_all(self.view, self.settings.rules_for(self.account_config)):
            log.info("Notifying: %s", notification.summary)
            self.notifier.notify(notification)

    def _snooze_over(self) -> None:
        self._announce()  # a problem that began during the snooze and still holds, once
        self.several.announce_all()

    def _watch_system(self) -> None:
        if self.system_events is not None:
            return  # once per process
        self.system_events = SystemEvents()
        self.system_events.resumed.connect(self._refresh_soon)
        self.system_events.network_back.connect(self._refresh_soon)
        try:
            self.system_events.watch()
        except Exception:  # a missing backend must never take the app down
            log.exception("Cannot watch for wake-up and network changes")

    # --- worker results -----------------------------------------------------------------------------

    def _on_account(self, account: Account) -> None:
        changed = self.account is None or account != self.account
        self.account = account
        self.has_key = account.key is not None
        if changed and self.view is not None and self.view.account.api_url != account.api_url:
            self.view = None  # another account: its figures are not this one's
        self._show()
        if not self.has_key and not self.options.demo and not self.app_state().get("setup_prompted"):
            # First run: ask for the key once, by itself; later starts just show the "set up" icon.
            self.app_state().set("setup_prompted", True)
            self.show_settings(first_run=True)

    def app_state(self) -> AppState:
        if self._state is None:
            self._state = AppState()
        return self._state

    def _on_checked(self, outcome: CheckOutcome) -> None:
        base = self.view if self.view is not None else AccountView(outcome.account)
        self.view = apply_outcome(base, outcome)
        self._show()
        self._announce()

    def _on_restored(self, outcome: CheckOutcome) -> None:
        if self.view is not None and self.view.health is not None:
            return  # a check answered first: it is newer
        self.view = restored_view(outcome if self.account is None else replace(outcome, account=self.account))
        self._show()  # old news: shown (stale), never announced

    def _on_history(self, readings: tuple[Reading, ...]) -> None:
        self._readings = readings
        if self.window is not None:
            self.window.set_history(
                readings, self.settings.low_balance_threshold, self.view.forecast if self.view else None
            )

    def _on_history_warning(self, message: Sentence) -> None:
        log.warning("%s", message.english())
        self.show_account_window().show_notice(message.render())

    def _on_avatar(self, result: AvatarResult) -> None:
        self._avatar_data = result.data
        self._draw_avatars()

    def _draw_avatars(self) -> None:
        image = decode_avatar(self._avatar_data) if self._avatar_data else None
        name = self.view.name if self.view else ""
        dpr = self.app.devicePixelRatio()
        self.tray.set_avatar(circular_avatar(image, name, 32, dpr))
        if self.window is not None:
            self.window.set_avatar(circular_avatar(image, name, 64, dpr) if image is not None else None)

    def _show(self) -> None:
        self.tray.update_view(self.view, self.has_key)
        self.several.first_shown(self.view)
        if self.window is not None:
            self.window.update_view(self.view, self.has_key)
        if self.tray.avatar is None and self.view is not None and self.view.profile is not None:
            self._draw_avatars()  # initials until (or unless) the picture arrives

    # --- user actions -------------------------------------------------------------------------------

    def refresh_now(self) -> None:
        self._refresh_now.emit()
        self.several.refresh()

    def show_account_window(self, account: str | None = None) -> AccountWindow:
        if self.window is None:
            # Loaded when first opened: ~6 MiB that a tray sitting in the panel never needs (benchmarks/README.md).
            from seranking_tray.gui.account_window import AccountWindow

            self.window = AccountWindow(self.options.demo)
            self.window.refresh_requested.connect(self.refresh_now)
            self.window.settings_requested.connect(self.show_settings)
            self.window.closed.connect(self._on_window_closed)
            self.window.update_view(self.view, self.has_key)
            if self._avatar_data:
                self._draw_avatars()
            self._load_history.emit()
            self.several.attach(self.window)
        self.several.open_on(self.window, account)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        return self.window

    def _on_window_closed(self) -> None:
        if self._no_tray:
            self.quit()  # the window is the app when there is no tray

    def show_settings(self, first_run: bool = False) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.show()
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return

        currency = self.view.balance.currency_code if self.view and self.view.balance else None
        from PySide6.QtCore import Qt  # the enum namespace: ~1 MiB, with the dialog on its first open

        from seranking_tray.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.settings,
            None if self.options.demo else self.account,
            keystore=KeyStore(),
            currency_code=currency,
            first_run=first_run,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        float_on_tiling_desktops(dialog, self._environ)  # sway would tile it over the whole screen
        dialog.saved.connect(self._on_settings_saved)
        dialog.demo_requested.connect(self.switch_to_demo)
        dialog.finished.connect(self._on_settings_closed)
        self.settings_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _on_settings_closed(self) -> None:
        self.settings_dialog = None

    def _on_settings_saved(self, saved: SavedSettings) -> None:
        from seranking_tray.gui.settings_dialog import KeyChange  # loaded: the dialog that saved is open

        key_changed = saved.key_change is not KeyChange.UNCHANGED
        if saved.key_change is KeyChange.SESSION:
            self.session_key = saved.session_key
        elif key_changed:
            self.session_key = None
        url_changed = saved.settings.api_url != self.settings.api_url
        listed = saved.settings.accounts != self.settings.accounts and not self.options.demo
        self.apply_settings(saved.settings)
        if listed:  # the accounts or their rules were edited: watch them as saved (the first may be another)
            self._retire_worker()
            self.account_config, self.view = saved.settings.first_account, None
            self._start_worker()
        elif key_changed or url_changed:
            self.view = None  # a new key may be another account: start its figures afresh
            self._avatar_data = None
            self.tray.set_avatar(None)
            self._reload_account.emit(self._account_inputs())

    def switch_to_demo(self) -> None:
        """From the first-run dialog: restart the worker on the built-in demo account."""
        if self.options.demo:
            return
        self._retire_worker()
        self.options = replace(self.options, demo=True)
        self.tray.demo = True
        self.view = None
        self._start_worker()

    def open_web_app(self) -> None:
        QDesktopServices.openUrl(QUrl(WEB_APP_URL))

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        LANGUAGE.follow(settings.language)
        self.tray.set_style(IconStyle(settings.icon_style))
        if self.view is not None and self.view.health is not None:
            self._show()
        if self.window is not None and self._readings:
            self.window.set_history(
                self._readings, self.settings.low_balance_threshold, self.view.forecast if self.view else None
            )
        self._apply_settings.emit(settings)

    # --- events and quitting ------------------------------------------------------------------------

    def _on_palette_changed(self, _palette: object) -> None:
        self.tray.refresh()  # re-set the icon so a panel that changed theme repaints it

    def _retire_worker(self) -> None:
        """The worker is abandoned, not awaited (a request in flight too); Quit waits for it later."""
        self.several.stop()
        if self.workers is not None:
            self.workers.retire()
        if self.demo is not None:
            self.demo.stop()
            self.demo = None

    def quit(self) -> None:
        if self._quitting:
            return
        self._quitting = True
        stopped = self.workers is None or self.workers.stop(QUIT_WAIT_MS)
        self._retire_worker()
        if not stopped:
            # Only for Quit: a thread stuck in native code must not keep the app (or the session's logout) waiting.
            log.warning("The refresh thread did not stop in time; leaving anyway")
            self.tray.hide()
            logging.shutdown()
            os._exit(0)
        if self.instance_server is not None:
            self.instance_server.close()
        if self.notifier is not None:
            self.notifier.close()
        self.tray.hide()
        self.app.quit()

    def on_instance_message(self, message: str) -> None:
        """Another launch handed over to this one."""
        if message == "settings":
            self.show_settings()
        else:
            self.show_account_window()
