#!/usr/bin/env python3
"""krait's benchmark runner.

Runs every benchmarks/programs/*.py with krait (and `krait --jit` when
asked) and with CPython, interleaved, after one warm-up run each; checks that
krait prints exactly what CPython prints (each program prints a checksum of
its work); reports median wall time, spread and peak RSS; optionally counts
instructions with valgrind (callgrind), which is noise-free.

    python3 benchmarks/run.py --krait build/krait [--runs 5] [--jit]
        [--instructions] [--filter NAME] [--json out.json]
        [--compare benchmarks/baseline.json] [--save-baseline FILE]

--compare exits with status 1 when a program regresses: by more than 3% in
instructions (when both runs counted them), or by more than 10% in time when
the difference is significant (the new fastest run is slower than the
baseline's slowest run, so noise alone cannot explain it).
"""

import argparse
import json
import math
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")


GNU_TIME = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None


def run_once(cmd, cwd):
    """Runs cmd; returns (wall seconds, peak RSS KiB, stdout bytes, rc).

    Peak RSS comes from GNU time when available: the rusage of a forked
    child starts from the runner's own high-water mark, which would put a
    floor of ~15 MiB under every figure."""
    rss_file = None
    full = cmd
    if GNU_TIME:
        fd, rss_file = tempfile.mkstemp(prefix="krait-rss-")
        os.close(fd)
        full = [GNU_TIME, "-f", "%M", "-o", rss_file] + cmd
    start = time.perf_counter()
    proc = subprocess.Popen(full, cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    rc = os.waitstatus_to_exitcode(status)
    rss = usage.ru_maxrss
    if rss_file:
        try:
            with open(rss_file) as f:
                lines = [l for l in f.read().split() if l.isdigit()]
            if lines:
                rss = int(lines[-1])
        finally:
            os.unlink(rss_file)
    return wall, rss, out, rc


def count_instructions(cmd, cwd):
    """Instructions executed, by callgrind (None if valgrind is missing)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "cg.out")
        try:
            r = subprocess.run(["valgrind", "--tool=callgrind",
                                f"--callgrind-out-file={out}"] + cmd,
                               cwd=cwd, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, timeout=3600)
        except (FileNotFoundError, subprocess.TimeoutExpired):
            return None
        m = re.search(rb"Collected : (\d+)", r.stderr)
        if m:
            return int(m.group(1))
        try:
            with open(out) as f:
                for line in f:
                    if line.startswith("summary:") or line.startswith("totals:"):
                        return int(line.split()[1])
        except OSError:
            pass
    return None


def summarize(times):
    return {"median": statistics.median(times), "min": min(times),
            "max": max(times),
            "stdev": statistics.stdev(times) if len(times) > 1 else 0.0}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--krait", default="build/krait")
    ap.add_argument("--python", default="python3")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jit", action="store_true", help="also time krait --jit")
    ap.add_argument("--instructions", action="store_true",
                    help="count instructions with callgrind (slow)")
    ap.add_argument("--filter", default="")
    ap.add_argument("--json", default=os.path.join(HERE, "results", "latest.json"))
    ap.add_argument("--compare", default=None)
    ap.add_argument("--save-baseline", default=None)
    args = ap.parse_args()

    krait = os.path.abspath(args.krait)
    progs = sorted(p for p in os.listdir(PROGRAMS)
                   if p.endswith(".py") and args.filter in p)
    variants = [("krait", [krait]), ("python", [args.python])]
    if args.jit:
        variants.insert(1, ("krait-jit", [krait, "--jit"]))

    results = {}
    failures = []
    for i, prog in enumerate(progs, 1):
        name = prog[:-3]
        print(f"\r[{i}/{len(progs)}] {name:<28}", end="", file=sys.stderr, flush=True)
        outputs = {}
        samples = {v: [] for v, _ in variants}
        rss = {v: 0 for v, _ in variants}
        for v, cmd in variants:                      # warm-up
            _, _, out, rc = run_once(cmd + [prog], PROGRAMS)
            outputs[v] = (out, rc)
        for _ in range(args.runs):                   # interleaved runs
            for v, cmd in variants:
                wall, maxrss, _, _ = run_once(cmd + [prog], PROGRAMS)
                samples[v].append(wall)
                rss[v] = max(rss[v], maxrss)
        entry = {}
        for v, _ in variants:
            entry[v] = summarize(samples[v])
            entry[v]["rss_kib"] = rss[v]
            if v != "python":
                # per-round ratios to the interleaved CPython run: load on
                # the machine slows both, so ratios are steadier than times
                ratios = [k / p for k, p in zip(samples[v], samples["python"]) if p > 0]
                entry[v]["ratio"] = summarize(ratios) if ratios else None
        ref_out, ref_rc = outputs["python"]
        for v, _ in variants:
            if v == "python":
                continue
            ok = outputs[v] == (ref_out, ref_rc)
            entry[v]["output_ok"] = ok
            if not ok:
                failures.append(f"{name} ({v}): output differs from CPython")
        if args.instructions:
            for v, cmd in variants:
                if v != "python":
                    entry[v]["instructions"] = count_instructions(cmd + [prog], PROGRAMS)
        results[name] = entry
    print("\r" + " " * 40 + "\r", end="", file=sys.stderr)

    # table
    cols = [v for v, _ in variants if v != "python"]
    header = f"{'program':<24}{'python s':>10}" + "".join(
        f"{c + ' s':>12}{'ratio':>8}{'rss MiB':>9}" for c in cols) + f"{'py rss':>8}"
    print(header)
    print("-" * len(header))
    logs = {c: [] for c in cols}
    for name, e in results.items():
        py = e["python"]["median"]
        row = f"{name:<24}{py:>10.3f}"
        for c in cols:
            k = e[c]["median"]
            ratio = k / py if py > 0 else float("nan")
            logs[c].append(math.log(ratio))
            flag = "" if e[c].get("output_ok", True) else " !"
            row += f"{k:>12.3f}{ratio:>8.2f}{e[c]['rss_kib'] / 1024:>9.1f}{flag}"
        row += f"{e['python']['rss_kib'] / 1024:>8.1f}"
        print(row)
    for c in cols:
        if logs[c]:
            gm = math.exp(sum(logs[c]) / len(logs[c]))
            worst = max(logs[c])
            print(f"geometric mean {c}/python: {gm:.3f}   worst: {math.exp(worst):.2f}")

    os.makedirs(os.path.dirname(args.json), exist_ok=True)
    with open(args.json, "w") as f:
        json.dump({"runs": args.runs, "results": results}, f, indent=1, sort_keys=True)
    if args.save_baseline:
        with open(args.save_baseline, "w") as f:
            json.dump({"runs": args.runs, "results": results}, f, indent=1, sort_keys=True)

    status = 0
    for msg in failures:
        print("FAIL:", msg)
        status = 1
    if args.compare:
        with open(args.compare) as f:
            base_doc = json.load(f)
        base = base_doc["results"]
        base_runs = base_doc.get("runs", 0)
        for name, e in results.items():
            b = base.get(name, {}).get("krait")
            k = e["krait"]
            if b is None:
                continue
            bi, ki = b.get("instructions"), k.get("instructions")
            if bi and ki and ki > bi * 1.03:
                print(f"REGRESSION {name}: instructions {ki} vs {bi} (+{(ki / bi - 1) * 100:.1f}%)")
                status = 1
            # time: compare krait/CPython ratios of interleaved runs, and
            # only call it a regression when it is both >10% and outside the
            # spread of both measurements (needs at least 3 runs each)
            kr, br = k.get("ratio"), b.get("ratio")
            if kr and br and args.runs >= 3 and base_runs >= 3:
                if kr["median"] > br["median"] * 1.10 and kr["min"] > br["max"]:
                    print(f"REGRESSION {name}: time ratio to CPython {kr['median']:.2f} "
                          f"vs {br['median']:.2f} (+{(kr['median'] / br['median'] - 1) * 100:.1f}%)")
                    status = 1
        if status == 0:
            print("compare: no regression against", args.compare)
    return status


if __name__ == "__main__":
    sys.exit(main())
