"""Where periods sit on a date axis and how a hovered position maps back to one."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from desktop_app.core.formatting import format_date_range, format_period
from desktop_app.core.language import Language
from desktop_app.ui.plots.style import epoch_seconds


@dataclass(frozen=True)
class PeriodAxis:
    """Period spans in epoch seconds, from ``MetricsResult.periods`` ``start``/``end``."""

    starts: np.ndarray
    ends: np.ndarray

    @classmethod
    def from_periods(cls, periods: pd.DataFrame) -> PeriodAxis:
        return cls(
            epoch_seconds(periods["start"]).to_numpy(), epoch_seconds(periods["end"]).to_numpy()
        )

    @property
    def centres(self) -> np.ndarray:
        return (self.starts + self.ends) / 2.0

    def __len__(self) -> int:
        return len(self.starts)

    def index_at(self, x: float) -> int | None:
        """The period containing ``x``, or None outside every period."""
        index = int(np.searchsorted(self.starts, x, side="right")) - 1
        if 0 <= index < len(self.starts) and x < self.ends[index]:
            return index
        return None


def period_title(
    start: pd.Timestamp, end: pd.Timestamp, granularity: str, lang: Language = "en"
) -> str:
    """``2024-03`` for a month, ``2024 Q1`` for a quarter, else the first and last day; in
    Korean ``2024년 3월``, ``2024년 1분기``, ``2024년 3월 4일 ~ 2024년 3월 10일``."""
    last = (end - pd.Timedelta(nanoseconds=1)).date()
    if lang == "ko":
        whole = granularity in ("month", "quarter") and start.day == 1
        if whole or start.date() == last:
            return format_period(start.date(), granularity if whole else "day", lang)
        return format_date_range(start.date(), last, lang)
    if granularity == "month" and start.day == 1 and start.month == last.month:
        return start.strftime("%Y-%m")
    if granularity == "quarter" and start.day == 1 and start.month % 3 == 1:
        return f"{start.year} Q{(start.month - 1) // 3 + 1}"
    if start.date() == last:
        return start.strftime("%Y-%m-%d")
    return f"{start.strftime('%Y-%m-%d')} – {last.isoformat()}"
