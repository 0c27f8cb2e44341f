"""Korean for the English messages the reader and the analysis write: rejected-row reasons,
findings and file errors, rendered for display only.

The reader and the analysis keep writing English (it is what ``summary --json`` carries and what
their tests read); the CLI's text, the report model and the GUI pass each message through
``message_in`` before showing it. Each known form is a pattern whose variable parts (a line, a
cell, a column, a count) are carried into a Korean sentence; a part named ``inner`` is itself a
message and is rendered in turn, a part named ``word`` is one of the reader's fixed words. A
message of no known form is shown as it is, in English (``has_korean`` lets a test insist).
"""

from __future__ import annotations

import re

from desktop_app.core.language import Language

#: The reader's fixed words that appear inside a message.
_WORDS: dict[str, str] = {
    "day-first": "일/월 순서로",
    "month-first": "월/일 순서로",
    "the day": "날짜",
    "the first day": "첫날",
    "the last day": "마지막 날",
    "day": "일",
    "start": "시작",
    "end": "종료",
    "week": "주",
    "month": "월",
    "quarter": "분기",
    "a folder": "폴더",
    "a named pipe (FIFO)": "이름 있는 파이프(FIFO)",
    "a character device": "문자 장치",
    "a block device": "블록 장치",
    "a socket": "소켓",
    "a special file": "특수 파일",
    "it is empty": "비어 있음",
    "it has no incident header": "장애 머리글이 없음",
    "incident": "장애",
    "service": "서비스",
}

