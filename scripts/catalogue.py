"""Keep the gettext catalogues (resources/locale/<lang>/LC_MESSAGES/<domain>.po) in step with
the code: extract every template and term from desktop_app/ (Babel) into ``reliability_desk``,
and argparse's own words from the argparse module of the running Python into ``argparse``;
merge them into each language's .po (translations kept, strings the code no longer has
dropped), compile the .mo the app loads, and list what still needs a translation (exit status 1
while anything does).

    .venv/bin/python scripts/catalogue.py          # or scripts/update_catalogue.sh

The test suite (tests/text/test_catalogue.py) fails when the .po or .mo is out of date.
"""

from __future__ import annotations

import argparse
import io
import sys
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir, extract_python
from babel.messages.extract import extract as extract_source
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "resources" / "locale"
DOMAIN = "reliability_desk"
#: argparse's own strings (usage, "show this help message and exit", its errors).
ARGPARSE_DOMAIN = "argparse"
LANGUAGES = ("ko",)

#: What marks a string for the catalogue: gettext's names (called on a ``Text`` too), core's
#: ``MessageKind(code, template[, plural])``, ``Term(context, word)`` and the ``N_``/``Np_``
#: markers.
KEYWORDS = {
    **DEFAULT_KEYWORDS,
    "MessageKind": {2: (2,), 3: (2, 3)},
    "Term": ((1, "c"), 2),
    "N_": None,
    "Np_": (1, 2),
}


def _python(fileobj, keywords, comment_tags, options):  # type: ignore[no-untyped-def]
    """Babel's Python extractor, without the empty argument a trailing comma adds (``ruff
    format`` writes one after the last argument of a call split over lines, and Babel would
    then read ``MessageKind(code, template,)`` as a template with an empty plural)."""
    for lineno, funcname, messages, comments in extract_python(
        fileobj, keywords, comment_tags, options
    ):
        if isinstance(messages, tuple):
            while len(messages) > 1 and messages[-1] is None:
                messages = messages[:-1]
        yield lineno, funcname, messages, comments


def extract() -> Catalog:
    """Every template the code has, as a catalogue without translations."""
    template = Catalog(domain=DOMAIN, project="Reliability Desk", fuzzy=False)
    found = extract_from_dir(
        ROOT / "desktop_app",
        method_map=[("**.py", _python)],
        keywords=KEYWORDS,
        strip_comment_tags=True,
    )
    for filename, lineno, message, comments, context in found:
        template.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return template


def extract_argparse() -> Catalog:
    """Every string the running Python's argparse looks up through gettext."""
    template = Catalog(domain=ARGPARSE_DOMAIN, project="Reliability Desk", fuzzy=False)
    source = Path(argparse.__file__)
    with source.open("rb") as handle:
        found = extract_source("python", handle, keywords={"_": None, "ngettext": (1, 2)})
        for lineno, message, comments, _context in found:
            template.add(message, None, [(source.name, lineno)], auto_comments=comments)
    return template


#: Each domain and how its strings are found.
EXTRACTORS = {DOMAIN: extract, ARGPARSE_DOMAIN: extract_argparse}


def po_path(lang: str, domain: str = DOMAIN) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{domain}.po"


#: Fixed header dates: the .po changes only when a string does.
_HEADER_DATE = datetime(2026, 1, 1, tzinfo=UTC)


def _stable_header(catalog: Catalog) -> Catalog:
    catalog.project, catalog.version = "Reliability Desk", ""
    catalog.copyright_holder, catalog.msgid_bugs_address = "Reliability Desk", ""
    catalog.last_translator, catalog.language_team = "", ""
    catalog.creation_date = catalog.revision_date = _HEADER_DATE
    catalog.header_comment = "# The catalogue of Reliability Desk (see scripts/catalogue.py)."
    return catalog


def read(path: Path, lang: str) -> Catalog:
    domain = path.stem
    if not path.exists():
        return _stable_header(Catalog(locale=lang, domain=domain, fuzzy=False))
    with path.open("rb") as handle:
        return _stable_header(read_po(handle, locale=lang, domain=domain))


def keys(catalog: Catalog) -> set[tuple[object, str | None]]:
    return {(m.id, m.context) for m in catalog if m.id}


def untranslated(catalog: Catalog) -> list[Message]:
    """Entries without a translation (every plural form counted), or marked fuzzy."""

    def done(message: Message) -> bool:
        strings = message.string if isinstance(message.string, tuple | list) else [message.string]
        return all(strings) and not message.fuzzy

    return [m for m in catalog if m.id and not done(m)]


def compiled(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def po_text(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_po(buffer, catalog, omit_header=False, sort_output=True, no_location=True, width=100)
    return buffer.getvalue()


def update(lang: str, template: Catalog, domain: str = DOMAIN) -> list[Message]:
    path = po_path(lang, domain)
    catalog = read(path, lang)
    catalog.update(template, no_fuzzy_matching=True)
    catalog.obsolete.clear()
    _stable_header(catalog)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(po_text(catalog))
    path.with_suffix(".mo").write_bytes(compiled(read(path, lang)))
    return untranslated(catalog)


def main() -> int:
    missing = 0
    for domain, extractor in EXTRACTORS.items():
        template = extractor()
        for lang in LANGUAGES:
            todo = update(lang, template, domain)
            shown = po_path(lang, domain).relative_to(ROOT)
            for message in todo:
                context = f"[{message.context}] " if message.context else ""
                print(f"{shown}: needs {lang}: {context}{message.id!r}")
            missing += len(todo)
    print(f"{missing} untranslated" if missing else "every string is translated")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
