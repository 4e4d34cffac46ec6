"""The tray application: wires the worker, the tray icon and the windows together.

Start-up is ordered for a fast first icon: Qt and the settings file only, icon shown, then (from the event
loop) the worker thread, which imports requests and keyring and looks up the key off the GUI thread.
"""

from __future__ import annotations

import logging
import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from seranking_tray.domain.account import ENV_KEY, Account, AccountConfig, KeySource
from seranking_tray.domain.account_view import AccountView, apply_snapshot, restored_view
from seranking_tray.domain.apikey import WEB_APP_URL, ApiKey
from seranking_tray.gui.icons import IconStyle, app_icon
from seranking_tray.gui.tray import TrayIcon
from seranking_tray.service.accounts import api_url_from, resolve_account
from seranking_tray.store.keystore import NoKeyringAvailable
from seranking_tray.store.settings import Settings, ensure_accounts, load_settings
from seranking_tray.system.logs import REDACTOR, log_file_handler

if TYPE_CHECKING:
    from seranking_tray.domain.notify_policy import NotificationPolicy
    from seranking_tray.gui.account_window import AccountWindow
    from seranking_tray.gui.main import AppOptions
    from seranking_tray.gui.notifications import DesktopNotifier
    from seranking_tray.gui.settings_dialog import SavedSettings, SettingsDialog
    from seranking_tray.gui.single_instance import InstanceServer
    from seranking_tray.gui.worker import AvatarResult, CheckResult, RefreshWorker
    from seranking_tray.service.demo import DemoService
    from seranking_tray.store.history import Reading, Restored
    from seranking_tray.store.state import AppState

log = logging.getLogger(__name__)

QUIT_WAIT_MS = 1500  # the worker gets this long to stop; quitting is promised within 2 s
NO_TRAY_NOTICE = (
    "No system tray was found, so SE Ranking Tray runs in this window. Closing it quits the app. "
    "(On GNOME, the AppIndicator extension adds a tray.)"
)


