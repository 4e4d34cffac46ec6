"""The tray's smoke set on the desktops users run: GNOME Shell 43 with the AppIndicator extension (Wayland and
X11 through Xwayland), KDE Plasma 5.27 and sway - each started headless by harness/hosts.py - against the
loopback fake SE Ranking API. The rest of the desktop suite stays on xfce4-panel (harness/session.py)."""

from __future__ import annotations

import time
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from harness import sni
from harness.drawn import DrawnColours, drawn_colours
from harness.faults import FakeSeRanking
from harness.hosts import HOSTS, Host, HostSession, NotifyMonitor, SeenNotification
from harness.notifications import NOTIFICATIONS_BUS_NAME
from harness.plugin import DesktopSessionFactory, HostSessionFactory
from harness.tray_app import QT_WARNING_MARKERS, TrayAppProcess, wait_until, window_names

pytestmark = pytest.mark.desktop

REFRESH_SECONDS = 2
ACCOUNT_WINDOW_TITLE = "Account — SE Ranking Tray"
# Who may answer Notify for the host: its own notification service (GNOME's runs in the shell or in gjs).
NOTIFICATION_SERVERS: dict[Host, set[str]] = {
    "gnome-wayland": {"gnome-shell", "gjs"},
    "gnome-x11": {"gnome-shell", "gjs"},
    "kde": {"plasmashell"},
}


def app_env(fake: FakeSeRanking, key: str) -> dict[str, str]:
    # The key comes from the environment; no keyring is asked (and none could prompt).
    return {
        "SERANKING_API_URL": fake.url,
        "SERANKING_API_KEY": key,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }


def icon_colour(uri: str) -> sni.RGB:
    """The dominant colour of a notification's icon file (``file://`` URI), as sni reads tray pixmaps."""
    assert uri.startswith("file://"), uri
    image = QImage(unquote(urlparse(uri).path)).convertToFormat(QImage.Format.Format_ARGB32)
    assert not image.isNull(), uri
    argb = bytearray()
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixel(x, y)
            argb += pixel.to_bytes(4, "big")  # 0xAARRGGBB
    return sni.dominant_colour(sni.Pixmap(image.width(), image.height(), bytes(argb)))


def drawn_on_host(session: HostSession, item: str, shot: Path) -> DrawnColours:
    """The state colours the host itself draws for the item (a screenshot of its panel), not what D-Bus says."""
    session.screenshot(shot)
    return drawn_colours(shot, session.tray_area(sni.split_item(item)[0]))


def share_changed(before: Path, after: Path, session: HostSession) -> float:
    """The share of the screen that differs from `before` in a fresh screenshot (saved as `after`): the account
    window covers a fifth of the screen or more; a notification banner or the panel's clock much less."""
    session.screenshot(after)
    width, height = 160, 100
    images = [
        QImage(str(path)).scaled(QSize(width, height)).convertToFormat(QImage.Format.Format_RGB32)
        for path in (before, after)
    ]
    differing = 0
    for y in range(height):
        for x in range(width):
            old, new = (image.pixelColor(x, y) for image in images)
            distance = abs(old.red() - new.red()) + abs(old.green() - new.green()) + abs(old.blue() - new.blue())
            differing += distance > 60
    return differing / (width * height)


def process_name(pid: int) -> str:
    return Path(f"/proc/{pid}/comm").read_text().strip()


def notification_server_name(session: HostSession) -> str:
    (owner,) = session.call(
        "org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus",
        "GetNameOwner",
        "s",
        (NOTIFICATIONS_BUS_NAME,),
    )
    return str(owner)


