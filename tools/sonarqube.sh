#!/usr/bin/env bash
# A local SonarQube Community Build with the plugin installed, for the demo and the integration tests.
#
#   tools/sonarqube.sh start PLUGIN_JAR   install the server if needed, install the jar, start, wait until UP
#   tools/sonarqube.sh start --no-plugin  the same without our plugin (removes an installed one): for the benchmark
#   tools/sonarqube.sh stop               stop the server and anything it left running
#   tools/sonarqube.sh status             UP, STARTING, ... or DOWN
#   tools/sonarqube.sh scan DIR KEY [ARGS] analyse DIR as project KEY with sonar-scanner-cli (ARGS go to the scanner)
#   tools/sonarqube.sh token [TYPE] [PROJECT] print a new token of the admin user
#   tools/sonarqube.sh gate               make "Sonar way + no credentials" ("Sonar way" and Hard-coded credentials > 0
#                                         on overall code) the default quality gate, creating it if needed
#
# Environment:
#   SONAR_PORT      web port (default 9000)
#   SONAR_INSTANCE  name of the installation, so that several can coexist (default: demo)
#   SONAR_WORK      where installations live (default: .sonar-work in the repository, or /var/tmp/provider-credentials
#                   when run as root, so that the unprivileged user running the server can reach it)
#   SONAR_RUN_USER  the unprivileged user that runs the server when this script runs as root (default: sonarqube)
#   SONAR_FRESH=1   start from an empty database
#   SONAR_LOOPBACK_WEBHOOKS=1  let webhooks reach loopback addresses (sonar.validateWebhooks=false): the integration
#                   tests' webhook receiver listens on 127.0.0.1; a server that others use should keep the default
#
# Elasticsearch refuses to run as root: as root, this script creates (or reuses) SONAR_RUN_USER and runs the
# server as that user. The server needs a JDK 21 or newer: JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
set -euo pipefail

# SONAR_VERSION: another Community Build (the compatibility matrix, tools/compat.sh); 26.9 by default
SQ_VERSION=${SONAR_VERSION:-26.9.0.129388}
SCANNER_VERSION=8.1.0.6389
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PORT=${SONAR_PORT:-9000}
INSTANCE=${SONAR_INSTANCE:-demo}
RUN_USER=${SONAR_RUN_USER:-sonarqube}
if [ -z "${SONAR_WORK:-}" ]; then
  if [ "$(id -u)" = 0 ]; then SONAR_WORK=/var/tmp/provider-credentials; else SONAR_WORK=$ROOT/.sonar-work; fi
fi
WORK=$SONAR_WORK
INSTANCE_DIR=$WORK/$INSTANCE
SQ_HOME=$INSTANCE_DIR/sonarqube-$SQ_VERSION
URL=http://localhost:$PORT
M2=${MAVEN_REPO:-$HOME/.m2/repository}
SQ_ZIP=$M2/org/sonarsource/sonarqube/sonar-application/$SQ_VERSION/sonar-application-$SQ_VERSION.zip
SCANNER_HOME=$WORK/sonar-scanner-$SCANNER_VERSION
START_TIMEOUT=${SONAR_START_TIMEOUT:-420}

say() { printf '%s\n' "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }

# Progress bars for a person at a terminal, none in CI logs.
mvn_quiet_flags() {
  if [ -n "${CI:-}" ] || [ ! -t 2 ]; then echo "-B --no-transfer-progress"; else echo ""; fi
}

as_run_user() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u "$RUN_USER" -- "$@"
  else
    "$@"
  fi
}

java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}

find_java() {
  local candidate major best="" best_major=0
  # SONAR_JAVA: the java of an older Community Build whose Elasticsearch refuses the newest JDKs (25.x runs on 17)
  if [ -n "${SONAR_JAVA:-}" ]; then echo "$SONAR_JAVA"; return; fi
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(java_major "$JAVA_HOME/bin/java")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null; then echo "$JAVA_HOME/bin/java"; return; fi
  fi
  for candidate in /usr/lib/jvm/*/bin/java; do
    [ -x "$candidate" ] || continue
    major=$(java_major "$candidate")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then best=$candidate; best_major=$major; fi
  done
  [ -n "$best" ] || die "SonarQube $SQ_VERSION needs a JDK 21 or newer: set JAVA_HOME to one, or install one under /usr/lib/jvm."
  echo "$best"
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

status() {
  local body
  body=$(curl -s --max-time 5 "$URL/api/system/status" 2>/dev/null) || { echo DOWN; return; }
  printf '%s' "$body" | sed -n 's/.*"status":"\([A-Z_]*\)".*/\1/p' | grep . || echo DOWN
}

ensure_zip() {
  if [ ! -s "$SQ_ZIP" ]; then
    say "Downloading SonarQube Community Build $SQ_VERSION from Maven Central (about 950 MB, once)..."
    # shellcheck disable=SC2046
    mvn $(mvn_quiet_flags) dependency:get -Dartifact="org.sonarsource.sonarqube:sonar-application:$SQ_VERSION:zip" -Dtransitive=false >&2 \
      || die "could not download sonar-application $SQ_VERSION from Maven Central"
  fi
}

