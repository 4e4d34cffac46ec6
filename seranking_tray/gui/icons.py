"""Tray and application icons, drawn with QPainterPath: no image files to ship, crisp at every size and pixel ratio.

These are drawn on the way to the first tray icon, so this module imports QtGui only and never touches PySide6's
``Qt`` namespace: its first use costs 12–25 ms. Overload resolution touches it too, so colours reach the painter
only as solid brushes from ``painting.solid_brush`` (``QBrush(colour)``, ``QColor(int)``, ``QColor(QColor)``,
``setPen``/``setBrush`` and ``fillPath(path, colour)`` would all load it), and strokes are outlined by hand
(round caps would need ``Qt.PenCapStyle``). tests/test_gui_icons.py checks this in a fresh interpreter.

Each state differs by its mark as well as by colour, so the monochrome styles and colour-blind users can tell them
apart. GUI thread only, like every QPixmap.
"""

from __future__ import annotations

import math
from enum import StrEnum
from functools import cache
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPixmap

from seranking_tray.gui.painting import Rgb, solid_brush
from seranking_tray.store.settings import IconStyle as IconStyle  # re-exported: the tray and the tests use it


class IconState(StrEnum):
    OK = "ok"
    RUNNING_LOW = "running_low"
    LOW_BALANCE = "low_balance"
    EXPIRED = "expired"
    ERROR = "error"
    NO_KEY = "no_key"
    LOADING = "loading"


# Sizes tray hosts and window managers ask for; QIcon picks the nearest, so the tray never scales a bitmap.
TRAY_ICON_SIZES = (16, 22, 24, 32, 48, 64)
# Notifications and window switchers show the application icon larger than any panel does.
APP_ICON_SIZES = (*TRAY_ICON_SIZES, 128, 256)

# Geometry is in units of the disc's radius with the origin at its centre; the painter's transform scales it.
_DISC_RADIUS_PER_SIDE = 7 / 16  # leaves a 1 px margin at 16 px
_MARK_STROKE_WIDTH = 0.30  # about 2 px at 16 px: thinner strokes turn to grey mush on a 16 px panel
_RING_WIDTH = 2 / 7  # 2 px at 16 px: a thinner ring has almost no solid pixels there and looks blurred
_STALE_FILL_ALPHA = 70  # of 255: the faded inside of a stale ring, a hint that the figures are old
# At 16 px the badge is a 7 px disc on whole pixels (9..16) and its "D" strokes fall on pixel centres, so it stays
# sharp where it is smallest.
_BADGE_CENTRE = (4.5 / 7, 4.5 / 7)
_BADGE_RADIUS = 0.5
_BADGE_GAP = 0.16  # transparent moat around the badge so it reads as a separate shape

Point = tuple[float, float]
Shape = tuple[QPainterPath, ...]  # pieces filled one by one: see the note above _disc_path

_WHITE: Rgb = (0xFF, 0xFF, 0xFF)
_STATE_COLOURS: dict[IconState, Rgb] = {
    IconState.OK: (0x1A, 0x9E, 0x8F),  # brand teal: calm, not to be mistaken for a warning
    IconState.RUNNING_LOW: (0xE8, 0x9A, 0x00),  # amber, a shade darker than #F0A500 so the white mark reads
    IconState.LOW_BALANCE: (0xD9, 0x30, 0x25),
    IconState.EXPIRED: (0xD9, 0x30, 0x25),
    IconState.ERROR: (0x8A, 0x8A, 0x8A),
    IconState.NO_KEY: (0x8A, 0x8A, 0x8A),
    IconState.LOADING: (0x8A, 0x8A, 0x8A),
}
_DEMO_BADGE_COLOUR: Rgb = (0x7E, 0x57, 0xC2)  # violet: used by no state, so the badge never reads as a status
_MONOCHROME_COLOURS: dict[IconStyle, Rgb] = {
    IconStyle.LIGHT: (0xF5, 0xF5, 0xF5),
    IconStyle.DARK: (0x20, 0x20, 0x20),
}
# "Set up" and "checking" have no figures to show yet, so they are hollow rather than a filled coin.
_OUTLINE_STATES = frozenset({IconState.NO_KEY, IconState.LOADING})

_icon_cache: dict[tuple[IconState, IconStyle, bool, bool, float], QIcon] = {}
_app_icon_cache: list[QIcon] = []


def state_icon(
    state: IconState,
    style: IconStyle = IconStyle.COLOUR,
    *,
    demo: bool = False,
    stale: bool = False,
    device_pixel_ratio: float = 1.0,
) -> QIcon:
    """The tray icon for a state, with a pixmap for each of TRAY_ICON_SIZES; cached, as it is asked for often."""
    key = (IconState(state), IconStyle(style), demo, stale, float(device_pixel_ratio))
    icon = _icon_cache.get(key)
    if icon is None:
        icon = _build_icon(*key, sizes=TRAY_ICON_SIZES)
        _icon_cache[key] = icon
    return icon


