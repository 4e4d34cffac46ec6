"""The demo comes with a believable month of history for its first account: a trend and a forecast, not a dot."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from seranking_tray.domain.forecast import top_up_indices
from seranking_tray.domain.readings import samples
from seranking_tray.service.demo import DEMO_ACCOUNT, DemoService


def test_the_demo_history_holds_a_month_with_a_top_up_and_a_forecast() -> None:
    with DemoService().open_history() as store:
        readings = store.readings(DEMO_ACCOUNT.id)
        assert readings[-1].at - readings[0].at >= timedelta(days=30)
        assert len(readings) >= 30 * 4  # several a day
        assert all(r.account_id == DEMO_ACCOUNT.id and r.balance > 0 for r in readings)
        assert len(top_up_indices(samples(readings))) == 1
        prediction = store.forecast(DEMO_ACCOUNT.id, datetime.now(UTC))
        assert prediction.daily_spend is not None and 0.5 < prediction.daily_spend < 10 / 7
        assert prediction.days_left is not None and prediction.days_left > 7  # fine: the story's states keep order
        assert readings[-1].balance == 42.0  # where the story's first check continues the line
