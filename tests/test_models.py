"""Tolerant parsing of the three account endpoints: every documented variation, and malformed bodies."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seranking_tray.domain.errors import CheckError, ErrorKind
from seranking_tray.domain.models import (
    PARSERS,
    Balance,
    Profile,
    Subscription,
    SubscriptionBalance,
    parse_balance,
    parse_profile,
    parse_subscription,
)

DOC_PROFILE = {
    "email": "test@example.com",
    "email_verified": True,
    "first_name": "John",
    "last_name": "Doe",
    "lang": "en",
    "picture": "https://online.seranking.com/files/public/avatar/se.png",
}


def bad(parser: Any, data: object) -> CheckError:
    with pytest.raises(CheckError) as caught:
        parser(data)
    assert caught.value.kind is ErrorKind.BAD_RESPONSE
    return caught.value


# --- balance ---------------------------------------------------------------------------------------------


def test_balance_documented_example() -> None:
    assert parse_balance({"currency": "USD", "currency_code": "USD", "value": 99964.91699}) == Balance(
        99964.91699, "USD"
    )


def test_balance_without_currency_code_takes_currency_upper_cased() -> None:
    assert parse_balance({"currency": "rur", "value": 2296380.85}) == Balance(2296380.85, "RUR")


def test_balance_currency_code_wins_over_deprecated_currency() -> None:
    assert parse_balance({"currency": "rur", "currency_code": "eur", "value": 1}).currency_code == "EUR"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("99964.91699", 99964.91699), (" 12 ", 12.0), ("1,234.5", 1234.5), (7, 7.0), (0, 0.0), (-3.5, -3.5)],
)
def test_balance_value_as_number_or_string(raw: object, expected: float) -> None:
    balance = parse_balance({"currency_code": "USD", "value": raw})
    assert balance.value == expected
    assert isinstance(balance.value, float)


def test_balance_ignores_unknown_fields() -> None:
    data = {"currency_code": "USD", "value": 5, "credits": {"x": [1, 2]}, "new": None}
    assert parse_balance(data) == Balance(5.0, "USD")


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"currency_code": "USD"}, "value"),
        ({"currency_code": "USD", "value": None}, "value"),
        ({"currency_code": "USD", "value": "NaN"}, "value"),
        ({"currency_code": "USD", "value": "nan"}, "value"),
        ({"currency_code": "USD", "value": "Infinity"}, "value"),
        ({"currency_code": "USD", "value": float("inf")}, "value"),
        ({"currency_code": "USD", "value": 10**400}, "value"),
        ({"currency_code": "USD", "value": "lots"}, "value"),
        ({"currency_code": "USD", "value": ""}, "value"),
        ({"currency_code": "USD", "value": True}, "value"),
        ({"currency_code": "USD", "value": False}, "value"),
        ({"currency_code": "USD", "value": [1]}, "value"),
        ({"currency_code": "USD", "value": {"amount": 1}}, "value"),
        ({"value": 1}, "currency_code"),
        ({"value": 1, "currency_code": None, "currency": None}, "currency_code"),
        ({"value": 1, "currency_code": "  "}, "currency_code"),
        ({"value": 1, "currency_code": ["USD"]}, "currency_code"),
    ],
)
def test_balance_malformed_names_endpoint_and_field(data: dict[str, Any], field: str) -> None:
    error = bad(parse_balance, data)
    assert error.endpoint == "balance"
    assert "/account/balance" in error.message
    assert f"'{field}'" in error.message


@pytest.mark.parametrize("body", [None, [], [{"value": 1}], "value", 12, True])
def test_balance_body_not_an_object(body: object) -> None:
    error = bad(parse_balance, body)
    assert error.endpoint == "balance"
    assert "JSON object" in error.message


# --- subscription ----------------------------------------------------------------------------------------


def test_subscription_documented_example() -> None:
    data = {"type": "subscription", "is_expired": "false", "balance": {"currency": "USD", "amount": 100.00}}
    assert parse_subscription(data) == Subscription("subscription", False, SubscriptionBalance(100.0, "USD"))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (True, True),
        (False, False),
        ("true", True),
        ("false", False),
        ("TRUE", True),
        (" False ", False),
        ("1", True),
        ("0", False),
        (1, True),
        (0, False),
    ],
)
def test_subscription_is_expired_variants(raw: object, expected: bool) -> None:
    assert parse_subscription({"type": "trial", "is_expired": raw}).is_expired is expected


def test_manual_account_has_no_is_expired_and_is_not_expired() -> None:
    subscription = parse_subscription({"type": "manual"})
    assert subscription == Subscription("manual", False, None)


def test_is_expired_null_counts_as_absent() -> None:
    assert parse_subscription({"type": "trial", "is_expired": None}).is_expired is False


def test_unknown_subscription_type_is_kept() -> None:
    data = {"type": "enterprise_plus", "is_expired": "false", "future": {"x": 1}}
    assert parse_subscription(data).type == "enterprise_plus"


def test_subscription_balance_optional_and_tolerant() -> None:
    assert parse_subscription({"type": "trial", "balance": None}).balance is None
    balance = parse_subscription({"type": "trial", "balance": {"currency": "usd", "amount": "100.00"}}).balance
    assert balance == SubscriptionBalance(100.0, "USD")


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({}, "type"),
        ({"type": None}, "type"),
        ({"type": ["subscription"]}, "type"),
        ({"type": "trial", "is_expired": "maybe"}, "is_expired"),
        ({"type": "trial", "is_expired": 5}, "is_expired"),
        ({"type": "trial", "is_expired": []}, "is_expired"),
        ({"type": "trial", "is_expired": {"value": True}}, "is_expired"),
        ({"type": "trial", "balance": "100 USD"}, "balance"),
        ({"type": "trial", "balance": [100]}, "balance"),
        ({"type": "trial", "balance": {"currency": "USD"}}, "balance.amount"),
        ({"type": "trial", "balance": {"currency": "USD", "amount": "NaN"}}, "balance.amount"),
        ({"type": "trial", "balance": {"currency": "USD", "amount": True}}, "balance.amount"),
        ({"type": "trial", "balance": {"amount": 1}}, "balance.currency"),
    ],
)
def test_subscription_malformed_names_endpoint_and_field(data: dict[str, Any], field: str) -> None:
    error = bad(parse_subscription, data)
    assert error.endpoint == "subscription"
    assert "/account/subscription" in error.message
    assert f"'{field}'" in error.message


@pytest.mark.parametrize("body", [None, [], "subscription", 1.5, False])
def test_subscription_body_not_an_object(body: object) -> None:
    error = bad(parse_subscription, body)
    assert error.endpoint == "subscription"


# --- profile ---------------------------------------------------------------------------------------------


def test_profile_documented_example() -> None:
    profile = parse_profile(DOC_PROFILE)
    assert profile == Profile(
        "John", "Doe", "test@example.com", True, "en", "https://online.seranking.com/files/public/avatar/se.png"
    )
    assert profile.full_name == "John Doe"
    assert profile.display_name == "John Doe"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (True, True),
        (False, False),
        (1, True),
        (2, False),
        ("1", True),
        ("2", False),
        ("true", True),
        ("false", False),
        ("yes", True),
        ("no", False),
        (None, None),
    ],
)
def test_profile_email_verified_variants(raw: object, expected: bool | None) -> None:
    assert parse_profile({**DOC_PROFILE, "email_verified": raw}).email_verified is expected


def test_profile_email_verified_absent_is_unknown() -> None:
    data = {k: v for k, v in DOC_PROFILE.items() if k != "email_verified"}
    assert parse_profile(data).email_verified is None


@pytest.mark.parametrize("picture", [None, "", "   "])
def test_profile_picture_null_or_blank(picture: object) -> None:
    assert parse_profile({**DOC_PROFILE, "picture": picture}).picture is None


def test_profile_minimal_and_extra_fields() -> None:
    profile = parse_profile({"id": 17, "tags": ["a"], "email": " only@example.com "})
    assert profile == Profile("", "", "only@example.com", None, None, None)
    assert profile.display_name == "only@example.com"
    assert parse_profile({}).display_name == "SE Ranking account"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"email_verified": "perhaps"}, "email_verified"),
        ({"email_verified": 3}, "email_verified"),
        ({"email_verified": []}, "email_verified"),
        ({"first_name": ["John"]}, "first_name"),
        ({"last_name": {"x": 1}}, "last_name"),
        ({"email": True}, "email"),
        ({"picture": {"url": "x"}}, "picture"),
        ({"lang": ["en"]}, "lang"),
    ],
)
def test_profile_malformed_names_endpoint_and_field(data: dict[str, Any], field: str) -> None:
    error = bad(parse_profile, {**DOC_PROFILE, **data})
    assert error.endpoint == "profile"
    assert "/account/profile" in error.message
    assert f"'{field}'" in error.message


@pytest.mark.parametrize("body", [None, [DOC_PROFILE], "John", 0])
def test_profile_body_not_an_object(body: object) -> None:
    assert bad(parse_profile, body).endpoint == "profile"


def test_models_are_immutable() -> None:
    balance = parse_balance({"currency_code": "USD", "value": 1})
    with pytest.raises(dataclasses.FrozenInstanceError):
        balance.value = 2  # type: ignore[misc]
    profile = parse_profile(DOC_PROFILE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        profile.email = "x"  # type: ignore[misc]


# --- property: any JSON value gives a model or a bad_response, never another exception -------------------

_FIELD_NAMES = st.sampled_from(
    [
        "value",
        "currency",
        "currency_code",
        "type",
        "is_expired",
        "balance",
        "amount",
        "email",
        "email_verified",
        "first_name",
        "last_name",
        "lang",
        "picture",
    ]
)
_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=10**300, max_value=10**400)  # beyond a float's range, but valid JSON
    | st.floats(allow_nan=False)
    | st.text(max_size=20)
    | st.sampled_from(["true", "false", "1", "2", "NaN", "Infinity", "-inf", "1e999", "12.5", "1,000", "USD"])
)
JSON_VALUES = st.recursive(
    _SCALARS,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(_FIELD_NAMES | st.text(max_size=8), children, max_size=6)
    ),
    max_leaves=20,
)


@pytest.mark.parametrize("endpoint", sorted(PARSERS))
@settings(max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=JSON_VALUES)
def test_any_json_gives_model_or_bad_response(endpoint: str, data: object) -> None:
    try:
        model = PARSERS[endpoint](data)
    except CheckError as exc:
        assert exc.kind is ErrorKind.BAD_RESPONSE
        assert exc.endpoint == endpoint
        assert f"/account/{endpoint}" in exc.message
    else:
        assert isinstance(model, Balance | Profile | Subscription)
