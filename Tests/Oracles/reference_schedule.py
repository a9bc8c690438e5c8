#!/usr/bin/env python3
"""An independent implementation of Essor's documented schedule convention, in Python's
decimal arithmetic, to compare Essor's schedules with to the cent.

Convention: interest = balance x period rate, rounded half-up to the cent each period; the
regular instalment (annuity: PMT, rounded) or principal (linear: balance / periods,
rounded) is rounded half-up to the cent; the last instalment repays the remaining
balance; grace periods count inside the duration (partial: interest paid; total: interest
added to the balance); insurance = annual rate x initial amount / periods per year,
rounded, paid every period. Period rate: nominal / m (proportional).

stdin: JSON list of loans {amount, rate, periods, perYear, method, grace, graceType,
insuranceRate} (amount and rates as decimal strings); stdout: JSON list of schedules,
each a list of [interest, principal, insurance, balance] in cents.
"""
import json
import sys
from decimal import ROUND_HALF_UP, Decimal, getcontext
from fractions import Fraction

getcontext().prec = 60
CENT = Decimal("0.01")


def cents(value):
    return int((value.quantize(CENT, rounding=ROUND_HALF_UP) * 100).to_integral_value())


def schedule(loan):
    amount = Decimal(loan["amount"])
    m = loan["perYear"]
    i = Decimal(loan["rate"]) / m
    n = loan["periods"]
    d = loan["grace"]
    insurance = cents(amount * Decimal(loan["insuranceRate"]) / m)
    balance = cents(amount)
    rows = []
    for _ in range(d):
        interest = cents(Decimal(balance) / 100 * i)
        principal = -interest if loan["graceType"] == "total" else 0
        balance -= principal
        rows.append([interest, principal, insurance, balance])
    remaining = n - d
    base = Decimal(balance) / 100
    if loan["method"] == "annuity":
        # Exact rational arithmetic: an instalment of exactly half a cent rounds up.
        fi = Fraction(loan["rate"]) / m
        fbase = Fraction(balance, 100)
        exact = fbase / remaining if fi == 0 else fbase * fi / (1 - (1 + fi) ** -remaining)
        scaled = exact * 100
        regular = int(scaled) + (1 if scaled - int(scaled) >= Fraction(1, 2) else 0)
    elif loan["method"] == "linear":
        regular = cents(base / remaining)
    else:
        regular = 0
    for period in range(d + 1, n + 1):
        interest = cents(Decimal(balance) / 100 * i)
        if period == n:
            principal = balance
        elif loan["method"] == "annuity":
            principal = min(max(regular - interest, 0), balance)
        elif loan["method"] == "linear":
            principal = min(regular, balance)
        else:
            principal = 0
        balance -= principal
        rows.append([interest, principal, insurance, balance])
    return rows


if __name__ == "__main__":
    json.dump([schedule(loan) for loan in json.load(sys.stdin)], sys.stdout)
