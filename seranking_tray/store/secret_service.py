"""Reading one stored key from the freedesktop Secret Service with jeepney, in a "plain" session: reads only.

Why not `keyring` for this read: its SecretService backend goes through SecretStorage, which imports
`cryptography` for the Diffie-Hellman + AES session it always opens. That made the tray 12 MiB bigger and
`seranking-tray status` 2.3 x `import requests` (README, Performance). A "plain" session (part of the Secret
Service specification; gnome-keyring and KWallet offer it) hands the secret over the user's own session bus, a
socket only this user can open: whoever can read it there can read this process's memory too.

Anything short of a clean answer (no Secret Service, no default collection, no item, a locked item, any D-Bus error)
returns None and the caller asks `keyring`, which prompts for a locked collection and explains failures. Writes
(`key set`, the settings dialog) go through `keyring` too, except where SecretStorage is not installed: the Linux
bundle leaves it and `cryptography` out (11 MB), so there `store_secret`, `delete_secret` and `read_secret(...,
unlock=True)` write, delete and unlock (the desktop's own prompt) the way keyring's SecretService backend does:
the same collection, attributes and label, so either can read what the other stored.
"""

from __future__ import annotations

from typing import Any, Final

from jeepney import DBusAddress, MatchRule, MessageType, Properties, message_bus, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection

BUS_NAME: Final = "org.freedesktop.secrets"
SERVICE_PATH: Final = "/org/freedesktop/secrets"
SERVICE_INTERFACE: Final = "org.freedesktop.Secret.Service"
COLLECTION_INTERFACE: Final = "org.freedesktop.Secret.Collection"
ITEM_INTERFACE: Final = "org.freedesktop.Secret.Item"
SESSION_INTERFACE: Final = "org.freedesktop.Secret.Session"
PROMPT_INTERFACE: Final = "org.freedesktop.Secret.Prompt"
NO_OBJECT: Final = "/"
# As keyring's SecretService backend writes them (keyring.backends.SecretService.Keyring.set_password).
KEYRING_APPLICATION: Final = "Python keyring library"


class SecretServiceLocked(Exception):
    """The collection stayed locked: the prompt was dismissed, or there is nobody to answer it."""


class _Declined(Exception):
    """This lookup cannot answer cleanly: `keyring` should."""


def _call(connection: DBusConnection, message: Any, timeout: float) -> tuple[Any, ...]:
    reply = connection.send_and_get_reply(message, timeout=timeout)
    if reply.header.message_type is MessageType.error:
        raise _Declined(str(reply.body[0]) if reply.body else "D-Bus error")
    return tuple(reply.body)


def _address(path: str, interface: str) -> DBusAddress:
    return DBusAddress(path, bus_name=BUS_NAME, interface=interface)


_SERVICE = _address(SERVICE_PATH, SERVICE_INTERFACE)


def _default_collection(connection: DBusConnection, timeout: float) -> str | None:
    # keyring's SecretService backend uses the default collection only; so does this.
    (collection,) = _call(connection, new_method_call(_SERVICE, "ReadAlias", "s", ("default",)), timeout)
    return None if collection == NO_OBJECT else str(collection)


def _is_locked(connection: DBusConnection, path: str, interface: str, timeout: float) -> bool:
    ((_signature, locked),) = _call(connection, Properties(_address(path, interface)).get("Locked"), timeout)
    return bool(locked)


def _prompt(connection: DBusConnection, prompt: str, timeout: float) -> bool:
    """Run a Secret Service prompt (the desktop asks the user); True unless it was dismissed."""
    if prompt == NO_OBJECT:
        return True
    rule = MatchRule(type="signal", interface=PROMPT_INTERFACE, member="Completed", path=prompt)
    _call(connection, message_bus.AddMatch(rule), timeout)
    with connection.filter(rule) as queue:
        _call(connection, new_method_call(_address(prompt, PROMPT_INTERFACE), "Prompt", "s", ("",)), timeout)
        dismissed, _result = connection.recv_until_filtered(queue, timeout=timeout).body
    return not dismissed


def _unlock(connection: DBusConnection, path: str, timeout: float) -> None:
    _unlocked, prompt = _call(connection, new_method_call(_SERVICE, "Unlock", "ao", ([path],)), timeout)
    if not _prompt(connection, prompt, timeout) or _is_locked(connection, path, COLLECTION_INTERFACE, timeout):
        raise SecretServiceLocked(path)


def _find(connection: DBusConnection, collection: str, attributes: dict[str, str], timeout: float) -> str | None:
    search = new_method_call(_address(collection, COLLECTION_INTERFACE), "SearchItems", "a{ss}", (attributes,))
    (items,) = _call(connection, search, timeout)
    return str(items[0]) if items else None  # the first, as keyring takes it


def _open_plain_session(connection: DBusConnection, timeout: float) -> str:
    _output, session = _call(connection, new_method_call(_SERVICE, "OpenSession", "sv", ("plain", ("s", ""))), timeout)
    return str(session)


