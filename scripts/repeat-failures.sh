#!/usr/bin/env bash
# Runs a test command and, when it fails, ends by repeating the lines that say what failed.
# CI shows only the end of a failed run; without this the failing test's name is far above it.
# With RETRY_WHEN set, a failure whose output matches it while no test failed (a browser process
# crashing under the runner, say) is run once more, and says so.
set -uo pipefail
log=$(mktemp)
trap 'rm -f "$log"' EXIT
"$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ] && [ -n "${RETRY_WHEN:-}" ] && grep -q "$RETRY_WHEN" "$log" && ! grep -qE "\.\.\. FAIL|test result: FAILED" "$log"; then
	echo "--- no test failed, but the run stopped with '$RETRY_WHEN': running it once more ---"
	"$@" 2>&1 | tee "$log"
	status=${PIPESTATUS[0]}
fi
if [ "$status" -ne 0 ]; then
	echo "--- what failed (repeated from above) ---"
	grep -E "Running |\.\.\. FAIL|^---- |panicked at|left:|right:|Failed to detect|timed out|test result|CRASHED" "$log" | tail -40
fi
exit "$status"
