#!/usr/bin/env bash
# Adds every public symbol the PublicApiAnalyzers report as undeclared (RS0016) to PublicAPI.Unshipped.txt
# of the given project, so that the public surface change shows up in review. Usage: eng/update-public-api.sh src/Cchc.Scoring
set -euo pipefail
project=${1:?project folder}
out=$(dotnet build "$project" --no-incremental 2>&1 || true)
symbols=$(printf '%s\n' "$out" | grep -o "error RS0016: Symbol '[^']*'" | sed "s/error RS0016: Symbol '//; s/'\$//" | sort -u)
[ -z "$symbols" ] && { echo "public API files are up to date"; exit 0; }
file="$project/PublicAPI.Unshipped.txt"
{ cat "$file"; printf '%s\n' "$symbols"; } | grep -v '^$' | { read -r first; echo "$first"; sort -u; } > "$file.tmp"
mv "$file.tmp" "$file"
echo "added $(printf '%s\n' "$symbols" | wc -l) symbols to $file"
