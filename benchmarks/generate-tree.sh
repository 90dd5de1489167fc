#!/usr/bin/env bash
# Generates a directory of realistic text for scan benchmarks, deterministically, from text already on the
# machine: source code (C headers under /usr/include, the Python standard library), the .NET SDK's XML
# documentation and /usr/share/doc, with known planted secrets.
# Usage: benchmarks/generate-tree.sh OUT_DIR [SIZE_MB]   (default 1024 MB)
set -euo pipefail
out=${1:?usage: generate-tree.sh OUT_DIR [SIZE_MB]}
size_mb=${2:-1024}
mkdir -p "$out"
sources=$(mktemp)
trap 'rm -f "$sources"' EXIT
{ find /usr/include -name '*.h' -size +2k 2>/dev/null
  find /usr/lib/python3* -name '*.py' -size +2k 2>/dev/null
  find /usr/share/dotnet/packs /usr/share/dotnet/sdk -name '*.xml' -size +4k 2>/dev/null
  find /usr/share/doc -type f \( -name '*.txt' -o -name 'README*' -o -name '*.md' \) -size +2k 2>/dev/null; } | LC_ALL=C sort > "$sources"
[ -s "$sources" ] || { echo "generate-tree: no source text found" >&2; exit 2; }
target=$((size_mb * 1024 * 1024))
total=0 round=0
while [ "$total" -lt "$target" ]; do
  dir="$out/round$round"
  mkdir -p "$dir"
  n=0
  while IFS= read -r file; do
    n=$((n + 1))
    dest="$dir/$((n / 100))/$(basename "$file").$n.txt"
    mkdir -p "$(dirname "$dest")"
    cp "$file" "$dest"
    total=$((total + $(stat -c %s "$file")))
    [ "$total" -ge "$target" ] && break
  done < "$sources"
  round=$((round + 1))
done
# Planted secrets (invented), one per kind, so a scan must report exactly these.
printf 'aws_access_key_id = "%s"\n' "AKIA$(printf 'Q3EGWTAKMXFN7YH2')" > "$out/round0/planted-aws.py"
printf 'DATABASE_URL=postgres://app:%s@db.internal:5432/app\n' "Zq8vN2mX4pL7wR9t" > "$out/round0/planted-db.env"
echo "generate-tree: $(du -sh "$out" | cut -f1) in $(find "$out" -type f | wc -l) files under $out"
