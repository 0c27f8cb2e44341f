"""The incident library: keeps every import and every judgement made since, in a DuckDB file
(the default) or on a PostgreSQL server (a team's library, ``server``).

``sql`` is the one connection seam both run through, ``store`` opens a library (the file: one
writer, a backup before each change, migration, damage checks),
``imports`` records imports and keeps each incident's earlier values, ``edits`` records
reclassifications and service settings with an audit trail, ``view`` applies them to the
incident table. Nothing here knows Qt; the CLI and the GUI call the same functions.
"""
