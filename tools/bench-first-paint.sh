#!/usr/bin/env bash
# First screen of the seeds, side by side with `less` on a seed file, in one run. Builds the static release first.
# Usage: tools/bench-first-paint.sh [N]   (needs tmux, python3 and ../shared/tools/tui-drive)
#  1. through a pty (tools/first-paint.py): ms until the bytes of the screen arrive (less; the reader's first
#     screen; its annotated screen), interleaved, median and quartiles of N runs;
#  2. through tmux: one server polled every ~0.1 ms (tools/tmux-first-paint.py, run by run against less), and as
#     tui-drive sees it (a new server and a client every few ms): medians of N interleaved runs;
#  3. the reader's own phases (TIKTOK_READER_TIMINGS=1), medians of N runs;
#  4. export of the seeds, whole process, median of N runs.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-15}
swift build -c release --static-swift-stdlib -Xswiftc -static-executable -Xlinker -ltinfo >/dev/null 2>&1
bin=./.build/release/tiktok-reader
seed=seeds/000_14825bd3f1b8d812.txt
drive=../shared/tools/tui-drive
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "pty, ms from start until the screen's bytes arrive, $n interleaved runs each:"
python3 tools/first-paint.py --runs "$n" "Microsoft=less $seed" " Articles =$bin" "dated events=$bin" | sed 's/^/  /'

echo "tmux, one server, ms from start until the screen shows the marker, $n interleaved runs each:"
python3 tools/tmux-first-paint.py --runs "$n" "Microsoft=less $seed" "Articles=$bin" | sed 's/^/  /'

ours=(); full=(); theirs=()
for _ in $(seq "$n"); do
  line=$($drive --size 160x48 --wait "dated events" -- "$bin" | head -1)
  ours+=("$(echo "$line" | awk '{print $4}')"); full+=("$(echo "$line" | awk '{print $7}')")
  theirs+=("$($drive --size 160x48 --wait Microsoft -- less "$seed" | head -1 | awk '{print $4}')")
done
earlier=0; for i in "${!ours[@]}"; do [ "${ours[$i]}" -le "${theirs[$i]}" ] && earlier=$((earlier + 1)); done
echo "tmux at 160x48, medians of $n interleaved: tiktok-reader first screen $(median "${ours[@]}") ms, annotated $(median "${full[@]}") ms; less $(median "${theirs[@]}") ms; reader no later than less in $earlier of $n"

echo "phases (ms since main, page faults so far), medians of $n:"
for _ in $(seq "$n"); do
  TIKTOK_READER_TIMINGS=1 $drive --size 160x48 --wait "dated events" --keys q -- sh -c "exec $bin 2>/tmp/tiktok-reader-timings.$$" >/dev/null || true
  cat /tmp/tiktok-reader-timings.$$
done | python3 -c '
import re, statistics, sys
rows = [re.findall(r"([a-z ]+?) ([0-9.]+) \(([0-9]+)\)", l.split(":", 1)[1]) for l in sys.stdin if l.startswith("timings")]
names = [k for k, _, _ in rows[0]]
print("  " + ", ".join(f"{k.strip()} {statistics.median(float(v) for r in rows for kk, v, _ in r if kk == k):.2f} ({statistics.median(int(f) for r in rows for kk, _, f in r if kk == k):.0f})" for k in names))'
rm -f /tmp/tiktok-reader-timings.$$

times=()
for _ in $(seq "$n"); do
  s=$(date +%s%N); $bin export --format json >/dev/null; e=$(date +%s%N)
  times+=("$(( (e - s) / 1000 ))")
done
echo "export of the seeds, median of $n: $(median "${times[@]}") µs"