@pytest.mark.parametrize("host", HOSTS)
def test_tray_smoke_set_on_each_desktop(
    host: Host,
    desktop_host: HostSessionFactory,
    apps: list[TrayAppProcess],
    fake_api: FakeSeRanking,
    sentinel_key: str,
    desktop_artifacts: Path,
    tmp_path: Path,
) -> None:
    session = desktop_host(host)
    monitor = NotifyMonitor(session.bus_address) if host != "sway" else None
    try:
        app = TrayAppProcess(session, "--refresh-interval", str(REFRESH_SECONDS), env=app_env(fake_api, sentinel_key))
        apps.append(app)

        # The item registers with the host's own StatusNotifierWatcher, under the app's human name.
        item = app.wait_for_item(timeout=30)
        assert app.properties()["Title"] == "SE Ranking Tray"
        if host.startswith("gnome"):
            bus_name, _path = sni.split_item(item)
            keys = wait_until(
                lambda: [k for k in session.top_bar_items() if k.startswith("appindicator-") and bus_name in k],
                15,
                "the AppIndicator extension to put the item in the top bar",
            )
            assert keys, session.top_bar_items()

        # Name and balance: in the tooltip (where the host shows one) and in the menu read over D-Bus.
        app.wait_for_tooltip(lambda t: "$1,234.50" in t, 30, "the first balance in the tooltip")
        labels = app.menu_labels()
        assert "Jane Roe" in labels, labels
        assert any("$1,234.50" in label for label in labels), labels
        assert not sni.is_reddish(app.colour())
        shot = tmp_path / "tray.png"
        wait_until(lambda: drawn_on_host(session, item, shot).shows_green, 20, "the host to draw the fine icon")

        # Expired: red within two refresh intervals plus 10 s - in the item and as the host draws it.
        fake_api.set_state(subscription={"type": "subscription", "is_expired": "true"})
        changed_at = time.monotonic()
        deadline = 2 * REFRESH_SECONDS + 10
        wait_until(lambda: sni.is_reddish(app.colour()), deadline, "the icon to turn red")
        remaining = deadline - (time.monotonic() - changed_at)
        drawn = wait_until(
            lambda: (colours := drawn_on_host(session, item, shot)).shows_red and colours,
            max(remaining, 0.1),
            "the host to draw the icon red",
        )
        assert drawn.shows_red, drawn
        assert time.monotonic() - changed_at <= deadline
        # GNOME opens the menu on a left click and never shows the tooltip: the menu's head says the state.
        wait_until(lambda: "Jane Roe — Subscription expired" in app.menu_labels(), 10, "the state in the menu's head")

        # One notification, received by the host's own notification service, with the problem's icon.
        if monitor is None:
            (recorded,) = session.recorder.wait_for(1, 20)
            summary, icon = recorded.summary, recorded.app_icon
        else:

            def from_app() -> list[SeenNotification]:
                # GNOME's service passes each notification on to the shell: only the app's own call counts.
                return [n for n in monitor.seen() if sni.item_owner_pid(session, n.sender) == app.process.pid]

            notification = wait_until(from_app, 20, "the app's Notify call and its answer")[0]
            assert notification.answer_ok, notification
            assert notification.answered_by == notification_server_name(session)
            server_pid = sni.item_owner_pid(session, str(notification.answered_by))
            assert process_name(server_pid) in NOTIFICATION_SERVERS[host], process_name(server_pid)
            summary, icon = notification.summary, notification.app_icon
        assert "expired" in summary.lower(), summary
        assert not icon.endswith("/seranking-tray-128.png"), icon  # not the "all fine" app icon
        assert sni.is_reddish(icon_colour(icon)), icon
        if host.startswith("gnome"):
            shown = wait_until(
                lambda: [n for n in session.shell_notifications() if n["title"] == summary],
                10,
                "the notification in the shell's message tray",
            )
            assert shown, session.shell_notifications()

        # Account… opens the window, titled once with the app's name, and the host draws it.
        before = desktop_artifacts / f"host-{host}-before-window.png"
        session.screenshot(before)
        app.click("Account…")
        titles = wait_until(
            lambda: (found := session.window_titles()) and ACCOUNT_WINDOW_TITLE in found and found,
            20,
            "the account window in the host's window list",
        )
        assert not any(title.count("SE Ranking Tray") > 1 for title in titles), titles
        if host == "sway":
            # sway tiles normal windows over the whole screen: the account window floats instead.
            (window,) = [w for w in session.sway_windows() if w.get("name") == ACCOUNT_WINDOW_TITLE]
            assert window["type"] == "floating_con", window
            assert window["rect"]["width"] < 1280, window["rect"]

        after = desktop_artifacts / f"host-{host}.png"
        wait_until(
            lambda: share_changed(before, after, session) > 0.15, 20, "the host to draw the account window on screen"
        )
        output = app.output()
        assert "Traceback" not in output, output
    finally:
        if monitor is not None:
            monitor.close()


# -- on xfce too: what the hosts showed, fixed in the app --------------------------------------------------


def test_item_title_and_window_titles_on_xfce(
    desktop_session: DesktopSessionFactory, apps: list[TrayAppProcess], fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    session = desktop_session(keyring=False)
    app = TrayAppProcess(session, env=app_env(fake_api, sentinel_key))
    apps.append(app)
    app.wait_for_item()
    properties = app.properties()
    assert properties["Title"] == "SE Ranking Tray"
    tip = app.wait_for_tooltip(lambda t: "$1,234.50" in t, 20, "the first balance")
    assert "Subscription active" in tip  # the state is in the tooltip, not in the title

    app.click("Account…")
    wait_until(lambda: ACCOUNT_WINDOW_TITLE in window_names(session), 15, "the account window")
    app.click("Settings…")
    wait_until(lambda: "Settings — SE Ranking Tray" in window_names(session), 15, "the settings dialog")
    names = window_names(session)
    assert "SE Ranking Tray — " not in names and names.count("SE Ranking Tray — SE Ranking Tray") == 0
    output = app.output()
    assert not any(marker in output for marker in QT_WARNING_MARKERS), output


def test_settings_and_no_tray_window_float_on_sway(
    desktop_host: HostSessionFactory, apps: list[TrayAppProcess]
) -> None:
    """sway tiles a normal window over the whole screen: the settings dialog and the window the app shows when
    there is no tray float instead, like the account window (gui/tiling.py)."""
    session = desktop_host("sway")

    def floating(title: str) -> dict[str, object]:
        windows = wait_until(
            lambda: [w for w in session.sway_windows() if w.get("name") == title], 20, f"{title!r} in sway's tree"
        )
        (window,) = windows
        assert window["type"] == "floating_con", window
        assert window["rect"]["width"] < 1280, window["rect"]
        return dict(window)

    app = TrayAppProcess(session, "--demo")
    apps.append(app)
    app.wait_for_item(timeout=30)
    app.click("Settings…")
    floating("Settings — SE Ranking Tray")
    app.stop()

    # No session bus for this app: no StatusNotifierWatcher, so no tray - on Wayland there is no other.
    # It shows its window by itself (nothing clicked it open), with the no-tray notice.
    lonely = TrayAppProcess(session, "--demo", env={"DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent"})
    apps.append(lonely)
    floating("Demo account — SE Ranking Tray")
    assert lonely.process.poll() is None
