"""Every coded message desktop_app defines has a Korean form: each module-level
``MessageKind`` is rendered with stand-in values through ``text_for("ko")`` and must read
differently from its English or be translated in the catalogue (a template that is only
values, ``{path}: {reason}``, reads the same in both). A new kind without Korean fails here,
whichever module defines it."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path
from string import Formatter

import pytest

import desktop_app
from desktop_app.core.messages import MessageKind
from desktop_app.text import text_for

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import catalogue  # noqa: E402

#: Modules that need Qt or start the app; the message kinds live in core, report and the CLI.
_SKIPPED = ("desktop_app.ui", "desktop_app.__main__")


def _kinds() -> dict[str, MessageKind]:
    """Each module-level kind once, by the first name that holds it (``module.NAME``)."""
    named: dict[int, tuple[str, MessageKind]] = {}
    for info in pkgutil.walk_packages(desktop_app.__path__, "desktop_app."):
        if info.name.startswith(_SKIPPED):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, MessageKind):
                key = f"{info.name}.{name}"
                seen = named.get(id(value))
                if seen is None or key < seen[0]:
                    named[id(value)] = (key, value)
    return dict(named.values())


KINDS = _kinds()
KOREAN = catalogue.read(catalogue.po_path("ko"), "ko")


def _translated(kind: MessageKind) -> bool:
    entry = KOREAN.get((kind.template, kind.plural) if kind.plural else kind.template)
    return entry is not None and bool(entry.string)


def test_the_modules_define_many_kinds() -> None:
    assert len(KINDS) > 100


@pytest.mark.parametrize("name", sorted(KINDS))
def test_the_kind_has_korean(name: str) -> None:
    """Rendered with stand-in values (7 fits every spec: ``{count:,}``, ``{share:.0%}``)."""
    kind = KINDS[name]
    fields = {f for _, f, _, _ in Formatter().parse(kind.template) if f}
    message = kind(**dict.fromkeys(fields, 7))
    korean = text_for("ko").message(message)
    assert korean != str(message) or _translated(kind), (name, kind.template)


def test_every_code_names_one_kind() -> None:
    """A stored message is found again by its code (the library keeps reasons so)."""
    by_code: dict[str, set[str]] = {}
    for kind in KINDS.values():
        by_code.setdefault(kind.code, set()).add(kind.template)
    assert {code: t for code, t in by_code.items() if len(t) > 1} == {}
