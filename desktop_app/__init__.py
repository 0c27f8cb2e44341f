"""Reliability Desk: incident CSV exports in, availability figures, charts and a PDF out."""

__version__ = "0.1.0"
APP_NAME = "Reliability Desk"
ORG_NAME = "Reliability Desk"
ORG_DOMAIN = "reliabilitydesk.app"
