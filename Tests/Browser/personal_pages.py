"""Prints the personal report of a self-evaluation (`liso self-evaluate --html FILE`) to A4 PDF
with headless Chromium and checks that it takes at most two pages: the full form (40
statements) in Dutch and the short form in English, each answered with some "don't know".

Usage: python3 Tests/Browser/personal_pages.py PATH-TO-LISO [OUT-FOLDER]

Builds nothing; run from the package root. With OUT-FOLDER, the PDFs are kept there to look at.
"""

import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chromium import Browser  # noqa: E402

MAXIMUM_PAGES = 2
ITEMS = {"full": 40, "short": 16}


def self_evaluation(binary, form, language, folder):
    """Answers every question (a quarter "don't know") and returns the HTML report's path."""
    dont_know = "weet niet" if language == "nl" else "don't know"
    answers = [dont_know if i % 4 == 3 else str(i % 5 + 1) for i in range(ITEMS[form])]
    lines = ["1", "5", "2", *answers]
    html = folder / f"persoonlijk-{form}-{language}.html"
    run = subprocess.run(
        [binary, "self-evaluate", "--form", form, "--lang", language, "--network", "Focus op vaderschap",
         "--output", str(folder / f"antwoorden-{form}-{language}.csv"), "--html", str(html)],
        input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=60,
    )
    if run.returncode != 0 or not html.exists():
        sys.exit(f"liso self-evaluate failed ({run.returncode}): {run.stderr}")
    return html


def main(binary, keep=None):
    started = time.monotonic()
    keep = Path(keep) if keep else None
    if keep:
        keep.mkdir(parents=True, exist_ok=True)
    counts = []
    with tempfile.TemporaryDirectory(prefix="liso-personal-") as work:
        with Browser() as browser:
            for form, language in (("full", "nl"), ("short", "en")):
                html = self_evaluation(binary, form, language, Path(work))
                browser.open(html)
                rows = browser.run("return document.querySelectorAll('.answers li, .dont-know li').length")
                if rows != ITEMS[form]:
                    sys.exit(f"{html.name}: {rows} statements shown; expected {ITEMS[form]}")
                pages = browser.print_pdf(keep / f"{html.stem}.pdf" if keep else None)
                if not 1 <= pages <= MAXIMUM_PAGES:
                    sys.exit(f"{html.name}: prints to {pages} A4 pages; at most {MAXIMUM_PAGES} allowed")
                counts.append(f"{form} form ({language}): {pages}")
    print(f"personal report printing: {', '.join(counts)} A4 pages ({time.monotonic() - started:.1f} s)")


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: personal_pages.py PATH-TO-LISO [OUT-FOLDER]")
    main(*sys.argv[1:])
