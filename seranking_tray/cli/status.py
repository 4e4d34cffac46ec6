"""`seranking-tray status`: check once and exit with the monitoring-plugin code of the state."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from seranking_tray.cli.lists import human_lists, lists_document, lists_warning
from seranking_tray.domain.account import Account
from seranking_tray.domain.credit_words import describe_credits
from seranking_tray.domain.errors import ConfigError
from seranking_tray.domain.forecast import Forecast, days_phrase
from seranking_tray.domain.health import Assessment, Health
from seranking_tray.domain.lists import Lists
from seranking_tray.domain.models import Snapshot
from seranking_tray.domain.money import plain_money
from seranking_tray.domain.outcome import CheckOutcome
from seranking_tray.domain.wording import STATUS_WORDS, subscription_words
from seranking_tray.service.accounts import resolve_account
from seranking_tray.service.monitor import check_once, failed_outcome
from seranking_tray.store.history import HistoryStore
from seranking_tray.store.settings import LoadedSettings, Settings, ensure_accounts, load_settings


def run_status(
    as_json: bool, low_balance: float | None, loaded: LoadedSettings | None = None, *, lists: bool = True
) -> int:
    loaded = loaded or ensure_accounts(load_settings())
    for warning in loaded.warnings:
        print(f"warning: {warning.render()}", file=sys.stderr)
    settings = loaded.settings
    if low_balance is not None:
        settings = replace(settings, low_balance_threshold=low_balance)
    outcome = single_outcome(settings, lists)
    snapshot, assessment, forecast = outcome.snapshot, outcome.assessment, outcome.forecast
    lists_warning(outcome)
    if as_json:
        document = status_document(snapshot, assessment, forecast, outcome.credits_forecast, outcome.lists)
        print(json.dumps(document, ensure_ascii=False))
    else:
        print(human_status(snapshot, assessment, forecast, outcome.lists))
    return assessment.health.exit_code


def single_outcome(settings: Settings, lists: bool = False) -> CheckOutcome:
    """Today's single-account check (the only account, or SERANKING_API_KEY's)."""
    try:
        account = resolve_account(settings)
    except ConfigError as exc:
        return failed_outcome(Account(settings.first_account, "", None), exc, settings.rules)
    return _check(account, settings, lists)


def _check(account: Account, settings: Settings, lists: bool) -> CheckOutcome:
    """The check, with the forecast from the history; recorded when it succeeded."""
    if account.key is None:
        return check_once(account, settings)  # "no key" needs no history (and must not create one)
    with HistoryStore.open(first_account=account.id) as store:
        outcome = check_once(account, settings, store, lists=lists)
        for warning in store.take_warnings():
            print(f"warning: {warning.render()}", file=sys.stderr)
    return outcome


def forecast_document(forecast: Forecast | None) -> dict[str, Any]:
    runs_out_on = forecast.runs_out_on if forecast is not None else None
    return {
        "daily_spend": None if forecast is None or forecast.daily_spend is None else round(forecast.daily_spend, 4),
        "days_left": None if forecast is None or forecast.days_left is None else round(forecast.days_left, 3),
        "runs_out_on": None if runs_out_on is None else runs_out_on.isoformat(),
    }


def _iso_utc(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def credits_document(snapshot: Snapshot, forecast: Forecast | None) -> dict[str, Any] | None:
    credits = snapshot.credits
    if credits is None:
        return None
    return {
        "status": credits.status,
        "units_left": _whole(credits.units_left),
        "units_limit": _whole(credits.units_limit),
        "start_date": None if credits.start_date is None else credits.start_date.date().isoformat(),
        "expires_at": _iso_utc(credits.expires_at),
        "days_to_expiry": credits.days_to_expiry(snapshot.checked_at),
        "forecast": forecast_document(forecast),
    }


def _whole(units: float) -> int | float:
    return int(units) if units.is_integer() else units


def status_document(
    snapshot: Snapshot,
    assessment: Assessment,
    forecast: Forecast | None = None,
    credits_forecast: Forecast | None = None,
    lists: Lists | None = None,
) -> dict[str, Any]:
    """The `status --json` object; its shape is documented in the README and is a public interface."""
    balance, subscription, profile, failure = (
        snapshot.balance,
        snapshot.subscription,
        snapshot.profile,
        assessment.failure,
    )
    return {
        "health": assessment.health.value,
        "message": assessment.message,
        "checked_at": snapshot.checked_at.astimezone(UTC).isoformat().replace("+00:00", "Z"),
        "balance": None if balance is None else {"value": balance.value, "currency_code": balance.currency_code},
        "subscription": None
        if subscription is None
        else {
            "type": subscription.type,
            "is_expired": subscription.is_expired,
            "balance": None
            if subscription.balance is None
            else {"amount": subscription.balance.amount, "currency": subscription.balance.currency},
        },
        "profile": None
        if profile is None
        else {
            "first_name": profile.first_name,
            "last_name": profile.last_name,
            "email": profile.email,
            "email_verified": profile.email_verified,
            "lang": profile.lang,
            "picture": profile.picture,
        },
        "error": None
        if failure is None
        else {"kind": failure.kind.value, "message": failure.message, "status": failure.status},
        "forecast": forecast_document(forecast),
        "credits": credits_document(snapshot, credits_forecast),
        "meters": {meter.value: state.value for meter, state in snapshot.meters.items()},
        **lists_document(lists),
    }


def human_status(
    snapshot: Snapshot, assessment: Assessment, forecast: Forecast | None = None, lists: Lists | None = None
) -> str:
    lines = []
    if snapshot.profile is not None:
        email = f" <{snapshot.profile.email}>" if snapshot.profile.email and snapshot.profile.full_name else ""
        lines.append(f"{snapshot.profile.display_name}{email}")
    if snapshot.balance is not None:
        lines.append(f"Balance:      {plain_money(snapshot.balance.value, snapshot.balance.currency_code)}")
        lines.append(f"Forecast:     {human_forecast(forecast, snapshot.balance.currency_code)}")
    if snapshot.subscription is not None:
        lines.append(f"Subscription: {subscription_words(snapshot.subscription, plain_money)}")
    if snapshot.credits is not None:
        lines.append(f"Credits:      {describe_credits(snapshot.credits, snapshot.checked_at)}")
    lines.extend(human_lists(lists))
    detail = assessment.message if assessment.detail is None else assessment.detail.render(plain_money)
    lines.append(f"State:        {STATUS_WORDS[assessment.health]} — {detail}")  # the state's name once
    if assessment.failure is not None and assessment.health is not Health.ERROR:
        lines.append(f"Note:         {assessment.failure.message}")
    return "\n".join(lines)


def human_forecast(forecast: Forecast | None, currency: str) -> str:
    if forecast is None or forecast.daily_spend is None:
        return "not enough history yet (it needs checks at least 6 hours apart)"
    if forecast.days_left is None or forecast.runs_out_on is None:
        return "no spending in the last 30 days"
    return (
        f"≈ {days_phrase(forecast.days_left)} left (until {forecast.runs_out_on.isoformat()}) at "
        f"{plain_money(forecast.daily_spend, currency)} a day"
    )
