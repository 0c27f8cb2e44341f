"""Write a ``ReportModel`` as an A4 or Letter PDF: drawn in memory, then written atomically.

The language is chosen here, when the PDF is written: the model holds figures, the text
package (``desktop_app.text.report``) words them, this package only draws."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
)

from desktop_app.core.messages import Message, MessageKind
from desktop_app.core.model import Finding
from desktop_app.core.reporting.report_model import ReportModel
from desktop_app.core.writing.atomic import atomic_write_bytes
from desktop_app.report.fonts import PLACEHOLDER, missing_characters
from desktop_app.report.page_decor import numbered_canvas_class
from desktop_app.report.sections import (
    SECTION_ROOM,
    appendix_incidents,
    appendix_reclassified,
    appendix_rejected,
    calendar_section,
    incidents_page,
    method_page,
    repair_section,
    services_page,
    trends_page,
)
from desktop_app.report.styles import make_styles
from desktop_app.report.summary_page import summary_page
from desktop_app.text import text_for
from desktop_app.text.language import Language
from desktop_app.text.report import ReportText, report_text
from desktop_app.text.report_words import ReportWords

APP_NAME = "Reliability Desk"
PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}
MARGIN = 16 * mm
HEADER_SPACE = 10 * mm

Progress = Callable[[float], None]


class ReportWriteError(Exception):
    """The PDF could not be written to ``path``; ``reason`` is the operating system's reason."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"Could not write the report to {self.path}: {reason}")


class _ReportDocument(BaseDocTemplate):  # type: ignore[misc]  # reportlab ships no types
    """Reports drawing progress after each flowable (at most 95 %; writing is the rest)."""

    def __init__(self, buffer: BytesIO, progress: Progress | None, **kwargs: object) -> None:
        super().__init__(buffer, **kwargs)
        self._progress = progress
        self._done = 0
        self._total = 1

    def count_story(self, story: list[Flowable]) -> None:
        self._total = max(len(story), 1)

    def afterFlowable(self, flowable: Flowable) -> None:
        self._done += 1
        if self._progress is not None:
            self._progress(min(0.95, 0.95 * self._done / self._total))


def _story(
    model: ReportText, width: float, height: float, appendices: bool = True
) -> list[Flowable]:
    """Sections follow one another on a page when they fit (a heading never ends a page);
    the trends and the appendices start a page of their own, and short appendices share
    one."""
    styles = make_styles()
    body = [
        *summary_page(model, width, styles),
        PageBreak(),
        *trends_page(model, width, height, styles),
        PageBreak(),
        *services_page(model, width, styles),
        *calendar_section(model, width, styles),
        *repair_section(model, width, styles),
        CondPageBreak(SECTION_ROOM),
        *incidents_page(model, width, styles, appendices),
        CondPageBreak(SECTION_ROOM),
        *method_page(model, width, styles),
    ]
    if not appendices:
        return body
    return [
        *body,
        PageBreak(),
        *appendix_incidents(model, width, height, styles),
        CondPageBreak(SECTION_ROOM),
        *appendix_rejected(model, width, height, styles),
        *appendix_reclassified(model, width, height, styles),
    ]


def render_report_pdf(
    model: ReportModel,
    page_size: str = "A4",
    progress: Progress | None = None,
    appendices: bool = True,
    *,
    lang: Language = "en",
) -> bytes:
    """The PDF's bytes, in ``lang``. ``progress(fraction)`` may raise to cancel; nothing is
    written. ``appendices=False`` leaves out the lists of every incident and every rejected
    row."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"unknown page size {page_size!r} (use {' or '.join(PAGE_SIZES)})")
    size = PAGE_SIZES[page_size]
    report = report_text(model, text_for(lang))
    buffer = BytesIO()
    doc = _ReportDocument(
        buffer,
        progress,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_SPACE,
        bottomMargin=MARGIN + HEADER_SPACE,
        title=report.title,
        author=report.organisation or APP_NAME,
        subject=report.subject,
        creator=APP_NAME,
        keywords=list(report.words.keywords),
        lang=report.language,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story = _story(report, doc.width, doc.height, appendices)
    doc.count_story(story)
    doc.build(story, canvasmaker=numbered_canvas_class(report, MARGIN))
    return buffer.getvalue()


def write_report_pdf(
    model: ReportModel,
    path: str | Path,
    page_size: str = "A4",
    progress: Progress | None = None,
    appendices: bool = True,
    *,
    lang: Language = "en",
) -> Path:
    """Draw the report in ``lang`` and write it to ``path`` atomically; return the path.

    Raises ``ReportWriteError`` when the file cannot be written (an existing file is then left
    as it was) and ``ValueError`` for an unknown page size.
    """
    target = Path(path)
    data = render_report_pdf(model, page_size, progress, appendices, lang=lang)
    try:
        atomic_write_bytes(target, data)
    except OSError as exc:
        raise ReportWriteError(target, exc.strerror or str(exc)) from exc
    if progress is not None:
        progress(1.0)
    return target


def _texts(value: object) -> Iterator[str]:
    """Every string of a report in words (dataclasses, lists, tuples and dicts walked; the
    model's own strings are in its lines)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Message):
        yield str(value)
        yield from _texts(list(value.params.values()))
    elif isinstance(value, ReportWords):
        yield from _texts(vars(value))
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            if item.name != "model":
                yield from _texts(getattr(value, item.name))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)


MISSING_GLYPHS = MessageKind(
    "missing_glyphs",
    "{count} character(s) have no glyph in the bundled fonts and are drawn as {mark} in the "
    "PDF: {shown}",
)
MISSING_GLYPHS_MORE = MessageKind(
    "missing_glyphs_more",
    "{count} character(s) have no glyph in the bundled fonts and are drawn as {mark} in the "
    "PDF: {shown} and {more} more",
)


def glyph_findings(model: ReportModel, path: str | Path, lang: Language = "en") -> list[Finding]:
    """A finding naming the characters no bundled font has, drawn as a placeholder in the PDF
    written in ``lang`` at ``path`` (none when every character has a glyph)."""
    missing = missing_characters(_texts(report_text(model, text_for(lang))))
    if not missing:
        return []
    shown = ", ".join(f"'{c}' (U+{ord(c):04X})" for c in missing[:12])
    glyphs = {"count": len(missing), "mark": PLACEHOLDER, "shown": shown}
    if len(missing) > 12:
        message = MISSING_GLYPHS_MORE(more=len(missing) - 12, **glyphs)
    else:
        message = MISSING_GLYPHS(**glyphs)
    return [Finding(str(path), "missing_glyphs", message)]


__all__ = ["PAGE_SIZES", "ReportWriteError", "render_report_pdf", "write_report_pdf"]
