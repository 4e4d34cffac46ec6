"""`seranking-tray status`: check once and exit with the monitoring-plugin code of the state."""

from __future__ import annotations

import json
import sys
from datetime import UTC
from typing import Any

from seranking_tray.domain.account import Account
from seranking_tray.domain.errors import ConfigError
from seranking_tray.domain.forecast import Forecast, days_phrase
from seranking_tray.domain.health import Assessment, Health, assess, describe_subscription, format_money
from seranking_tray.domain.models import Snapshot
from seranking_tray.service.accounts import resolve_account
from seranking_tray.store.settings import Settings, ensure_accounts, load_settings
from seranking_tray.system.logs import REDACTOR


def check_once(settings: Settings, account: Account) -> Snapshot:
    from seranking_tray.api.client import check_once as check

    if account.key:
        REDACTOR.add_secret(account.key.reveal())
    return check(account, settings)


def run_status(as_json: bool, low_balance: float | None) -> int:
    loaded = ensure_accounts(load_settings())
    for warning in loaded.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    settings = loaded.settings
    threshold = settings.low_balance_threshold if low_balance is None else low_balance
    forecast: Forecast | None = None
    try:
        account = resolve_account(settings)
        snapshot = check_once(settings, account)
    except ConfigError as exc:
        snapshot = Snapshot.failed(exc)
        assessment = assess(snapshot, threshold)
    else:
        assessment, forecast = _record(account, snapshot, threshold, settings.running_low_days)
    if as_json:
        print(json.dumps(status_document(snapshot, assessment, forecast), ensure_ascii=False))
    else:
        print(human_status(snapshot, assessment, forecast))
    return assessment.health.exit_code


def _record(
    account: Account, snapshot: Snapshot, threshold: float, running_low_days: float
) -> tuple[Assessment, Forecast | None]:
    """Forecast from the history and this check, and the check recorded when it succeeded."""
    from seranking_tray.store.history import HistoryStore

    with HistoryStore.open(first_account=account.id) as store:
        outcome = store.record_check(account.config, snapshot, threshold, running_low_days)
        for warning in store.take_warnings():
            print(f"warning: {warning}", file=sys.stderr)
    return outcome.assessment, outcome.forecast


def forecast_document(forecast: Forecast | None) -> dict[str, Any]:
    runs_out_on = forecast.runs_out_on if forecast is not None else None
    return {
        "daily_spend": None if forecast is None or forecast.daily_spend is None else round(forecast.daily_spend, 4),
        "days_left": None if forecast is None or forecast.days_left is None else round(forecast.days_left, 3),
        "runs_out_on": None if runs_out_on is None else runs_out_on.isoformat(),
    }


def status_document(snapshot: Snapshot, assessment: Assessment, forecast: Forecast | None = None) -> dict[str, Any]:
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
    }


_STATE_WORDS = {
    Health.OK: "OK",
    Health.RUNNING_LOW: "RUNNING LOW",
    Health.LOW_BALANCE: "LOW BALANCE",
    Health.EXPIRED: "EXPIRED",
    Health.ERROR: "COULD NOT CHECK",
}


def human_status(snapshot: Snapshot, assessment: Assessment, forecast: Forecast | None = None) -> str:
    lines = []
    if snapshot.profile is not None:
        email = f" <{snapshot.profile.email}>" if snapshot.profile.email and snapshot.profile.full_name else ""
        lines.append(f"{snapshot.profile.display_name}{email}")
    if snapshot.balance is not None:
        lines.append(f"Balance:      {format_money(snapshot.balance.value, snapshot.balance.currency_code)}")
        lines.append(f"Forecast:     {human_forecast(forecast, snapshot.balance.currency_code)}")
    if snapshot.subscription is not None:
        sub = snapshot.subscription
        extra = f" (balance {format_money(sub.balance.amount, sub.balance.currency)})" if sub.balance else ""
        lines.append(f"Subscription: {describe_subscription(sub)}{extra}")
    lines.append(f"State:        {_STATE_WORDS[assessment.health]} — {assessment.message}")
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
        f"{format_money(forecast.daily_spend, currency)} a day"
    )
