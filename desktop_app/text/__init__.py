"""Words for people: every number, date, duration, period, term and coded message the app, the
PDF and the CLI show, in English and Korean, from one gettext catalogue.

Core computes and says things as codes (``desktop_app.core.messages``); this package is the
only place that knows about languages. ``text_for("ko").message(finding.message)``.
"""

from __future__ import annotations

from functools import cache

from desktop_app.text.korean import KoreanText
from desktop_app.text.language import Language
from desktop_app.text.render import DASH, Text

__all__ = ["DASH", "KoreanText", "Text", "text_for"]

_RENDERERS: dict[str, type[Text]] = {"ko": KoreanText}


@cache
def text_for(lang: Language) -> Text:
    """The renderer of ``lang`` (English for any language without rules of its own)."""
    return _RENDERERS.get(lang, Text)(lang)
