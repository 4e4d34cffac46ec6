"""The fault matrix in the real tray app: one app process in a private desktop (`--refresh-interval 1`) walks
through the faults on the balance endpoint, then through the avatar's faults, read back over D-Bus as a panel
reads it (the tooltip and the icon come from one GetAll, so they are one consistent state).

For each fault: set it, wait for the tooltip to name the problem, check the icon is grey (not red) and the last
good balance is still there marked stale, clear it, wait for recovery.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from harness import sni
from harness.fault_matrix import AVATAR_CASES, CASES
from harness.faults import FakeSeRanking, make_png
from harness.plugin import DesktopSessionFactory
from harness.session import DesktopSession
from harness.tray_app import QT_WARNING_MARKERS, TrayAppProcess, wait_until
from seranking_tray.domain.errors import ErrorKind
from seranking_tray.domain.wording import problem_in_words

pytestmark = pytest.mark.desktop

# The shortest timeouts the settings allow: a hanging or trickling server costs at most 5 s a check.
FAST_SETTINGS = {"connect_timeout": 1, "read_timeout": 1, "check_deadline": 5}
GOOD = "$1,234.50"
YELLOW = (255, 220, 0)  # the good picture: no colour of the initials' palette is anywhere near it


def write_settings(session: DesktopSession, values: Mapping[str, object]) -> Path:
    path = session.config_home / "seranking-tray" / "settings.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(values))
    return path


def seen(app: TrayAppProcess) -> tuple[str, sni.RGB]:
    """The tooltip and the icon's colour, from one property read."""
    properties = app.properties()
    tip = properties.get("ToolTip")
    return (f"{tip.title} {tip.description}" if tip else ""), sni.dominant_colour(properties["IconPixmap"])


def is_ok(tip: str, money: str = GOOD) -> bool:
    return money in tip and "cannot check" not in tip and "stale" not in tip and "Low balance" not in tip


@pytest.fixture
def session(desktop_session: DesktopSessionFactory) -> DesktopSession:
    return desktop_session(keyring=False)


@pytest.fixture
def other_host() -> Iterator[FakeSeRanking]:
    """Another loopback host, 127.0.0.2: the redirect target and the avatar's host."""
    with FakeSeRanking("other-host-key", host="127.0.0.2") as fake:
        yield fake


@pytest.fixture
def app_for(
    session: DesktopSession, fake_api: FakeSeRanking, sentinel_key: str
) -> Iterator[Callable[[], TrayAppProcess]]:
    apps: list[TrayAppProcess] = []

    def start() -> TrayAppProcess:
        write_settings(session, FAST_SETTINGS)
        app = TrayAppProcess(
            session,
            "--refresh-interval",
            "1",
            env={"SERANKING_API_URL": fake_api.url, "SERANKING_API_KEY": sentinel_key},
        )
        apps.append(app)
        app.wait_for_item(timeout=20)
        return app

    yield start
    for app in apps:
        app.stop()


def test_the_tray_walks_through_every_fault_keeps_the_last_balance_and_recovers(
    app_for: Callable[[], TrayAppProcess], fake_api: FakeSeRanking, other_host: FakeSeRanking
) -> None:
    app = app_for()
    app.wait_for_tooltip(is_ok, 20, "the first good check")
    walked = []
    for case in [c for c in CASES if c.gui]:
        outcome = case.outcome("balance")
        fake_api.set_fault("balance", case.make("balance", other_host.url))
        if outcome.kind is not None:
            # Issue 17: the tray words a failure by its kind (translatable), not with the check's English message.
            problem = problem_in_words(outcome.kind)

            def shows_problem(tip: str, problem: str = problem) -> bool:
                return "cannot check" in tip and problem in tip

            app.wait_for_tooltip(shows_problem, 30, f"{case.id}: the problem in the tooltip")
            tip, colour = seen(app)
            assert shows_problem(tip), (case.id, tip)  # still the same state in this one read
            assert f"last known {GOOD}" in tip and "stale" in tip, (case.id, tip)
            assert sni.is_greyish(colour) and not sni.is_reddish(colour), (case.id, colour)
            for word in outcome.absent:
                assert word.lower() not in tip.lower(), (case.id, tip)
            paused = any("paused" in label for label in app.menu_labels())
            assert paused is case.pauses, (case.id, app.menu_labels())
        else:
            assert outcome.shown is not None
            shown, low = outcome.shown, outcome.health == "low_balance"

            def shows_value(tip: str, shown: str = shown, low: bool = low) -> bool:
                return shown in tip and "cannot check" not in tip and ("Low balance" in tip) is low

            app.wait_for_tooltip(shows_value, 30, f"{case.id}: {shown} in the tooltip")
            tip, colour = seen(app)
            assert shows_value(tip), (case.id, tip)
            assert sni.is_reddish(colour) is low and not sni.is_greyish(colour), (case.id, colour)

        fake_api.set_fault("balance", None)
        if case.pauses:
            app.click("Refresh now")  # a rejected key waits for the user (or a new key)
        if outcome.kind is ErrorKind.GONE:
            # A retired address is not asked again until a restart or a settings change (issue 14; the client
            # tests pin that it is not re-asked): a new process recovers.
            app.stop()
            app = app_for()
        app.wait_for_tooltip(is_ok, 30, f"{case.id}: recovery")
        tip, colour = seen(app)
        assert is_ok(tip) and not sni.is_greyish(colour) and not sni.is_reddish(colour), (case.id, tip, colour)
        walked.append(case.id)

    assert app.process.poll() is None
    output = app.output()
    assert not any(marker in output for marker in QT_WARNING_MARKERS), output
    assert other_host.requests == []  # the redirect was never followed
    assert len(walked) >= 25


