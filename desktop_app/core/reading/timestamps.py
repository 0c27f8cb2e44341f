"""Text to instants: vectorised timestamp parsing for whole columns of text (the incident's
rules on those instants are ``incident_times``).

A column may mix formats and offsets; each value is read by the first format family that
matches it. Naive values are local times in ``tz``; the result is UTC nanoseconds.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from desktop_app.core.model import TIME_DTYPE
from desktop_app.core.settings import DEFAULT_LIMITS

NAT = np.iinfo(np.int64).min
EARLIEST = pd.Timestamp(DEFAULT_LIMITS.first_day, tz="UTC")
LATEST = pd.Timestamp(DEFAULT_LIMITS.last_day, tz="UTC") + pd.Timedelta(days=1)
#: The largest UTC offset in use anywhere (Kiribati, +14:00); a larger one is a typo.
MAX_OFFSET_MINUTES = 14 * 60
_CLOCK = r"(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,](?P<f>\d{1,9})\d*)?)?"
_AMPM = r"(?P<ap>오전|오후|午前|午後|[AaPp]\.?\s?[Mm]\.?)"
_PM = r"^(오후|午後|[Pp])"
ISO = (
    r"^(?P<y>\d{4})[-/](?P<mo>\d{1,2})[-/](?P<d>\d{1,2})(?:(?:T|\s+)"
    + _CLOCK
    + r"(?:\s*"
    + _AMPM
    + r")?)?"
    r"\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$"
)
KOREAN = (
    r"^(?P<y>\d{4})\.\s*(?P<mo>\d{1,2})\.\s*(?P<d>\d{1,2})\.?"
    r"(?:\s*" + _AMPM + r"?\s*" + _CLOCK + r")?$"
)
NUMERIC = (
    r"^(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})[-/.](?P<y>\d{4}|\d{2})"
    r"(?:(?:T|\s+)" + _CLOCK + r"\s*" + _AMPM + r"?)?$"
)
_WEEKDAY = r"(?:[A-Za-z]{3,9},?\s+)?"
_ZONE = r"(?:\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?))?"
#: A month by name in the languages Jira writes ``dd/MMM/yy`` in (``Mar``, ``Mär``, ``févr.``,
#: ``ago``), or by number with 월/月 (Korean, Japanese: ``3월``, ``3月``).
_MONTH = r"(?P<mon>\d{1,2}\s*[월月]|\p{L}{3,})\.?"
NAMED_MONTH = (
    r"^" + _WEEKDAY + r"(?P<d>\d{1,2})[-/ ]" + _MONTH + r"[-/ ,]+(?P<y>\d{4}|\d{2})"
    r"(?:,?\s+" + _CLOCK + r"\s*" + _AMPM + r"?)?" + _ZONE + r"$"
)
#: ``Mar 3, 2024 10:15 AM``, ``March 3 2024``, ``Sun, Mar 3, 2024 at 10:15:00 UTC``.
MONTH_FIRST = (
    r"^" + _WEEKDAY + r"(?P<mon>[A-Za-z]{3,})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+"
    r"(?P<y>\d{4})(?:,?\s+(?:at\s+)?" + _CLOCK + r"\s*" + _AMPM + r"?)?" + _ZONE + r"$"
)
EPOCH = r"^(?P<n>\d{1,14})(?:\.(?P<f>\d{1,9})\d*)?$"
_MONTHS = pa.array(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
)
#: Month names' first letters in German, French and Spanish, where they are not English's:
#: the first four where three letters are not enough (French juin, juillet).
_LOCAL_MONTHS: dict[str, int] = {
    "juin": 6, "juil": 7,
    "mär": 3, "mrz": 3, "mai": 5, "okt": 10, "dez": 12,
    "fév": 2, "fev": 2, "avr": 4, "aoû": 8, "aou": 8, "déc": 12,
    "ene": 1, "abr": 4, "ago": 8, "dic": 12,
}  # fmt: skip
_LOCAL_NAMES = pa.array(list(_LOCAL_MONTHS))
_LOCAL_NUMBERS = np.array(list(_LOCAL_MONTHS.values()), dtype=np.int64)


@dataclass(frozen=True)
class Components:
    """Calendar fields of the values one format family read (numpy int64 arrays)."""

    year: np.ndarray
    month: np.ndarray
    day: np.ndarray
    hour: np.ndarray
    minute: np.ndarray
    second: np.ndarray
    nanos: np.ndarray
    offset_minutes: np.ndarray
    has_offset: np.ndarray
    valid: np.ndarray


@dataclass(frozen=True)
class ParsedTimes:
    """``values`` is UTC with NaT for empty, unreadable, implausible or badly offset cells."""

    values: pd.Series
    unreadable: np.ndarray
    implausible: np.ndarray
    bad_offset: np.ndarray


def parse_times(
    text: pa.Array,
    tz: str,
    dayfirst: bool | None = None,
    *,
    serials: bool = False,
    later_fold: bool = False,
) -> ParsedTimes:
    """Parse a string column (nulls = empty cells) into UTC timestamps.

    ``serials``: numbers are Excel serial days (a workbook's date column). ``later_fold``:
    naive times in a repeated hour (daylight-saving fall-back) take the later reading."""
    text = pc.utf8_trim_whitespace(text)
    text = pc.if_else(pc.equal(text, ""), pa.scalar(None, pa.string()), text)
    nanos = None if serials else _fast_iso(text, tz, later_fold)
    if nanos is None:
        nanos = _parse_families(text, tz, dayfirst, serials, later_fold)
    present = text.is_valid().to_numpy(zero_copy_only=False)
    read = nanos != NAT
    bad_offset = read & _offset_out_of_range(text)
    low, high = EARLIEST.value, LATEST.value
    implausible = read & ~bad_offset & ((nanos < low) | (nanos >= high))
    values = pd.Series(np.where(implausible | bad_offset, NAT, nanos).view("datetime64[ns]"))
    return ParsedTimes(
        values.dt.tz_localize("UTC").astype(TIME_DTYPE),  # type: ignore[call-overload]  # the stubs list no zone-aware dtype string
        present & ~read,
        implausible,
        bad_offset,
    )


_TRAILING_OFFSET = r"\d:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?P<sign>[+-])(?P<h>\d{2}):?(?P<m>\d{2})?$"


_SUSPECT_OFFSET = r"[+-](1[4-9]|[2-9]\d):?\d{2}$|[+-]\d{2}:?[6-9]\d$"


def _offset_out_of_range(text: pa.Array) -> np.ndarray:
    """Values whose UTC offset after the clock is beyond +-14:00 or has minutes past 59.
    A cheap match for offsets of 14 hours or more, or minutes of 60 or more, comes first: the
    field extraction costs 0.5 s per million values and is needed only for those."""
    suspect = pc.match_substring_regex(text, _SUSPECT_OFFSET)
    if not pc.any(suspect).as_py():
        return np.zeros(len(text), dtype=bool)
    fields = pc.extract_regex(text, _TRAILING_OFFSET)
    matched = fields.is_valid().to_numpy(zero_copy_only=False)
    if not matched.any():
        return np.asarray(matched)
    hours = _int_or_zero(pc.fill_null(pc.struct_field(fields, "h"), "0"))
    minutes = _int_or_zero(pc.fill_null(pc.struct_field(fields, "m"), "0"))
    return np.asarray(matched & ((hours * 60 + minutes > MAX_OFFSET_MINUTES) | (minutes > 59)))


def _fast_iso(text: pa.Array, tz: str, later_fold: bool) -> np.ndarray | None:
    """Arrow's ISO 8601 cast, when every value has an offset or none has."""
    try:
        aware = pc.cast(text, pa.timestamp("ns", "UTC"))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        pass
    else:
        return _to_nanos(aware)
    try:
        naive = pc.cast(text, pa.timestamp("ns"))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    return _localize(_to_nanos(naive), tz, later_fold)


def _to_nanos(stamps: pa.Array) -> np.ndarray:
    return np.asarray(pc.fill_null(pc.cast(stamps, pa.int64()), NAT).to_numpy(zero_copy_only=False))


def _parse_families(
    text: pa.Array, tz: str, dayfirst: bool | None, serials: bool, later_fold: bool
) -> np.ndarray:
    nanos = np.full(len(text), NAT, dtype=np.int64)
    pending = np.flatnonzero(text.is_valid().to_numpy(zero_copy_only=False))
    if serials:
        pending = _excel_serials(text, pending, nanos, tz, later_fold)
    for pattern, read in _FAMILIES:
        if len(pending) == 0:
            break
        subset = text.take(pa.array(pending))
        fields = pc.extract_regex(subset, pattern)
        matched = fields.is_valid().to_numpy(zero_copy_only=False)
        if not matched.any():
            continue
        rows = pending[matched]
        if read is None:  # the epoch family
            nanos[rows] = _epoch(fields.filter(matched))
        else:
            nanos[rows] = _combine(read(fields.filter(matched), dayfirst), tz, later_fold)
        pending = pending[~matched]
    return nanos


def _field(fields: pa.Array, name: str, default: int = 0) -> np.ndarray:
    raw = pc.struct_field(fields, name)
    raw = pc.if_else(pc.equal(raw, ""), pa.scalar(None, pa.string()), raw)
    return np.asarray(
        pc.fill_null(pc.cast(raw, pa.int64()), default).to_numpy(zero_copy_only=False)
    )


def _fraction(fields: pa.Array) -> np.ndarray:
    digits = pc.utf8_rpad(pc.struct_field(fields, "f"), 9, "0")
    return np.asarray(pc.cast(digits, pa.int64()).to_numpy(zero_copy_only=False))


def _clock(fields: pa.Array) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(hour, minute, second, nanos, valid) with AM/PM applied when the family has it."""
    hour = _field(fields, "H")
    valid = np.ones(len(hour), dtype=bool)
    if "ap" in _names(fields):
        marker = pc.struct_field(fields, "ap")
        has_marker = pc.not_equal(marker, "").to_numpy(zero_copy_only=False)
        is_pm = pc.match_substring_regex(marker, _PM).to_numpy(zero_copy_only=False)
        valid &= ~has_marker | ((hour >= 1) & (hour <= 12))
        hour = np.where(has_marker, hour % 12 + np.where(is_pm, 12, 0), hour)
    nanos = _fraction(fields) if "f" in _names(fields) else np.zeros(len(hour), np.int64)
    return hour, _field(fields, "M"), _field(fields, "S"), nanos, valid


def _names(fields: pa.Array) -> set[str]:
    return {fields.type.field(i).name for i in range(fields.type.num_fields)}


def _full_year(year: np.ndarray) -> np.ndarray:
    return np.where(year < 100, year + np.where(year < 70, 2000, 1900), year)


def _components(
    fields: pa.Array, year: np.ndarray, month: np.ndarray, day: np.ndarray, valid: np.ndarray
) -> Components:
    hour, minute, second, nanos, clock_ok = _clock(fields)
    offset, has_offset = _offset(fields)
    return Components(
        year, month, day, hour, minute, second, nanos, offset, has_offset, valid & clock_ok
    )


def _offset(fields: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    size = len(fields)
    if "tz" not in _names(fields):
        return np.zeros(size, np.int64), np.zeros(size, bool)
    zone = pc.struct_field(fields, "tz")
    has = pc.not_equal(zone, "").to_numpy(zero_copy_only=False)
    digits = pc.replace_substring(pc.utf8_slice_codeunits(zone, 1), ":", "")
    numeric = pc.match_substring_regex(zone, r"^[+-]").to_numpy(zero_copy_only=False)
    hours = _int_or_zero(pc.utf8_slice_codeunits(digits, 0, 2))
    minutes = _int_or_zero(pc.utf8_slice_codeunits(digits, 2, 4))
    sign = np.where(pc.starts_with(zone, "-").to_numpy(zero_copy_only=False), -1, 1)
    return np.where(numeric, sign * (hours * 60 + minutes), 0), has


def _int_or_zero(text: pa.Array) -> np.ndarray:
    numbers = pc.if_else(pc.match_substring_regex(text, r"^\d+$"), text, "0")
    return np.asarray(pc.cast(numbers, pa.int64()).to_numpy(zero_copy_only=False))


def _read_iso(fields: pa.Array, dayfirst: bool | None) -> Components:
    ones = np.ones(len(fields), dtype=bool)
    return _components(fields, _field(fields, "y"), _field(fields, "mo"), _field(fields, "d"), ones)


def _read_numeric(fields: pa.Array, dayfirst: bool | None) -> Components:
    """``a.b.y``: a first field above 12 anywhere proves day-first for the whole column;
    otherwise ``dayfirst``, or by separator: ``/`` month-first, ``-`` and ``.`` day-first."""
    first, second = _field(fields, "a"), _field(fields, "b")
    if dayfirst is not None:
        day_first = np.full(len(first), dayfirst)
    elif (first > 12).any():
        day_first = np.ones(len(first), dtype=bool)
    else:
        day_first = pc.not_equal(pc.struct_field(fields, "sep"), "/").to_numpy(zero_copy_only=False)
    day, month = np.where(day_first, first, second), np.where(day_first, second, first)
    ones = np.ones(len(fields), dtype=bool)
    return _components(fields, _full_year(_field(fields, "y")), month, day, ones)


def _month_numbers(name: pa.Array) -> np.ndarray:
    """1-12 for each month name or numbered month (``3월``), 0 where none is known."""
    english = pc.index_in(pc.utf8_slice_codeunits(name, 0, 3), value_set=_MONTHS)
    month = pc.fill_null(english, -1).to_numpy(zero_copy_only=False) + 1
    for letters in (3, 4):
        local = pc.index_in(pc.utf8_slice_codeunits(name, 0, letters), value_set=_LOCAL_NAMES)
        at = pc.fill_null(local, -1).to_numpy(zero_copy_only=False)
        month = np.where(at >= 0, _LOCAL_NUMBERS[np.maximum(at, 0)], month)
    digits = pc.extract_regex(name, r"^(?P<n>\d{1,2})\s*[월月]$")
    numbered = digits.is_valid().to_numpy(zero_copy_only=False)
    if numbered.any():
        month = np.where(
            numbered, _int_or_zero(pc.fill_null(pc.struct_field(digits, "n"), "0")), month
        )
    return np.asarray(month)


def _read_named_month(fields: pa.Array, dayfirst: bool | None) -> Components:
    month = _month_numbers(pc.utf8_lower(pc.struct_field(fields, "mon")))
    year = _full_year(_field(fields, "y"))
    return _components(fields, year, month, _field(fields, "d"), month > 0)


def _epoch(fields: pa.Array) -> np.ndarray:
    """Epoch seconds, or milliseconds when the number has 12 digits or more."""
    number = pc.struct_field(fields, "n")
    whole = pc.cast(number, pa.int64()).to_numpy(zero_copy_only=False)
    millis = pc.utf8_length(number).to_numpy(zero_copy_only=False) >= 12
    fraction = _fraction(fields)
    seconds = np.where(millis, whole // 1000, whole)
    sub = np.where(millis, (whole % 1000) * 1_000_000 + fraction // 1000, fraction)
    return np.asarray(seconds * 1_000_000_000 + sub)


_FAMILIES = (
    (ISO, _read_iso),
    (KOREAN, _read_iso),
    (NUMERIC, _read_numeric),
    (NAMED_MONTH, _read_named_month),
    (MONTH_FIRST, _read_named_month),
    (EPOCH, None),
)


def _combine(parts: Components, tz: str, later_fold: bool = False) -> np.ndarray:
    """Nanoseconds since the epoch in UTC; NAT where a field is out of range."""
    year = np.clip(parts.year, 1700, 2200)
    month0 = np.clip(parts.month, 1, 12) - 1
    first = ((year - 1970) * 12 + month0).astype("datetime64[M]")
    month_days = ((first + 1).astype("datetime64[D]") - first.astype("datetime64[D]")).astype(
        np.int64
    )
    valid = (
        parts.valid
        & (parts.month >= 1)
        & (parts.month <= 12)
        & (parts.day >= 1)
        & (parts.day <= month_days)
        & (parts.hour <= 23)
        & (parts.minute <= 59)
        & (parts.second <= 59)
    )
    days = first.astype("datetime64[D]").astype(np.int64) + np.clip(parts.day, 1, 31) - 1
    seconds = days * 86400 + parts.hour * 3600 + parts.minute * 60 + parts.second
    local = seconds * 1_000_000_000 + parts.nanos
    utc = np.where(parts.has_offset, local - parts.offset_minutes * 60_000_000_000, NAT)
    naive = ~parts.has_offset & valid
    if naive.any():
        utc[naive] = _localize(local[naive], tz, later_fold)
    return np.where(valid, utc, NAT)


def _localize(local: np.ndarray, tz: str, later_fold: bool = False) -> np.ndarray:
    """Local wall times in ``tz`` to UTC; ambiguous ones take the first (summer-time) reading
    (the later one with ``later_fold``), ones skipped by a clock change move forward."""
    present = local != NAT
    index = pd.DatetimeIndex(local.view("datetime64[ns]"))
    if tz != "UTC":
        index = index.tz_localize(
            tz, ambiguous=np.full(len(index), not later_fold), nonexistent="shift_forward"
        ).tz_convert("UTC")
    return np.where(present, index.as_unit("ns").asi8, NAT)


#: Excel serial days of 1990-01-01 and 2100-01-01; day 0 is 1899-12-30.
_SERIAL_RANGE = (32874.0, 73051.0)
_SERIAL_EPOCH_NS = pd.Timestamp("1899-12-30").value


def _excel_serials(
    text: pa.Array, pending: np.ndarray, nanos: np.ndarray, tz: str, later_fold: bool
) -> np.ndarray:
    """Read numbers in the plausible serial range as Excel dates (local time); the rest of
    ``pending`` is returned for the text families."""
    subset = text.take(pa.array(pending))
    numeric = pc.match_substring_regex(subset, r"^\d+(\.\d+)?$").to_numpy(zero_copy_only=False)
    numeric &= np.asarray(subset.is_valid(), dtype=bool)
    if not numeric.any():
        return pending
    days = pc.cast(subset.filter(pa.array(numeric)), pa.float64()).to_numpy(zero_copy_only=False)
    inside = (days >= _SERIAL_RANGE[0]) & (days < _SERIAL_RANGE[1])
    rows = pending[numeric][inside]
    local = _SERIAL_EPOCH_NS + np.round(days[inside] * 86400.0).astype(np.int64) * 1_000_000_000
    nanos[rows] = _localize(local, tz, later_fold)
    return np.setdiff1d(pending, pending[numeric], assume_unique=True)


def order_evidence(texts: list[pa.Array]) -> tuple[int, int]:
    """(dates proving day-first, dates proving month-first) over all ``texts`` columns:
    ``13/07/2020`` proves day-first, ``07/13/2020`` month-first."""
    day = month = 0
    for text in texts:
        fields = pc.extract_regex(pc.utf8_trim_whitespace(text), NUMERIC)
        valid = np.asarray(fields.is_valid(), dtype=bool)
        if not valid.any():
            continue
        fields = fields.filter(pa.array(valid))
        first, second = _field(fields, "a"), _field(fields, "b")
        day += int(((first > 12) & (second <= 12)).sum())
        month += int(((second > 12) & (first <= 12)).sum())
    return day, month


def has_numeric_dates(text: pa.Array, sample: int = 2000) -> bool:
    """Whether the first ``sample`` values hold day/month dates (cheap pre-check)."""
    head = pc.utf8_trim_whitespace(text.slice(0, sample))
    return bool(pc.any(pc.match_substring_regex(head, NUMERIC)).as_py())
