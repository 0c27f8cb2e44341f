"""One way to find bundled resources, from the source tree and from a PyInstaller build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, inside the frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("fonts", "NanumGothic.ttf")``."""
    return resources_dir().joinpath(*parts)


def sample_data_files() -> list[Path]:
    """The bundled sample incident CSVs the app opens when it is given nothing else."""
    return sorted(resource_path("samples").glob("*.csv"))


#: Hangul (and every other character the Latin face lacks).
FONT_REGULAR = "NanumGothic.ttf"
FONT_BOLD = "NanumGothicBold.ttf"
FONT_FAMILY = "NanumGothic"
#: Latin text and digits, in front of NanumGothic: its decimal point reads as a point.
LATIN_REGULAR = "NotoSans-Regular.ttf"
LATIN_BOLD = "NotoSans-Bold.ttf"
LATIN_FAMILY = "Noto Sans"
#: Faces behind NanumGothic for scripts neither covers, tried in this order (all Noto, OFL):
#: (PDF face name, file, family name).
FALLBACK_FONTS: tuple[tuple[str, str, str], ...] = (
    ("NotoSansArabic", "NotoSansArabic-Regular.ttf", "Noto Sans Arabic"),
    ("NotoSansHebrew", "NotoSansHebrew-Regular.ttf", "Noto Sans Hebrew"),
    ("NotoSansDevanagari", "NotoSansDevanagari-Regular.ttf", "Noto Sans Devanagari"),
    ("NotoSansThai", "NotoSansThai-Regular.ttf", "Noto Sans Thai"),
    ("NotoSansSymbols2", "NotoSansSymbols2-Regular.ttf", "Noto Sans Symbols 2"),
)
#: Scripts written right to left, whose faces' words are laid out in reverse.
RIGHT_TO_LEFT_FONTS = frozenset({"NotoSansArabic", "NotoSansHebrew"})
FONT_LICENCES = ("OFL-NotoSans.txt", "OFL-NanumGothic.txt", "OFL-NotoSans-fallbacks.txt")

APP_ICON_NAME = "reliability-desk"
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon_files() -> list[Path]:
    """The application icon's PNG sizes (rendered from its SVG by scripts/render_icons.py)."""
    return [resource_path("icons", f"{APP_ICON_NAME}-{size}.png") for size in APP_ICON_SIZES]