def header_colour(app: TrayAppProcess) -> sni.RGB | None:
    """The average colour of the avatar beside the name at the top of the menu (None: no icon yet)."""
    assert app.item is not None
    for node in sni.iter_menu(sni.menu_layout(app.session, app.item)):
        data = node["properties"].get("icon-data")
        if node["label"] == "Jane Roe" and data:
            image = QImage.fromData(bytes(data))
            assert not image.isNull()
            pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
            opaque = [p for p in pixels if p.alpha() >= 128]
            n = len(opaque)
            return (
                round(sum(p.red() for p in opaque) / n),
                round(sum(p.green() for p in opaque) / n),
                round(sum(p.blue() for p in opaque) / n),
            )
    return None


def is_yellow(rgb: sni.RGB | None) -> bool:
    return rgb is not None and rgb[0] > 200 and rgb[1] > 170 and rgb[2] < 90


def test_avatar_faults_leave_the_initials_and_a_good_picture_still_shows(
    app_for: Callable[[], TrayAppProcess], fake_api: FakeSeRanking, other_host: FakeSeRanking
) -> None:
    avatar_host = other_host
    avatar_host.avatar = make_png(64, 64, YELLOW)
    first = AVATAR_CASES[0]
    avatar_host.set_fault("avatar", first.make(avatar_host.url))
    fake_api.set_state(profile={**fake_api.profile, "picture": f"{avatar_host.url}/avatar.png?case={first.id}"})
    app = app_for()
    app.wait_for_tooltip(is_ok, 20, "the first good check")

    for case in AVATAR_CASES:
        avatar_host.set_fault("avatar", case.make(avatar_host.url))
        fake_api.set_state(profile={**fake_api.profile, "picture": f"{avatar_host.url}/avatar.png?case={case.id}"})
        wait_until(
            lambda case_id=case.id: any(r.query == f"case={case_id}" for r in avatar_host.requests),  # type: ignore[misc]
            30,
            f"{case.id}: the app to fetch the picture",
        )
        # The worker handles the picture before its next check: two more checks and the answer has been drawn.
        assert fake_api.wait_for_requests(len(fake_api.requests_to("balance")) + 2, 30, endpoint="balance")
        assert app.process.poll() is None, f"{case.id}: the app died"
        if case.shows_picture:
            wait_until(lambda: is_yellow(header_colour(app)), 30, f"{case.id}: the good picture in the menu")
            break  # a picture shown stays until another one loads: this case comes last
        colour = header_colour(app)
        assert colour is not None and not is_yellow(colour), (case.id, colour)  # the initials
        assert is_ok(app.tooltip()), (case.id, app.tooltip())
    else:
        pytest.fail("the walk must end with a good picture, to show the initials above were not a blind spot")
    for request in avatar_host.requests:
        assert "Authorization" not in request.headers  # the avatar host never gets the key
    output = app.output()
    assert not any(marker in output for marker in QT_WARNING_MARKERS), output
