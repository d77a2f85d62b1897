"""The same measurement with pandas, for comparison: read_csv, then a trapezoid per GPU with the
same rules (power.draw.average, [N/A] and repeated headers dropped, gaps over 5 x the median
interval not bridged). Prints one JSON line: seconds, kWh, peak RSS in kB.

Usage: python3 scripts/bench/pandas_trapezoid.py FILE
"""
import json
import resource
import sys
import time

import numpy as np
import pandas as pd

started = time.perf_counter()
path = sys.argv[1]
df = pd.read_csv(path, skipinitialspace=True, usecols=["timestamp", "uuid", "power.draw.average [W]"], dtype=str)
df = df[df["timestamp"] != "timestamp"]
power = pd.to_numeric(df["power.draw.average [W]"].str.removesuffix(" W"), errors="coerce")
seconds = pd.to_datetime(df["timestamp"], format="%Y/%m/%d %H:%M:%S.%f").astype("int64") / 1e9
frame = pd.DataFrame({"t": seconds, "device": df["uuid"], "p": power}).dropna()
total_j = 0.0
for _, g in frame.groupby("device"):
    g = g.sort_values("t")
    dt = np.diff(g["t"].to_numpy())
    p = g["p"].to_numpy()
    bridged = dt <= 5 * np.median(dt)
    total_j += float(np.sum(0.5 * (p[1:] + p[:-1]) * dt * bridged))
elapsed = time.perf_counter() - started
print(json.dumps({"seconds": elapsed, "kWh": total_j / 3.6e6, "maxRssKB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
