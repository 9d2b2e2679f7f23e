"""The catalog's cost (issue #15): analyses of bench/corpus with the whole catalog and with Twilio's and AWS's specs
only, alternating on one server (bench/run.sh, step `catalog`), and the ratio of their median totals to its budget
(the ratio of the means beside it: docs/adr/032)."""
import re

from logs import ours, ratio, sensor, sensors

BUDGET = 1.3
NAME = re.compile(r"scan-catalog(\d+)-(\d+)\.log")


def catalog(p, read, names):
    """Writes the section from the logs among `names` (bench/.results' file names) that `read` reads."""
    p("## The catalog's cost")
    p("")
    # in the order they ran: two specs first in odd rounds, the whole catalog first in even ones (bench/run.sh)
    runs = sorted(((int(m.group(2)), int(m.group(1)), name) for name in names for m in [NAME.fullmatch(name)] if m),
                  key=lambda run: (run[0], run[1] if run[0] % 2 else -run[1]))
    rows = []
    for round_, specs, name in runs:
        log = read(name)
        parts = ours(log)
        if parts:
            rows.append((round_, specs, parts, sensor(sensors(log), "TextAndSecretsSensor")))
    if not rows:
        p("(not measured: the `catalog` step did not run)")
        return
    p("Analyses of `bench/corpus` one after the other on one server, restarted with each jar: the plugin as built (every "
      "provider spec) and the same jar with the specs of Twilio and AWS only, in the order ABBA. Times in ms; our total is "
      "the specs' setup + our sensor + our Java and Kotlin front-ends.")
    p("")
    p("| round | specs | java | kotlin | files | detection | report | our sensor | our total | text sensor |")
    p("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for round_, specs, o, text in rows:
        report = "" if o["report"] is None else o["report"]
        p(f"| {round_} | {specs} | {o['java']} | {o['kotlin']} | {o['files']} | {o['detection']} | {report} | {o['sensor']} | "
          f"{o['total']} | {text} |")
    p("")
    by_specs = {}
    for _, specs, o, _ in rows:
        by_specs.setdefault(specs, []).append(o["total"])
    if len(by_specs) < 2:
        p("(only one set of specs was analysed)")
        return
    few, many = min(by_specs), max(by_specs)
    mean_few, mean_many = mean(by_specs[few]), mean(by_specs[many])
    median_few, median_many = median(by_specs[few]), median(by_specs[many])
    # the median is the verdict: one analysis in a few is slowed by the machine, not by the specs (docs/adr/032)
    met = median_many <= BUDGET * median_few
    rounds = {}
    for round_, specs, o, _ in rows:
        rounds.setdefault(round_, {})[specs] = o["total"]
    per_round = [ratio(r[many], r[few]) for _, r in sorted(rounds.items()) if few in r and many in r]
    p(f"Median total with {many} specs: {median_many:.0f} ms ({analyses(by_specs[many])}); with {few}: {median_few:.0f} ms "
      f"({analyses(by_specs[few])}): **{ratio(median_many, median_few)}×** against a budget of {BUDGET}×: "
      f"{'met' if met else '**missed**'}. The ratio of the means: {ratio(mean_many, mean_few)}× ({mean_many:.0f} against "
      f"{mean_few:.0f} ms); each round's: {', '.join(per_round) or 'n/a'}. The analyses of one set of specs differ by up to "
      f"{max(max(v) - min(v) for v in by_specs.values())} ms: this machine's noise.")


def mean(values):
    return sum(values) / len(values)


def median(values):
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def analyses(totals):
    return f"{len(totals)} analysis" if len(totals) == 1 else f"{len(totals)} analyses"
