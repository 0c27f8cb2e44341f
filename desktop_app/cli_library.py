"""``reliability-desk library import|list|remove|export``: the library without a window."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from desktop_app.cli_words import LocalisedParser, add_language_option, chosen_language
from desktop_app.core.language import Language
from desktop_app.core.library.store import Library, LibraryError, open_library
from desktop_app.core.reporting.summary_text import CLI_MESSAGES
from desktop_app.text import text_for

#: The library commands' own lines, per language, beside the CLI's shared ones
#: (``CLI_MESSAGES``); core's coded messages are rendered by the text package.
_WORDS: dict[Language, dict[str, str]] = {
    "en": {
        "no_imports": "{}: no imports yet",
        "no_such": "there is no import {} (see `library list`)",
        "removed": "removed import {id} ({path}): {left} incidents left the library, "
        "{restored} went back to earlier imported values",
        "cannot_write": "{}: cannot write ({})",
    },
    "ko": {
        "no_imports": "{}: 아직 가져온 파일 없음",
        "no_such": "가져오기 {}이(가) 없습니다(`library list`로 확인)",
        "removed": "가져오기 {id} 제거({path}): 장애 {left}건이 라이브러리에서 빠지고 "
        "{restored}건은 이전에 가져온 값으로 돌아감",
        "cannot_write": "{}: 쓸 수 없음({})",
    },
}

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
    parser = LocalisedParser(
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
        add_language_option(sub)
    return parser


def _say(args: argparse.Namespace, key: str, *parts: object, **named: object) -> str:
    lang = chosen_language(args)
    return {**CLI_MESSAGES[lang], **_WORDS[lang]}[key].format(*parts, **named)


def _error(args: argparse.Namespace, message: str) -> None:
    print(_say(args, "error", message), file=sys.stderr)


def run_library(argv: Sequence[str], read_options: argparse.ArgumentParser, make_options) -> int:
    """``make_options(args)`` turns the shared reading flags into ``ReadOptions``."""
    args = _parser(read_options).parse_args(argv)
    try:
        library = open_chosen(args.library, write=args.action != "list")
    except LibraryError as exc:
        _error(args, text_for(chosen_language(args)).error(exc))
        return 1
    with library:
        why = library.read_only_reason
        if why is not None and args.action != "list":
            reason = text_for(chosen_language(args)).message(why)
            _error(args, f"{library.path}: {reason}")
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
            for row in record.rejected:
                reason = text_for(lang).message(row.reason)
                print(_say(args, "rejected", record.path, reason), file=sys.stderr)
            for finding in record.findings:
                message = text_for(lang).message(finding.message)
                print(_say(args, "note", f"{record.path}: {message}"), file=sys.stderr)
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
        print(_say(args, "no_imports", library.path))
    for r in records:
        accounting = text_for(chosen_language(args)).message(r.accounting())
        print(f"{r.id:>4}  {r.imported_at:%Y-%m-%d %H:%M} UTC  {r.path}\n      {accounting}")
    return 0


def _remove(library: Library, args: argparse.Namespace, make_options) -> int:
    from desktop_app.core.library.imports import remove_import

    try:
        removed = remove_import(library, args.id)
    except KeyError:
        print(_say(args, "error", _say(args, "no_such", args.id)), file=sys.stderr)
        return 1
    print(
        _say(
            args,
            "removed",
            id=args.id,
            path=removed.record.path,
            left=removed.left,
            restored=removed.restored,
        )
    )
    return 0


def _export(library: Library, args: argparse.Namespace, make_options) -> int:
    from desktop_app.core.library.export import export_library
    from desktop_app.core.library.loaded import load_library

    try:
        path = export_library(load_library(library), args.output, args.format)
    except OSError as exc:
        problem = _say(args, "cannot_write", args.output, exc.strerror or exc)
        print(_say(args, "error", problem), file=sys.stderr)
        return 1
    print(_say(args, "wrote", path))
    return 0


_ACTIONS = {"import": _import, "list": _list, "remove": _remove, "export": _export}
