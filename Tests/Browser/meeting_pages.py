"""Prints the meeting report (`liso score --report meeting --format html`) to A4 PDF with headless
Chromium and checks that every network takes at most two pages: the bundled example in Dutch
and in English, each network printed on its own and all together, and a trekker's three member
files, whose figures are all hidden, which must explain that instead of showing figures.

Usage: python3 Tests/Browser/meeting_pages.py PATH-TO-LISO [OUT-FOLDER]

Builds nothing; run from the package root. With OUT-FOLDER, the PDFs are kept there to look at.
"""

import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chromium import Browser  # noqa: E402

EXAMPLE = Path("Fixtures/Exports/example-leernetwerken.csv")
MAXIMUM_PAGES = 2


def meeting_report(binary, files, language, output):
    made = subprocess.run(
        [binary, "score", *map(str, files), "--report", "meeting", "--format", "html", "--lang", language,
         "--output", str(output)],
        capture_output=True, text=True, timeout=60,
    )
    if made.returncode != 0:
        sys.exit(f"liso score --report meeting failed ({made.returncode}): {made.stderr}")


def pages_per_network(browser, html, keep=None):
    """Prints each network's section alone and the whole report; returns the pages per network."""
    browser.open(html)
    names = browser.run("return [...document.querySelectorAll('section.network h1')].map(h => h.textContent)")
    if not names:
        sys.exit(f"{html.name}: no network section found")
    pages = []
    for index, name in enumerate(names):
        browser.open(html)
        browser.run(
            "document.querySelectorAll('section.network').forEach((s, i) => { if (i !== arguments[0]) s.remove(); })",
            index,
        )
        pdf = keep / f"{html.stem}-{index + 1}.pdf" if keep else None
        count = browser.print_pdf(pdf)
        if not 1 <= count <= MAXIMUM_PAGES:
            sys.exit(f"{html.name}: '{name}' prints to {count} A4 pages; at most {MAXIMUM_PAGES} allowed")
        pages.append(count)
    browser.open(html)
    total = browser.print_pdf(keep / f"{html.stem}.pdf" if keep else None)
    if total != sum(pages):
        sys.exit(f"{html.name}: the whole report prints to {total} pages, its networks alone to {pages}")
    return dict(zip(names, pages))


def main(binary, keep=None):
    started = time.monotonic()
    keep = Path(keep) if keep else None
    if keep:
        keep.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="liso-meeting-") as work:
        work = Path(work)
        lines = EXAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)
        three = work / "drie-leden.csv"
        three.write_text("".join(lines[:4]), encoding="utf-8")
        reports = []
        for language in ("nl", "en"):
            html = work / f"bijeenkomst-{language}.html"
            meeting_report(binary, [EXAMPLE], language, html)
            reports.append(html)
        small = work / "bijeenkomst-drie-leden.html"
        meeting_report(binary, [three], "nl", small)
        with Browser() as browser:
            for html in reports:
                counts = pages_per_network(browser, html, keep)
                print(f"meeting report: {html.name}: " + ", ".join(f"{n}: {p}" for n, p in counts.items()))
            counts = pages_per_network(browser, small, keep)
            browser.open(small)
            notice = browser.run("return document.querySelector('.notice')?.textContent ?? ''")
            if "--min-group-size 3" not in notice:
                sys.exit(f"{small.name}: the hidden network does not explain what to do: {notice!r}")
            if browser.run("return document.querySelectorAll('td.bar').length") != 0:
                sys.exit(f"{small.name}: a hidden network shows figures")
            print(f"meeting report: {small.name}: " + ", ".join(f"{n}: {p}" for n, p in counts.items()))
    print(f"meeting report printing: every network at most {MAXIMUM_PAGES} A4 pages ({time.monotonic() - started:.1f} s)")


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: meeting_pages.py PATH-TO-LISO [OUT-FOLDER]")
    main(*sys.argv[1:])
