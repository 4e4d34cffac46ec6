"""Read and operate tray icons (StatusNotifierItems) of a :class:`DesktopSession` over D-Bus.

This is what a tray host sees of an app: the items the ``org.kde.StatusNotifierWatcher`` lists,
each item's properties (icon pixels, tooltip, status, menu path) and its ``com.canonical.dbusmenu``
menu.  The helpers also act as the user: :func:`activate` is a left click on the icon,
:func:`menu_click` chooses a menu entry.

Item strings come from the watcher as ``"<bus name>/<object path>"``, e.g.
``":1.23/StatusNotifierItem"`` (Qt) or ``"org.kde.StatusNotifierItem-1234-1/StatusNotifierItem"``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, Final, NamedTuple, TypedDict, cast

from jeepney.wrappers import DBusErrorResponse

from harness.session import WATCHER_BUS_NAME, WATCHER_INTERFACE, WATCHER_PATH, DesktopSession
from harness.waiting import wait_until

ITEM_INTERFACE: Final = "org.kde.StatusNotifierItem"
DEFAULT_ITEM_PATH: Final = "/StatusNotifierItem"
MENU_INTERFACE: Final = "com.canonical.dbusmenu"
PROPERTIES_INTERFACE: Final = "org.freedesktop.DBus.Properties"

RGB = tuple[int, int, int]


class Pixmap(NamedTuple):
    """One icon image as SNI sends it: ARGB32 pixels, 4 bytes each in network byte order (A, R, G, B)."""

    width: int
    height: int
    argb: bytes


class ToolTip(NamedTuple):
    icon_name: str
    icon_pixmaps: list[Pixmap]
    title: str
    description: str


class ItemProperties(TypedDict, total=False):
    """The ``org.kde.StatusNotifierItem`` properties, with D-Bus variants unwrapped."""

    Id: str
    Category: str
    Status: str
    Title: str
    WindowId: int
    IconName: str
    IconThemePath: str
    IconPixmap: list[Pixmap]
    OverlayIconName: str
    OverlayIconPixmap: list[Pixmap]
    AttentionIconName: str
    AttentionIconPixmap: list[Pixmap]
    AttentionMovieName: str
    ToolTip: ToolTip
    ItemIsMenu: bool
    Menu: str


class MenuNode(TypedDict):
    """One ``com.canonical.dbusmenu`` entry, with the spec's defaults filled in."""

    id: int
    label: str
    """As sent: Qt turns the ``&`` mnemonic into ``_`` (see :func:`strip_mnemonic`)."""
    enabled: bool
    visible: bool
    type: str
    """``"standard"`` or ``"separator"``."""
    toggle_type: str
    """``""``, ``"checkmark"`` or ``"radio"``."""
    toggle_state: int
    """-1 indeterminate / not a toggle, 0 off, 1 on."""
    children: list[MenuNode]
    properties: dict[str, Any]
    """Every property as sent (variants unwrapped), for anything not listed above."""


# -- addressing -----------------------------------------------------------------------------------


def split_item(item: str) -> tuple[str, str]:
    """``"<bus name>/<path>"`` → ``(bus name, object path)``; a bare bus name means the default path.

    GNOME's AppIndicator extension lists items as ``"<bus name>@/<path>"``.
    """
    bus_name, slash, rest = item.partition("/")
    bus_name = bus_name.removesuffix("@")
    if not bus_name:
        raise ValueError(f"tray item {item!r} has no bus name")
    return bus_name, (f"/{rest}" if slash else DEFAULT_ITEM_PATH)


def _unwrap(variant: tuple[str, Any]) -> Any:
    _signature, value = variant
    return value


# -- the watcher's list of items ------------------------------------------------------------------


def registered_items(session: DesktopSession) -> list[str]:
    """The watcher's ``RegisteredStatusNotifierItems``: one string per tray icon shown."""
    (variant,) = session.call(
        WATCHER_BUS_NAME,
        WATCHER_PATH,
        PROPERTIES_INTERFACE,
        "Get",
        "ss",
        (WATCHER_INTERFACE, "RegisteredStatusNotifierItems"),
    )
    return list(_unwrap(variant))


