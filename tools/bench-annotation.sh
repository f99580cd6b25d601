#!/usr/bin/env bash
# Export time and memory of annotation against the size of the input: real prose of 1, 3 and 30 MB and hostile
# files (quote marks, nesting, one long line, one paragraph with no sentence end), built in a temporary folder
# from the seeds and the article folders under ../shared/dev (nothing of them is committed).
# Usage: tools/bench-annotation.sh [N]          N runs of each input, interleaved (default 5)
#   BIN=path   the program to time (default: a release build in .build-perf, built first)
#   BASE=path  a second program, timed in the same rounds, each run right after the first's, for ratios
#   TIMEOUT=s  give up on a run after this long (default 600; BASE_TIMEOUT for BASE, default the same)
# Prints, per input: its size, the median wall time (s), the median max RSS (MB, /usr/bin/time) and RSS / size;
# then the 30 MB / 3 MB time ratio. The machine is shared: read ratios of runs taken together, not one figure.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-5}
if [ -z "${BIN:-}" ]; then
  swift build -c release --scratch-path .build-perf >/dev/null 2>&1
  BIN=.build-perf/release/tiktok-reader
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
sources=(seeds)
for d in ../shared/dev/*/articles; do [ -d "$d" ] && sources+=("$d"); done
python3 tools/bench-annotation-inputs.py "$dir/in" "${sources[@]}"
inputs=(prose-1mb prose-3mb prose-30mb quotes-straight quotes-straight-paragraphs quotes-unbalanced quote-marks
        quotes-nested said-run line-2mb paragraph-5mb)
bins=("$BIN")
[ -n "${BASE:-}" ] && bins+=("$BASE")

# one run: "seconds max-RSS-KB", or "timeout" past the time allowed ($3)
run() {
  local rc=0
  /usr/bin/time -o "$dir/t" -f '%e %M' timeout "$3" "$1" export --format json "$2" >/dev/null 2>&1 || rc=$?
  if [ "$rc" -eq 124 ]; then echo timeout; else tail -1 "$dir/t"; fi
}
median() { sort -n | awk '{a[NR]=$1} END {if (NR) print a[int((NR+1)/2)]; else print "-"}'; }

for round in $(seq "$n"); do
  for f in "${inputs[@]}"; do
    for b in "${!bins[@]}"; do
      limit=${TIMEOUT:-600}; [ "$b" -eq 1 ] && limit=${BASE_TIMEOUT:-$limit}
      echo "$b $f $(run "${bins[$b]}" "$dir/in/$f.txt" "$limit")" >>"$dir/runs"
    done
  done
done

for b in "${!bins[@]}"; do
  echo "${bins[$b]} ($n runs each, medians):"
  printf '  %-28s %10s %9s %9s %8s\n' input bytes seconds "RSS MB" "RSS/in"
  for f in "${inputs[@]}"; do
    size=$(stat -c %s "$dir/in/$f.txt")
    s=$(awk -v b="$b" -v f="$f" '$1==b && $2==f && $3!="timeout" {print $3}' "$dir/runs" | median)
    m=$(awk -v b="$b" -v f="$f" '$1==b && $2==f && $3!="timeout" {print $4}' "$dir/runs" | median)
    t=$(awk -v b="$b" -v f="$f" '$1==b && $2==f && $3=="timeout"' "$dir/runs" | wc -l)
    if [ "$m" = "-" ]; then
      printf '  %-28s %10s %9s\n' "$f" "$size" "> limit"
    else
      printf '  %-28s %10s %9s %9.1f %8.1f%s\n' "$f" "$size" "$s" "$(awk -v m="$m" 'BEGIN {print m / 1024}')" \
        "$(awk -v m="$m" -v s="$size" 'BEGIN {print m * 1024 / s}')" "$([ "$t" -gt 0 ] && echo "  ($t over the limit)")"
    fi
  done
  awk -v b="$b" '$1==b && $2=="prose-3mb" && $3!="timeout" {t3[++i]=$3} $1==b && $2=="prose-30mb" && $3!="timeout" {t30[++j]=$3}
    END {n = i < j ? i : j; for (k = 1; k <= n; k++) print t30[k] / t3[k]}' "$dir/runs" | median |
    sed 's/^/  30 MB \/ 3 MB time, run by run (median): /'
done
if [ "${#bins[@]}" -eq 2 ]; then
  echo "time of $BIN / time of $BASE, run by run (median):"
  for f in "${inputs[@]}"; do
    r=$(awk -v f="$f" '$2==f {print $1, $3}' "$dir/runs" | awk '$1==0 {a[++i]=$2} $1==1 {b[++j]=$2}
      END {for (k = 1; k <= i && k <= j; k++) if (a[k] != "timeout" && b[k] != "timeout" && b[k] > 0) print a[k] / b[k]}' | median)
    printf '  %-28s %s\n' "$f" "$r"
  done
fi
