#!/usr/bin/env bash
# The compatibility matrix (issue #17, item 4): analyses the sample projects of its/ on one SonarQube Community Build
# and writes what the server did with the plugin, in a form to compare across versions:
#
#   tools/compat.sh VERSION [JAR]     e.g. tools/compat.sh 26.1.0.118079
#
# VERSION is a sonar-application version on Maven Central (downloaded once, about 900 MB); JAR defaults to the
# plugin built in target/. Output: compat/VERSION.txt (gitignored): the plugin's state, the number of our rules per
# repository and active in each default profile, and for each project the sorted list of our issues
# (rule file:line), the Hard-coded credentials measure and the quality gate's status. Not part of test.sh: the default
# CI run tests 26.9 only (README, "Compatibility"). When its/compat/VERSION.txt exists, the run must match it (exit 1
# otherwise): the expected rules, activations, issues, measures and gates of that version.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VERSION=${1:?usage: tools/compat.sh VERSION [JAR]}
JAR=${2:-$(ls "$ROOT"/target/sonar-credentials-plugin-*.jar | head -n 1)}
export SONAR_VERSION=$VERSION SONAR_INSTANCE=compat-${VERSION%%.*.*} SONAR_PORT=${SONAR_PORT:-9500}
SQ="$ROOT/tools/sonarqube.sh"
OUT=$ROOT/compat/$VERSION.txt
WORK=$(mktemp -d)
trap '"$SQ" stop >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
mkdir -p "$ROOT/compat"
api() { curl -sf -u admin:admin "http://localhost:$SONAR_PORT/$1"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); $1"; }

"$SQ" stop >/dev/null 2>&1 || true
"$SQ" start "$JAR"
{
  echo "SonarQube $VERSION"
  api "api/plugins/installed" | json "
for p in d['plugins']:
    if p['key'] in ('credentials','java','kotlin','xml','text'): print('plugin', p['key'], p['version'])"
  for repo in credentials-java credentials-kotlin credentials-xml credentials-files; do
    echo "rules $repo $(api "api/rules/search?repositories=$repo&ps=1" | json "print(d['total'])")"
  done
  for lang in java kotlin xml; do
    profile=$(api "api/qualityprofiles/search?language=$lang&defaults=true" | json "print(d['profiles'][0]['key'])")
    echo "active in the default $lang profile: $(api "api/rules/search?qprofile=$profile&activation=true&repositories=credentials-java,credentials-kotlin,credentials-xml,credentials-files&ps=1" | json "print(d['total'])")"
  done
} >"$OUT"
for project in android-app kotlin-app catalog-app catalog-ai-app; do
  cp -r "$ROOT/its/projects/$project" "$WORK/$project"
  "$SQ" scan "$WORK/$project" "compat-$project" -Dsonar.qualitygate.wait=true >"$WORK/$project.log" 2>&1 || true
  {
    echo "== $project (scanner: $(grep -o 'EXECUTION [A-Z]*' "$WORK/$project.log" | tail -n 1))"
    api "api/issues/search?components=compat-$project&ps=500" | json "
for i in sorted('%s %s:%s' % (x['rule'], x['component'].split(':',1)[1], x.get('line','-')) for x in d['issues'] if x['rule'].startswith('credentials-')): print(i)"
    echo "measure credentials_hardcoded: $(api "api/measures/component?component=compat-$project&metricKeys=credentials_hardcoded" | json "m=d['component']['measures']; print(m[0]['value'] if m else 'none')")"
    echo "gate: $(api "api/qualitygates/project_status?projectKey=compat-$project" | json "print(d['projectStatus']['status'])")"
  } >>"$OUT"
done
echo "written: $OUT" >&2
# what the server did, against what was measured for this version (its/compat/VERSION.txt): the plugin's and analyzers'
# versions aside, any difference fails
EXPECTED=$ROOT/its/compat/$VERSION.txt
if [ -f "$EXPECTED" ]; then
  if diff <(grep -v '^plugin \|^SonarQube ' "$OUT") "$EXPECTED" >&2; then
    echo "SonarQube $VERSION: as expected ($EXPECTED)" >&2
  else
    echo "SonarQube $VERSION: differs from $EXPECTED (above: < this run, > expected)" >&2
    exit 1
  fi
fi
