"""The commands' parsers. The settings among their options are made from the schema
(``core.settings.SETTINGS``): each setting's flag, default, choices and help come from there;
every help text is written through ``text.gettext`` so it is read in the chosen language."""

from __future__ import annotations

import argparse
from datetime import date
from typing import NoReturn

from desktop_app import VIEW_NAMES, __version__
from desktop_app.cli.words import CliWords, add_language_option
from desktop_app.core.messages import Message, MessageError, MessageKind
from desktop_app.core.settings import SETTING, SETTINGS
from desktop_app.text import Text

#: The option that sets each ``Settings`` field.
OPTIONS = {item.name: item.option for item in SETTINGS if item.option}


OPTION_REFUSED = MessageKind("option_refused", "{option}: {reason}")
WRITE_THE_DAY = MessageKind("write_the_day", "write the day as YYYY-MM-DD")
VALUE_REFUSED = MessageKind("value_refused", "'{value}': {reason}")
#: A day refused by ``day`` by its English text: argparse passes on only that text.
_DAY_REFUSALS: dict[str, Message] = {}


class UsageError(Exception):
    """A command-line value that cannot be used; ``message`` is shown as ``error: ...``."""

    def __init__(self, message: Message | str) -> None:
        self.message = message
        super().__init__(str(message))


def refused(option: str, exc: Exception) -> UsageError:
    """``--tz: <the reason>``: an option's value refused by core."""
    reason = exc.message if isinstance(exc, MessageError) else str(exc)
    return UsageError(OPTION_REFUSED(option=option, reason=reason))


class CommandParser(argparse.ArgumentParser):
    """argparse that reports a bad option as one ``error:`` line (exit 2), like our own checks,
    in the language of ``text``."""

    def __init__(self, *args: object, text: Text, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.text = text
        self.language = text.lang

    def error(self, message: str) -> NoReturn:
        for english, refusal in _DAY_REFUSALS.items():
            message = message.replace(english, self.text.message(refusal))
        raise UsageError(CliWords(self.text).see_help(message, self.prog))


def add_setting(
    parser: argparse.ArgumentParser, name: str, text: Text, **overrides: object
) -> None:
    """The option of the setting ``name``: its flag, type, default, choices and help from the
    schema (``overrides`` for a command whose default differs, e.g. ``--tz``'s)."""
    item = SETTING[name]
    assert item.option is not None, name
    kwargs: dict[str, object] = {
        "dest": item.name,
        "default": item.default,
        "help": text.gettext(item.help),
    }
    if item.choices is not None:
        kwargs["choices"] = item.choices
    elif item.type is not str:
        kwargs["type"] = item.type
    if item.metavar is not None:
        kwargs["metavar"] = item.metavar
    parser.add_argument(item.option, **{**kwargs, **overrides})  # type: ignore[arg-type]


def reading_parser(text: Text) -> argparse.ArgumentParser:
    """How files are read: shared by ``summary``, ``report`` and ``library import``."""
    parser = argparse.ArgumentParser(add_help=False)
    add_setting(parser, "tz", text, default=None)
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=HEADER",
        help=text.gettext('use column HEADER for FIELD, e.g. --map started_at="Created"'),
    )
    order = parser.add_mutually_exclusive_group()
    order.add_argument(
        "--dayfirst",
        dest="dayfirst",
        action="store_true",
        default=None,
        help=text.gettext("read ambiguous dates such as 03/04/2020 as day first"),
    )
    order.add_argument(
        "--monthfirst",
        dest="dayfirst",
        action="store_false",
        help=text.gettext("read ambiguous dates as month first"),
    )
    return parser


def add_library_option(parser: argparse.ArgumentParser, text: Text, *, optional_path: bool) -> None:
    """``--library [PATH|URL]``: the user's library, the file at PATH, or a server library at a
    ``postgresql://`` URL (never taken for a file name)."""
    kwargs = {"nargs": "?", "const": ""} if optional_path else {"default": ""}
    parser.add_argument(
        "--library",
        metavar="PATH|URL",
        help=text.gettext(
            "the library file (default: the one in your user data folder), or a team "
            "library on a server: postgresql://user@host/database"
        ),
        **kwargs,  # type: ignore[arg-type]
    )


