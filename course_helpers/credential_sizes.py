"""How big a micro-credential is, beside other frameworks' definitions of one.

The 2022 EU Recommendation sets no size (its Annex I describes a credential, it
does not size it), so these comparisons are never a verdict on following it.
They compare the workload with the NZQA rules (New Zealand), the Australian
National Microcredentials Framework, the Common Microcredential Framework and
MicroHE's three credential types (``data/credential_frameworks.csv``), and say
"fits", "would not fit, because …", or "may fit" where converting ECTS to
hours (25-30 hours a credit, ECTS Users' Guide 2015) leaves it open.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from . import strings
from .credentials import MicroCredential

ECTS_HOURS = (25, 30)  # hours of work per ECTS credit (ECTS Users' Guide 2015)
ECTS_YEAR = 60  # credits in a full-time academic year
YEAR_HOURS = 1800  # the upper end of a full-time year's 1,500-1,800 hours
UNIT_HOURS = {"hours": (1, 1), "ECTS": ECTS_HOURS, "NZ credits": (10, 10)}  # NZQA: 10 notional hours a credit

Verdict = Literal["fits", "would not fit", "may fit", "no size", "cannot tell"]


@dataclass(frozen=True)
class SizeFit:
    """How the credential's size compares with one framework's definition."""

    framework_id: str
    framework: str
    verdict: Verdict
    sentence: str
    source: str
    verification: str
    outcome: str = ""  # the verdict part alone, e.g. "At 130 hours, it fits."


def number(value: float) -> str:
    """1,234 or 2.5: thousands separated, at most two decimals, no trailing zeros."""
    if abs(value) >= 1e15:
        return f"{value:.3g}"
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def span(low: float, high: float) -> str:
    return number(low) if number(low) == number(high) else f"{number(low)}–{number(high)}"


def workload_words(credential: MicroCredential, prefer_ects: bool = False) -> str:
    """The workload in words, e.g. '5 ECTS (about 125–150 hours)' or '130 hours'; '' when none is usable."""
    if prefer_ects and credential.ects is not None and credential.ects > 0:
        return strings.CRED_ECTS.format(ects=number(credential.ects))
    if credential.hours is not None and credential.hours > 0:
        return strings.CRED_HOURS.format(hours=number(credential.hours))
    if credential.ects is not None and credential.ects > 0:
        low, high = (credential.ects * h for h in ECTS_HOURS)
        return strings.CRED_ECTS_ABOUT.format(ects=number(credential.ects), hours=span(low, high))
    return ""


def _in_unit(credential: MicroCredential, unit: str) -> tuple[float, float] | None:
    """The credential's workload in ``unit`` as a (low, high) range, or None when it has none.

    ECTS are compared as ECTS when given; otherwise hours are converted (an ECTS
    credit is 25-30 hours, an NZ credit 10), and a range says how far the
    conversion leaves it open.
    """
    hours = credential.hours if credential.hours is not None and credential.hours > 0 else None
    ects = credential.ects if credential.ects is not None and credential.ects > 0 else None
    if unit == "ECTS" and ects is not None:
        return ects, ects
    per_low, per_high = UNIT_HOURS[unit]
    if hours is not None:
        return hours / per_high, hours / per_low
    if ects is not None:
        return ects * ECTS_HOURS[0] / per_high, ects * ECTS_HOURS[1] / per_low
    return None


def size_fit(credential: MicroCredential, framework: dict[str, Any]) -> SizeFit:
    """Compare the credential's workload (and, where the framework sets one, its EQF level) with one framework."""
    name, rule, unit = framework["framework"], framework["size_rule"], framework["size_unit"]
    low_limit, high_limit = framework["size_min"], framework["size_max"]

    def made(verdict: Verdict, outcome: str) -> SizeFit:
        head = strings.CRED_SIZE_HEAD.format(framework=name, rule=rule)
        return SizeFit(framework["id"], name, verdict, f"{head} {outcome}", framework["source"],
                       framework["verification"], outcome)

    if unit == "none":
        template = strings.CRED_SIZE_EU if framework["id"] == "eu-2022" else strings.CRED_SIZE_NONE
        return made("no size", template)
    span = _in_unit(credential, unit)
    if span is None:
        return made("cannot tell", strings.CRED_SIZE_UNKNOWN)
    low, high = span
    words = workload_words(credential, prefer_ects=unit == "ECTS")
    if (low_limit is not None and high < low_limit) or (high_limit is not None and low > high_limit):
        small = low_limit is not None and high < low_limit
        reason = strings.CRED_SIZE_SMALLER if small else strings.CRED_SIZE_LARGER
        limit = low_limit if small else high_limit
        return made("would not fit", strings.CRED_SIZE_NOT.format(
            workload=words, reason=reason.format(limit=number(limit), unit=unit)))
    fits = (low_limit is None or low >= low_limit) and (high_limit is None or high <= high_limit)
    level = credential.level
    if framework["eqf_min"] is not None and isinstance(level, int) and not isinstance(level, bool) \
            and not framework["eqf_min"] <= level <= framework["eqf_max"]:
        reason = strings.CRED_SIZE_LEVEL.format(level=number(level), level_rule=framework["level_rule"])
        return made("would not fit", strings.CRED_SIZE_NOT.format(workload=words, reason=reason))
    if fits and high_limit is None and high > YEAR_HOURS / UNIT_HOURS[unit][0]:
        # e.g. Australia: "smaller than an award qualification", an upper limit that is not in hours
        return made("may fit", strings.CRED_SIZE_OPEN_TOP.format(workload=words))
    if fits:
        return made("fits", strings.CRED_SIZE_FITS.format(workload=words))
    return made("may fit", strings.CRED_SIZE_MAYBE.format(workload=words))
