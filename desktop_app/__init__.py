"""Reliability Desk: incident CSV exports in, availability figures, charts and a PDF out."""

__version__ = "0.1.0"
APP_NAME = "Reliability Desk"
ORG_NAME = "Reliability Desk"
ORG_DOMAIN = "reliabilitydesk.app"
#: The window's views, in tab order (``--view`` choices; Ctrl+1 ... Ctrl+5).
VIEW_NAMES: tuple[str, ...] = ("overview", "timeline", "calendar", "incidents", "services")
