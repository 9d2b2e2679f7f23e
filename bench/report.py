#!/usr/bin/env python3
"""Writes docs/benchmarks.md from bench/.results (bench/run.sh calls it; it can be re-run alone).

Reads: corpus-lines.txt, corpus-kotlin-lines.txt, scan-{with,nojava,kotlin,noplugin}.log, scan-catalog*.log, gc-*.log, jar.txt, jmh.json, jmh.log, apk.log, wall.txt, and
bench/notes.md (hand-written findings, copied in as they are)."""
import datetime
import json
import os
import platform
import re
import subprocess
import sys

from catalog import catalog
from logs import OURS, REPORT, TOTAL, ratio, sensor, sensors

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RES = os.path.join(ROOT, "bench", ".results")
RUN_SH = os.path.join(ROOT, "bench", "run.sh")


def read(name, default=""):
    path = os.path.join(RES, name)
    if not os.path.exists(path):
        return default
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


GC = re.compile(r"(\d+)M->(\d+)M\((\d+)M\)")


def heap(gclog):
    """(peak heap before a collection, peak after a young or full collection, collections) from a -Xlog:gc log.
    Remark and Cleanup pauses free nothing: their 'after' is not live data."""
    before, after = [], []
    for line in gclog.splitlines():
        m = GC.search(line)
        if not m or not re.search(r"Pause (Young|Full)", line):
            continue
        before.append(int(m.group(1)))
        after.append(int(m.group(2)))
    if not before:
        return None
    return max(before), max(after), len(before)


def cmd(args):
    try:
        return subprocess.run(args, capture_output=True, text=True, timeout=30).stdout.strip()
    except Exception:
        return ""


def machine():
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            kb = int(f.readline().split()[1])
            mem = f"{kb / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    jdk = cmd(["bash", "-c", "java -version 2>&1 | head -n 1"])
    return cpu, os.cpu_count(), mem, jdk, platform.platform()


def pct(a, b):
    return f"{100.0 * a / b:.1f}%" if b else "n/a"


def kotlin_corpus(p, script):
    """The Kotlin-heavy Android corpus (issue #14): one analysis with the plugin, our total against its text sensor."""
    p("## Kotlin-heavy Android corpus")
    p("")
    m = re.search(r"KOTLIN_SOURCES_JARS=\((.*?)\)", script, re.S)
    a = re.search(r"KOTLIN_AARS=\((.*?)\)", script, re.S)
    p("Downloaded by `bench/run.sh` into `bench/corpus-kotlin` and analysed on its own, with the plugin: Maven Central "
      "`-sources.jar`: " + ", ".join(f"`{x}`" for x in (m.group(1).split() if m else []))
      + "; the `res/` and manifests of the AARs " + ", ".join(f"`{x}`" for x in (a.group(1).split() if a else [])) + ".")
    p("")
    counted = [row.split() for row in read("corpus-kotlin-lines.txt").splitlines() if row.strip()]
    if counted:
        p("| Kind | Files | Lines |")
        p("|---|---:|---:|")
        for kind, files, count in counted:
            if int(files):
                p(f"| {kind} | {files} | {int(count):,} |")
        p("")
    log = read("scan-kotlin.log")
    ours = OURS.search(log)
    if not ours:
        p("(not analysed: the `kotlin` step did not run)")
        return
    t = sensors(log)
    text = sensor(t, "TextAndSecretsSensor")
    kot = sensor(t, "Kotlin Sensor")
    our_sensor = sensor(t, "Provider Credentials")
    setup, j, k, fl, det, nfiles = (int(x or 0) for x in ours.groups())
    total = setup + our_sensor + j + k
    p("```")
    p(ours.group(0))
    p("```")
    p("")
    p("| What | Ours (ms) | Reference (ms) | Ratio | Budget | |")
    p("|---|---:|---:|---:|---:|---|")
    p(f"| Our total (reading the specs + our sensor + Java + Kotlin front-ends) | {total} | TextAndSecretsSensor [text]: {text} | "
      f"{ratio(total, text)} | < 0.5 | {'met' if text and total < 0.5 * text else '**missed**'} |")
    p(f"| Our Kotlin work (front-end inside Kotlin Sensor) | {k} | Kotlin Sensor [kotlin]: {kot} | {ratio(k, kot)} | ≤ 0.10 | "
      f"{'met' if kot and k <= 0.10 * kot else '**missed**'} |")
    tt = TOTAL.search(log)
    if tt:
        p("")
        p(f"Analysis total {tt.group(1)} s (scanner); our project sensor {our_sensor} ms; {nfiles} files went through a front-end.")


