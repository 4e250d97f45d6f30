#!/usr/bin/env python3
"""Repeated and mixed derivatives, SymPy against symdiff, in one run.

For each entry of corpus/higher-order.json this times SymPy's diff in this process (import
excluded, SymPy's cache cleared before every run, fastest of --runs) and runs the .NET side
(`Symbolic.Bench --higher-order`: Calculus.Diff then Simplifier.Simplify, what the REPL prints, fastest of 5 runs
after a warm-up), then counts the operations of both printed results the same way: SymPy's count_ops on the
printed text parsed back by SymPy without evaluation (so SymPy does not rewrite our form before counting).

    python3 bench/sympy/side_by_side.py            # the table
    python3 bench/sympy/side_by_side.py --values   # SymPy's value of each derivative at the entry's point, 30 digits
"""
import argparse
import json
import os
import subprocess
import sys
import time

import sympy
from sympy.parsing.sympy_parser import convert_xor, parse_expr, standard_transformations

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CORPUS = os.path.join(ROOT, "corpus", "higher-order.json")
TRANSFORMS = standard_transformations + (convert_xor,)
# Functions of symdiff that SymPy does not know by name, defined by their formula.
LOCALS = {"sigmoid": sympy.Lambda(sympy.Symbol("z"), 1 / (1 + sympy.exp(-sympy.Symbol("z"))))}


def parse(text, evaluate=True, functions_as_calls=False):
    names = {"sigmoid": sympy.Function("sigmoid")} if functions_as_calls else LOCALS
    return parse_expr(text, local_dict=dict(names), transformations=TRANSFORMS, evaluate=evaluate)


def sympy_diff_args(entry):
    steps = entry["diff"]
    return [a if isinstance(a, int) else sympy.Symbol(a) for a in steps]


def printed_ops(text):
    """count_ops of a printed result, parsed without evaluation; a symdiff-only function counts as one call."""
    return int(sympy.count_ops(parse(text, evaluate=False, functions_as_calls=True)))


def time_sympy(entry, runs):
    f = parse(entry["expr"])
    args = sympy_diff_args(entry)
    best, result = float("inf"), None
    for _ in range(runs):
        sympy.core.cache.clear_cache()
        start = time.perf_counter()
        result = sympy.diff(f, *args)
        best = min(best, time.perf_counter() - start)
    return best * 1000, result


def run_ours():
    command = ["dotnet", "run", "--project", os.path.join(ROOT, "bench", "Symbolic.Bench"), "-c", "Release", "--",
               "--higher-order"]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return {row["name"]: row for row in map(json.loads, filter(None, out.splitlines()))}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="SymPy runs per entry (fastest reported)")
    parser.add_argument("--values", action="store_true", help="print SymPy's values at each entry's point instead")
    options = parser.parse_args()
    with open(CORPUS) as file:
        corpus = json.load(file)

    if options.values:
        for entry in corpus:
            d = sympy.diff(parse(entry["expr"]), *sympy_diff_args(entry))
            point = {sympy.Symbol(k): sympy.Rational(v) for k, v in entry["point"].items()}
            print(f'{entry["name"]}: {sympy.N(d.subs(point), 30)}')
        return

    ours = run_ours()
    print(f"SymPy {sympy.__version__}, Python {sys.version.split()[0]}; SymPy fastest of {options.runs}, "
          "symdiff fastest of 5; operations: count_ops of each printed result")
    print()
    print("| derivative | SymPy ms | symdiff ms | speed-up | SymPy ops | symdiff ops |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    totals = [0.0, 0.0, 0, 0]
    for entry in corpus:
        sympy_ms, sympy_result = time_sympy(entry, options.runs)
        row = ours[entry["name"]]
        sympy_ops, our_ops = printed_ops(str(sympy_result)), printed_ops(row["result"])
        steps = ", ".join(str(a) for a in entry["diff"])
        print(f'| `diff({entry["expr"]}, {steps})` | {sympy_ms:,.1f} | {row["ms"]:,.1f} | '
              f'{sympy_ms / row["ms"]:,.0f}× | {sympy_ops:,} | {our_ops:,} |', flush=True)
        for i, value in enumerate((sympy_ms, row["ms"], sympy_ops, our_ops)):
            totals[i] += value
    print(f"| **total** | {totals[0]:,.1f} | {totals[1]:,.1f} | **{totals[0] / totals[1]:,.0f}×** | "
          f"{totals[2]:,} | {totals[3]:,} ({totals[3] / totals[2]:.2f}×) |")


if __name__ == "__main__":
    main()
