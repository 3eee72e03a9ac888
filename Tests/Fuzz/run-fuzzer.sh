#!/usr/bin/env bash
# Builds a libFuzzer target and runs it.
#   Tests/Fuzz/run-fuzzer.sh [csv|workbook] [SECONDS] [extra libFuzzer options...]
# csv (the default) fuzzes the CSV reader, workbook the workbook reader (ZIP, inflate, XML, cells).
# The sources are compiled directly with the entry file (no SwiftPM target). The CSV seeds are
# Fixtures/CSV and, when present, ../shared/conformance/csv-spectrum; the workbook seeds are the
# workbooks of Fixtures/Workbooks, their XML parts and the DEFLATE corpus.
# Findings are written to .build/fuzz/<target>/findings; the script fails when there is one. Keep
# each as a regression seed in Tests/Fuzz/Regressions (CSV) or Tests/Fuzz/WorkbookRegressions.
set -euo pipefail
cd "$(dirname "$0")/../.."
target=csv
if [ "${1:-}" = csv ] || [ "${1:-}" = workbook ]; then
    target=$1
    shift
fi
seconds="${1:-600}"
shift || true
out=.build/fuzz/$target
mkdir -p "$out/corpus" "$out/findings"

if [ "$target" = csv ]; then
    sources=(
        Sources/LISO/Input/CSVRecord.swift
        Sources/LISO/Input/CSVDialect.swift
        Sources/LISO/Input/CSVReader*.swift
        Sources/LISO/Input/TextEncoding*.swift
        Sources/LISO/Diagnostics/*.swift
        Sources/LISO/Framework/CountedWord.swift
        Sources/LISO/Framework/LocalizedText.swift
        Sources/LISO/Framework/Language.swift
        Tests/Fuzz/CSVReaderFuzzEntry.swift
    )
    maxlen=4096
else
    sources=(
        Sources/LISO/Input/CSVRecord.swift
        Sources/LISO/Input/CSVReaderByteSource.swift
        Sources/LISO/Input/TextEncoding*.swift
        Sources/LISO/Input/Workbook/*.swift
        Sources/LISO/Diagnostics/*.swift
        Sources/LISO/Framework/CountedWord.swift
        Sources/LISO/Framework/LocalizedText.swift
        Sources/LISO/Framework/Language.swift
        Tests/LISOTests/Input/Workbook/NaiveInflater.swift
        Tests/Fuzz/WorkbookReaderFuzzEntry.swift
    )
    maxlen=65536
fi
swiftc -sanitize=fuzzer,address -parse-as-library -O -g -module-name LISO -package-name liso \
    -swift-version 6 "${sources[@]}" -o "$out/fuzzer"

if [ "$target" = csv ]; then
    # Seeds: each file once with every control byte that matters (delimiter choice, small limits).
    for file in Fixtures/CSV/*.csv ../shared/conformance/csv-spectrum/csvs/*.csv \
        ../shared/conformance/csv-spectrum/unmerged-prs/csvs/*.csv; do
        [ -f "$file" ] || continue
        name=$(basename "$file" .csv)
        for control in 00 05 1a 3f; do
            { printf "\\x$control"; cat "$file"; } > "$out/corpus/$name-$control"
        done
    done
    # Inputs that once found a fault (the first byte is the control byte).
    cp Tests/Fuzz/Regressions/* "$out/corpus/"
    printf '\x00a,"b\nc' > "$out/corpus/unterminated"
    printf '\x04a,b\x00c\n' > "$out/corpus/nul"
    printf '\x08\xef\xbb\xbfa;b\r\n"x""y";2\r' > "$out/corpus/bom-cr"
    printf '\x10\xff\xfea\x00,\x00b\x00\n\x00' > "$out/corpus/utf16"
else
    # Seeds: whole workbooks (mode 0), their sheets, shared strings and styles (modes 1 to 3),
    # the DEFLATE corpus (mode 4) and the other kinds of file (mode 5), each with small and
    # large pieces and limits; then the inputs that once found a fault.
    python3 - "$out/corpus" <<'PYTHON'
import base64, glob, json, os, sys, zipfile
corpus = sys.argv[1]
def seed(name, mode, data):
    for high in (0x00, 0x38, 0xF0):
        with open(os.path.join(corpus, f"{name}-{mode:x}{high:02x}"), "wb") as file:
            file.write(bytes([mode | high]) + data)
files = glob.glob("Fixtures/Workbooks/**/*.xlsx", recursive=True)
for path in files:
    name = os.path.relpath(path, "Fixtures/Workbooks").replace("/", "-")
    with open(path, "rb") as file:
        seed(name, 0, file.read())
    try:
        archive = zipfile.ZipFile(path)
        for part, mode in (("xl/worksheets/sheet1.xml", 1), ("xl/sharedStrings.xml", 2), ("xl/styles.xml", 3)):
            if part in archive.namelist():
                seed(name + "-" + os.path.basename(part), mode, archive.read(part))
    except Exception:
        pass
cases = json.load(open("Fixtures/Workbooks/deflate-corpus.json"))["cases"]
for number, case in enumerate(cases[::4]):
    seed(f"deflate-{number}", 4, base64.b64decode(case["deflate"]))
for path in glob.glob("Fixtures/Workbooks/kinds/*"):
    with open(path, "rb") as file:
        seed("kind-" + os.path.basename(path), 5, file.read())
PYTHON
    find Tests/Fuzz/WorkbookRegressions -type f -exec cp {} "$out/corpus/" \;
fi

# The Swift runtime's backtracer reads memory that AddressSanitizer then reports; libFuzzer's
# own report is enough.
SWIFT_BACKTRACE=enable=no "$out/fuzzer" "$out/corpus" -max_total_time="$seconds" -max_len="$maxlen" \
    -artifact_prefix="$out/findings/" -print_final_stats=1 "$@"