def wait_for_item(
    session: DesktopSession,
    timeout: float = 10.0,
    predicate: Callable[[str], bool] | None = None,
) -> str:
    """Wait until an item (matching ``predicate``, if given) is registered, and return it.

    ``predicate`` gets the item string and may query it (e.g. with :func:`item_properties`);
    a D-Bus error inside it - the item vanishing meanwhile - counts as "no match".
    """

    def matching() -> str | None:
        for item in registered_items(session):
            try:
                if predicate is None or predicate(item):
                    return item
            except DBusErrorResponse:
                continue
        return None

    def timed_out(message: str) -> TimeoutError:
        return TimeoutError(f"{message}; registered items: {registered_items(session) or 'none'}")

    found: str = wait_until(matching, timeout, "a matching tray item", retry_on=(), on_timeout=timed_out)
    return found


def item_owner_pid(session: DesktopSession, item: str) -> int:
    """PID of the process that owns the item's bus name (to tell apart the items of several apps)."""
    bus_name, _path = split_item(item)
    (pid,) = session.call(
        "org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus",
        "GetConnectionUnixProcessID",
        "s",
        (bus_name,),
    )
    return int(pid)


# -- item properties ------------------------------------------------------------------------------


def _pixmaps(raw: Sequence[tuple[int, int, bytes]]) -> list[Pixmap]:
    return [Pixmap(int(width), int(height), bytes(argb)) for width, height, argb in raw]


def item_properties(session: DesktopSession, item: str) -> ItemProperties:
    """All ``org.kde.StatusNotifierItem`` properties of an item (pixmaps and tooltip as tuples)."""
    bus_name, path = split_item(item)
    (raw,) = session.call(bus_name, path, PROPERTIES_INTERFACE, "GetAll", "s", (ITEM_INTERFACE,))
    properties: dict[str, Any] = {name: _unwrap(variant) for name, variant in raw.items()}
    for name in ("IconPixmap", "OverlayIconPixmap", "AttentionIconPixmap"):
        if name in properties:
            properties[name] = _pixmaps(properties[name])
    if "ToolTip" in properties:
        icon_name, icon_pixmaps, title, description = properties["ToolTip"]
        properties["ToolTip"] = ToolTip(icon_name, _pixmaps(icon_pixmaps), title, description)
    return cast(ItemProperties, properties)


# -- pixel helpers --------------------------------------------------------------------------------


def largest_pixmap(pixmaps: Sequence[Pixmap]) -> Pixmap:
    """Qt may send an icon in several sizes; the largest shows the colours best."""
    if not pixmaps:
        raise ValueError("the item has no icon pixmaps")
    return max(pixmaps, key=lambda pixmap: pixmap.width * pixmap.height)


def dominant_colour(pixmap: Pixmap | Sequence[Pixmap], *, min_alpha: int = 128) -> RGB:
    """Average (R, G, B) of the pixels at least ``min_alpha`` opaque (of the largest pixmap if several)."""
    image = pixmap if isinstance(pixmap, Pixmap) else largest_pixmap(pixmap)
    expected_length = image.width * image.height * 4
    if len(image.argb) != expected_length:
        raise ValueError(f"{image.width}x{image.height} pixmap has {len(image.argb)} bytes, not {expected_length}")
    red = green = blue = count = 0
    data = image.argb
    for offset in range(0, expected_length, 4):
        if data[offset] >= min_alpha:
            red += data[offset + 1]
            green += data[offset + 2]
            blue += data[offset + 3]
            count += 1
    if count == 0:
        raise ValueError("the pixmap has no opaque pixels")
    return (round(red / count), round(green / count), round(blue / count))


def is_reddish(rgb: RGB) -> bool:
    """Clearly red: a strong red channel well above both others (orange/amber does not count)."""
    red, green, blue = rgb
    return red >= 128 and red - max(green, blue) >= 80 and green < red * 0.55


def is_greenish(rgb: RGB) -> bool:
    red, green, blue = rgb
    return green >= 96 and green - max(red, blue) >= 40


def is_greyish(rgb: RGB, *, tolerance: int = 32) -> bool:
    """Unsaturated: the channels differ by at most ``tolerance`` (white, grey and black count)."""
    return max(rgb) - min(rgb) <= tolerance


# -- the item's menu (com.canonical.dbusmenu) ---------------------------------------------------


def _menu_address(session: DesktopSession, item: str) -> tuple[str, str]:
    bus_name, _path = split_item(item)
    menu_path = item_properties(session, item).get("Menu")
    if not menu_path or menu_path == "/":
        raise ValueError(f"tray item {item!r} exports no menu")
    return bus_name, menu_path


