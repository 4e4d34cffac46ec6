"""The one wait helper every test uses (harness/waiting.py)."""

from __future__ import annotations

import itertools

import pytest

from harness.waiting import wait_until


def test_it_returns_the_first_truthy_value() -> None:
    counter = itertools.count()
    assert wait_until(lambda: next(counter) >= 3 and "done", 5, "the counter") == "done"


def test_it_fails_with_what_it_waited_for() -> None:
    with pytest.raises(AssertionError, match="waiting for the impossible"):
        wait_until(lambda: False, 0.05, "the impossible")


def test_errors_of_the_retried_kinds_mean_not_yet_and_others_propagate() -> None:
    attempts = itertools.count()

    def flaky() -> bool:
        if next(attempts) < 2:
            raise LookupError("between states")
        return True

    assert wait_until(flaky, 5, "a flaky thing") is True
    with pytest.raises(KeyError):
        wait_until(lambda: {}["missing"], 5, "a broken thing", retry_on=())


def test_a_timeout_can_raise_the_callers_error() -> None:
    with pytest.raises(TimeoutError, match="last error: IndexError"):
        wait_until(lambda: [][1], 0.05, "an item", retry_on=(LookupError,), on_timeout=TimeoutError)
