#!/usr/bin/env bash
# Brings PublicAPI.Unshipped.txt of the given project in line with the code: adds every public symbol the
# PublicApiAnalyzers report as undeclared (RS0016) and removes every declared one that no longer exists (RS0017),
# so that the public surface change shows up in review. Usage: eng/update-public-api.sh src/Cchc.Scoring
set -euo pipefail
project=${1:?project folder}
file="$project/PublicAPI.Unshipped.txt"
out=$(dotnet build "$project" --no-incremental 2>&1 || true)
added=$(printf '%s\n' "$out" | grep -o "error RS0016: Symbol '[^']*'" | sed "s/error RS0016: Symbol '//; s/'\$//" | sort -u || true)
removed=$(printf '%s\n' "$out" | grep -o "error RS0017: Symbol '[^']*'" | sed "s/error RS0017: Symbol '//; s/'\$//" | sort -u || true)
[ -z "$added$removed" ] && { echo "public API files are up to date"; exit 0; }
python3 - "$file" <<PY
import sys
path = sys.argv[1]
lines = open(path, encoding="utf-8").read().split("\n")
head, body = lines[0], [l for l in lines[1:] if l]
removed = set(l for l in """$removed""".split("\n") if l)
added = [l for l in """$added""".split("\n") if l]
body = sorted(set(l for l in body if l not in removed) | set(added))
open(path, "w", encoding="utf-8").write(head + "\n" + "\n".join(body) + "\n")
PY
echo "added $(printf '%s' "$added" | grep -c . || true), removed $(printf '%s' "$removed" | grep -c . || true) symbols in $file"
