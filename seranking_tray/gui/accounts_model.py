"""Several accounts at once, Qt-free: each account's view by id, in the listed order, and which need attention.

The tray's icon (the worst state), its badge (how many need attention), its tooltip (those first, then "N others
fine") and the account window's first account all read this one model.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from seranking_tray.domain.account import Account, AccountId
from seranking_tray.domain.account_view import AccountView, apply_outcome, glance_line, restored_view
from seranking_tray.domain.attention import needs_attention, rank, worst
from seranking_tray.domain.health import Health
from seranking_tray.domain.money import MoneyFormatter
from seranking_tray.domain.outcome import CheckOutcome
from seranking_tray.domain.phrases import Ui


class AccountsModel:
    def __init__(self) -> None:
        self._views: dict[AccountId, AccountView] = {}

    def set_accounts(self, accounts: Iterable[Account]) -> None:
        """The accounts watched, in order; views of accounts no longer listed go, new ones start unchecked."""
        old = self._views
        self._views = {a.id: old.get(a.id) or AccountView(a) for a in accounts}

    def apply(self, outcome: CheckOutcome) -> AccountView:
        base = self._views.get(outcome.account.id) or AccountView(outcome.account)
        view = restored_view(outcome) if outcome.restored and base.health is None else apply_outcome(base, outcome)
        self._views[outcome.account.id] = view
        return view

    def put(self, view: AccountView) -> None:
        self._views[view.account.id] = view

    def get(self, ident: AccountId) -> AccountView | None:
        return self._views.get(ident)

    def views(self) -> list[AccountView]:
        return list(self._views.values())

    def __len__(self) -> int:
        return len(self._views)

    def checked(self) -> list[AccountView]:
        return [v for v in self._views.values() if v.health is not None]

    def worst(self) -> Health | None:
        """The worst state over the checked accounts; None while none has been checked."""
        checked = self.checked()
        return worst(v.health for v in checked if v.health is not None) if checked else None

    def attention(self) -> list[AccountView]:
        """The accounts needing attention, worst first (listed order among equals)."""
        needing = [v for v in self.checked() if v.health is not None and needs_attention(v.health)]
        return sorted(needing, key=lambda v: rank(v.health or Health.OK))

    def most_urgent(self) -> AccountView | None:
        """The account the account window opens on: the one needing attention most, else the first."""
        attention = self.attention()
        if attention:
            return attention[0]
        views = self.views()
        return views[0] if views else None

    def tooltip_lines(self, now: datetime, money: MoneyFormatter) -> list[str]:
        """Those needing attention first, one line each, then how many others are fine (or still checking)."""
        attention = self.attention()
        lines = [f"{v.account.label}: {glance_line(v, now, money)}" for v in attention]
        fine = sum(1 for v in self.checked() if v.health is Health.OK)
        waiting = len(self._views) - len(self.checked())
        if fine:
            others = Ui.tr("%n other(s) fine", None, fine) if attention else Ui.tr("%n account(s) fine", None, fine)
            lines.append(others)
        if waiting:
            lines.append(Ui.tr("%n checking…", None, waiting))
        return lines
