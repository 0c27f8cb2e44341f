"""The one entry point: the GUI by default, ``summary`` and ``report`` without a screen.

Heavy modules (Qt, ReportLab) are imported only by the command that needs them, so the
headless commands start fast and run on machines without a display.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, NoReturn

from desktop_app import VIEW_NAMES, __version__
from desktop_app.cli_words import (
    SEE_HELP,
    LocalisedParser,
    add_language_option,
    argv_language,
    chosen_language,
)
from desktop_app.core.language import Language
from desktop_app.core.reporting.messages_ko import message_in
from desktop_app.core.settings import DEFAULTS, GRANULARITY_CHOICES, PAGE_SIZES

if TYPE_CHECKING:
    from desktop_app.core.library.view import Reclassification
    from desktop_app.core.model import FileImport, ImportResult, ReadOptions

COMMANDS = ("summary", "report", "library")


class UsageError(Exception):
    """A command-line value that cannot be used; the message is shown as ``error: ...``."""


class _Parser(LocalisedParser):
    """argparse that reports a bad option as one ``error:`` line (exit 2), like our own checks."""

    def error(self, message: str) -> NoReturn:
        shown = message_in(message, self.language)
        raise UsageError(SEE_HELP[self.language].format(message=shown, prog=self.prog))


#: The option that sets each ``Settings`` field.
OPTIONS = {
    "slo_pct": "--slo",
    "partial_weight": "--partial-weight",
    "degraded_weight": "--degraded-weight",
    "notice_hours": "--notice-hours",
}


def _reading_parser() -> argparse.ArgumentParser:
    """How files are read: shared by ``summary``, ``report`` and ``library import``."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--tz", help="IANA time zone, e.g. Asia/Seoul (default: this machine's)")
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=HEADER",
        help='use column HEADER for FIELD, e.g. --map started_at="Created"',
    )
    order = parser.add_mutually_exclusive_group()
    order.add_argument(
        "--dayfirst",
        dest="dayfirst",
        action="store_true",
        default=None,
        help="read ambiguous dates such as 03/04/2020 as day first",
    )
    order.add_argument(
        "--monthfirst",
        dest="dayfirst",
        action="store_false",
        help="read ambiguous dates as month first",
    )
    return parser


def _common_parser(prog: str, description: str) -> argparse.ArgumentParser:
    from desktop_app.cli_library import add_library_option

    parser = _Parser(prog=prog, description=description, parents=[_reading_parser()])
    parser.add_argument("files", nargs="*", metavar="FILE", help="incident CSV files")
    add_library_option(parser, optional_path=True)
    parser.add_argument(
        "--as-imported",
        action="store_true",
        help="with --library: figures without the reclassifications, for comparison",
    )
    parser.add_argument(
        "--from", dest="date_from", type=_day, metavar="YYYY-MM-DD", help="first day"
    )
    parser.add_argument(
        "--to", dest="date_to", type=_day, metavar="YYYY-MM-DD", help="last day (included)"
    )
    parser.add_argument(
        "--partial-weight",
        type=float,
        default=DEFAULTS.partial_weight,
        metavar="W",
        help="share of a partial outage counted as downtime (default %(default)s)",
    )
    parser.add_argument(
        "--degraded-weight",
        type=float,
        default=DEFAULTS.degraded_weight,
        metavar="W",
        help="share of degraded performance counted as downtime (default %(default)s)",
    )
    parser.add_argument(
        "--granularity",
        choices=GRANULARITY_CHOICES,
        default=DEFAULTS.granularity,
        help="period of the trends (auto: day up to 45 days, week to 6 months, month to 3 years)",
    )
    parser.add_argument(
        "--service", action="append", metavar="NAME", help="only this service (repeatable)"
    )
    parser.add_argument(
        "--severity",
        action="append",
        metavar="LEVEL",
        choices=("critical", "major", "minor", "unknown"),
        help="only this severity (repeatable)",
    )
    parser.add_argument(
        "--slo",
        type=float,
        default=DEFAULTS.slo_pct,
        metavar="PCT",
        help="availability target in percent (default %(default)s)",
    )
    parser.add_argument(
        "--notice-hours",
        type=float,
        default=DEFAULTS.notice_hours,
        metavar="H",
        help="outages this long or longer are flagged for user notice (default %(default)g)",
    )
    add_language_option(parser)
    return parser


