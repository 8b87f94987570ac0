#!/usr/bin/env python3
"""Cuts the whole-process benchmark inputs from news.jsonl: whole lines from the start, skipping the held-out
Wikinews 2019/2020 records, until the file reaches each size (12 MB and 3 MB by default).
Usage: make-slices.py SOURCE.jsonl OUTDIR [MB ...]"""
import json
import sys

HELD_OUT = ("wikinews_2019.csv", "wikinews_2020.csv")


def main() -> None:
    source, outdir = sys.argv[1], sys.argv[2]
    sizes = [int(s) for s in sys.argv[3:]] or [12, 3]
    outputs = {mb: open(f"{outdir}/news-{mb}mb.jsonl", "w", encoding="utf-8") for mb in sizes}
    written = dict.fromkeys(sizes, 0)
    with open(source, encoding="utf-8") as lines:
        for line in lines:
            if not line.strip() or any(h in str(json.loads(line).get("source", "")) for h in HELD_OUT):
                continue
            size = len(line.encode("utf-8"))
            for mb in sizes:
                if written[mb] + size <= mb * 1_000_000:
                    outputs[mb].write(line)
                    written[mb] += size
            if all(written[mb] + size > mb * 1_000_000 for mb in sizes):
                break
    for mb, out in outputs.items():
        out.close()
        print(f"news-{mb}mb.jsonl: {written[mb]:,} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
