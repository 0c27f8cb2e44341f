"""docs/METHOD.md and the PDF's method page say the same thing."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.reporting.method import method_definitions

METHOD_MD = Path(__file__).resolve().parents[3] / "docs" / "METHOD.md"


def test_every_definition_is_in_method_md_word_for_word():
    document = " ".join(METHOD_MD.read_text(encoding="utf-8").split())
    for term, text in method_definitions():
        assert f"## {term}" in document
        assert text in document


def test_every_figure_is_defined():
    terms = {term for term, _ in method_definitions()}
    assert {"Availability", "Downtime", "Maintenance", "Uptime", "Incidents"} <= terms
    assert {"MTTR", "MTTA", "MTBF", "Periods"} <= terms