def _summary_parser() -> argparse.ArgumentParser:
    parser = _common_parser("reliability-desk summary", "Print availability, MTTR and MTBF.")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    return parser


def _report_parser() -> argparse.ArgumentParser:
    parser = _common_parser("reliability-desk report", "Write the executive PDF report.")
    parser.add_argument("-o", "--output", required=True, metavar="PDF", help="where to write")
    parser.add_argument("--title", default="", help="default: the language's report title")
    parser.add_argument("--org", default="", help="organisation shown on the report")
    parser.add_argument("--page-size", choices=PAGE_SIZES, default=DEFAULTS.page_size)
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="reliability-desk",
        description="Open incident CSVs in the app. Commands without a window: "
        + ", ".join(COMMANDS)
        + " (see `reliability-desk summary --help`).",
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="incident CSV files (default: the last session's or the sample)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        help="open the window, wait until every view is drawn, save it, exit",
    )
    parser.add_argument(
        "--view", choices=VIEW_NAMES, default="overview", help="the view shown (with --screenshot)"
    )
    parser.add_argument(
        "--library", metavar="PATH", help="the library file (default: Preferences' or your own)"
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="self-test: load the sample, compute, export a PDF, exit 0 if all ok",
    )
    return parser


def _parse_mapping(pairs: Sequence[str]) -> dict[str, str]:
    from desktop_app.core.model import FIELDS

    mapping: dict[str, str] = {}
    for pair in pairs:
        field, sep, header = pair.partition("=")
        field, header = field.strip(), header.strip().strip('"')
        if not sep or not header:
            raise UsageError(f"--map {pair!r}: write FIELD=HEADER, e.g. started_at=Created")
        if field not in FIELDS:
            raise UsageError(
                f"--map {pair!r}: unknown field {field!r}; fields: {', '.join(FIELDS)}"
            )
        mapping[field] = header
    return mapping


def _day(value: str) -> date:
    """An option's day: ISO format, within the dates the engine supports."""
    from desktop_app.core.window import check_day

    try:
        return check_day(date.fromisoformat(value), "the day")
    except ValueError as exc:
        reason = str(exc) if "supported" in str(exc) else "write the day as YYYY-MM-DD"
        raise argparse.ArgumentTypeError(f"{value!r}: {reason}") from None


def _messages(args: argparse.Namespace) -> dict[str, str]:
    from desktop_app.core.reporting.summary_text import CLI_MESSAGES

    return CLI_MESSAGES[chosen_language(args)]


def _settings(args: argparse.Namespace, tz: str):
    from desktop_app.core.settings import Settings, SettingsError

    try:
        return Settings(
            tz=tz,
            slo_pct=args.slo,
            partial_weight=args.partial_weight,
            degraded_weight=args.degraded_weight,
            page_size=getattr(args, "page_size", DEFAULTS.page_size),
            notice_hours=args.notice_hours,
            language=chosen_language(args),
        ).check()
    except SettingsError as exc:
        raise UsageError(f"{OPTIONS[exc.name]}: {exc.reason}") from None


def _zone(args: argparse.Namespace) -> tuple[str, list]:
    """The zone to use, and a finding when the machine's could not be and UTC stands in."""
    from desktop_app.core.model import Finding
    from desktop_app.core.window import check_timezone, local_zone

    if args.tz:
        try:
            return check_timezone(args.tz), []
        except ValueError as exc:
            raise UsageError(f"--tz: {exc}") from None
    zone = local_zone()
    if zone.problem is None:
        return zone.name, []
    message = f"{zone.problem}; using {zone.name} (choose one with --tz)"
    return zone.name, [Finding("", "local_zone_unknown", message)]


