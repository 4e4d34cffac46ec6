"""A jeepney router that outlives its bus: when the session bus goes away (the session ends, the daemon dies),
its receiver thread ends quietly and says so, instead of dying with an unhandled ``ConnectionResetError``
traceback printed from the thread."""

from __future__ import annotations

import logging
from collections.abc import Callable

from jeepney.io.common import RouterClosed
from jeepney.io.threading import DBusConnection, DBusRouter, ReceiveStopped

log = logging.getLogger(__name__)

# What a socket read can raise once the peer is gone: ConnectionResetError/BrokenPipeError (OSError),
# EOFError from a short read, ValueError from reading a closed socket object.
BUS_LOST_ERRORS = (OSError, EOFError, ValueError)


class ResilientRouter(DBusRouter):  # type: ignore[misc]  # jeepney has no type hints
    """``DBusRouter`` whose receiver thread calls ``on_lost(error)`` (from that thread) when the bus goes away."""

    def __init__(self, conn: DBusConnection, on_lost: Callable[[BaseException], None]) -> None:
        self._on_lost = on_lost  # before super().__init__, which starts the receiver thread
        super().__init__(conn)

    def _receiver(self) -> None:
        # jeepney's own loop, with the bus's end handled. Its `finally` (drop_all) can itself raise when a reply
        # arrived just before the end (set_exception on a finished future), hiding the first error: only the
        # calls still waiting are failed here, and their entries are left for their own `catch` to remove.
        try:
            while True:
                self._dispatch(self.conn.receive())
        except ReceiveStopped:
            pass  # close() interrupted the read
        except BUS_LOST_ERRORS as error:
            log.info("The session bus went away (%s); desktop notifications are off", error)
            self._on_lost(error)
        finally:
            for future in list(self._replies._futures.values()):
                if not future.done():
                    future.set_exception(RouterClosed("the D-Bus connection ended before the reply"))
