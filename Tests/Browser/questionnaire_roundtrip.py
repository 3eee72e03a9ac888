"""The HTML questionnaire, filled in by headless Chromium and scored by liso.

Usage: python3 Tests/Browser/questionnaire_roundtrip.py PATH-TO-LISO

Writes the Dutch short form for a network whose name needs quoting and formula neutralising,
opens it at phone width (360 × 800), checks what a member relies on (labels, touch targets,
no sideways scrolling, one tab stop per question in reading order, a visible focus ring,
progress), answers with clicks and with the keyboard, reloads halfway and checks the answers
came back, goes on at desktop width, saves, and scores the downloaded CSV with
`liso score --format json`: every item's counts and every element's mean must equal the
answers given (worked out here from the instrument file, not from liso). Then it saves again
and checks that scoring both files reports the duplicate respondent id, and that clearing
forgets the answers. Builds nothing; exits non-zero with the first failed check.
"""

import csv
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chromium import Browser  # noqa: E402

NETWORK = '=Focus & "vaderschap", <Utrecht>'
DONT_KNOW = "Weet niet / niet van toepassing"

# The answers, item by item: a scale value, "?" for don't know, None to leave open. Odd
# positions are answered with the keyboard, even ones with a click.
ANSWERS = {
    "cc-1": 4, "cc-4": 5, "ln-1": 2, "ln-3": "?", "org-3": 1, "org-4": 3, "syn-1": 5, "syn-2": "?",
    "res-1": 4, "res-3": None, "mle-1": 2, "mle-2": 2, "imp-1": 3, "imp-3": 5, "pha-1": 1, "pha-3": 4,
}
BACKGROUND = {"perspective": "families", "role": "trekker", "phase": "maintaining"}


class Check:
    def __init__(self):
        self.count = 0

    def __call__(self, condition, message):
        self.count += 1
        if not condition:
            raise AssertionError(message)


check = Check()


def liso(binary, *arguments):
    return subprocess.run([binary, *arguments], capture_output=True, text=True, timeout=60)


def expected_result(instrument):
    """Per item (counts after reverse keying, don't know, unanswered) and per element (mean of
    the answered items when at least half are answered), from the instrument file by hand."""
    scale = {s["id"]: s for s in instrument["scales"]}
    items, elements = {}, {}
    for item in instrument["items"]:
        answer = ANSWERS[item["id"]]
        values = [v["value"] for v in scale[item["scale"]]["values"]]
        low, high = min(values), max(values)
        scored = None
        if isinstance(answer, int):
            scored = low + high - answer if item.get("reverse") else answer
        items[item["id"]] = {
            "counts": {str(int(v)): int(scored == v) for v in values},
            "dontKnow": int(answer == "?"),
            "unanswered": int(answer is None),
            "n": int(scored is not None),
        }
        elements.setdefault(item["element"], []).append(scored)
    means = {}
    for element, scores in elements.items():
        answered = [s for s in scores if s is not None]
        means[element] = sum(answered) / len(answered) if answered and len(answered) * 2 >= len(scores) else None
    return items, means


def wait_for_download(folder, known, timeout=15):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        files = [p for p in folder.iterdir() if p.suffix == ".csv" and p not in known]
        if files and not any(p.suffix == ".crdownload" for p in folder.iterdir()):
            return files[0]
        time.sleep(0.1)
    raise AssertionError(f"no CSV file downloaded to {folder} within {timeout} s")


def answer(browser, index, item, value):
    """Answers one item: a click on the answer's label, or the keyboard (Space on the first
    answer, then arrow keys; left from the first answer wraps to "weet niet")."""
    if value is None:
        return
    if index % 2 == 0:
        target = DONT_KNOW if value == "?" else str(value)
        browser.click(f'fieldset[data-item="{item}"] input[value="{target}"] + span')
    elif value == "?":
        browser.type_into(f'input[name="{item}"][value="1"]', "space", "left")
    else:
        browser.type_into(f'input[name="{item}"][value="1"]', "space", *(["right"] * (value - 1)))


def form_answers(browser):
    return browser.run(
        "const data = {}; for (const [k, v] of new FormData(document.getElementById('questionnaire'))) data[k] = v;"
        " return data;"
    )


def expected_form_answers(items):
    data = {"network": NETWORK, **BACKGROUND}
    for item in items:
        value = ANSWERS[item]
        if value is not None:
            data[item] = DONT_KNOW if value == "?" else str(value)
    return data


