"""Work off the UI thread: the task runner and the import and export flows the window drives."""
