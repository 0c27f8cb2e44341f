"""``reliability-desk library import|list|remove|reread|coverage|export|copy``: the library
without a window."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop_app.cli.options import (
    UsageError,
    add_library_option,
    add_setting,
    reading_parser,
    refused,
)
from desktop_app.cli.words import add_language_option, chosen_language, parse, words_for
from desktop_app.core.library.store import (
    IN_USE_READ_ONLY,
    Library,
    LibraryError,
    open_library,
)
from desktop_app.core.messages import MessageKind
from desktop_app.text import Text, text_for

if TYPE_CHECKING:
    from desktop_app.core.library.records import ImportRecord
    from desktop_app.core.model import ReadOptions

COVERAGE_NEEDS_DAYS = MessageKind(
    "coverage_needs_days", "give both --from and --to (the first and last day covered), or --reset"
)


def open_chosen(path: str | None, *, write: bool, wait: float = 0.0) -> Library:
    return open_library(path or None, write=write, wait=wait)


def library_parser(text: Text) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reliability-desk library",
        description=text.gettext("Keep incidents across exports: import, list, remove, export."),
    )
    actions = parser.add_subparsers(dest="action", required=True)
    importing = actions.add_parser(
        "import", parents=[reading_parser(text)], help=text.gettext("import incident CSV files")
    )
    importing.add_argument("files", nargs="+", metavar="FILE")
    listing = actions.add_parser("list", help=text.gettext("imports and their row accounting"))
    listing.add_argument(
        "--json", action="store_true", help=text.gettext("print one JSON document")
    )
    removing = actions.add_parser("remove", help=text.gettext("take an import out of the library"))
    removing.add_argument("id", type=int, metavar="ID")
    rereading = actions.add_parser(
        "reread",
        parents=[reading_parser(text)],
        help=text.gettext(
            "read an import again with other options (time zone, day/month order, mapping), "
            "keeping its edits"
        ),
    )
    rereading.add_argument("id", type=int, metavar="IMPORT_ID")
    covering = actions.add_parser(
        "coverage",
        help=text.gettext("state the span an import covers, e.g. all of 2024 (or --reset)"),
    )
    covering.add_argument("id", type=int, metavar="IMPORT_ID")
    covering.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    covering.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    covering.add_argument(
        "--reset",
        action="store_true",
        help=text.gettext("back to the span of the times written in the import"),
    )
    covering.add_argument(
        "--reason", default="", help=text.gettext("why, recorded with the change")
    )
    add_setting(covering, "tz", text, default=None)
    exporting = actions.add_parser(
        "export", help=text.gettext("every incident and edit, as Parquet or CSV")
    )
    exporting.add_argument("--format", choices=("parquet", "csv"), required=True)
    exporting.add_argument("-o", "--output", required=True, metavar="PATH")
    copying = actions.add_parser(
        "copy",
        help=text.gettext("copy a library into an empty one: a file into a server and back"),
    )
    copying.add_argument("source", metavar="SRC", help=text.gettext("a library file or URL"))
    copying.add_argument(
        "target", metavar="DST", help=text.gettext("an empty (or new) library file or URL")
    )
    for sub in (importing, listing, removing, rereading, covering, exporting):
        add_library_option(sub, text, optional_path=False)
    for sub in (importing, removing, rereading, covering):
        sub.add_argument(
            "--wait",
            type=float,
            default=0.0,
            metavar="SECONDS",
            help=text.gettext("wait up to SECONDS for another copy writing the library file"),
        )
    for sub in (importing, listing, removing, rereading, covering, exporting, copying):
        add_language_option(sub, text)
    return parser


def _error(args: argparse.Namespace, message: str) -> None:
    print(words_for(args).error(message), file=sys.stderr)


def run_library(argv: Sequence[str], make_options) -> int:
    """``make_options(args)`` turns the shared reading flags into ``ReadOptions``."""
    args = parse(library_parser, argv)
    if args.action == "copy":
        return _copy(args)
    try:
        library = open_chosen(
            args.library, write=args.action != "list", wait=getattr(args, "wait", 0.0)
        )
    except LibraryError as exc:
        _error(args, text_for(chosen_language(args)).error(exc))
        return 1
    with library:
        why = library.read_only_reason
        if why is not None and args.action != "list":
            text = text_for(chosen_language(args))
            _error(args, f"{library.path}: {text.message(why)}")
            if why.kind is IN_USE_READ_ONLY:
                print(
                    text.gettext("To wait for it, run again with --wait SECONDS."), file=sys.stderr
                )
            return 1
        try:
            return _ACTIONS[args.action](library, args, make_options)
        except LibraryError as exc:
            _error(args, text_for(chosen_language(args)).error(exc))
            return 1


def _import(library: Library, args: argparse.Namespace, make_options) -> int:
    from desktop_app.core.library.imports import import_files

    outcomes = import_files(library, args.files, make_options(args))
    lang = chosen_language(args)
    for outcome in outcomes:
        if outcome.status == "failed":
            _error(args, text_for(lang).message(outcome.describe()))
            continue
        print(text_for(lang).message(outcome.describe()))
        record = outcome.record
        if outcome.status == "imported" and record is not None:
            _print_rejected_and_findings(record, args)
    return 1 if any(o.status == "failed" for o in outcomes) else 0


def _print_rejected_and_findings(record, args: argparse.Namespace) -> None:
    """An import's rejected rows and findings, on stderr."""
    text = text_for(chosen_language(args))
    for row in record.rejected:
        print(words_for(args).rejected(record.path, text.message(row.reason)), file=sys.stderr)
    for finding in record.findings:
        message = text.message(finding.message)
        print(words_for(args).note(f"{record.path}: {message}"), file=sys.stderr)