def progress(browser):
    return browser.run("return document.getElementById('progress-text').textContent")


def check_phone_layout(browser):
    """At 360 px: nothing scrolls sideways, every answer is a target of at least 44 × 44 px,
    every control has a label, and the page says it is Dutch."""
    facts = browser.run(
        """
        const labels = Array.from(document.querySelectorAll('.options label, button:not([hidden])'));
        const small = labels.map(l => l.getBoundingClientRect())
          .filter(r => r.height < 44 || r.width < 44).length;
        const controls = Array.from(document.querySelectorAll('input:not([type=hidden])'));
        const unlabelled = controls.filter(c => c.labels.length === 0 || !c.labels[0].textContent.trim()).length;
        const groups = Array.from(document.querySelectorAll('fieldset'))
          .filter(f => !f.querySelector(':scope > legend') || !f.querySelector(':scope > legend').textContent.trim()).length;
        return {width: innerWidth, scroll: document.documentElement.scrollWidth, small, targets: labels.length,
                unlabelled, controls: controls.length, groups, lang: document.documentElement.lang};
        """
    )
    check(facts["width"] == 360, f"the phone viewport is 360 px wide, not {facts['width']}")
    check(facts["scroll"] <= facts["width"], f"the page scrolls sideways at 360 px ({facts['scroll']} px)")
    check(facts["small"] == 0, f"{facts['small']} of {facts['targets']} answers or buttons are smaller than 44 × 44 px")
    check(facts["unlabelled"] == 0, f"{facts['unlabelled']} of {facts['controls']} controls have no label")
    check(facts["groups"] == 0, f"{facts['groups']} fieldsets have no legend")
    check(facts["lang"] == "nl", f"the page's lang is {facts['lang']!r}, not 'nl'")


def check_tab_order(browser, items):
    """Tab from the top visits each question once, in reading order, then the save button; the
    focused answer shows a focus ring."""
    browser.run("document.activeElement.blur(); window.scrollTo(0, 0);")
    stops = []
    for _ in range(len(items) + len(BACKGROUND) + 1):
        browser.press("tab")
        stops.append(browser.run("const e = document.activeElement; return e.name || e.textContent;"))
        if len(stops) == 1:
            ring = browser.run(
                "const l = document.activeElement.closest('label'); const s = getComputedStyle(l);"
                " return [s.outlineStyle, parseFloat(s.outlineWidth)];"
            )
            check(ring[0] == "solid" and ring[1] >= 2, f"the focused answer shows no focus ring ({ring})")
    check(stops == list(BACKGROUND) + list(items) + ["Opslaan"], f"tab order is {stops}")


def main(binary):
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="liso-browser-"))
    try:
        round_trip(binary, work)
    except BaseException:
        print(f"questionnaire round trip failed; its files are in {work}", file=sys.stderr)
        raise
    shutil.rmtree(work)
    print(f"questionnaire round trip: {check.count} checks passed in {time.monotonic() - started:.1f} s")


