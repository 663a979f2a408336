#!/usr/bin/env bash
# Prints the gzip size of each file a first visit to Hearth downloads, and their total.
set -euo pipefail
dist=${1:-dist}
total=0
printf '%-44s %10s %10s\n' file bytes gzip
for f in "$dist"/index.html "$dist"/*.js "$dist"/*.wasm "$dist"/*.css "$dist"/*.svg; do
  [ -f "$f" ] || continue
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + gz))
  printf '%-44s %10d %10d\n' "$(basename "$f")" "$raw" "$gz"
done
printf '%-44s %10s %10d  (%d KiB)\n' "first visit, total" "" "$total" $((total / 1024))
