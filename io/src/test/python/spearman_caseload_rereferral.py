#!/usr/bin/env python3
"""Independent check of the csww integration test figures, standard library only.

Spearman rank correlation (average ranks for ties) between the 2023 workforce
caseload (census 30 September 2023, csww_indicators_2017_to_2025.csv, column
caseload_fte) and the re-referral rate of the children in need year to
31 March 2024 (c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv,
time_period 2024, column rereferral_percent), over local authorities.

Joins by DfE LA number (old_la_code). A combined workforce return such as
"314 / 318" takes its partners' counts summed and the rate recomputed as
sum(rereferral_count) / sum(referral_count) * 100, only when every partner
publishes both counts. Cells that are not numbers (c, x, z, u, low, ...) leave
the authority out.

Usage: python3 spearman_caseload_rereferral.py [DATA_DIR]   (default ../shared/data)
"""
import csv
import math
import os
import sys


def number(text):
    try:
        v = float(text)
    except ValueError:
        return None
    return v if math.isfinite(v) else None


def average_ranks(values):
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def pearson(x, y):
    n = len(x)
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / math.sqrt(sxx * syy)


def t_approximation_p(r, n, steps=200000):
    """Two-sided p of t = r sqrt((n-2)/(1-r^2)) under Student's t, by Simpson's rule."""
    df = n - 2
    t = abs(r) * math.sqrt(df / (1 - r * r))
    c = math.exp(math.lgamma((df + 1) / 2) - math.lgamma(df / 2)) / math.sqrt(df * math.pi)
    f = lambda x: c * (1 + x * x / df) ** (-(df + 1) / 2)
    h = t / steps
    s = f(0) + f(t) + sum((4 if i % 2 else 2) * f(i * h) for i in range(1, steps))
    return 1 - 2 * s * h / 3


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join("..", "shared", "data")
    with open(os.path.join(data, "csww_indicators_2017_to_2025.csv"), newline="",
              encoding="utf-8-sig") as f:
        workforce = [r for r in csv.DictReader(f)
                     if r["time_period"] == "2023" and r["geographic_level"] == "Local authority"]
    with open(os.path.join(data, "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv"),
              newline="", encoding="utf-8-sig") as f:
        cin = {r["old_la_code"].strip(): r for r in csv.DictReader(f)
               if r["time_period"] == "2024" and r["geographic_level"] == "Local authority"}

    xs, ys, left = [], [], []
    for r in workforce:
        numbers = [p.strip() for p in r["old_la_code"].split("/")]
        x = number(r["caseload_fte"])
        if len(numbers) == 1:
            c = cin.get(numbers[0])
            y = number(c["rereferral_percent"]) if c else None
        else:
            partners = [cin.get(n) for n in numbers]
            num = [number(p["rereferral_count"]) if p else None for p in partners]
            den = [number(p["referral_count"]) if p else None for p in partners]
            y = (sum(num) / sum(den) * 100
                 if None not in num and None not in den and sum(den) > 0 else None)
        if x is None or y is None:
            left.append("%s (%s): caseload %s, rereferral %s" % (
                r["la_name"], r["old_la_code"], r["caseload_fte"],
                "missing" if y is None else y))
            continue
        xs.append(x)
        ys.append(y)

    rho = pearson(average_ranks(xs), average_ranks(ys))
    r = pearson(xs, ys)
    n = len(xs)
    print("n = %d" % n)
    print("spearman rho = %.12f" % rho)
    print("pearson r = %.12f" % r)
    print("t approximation (%d df) p = %.9f" % (n - 2, t_approximation_p(rho, n)))
    print("left out (%d):" % len(left))
    for line in left:
        print("  " + line)


if __name__ == "__main__":
    main()
