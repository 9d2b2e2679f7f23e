#!/usr/bin/env bash
# The benchmark on real code (not part of test.sh nor CI). One command:
#
#   bench/run.sh            corpus (downloaded once into bench/corpus), three scanner analyses on SonarQube 26.9,
#                           an analysis of the Kotlin-heavy Android corpus (bench/corpus-kotlin) with the plugin,
#                           the catalog's cost (analyses with every provider spec and with Twilio's and AWS's only),
#                           the core's JMH throughput, the time per MB of a built APK (bench/apk.sh), and
#                           docs/benchmarks.md written from the figures
#
# Steps can be skipped for a partial re-run: BENCH_SKIP="with nojava kotlin noplugin catalog jmh apk" (any of them; the results of skipped
# steps in bench/.results are kept, so that a run can be completed in parts).
# Environment: SONAR_INSTANCE (default bench), SONAR_PORT (default 9200): the SonarQube instance this uses and stops;
# BENCH_PLUGIN_JAR: analyse with this jar instead of building one (an A/B of two builds in one session).
# BENCH_CATALOG_ROUNDS (default 3): rounds of the catalog step, each one analysis with each jar (ABBA order).
# Results (logs, GC logs, JMH JSON) go to bench/.results; the corpus to bench/corpus; both are gitignored.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
# not a hidden folder: SonarQube's language sensors skip files under hidden folders
CORPUS=$BENCH/corpus
# the Kotlin-heavy Android corpus (issue #14): analysed on its own, with the plugin, for its own ratio
KOTLIN_CORPUS=$BENCH/corpus-kotlin
DL=$BENCH/.downloads
RESULTS=$BENCH/.results
export SONAR_INSTANCE=${SONAR_INSTANCE:-bench}
export SONAR_PORT=${SONAR_PORT:-9200}
SKIP=" ${BENCH_SKIP:-} "
SQ="$ROOT/tools/sonarqube.sh"
KEY=bench-corpus-$(date +%Y%m%d%H%M)
HEAP=${BENCH_SCANNER_HEAP:-3g}

say() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# ---------------------------------------------------------------------------------------------------------------
# The corpus: real code nobody here wrote, pinned versions. Java + Kotlin from -sources.jar files on Maven Central,
# the Android folder of react-native from the npm registry, Android resources from AARs on Maven Central and the
# framework resources in Robolectric's android-all jar (a subset of its folders).
# ---------------------------------------------------------------------------------------------------------------
SOURCES_JARS=(
  com.google.guava:guava:33.3.1-jre
  org.jetbrains.kotlinx:kotlinx-coroutines-core-jvm:1.9.0
  com.squareup.okhttp3:okhttp:4.12.0
  com.squareup.okio:okio-jvm:3.9.1
  io.ktor:ktor-server-core-jvm:2.3.12
  io.ktor:ktor-client-core-jvm:2.3.12
  io.ktor:ktor-utils-jvm:2.3.12
)
AARS=(
  com.stripe:payments-core:20.47.3
  com.stripe:paymentsheet:20.47.3
  com.stripe:payments-ui-core:20.47.3
  com.stripe:stripe-ui-core:20.47.3
  com.stripe:link:20.47.3
  com.stripe:financial-connections:20.32.0
  com.stripe:stripe-3ds2-android:6.1.8
  com.facebook.android:facebook-common:17.0.0
  com.facebook.android:facebook-login:17.0.0
  com.squareup.leakcanary:leakcanary-android-core:2.14
  org.maplibre.gl:android-sdk:11.8.0
)
ANDROID_ALL=org.robolectric:android-all:4.1.2_r1-robolectric-r1
ANDROID_ALL_DIRS=(values layout xml values-fr values-de values-ja)
NPM_PACKAGES=(react-native@0.76.5)

