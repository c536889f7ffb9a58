#!/usr/bin/env bash
# Call shield throughput in process (docs/calls.md): call verdicts per second (the whole engine with the call
# checks), the shield's lookups alone, and call records ingested per second; one thread each (per core).
#   bench/calls.sh [JMH options]     (default: -f 1 -wi 3 -i 5 -w 2s -r 2s -t 1)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=../.mvn/find-jdk.sh
. .mvn/find-jdk.sh
./mvnw -q -B -DskipTests -pl bench -am package >&2
opts=("$@")
[ ${#opts[@]} -gt 0 ] || opts=(-f 1 -wi 3 -i 5 -w 2s -r 2s -t 1)
"$JAVA_HOME/bin/java" -jar bench/target/benchmarks.jar 'org.quietline.bench.calls.(CallScreening|CdrIngest)Benchmark' "${opts[@]}" \
    | grep -E '^(Benchmark|CallScreening|CdrIngest)'