def app_icon() -> QIcon:
    """The application icon for windows and notifications: the OK look in colour, without badges."""
    if not _app_icon_cache:
        _app_icon_cache.append(_build_icon(IconState.OK, IconStyle.COLOUR, False, False, 1.0, sizes=APP_ICON_SIZES))
    return _app_icon_cache[0]


def render_state_pixmap(
    state: IconState,
    style: IconStyle,
    *,
    size: int,
    demo: bool = False,
    stale: bool = False,
    device_pixel_ratio: float = 1.0,
) -> QPixmap:
    """One icon image of ``size`` logical pixels, drawn at ``size * device_pixel_ratio`` physical pixels."""
    physical_side = max(1, round(size * device_pixel_ratio))
    pixmap = QPixmap(physical_side, physical_side)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(physical_side / 2, physical_side / 2)
        disc_radius = physical_side * _DISC_RADIUS_PER_SIDE
        painter.scale(disc_radius, disc_radius)
        _paint_glyph(painter, IconState(state), IconStyle(style), stale=stale)
        if demo:
            _paint_demo_badge(painter, IconStyle(style))
    finally:
        painter.end()
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    return pixmap


def _build_icon(
    state: IconState, style: IconStyle, demo: bool, stale: bool, device_pixel_ratio: float, *, sizes: tuple[int, ...]
) -> QIcon:
    icon = QIcon()
    for size in sizes:
        icon.addPixmap(
            render_state_pixmap(state, style, size=size, demo=demo, stale=stale, device_pixel_ratio=device_pixel_ratio)
        )
    return icon


def _paint_glyph(painter: QPainter, state: IconState, style: IconStyle, *, stale: bool) -> None:
    glyph_colour = _MONOCHROME_COLOURS.get(style, _STATE_COLOURS[state])
    glyph_brush = solid_brush(glyph_colour)
    mark = _mark(state)
    if state in _OUTLINE_STATES or stale:
        painter.fillPath(_ring_path(), glyph_brush)
        if stale and state not in _OUTLINE_STATES:
            painter.fillPath(_ring_interior_path(), solid_brush(glyph_colour, _STALE_FILL_ALPHA))
        _fill(painter, mark, glyph_brush)
        return
    painter.fillPath(_disc_path(), glyph_brush)
    _paint_knockout(painter, mark, style)


def _paint_demo_badge(painter: QPainter, style: IconStyle) -> None:
    _erase(painter, _circle_path(_BADGE_CENTRE, _BADGE_RADIUS + _BADGE_GAP))
    badge_colour = _MONOCHROME_COLOURS.get(style, _DEMO_BADGE_COLOUR)
    painter.fillPath(_circle_path(_BADGE_CENTRE, _BADGE_RADIUS), solid_brush(badge_colour))
    painter.save()
    painter.translate(*_BADGE_CENTRE)
    painter.scale(_BADGE_RADIUS, _BADGE_RADIUS)
    _paint_knockout(painter, (_demo_letter_path(),), style)
    painter.restore()


def _paint_knockout(painter: QPainter, mark: Shape, style: IconStyle) -> None:
    """A mark on a filled shape: white in colour, a hole in monochrome so it shows the panel behind."""
    if style is IconStyle.COLOUR:
        _fill(painter, mark, solid_brush(_WHITE))
    else:
        _erase(painter, *mark)


def _fill(painter: QPainter, shape: Shape, brush: QBrush) -> None:
    for piece in shape:
        painter.fillPath(piece, brush)


def _erase(painter: QPainter, *pieces: QPainterPath) -> None:
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOut)
    eraser = solid_brush(_WHITE)  # only its alpha matters: opaque erases fully, antialiased edges partly
    for piece in pieces:
        painter.fillPath(piece, eraser)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)


# The shapes below never change, so each is built once per process. Strokes are outlined by hand, as round-capped
# capsules, because QPainterPathStroker's round caps and joins are Qt enums, and the first use of the Qt namespace
# costs 12–25 ms at start-up. A mark is a tuple of such pieces, each filled on its own: uniting them with
# QPainterPath.united() would flatten their curves to coarse polygons, and one odd-even path would leave holes
# where they overlap.


@cache
def _disc_path() -> QPainterPath:
    return _circle_path((0.0, 0.0), 1.0)


@cache
def _ring_interior_path() -> QPainterPath:
    return _circle_path((0.0, 0.0), 1.0 - _RING_WIDTH)


@cache
def _ring_path() -> QPainterPath:
    ring = _circle_path((0.0, 0.0), 1.0)
    ring.addPath(_ring_interior_path())  # QPainterPath's default odd-even fill makes the inner circle a hole
    return ring


