"""Issue 14: the demo's story account has Data API credits that come within the warning days at step 3 and
expire at step 10 (service/demo.py), checked the way the app checks it (service level, loopback fake)."""

from __future__ import annotations

from seranking_tray.domain.health import Health
from seranking_tray.domain.meters import Meter, MeterState
from seranking_tray.domain.outcome import CheckOutcome
from seranking_tray.domain.wording import STATE_WORDS
from seranking_tray.service.demo import DemoService
from seranking_tray.service.monitor import check_once
from seranking_tray.store.settings import Settings


def test_the_demo_s_credits_expire_soon_at_step_3_and_expire_at_step_10() -> None:
    demo = DemoService()
    account = demo.start()
    seen: dict[int, CheckOutcome] = {}
    try:
        for step in range(11):  # a check, then the story moves on, as the app does every 5 s
            seen[step] = check_once(account, Settings())
            demo.advance()
    finally:
        demo.stop()

    for step in (0, 1, 2):
        outcome = seen[step]
        credits = outcome.snapshot.credits
        assert credits is not None and outcome.snapshot.meters[Meter.CREDITS] is MeterState.OK
        assert credits.days_to_expiry(outcome.snapshot.checked_at) == 44  # 45 days less the seconds since
        assert outcome.assessment.health is Health.OK, (step, outcome.assessment.message)

    expiring = seen[3]
    assert expiring.snapshot.credits is not None
    assert expiring.snapshot.credits.days_to_expiry(expiring.snapshot.checked_at) == 5
    assert expiring.assessment.health is Health.EXPIRING_SOON, expiring.assessment.message
    assert STATE_WORDS[expiring.assessment.health] == "Expiring soon"
    assert "expires in 5 days" in expiring.assessment.message
    assert "API credits" in expiring.assessment.message

    # Until step 10 the expiry stays within the warning days (or a worse state of the story comes first).
    for step in range(4, 10):
        assert seen[step].assessment.health in (Health.EXPIRING_SOON, Health.LOW_BALANCE), step

    expired = seen[10]
    credits = expired.snapshot.credits
    assert credits is not None and credits.ended(expired.snapshot.checked_at)
    assert expired.snapshot.subscription is not None and not expired.snapshot.subscription.is_expired
    assert expired.assessment.health is Health.EXPIRED, expired.assessment.message
    assert STATE_WORDS[Health.EXPIRED] == "Subscription expired"
    assert "renew them in SE Ranking" in expired.assessment.message  # the credits, not the Project plan
    assert expired.assessment.detail is not None
