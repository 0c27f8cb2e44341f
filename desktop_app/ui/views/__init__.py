"""The five views of an ``Analysis``; each has ``set_analysis(analysis | None)``."""

from desktop_app.ui.views.calendar import CalendarView
from desktop_app.ui.views.incidents import IncidentsView
from desktop_app.ui.views.overview import OverviewView
from desktop_app.ui.views.services import ServicesView
from desktop_app.ui.views.timeline import TimelineView

__all__ = ["CalendarView", "IncidentsView", "OverviewView", "ServicesView", "TimelineView"]
