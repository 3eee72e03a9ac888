"""Headless Chromium for liso's browser tests, with Python's standard library only.

Speaks the W3C WebDriver protocol to Debian's `chromedriver` over HTTP, and the DevTools
protocol through chromedriver's `goog/cdp/execute` endpoint where WebDriver has no command
(downloads, full-page screenshots, printing to PDF on A4).

    with Browser(width=360, height=800, downloads=folder) as browser:
        browser.open(path)
        browser.click('input[name="cc-1"][value="4"]')
        pages = browser.print_pdf("report.pdf")      # A4, returns the number of pages

`print_pages(html_path)` prints one HTML file to PDF and returns its page count; run this file
as a script (`python3 Tests/Browser/chromium.py FILE.html [OUT.pdf]`) to print the count.
"""

import base64
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

# WebDriver key codes.
KEYS = {
    "tab": "\ue004",
    "space": "\ue00d",
    "left": "\ue012",
    "up": "\ue013",
    "right": "\ue014",
    "down": "\ue015",
    "end": "\ue010",
    "home": "\ue011",
}

# A4 in inches, as the DevTools protocol measures paper.
A4_INCHES = (8.27, 11.69)

ELEMENT_KEY = "element-6066-11e4-a52e-4f735466cecf"


class Unavailable(Exception):
    """Chromium or chromedriver is not installed; the message says which."""


