"""A mapping dialog's preview rows (``core.reading.preview``) as the cells it shows: line, id,
service, title, severity, impact, start, end and duration; a rejected row its reason."""

from __future__ import annotations

import pandas as pd

from desktop_app.core.reading.preview import PreviewRow
from desktop_app.text.render import Text

#: Cells a row has (see the module's docstring).
PREVIEW_CELLS = 9


def preview_cells(text: Text, row: PreviewRow, tz: str) -> list[str]:
    """The cells of ``row``, its times in the zone ``tz``."""
    line = str(row.line)
    incident = row.incident
    if incident is None:
        rejected = text.pgettext("preview", "rejected:")
        reason = "" if row.reason is None else text.message(row.reason)
        return [line, rejected, reason, *[""] * (PREVIEW_CELLS - 3)]
    start, end = incident["started_at"], incident["resolved_at"]
    resolved = not pd.isna(end)
    return [
        line,
        text.cell(incident["incident_id"]),
        text.service(text.cell(incident["service"])),
        text.cell(incident["title"]),
        text.severity(str(incident["severity"])),
        text.impact(str(incident["impact"])),
        text.time(start, tz),
        text.time(end, tz) if resolved else "",
        text.duration(end - start) if resolved else text.open_word(),
    ]
