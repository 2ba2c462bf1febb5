#!/usr/bin/env python3
"""Turns a JMH JSON result (-rf json) into the ratio table of docs/performance.md.

Convention of the suite: in each benchmark class the method named ``bsa`` runs bsa's public API,
every other method a peer on the same input (``floor`` is a plain byte loop). For each class and
parameter set, the ratio is bsa's throughput divided by the peer's (above 1: bsa is faster).
ParallelParseBenchmark is reported as scaling: twoThreads / oneThread throughput.

Usage: python3 bsa-benchmarks/ratios.py result.json  (prints Markdown on stdout)
"""
import json
import sys

# Parameter that counts the items of one operation, and the item's name, per benchmark class.
ITEMS = [("rows", "rows"), ("pages", "pages"), ("entries", "entries"), ("transactions", "tx")]
TO_SECONDS = {"s": 1.0, "ms": 1e-3, "us": 1e-6, "ns": 1e-9, "min": 60.0}


def ops_per_second(entry):
    """Throughput of one result in operations per second, whatever the mode and unit."""
    metric = entry["primaryMetric"]
    score, unit = metric["score"], metric["scoreUnit"]
    if unit.startswith("ops/"):
        return score / TO_SECONDS[unit.split("/")[1]]
    per_op = score * TO_SECONDS[unit.split("/")[0]]
    return 1.0 / per_op if per_op > 0 else float("inf")


def human(value):
    for factor, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if value >= factor:
            return f"{value / factor:.3g}{suffix}"
    return f"{value:.3g}"


def main(path):
    with open(path, encoding="utf-8") as f:
        results = json.load(f)
    groups = {}
    for entry in results:
        cls, method = entry["benchmark"].rsplit(".", 1)
        params = entry.get("params") or {}
        key = (cls.rsplit(".", 1)[1], tuple(sorted(params.items())))
        groups.setdefault(key, {})[method] = entry
    rows = []
    scaling = []
    for (cls, params), methods in sorted(groups.items()):
        p = dict(params)
        label = ", ".join(f"{k}={v}" for k, v in params if k != "database")
        if "oneThread" in methods and "twoThreads" in methods:
            one, two = ops_per_second(methods["oneThread"]), ops_per_second(methods["twoThreads"])
            scaling.append(f"| {cls} | {human(one)} sets/s | {human(two)} sets/s | {two / one:.2f} |")
            continue
        if "bsa" not in methods:
            continue
        count, item = next(((float(p[k]), n) for k, n in ITEMS if k in p), (1.0, "ops"))
        bsa = ops_per_second(methods["bsa"])
        for method, entry in sorted(methods.items()):
            if method == "bsa":
                continue
            peer = ops_per_second(entry)
            rows.append(
                f"| {cls.removesuffix('Benchmark')} ({label}) | {human(bsa * count)} {item}/s"
                f" | {method} {human(peer * count)} {item}/s | {bsa / peer:.2f} |"
            )
    print("| path (generated input) | bsa | peer, same JMH run | ratio bsa/peer |")
    print("|---|---:|---:|---:|")
    print("\n".join(rows))
    if scaling:
        print()
        print("| many files, one shared analyzer | 1 thread | 2 threads | scaling |")
        print("|---|---:|---:|---:|")
        print("\n".join(scaling))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
