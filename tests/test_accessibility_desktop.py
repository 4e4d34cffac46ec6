"""Issue 16, accessibility: the app as a screen reader sees it, read over AT-SPI (at-spi2-core's bus, pyatspi) in the
real desktop session. Every control of the account window, the no-tray window and the settings dialog has a name;
the status lines are labelled by their field; the chart has a name and a text alternative (the last value and the
trend); Tab walks every control in reading order by geometry. Issue 14: the account window's credits line, read
the same way."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from harness import accessibility as ax
from harness.faults import FakeSeRanking
from harness.plugin import DesktopSessionFactory
from harness.session import DesktopSession
from harness.tray_app import TrayAppProcess, wait_until
from seranking_tray.testing.fake_api import credits_body

pytestmark = pytest.mark.desktop

DEMO_WINDOW = "Demo account — SE Ranking Tray"
ACCOUNT_WINDOW = "Account — SE Ranking Tray"
SETTINGS_WINDOW = "Settings — SE Ranking Tray"
STATUS_FIELDS = ("State:", "Balance:", "Subscription:", "API credits:", "Last update:")


def accessible_session(desktop_session: DesktopSessionFactory, *, tray: bool = True) -> DesktopSession:
    session = desktop_session(keyring=False, tray=tray)
    session.start_accessibility_bus()
    return session


def start(
    session: DesktopSession, apps: list[TrayAppProcess], *args: str, env: dict[str, str] | None = None
) -> TrayAppProcess:
    app = TrayAppProcess(session, *args, env={**ax.APP_ENV, **(env or {})})
    apps.append(app)
    return app


def window(session: DesktopSession, title: str, settled: str) -> list[ax.Node]:
    """The window's nodes once `settled` (a text) shows in it: the first check has filled it in."""
    return list(
        wait_until(
            lambda: (nodes := ax.window_nodes(session, title)) and any(settled in n.name for n in nodes) and nodes,
            30,
            f"{title!r} showing {settled!r} on the accessibility bus",
        )
    )


def status_line(nodes: list[ax.Node], field: str) -> ax.Node:
    (line,) = [node for node in nodes if field in node.labelled_by]
    return line


def assert_named_and_tab_order(session: DesktopSession, title: str, nodes: list[ax.Node]) -> list[ax.Node]:
    """Every control named; Tab walks them all in reading order. Returns the controls in reading order."""
    assert len(ax.controls(nodes)) >= 2, [str(n) for n in nodes]
    walked = ax.tab_walk(session, title, 2 * len(ax.controls(nodes)) + 1)
    cycle = ax.tab_cycle(walked)
    # Read again after the walk: a window may still have been laying out (a row hidden) when first read.
    nodes = ax.window_nodes(session, title)
    controls = ax.controls(nodes)
    assert ax.unnamed(nodes) == [], "controls without an accessible name"
    expected = ax.rotated(ax.reading_order(ax.tab_stops(nodes)), cycle[0].path)
    tabbed, reading = [n.said for n in cycle], [n.said for n in expected]
    assert tabbed == reading, (
        "Tab order:\n  " + "\n  ".join(map(str, cycle)) + "\nreading order:\n  " + "\n  ".join(map(str, expected))
    )
    assert [n.path for n in cycle] == [n.path for n in expected]
    return ax.reading_order(controls)


def assert_status_lines_labelled(nodes: list[ax.Node]) -> None:
    for field in STATUS_FIELDS:
        line = status_line(nodes, field)
        assert line.name.strip(), (field, str(line))


