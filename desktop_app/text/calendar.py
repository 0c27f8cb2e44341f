"""The words of the day calendar (``core.metrics.calendar``): what each shade of a day means,
in the app's legend and the PDF's."""

from __future__ import annotations

from desktop_app.text.render import Text


def shade_words(text: Text, slo_pct: float) -> tuple[str, ...]:
    """One phrase per shade, from no downtime to ten error budgets below or more."""
    return (
        text.gettext("no downtime"),
        text.gettext("target {target} met").format(target=text.pct(slo_pct)),
        text.gettext("below, by less than the error budget"),
        text.gettext("1 to 10 error budgets below"),
        text.gettext("10 error budgets below or more"),
    )
