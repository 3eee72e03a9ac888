#!/usr/bin/env bash
# Builds the CSV reader's libFuzzer target and runs it.
#   Tests/Fuzz/run-fuzzer.sh [SECONDS] [extra libFuzzer options...]
# The reader's sources are compiled directly with the entry file (no SwiftPM target); the seed
# corpus is built from Fixtures/CSV and, when present, ../shared/conformance/csv-spectrum.
# Findings are written to .build/fuzz/findings; the script fails when there is one.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-600}"
shift || true
out=.build/fuzz
mkdir -p "$out/corpus" "$out/findings"

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
swiftc -sanitize=fuzzer,address -parse-as-library -O -g -module-name LISO -package-name liso \
    -swift-version 6 "${sources[@]}" -o "$out/csv-reader-fuzzer"

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

# The Swift runtime's backtracer reads memory that AddressSanitizer then reports; libFuzzer's
# own report is enough.
SWIFT_BACKTRACE=enable=no "$out/csv-reader-fuzzer" "$out/corpus" -max_total_time="$seconds" -max_len=4096 \
    -artifact_prefix="$out/findings/" -print_final_stats=1 "$@"
