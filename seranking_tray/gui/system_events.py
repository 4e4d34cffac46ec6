"""Moments worth an immediate refresh: the machine woke up, or the network came back.

Both sources are loaded after the first icon is up (QtNetwork's reachability backend costs ~3 MiB and some
milliseconds). Tests drive the app through the two Qt signals this object emits.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)


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

    def _watch_sleep(self) -> None:
        import sys

        if not sys.platform.startswith("linux"):
            return  # Windows/macOS: the network-back signal covers most wake-ups
        from PySide6.QtDBus import QDBusConnection

        bus = QDBusConnection.systemBus()
        if not bus.isConnected():
            return
        ok = bus.connect(
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            self,
            b"1_on_prepare_for_sleep(bool)",  # the SLOT() macro's form
        )
        if not ok:
            log.debug("Cannot listen for sleep/wake on the system bus")

    @Slot(bool)
    def _on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if not going_to_sleep:
            self.resumed.emit()
