"""Which account needs attention most: the one precedence of states over several accounts (the tray's icon,
`status --all`'s health and exit code, the account window's first account)."""

from __future__ import annotations

from collections.abc import Iterable

from seranking_tray.domain.health import Health

# Worst first: an expired subscription must be renewed whatever else is wrong; an error hides the balance.
PRECEDENCE: tuple[Health, ...] = (Health.EXPIRED, Health.ERROR, Health.LOW_BALANCE, Health.RUNNING_LOW, Health.OK)


def rank(health: Health) -> float:
    """0 for the worst state; a state this list does not know yet (a later issue's) counts just above ok."""
    return PRECEDENCE.index(health) if health in PRECEDENCE else len(PRECEDENCE) - 1.5


def worst(healths: Iterable[Health]) -> Health:
    """The worst of the states; ok for none."""
    return min(healths, key=rank, default=Health.OK)


def needs_attention(health: Health) -> bool:
    return health is not Health.OK
