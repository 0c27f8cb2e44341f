"""Where periods sit on a date axis and how a hovered position maps back to one."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from desktop_app.text import text_for
from desktop_app.text.language import Language
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
    """The period from ``start`` to ``end`` (excluded) as a hover names it
    (``Text.period_title``): ``2024-03``, ``2024 Q1``; ``2024년 3월``."""
    last = (end - pd.Timedelta(nanoseconds=1)).date()
    return text_for(lang).period_title(start.date(), last, granularity)
