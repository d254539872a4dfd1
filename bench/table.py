#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints the figures bench/*.sh appended to a TSV file as one table, and writes it as Markdown.

usage: table.py FIGURES.tsv [--markdown OUT.md --command CMD --seconds S]
Each line: section, name, scale, value, unit, baseline label, baseline, aim[, note].
The ratio is value / baseline; aims are "ratio<=X", "ratio>=X", "value<=X", "value<X" or "report".
"""
import argparse
import datetime
import os
import platform
import re


def num(text):
    try:
        return float(text)
    except ValueError:
        return None


def fmt(x):
    if x is None:
        return "n/a"
    if abs(x) >= 100:
        return f"{x:.0f}"
    if abs(x) >= 10:
        return f"{x:.1f}"
    return f"{x:.3g}"


def judge(aim, value, ratio):
    m = re.fullmatch(r"(ratio|value)(<=|>=|<|>)([0-9.]+)", aim)
    if not m:
        return "report"
    subject = ratio if m.group(1) == "ratio" else value
    if subject is None:
        return "not measured"
    limit = float(m.group(3))
    ok = {"<=": subject <= limit, ">=": subject >= limit, "<": subject < limit, ">": subject > limit}[m.group(2)]
    return "met" if ok else "NOT met"


def rows(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 8:
                continue
            section, name, scale, value, unit, blabel, baseline, aim = cols[:8]
            note = cols[8] if len(cols) > 8 else ""
            v, b = num(value), num(baseline)
            ratio = v / b if v is not None and b not in (None, 0) else None
            out.append({
                "figure": f"{section}: {name}", "scale": scale,
                "value": f"{fmt(v)} {unit}" if v is not None else value,
                "baseline": "-" if blabel == "-" else f"{blabel}: {fmt(b) if b is not None else baseline} {unit}",
                "ratio": f"{ratio:.3f}x" if ratio is not None else "-",
                "aim": re.sub(r"(<=|>=|<|>)", r" \1 ", aim),
                "met": judge(aim, v, ratio), "note": note,
            })
    return out


def table(data, markdown):
    cols = ["figure", "scale", "value", "baseline", "ratio", "aim", "met", "note"]
    if markdown:
        lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
        lines += ["| " + " | ".join(r[c].replace("|", "/") for c in cols) + " |" for r in data]
        return "\n".join(lines)
    width = {c: max([len(c)] + [len(r[c]) for r in data]) for c in cols[:-1]}
    lines = ["  ".join(c.ljust(width[c]) for c in cols[:-1])]
    lines += ["  ".join(r[c].ljust(width[c]) for c in cols[:-1]) + ("   " + r["note"] if r["note"] else "") for r in data]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("figures")
    ap.add_argument("--markdown")
    ap.add_argument("--command", default="./build.sh bench")
    ap.add_argument("--seconds", default="")
    a = ap.parse_args()
    data = rows(a.figures)
    cpu = ""
    try:
        cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    machine = f"{os.cpu_count()} cores ({cpu}), {platform.system()} {platform.release()}"
    print()
    print(f"== Keepsake benchmarks, {now}: {machine} ==")
    print(table(data, False))
    met = sum(r["met"] == "met" for r in data)
    aimed = sum(r["met"] in ("met", "NOT met", "not measured") for r in data)
    print(f"{met} of {aimed} aims met")
    if a.markdown:
        with open(a.markdown, "w", encoding="utf-8") as f:
            f.write("# Benchmark results (the last run)\n\n")
            f.write(f"- date: {now}\n- command: `{a.command}`\n- machine: {machine}\n")
            if a.seconds:
                f.write(f"- the whole run took {a.seconds} s\n")
            f.write(f"- {met} of {aimed} aims met\n\n")
            f.write("Ratio = value / baseline, both measured in the same run. Written by bench/run.sh "
                    "(bench/table.py); notes on sizes and what was not measured are at the end.\n\n")
            f.write(table(data, True) + "\n")
            notes = os.environ.get("KEEPSAKE_BENCH_NOTES")
            if notes and os.path.exists(notes):
                f.write("\n" + open(notes, encoding="utf-8").read())


if __name__ == "__main__":
    main()
