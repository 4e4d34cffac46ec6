"""A notification's icon shows the state it announces: problems never carry the green "all fine" app icon."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from seranking_tray.domain.notify_policy import Announced
from seranking_tray.gui.notifications import notification_icon_file


def _mean_colour(path: Path) -> tuple[int, int, int]:
    image = QImage(str(path))
    assert not image.isNull(), path
    totals, count = [0, 0, 0], 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = QColor.fromRgba(image.pixel(x, y))
            if colour.alpha() >= 128:
                totals = [totals[0] + colour.red(), totals[1] + colour.green(), totals[2] + colour.blue()]
                count += 1
    assert count, path
    red, green, blue = (round(total / count) for total in totals)
    return red, green, blue


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path


def test_each_announced_state_has_its_own_icon_file(qapp: QApplication, cache_home: Path) -> None:
    files = {kind: notification_icon_file(kind) for kind in Announced}
    assert all(path is not None and path.is_file() and cache_home in path.parents for path in files.values())
    fine = files[Announced.OK]
    for kind in (
        Announced.LOW_BALANCE,
        Announced.CREDITS_LOW,
        Announced.EXPIRING_SOON,
        Announced.EXPIRED,
        Announced.RUNNING_LOW,
        Announced.AUTH,
        Announced.UNREACHABLE,
    ):
        assert files[kind] != fine, kind
        assert files[kind].read_bytes() != fine.read_bytes(), kind  # type: ignore[union-attr]


@pytest.mark.parametrize("kind", [Announced.LOW_BALANCE, Announced.EXPIRED])
def test_low_balance_and_expired_notifications_are_red_not_green(
    qapp: QApplication, cache_home: Path, kind: Announced
) -> None:
    path = notification_icon_file(kind)
    assert path is not None
    red, green, blue = _mean_colour(path)
    assert red - max(green, blue) >= 60, (red, green, blue)
    ok = notification_icon_file(Announced.OK)
    assert ok is not None
    ok_red, ok_green, _ok_blue = _mean_colour(ok)
    assert ok_green > ok_red  # the "fine" icon is the teal app icon
