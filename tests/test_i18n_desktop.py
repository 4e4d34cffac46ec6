"""The app in German (issue 17), in a real desktop session with `LANG=de_DE.UTF-8`: the tray menu read over D-Bus,
the tooltip's money and a low-balance notification speak German; choosing English in Settings retranslates the
menu at once, without a restart."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from harness.faults import FakeSeRanking
from harness.notifications import NotificationRecorder
from harness.plugin import DesktopSessionFactory
from harness.tray_app import QT_WARNING_MARKERS, TrayAppProcess, wait_until

pytestmark = pytest.mark.desktop

REPO = Path(__file__).resolve().parent.parent
USD = {"currency": "USD", "currency_code": "USD"}


def test_a_german_desktop_gets_a_german_tray_that_switches_to_english(
    desktop_session: DesktopSessionFactory, fake_api: FakeSeRanking, sentinel_key: str, tmp_path: Path
) -> None:
    session = desktop_session(keyring=False)
    recorder: NotificationRecorder = session.recorder
    go = tmp_path / "go"
    env = {
        "SERANKING_API_URL": fake_api.url,
        "SERANKING_API_KEY": sentinel_key,
        "LANG": "de_DE.UTF-8",
        "PYTHONPATH": os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p),  # harness
    }
    app = TrayAppProcess(
        session, str(go), "en", env=env, module="harness.switch_language_in_app", stdin=subprocess.DEVNULL
    )
    try:
        app.wait_for_item(timeout=20)
        tip = app.wait_for_tooltip(lambda t: "1.234,50\u00a0$" in t, 20, "the balance, written the German way")
        assert "Abonnement aktiv" in tip
        labels = app.menu_labels()
        for wanted in ("Jetzt aktualisieren", "Konto…", "Einstellungen…", "SE Ranking öffnen", "Beenden"):
            assert wanted in labels, labels
        assert any(label.startswith("Guthaben: 1.234,50\u00a0$") for label in labels) and "Quit" not in labels

        fake_api.set_state(balance={**USD, "value": 4.5})
        low = recorder.wait_for(1, 20)[0]
        assert low.summary == "Jane Roe: SE-Ranking-Guthaben ist niedrig"
        assert "4,50\u00a0$" in low.body and "10,00\u00a0$" in low.body and "Schwelle" in low.body

        go.touch()  # Settings → Language: English, Save
        wait_until(lambda: "saved" in app.output(), 20, "the dialog's Save")
        wait_until(lambda: "Quit" in app.menu_labels(), 10, "the open menu in English")
        labels = app.menu_labels()
        assert {"Refresh now", "Settings…", "Quit"} <= set(labels) and "Beenden" not in labels
        app.wait_for_tooltip(lambda t: "$4.50" in t, 10, "the money the English way")
        output = app.output()
        assert not any(marker in output for marker in QT_WARNING_MARKERS), output
    finally:
        app.stop()
