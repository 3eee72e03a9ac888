"""Prints today's HTML report of the bundled example to PDF on A4 with headless Chromium and
checks its page count: the harness the meeting report's "at most two A4 pages per network"
check builds on.

Usage: python3 Tests/Browser/report_pages.py PATH-TO-LISO [OUT.pdf]

Builds nothing; run from the package root. Exits non-zero when the report does not print to
more than one page (the full report has every table, so one page means printing went wrong).
"""

import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chromium import print_pages  # noqa: E402

EXAMPLE = Path("Fixtures/Exports/example-leernetwerken.csv")


def main(binary, pdf=None):
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="liso-report-") as work:
        report = Path(work) / "rapport.html"
        made = subprocess.run(
            [binary, "score", str(EXAMPLE), "--format", "html", "--lang", "nl", "--output", str(report)],
            capture_output=True, text=True, timeout=60,
        )
        if made.returncode != 0:
            sys.exit(f"liso score failed ({made.returncode}): {made.stderr}")
        pages = print_pages(report, pdf)
    if pages <= 1:
        sys.exit(f"the example's HTML report printed to {pages} A4 page(s); expected more than one")
    print(f"report printing: the example's HTML report is {pages} A4 pages ({time.monotonic() - started:.1f} s)")


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: report_pages.py PATH-TO-LISO [OUT.pdf]")
    main(*sys.argv[1:])
