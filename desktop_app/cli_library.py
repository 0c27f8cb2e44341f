"""``reliability-desk library import|list|remove|export``: the library without a window."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from desktop_app.core.library.store import Library, LibraryError, open_library

ACTIONS = ("import", "list", "remove", "export")


def add_library_option(parser: argparse.ArgumentParser, *, optional_path: bool) -> None:
    """``--library [PATH]``: the user's library, or the one at PATH."""
    kwargs = {"nargs": "?", "const": ""} if optional_path else {"default": ""}
    parser.add_argument(
        "--library",
        metavar="PATH",
        help="the library file (default: the one in your user data folder)",
        **kwargs,  # type: ignore[arg-type]
    )


def open_chosen(path: str | None, *, write: bool) -> Library:
    return open_library(path or None, write=write)


def _parser(read_options: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reliability-desk library",
        description="Keep incidents across exports: import, list, remove, export.",
    )
    actions = parser.add_subparsers(dest="action", required=True)
    importing = actions.add_parser(
        "import", parents=[read_options], help="import incident CSV files"
    )
    importing.add_argument("files", nargs="+", metavar="FILE")
    listing = actions.add_parser("list", help="imports and their row accounting")
    listing.add_argument("--json", action="store_true", help="print one JSON document")
    removing = actions.add_parser("remove", help="take an import out of the library")
    removing.add_argument("id", type=int, metavar="ID")
    exporting = actions.add_parser("export", help="every incident and edit, as Parquet or CSV")
    exporting.add_argument("--format", choices=("parquet", "csv"), required=True)
    exporting.add_argument("-o", "--output", required=True, metavar="PATH")
    for sub in (importing, listing, removing, exporting):
        add_library_option(sub, optional_path=False)
    return parser


def run_library(argv: Sequence[str], read_options: argparse.ArgumentParser, make_options) -> int:
    """``make_options(args)`` turns the shared reading flags into ``ReadOptions``."""
    args = _parser(read_options).parse_args(argv)
    try:
        library = open_chosen(args.library, write=args.action != "list")
    except LibraryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    with library:
        if library.read_only and args.action != "list":
            print(f"error: {library.path}: {library.read_only_reason}", file=sys.stderr)
            return 1
        try:
            return _ACTIONS[args.action](library, args, make_options)
        except LibraryError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1


def _import(library: Library, args: argparse.Namespace, make_options) -> int:
    from desktop_app.core.library.imports import import_files

    outcomes = import_files(library, args.files, make_options(args))
    for outcome in outcomes:
        stream = sys.stderr if outcome.status == "failed" else sys.stdout
        prefix = "error: " if outcome.status == "failed" else ""
        print(f"{prefix}{outcome.describe()}", file=stream)
        record = outcome.record
        if outcome.status == "imported" and record is not None:
            for row in record.rejected:
                print(f"rejected: {record.path}: {row.reason}", file=sys.stderr)
            for finding in record.findings:
                print(f"note: {record.path}: {finding.message}", file=sys.stderr)
    return 1 if any(o.status == "failed" for o in outcomes) else 0


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
        print(f"{library.path}: no imports yet")
    for r in records:
        print(f"{r.id:>4}  {r.imported_at:%Y-%m-%d %H:%M} UTC  {r.path}\n      {r.accounting()}")
    return 0


def _remove(library: Library, args: argparse.Namespace, make_options) -> int:
    from desktop_app.core.library.imports import remove_import

    try:
        removed = remove_import(library, args.id)
    except KeyError:
        print(f"error: there is no import {args.id} (see `library list`)", file=sys.stderr)
        return 1
    print(
        f"removed import {args.id} ({removed.record.path}): {removed.left} incidents left the "
        f"library, {removed.restored} went back to earlier imported values"
    )
    return 0


def _export(library: Library, args: argparse.Namespace, make_options) -> int:
    from desktop_app.core.library.export import export_library
    from desktop_app.core.library.loaded import load_library

    try:
        path = export_library(load_library(library), args.output, args.format)
    except OSError as exc:
        print(f"error: {args.output}: cannot write ({exc.strerror or exc})", file=sys.stderr)
        return 1
    print(f"wrote {path}")
    return 0


_ACTIONS = {"import": _import, "list": _list, "remove": _remove, "export": _export}
