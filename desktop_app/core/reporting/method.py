"""Plain-language definitions of every figure: docs/METHOD.md and the PDF's method page."""

from __future__ import annotations

from desktop_app.core.language import Language
from desktop_app.core.reporting.sentences import format_threshold
from desktop_app.core.settings import DEFAULTS, Limits, Settings

#: The method term that defines each KPI tile, table column or chart (by key or column name).
TERMS: dict[str, str] = {
    "availability": "Availability",
    "availability_pct": "Availability",
    "downtime": "Downtime",
    "downtime_minutes": "Downtime",
    "maintenance_minutes": "Maintenance",
    "incidents": "Incidents",
    "open_incidents": "Incidents",
    "mttr": "MTTR",
    "mttr_minutes": "MTTR",
    "mttr_median_minutes": "MTTR",
    "mttr_interval": "MTTR trend",
    "mttr_n": "MTTR",
    "mtta_minutes": "MTTA",
    "mtbf": "MTBF",
    "mtbf_hours": "MTBF",
    "error_budget": "Error budget",
    "slo_met": "Availability",
    "periods": "Periods",
    "window": "Window",
    "severity": "Incidents",
    "impact": "Downtime",
    "started_at": "Window",
    "resolved_at": "Window",
    "duration": "MTTR",
    "notice": "User notice",
}


def definition(key: str, settings: Settings = DEFAULTS, lang: Language = "en") -> str:
    """``Term: definition`` for a KPI key or figure column (see ``TERMS``), for tooltips and
    help; the same words as the method page, in ``lang`` (both lists share one order)."""
    index = [term for term, _ in _english(settings, settings.limits)].index(TERMS[key])
    term, text = method_definitions(settings, settings.limits, lang)[index]
    return f"{term}: {text}"


def method_definitions(
    settings: Settings = DEFAULTS, limits: Limits = DEFAULTS.limits, lang: Language = "en"
) -> list[tuple[str, str]]:
    """Each figure's definition, stating the weights and threshold ``settings`` uses."""
    if lang == "ko":
        return _korean(settings, limits)
    return _english(settings, limits)


def _english(settings: Settings, limits: Limits) -> list[tuple[str, str]]:
    confidence = f"{limits.bootstrap_confidence * 100:g} %"
    return [
        (
            "Window",
            "The reporting window runs from its first instant up to, but not including, its end, "
            "in the chosen time zone. Incidents are cut at the window's edges; an incident that is "
            "still open lasts until the window's end, or until the moment of the analysis when the "
            'window reaches past it (the window is then measured "to date": nothing in the future '
            "is counted).",
        ),
        (
            "Maintenance",
            "Time covered by at least one maintenance entry of the service, counted once when "
            "entries overlap. Maintenance is planned, so it is taken out of the time that is "
            "measured: it never counts as downtime or as uptime.",
        ),
        (
            "Downtime",
            "At each moment outside maintenance, the service is down by the heaviest impact among "
            "its incidents active at that moment: a full outage counts 1, a partial outage "
            f"{settings.partial_weight:g} (adjustable), degraded performance "
            f"{settings.degraded_weight:g} (adjustable). Overlapping incidents count once. "
            "Downtime adds these weighted minutes up.",
        ),
        (
            "Availability",
            "100 % x (1 - downtime / (window length - maintenance)). A service with no measured "
            "time left, or with no incident, is 100 % available. The overall availability, and "
            "that of each period, is the plain average of the services' availabilities.",
        ),
        (
            "Incidents",
            "Incidents other than maintenance that start in the window (or period), by severity: "
            "critical, major, minor, unknown. Open incidents are those not yet resolved.",
        ),
        (
            "MTTR",
            "Mean time to restore: the average time from start to resolution of the resolved "
            "incidents that start in the window, over their whole duration even past the window's "
            "end. The median (half took less) and the 90th percentile (nine in ten took less) are "
            "shown beside it, with n, the number of resolved incidents they rest on. Overall "
            "figures pool the incidents of every service.",
        ),
        (
            "MTTR trend",
            f"Each median repair time comes with a {confidence} interval: the middle "
            f"{confidence} of the medians of {limits.bootstrap_resamples:,} resamples of the "
            "same incidents drawn with replacement (percentile bootstrap, seeded with "
            f"{limits.bootstrap_seed}, so the same incidents always give the same interval). "
            "A change against the previous period is called better or worse only when the two "
            "intervals do not overlap, otherwise it reads no clear change, and with fewer than "
            f"{limits.trend_min_incidents} resolved incidents on either side no trend is judged.",
        ),
        (
            "MTTA",
            "Mean time to acknowledge: the average time from start to first acknowledgement, over "
            "the incidents that start in the window and have an acknowledgement time.",
        ),
        (
            "Uptime",
            "Window length minus maintenance minus the time during which any incident (of any "
            "impact, degraded included) was active outside maintenance.",
        ),
        (
            "MTBF",
            "Mean time between failures, per service: how long a service runs between two "
            "incidents, its uptime divided by its number of incidents. Overall, the services' "
            "uptimes are added and divided by all their incidents, so with ten services it can "
            "exceed the window's length. Not defined when there is no incident.",
        ),
        (
            "Error budget",
            "The downtime the target allows, 100 % minus the target, of the measured time. The "
            "share left is 100 % x (1 - (100 % - availability) / (100 % - target)); it is "
            "negative once more downtime than allowed has been spent.",
        ),
        (
            "Periods",
            "Days, ISO weeks (from Monday), months or quarters of the local calendar of the chosen "
            "time zone, so a day across a daylight-saving change lasts 23 or 25 hours. The first "
            "and last periods are cut to the window. Each period has the same figures as the "
            "window; an incident is counted in the period where it starts, its downtime wherever "
            "it falls.",
        ),
        (
            "User notice",
            "Full and partial outages that last "
            f"{format_threshold(settings.notice_hours)} or more (an open one counted until the "
            "period's end, or until the report is made if that is earlier) are listed as "
            "outages to notify users of. Korea's Telecommunications Business Act enforcement "
            "decree (article 37-13) requires this of large value-added services from 28 March "
            "2025 (two hours; it was four). Adjustable.",
        ),
    ]