def _menu_node(raw: tuple[int, dict[str, tuple[str, Any]], list[tuple[str, Any]]]) -> MenuNode:
    node_id, raw_properties, raw_children = raw
    properties = {name: _unwrap(variant) for name, variant in raw_properties.items()}
    return MenuNode(
        id=int(node_id),
        label=str(properties.get("label", "")),
        enabled=bool(properties.get("enabled", True)),
        visible=bool(properties.get("visible", True)),
        type=str(properties.get("type", "standard")),
        toggle_type=str(properties.get("toggle-type", "")),
        toggle_state=int(properties.get("toggle-state", -1)),
        children=[_menu_node(_unwrap(child)) for child in raw_children],
        properties=properties,
    )


def menu_layout(session: DesktopSession, item: str, *, about_to_show: bool = True) -> MenuNode:
    """The item's whole menu tree; the root node (id 0) holds the entries as ``children``.

    With ``about_to_show`` the host's ``AboutToShow(0)`` call comes first, as when a user opens the
    menu, so an app that fills its menu on ``QMenu.aboutToShow`` is seen as the user would see it.
    """
    bus_name, menu_path = _menu_address(session, item)
    if about_to_show:
        session.call(bus_name, menu_path, MENU_INTERFACE, "AboutToShow", "i", (0,))
    _revision, root = session.call(bus_name, menu_path, MENU_INTERFACE, "GetLayout", "iias", (0, -1, []))
    return _menu_node(root)


def strip_mnemonic(label: str) -> str:
    """``"_Quit"`` → ``"Quit"``; a doubled ``"__"`` is a literal underscore."""
    return "_".join(part.replace("_", "") for part in label.split("__"))


def iter_menu(node: MenuNode) -> Iterator[MenuNode]:
    """Every entry below ``node``, depth first (not ``node`` itself)."""
    for child in node["children"]:
        yield child
        yield from iter_menu(child)


def menu_labels(node: MenuNode, *, visible_only: bool = True) -> list[str]:
    """The labels of the entries directly below ``node`` (mnemonics removed, separators skipped)."""
    return [
        strip_mnemonic(child["label"])
        for child in node["children"]
        if child["type"] != "separator" and (child["visible"] or not visible_only)
    ]


def find_menu_entry(node: MenuNode, label: str) -> MenuNode:
    """The first entry anywhere below ``node`` whose label (mnemonics removed) is ``label``."""
    for entry in iter_menu(node):
        if strip_mnemonic(entry["label"]) == label:
            return entry
    every_label = [strip_mnemonic(entry["label"]) for entry in iter_menu(node)]
    raise LookupError(f"no menu entry {label!r}; the menu has {every_label}")


def menu_click(session: DesktopSession, item: str, item_id: int) -> None:
    """Choose a menu entry, as the host does when the user clicks it."""
    bus_name, menu_path = _menu_address(session, item)
    session.call(
        bus_name,
        menu_path,
        MENU_INTERFACE,
        "Event",
        "isvu",
        (item_id, "clicked", ("i", 0), 0),
    )


def menu_click_label(session: DesktopSession, item: str, label: str) -> MenuNode:
    """Find an entry by its label, check it can be clicked, click it; return the entry."""
    entry = find_menu_entry(menu_layout(session, item), label)
    if not (entry["enabled"] and entry["visible"]):
        raise AssertionError(f"menu entry {label!r} cannot be clicked: {entry}")
    menu_click(session, item, entry["id"])
    return entry


# -- clicks on the icon ---------------------------------------------------------------------------


def activate(session: DesktopSession, item: str, x: int = 0, y: int = 0) -> None:
    """Left click on the icon (SNI ``Activate``); Qt emits ``activated(Trigger)``."""
    bus_name, path = split_item(item)
    session.call(bus_name, path, ITEM_INTERFACE, "Activate", "ii", (x, y))


def secondary_activate(session: DesktopSession, item: str, x: int = 0, y: int = 0) -> None:
    """Middle click on the icon (SNI ``SecondaryActivate``); Qt emits ``activated(MiddleClick)``."""
    bus_name, path = split_item(item)
    session.call(bus_name, path, ITEM_INTERFACE, "SecondaryActivate", "ii", (x, y))
