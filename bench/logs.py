"""What bench/report.py and bench/catalog.py read in a scanner log: each sensor's time and our own log line."""
import re

SENSOR = re.compile(r"Sensor (.+?) \[(\w+)\] \(done\) \| time=(\d+)ms")
# setup= since November 23 (reading the provider specs, once per scanner), report= since December 3; older logs lack them
OURS = re.compile(r"Provider Credentials: time (?:setup=(\d+)ms )?java=(\d+)ms kotlin=(\d+)ms files=(\d+)ms detection=(\d+)ms (?:report=\d+ms )?in (\d+) files")
REPORT = re.compile(r"detection=\d+ms report=(\d+)ms")
TOTAL = re.compile(r"Analysis total time: ([\d.:]+) s")


def sensors(log):
    times = {}
    for name, plugin, ms in SENSOR.findall(log):
        key = f"{name} [{plugin}]"
        times[key] = times.get(key, 0) + int(ms)
    return times


def sensor(times, prefix):
    return sum(ms for key, ms in times.items() if key.startswith(prefix))


def ratio(a, b):
    return f"{a / b:.3f}" if b else "n/a"


def ours(log):
    """Our parts of one analysis, or None: setup, java, kotlin, files, detection, report (ms), files read, our sensor's
    time, and our total (the specs' setup + our sensor + the Java and Kotlin front-ends inside their sensors)."""
    line = OURS.search(log)
    if not line:
        return None
    setup, java, kotlin, files, detection, count = (int(x or 0) for x in line.groups())
    reported = REPORT.search(log)
    own = sensor(sensors(log), "Provider Credentials")
    return {"setup": setup, "java": java, "kotlin": kotlin, "files": files, "detection": detection,
            "report": int(reported.group(1)) if reported else None, "count": count, "sensor": own,
            "total": setup + own + java + kotlin, "line": line.group(0)}