ensure_user() {
  [ "$(id -u)" = 0 ] || return 0
  if ! id "$RUN_USER" >/dev/null 2>&1; then
    say "Creating the unprivileged user '$RUN_USER' to run SonarQube (Elasticsearch refuses to run as root)."
    useradd --system --no-create-home --shell /bin/bash "$RUN_USER" || die "could not create user $RUN_USER"
  fi
}

install_server() {
  ensure_zip
  if [ -n "${SONAR_FRESH:-}" ] && [ -d "$INSTANCE_DIR" ]; then
    rm -rf "$INSTANCE_DIR"
  fi
  if [ ! -x "$SQ_HOME/bin/linux-x86-64/sonar.sh" ]; then
    say "Unpacking SonarQube into $INSTANCE_DIR..."
    rm -rf "$INSTANCE_DIR"
    mkdir -p "$INSTANCE_DIR"
    unzip -q "$SQ_ZIP" -d "$INSTANCE_DIR"
    chmod +x "$SQ_HOME/bin/linux-x86-64/sonar.sh"
  fi
  # Settings of this installation: ports, and nothing that reaches outside this machine.
  local conf=$SQ_HOME/conf/sonar.properties
  local webhooks="# webhooks may not reach loopback addresses (the default)"
  if [ -n "${SONAR_LOOPBACK_WEBHOOKS:-}" ]; then webhooks="sonar.validateWebhooks=false"; fi
  sed -i '/^# provider-credentials >>>/,/^# <<< provider-credentials/d' "$conf"
  cat >> "$conf" <<EOF
# provider-credentials >>>
sonar.web.host=127.0.0.1
sonar.web.port=$PORT
sonar.search.port=0
sonar.embeddedDatabase.port=$((PORT + 92))
sonar.telemetry.enable=false
sonar.updatecenter.activate=false
$webhooks
# <<< provider-credentials
EOF
}

install_plugin() {
  local jar=$1
  [ -f "$jar" ] || die "plugin jar not found: $jar (build it with: mvn package)"
  rm -f "$SQ_HOME"/extensions/plugins/sonar-credentials-plugin-*.jar
  # under a name the line above removes, whatever the copy passed here is called (bench A/B jars in /tmp)
  local name
  name=$(basename "$jar")
  [[ $name == sonar-credentials-plugin-* ]] || name="sonar-credentials-plugin-$name"
  cp "$jar" "$SQ_HOME/extensions/plugins/$name"
}

tail_logs() {
  local log
  for log in sonar web ce es; do
    if [ -f "$SQ_HOME/logs/$log.log" ]; then
      say "----- last lines of logs/$log.log -----"
      tail -n 25 "$SQ_HOME/logs/$log.log" >&2
    fi
  done
}

start() {
  local jar=${1:-}
  [ -n "$jar" ] || die "usage: $0 start PLUGIN_JAR|--no-plugin"
  if [ "$jar" != --no-plugin ]; then
    jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
  fi
  if [ -f "$SQ_HOME/bin/linux-x86-64/SonarQube.pid" ] || pgrep -f "$SQ_HOME" >/dev/null 2>&1; then
    say "Stopping the previous SonarQube of this installation..."
    stop
  fi
  if port_in_use "$PORT"; then
    die "port $PORT is already in use by another program: stop it, or choose another port with SONAR_PORT=9100"
  fi
  local java
  java=$(find_java)
  ensure_user
  install_server
  if [ "$jar" = --no-plugin ]; then
    rm -f "$SQ_HOME"/extensions/plugins/sonar-credentials-plugin-*.jar
  else
    install_plugin "$jar"
  fi
  if [ "$(id -u)" = 0 ]; then
    chmod o+x "$WORK" 2>/dev/null || true
    chown -R "$RUN_USER" "$INSTANCE_DIR"
  fi
  say "Starting SonarQube $SQ_VERSION on $URL (Java: $java)..."
  as_run_user env SONAR_JAVA_PATH="$java" "$SQ_HOME/bin/linux-x86-64/sonar.sh" start >/dev/null
  local waited=0 state
  while true; do
    state=$(status)
    if [ "$state" = UP ]; then
      say "SonarQube is UP after ${waited}s."
      return 0
    fi
    if [ "$waited" -ge "$START_TIMEOUT" ] || { [ "$waited" -ge 20 ] && ! pgrep -f "$SQ_HOME" >/dev/null 2>&1; }; then
      say "SonarQube did not start (last status: $state after ${waited}s)."
      tail_logs
      stop || true
      exit 1
    fi
    if [ $((waited % 10)) = 0 ]; then say "  waiting for SonarQube... ${waited}s (status: $state)"; fi
    sleep 2
    waited=$((waited + 2))
  done
}

