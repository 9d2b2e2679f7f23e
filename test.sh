#!/usr/bin/env bash
# Runs every test: the plugin's unit tests, then the integration tests against a real SonarQube 26.9
# (downloaded from Maven Central on first use) with a real scanner, then the plugin in sonarlint-core's analysis engine,
# as SonarQube for IDE runs it (its/ide, on the Temurin JDK: sonarlint-core needs Java 21+).
set -euo pipefail
cd "$(dirname "$0")"
MVN_FLAGS=(-B)
if [ -n "${CI:-}" ] || [ ! -t 1 ]; then MVN_FLAGS+=(--no-transfer-progress); fi
# whatever happens, leave no server running
trap 'SONAR_INSTANCE=its tools/sonarqube.sh stop >/dev/null 2>&1 || true' EXIT
mvn "${MVN_FLAGS[@]}" verify
mvn "${MVN_FLAGS[@]}" -f its/pom.xml verify
mvn "${MVN_FLAGS[@]}" -f its/ide/pom.xml verify
