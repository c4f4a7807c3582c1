#!/usr/bin/env bash
# Runs the benchmarks: benchmarks/run.sh [quick|full]  (default quick; quick takes under 5 minutes on 2 cores).
# Builds what it needs with the Maven reactor (nothing is installed into ~/.m2), checks the boto 2.49 baseline,
# then prints a markdown table of every figure followed by one "RATIO <name> <value>" line per comparison.
# The same output is kept in benchmarks/target/benchmark-report.txt.
set -euo pipefail
mode="${1:-quick}"
case "$mode" in
  quick|full) ;;
  *) echo "usage: $0 [quick|full]" >&2; exit 2 ;;
esac
cd "$(dirname "$0")/.."

if /usr/bin/python3 -c 'import boto' >/dev/null 2>&1; then
  echo "boto baseline: $(/usr/bin/python3 -c 'import boto; print("boto", boto.__version__)') on /usr/bin/python3" >&2
else
  echo "WARNING: /usr/bin/python3 cannot import boto: the boto 2.49 baseline will be SKIPPED" >&2
  echo "         (install it with: apt-get install python3-boto)" >&2
fi

echo "building benchmarks/target/benchmarks.jar ..." >&2
if ! mvn -B -q -o -pl benchmarks -am package -Dmaven.test.skip=true >&2; then
  mvn -B -q -pl benchmarks -am package -Dmaven.test.skip=true >&2
fi

mkdir -p benchmarks/target
java -Xms512m -Xmx2g -Dbenchmarks.python=benchmarks/src/main/python \
  -jar benchmarks/target/benchmarks.jar "$mode" | tee benchmarks/target/benchmark-report.txt
