"""A small hand-made import for the report tests, with figures worked out by hand.

March 2020 in Asia/Seoul (31 days = 44,640 min), two services:
- KakaoStory: one critical full outage 12:00-15:00 on 2 March -> 180 min down.
- KakaoTalk: one major partial outage 08:58-10:17 on 2 March (79 min x 0.3 = 23.7 min down)
  and a 2 h maintenance on 10 March (taken out of the measured time).
Availability: KakaoStory 100 x (1 - 180 / 44,640) = 99.5968 %; KakaoTalk
100 x (1 - 23.7 / 44,520) = 99.9468 %; overall (their mean) 99.7718 %.
"""

from __future__ import annotations

import pandas as pd

from desktop_app.core.analysis import Analysis, Selection, analyse
from desktop_app.core.library.records import STORED
from desktop_app.core.model import INCIDENT_COLUMNS, FileImport, ImportResult, RejectedRow
from desktop_app.core.settings import Settings
from desktop_app.core.window import Window

KOREAN_TITLE = "카카오스토리 시스템 정지 및 긴급 점검"
MARKUP_TITLE = "<b>&<font> 메시지 지연 & 복구"
WINDOW = Window.from_dates("2020-03-01", "2020-03-31", "Asia/Seoul")
SETTINGS = Settings(tz="Asia/Seoul", slo_pct=99.9, partial_weight=0.3)
OVERALL_AVAILABILITY = (100 * (1 - 180 / 44_640) + 100 * (1 - 23.7 / 44_520)) / 2


def incidents(extra: list[dict] | None = None) -> pd.DataFrame:
    rows = [
        (
            "KS-1",
            "KakaoStory",
            KOREAN_TITLE,
            "critical",
            "full_outage",
            "2020-03-02T12:00",
            "2020-03-02T15:00",
            "일시적인 시스템 불안정",
        ),
        (
            "KT-1",
            "KakaoTalk",
            MARKUP_TITLE,
            "major",
            "partial_outage",
            "2020-03-02T08:58",
            "2020-03-02T10:17",
            '=HYPERLINK("x")',
        ),
        (
            "KT-2",
            "KakaoTalk",
            "정기 점검",
            "minor",
            "maintenance",
            "2020-03-10T02:00",
            "2020-03-10T04:00",
            "",
        ),
    ]
    rows += [tuple(r.values()) for r in extra or []]
    frame = pd.DataFrame(
        rows,
        columns=[
            "incident_id",
            "service",
            "title",
            "severity",
            "impact",
            "started_at",
            "resolved_at",
            "cause",
        ],
    )
    for column in ("started_at", "resolved_at"):
        frame[column] = (
            pd.to_datetime(frame[column]).dt.tz_localize("Asia/Seoul").dt.tz_convert("UTC")
        )
    frame["acknowledged_at"] = pd.Series(pd.NaT, index=frame.index, dtype="datetime64[ns, UTC]")
    frame["severity_raw"] = frame["severity"]
    frame["impact_raw"] = frame["impact"]
    frame["source_file"] = "/data/incidents.csv"
    frame["source_line"] = range(2, len(frame) + 2)
    return frame[list(INCIDENT_COLUMNS)].astype(INCIDENT_COLUMNS)


def imported(table: pd.DataFrame | None = None) -> ImportResult:
    table = incidents() if table is None else table
    rejected = [
        RejectedRow(7, STORED(text="started_at '2020-13-45' is not a date")),
        RejectedRow(9, STORED(text="<b>bad</b> & <font> row")),
    ]
    file = FileImport(
        "/data/incidents.csv", "utf-8", ",", len(table) + 2, len(table), 0, {}, rejected, table
    )
    return ImportResult([file], table)


def analysis(table: pd.DataFrame | None = None) -> Analysis:
    table = incidents() if table is None else table
    return analyse(table, Selection(window=WINDOW, granularity="month"), SETTINGS)
