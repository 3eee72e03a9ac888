#!/usr/bin/env python3
"""The peers of `liso score` for Benchmarks/compare-peers.sh: DuckDB and polars computing the
same per-element n, mean and SD by perspective from the same CSV, under liso's rules:

- a cell matches a scale value by code or label (case-insensitive, trimmed) or as a number
  (4, 4.0, 4,0); anything else ("weet niet", empty, invalid) is not scored;
- reverse-keyed items score min + max - value;
- a respondent's element score is the mean of their answered items of the element when they
  answered at least half of them (answered * 2 >= items);
- per perspective (canonical id, mapped from the field's labels and codes) and element: the
  count, mean and sample SD of the element scores.

The item -> element/scale/reverse map and the perspective labels come from the instrument JSON
that `liso questionnaire --format json` prints.

    peers.py score duckdb|polars CSV INSTRUMENT OUT   time the engine's work, write its figures
    peers.py check LISO_JSON OUT...                   compare each engine's figures with liso's
    peers.py table TIMES_JSON PEAKS_JSON COMPUTE...   print the comparison table
"""
import json
import sys
import time


def number_forms(value):
    """The ways a number is written in exports: 4, 4.0, 4,0."""
    forms = {f"{value:g}"}
    if float(value).is_integer():
        whole = int(value)
        forms |= {str(whole), f"{whole}.0", f"{whole},0"}
    else:
        forms.add(f"{value:g}".replace(".", ","))
    return forms


def load_instrument(path):
    """Items grouped by element, each with its text -> scored value map (reverse applied), and
    the perspective column and its label -> id map."""
    with open(path, encoding="utf-8") as handle:
        instrument = json.load(handle)
    scales = {scale["id"]: scale for scale in instrument["scales"]}
    first_scale = instrument["scales"][0]["id"]
    elements = {}
    for item in instrument["items"]:
        scale = scales[item.get("scale", first_scale)]
        values = [entry["value"] for entry in scale["values"]]
        low, high = min(values), max(values)
        mapping = {}
        for entry in scale["values"]:
            scored = low + high - entry["value"] if item.get("reverse", False) else entry["value"]
            for text in [*entry.get("labels", []), *entry.get("codes", []), *number_forms(entry["value"])]:
                mapping.setdefault(text.strip().lower(), float(scored))
        elements.setdefault(item["element"], []).append((item["id"], mapping))
    field = instrument["fields"]["perspective"]
    perspectives = {}
    for canonical, labels in field.get("values", {}).items():
        perspectives[canonical.lower()] = canonical
        for label in labels:
            perspectives.setdefault(label.strip().lower(), canonical)
    return elements, field["columns"][0], perspectives


def quote(name):
    return '"' + name.replace('"', '""') + '"'


def literal(text):
    return "'" + text.replace("'", "''") + "'"


def duckdb_scores(csv, elements, perspective_column, perspectives):
    import duckdb

    def case(column, mapping, kind):
        whens = " ".join(f"WHEN {literal(text)} THEN {kind(value)}" for text, value in mapping.items())
        return f"CASE lower(trim({quote(column)})) {whens} END"

    values = [
        f"{case(item, mapping, repr)} AS {quote('v:' + item)}" for items in elements.values() for item, mapping in items
    ]
    scores = []
    for element, items in elements.items():
        answered = " + ".join(f"({quote('v:' + item)} IS NOT NULL)::INTEGER" for item, _ in items)
        total = " + ".join(f"coalesce({quote('v:' + item)}, 0)" for item, _ in items)
        scores.append(
            f"CASE WHEN 2 * ({answered}) >= {len(items)} THEN ({total}) / ({answered}) END AS {quote(element)}"
        )
    aggregates = [
        f"count({quote(e)}) AS {quote('n:' + e)}, avg({quote(e)}) AS {quote('mean:' + e)}, "
        f"stddev_samp({quote(e)}) AS {quote('sd:' + e)}"
        for e in elements
    ]
    sql = f"""
        WITH cells AS (
            SELECT {case(perspective_column, perspectives, literal)} AS perspective, {", ".join(values)}
            FROM read_csv({literal(csv)}, header = true, all_varchar = true, delim = ',', quote = '"')
        ), scores AS (
            SELECT perspective, {", ".join(scores)} FROM cells
        )
        SELECT perspective, {", ".join(aggregates)} FROM scores WHERE perspective IS NOT NULL GROUP BY perspective
    """
    connection = duckdb.connect()
    cursor = connection.execute(sql)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def polars_scores(csv, elements, perspective_column, perspectives):
    import polars as pl

    def cell(column, mapping, dtype):
        return (
            pl.col(column).str.strip_chars().str.to_lowercase().replace_strict(mapping, default=None, return_dtype=dtype)
        )

    values = [cell(item, mapping, pl.Float64).alias("v:" + item) for items in elements.values() for item, mapping in items]
    value = {item: pl.col("v:" + item) for items in elements.values() for item, _ in items}
    score_columns = []
    aggregates = []
    for element, items in elements.items():
        answered = pl.sum_horizontal([value[item].is_not_null().cast(pl.Int32) for item, _ in items])
        total = pl.sum_horizontal([value[item] for item, _ in items])
        score_columns.append(pl.when(answered * 2 >= len(items)).then(total / answered).otherwise(None).alias(element))
        aggregates += [
            pl.col(element).count().alias("n:" + element),
            pl.col(element).mean().alias("mean:" + element),
            pl.col(element).std(ddof=1).alias("sd:" + element),
        ]
    frame = (
        pl.scan_csv(csv, infer_schema=False)
        .select(cell(perspective_column, perspectives, pl.String).alias("perspective"), *values)
        .select("perspective", *score_columns)
        .filter(pl.col("perspective").is_not_null())
        .group_by("perspective")
        .agg(aggregates)
        .collect()
    )
    return frame.to_dicts()


