#!/usr/bin/env bash
# Parse throughput of `watchlist` next to libxml2's own streaming parser (xmllint --stream) on the same
# files in the same run, plus the time to build one watchlist from every real list in ../shared/lists.
# Usage: scripts/bench-parse.sh [LISTS_DIR]   (default ../shared/lists)
set -euo pipefail
cd "$(dirname "$0")/.."
lists=${1:-../shared/lists}
command -v xmllint >/dev/null || { apt-get update -q && apt-get install -y -q libxml2-utils; }
swift build -c release --product watchlist >/dev/null
bin=.build/release/watchlist

xml_files=(
  "$lists/un/consolidated_2024-11-30.xml"
  "$lists/un/consolidated_2026-01-28.xml"
  "$lists/ca/sema-lmes_2025-03.xml"
  "$lists/ofac/consolidated_2026-01-08.xml"
)
echo "== watchlist bench parse (best of 5)"
$bin bench parse --runs 5 "${xml_files[@]}" "$lists/ofac/sdn_csv_2024-06/sdn.csv"
echo "== xmllint --stream --noout (best of 5)"
for file in "${xml_files[@]}"; do
  best=999
  for _ in 1 2 3 4 5; do
    start=$(date +%s.%N); xmllint --stream --noout "$file"; end=$(date +%s.%N)
    best=$(echo "$end - $start" | bc -l | awk -v b="$best" '{ print ($1 < b) ? $1 : b }')
  done
  bytes=$(stat -c %s "$file")
  printf '%s\t%s\t%.3f s\t%.1f MB/s\n' "$(basename "$file")" "$bytes" "$best" "$(echo "$bytes / 1000000 / $best" | bc -l)"
done
echo "== watchlist build of every list in $lists (--keep-going)"
/usr/bin/time -f 'build: %e s wall, %M KB peak RSS' $bin build "$lists" -o /tmp/watchlist-bench-all.db --keep-going | tail -3
