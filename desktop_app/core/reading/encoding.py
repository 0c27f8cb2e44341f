"""Turn a file's bytes into UTF-8 bytes, refusing binary data with a reason a person understands.

Tried in order: a byte-order mark (UTF-8, UTF-16 LE/BE), UTF-16 without a mark (NUL-byte
pattern), UTF-8, UTF-8 with a few invalid bytes (those rows are rejected, not the file), then
the encoding ``charset-normalizer`` finds (CP949, Shift-JIS, Windows-1252, ...), which is
reported as a finding because it is a guess.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import pyarrow as pa
from charset_normalizer import from_bytes

from desktop_app.core.messages import MessageError, MessageKind

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_FALLBACKS: tuple[str, ...] = ("cp949", "cp1252")
#: Marks a cell whose bytes were not text (a stray NUL, an invalid UTF-8 sequence).
BAD_TEXT = "\ufffd"
#: At most this share of NUL bytes is a stray byte in a cell; more is binary data.
_MAX_NUL_SHARE = 0.01
_DETECT_SAMPLE = 1 << 18
ZIP_FILE = MessageKind(
    "zip_file", "it is a ZIP archive or an Excel workbook (.xlsx); export it as CSV"
)
XLS_FILE = MessageKind("xls_file", "it is an old Excel workbook (.xls); export it as CSV")
PDF_FILE = MessageKind("pdf_file", "it is a PDF document, not a CSV file")
PNG_FILE = MessageKind("png_file", "it is a PNG image, not a CSV file")
JPEG_FILE = MessageKind("jpeg_file", "it is a JPEG image, not a CSV file")
GZIP_FILE = MessageKind("gzip_file", "it is a gzip archive; unpack it first")
NUL_BYTES = MessageKind("nul_bytes", "it contains NUL bytes, so it is binary data, not CSV text")
NUL_CHARACTERS = MessageKind(
    "nul_characters", "it contains NUL characters, so it is binary data, not CSV text"
)
CONTROL_CHARACTERS = MessageKind(
    "control_characters", "it contains control characters, so it is binary data, not text"
)
UNKNOWN_ENCODING = MessageKind(
    "unknown_encoding", "its text is neither UTF-8, UTF-16 nor a known legacy encoding"
)
NOT_AS_MARKED = MessageKind(
    "not_as_marked",
    "it is marked as {label} but is not valid {label} text (near line {line}); save it again "
    "as UTF-8",
)
_MAGIC: tuple[tuple[bytes, MessageKind], ...] = (
    (b"PK\x03\x04", ZIP_FILE),
    (b"\xd0\xcf\x11\xe0", XLS_FILE),
    (b"%PDF", PDF_FILE),
    (b"\x89PNG", PNG_FILE),
    (b"\xff\xd8\xff", JPEG_FILE),
    (b"\x1f\x8b", GZIP_FILE),
)
_SAMPLE = 65536
_ALLOWED_CONTROLS = frozenset("\t\n\r\f")


class UndecodableError(MessageError):
    """The bytes are not text this reader understands; ``message`` is the reason."""


@dataclass(frozen=True)
class Decoded:
    """``data`` is UTF-8 without a byte-order mark; ``encoding`` is what the file was in;
    ``guessed`` when no mark or valid UTF-8 said so; ``damaged`` when some bytes were not text
    and became ``BAD_TEXT`` (their rows are rejected)."""

    data: bytes
    encoding: str
    guessed: bool = False
    damaged: bool = False


def decode_to_utf8(raw: bytes) -> Decoded:
    """Decode ``raw`` to UTF-8 bytes, or raise ``UndecodableError`` saying why not."""
    _refuse_known_binary(raw)
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return _decode_claimed(raw[len(bom) :], name)
    utf16 = _sniff_utf16(raw)
    if utf16:
        return _decode_claimed(raw, utf16)
    nuls = raw.count(b"\x00")
    if nuls > max(1, _MAX_NUL_SHARE * len(raw)) or (nuls and raw.count(b"\n") < 2):
        raise UndecodableError(NUL_BYTES())
    if nuls:
        raw = raw.replace(b"\x00", BAD_TEXT.encode())
    if _is_utf8(raw):
        _refuse_control_text(raw[:_SAMPLE].decode("utf-8", errors="ignore"))
        return Decoded(raw, "utf-8", damaged=bool(nuls))
    mostly = _mostly_utf8(raw)
    if mostly is not None:
        return mostly
    return _detected(raw)


def _mostly_utf8(raw: bytes) -> Decoded | None:
    """UTF-8 with a few invalid bytes: more valid multi-byte characters than invalid spots."""
    text = raw.decode("utf-8", errors="replace")
    bad = text.count(BAD_TEXT) - raw.count(BAD_TEXT.encode())
    wide = sum(1 for ch in text if ch > "\x7f") - bad
    if bad > wide or bad > max(5, len(raw) // 10000):
        return None
    _refuse_control_text(text)
    return Decoded(text.encode("utf-8"), "utf-8", damaged=True)


def _detected(raw: bytes) -> Decoded:
    """The encoding ``charset-normalizer`` finds most plausible (legacy code pages)."""
    best = from_bytes(raw[:_DETECT_SAMPLE]).best()
    names = ([best.encoding] if best is not None else []) + list(_FALLBACKS)
    for name in names:
        try:
            text = raw.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        _refuse_control_text(text)
        return Decoded(text.encode("utf-8"), name, guessed=True)
    raise UndecodableError(UNKNOWN_ENCODING())


def _is_utf8(raw: bytes) -> bool:
    """Arrow's SIMD validation: much faster than ``bytes.decode`` on large files."""
    offsets = pa.array([0, len(raw)], type=pa.int64())
    blob = pa.Array.from_buffers(
        pa.large_binary(), 1, [None, offsets.buffers()[1], pa.py_buffer(raw)]
    )
    try:
        blob.cast(pa.large_string())
    except pa.ArrowInvalid:
        return False
    return True


def _refuse_known_binary(raw: bytes) -> None:
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise UndecodableError(what())


def _sniff_utf16(raw: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII-heavy text has a NUL in every other byte."""
    sample = raw[:1024]
    if len(sample) < 4 or len(sample) % 2:
        return None
    odd_nuls = sample[1::2].count(0)
    even_nuls = sample[0::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.4 * half and even_nuls == 0:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls == 0:
        return "utf-16-be"
    return None


def _decode_claimed(body: bytes, name: str) -> Decoded:
    """Decode with the encoding a byte-order mark (or NUL pattern) claims."""
    try:
        text = body.decode("utf-8" if name == "utf-8-sig" else name)
    except UnicodeDecodeError as exc:
        line = body[: exc.start].count(b"\n") + 1
        label = "UTF-8" if name == "utf-8-sig" else name.upper()
        raise UndecodableError(NOT_AS_MARKED(label=label, line=line)) from None
    if "\x00" in text:
        raise UndecodableError(NUL_CHARACTERS())
    _refuse_control_text(text)
    return Decoded(text.encode("utf-8") if name != "utf-8-sig" else body, name)


def _refuse_control_text(text: str) -> None:
    """Many control characters near the start mean binary data that happened to decode."""
    sample = text[:_SAMPLE]
    controls = sum(1 for ch in sample if ch < " " and ch not in _ALLOWED_CONTROLS)
    if controls > max(2, len(sample) // 100):
        raise UndecodableError(CONTROL_CHARACTERS())
