#!/usr/bin/env python3
"""Evaluate numpy-financial calls for Essor's tests: an independent oracle.

stdin: a JSON list of calls, each {"fn": "pmt", "args": [...], "kwargs": {...}};
stdout: a JSON list of results (floats; lists for array results; null for NaN).
"""
import json
import math
import sys

import numpy as np
import numpy_financial as npf


def plain(value):
    if isinstance(value, np.ndarray):
        return [plain(v) for v in value.tolist()]
    if isinstance(value, list):
        return [plain(v) for v in value]
    value = float(value)
    return None if math.isnan(value) else value


def main():
    calls = json.load(sys.stdin)
    results = []
    for call in calls:
        fn = getattr(npf, call["fn"])
        args = [np.array(a) if isinstance(a, list) else a for a in call.get("args", [])]
        results.append(plain(fn(*args, **call.get("kwargs", {}))))
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