def test_the_account_window_as_a_screen_reader_reads_it(
    desktop_session: DesktopSessionFactory, apps: list[TrayAppProcess]
) -> None:
    session = accessible_session(desktop_session)
    app = start(session, apps, "--demo")
    app.wait_for_item()
    app.click("Account…")
    window(session, DEMO_WINDOW, "Updated")
    # The chart's text alternative comes with the history, read after the first check: wait for it too.
    nodes = list(
        wait_until(
            lambda: (
                (found := ax.window_nodes(session, DEMO_WINDOW))
                and any(n.name == "Balance over time" and n.description for n in found)
                and found
            ),
            30,
            "the chart's text alternative on the accessibility bus",
        )
    )
    assert_status_lines_labelled(nodes)
    assert status_line(nodes, "Balance:").name.startswith("$")
    (avatar,) = [n for n in nodes if n.role == "image"]
    assert avatar.name == "Profile picture"
    # The chart: a name, and as its text alternative the last value and the trend.
    (chart,) = [n for n in nodes if n.name == "Balance over time" and n.description]
    balance = status_line(nodes, "Balance:").name.split(" ")[0]
    assert chart.description.startswith(f"Balance {balance}, "), chart.description
    assert any(trend in chart.description for trend in ("falling about ", "rising", "steady")), chart.description
    # The accounts list, the chart's range buttons, Refresh and Settings: all reached by Tab, in reading order.
    names = [n.name for n in assert_named_and_tab_order(session, DEMO_WINDOW, nodes)]
    assert names[0] == "Accounts" and "Show 7 days" in names and names[-2:] == ["Refresh", "Settings…"], names
    # Operated from the keyboard alone: Tab to a range button, Space, and the chart says the week.
    ax.tab_to(session, DEMO_WINDOW, "Show 7 days", len(names) + 1)
    ax.press(session, "space")
    wait_until(
        lambda: any("Over the last 7 days" in n.description for n in ax.window_nodes(session, DEMO_WINDOW)),
        10,
        "the chart to show the last 7 days",
    )


def test_the_no_tray_window_as_a_screen_reader_reads_it(
    desktop_session: DesktopSessionFactory, apps: list[TrayAppProcess]
) -> None:
    session = accessible_session(desktop_session, tray=False)
    start(session, apps, "--demo")
    nodes = window(session, DEMO_WINDOW, "Updated")
    (notice,) = [n for n in nodes if n.role == "label" and "No system tray was found" in n.name]
    assert notice.showing
    assert_status_lines_labelled(nodes)
    assert_named_and_tab_order(session, DEMO_WINDOW, nodes)


def test_the_settings_dialog_as_a_screen_reader_reads_it(
    desktop_session: DesktopSessionFactory, apps: list[TrayAppProcess]
) -> None:
    session = accessible_session(desktop_session)
    app = start(session, apps, "--demo")
    app.wait_for_item()
    app.click("Settings…")
    nodes = window(session, SETTINGS_WINDOW, "")
    controls = assert_named_and_tab_order(session, SETTINGS_WINDOW, nodes)
    names = [n.name for n in controls]
    assert names[0] == "Project API key" and names[-2:] == ["Save", "Cancel"], names
    # A field's name says what it is, also beside a label: a spin box is never just its number.
    for control in controls:
        assert not control.name.replace(".", "").isdigit(), str(control)
    # Closed from the keyboard alone.
    ax.tab_to(session, SETTINGS_WINDOW, "Cancel", len(controls) + 1)
    ax.press(session, "space")
    wait_until(lambda: not any(n.window == SETTINGS_WINDOW for n in ax.read_tree(session)), 10, "the settings to close")


def test_the_account_window_reads_out_the_credits(
    desktop_session: DesktopSessionFactory, apps: list[TrayAppProcess], fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    session = accessible_session(desktop_session)
    fake_api.set_state(credits=credits_body(expires_at=datetime.now(UTC) + timedelta(days=138, hours=5)))
    app = start(
        session,
        apps,
        "--refresh-interval",
        "1",
        env={"SERANKING_API_URL": fake_api.url, "SERANKING_API_KEY": sentinel_key},
    )
    app.wait_for_item()
    app.wait_for_tooltip(lambda t: "API credits" in t, 20, "the credits in the tooltip")
    app.click("Account…")
    nodes = window(session, ACCOUNT_WINDOW, "days)")
    credits = status_line(nodes, "API credits:")
    # A label's accessible name is its text: what a screen reader says is what is shown.
    assert credits.name.startswith("90.1 M of 101.3 M · until "), credits.name
    assert credits.name.endswith("(138 days)"), credits.name
