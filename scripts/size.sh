#!/usr/bin/env bash
# Hearth's first-visit bytes against the floor: a one-button Yew app (bench/floor) built in the
# same run with the same toolchain. A first visit downloads every file in dist/ (the service
# worker fetches the rest for offline use), so every file counts, gzipped at level 9 as a
# static host would serve them.
set -euo pipefail
dist=${1:-dist}
floor=${2:-target/floor/dist}

gz() { gzip -9 -c "$1" | wc -c; }

total() {
  local sum=0
  for f in "$1"/*; do
    [ -f "$f" ] || continue
    sum=$((sum + $(gz "$f")))
  done
  echo "$sum"
}

printf '%-44s %10s %10s\n' "Hearth file" bytes gzip
for f in "$dist"/*; do
  [ -f "$f" ] || continue
  printf '%-44s %10d %10d\n' "$(basename "$f")" "$(wc -c <"$f")" "$(gz "$f")"
done
hearth=$(total "$dist")
base=$(total "$floor")
printf '\n%-44s %10d  (%d KiB)\n' "Hearth, first visit (gzip)" "$hearth" $((hearth / 1024))
printf '%-44s %10d  (%d KiB)\n' "floor: one-button Yew app (gzip)" "$base" $((base / 1024))
awk -v h="$hearth" -v f="$base" 'BEGIN { printf "%-44s %10.2fx  (budget 2.00x)\n", "ratio", h / f }'