@cache
def _mark(state: IconState) -> Shape:
    if state is IconState.OK:
        return _polylines([(-0.46, 0.02), (-0.14, 0.34), (0.46, -0.28)])
    if state is IconState.RUNNING_LOW:
        return _polylines([(0.0, -0.52), (0.0, 0.40)], [(-0.36, 0.06), (0.0, 0.42), (0.36, 0.06)])
    if state is IconState.LOW_BALANCE:
        return (*_polylines([(0.0, -0.54), (0.0, 0.02)]), _dot_path())
    if state is IconState.EXPIRED:
        return _polylines([(-0.36, -0.36), (0.36, 0.36)], [(0.36, -0.36), (-0.36, 0.36)])
    if state is IconState.ERROR:
        return _question_mark()
    if state is IconState.NO_KEY:
        return _polylines([(-0.40, 0.0), (0.40, 0.0)], [(0.0, -0.40), (0.0, 0.40)])
    dots = QPainterPath()
    for x in (-0.40, 0.0, 0.40):
        dots.addPath(_circle_path((x, 0.0), 0.14))
    return (dots,)


def _dot_path() -> QPainterPath:
    # The gap above the dot is about 1 px at 16 px; less and "!" and "?" blur into a bar.
    return _circle_path((0.0, 0.48), 0.16)


def _question_mark() -> Shape:
    hook_centre, hook_radius = (0.0, -0.26), 0.28
    # Clockwise (a negative sweep: Qt's angles run counter-clockwise) from 9 o'clock over the top to about 4.
    hook_start, hook_sweep = 180.0, -240.0
    hook_end = _point_on_circle(hook_centre, hook_radius, hook_start + hook_sweep)
    return (
        *_arc_stroke(hook_centre, hook_radius, hook_start, hook_sweep, _MARK_STROKE_WIDTH),
        _capsule(hook_end, (0.0, 0.04), _MARK_STROKE_WIDTH),
        _dot_path(),
    )


@cache
def _demo_letter_path() -> QPainterPath:
    """A "D", in units of the badge's radius around its centre, with 1 px strokes on pixel centres at 16 px."""
    pixel = 1 / 3.5  # the badge's radius is 3.5 px at 16 px
    letter = QPainterPath()
    # The outer edge of the letter, then its counter; odd-even fill leaves the stroke between them.
    for offset in (pixel / 2, -pixel / 2):
        bowl_radius = 2 * pixel + offset
        letter.moveTo(-pixel - offset, -bowl_radius)
        letter.lineTo(0.0, -bowl_radius)
        letter.arcTo(QRectF(-bowl_radius, -bowl_radius, 2 * bowl_radius, 2 * bowl_radius), 90.0, -180.0)
        letter.lineTo(-pixel - offset, bowl_radius)
        letter.closeSubpath()
    return letter


def _polylines(*polylines: list[Point]) -> Shape:
    """Round-capped, round-joined strokes of _MARK_STROKE_WIDTH through each list of points."""
    return tuple(_capsule(start, end, _MARK_STROKE_WIDTH) for points in polylines for start, end in pairwise(points))


def _capsule(start: Point, end: Point, width: float) -> QPainterPath:
    """A straight stroke with round caps; consecutive capsules overlap in a round join."""
    (start_x, start_y), (end_x, end_y) = start, end
    # Qt measures angles in degrees counter-clockwise on screen, where y grows downwards.
    heading = math.degrees(math.atan2(start_y - end_y, end_x - start_x))
    half_width = width / 2
    capsule = QPainterPath()
    end_cap = QRectF(end_x - half_width, end_y - half_width, width, width)
    start_cap = QRectF(start_x - half_width, start_y - half_width, width, width)
    capsule.arcMoveTo(end_cap, heading + 90.0)
    capsule.arcTo(end_cap, heading + 90.0, -180.0)  # round the far end, through the heading
    capsule.arcTo(start_cap, heading - 90.0, -180.0)  # the straight side is implied; round the near end
    capsule.closeSubpath()
    return capsule


def _arc_stroke(centre: Point, radius: float, start_angle: float, sweep: float, width: float) -> Shape:
    """A round-capped stroke along an arc of a circle."""
    centre_x, centre_y = centre
    outer, inner = radius + width / 2, radius - width / 2
    outer_rect = QRectF(centre_x - outer, centre_y - outer, 2 * outer, 2 * outer)
    inner_rect = QRectF(centre_x - inner, centre_y - inner, 2 * inner, 2 * inner)
    band = QPainterPath()
    band.arcMoveTo(outer_rect, start_angle)
    band.arcTo(outer_rect, start_angle, sweep)
    band.arcTo(inner_rect, start_angle + sweep, -sweep)
    band.closeSubpath()
    caps = (
        _circle_path(_point_on_circle(centre, radius, angle), width / 2) for angle in (start_angle, start_angle + sweep)
    )
    return (band, *caps)


def _point_on_circle(centre: Point, radius: float, angle: float) -> Point:
    radians = math.radians(angle)
    return centre[0] + radius * math.cos(radians), centre[1] - radius * math.sin(radians)


def _circle_path(centre: Point, radius: float) -> QPainterPath:
    circle = QPainterPath()
    circle.addEllipse(QPointF(*centre), radius, radius)
    return circle