_CATALOGUE: tuple[tuple[str, str], ...] = (
    # Where a rejected row is: every reason starts so.
    (r"line (?P<line>\d+): (?P<inner>.*)", "{line}행: {inner}"),
    (r"sheet '(?P<sheet>.*)', row (?P<row>\d+): (?P<inner>.*)", "'{sheet}' 시트 {row}행: {inner}"),
    # Rejected rows.
    (
        r"a quote \(\"\) opened in this row is never closed, so everything up to line "
        r"(?P<last>\d+) was read as one row; fix the quote and import again",
        '이 행에서 연 따옴표(")가 닫히지 않아 {last}행까지가 한 행으로 읽혔습니다. '
        "따옴표를 고친 뒤 다시 가져오세요",
    ),
    (
        r"column '(?P<column>.*)' holds bytes that are not text \(a NUL byte or invalid "
        r"UTF-8\); fix or retype the cell",
        "'{column}' 열에 텍스트가 아닌 바이트(NUL 바이트 또는 잘못된 UTF-8)가 있습니다. "
        "셀을 고치거나 다시 입력하세요",
    ),
    (
        r"'(?P<label>.*)' marks a totals row, not an incident",
        "'{label}' 표시가 있는 합계 행으로, 장애가 아닙니다",
    ),
    (
        r"the event '(?P<event>.*)' in column '(?P<column>.*)' is not an outage "
        r"\(only down events are\)",
        "'{column}' 열의 이벤트 '{event}'은(는) 장애가 아닙니다. 다운 이벤트만 장애로 봅니다",
    ),
    (
        r"no start time \(column '(?P<column>.*)' is empty\)",
        "시작 시각 없음('{column}' 열이 비어 있음)",
    ),
    (
        r"cannot read '(?P<value>.*)' in column '(?P<column>.*)' as a date "
        r"\(this file's dates are (?P<word>day-first|month-first)\)",
        "'{column}' 열의 '{value}'을(를) 날짜로 읽을 수 없습니다"
        "(이 파일의 날짜는 {word} 읽었습니다)",
    ),
    (
        r"cannot read '(?P<value>.*)' in column '(?P<column>.*)' as a date",
        "'{column}' 열의 '{value}'을(를) 날짜로 읽을 수 없습니다",
    ),
    (
        r"the date '(?P<value>.*)' in column '(?P<column>.*)' is implausible "
        r"\(before (?P<first>\d+) or after (?P<last>\d+)\)",
        "'{column}' 열의 날짜 '{value}'은(는) {first}년보다 이르거나 {last}년보다 늦어 "
        "받아들일 수 없습니다",
    ),
    (
        r"the UTC offset of '(?P<value>.*)' in column '(?P<column>.*)' is beyond ±14:00, "
        r"the largest in use",
        "'{column}' 열의 '{value}'은(는) UTC 오프셋이 실제로 쓰이는 최대치 ±14:00을 넘습니다",
    ),
    (
        r"cannot read '(?P<value>.*)' in column '(?P<column>.*)' as a duration",
        "'{column}' 열의 '{value}'을(를) 지속 시간으로 읽을 수 없습니다",
    ),
    (
        r"the duration '(?P<value>.*)' in column '(?P<column>.*)' is negative",
        "'{column}' 열의 지속 시간 '{value}'이(가) 음수입니다",
    ),
    (
        r"the duration '(?P<value>.*)' in column '(?P<column>.*)' is implausible "
        r"\(longer than ten years\)",
        "'{column}' 열의 지속 시간 '{value}'은(는) 10년이 넘어 받아들일 수 없습니다",
    ),
    (
        r"the status '(?P<value>.*)' in column '(?P<column>.*)' says the incident is over, "
        r"but no end time is given",
        "'{column}' 열의 상태 '{value}'은(는) 종료를 뜻하지만 종료 시각이 없습니다",
    ),
    (
        r"resolved (?P<end>.+) is before started (?P<start>.+) "
        r"\(columns '(?P<end_column>.*)' and '(?P<start_column>.*)'\)",
        "종료 {end}이(가) 시작 {start}보다 이릅니다('{end_column}' 열과 '{start_column}' 열)",
    ),
    # Findings of the reader.
    (
        r"times without a time zone were read as local times in (?P<zone>.+)",
        "시간대가 없는 시각은 {zone} 현지 시각으로 읽었습니다",
    ),
    (
        r"no impact column: every incident is counted as a full outage",
        "영향 열이 없어 모든 장애를 전면 장애로 계산했습니다",
    ),
    (
        r"no service column: the file name '(?P<name>.*)' is used as the service of every "
        r"incident",
        "서비스 열이 없어 파일 이름 '{name}'을(를) 모든 장애의 서비스로 썼습니다",
    ),
    (
        r"(?P<count>[\d,]+) rows name no service; they are grouped as '(?P<name>.*)'",
        "서비스가 비어 있는 {count}행은 '{name}'(으)로 묶었습니다",
    ),
    (
        r"(?P<count>[\d,]+) ids are used by more than one service \(e\.g\. '(?P<id>.*)' for "
        r"(?P<services>.*)\); they are kept as separate incidents",
        "ID {count}개가 여러 서비스에서 쓰입니다(예: '{id}' - {services}). 서로 다른 장애로 "
        "두었습니다",
    ),
    (
        r"(?P<count>[\d,]+) incident ids appear on several rows with different start times; "
        r"the last row of each was kept",
        "장애 ID {count}개가 시작 시각이 다른 여러 행에 나옵니다. ID마다 마지막 행을 남겼습니다",
    ),
    (
        r"(?P<count>[\d,]+) rows were taken as totals \(labelled 합계, Total, 소계, \.\.\.\) and "
        r"not imported",
        "{count}행은 합계 행(합계, Total, 소계 등)으로 보고 가져오지 않았습니다",
    ),
    (
        r"the header is on row (?P<row>\d+) of sheet '(?P<sheet>.*)'; the title lines above it "
        r"were skipped",
        "머리글이 '{sheet}' 시트 {row}행에 있어 그 위의 제목 줄은 건너뛰었습니다",
    ),
    (
        r"the header is on row (?P<row>\d+); the title lines above it were skipped",
        "머리글이 {row}행에 있어 그 위의 제목 줄은 건너뛰었습니다",
    ),
    (
        r"row (?P<row>\d+) holds units, not an incident; skipped",
        "장애가 아니라 단위를 적은 행이라 건너뛰었습니다",  # the finding carries the line
    ),
    (
        r"(?P<count>[\d,]+) closed incidents had no end time; their last update "
        r"\('(?P<column>.*)'\) was taken as the end",
        "종료된 장애 {count}건에 종료 시각이 없어 마지막 갱신 시각('{column}')을 종료로 보았습니다",
    ),
    (
        r"dates such as 03/04/2020 could be day-first or month-first and no date decides; "
        r"'/' dates were read month-first, '-' and '\.' dates day-first "
        r"\(choose with --dayfirst or --monthfirst\)",
        "03/04/2020 같은 날짜는 일/월 순서인지 월/일 순서인지 정할 근거가 없어, '/' 날짜는 "
        "월/일, '-'와 '.' 날짜는 일/월 순서로 읽었습니다(--dayfirst 또는 --monthfirst로 "
        "고르세요)",
    ),
    (
        r"dates were read (?P<word>day-first|month-first) in every date column: "
        r"(?P<count>[\d,]+) dates can only be read that way; (?P<minority>[\d,]+) rows that "
        r"contradict it are rejected",
        "모든 날짜 열을 {word} 읽었습니다. 날짜 {count}개가 그렇게만 읽히며, 이와 어긋나는 "
        "{minority}행은 제외했습니다",
    ),
    (
        r"dates were read (?P<word>day-first|month-first) in every date column: "
        r"(?P<count>[\d,]+) dates can only be read that way",
        "모든 날짜 열을 {word} 읽었습니다. 날짜 {count}개가 그렇게만 읽힙니다",
    ),
    (
        r"the end '(?P<value>.*)' falls in the hour repeated when daylight saving ended in "
        r"(?P<zone>.+); it was read in the later \(standard-time\) hour, the only reading "
        r"after the start",
        "종료 '{value}'은(는) {zone}의 서머타임이 끝나 반복되는 시간대에 있어, 시작보다 "
        "뒤가 되는 유일한 해석인 나중(표준시) 시각으로 읽었습니다",
    ),
    (
        r"'(?P<header>.*)' was taken as the (?P<word>start|end) time by its values; "
        r"confirm with --map (?P<field>\w+)=\"(?P<same>.*)\"",
        "'{header}' 열을 값을 보고 {word} 시각으로 골랐습니다. --map {field}=\"{same}\" 옵션으로 "
        "확인하세요",
    ),
    (
        r"the text is not UTF-8; it was read as (?P<encoding>\S+) \(a guess from its bytes\); "
        r"save it as UTF-8 if names look wrong",
        "UTF-8이 아닌 텍스트라 바이트로 추정한 {encoding}(으)로 읽었습니다. 이름이 깨져 "
        "보이면 UTF-8로 저장하세요",
    ),
    (r"sheet '(?P<sheet>.*)' skipped: (?P<word>.*)", "'{sheet}' 시트 건너뜀: {word}"),
    (
        r"sheet '(?P<sheet>.*)' skipped: no column holds start times",
        "'{sheet}' 시트 건너뜀: 시작 시각 열이 없음",
    ),
    # Findings of the analysis.
    (
        r"(?P<count>[\d,]+) incident\(s\) start (?P<years>[\d.]+) years or more away from all "
        r"the others \(which start from (?P<first>\S+) to (?P<last>\S+)\), on line\(s\) "
        r"(?P<lines>.*); check the year",
        "장애 {count}건이 나머지 장애(시작 {first} ~ {last})와 {years}년 이상 떨어져 "
        "있습니다({lines}행). 연도를 확인하세요",
    ),
    (
        r"periods are by (?P<word>\w+), not by (?P<asked>\w+): (?P<services>[\d,]+) services "
        r"over (?P<count>[\d,]+) \w+s would be (?P<cells>[\d,]+) service-periods, more than "
        r"the (?P<limit>[\d,]+) computed at once",
        "기간을 {asked_ko} 대신 {word} 단위로 나눴습니다. 서비스 {services}개 × 기간 "
        "{count}개는 서비스-기간 {cells}개로, 한 번에 계산하는 {limit}개를 넘습니다",
    ),
    (
        r"(?P<services>[\d,]+) services over (?P<count>[\d,]+) quarters are more than "
        r"(?P<limit>[\d,]+) service-periods; choose fewer services or a shorter window "
        r"\(--service, --from, --to\)",
        "서비스 {services}개 × 분기 {count}개는 서비스-기간 {limit}개를 넘습니다. 서비스를 "
        "줄이거나 기간을 좁히세요(--service, --from, --to)",
    ),
    (
        r"incident (?P<id>.*) has been open since (?P<day>\S+) and holds (?P<share>\d+%) of "
        r"the downtime; check whether it has ended",
        "장애 {id}은(는) {day}부터 열려 있으며 다운타임의 {share}를 차지합니다. 끝났는지 "
        "확인하세요",
    ),
    # The machine's zone (CLI), the PDF's missing glyphs, a library import that kept nothing.
    (
        r"(?P<inner>.*); using (?P<zone>\S+) \(choose one with --tz\)",
        "{inner}. {zone}을(를) 씁니다(--tz로 고르세요)",
    ),
    (
        r"TZ=(?P<value>.*) names no time zone this machine knows",
        "TZ={value}은(는) 이 컴퓨터가 아는 시간대가 아닙니다",
    ),
    (
        r"the machine's time zone cannot be used \((?P<why>.*)\)",
        "이 컴퓨터의 시간대를 쓸 수 없습니다({why})",
    ),
    (
        r"(?P<count>[\d,]+) character\(s\) have no glyph in the bundled fonts and are drawn as "
        r"(?P<mark>.) in the PDF: (?P<shown>.*) and (?P<more>[\d,]+) more",
        "글자 {count}개는 내장 글꼴에 없어 PDF에 {mark}(으)로 그렸습니다: {shown} 외 {more}개",
    ),
    (
        r"(?P<count>[\d,]+) character\(s\) have no glyph in the bundled fonts and are drawn as "
        r"(?P<mark>.) in the PDF: (?P<shown>.*)",
        "글자 {count}개는 내장 글꼴에 없어 PDF에 {mark}(으)로 그렸습니다: {shown}",
    ),
    (
        r"no incident was imported \((?P<rows>[\d,]+) rows, (?P<rejected>[\d,]+) rejected; "
        r"(?P<inner>.*)\)",
        "가져온 장애 없음({rows}행 중 {rejected}행 제외. {inner})",
    ),
    (
        r"no incident was imported \((?P<rows>[\d,]+) rows, (?P<rejected>[\d,]+) rejected\)",
        "가져온 장애 없음({rows}행 중 {rejected}행 제외)",
    ),
    # Options the command line refuses (settings, days, zones, services, --map, -o).
    (
        r"(?P<option>--?[\w/-]+(?: '[^']*')?): (?P<inner>.*)",
        "{option}: {inner}",
    ),
    (r"'(?P<value>[^']*)': (?P<inner>.*)", "'{value}': {inner}"),
    (
        r"(?P<value>\S+) is not a share between 0 and 1",
        "{value}은(는) 0과 1 사이의 비율이 아닙니다",
    ),
    (
        r"(?P<value>\S+) is not a percentage above 0 and below 100",
        "{value}은(는) 0보다 크고 100보다 작은 퍼센트가 아닙니다",
    ),
    (r"(?P<value>\S+) is not a positive number", "{value}은(는) 양수가 아닙니다"),
    (
        r"(?P<word>the day|the first day|the last day) (?P<day>\S+) is outside the supported dates "
        r"(?P<first>\S+) to (?P<last>\S+)",
        "{word} {day}은(는) 지원하는 날짜({first} ~ {last}) 밖입니다",
    ),
    (r"write the day as YYYY-MM-DD", "날짜는 YYYY-MM-DD 형식으로 쓰세요"),
    (
        r"the first day (?P<first>\S+) is after the last day (?P<last>\S+)",
        "첫날 {first}이(가) 마지막 날 {last}보다 뒤입니다",
    ),
    (
        r"unknown time zone (?P<zone>.*) \(use an IANA name such as Asia/Seoul\)",
        "알 수 없는 시간대 {zone}입니다(Asia/Seoul 같은 IANA 이름을 쓰세요)",
    ),
    (
        r"no service (?P<name>.*) in the data \(did you mean (?P<match>.*)\?\); known services: "
        r"(?P<known>.*)",
        "데이터에 서비스 {name}이(가) 없습니다({match}을(를) 찾으셨나요?). 있는 서비스: {known}",
    ),
    (
        r"no service (?P<name>.*) in the data; known services: (?P<known>.*)",
        "데이터에 서비스 {name}이(가) 없습니다. 있는 서비스: {known}",
    ),
    (
        r"write FIELD=HEADER, e\.g\. started_at=Created",
        "FIELD=HEADER 형식으로 쓰세요. 예: started_at=Created",
    ),
    (
        r"unknown field (?P<field>.*); fields: (?P<fields>.*)",
        "알 수 없는 필드 {field}입니다. 필드: {fields}",
    ),
    (
        r"give at least one incident file, or --library",
        "장애 파일을 하나 이상 주거나 --library를 쓰세요",
    ),
    (r"give incident files or --library, not both", "장애 파일과 --library 중 하나만 주세요"),
    (
        r"(?P<output>.*) is an input file \((?P<name>.*)\); choose another output",
        "{output}은(는) 입력 파일({name})입니다. 다른 출력 파일을 고르세요",
    ),
    # Files that cannot be imported at all.
    (r"the file is empty", "파일이 비어 있습니다"),
    (r"cannot read it as CSV text: (?P<inner>.*)", "CSV 텍스트로 읽을 수 없습니다: {inner}"),
    (r"cannot open the file \((?P<why>.*)\)", "파일을 열 수 없습니다({why})"),
    (r"it is (?P<word>.*), not a regular file", "일반 파일이 아니라 {word}입니다"),
    (
        r"it holds more than (?P<size>[\d,]+) MiB, the most one file may hold; split it or "
        r"export a shorter period",
        "파일 하나에 담을 수 있는 {size} MiB를 넘습니다. 나누거나 더 짧은 기간으로 내보내세요",
    ),
    (
        r"it is a ZIP archive or an Excel workbook \(\.xlsx\); export it as CSV",
        "ZIP 압축 파일이거나 Excel 통합 문서(.xlsx)입니다. CSV로 내보내세요",
    ),
    (
        r"it is an old Excel workbook \(\.xls\); export it as CSV",
        "예전 Excel 통합 문서(.xls)입니다. CSV로 내보내세요",
    ),
    (r"it is a PDF document, not a CSV file", "CSV 파일이 아니라 PDF 문서입니다"),
    (r"it is a PNG image, not a CSV file", "CSV 파일이 아니라 PNG 이미지입니다"),
    (r"it is a JPEG image, not a CSV file", "CSV 파일이 아니라 JPEG 이미지입니다"),
    (r"it is a gzip archive; unpack it first", "gzip 압축 파일입니다. 먼저 압축을 푸세요"),
    (
        r"it contains NUL (?:bytes|characters), so it is binary data, not CSV text",
        "NUL 문자가 들어 있어 CSV 텍스트가 아닌 바이너리 데이터입니다",
    ),
    (
        r"it contains control characters, so it is binary data, not text",
        "제어 문자가 들어 있어 텍스트가 아닌 바이너리 데이터입니다",
    ),
    (
        r"its text is neither UTF-8, UTF-16 nor a known legacy encoding",
        "텍스트가 UTF-8, UTF-16도 아니고 알려진 예전 인코딩도 아닙니다",
    ),
    (
        r"it is marked as (?P<label>\S+) but is not valid (?P=label) text \(near line "
        r"(?P<line>\d+)\); save it again as UTF-8",
        "{label}(으)로 표시되어 있지만 올바른 {label} 텍스트가 아닙니다({line}행 근처). "
        "UTF-8로 다시 저장하세요",
    ),
    (
        r"no sheet of the workbook has an incident header \(a start time column\)",
        "통합 문서에 장애 머리글(시작 시각 열)이 있는 시트가 없습니다",
    ),
    (r"cannot read the workbook \((?P<why>.*)\)", "통합 문서를 읽을 수 없습니다({why})"),
    (
        r"no column for '(?P<field>\w+)' was found \(headers seen: (?P<seen>.*)\); "
        r"'(?P<guess>.*)' holds times and would be used; confirm with --map "
        r"(?P=field)=\"(?P=guess)\"",
        "'{field}' 열을 찾지 못했습니다(머리글: {seen}). 시각이 든 '{guess}' 열을 쓸 수 "
        '있습니다. --map {field}="{guess}"로 확인하세요',
    ),
    (
        r"no column for '(?P<field>\w+)' was found \(headers seen: (?P<seen>.*)\); map one "
        r"with --map (?P=field)=\"HEADER\"",
        "'{field}' 열을 찾지 못했습니다(머리글: {seen}). --map {field}=\"머리글\"로 지정하세요",
    ),
    (
        r"the mapping (?P<field>\w+)=(?P<wanted>.*) names a column that is not in the file "
        r"\(headers seen: (?P<seen>.*)\)",
        "매핑 {field}={wanted}이(가) 가리키는 열이 파일에 없습니다(머리글: {seen})",
    ),
    (
        r"unexpected error while reading \(please report it\): (?P<error>.*)",
        "읽는 중 예기치 않은 오류가 났습니다(알려 주세요): {error}",
    ),
    # The library's edits (a change refused) and its file (``PATH: reason``).
    (r"'(?P<value>.*)' is not a date and time", "'{value}'은(는) 날짜와 시각이 아닙니다"),
    (
        r"'(?P<value>.*)' needs a time zone offset, e\.g\. \+09:00",
        "'{value}'에 시간대 오프셋이 필요합니다(예: +09:00)",
    ),
    (r"the SLO target '(?P<value>.*)' is not a number", "SLO 목표 '{value}'은(는) 숫자가 아닙니다"),
    (
        r"the SLO target (?P<value>\S+) % is not between 0 and 100",
        "SLO 목표 {value} %는 0보다 크고 100 이하여야 합니다",
    ),
    (
        r"unknown (?P<word>incident|service) field '(?P<field>.*)'; fields: (?P<fields>.*)",
        "알 수 없는 {word} 항목 '{field}'입니다. 항목: {fields}",
    ),
    (r"changing '(?P<field>.*)' needs a reason", "'{field}'을(를) 바꾸려면 사유가 필요합니다"),
    (
        r"'(?P<field>.*)' of (?P<target>.*) is already '(?P<value>.*)'",
        "{target}의 '{field}'은(는) 이미 '{value}'입니다",
    ),
    (
        r"using another import's values needs a reason",
        "다른 가져오기의 값을 쓰려면 사유가 필요합니다",
    ),
    (
        r"import (?P<id>\d+) holds no values of incident (?P<incident>.*)",
        "가져오기 {id}번에는 장애 {incident}의 값이 없습니다",
    ),
    (
        r"the values of import (?P<id>\d+) are already in use",
        "가져오기 {id}번의 값을 이미 쓰고 있습니다",
    ),
    (r"there is no change (?P<id>\d+)", "변경 {id}번이 없습니다"),
    (
        r"change (?P<id>\d+) was changed again since; undo the later change first",
        "변경 {id}번 뒤에 같은 항목이 다시 바뀌었습니다. 나중 변경을 먼저 되돌리세요",
    ),
    (
        r"(?P<path>.*): cannot change it: another Reliability Desk is using it; it is open "
        r"read-only here",
        "{path}: 바꿀 수 없습니다. 다른 Reliability Desk가 쓰고 있어 여기서는 읽기 전용입니다",
    ),
    (
        r"(?P<path>.*): there is no library here yet; import files into it first",
        "{path}: 아직 라이브러리가 없습니다. 먼저 파일을 가져오세요",
    ),
    (
        r"(?P<path>.*): it was made by a newer Reliability Desk \(schema (?P<schema>\d+)\); "
        r"update the app",
        "{path}: 더 새 Reliability Desk(스키마 {schema})가 만든 파일입니다. 앱을 업데이트하세요",
    ),
    (
        r"(?P<path>.*): it needs an upgrade, which only the app that writes it can do",
        "{path}: 업그레이드가 필요하며, 라이브러리를 쓰는 앱만 할 수 있습니다",
    ),
    (r"(?P<path>.*): there is no backup to restore", "{path}: 복원할 백업이 없습니다"),
)

