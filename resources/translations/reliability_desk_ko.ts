<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>About</name>
    <message>
        <source>The licence file {path} could not be read: {reason}</source>
        <translation>라이선스 파일 {path}을(를) 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} 정보</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>버전 {version}</translation>
    </message>
    <message>
        <source>Turns incident CSV exports into availability figures, charts and an executive PDF report.</source>
        <translation>장애 CSV 내보내기 파일로 가용성 지표, 차트, 경영진용 PDF 보고서를 만듭니다.</translation>
    </message>
    <message>
        <source>Built with PySide6 {pyside} (Qt for Python, LGPLv3) and pyqtgraph {pg} (MIT).</source>
        <translation>PySide6 {pyside}(Qt for Python, LGPLv3)와 pyqtgraph {pg}(MIT)로 만들었습니다.</translation>
    </message>
    <message>
        <source>Latin text and digits use the bundled Noto Sans font by Google, Korean text the bundled NanumGothic font by NAVER, both licensed under the SIL Open Font License 1.1 (below).</source>
        <translation>영문과 숫자는 Google의 Noto Sans 글꼴, 한글은 NAVER의 나눔고딕 글꼴을 함께 배포하여 사용합니다. 두 글꼴 모두 SIL Open Font License 1.1(아래)을 따릅니다.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>로그 파일: {path}</translation>
    </message>
    <message>
        <source>Font licences (Noto Sans, NanumGothic):</source>
        <translation>글꼴 라이선스(Noto Sans, 나눔고딕):</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;System colours</source>
        <translation>시스템 색상(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open CSV…</source>
        <translation>CSV 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Add incident CSV files</source>
        <translation>장애 CSV 파일 추가</translation>
    </message>
    <message>
        <source>Load &amp;sample data</source>
        <translation>예제 데이터 불러오기(&amp;S)</translation>
    </message>
    <message>
        <source>Load the bundled sample</source>
        <translation>함께 제공되는 예제 데이터 불러오기</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the executive PDF report</source>
        <translation>경영진용 PDF 보고서 작성</translation>
    </message>
    <message>
        <source>Export &amp;table as CSV…</source>
        <translation>표를 CSV로 내보내기(&amp;T)…</translation>
    </message>
    <message>
        <source>Save the current table as CSV</source>
        <translation>현재 표를 CSV로 저장</translation>
    </message>
    <message>
        <source>Show &amp;rejected rows…</source>
        <translation>제외된 행 보기(&amp;R)…</translation>
    </message>
    <message>
        <source>Rows that were not imported</source>
        <translation>가져오지 못한 행</translation>
    </message>
    <message>
        <source>&amp;Close all files</source>
        <translation>모든 파일 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Unload every file</source>
        <translation>불러온 파일을 모두 닫기</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Reliability Desk</source>
        <translation>Reliability Desk 끝내기</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경설정(&amp;P)…</translation>
    </message>
    <message>
        <source>SLO target, time zone, language, …</source>
        <translation>SLO 목표, 시간대, 언어 등</translation>
    </message>
    <message>
        <source>&amp;Find incidents…</source>
        <translation>장애 찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the incidents, from any view</source>
        <translation>어느 화면에서든 장애 검색</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>차트 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the current chart as a picture for slides</source>
        <translation>현재 차트를 슬라이드용 그림으로 복사</translation>
    </message>
    <message>
        <source>Save chart as &amp;PNG…</source>
        <translation>차트를 PNG로 저장(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the current chart as a PNG</source>
        <translation>현재 차트를 PNG로 저장</translation>
    </message>
    <message>
        <source>&amp;About Reliability Desk</source>
        <translation>Reliability Desk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Show the {view} view</source>
        <translation>{view} 화면 보기</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <source>Nothing loaded yet — drop incident CSV files on the window or use File ▸ Open…</source>
        <translation>아직 불러온 데이터가 없습니다. 장애 CSV 파일을 창에 끌어다 놓거나 파일 ▸ 열기를 사용하세요.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>not yet measured</source>
        <translation>아직 측정 전</translation>
    </message>
    <message>
        <source>Availability {value} (target {target})</source>
        <translation>가용성 {value} (목표 {target})</translation>
    </message>
    <message>
        <source>Downtime {value}</source>
        <translation>장애 시간 {value}</translation>
    </message>
    <message>
        <source>1 incident started</source>
        <translation>장애 1건 시작</translation>
    </message>
    <message>
        <source>{count} incidents started</source>
        <translation>장애 {count}건 시작</translation>
    </message>
    <message>
        <source>All selected services</source>
        <translation>선택한 전체 서비스</translation>
    </message>
    <message>
        <source>One row per service</source>
        <translation>서비스별 한 줄</translation>
    </message>
</context>
<context>
    <name>ChartMenu</name>
    <message>
        <source>Save chart as PNG</source>
        <translation>차트를 PNG로 저장</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>차트를 저장하지 못함</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>보기 초기화</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>차트 복사</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>차트를 PNG로 저장…</translation>
    </message>
</context>
<context>
    <name>Drop</name>
    <message>
        <source>Only incident files (.csv, .txt, .tsv, .xlsx, .xlsm, .xls) or folders of them can be dropped here.</source>
        <translation>장애 파일(.csv, .txt, .tsv, .xlsx, .xlsm, .xls)이나 그 파일이 든 폴더만 놓을 수 있습니다.</translation>
    </message>
    <message>
        <source>content that is not a file</source>
        <translation>파일이 아닌 내용</translation>
    </message>
    <message>
        <source>Not loaded: {files}</source>
        <translation>불러오지 않음: {files}</translation>
    </message>
    <message>
        <source>Drop to load 1 incident file</source>
        <translation>놓으면 장애 파일 1개를 불러옵니다</translation>
    </message>
    <message>
        <source>Drop to load {count} incident files</source>
        <translation>놓으면 장애 파일 {count}개를 불러옵니다</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Drop incident CSV files here</source>
        <translation>장애 CSV 파일을 여기에 놓으세요</translation>
    </message>
    <message>
        <source>Exports from your incident tool ({suffixes}), several at once or a folder of them.
Each row needs at least a start time; the rest is detected from the headers.</source>
        <translation>장애 관리 도구에서 내보낸 파일({suffixes})을 여러 개 한꺼번에, 또는 폴더째 놓을 수 있습니다.
각 행에는 시작 시각만 있으면 되고, 나머지는 머리글에서 알아냅니다.</translation>
    </message>
    <message>
        <source>Open CSV…</source>
        <translation>CSV 열기…</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>예제 데이터 불러오기</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>문제가 발생했습니다</translation>
    </message>
    <message>
        <source>The app keeps running. The details are in the log file:</source>
        <translation>앱은 계속 실행됩니다. 자세한 내용은 로그 파일에 있습니다:</translation>
    </message>
    <message>
        <source>The app keeps running. The details are in the log file.</source>
        <translation>앱은 계속 실행됩니다. 자세한 내용은 로그 파일에 있습니다.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>자세한 내용 복사</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>자세히 보기</translation>
    </message>
    <message>
        <source>({count} earlier error(s) in the details)</source>
        <translation>(앞서 난 오류 {count}건은 자세한 내용에 있음)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>복사함</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>자세히 숨기기</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>a background thread</source>
        <translation>백그라운드 스레드</translation>
    </message>
    <message>
        <source>Error in {thread}</source>
        <translation>{thread}에서 오류 발생</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export PDF</source>
        <translation>PDF 내보내기</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>PDF 보고서를 작성하는 중…</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>표를 CSV로 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} 작성 중…</translation>
    </message>
    <message>
        <source>Did not write {file}</source>
        <translation>{file}을(를) 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>내보내는 중</translation>
    </message>
    <message>
        <source>Could not write {file}</source>
        <translation>{file}을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>내보내기 완료</translation>
    </message>
    <message>
        <source>Saved {file} in {folder}.
Open it now?</source>
        <translation>{file}을(를) {folder}에 저장했습니다.
지금 열까요?</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Incident files ({patterns})</source>
        <translation>장애 파일 ({patterns})</translation>
    </message>
    <message>
        <source>Open incident files (CSV or Excel)</source>
        <translation>장애 파일 열기 (CSV 또는 Excel)</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>파일을 바꿀까요?</translation>
    </message>
    <message>
        <source>{file} already exists in {folder}.
Do you want to replace it?</source>
        <translation>{folder}에 {file}이(가) 이미 있습니다.
바꾸시겠습니까?</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Last 30 days</source>
        <extracomment>What each period choice and granularity reads as (the key stays in the item&apos;s data).</extracomment>
        <translation>최근 30일</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>지난달</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>최근 분기</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>이번 분기</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>올해 누계</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>작년</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>직접 지정</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>주</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>분기</translation>
    </message>
    <message>
        <source>Presets count from today; the note says when the data ends sooner</source>
        <translation>기간은 오늘부터 셉니다. 데이터가 더 일찍 끝나면 옆에 표시합니다</translation>
    </message>
    <message>
        <source>data ends on {}</source>
        <translation>데이터 마지막 날 {}</translation>
    </message>
    <message>
        <source>First day included</source>
        <translation>첫날(포함)</translation>
    </message>
    <message>
        <source>Last day included</source>
        <translation>마지막 날(포함)</translation>
    </message>
    <message>
        <source>Auto: days up to 45 days, weeks up to 6 months, months up to 3 years, else quarters</source>
        <translation>자동: 45일까지 일, 6개월까지 주, 3년까지 월, 그 이상은 분기</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>기간:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>단위:</translation>
    </message>
</context>
<context>
    <name>FindingsDialog</name>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <source>What was assumed</source>
        <translation>가정한 내용</translation>
    </message>
    <message>
        <source>What the import assumed</source>
        <translation>가져오며 가정한 내용</translation>
    </message>
    <message>
        <source>The files did not say everything the figures need; this is what was assumed. Map columns or fix the files to change it.</source>
        <translation>파일에 수치 계산에 필요한 내용이 모두 있지는 않아 다음과 같이 가정했습니다. 바꾸려면 열을 지정하거나 파일을 고치세요.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>An import is already running; wait for it or cancel it.</source>
        <extracomment>Files the user maps again (their rows were all rejected), with why.</extracomment>
        <translation>이미 가져오기가 진행 중입니다. 끝날 때까지 기다리거나 취소하세요.</translation>
    </message>
    <message>
        <source>Not found: {files}</source>
        <translation>찾을 수 없음: {files}</translation>
    </message>
    <message>
        <source>Load large file?</source>
        <translation>큰 파일을 불러올까요?</translation>
    </message>
    <message>
        <source>These files are large and may take a while to load:
{files}

You can cancel the import while it runs. Load them?</source>
        <translation>다음 파일은 커서 불러오는 데 시간이 걸릴 수 있습니다:
{files}

가져오는 도중에 취소할 수 있습니다. 불러올까요?</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} 읽는 중…</translation>
    </message>
    <message>
        <source>Reading {count} files…</source>
        <translation>파일 {count}개 읽는 중…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>가져오는 중</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>가져오기 실패</translation>
    </message>
    <message>
        <source>Import cancelled; nothing new was loaded.</source>
        <translation>가져오기를 취소했습니다. 새로 불러온 것은 없습니다.</translation>
    </message>
    <message>
        <source>{files} was not loaded: its columns were not mapped.</source>
        <translation>{files}을(를) 불러오지 않았습니다: 열을 지정하지 않았습니다.</translation>
    </message>
    <message>
        <source>{files} were not loaded: their columns were not mapped.</source>
        <translation>{files}을(를) 불러오지 않았습니다: 열을 지정하지 않았습니다.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
