#!/usr/bin/env python3
"""Independent check of csww's reconciliation counts (standard library only).

For every published England and regional cell of every rate metric, recompute the rate from the
local-authority rows under three coverage rules and count the cells that match at 1 dp (a low
counts as 0):
  each_total: each total summed over the authorities that publish it
  matched:    an authority counts only when every part is present
  publisher:  each_total, but an authority whose own turnover or agency rate is u is left out of
              both totals, and the agency cover and absence rates use matched
Absence rate: sum days lost / (sum FTE x working days); the day count is searched from 240 to 260.

Usage: reconcile_check.py [DATA_DIR]   (default ../shared/data beside the project)
"""
import csv
import decimal
import os
import sys

D = decimal.Decimal
LAYOUTS = {
    "csww_indicators_2017_to_2025.csv": {
        "inpost": "inpost_fte", "inpost_hc": "inpost_headcount", "leavers": "leavers_fte",
        "leavers_hc": "leavers_headcount", "agency": "agency_fte", "agency_hc": "agency_headcount",
        "cover": "agency_cover_fte", "vac": "vacancy_fte", "holders": "case_holders_fte",
        "cases": "cases", "days": "working_days_lost_fte",
        "turnover": "turnover_rate_fte", "turnover_hc": "turnover_rate_headcount",
        "agency_rate": "agency_rate_fte", "agency_rate_hc": "agency_rate_headcount",
        "cover_rate": "agency_cover_rate_fte", "vac_rate": "vacancy_rate_fte",
        "vac_cover_rate": "vacancy_agency_cover_rate_fte", "caseload": "caseload_fte",
        "absence": "absence_rate_fte"},
    "csww_headline_measures_2017_to_2022.csv": {
        "inpost": "social_worker_fte", "inpost_hc": "social_worker_headcount",
        "leavers": "leaver_fte", "leavers_hc": "leaver_headcount", "agency": "agency_fte",
        "agency_hc": "agency_headcount", "cover": "agency_cover_fte", "vac": "vacancy_fte",
        "holders": "case_holders_fte", "cases": "cases", "days": "working_days_lost_fte",
        "turnover": "turnover_rate_fte_%", "turnover_hc": "turnover_rate_headcount_%",
        "agency_rate": "agency_worker_rate_fte_%", "agency_rate_hc": "agency_worker_rate_headcount_%",
        "cover_rate": "agency_cover_rate_fte_%", "vac_rate": "vacancy_rate_fte_%",
        "vac_cover_rate": "vacancy_agency_cover_rate_fte_%", "caseload": "caseload_fte",
        "absence": "absence_rate_fte_%"},
}
# rate: (numerator, [denominator parts], scale)
FORMULAS = {
    "turnover": ("leavers", ["inpost"], 100), "turnover_hc": ("leavers_hc", ["inpost_hc"], 100),
    "agency_rate": ("agency", ["agency", "inpost"], 100),
    "agency_rate_hc": ("agency_hc", ["agency_hc", "inpost_hc"], 100),
    "cover_rate": ("cover", ["agency"], 100), "vac_rate": ("vac", ["vac", "inpost"], 100),
    "vac_cover_rate": ("cover", ["vac"], 100), "caseload": ("cases", ["holders"], 1),
    "absence": ("days", ["inpost"], None),
}
LEAVES_OUT_U = {"turnover", "turnover_hc", "agency_rate", "agency_rate_hc"}
MATCHES = {"cover_rate", "absence"}
RULES = ("publisher", "each_total", "matched")


def num(text):
    t = text.strip()
    if t == "low":
        return D(0)
    try:
        return D(t)
    except decimal.InvalidOperation:
        return None


def round1(x):
    return x.quantize(D("0.1"), rounding=decimal.ROUND_HALF_UP)


def load(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def members(rows, year, level, region):
    out = []
    for r in rows:
        if r["time_period"] != year or r["geographic_level"] != "Local authority":
            continue
        if level == "National" or r["region_name"] == region or (
                region == "London" and r["region_name"] in ("Inner London", "Outer London")):
            out.append(r)
    return out


def recompute(las, col, key, rule, days=253):
    top_key, den_keys, scale = FORMULAS[key]
    if scale is None:
        scale = D(100) / D(days)
    top = D(0)
    bottom = D(0)
    for r in las:
        if rule == "publisher" and key in LEAVES_OUT_U and r[col[key]].strip() == "u":
            continue
        parts = [num(r[col[top_key]])] + [num(r[col[k]]) for k in den_keys]
        if rule == "matched" or (rule == "publisher" and key in MATCHES):
            if any(p is None for p in parts):
                continue
            top += parts[0]
            bottom += sum(parts[1:], D(0))
        else:
            if parts[0] is not None:
                top += parts[0]
            bottom += sum((p for p in parts[1:] if p is not None), D(0))
    return None if bottom == 0 else D(scale) * top / bottom


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "..", "..",
                                                               "shared", "data")
    for name, col in LAYOUTS.items():
        path = os.path.join(data, name)
        if not os.path.exists(path):
            print(f"{name}: absent, skipped")
            continue
        rows = load(path)
        cells = [r for r in rows if r["geographic_level"] in ("National", "Regional")]
        counts = {rule: [0, 0] for rule in RULES}
        largest = (D(0), "")
        by_days = {}
        for r in cells:
            las = members(rows, r["time_period"], r["geographic_level"], r["region_name"])
            area = "England" if r["geographic_level"] == "National" else r["region_name"]
            for key in FORMULAS:
                published = num(r[col[key]]) if r[col[key]].strip() != "low" else None
                if published is None:
                    continue
                for rule in RULES:
                    value = recompute(las, col, key, rule)
                    counts[rule][1] += 1
                    if value is None:
                        continue
                    counts[rule][0] += round1(value) == published
                    diff = abs(round1(value) - published)
                    if rule == "publisher" and diff > largest[0]:
                        largest = (diff, f"{area} {r['time_period']} {col[key]}: "
                                         f"{round1(value)} against {published}")
                if key == "absence":
                    for days in range(240, 261):
                        value = recompute(las, col, key, "publisher", days)
                        by_days.setdefault(days, [0, 0])
                        by_days[days][0] += value is not None and round1(value) == published
                        by_days[days][1] += 1
        best = max(by_days, key=lambda d: (by_days[d][0], -abs(d - 253)))
        print(f"{name}:")
        for rule, (hit, total) in counts.items():
            print(f"  {rule:10s} rule: {hit} of {total} rate cells reproduced at 1 dp")
        print(f"  largest difference (publisher rule): {largest[0]} ({largest[1]})")
        print(f"  absence (matched): {best} working days reproduces {by_days[best][0]} of "
              f"{by_days[best][1]} cells; 252: {by_days[252][0]}, 254: {by_days[254][0]}")


if __name__ == "__main__":
    main()
