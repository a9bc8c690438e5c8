"""Times whole processes: median wall-clock milliseconds of many runs, interleaved.

usage: median.py RUNS LABEL=COMMAND... (COMMAND split on spaces; output to /dev/null)
Prints one line per command: `RESULT label=… median_ms=… best_ms=…`.
"""
import statistics
import subprocess
import sys
import time

runs = int(sys.argv[1])
commands = [(item.split("=", 1)[0], item.split("=", 1)[1].split()) for item in sys.argv[2:]]
times = {label: [] for label, _ in commands}
for _ in range(3):  # warm the page cache first
    for _, command in commands:
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
for _ in range(runs):
    for label, command in commands:
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times[label].append((time.perf_counter() - start) * 1000)
for label, _ in commands:
    print("RESULT label=%s median_ms=%.2f best_ms=%.2f" % (
        label, statistics.median(times[label]), min(times[label])))
