"""``QT_TRANSLATE_NOOP`` typed as it behaves: it returns the text it marks for ``pyside6-lupdate``.

PySide6's stub declares it ``(object, object) -> object``, which would make every table of
marked texts a table of objects. Import it from here; lupdate finds the calls by name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6 import QtCore

QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)