stop() {
  if [ -x "$SQ_HOME/bin/linux-x86-64/sonar.sh" ]; then
    as_run_user "$SQ_HOME/bin/linux-x86-64/sonar.sh" stop >/dev/null 2>&1 || true
  fi
  local waited=0
  while pgrep -f "$SQ_HOME" >/dev/null 2>&1 && [ "$waited" -lt 60 ]; do
    sleep 1
    waited=$((waited + 1))
  done
  if pgrep -f "$SQ_HOME" >/dev/null 2>&1; then
    pkill -9 -f "$SQ_HOME" || true
    sleep 1
  fi
  rm -f "$SQ_HOME/bin/linux-x86-64/SonarQube.pid"
  say "SonarQube ($INSTANCE) is stopped."
}

ensure_scanner() {
  if [ ! -x "$SCANNER_HOME/bin/sonar-scanner" ]; then
    local tmp
    tmp=$(mktemp -d)
    say "Fetching sonar-scanner-cli $SCANNER_VERSION from Maven Central..."
    # shellcheck disable=SC2046
    mvn $(mvn_quiet_flags) -q dependency:copy -Dartifact="org.sonarsource.scanner.cli:sonar-scanner-cli:$SCANNER_VERSION:zip" \
      -DoutputDirectory="$tmp" || die "could not download sonar-scanner-cli $SCANNER_VERSION"
    mkdir -p "$WORK"
    unzip -q -o "$tmp"/sonar-scanner-cli-*.zip -d "$WORK"
    rm -rf "$tmp"
    chmod +x "$SCANNER_HOME/bin/sonar-scanner"
  fi
}

# A new token of the admin user: GLOBAL_ANALYSIS_TOKEN by default, or USER_TOKEN, or PROJECT_ANALYSIS_TOKEN for PROJECT.
token() {
  local type=${1:-GLOBAL_ANALYSIS_TOKEN} project=${2:-} name
  name="tok-$(date +%s%N)"
  local args=(-s -f -u admin:admin -X POST "$URL/api/user_tokens/generate" --data-urlencode "name=$name" --data-urlencode "type=$type")
  [ -z "$project" ] || args+=(--data-urlencode "projectKey=$project")
  curl "${args[@]}" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p'
}

# The README's gate: "Sonar way" plus the condition Hard-coded credentials > 0 on overall code (docs/adr/022).
GATE_NAME="Sonar way + no credentials"
gate() {
  [ "$(status)" = UP ] || die "SonarQube is not running on $URL: start it first"
  if ! curl -s -f -G -u admin:admin "$URL/api/qualitygates/show" --data-urlencode "name=$GATE_NAME" >/dev/null; then
    curl -s -f -u admin:admin -X POST "$URL/api/qualitygates/copy" \
      --data-urlencode "sourceName=Sonar way" --data-urlencode "name=$GATE_NAME" >/dev/null || die "could not copy the Sonar way gate"
    curl -s -f -u admin:admin -X POST "$URL/api/qualitygates/create_condition" --data-urlencode "gateName=$GATE_NAME" \
      -d metric=credentials_hardcoded -d op=GT -d error=0 >/dev/null || die "could not add the Hard-coded credentials condition"
  fi
  curl -s -f -u admin:admin -X POST "$URL/api/qualitygates/set_as_default" --data-urlencode "name=$GATE_NAME" >/dev/null \
    || die "could not make $GATE_NAME the default gate"
  say "Default quality gate: $GATE_NAME (Sonar way, and Hard-coded credentials > 0 on overall code)."
}

scan() {
  local dir=${1:-} key=${2:-}
  [ -d "$dir" ] || die "usage: $0 scan DIR KEY [scanner arguments]: no directory '$dir'"
  [ -n "$key" ] || key=$(basename "$(cd "$dir" && pwd)")
  shift 2 || shift $#
  [ "$(status)" = UP ] || die "SonarQube is not running on $URL: start it first"
  ensure_scanner
  local binaries
  binaries=$(mktemp -d)
  local tok=${SONAR_TOKEN:-}
  if [ -z "$tok" ]; then
    # create the project first so that a project token could be used; a global analysis token is enough here
    tok=$(token GLOBAL_ANALYSIS_TOKEN) || die "could not create an analysis token"
  fi
  local status_code=0
  SONAR_TOKEN=$tok "$SCANNER_HOME/bin/sonar-scanner" \
    -Dsonar.host.url="$URL" \
    -Dsonar.projectKey="$key" \
    -Dsonar.projectBaseDir="$(cd "$dir" && pwd)" \
    -Dsonar.java.binaries="$binaries" \
    -Dsonar.scm.disabled=true \
    "$@" || status_code=$?
  rm -rf "$binaries"
  return $status_code
}

command=${1:-}
shift || true
case "$command" in
  start) start "$@" ;;
  stop) stop ;;
  status) status ;;
  scan) scan "$@" ;;
  token) token "$@" ;;
  gate) gate ;;
  url) echo "$URL" ;;
  home) echo "$SQ_HOME" ;;
  *) say "usage: $0 start PLUGIN_JAR | stop | status | scan DIR KEY [ARGS] | token [TYPE] [PROJECT] | gate | url | home"; exit 2 ;;
esac
