"""Tray icons and avatars: every state legible and distinct (also without colour), crisp on HiDPI, cheap to draw,
and avatar decoding that refuses what it should."""

from __future__ import annotations

import colorsys
import itertools
import os
import resource
import struct
import subprocess
import sys
import textwrap
import time
import zlib
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QApplication

from seranking_tray.gui import avatar
from seranking_tray.gui.avatar import MAX_AVATAR_DIMENSION, circular_avatar, decode_avatar, initials
from seranking_tray.gui.icons import (
    TRAY_ICON_SIZES,
    IconState,
    IconStyle,
    app_icon,
    render_state_pixmap,
    state_icon,
)

# Qt reads this when the application starts (pytest-qt's qapp), not on import: setting it here is early enough.

REPO_ROOT = Path(__file__).resolve().parents[1]
MONOCHROME = (IconStyle.LIGHT, IconStyle.DARK)


# --- helpers ------------------------------------------------------------------------------------------------------


def argb_image(pixmap: QPixmap) -> QImage:
    """Unpremultiplied pixels, so a half-transparent edge still has its true colour."""
    return pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)


def pixels(image: QImage) -> list[int]:
    return [image.pixel(x, y) for y in range(image.height()) for x in range(image.width())]


def alpha(argb: int) -> int:
    return (argb >> 24) & 0xFF


def rgb(argb: int) -> tuple[int, int, int]:
    return (argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF


def dominant_colour(pixmap: QPixmap) -> tuple[int, int, int]:
    """The commonest colour among fully opaque pixels: the disc's, as marks are thin."""
    counts = Counter(rgb(pixel) for pixel in pixels(argb_image(pixmap)) if alpha(pixel) == 0xFF)
    assert counts, "no opaque pixels"
    return counts.most_common(1)[0][0]


def hue_saturation(colour: tuple[int, int, int]) -> tuple[float, float]:
    hue, _, saturation = colorsys.rgb_to_hls(*(channel / 255 for channel in colour))
    return hue * 360, saturation


def is_red(colour: tuple[int, int, int]) -> bool:
    hue, saturation = hue_saturation(colour)
    return saturation > 0.5 and (hue < 15 or hue > 345)


def is_amber(colour: tuple[int, int, int]) -> bool:
    hue, saturation = hue_saturation(colour)
    return saturation > 0.5 and 30 <= hue <= 50


def is_grey(colour: tuple[int, int, int]) -> bool:
    return max(colour) - min(colour) <= 8


def png_chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def crafted_png(width: int, height: int, *, rows_to_encode: int | None = None) -> bytes:
    """An 8-bit RGB PNG declaring ``width`` × ``height``; only ``rows_to_encode`` rows of pixel data follow (all, if
    None), so a huge declared size costs a few bytes."""
    rows = height if rows_to_encode is None else rows_to_encode
    scanlines = (b"\x00" + b"\x40\x80\xc0" * width) * rows  # filter byte 0, then one colour
    return b"".join(
        [
            b"\x89PNG\r\n\x1a\n",
            png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)),
            png_chunk(b"IDAT", zlib.compress(scanlines)),
            png_chunk(b"IEND", b""),
        ]
    )


