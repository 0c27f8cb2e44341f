"""Preferences and remembered things (recent files, header mappings), kept in ``QSettings``.

``QSettings()`` uses the organisation and application names set on the ``QApplication``; tests
redirect it to a temporary folder with ``QSettings.setPath``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import cast

from PySide6.QtCore import QByteArray, QSettings

from desktop_app.core.language import is_language
from desktop_app.core.settings import DEFAULTS, PAGE_SIZES, Settings
from desktop_app.core.window import local_timezone_name
from desktop_app.ui.i18n import current_language
from desktop_app.ui.palette import APPEARANCES

MAX_RECENT = 10


@dataclass(frozen=True)
class Preferences:
    """What the user sets in the Preferences dialog."""

    slo_pct: float = DEFAULTS.slo_pct
    partial_weight: float = DEFAULTS.partial_weight
    degraded_weight: float = DEFAULTS.degraded_weight
    timezone: str = ""
    organisation: str = ""
    reopen_last_files: bool = True
    page_size: str = DEFAULTS.page_size
    notice_hours: float = DEFAULTS.notice_hours
    #: ``en``, ``ko``, or empty to follow the system locale; applied at the next start (the
    #: figures are written in the language the interface started in, ``current_language``).
    language: str = ""
    #: The incident library file; empty means the one in the user data folder.
    library_path: str = ""

    def analysis_settings(self) -> Settings:
        return Settings(
            tz=self.timezone or local_timezone_name(),
            slo_pct=self.slo_pct,
            partial_weight=self.partial_weight,
            degraded_weight=self.degraded_weight,
            page_size=self.page_size,
            notice_hours=self.notice_hours,
            language=current_language(),
        )


CURRENT_SELECTION = "Current selection"
ALL_DATA = "All loaded data"


@dataclass(frozen=True)
class ReportOptions:
    """What the Export PDF dialog asks, remembered between runs. ``period`` is
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
        q, d = self._q, Preferences()
        tz = str(q.value("prefs/timezone", "") or "")
        page = str(q.value("prefs/page_size", d.page_size))
        language = str(q.value("prefs/language", "") or "")
        return Preferences(
            slo_pct=_to_float(q.value("prefs/slo_pct"), d.slo_pct),
            partial_weight=_to_float(q.value("prefs/partial_weight"), d.partial_weight),
            degraded_weight=_to_float(q.value("prefs/degraded_weight"), d.degraded_weight),
            timezone=tz or local_timezone_name(),
            organisation=str(q.value("prefs/organisation", "") or ""),
            reopen_last_files=_to_bool(q.value("prefs/reopen_last_files"), d.reopen_last_files),
            page_size=page if page in PAGE_SIZES else d.page_size,
            notice_hours=_to_float(q.value("prefs/notice_hours"), d.notice_hours),
            language=language if is_language(language) else "",
            library_path=str(q.value("prefs/library_path", "") or ""),
        )

    def set_preferences(self, prefs: Preferences) -> None:
        for name, value in asdict(prefs).items():
            self._q.setValue(f"prefs/{name}", value)
        self._q.sync()

    def report_options(self) -> ReportOptions:
        q, d = self._q, ReportOptions()
        language = str(q.value("report/language", d.language) or "")
        return ReportOptions(
            title=str(q.value("report/title", d.title) or ""),
            organisation=str(q.value("report/organisation", "") or ""),
            period=str(q.value("report/period", d.period) or d.period),
            language=language if is_language(language) else d.language,
            appendices=_to_bool(q.value("report/appendices"), d.appendices),
        )

    def set_report_options(self, options: ReportOptions) -> None:
        for name, value in asdict(options).items():
            self._q.setValue(f"report/{name}", value)
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
