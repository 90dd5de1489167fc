#!/usr/bin/env python3
"""Writes a git fast-import stream for a deterministic history built from text already on the machine
(the .NET SDK's XML documentation): COMMITS commits on main (plus release branches), FILES paths, each
commit after the first rewriting 4 files, so the history holds well over 20,000 distinct blobs. Known
invented AWS key ids are planted every PLANT_EVERY commits (and later overwritten, so they live only in
history); each is printed on stderr as "planted KEY".

Usage: generate-history.py COMMITS FILES [PLANT_EVERY] | git fast-import --quiet
"""
import glob
import random
import sys

commits = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
files = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
plant_every = int(sys.argv[3]) if len(sys.argv) > 3 else 500
sources = sorted(glob.glob("/usr/share/dotnet/packs/*/*/ref/*/*.xml"))
if not sources:
    sys.exit("generate-history: no .NET SDK XML documentation found under /usr/share/dotnet/packs")
lines = []
for path in sources:
    with open(path, encoding="utf-8", errors="replace") as f:
        lines.extend(f.read().splitlines())
rng = random.Random(20240101)
out = sys.stdout.buffer
alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def path_of(i):
    return f"src/module{i % 60:02d}/doc{i:04d}.xml"


def content(rev):
    length = rng.randint(20, 120)
    start = rng.randrange(len(lines) - length)
    return "\n".join([f"<!-- revision {rev} -->"] + lines[start:start + length]) + "\n"


def data(text):
    raw = text.encode("utf-8")
    out.write(b"data %d\n" % len(raw))
    out.write(raw)
    out.write(b"\n")


for n in range(commits):
    when = 1704067200 + n * 600
    out.write(b"commit refs/heads/main\nmark :%d\n" % (n + 1))
    out.write(b"author Bench Author <bench@example.test> %d +0000\n" % when)
    out.write(b"committer Bench Author <bench@example.test> %d +0000\n" % when)
    data(f"commit {n}")
    changed = range(files) if n == 0 else sorted(rng.sample(range(files), 4))
    for i in changed:
        text = content(n)
        if n > 0 and n % plant_every == 0 and i == changed[0]:
            key = "AKIA" + "".join(rng.choice(alphabet) for _ in range(16))
            text += f'aws_access_key_id = "{key}"\n'
            print(f"planted {key}", file=sys.stderr)
        out.write(f"M 100644 inline {path_of(i)}\n".encode())
        data(text)
    out.write(b"\n")
    if n > 0 and n % 1000 == 0:
        out.write(b"reset refs/heads/release/%d\nfrom :%d\n\n" % (n // 1000, n + 1))
