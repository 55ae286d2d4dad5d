#!/usr/bin/env bash
# Runs the README's test command beside two busy loops, as CI may run on a shared 2-core machine
# (load average ~6 was seen there). Any arguments go to vitest, e.g. `tests/cli`.
# Usage: scripts/test-under-load.sh [vitest-args…]
set -euo pipefail
cd "$(dirname "$0")/.."

loops=()
stop_loops() { [ ${#loops[@]} -gt 0 ] && kill "${loops[@]}" 2>/dev/null; wait 2>/dev/null || true; }
trap stop_loops EXIT
for _ in 1 2; do
  # A shell loop that never sleeps: one core's worth of work each, at normal priority.
  ( while :; do :; done ) &
  loops+=($!)
done

echo "twee bezige lussen naast de tests (pid ${loops[*]}); belasting: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s)
status=0
npm test -- "$@" || status=$?
echo "klaar in $(( $(date +%s) - start )) s, exit $status; belasting: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$status"
