"""The PySide6 desktop app: window, views, widgets, dialogs, models, plots and background jobs."""
