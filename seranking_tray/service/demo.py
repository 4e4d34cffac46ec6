"""Demo mode: an embedded fake account on loopback, so a newcomer sees every state without a key.

The app talks to it exactly as to the real API (HTTP, the same client); nothing is written to the real
settings, keyring or history. The story, one step per check (5 s apart), walks through every state within
about a minute and a half: the balance falls until it is low, the subscription expires, the server fails
twice, then the account is topped up and renewed, and the story starts again. Its Data API credits (the
unified API's routes, served by the same fake) come close to their expiry date and then expire on the way. It is an
agency: 12 sub-accounts and 48 projects, and one sub-account (Jane Roe, a client) becomes blocked by limits.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta

from seranking_tray.domain.account import Account, AccountConfig, AccountId, KeySource
from seranking_tray.domain.apikey import ApiKey
from seranking_tray.service.account_list import Entry
from seranking_tray.service.demo_history import seeded_history
from seranking_tray.store.history import HistoryStore
from seranking_tray.testing.fake_api import Answer, FakeSeRanking, credits_body
from seranking_tray.testing.fake_lists import sample_sites, sample_sub_accounts, sub_account

DEMO_REFRESH_SECONDS = 5
DEMO_ACCOUNT = AccountConfig(AccountId("demo"), "Demo")  # never in the settings: the demo keeps nothing
# Beside the story's account (which expires during the demo): two fine clients, on the same fake with their own keys.
SAMPLE_ACCOUNTS = (
    (AccountConfig(AccountId("demo-fine"), "Demo client (fine)"), 640.0),
    # Fine too: the first account's story must show on the icon, and a red client would hide it from the start.
    (AccountConfig(AccountId("demo-steady"), "Demo client (steady)"), 86.0),
)
_START_BALANCE = 42.0
_DROP_PER_CHECK = 4.0  # below the default threshold of 10 after nine checks (~45 s)
_EXPIRE_AT = 12
_FAIL_AT = 15
_RESTART_AT = 17
_CREDITS_EXPIRING_AT = 3  # the credits' expiry comes within the warning days (7 by default)
_CREDITS_EXPIRE_AT = 10  # ... and passes
_BLOCK_AT = 6  # a sub-account is blocked by limits
DEMO_SUB_ACCOUNTS = 12


def demo_sub_accounts(*, blocked: bool) -> list[dict[str, object]]:
    jane = sub_account(0, blocked=blocked, kind="client", sites=4)
    jane.update(account_first_name="Jane", account_last_name="Roe", account_email="jane.roe@client.example.com")
    return [jane, *sample_sub_accounts(DEMO_SUB_ACCOUNTS)[1:]]


class DemoService:
    def __init__(self) -> None:
        key = secrets.token_hex(20)
        self._key = ApiKey(key)
        self.fake = FakeSeRanking(key)
        self.fake.profile = {
            "email": "demo@example.com",
            "email_verified": True,
            "first_name": "Demo",
            "last_name": "Agency",
            "lang": "en",
            "picture": f"{self.fake.url}/avatar.png",
        }
        self._step = 0
        self._reset()
        self._samples: list[tuple[AccountConfig, ApiKey]] = []
        for config, balance in SAMPLE_ACCOUNTS:
            sample_key = secrets.token_hex(20)
            self.fake.set_key_state(sample_key, balance={"currency": "USD", "currency_code": "USD", "value": balance})
            self._samples.append((config, ApiKey(sample_key)))

    def _reset(self) -> None:
        self.fake.set_state(
            balance={"currency": "USD", "currency_code": "USD", "value": _START_BALANCE},
            subscription={"type": "subscription", "is_expired": "false", "balance": {"currency": "USD", "amount": 0}},
        )
        self.fake.balance_drop_per_request = _DROP_PER_CHECK
        self._credits_expire_in(timedelta(days=45))
        self.fake.users_me = dict(self.fake.profile)
        self.fake.sub_accounts = demo_sub_accounts(blocked=False)
        self.fake.sites = sample_sites(48, paused=3)

    def _credits_expire_in(self, delta: timedelta) -> None:
        self.fake.set_state(
            credits=credits_body(units_limit=250000, units_left=180000, expires_at=datetime.now(UTC) + delta)
        )

    def start(self) -> Account:
        self.fake.start()
        return Account(DEMO_ACCOUNT, self.fake.url, self._key, KeySource.DEMO)

    def stop(self) -> None:
        self.fake.stop()

    def open_history(self) -> HistoryStore:
        """The demo's history (in memory: it dies with the demo), with a past month for its first account."""
        return seeded_history(DEMO_ACCOUNT, _START_BALANCE)

    def sample_accounts(self) -> list[Entry]:
        """Every demo account, the story's first (after `start`: the fake's URL is known then)."""
        first = Account(DEMO_ACCOUNT, self.fake.url, self._key, KeySource.DEMO)
        return [Entry(first), *(Entry(Account(c, self.fake.url, k, KeySource.DEMO)) for c, k in self._samples)]

    def advance(self) -> None:
        """Move the story on by one check."""
        self._step += 1
        if self._step == _CREDITS_EXPIRING_AT:
            self._credits_expire_in(timedelta(days=5, hours=1))
        elif self._step == _CREDITS_EXPIRE_AT:
            self._credits_expire_in(timedelta(minutes=-1))
        elif self._step == _BLOCK_AT:
            self.fake.sub_accounts = demo_sub_accounts(blocked=True)
        elif self._step == _EXPIRE_AT:
            self.fake.balance_drop_per_request = 0.0
            self.fake.set_state(subscription={"type": "subscription", "is_expired": "true"})
        elif self._step == _FAIL_AT:
            for endpoint in ("balance", "subscription"):
                self.fake.set_answer(endpoint, Answer(status=503, body={"message": "Service Unavailable (demo)"}))
        elif self._step == _RESTART_AT:
            for endpoint in ("balance", "subscription"):
                self.fake.set_answer(endpoint, None)
            self._reset()
            self._step = 0