</context>
<context>
    <name>IncidentDetails</name>
    <message>
        <source>{label} (“{original}” in the file)</source>
        <translation>{label} (파일의 값: “{original}”)</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}, {line}행</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>인지</translation>
    </message>
    <message>
        <source>User notice</source>
        <translation>이용자 고지</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Yes: an outage of {hours} h or more</source>
        <translation>대상: {hours}시간 이상 이어진 장애</translation>
    </message>
    <message>
        <source>No (threshold {hours} h)</source>
        <translation>대상 아님 (기준 {hours}시간)</translation>
    </message>
    <message>
        <source>Incident {id}</source>
        <translation>장애 {id}</translation>
    </message>
</context>
<context>
    <name>IncidentsTable</name>
    <message>
        <source>Notify users</source>
        <translation>고지 대상</translation>
    </message>
    <message>
        <source>User notice</source>
        <translation>이용자 고지</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>지속 시간(분)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>End</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Search id, service, title, severity, impact… (Ctrl+F)</source>
        <translation>ID, 서비스, 제목, 심각도, 영향 검색… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation>행 복사</translation>
    </message>
    <message>
        <source>Copy row with headers</source>
        <translation>머리글과 함께 행 복사</translation>
    </message>
    <message>
        <source>Copy {count} rows</source>
        <translation>{count}개 행 복사</translation>
    </message>
    <message>
        <source>Copy {count} rows with headers</source>
        <translation>머리글과 함께 {count}개 행 복사</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>자세히…</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count}행</translation>
    </message>
    <message>
        <source>{shown} of {total} rows</source>
        <translation>전체 {total}행 중 {shown}행</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Sample data: drop your own exports to start your library</source>
        <translation>샘플 데이터입니다: 내 내보내기 파일을 끌어다 놓으면 라이브러리가 시작됩니다</translation>
    </message>
    <message>
        <source>Figures as imported: reclassifications are not applied (Library menu)</source>
        <translation>가져온 그대로의 수치: 재분류를 반영하지 않음(라이브러리 메뉴)</translation>
    </message>
    <message>
        <source>as imported</source>
        <extracomment>What an incident counts as, as the list shows it (the stored values stay English words).</extracomment>
        <translation>가져온 그대로</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>점검</translation>
    </message>
    <message>
        <source>excluded: not SLA-relevant</source>
        <translation>제외: SLA 대상 아님</translation>
    </message>
    <message>
        <source>excluded: false alarm</source>
        <translation>제외: 오탐</translation>
    </message>
    <message>
        <source>excluded: duplicate of another incident</source>
        <translation>제외: 다른 장애와 중복</translation>
    </message>
    <message>
        <source>Why (kept in the history and the report)</source>
        <translation>사유(이력과 보고서에 남음)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>사유:</translation>
    </message>
    <message>
        <source>Reclassify</source>
        <translation>재분류</translation>
    </message>
    <message>
        <source>Counts as:</source>
        <translation>분류:</translation>
    </message>
    <message>
        <source>Edit times</source>
        <translation>시각 수정</translation>
    </message>
    <message>
        <source>Start ({}):</source>
        <translation>시작({}):</translation>
    </message>
    <message>
        <source>End ({}):</source>
        <translation>종료({}):</translation>
    </message>
    <message>
        <source>Write times as {}</source>
        <translation>시각은 {} 형식으로 쓰세요</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>종료가 시작보다 앞섭니다.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>원인:</translation>
    </message>
    <message>
        <source>Postmortem link:</source>
        <translation>사후 분석 링크:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>가져온 시각</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>해결</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>영향</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>이전 값</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새 값</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>counted as maintenance</source>
        <extracomment>What each changed field is called in the history (the stored names stay English).</extracomment>
        <translation>점검으로 분류</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>제외</translation>
    </message>
    <message>
        <source>start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>end</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>원인</translation>
    </message>
    <message>
        <source>postmortem link</source>
        <translation>사후 분석 링크</translation>
    </message>
    <message>
        <source>imported values</source>
        <translation>가져온 값</translation>
    </message>
    <message>
        <source>not SLA-relevant</source>
        <translation>SLA 대상 아님</translation>
    </message>
    <message>
        <source>false alarm</source>
        <translation>오탐</translation>
    </message>
    <message>
        <source>duplicate of another incident</source>
        <translation>다른 장애와 중복</translation>
    </message>
    <message>
        <source>import {}</source>
        <translation>가져오기 {}번</translation>
    </message>
    <message>
        <source>(as imported)</source>
        <translation>(가져온 그대로)</translation>
    </message>
    <message>
        <source>History · {}</source>
        <translation>이력 · {}</translation>
    </message>
    <message>
        <source>Undo selected change</source>
        <translation>선택한 변경 되돌리기</translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation>사유(필수)</translation>
    </message>
    <message>
        <source>Use the selected import&apos;s values</source>
        <translation>선택한 가져오기의 값 사용</translation>
    </message>
    <message>
        <source>Undo a later export&apos;s update for this incident alone; recorded as a change</source>
        <translation>이 장애에 한해 나중 내보내기의 갱신을 되돌립니다. 변경으로 기록됩니다</translation>
    </message>
    <message>
        <source>Imported values (the latest import&apos;s unless others are chosen):</source>
        <translation>가져온 값(다른 값을 고르지 않으면 최신 가져오기의 값 사용):</translation>
    </message>
    <message>
        <source>Changes (every one recorded; an undo is a change too):</source>
        <translation>변경 내역(모두 기록되며 되돌리기도 변경으로 남음):</translation>
    </message>
    <message>
        <source>The library is open read-only here, so nothing can be imported into it: {}.</source>
        <translation>이 창에서는 라이브러리가 읽기 전용으로 열려 있어 가져올 수 없습니다: {}.</translation>
    </message>
    <message>
        <source>The library is being written; import again in a moment.</source>
        <translation>라이브러리에 기록하는 중입니다. 잠시 후 다시 가져오세요.</translation>
    </message>
    <message>
        <source>no library is open</source>
        <extracomment>What the user chose for a damaged library: restore the backup, start a new one, or go on without a library this time (the file is left as it is).</extracomment>
        <translation>열린 라이브러리가 없음</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>가져오는 중</translation>
    </message>
    <message>
        <source>Recording in the library…</source>
        <translation>라이브러리에 기록하는 중…</translation>
    </message>
    <message>
        <source>Not imported: {}</source>
        <translation>가져오지 못함: {}</translation>
    </message>
    <message>
        <source>{name} is already in the library (import {id}); nothing changed.</source>
        <translation>{name}은(는) 이미 라이브러리에 있습니다(가져오기 {id}). 바뀐 것이 없습니다.</translation>
    </message>
    <message>
        <source>{name} was not recorded: {reason}.</source>
        <translation>{name}을(를) 기록하지 못했습니다: {reason}.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>병합</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>제외</translation>
    </message>
    <message>
        <source>Incidents that leave the library (no other import holds them): {count}</source>
        <translation>라이브러리에서 빠지는 장애(다른 가져오기에 없음): {count}</translation>
    </message>
    <message>
        <source>Incidents an earlier import also holds (back to its values): {count}</source>
        <translation>이전 가져오기에도 있는 장애(그 값으로 돌아감): {count}</translation>
    </message>
    <message>
        <source>Edits of the incidents that leave: {count} (kept in the history; they apply again if the incidents are imported again)</source>
        <translation>빠지는 장애의 편집: {count}(기록에 남으며, 장애를 다시 가져오면 다시 적용됨)</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>가져오기 목록</translation>
    </message>
    <message>
        <source>Remove selected import</source>
        <translation>선택한 가져오기 삭제</translation>
    </message>
    <message>
        <source>Removing an import takes out the incidents only it holds; incidents an earlier import also holds go back to that import&apos;s values.</source>
        <translation>가져오기를 삭제하면 그 가져오기에만 있는 장애는 빠지고, 이전 가져오기에도 있는 장애는 이전 값으로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Service (as imported)</source>
        <translation>서비스(가져온 이름)</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>Aliases (comma-separated)</source>
        <translation>별칭(쉼표로 구분)</translation>
    </message>
    <message>
        <source>SLO %</source>
        <translation>SLO %</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Aliases merge other imported names into this service (e.g. 카카오톡 into KakaoTalk). An empty SLO uses the target in Preferences. Every change is recorded.</source>
        <translation>별칭은 가져온 다른 이름을 이 서비스로 합칩니다(예: 카카오톡을 KakaoTalk으로). SLO가 비어 있으면 환경설정의 목표를 씁니다. 모든 변경은 기록됩니다.</translation>
    </message>
    <message>
        <source>Reclassify…</source>
        <translation>재분류…</translation>
    </message>
    <message>
        <source>Edit times…</source>
        <translation>시각 수정…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>메모…</translation>
    </message>
    <message>
        <source>Library</source>
        <extracomment>The import removed last, while it can still be put back (Edit › Undo).</extracomment>
        <translation>라이브러리</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>라이브러리(&amp;L)</translation>
    </message>
    <message>
        <source>Show the library</source>
        <translation>라이브러리 보기</translation>
    </message>
    <message>
        <source>Figures as imported</source>
        <translation>가져온 그대로의 수치</translation>
    </message>
    <message>
        <source>Compare: the figures without reclassifications</source>
        <translation>비교: 재분류를 반영하지 않은 수치</translation>
    </message>
    <message>
        <source>Services…</source>
        <translation>서비스…</translation>
    </message>
    <message>
        <source>Imports…</source>
        <translation>가져오기 목록…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>The library is not open: {}</source>
        <translation>라이브러리를 열지 못했습니다: {}</translation>
    </message>
    <message>
        <source>the library is busy; try again in a moment</source>
        <translation>라이브러리가 사용 중입니다. 잠시 후 다시 시도하세요</translation>
    </message>
    <message>
        <source>Library cannot be read</source>
        <translation>라이브러리를 읽을 수 없음</translation>
    </message>
    <message>
        <source>Restore the last backup</source>
        <translation>마지막 백업 복원</translation>
    </message>
    <message>
        <source>Start a new library</source>
        <translation>새 라이브러리 시작</translation>
    </message>
    <message>
        <source>Go on without it</source>
        <translation>라이브러리 없이 계속</translation>
    </message>
    <message>
        <source>The damaged file is kept beside it, renamed, in either case.</source>
        <translation>어느 쪽이든 손상된 파일은 이름을 바꿔 옆에 보관합니다.</translation>
    </message>
    <message>
        <source>No library: {}</source>
        <translation>라이브러리 없음: {}</translation>
    </message>
    <message>
        <source>Library open read-only: {}.</source>
        <translation>라이브러리가 읽기 전용으로 열림: {}.</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>이력…</translation>
    </message>
    <message>
        <source>Sample data cannot be changed</source>
        <translation>샘플 데이터는 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>사유 없음</translation>
    </message>
    <message>
        <source>No change recorded: the values are as imported.</source>
        <translation>기록된 변경 없음: 가져온 그대로의 값입니다.</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>이력:</translation>
    </message>
    <message>
        <source>The library is busy with another change; try again in a moment.</source>
        <translation>라이브러리가 다른 변경을 기록하는 중입니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Remove an import</source>
        <translation>가져오기 삭제</translation>
    </message>
    <message>
        <source>Remove import #{id} ({file})?</source>
        <translation>가져오기 #{id}({file})를 삭제할까요?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Import #{id} removed. Incidents that left the library: {left}; back to an earlier import&apos;s values: {restored}.</source>
        <translation>가져오기 #{id}를 삭제했습니다. 라이브러리에서 빠진 장애: {left}, 이전 가져오기 값으로 돌아간 장애: {restored}.</translation>
    </message>
    <message>
        <source>Undo removal of import #{id}</source>
        <translation>가져오기 #{id} 삭제 취소</translation>
    </message>
    <message>
        <source>Import #{id} ({file}) is back.</source>
        <translation>가져오기 #{id}({file})를 되돌렸습니다.</translation>
    </message>
    <message>
        <source>Library: {count} imports · {path}</source>
        <translation>라이브러리: 가져오기 {count}건 · {path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>You are looking at sample data. Drop your own incident CSV files anywhere on this window, or use File ▸ Open CSV… (Ctrl+O).</source>
        <translation>지금 보시는 것은 예제 데이터입니다. 직접 가진 장애 CSV 파일을 이 창 아무 곳에나 끌어다 놓거나 파일 ▸ CSV 열기…(Ctrl+O)를 사용하세요.</translation>
    </message>
    <message>
        <source>{problem}; times are shown in {zone} (Preferences)</source>
        <extracomment>The last import&apos;s files none of whose rows was imported (so not in the dataset).</extracomment>
        <translation>{problem}. 시각은 {zone} 기준으로 표시합니다(환경설정에서 변경).</translation>
    </message>
    <message>
        <source>The bundled sample data is missing from this installation.</source>
        <translation>이 설치본에는 함께 제공되는 예제 데이터가 없습니다.</translation>
    </message>
    <message>
        <source>Chart copied: paste it into a slide or a document</source>
        <translation>차트를 복사했습니다. 슬라이드나 문서에 붙여 넣으세요</translation>
    </message>
    <message>
        <source>No files loaded</source>
        <translation>불러온 파일 없음</translation>
    </message>
    <message>
        <source>1 file: {names}</source>
        <translation>파일 1개: {names}</translation>
    </message>
    <message>
        <source>{count} files: {names}</source>
        <translation>파일 {count}개: {names}</translation>
    </message>
    <message>
        <source>Time zone: {zone}</source>
        <translation>시간대: {zone}</translation>
    </message>
    <message>
        <source> · figures to date</source>
        <translation> · 현재까지의 수치</translation>
    </message>
    <message>
        <source>The period reaches past now: open incidents and the period are counted up to now.</source>
        <translation>기간이 현재를 넘어섭니다. 진행 중인 장애와 기간은 현재까지만 셉니다.</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>(not in this file)</source>
        <translation>(이 파일에 없음)</translation>
    </message>
    <message>
        <source>Incident id</source>
        <translation>장애 ID</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>영향</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>End</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>from the header (else minutes)</source>
        <extracomment>Mapping -&gt; the first rows as they would read, or why nothing can be read. Units a duration column can count, as shown and as written after the header.</extracomment>
        <translation>열 이름에서 (없으면 분)</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>밀리초</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>종료 시각</translation>
    </message>
    <message>
        <source>No incident could be imported from &lt;b&gt;{file}&lt;/b&gt;: {why}. Check which column holds each field (fields marked * are required) and how the first rows would read below.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;에서 가져온 장애가 없습니다: {why}. 각 항목이 어느 열에 있는지(*는 필수)와 아래 첫 행들이 어떻게 읽히는지 확인하세요.</translation>
    </message>
    <message>
        <source>The start time column of &lt;b&gt;{file}&lt;/b&gt; could not be found for sure. The best guesses are filled in; check each field (fields marked * are required) and how the first rows would read below.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;의 시작 시각 열을 확실히 찾지 못했습니다. 가장 그럴듯한 열을 채워 두었으니 각 항목(*는 필수)과 아래 첫 행들이 어떻게 읽히는지 확인하세요.</translation>
    </message>
    <message>
        <source>How the first rows would read</source>
        <translation>첫 행들이 읽히는 방식</translation>
    </message>
    <message>
        <source>counting</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>지속 시간</translation>
    </message>
    <message>
        <source>Acknowledged at</source>
        <translation>인지 시각</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>원인</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>처리 상태</translation>
    </message>
    <message>
        <source>Map the columns of {file}</source>
        <extracomment>Why the file is mapped again (no row of it was imported), or &quot;&quot;.</extracomment>
        <translation>{file}의 열 지정</translation>
    </message>
    <message>
        <source>Remember for files with the same columns</source>
        <translation>열 구성이 같은 파일에 이 지정을 기억</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>모양(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>기본</translation>
    </message>
</context>
<context>
    <name>MttrPlot</name>
    <message>
        <source>Time to resolve (log scale)</source>
        <translation>복구 시간(로그 척도)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>장애 건수</translation>
    </message>
    <message>
        <source>median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <source>1 incident resolved in {span}</source>
        <translation>{span} 사이에 복구된 장애 1건</translation>
    </message>
    <message>
        <source>{count} incidents resolved in {span}</source>
        <translation>{span} 사이에 복구된 장애 {count}건</translation>
    </message>
</context>
<context>
    <name>MttrTrend</name>
    <message>
        <source>median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <source>{} interval</source>
        <translation>{} 구간</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>MTTR, median ({unit})</source>
        <translation>MTTR 중앙값({unit})</translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <source>1 file</source>
        <translation>파일 1개</translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation>파일 {count}개</translation>
    </message>
    <message>
        <source>1 incident</source>
        <translation>장애 1건</translation>
    </message>
    <message>
        <source>{count} incidents</source>
        <translation>장애 {count}건</translation>
    </message>
    <message>
        <source>1 row rejected</source>
        <translation>1행 제외</translation>
    </message>
    <message>
        <source>{count} rows rejected</source>
        <translation>{count}행 제외</translation>
    </message>
    <message>
        <source>1 duplicate merged</source>
        <translation>중복 1건 병합</translation>
    </message>
    <message>
        <source>{count} duplicates merged</source>
        <translation>중복 {count}건 병합</translation>
    </message>
    <message>
        <source>Not loaded: {file}: {reason}</source>
        <translation>불러오지 못함: {file}: {reason}</translation>
    </message>
    <message>
        <source>No incident was imported from {file}: {reason}</source>
        <translation>{file}에서 가져온 장애가 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Show rejected</source>
        <translation>제외된 행 보기</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>자세히 보기</translation>
    </message>
    <message>
        <source>What the import assumed</source>
        <translation>가져오며 가정한 내용</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Set the period to All</source>
        <translation>기간을 전체로 설정</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>{count} incidents are outside the selected period</source>
        <translation>장애 {count}건이 선택한 기간 밖에 있습니다</translation>
    </message>
    <message>
        <source>1 assumption made</source>
        <translation>가정 1건</translation>
    </message>
    <message>
        <source>{count} assumptions made</source>
        <translation>가정 {count}건</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Note: {where}{message}</source>
        <translation>참고: {where}{message}</translation>
    </message>
    <message>
        <source>Figures cover only what the filters keep</source>
        <translation>수치는 필터에 남은 항목만 다룹니다</translation>
    </message>
    <message>
        <source>Filtered: {filters}</source>
        <translation>필터: {filters}</translation>
    </message>
</context>
<context>
    <name>PeriodIncidents</name>
    <message>
        <source>Incidents · {period}</source>
        <translation>장애 · {period}</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <source>A password is never kept in the settings: remove it from the address and put it in ~/.pgpass (or PGPASSWORD).</source>
        <translation>비밀번호는 설정에 저장하지 않습니다. 주소에서 빼고 ~/.pgpass(또는 PGPASSWORD)에 넣으세요.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <extracomment>The progress dialog of the task running now, if any.</extracomment>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>Clear recent files</source>
        <translation>최근 파일 목록 지우기</translation>
    </message>
</context>
<context>
    <name>RejectedRows</name>
    <message>
        <source>Raw values</source>
        <translation>원래 값</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>제외된 행</translation>
    </message>
    <message>
        <source>Every row was imported.</source>
        <translation>모든 행을 가져왔습니다.</translation>
    </message>
    <message>
        <source>1 row was not imported.</source>
        <translation>1행을 가져오지 못했습니다.</translation>
    </message>
    <message>
        <source>{count} rows were not imported.</source>
        <translation>{count}행을 가져오지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export PDF report</source>
        <translation>PDF 보고서 내보내기</translation>
    </message>
    <message>
        <source>Shown under the title</source>
        <translation>제목 아래에 표시</translation>
    </message>
    <message>
        <source>Current selection</source>
        <translation>현재 선택</translation>
    </message>
    <message>
        <source>All loaded data</source>
        <translation>불러온 전체 데이터</translation>
    </message>
    <message>
        <source>Append every incident and every rejected row</source>
        <translation>모든 장애와 제외된 모든 행을 부록으로 첨부</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>조직:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>기간:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>Appendices:</source>
        <translation>부록:</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>파일 선택…</translation>
    </message>
</context>
<context>
    <name>ServicePicker</name>
    <message>
        <source>Services to include</source>
        <extracomment>Where an item keeps the service&apos;s name (its text is the name as shown: ``(no service)`` is translated).</extracomment>
        <translation>포함할 서비스</translation>
    </message>
    <message>
        <source>Search services…</source>
        <translation>서비스 검색…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Only this</source>
        <translation>이것만</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>모든 서비스</translation>
    </message>
    <message>
        <source>No service (of {total})</source>
        <translation>서비스 없음 ({total}개 중)</translation>
    </message>
    <message>
        <source>{checked} of {total} services</source>
        <translation>서비스 {total}개 중 {checked}개</translation>
    </message>
</context>
<context>
    <name>ServicesTable</name>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>가용성</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>장애 시간</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>장애 건수</translation>
    </message>
    <message>
        <source>MTTR (median)</source>
        <translation>MTTR (중앙값)</translation>
    </message>
    <message>
        <source>MTTR {confidence} interval</source>
        <translation>MTTR {confidence} 구간</translation>
    </message>
    <message>
        <source>MTTR (mean)</source>
        <translation>MTTR (평균)</translation>
    </message>
    <message>
        <source>MTBF per service</source>
        <translation>서비스별 MTBF</translation>
    </message>
    <message>
        <source>SLO met</source>
        <translation>SLO 달성</translation>
    </message>
    <message>
        <source>Worst first. Double-click a service to show only it in every view.</source>
        <translation>나쁜 순서입니다. 서비스를 두 번 누르면 모든 화면에 그 서비스만 표시합니다.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Start: {time}</source>
        <extracomment>Drawn bottom to top, so outages sit above maintenance where they overlap.</extracomment>
        <translation>시작: {time}</translation>
    </message>
    <message>
        <source>End: {time}</source>
        <translation>종료: {time}</translation>
    </message>
    <message>
        <source>Duration: {duration}</source>
        <translation>지속 시간: {duration}</translation>
    </message>
    <message>
        <source>User notice: an outage of {hours} h or more</source>
        <translation>이용자 고지 대상: {hours}시간 이상 이어진 장애</translation>
    </message>
</context>
<context>
    <name>TrendPlots</name>
    <message>
        <source>Overall</source>
        <extracomment>The overall line&apos;s key; the series list shows it translated (items keep keys in KEY_ROLE).</extracomment>
        <translation>전체</translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation>가용성 (%)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>장애 건수</translation>
    </message>
    <message>
        <source>Lines shown in the availability plot</source>
        <translation>가용성 차트에 표시할 선</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>보기 초기화</translation>
    </message>
    <message>
        <source>Show every period again (or double-click a chart, or Esc)</source>
        <translation>모든 기간을 다시 표시(차트를 두 번 클릭하거나 Esc)</translation>
    </message>
    <message>
        <source>SLO target</source>
        <translation>SLO 목표</translation>
    </message>
    <message>
        <source>availability {value}</source>
        <translation>가용성 {value}</translation>
    </message>
    <message>
        <source>{count} incidents</source>
        <translation>장애 {count}건</translation>
    </message>
    <message>
        <source>MTTR median {median} ({interval}, n={n})</source>
        <translation>MTTR 중앙값 {median}({interval}, n={n})</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Overview</source>
        <extracomment>Each view&apos;s tab and menu title (translated where shown).</extracomment>
        <translation>개요</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>달력</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>장애 목록</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>서비스</translation>
    </message>
</context>
</TS>