# The Kotlin-heavy Android corpus: Compose (the AndroidX Compose code as JetBrains publishes it on Maven Central: common,
# JVM and desktop source sets) and the Kotlin sources of Stripe's Android SDK, with that SDK's resources and manifests.
# 323k lines of Kotlin in 1,878 files.
KOTLIN_SOURCES_JARS=(
  org.jetbrains.compose.runtime:runtime-desktop:1.7.3
  org.jetbrains.compose.ui:ui-desktop:1.7.3
  org.jetbrains.compose.foundation:foundation-desktop:1.7.3
  org.jetbrains.compose.material3:material3-desktop:1.7.3
  com.stripe:payments-core:20.47.3
  com.stripe:paymentsheet:20.47.3
)
KOTLIN_AARS=(
  com.stripe:payments-core:20.47.3
  com.stripe:paymentsheet:20.47.3
)

mvn_get() { # G:A:V[:type[:classifier]] -> file in $DL
  mvn -B -q --no-transfer-progress dependency:copy -Dartifact="$1" -DoutputDirectory="$DL" >&2
}

corpus() {
  if [ -f "$CORPUS/.complete" ]; then
    say "corpus already in $CORPUS"
    return
  fi
  rm -rf "$CORPUS"
  mkdir -p "$CORPUS" "$DL"
  local g a v
  sources_jars "$CORPUS" "${SOURCES_JARS[@]}"
  aar_resources "$CORPUS" "${AARS[@]}"
  IFS=: read -r g a v <<<"$ANDROID_ALL"
  say "framework resources of $ANDROID_ALL (${ANDROID_ALL_DIRS[*]})"
  [ -f "$DL/$a-$v.jar" ] || mvn_get "$g:$a:$v"
  local tmp patterns=() d
  tmp=$(mktemp -d)
  for d in "${ANDROID_ALL_DIRS[@]}"; do patterns+=("raw-res/res/$d/*"); done
  unzip -q -o "$DL/$a-$v.jar" "${patterns[@]}" 'raw-res/AndroidManifest.xml' -d "$tmp"
  mkdir -p "$CORPUS/android/$a-$v/src/main"
  mv "$tmp/raw-res/res" "$tmp/raw-res/AndroidManifest.xml" "$CORPUS/android/$a-$v/src/main/"
  rm -rf "$tmp"
  local pkg name
  for pkg in "${NPM_PACKAGES[@]}"; do
    say "Android folder of npm package $pkg"
    name=${pkg%@*}
    v=${pkg##*@}
    [ -f "$DL/$name-$v.tgz" ] || (cd "$DL" && npm pack "$pkg" --silent >/dev/null)
    tmp=$(mktemp -d)
    tar xzf "$DL/$name-$v.tgz" -C "$tmp" package/ReactAndroid
    mkdir -p "$CORPUS/npm/$name-$v"
    mv "$tmp/package/ReactAndroid" "$CORPUS/npm/$name-$v/"
    rm -rf "$tmp"
  done
  as_repository "$CORPUS"
}

sources_jars() { # DIR G:A:V... -> each -sources.jar unpacked into DIR/maven/A-V/src/main
  local into=$1 coords g a v dir
  shift
  for coords in "$@"; do
    IFS=: read -r g a v <<<"$coords"
    say "sources of $coords"
    [ -f "$DL/$a-$v-sources.jar" ] || mvn_get "$g:$a:$v:jar:sources"
    dir=$into/maven/$a-$v/src/main
    mkdir -p "$dir"
    unzip -q -o "$DL/$a-$v-sources.jar" -x 'META-INF/*' -d "$dir"
  done
}

aar_resources() { # DIR G:A:V... -> each AAR's res/ and AndroidManifest.xml into DIR/aar/A-V/src/main
  local into=$1 coords g a v dir
  shift
  for coords in "$@"; do
    IFS=: read -r g a v <<<"$coords"
    say "resources of $coords"
    [ -f "$DL/$a-$v.aar" ] || mvn_get "$g:$a:$v:aar"
    dir=$into/aar/$a-$v/src/main
    mkdir -p "$dir"
    unzip -q -o "$DL/$a-$v.aar" 'res/*' 'AndroidManifest.xml' -d "$dir" || true
  done
}

as_repository() { # DIR: sonar-text reads files without a language only inside a git repository
  git -C "$1" init -q
  git -C "$1" add -A
  git -C "$1" -c user.name=bench -c user.email=bench@localhost commit -q -m corpus
  touch "$1/.complete"
}

corpus_kotlin() {
  if [ -f "$KOTLIN_CORPUS/.complete" ]; then
    say "Kotlin corpus already in $KOTLIN_CORPUS"
    return
  fi
  rm -rf "$KOTLIN_CORPUS"
  mkdir -p "$KOTLIN_CORPUS" "$DL"
  sources_jars "$KOTLIN_CORPUS" "${KOTLIN_SOURCES_JARS[@]}"
  aar_resources "$KOTLIN_CORPUS" "${KOTLIN_AARS[@]}"
  as_repository "$KOTLIN_CORPUS"
}

count_lines() { # kind find-arguments... -> "kind files lines" (in $COUNTED, the corpus counted)
  local kind=$1
  shift
  local files lines
  files=$(cd "$COUNTED" && find . -path ./.git -prune -o -type f \( "$@" \) -print | wc -l)
  lines=$(cd "$COUNTED" && find . -path ./.git -prune -o -type f \( "$@" \) -print0 | xargs -0 cat 2>/dev/null | wc -l)
  echo "$kind $files $lines"
}

count() { # [DIR [FILE]] -> bench/.results/FILE (corpus-lines.txt of bench/corpus by default)
  COUNTED=${1:-$CORPUS}
  {
    count_lines java -name '*.java'
    count_lines kotlin -name '*.kt'
    count_lines android-res-xml -path '*/res/*' -name '*.xml'
    count_lines manifest -name 'AndroidManifest.xml'
    count_lines other-xml -name '*.xml' ! -path '*/res/*' ! -name 'AndroidManifest.xml'
    count_lines gradle -name '*.gradle' -o -name '*.gradle.kts'
    count_lines properties -name '*.properties'
    count_lines json -name '*.json'
  } | tee "$RESULTS/${2:-corpus-lines.txt}" >&2
}

# ---------------------------------------------------------------------------------------------------------------
api() { # METHOD PATH [curl args]
  local method=$1 path=$2
  shift 2
  curl -s -f -u admin:admin -X "$method" "$("$SQ" url)/$path" "$@"
}

wait_for_ce() { # the server's background tasks (the previous analysis' report) compete for the CPU: wait for them
  local i status
  for i in $(seq 1 120); do
    status=$(api GET api/ce/activity_status 2>/dev/null || true)
    if [[ $status == *'"pending":0'* && $status == *'"inProgress":0'* ]]; then
      return 0
    fi
    sleep 5
  done
  say "the server still has background tasks after 10 minutes; going on"
}

scan() { # NAME KEY [DIR] -> bench/.results/scan-NAME.log, gc-NAME.log (DIR: bench/corpus by default)
  local name=$1 key=$2 dir=${3:-$CORPUS}
  wait_for_ce
  say "analysis '$name' of $dir as $key"
  local start end
  start=$(date +%s)
  echo "$name start $(cut -d' ' -f1-3 /proc/loadavg)" >>"$RESULTS/load.txt"
  "$SQ" scan "$dir" "$key" \
    -Dsonar.sourceEncoding=UTF-8 \
    -Dsonar.analysisCache.enabled=false \
    -Dsonar.scanner.javaOpts="-Xmx$HEAP -Xlog:gc:file=$RESULTS/gc-$name.log" \
    >"$RESULTS/scan-$name.log" 2>&1 || { say "analysis '$name' failed: see $RESULTS/scan-$name.log"; tail -n 30 "$RESULTS/scan-$name.log" >&2; return 1; }
  end=$(date +%s)
  echo "$name end $(cut -d' ' -f1-3 /proc/loadavg)" >>"$RESULTS/load.txt"
  echo "$name $((end - start))" >>"$RESULTS/wall.txt"
  grep -E '(done) \| time=|Provider Credentials: time' "$RESULTS/scan-$name.log" >&2 || true
}

java_rules_off_profile() { # a copy of the Java default profile without our rules, for project KEY-nojava
  local key=$1 source_key
  source_key=$(api GET "api/qualityprofiles/search?language=java&defaults=true" | sed -n 's/.*"key":"\([^"]*\)".*"name":"Sonar way".*/\1/p' | head -n 1)
  [ -n "$source_key" ] || source_key=$(api GET "api/qualityprofiles/search?language=java&defaults=true" | grep -o '"key":"[^"]*"' | head -n 1 | cut -d'"' -f4)
  api POST api/projects/create --data-urlencode "project=$key" --data-urlencode "name=$key" >/dev/null || true
  api POST api/qualityprofiles/delete --data-urlencode "language=java" --data-urlencode "qualityProfile=Bench without credentials" >/dev/null 2>&1 || true
  local copy_key
  copy_key=$(api POST api/qualityprofiles/copy --data-urlencode "fromKey=$source_key" --data-urlencode "toName=Bench without credentials" | grep -o '"key":"[^"]*"' | head -n 1 | cut -d'"' -f4)
  local rule
  for rule in $(api GET "api/rules/search?repositories=credentials-java&ps=100" | grep -o '"key":"credentials-java:[^"]*"' | cut -d'"' -f4); do
    api POST api/qualityprofiles/deactivate_rule --data-urlencode "key=$copy_key" --data-urlencode "rule=$rule" >/dev/null
  done
  api POST api/qualityprofiles/add_project --data-urlencode "language=java" --data-urlencode "qualityProfile=Bench without credentials" --data-urlencode "project=$key" >/dev/null
  say "project $key uses a copy of the Java profile without credentials-java rules ($(api GET "api/qualityprofiles/search?language=java" | grep -o '"name":"Bench without credentials"[^}]*"activeRuleCount":[0-9]*' | grep -o '[0-9]*$') active rules)"
}

two_providers_jar() { # JAR OUT: the same plugin with the provider specs of Twilio and AWS only
  python3 - "$1" "$2" <<'PY'
import re, sys, zipfile
other = re.compile(r"com/providercredentials/providers/(?!(twilio|aws)\.yaml)[^/]+\.yaml(\.tree)?$")
with zipfile.ZipFile(sys.argv[1]) as source, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as target:
    for entry in source.infolist():
        if not other.match(entry.filename):
            target.writestr(entry, source.read(entry.filename))
PY
}

catalog_cost() { # JAR: analyses of the corpus with every spec and with two, alternating (issue #15's 1.3x budget)
  local jar=$1 two=$RESULTS/two-providers.jar all round specs
  all=$(unzip -Z1 "$jar" | grep -c 'providers/[^/]*\.yaml$')
  two_providers_jar "$jar" "$two"
  for round in $(seq 1 "${BENCH_CATALOG_ROUNDS:-3}"); do
    for specs in $([ $((round % 2)) = 1 ] && echo "2 $all" || echo "$all 2"); do
      "$SQ" stop || true
      say "restarting SonarQube with $specs provider specs"
      "$SQ" start "$([ "$specs" = 2 ] && echo "$two" || echo "$jar")"
      scan "catalog$specs-$round" "$KEY-catalog$specs-$round"
    done
  done
}

main() {
  mkdir -p "$RESULTS"
  local step
  for step in with nojava kotlin noplugin catalog jmh; do
    if [[ $SKIP != *" $step "* ]]; then
      rm -f "$RESULTS/scan-$step.log" "$RESULTS/gc-$step.log" "$RESULTS/$step.log" "$RESULTS/$step.json"
      if [ "$step" = catalog ]; then
        rm -f "$RESULTS"/scan-catalog*.log "$RESULTS"/gc-catalog*.log
        for f in wall.txt load.txt; do [ -f "$RESULTS/$f" ] && sed -i "/^catalog/d" "$RESULTS/$f"; done
      fi
      [ -f "$RESULTS/wall.txt" ] && sed -i "/^$step /d" "$RESULTS/wall.txt"
      [ -f "$RESULTS/load.txt" ] && sed -i "/^$step /d" "$RESULTS/load.txt"
    fi
  done
  [ -f "$RESULTS/wall.txt" ] && sed -i "/^total /d" "$RESULTS/wall.txt"
  local t0
  t0=$(date +%s)
  corpus
  count
  if [[ $SKIP != *" kotlin "* ]]; then
    corpus_kotlin
    count "$KOTLIN_CORPUS" corpus-kotlin-lines.txt
  fi
  local jar
  if [ -n "${BENCH_PLUGIN_JAR:-}" ]; then
    # another build of the plugin, for an A/B in one session (e.g. the same code with two provider specs only)
    jar=$BENCH_PLUGIN_JAR
    say "using the plugin $jar"
  else
    say "building the plugin"
    (cd "$ROOT" && mvn -B -q --no-transfer-progress package -DskipTests) >&2
    jar=$(ls "$ROOT"/target/sonar-credentials-plugin-*.jar | head -n 1)
  fi
  stat -c '%n %s' "$jar" >"$RESULTS/jar.txt"
  trap '"$SQ" stop || true' EXIT
  if [[ $SKIP != *" with "* || $SKIP != *" nojava "* || $SKIP != *" kotlin "* ]]; then
    say "starting SonarQube ($SONAR_INSTANCE on port $SONAR_PORT) with the plugin"
    "$SQ" start "$jar"
  fi
  if [[ $SKIP != *" with "* ]]; then
    scan with "$KEY"
  fi
  if [[ $SKIP != *" nojava "* ]]; then
    java_rules_off_profile "$KEY-nojava"
    scan nojava "$KEY-nojava"
  fi
  if [[ $SKIP != *" kotlin "* ]]; then
    scan kotlin "$KEY-kotlin" "$KOTLIN_CORPUS"
  fi
  if [[ $SKIP != *" noplugin "* ]]; then
    say "restarting SonarQube without the plugin"
    "$SQ" stop
    "$SQ" start --no-plugin
    scan noplugin "$KEY-noplugin"
  fi
  if [[ $SKIP != *" catalog "* ]]; then
    catalog_cost "$jar"
  fi
  "$SQ" stop
  trap - EXIT
  if [[ $SKIP != *" jmh "* ]]; then
    say "JMH: the detection core's throughput"
    (cd "$BENCH/jmh" && mvn -B -q --no-transfer-progress package) >&2
    echo "jmh start $(cut -d' ' -f1-3 /proc/loadavg)" >>"$RESULTS/load.txt"
    # the corpus' real path (the benchmark walks it without following links), given to the forked JVMs too: their
    # @Fork JVM arguments replace this JVM's
    local corpus_path
    corpus_path=$(cd "$CORPUS" && pwd -P)
    java -Dbench.corpus="$corpus_path" -jar "$BENCH/jmh/target/benchmarks.jar" -jvmArgsAppend "-Dbench.corpus=$corpus_path" \
      -rf json -rff "$RESULTS/jmh.json" \
      ${BENCH_JMH_ARGS:-} >"$RESULTS/jmh.log" 2>&1
    echo "jmh end $(cut -d' ' -f1-3 /proc/loadavg)" >>"$RESULTS/load.txt"
    grep -E '^bench.bytes|^CoreBenchmark|Benchmark ' "$RESULTS/jmh.log" >&2 || true
  fi
  if [[ $SKIP != *" apk "* ]]; then
    say "time per MB of APK (bench/apk.sh)"
    echo "apk start $(cut -d' ' -f1-3 /proc/loadavg)" >>"$RESULTS/load.txt"
    bash "$BENCH/apk.sh" >"$RESULTS/apk.log" 2>&1 || say "bench/apk.sh failed: see $RESULTS/apk.log"
    grep -E '^round|^findings' "$RESULTS/apk.log" >&2 || true
  fi
  echo "total $(($(date +%s) - t0))" >>"$RESULTS/wall.txt"
  python3 "$BENCH/report.py" "$ROOT" >&2
  say "done: docs/benchmarks.md"
}

main "$@"