def _window(args: argparse.Namespace, incidents, tz: str):
    from desktop_app.core.window import Window

    first, last = args.date_from, args.date_to
    if first is None and last is None:
        return None
    if first is None or last is None:
        covering = Window.covering(incidents["started_at"], tz)
        first, last = first or covering.start.date(), last or covering.last_day
    try:
        return Window.from_dates(first, last, tz)
    except ValueError as exc:
        raise UsageError(f"--from/--to: {exc}") from None


def _read_options(args: argparse.Namespace, tz: str | None = None) -> ReadOptions:
    """The reading flags (``--tz``, ``--map``, ``--dayfirst``) as ``ReadOptions``; ``tz``
    when the caller has already worked out the zone."""
    from desktop_app.core.model import ReadOptions

    if tz is None:
        tz, _findings = _zone(args)
    return ReadOptions(tz=tz, dayfirst=args.dayfirst, mapping=_parse_mapping(args.map))


@dataclass
class _Loaded:
    """The incidents to analyse; from a library also its reclassifications and targets."""

    imported: ImportResult
    reclassifications: list[Reclassification] | None = None
    targets: tuple[tuple[str, float], ...] = ()


def _load(args: argparse.Namespace, options: ReadOptions) -> _Loaded:
    """Read the files, or the library with ``--library``."""
    from desktop_app.core.reading.reader import read_incident_files

    if args.library is not None:
        if args.files:
            raise UsageError("give incident files or --library, not both")
        return _load_library(args)
    if not args.files:
        raise UsageError("give at least one incident file, or --library")
    return _Loaded(read_incident_files(args.files, options, skip_unreadable=True))


def _load_library(args: argparse.Namespace) -> _Loaded:
    """The library's incidents (reclassified unless ``--as-imported``); nothing, said on
    stderr, when it cannot be read or is empty."""
    from desktop_app.cli_library import open_chosen
    from desktop_app.core.library.loaded import load_library
    from desktop_app.core.library.store import LibraryError
    from desktop_app.core.model import ImportResult, empty_incidents

    try:
        with open_chosen(args.library, write=False) as library:
            data = load_library(library)
    except LibraryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return _Loaded(ImportResult([], empty_incidents()))
    if data.empty:
        print(f"error: {data.path}: the library has no incidents yet", file=sys.stderr)
    as_imported = args.as_imported
    return _Loaded(
        data.import_result(as_imported=as_imported),
        [] if as_imported else data.reclassifications(),
        data.targets(as_imported=as_imported),
    )


def _analyse(args: argparse.Namespace):
    """Read the files (or the library) and compute; returns (_Loaded, Analysis, findings),
    Analysis None when nothing was imported. Shared by both commands."""
    from desktop_app.core.analysis import (
        Selection,
        SelectionTooLargeError,
        analyse,
        check_services,
    )

    tz, findings = _zone(args)
    settings = _settings(args, tz)
    loaded = _load(args, _read_options(args, tz))
    settings = replace(settings, service_slo_pct=loaded.targets)
    imported = loaded.imported
    messages, lang = _messages(args), chosen_language(args)
    for error in imported.failed:
        shown = f"{error.path}: {message_in(error.reason, lang)}"
        print(messages["error"].format(shown), file=sys.stderr)
    findings = [*findings, *imported.findings]
    if imported.incidents.empty:
        for file in imported.files:
            why = _nothing_imported(file, messages, lang)
            print(messages["error"].format(f"{file.path}: {why}"), file=sys.stderr)
        return loaded, None, findings
    services = None
    if args.service:
        known = sorted(imported.incidents["service"].dropna().unique())
        try:
            services = check_services(tuple(args.service), known)
        except ValueError as exc:
            raise UsageError(f"--service: {exc}") from None
    selection = Selection(
        window=_window(args, imported.incidents, tz),
        services=services,
        severities=tuple(args.severity) if args.severity else None,
        granularity=args.granularity,
    )
    try:
        analysis = analyse(imported.incidents, selection, settings)
    except SelectionTooLargeError as exc:
        raise UsageError(str(exc)) from None
    return loaded, analysis, [*findings, *analysis.findings]


