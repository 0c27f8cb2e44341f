"""The command line's words, in the language of ``--lang`` or else the system locale.

Three sources, each looked up through gettext: argparse's own words (usage, "show this help
message and exit", its errors) from their own domain (``argparse``, made from the argparse of
the running Python by ``scripts/catalogue.py``); our help texts and descriptions, written as
``text.gettext(...)`` where the parsers are built; and the commands' own lines on stdout and
stderr (``CliWords``), both from the main catalogue.
"""

from __future__ import annotations

import argparse
import gettext
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from desktop_app.text import Text, text_for
from desktop_app.text.catalogue import ARGPARSE_DOMAIN, locale_dir
from desktop_app.text.language import LANGUAGES, Language, is_language, system_language


def argv_language(argv: Sequence[str]) -> Language:
    """``--lang`` as given in ``argv`` (read before parsing, so the help and argparse's own
    errors are in it), else the system locale's language."""
    for index, arg in enumerate(argv):
        value = arg.removeprefix("--lang=") if arg.startswith("--lang=") else None
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        if is_language(value):
            return value
    return system_language()


def add_language_option(parser: argparse.ArgumentParser, text: Text) -> None:
    """``--lang``: the language of the text, read back with ``chosen_language``."""
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help=text.gettext(
            "language of the text (default: the system locale's; JSON is always the same)"
        ),
    )


def chosen_language(args: argparse.Namespace) -> Language:
    """``--lang``, else the system locale's language."""
    return args.lang or system_language()


def help_texts(parser: argparse.ArgumentParser) -> Iterator[str]:
    """Every description and help text of ``parser`` and its subcommands."""
    if parser.description:
        yield parser.description
    for action in parser._actions:  # argparse keeps no public list of them
        if action.help and action.help != argparse.SUPPRESS:
            yield action.help
        if isinstance(action, argparse._SubParsersAction):
            yield from (choice.help for choice in action._choices_actions if choice.help)
            for sub in action.choices.values():
                yield from help_texts(sub)


@contextmanager
def argparse_words(lang: Language) -> Iterator[None]:
    """argparse's own words in ``lang`` while the block runs.

    argparse asks ``gettext.gettext``, which reads the process's current domain and the
    language from ``LANGUAGE`` (then the locale variables); the block binds argparse's domain
    to our catalogue and names ``lang`` first, and puts both back after."""
    domain, language = gettext.textdomain(), os.environ.get("LANGUAGE")
    gettext.bindtextdomain(ARGPARSE_DOMAIN, locale_dir())
    gettext.textdomain(ARGPARSE_DOMAIN)
    os.environ["LANGUAGE"] = lang
    try:
        yield
    finally:
        gettext.textdomain(domain)
        if language is None:
            os.environ.pop("LANGUAGE", None)
        else:
            os.environ["LANGUAGE"] = language


def parse(
    build: Callable[[Text], argparse.ArgumentParser], argv: Sequence[str]
) -> argparse.Namespace:
    """Build the parser in the language ``argv`` asks for and parse ``argv``: argparse's group
    titles are written when the parser is built, its usage and errors while it parses."""
    lang = argv_language(argv)
    with argparse_words(lang):
        return build(text_for(lang)).parse_args(list(argv))


class CliWords:
    """The commands' own lines on stdout and stderr (a row's reason is the reader's)."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def error(self, message: object) -> str:
        return self.text.gettext("error: {message}").format(message=message)

    def note(self, message: object) -> str:
        return self.text.gettext("note: {message}").format(message=message)

    def rejected(self, path: object, reason: object) -> str:
        return self.text.gettext("rejected: {path}: {reason}").format(path=path, reason=reason)

    def wrote(self, path: object) -> str:
        return self.text.gettext("wrote {path}").format(path=path)

    def line(self, line: int) -> str:
        """What starts a finding about one row: ``line 7: ``."""
        return self.text.gettext("line {line}: ").format(line=line)

    def header_only(self) -> str:
        return self.text.gettext("no incident rows (the file has a header and nothing else)")

    def nothing_imported(self, rows: int, rejected: int) -> str:
        return self.text.gettext(
            "no incident was imported: {rows} rows, {rejected} rejected"
        ).format(rows=rows, rejected=rejected)

    def see_help(self, message: str, prog: str) -> str:
        """How a bad option's message ends, pointing to the help."""
        return self.text.gettext("{message} (see {prog} --help)").format(message=message, prog=prog)

    def no_imports(self, path: object) -> str:
        return self.text.gettext("{path}: no imports yet").format(path=path)

    def no_such_import(self, number: int) -> str:
        return self.text.gettext("there is no import {number} (see `library list`)").format(
            number=number
        )

    def removed(self, number: int, path: str, left: int, restored: int) -> str:
        return self.text.gettext(
            "removed import {number} ({path}): {left} incidents left the library, "
            "{restored} went back to earlier imported values"
        ).format(number=number, path=path, left=left, restored=restored)

    def cannot_write(self, path: object, reason: object) -> str:
        return self.text.gettext("{path}: cannot write ({reason})").format(path=path, reason=reason)


def words_for(args: argparse.Namespace) -> CliWords:
    """The lines in the language the command was asked for."""
    return CliWords(text_for(chosen_language(args)))
