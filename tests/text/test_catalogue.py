"""The one gettext catalogue is in step with the code and complete: every template, term and
message core or the text package has is in each language's .po with a translation, and the
compiled .mo the app loads is the .po's. If this fails, run scripts/catalogue.py and translate
what it lists."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import catalogue  # noqa: E402


@pytest.fixture(scope="module")
def template():
    return catalogue.extract()


@pytest.mark.parametrize("lang", catalogue.LANGUAGES)
def test_the_po_has_exactly_the_codes_strings(template, lang: str) -> None:
    committed = catalogue.read(catalogue.po_path(lang), lang)
    found, kept = catalogue.keys(template), catalogue.keys(committed)
    assert sorted(map(str, found - kept)) == [], "strings missing from the .po"
    assert sorted(map(str, kept - found)) == [], "strings in the .po the code no longer has"


@pytest.mark.parametrize("lang", catalogue.LANGUAGES)
def test_every_string_has_a_translation(lang: str) -> None:
    committed = catalogue.read(catalogue.po_path(lang), lang)
    assert [m.id for m in catalogue.untranslated(committed)] == []


@pytest.mark.parametrize("lang", catalogue.LANGUAGES)
def test_the_compiled_catalogue_is_current(lang: str) -> None:
    path = catalogue.po_path(lang)
    expected = catalogue.compiled(catalogue.read(path, lang))
    assert path.with_suffix(".mo").read_bytes() == expected, "run scripts/catalogue.py"


def test_every_placeholder_survives_translation() -> None:
    """A translation names the same fields as its English template (no lost or invented
    values)."""
    from string import Formatter

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in Formatter().parse(text) if name}

    for lang in catalogue.LANGUAGES:
        for message in catalogue.read(catalogue.po_path(lang), lang):
            if not message.id:
                continue
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            english = set().union(*(fields(i) for i in ids))
            for string in strings:
                assert fields(string) <= english | {"month"}, (message.id, string)