def _print_findings(findings: list, args: argparse.Namespace) -> None:
    """Each finding on stderr, said in the chosen language."""
    messages, lang = _messages(args), chosen_language(args)
    for finding in findings:
        where = f"{finding.file}: " if finding.file else ""
        line = messages["line"].format(finding.line) if finding.line is not None else ""
        text = f"{where}{line}{message_in(finding.message, lang)}"
        print(messages["note"].format(text), file=sys.stderr)


def _nothing_imported(file: FileImport, messages: dict[str, str], lang: Language) -> str:
    if file.rows == 0:
        return messages["header_only"]
    first = file.rejected[0] if file.rejected else None
    reason = f"; {message_in(first.reason, lang)}" if first else ""
    counts = messages["nothing_imported"].format(rows=file.rows, rejected=len(file.rejected))
    return counts + reason


def _print_rejections(imported, args: argparse.Namespace) -> None:
    messages, lang = _messages(args), chosen_language(args)
    for file in imported.files:
        for row in file.rejected:
            reason = message_in(row.reason, lang)
            print(messages["rejected"].format(file.path, reason), file=sys.stderr)


def run_summary(argv: Sequence[str]) -> int:
    from desktop_app.core.reporting.summary_text import format_summary_text, summary_json

    args = _summary_parser().parse_args(argv)
    loaded, analysis, findings = _analyse(args)
    imported = loaded.imported
    if analysis is None:
        _print_findings(findings, args)
        return 1
    if args.json:
        document = summary_json(imported, analysis.metrics, findings, analysis.as_of)
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        print(format_summary_text(imported, analysis.metrics, analysis.settings.language))
        _print_rejections(imported, args)
        _print_findings(findings, args)
    return 0


def run_report(argv: Sequence[str]) -> int:
    from desktop_app.core.reporting.report_model import build_report_model
    from desktop_app.core.writing.atomic import refuse_overwriting_inputs
    from desktop_app.report import ReportWriteError, glyph_findings, write_report_pdf

    args = _report_parser().parse_args(argv)
    try:
        refuse_overwriting_inputs(args.output, [*args.files, *_library_files(args)])
    except ValueError as exc:
        raise UsageError(f"-o: {exc}") from None
    loaded, analysis, findings = _analyse(args)
    imported = loaded.imported
    _print_findings(findings, args)
    if analysis is None:
        return 1
    model = build_report_model(
        analysis,
        imported,
        title=args.title,
        organisation=args.org,
        reclassifications=loaded.reclassifications,
    )
    messages = _messages(args)
    lang = analysis.settings.language
    try:
        path = write_report_pdf(model, args.output, page_size=args.page_size, lang=lang)
    except ReportWriteError as exc:
        print(messages["error"].format(exc), file=sys.stderr)
        return 1
    _print_rejections(imported, args)
    _print_findings(glyph_findings(model, path, lang), args)
    print(messages["wrote"].format(path))
    return 0


def _library_files(args: argparse.Namespace) -> list[str]:
    if args.library is None:
        return []
    from desktop_app.core.library.paths import default_library_path

    return [args.library or str(default_library_path())]


def run_library(argv: Sequence[str]) -> int:
    from desktop_app.cli_library import run_library as run

    return run(argv, _reading_parser(), _read_options)


def run_app(argv: Sequence[str]) -> int:
    args = _gui_parser().parse_args(argv)
    if args.smoke:
        from desktop_app.ui.startup.smoke import run_smoke

        return run_smoke()
    from desktop_app.ui.startup.app import run_gui

    return run_gui(
        list(args.files), screenshot=args.screenshot, view=args.view, library=args.library
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = {"summary": run_summary, "report": run_report, "library": run_library}.get(
        args[0] if args else ""
    )
    try:
        if command is not None:
            return command(args[1:])
        return run_app(args)
    except UsageError as exc:
        from desktop_app.core.reporting.summary_text import CLI_MESSAGES

        lang = argv_language(args)
        print(CLI_MESSAGES[lang]["error"].format(message_in(str(exc), lang)), file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader went away (``summary ... | head``): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
