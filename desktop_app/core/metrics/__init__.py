"""Figures from incidents: interval sweep, periods, availability, MTTR, MTBF, the KPI tiles."""
