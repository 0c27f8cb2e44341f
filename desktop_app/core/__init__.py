"""Qt-free domain: the incident table, the window, every default, the analysis of a selection."""
