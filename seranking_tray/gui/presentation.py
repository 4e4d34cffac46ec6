"""Mapping from the core's view of an account to what the Qt widgets show (icon state, lines of text)."""

from __future__ import annotations

from datetime import UTC, datetime

from seranking_tray.domain.account_view import (
    AccountView,
    forecast_phrase,
    glance_line,
    problem_words,
    relative_age,
    state_detail,
)
from seranking_tray.domain.credit_words import credits_figures, describe_credits
from seranking_tray.domain.health import Health
from seranking_tray.domain.phrases import Ui
from seranking_tray.domain.wording import state_words, subscription_words
from seranking_tray.gui.formatting import format_money
from seranking_tray.gui.icons import IconState

_ICON_FOR_HEALTH = {
    Health.OK: IconState.OK,
    Health.RUNNING_LOW: IconState.RUNNING_LOW,
    Health.LOW_BALANCE: IconState.LOW_BALANCE,
    Health.EXPIRING_SOON: IconState.RUNNING_LOW,  # amber, like running low
    Health.ATTENTION: IconState.RUNNING_LOW,  # amber: a sub-account is blocked
    Health.CREDITS_LOW: IconState.LOW_BALANCE,  # red, like a low balance
    Health.EXPIRED: IconState.EXPIRED,
    Health.ERROR: IconState.ERROR,
}


def icon_state(view: AccountView | None, has_key: bool) -> IconState:
    if not has_key:
        return IconState.NO_KEY
    if view is None or view.health is None:
        return IconState.LOADING
    return _ICON_FOR_HEALTH[view.health]


def icon_state_for(health: Health) -> IconState:
    return _ICON_FOR_HEALTH[health]


def tooltip(view: AccountView | None, has_key: bool, demo: bool) -> str:
    prefix = Ui.tr("SE Ranking Tray (Demo) — ") if demo else ""
    if not has_key:
        return prefix + Ui.tr("SE Ranking Tray — set up: add your Project API key in Settings")
    if view is None:
        return prefix + Ui.tr("SE Ranking Tray — checking…")
    return prefix + glance_line(view, datetime.now(UTC), format_money)


def balance_text(view: AccountView, with_forecast: bool = True, labelled: bool = True) -> str:
    """ "Balance: $60.00 · ≈ 6 days left (until 6 Dec)": the menu's and the window's balance line (the window's
    without "Balance:", its row's label says it)."""
    if view.balance is None:
        return Ui.tr("Balance: unknown") if labelled else Ui.tr("unknown")
    text = Ui.tr("Balance: {amount}").format(amount=balance_amount(view)) if labelled else balance_amount(view)
    phrase = forecast_text(view) if with_forecast else None
    return f"{text} · {phrase}" if phrase else text


def balance_amount(view: AccountView) -> str:
    """ "$12.00", "$12.00 (stale)", "unknown": the balance without its label (a menu section's title)."""
    if view.balance is None:
        return Ui.tr("unknown")
    amount = format_money(view.balance.value, view.balance.currency_code)
    return Ui.tr("{amount} (stale)").format(amount=amount) if view.stale else amount


def forecast_text(view: AccountView) -> str | None:
    """ "≈ 12 days left (until 6 Dec)", or None when there is no forecast (too little history, no spending)."""
    return forecast_phrase(view.forecast, datetime.now(UTC))


def subscription_text(view: AccountView) -> str:
    if view.subscription is None:
        return Ui.tr("Subscription: unknown")
    return subscription_words(view.subscription, format_money)


def state_text(view: AccountView) -> str:
    """ "All fine", or the state's name and what it means: "Low balance: $6.00 is below your threshold of…"."""
    assert view.health is not None
    words = state_words(view.health)
    return words if view.health is Health.OK else f"{words}: {state_detail(view, format_money)}"


def credits_text(view: AccountView) -> str | None:
    """ "API credits 90.1 M of 101.3 M · until 17 Apr 2027 (138 days)"; None when the credits are not watched."""
    if view.credits is None:
        return None
    # Restored from the history at start (no check yet): stale, like the balance.
    text = describe_credits(view.credits, datetime.now(UTC))
    return Ui.tr("{credits} (stale)").format(credits=text) if view.stale and view.last_attempt_at is None else text


def credits_field(view: AccountView) -> str:
    """The account window's "API credits:" row: "90.1 M of 101.3 M · until 17 Apr 2027 (138 days)"."""
    if view.credits is None:
        return Ui.tr("not watched")
    now = datetime.now(UTC)
    text = credits_figures(view.credits, now) if view.credits.subscribed else describe_credits(view.credits, now)
    return Ui.tr("{credits} (stale)").format(credits=text) if view.stale and view.last_attempt_at is None else text


def updated_text(view: AccountView) -> str:
    now = datetime.now(UTC)
    if view.health is Health.ERROR:
        problem = problem_words(view)
        paused = Ui.tr("{problem}. Automatic refresh is paused until the key changes.") if view.paused else "{problem}"
        return paused.format(problem=problem)
    return Ui.tr("Updated {age}").format(age=relative_age(view.data_checked_at, now))


def menu_heading(view: AccountView) -> str:
    """The menu's first line, "Jane Roe" or "Jane Roe — Low balance": on GNOME a left click opens the menu and
    the tooltip never shows, so the menu's head carries the state too."""
    if view.health is None or view.health is Health.OK:
        return view.name
    return f"{view.name} — {state_words(view.health)}"