def find_programs():
    """The paths of the browser and its driver, or Unavailable naming what is missing."""
    browser = next(
        (shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome") if shutil.which(name)),
        None,
    )
    driver = shutil.which("chromedriver")
    missing = [name for name, path in (("chromium", browser), ("chromedriver", driver)) if path is None]
    if missing:
        raise Unavailable("not installed: " + ", ".join(missing))
    return browser, driver


def _browser_binary(launcher):
    """Debian's `chromium` is a shell script; chromedriver needs the real binary beside it."""
    for candidate in ("/usr/lib/chromium/chromium", "/usr/lib/chromium-browser/chromium-browser"):
        if os.access(candidate, os.X_OK):
            return candidate
    return launcher


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class WebDriverError(Exception):
    """A WebDriver command failed; the message holds the driver's error."""


class Browser:
    """One headless Chromium session driven through chromedriver."""

    def __init__(self, width=1280, height=900, downloads=None, timeout=20):
        self.width, self.height, self.downloads, self.timeout = width, height, downloads, timeout
        self.driver_process = None
        self.session = None
        self.base = None
        self.profile = None

    # Life cycle ---------------------------------------------------------------------------

    def __enter__(self):
        launcher, driver = find_programs()
        port = _free_port()
        self.driver_process = subprocess.Popen(
            [driver, f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        self.base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                if self._request("GET", "/status").get("ready"):
                    break
            except (OSError, WebDriverError):
                pass
            if time.monotonic() > deadline:
                self.__exit__(None, None, None)
                raise WebDriverError("chromedriver did not start")
            time.sleep(0.1)
        self.profile = tempfile.mkdtemp(prefix="liso-chromium-")
        arguments = [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--disable-extensions",
            "--hide-scrollbars",
            "--force-device-scale-factor=1",
            "--lang=nl-NL",
            f"--user-data-dir={self.profile}",
            f"--window-size={self.width},{self.height}",
        ]
        options = {"binary": _browser_binary(launcher), "args": arguments}
        if self.downloads:
            options["prefs"] = {
                "download.default_directory": str(self.downloads),
                "download.prompt_for_download": False,
                "download.directory_upgrade": True,
            }
        capabilities = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": options}}}
        answer = self._request("POST", "/session", capabilities)
        self.session = answer["sessionId"]
        if self.downloads:
            self.cdp("Browser.setDownloadBehavior", behavior="allow", downloadPath=str(self.downloads))
        self.resize(self.width, self.height)
        return self

    def __exit__(self, *exception):
        try:
            if self.session:
                self._request("DELETE", f"/session/{self.session}")
        except (OSError, WebDriverError):
            pass
        if self.driver_process:
            self.driver_process.terminate()
            try:
                self.driver_process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.driver_process.kill()
        if self.profile:
            shutil.rmtree(self.profile, ignore_errors=True)
        return False

    # Protocol -----------------------------------------------------------------------------

    def _request(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            self.base + path, data=data, method=method, headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout * 3) as response:
                payload = json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as error:
            payload = json.loads(error.read() or b"{}")
            value = payload.get("value", {})
            raise WebDriverError(f"{method} {path}: {value.get('error')}: {value.get('message', '')[:300]}")
        return payload.get("value", payload)

    def command(self, method, path, body=None):
        """A WebDriver command of this session."""
        return self._request(method, f"/session/{self.session}{path}", body)

    def cdp(self, name, **parameters):
        """A DevTools protocol command, through chromedriver."""
        return self.command("POST", "/goog/cdp/execute", {"cmd": name, "params": parameters})

    # Pages --------------------------------------------------------------------------------

    def open(self, path):
        """Loads a local file."""
        self.command("POST", "/url", {"url": Path(path).resolve().as_uri()})

    def reload(self):
        self.command("POST", "/refresh", {})

    def resize(self, width, height):
        """Sets the viewport (headless: the window) to width × height CSS pixels."""
        self.cdp(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=width < 600,
        )
        self.width, self.height = width, height

    def run(self, script, *arguments):
        """Runs JavaScript (a function body) in the page and returns its result."""
        return self.command("POST", "/execute/sync", {"script": script, "args": list(arguments)})

    def find(self, selector):
        """The first element matching a CSS selector (a WebDriver element reference)."""
        return self.command("POST", "/element", {"using": "css selector", "value": selector})

    def click(self, selector):
        """Clicks the element as a pointer would, after scrolling it to the middle of the view,
        as a person scrolls to what they tap (so no sticky bar covers it)."""
        element = self.find(selector)
        self.run("arguments[0].scrollIntoView({block: 'center'})", element)
        self.command("POST", f"/element/{element[ELEMENT_KEY]}/click", {})

    def type_into(self, selector, *keys):
        """Focuses the element and types the keys (names from KEYS or plain text)."""
        element = self.find(selector)
        text = "".join(KEYS.get(key, key) for key in keys)
        self.command("POST", f"/element/{element[ELEMENT_KEY]}/value", {"text": text})

    def press(self, key, times=1):
        """Presses a key on whatever has the focus."""
        actions = []
        for _ in range(times):
            actions += [{"type": "keyDown", "value": KEYS[key]}, {"type": "keyUp", "value": KEYS[key]}]
        self.command("POST", "/actions", {"actions": [{"type": "key", "id": "keyboard", "actions": actions}]})

    def screenshot(self, path, full_page=False):
        """Saves a PNG of the viewport, or of the whole page."""
        parameters = {"format": "png"}
        if full_page:
            size = self.run("return [document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
            parameters.update(captureBeyondViewport=True, clip={"x": 0, "y": 0, "width": size[0], "height": size[1], "scale": 1})
        data = self.cdp("Page.captureScreenshot", **parameters)["data"]
        Path(path).write_bytes(base64.b64decode(data))

    def print_pdf(self, path=None, landscape=False):
        """Prints the page to PDF on A4 with its backgrounds, as Chromium's print dialog does,
        saves it when `path` is given, and returns the number of pages."""
        width, height = A4_INCHES
        data = self.cdp(
            "Page.printToPDF",
            paperWidth=width,
            paperHeight=height,
            landscape=landscape,
            printBackground=True,
            preferCSSPageSize=False,
            displayHeaderFooter=False,
        )["data"]
        pdf = base64.b64decode(data)
        if path:
            Path(path).write_bytes(pdf)
        return count_pdf_pages(pdf)


def count_pdf_pages(pdf):
    """The number of pages of a PDF: the page objects (`/Type /Page`, not `/Pages`), checked
    against the page tree's `/Count` where Chromium writes it uncompressed."""
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))
    counts = [int(n) for n in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", pdf, re.S)]
    counts += [int(n) for n in re.findall(rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", pdf, re.S)]
    if counts:
        total = max(counts)
        if pages and pages != total:
            raise ValueError(f"PDF page objects ({pages}) and page tree count ({total}) differ")
        return total
    if pages == 0:
        raise ValueError("no pages found in the PDF")
    return pages


def print_pages(html_path, pdf_path=None):
    """Prints an HTML file to PDF on A4 with headless Chromium and returns its page count."""
    with Browser() as browser:
        browser.open(html_path)
        return browser.print_pdf(pdf_path)


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: chromium.py FILE.html [OUT.pdf]   (prints the number of A4 pages)")
    print(print_pages(sys.argv[1], sys.argv[2] if len(sys.argv) == 3 else None))
