"""Coded messages: what core has to say, as a kind and its values, never as display text.

A ``MessageKind`` pairs a stable ``code`` (what ``--json`` and tests match on) with its English
template (``{named}`` fields, ``str.format`` specs allowed). The template is also the key of the
gettext catalogue, so the text package (``desktop_app.text``) finds the Korean form by it and
fills in the same values. ``str(message)`` is the English sentence: logs, ``--json`` and the
English interface read it.

A value that is itself words is a ``Term`` (a fixed word with its gettext context) or a nested
``Message``; the text package renders those in the reader's language too. A date is a ``Day``:
an instant, whose date the text package writes in the display zone (the day on the reader's
wall clock, not UTC's). Everything else (numbers, names, file paths) is shown as it is.

``N_`` and ``Np_`` only mark templates for extraction (``scripts/update_catalogue.sh``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

import pandas as pd


def N_(template: str) -> str:
    """Marks ``template`` for the catalogue; returns it unchanged."""
    return template


def Np_(singular: str, plural: str) -> tuple[str, str]:
    """Marks a template with a plural form for the catalogue; returns both unchanged."""
    return singular, plural


@dataclass(frozen=True)
class Term:
    """A fixed word inside a message (``day-first``, ``a folder``), looked up with its
    ``context`` (gettext's msgctxt) so the same English word can read differently."""

    context: str
    word: str

    def __str__(self) -> str:
        return self.word


@dataclass(frozen=True)
class Day:
    """The date of the instant ``at`` (UTC) inside a message: written in the display zone by
    the text package (``Text.message(..., tz=)``), else in ``tz``, the zone its maker knew
    (the analysis' display zone); ``str()`` is ``2024-03-28``."""

    at: pd.Timestamp
    tz: str = "UTC"

    def date_in(self, tz: str | None = None) -> str:
        return f"{self.at.tz_convert(tz or self.tz):%Y-%m-%d}"

    def __str__(self) -> str:
        return self.date_in()


#: Every kind by its code, as defined (a stored message is found again by its code).
_KINDS: dict[str, MessageKind] = {}


@dataclass(frozen=True)
class MessageKind:
    """One kind of message. With ``plural``, the parameter named ``count`` picks the form."""

    code: str
    template: str
    plural: str | None = None

    def __post_init__(self) -> None:
        _KINDS[self.code] = self

    def __call__(self, **params: object) -> Message:
        return Message(self, MappingProxyType(dict(params)))


def kind_of(code: str) -> MessageKind | None:
    """The kind defined with ``code`` (None when no imported module defines it)."""
    return _KINDS.get(code)


def _english(value: object) -> object:
    return str(value) if isinstance(value, Message | Term) else value


@dataclass(frozen=True)
class Message:
    """A ``MessageKind`` with its values; ``str()`` is the English sentence."""

    kind: MessageKind
    params: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    def __hash__(self) -> int:
        """Equal messages hash alike (findings are kept once), by kind and values."""
        return hash((self.kind, tuple(sorted(self.params.items()))))

    @property
    def code(self) -> str:
        return self.kind.code

    def template_for(self, plural: bool) -> str:
        """The English template of the form a count picks."""
        if plural and self.kind.plural is not None:
            return self.kind.plural
        return self.kind.template

    @property
    def count(self) -> int | None:
        """The count that picks the plural form, for kinds that have one."""
        if self.kind.plural is None:
            return None
        value = self.params.get("count")
        return int(value) if isinstance(value, int | float) else None

    def __str__(self) -> str:
        count = self.count
        template = self.template_for(count is not None and count != 1)
        return template.format(**{k: _english(v) for k, v in self.params.items()})


class FileMessageError(Exception):
    """An error about one file (an incident file, the library): ``reason`` is the coded
    message, ``str(err)`` is ``"PATH: reason"`` in English."""

    def __init__(self, path: object, reason: Message) -> None:
        self.file = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class MessageError(ValueError):
    """An error that says why as a coded ``message``; ``str(err)`` is its English sentence."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(str(message))
