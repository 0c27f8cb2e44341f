"""How much of each impact counts as downtime: the one home of the impact-weight rule."""

from __future__ import annotations

import numpy as np
import pandas as pd

from desktop_app.core.metrics.figures import MetricOptions
from desktop_app.core.model import IMPACTS


def impact_weights(options: MetricOptions) -> tuple[float, ...]:
    """The weight of each impact, in ``IMPACTS`` order: a full outage counts 1, a partial
    outage and degraded performance as set, maintenance 0."""
    by_impact = {
        "full_outage": 1.0,
        "partial_outage": options.partial_weight,
        "degraded": options.degraded_weight,
        "maintenance": 0.0,
    }
    return tuple(by_impact[name] for name in IMPACTS)


def incident_weights(impact: pd.Series, options: MetricOptions) -> np.ndarray:
    """The weight of each incident's impact; 0 for an impact that is not one of ``IMPACTS``."""
    table = np.array(impact_weights(options), dtype=float)
    codes = pd.Categorical(impact, categories=list(IMPACTS)).codes
    return np.where(codes >= 0, table[np.clip(codes, 0, None)], 0.0)
