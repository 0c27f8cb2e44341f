"""The one gettext catalogue is in step with the code and complete: every template, term and
message core or the text package has is in each language's .po with a translation, and the
compiled .mo the app loads is the .po's. If this fails, run scripts/catalogue.py and translate
what it lists."""

from __future__ import annotations

import contextlib
import re
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


def test_the_compiled_argparse_catalogue_is_current() -> None:
    for lang in catalogue.LANGUAGES:
        path = catalogue.po_path(lang, catalogue.ARGPARSE_DOMAIN)
        expected = catalogue.compiled(catalogue.read(path, lang))
        assert path.with_suffix(".mo").read_bytes() == expected, "run scripts/catalogue.py"


#: Commands whose ``--help`` or error shows argparse's own words: every help page, a bad
#: number, a bad choice, a missing value, an unknown option, a missing option, two options
#: that exclude each other, an ambiguous abbreviation and a subcommand's missing argument.
ARGPARSE_SHOWN = (
    ["summary", "--help"],
    ["report", "--help"],
    ["--help"],
    ["library", "--help"],
    ["library", "import", "--help"],
    ["summary", "a.csv", "--slo", "x"],
    ["summary", "a.csv", "--granularity", "hour"],
    ["summary", "a.csv", "--tz"],
    ["summary", "a.csv", "--bogus"],
    ["report", "a.csv"],
    ["summary", "a.csv", "--dayfirst", "--monthfirst"],
    ["summary", "a.csv", "--s", "x"],
    ["library", "remove"],
)


def _argparse_phrases() -> set[str]:
    """The words of the running Python's argparse between its placeholders (``%(prog)s``,
    ``%s``), those with a word in them."""
    phrases = set()
    for message in catalogue.extract_argparse():
        for msgid in message.id if isinstance(message.id, tuple) else (message.id,):
            for part in re.split(r"%(?:\(\w+\))?[srd]", msgid or ""):
                if re.search(r"[a-z]{3}", part):
                    phrases.add(part.strip())
    return phrases


def _shown(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    from desktop_app.cli import main

    with contextlib.suppress(SystemExit):
        main(argv)
    captured = capsys.readouterr()
    return captured.out + captured.err


def test_argparse_words_shown_are_korean(capsys: pytest.CaptureFixture[str]) -> None:
    """Whatever argparse version runs, none of its English words is left in a Korean help
    page or usage error; the same pages in English do show them (the check finds English)."""
    phrases = _argparse_phrases()
    english = "\n".join(_shown(argv, capsys) for argv in ARGPARSE_SHOWN)
    korean = "\n".join(_shown([*argv, "--lang", "ko"], capsys) for argv in ARGPARSE_SHOWN)
    assert {"usage:", "options", "show this help message and exit"} <= {
        p for p in phrases if p in english
    }
    assert sorted(p for p in phrases if p in korean) == []
