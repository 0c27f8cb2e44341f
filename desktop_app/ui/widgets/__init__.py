"""Reusable widgets of the window: filter bar, service picker, KPI cards, notices, empty state."""
