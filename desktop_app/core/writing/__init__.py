"""Writing files safely: atomic replacement and spreadsheet-safe CSV exports."""
