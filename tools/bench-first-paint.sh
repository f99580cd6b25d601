#!/usr/bin/env bash
# First paint of the seeds, side by side with `less` on a seed file, in one run: medians of N runs each.
# Usage: tools/bench-first-paint.sh [N]   (needs tmux and ../shared/tools/tui-drive; builds release first)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-11}
swift build -c release --static-swift-stdlib >/dev/null
drive=../shared/tools/tui-drive
ours=(); theirs=()
for _ in $(seq "$n"); do
  ours+=("$($drive --size 160x48 --wait Timeline -- ./.build/release/tiktok-reader | head -1 | awk '{print $4}')")
  theirs+=("$($drive --size 160x48 --wait Microsoft -- less seeds/000_14825bd3f1b8d812.txt | head -1 | awk '{print $4}')")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "first paint, median of $n: tiktok-reader $(median "${ours[@]}") ms, less $(median "${theirs[@]}") ms"
# export of the seeds, median of N runs
times=()
for _ in $(seq "$n"); do
  s=$(date +%s%N); ./.build/release/tiktok-reader export --format json seeds >/dev/null; e=$(date +%s%N)
  times+=("$(( (e - s) / 1000000 ))")
done
echo "export of the seeds, median of $n: $(median "${times[@]}") ms"
