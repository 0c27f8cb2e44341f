"""Preferences and remembered things (recent files, header mappings), kept in ``QSettings``.

``QSettings()`` uses the organisation and application names set on the ``QApplication``; tests
redirect it to a temporary folder with ``QSettings.setPath``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import cast

from PySide6.QtCore import QByteArray, QSettings

from desktop_app.core.messages import N_
from desktop_app.core.settings import Setting, Settings, schema_of, setting, setting_like
from desktop_app.core.window import local_timezone_name
from desktop_app.text.language import LANGUAGES, is_language
from desktop_app.ui.palette import APPEARANCES

MAX_RECENT = 10


@dataclass(frozen=True)
class Preferences:
    """What the user sets in the Preferences dialog, in the order it shows them: the settings
    that change figures (their defaults and rules are ``core.settings``'), then the app's own.
    Each is kept under ``prefs/<key>`` and gets its widget from its type and rules."""

    slo_pct: float = setting_like("slo_pct")
    partial_weight: float = setting_like("partial_weight")
    degraded_weight: float = setting_like("degraded_weight")
    notice_hours: float = setting_like("notice_hours")
    #: Empty: this machine's zone.
    timezone: str = setting_like("tz", default="")
    organisation: str = setting("", N_("Organisation:"), N_("Shown on PDF reports"))
    page_size: str = setting_like("page_size")
    #: ``en``, ``ko``, or empty to follow the system locale; applied at the next start (the
    #: figures are written in the language the interface started in, ``current_language``).
    language: str = setting(
        "",
        N_("Language:"),
        N_("A new language applies when Reliability Desk is restarted."),
        choices=("", *LANGUAGES),
    )
    reopen_last_files: bool = setting(True, N_("Reopen the last files at start"), "")
    #: The incident library file or server URL; empty means the file in the user data folder.
    library_path: str = setting(
        "",
        N_("Library file:"),
        N_(
            "The incident library: a DuckDB file, or a team library on a server, "
            "postgresql://user@host/database (its password from ~/.pgpass, never kept here). "
            "Empty: the file in your user data folder."
        ),
    )

    def analysis_settings(self) -> Settings:
        return Settings(
            tz=self.timezone or local_timezone_name(),
            slo_pct=self.slo_pct,
            partial_weight=self.partial_weight,
            degraded_weight=self.degraded_weight,
            page_size=self.page_size,
            notice_hours=self.notice_hours,
        )


PREFERENCES: tuple[Setting, ...] = schema_of(Preferences)


CURRENT_SELECTION = "Current selection"
ALL_DATA = "All loaded data"


@dataclass(frozen=True)
class ReportOptions:
    """What the Export PDF dialog asks, remembered between runs (all but the title). ``period`` is
    ``CURRENT_SELECTION``, ``ALL_DATA`` or a period preset (``core.analysis.PRESETS``);
    an empty ``title`` is the report language's default title, an empty ``organisation``
    the one in Preferences, an empty ``language`` the interface's."""

    title: str = ""
    organisation: str = ""
    period: str = CURRENT_SELECTION
    language: str = ""
    appendices: bool = True


def _to_float(value: object, default: float) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def _to_bool(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return default if value is None else bool(value)


def _to_list(value: object) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in cast("Iterable[object]", value)]  # QSettings gives a list


def _key(item: Setting) -> str:
    return f"prefs/{item.key}"


def _stored(item: Setting, value: object) -> object:
    """A kept preference as its type; its default when it is missing or not one of its
    choices."""
    if value is None:
        return item.default
    if item.type is float:
        return _to_float(value, item.default)  # type: ignore[arg-type]
    if item.type is bool:
        return _to_bool(value, bool(item.default))
    text = str(value or "")
    return item.default if item.choices is not None and text not in item.choices else text


def headers_key(headers: Sequence[str]) -> str:
    """A settings key for a tuple of headers (files with the same headers share a mapping)."""
    blob = json.dumps(list(headers), ensure_ascii=False).encode("utf-8")
    return hashlib.sha1(blob).hexdigest()


class AppSettings:
    """Typed access to the app's ``QSettings``."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings()

    @classmethod
    def scratch(cls, folder: str | Path) -> AppSettings:
        """Default settings kept in ``folder``: for runs that must neither read nor change
        the user's (``--screenshot``, ``--smoke``), so a screenshot of a file never becomes
        the "last session" the next normal start reopens."""
        ini = Path(folder) / "settings.ini"
        return cls(QSettings(str(ini), QSettings.Format.IniFormat))

    def sync(self) -> None:
        self._q.sync()

    def preferences(self) -> Preferences:
        stored = {item.name: _stored(item, self._q.value(_key(item))) for item in PREFERENCES}
        prefs = Preferences(**stored)  # type: ignore[arg-type]
        return replace(prefs, timezone=prefs.timezone or local_timezone_name())

    def set_preferences(self, prefs: Preferences) -> None:
        for item in PREFERENCES:
            self._q.setValue(_key(item), getattr(prefs, item.name))
        self._q.sync()

    def report_options(self) -> ReportOptions:
        q, d = self._q, ReportOptions()
        language = str(q.value("report/language", d.language) or "")
        return ReportOptions(
            organisation=str(q.value("report/organisation", "") or ""),
            period=str(q.value("report/period", d.period) or d.period),
            language=language if is_language(language) else d.language,
            appendices=_to_bool(q.value("report/appendices"), d.appendices),
        )

    def set_report_options(self, options: ReportOptions) -> None:
        """Remember the choices for the next report, but not its title: a title names a
        period or a service, and the next report's default title follows its selection."""
        for name, value in asdict(options).items():
            if name != "title":
                self._q.setValue(f"report/{name}", value)
        self._q.remove("report/title")
        self._q.sync()

    def appearance(self) -> str:
        value = str(self._q.value("app/appearance", APPEARANCES[0]))
        return value if value in APPEARANCES else APPEARANCES[0]

    def set_appearance(self, appearance: str) -> None:
        self._q.setValue("app/appearance", appearance)

    def recent_files(self) -> list[str]:
        return _to_list(self._q.value("files/recent"))

    def add_recent_files(self, paths: Sequence[str]) -> None:
        recent = [p for p in self.recent_files() if p not in paths]
        self._q.setValue("files/recent", (list(paths) + recent)[:MAX_RECENT])

    def clear_recent_files(self) -> None:
        self._q.remove("files/recent")

    def last_files(self) -> list[str]:
        return _to_list(self._q.value("files/last"))

    def set_last_files(self, paths: Sequence[str]) -> None:
        self._q.setValue("files/last", list(paths))

    def mapping_for(self, headers: Sequence[str]) -> dict[str, str] | None:
        raw = self._q.value(f"mappings/{headers_key(headers)}")
        if not raw:
            return None
        try:
            stored = json.loads(str(raw))
        except json.JSONDecodeError:
            return None
        if stored.get("headers") != list(headers):
            return None
        return {str(k): str(v) for k, v in stored.get("mapping", {}).items()}

    def remember_mapping(self, headers: Sequence[str], mapping: dict[str, str]) -> None:
        blob = json.dumps({"headers": list(headers), "mapping": mapping}, ensure_ascii=False)
        self._q.setValue(f"mappings/{headers_key(headers)}", blob)

    def is_first_run(self) -> bool:
        return not _to_bool(self._q.value("app/first_run_done"), False)

    def mark_first_run_done(self) -> None:
        self._q.setValue("app/first_run_done", True)

    def bytes_value(self, key: str) -> QByteArray | None:
        value = self._q.value(f"window/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes_value(self, key: str, value: QByteArray) -> None:
        self._q.setValue(f"window/{key}", value)
