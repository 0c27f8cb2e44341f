"""The PySide6 6.12 reference-count bug cannot exhaust ``None`` (see ui/refcount_guard.py)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QGraphicsScene

from desktop_app.ui.startup.refcount_guard import immortalise_singletons


def test_none_survives_many_scene_item_removals(qapp):
    immortalise_singletons()
    scene = QGraphicsScene()
    for _ in range(20_000):
        scene.removeItem(scene.addRect(0, 0, 1, 1))
    # Immortal on Python 3.12+ (count 2**32 - 1); a 2**40 reserve on 3.11.
    assert sys.getrefcount(None) > 1 << 30
