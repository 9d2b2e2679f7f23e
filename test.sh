#!/usr/bin/env bash
# Runs every test: the plugin's unit tests, then the integration tests against a real SonarQube 26.9
# (downloaded from Maven Central on first use) with a real scanner and, for the Provider credentials page, a real browser
# (Debian's chromium, installed with apt when missing and run as root), then the plugin in sonarlint-core's analysis engine,
# as SonarQube for IDE runs it (its/ide, on the Temurin JDK: sonarlint-core needs Java 21+).
set -euo pipefail
cd "$(dirname "$0")"
MVN_FLAGS=(-B)
if [ -n "${CI:-}" ] || [ ! -t 1 ]; then MVN_FLAGS+=(--no-transfer-progress); fi
# whatever happens, leave no server running
trap 'SONAR_INSTANCE=its tools/sonarqube.sh stop >/dev/null 2>&1 || true' EXIT
# the Provider credentials page is tested in Debian's headless Chromium, driven by Debian's chromedriver
if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing chromium and chromium-driver (Debian packages) for its/ProviderCredentialsPageTest"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "its/ProviderCredentialsPageTest needs Debian's chromium and chromium-driver: sudo apt-get install chromium chromium-driver" >&2
  fi
fi
mvn "${MVN_FLAGS[@]}" verify
mvn "${MVN_FLAGS[@]}" -f its/pom.xml verify
mvn "${MVN_FLAGS[@]}" -f its/ide/pom.xml verify
