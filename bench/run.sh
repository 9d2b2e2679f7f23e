#!/usr/bin/env bash
# The benchmark on real code (not part of test.sh nor CI). One command:
#
#   bench/run.sh            corpus (downloaded once into bench/corpus), three scanner analyses on SonarQube 26.9,
#                           the core's JMH throughput, and docs/benchmarks.md written from the figures
#
# Steps can be skipped for a partial re-run: BENCH_SKIP="with nojava noplugin jmh" (any of them; the results of skipped
# steps in bench/.results are kept, so that a run can be completed in parts).
# Environment: SONAR_INSTANCE (default bench), SONAR_PORT (default 9200): the SonarQube instance this uses and stops.
# Results (logs, GC logs, JMH JSON) go to bench/.results; the corpus to bench/corpus; both are gitignored.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
# not a hidden folder: SonarQube's language sensors skip files under hidden folders
CORPUS=$BENCH/corpus
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
  local coords g a v dir
  for coords in "${SOURCES_JARS[@]}"; do
    IFS=: read -r g a v <<<"$coords"
    say "sources of $coords"
    [ -f "$DL/$a-$v-sources.jar" ] || mvn_get "$g:$a:$v:jar:sources"
    dir=$CORPUS/maven/$a-$v/src/main
    mkdir -p "$dir"
    unzip -q -o "$DL/$a-$v-sources.jar" -x 'META-INF/*' -d "$dir"
  done
  for coords in "${AARS[@]}"; do
    IFS=: read -r g a v <<<"$coords"
    say "resources of $coords"
    [ -f "$DL/$a-$v.aar" ] || mvn_get "$g:$a:$v:aar"
    dir=$CORPUS/aar/$a-$v/src/main
    mkdir -p "$dir"
    unzip -q -o "$DL/$a-$v.aar" 'res/*' 'AndroidManifest.xml' -d "$dir" || true
  done
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
  # sonar-text reads files without a language only inside a git repository
  git -C "$CORPUS" init -q
  git -C "$CORPUS" add -A
  git -C "$CORPUS" -c user.name=bench -c user.email=bench@localhost commit -q -m corpus
  touch "$CORPUS/.complete"
}

count_lines() { # kind find-arguments... -> "kind files lines"
  local kind=$1
  shift
  local files lines
  files=$(cd "$CORPUS" && find . -path ./.git -prune -o -type f \( "$@" \) -print | wc -l)
  lines=$(cd "$CORPUS" && find . -path ./.git -prune -o -type f \( "$@" \) -print0 | xargs -0 cat 2>/dev/null | wc -l)
  echo "$kind $files $lines"
}

count() {
  {
    count_lines java -name '*.java'
    count_lines kotlin -name '*.kt'
    count_lines android-res-xml -path '*/res/*' -name '*.xml'
    count_lines manifest -name 'AndroidManifest.xml'
    count_lines other-xml -name '*.xml' ! -path '*/res/*' ! -name 'AndroidManifest.xml'
    count_lines gradle -name '*.gradle' -o -name '*.gradle.kts'
    count_lines properties -name '*.properties'
    count_lines json -name '*.json'
  } | tee "$RESULTS/corpus-lines.txt" >&2
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

scan() { # NAME KEY -> bench/.results/scan-NAME.log, gc-NAME.log
  local name=$1 key=$2
  wait_for_ce
  say "analysis '$name' of the corpus as $key"
  local start end
  start=$(date +%s)
  echo "$name start $(cut -d' ' -f1-3 /proc/loadavg)" >>"$RESULTS/load.txt"
  "$SQ" scan "$CORPUS" "$key" \
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

main() {
  mkdir -p "$RESULTS"
  local step
  for step in with nojava noplugin jmh; do
    if [[ $SKIP != *" $step "* ]]; then
      rm -f "$RESULTS/scan-$step.log" "$RESULTS/gc-$step.log" "$RESULTS/$step.log" "$RESULTS/$step.json"
      [ -f "$RESULTS/wall.txt" ] && sed -i "/^$step /d" "$RESULTS/wall.txt"
      [ -f "$RESULTS/load.txt" ] && sed -i "/^$step /d" "$RESULTS/load.txt"
    fi
  done
  [ -f "$RESULTS/wall.txt" ] && sed -i "/^total /d" "$RESULTS/wall.txt"
  local t0
  t0=$(date +%s)
  corpus
  count
  say "building the plugin"
  (cd "$ROOT" && mvn -B -q --no-transfer-progress package -DskipTests) >&2
  local jar
  jar=$(ls "$ROOT"/target/sonar-credentials-plugin-*.jar | head -n 1)
  stat -c '%n %s' "$jar" >"$RESULTS/jar.txt"
  trap '"$SQ" stop || true' EXIT
  if [[ $SKIP != *" with "* || $SKIP != *" nojava "* ]]; then
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
  if [[ $SKIP != *" noplugin "* ]]; then
    say "restarting SonarQube without the plugin"
    "$SQ" stop
    "$SQ" start --no-plugin
    scan noplugin "$KEY-noplugin"
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
  echo "total $(($(date +%s) - t0))" >>"$RESULTS/wall.txt"
  python3 "$BENCH/report.py" "$ROOT" >&2
  say "done: docs/benchmarks.md"
}

main "$@"
