"""pandas side of benchmarks/alternatives.sh (run with Debian's /usr/bin/python3).

  top FILE   start to answer: the five authorities with the highest caseload_fte in 2017
  load FILE  read the whole file with read_csv, the suppression markers as missing values
"""
import sys

import pandas as pd

MARKERS = ["x", "z", "u", "low", "c"]


def read(path):
    # The ten leading columns (year, levels, codes, names) as text, as csww and the Tablesaw
    # reader take them; the 22 metrics are then float64 with NaN for a marker.
    text = {c: str for c in ["time_period", "time_identifier", "geographic_level",
                             "country_code", "country_name", "region_code", "region_name",
                             "old_la_code", "new_la_code", "la_name"]}
    return pd.read_csv(path, dtype=text, na_values=MARKERS + [""], keep_default_na=False)


def main():
    what, path = sys.argv[1], sys.argv[2]
    df = read(path)
    if what == "top":
        la = df[(df.time_period == "2017") & (df.geographic_level == "Local authority")]
        top = la.dropna(subset=["caseload_fte"]).nlargest(5, "caseload_fte")
        for rank, (name, value) in enumerate(zip(top.la_name, top.caseload_fte), 1):
            print(rank, name, value)
    elif what == "load":
        print("pandas:", len(df), "rows,", df.select_dtypes("number").shape[1], "numeric columns")
    else:
        sys.exit("usage: alternatives.py top|load FILE")


if __name__ == "__main__":
    main()
