#!/usr/bin/env bash
# Measures the cost of the SharedAccountSid cross-project lookup on a running SonarQube with the plugin:
# creates N empty projects (bench-lookup-1..N, kept for re-runs), then times api/credentials/shared_accounts
# as an analysis asks it (fingerprints=...) and as an admin lists everything. Usage:
#   SONAR_INSTANCE=NAME SONAR_PORT=PORT tools/bench-shared-lookup.sh N
set -euo pipefail
N=${1:-1000}
URL="http://localhost:${SONAR_PORT:-9000}"
AUTH=admin:admin
existing=$(curl -s -u $AUTH "$URL/api/components/search?qualifiers=TRK&ps=1" | sed -n 's/.*"total":\([0-9]*\).*/\1/p')
echo "projects on the server before: $existing"
start=$(date +%s)
for i in $(seq 1 "$N"); do
  curl -s -o /dev/null -u $AUTH -X POST "$URL/api/projects/create" -d "project=bench-lookup-$i&name=bench-lookup-$i" &
  # a few at a time: the server is the bottleneck, not the client
  if (( i % 8 == 0 )); then wait; fi
done
wait
total=$(curl -s -u $AUTH "$URL/api/components/search?qualifiers=TRK&ps=1" | sed -n 's/.*"total":\([0-9]*\).*/\1/p')
echo "projects on the server: $total (created in $(( $(date +%s) - start )) s)"
FPS=$(python3 -c "import secrets; print(','.join(secrets.token_hex(16) for _ in range(10)))")
for what in "fingerprints=$FPS&exclude=none" "project=bench-lookup-1" ""; do
  times=()
  for run in 1 2 3 4 5; do
    t=$(curl -s -o /tmp/lookup.json -w "%{time_total}" -u $AUTH "$URL/api/credentials/shared_accounts?$what")
    times+=("$t")
  done
  requests=$(sed -n 's/.*"requests":\([0-9]*\).*/\1/p' /tmp/lookup.json)
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
  echo "GET api/credentials/shared_accounts?${what:0:30}...: median ${median}s over 5 calls, $requests in-process requests"
done
