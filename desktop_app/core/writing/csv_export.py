"""CSV exports that open safely in spreadsheets: formulas neutralised, UTF-8 with BOM, atomic."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from desktop_app.core.writing.atomic import atomic_writer

#: A text cell starting with one of these is read as a formula by spreadsheets (OWASP, "CSV
#: injection"); a leading single quote makes it plain text.
FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")


def _is_text(column: pd.Series) -> bool:
    dtype = column.dtype
    return (
        pd.api.types.is_string_dtype(dtype)
        or pd.api.types.is_object_dtype(dtype)
        or isinstance(dtype, pd.CategoricalDtype)
    )


def neutralise_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` whose text cells that start like a formula get a leading ``'``.

    Numeric and datetime columns are left alone: a number is written as a number, which a
    spreadsheet never evaluates. Text columns (string, object, categorical) are compared as text.
    """
    result = df.copy()
    for name in result.columns:
        column = result[name]
        if not _is_text(column):
            continue
        text = column.astype("string")
        risky = text.str.startswith(FORMULA_PREFIXES).fillna(False).astype(bool)
        if risky.any():
            result[name] = text.where(~risky, "'" + text)
    return result


def export_csv(df: pd.DataFrame, path: str | Path) -> Path:
    """Write ``df`` as CSV (no index, CRLF rows) to ``path`` atomically and return the path.

    UTF-8 with a byte-order mark, so Excel shows Korean correctly. Raises ``OSError`` when the
    file cannot be written; an existing file is then left untouched.
    """
    safe = neutralise_formulas(df)
    with atomic_writer(path, "w", encoding="utf-8-sig", newline="") as handle:
        safe.to_csv(handle, index=False, lineterminator="\r\n")
    return Path(path)
