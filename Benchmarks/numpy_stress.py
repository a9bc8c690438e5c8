"""NumPy reference for benchmark D: the sample SCOP's Monte Carlo, written the straightforward
way — an annual P&L and a monthly cash plan, vectorised over the draws — to set beside the
Essor engine's projections per second.

It draws the distributions of the SCOP's `uncertainty:` block (revenue truncated normal,
purchases triangular, loan rates uniform, customer days triangular, capex lognormal, revenue
and purchases correlated by a Gaussian copula) and applies them to the plan's yearly figures
as `essor finance plan --format json` gives them (PLAN.json). The model is simpler than the
engine (flat months, a flat tax rate, interest scaled with the rate, no VAT timing): it is
the reference to beat for speed, not an oracle of the figures.

usage: python3 numpy_stress.py PLAN.json [DRAWS [RUNS]]
prints: RESULT contender=numpy-stress draws=N best_seconds=S draws_per_second=… p_negative=…
"""

import json
import math
import resource
import sys
import time

import numpy as np


def phi(x):
    """The standard normal CDF, vectorised (Abramowitz & Stegun 7.1.26, error < 1.5e-7)."""
    z = np.abs(x) / math.sqrt(2)
    t = 1 / (1 + 0.3275911 * z)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    erf = 1 - poly * np.exp(-z * z)
    return 0.5 * (1 + np.sign(x) * erf)


def ppf(p):
    """The standard normal quantile, vectorised (Acklam's rational approximation)."""
    a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
         1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
    b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
         6.680131188771972e+01, -1.328068155288572e+01]
    c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
         -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
    d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
         3.754408661907416e+00]
    p = np.clip(p, 1e-12, 1 - 1e-12)
    q = np.sqrt(-2 * np.log(np.minimum(p, 1 - p)))
    tail = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / \
        ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    r = (p - 0.5) ** 2
    centre = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * (p - 0.5) / \
        (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
    return np.where(p < 0.02425, tail, np.where(p > 1 - 0.02425, -tail, centre))


def draws(count, rng):
    """The five variables' sizes, count of each, with revenue and purchases correlated."""
    z = rng.standard_normal((count, 5))
    rho = -0.5
    z[:, 1] = rho * z[:, 0] + math.sqrt(1 - rho * rho) * z[:, 1]
    u = phi(z)
    # revenue: normal(0, 8 %) truncated to [-35 %, +25 %]
    a, b = phi(np.array(-0.35 / 0.08)), phi(np.array(0.25 / 0.08))
    revenue = 0.08 * ppf(a + u[:, 0] * (b - a))
    # purchases: triangular(-2, 0, +4) points
    low, mode, high = -0.02, 0.0, 0.04
    split = (mode - low) / (high - low)
    v = u[:, 1]
    purchases = np.where(
        v < split,
        low + np.sqrt(v * (high - low) * (mode - low)),
        high - np.sqrt((1 - v) * (high - low) * (high - mode)))
    rate = -0.005 + u[:, 2] * 0.025
    v = u[:, 3]
    low, mode, high = -5.0, 0.0, 20.0
    split = (mode - low) / (high - low)
    days = np.where(
        v < split,
        low + np.sqrt(v * (high - low) * (mode - low)),
        high - np.sqrt((1 - v) * (high - low) * (high - mode)))
    capex = np.minimum(np.exp(0.08 * ppf(u[:, 4])) - 1, 0.40)
    return revenue, purchases, rate, np.rint(days), capex


def project(plan, revenue, purchases, rate, days, capex):
    """Annual P&L and monthly cash for every draw; returns each draw's lowest cash."""
    years = plan["years"]
    horizon = len(years)
    base_revenue = np.array([y["revenue"] for y in years])
    ebe = np.array([y["ebe"] for y in years])
    depreciation = np.array([y["depreciation"] for y in years])
    charges = np.array([y["financialCharges"] for y in years])
    purchases_rate = 0.34
    # Draws × years
    rev = base_revenue[None, :] * (1 + revenue[:, None])
    extra_purchases = rev * purchases[:, None]
    ebe_draw = ebe[None, :] + (rev - base_revenue[None, :]) * (1 - purchases_rate) - extra_purchases
    interest = charges[None, :] * (1 + rate[:, None] / 0.041)
    dep = depreciation[None, :] * (1 + capex[:, None])
    result = ebe_draw - dep - interest
    tax = np.maximum(result, 0) * 0.25
    cash_year = ebe_draw - interest - tax
    # Months: the plan's own month-end cash moved by each draw's difference, each year's
    # spread evenly; the capex overrun paid in month 3; customers' extra days held from
    # month 2 on the first year's sales (VAT included).
    base_cash_year = ebe - charges - np.maximum(ebe - depreciation - charges, 0) * 0.25
    delta = np.repeat((cash_year - base_cash_year[None, :]) / 12, 12, axis=1)
    delta[:, 2] -= 298_650 * 0.7 * capex
    delta[:, 1] -= rev[:, 0] * 1.2 * days / 360
    base_months = np.interp(
        np.arange(12 * horizon), [3] + [12 * (k + 1) - 1 for k in range(horizon)],
        [plan["minCash"]] + [y["cashEnd"] for y in years])
    cash = base_months[None, :] + np.cumsum(delta, axis=1)
    return cash.min(axis=1)


def main():
    plan = json.load(open(sys.argv[1]))["plan"]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    best = float("inf")
    probability = 0.0
    for _ in range(runs):
        start = time.perf_counter()
        rng = np.random.default_rng(7)
        lowest = project(plan, *draws(count, rng))
        probability = float((lowest < 0).mean())
        best = min(best, time.perf_counter() - start)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"RESULT contender=numpy-stress draws={count} best_seconds={best:.4f} "
          f"draws_per_second={count / best:.0f} p_negative={probability:.4f} self_peak_kib={peak}")


if __name__ == "__main__":
    main()
