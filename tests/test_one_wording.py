"""Issue 16, "state words repeat or disagree": every surface - tooltip, menu, account window, no-tray window,
notification, CLI text - rendered for each state, says the state's name once, repeats no phrase, writes money one
way (the GUI "$6.00", the CLI "6.00 USD", never both) and names the subscription's amount."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from seranking_tray.cli.status import human_status
from seranking_tray.domain.account import Account, AccountConfig, AccountId
from seranking_tray.domain.account_view import AccountView, apply_outcome
from seranking_tray.domain.credits import Credits
from seranking_tray.domain.errors import ErrorKind
from seranking_tray.domain.forecast import Forecast
from seranking_tray.domain.health import Assessment, Health, assess
from seranking_tray.domain.models import Balance, Failure, Snapshot, Subscription, SubscriptionBalance
from seranking_tray.domain.notify_policy import NotificationPolicy
from seranking_tray.domain.outcome import CheckOutcome
from seranking_tray.domain.rules import AlertRules
from seranking_tray.domain.wording import STATE_WORDS, STATUS_WORDS
from seranking_tray.gui import presentation
from seranking_tray.gui.account_window import AccountWindow
from seranking_tray.gui.app import NO_TRAY_NOTICE
from seranking_tray.gui.formatting import format_money
from seranking_tray.gui.icons import IconStyle
from seranking_tray.gui.tray import TrayIcon

NOW = datetime.now(UTC)
ACCOUNT = Account(AccountConfig(AccountId("a1"), "Agency"), "https://api4.seranking.com", None)
ACTIVE = Subscription("subscription", False, SubscriptionBalance(0.0, "USD"))
EXPIRED = Subscription("subscription", True, SubscriptionBalance(0.0, "USD"))
FAILED = Failure(ErrorKind.NETWORK, "The connection to SE Ranking was refused.", None, "balance")


def credits(days: float, left: float = 90055398.0) -> Credits:
    return Credits("active", None, NOW + timedelta(days=days), 101323444.0, left)


CASES: dict[str, tuple[Snapshot, Forecast | None]] = {
    "ok": (Snapshot(NOW, Balance(1234.5, "USD"), ACTIVE), None),
    "low": (Snapshot(NOW, Balance(6.0, "USD"), ACTIVE), None),
    "running-low": (Snapshot(NOW, Balance(60.0, "USD"), ACTIVE), Forecast(10.0, 6.0, NOW + timedelta(days=6))),
    "expired": (Snapshot(NOW, Balance(1234.5, "USD"), EXPIRED), None),
    "credits-low": (Snapshot(NOW, Balance(1234.5, "USD"), ACTIVE, credits=credits(100.5, 1000.0)), None),
    "expiring-soon": (Snapshot(NOW, Balance(1234.5, "USD"), ACTIVE, credits=credits(5.5)), None),
    "credits-expired": (Snapshot(NOW, Balance(1234.5, "USD"), ACTIVE, credits=credits(-2.5)), None),
    "error": (Snapshot(NOW, subscription=ACTIVE, failures={"balance": FAILED}), None),
}
PLAIN_MONEY = re.compile(r"\d\.\d\d [A-Z]{3}\b")  # "6.00 USD": the CLI's
SHOWN_MONEY = re.compile(r"\$\d")  # "$6.00": the GUI's (QLocale's, in the tests' C locale)
BARE_SUBSCRIPTION_AMOUNT = re.compile(r"(active|expired|per check) · \$")  # "Subscription active · $0.00"


def view_and_assessment(case: str) -> tuple[AccountView, Assessment]:
    snapshot, forecast = CASES[case]
    assessment = assess(snapshot, AlertRules(), forecast)
    return apply_outcome(AccountView(ACCOUNT), CheckOutcome(ACCOUNT, snapshot, assessment, forecast)), assessment


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9$%]+(?:[.,][0-9]+)*", text.lower())


def repeated_phrase(text: str, size: int = 3) -> str | None:
    """The first run of `size` words that comes twice in `text`, if any."""
    seen: set[tuple[str, ...]] = set()
    tokens = words(text)
    for i in range(len(tokens) - size + 1):
        run = tuple(tokens[i : i + size])
        if run in seen:
            return " ".join(run)
        seen.add(run)
    return None


def assert_one_wording(lines: list[str], state_words: str, other_money: re.Pattern[str]) -> None:
    for line in lines:
        assert line.lower().count(state_words.lower()) <= 1, f"the state's name twice: {line!r}"
        assert repeated_phrase(line) is None, f"{repeated_phrase(line)!r} twice in {line!r}"
        assert not other_money.search(line), f"the other money format in {line!r}"
        assert not BARE_SUBSCRIPTION_AMOUNT.search(line), f"an amount that does not say what it is: {line!r}"


def gui_surfaces(qtbot: QtBot, view: AccountView) -> dict[str, list[str]]:
    tray = TrayIcon(False, IconStyle.COLOUR)
    tray.update_view(view, True)
    window = AccountWindow(demo=False)
    qtbot.addWidget(window)
    window.update_view(view, True)
    labels = [window.state, window.balance, window.subscription, window.credits, window.updated]
    alone = AccountWindow(demo=False)
    qtbot.addWidget(alone)
    alone.show_notice(NO_TRAY_NOTICE)
    alone.update_view(view, True)
    policy = NotificationPolicy({}, format_money, lambda: NOW)
    notification = policy.observe(view, AlertRules())
    surfaces = {
        "tooltip": [presentation.tooltip(view, True, False)],
        "menu": [action.text() for action in tray.menu.actions() if action.text()],
        "account window": [label.text() for label in labels],
        "no-tray window": [alone.notice.text(), alone.state.text(), alone.balance.text(), alone.subscription.text()],
    }
    if notification is not None:  # one surface: the summary and the body are read together
        surfaces["notification"] = [f"{notification.summary} {notification.body}"]
    return surfaces


@pytest.mark.parametrize("case", list(CASES))
def test_each_gui_surface_says_it_once_with_one_money_format(qtbot: QtBot, case: str) -> None:
    view, _assessment = view_and_assessment(case)
    assert view.health is not None
    surfaces = gui_surfaces(qtbot, view)
    # A problem is announced at once (an unreachable account only after its grace period).
    assert ("notification" in surfaces) is (view.health not in (Health.OK, Health.ERROR))
    if view.balance is not None:  # the amounts are there, in the GUI's format
        assert SHOWN_MONEY.search(surfaces["account window"][1]), surfaces["account window"]
    for surface, lines in surfaces.items():
        try:
            assert_one_wording(lines, STATE_WORDS[view.health], PLAIN_MONEY)
        except AssertionError as error:
            raise AssertionError(f"{case}, {surface}: {error}") from None


@pytest.mark.parametrize("case", list(CASES))
def test_the_cli_text_says_it_once_in_plain_money(case: str) -> None:
    snapshot, forecast = CASES[case]
    _view, assessment = view_and_assessment(case)
    lines = human_status(snapshot, assessment, forecast).splitlines()
    assert_one_wording(lines, STATUS_WORDS[assessment.health], SHOWN_MONEY)
    assert any(PLAIN_MONEY.search(line) for line in lines), lines  # the amounts are there, in plain money


def test_the_state_line_follows_the_state_name_without_repeating_it(qtbot: QtBot) -> None:
    expected: dict[str, Callable[[str], bool]] = {
        "expired": lambda text: text == "Subscription expired: Renew it in SE Ranking: rank checks stop until then.",
        "low": lambda text: text == "Low balance: $6.00 is below your threshold of $10.00 — top up in SE Ranking.",
        # The whole failure, in the window's language (the tooltip and the menu keep the kind's few words).
        "error": lambda text: text == "Cannot check the account: The connection to SE Ranking was refused.",
        "running-low": lambda text: text.startswith("Running low: $60.00 lasts about 6 days more at $10.00 a day"),
        # Which subscription: the Project one is still active here.
        "credits-expired": lambda text: text.startswith("Subscription expired: The API credit subscription ended on "),
    }
    for case, check in expected.items():
        view, _assessment = view_and_assessment(case)
        window = AccountWindow(demo=False)
        qtbot.addWidget(window)
        window.update_view(view, True)
        assert check(window.state.text()), (case, window.state.text())
        assert window.subscription.text().endswith("(balance $0.00)") or case == "error"


def test_the_json_message_is_unchanged() -> None:
    # The public JSON (and scripts reading it) keep the standalone sentence in plain money.
    _view, expired = view_and_assessment("expired")
    assert expired.message == "Subscription expired — renew it in SE Ranking."
    _view, low = view_and_assessment("low")
    assert low.message == "Balance 6.00 USD is below your threshold of 10.00 USD — top up in SE Ranking."
