"""The look: check boxes visible on the dark palette, the period combo not cut, one banner on
first launch, no overlapping labels on the MTTR histogram's axis."""

from __future__ import annotations

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
    qtbot.waitUntil(lambda: combo.width() >= needed + 20)
