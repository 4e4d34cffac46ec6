"""The small account window: everything the tray knows, in one place, with Refresh and Settings.

With several accounts a list of them (gui/accounts_list.py) stands beside the chosen account's detail and chart.
The first account's readings come from its worker; another's are asked for (`history_wanted`) when it is chosen
and read off the GUI thread, and only the chosen account's readings are ever drawn."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seranking_tray.domain.account import AccountId
from seranking_tray.domain.account_view import AccountView
from seranking_tray.domain.credit_words import compact_units
from seranking_tray.domain.forecast import Forecast
from seranking_tray.domain.notify_policy import account_title
from seranking_tray.domain.phrases import QT_TRANSLATE_NOOP, Ui
from seranking_tray.domain.readings import CREDITS_UNIT, Reading
from seranking_tray.gui import presentation
from seranking_tray.gui.accounts_list import AccountsList
from seranking_tray.gui.avatar import circular_avatar
from seranking_tray.gui.chart import BalanceChart
from seranking_tray.gui.chart_scale import ChartRange
from seranking_tray.gui.fitting import grow_to_fit
from seranking_tray.gui.formatting import format_money
from seranking_tray.gui.icons import app_icon
from seranking_tray.gui.keyboard import tab_in_order
from seranking_tray.gui.lists_section import ListsSection
from seranking_tray.gui.tiling import float_on_tiling_desktops

AVATAR_SIZE = 64


def chart_money(value: float, unit: str) -> str:
    """The chart's figures: money, or "180 K credits" for an account charted by its Data API credits."""
    return (
        Ui.tr("{amount} credits").format(amount=compact_units(value))
        if unit == CREDITS_UNIT
        else format_money(value, unit)
    )


