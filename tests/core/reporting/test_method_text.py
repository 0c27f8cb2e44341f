"""docs/METHOD.md and the PDF's method page (and every tooltip) say the same thing."""

from __future__ import annotations

import re
from pathlib import Path

from desktop_app.core.settings import Settings
from desktop_app.text import text_for
from desktop_app.text.method import TERMS
from desktop_app.text.method import definition as definition_in
from desktop_app.text.method import method_definitions as definitions_in

ENGLISH = text_for("en")


def method_definitions(settings: Settings | None = None) -> list[tuple[str, str]]:
    return definitions_in(ENGLISH, settings or Settings())


def definition(key: str, settings: Settings) -> str:
    return definition_in(ENGLISH, key, settings)


METHOD_MD = Path(__file__).resolve().parents[3] / "docs" / "METHOD.md"


def _sections(markdown: str) -> dict[str, str]:
    parts = re.split(r"^## (.+)$", markdown, flags=re.MULTILINE)[1:]
    pairs = zip(parts[::2], parts[1::2], strict=True)
    return {term.strip(): " ".join(body.split()) for term, body in pairs}


def test_method_md_is_the_method_page_word_for_word():
    sections = _sections(METHOD_MD.read_text(encoding="utf-8"))
    assert sections == dict(method_definitions())


def test_every_figure_is_defined():
    terms = {term for term, _ in method_definitions()}
    assert {"Availability", "Downtime", "Maintenance", "Uptime", "Incidents"} <= terms
    assert {"MTTR", "MTTR trend", "MTTA", "MTBF", "Error budget", "Periods"} <= terms
    assert set(TERMS.values()) <= terms


def test_the_mttr_trend_is_explained_in_two_sentences():
    text = dict(method_definitions())["MTTR trend"]
    assert text.count(". ") + 1 == 2
    assert "do not overlap" in text and "no clear change" in text


def test_a_tooltip_quotes_the_method_page_with_the_weights_in_use():
    settings = Settings(partial_weight=0.5)
    assert definition("downtime_minutes", settings) == (
        f"Downtime: {dict(method_definitions(settings))['Downtime']}"
    )
    assert "a partial outage 0.5" in definition("downtime", settings)
