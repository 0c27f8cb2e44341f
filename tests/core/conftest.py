from __future__ import annotations

import pytest
from metric_tables import make_incidents


@pytest.fixture
def incidents_of():
    """``make_incidents(rows, tz="UTC", acknowledged=None)``, see ``metric_tables``."""
    return make_incidents
