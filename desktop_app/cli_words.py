"""The command line in Korean: argparse's own words (usage, options, its error messages) and
our help texts and descriptions, chosen by ``--lang`` or else the system locale.

argparse looks its words up through ``gettext`` at the moment it writes them (the module's
``_``); ``LocalisedParser.parse_args`` points that look-up at ``ARGPARSE_KO`` while it parses,
and puts the Korean help texts on the parser's actions first. English is argparse unchanged.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from desktop_app.core.language import LANGUAGES, Language, is_language, system_language

#: argparse's own messages (Python 3.11+), keyed by its English msgid.
ARGPARSE_KO: dict[str, str] = {
    "usage: ": "사용법: ",
    "options": "옵션",
    "positional arguments": "위치 인자",
    "show this help message and exit": "이 도움말을 보여 주고 끝냅니다",
    "show program's version number and exit": "프로그램 버전을 보여 주고 끝냅니다",
    "%(prog)s: error: %(message)s\n": "%(prog)s: 오류: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "고를 수 없는 값 %(value)r (고를 수 있는 값: %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "%(type)s 값으로 읽을 수 없음: %(value)r",
    "expected one argument": "값이 하나 필요합니다",
    "expected at least one argument": "값이 하나 이상 필요합니다",
    "expected at most one argument": "값은 하나까지만 줄 수 있습니다",
    "unrecognized arguments: %s": "알 수 없는 인자: %s",
    "the following arguments are required: %s": "다음 인자가 필요합니다: %s",
    "not allowed with argument %s": "%s 인자와 함께 쓸 수 없습니다",
    "one of the arguments %s is required": "%s 중 하나가 필요합니다",
    "ambiguous option: %(option)s could match %(matches)s": (
        "모호한 옵션: %(option)s은(는) %(matches)s 중 어느 것으로도 읽힙니다"
    ),
    "ignored explicit argument %r": "주어진 값 %r은(는) 쓰지 않습니다",
}

#: Our descriptions and help texts, keyed by the English (``%(default)s`` kept).
HELP_KO: dict[str, str] = {
    "Print availability, MTTR and MTBF.": "가용성, MTTR, MTBF를 출력합니다.",
    "Write the executive PDF report.": "경영진용 PDF 보고서를 만듭니다.",
    "Open incident CSVs in the app. Commands without a window: summary, report, library "
    "(see `reliability-desk summary --help`).": "장애 CSV를 앱에서 엽니다. 창 없이 쓰는 "
    "명령: summary, report, library (`reliability-desk summary --help` 참고).",
    "Keep incidents across exports: import, list, remove, export.": (
        "여러 내보내기의 장애를 한곳에 모읍니다: import, list, remove, export."
    ),
    "IANA time zone, e.g. Asia/Seoul (default: this machine's)": (
        "IANA 시간대, 예: Asia/Seoul (기본값: 이 컴퓨터의 시간대)"
    ),
    'use column HEADER for FIELD, e.g. --map started_at="Created"': (
        'FIELD에 HEADER 열을 씁니다. 예: --map started_at="Created"'
    ),
    "read ambiguous dates such as 03/04/2020 as day first": (
        "03/04/2020처럼 모호한 날짜를 일/월 순서로 읽습니다"
    ),
    "read ambiguous dates as month first": "모호한 날짜를 월/일 순서로 읽습니다",
    "incident CSV files": "장애 CSV 파일",
    "the library file (default: the one in your user data folder)": (
        "라이브러리 파일 (기본값: 사용자 데이터 폴더의 파일)"
    ),
    "with --library: figures without the reclassifications, for comparison": (
        "--library와 함께: 비교용으로 재분류를 빼고 계산합니다"
    ),
    "first day": "첫날",
    "last day (included)": "마지막 날 (포함)",
    "share of a partial outage counted as downtime (default %(default)s)": (
        "부분 장애 중 다운타임으로 셈하는 비율 (기본값 %(default)s)"
    ),
    "share of degraded performance counted as downtime (default %(default)s)": (
        "성능 저하 중 다운타임으로 셈하는 비율 (기본값 %(default)s)"
    ),
    "period of the trends (auto: day up to 45 days, week to 6 months, month to 3 years)": (
        "추이의 기간 단위 (auto: 45일까지 일, 6개월까지 주, 3년까지 월)"
    ),
    "only this service (repeatable)": "이 서비스만 (여러 번 쓸 수 있음)",
    "only this severity (repeatable)": "이 심각도만 (여러 번 쓸 수 있음)",
    "availability target in percent (default %(default)s)": (
        "가용성 목표, 퍼센트 (기본값 %(default)s)"
    ),
    "outages this long or longer are flagged for user notice (default %(default)g)": (
        "이 시간 이상 이어진 장애를 이용자 고지 대상으로 표시합니다 (기본값 %(default)g시간)"
    ),
    "language of the text (default: the system locale's; JSON is always the same)": (
        "출력 언어 (기본값: 시스템 로캘의 언어, JSON은 언어와 관계없이 같음)"
    ),
    "print one JSON document": "JSON 문서 하나로 출력합니다",
    "where to write": "저장할 파일",
    "default: the language's report title": "기본값: 언어별 보고서 제목",
    "organisation shown on the report": "보고서에 표시할 조직 이름",
    "incident CSV files (default: the last session's or the sample)": (
        "장애 CSV 파일 (기본값: 지난 세션의 파일 또는 예제)"
    ),
    "open the window, wait until every view is drawn, save it, exit": (
        "창을 열어 모든 화면이 그려지면 저장하고 끝냅니다"
    ),
    "the view shown (with --screenshot)": "보여 줄 화면 (--screenshot과 함께)",
    "the library file (default: Preferences' or your own)": (
        "라이브러리 파일 (기본값: 환경 설정의 파일 또는 사용자 파일)"
    ),
    "self-test: load the sample, compute, export a PDF, exit 0 if all ok": (
        "자체 점검: 예제를 읽어 계산하고 PDF를 만든 뒤, 모두 되면 0으로 끝냅니다"
    ),
    "import incident CSV files": "장애 CSV 파일을 가져옵니다",
    "imports and their row accounting": "가져오기 목록과 행 집계",
    "take an import out of the library": "가져오기 하나를 라이브러리에서 뺍니다",
    "every incident and edit, as Parquet or CSV": "모든 장애와 수정 내역을 Parquet 또는 CSV로",
}

#: How a bad option's message ends, pointing to the help.
SEE_HELP: dict[Language, str] = {
    "en": "{message} (see {prog} --help)",
    "ko": "{message} ({prog} --help 참고)",
}


def argv_language(argv: Sequence[str]) -> Language:
    """``--lang`` as given in ``argv`` (read before parsing, so the help and argparse's own
    errors are in it), else the system locale's language."""
    for index, arg in enumerate(argv):
        value = arg.removeprefix("--lang=") if arg.startswith("--lang=") else None
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        if is_language(value):
            return value
    return system_language()


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """``--lang``: the language of the text, read back with ``chosen_language``."""
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="language of the text (default: the system locale's; JSON is always the same)",
    )


