"""Bars stacked per period: one ``BarGraphItem`` per layer (e.g. severity), updated in place."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

BAR_FILL = 0.8


class StackedBars:
    """Layers (name, colour) drawn bottom-up; created once, their data replaced by ``set_data``."""

    def __init__(
        self, plot: pg.PlotItem, layers: list[tuple[str, str]], legend: pg.LegendItem | None
    ) -> None:
        self.items: list[pg.BarGraphItem] = []
        for name, colour in layers:
            item = pg.BarGraphItem(
                x0=[], y0=[], width=[], height=[], brush=colour, pen=pg.mkPen(None)
            )
            plot.addItem(item)
            if legend is not None:
                legend.addItem(item, name)
            self.items.append(item)

    def set_data(self, x0: np.ndarray, x1: np.ndarray, heights: list[np.ndarray]) -> None:
        """Bars spanning ``x0``..``x1``; stacking offsets are plot geometry, not figures."""
        span = x1 - x0
        left = x0 + span * (1.0 - BAR_FILL) / 2.0
        base = np.zeros(len(x0), dtype="float64")
        for item, layer in zip(self.items, heights, strict=True):
            values = np.asarray(layer, dtype="float64")
            item.setOpts(x0=left, y0=base.copy(), width=span * BAR_FILL, height=values)
            base = base + values

    def top(self) -> float:
        """The height of the tallest stack (0 with no bars)."""
        stacks = [np.asarray(item.opts["height"], dtype="float64") for item in self.items]
        total = np.sum(stacks, axis=0) if stacks and len(stacks[0]) else np.zeros(0)
        return float(total.max()) if total.size else 0.0

    def heights(self) -> list[list[float]]:
        return [list(item.opts["height"]) for item in self.items]