class AccountWindow(QWidget):
    refresh_requested = Signal()
    history_wanted = Signal(str)  # the id of another account just chosen: its readings, please (`show_history`)
    settings_requested = Signal()
    closed = Signal()

    def __init__(self, demo: bool) -> None:
        super().__init__()
        # Qt appends " — SE Ranking Tray" (the application display name) where the platform shows titles.
        self._fixed: list[tuple[Callable[[str], None], str]] = []  # set again in a new language
        self._fix(
            self.setWindowTitle, QT_TRANSLATE_NOOP("Ui", "Demo account") if demo else QT_TRANSLATE_NOOP("Ui", "Account")
        )
        self.setWindowIcon(app_icon())
        self.setObjectName("accountWindow")
        self._avatar_image: QPixmap | None = None
        self._first: AccountId | None = None  # the account with the history, chart and picture
        self._first_view: AccountView | None = None
        self._has_key = True
        self._views: Mapping[AccountId, AccountView] = {}
        self._shown: AccountId | None = None  # None: the first account
        self._first_history: tuple[Sequence[Reading], float, Forecast | None] = ((), 0.0, None)

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.notice.setObjectName("notice")

        self.avatar = QLabel()
        self.avatar.setFixedSize(AVATAR_SIZE, AVATAR_SIZE)
        self.avatar.setAccessibleName(Ui.tr("Profile picture"))
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
        for text, field in (
            (QT_TRANSLATE_NOOP("Ui", "State:"), self.state),
            (QT_TRANSLATE_NOOP("Ui", "Balance:"), self.balance),
            (QT_TRANSLATE_NOOP("Ui", "Subscription:"), self.subscription),
            (QT_TRANSLATE_NOOP("Ui", "API credits:"), self.credits),  # the Data API credits, beside the balance
            (QT_TRANSLATE_NOOP("Ui", "Last update:"), self.updated),
        ):
            row_label = QLabel()
            row_label.setBuddy(field)  # as addRow(text, field) does: screen readers say which line is which
            self._fix(row_label.setText, text)
            form.addRow(row_label, field)

        self.refresh_button = QPushButton()
        self._fix(self.refresh_button.setText, QT_TRANSLATE_NOOP("Ui", "&Refresh"))
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.settings_button = QPushButton()
        self._fix(self.settings_button.setText, QT_TRANSLATE_NOOP("Ui", "&Settings…"))
        self.settings_button.clicked.connect(self.settings_requested)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.settings_button)

        detail = QVBoxLayout()
        detail.addWidget(self.notice)
        detail.addLayout(header)
        detail.addLayout(form)
        self.lists = ListsSection(self)  # the sub-accounts and projects (issue 15)
        detail.addWidget(self.lists)
        self.chart = BalanceChart(self, chart_money)
        self.chart.setAccessibleName(Ui.tr("Balance over time"))
        detail.addWidget(self.chart, 1)
        detail.addStretch(0)
        detail.addLayout(buttons)

        self.accounts = AccountsList()
        self.accounts.setVisible(False)  # one account: no list
        self.accounts.chosen.connect(lambda ident: self.show_account(AccountId(ident)))
        layout = QHBoxLayout(self)
        layout.addWidget(self.accounts)
        layout.addLayout(detail, 1)
        self.setMinimumWidth(460)
        tab_in_order(
            [self.accounts, self.lists.list, *self.chart.buttons.values(), self.refresh_button, self.settings_button]
        )
        float_on_tiling_desktops(self, os.environ)
        self.update_view(None, True)

    def set_history(self, readings: Sequence[Reading], threshold: float, forecast: Forecast | None) -> None:
        """The first account's readings (from its worker)."""
        self._first_history = (readings, threshold, forecast)
        if self._shown is None:
            self._draw(readings, threshold, forecast)

    def show_history(self, ident: AccountId, readings: Sequence[Reading], threshold: float) -> None:
        """Another account's readings, read off the GUI thread: drawn only while that account is chosen."""
        view = self._views.get(ident)
        if ident == self._shown and view is not None:
            self._draw(readings, threshold, view.forecast)

    def _draw(self, readings: Sequence[Reading], threshold: float, forecast: Forecast | None) -> None:
        # An account watched by its credits alone (a Data API key) is charted by them: the balance's threshold
        # and forecast are not theirs.
        credits = bool(readings) and readings[-1].meter == "credits"
        self.chart.canvas.set_history(readings, None if credits else threshold, None if credits else forecast)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(True)
        if self.isVisible():
            grow_to_fit(self)  # a notice shown later must not squeeze the rest

    def set_avatar(self, pixmap: QPixmap | None) -> None:
        self._avatar_image = pixmap
        if self._shown is None:  # the picture is the first account's
            self._draw_avatar()

    def _draw_avatar(self, name: str = "") -> None:
        if self._avatar_image is not None and self._shown is None:
            self.avatar.setPixmap(self._avatar_image)
        else:
            self.avatar.setPixmap(circular_avatar(None, name or "?", AVATAR_SIZE, self.devicePixelRatioF()))

    def set_accounts(self, views: Sequence[AccountView], first: AccountId | None) -> None:
        """Every account's view (the first's own view still comes through update_view, with its chart)."""
        self._first = first
        self._views = {v.account.id: v for v in views}
        several = len(views) > 1
        self.accounts.setVisible(several)
        self.accounts.show_views(views)
        if self._shown is not None and self._shown not in self._views:
            self.show_account(None)  # that account was removed
        elif self._shown is not None:
            self._render(self._views[self._shown], True)

    def show_account(self, ident: AccountId | None) -> None:
        """Show `ident`'s detail (None or the first account: the first's, with its chart)."""
        other = ident is not None and ident != self._first and ident in self._views
        changed = (ident if other else None) != self._shown
        self._shown = ident if other else None
        if ident is not None:
            self.accounts.select(ident)
        if other and ident is not None:
            self._render(self._views[ident], True)
            if changed:
                self.chart.canvas.set_history(())  # never another account's line while this one's is read
                self.history_wanted.emit(ident)
        else:
            self._render(self._first_view, self._has_key)
            if changed:
                self._draw(*self._first_history)

    def shown_account(self) -> AccountId | None:
        return self._shown or self._first

    def update_view(self, view: AccountView | None, has_key: bool) -> None:
        """The first account's view (from its worker)."""
        self._first_view, self._has_key = view, has_key
        if self._shown is None:
            self._render(view, has_key)

    def _render(self, view: AccountView | None, has_key: bool) -> None:
        if not has_key:
            self.name.setText(Ui.tr("Not set up"))
            self.email.setText(Ui.tr("Add your Project API key in Settings."))
            self.state.setText(Ui.tr("No API key"))
            for label in (self.balance, self.subscription, self.credits, self.updated):
                label.setText("—")
            self.lists.show_lists(None)
            self._draw_avatar("?")
            return
        if view is None or view.health is None:
            self.name.setText(self._title(view) if view else Ui.tr("SE Ranking account"))
            self.state.setText(Ui.tr("Checking…"))
            self.email.setText("")
            for label in (self.balance, self.subscription, self.credits, self.updated):
                label.setText("—")  # never another account's figures
            self.lists.show_lists(None)
            return
        self.name.setText(self._title(view))
        profile = view.profile
        if profile and profile.email:
            verified = {True: Ui.tr("{email} (verified)"), False: Ui.tr("{email} (not verified)"), None: "{email}"}
            self.email.setText(verified[profile.email_verified].format(email=profile.email))
        else:
            self.email.setText("")
        self.state.setText(presentation.state_text(view))
        self.balance.setText(presentation.balance_text(view, labelled=False))
        self.subscription.setText(presentation.subscription_text(view))
        self.credits.setText(presentation.credits_field(view))
        self.updated.setText(presentation.updated_text(view))
        self.lists.show_lists(view.lists)
        self._draw_avatar(view.name)

    def _title(self, view: AccountView) -> str:
        # Beside other accounts the label says which one this is (their profiles may share a person's name).
        return account_title(view) if len(self._views) > 1 else view.name

    def _fix(self, setter: Callable[[str], None], text: str) -> None:
        setter(Ui.tr(text))
        self._fixed.append((setter, text))

    def changeEvent(self, event: QEvent) -> None:
        """A new language (the Language setting): the fixed texts again, the figures re-rendered in it."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_fixed"):
            for setter, text in self._fixed:
                setter(Ui.tr(text))
            if self._shown is not None and self._shown in self._views:
                self._render(self._views[self._shown], True)
            else:
                self._render(self._first_view, self._has_key)
            for chart_range, button in self.chart.buttons.items():  # the chart's module is at its line cap
                button.setText(chart_range.label)
                show = Ui.tr("Show all") if chart_range is ChartRange.ALL else Ui.tr("Show {range}")
                button.setAccessibleName(show.format(range=chart_range.label))
            self.chart.canvas.setAccessibleName(Ui.tr("Balance over time"))
            self.chart.canvas.update()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