_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.DOTALL), korean) for pattern, korean in _CATALOGUE
)


def _korean(text: str) -> str | None:
    """The Korean rendering of ``text``, or None when it has no known form."""
    for pattern, korean in _RULES:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        parts = _parts(match.groupdict())
        if parts is not None:
            return korean.format(**parts)
    return None


def _parts(groups: dict[str, str | None]) -> dict[str, str] | None:
    """The variable parts in Korean: ``inner`` rendered in turn (None when it has no form),
    ``word`` and ``asked`` from the fixed words, everything else carried over."""
    parts: dict[str, str] = {}
    for name, value in groups.items():
        text = value or ""
        if name == "inner":
            inner = _korean(text)
            if inner is None:
                return None
            text = inner
        elif name == "word":
            if text not in _WORDS:
                return None
            text = _WORDS[text]
        parts[name] = text
    if "asked" in parts:
        parts["asked_ko"] = _WORDS.get(parts["asked"], parts["asked"])
    return parts


def has_korean(text: str) -> bool:
    """Whether ``text`` is of a known form (a test holds every message the reader writes to it)."""
    return _korean(text) is not None


def message_in(text: str, lang: Language) -> str:
    """``text`` as a reader of ``lang`` sees it: English unchanged, Korean when its form is known,
    else the English text itself (a message is never dropped)."""
    if lang == "en":
        return text
    return _korean(text) or text