def _korean(settings: Settings, limits: Limits) -> list[tuple[str, str]]:
    confidence = f"{limits.bootstrap_confidence * 100:g} %"
    partial, degraded = f"{settings.partial_weight:g}", f"{settings.degraded_weight:g}"
    return [
        (
            "보고 기간",
            "보고 기간은 선택한 시간대의 시작 시각부터 끝 시각 직전까지. 기간 경계에 걸친 장애는 "
            "경계에서 자르고, 아직 복구되지 않은 장애는 기간 끝까지 지속된 것으로 봄. 기간이 분석 "
            "시점을 넘어서면 분석 시점까지만 셈(현재까지): 미래는 세지 않음.",
        ),
        (
            "점검",
            "서비스의 점검 항목이 하나라도 걸친 시간(겹치면 한 번만 셈). 점검은 계획된 작업이므로 "
            "측정 시간에서 빼며 장애 시간에도 가동 시간에도 넣지 않음.",
        ),
        (
            "장애 시간",
            "점검 외의 매 순간, 그때 진행 중인 장애 가운데 영향이 가장 큰 것만큼 서비스가 멈춘 "
            f"것으로 봄: 전면 장애 1, 부분 장애 {partial}(조정 가능), 성능 저하 {degraded}"
            "(조정 가능). 겹친 장애는 한 번만 셈. 장애 시간은 이렇게 가중한 분을 더한 값.",
        ),
        (
            "가용성",
            "100 % × (1 − 장애 시간 ÷ (기간 길이 − 점검 시간)). 측정 시간이 남지 않았거나 장애가 "
            "없는 서비스는 100 %. 전체 가용성과 구간별 가용성은 서비스별 가용성의 단순 평균.",
        ),
        (
            "장애 건수",
            "기간(또는 구간) 안에 시작한 점검 외 장애를 심각도별로 셈: 심각, 주요, 경미, 미분류. "
            "진행 중인 장애는 아직 복구되지 않은 장애.",
        ),
        (
            "MTTR",
            "평균 복구 시간: 기간 안에 시작해 복구된 장애의 시작부터 복구까지 걸린 시간의 평균"
            "(기간 끝을 넘어서도 전체 시간을 셈). 중앙값(절반은 이보다 짧음)과 90번째 백분위수"
            "(열에 아홉은 이보다 짧음)를 근거가 된 복구 장애 건수 n과 함께 표시. 전체 값은 "
            "모든 서비스의 장애를 합쳐 계산.",
        ),
        (
            "MTTR 추세",
            f"복구 시간 중앙값마다 {confidence} 구간을 함께 표시: 같은 장애를 복원 추출로 "
            f"{limits.bootstrap_resamples:,}번 다시 뽑아 구한 중앙값들의 가운데 {confidence}"
            f"(백분위 부트스트랩, 시드 {limits.bootstrap_seed} 고정이라 같은 장애는 늘 같은 "
            "구간). 직전 기간과 두 구간이 겹치지 않을 때만 개선 또는 악화로 판단하고, 겹치면 "
            f"뚜렷한 변화 없음. 어느 한쪽이라도 복구 장애가 {limits.trend_min_incidents}건 "
            "미만이면 추세를 판단하지 않음.",
        ),
        (
            "MTTA",
            "평균 인지 시간: 기간 안에 시작하고 인지 시각이 있는 장애의 시작부터 첫 인지까지 걸린 "
            "시간의 평균.",
        ),
        (
            "가동 시간",
            "기간 길이에서 점검 시간과, 점검 외에 어떤 장애(성능 저하 포함)라도 진행 중이던 "
            "시간을 뺀 값.",
        ),
        (
            "MTBF",
            "서비스별 평균 장애 간격: 서비스가 두 장애 사이에 가동된 시간, 곧 가동 시간을 장애 "
            "건수로 나눈 값. 전체 값은 서비스별 가동 시간의 합을 전체 장애 건수로 나누므로 "
            "서비스가 열 개면 기간 길이보다 길 수 있음. 장애가 없으면 정의되지 않음.",
        ),
        (
            "오류 예산",
            "목표가 허용하는 장애 시간, 곧 측정 시간의 (100 % − 목표). 남은 비율은 "
            "100 % × (1 − (100 % − 가용성) ÷ (100 % − 목표)). 허용보다 장애 시간이 많으면 "
            "음수.",
        ),
        (
            "구간",
            "선택한 시간대의 달력에 따른 일, ISO 주(월요일 시작), 월, 분기. 일광 절약 시간제가 "
            "바뀌는 날은 23시간 또는 25시간. 첫 구간과 마지막 구간은 보고 기간에 맞춰 자름. 장애 "
            "건수는 장애가 시작한 구간에, 장애 시간은 실제로 걸친 구간에 셈.",
        ),
        (
            "이용자 고지",
            f"{format_threshold(settings.notice_hours, 'ko')} 이상 이어진 전면 장애와 부분 장애"
            "(진행 중인 장애는 기간 끝과 보고서 작성 시점 중 이른 때까지)를 "
            "이용자 고지 대상으로 표시. 전기통신사업법 시행령 제37조의13에 따라 "
            "2025년 3월 28일부터 대규모 부가통신서비스는 2시간 이상 장애를 "
            "이용자에게 알려야 함(종전 4시간). 기준은 조정 가능.",
        ),
    ]