def qt_png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 accepts only a str format here at run time, though its stubs ask for bytes.
    assert image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def striped_image(width: int, height: int) -> QImage:
    """Red, green and blue vertical thirds: which of them a crop keeps shows how it cropped."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    thirds = [QColor(255, 0, 0), QColor(0, 255, 0), QColor(0, 0, 255)]
    for x in range(width):
        colour = thirds[min(2, 3 * x // width)]
        for y in range(height):
            image.setPixelColor(x, y, colour)
    return image


# --- icons --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", TRAY_ICON_SIZES)
@pytest.mark.parametrize("style", list(IconStyle))
@pytest.mark.parametrize("state", list(IconState))
def test_every_state_renders_at_every_size(qapp: QApplication, state: IconState, style: IconStyle, size: int) -> None:
    for demo, stale in itertools.product((False, True), repeat=2):
        pixmap = render_state_pixmap(state, style, size=size, demo=demo, stale=stale)
        assert (pixmap.width(), pixmap.height()) == (size, size)
        solid = [pixel for pixel in pixels(argb_image(pixmap)) if alpha(pixel) >= 0xC0]
        assert len(solid) >= size * size // 8, f"{state} {style} {size}px demo={demo} stale={stale} is nearly empty"


def test_state_icon_holds_every_tray_size(qapp: QApplication) -> None:
    icon = state_icon(IconState.OK)
    assert not icon.isNull()
    assert sorted(size.width() for size in icon.availableSizes()) == sorted(TRAY_ICON_SIZES)


@pytest.mark.parametrize("size", [16, 64])
def test_colours_say_the_state(qapp: QApplication, size: int) -> None:
    def colour(state: IconState) -> tuple[int, int, int]:
        return dominant_colour(render_state_pixmap(state, IconStyle.COLOUR, size=size))

    ok = colour(IconState.OK)
    assert not is_red(ok) and not is_grey(ok) and not is_amber(ok), ok
    assert is_red(colour(IconState.LOW_BALANCE))
    assert is_red(colour(IconState.EXPIRED))
    assert is_amber(colour(IconState.RUNNING_LOW))
    for state in (IconState.ERROR, IconState.NO_KEY, IconState.LOADING):
        assert is_grey(colour(state)), state


def test_the_two_red_states_differ_by_their_mark(qapp: QApplication) -> None:
    for size in TRAY_ICON_SIZES:
        low_balance = argb_image(render_state_pixmap(IconState.LOW_BALANCE, IconStyle.COLOUR, size=size))
        expired = argb_image(render_state_pixmap(IconState.EXPIRED, IconStyle.COLOUR, size=size))
        assert low_balance != expired, size


@pytest.mark.parametrize("style", MONOCHROME)
def test_monochrome_states_are_told_apart_by_shape_alone(qapp: QApplication, style: IconStyle) -> None:
    for size, demo in itertools.product(TRAY_ICON_SIZES, (False, True)):
        images = {state: argb_image(render_state_pixmap(state, style, size=size, demo=demo)) for state in IconState}
        for first, second in itertools.combinations(IconState, 2):
            assert images[first] != images[second], f"{first} and {second} look alike in {style} at {size}px"


@pytest.mark.parametrize("style", MONOCHROME)
def test_monochrome_styles_have_no_colour(qapp: QApplication, style: IconStyle) -> None:
    for state, demo, stale in itertools.product(IconState, (False, True), (False, True)):
        visible = [
            rgb(pixel)
            for pixel in pixels(argb_image(render_state_pixmap(state, style, size=32, demo=demo, stale=stale)))
            if alpha(pixel) > 0
        ]
        assert visible
        assert all(is_grey(colour) for colour in visible), f"{state} demo={demo} stale={stale} has colour"


def test_light_is_white_and_dark_is_black(qapp: QApplication) -> None:
    assert min(dominant_colour(render_state_pixmap(IconState.OK, IconStyle.LIGHT, size=32))) >= 0xE0
    assert max(dominant_colour(render_state_pixmap(IconState.OK, IconStyle.DARK, size=32))) <= 0x30


@pytest.mark.parametrize("style", list(IconStyle))
def test_demo_badge_and_stale_hint_change_the_image(qapp: QApplication, style: IconStyle) -> None:
    for state, size in itertools.product(IconState, (16, 22, 64)):
        plain = argb_image(render_state_pixmap(state, style, size=size))
        assert argb_image(render_state_pixmap(state, style, size=size, demo=True)) != plain, (state, size)
        if state not in (IconState.NO_KEY, IconState.LOADING):  # already hollow: there is nothing to fade
            assert argb_image(render_state_pixmap(state, style, size=size, stale=True)) != plain, (state, size)


def test_device_pixel_ratio_renders_physical_pixels(qapp: QApplication) -> None:
    pixmap = render_state_pixmap(IconState.OK, IconStyle.COLOUR, size=16, device_pixel_ratio=2.0)
    assert (pixmap.width(), pixmap.height()) == (32, 32)
    assert pixmap.devicePixelRatio() == 2.0

    icon_pixmap = state_icon(IconState.OK, device_pixel_ratio=2.0).pixmap(QSize(22, 22), 2.0)
    assert (icon_pixmap.width(), icon_pixmap.devicePixelRatio()) == (44, 2.0)
    # Drawn at 2x, not the 1x image scaled up: the two differ in detail.
    scaled_up = render_state_pixmap(IconState.OK, IconStyle.COLOUR, size=22).toImage().scaled(44, 44)
    assert argb_image(icon_pixmap) != scaled_up.convertToFormat(QImage.Format.Format_ARGB32)


def test_icons_are_cached(qapp: QApplication) -> None:
    first = state_icon(IconState.RUNNING_LOW, IconStyle.DARK, demo=True)
    assert state_icon(IconState.RUNNING_LOW, IconStyle.DARK, demo=True) is first
    assert state_icon(IconState.RUNNING_LOW, IconStyle.DARK, demo=False) is not first
    assert state_icon(IconState.RUNNING_LOW, IconStyle.DARK, demo=True, stale=True) is not first
    assert state_icon(IconState.RUNNING_LOW, IconStyle.DARK, demo=True, device_pixel_ratio=2.0) is not first
    assert app_icon() is app_icon()
    assert not app_icon().isNull()
    assert max(size.width() for size in app_icon().availableSizes()) >= 128


def test_app_icon_is_the_ok_look(qapp: QApplication) -> None:
    from_app_icon = app_icon().pixmap(QSize(32, 32), 1.0)
    assert argb_image(from_app_icon) == argb_image(render_state_pixmap(IconState.OK, IconStyle.COLOUR, size=32))


def test_drawing_stays_off_slow_start_up_paths(tmp_path: Path) -> None:
    """In a fresh interpreter: no QtWidgets, and PySide6's Qt namespace (12–25 ms on first use) never loaded."""
    avatar_file = tmp_path / "avatar.png"
    avatar_file.write_bytes(crafted_png(48, 32))
    script = textwrap.dedent(
        f"""
        import sys, time
        from PySide6.QtGui import QGuiApplication
        import PySide6.QtCore
        app = QGuiApplication(sys.argv[:1])
        started = time.perf_counter()
        from seranking_tray.gui.icons import IconState, IconStyle, state_icon, app_icon
        state_icon(IconState.OK)
        first_icon_ms = (time.perf_counter() - started) * 1000
        for state in IconState:
            for style in IconStyle:
                for demo in (False, True):
                    for stale in (False, True):
                        state_icon(state, style, demo=demo, stale=stale, device_pixel_ratio=1.5)
        app_icon()
        from seranking_tray.gui.avatar import circular_avatar, decode_avatar
        with open({str(avatar_file)!r}, "rb") as avatar_file:
            image = decode_avatar(avatar_file.read())
        assert image is not None
        circular_avatar(image, "Jane Roe", 32, 2.0)
        circular_avatar(None, "Jane Roe", 32)
        print("Qt" in vars(PySide6.QtCore), "PySide6.QtWidgets" in sys.modules, round(first_icon_ms, 1))
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    qt_namespace_loaded, widgets_loaded, first_icon_ms = result.stdout.split()
    assert qt_namespace_loaded == "False", "something touched the Qt namespace: see icons.py's docstring"
    assert widgets_loaded == "False"
    assert float(first_icon_ms) < 250  # generous: a few ms here, but CI machines are slow and noisy


# --- avatars ------------------------------------------------------------------------------------------------------


def test_a_png_decodes(qapp: QApplication) -> None:
    image = decode_avatar(qt_png(striped_image(40, 30)))
    assert image is not None
    assert (image.width(), image.height()) == (40, 30)
    assert image.pixelColor(1, 1) == QColor(255, 0, 0)


@pytest.mark.parametrize(
    "data",
    [b"", b"not an image at all", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, crafted_png(40, 30)[:60]],
    ids=["empty", "text", "png-signature-only", "truncated-png"],
)
def test_garbage_is_refused(qapp: QApplication, data: bytes) -> None:
    assert decode_avatar(data) is None


def test_dimension_limit_is_inclusive(qapp: QApplication) -> None:
    assert decode_avatar(crafted_png(MAX_AVATAR_DIMENSION, 1)) is not None
    assert decode_avatar(crafted_png(MAX_AVATAR_DIMENSION + 1, 1)) is None
    assert decode_avatar(crafted_png(1, MAX_AVATAR_DIMENSION + 1)) is None


def test_a_decompression_bomb_is_refused_without_decoding(qapp: QApplication) -> None:
    bomb = crafted_png(30000, 30000, rows_to_encode=1)  # 3.6 GB of pixels declared in about 200 bytes
    assert len(bomb) < 1000
    peak_before_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    assert decode_avatar(bomb) is None
    assert time.perf_counter() - started < 1.0
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before_kib < 50 * 1024


def test_decoding_leaves_qts_allocation_limit_as_it_was(qapp: QApplication) -> None:
    from PySide6.QtGui import QImageReader

    before = QImageReader.allocationLimit()
    decode_avatar(qt_png(striped_image(8, 8)))
    assert QImageReader.allocationLimit() == before


@pytest.mark.parametrize("with_image", [True, False])
@pytest.mark.parametrize("device_pixel_ratio", [1.0, 2.0])
def test_avatar_is_a_circle(qapp: QApplication, with_image: bool, device_pixel_ratio: float) -> None:
    image = striped_image(90, 30) if with_image else None
    pixmap = circular_avatar(image, "Jane Roe", 40, device_pixel_ratio)
    side = round(40 * device_pixel_ratio)
    assert (pixmap.width(), pixmap.height(), pixmap.devicePixelRatio()) == (side, side, device_pixel_ratio)
    pixels_ = argb_image(pixmap)
    for x, y in [(0, 0), (side - 1, 0), (0, side - 1), (side - 1, side - 1)]:
        assert alpha(pixels_.pixel(x, y)) == 0, (x, y)
    assert alpha(pixels_.pixel(side // 2, side // 2)) == 0xFF


def test_photo_is_cropped_to_fill_not_squashed(qapp: QApplication) -> None:
    # A 3:1 image of red | green | blue: cropped to its centre square, the circle is all green, edge to edge.
    pixmap = argb_image(circular_avatar(striped_image(300, 100), "Jane Roe", 40))
    for x in (4, 20, 35):
        assert rgb(pixmap.pixel(x, 20)) == (0, 255, 0), x


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Jane Roe", "JR"),
        ("jane roe", "JR"),
        ("Jane Mary Roe", "JR"),
        ("  Madonna ", "M"),
        ("jane@example.com", "J"),
        ("élodie durand", "ÉD"),
        ("(Jane) Roe", "JR"),
        ("", "?"),
        ("   ", "?"),
        ("!!! ???", "?"),
    ],
)
def test_initials(name: str, expected: str) -> None:
    assert initials(name) == expected


def test_initials_avatar_colour_is_deterministic(qapp: QApplication) -> None:
    def background(name: str) -> tuple[int, int, int]:
        # Left of the letters, inside the circle.
        return rgb(argb_image(circular_avatar(None, name, 48)).pixel(6, 24))

    assert background("Jane Roe") == background("Jane Roe") == background("  jane roe")
    # Fixed by crc32, not by Python's per-process salted hash(): the same on every run and machine.
    palette = avatar._INITIALS_BACKGROUNDS
    assert background("Jane Roe") == palette[zlib.crc32(b"jane roe") % len(palette)]
    assert len({background(f"User {number}") for number in range(24)}) >= 4


def test_initials_are_drawn_in_white(qapp: QApplication) -> None:
    image = argb_image(circular_avatar(None, "Jane Roe", 48))
    centre = [rgb(image.pixel(x, y)) for y in range(16, 32) for x in range(12, 36)]
    assert (255, 255, 255) in centre
