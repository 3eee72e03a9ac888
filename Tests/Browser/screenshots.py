"""Screenshots of the HTML questionnaire, to look at: the first screen and the whole page at
phone width (360 px) and laptop width (1280 px), blank and partly filled in.

Usage: python3 Tests/Browser/screenshots.py PATH-TO-LISO OUT-FOLDER [nl|en] [full|short]
"""

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chromium import Browser  # noqa: E402


def main(binary, folder, language="nl", form="short"):
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="liso-screens-") as work:
        page = Path(work) / "vragenlijst.html"
        subprocess.run(
            [binary, "questionnaire", "--format", "html", "--form", form, "--lang", language,
             "--network", "Focus op vaderschap", "--output", str(page)],
            check=True,
        )
        for width, height in ((360, 800), (1280, 900)):
            with Browser(width=width, height=height, downloads=Path(work)) as browser:
                browser.open(page)
                stem = f"questionnaire-{language}-{form}-{width}"
                browser.screenshot(out / f"{stem}-top.png")
                browser.screenshot(out / f"{stem}-full.png", full_page=True)
                browser.run("document.getElementById('background-heading').scrollIntoView()")
                browser.screenshot(out / f"{stem}-background.png")
                browser.click('input[name="perspective"][value="practice"] + span')
                browser.click('input[name="role"][value="member"] + span')
                for item, value in (("cc-1", "4"), ("cc-4", "2"), ("ln-1", "Weet niet / niet van toepassing")):
                    browser.click(f'input[name="{item}"][value="{value}"] + span')
                browser.type_into('input[name="ln-3"][value="1"]', "space", "right", "right")
                browser.run("document.querySelector('fieldset[data-item=\"ln-3\"]').scrollIntoView({block: 'center'})")
                browser.screenshot(out / f"{stem}-answering.png")
                browser.click("button[type=submit]")
                browser.run("document.querySelector('.save').scrollIntoView({block: 'center'})")
                browser.screenshot(out / f"{stem}-saved.png")
    print(f"screenshots written to {out}")


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4, 5):
        sys.exit("usage: screenshots.py PATH-TO-LISO OUT-FOLDER [nl|en] [full|short]")
    main(*sys.argv[1:])
