"""Starting the app and its headless modes: QApplication setup, logging, --smoke, --screenshot."""