def chosen_language(args: argparse.Namespace) -> Language:
    """``--lang``, else the system locale's language."""
    return args.lang or system_language()


def help_texts(parser: argparse.ArgumentParser) -> Iterator[str]:
    """Every description and help text of ``parser`` and its subcommands."""
    if parser.description:
        yield parser.description
    for action in parser._actions:  # argparse keeps no public list of them
        if action.help and action.help != argparse.SUPPRESS:
            yield action.help
        if isinstance(action, argparse._SubParsersAction):
            yield from (choice.help for choice in action._choices_actions if choice.help)
            for sub in action.choices.values():
                yield from help_texts(sub)


def _to_korean(parser: argparse.ArgumentParser) -> None:
    """Put the Korean descriptions and help texts on ``parser`` and its subcommands."""
    parser.description = HELP_KO.get(parser.description or "", parser.description)
    for group in parser._action_groups:  # titled in English when the parser was built
        group.title = ARGPARSE_KO.get(group.title or "", group.title)
    for action in parser._actions:
        action.help = _korean_help(action.help)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                choice.help = _korean_help(choice.help)
            for sub in action.choices.values():
                _to_korean(sub)


def _korean_help(text: str | None) -> str | None:
    return ARGPARSE_KO.get(text, HELP_KO.get(text, text)) if text else text


@contextmanager
def _argparse_words(lang: Language) -> Iterator[None]:
    """argparse's own words in ``lang`` while the block runs."""
    if lang == "en":
        yield
        return
    english = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda text: ARGPARSE_KO.get(text, english(text))  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = english  # type: ignore[attr-defined]


class LocalisedParser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose help and errors are in the language of ``--lang`` or the
    locale; ``self.language`` says which, for the messages that follow the parse."""

    language: Language = "en"

    def parse_args(self, args=None, namespace=None):  # type: ignore[override]
        argv = sys.argv[1:] if args is None else list(args)
        self.language = argv_language(argv)
        if self.language == "ko":
            _to_korean(self)
        with _argparse_words(self.language):
            return super().parse_args(argv, namespace)
