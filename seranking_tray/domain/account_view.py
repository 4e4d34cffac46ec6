"""What the user sees about one account, as a Qt-free value: the current state plus the last good figures.

A failed check never blanks the screen: the last good balance, subscription and profile stay, marked stale.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from seranking_tray.domain.account import LEGACY_LABEL, Account
from seranking_tray.domain.credit_words import describe_credits, month_name
from seranking_tray.domain.credits import Credits
from seranking_tray.domain.forecast import DAY, Forecast, whole_days
from seranking_tray.domain.health import Health, describe_subscription
from seranking_tray.domain.lists import Lists
from seranking_tray.domain.models import Balance, Failure, Profile, Subscription
from seranking_tray.domain.money import MoneyFormatter
from seranking_tray.domain.outcome import CheckOutcome
from seranking_tray.domain.phrases import Words
from seranking_tray.domain.sentence import Sentence
from seranking_tray.domain.wording import problem_in_words, state_words


@dataclass(frozen=True)
class AccountView:
    account: Account
    health: Health | None = None  # None: not checked yet
    message: str = "Checking…"
    balance: Balance | None = None
    subscription: Subscription | None = None
    profile: Profile | None = None
    data_checked_at: datetime | None = None  # when the shown figures were fetched
    last_attempt_at: datetime | None = None
    failure: Failure | None = None
    stale: bool = False  # the figures shown are older than the last attempt
    paused: bool = False  # automatic refresh stopped until the key changes or the user asks
    forecast: Forecast | None = None  # from the history with the figures shown; None: none (yet)
    credits: Credits | None = None  # the Data API credits last read; None: not watched or not read yet
    detail: Sentence | None = None  # the assessment's words after the state's name (see `state_detail`)
    lists: Lists | None = None  # the sub-accounts and projects last read (issue 15); None: not read yet

    @property
    def name(self) -> str:
        if self.profile is not None:
            return self.profile.display_name
        # The migrated account's label names no one: say what it is instead.
        return Words.tr("SE Ranking account") if self.account.label == LEGACY_LABEL else self.account.label


def apply_outcome(view: AccountView, outcome: CheckOutcome) -> AccountView:
    """The view after a check: new figures where the check got them, the previous ones (stale) elsewhere.

    Only displays: the state, the message and `paused` are the outcome's. After a failed check the last
    forecast stays, like the last figures. A restored reading is shown stale, as no attempt yet.
    """
    snapshot, assessment = outcome.snapshot, outcome.assessment
    got_all = snapshot.balance is not None and snapshot.subscription is not None
    if snapshot.credits is not None and snapshot.balance is None and view.balance is None:
        got_all = True  # an account watched by its credits alone (a Data API key)
    balance = snapshot.balance or view.balance
    subscription = snapshot.subscription or view.subscription
    return replace(
        view,
        account=outcome.account,
        health=assessment.health,
        message=assessment.message,
        detail=assessment.detail,
        balance=balance,
        subscription=subscription,
        profile=snapshot.profile or view.profile,
        credits=snapshot.credits or view.credits,
        data_checked_at=snapshot.checked_at if got_all else view.data_checked_at,
        last_attempt_at=view.last_attempt_at if outcome.restored else snapshot.checked_at,
        failure=assessment.failure,
        stale=outcome.restored or (not got_all and (balance is not None or subscription is not None)),
        paused=outcome.paused,
        forecast=outcome.forecast if got_all else view.forecast,
        lists=outcome.lists or view.lists,
    )


def state_detail(view: AccountView, money: MoneyFormatter) -> str:
    """What follows the state's name ("Low balance: $6.00 is below…"), in the surface's money; for a failed check
    the whole of what went wrong ("The API answered /account/balance with a redirect (302)…")."""
    if view.health is Health.ERROR and view.failure is not None:
        return view.failure.sentence().render(money)
    return view.detail.render(money) if view.detail is not None else view.message


def problem_words(view: AccountView) -> str:
    """Why a check failed in a few words, by its kind: where a line has little room (tooltip, menu, bubbles)."""
    if view.failure is not None:
        return problem_in_words(view.failure.kind)
    return view.detail.render() if view.detail is not None else view.message


def restored_view(outcome: CheckOutcome) -> AccountView:
    """The view at start, from the last stored reading (`AccountMonitor.restore`), stale until a check answers."""
    return apply_outcome(AccountView(outcome.account), outcome)


def short_date(day: date, today: date) -> str:
    """ "6 Dec", with the year when it is not this year's (the month in the GUI's language, English for the CLI)."""
    text = f"{day.day} {month_name(day.month)}"
    return text if day.year == today.year else f"{text} {day.year}"


def forecast_phrase(forecast: Forecast | None, now: datetime) -> str | None:
    """ "≈ 12 days left (until 6 Dec)", counted from `now` (a forecast shown later has fewer days left); the
    date in local time. None when there is no forecast or nothing is being spent."""
    if forecast is None or forecast.runs_out_at is None:
        return None
    runs_out = forecast.runs_out_at.astimezone()
    day = short_date(runs_out.date(), now.astimezone().date())
    days = (forecast.runs_out_at - now) / DAY
    if days <= 0:
        return Words.tr("≈ used up by now (forecast for {date})").format(date=day)
    if days < 1:
        return Words.tr("≈ less than a day left (until {date})").format(date=day)
    return Words.tr("≈ %n day(s) left (until {date})", None, whole_days(days)).format(date=day)


def relative_age(then: datetime | None, now: datetime) -> str:
    if then is None:
        return Words.tr("never")
    seconds = (now - then).total_seconds()
    if seconds < 45:
        return Words.tr("just now")
    minutes = round(seconds / 60)
    if minutes < 60:
        return Words.tr("%n min ago", None, minutes)
    hours = round(seconds / 3600)
    if hours < 24:
        return Words.tr("%n h ago", None, hours)
    return Words.tr("%n day(s) ago", None, round(seconds / 86400))


def glance_line(view: AccountView, now: datetime, money: MoneyFormatter) -> str:
    """The tooltip: the whole answer in one line, e.g. `Jane Roe — $1,234.50 · Subscription active · updated
    2 min ago`, or the problem in plain words with the last known figures marked stale."""
    parts: list[str] = []
    if view.balance is not None:
        parts.append(money(view.balance.value, view.balance.currency_code))
    if view.subscription is not None:
        parts.append(describe_subscription(view.subscription))
    if view.credits is not None:
        parts.append(describe_credits(view.credits, now))
    head = view.name
    if view.health is None:
        return Words.tr("{name} — checking…").format(name=head)
    age = relative_age(view.data_checked_at, now)
    if view.health is Health.ERROR:
        problem = problem_words(view)
        if not parts:
            return Words.tr("{name} — cannot check: {problem}").format(name=head, problem=problem)
        return Words.tr("{name} — cannot check: {problem} · last known {figures} (stale, {age})").format(
            name=head, problem=problem, figures=" · ".join(parts), age=age
        )
    phrase = forecast_phrase(view.forecast, now)
    if phrase is not None and view.balance is not None:
        parts.insert(1, phrase)
    if view.stale:
        updated = Words.tr("last known (stale, updated {age})").format(age=age)
    else:
        updated = Words.tr("updated {age}").format(age=age)
    line = f"{head} — {' · '.join(parts)} · {updated}"
    if view.health is Health.EXPIRED:
        return line + " · " + Words.tr("Renew in SE Ranking")
    if view.health is not Health.OK:
        return f"{line} · {state_words(view.health)}"
    return line