def main():
    lines = {}
    for row in read("corpus-lines.txt").splitlines():
        kind, files, count = row.split()
        lines[kind] = (int(files), int(count))
    logs = {name: read(f"scan-{name}.log") for name in ("with", "nojava", "noplugin")}
    times = {name: sensors(log) for name, log in logs.items()}
    ours = OURS.search(logs["with"])
    ours_nojava = OURS.search(logs["nojava"])
    heaps = {name: heap(read(f"gc-{name}.log")) for name in ("with", "nojava", "noplugin")}
    jar = read("jar.txt").split()
    wall = dict(row.split() for row in read("wall.txt").splitlines() if row.strip())
    scanner_jre = re.search(r"(?:JRE|Java) (?:provisioned|version)?[: ]*([0-9][^\s,]*)", logs["with"])
    sq_java = cmd(["bash", "-c", "ls -d /usr/lib/jvm/*/ | xargs -n1 basename | tr '\\n' ' '"])

    w = times["with"]
    text = sensor(w, "TextAndSecretsSensor")
    javas = sensor(w, "JavaSensor")
    kot = sensor(w, "Kotlin Sensor")
    xml = sensor(w, "XML Sensor")
    our_sensor = sensor(w, "Provider Credentials")
    setup, j, k, fl, det, nfiles = (int(x or 0) for x in ours.groups()) if ours else (0, 0, 0, 0, 0, 0)
    # the specs are read where they are first needed: before the sensors (sonar-java's check registration), so in no
    # sensor's time; counted here
    our_total = setup + our_sensor + j + k

    out = []
    p = out.append
    p("# Benchmarks")
    p("")
    p(f"Generated by `bench/run.sh` on {datetime.date.today().isoformat()} (see [Reproduce](#reproduce)). One real run: the machine has "
      f"{os.cpu_count()} cores and is shared (load averages of each step below), so absolute times are noisy; "
      "the ratios within one analysis are what matter.")
    p("")
    p("## Machine")
    cpu, cores, mem, jdk, plat = machine()
    p("")
    p(f"- CPU: {cpu}, {cores} cores; RAM: {mem}; {plat}")
    p(f"- JDK of the build and of JMH: {jdk}")
    p(f"- JDKs installed: {sq_java} (the server runs on the newest, see tools/sonarqube.sh); the scanner runs on the JRE 21 the server provisions"
      + (f" ({scanner_jre.group(1)})" if scanner_jre else ""))
    p("- SonarQube Community Build 26.9.0.129388 (sonar-java 8.41, sonar-kotlin 3.9, sonar-xml 2.19, sonar-text 2.49), sonar-scanner-cli 8.1.0.6389")
    if jar:
        p(f"- Plugin jar: `{os.path.basename(jar[0])}`, {int(jar[1]) / 1024:.0f} KB ({int(jar[1])} bytes)")
    p("")
    p("## Corpus")
    p("")
    p("Real code nobody here wrote, at pinned versions, downloaded by `bench/run.sh` into `bench/corpus` (gitignored, a git repository "
      "so that sonar-text reads files without a language):")
    p("")
    with open(RUN_SH, encoding="utf-8") as f:
        script = f.read()
    def block(name):
        m = re.search(name + r"=\((.*?)\)", script, re.S)
        return m.group(1).split() if m else []
    p("- Maven Central `-sources.jar`: " + ", ".join(f"`{x}`" for x in block("SOURCES_JARS")))
    p("- Maven Central AARs (their `res/` and `AndroidManifest.xml`): " + ", ".join(f"`{x}`" for x in block("AARS")))
    m = re.search(r"ANDROID_ALL=(\S+)", script)
    d = re.search(r"ANDROID_ALL_DIRS=\((.*?)\)", script)
    if m:
        p(f"- Maven Central `{m.group(1)}` (Android framework resources): `raw-res/res/{{{','.join(d.group(1).split())}}}` and its manifest")
    p("- npm registry: " + ", ".join(f"`{x}`" for x in block("NPM_PACKAGES")) + " (its `ReactAndroid/` folder: Java, Kotlin, res, Gradle, properties)")
    p("")
    p("| Kind | Files | Lines |")
    p("|---|---:|---:|")
    for kind, (files, count) in lines.items():
        p(f"| {kind} | {files} | {count:,} |")
    jk = lines.get("java", (0, 0))[1] + lines.get("kotlin", (0, 0))[1]
    xml_lines = sum(lines.get(x, (0, 0))[1] for x in ("android-res-xml", "manifest", "other-xml"))
    android = sum(lines.get(x, (0, 0))[1] for x in ("android-res-xml", "manifest", "gradle", "properties", "json"))
    p(f"| **Java + Kotlin** | | **{jk:,}** |")
    p(f"| **XML** | | **{xml_lines:,}** |")
    p(f"| **Android resources and build files** (res XML, manifests, Gradle, properties, JSON) | | **{android:,}** |")
    p("")
    p("## Sensors (one analysis of the corpus, all our rules active)")
    p("")
    p("From the scanner log (`Sensor NAME [plugin] (done) | time=Nms`) of the analysis with the plugin; our Java and Kotlin work runs "
      "inside sonar-java's and sonar-kotlin's sensors, so it is measured from inside: the project sensor logs")
    p("")
    p("```")
    p(ours.group(0) if ours else "(no line: the analysis with the plugin did not run)")
    p("```")
    p("")
    runs = [n for n in ("with", "nojava", "noplugin") if times[n]]
    titles = {"with": "with plugin (ms)", "nojava": "Java rules off (ms)", "noplugin": "without plugin (ms)"}
    p("| Sensor | " + " | ".join(titles[n] for n in runs) + " |")
    p("|---|" + "---:|" * len(runs))
    keys = list(w.keys())
    for name in ("nojava", "noplugin"):
        for key in times[name]:
            if key not in keys:
                keys.append(key)
    for key in sorted(keys, key=lambda x: -w.get(x, 0)):
        cells = [str(times[n].get(key, "")) for n in runs]
        if max((times[n].get(key, 0) for n in ("with", "nojava", "noplugin"))) < 200:
            continue
        p(f"| {key} | " + " | ".join(cells) + " |")
    p("")
    p("(Sensors under 200 ms in every run are left out.)")
    for name in ("with", "nojava", "noplugin"):
        t = TOTAL.search(logs[name])
        if t or name in wall:
            p(f"- Analysis '{name}': total {t.group(1) + ' s' if t else 'n/a'} (scanner), {wall.get(name, '?')} s wall clock")
    p("")
    p("## Ratios and budgets")
    p("")
    p("| What | Ours (ms) | Reference (ms) | Ratio | Budget | |")
    p("|---|---:|---:|---:|---:|---|")
    def row(what, a, ref_name, b, budget, ok):
        p(f"| {what} | {a} | {ref_name}: {b} | {ratio(a, b)} | {budget} | {'met' if ok else '**missed**'} |")
    row("Our total (reading the specs + our sensor + Java + Kotlin front-ends)", our_total, "TextAndSecretsSensor [text]", text, "< 0.5", text and our_total < 0.5 * text)
    row("Our Java rules (front-end inside JavaSensor)", j, "JavaSensor [java]", javas, "≤ 0.03", javas and j <= 0.03 * javas)
    row("Our Kotlin work (front-end inside Kotlin Sensor)", k, "Kotlin Sensor [kotlin]", kot, "≤ 0.10", kot and k <= 0.10 * kot)
    row("Our XML and build-file work (file front-ends)", fl, "XML Sensor [xml]", xml, "< 1", xml and fl < xml)
    hw, hn = heaps["with"], heaps["noplugin"]
    if hw and hn:
        delta = hw[1] - hn[1]
        p(f"| Scanner peak heap after GC, with − without plugin | {hw[1]} MB | {hn[1]} MB | Δ {delta:+d} MB | ≤ +256 MB | {'met' if delta <= 256 else '**missed**'} |")
    p("")
    reported = REPORT.search(logs["with"])
    reporting = f"reporting {reported.group(1)} ms" if reported else "reporting"
    p(f"Our project sensor itself (files {fl} ms + detection {det} ms + {reporting}: the client-side, injected-credentials and "
      f"SharedAccountSid checks and the issues saved; the rest lists the files and waits for the specs and what is read ahead): {our_sensor} ms; "
      f"{nfiles} files went through a front-end.")
    jn = sensor(times["nojava"], "JavaSensor")
    if jn:
        p("")
        p(f"Cross-check of the Java share: JavaSensor took {javas} ms with our Java rules and {jn} ms in the analysis where a copy of the "
          f"Java profile has them deactivated: a difference of {javas - jn:+d} ms ({pct(javas - jn, javas)} of JavaSensor), against "
          f"{j} ms ({pct(j, javas)}) measured from inside.")
        if abs(javas - jn) > 3 * max(j, 1):
            p("The two analyses differ by far more than our whole measured share, in either direction: on this shared machine two "
              "analyses of the same code do not agree to within a few percent, so this cross-check cannot resolve a share of about "
              "1%; the figure measured from inside is the one to use.")
        else:
            p("Two analyses of the same code differ by a few percent on this machine, so the difference is within the noise "
              "when it is of that order.")
        if ours_nojava:
            p(f"(In that analysis our line reads `{ours_nojava.group(0)}`.)")
    p("")
    catalog(p, read, os.listdir(RES) if os.path.isdir(RES) else [])
    p("")
    p("## Scanner heap")
    p("")
    p(f"The scanner engine's JVM ran with `-Xmx{os.environ.get('BENCH_SCANNER_HEAP', '3g')} -Xlog:gc:file=...` "
      "(`sonar.scanner.javaOpts`); from each GC log, the largest heap before a collection (peak used, garbage included) and "
      "after a young or full collection (peak live data; Remark and Cleanup pauses, which free nothing, are left out):")
    p("")
    p("| Analysis | GCs | peak used before GC (MB) | peak after GC (MB) |")
    p("|---|---:|---:|---:|")
    for name in ("with", "nojava", "noplugin"):
        h = heaps[name]
        if h:
            p(f"| {name} | {h[2]} | {h[0]} | {h[1]} |")
    p("")
    p("## Detection core throughput (JMH)")
    p("")
    jmh = read("jmh.json")
    bytes_line = re.search(r"bench.bytes code=(\d+) resources=(\d+) files=(\d+) units=(\d+) bindings=(\d+)", read("jmh.log"))
    if jmh and bytes_line:
        code_b, res_b, files_n, units_n, bind_n = (int(x) for x in bytes_line.groups())
        first = json.loads(jmh)[0]
        p(f"`bench/jmh` (JMH {first.get('jmhVersion', '')}, 1 fork, {first.get('warmupIterations')}×{first.get('warmupTime')} warm-up, "
          f"{first.get('measurementIterations')}×{first.get('measurementTime')} measurement) on the corpus: {units_n:,} units with {bind_n:,} candidates "
          f"from {(code_b + res_b) / 1e6:.1f} MB of source ({code_b / 1e6:.1f} MB Java/Kotlin, whose string literals become candidates "
          f"as the front-ends make them; {res_b / 1e6:.1f} MB of resource and build files read by the real file front-ends).")
        p("")
        p("| Benchmark | providers | ms/op | ± | Input (MB) | MB/s |")
        p("|---|---|---:|---:|---:|---:|")
        for b in json.loads(jmh):
            name = b["benchmark"].rsplit(".", 1)[1]
            score = b["primaryMetric"]["score"]
            err = b["primaryMetric"]["scoreError"]
            size = (code_b + res_b) if name == "detect" else res_b
            what = {"detect": "core alone, all candidates",
                    "resourceFiles": "file front-ends + core, resource and build files",
                    "xmlParseOnly": "only the XML parse of those files with the JDK's StAX, which reads the documents outside our reader's simple form (ADR 011)",
                    "xmlDomParseOnly": "the same files with analyzer-commons' DOM, the first XML front-end's parser (ADR 009)"}.get(name, name)
            # the specs the benchmark was given (@Param providers: the whole catalog, or Twilio's and AWS's)
            providers = b.get("params", {}).get("providers", "")
            p(f"| `{name}` ({what}) | {providers} | {score:.1f} | {err:.1f} | {size / 1e6:.1f} | {size / 1e6 / (score / 1000):.0f} |")
    else:
        p("(not run)")
    p("")
    p("## Time per MB of APK")
    p("")
    apk = read("apk.log")
    rounds = re.findall(r"round (\d+): ([\d.]+) MB in (\d+) ms \(([\d.]+) ms/MB\), (\d+) units", apk)
    if rounds:
        p("`bench/apk.sh` (issue #19, ADR 029): an APK of real libraries from Maven Central dexed by D8, padded with stored "
          "assets, read by `BinaryFrontEnd.readApp` five times in one fresh JVM; the first round is what an analysis pays.")
        p("")
        p("| Round | MB | ms | ms per MB | units |")
        p("|---:|---:|---:|---:|---:|")
        for r in rounds:
            p(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} |")
        p("")
        cold_mb, cold_ms = float(rounds[0][1]), int(rounds[0][2])
        budget = 2000 * cold_mb / 50
        p(f"Budget: 2 s for 50 MB ({budget:.0f} ms for this APK): {'met' if cold_ms < budget else '**missed**'} (cold round {cold_ms} ms).")
        found = re.search(r"^findings (\d+), identifiers (\d+)", apk, re.M)
        if found:
            p(f"Precision: {found.group(1)} finding(s) and {found.group(2)} identifier(s) on this APK's units.")
    else:
        p("(not run)")
    p("")
    load = [row.split() for row in read("load.txt").splitlines() if row.strip()]
    if load:
        p("Load average (1, 5, 15 min) of the machine at the start and end of each step: "
          + "; ".join(f"{r[0]} {r[1]} {' '.join(r[2:5])}" for r in load) + ".")
    p("")
    p("## Kotlin")
    p("")
    hw, hnj = heaps["with"], heaps["noplugin"]
    kl = lines.get("kotlin", (0, 0))
    p(f"{kl[1]:,} lines of Kotlin in {kl[0]} files (kotlinx-coroutines, OkHttp 4, Okio, Ktor, React Native's Kotlin). "
      f"Kotlin Sensor: {kot} ms with the plugin ({sensor(times['noplugin'], 'Kotlin Sensor')} ms without it); our Kotlin front-end inside it: "
      f"{k} ms, a ratio of {ratio(k, kot)} ({pct(k, kot)}; budget 10%). Scanner heap delta of the whole plugin (peak after GC, with − "
      f"without): {(hw[1] - hnj[1]) if hw and hnj else 'n/a'} MB.")
    p("")
    kotlin_corpus(p, script)
    p("")
    # measured separately (tools/bench-shared-lookup.sh): the section of the previous docs/benchmarks.md is kept
    p("## SharedAccountSid lookup")
    p("")
    previous = os.path.join(ROOT, "docs", "benchmarks.md")
    kept = "(run tools/bench-shared-lookup.sh N on a server with the plugin and write its figures here)"
    text = ""
    if os.path.exists(previous):
        with open(previous, encoding="utf-8") as f:
            text = f.read()
        start = text.find("## SharedAccountSid lookup\n")
        if start >= 0:
            body = text[start + len("## SharedAccountSid lookup\n"):]
            end = body.find("\n## ")
            kept = (body if end < 0 else body[:end]).strip() or kept
    p(kept)
    p("")
    notes = os.path.join(ROOT, "bench", "notes.md")
    if os.path.exists(notes):
        with open(notes, encoding="utf-8") as f:
            p(f.read().rstrip())
        p("")
    p("## Reproduce")
    p("")
    p("```bash")
    p(f"bench/run.sh    # {round(int(wall['total']) / 60) if 'total' in wall else '20-45'} min for the last full run here; SONAR_INSTANCE/SONAR_PORT choose the server (default bench on 9200)")
    p("```")
    p("")
    p("It downloads the corpus once (Maven Central and the npm registry only), builds the plugin, starts SonarQube 26.9 with "
      "it (`tools/sonarqube.sh`), analyses the corpus with every rule of the default profiles (ours included), again with a copy of the "
      "Java profile without our Java rules, analyses the Kotlin-heavy Android corpus (`bench/corpus-kotlin`) with the plugin, "
      "restarts the server without the plugin and analyses the corpus a third time, then measures the catalog's cost (the corpus "
      "analysed with every provider spec and with Twilio's and AWS's only, alternating, the server restarted with each jar; "
      "`BENCH_CATALOG_ROUNDS` rounds, 3 by default), stops the server, "
      "runs the JMH benchmark, times reading an APK (`bench/apk.sh`) and writes this file. `BENCH_SKIP=\"with nojava kotlin noplugin catalog jmh apk\"` skips steps (the results of skipped steps are kept); `bench/report.py` rewrites "
      "this file from `bench/.results` alone. Measurement method: [ADR 006](adr/006-per-file-time-bound-and-benchmark-measurement.md).")
    # the measurement diary behind ADR 010 is written by hand: kept from the previous docs/benchmarks.md
    if os.path.exists(previous):
        diary = text.find("\n## Diary")
        if diary >= 0:
            p("")
            p(text[diary + 1:].rstrip())
    with open(os.path.join(ROOT, "docs", "benchmarks.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("\n".join(out))


main()
