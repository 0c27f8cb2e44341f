"""Keep ``None``, ``True`` and ``False`` alive despite a reference-count bug in PySide6 6.12.

PySide6 6.12 drops one reference to ``None`` or a bool more than it takes in some QVariant
conversions (``QGraphicsScene.removeItem``, ``QGraphicsItem.itemChange`` overrides, which
pyqtgraph calls on every redraw; ``scene.removeItem(scene.addRect(0, 0, 1, 1))`` loses one
reference to ``None`` per call). On Python 3.11 these singletons are ordinary counted objects,
so after a few dozen filter changes the count reaches zero and the interpreter aborts with
"none_dealloc: deallocating None". Python 3.12+ makes them immortal; here we do the same by
giving them a reference count no program can spend. They are static objects that are never
freed, so the extra count changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40


def immortalise_singletons() -> bool:
    """Add a huge reserve to the singletons' counts (once); False where it is not needed."""
    if sys.version_info >= (3, 12) or getattr(immortalise_singletons, "done", False):
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
    immortalise_singletons.done = True  # type: ignore[attr-defined]
    return True
