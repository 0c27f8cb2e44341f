"""The one entry point: the GUI by default, ``summary`` and ``report`` without a screen.

Heavy modules (Qt, ReportLab) are imported only by the command that needs them, so the
headless commands start fast and run on machines without a display.

The parsers are in ``cli.options``, ``library`` in ``cli.library``, the words in ``cli.words``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from desktop_app.cli.options import (
    OPTION_REFUSED,
    OPTIONS,
    UsageError,
    gui_parser,
    refused,
    report_parser,
    summary_parser,
)
from desktop_app.cli.words import CliWords, argv_language, chosen_language, parse, words_for
from desktop_app.core.messages import MessageKind
from desktop_app.core.settings import DEFAULT_LIMITS, DEFAULTS, Limits
from desktop_app.text import text_for
from desktop_app.text.language import Language

if TYPE_CHECKING:
    from desktop_app.core.dataset import Reclassification
    from desktop_app.core.metrics.known_spans import StatedSpan
    from desktop_app.core.model import FileImport, ImportResult, ReadOptions

__all__ = ["UsageError", "main"]

WRITE_FIELD_HEADER = MessageKind(
    "write_field_header", "write FIELD=HEADER, e.g. started_at=Created"
)
UNKNOWN_MAP_FIELD = MessageKind("unknown_map_field", "unknown field {field}; fields: {fields}")
FILES_AND_LIBRARY = MessageKind("files_and_library", "give incident files or --library, not both")
NO_INPUT = MessageKind("no_input", "give at least one incident file, or --library")
ZONE_FALLBACK = MessageKind("zone_fallback", "{problem}; using {zone} (choose one with --tz)")


def _parse_mapping(pairs: Sequence[str]) -> dict[str, str]:
    from desktop_app.core.model import FIELDS

    mapping: dict[str, str] = {}
    for pair in pairs:
        field, sep, header = pair.partition("=")
        field, header = field.strip(), header.strip().strip('"')
        if not sep or not header:
            raise UsageError(OPTION_REFUSED(option=f"--map {pair!r}", reason=WRITE_FIELD_HEADER()))
        if field not in FIELDS:
            unknown = UNKNOWN_MAP_FIELD(field=repr(field), fields=", ".join(FIELDS))
            raise UsageError(OPTION_REFUSED(option=f"--map {pair!r}", reason=unknown))
        mapping[field] = header
    return mapping


def _settings(args: argparse.Namespace, tz: str, limits: Limits):
    from desktop_app.core.settings import Settings, SettingsError

    try:
        return Settings(
            tz=tz,
            slo_pct=args.slo_pct,
            partial_weight=args.partial_weight,
            degraded_weight=args.degraded_weight,
            page_size=getattr(args, "page_size", DEFAULTS.page_size),
            notice_hours=args.notice_hours,
            limits=limits,
        ).check()
    except SettingsError as exc:
        raise UsageError(OPTION_REFUSED(option=OPTIONS[exc.name], reason=exc.message)) from None


def _zone(args: argparse.Namespace) -> tuple[str, list]:
    """The zone to use, and a finding when the machine's could not be and UTC stands in."""
    from desktop_app.core.model import Finding
    from desktop_app.core.window import check_timezone, local_zone

    if args.tz:
        try:
            return check_timezone(args.tz), []
        except ValueError as exc:
            raise refused("--tz", exc) from None
    zone = local_zone()
    if zone.problem is None:
        return zone.name, []
    message = ZONE_FALLBACK(problem=zone.problem, zone=zone.name)
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
        raise refused("--from/--to", exc) from None


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
    stated: tuple[StatedSpan, ...] = ()


def _load(args: argparse.Namespace, options: ReadOptions, limits: Limits) -> _Loaded:
    """Read the files, or the library with ``--library``."""
    from desktop_app.core.reading.reader import read_incident_files

    if args.library is not None:
        if args.files:
            raise UsageError(FILES_AND_LIBRARY())
        return _load_library(args)
    if not args.files:
        raise UsageError(NO_INPUT())
    return _Loaded(read_incident_files(args.files, options, skip_unreadable=True, limits=limits))


def _load_library(args: argparse.Namespace) -> _Loaded:
    """The library's incidents (reclassified unless ``--as-imported``); nothing, said on
    stderr, when it cannot be read or is empty."""
    from desktop_app.cli.library import open_chosen
    from desktop_app.core.library.coverage import stated_spans
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
        stated_spans(data.imports, data.edits),
    )


