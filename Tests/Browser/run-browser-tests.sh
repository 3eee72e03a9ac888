#!/usr/bin/env bash
# The browser tests: the HTML questionnaire filled in, saved and scored in headless Chromium,
# the example's HTML report printed to A4 PDF with its pages counted, and the meeting report
# printed with at most two A4 pages per network, and the personal report of a self-evaluation
# printed with at most two.
#
# Usage (from the package root): bash Tests/Browser/run-browser-tests.sh PATH-TO-LISO
#
# Builds nothing. Needs python3 (standard library only) and Debian's chromium and
# chromium-driver; when they are missing it installs them with apt-get (as root), and only when
# that is impossible does it print the reason and skip (exit 0).
set -euo pipefail
cd "$(dirname "$0")/../.."

liso="${1:?usage: run-browser-tests.sh PATH-TO-LISO}"
[ -x "$liso" ] || { echo "run-browser-tests: '$liso' is not an executable liso" >&2; exit 64; }

skip() { echo "skipped: the browser tests need $1"; exit 0; }

command -v python3 >/dev/null || skip "python3, which is not installed"
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    [ "$(id -u)" = 0 ] || skip "chromium and chromium-driver; not root, so they cannot be installed"
    command -v apt-get >/dev/null || skip "chromium and chromium-driver; there is no apt-get to install them"
    echo "installing chromium and chromium-driver with apt-get"
    log=$(mktemp)
    if ! { DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver \
            || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
                chromium chromium-driver; }; } >"$log" 2>&1; then
        reason=$(grep -E '^(E|W):' "$log" | tail -n 1)
        rm -f "$log"
        skip "chromium and chromium-driver, and apt-get could not install them (${reason:-see apt-get})"
    fi
    rm -f "$log"
fi

python3 Tests/Browser/questionnaire_roundtrip.py "$liso"
python3 Tests/Browser/report_pages.py "$liso"
python3 Tests/Browser/meeting_pages.py "$liso"
python3 Tests/Browser/personal_pages.py "$liso"