def score(engine, csv, instrument, out):
    start = time.perf_counter()
    elements, column, perspectives = load_instrument(instrument)
    rows = (duckdb_scores if engine == "duckdb" else polars_scores)(csv, elements, column, perspectives)
    seconds = time.perf_counter() - start
    groups = {
        row["perspective"]: {
            e: {"n": row["n:" + e], "mean": row["mean:" + e], "sd": row["sd:" + e]} for e in elements
        }
        for row in rows
    }
    with open(out, "w", encoding="utf-8") as handle:
        json.dump({"engine": engine, "seconds": seconds, "groups": groups}, handle, indent=1, sort_keys=True)


def check(liso_json, outs, tolerance=1e-9):
    with open(liso_json, encoding="utf-8") as handle:
        report = json.load(handle)
    liso = {}
    for group in report["groups"]:
        if group["dimension"] != "perspective" or group.get("suppressed"):
            continue
        liso[group["value"]] = {e["id"]: e for e in group["elements"]}
    failures = 0
    for out in outs:
        with open(out, encoding="utf-8") as handle:
            peer = json.load(handle)
        compared = 0
        worst = 0.0
        for perspective, elements in peer["groups"].items():
            for element, figures in elements.items():
                mine = liso.get(perspective, {}).get(element)
                if mine is None or mine["n"] != figures["n"]:
                    print(f"{peer['engine']}: {perspective}/{element}: n {figures['n']} vs liso {mine and mine['n']}")
                    failures += 1
                    continue
                for key in ("mean", "sd"):
                    difference = abs(mine[key] - figures[key])
                    worst = max(worst, difference)
                    if difference > tolerance:
                        print(f"{peer['engine']}: {perspective}/{element}: {key} {figures[key]!r} vs liso {mine[key]!r}")
                        failures += 1
                compared += 1
        missing = sum(len(v) for v in liso.values()) - compared
        if missing:
            print(f"{peer['engine']}: {missing} liso figures have no counterpart")
            failures += 1
        print(f"{peer['engine']}: {compared} perspective x element figures agree with liso "
              f"(n exact, mean and sd within {tolerance:g}; largest difference {worst:.1e})")
    return failures


def table(times_json, peaks_json, computes):
    with open(times_json, encoding="utf-8") as handle:
        results = {r["command"]: r for r in json.load(handle)["results"]}
    with open(peaks_json, encoding="utf-8") as handle:
        peaks = json.load(handle)
    compute = {}
    for path in computes:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        compute[data["engine"]] = data["seconds"]
    median = {name: r["median"] for name, r in results.items()}
    peers = [median[name] for name in ("duckdb", "polars") if name in median]
    fastest_peer = min(peers) if peers else None
    floor = median.get("wc -l")
    print(f"{'command':<16} {'median s':>9} {'min s':>8} {'max s':>8} {'CPU s':>7} {'× wc -l':>8} "
          f"{'fastest peer ÷':>15} {'peak MiB':>9} {'work s':>8}")
    for name, r in results.items():
        ratio_floor = f"{r['median'] / floor:8.2f}" if floor else f"{'–':>8}"
        ratio_peer = f"{fastest_peer / r['median']:14.2f}×" if fastest_peer and name != "wc -l" else f"{'–':>15}"
        peak = f"{peaks[name] / 1024:9.1f}" if name in peaks else f"{'–':>9}"
        work = f"{compute[name]:8.3f}" if name in compute else f"{'–':>8}"
        cpu = f"{r['user'] + r['system']:7.3f}" if "user" in r else f"{'–':>7}"
        print(f"{name:<16} {r['median']:9.3f} {r['min']:8.3f} {r['max']:8.3f} {cpu} {ratio_floor} {ratio_peer} {peak} {work}")
    print("\n'fastest peer ÷' is the faster peer's median divided by the row's median (above 1: faster than it);")
    print("'CPU s' is user + system time per run, all threads; 'work s' is the peer's own timing inside")
    print("Python (one run), without interpreter start-up and import.")


if __name__ == "__main__":
    command, *arguments = sys.argv[1:]
    if command == "score":
        score(*arguments)
    elif command == "check":
        sys.exit(1 if check(arguments[0], arguments[1:]) else 0)
    elif command == "table":
        table(arguments[0], arguments[1], arguments[2:])
    else:
        sys.exit(f"unknown command {command!r}")
