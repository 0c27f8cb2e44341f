"""The languages figures and reports are written in, and the one read from the system locale."""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping
from typing import Literal, TypeGuard

Language = Literal["en", "ko"]
LANGUAGES: tuple[Language, ...] = ("en", "ko")
#: Shown in a language choice, each in its own language.
LANGUAGE_NAMES: dict[Language, str] = {"en": "English", "ko": "한국어"}
#: Used when the locale names no language we have.
FALLBACK_LANGUAGE: Language = "en"
#: Environment variables that name the locale, in the order POSIX gives them precedence.
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


def is_language(value: object) -> TypeGuard[Language]:
    return value in LANGUAGES


def language_of(locale_name: str | None) -> Language:
    """``ko`` for ``ko_KR.UTF-8``, ``ko-KR`` or ``Korean_Korea.949``; else English."""
    if not locale_name:
        return FALLBACK_LANGUAGE
    code = locale_name.replace("-", "_").split("_")[0].split(".")[0].lower()
    if code in ("ko", "korean"):
        return "ko"
    return FALLBACK_LANGUAGE


def system_language(environ: Mapping[str, str] | None = None) -> Language:
    """The language of the system locale: the first of LC_ALL, LC_MESSAGES, LANG, LANGUAGE set
    (as POSIX reads them), else what Python's locale module reports (Windows, macOS)."""
    env = os.environ if environ is None else environ
    for name in _LOCALE_VARIABLES:
        value = env.get(name)
        if value and value not in ("C", "POSIX", "C.UTF-8"):
            return language_of(value.split(":")[0])
    if environ is not None:
        return FALLBACK_LANGUAGE
    try:
        return language_of(locale.getlocale()[0])
    except ValueError:
        return FALLBACK_LANGUAGE
