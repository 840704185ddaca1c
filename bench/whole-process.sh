#!/usr/bin/env bash
# Whole-process benchmark: what a user waits for, start-up included.
# Uses hyperfine (Debian package 'hyperfine') when present, else a plain timing loop.
# Usage: bench/whole-process.sh [RUNS]   (default 10)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-10}"
./briefing --version >/dev/null          # builds the jar if needed, outside the measurement
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

commands=(
  "./briefing --version"
  "./briefing validate"
  "./briefing list findings --topic energy"
  "./briefing table -f md"
  "./briefing build briefings/summary-table.yaml -f md -o $out"
  "./briefing build briefings/full-article.yaml -f md -o $out"
  "./briefing build briefings/full-article.yaml -f html -o $out"
  "./briefing build briefings/full-article.yaml -f pdf -o $out"
  "./briefing build briefings/ -f md,html,pdf -o $out"
)

if command -v hyperfine >/dev/null; then
  hyperfine --shell=none --warmup 1 --runs "$runs" --export-markdown "$out/report.md" "${commands[@]}" >&2
  cat "$out/report.md"
else
  echo "| command | mean (s) over $runs runs |"
  echo "|---|---|"
  for c in "${commands[@]}"; do
    start=$(date +%s.%N)
    for _ in $(seq "$runs"); do $c >/dev/null 2>&1 || true; done
    end=$(date +%s.%N)
    printf '| `%s` | %.3f |\n' "$c" "$(echo "($end - $start) / $runs" | bc -l)"
  done
fi
