#!/usr/bin/env bash
# Builds the DocC catalog for the LISO library into .build/docs; warnings are errors.
set -euo pipefail
cd "$(dirname "$0")/.."
graphs=.build/symbol-graphs
mkdir -p "$graphs"
swift build --target LISO -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$graphs" \
    -Xswiftc -symbol-graph-minimum-access-level -Xswiftc public >/dev/null
docc convert DocsSource/LISO.docc \
    --additional-symbol-graph-dir "$graphs" \
    --fallback-display-name LISO \
    --fallback-bundle-identifier org.liso.LISO \
    --output-path .build/docs \
    --warnings-as-errors
echo "documentation written to .build/docs"