def round_trip(binary, work):
    downloads = work / "downloads"
    downloads.mkdir()
    page = work / "vragenlijst.html"
    made = liso(binary, "questionnaire", "--format", "html", "--form", "short", "--lang", "nl",
                "--network", NETWORK, "--output", str(page))
    check(made.returncode == 0, f"liso questionnaire failed: {made.stderr}")
    instrument = json.loads(liso(binary, "questionnaire", "--format", "json", "--form", "short").stdout)
    template = liso(binary, "questionnaire", "--format", "csv", "--form", "short").stdout.strip()
    items = [item["id"] for item in instrument["items"]]
    check(list(ANSWERS) == items, f"the short form's items are {items}")
    total = len(items)
    answered_total = sum(value is not None for value in ANSWERS.values())

    with Browser(width=360, height=800, downloads=downloads) as browser:
        browser.open(page)
        check(browser.run("return document.querySelector('.network strong').textContent") == NETWORK,
              "the network's name is not shown as given")
        check(progress(browser) == f"0 van {total} beantwoord", f"progress at the start: {progress(browser)!r}")
        check_phone_layout(browser)
        check_tab_order(browser, items)

        # Background by click and keyboard, then the first half of the statements.
        browser.click(f'input[name="perspective"][value="{BACKGROUND["perspective"]}"] + span')
        browser.type_into(f'input[name="role"][value="{BACKGROUND["role"]}"]', "space")
        browser.click(f'input[name="phase"][value="{BACKGROUND["phase"]}"] + span')
        half = items[: total // 2]
        for index, item in enumerate(half):
            answer(browser, index, item, ANSWERS[item])
        done = sum(ANSWERS[item] is not None for item in half)
        check(progress(browser) == f"{done} van {total} beantwoord", f"progress halfway: {progress(browser)!r}")

        browser.reload()
        check(form_answers(browser) == expected_form_answers(half), f"after a reload: {form_answers(browser)}")
        check(progress(browser) == f"{done} van {total} beantwoord", f"progress after a reload: {progress(browser)!r}")
        check(browser.run("return !document.getElementById('restored').hidden"), "no notice that answers were restored")

        browser.resize(1280, 900)
        row = browser.run(
            "const tops = Array.from(document.querySelectorAll('fieldset[data-item] .scale label'))"
            ".slice(0, 6).map(l => Math.round(l.getBoundingClientRect().top)); return tops;"
        )
        check(len(set(row)) == 1, f"at 1280 px the answers of a statement are not side by side: {row}")
        check(browser.run("return document.documentElement.scrollWidth <= innerWidth"), "sideways scrolling at 1280 px")
        for index, item in enumerate(items[total // 2:], start=total // 2):
            answer(browser, index, item, ANSWERS[item])
        check(form_answers(browser) == expected_form_answers(items), f"all answers: {form_answers(browser)}")
        check(progress(browser) == f"{answered_total} van {total} beantwoord", f"progress at the end: {progress(browser)!r}")

        browser.click("button[type=submit]")
        first = wait_for_download(downloads, set())
        status = browser.run("return document.getElementById('save-status').textContent")
        check(first.name in status and "U heeft 1 stelling niet beantwoord" in status, f"status after saving: {status!r}")
        check(
            re.fullmatch(r"focus-vaderschap-utrecht-antwoorden-\d{4}-\d\d-\d\d-\d{6}\.csv", first.name),
            f"file name {first.name!r}",
        )
        text = first.read_bytes().decode("utf-8")
        check(text.split("\r\n")[0] == template, "the saved header is not the blank template's header")
        rows = list(csv.reader(io.StringIO(text)))
        check(len(rows) == 2, f"the file holds {len(rows)} rows, not a header and one row")
        check(rows[1][1] == "'" + NETWORK, f"the network cell is {rows[1][1]!r}, not neutralised")
        respondent = rows[1][0]
        check(re.fullmatch(r"liso-[0-9a-f]{16}", respondent), f"respondent id {respondent!r}")

        scored = liso(binary, "score", str(first), "--format", "json", "--min-group-size", "1", "--lang", "nl",
                      *[part for dimension in ["network", *BACKGROUND] for part in ("--by", dimension)])
        check(scored.returncode == 0, f"liso score failed ({scored.returncode}): {scored.stderr}")
        result = json.loads(scored.stdout)
        check(result["respondents"] == 1 and result["rowsRejected"] == 0, "liso did not read one respondent")
        groups = {(g["dimension"], g["value"]) for g in result["groups"]}
        for dimension, value in [("network", "'" + NETWORK), *BACKGROUND.items()]:
            check((dimension, value) in groups, f"no {dimension} group {value!r} in {groups}")
        items_expected, means_expected = expected_result(instrument)
        for item in result["overall"]["items"]:
            want = items_expected[item["id"]]
            got = {key: item[key] for key in want}
            check(got == want, f"item {item['id']}: {got} instead of {want}")
        for element in result["overall"]["elements"]:
            want, got = means_expected[element["id"]], element["mean"]
            check((want is None and got is None) or (got is not None and want is not None and abs(got - want) < 1e-9),
                  f"element {element['id']}: mean {got} instead of {want}")

        time.sleep(1.05)  # the file name has the time in seconds
        browser.click("button[type=submit]")
        second = wait_for_download(downloads, {first})
        check(second.name != first.name, "the second save overwrote the first file name")
        both = liso(binary, "score", str(first), str(second), "--format", "json", "--min-group-size", "1")
        result = json.loads(both.stdout)
        check(result["flags"]["duplicateIds"] == 1, f"duplicate ids: {result['flags']['duplicateIds']}")

        browser.click("#clear")
        check(form_answers(browser) == {"network": NETWORK}, f"after clearing: {form_answers(browser)}")
        browser.reload()
        check(progress(browser) == f"0 van {total} beantwoord", f"after clearing and a reload: {progress(browser)!r}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: questionnaire_roundtrip.py PATH-TO-LISO")
    main(sys.argv[1])
