#!/usr/bin/env bash
# A story of many articles: generated news of 1,000 and 10,000 articles (tools/generate-corpus.py, in a temporary
# folder, never committed), and the dev articles copied as many times, timed as issue 15 asks. One command, medians of N interleaved runs:
#   - export (all annotation) on one thread and on every core: seconds, MB/s, articles/s, peak memory (max RSS);
#     the 10k / 1k ratio;
#   - the reader's start-up phases at 10k (TIKTOK_READER_TIMINGS: files loaded, structure read, first frame);
#   - update + render per key at 200x60 on 1k and 10k (tiktok-reader bench-keys), and the keys on 10k once
#     annotated as tui-drive sees them (tmux in between: an upper bound).
# Usage: tools/bench-scale.sh [N]        (default 3; needs python3, tmux and ../shared/tools/tui-drive)
#   BIN=path   the program to time (default: a release build in .build-perf, built first)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-3}
if [ -z "${BIN:-}" ]; then
  swift build -c release --scratch-path .build-perf >/dev/null 2>&1
  BIN=.build-perf/release/tiktok-reader
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 tools/generate-corpus.py 1000 "$dir/1k"
python3 tools/generate-corpus.py 10000 "$dir/10k"
# and real news: the dev articles (../shared/dev, where it exists) copied over and over, each copy with a sentence of
# its own, so no two files are the same text
sets=(1k 10k)
if ls ../shared/dev/*/articles/*.txt >/dev/null 2>&1; then
  python3 - "$dir" <<'PY'
import glob, os, sys
out = sys.argv[1]
src = sorted(glob.glob("../shared/dev/*/articles/*.txt"))
for n, name in ((1000, "dev1k"), (10000, "dev10k")):
    os.makedirs(os.path.join(out, name), exist_ok=True)
    for k in range(n):
        text = open(src[k % len(src)], encoding="utf-8", errors="replace").read().rstrip("\n")
        with open(os.path.join(out, name, f"{k:06d}.txt"), "w", encoding="utf-8") as f:
            f.write(f"{text}\n\nThis copy is number {k}.\n")
PY
  sets+=(dev1k dev10k)
fi
median() { sort -n | awk '{a[NR]=$1} END {if (NR) print a[int((NR+1)/2)]; else print "-"}'; }
# the text's size in MB (10^6 bytes), not the disk blocks it takes: `du -sm` counted a 4 KiB block for each
# file of ~1 KB and made the throughput look four times what it is
size() { du -sb "$1" | awk '{printf "%.3f", $1 / 1e6}'; }

for round in $(seq "$n"); do
  for set in "${sets[@]}"; do
    for threads in 1 0; do
      t=$threads; [ "$t" -eq 0 ] && t=$(nproc)
      TIKTOK_READER_THREADS=$t /usr/bin/time -o "$dir/t" -f '%e %M' "$BIN" export --format json "$dir/$set" >/dev/null
      echo "$set $threads $(cat "$dir/t")" >>"$dir/runs"
    done
  done
done
echo "export (all annotation), medians of $n rounds:"
for set in "${sets[@]}"; do
  mb=$(size "$dir/$set"); count=$([ "${set%1k}" != "$set" ] && echo 1000 || echo 10000)
  for threads in 1 0; do
    s=$(awk -v a="$set" -v b="$threads" '$1==a && $2==b {print $3}' "$dir/runs" | median)
    m=$(awk -v a="$set" -v b="$threads" '$1==a && $2==b {print $4}' "$dir/runs" | median)
    label=$([ "$threads" -eq 1 ] && echo "1 thread " || echo "$(nproc) threads")
    awk -v s="$s" -v m="$m" -v mb="$mb" -v c="$count" -v set="$set" -v l="$label" \
      'BEGIN {printf "  %-4s %s %6.2f s  %5.2f MB/s  %6.0f articles/s  peak %4.0f MB\n", set, l, s, mb / s, c / s, m / 1024}'
  done
done
for prefix in "" dev; do
  [ -n "$prefix" ] && [ ! -d "$dir/dev1k" ] && continue
  for threads in 1 0; do
    a=$(awk -v s="${prefix}1k" -v b="$threads" '$1==s && $2==b {print $3}' "$dir/runs" | median)
    b=$(awk -v s="${prefix}10k" -v b="$threads" '$1==s && $2==b {print $3}' "$dir/runs" | median)
    awk -v a="$a" -v b="$b" -v t="$threads" -v p="${prefix:-generated}" \
      'BEGIN {printf "  %s 10k / 1k time, %s: %.1f x\n", p, (t == 1 ? "one thread" : "every core"), b / a}'
  done
done

echo "reader start-up at 10k (TIKTOK_READER_TIMINGS, ms since start), $n runs:"
for round in $(seq "$n"); do
  (sleep 2; printf 'q') | TERM=xterm-256color TIKTOK_READER_TIMINGS=1 timeout 60 script -qfc "$BIN $dir/10k" /dev/null 2>&1 \
    | tr -d '\033' | grep -ao 'timings.*' | sed 's/^/  /' | cut -c1-160
done

echo "keys without a terminal (update + render, tiktok-reader bench-keys):"
for set in 1k 10k; do "$BIN" bench-keys "$dir/$set" | sed 's/^/  /'; done

drive=../shared/tools/tui-drive
if [ -x "$drive" ]; then
  echo "keys at 200x60 on 10k, once annotated (tui-drive, through tmux):"
  "$drive" --size 200x60 --wait "dated events" --timeout 90 --keys "j ] } Tab G j" -- "$BIN" "$dir/10k" 2>&1 | grep -E '^# ' | sed 's/^# /  /'
fi
