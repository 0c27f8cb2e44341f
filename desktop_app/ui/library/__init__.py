"""The library in the window: its controller (owned by ``MainWindow``), a session that reads and
writes it off the UI thread, the import controller that records imports, the sample banner, and
the reclassify and services dialogs."""
