#!/usr/bin/env python3
"""newsgraph throughput benchmark (make bench).

Runs `newsgraph --format ntriples` (the streaming writer a corpus uses) over
a directory of articles and prints documents, megabytes, seconds,
documents and megabytes per second, and the peak resident memory.

Articles: the first --docs articles of SaudiNewsNet from
../shared/data/news/saudinewsnet-zips (each article's title and content
written as one text file in a temporary directory, never in the
repository); when that data is absent, the project's own development set
(tests/eval) copied --copies times.
"""
import argparse
import glob
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)


def saudinewsnet(dest, docs):
    """Writes up to docs articles to dest; returns how many it wrote."""
    zips = sorted(glob.glob(os.path.join(TOP, "..", "shared", "data", "news",
                                         "saudinewsnet-zips", "*.zip")))
    n = 0
    for path in zips:
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if not name.endswith(".json"):
                    continue
                for art in json.loads(z.read(name).decode("utf-8")):
                    text = (art.get("title") or "") + "\n" + (art.get("content") or "")
                    with open(os.path.join(dest, "%06d.txt" % n), "w", encoding="utf-8") as f:
                        f.write(text)
                    n += 1
                    if n >= docs:
                        return n
    return n


def own_articles(dest, copies):
    n = 0
    for k in range(copies):
        for path in sorted(glob.glob(os.path.join(TOP, "tests", "eval", "*.txt"))):
            shutil.copy(path, os.path.join(dest, "%02d-%s" % (k, os.path.basename(path))))
            n += 1
    return n


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--newsgraph", default=os.path.join(TOP, "newsgraph"))
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--copies", type=int, default=50)
    args = ap.parse_args()
    env = dict(os.environ, NEWSGRAPH_ONTOLOGY=os.path.join(TOP, "ontology"))
    with tempfile.TemporaryDirectory() as tmp:
        n = saudinewsnet(tmp, args.docs)
        source = "SaudiNewsNet"
        if n == 0:
            n = own_articles(tmp, args.copies)
            source = "tests/eval x%d" % args.copies
        size = sum(os.path.getsize(os.path.join(tmp, f)) for f in os.listdir(tmp))
        start = time.monotonic()
        run = subprocess.run([args.newsgraph, "--format", "ntriples", tmp], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        seconds = time.monotonic() - start
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0
    if run.returncode != 0:
        sys.exit("newsgraph failed: " + run.stderr.decode(errors="replace")[:500])
    mb = size / 1e6
    print("%s: %d documents, %.1f MB in %.2f s: %.0f documents/s, %.2f MB/s, peak RSS %.1f MB"
          % (source, n, mb, seconds, n / seconds, mb / seconds, rss))


if __name__ == "__main__":
    main()
