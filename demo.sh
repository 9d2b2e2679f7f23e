#!/usr/bin/env bash
# Provider Credentials, the demo.
#
#   ./demo.sh                 build the plugin if needed, start SonarQube 26.9 with it on http://localhost:9000,
#                             analyse the bundled sample Android app, print what was found; the server keeps running
#   ./demo.sh scan DIR [KEY]  analyse any local project with the running demo server (started if needed)
#   ./demo.sh stop            stop the server
#
# Needs a JDK 21+ for the server (JAVA_HOME, or one under /usr/lib/jvm) and Maven; the first run downloads
# SonarQube (about 950 MB) and the scanner from Maven Central. Works as root (the server then runs as an
# unprivileged user, since Elasticsearch refuses root) and as a normal user.
set -euo pipefail
cd "$(dirname "$0")"
export SONAR_INSTANCE=demo
export SONAR_PORT=${SONAR_PORT:-9000}
SONARQUBE=tools/sonarqube.sh
URL=$($SONARQUBE url)

version() {
  sed -n '0,/<version>/s/.*<version>\(.*\)<\/version>.*/\1/p' pom.xml
}

jar_path() {
  echo "target/sonar-credentials-plugin-$(version).jar"
}

build_if_needed() {
  local jar
  jar=$(jar_path)
  if [ ! -f "$jar" ] || [ -n "$(find pom.xml src/main src/build rules-metadata -newer "$jar" -print -quit)" ]; then
    echo "Building the plugin (mvn package)..." >&2
    mvn -B -q package -DskipTests >&2
  fi
}

start_if_needed() {
  if [ "$($SONARQUBE status)" != UP ]; then
    build_if_needed
    $SONARQUBE start "$(jar_path)"
  fi
}

summary() {
  java tools/DemoSummary.java "$URL" "$1"
}

demo() {
  build_if_needed
  $SONARQUBE start "$(jar_path)"
  # "Sonar way" and Hard-coded credentials > 0 on overall code: the README's gate
  $SONARQUBE gate
  local key=rides
  echo "" >&2
  echo "Step 1: the sample app done the token-based way (its/projects/android-app-clean): the baseline." >&2
  $SONARQUBE scan its/projects/android-app-clean "$key" -Dsonar.qualitygate.wait=true > .demo-scan.log 2>&1 \
    || { tail -n 30 .demo-scan.log >&2; echo "The first analysis failed; full log in .demo-scan.log" >&2; exit 1; }
  echo "Step 2: the same app with credentials hard-coded everywhere (its/projects/android-app), as a pull request would bring them." >&2
  # the quality gate fails on purpose here: the analysis's exit code says so
  $SONARQUBE scan its/projects/android-app "$key" -Dsonar.qualitygate.wait=true > .demo-scan.log 2>&1 || true
  grep -q "ANALYSIS SUCCESSFUL\|QUALITY GATE STATUS" .demo-scan.log \
    || { tail -n 30 .demo-scan.log >&2; echo "The analysis failed; full log in .demo-scan.log" >&2; exit 1; }
  summary "$key"
  echo "" >&2
  echo "Step 3: two more apps, with credentials of the whole catalog beside the keys that are public by design" >&2
  echo "(its/projects/catalog-app: messaging, email, push, payments; its/projects/catalog-ai-app: AI, chat, developer" >&2
  echo "platforms, maps, media, storage, backend-as-a-service)." >&2
  local app
  for app in catalog-app catalog-ai-app; do
    # waits for the server to process the analysis; the gate fails on purpose (Hard-coded credentials > 0)
    $SONARQUBE scan "its/projects/$app" "$app" -Dsonar.qualitygate.wait=true > .demo-scan.log 2>&1 || true
    grep -q "ANALYSIS SUCCESSFUL\|QUALITY GATE STATUS" .demo-scan.log \
      || { tail -n 30 .demo-scan.log >&2; echo "The analysis of $app failed; full log in .demo-scan.log" >&2; exit 1; }
    summary "$app"
  done
  echo "" >&2
  echo "(These are the apps' first analyses: \"Sonar way\" alone would pass them, its conditions being on new code;" >&2
  echo "the demo's gate fails them on Hard-coded credentials > 0, on overall code. See the README's \"Gate on" >&2
  echo "hard-coded credentials\".)" >&2
  echo ""
  echo "Every provider account these apps hard-code, and which ones share an account: the Provider credentials page,"
  echo "$URL/extension/credentials/accounts (log in as admin / admin; SonarQube then asks for a new password)."
  echo "The server keeps running: analyse your own project with ./demo.sh scan DIR [KEY]; stop it with ./demo.sh stop"
}

scan() {
  local dir=${1:-}
  [ -n "$dir" ] && [ -d "$dir" ] || { echo "usage: ./demo.sh scan DIR [KEY]" >&2; exit 2; }
  local key=${2:-$(basename "$(cd "$dir" && pwd)")}
  start_if_needed
  $SONARQUBE scan "$dir" "$key" -Dsonar.qualitygate.wait=true || true
  summary "$key"
}

case "${1:-}" in
  "") demo ;;
  scan) shift; scan "$@" ;;
  stop) $SONARQUBE stop ;;
  *) echo "usage: ./demo.sh | ./demo.sh scan DIR [KEY] | ./demo.sh stop" >&2; exit 2 ;;
esac
