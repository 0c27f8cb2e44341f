"""The app's dialogs: preferences, header mapping, rejected rows, errors, about."""
