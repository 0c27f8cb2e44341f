"""The one entry point: the GUI by default, ``summary`` and ``report`` without a screen.

Heavy modules (Qt, ReportLab) are imported only by the command that needs them, so the
headless commands start fast and run on machines without a display.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app import __version__
from desktop_app.core.settings import DEFAULTS, GRANULARITIES, PAGE_SIZES, REPORT_TITLE

if TYPE_CHECKING:
    from desktop_app.core.analysis import Analysis
    from desktop_app.core.library.view import Reclassification
    from desktop_app.core.model import FileImport, ImportResult, ReadOptions

COMMANDS = ("summary", "report", "library")
VIEWS = ("overview", "timeline", "incidents", "services")


class UsageError(Exception):
    """A command-line value that cannot be used; the message is shown as ``error: ...``."""


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

    parser = argparse.ArgumentParser(
        prog=prog, description=description, parents=[_reading_parser()]
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="incident CSV files")
    add_library_option(parser, optional_path=True)
    parser.add_argument(
        "--as-imported",
        action="store_true",
        help="with --library: figures without the reclassifications, for comparison",
    )
    parser.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="first day")
    parser.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last day (included)")
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
    parser.add_argument("--granularity", choices=GRANULARITIES, default=DEFAULTS.granularity)
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
        "--view", choices=VIEWS, default="overview", help="the view shown (with --screenshot)"
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


def _read_options(args: argparse.Namespace) -> ReadOptions:
    from desktop_app.core.model import ReadOptions
    from desktop_app.core.window import check_timezone, local_timezone_name

    try:
        tz = check_timezone(args.tz or local_timezone_name())
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    return ReadOptions(tz=tz, dayfirst=args.dayfirst, mapping=_parse_mapping(args.map))


@dataclass
class _Loaded:
    """The incidents to analyse; from a library also its reclassifications and targets."""

    imported: ImportResult
    reclassifications: list[Reclassification] | None = None
    targets: tuple[tuple[str, float], ...] = ()


def _load(args: argparse.Namespace, options: ReadOptions) -> _Loaded | None:
    """Read the files, or the library with ``--library``; None (said on stderr) when there is
    nothing to analyse."""
    from desktop_app.core.reading.reader import read_incident_files

    if args.library is not None:
        if args.files:
            raise UsageError("give incident files or --library, not both")
        return _load_library(args)
    if not args.files:
        raise UsageError("give at least one incident file, or --library")
    imported = read_incident_files(args.files, options, skip_unreadable=True)
    for error in imported.failed:
        print(f"error: {error}", file=sys.stderr)
    if imported.incidents.empty:
        for file in imported.files:
            print(f"error: {file.path}: {_nothing_imported(file)}", file=sys.stderr)
        return None
    return _Loaded(imported)


def _load_library(args: argparse.Namespace) -> _Loaded | None:
    from desktop_app.cli_library import open_chosen
    from desktop_app.core.library.loaded import load_library
    from desktop_app.core.library.store import LibraryError

    try:
        with open_chosen(args.library, write=False) as library:
            data = load_library(library)
    except LibraryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None
    if data.empty:
        print(f"error: {data.path}: the library has no incidents yet", file=sys.stderr)
        return None
    as_imported = args.as_imported
    return _Loaded(
        data.import_result(as_imported=as_imported),
        [] if as_imported else data.reclassifications(),
        data.targets(as_imported=as_imported),
    )


def _analyse(args: argparse.Namespace) -> tuple[_Loaded, Analysis] | None:
    """Read and compute; shared by both commands. None when there is nothing to analyse."""
    from desktop_app.core.analysis import Selection, analyse
    from desktop_app.core.settings import Settings
    from desktop_app.core.window import Window

    options = _read_options(args)
    tz = options.tz
    loaded = _load(args, options)
    if loaded is None:
        return None
    incidents = loaded.imported.incidents
    window = None
    if args.date_from or args.date_to:
        covering = Window.covering(incidents["started_at"], tz)
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
        service_slo_pct=loaded.targets,
    )
    return loaded, analyse(incidents, selection, settings)


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
    analysed = _analyse(args)
    if analysed is None:
        return 1
    imported, analysis = analysed[0].imported, analysed[1]
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
    analysed = _analyse(args)
    if analysed is None:
        return 1
    loaded, analysis = analysed
    imported = loaded.imported
    model = build_report_model(
        analysis,
        imported,
        title=args.title,
        organisation=args.org,
        reclassifications=loaded.reclassifications,
    )
    try:
        path = write_report_pdf(model, args.output, page_size=args.page_size)
    except ReportWriteError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    _print_rejections(imported)
    print(f"wrote {path}")
    return 0


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
        print(f"error: {exc}", file=sys.stderr)
        return 2
