#!/usr/bin/env bash
# Opt-out figures of docs/optout.md in one run: scrub throughput in process (JMH), MO -> enforced latency in
# process under a steady screening load (the shipped engine, in-memory ledger), and the same over loopback HTTP
# against a real platform started here on a fresh embedded H2 file database, and on a fresh PostgreSQL database
# when QUIETLINE_BENCH_POSTGRES=host:port is set (user postgres, trust auth; the database is dropped after).
#   bench/optout.sh [seconds=15] [in-process screenings/s=20000] [HTTP screenings/s=200]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=../.mvn/find-jdk.sh
. .mvn/find-jdk.sh
seconds=${1:-15}
rate=${2:-20000}
http_rate=${3:-200}
java="$JAVA_HOME/bin/java"
./mvnw -q -B -DskipTests package >&2
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $("$java" -version 2>&1 | head -n 1)"

echo "== scrub: 100k-number batches against 200k ledgers (JMH; one op = one number scrubbed, so ops/s = numbers/s)"
"$java" -jar bench/target/benchmarks.jar ScrubBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s | grep -E '^(Benchmark|Scrub)'

echo "== MO -> enforced, in process"
"$java" -cp bench/target/benchmarks.jar org.quietline.bench.optout.MoLatency "$seconds" "$rate"

key=bench-key-0123456789abcdef
# shellcheck source=serve.sh
. bench/serve.sh
over_http() {   # $1: what, then env assignments for the platform
    local what=$1; shift
    local port home pid
    port=$(( 20000 + RANDOM % 20000 ))
    home=$(mktemp -d)
    start_serve "$port" "$home" "$@"
    echo "== MO -> enforced over loopback HTTP, $what (after a warm-up run of the same length)"
    "$java" -cp bench/target/benchmarks.jar org.quietline.bench.optout.MoLatencyHttp "http://127.0.0.1:$port" \
        "$key" "$seconds" "$http_rate" 2 > /dev/null || true
    "$java" -cp bench/target/benchmarks.jar org.quietline.bench.optout.MoLatencyHttp "http://127.0.0.1:$port" \
        "$key" "$seconds" "$http_rate" 2 || true
    kill "$pid"; wait "$pid" 2>/dev/null || true
    rm -rf "$home"
}
over_http "embedded H2 file database"
if [ -n "${QUIETLINE_BENCH_POSTGRES:-}" ]; then
    pg_host=${QUIETLINE_BENCH_POSTGRES%:*} pg_port=${QUIETLINE_BENCH_POSTGRES##*:} db=quietline_bench_$$
    psql -q -h "$pg_host" -p "$pg_port" -U postgres -d postgres -c "CREATE DATABASE $db"
    over_http "PostgreSQL" QUIETLINE_DB_URL="jdbc:postgresql://$pg_host:$pg_port/$db" QUIETLINE_DB_USER=postgres \
        QUIETLINE_DB_PASSWORD=
    psql -q -h "$pg_host" -p "$pg_port" -U postgres -d postgres -c "DROP DATABASE $db"
fi
