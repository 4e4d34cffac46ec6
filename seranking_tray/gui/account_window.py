"""The small account window: everything the tray knows, in one place, with Refresh and Settings."""

from __future__ import annotations

import os
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seranking_tray.domain.account_view import AccountView
from seranking_tray.domain.forecast import Forecast
from seranking_tray.domain.health import Health
from seranking_tray.domain.readings import Reading
from seranking_tray.domain.wording import STATE_WORDS
from seranking_tray.gui import presentation
from seranking_tray.gui.avatar import circular_avatar
from seranking_tray.gui.chart import BalanceChart
from seranking_tray.gui.fitting import grow_to_fit
from seranking_tray.gui.icons import app_icon
from seranking_tray.gui.tiling import float_on_tiling_desktops

AVATAR_SIZE = 64


class AccountWindow(QWidget):
    refresh_requested = Signal()
    settings_requested = Signal()
    closed = Signal()

    def __init__(self, demo: bool) -> None:
        super().__init__()
        # Qt appends " — SE Ranking Tray" (the application display name) where the platform shows titles.
        self.setWindowTitle("Demo account" if demo else "Account")
        self.setWindowIcon(app_icon())
        self.setObjectName("accountWindow")
        self._avatar_image: QPixmap | None = None

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.notice.setObjectName("notice")

        self.avatar = QLabel()
        self.avatar.setFixedSize(AVATAR_SIZE, AVATAR_SIZE)
        self.avatar.setAccessibleName("Profile picture")
        self.name = QLabel()
        self.name.setObjectName("name")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name.setFont(font)
        self.email = QLabel()
        self.email.setObjectName("email")
        identity = QVBoxLayout()
        identity.addWidget(self.name)
        identity.addWidget(self.email)
        identity.addStretch()
        header = QHBoxLayout()
        header.addWidget(self.avatar)
        header.addLayout(identity, 1)

        self.state = QLabel()
        self.state.setObjectName("state")
        self.state.setWordWrap(True)
        self.balance = QLabel()
        self.balance.setObjectName("balance")
        self.subscription = QLabel()
        self.subscription.setObjectName("subscription")
        self.credits = QLabel()
        self.credits.setObjectName("credits")
        self.credits.setWordWrap(True)
        self.updated = QLabel()
        self.updated.setObjectName("updated")
        self.updated.setWordWrap(True)
        for label in (self.name, self.email, self.state, self.balance, self.subscription, self.credits, self.updated):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow("State:", self.state)
        form.addRow("Balance:", self.balance)
        form.addRow("Subscription:", self.subscription)
        form.addRow("API credits:", self.credits)  # the Data API credits, beside the balance and its chart
        form.addRow("Last update:", self.updated)

        self.refresh_button = QPushButton("&Refresh")
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.settings_button = QPushButton("&Settings…")
        self.settings_button.clicked.connect(self.settings_requested)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.settings_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(header)
        layout.addLayout(form)
        self.chart = BalanceChart(self)
        self.chart.setAccessibleName("Balance over time")
        layout.addWidget(self.chart, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)
        float_on_tiling_desktops(self, os.environ)
        self.update_view(None, True)

    def set_history(self, readings: Sequence[Reading], threshold: float, forecast: Forecast | None) -> None:
        self.chart.canvas.set_history(readings, threshold, forecast)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(True)
        if self.isVisible():
            grow_to_fit(self)  # a notice shown later must not squeeze the rest

    def set_avatar(self, pixmap: QPixmap | None) -> None:
        self._avatar_image = pixmap
        self._draw_avatar()

    def _draw_avatar(self, name: str = "") -> None:
        if self._avatar_image is not None:
            self.avatar.setPixmap(self._avatar_image)
        else:
            self.avatar.setPixmap(circular_avatar(None, name or "?", AVATAR_SIZE, self.devicePixelRatioF()))

    def update_view(self, view: AccountView | None, has_key: bool) -> None:
        if not has_key:
            self.name.setText("Not set up")
            self.email.setText("Add your Project API key in Settings.")
            self.state.setText("No API key")
            for label in (self.balance, self.subscription, self.credits, self.updated):
                label.setText("—")
            self._draw_avatar("?")
            return
        if view is None or view.health is None:
            self.name.setText(view.name if view else "SE Ranking account")
            self.state.setText("Checking…")
            return
        self.name.setText(view.name)
        profile = view.profile
        if profile and profile.email:
            verified = {True: " (verified)", False: " (not verified)", None: ""}[profile.email_verified]
            self.email.setText(f"{profile.email}{verified}")
        else:
            self.email.setText("")
        words = STATE_WORDS[view.health]
        self.state.setText(words if view.health is Health.OK else f"{words}: {view.message}")
        self.balance.setText(presentation.balance_text(view).removeprefix("Balance: "))
        self.subscription.setText(presentation.subscription_text(view))
        self.credits.setText(presentation.credits_field(view))
        self.updated.setText(presentation.updated_text(view))
        self._draw_avatar(view.name)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
