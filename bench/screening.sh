#!/usr/bin/env bash
# Screening throughput of docs/screening.md in one run, with the shipped model, one thread (so per core):
#   messages classified per second (the shipped classifier alone), verdicts per second (full screening with
#   the shipped classifier and every first check: everything), and verdicts per second of the engine and its
#   checks alone (a precomputed classification per text), on the built-in message mix and on lines of the
#   public corpora (skipped when ../shared/data is absent); first by thread CPU time (steady on a shared
#   machine), then by JMH (the reference on a quiet one). Prints the machine and its load before and after.
#   bench/screening.sh [cpu|jmh|all=all] [rounds=5] [per-round=1000000]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=../.mvn/find-jdk.sh
. .mvn/find-jdk.sh
what=${1:-all}
rounds=${2:-5}
per_round=${3:-1000000}
java="$JAVA_HOME/bin/java"
shared="$root/../shared"
./mvnw -q -B -DskipTests -pl bench -am package >&2
load() { echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"; }
echo "machine: $(lscpu | sed -n 's/^Model name: *//p' | head -n 1), $(nproc) cores," \
     "L2 $(lscpu | sed -n 's/^L2 cache: *//p'), L3 $(lscpu | sed -n 's/^L3 cache: *//p'); $("$java" -version 2>&1 | head -n 1)"
echo "before: $(load)"
sets=(builtin)
if [ -d "$shared/data" ]; then sets+=(corpus); else echo "corpus: skipped (no $shared/data)"; fi

if [ "$what" != jmh ]; then
    echo "== by thread CPU time, a JVM per line (-Xms1g -Xmx1g): classify = the classifier alone, screen = full screening"
    echo "   with the shipped classifier, engine = full screening with a precomputed classification per text"
    for set in "${sets[@]}"; do
        for workload in classify screen engine; do
            "$java" -Xms1g -Xmx1g -Dquietline.shared.dir="$shared" -cp bench/target/benchmarks.jar \
                org.quietline.bench.screening.ScreeningCpuTime "$set" "$workload" "$rounds" "$per_round" | grep -v '^#'
        done
    done
    echo "after CPU-time runs: $(load)"
fi
if [ "$what" != cpu ]; then
    # the forks inherit -Dquietline.shared.dir; the benchmarks' own -Xms1g -Xmx1g stay
    echo "== JMH, one thread, 1 fork, 3 x 2 s warm-up, 5 x 2 s measurement (ops/s = messages or verdicts per second)"
    "$java" -Dquietline.shared.dir="$shared" -jar bench/target/benchmarks.jar \
        'org.quietline.bench.screening.(Screening|Classification)Benchmark' \
        -p messages="$(IFS=,; echo "${sets[*]}")" -p classifier=shipped,stand-in -t 1 -f 1 -wi 3 -i 5 -w 2s -r 2s \
        | grep -E '^(Benchmark|Screening|Classification)'
    echo "after JMH: $(load)"
fi