def figures_parser(prog: str, description: str, text: Text) -> CommandParser:
    """The options of the commands that compute figures (``summary``, ``report``)."""
    parser = CommandParser(
        prog=prog, description=description, parents=[reading_parser(text)], text=text
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help=text.gettext("incident CSV files"))
    add_library_option(parser, text, optional_path=True)
    parser.add_argument(
        "--as-imported",
        action="store_true",
        help=text.gettext("with --library: figures without the reclassifications, for comparison"),
    )
    days = (
        ("--from", "date_from", text.gettext("first day")),
        ("--to", "date_to", text.gettext("last day (included)")),
    )
    for flag, dest, shown in days:
        parser.add_argument(flag, dest=dest, type=day, metavar="YYYY-MM-DD", help=shown)
    add_setting(parser, "partial_weight", text)
    add_setting(parser, "degraded_weight", text)
    add_setting(parser, "granularity", text)
    parser.add_argument(
        "--service",
        action="append",
        metavar="NAME",
        help=text.gettext("only this service (repeatable)"),
    )
    parser.add_argument(
        "--severity",
        action="append",
        metavar="LEVEL",
        choices=("critical", "major", "minor", "unknown"),
        help=text.gettext("only this severity (repeatable)"),
    )
    add_setting(parser, "slo_pct", text)
    add_setting(parser, "notice_hours", text)
    add_language_option(parser, text)
    return parser


def summary_parser(text: Text) -> argparse.ArgumentParser:
    parser = figures_parser(
        "reliability-desk summary", text.gettext("Print availability, MTTR and MTBF."), text
    )
    parser.add_argument("--json", action="store_true", help=text.gettext("print one JSON document"))
    return parser


def report_parser(text: Text) -> argparse.ArgumentParser:
    parser = figures_parser(
        "reliability-desk report", text.gettext("Write the executive PDF report."), text
    )
    parser.add_argument(
        "-o", "--output", required=True, metavar="PDF", help=text.gettext("where to write")
    )
    parser.add_argument(
        "--title", default="", help=text.gettext("default: the language's report title")
    )
    parser.add_argument("--org", default="", help=text.gettext("organisation shown on the report"))
    add_setting(parser, "page_size", text)
    return parser


def gui_parser(text: Text) -> argparse.ArgumentParser:
    parser = CommandParser(
        prog="reliability-desk",
        description=text.gettext(
            "Open incident CSVs in the app. Commands without a window: summary, report, "
            "library (see `reliability-desk summary --help`)."
        ),
        text=text,
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help=text.gettext("incident CSV files (default: the last session's or the sample)"),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=text.gettext("show program's version number and exit"),
    )
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        help=text.gettext("open the window, wait until every view is drawn, save it, exit"),
    )
    parser.add_argument(
        "--view",
        choices=VIEW_NAMES,
        default="overview",
        help=text.gettext("the view shown (with --screenshot)"),
    )
    parser.add_argument(
        "--library",
        metavar="PATH|URL",
        help=text.gettext(
            "the library file or postgresql:// address (default: Preferences' or your own)"
        ),
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=text.gettext("self-test: load the sample, compute, export a PDF, exit 0 if all ok"),
    )
    return parser


def day(value: str) -> date:
    """An option's day: ISO format, within the dates the engine supports."""
    from desktop_app.core.window import THE_DAY, check_day

    try:
        return check_day(date.fromisoformat(value), THE_DAY)
    except ValueError as exc:
        reason = exc.message if isinstance(exc, MessageError) else WRITE_THE_DAY()
        refusal = VALUE_REFUSED(value=value, reason=reason)
        _DAY_REFUSALS[str(refusal)] = refusal
        raise argparse.ArgumentTypeError(str(refusal)) from None
