"""The one gettext catalogue of the app, the PDF and the CLI, and argparse's own words.

``resources/locale/<lang>/LC_MESSAGES/reliability_desk.po`` holds every sentence, word and term
core and the text package write (English is the key); ``argparse.po`` beside it holds the
words of Python's argparse (usage, "show this help message and exit"). Both are kept with
``scripts/update_catalogue.sh`` (Babel) and compiled to the ``.mo`` files loaded here.
"""

from __future__ import annotations

import gettext
from functools import cache

from desktop_app.assets import resource_path
from desktop_app.text.language import Language

DOMAIN = "reliability_desk"
#: The domain of argparse's own strings (argparse calls gettext with them).
ARGPARSE_DOMAIN = "argparse"


def locale_dir() -> str:
    return str(resource_path("locale"))


@cache
def translations(lang: Language, domain: str = DOMAIN) -> gettext.NullTranslations:
    """The catalogue of ``lang``; English (the keys themselves) needs none."""
    return gettext.translation(domain, locale_dir(), languages=[lang], fallback=True)
