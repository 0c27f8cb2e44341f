"""Property tests: nothing but IncidentFileError escapes, and rows always add up."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.model import IncidentFileError
from desktop_app.core.reading.reader import read_incident_file

SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
CELLS = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "2020-03-02 08:00",
            "2020-03-02T09:00:00Z",
            "02/03/2020",
            "1970-01-01",
            "P1",
            "outage",
            "",
            '"',
            "\n",
            "=1+1",
            "2020. 3. 2. 오후 8:58",
        ]
    ),
)
HEADERS = st.lists(
    st.sampled_from(
        [
            "id",
            "service",
            "title",
            "severity",
            "impact",
            "started_at",
            "resolved_at",
            "duration",
            "acknowledged_at",
            "x",
        ]
    ),
    min_size=1,
    max_size=6,
)


def check(path: Path) -> None:
    try:
        result = read_incident_file(path)
    except IncidentFileError as error:
        assert "unexpected error" not in str(error)
        assert str(error).startswith(str(path))
        return
    assert result.rows == result.imported + result.duplicates + len(result.rejected)
    assert len(result.incidents) == result.imported


@SETTINGS
@given(data=st.binary(max_size=400))
def test_arbitrary_bytes(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "any.csv"
    path.write_bytes(data)
    check(path)


@SETTINGS
@given(
    headers=HEADERS,
    rows=st.lists(st.lists(CELLS, max_size=7), max_size=8),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp949"]),
)
def test_arbitrary_tables(
    tmp_path: Path,
    headers: list[str],
    rows: list[list[str]],
    delimiter: str,
    newline: str,
    encoding: str,
) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=newline).writerows([headers, *rows])
    path = tmp_path / "table.csv"
    path.write_bytes(buffer.getvalue().encode(encoding, errors="replace"))
    check(path)
