"""The one entry point: the GUI by default, ``summary`` and ``report`` without a screen.

Heavy modules (Qt, ReportLab) are imported only by the command that needs them, so the
headless commands start fast and run on machines without a display.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop_app import VIEW_NAMES, __version__
from desktop_app.core.settings import DEFAULTS, GRANULARITY_CHOICES, PAGE_SIZES, REPORT_TITLE

if TYPE_CHECKING:
    from desktop_app.core.model import FileImport

COMMANDS = ("summary", "report")


class UsageError(Exception):
    """A command-line value that cannot be used; the message is shown as ``error: ...``."""


def _common_parser(prog: str, description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("files", nargs="+", metavar="FILE", help="incident CSV files")
    parser.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="first day")
    parser.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last day (included)")
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
    return parser


def _summary_parser() -> argparse.ArgumentParser:
    parser = _common_parser("reliability-desk summary", "Print availability, MTTR and MTBF.")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    return parser


def _report_parser() -> argparse.ArgumentParser:
    parser = _common_parser("reliability-desk report", "Write the executive PDF report.")
    parser.add_argument("-o", "--output", required=True, metavar="PDF", help="where to write")
    parser.add_argument("--title", default=REPORT_TITLE)
    parser.add_argument("--org", default="", help="organisation shown on the report")
    parser.add_argument("--page-size", choices=PAGE_SIZES, default=DEFAULTS.page_size)
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
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


def _analyse(args: argparse.Namespace):
    """Read the files and compute; returns (ImportResult, Analysis). Shared by both commands."""
    from desktop_app.core.analysis import Selection, analyse
    from desktop_app.core.model import ReadOptions
    from desktop_app.core.reading.reader import read_incident_files
    from desktop_app.core.settings import Settings
    from desktop_app.core.window import Window, check_timezone, local_timezone_name

    try:
        tz = check_timezone(args.tz or local_timezone_name())
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    options = ReadOptions(tz=tz, dayfirst=args.dayfirst, mapping=_parse_mapping(args.map))
    imported = read_incident_files(args.files, options, skip_unreadable=True)
    for error in imported.failed:
        print(f"error: {error}", file=sys.stderr)
    if imported.incidents.empty:
        for file in imported.files:
            print(f"error: {file.path}: {_nothing_imported(file)}", file=sys.stderr)
        return imported, None
    window = None
    if args.date_from or args.date_to:
        covering = Window.covering(imported.incidents["started_at"], tz)
        try:
            window = Window.from_dates(
                args.date_from or covering.start.date(), args.date_to or covering.last_day, tz
            )
        except ValueError as exc:
            raise UsageError(f"--from/--to: {exc}") from exc
    selection = Selection(
        window=window,
        services=tuple(args.service) if args.service else None,
        severities=tuple(args.severity) if args.severity else None,
        granularity=args.granularity,
    )
    settings = Settings(
        tz=tz,
        slo_pct=args.slo,
        partial_weight=args.partial_weight,
        degraded_weight=args.degraded_weight,
        page_size=getattr(args, "page_size", DEFAULTS.page_size),
    )
    return imported, analyse(imported.incidents, selection, settings)


def _nothing_imported(file: FileImport) -> str:
    if file.rows == 0:
        return "no incident rows (the file has a header and nothing else)"
    first = file.rejected[0] if file.rejected else None
    reason = f"; {first.reason}" if first else ""
    return f"no incident was imported: {file.rows} rows, {len(file.rejected)} rejected{reason}"


def _print_rejections(imported) -> None:
    for file in imported.files:
        for row in file.rejected:
            print(f"rejected: {file.path}: {row.reason}", file=sys.stderr)


def run_summary(argv: Sequence[str]) -> int:
    from desktop_app.core.reporting.summary_text import format_summary_text, summary_json

    args = _summary_parser().parse_args(argv)
    imported, analysis = _analyse(args)
    if analysis is None:
        return 1
    if args.json:
        print(json.dumps(summary_json(imported, analysis.metrics), ensure_ascii=False, indent=2))
    else:
        print(format_summary_text(imported, analysis.metrics))
        _print_rejections(imported)
    return 0


def run_report(argv: Sequence[str]) -> int:
    from desktop_app.core.reporting.report_model import build_report_model
    from desktop_app.report import ReportWriteError, write_report_pdf

    args = _report_parser().parse_args(argv)
    imported, analysis = _analyse(args)
    if analysis is None:
        return 1
    model = build_report_model(analysis, imported, title=args.title, organisation=args.org)
    try:
        path = write_report_pdf(model, args.output, page_size=args.page_size)
    except ReportWriteError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    _print_rejections(imported)
    print(f"wrote {path}")
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
