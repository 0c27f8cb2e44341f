"""Header and footer on every page, with "page N of M" known only once all pages are drawn."""

from __future__ import annotations

from typing import Any

from reportlab.pdfgen.canvas import Canvas

from desktop_app.report.fonts import BOLD, REGULAR, RunCanvas, printable, text_width
from desktop_app.report.styles import ACCENT, MUTED, RULE
from desktop_app.text.report import ReportText

SIZE = 7.5


def fit(value: str, font: str, size: float, width: float) -> str:
    """``value`` on one line, cut with an ellipsis to fit ``width``."""
    value = printable(" ".join(value.split()))
    if text_width(value, font, size) <= width:
        return value
    low, high = 0, len(value)
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(value[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return value[:low] + "…"


def decorate(canvas: Canvas, model: ReportText, margin: float, page: int, pages: int) -> None:
    width, height = canvas._pagesize
    inner = width - 2 * margin
    top, bottom = height - margin, margin
    canvas.saveState()
    organisation = fit(model.organisation, REGULAR, SIZE, inner * 0.35)
    canvas.setFont(REGULAR, SIZE)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(width - margin, top, organisation)
    org_width = text_width(organisation, REGULAR, SIZE)
    canvas.setFont(BOLD, SIZE)
    canvas.setFillColor(ACCENT)
    canvas.drawString(margin, top, fit(model.title, BOLD, SIZE, inner - org_width - 12))
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(margin, top - 4, width - margin, top - 4)
    canvas.line(margin, bottom + 9, width - margin, bottom + 9)
    canvas.setFont(REGULAR, SIZE)
    canvas.setFillColor(MUTED)
    words = model.words
    page_text = words.page.format(page, pages)
    canvas.drawRightString(width - margin, bottom, page_text)
    left = words.footer.format(period=model.period, zone=model.timezone, generated=model.generated)
    room = inner - text_width(page_text, REGULAR, SIZE) - 12
    canvas.drawString(margin, bottom, fit(left, REGULAR, SIZE, room))
    canvas.restoreState()


def numbered_canvas_class(model: ReportText, margin: float) -> type[Canvas]:
    """A canvas class that keeps each page until the end, then decorates it with the total."""

    class NumberedCanvas(RunCanvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                decorate(self, model, margin, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas
