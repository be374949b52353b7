#!/usr/bin/env bash
# Resource checks: each reader of the `cchc` command line meets a hostile input under a memory cap and a time bound
# (docs/errors.md, "Limits"). The cap is the .NET GC heap limit (DOTNET_GCHeapHardLimit): a reader that holds more
# than the bound dies with OutOfMemoryException and the check fails. A check passes when the command finishes within
# its time bound, exits with the expected code, and prints no stack trace.
#   usage: eng/resource-checks.sh CCHC_DLL SCRATCH_DIR
# The last line is "resource checks: N passed, N failed".
set -uo pipefail
cchc_dll=$1
scratch=$2
mkdir -p "$scratch"
passed=0
failed=0

# check NAME EXPECTED_EXIT MAX_SECONDS HEAP_MIB -- COMMAND...  (stdin of COMMAND is /dev/null unless redirected by a wrapper)
check() {
  local name=$1 expected=$2 max_seconds=$3 heap_mib=$4
  shift 5
  local started rc elapsed
  started=$(date +%s%N)
  DOTNET_GCHeapHardLimit=$(printf '0x%x' $((heap_mib * 1024 * 1024))) timeout $((max_seconds * 3)) "$@" \
    > "$scratch/out.txt" 2> "$scratch/err.txt"
  rc=$?
  elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
  local verdict=ok
  if [ "$rc" -ne "$expected" ]; then verdict="exit $rc, expected $expected"; fi
  if [ "$elapsed" -gt $((max_seconds * 1000)) ]; then verdict="took ${elapsed} ms, bound ${max_seconds} s"; fi
  if grep -q 'Unhandled exception\|OutOfMemoryException\|   at ' "$scratch/err.txt"; then verdict="stack trace"; fi
  if [ "$verdict" = ok ]; then
    passed=$((passed + 1))
    printf 'ok    %-58s %6s ms (bound %s s, heap %s MiB)\n' "$name" "$elapsed" "$max_seconds" "$heap_mib"
  else
    failed=$((failed + 1))
    printf 'FAIL  %-58s %s\n' "$name" "$verdict"
    head -n 5 "$scratch/err.txt"
  fi
}

cchc=(dotnet "$cchc_dll")

# Inputs.
head -c 40000000 /dev/zero | tr '\0' ' ' > "$scratch/spaces-40mb.json"
python3 - "$scratch" <<'PY'
import random, sys
d = sys.argv[1]
r = random.Random(7)
with open(d + '/scattered.csv', 'w') as f:
    f.write('id,unit,received_at,due_at,finished_at,status,waiting_minutes\n')
    for i in range(40000):
        f.write('H%d,VP,2025-03-02T08:00,2025-03-07T17:00,2025-03-05T10:00,finished,%d\n' % (i, r.randint(0, 999999999)))
row = 'A,P1,VP,2025-03-02T08:00,2025-03-07T17:00\r'
with open(d + '/cr-only.csv', 'w', newline='') as f:
    f.write('id,procedure,unit,received_at,due_at\r')
    f.write(row * 1200000)
ind = []
for i in range(20):
    ind.append('{"code":"F%02d","name":{"vi":"a","en":"a"},"measure":"ratio","unit":"%%","target":{"comparison":">=","value":90,"due":"2025-12-31"},"rule":{"kind":"formula","expression":"((((((((((((((((((((((((-"},"points":1}' % i)
with open(d + '/brackets.json', 'w') as f:
    f.write('{"id":"brackets","version":"1.0.0","name":{"vi":"a","en":"a"},"plan":{"start":"2021-01-01","end":"2025-12-31"},"totalPoints":20,"bands":[],"areas":[{"code":"A1","name":{"vi":"a","en":"a"},"indicators":[' + ','.join(ind) + ']}]}')
PY

# /dev/zero, a device whose length reads as 0, as every kind of input: a located limit-exceeded, fast, bounded.
check "/dev/zero as a framework (validate)"            1 20 512 -- "${cchc[@]}" validate /dev/zero
check "/dev/zero as a framework (score -f)"            1 20 512 -- "${cchc[@]}" score -f /dev/zero
check "/dev/zero as submissions (score -s)"            1 20 512 -- "${cchc[@]}" score -s /dev/zero
check "/dev/zero as the second operand of diff"        1 20 512 -- "${cchc[@]}" diff gtvt-tiengiang-2021-2025 /dev/zero
check "/dev/zero as a dossier CSV (ingest)"            1 20 256 -- "${cchc[@]}" ingest /dev/zero -o "$scratch/zero.json"
# A dossier CSV with CR-only line ends (48 MB, 1.2 million rows): read as lines, never held whole.
check "CR-only dossier CSV, 48 MB (ingest)"            0 60 256 -- "${cchc[@]}" ingest "$scratch/cr-only.csv" -o "$scratch/cr.json"
# 40,000 dossiers with scattered waiting times: memory follows units and periods, not rows.
check "scattered durations, 40,000 rows (ingest)"      0 60 256 -- "${cchc[@]}" ingest "$scratch/scattered.csv" -o "$scratch/scattered.json"
# Formula parsing is bounded: 20 indicators with 24 unclosed brackets are rejected fast.
check "20 formulas with 24 unclosed brackets"          1 15 512 -- "${cchc[@]}" validate "$scratch/brackets.json"
# A slow pipe: 40 MB of whitespace through a pipe, read in small chunks, is linear.
check "40 MB of spaces through a pipe (score -s)"      1 30 512 -- bash -c 'cat "$1" | dotnet "$2" score -s /dev/stdin' _ "$scratch/spaces-40mb.json" "$cchc_dll"

rm -f "$scratch"/*.csv "$scratch"/*.json
printf 'resource checks: %s passed, %s failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
