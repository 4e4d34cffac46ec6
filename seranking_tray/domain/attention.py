"""Which account needs attention most, over several accounts (the tray's icon, `status --all`'s health and exit
code, the account window's first account): by the one precedence of states, `domain.health.PRECEDENCE`."""

from __future__ import annotations

from seranking_tray.domain.health import PRECEDENCE, Health
from seranking_tray.domain.health import worst as worst

__all__ = ["PRECEDENCE", "needs_attention", "rank", "worst"]


def rank(health: Health) -> int:
    """0 for the worst state."""
    return PRECEDENCE.index(health)


def needs_attention(health: Health) -> bool:
    return health is not Health.OK
