"""numpy-financial baseline for benchmark A: the interest and principal tables of the same
loans as `essor-bench loans`, vectorised over loans x periods.

usage: python3 numpy_loans.py [COUNT [RUNS]]
prints: RESULT contender=numpy-loans loans=N periods=120 best_seconds=S ...
"""

import resource
import sys
import time

import numpy as np
import numpy_financial as npf

PERIODS = 120


def inputs(count):
    """The amounts (euros) and monthly rates of loan 0..count-1, as essor-bench builds them."""
    index = np.arange(count, dtype=np.int64)
    amount = (10_000 + (index * 7_919) % 490_001).astype(np.float64)
    basis_points = 100 + (index * 104_729) % 701
    monthly_rate = basis_points / 10_000 / 12
    return amount, monthly_rate


def tables(amount, monthly_rate):
    """The ipmt and ppmt tables (loans x periods), numpy-financial's sign convention."""
    period = np.arange(1, PERIODS + 1)
    interest = npf.ipmt(monthly_rate[:, None], period[None, :], PERIODS, amount[:, None])
    principal = npf.ppmt(monthly_rate[:, None], period[None, :], PERIODS, amount[:, None])
    return interest, principal


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    amount, monthly_rate = inputs(count)
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        interest, principal = tables(amount, monthly_rate)
        best = min(best, time.perf_counter() - start)
    total_interest = -float(interest.sum())
    principal_error = abs(-float(principal.sum()) - float(amount.sum()))
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"RESULT contender=numpy-loans loans={count} periods={PERIODS} best_seconds={best:.6f}"
        f" loans_per_second={count / best:.0f} total_interest_eur={total_interest:.2f}"
        f" principal_error_eur={principal_error:.6f} self_peak_kib={peak_kib}"
    )


if __name__ == "__main__":
    main()