def _reading_options(record: ImportRecord, args: argparse.Namespace) -> ReadOptions:
    """The import's reading options with the flags given (``--tz``, ``--dayfirst``/
    ``--monthfirst``, ``--map``) put in; the others stay as the import was read."""
    from desktop_app.cli import _parse_mapping
    from desktop_app.core.library.reread import options_of
    from desktop_app.core.window import check_timezone

    tz = None
    if args.tz is not None:
        try:
            tz = check_timezone(args.tz)
        except ValueError as exc:
            raise refused("--tz", exc) from None
    mapping = _parse_mapping(args.map) if args.map else None
    return options_of(record, tz=tz, dayfirst=args.dayfirst, mapping=mapping)


def _reread(library: Library, args: argparse.Namespace, make_options) -> int:
    from desktop_app.core.library.imports import list_imports
    from desktop_app.core.library.reread import (
        REREAD,
        UNKNOWN_IMPORT,
        RereadError,
        reread_import,
    )
    from desktop_app.core.model import IncidentFileError

    text = text_for(chosen_language(args))
    record = next((r for r in list_imports(library) if r.id == args.id), None)
    if record is None:
        _error(args, text.message(UNKNOWN_IMPORT(id=args.id)))
        return 1
    try:
        done = reread_import(library, args.id, _reading_options(record, args))
    except (RereadError, IncidentFileError) as exc:
        _error(args, text.error(exc))
        return 1
    print(text.message(REREAD(id=args.id, accounting=done.after.accounting())))
    _print_rejected_and_findings(done.after, args)
    return 0


def _coverage(library: Library, args: argparse.Namespace, make_options) -> int:
    from desktop_app.cli import _zone
    from desktop_app.core.library.coverage import (
        COVERAGE_RESET,
        COVERAGE_STATED,
        set_coverage,
    )
    from desktop_app.core.library.edits import EditError
    from desktop_app.core.library.imports import list_imports
    from desktop_app.core.library.reread import RereadError

    text = text_for(chosen_language(args))
    stated = None
    if not args.reset:
        if args.date_from is None or args.date_to is None:
            raise UsageError(COVERAGE_NEEDS_DAYS())
        tz, _findings = _zone(args)
        stated = _stated(args, tz)
    try:
        set_coverage(library, list_imports(library), args.id, stated, args.reason)
    except (EditError, RereadError) as exc:
        _error(args, text.error(exc))
        return 1
    if stated is None:
        print(text.message(COVERAGE_RESET(id=args.id)))
    else:
        shown = {"first": stated.first.isoformat(), "last": stated.last.isoformat()}
        print(text.message(COVERAGE_STATED(id=args.id, tz=stated.tz, **shown)))
    return 0


def _stated(args: argparse.Namespace, tz: str):
    from desktop_app.core.library.coverage import StatedCoverage
    from desktop_app.core.window import Window

    try:
        window = Window.from_dates(args.date_from, args.date_to, tz)
    except ValueError as exc:
        raise refused("--from/--to", exc) from None
    return StatedCoverage(window.start.date(), window.last_day, tz)


def _list(library: Library, args: argparse.Namespace, make_options) -> int:
    from desktop_app.core.library.imports import list_imports

    records = list_imports(library)
    if args.json:
        document = [
            {
                "id": r.id,
                "path": r.path,
                "size": r.size,
                "sha256": r.sha256,
                "imported_at": r.imported_at.isoformat(),
                "options": r.options,
                "rows": r.rows,
                "imported": r.imported,
                "duplicates": r.duplicates,
                "rejected": len(r.rejected),
                "new": r.new,
                "updated": r.updated,
                "unchanged": r.unchanged,
                "findings": [f.to_json() for f in r.findings],
            }
            for r in records
        ]
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    if not records:
        print(words_for(args).no_imports(library.path))
    for r in records:
        accounting = text_for(chosen_language(args)).message(r.accounting())
        print(f"{r.id:>4}  {r.imported_at:%Y-%m-%d %H:%M} UTC  {r.path}\n      {accounting}")
    return 0


def _remove(library: Library, args: argparse.Namespace, make_options) -> int:
    from desktop_app.core.library.imports import remove_import

    try:
        removed = remove_import(library, args.id)
    except KeyError:
        words = words_for(args)
        print(words.error(words.no_such_import(args.id)), file=sys.stderr)
        return 1
    print(
        words_for(args).removed(
            args.id, removed.record.path, left=removed.left, restored=removed.restored
        )
    )
    return 0


def _export(library: Library, args: argparse.Namespace, make_options) -> int:
    from desktop_app.core.library.export import export_library
    from desktop_app.core.library.loaded import load_library

    try:
        path = export_library(load_library(library), args.output, args.format)
    except OSError as exc:
        words = words_for(args)
        print(words.error(words.cannot_write(args.output, exc.strerror or exc)), file=sys.stderr)
        return 1
    print(words_for(args).wrote(path))
    return 0


def _copy(args: argparse.Namespace) -> int:
    from desktop_app.core.library.copy import copy_library

    text = text_for(chosen_language(args))
    try:
        with (
            open_chosen(args.source, write=False) as source,
            open_chosen(args.target, write=True) as target,
        ):
            copied = copy_library(source, target)
    except LibraryError as exc:
        _error(args, text.error(exc))
        return 1
    print(text.message(copied.describe()))
    return 0


_ACTIONS = {
    "import": _import,
    "list": _list,
    "remove": _remove,
    "reread": _reread,
    "coverage": _coverage,
    "export": _export,
}
