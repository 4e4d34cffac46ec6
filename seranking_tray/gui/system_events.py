"""Moments worth an immediate refresh: the machine woke up, or the network came back.

Both sources are loaded after the first icon is up. On Linux both are system-bus signals through QtDBus
(logind's PrepareForSleep, NetworkManager's StateChanged): QtNetwork's QNetworkInformation would add ~2.7 MiB for
QtNetwork and, without NetworkManager, its glib backend ~3 MiB more plus a GLib main-loop thread (measured by
benchmarks/run.py). Tests drive the app through the two Qt signals this object emits.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

_NM_STATE_CONNECTED_GLOBAL = 70  # NetworkManager's NMState: full connectivity; lower values are offline or partial


class SystemEvents(QObject):
    resumed = Signal()  # the machine woke from sleep
    network_back = Signal()  # the network became reachable again

    def __init__(self) -> None:
        super().__init__()
        self._online: bool | None = None

    def watch(self) -> None:
        self._watch_network()
        self._watch_sleep()

    def _watch_network(self) -> None:
        if sys.platform.startswith("linux"):
            self._watch_network_manager()
            return
        from PySide6.QtNetwork import QNetworkInformation

        if not QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
            log.debug("No network reachability backend on this system")
            return
        info = QNetworkInformation.instance()
        if info is None:
            return
        self._online = info.reachability() == QNetworkInformation.Reachability.Online
        info.reachabilityChanged.connect(self._on_reachability)

    @Slot(object)
    def _on_reachability(self, reachability: object) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        online = reachability == QNetworkInformation.Reachability.Online
        if online and self._online is False:
            self.network_back.emit()
        self._online = online

    def _watch_network_manager(self) -> None:
        self._connect_system_signal(
            "org.freedesktop.NetworkManager",
            "/org/freedesktop/NetworkManager",
            "org.freedesktop.NetworkManager",
            "StateChanged",
            "_on_network_manager_state(uint)",
        )

    def _connect_system_signal(self, service: str, path: str, interface: str, name: str, slot: str) -> None:
        """Listen to a system-bus signal; quietly nothing where there is no system bus or no such service."""
        from PySide6.QtDBus import QDBusConnection

        bus = QDBusConnection.systemBus()
        if not bus.isConnected():
            return
        # The stubs want bytes for the slot; PySide6 6.11 takes only a str (bytes raise ValueError).
        # "1" + signature is the SLOT() macro's form.
        ok = bus.connect(service, path, interface, name, self, f"1{slot}")  # type: ignore[call-overload]
        if not ok:
            log.debug("Cannot listen for %s.%s on the system bus", interface, name)

    @Slot("uint")
    def _on_network_manager_state(self, state: int) -> None:
        online = state >= _NM_STATE_CONNECTED_GLOBAL
        if online and self._online is False:
            self.network_back.emit()
        self._online = online

    def _watch_sleep(self) -> None:
        if not sys.platform.startswith("linux"):
            return  # Windows/macOS: the network-back signal covers most wake-ups
        self._connect_system_signal(
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            "_on_prepare_for_sleep(bool)",
        )

    @Slot(bool)
    def _on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if not going_to_sleep:
            self.resumed.emit()
