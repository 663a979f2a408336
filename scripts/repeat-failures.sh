#!/usr/bin/env bash
# Runs a test command and, when it fails, ends by repeating the lines that say what failed.
# CI shows only the end of a failed run; without this the failing test's name is far above it.
set -uo pipefail
log=$(mktemp)
trap 'rm -f "$log"' EXIT
"$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ]; then
	echo "--- what failed (repeated from above) ---"
	grep -E "Running |\.\.\. FAIL|^---- |panicked at|left:|right:|Failed to detect|timed out|test result" "$log" | tail -40
fi
exit "$status"
