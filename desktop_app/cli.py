"""The one entry point: the GUI by default, ``summary`` and ``report`` without a screen.

Heavy modules (Qt, ReportLab) are imported only by the command that needs them, so the
headless commands start fast and run on machines without a display.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, NoReturn

from desktop_app import VIEW_NAMES, __version__
from desktop_app.core.language import LANGUAGES, Language, system_language
from desktop_app.core.settings import DEFAULTS, GRANULARITY_CHOICES, PAGE_SIZES

if TYPE_CHECKING:
    from desktop_app.core.model import FileImport

COMMANDS = ("summary", "report")


class UsageError(Exception):
    """A command-line value that cannot be used; the message is shown as ``error: ...``."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad option as one ``error:`` line (exit 2), like our own checks."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see {self.prog} --help)")


#: The option that sets each ``Settings`` field.
OPTIONS = {"slo_pct": "--slo", "partial_weight": "--partial-weight"}
OPTIONS["degraded_weight"] = "--degraded-weight"
OPTIONS["notice_hours"] = "--notice-hours"


def _common_parser(prog: str, description: str) -> argparse.ArgumentParser:
    parser = _Parser(prog=prog, description=description)
    parser.add_argument("files", nargs="+", metavar="FILE", help="incident CSV files")
    parser.add_argument(
        "--from", dest="date_from", type=_day, metavar="YYYY-MM-DD", help="first day"
    )
    parser.add_argument(
        "--to", dest="date_to", type=_day, metavar="YYYY-MM-DD", help="last day (included)"
    )
    parser.add_argument("--tz", help="IANA time zone, e.g. Asia/Seoul (default: this machine's)")
    parser.add_argument(
        "--partial-weight",
        type=float,
        default=DEFAULTS.partial_weight,
        metavar="W",
        help=f"share of a partial outage counted as downtime (default {DEFAULTS.partial_weight})",
    )
    parser.add_argument(
        "--degraded-weight",
        type=float,
        default=DEFAULTS.degraded_weight,
        metavar="W",
        help="share of degraded performance counted as downtime "
        f"(default {DEFAULTS.degraded_weight})",
    )
    parser.add_argument(
        "--granularity",
        choices=GRANULARITY_CHOICES,
        default=DEFAULTS.granularity,
        help="period of the trends (auto: day up to 45 days, week to 6 months, month to 3 years)",
    )
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=HEADER",
        help='use column HEADER for FIELD, e.g. --map started_at="Created"',
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
    parser.add_argument(
        "--slo",
        type=float,
        default=DEFAULTS.slo_pct,
        metavar="PCT",
        help=f"availability target in percent (default {DEFAULTS.slo_pct})",
    )
    parser.add_argument(
        "--notice-hours",
        type=float,
        default=DEFAULTS.notice_hours,
        metavar="H",
        help="outages this long or longer are flagged for user notice "
        f"(default {DEFAULTS.notice_hours:g})",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="language of the text (default: the system locale's; JSON is always the same)",
    )
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

    return CLI_MESSAGES[_language(args)]


def _language(args: argparse.Namespace) -> Language:
    """``--lang``, else the system locale's language."""
    return args.lang or system_language()


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
            language=_language(args),
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
    covering = Window.covering(incidents["started_at"], tz)
    try:
        return Window.from_dates(first or covering.start.date(), last or covering.last_day, tz)
    except ValueError as exc:
        raise UsageError(f"--from/--to: {exc}") from None


def _analyse(args: argparse.Namespace):
    """Read the files and compute; returns (ImportResult, Analysis, findings), Analysis None
    when nothing was imported. Shared by both commands."""
    from desktop_app.core.analysis import (
        Selection,
        SelectionTooLargeError,
        analyse,
        check_services,
    )
    from desktop_app.core.model import ReadOptions
    from desktop_app.core.reading.reader import read_incident_files

    tz, findings = _zone(args)
    settings = _settings(args, tz)
    options = ReadOptions(tz=tz, dayfirst=args.dayfirst, mapping=_parse_mapping(args.map))
    imported = read_incident_files(args.files, options, skip_unreadable=True)
    messages = _messages(args)
    for error in imported.failed:
        print(messages["error"].format(error), file=sys.stderr)
    findings = [*findings, *imported.findings]
    if imported.incidents.empty:
        for file in imported.files:
            why = _nothing_imported(file, messages)
            print(messages["error"].format(f"{file.path}: {why}"), file=sys.stderr)
        return imported, None, findings
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
    return imported, analysis, [*findings, *analysis.findings]


def _print_findings(findings: list) -> None:
    for finding in findings:
        where = f"{finding.file}: " if finding.file else ""
        line = f"line {finding.line}: " if finding.line is not None else ""
        print(f"note: {where}{line}{finding.message}", file=sys.stderr)


def _nothing_imported(file: FileImport, messages: dict[str, str]) -> str:
    if file.rows == 0:
        return messages["header_only"]
    first = file.rejected[0] if file.rejected else None
    reason = f"; {first.reason}" if first else ""
    counts = messages["nothing_imported"].format(rows=file.rows, rejected=len(file.rejected))
    return counts + reason


def _print_rejections(imported, messages: dict[str, str]) -> None:
    for file in imported.files:
        for row in file.rejected:
            print(messages["rejected"].format(file.path, row.reason), file=sys.stderr)


def run_summary(argv: Sequence[str]) -> int:
    from desktop_app.core.reporting.summary_text import format_summary_text, summary_json

    args = _summary_parser().parse_args(argv)
    imported, analysis, findings = _analyse(args)
    if analysis is None:
        _print_findings(findings)
        return 1
    if args.json:
        document = summary_json(imported, analysis.metrics, findings, analysis.as_of)
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        print(format_summary_text(imported, analysis.metrics, analysis.settings.language))
        _print_rejections(imported, _messages(args))
        _print_findings(findings)
    return 0


def run_report(argv: Sequence[str]) -> int:
    from desktop_app.core.reporting.report_model import build_report_model
    from desktop_app.core.writing.atomic import refuse_overwriting_inputs
    from desktop_app.report import ReportWriteError, glyph_findings, write_report_pdf

    args = _report_parser().parse_args(argv)
    try:
        refuse_overwriting_inputs(args.output, args.files)
    except ValueError as exc:
        raise UsageError(f"-o: {exc}") from None
    imported, analysis, findings = _analyse(args)
    _print_findings(findings)
    if analysis is None:
        return 1
    model = build_report_model(
        analysis,
        imported,
        title=args.title,
        organisation=args.org,
        lang=analysis.settings.language,
    )
    messages = _messages(args)
    try:
        path = write_report_pdf(model, args.output, page_size=args.page_size)
    except ReportWriteError as exc:
        print(messages["error"].format(exc), file=sys.stderr)
        return 1
    _print_rejections(imported, messages)
    _print_findings(glyph_findings(model, path))
    print(messages["wrote"].format(path))
    return 0


def run_app(argv: Sequence[str]) -> int:
    args = _gui_parser().parse_args(argv)
    if args.smoke:
        from desktop_app.ui.startup.smoke import run_smoke

        return run_smoke()
    from desktop_app.ui.startup.app import run_gui

    return run_gui(list(args.files), screenshot=args.screenshot, view=args.view)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = {"summary": run_summary, "report": run_report}.get(args[0] if args else "")
    try:
        if command is not None:
            return command(args[1:])
        return run_app(args)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