class TrayApp(QObject):
    # Requests to the worker; queued across threads by Qt.
    _refresh_now = Signal()
    _refresh_soon = Signal()
    _reload_account = Signal()
    _apply_settings = Signal(object)
    _load_history = Signal()

    def __init__(self, app: QApplication, options: AppOptions, environ: dict[str, str]) -> None:
        super().__init__()
        self.app = app
        self.options = options
        self._environ = environ
        # The demo writes nothing: an old settings file gets its account id from the next real start.
        loaded = ensure_accounts(load_settings(), persist=not options.demo)
        for warning in loaded.warnings:
            log.warning("%s", warning)
        self.settings: Settings = loaded.settings
        self.account_config: AccountConfig = self.settings.first_account  # the account watched (the demo's in demo)
        self.view: AccountView | None = None
        self.account: Account | None = None
        self.has_key = True  # until the lookup says otherwise
        self.window: AccountWindow | None = None
        self.worker: RefreshWorker | None = None
        self.worker_thread: QThread | None = None
        self.demo: DemoService | None = None
        self._no_tray = False
        self._avatar_data: bytes | None = None
        self._readings: tuple[Reading, ...] = ()
        self._quitting = False
        self.session_key: ApiKey | None = None  # a key the keyring could not take, kept in memory only
        self.settings_dialog: SettingsDialog | None = None
        self.instance_server: InstanceServer | None = None
        self.policy: NotificationPolicy | None = None
        self.notifier: DesktopNotifier | None = None
        self._snooze_timer: QTimer | None = None
        self._state: AppState | None = None

        self.tray = TrayIcon(options.demo, IconStyle(self.settings.icon_style))
        self.tray.device_pixel_ratio = app.devicePixelRatio()
        self.tray.refresh_requested.connect(self.refresh_now)
        self.tray.account_window_requested.connect(self.show_account_window)
        self.tray.settings_requested.connect(self.show_settings)
        self.tray.web_app_requested.connect(self.open_web_app)
        self.tray.quit_requested.connect(self.quit)
        self.tray.snooze_requested.connect(self.snooze)
        # A signal, not an app-wide Python event filter: the filter's first event made PySide build 188 enum types
        # inside the tray icon's show() (24 ms on the way to the icon), and every later event crossed into Python.
        app.paletteChanged.connect(self._on_palette_changed)

    # --- start ------------------------------------------------------------------------------------------

    def start(self) -> None:
        self.tray.refresh()
        self.tray.show()
        # Everything else waits for the event loop, so the icon appears first.
        QTimer.singleShot(0, self._start_worker)

    def _start_worker(self) -> None:
        from seranking_tray.gui.worker import RefreshWorker
        from seranking_tray.store.history import HistoryStore
        from seranking_tray.system.paths import state_dir

        # Off the way to the first icon (~3 ms together): the log file, and the icon windows and notifications show.
        file_handler = log_file_handler(state_dir() / "logs")
        if file_handler is not None:
            file_handler.addFilter(REDACTOR)
            logging.getLogger().addHandler(file_handler)
        self.app.setWindowIcon(app_icon())

        if not QSystemTrayIcon.isSystemTrayAvailable():
            self._no_tray = True
            self.show_account_window()
            assert self.window is not None
            self.window.show_notice(NO_TRAY_NOTICE)

        interval = self.options.refresh_interval
        after_check = None
        avatar_cache = None
        if self.options.demo:
            from seranking_tray.service.demo import DEMO_ACCOUNT, DEMO_REFRESH_SECONDS, DemoService

            self.demo = DemoService()
            self.account_config = DEMO_ACCOUNT
            demo_account = self.demo.start()
            interval = interval or DEMO_REFRESH_SECONDS
            after_check = self.demo.advance
            open_history = HistoryStore.in_memory  # the demo's history dies with it

            def resolve() -> Account:
                return demo_account
        else:
            from seranking_tray.store.avatar_cache import AvatarCache
            from seranking_tray.system.paths import cache_dir

            config = self.account_config
            avatar_cache = AvatarCache(cache_dir() / "avatars" / config.id)
            resolve = self._resolve_account

            def open_history() -> HistoryStore:
                return HistoryStore.open(first_account=config.id)

        self.worker = RefreshWorker(
            self.settings,
            resolve,
            avatar_cache,
            interval,
            after_check,
            open_history,
            account=self.account_config,
        )
        self.worker_thread = QThread()
        self.worker_thread.setObjectName("refresh")
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.start)
        self.worker.account_resolved.connect(self._on_account)
        self.worker.checked.connect(self._on_checked)
        self.worker.avatar_ready.connect(self._on_avatar)
        self.worker.paused.connect(self._on_paused)
        self.worker.restored.connect(self._on_restored)
        self.worker.history_loaded.connect(self._on_history)
        self.worker.history_warning.connect(self._on_history_warning)
        self._load_history.connect(self.worker.load_history)
        self._refresh_now.connect(self.worker.refresh_now)
        self._refresh_soon.connect(self.worker.refresh_soon)
        self._reload_account.connect(self.worker.reload_account)
        self._apply_settings.connect(self.worker.apply_settings)
        self.worker_thread.start()
        self._setup_notifications()
        if self.options.open_settings:
            self.show_settings()
        QTimer.singleShot(0, self._watch_system)

    def _resolve_account(self) -> Account:
        """Runs in the worker thread. Environment first, then a key kept for this session, then the keyring."""
        settings, session_key = self.settings, self.session_key
        if session_key is not None and not self._environ.get(ENV_KEY, "").strip():
            return Account(self.account_config, api_url_from(settings, self._environ), session_key, KeySource.SESSION)
        try:
            return resolve_account(settings, self._environ, account=self.account_config)
        except NoKeyringAvailable as exc:
            # Nothing can have been stored, so this is "not set up"; the settings dialog explains the keyring.
            log.warning("%s", exc.message)
            return Account(self.account_config, api_url_from(settings, self._environ), None, KeySource.NONE)

    # --- notifications ------------------------------------------------------------------------------

    def _setup_notifications(self) -> None:
        from datetime import UTC, datetime

        from seranking_tray.domain.notify_policy import NotificationPolicy
        from seranking_tray.gui.formatting import format_money
        from seranking_tray.gui.notifications import DesktopNotifier
        from seranking_tray.store.state import NOTIFICATIONS, AppState, notification_memory

        # Demo mode remembers nothing: its notifications must not touch the real account's memory.
        state = AppState(in_memory=True) if self.options.demo else self.app_state()
        first = self.account_config == self.settings.first_account
        memory = notification_memory(state, self.account_config.id, inherit=first)
        self.policy = NotificationPolicy(
            memory, format_money, lambda: datetime.now(UTC), snooze_memory=state.section(NOTIFICATIONS)
        )
        if self.notifier is None:
            self.notifier = DesktopNotifier(self.tray.icon, self._icon_file())
            self.notifier.default_action.connect(self.show_account_window)
            self.notifier.open_web_action.connect(self.open_web_app)
            self.notifier.start()
        self._show_snooze()

    def _icon_file(self) -> Path | None:
        """The app icon as a PNG file: notification daemons take a path, not pixels."""
        from seranking_tray.system.paths import cache_dir

        path = cache_dir() / "icons" / "seranking-tray-128.png"
        try:
            if not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                app_icon().pixmap(128, 128).save(str(path), "PNG")
        except OSError as exc:
            log.info("Cannot write the notification icon: %s", exc)
            return None
        return path

    def _announce(self) -> None:
        if self.policy is None or self.notifier is None or self.view is None:
            return
        notification = self.policy.observe(self.view, self.settings)
        if notification is not None:
            log.info("Notifying: %s", notification.summary)
            self.notifier.notify(notification)

    def snooze(self, choice: str) -> None:
        from datetime import UTC, datetime, timedelta

        if self.policy is None:
            return
        now = datetime.now(UTC)
        if choice == "resume":
            until = None
        elif choice == "tomorrow":
            local = now.astimezone()
            until = (local + timedelta(days=1)).replace(hour=8, minute=0, second=0, microsecond=0)
        else:
            until = now + timedelta(hours=int(choice.rstrip("h")))
        self.policy.snooze(until)
        self._show_snooze()
        if until is None:
            self._announce()

    def _show_snooze(self) -> None:
        from datetime import UTC, datetime

        assert self.policy is not None
        until = self.policy.snoozed_until()
        self.tray.set_snoozed_until(until)
        if self._snooze_timer is None:
            self._snooze_timer = QTimer(self)
            self._snooze_timer.setSingleShot(True)
            self._snooze_timer.timeout.connect(self._snooze_ended)
        self._snooze_timer.stop()
        if until is not None:
            # QTimer takes an int of milliseconds; a far snooze is re-armed when the shorter wait ends.
            remaining_ms = int((until - datetime.now(UTC)).total_seconds() * 1000) + 500
            self._snooze_timer.start(max(0, min(remaining_ms, 2**31 - 1)))

    def _snooze_ended(self) -> None:
        self._show_snooze()
        if self.policy is not None and self.policy.snoozed_until() is None:
            self._announce()  # a problem that began during the snooze and still holds, once

    def _watch_system(self) -> None:
        from seranking_tray.gui.system_events import SystemEvents

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
            from seranking_tray.store.state import AppState

            self._state = AppState()
        return self._state

    def _on_checked(self, result: CheckResult) -> None:
        base = self.view if self.view is not None else AccountView(result.account)
        self.view = apply_snapshot(
            replace(base, account=result.account),
            result.snapshot,
            self._threshold(),
            result.forecast,
            self.settings.running_low_days,
        )
        self._show()
        self._announce()

    def _on_restored(self, restored: Restored) -> None:
        if self.view is not None and self.view.health is not None:
            return  # a check answered first: it is newer
        account = self.account or Account(self.account_config, api_url_from(self.settings, self._environ), None)
        self.view = restored_view(
            account, restored.reading, self._threshold(), restored.forecast, self.settings.running_low_days
        )
        self._show()  # old news: shown (stale), never announced

    def _on_history(self, readings: tuple[Reading, ...]) -> None:
        self._readings = readings
        if self.window is not None:
            self.window.set_history(readings, self._threshold(), self.view.forecast if self.view else None)

    def _on_history_warning(self, message: str) -> None:
        log.warning("%s", message)
        self.show_account_window()
        assert self.window is not None
        self.window.show_notice(message)

    def _on_paused(self, paused: bool) -> None:
        if self.view is not None:
            self.view = replace(self.view, paused=paused)
            self._show()

    def _on_avatar(self, result: AvatarResult) -> None:
        self._avatar_data = result.data
        self._draw_avatars()

    def _draw_avatars(self) -> None:
        from seranking_tray.gui.avatar import circular_avatar, decode_avatar

        image = decode_avatar(self._avatar_data) if self._avatar_data else None
        name = self.view.name if self.view else ""
        dpr = self.app.devicePixelRatio()
        self.tray.set_avatar(circular_avatar(image, name, 32, dpr))
        if self.window is not None:
            self.window.set_avatar(circular_avatar(image, name, 64, dpr) if image is not None else None)

    def _threshold(self) -> float:
        return self.settings.low_balance_threshold

    def _show(self) -> None:
        self.tray.update_view(self.view, self.has_key)
        if self.window is not None:
            self.window.update_view(self.view, self.has_key)
        if self.tray.avatar is None and self.view is not None and self.view.profile is not None:
            self._draw_avatars()  # initials until (or unless) the picture arrives

    # --- user actions -------------------------------------------------------------------------------

    def refresh_now(self) -> None:
        self._refresh_now.emit()

    def show_account_window(self) -> None:
        if self.window is None:
            from seranking_tray.gui.account_window import AccountWindow

            self.window = AccountWindow(self.options.demo)
            self.window.refresh_requested.connect(self.refresh_now)
            self.window.settings_requested.connect(self.show_settings)
            self.window.closed.connect(self._on_window_closed)
            self.window.update_view(self.view, self.has_key)
            if self._avatar_data:
                self._draw_avatars()
            self._load_history.emit()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def _on_window_closed(self) -> None:
        if self._no_tray:
            self.quit()  # the window is the app when there is no tray

    def show_settings(self, first_run: bool = False) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.show()
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        from PySide6.QtCore import Qt  # its first use costs ~12 ms and ~1 MiB: not on the way to the icon

        from seranking_tray.gui.settings_dialog import SettingsDialog
        from seranking_tray.store.keystore import KeyStore

        currency = self.view.balance.currency_code if self.view and self.view.balance else None
        dialog = SettingsDialog(
            self.settings,
            None if self.options.demo else self.account,
            keystore=KeyStore(),
            currency_code=currency,
            first_run=first_run,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
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
        from seranking_tray.gui.settings_dialog import KeyChange

        key_changed = saved.key_change is not KeyChange.UNCHANGED
        if saved.key_change is KeyChange.SESSION:
            self.session_key = saved.session_key
        elif key_changed:
            self.session_key = None
        url_changed = saved.settings.api_url != self.settings.api_url
        self.apply_settings(saved.settings)
        if key_changed or url_changed:
            self.view = None  # a new key may be another account: start its figures afresh
            self._avatar_data = None
            self.tray.set_avatar(None)
            self._reload_account.emit()

    def switch_to_demo(self) -> None:
        """From the first-run dialog: restart the worker on the built-in demo account."""
        if self.options.demo:
            return
        self._stop_worker()
        self.options = replace(self.options, demo=True)
        self.tray.demo = True
        self.view = None
        self._start_worker()

    def open_web_app(self) -> None:
        QDesktopServices.openUrl(QUrl(WEB_APP_URL))

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.tray.set_style(IconStyle(settings.icon_style))
        if self.view is not None and self.view.health is not None:
            self._show()
        if self.window is not None and self._readings:
            self.window.set_history(self._readings, self._threshold(), self.view.forecast if self.view else None)
        self._apply_settings.emit(settings)

    # --- events and quitting ------------------------------------------------------------------------

    def _on_palette_changed(self, _palette: object) -> None:
        self.tray.refresh()  # re-set the icon so a panel that changed theme repaints it

    def _stop_worker(self) -> None:
        """Stop the worker without waiting on the network: a request in flight is abandoned, not awaited."""
        if self.worker is not None and self.worker_thread is not None:
            self.worker.cancel()
            QTimer.singleShot(0, self.worker, self.worker.stop)
            if not self.worker_thread.wait(QUIT_WAIT_MS):
                log.warning("The refresh thread did not stop in time; leaving anyway")
                self.tray.hide()
                logging.shutdown()
                os._exit(0)
            self.worker = None
            self.worker_thread = None
        if self.demo is not None:
            self.demo.stop()
            self.demo = None

    def quit(self) -> None:
        if self._quitting:
            return
        self._quitting = True
        self._stop_worker()
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
