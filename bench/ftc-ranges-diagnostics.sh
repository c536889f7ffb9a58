#!/usr/bin/env bash
# What limits the range forecast (docs/calls.md): on the validation splits only, the share caught as the
# budget grows, per range size what the forecast expected of its choice against what it caught, neighbour
# spoofing and how spread the new numbers' exchanges are, the yield of unreported blocks under busy ones.
# Usage: bench/ftc-ranges-diagnostics.sh [path/to/complaints-2020.csv.gz]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
data=${1:-"$root/../shared/data/ftc-dnc-complaints/complaints-2020.csv.gz"}
[ -r "$data" ] || { echo "ftc-ranges-diagnostics: cannot read $data" >&2; exit 2; }
# shellcheck source=../.mvn/find-jdk.sh
. .mvn/find-jdk.sh
./mvnw -q -B -DskipTests -pl bench -am package >&2
"$JAVA_HOME/bin/java" -Xmx4g -cp bench/target/benchmarks.jar org.quietline.bench.ranges.RangeForecastDiagnostics "$data" \
    2020-06-30:2020-09-30 2020-07-31:2020-09-30 2020-08-31:2020-09-30
