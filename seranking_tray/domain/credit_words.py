"""How the Data API credits are put in words: "API credits 90.1 M of 101.3 M · until 17 Apr 2027 (138 days)"."""

from __future__ import annotations

from datetime import datetime

from seranking_tray.domain.credits import Credits

_SCALES = ((1e9, "B"), (1e6, "M"), (1e3, "K"))


def compact_units(units: float) -> str:
    """90055398 -> "90.1 M", 25000 -> "25 K", 512 -> "512"."""
    for scale, suffix in _SCALES:
        if abs(units) >= scale:
            text = f"{units / scale:.1f}".removesuffix(".0")
            return f"{text} {suffix}"
    return f"{units:.0f}"


def short_date(moment: datetime) -> str:
    return f"{moment.day} {moment:%b %Y}"


def days_count(days: int) -> str:
    return f"{days} day{'' if days == 1 else 's'}"


def expiry_phrase(credits: Credits, now: datetime) -> str:
    """ "until 17 Apr 2027 (138 days)", "until 3 Dec 2026 (today)"; empty without a date."""
    days = credits.days_to_expiry(now)
    if credits.expires_at is None or days is None:
        return ""
    left = "today" if days == 0 else days_count(days)
    return f"until {short_date(credits.expires_at)} ({left})"


def describe_credits(credits: Credits, now: datetime) -> str:
    """The one line the tooltip, the menu and `status` show for the credits."""
    if not credits.subscribed:
        return "API credits: no credit subscription"
    line = f"API credits {compact_units(credits.units_left)} of {compact_units(credits.units_limit)}"
    if credits.ended(now):
        ended = f" on {short_date(credits.expires_at)}" if credits.expires_at is not None else ""
        return f"{line} · {credits.status if credits.status in ('disabled', 'inactive') else 'expired'}{ended}"
    until = expiry_phrase(credits, now)
    return f"{line} · {until}" if until else line


def ended_phrase(credits: Credits) -> str:
    """ "ended on 28 Nov 2026", "is disabled": how an ended credit subscription ended."""
    if credits.status in ("disabled", "inactive"):
        return f"is {credits.status}"
    return f"ended on {short_date(credits.expires_at)}" if credits.expires_at is not None else "has ended"


def expires_in(days: int) -> str:
    """ "expires today", "expires in 1 day", "expires in 5 days"."""
    return "expires today" if days <= 0 else f"expires in {days_count(days)}"
