"""Render resources/icons/reliability-desk.svg to the PNG, ICO and ICNS files the app ships.

Run after editing the SVG: ``.venv/bin/python scripts/render_icons.py``. Uses QtSvg only, so
the output is the same on any machine with the project's dependencies; the ICO and ICNS
containers hold PNG images, which every supported Windows and macOS version reads.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from desktop_app.assets import APP_ICON_NAME, APP_ICON_SIZES, resource_path

ICON_DIR = resource_path("icons")
NAME = APP_ICON_NAME
PNG_SIZES = APP_ICON_SIZES
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS element types holding a PNG of the given pixel size.
ICNS_TYPES = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512}


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon holding one PNG per size (width/height byte 0 means 256)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in pngs.items():
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS icon family: big-endian type/length elements after an ``icns`` header."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_TYPES.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    renderer = QSvgRenderer(str(ICON_DIR / f"{NAME}.svg"))
    if not renderer.isValid():
        print(f"error: cannot read {ICON_DIR / f'{NAME}.svg'}", file=sys.stderr)
        return 1
    pngs = {size: render_png(renderer, size) for size in PNG_SIZES}
    for size, png in pngs.items():
        (ICON_DIR / f"{NAME}-{size}.png").write_bytes(png)
    (ICON_DIR / f"{NAME}.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (ICON_DIR / f"{NAME}.icns").write_bytes(icns_bytes(pngs))
    print(f"wrote {len(pngs)} PNGs, {NAME}.ico and {NAME}.icns to {ICON_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
