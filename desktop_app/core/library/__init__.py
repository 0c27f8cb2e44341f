"""The incident library: a DuckDB file that keeps every import and every judgement made since.

``store`` opens the file (one writer, a backup before each change, migration, damage checks),
``imports`` records imports and keeps each incident's earlier values, ``edits`` records
reclassifications and service settings with an audit trail, ``view`` applies them to the
incident table. Nothing here knows Qt; the CLI and the GUI call the same functions.
"""
