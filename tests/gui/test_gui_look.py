"""The look: check boxes visible on the dark palette, the period combo not cut, one banner on
first launch, no overlapping labels on the MTTR histogram's axis."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox

from desktop_app.ui.palette import DeskStyle, dark_palette
from desktop_app.ui.widgets.filter_bar import FilterBar


def _contrast(a: QColor, b: QColor) -> int:
    return abs(a.lightness() - b.lightness())


def test_an_unchecked_box_is_framed_visibly_on_the_dark_palette(qtbot):
    style = DeskStyle()
    box = QCheckBox("Critical")
    qtbot.addWidget(box)
    box.setStyle(style)
    box.setPalette(dark_palette())
    box.resize(120, 24)
    image = box.grab().toImage()
    window = dark_palette().window().color()
    indicator = style.subElementRect(style.SubElement.SE_CheckBoxIndicator, _option(box), box)
    edge = [
        QColor(image.pixel(indicator.left(), y))
        for y in range(indicator.top() + 2, indicator.bottom() - 2)
    ]
    assert min(_contrast(c, window) for c in edge) >= 60


def _option(box: QCheckBox):
    from PySide6.QtWidgets import QStyleOptionButton

    option = QStyleOptionButton()
    box.initStyleOption(option)
    return option


def test_the_granularity_combo_shows_its_whole_text(qtbot):
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.show_resolved_granularity("quarter")
    combo = bar.granularity
    text = combo.itemText(0)
    needed = combo.fontMetrics().horizontalAdvance(text)
    assert combo.sizeHint().width() >= needed + 20
    bar.resize(1024, bar.sizeHint().height())  # as wide as a 1024 px window
    qtbot.waitUntil(lambda: combo.width() >= needed + 20)


def test_the_mttr_histograms_time_labels_never_overlap(qtbot):
    from views_data import big_incidents

    from desktop_app.core.analysis import Selection, analyse
    from desktop_app.core.settings import Settings
    from desktop_app.ui.views.mttr_plot import TICK_GAP, MttrDistributionPlot

    plot = MttrDistributionPlot()
    qtbot.addWidget(plot)
    plot.resize(200, 200)
    plot.show()
    qtbot.waitExposed(plot)
    plot.set_analysis(analyse(big_incidents(2000), Selection(), Settings()))
    axis = plot.getPlotItem().getAxis("bottom")
    view = plot.getPlotItem().getViewBox()
    (x0, x1) = view.viewRange()[0]
    per_unit = view.width() / (x1 - x0)
    shown = axis._tickLevels[0]
    assert shown  # some times are labelled
    width = plot.fontMetrics().horizontalAdvance
    extents = [(x * per_unit - width(t) / 2, x * per_unit + width(t) / 2) for x, t in shown]
    for (_, right), (left, _) in pairwise(extents):
        assert left >= right + TICK_GAP
    assert len(shown) < len(plot._ticks)  # at 200 px some are left out
