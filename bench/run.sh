#!/usr/bin/env bash
# Builds the benchmark's two programs and runs it: writ's access-log scan
# against ripgrep and DuckDB on a generated 20-million-line JSONL log.
# See README.md. Usage: bench/run.sh [logbench run flags, e.g. -reps 5]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=/tmp/writ-bench
mkdir -p "$dir"
command -v rg >/dev/null || { echo "ripgrep is missing: apt-get install -y ripgrep" >&2; exit 1; }
go build -o "$dir/logbench" ./bench/logbench
(cd bench/duckdb && go build -o "$dir/duckdb-scan" .)
exec "$dir/logbench" run -dir "$dir" -duckdb "$dir/duckdb-scan" "$@"
