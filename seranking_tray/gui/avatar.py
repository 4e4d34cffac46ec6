"""The account's avatar: a guarded decoder for downloaded image bytes, and a round picture (photo or initials).

Like icons.py this avoids PySide6's ``Qt`` namespace (its first use costs 12–25 ms): colours become solid brushes
through a QPen, text becomes a QPainterPath, and scaling uses QImage.smoothScaled, which takes no enum arguments.
"""

from __future__ import annotations

import zlib

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QRectF
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter, QPainterPath, QPixmap

from seranking_tray.gui.painting import Rgb, solid_brush

# Larger than any avatar is shown, small enough that a decoded image (16 MiB as RGBA) is harmless.
MAX_AVATAR_DIMENSION = 2048
# Qt's own cap on one decode's buffers: room for a 2048² image at 16 bits per channel (32 MiB) and a conversion.
_DECODE_ALLOCATION_LIMIT_MB = 64

# Calm, mid-dark colours that carry white text; no red or amber, which the tray icon uses for warnings.
_INITIALS_BACKGROUNDS: tuple[Rgb, ...] = (
    (0x3B, 0x6F, 0xD4),  # blue
    (0x00, 0x89, 0x7B),  # teal
    (0x2E, 0x7D, 0x32),  # green
    (0x5C, 0x6B, 0xC0),  # indigo
    (0x8E, 0x24, 0xAA),  # purple
    (0xC2, 0x18, 0x5B),  # magenta
    (0x6D, 0x4C, 0x41),  # brown
    (0x54, 0x6E, 0x7A),  # slate
)
_WHITE: Rgb = (0xFF, 0xFF, 0xFF)
_INITIALS_HEIGHT_PER_SIDE = {1: 0.46, 2: 0.38}  # of the avatar's side: two letters must fit across the circle


def decode_avatar(data: bytes) -> QImage | None:
    """The image in ``data``, or None if it is not a readable image or is declared larger than MAX_AVATAR_DIMENSION.

    The declared size is read from the header before anything is decoded, so a small file announcing a huge image
    (a decompression bomb) costs nothing. Never raises. Safe off the GUI thread, but from one thread at a time: it
    briefly lowers Qt's process-wide allocation limit.
    """
    if not data:
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(bytes(data)))
    if not buffer.open(QIODevice.OpenModeFlag.ReadOnly):
        return None
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # phone photos store their rotation in EXIF
    if not reader.canRead():
        return None
    declared_size = reader.size()
    # A format that cannot tell its size up front cannot be checked before decoding, so it is refused too.
    if declared_size.isEmpty() or not _fits(declared_size.width(), declared_size.height()):
        return None
    # Qt's allocation limit is process-wide: tighten it for this one decode only.
    previous_limit_mb = QImageReader.allocationLimit()
    QImageReader.setAllocationLimit(
        _DECODE_ALLOCATION_LIMIT_MB if previous_limit_mb <= 0 else min(previous_limit_mb, _DECODE_ALLOCATION_LIMIT_MB)
    )
    try:
        image = reader.read()
    finally:
        QImageReader.setAllocationLimit(previous_limit_mb)
    # The header's size is only a claim: check what the decoder actually produced.
    if image.isNull() or not _fits(image.width(), image.height()):
        return None
    return image


def circular_avatar(image: QImage | None, name: str, size: int, device_pixel_ratio: float = 1.0) -> QPixmap:
    """A round avatar of ``size`` logical pixels: the image cropped to fill the circle, or the name's initials."""
    side = max(1, round(size * device_pixel_ratio))
    pixmap = QPixmap(side, side)
    pixmap.fill(QColor(0, 0, 0, 0))
    circle = QPainterPath()
    circle.addEllipse(QRectF(0, 0, side, side))
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if image is not None and not image.isNull():
            # Lay down an antialiased disc, then draw the photo only where the disc is (SourceIn): a clip path
            # would leave a jagged edge, as the raster engine does not antialias clipping.
            painter.fillPath(circle, solid_brush(_WHITE))
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            painter.drawImage(QPointF(0, 0), _square_fill(image, side))
        else:
            painter.fillPath(circle, solid_brush(_initials_background(name)))
            painter.fillPath(_centred_text_path(initials(name), side), solid_brush(_WHITE))
    finally:
        painter.end()
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    return pixmap


def initials(name: str) -> str:
    """Up to two capital letters for a name: "Jane Roe" → "JR", "jane@example.com" → "J", "" → "?"."""
    text = name.strip()
    if "@" in text and not any(character.isspace() for character in text):
        words = [text.split("@", 1)[0]]  # an e-mail address: only the mailbox part is a name
    else:
        words = text.split()
    letters = [letter for letter in map(_first_letter, words) if letter]
    if not letters:
        return "?"
    # First and last name, as people expect; the middle names would not fit.
    return letters[0] + letters[-1] if len(letters) > 1 else letters[0]


def _first_letter(word: str) -> str:
    for character in word:
        if character.isalnum():
            return character.upper()[0]  # "ß".upper() is "SS"
    return ""


def _fits(width: int, height: int) -> bool:
    return 0 < width <= MAX_AVATAR_DIMENSION and 0 < height <= MAX_AVATAR_DIMENSION


def _square_fill(image: QImage, side: int) -> QImage:
    """The centred square of the image, scaled to ``side``: what "cover" would show in a circle."""
    square = min(image.width(), image.height())
    left, top = (image.width() - square) // 2, (image.height() - square) // 2
    return image.copy(QRect(left, top, square, square)).smoothScaled(side, side)


def _initials_background(name: str) -> Rgb:
    # crc32, not hash(): Python salts str hashes per process, and a person's colour must not change on restart.
    checksum = zlib.crc32(name.strip().casefold().encode("utf-8"))
    return _INITIALS_BACKGROUNDS[checksum % len(_INITIALS_BACKGROUNDS)]


def _centred_text_path(text: str, side: int) -> QPainterPath:
    font = QFont()
    font.setPixelSize(max(1, round(side * _INITIALS_HEIGHT_PER_SIDE.get(len(text), 0.38))))
    font.setBold(True)
    outline = QPainterPath()
    outline.addText(QPointF(0, 0), font, text)
    # Centre the letters' ink, not their font box, so caps without descenders sit in the middle of the circle.
    ink = outline.boundingRect()
    return outline.translated(side / 2 - ink.center().x(), side / 2 - ink.center().y())
