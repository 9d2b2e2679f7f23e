#!/usr/bin/env bash
# Time per MB of APK (issue #19, docs/adr/029): builds once an APK of real libraries from Maven Central, dexed by D8
# (com.android.tools:r8), padded with stored assets to about 50 MB, then times BinaryFrontEnd.readApp five times in
# one fresh JVM (the first round is the cold one an analysis pays). Run after `mvn package`; results on stdout.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$ROOT/bench/.results/apk
mkdir -p "$OUT"
cd "$ROOT"
mvn -B -q --no-transfer-progress dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt" >/dev/null
jars=()
for artifact in com.google.guava:guava:33.3.1-jre com.twilio.sdk:twilio:10.6.0 net.bytebuddy:byte-buddy:1.15.11 \
  com.fasterxml.jackson.core:jackson-databind:2.17.2 org.jetbrains.kotlin:kotlin-stdlib:1.8.21 com.android.tools:r8:8.5.35; do
  IFS=: read -r group name version <<<"$artifact"
  jar=$HOME/.m2/repository/${group//.//}/$name/$version/$name-$version.jar
  [ -f "$jar" ] || mvn -B -q --no-transfer-progress dependency:get -Dartifact="$artifact" -Dtransitive=false >/dev/null
  [ "$name" = r8 ] && r8=$jar || jars+=("$jar")
done
javac -d "$OUT/classes" -cp "$ROOT/target/classes:$r8:$(cat "$OUT/cp.txt")" "$ROOT/bench/apk/ApkBench.java"
java -Xmx3g -cp "$OUT/classes:$ROOT/target/classes:$r8:$(cat "$OUT/cp.txt")" com.providercredentials.binaries.ApkBench \
  "$OUT/bench.apk" 50 "${jars[@]}" 2>/dev/null | grep -E '^round|\.dex |^findings|^  '