def _analyse(args: argparse.Namespace, limits: Limits):
    """Read the files (or the library) and compute; returns (_Loaded, Analysis, findings),
    Analysis None when nothing was imported. Shared by both commands."""
    from desktop_app.core.analysis import (
        Selection,
        SelectionTooLargeError,
        analyse,
        check_services,
    )

    tz, findings = _zone(args)
    settings = _settings(args, tz, limits)
    loaded = _load(args, _read_options(args, tz), limits)
    settings = replace(settings, service_slo_pct=loaded.targets)
    imported = loaded.imported
    messages, lang = words_for(args), chosen_language(args)
    for error in imported.failed:
        shown = text_for(lang).error(error)
        print(messages.error(shown), file=sys.stderr)
    findings = [*findings, *imported.findings]
    if imported.incidents.empty:
        for file in imported.files:
            why = _nothing_imported(file, messages, lang)
            print(messages.error(f"{file.path}: {why}"), file=sys.stderr)
        return loaded, None, findings
    services = None
    if args.service:
        known = sorted(imported.incidents["service"].dropna().unique())
        try:
            services = check_services(tuple(args.service), known)
        except ValueError as exc:
            raise refused("--service", exc) from None
    selection = Selection(
        window=_window(args, imported.incidents, tz),
        services=services,
        severities=tuple(args.severity) if args.severity else None,
        granularity=args.granularity,
    )
    try:
        analysis = analyse(imported.incidents, selection, settings, stated=loaded.stated)
    except SelectionTooLargeError as exc:
        raise UsageError(exc.message) from None
    return loaded, analysis, [*findings, *analysis.findings]


def _print_findings(findings: list, args: argparse.Namespace) -> None:
    """Each finding on stderr, said in the chosen language."""
    messages, lang = words_for(args), chosen_language(args)
    for finding in findings:
        where = f"{finding.file}: " if finding.file else ""
        line = messages.line(finding.line) if finding.line is not None else ""
        text = f"{where}{line}{text_for(lang).message(finding.message)}"
        print(messages.note(text), file=sys.stderr)


def _nothing_imported(file: FileImport, messages: CliWords, lang: Language) -> str:
    if file.rows == 0:
        return messages.header_only()
    first = file.rejected[0] if file.rejected else None
    reason = f"; {text_for(lang).message(first.reason)}" if first else ""
    counts = messages.nothing_imported(rows=file.rows, rejected=len(file.rejected))
    return counts + reason


def _print_rejections(imported, args: argparse.Namespace) -> None:
    messages, lang = words_for(args), chosen_language(args)
    for file in imported.files:
        for row in file.rejected:
            reason = text_for(lang).message(row.reason)
            print(messages.rejected(file.path, reason), file=sys.stderr)


def run_summary(argv: Sequence[str], limits: Limits = DEFAULT_LIMITS) -> int:
    from desktop_app.cli.summary_table import format_summary_text
    from desktop_app.core.reporting.summary_json import summary_json

    args = parse(summary_parser, argv)
    loaded, analysis, findings = _analyse(args, limits)
    imported = loaded.imported
    if analysis is None:
        _print_findings(findings, args)
        return 1
    if args.json:
        document = summary_json(
            imported, analysis.metrics, findings, analysis.as_of, analysis.known, analysis.open
        )
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        print(format_summary_text(imported, analysis.metrics, chosen_language(args)))
        _print_rejections(imported, args)
        _print_findings(findings, args)
    return 0


def run_report(argv: Sequence[str], limits: Limits = DEFAULT_LIMITS) -> int:
    from desktop_app.core.reporting.report_model import build_report_model
    from desktop_app.core.writing.atomic import refuse_overwriting_inputs
    from desktop_app.report import ReportWriteError, glyph_findings, write_report_pdf

    args = parse(report_parser, argv)
    try:
        refuse_overwriting_inputs(args.output, [*args.files, *_library_files(args)])
    except ValueError as exc:
        raise refused("-o", exc) from None
    loaded, analysis, findings = _analyse(args, limits)
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
    messages = words_for(args)
    lang = chosen_language(args)
    try:
        path = write_report_pdf(model, args.output, page_size=args.page_size, lang=lang)
    except ReportWriteError as exc:
        print(messages.error(exc), file=sys.stderr)
        return 1
    _print_rejections(imported, args)
    _print_findings(glyph_findings(model, path, lang), args)
    print(messages.wrote(path))
    return 0


def _library_files(args: argparse.Namespace) -> list[str]:
    if args.library is None:
        return []
    from desktop_app.core.library.paths import default_library_path, is_url

    if args.library and is_url(args.library):
        return []
    return [args.library or str(default_library_path())]


def run_library(argv: Sequence[str]) -> int:
    from desktop_app.cli.library import run_library as run

    return run(argv, _read_options)


def run_app(argv: Sequence[str]) -> int:
    args = parse(gui_parser, argv)
    if args.smoke:
        from desktop_app.ui.startup.smoke import run_smoke

        return run_smoke()
    from desktop_app.ui.startup.app import run_gui

    return run_gui(
        list(args.files), screenshot=args.screenshot, view=args.view, library=args.library
    )


def main(argv: Sequence[str] | None = None, *, limits: Limits = DEFAULT_LIMITS) -> int:
    """``limits`` bound the figures' commands (tests pass smaller ones)."""
    args = list(sys.argv[1:] if argv is None else argv)
    command = {
        "summary": lambda argv: run_summary(argv, limits),
        "report": lambda argv: run_report(argv, limits),
        "library": run_library,
    }.get(args[0] if args else "")
    try:
        if command is not None:
            return command(args[1:])
        return run_app(args)
    except UsageError as exc:
        lang = argv_language(args)
        text = text_for(lang)
        shown = exc.message if isinstance(exc.message, str) else text.message(exc.message)
        print(CliWords(text).error(shown), file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader went away (``summary ... | head``): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
