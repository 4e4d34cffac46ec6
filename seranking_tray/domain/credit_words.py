"""How the Data API credits are put in words: "API credits 90.1 M of 101.3 M · until 17 Apr 2027 (138 days)"."""

from __future__ import annotations

from datetime import datetime

from seranking_tray.domain.credits import Credits
from seranking_tray.domain.phrases import QT_TRANSLATE_NOOP, Words
from seranking_tray.domain.sentence import days_count

_SCALES = ((1e9, "B"), (1e6, "M"), (1e3, "K"))


def compact_units(units: float) -> str:
    """90055398 -> "90.1 M", 25000 -> "25 K", 512 -> "512"."""
    for scale, suffix in _SCALES:
        if abs(units) >= scale:
            text = f"{units / scale:.1f}".removesuffix(".0")
            return f"{text} {suffix}"
    return f"{units:.0f}"


def short_date(moment: datetime) -> str:
    return f"{moment.day} {month_name(moment.month)} {moment.year}"


def month_name(month: int) -> str:
    """ "Apr": the month's short name, in the GUI's language (English for the CLI)."""
    return Words.tr(MONTHS[month - 1])


# Short month names, marked one by one: lupdate reads literals only.
MONTHS = (
    QT_TRANSLATE_NOOP("Words", "Jan"),
    QT_TRANSLATE_NOOP("Words", "Feb"),
    QT_TRANSLATE_NOOP("Words", "Mar"),
    QT_TRANSLATE_NOOP("Words", "Apr"),
    QT_TRANSLATE_NOOP("Words", "May"),
    QT_TRANSLATE_NOOP("Words", "Jun"),
    QT_TRANSLATE_NOOP("Words", "Jul"),
    QT_TRANSLATE_NOOP("Words", "Aug"),
    QT_TRANSLATE_NOOP("Words", "Sep"),
    QT_TRANSLATE_NOOP("Words", "Oct"),
    QT_TRANSLATE_NOOP("Words", "Nov"),
    QT_TRANSLATE_NOOP("Words", "Dec"),
)


def expiry_phrase(credits: Credits, now: datetime) -> str:
    """ "until 17 Apr 2027 (138 days)", "until 3 Dec 2026 (today)"; empty without a date."""
    days = credits.days_to_expiry(now)
    if credits.expires_at is None or days is None:
        return ""
    left = Words.tr("today") if days == 0 else days_count(days)
    return Words.tr("until {date} ({left})").format(date=short_date(credits.expires_at), left=left)


def describe_credits(credits: Credits, now: datetime) -> str:
    """The one line the tooltip, the menu and `status` show for the credits."""
    if not credits.subscribed:
        return Words.tr("API credits: no credit subscription")
    return Words.tr("API credits {figures}").format(figures=credits_figures(credits, now))


def credits_figures(credits: Credits, now: datetime) -> str:
    """ "90.1 M of 101.3 M · until 17 Apr 2027 (138 days)": the credits' line after their name."""
    line = Words.tr("{left} of {limit}").format(
        left=compact_units(credits.units_left), limit=compact_units(credits.units_limit)
    )
    if credits.ended(now):
        return f"{line} · {ended_phrase(credits, short=True)}"
    until = expiry_phrase(credits, now)
    return f"{line} · {until}" if until else line


def ended_phrase(credits: Credits, short: bool = False) -> str:
    """ "ended on 28 Nov 2026", "is disabled": how an ended credit subscription ended; `short` (after the credits'
    figures): "expired on 28 Nov 2026", "disabled on 28 Nov 2026", "expired"."""
    on = short_date(credits.expires_at) if credits.expires_at is not None else None
    if short:
        if credits.status == "disabled":
            return Words.tr("disabled on {date}").format(date=on) if on else Words.tr("disabled")
        if credits.status == "inactive":
            return Words.tr("inactive on {date}").format(date=on) if on else Words.tr("inactive")
        return Words.tr("expired on {date}").format(date=on) if on else Words.tr("expired")
    if credits.status == "disabled":
        return Words.tr("is disabled")
    if credits.status == "inactive":
        return Words.tr("is inactive")
    return Words.tr("ended on {date}").format(date=on) if on else Words.tr("has ended")


def expires_in(days: int) -> str:
    """ "expires today", "expires in 1 day", "expires in 5 days"."""
    return Words.tr("expires today") if days <= 0 else Words.tr("expires in %n day(s)", None, days)
