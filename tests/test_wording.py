"""domain/money.py and domain/wording.py: plain money and the words for states and problems, defined once."""

from __future__ import annotations

from seranking_tray.domain.apikey import ApiKey
from seranking_tray.domain.errors import ErrorKind
from seranking_tray.domain.health import Health
from seranking_tray.domain.money import plain_money
from seranking_tray.domain.wording import STATE_WORDS, STATUS_WORDS, problem_in_words

PROJECT_KEY = "0123456789abcdef0123456789abcdef01234567"
DATA_KEY = "80cfee7d-1234-4abc-9def-fc8500816bb3"


def test_plain_money() -> None:  # was test_health.py's test_format_money
    assert plain_money(99964.91699, "USD") == "99,964.92 USD"
    assert plain_money(0, "") == "0.00"


def test_every_state_has_words_for_the_gui_and_the_cli() -> None:
    assert set(STATE_WORDS) == set(Health) == set(STATUS_WORDS)
    assert STATE_WORDS[Health.ERROR] == "Cannot check the account"
    assert STATUS_WORDS[Health.ERROR] == "COULD NOT CHECK"


def test_every_kind_of_problem_has_its_own_words() -> None:
    words = {kind: problem_in_words(kind) for kind in ErrorKind}
    assert "The check failed" not in words.values()
    assert len(set(words.values())) == len(ErrorKind)
    assert words[ErrorKind.PAYMENT] == "SE Ranking refused the key (payment required)"


def test_a_rejected_key_shaped_like_a_data_api_key_is_named() -> None:
    assert problem_in_words(ErrorKind.AUTH, ApiKey(DATA_KEY)) == "The key was rejected (it looks like a Data API key)"
    assert problem_in_words(ErrorKind.AUTH, ApiKey(PROJECT_KEY)) == "The key was rejected"
    assert problem_in_words(ErrorKind.AUTH) == "The key was rejected"
    assert problem_in_words(ErrorKind.NETWORK, ApiKey(DATA_KEY)) == "No network connection to SE Ranking"
