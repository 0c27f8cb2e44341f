"""The fixed words of the PDF report (headings, table headers, captions, footer) per language.

The report package draws ``ReportModel.words``; it holds no text of its own. Templates take
``str.format`` arguments, named where there are several.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.language import Language


@dataclass(frozen=True)
class ReportWords:
    default_title: str
    default_organisation: str
    subject: str
    keywords: tuple[str, ...]
    period_line: str
    generated: str
    better: str
    worse: str
    in_brief: str
    worst_heading: str
    worst_header: tuple[str, ...]
    no_downtime: str
    weighted_note: str
    trends: str
    trends_note: str
    chart_captions: tuple[str, str, str]
    no_periods: str
    availability: str
    slo_target: str
    mttr_legend: str
    mttr_counts_above: str
    mttr_counts_total: str
    mttr_band: str
    unit_minutes: str
    unit_hours: str
    services: str
    services_note: str
    services_header: tuple[str, ...]
    met: str
    missed: str
    incidents: str
    longest: str
    longest_header: tuple[str, ...]
    no_incidents: str
    appendix_note: str
    notice_heading: str
    notice_header: tuple[str, ...]
    method: str
    appendix_a: str
    appendix_header: tuple[str, ...]
    appendix_b: str
    every_row_imported: str
    rejected_header: tuple[str, ...]
    appendix_c: str
    appendix_c_note: str
    appendix_c_none: str
    reclassified_header: tuple[str, ...]
    own_target_note: str
    assumed_title: str
    assumed_header: tuple[str, ...]
    page: str
    footer: str
    import_note: str
    no_previous_note: str
    day_by_day: str
    time_to_resolve: str
    showing: str
    repair_none: str
    repair_legend: str
    median: str


ENGLISH = ReportWords(
    default_title="Service reliability report",
    default_organisation="Reliability report",
    subject="Availability and incidents, {}",
    keywords=("availability", "incidents", "SLO"),
    period_line="Reporting period {period} · time zone {zone}",
    generated="Generated {}",
    no_previous_note="No previous period to compare with: the loaded data starts in this one.",
    day_by_day="Day by day",
    time_to_resolve="Time to resolve",
    showing="Showing {}",
    repair_none="No incident was resolved in the period",
    repair_legend="Resolved incidents by time to resolve (log scale)",
    median="median",
    better="better",
    worse="worse",
    in_brief="In brief",
    worst_heading="Three worst incidents by weighted downtime",
    worst_header=(
        "Service",
        "Incident",
        "Cause",
        "Started",
        "Impact",
        "Downtime in period",
        "Duration",
    ),
    no_downtime="No incident caused downtime in the period.",
    weighted_note="Weighted downtime counts a full outage fully and a partial outage at its "
    "weight; only the part inside the reporting period counts.",
    trends="Trends",
    trends_note="One point per {} of the reporting period.",
    chart_captions=(
        "Availability per period, against the SLO target",
        "Incidents started per period, by severity",
        "Median time to resolve per period",
    ),
    no_periods="No periods in the window",
    availability="Availability",
    slo_target="SLO target {} %",
    mttr_legend="Median time to resolve ({unit}); {counts}",
    mttr_counts_above="n = resolved incidents each median rests on",
    mttr_counts_total="resting on {} resolved incidents in all",
    mttr_band="{} interval of the median",
    unit_minutes="min",
    unit_hours="h",
    services="Services",
    services_note="Worst first. Availability is shaded by how far it falls below the {} "
    "target: the darker, the further. n is the number of resolved incidents the median MTTR "
    "rests on; its interval is explained on the method page.",
    services_header=(
        "Service",
        "Availability",
        "Downtime",
        "Incidents",
        "MTTR (median)",
        "n",
        "{} interval",
        "MTBF per service",
        "SLO",
    ),
    met="met",
    missed="missed",
    incidents="Incidents",
    longest="Longest incidents",
    longest_header=("Service", "Incident", "Started", "Resolved", "Duration", "Severity", "Impact"),
    no_incidents="No incidents in the period.",
    appendix_note="Every incident of the period is listed in appendix A ({incidents}); "
    "rows not imported are in appendix B ({rejected}).",
    notice_heading="Outages to notify users of ({})",
    notice_header=("Service", "Incident", "Started", "Resolved", "Duration", "Impact"),
    method="Method",
    appendix_a="Appendix A · Every incident of the period ({})",
    appendix_header=(
        "ID",
        "Started",
        "Resolved",
        "Service",
        "Severity",
        "Impact",
        "Duration",
        "Title",
        "Cause",
    ),
    appendix_b="Appendix B · Rows not imported ({})",
    every_row_imported="Every row was imported.",
    rejected_header=("File", "Line", "Reason"),
    appendix_c="Appendix C · Incidents reclassified by hand ({})",
    appendix_c_note="Figures use these corrections; the values listed are the imported ones.",
    appendix_c_none="No incident of the period was reclassified.",
    reclassified_header=("ID", "Started", "Service", "Title", "Change", "Reason"),
    own_target_note="A service with its own target shows it beside met or missed.",
    assumed_title="What was assumed ({count})",
    assumed_header=("File", "Line", "Assumption"),
    page="Page {} of {}",
    footer="{period} · {zone} · generated {generated}",
    import_note="{files} file{plural}, {rows} rows read: {imported} imported, {duplicates} "
    "duplicates merged, {rejected} rejected.",
)

KOREAN = ReportWords(
    default_title="서비스 안정성 보고서",
    default_organisation="안정성 보고서",
    subject="가용성과 장애, {}",
    keywords=("가용성", "장애", "SLO"),
    period_line="보고 기간 {period} · 시간대 {zone}",
    generated="작성 {}",
    no_previous_note="비교할 직전 기간 없음: 불러온 데이터가 이 기간에 시작합니다.",
    day_by_day="일별 가용성",
    time_to_resolve="복구 시간 분포",
    showing="필터: {}",
    repair_none="기간 중 복구된 장애 없음",
    repair_legend="복구 시간별 복구된 장애 수(로그 눈금)",
    median="중앙값",
    better="개선",
    worse="악화",
    in_brief="요약",
    worst_heading="가중 장애 시간이 가장 긴 장애 3건",
    worst_header=("서비스", "장애", "원인", "시작", "영향", "기간 내 장애 시간", "지속 시간"),
    no_downtime="기간 중 장애 시간을 일으킨 장애 없음.",
    weighted_note="가중 장애 시간: 전면 장애는 전부, 부분 장애는 가중치만큼 셈. "
    "보고 기간 안의 시간만 포함.",
    trends="추이",
    trends_note="보고 기간을 {} 단위로 나누어 표시.",
    chart_captions=(
        "기간별 가용성과 SLO 목표",
        "기간별 발생 장애 건수(심각도별)",
        "기간별 복구 시간 중앙값",
    ),
    no_periods="기간 안에 표시할 구간 없음",
    availability="가용성",
    slo_target="SLO 목표 {} %",
    mttr_legend="복구 시간 중앙값({unit}); {counts}",
    mttr_counts_above="n = 중앙값의 근거가 된 복구 장애 건수",
    mttr_counts_total="복구된 장애 총 {}건 기준",
    mttr_band="중앙값의 {} 구간",
    unit_minutes="분",
    unit_hours="시간",
    services="서비스별 현황",
    services_note="가용성이 낮은 순. 목표 {}에 못 미친 정도를 음영으로 표시(진할수록 큰 미달). "
    "n은 MTTR 중앙값의 근거가 된 복구 장애 건수이며, 그 구간은 방법 페이지에 설명합니다.",
    services_header=(
        "서비스",
        "가용성",
        "장애 시간",
        "장애 건수",
        "MTTR (중앙값)",
        "n",
        "{} 구간",
        "서비스별 MTBF",
        "SLO",
    ),
    met="달성",
    missed="미달",
    incidents="장애",
    longest="가장 긴 장애",
    longest_header=("서비스", "장애", "시작", "복구", "지속 시간", "심각도", "영향"),
    no_incidents="기간 중 장애 없음.",
    appendix_note="기간 중 모든 장애는 부록 A({incidents}건), 가져오지 못한 행은 "
    "부록 B({rejected}건)에 수록.",
    notice_heading="이용자 고지 대상 ({}건)",
    notice_header=("서비스", "장애", "시작", "복구", "지속 시간", "영향"),
    method="산출 방법",
    appendix_a="부록 A · 기간 중 모든 장애 ({}건)",
    appendix_header=(
        "ID",
        "시작",
        "복구",
        "서비스",
        "심각도",
        "영향",
        "지속 시간",
        "제목",
        "원인",
    ),
    appendix_b="부록 B · 가져오지 못한 행 ({}건)",
    every_row_imported="모든 행을 가져옴.",
    rejected_header=("파일", "행", "사유"),
    appendix_c="부록 C · 수작업으로 재분류한 장애 ({}건)",
    appendix_c_note="수치는 이 정정을 반영함. 표의 값은 가져온 원래 값.",
    appendix_c_none="기간 중 재분류한 장애 없음.",
    reclassified_header=("ID", "시작", "서비스", "제목", "변경", "사유"),
    own_target_note="서비스별 목표가 있으면 달성 여부 옆에 표시.",
    assumed_title="가져오며 가정한 내용 ({count}건)",
    assumed_header=("파일", "행", "가정"),
    page="{} / {}쪽",
    footer="{period} · {zone} · 작성 {generated}",
    import_note="파일 {files}개, {rows}행 읽음: {imported}건 가져옴, 중복 {duplicates}건 "
    "병합, {rejected}행 제외.",
)

REPORT_WORDS: dict[Language, ReportWords] = {"en": ENGLISH, "ko": KOREAN}
