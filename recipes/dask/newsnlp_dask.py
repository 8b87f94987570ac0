#!/usr/bin/python3
"""Extract a folder of JSON Lines shards with `newsnlp extract -` on a Dask distributed cluster.

Each shard is one task: a worker pipes the shard's lines through one `newsnlp extract -` process and writes the
records to OUT/<shard name>, under a temporary name renamed on success (a failed task leaves no half file).
Output order within a shard is the shard's order; every input line gives one record or one error record.

What it assumes:
- `newsnlp` is on every worker's PATH (or pass --newsnlp "dotnet /path/NewsNlp.Cli.dll");
- shards are UTF-8 JSON Lines files (`*.jsonl`, one article object per line, as `newsnlp extract` reads);
- INPUT and OUT are on a file system every worker sees (a shared mount; for object stores, copy shards first).

Run it with Debian's /usr/bin/python3 (python3-distributed): a python3 found first on PATH may not see
Debian's packages. Without --scheduler it starts a local cluster of --workers processes.

    /usr/bin/python3 recipes/dask/newsnlp_dask.py shards/ out/ --workers 2
    /usr/bin/python3 recipes/dask/newsnlp_dask.py shards/ out/ --scheduler tcp://scheduler:8786
"""
import argparse
import os
import shlex
import subprocess
import sys
from pathlib import Path


def extract_shard(shard: str, output: str, command: list[str], threads: int) -> tuple[str, int, str]:
    """Pipes one shard through `newsnlp extract -`; returns (output, exit code, standard error)."""
    temporary = output + ".tmp"
    with open(shard, "rb") as source, open(temporary, "wb") as target:
        done = subprocess.run([*command, "extract", "-", "--threads", str(threads), "--quiet"],
                              stdin=source, stdout=target, stderr=subprocess.PIPE, check=False)
    # 0: every item gave a record; 1: some gave error records (still one line each). Anything else failed.
    if done.returncode not in (0, 1):
        os.remove(temporary)
        raise RuntimeError(f"newsnlp failed on {shard} (exit {done.returncode}): {done.stderr.decode(errors='replace').strip()}")
    os.replace(temporary, output)
    return output, done.returncode, done.stderr.decode(errors="replace")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="folder of *.jsonl shards")
    parser.add_argument("output", help="folder for one output per shard (created; existing shard outputs are refused)")
    parser.add_argument("--workers", type=int, default=2, help="local cluster size (ignored with --scheduler)")
    parser.add_argument("--threads", type=int, default=1, help="newsnlp threads per task")
    parser.add_argument("--scheduler", help="address of an existing Dask scheduler")
    parser.add_argument("--newsnlp", default="newsnlp", help="the command that runs the tool")
    args = parser.parse_args()

    from dask.distributed import Client, LocalCluster  # imported here so --help works without Dask

    shards = sorted(str(p) for p in Path(args.input).glob("*.jsonl"))
    if not shards:
        print(f"newsnlp_dask: no *.jsonl shards in {args.input}", file=sys.stderr)
        return 3
    out = Path(args.output)
    out.mkdir(exist_ok=True)
    outputs = [str(out / Path(s).name) for s in shards]
    existing = [o for o in outputs if os.path.exists(o)]
    if existing:
        print(f"newsnlp_dask: {existing[0]} already exists (and {len(existing) - 1} more); remove them first", file=sys.stderr)
        return 2

    command = shlex.split(args.newsnlp)
    cluster = None if args.scheduler else LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                                                       dashboard_address=None)
    with Client(args.scheduler or cluster) as client:
        futures = client.map(extract_shard, shards, outputs, command=command, threads=args.threads, pure=False)
        failed = 0
        for shard, future in zip(shards, futures):
            try:
                _, code, _ = future.result()
                print(f"{shard}: {'ok' if code == 0 else 'some error records'}", file=sys.stderr)
            except Exception as error:  # one failed shard must not hide the others
                failed += 1
                print(f"newsnlp_dask: {error}", file=sys.stderr)
    if cluster is not None:
        cluster.close()
    return 3 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
