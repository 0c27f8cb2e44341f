"""The interface's language: Qt's translation workflow and the user's choice.

Every visible string in ``ui/`` goes through ``translate("Context", "text")`` (an alias of
``QCoreApplication.translate``, which ``pyside6-lupdate`` finds). The Korean texts live in
``resources/translations/reliability_desk_ko.ts``, kept with scripts/update_translations.sh and
compiled to the ``.qm`` loaded here, together with Qt's own ``qtbase_ko.qm`` for standard
buttons and dialogs. Figures, dates, durations and core's messages are written by the text
package in the same language (``ui_text()``).
"""

from __future__ import annotations

import logging
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.assets import resource_path
from desktop_app.text import Text, text_for
from desktop_app.text.language import FALLBACK_LANGUAGE, Language, is_language, system_language

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

#: The app's catalogue: resources/translations/reliability_desk_<lang>.qm.
CATALOGUE = "reliability_desk"
#: Qt's catalogue of its own strings (standard buttons, dialogs, context menus).
QT_CATALOGUE = "qtbase"
_LOCALES: dict[Language, QLocale.Language] = {
    "en": QLocale.Language.English,
    "ko": QLocale.Language.Korean,
}
_installed: list[QTranslator] = []
_current: list[Language] = [FALLBACK_LANGUAGE]


def resolved_language(choice: str) -> Language:
    """The language chosen in Preferences, or the system locale's when none was chosen."""
    return choice if is_language(choice) else system_language()


def _load(translator: QTranslator, name: str, lang: Language, *folders: str) -> bool:
    return any(translator.load(f"{name}_{lang}", folder) for folder in folders if folder)


def _qt_translation_folders() -> tuple[str, ...]:
    """Where Qt's own catalogues may be: Qt's configured folder, then the one inside the
    PySide6 package (a frozen build keeps ``qtbase_<lang>.qm`` there, see build.spec)."""
    configured = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return (configured, str(Path(PySide6.__file__).parent / "Qt" / "translations"))


def install_translators(lang: Language) -> list[str]:
    """Make ``lang`` the interface's language: the app's and Qt's catalogues and the default
    locale (calendar, number fields). Returns the catalogues loaded. English needs none."""
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _current[0] = lang
    QLocale.setDefault(QLocale(_LOCALES.get(lang, _LOCALES[FALLBACK_LANGUAGE])))
    if lang == FALLBACK_LANGUAGE:
        return []
    ours = str(resource_path("translations"))
    loaded = []
    for name, folders in ((CATALOGUE, (ours,)), (QT_CATALOGUE, _qt_translation_folders())):
        translator = QTranslator(app)
        if _load(translator, name, lang, *folders):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
        else:
            log.warning("no %s translation for %s", name, lang)
    return loaded


def current_language() -> Language:
    """The interface's language as installed (English until ``install_translators``)."""
    return _current[0]


def service_text(value: object) -> str:
    """A service cell as the interface shows it: the stand-in for rows without a service
    (``(no service)``) in the interface's language, missing values as nothing."""
    text = ui_text()
    return text.service(text.cell(value))


def ui_text() -> Text:
    """The words of the interface's language: core's coded messages (a rejected row's reason,
    a finding, a file error), its terms, figures and dates."""
    return text_for(current_language())