def _close(connection: DBusConnection, session: str, timeout: float) -> None:
    _call(connection, new_method_call(_address(session, SESSION_INTERFACE), "Close"), timeout)


def _read(connection: DBusConnection, attributes: dict[str, str], timeout: float, unlock: bool) -> str | None:
    collection = _default_collection(connection, timeout)
    if collection is None:
        return None
    item = _find(connection, collection, attributes, timeout)
    if item is None:
        return None
    if _is_locked(connection, item, ITEM_INTERFACE, timeout):
        if not unlock:
            return None  # unlocking needs a prompt: keyring's business where keyring can
        _unlock(connection, collection, timeout)
    session = _open_plain_session(connection, timeout)
    try:
        ((_session, _parameters, value, _content_type),) = _call(
            connection, new_method_call(_address(item, ITEM_INTERFACE), "GetSecret", "o", (session,)), timeout
        )
    finally:
        _close(connection, session, timeout)
    return bytes(value).decode("utf-8")


_SOFT_FAILURES = (_Declined, OSError, TimeoutError, KeyError, ValueError, TypeError)


def read_secret(attributes: dict[str, str], timeout: float, *, unlock: bool = False) -> str | None:
    """The secret of the first item with these attributes in the default collection, or None: ask `keyring`.

    ``unlock``: a locked collection is unlocked through the desktop's prompt (SecretServiceLocked if it stays so).
    """
    try:
        with open_dbus_connection(bus="SESSION", enable_fds=False) as connection:
            return _read(connection, attributes, timeout, unlock)
    except _SOFT_FAILURES:
        # KeyError: no DBUS_SESSION_BUS_ADDRESS; ValueError (UnicodeDecodeError too), TypeError: a reply not shaped
        # as the specification says.
        return None


class SecretServiceUnavailable(Exception):
    """No Secret Service answered on the session bus."""


def find_secret(attributes: dict[str, str], timeout: float) -> str | None:
    """Where keyring cannot read the Secret Service (no SecretStorage): the secret, None if none is stored, unlocking
    through the desktop's prompt. SecretServiceUnavailable when nothing answers, SecretServiceLocked."""
    try:
        with open_dbus_connection(bus="SESSION", enable_fds=False) as connection:
            return _read(connection, attributes, timeout, unlock=True)
    except _SOFT_FAILURES as exc:
        raise SecretServiceUnavailable(type(exc).__name__) from None


def answers(timeout: float) -> bool:
    """Whether a Secret Service with a default collection answers on the session bus."""
    try:
        with open_dbus_connection(bus="SESSION", enable_fds=False) as connection:
            return _default_collection(connection, timeout) is not None
    except _SOFT_FAILURES:
        return False


def _writable_collection(connection: DBusConnection, timeout: float) -> str:
    collection = _default_collection(connection, timeout)
    if collection is None:
        raise _Declined("no default collection")
    if _is_locked(connection, collection, COLLECTION_INTERFACE, timeout):
        _unlock(connection, collection, timeout)
    return collection


def store_secret(service: str, username: str, secret: str, timeout: float) -> bool:
    """Store as keyring's SecretService backend does (replacing an item with the same attributes); False: no Secret
    Service answered, SecretServiceLocked: the collection stayed locked."""
    attributes = {"application": KEYRING_APPLICATION, "service": service, "username": username}
    properties = {
        f"{ITEM_INTERFACE}.Label": ("s", f"Password for '{username}' on '{service}'"),
        f"{ITEM_INTERFACE}.Attributes": ("a{ss}", attributes),
    }
    try:
        with open_dbus_connection(bus="SESSION", enable_fds=False) as connection:
            collection = _writable_collection(connection, timeout)
            session = _open_plain_session(connection, timeout)
            try:
                value = (session, b"", secret.encode("utf-8"), "text/plain")
                create = new_method_call(
                    _address(collection, COLLECTION_INTERFACE),
                    "CreateItem",
                    "a{sv}(oayays)b",
                    (properties, value, True),
                )
                _item, prompt = _call(connection, create, timeout)
                if not _prompt(connection, prompt, timeout):
                    raise SecretServiceLocked(collection)
            finally:
                _close(connection, session, timeout)
            return True
    except _SOFT_FAILURES:
        return False


def delete_secret(service: str, username: str, timeout: float) -> bool:
    """Delete the first item with these attributes, as keyring does (none: nothing to do); False: no answer."""
    try:
        with open_dbus_connection(bus="SESSION", enable_fds=False) as connection:
            collection = _writable_collection(connection, timeout)
            item = _find(connection, collection, {"service": service, "username": username}, timeout)
            if item is not None:
                (prompt,) = _call(connection, new_method_call(_address(item, ITEM_INTERFACE), "Delete"), timeout)
                if not _prompt(connection, prompt, timeout):
                    raise SecretServiceLocked(collection)
            return True
    except _SOFT_FAILURES:
        return False
