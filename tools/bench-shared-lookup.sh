#!/usr/bin/env bash
# Measures the cost of the cross-project lookup (SharedAccountSid) and of the Provider credentials page on a running
# SonarQube with the plugin. Creates N projects (bench-lookup-1..N, never analysed, kept for re-runs) and A analysed
# projects (bench-analysed-1..A: copies of one real analysis of its/projects/page-rides, which hard-codes a Twilio and an
# AWS account, submitted to the compute engine under other keys by tools/bench-report-copies.py), then times
#   api/credentials/shared_accounts?fingerprints=…  as an analysis asks,
#   api/credentials/accounts                         what the page reads (every account, with open issue counts),
# (The split of the listing beyond 10,000 analysed projects is not exercised here: the copies are one analysis, the same
# status and size, which no split can tell apart. its/ProviderCredentialsPageTest splits a real listing under a lowered
# window, and the unit tests split 20,300 projects.)
# Usage: SONAR_INSTANCE=NAME SONAR_PORT=PORT tools/bench-shared-lookup.sh N [A]
set -euo pipefail
N=${1:-1000}
A=${2:-0}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
URL="http://localhost:${SONAR_PORT:-9000}"
AUTH=admin:admin
count() { curl -s -u $AUTH "$URL/api/components/search?qualifiers=TRK&ps=1" | sed -n 's/.*"total":\([0-9]*\).*/\1/p'; }
echo "projects on the server before: $(count)"
start=$(date +%s)
for i in $(seq 1 "$N"); do
  curl -s -o /dev/null -u $AUTH -X POST "$URL/api/projects/create" -d "project=bench-lookup-$i&name=bench-lookup-$i" &
  # a few at a time: the server is the bottleneck, not the client
  if (( i % 8 == 0 )); then wait; fi
done
wait
echo "projects on the server: $(count) (created in $(( $(date +%s) - start )) s)"
if (( A > 0 )); then
  work=$(mktemp -d)
  cp -r "$ROOT/its/projects/page-rides/." "$work/project"
  "$ROOT/tools/sonarqube.sh" scan "$work/project" bench-analysed-0 -Dsonar.scanner.keepReport=true >/dev/null
  python3 "$ROOT/tools/bench-report-copies.py" "$work/project/.scannerwork/scanner-report" bench-analysed-0 bench-analysed- "$A" "$work/reports"
  for i in $(seq 1 "$A"); do
    curl -s -o /dev/null -u $AUTH -X POST "$URL/api/ce/submit" -F "projectKey=bench-analysed-$i" -F "projectName=bench-analysed-$i" \
      -F "report=@$work/reports/bench-analysed-$i.zip"
  done
  while [ "$(curl -s -u $AUTH "$URL/api/ce/activity_status" | sed -n 's/.*"pending":\([0-9]*\).*/\1/p')" != 0 ] \
    || [ "$(curl -s -u $AUTH "$URL/api/ce/activity_status" | sed -n 's/.*"inProgress":\([0-9]*\).*/\1/p')" != 0 ]; do
    sleep 5
  done
  rm -rf "$work"
  echo "analysed copies processed: $A ($(( $(date +%s) - start )) s since the start)"
fi
FPS=$(python3 -c "import secrets; print(','.join(secrets.token_hex(16) for _ in range(10)))")
measure() {
  local label=$1 path=$2
  local times=() t
  for run in 1 2 3 4 5; do
    t=$(curl -s -o /tmp/lookup.json -w "%{time_total}" -u $AUTH "$URL/$path")
    times+=("$t")
  done
  local requests median
  requests=$(sed -n 's/.*"requests":\([0-9]*\).*/\1/p' /tmp/lookup.json)
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
  echo "$label: median ${median}s over 5 calls, $requests in-process requests, $(stat -c %s /tmp/lookup.json) bytes"
}
measure "lookup (10 fingerprints, as an analysis asks)" "api/credentials/shared_accounts?fingerprints=$FPS&exclude=none"
measure "page (api/credentials/accounts)" "api/credentials/accounts"
measure "page, one project" "api/credentials/accounts?project=bench-analysed-1"
