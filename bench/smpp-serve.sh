#!/usr/bin/env bash
# The SMPP firewall as `quietline serve` runs it, database and audit log included (docs/smpp.md, "Served"): starts
# jSMPP's SMSC simulator and the platform on a fresh embedded H2 file database (and on a fresh PostgreSQL database
# when QUIETLINE_BENCH_POSTGRES=host:port is set; user postgres, trust auth; dropped after), then the load
# benchmark's traffic from 4 ESME connections through it, closed loop; prints the sustained rate and how many
# verdicts the audit log holds.
#   bench/smpp-serve.sh [seconds=10]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=../.mvn/find-jdk.sh
. .mvn/find-jdk.sh
seconds=${1:-10}
java="$JAVA_HOME/bin/java"
./mvnw -q -B -DskipTests package >&2
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $("$java" -version 2>&1 | head -n 1)"
key=bench-key-0123456789abcdef
# shellcheck source=serve.sh
. bench/serve.sh

smsc_port=$(( 20000 + RANDOM % 20000 ))
"$java" -Xmx512m -Djsmpp.simulator.port="$smsc_port" -cp bench/target/benchmarks.jar org.jsmpp.examples.SMPPServerSimulator \
    > /dev/null 2>&1 &
smsc=$!
trap 'kill $smsc 2>/dev/null || true' EXIT

served() {   # $1: what, then env assignments for the platform
    local what=$1; shift
    local port smpp_port home pid
    port=$(( 20000 + RANDOM % 20000 ))
    smpp_port=$(( port + 1 ))
    home=$(mktemp -d)
    start_serve "$port" "$home" "$@" QUIETLINE_SMPP_PORT="$smpp_port" QUIETLINE_SMSC="127.0.0.1:$smsc_port" \
        QUIETLINE_SMSC_SYSTEM_ID=j QUIETLINE_SMSC_PASSWORD=jpwd QUIETLINE_SMSC_ID_FORM=HEX_THEN_DECIMAL \
        QUIETLINE_BOOTSTRAP_ESME=bench:pw:1000000
    sleep 2 # the firewall binds to the SMSC in the background
    echo "== the served firewall, $what"
    "$java" -cp bench/target/benchmarks.jar org.quietline.bench.smpp.ServedFirewallLoad "$smpp_port" bench pw "$seconds"
    sleep 2
    curl -sf -H "Authorization: Bearer $key" "http://127.0.0.1:$port/actuator/prometheus" \
        | grep -E '^quietline_smpp_audit_(dropped_total|queued)' | sed 's/^/metrics after the runs: /' || true
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    rm -rf "$home"
}

served "embedded H2 file database"
if [ -n "${QUIETLINE_BENCH_POSTGRES:-}" ]; then
    db=quietline_bench_$$
    host=${QUIETLINE_BENCH_POSTGRES%:*}
    pgport=${QUIETLINE_BENCH_POSTGRES#*:}
    psql -h "$host" -p "$pgport" -U postgres -qc "create database $db" postgres
    served "PostgreSQL" QUIETLINE_DB_URL="jdbc:postgresql://$QUIETLINE_BENCH_POSTGRES/$db?reWriteBatchedInserts=true" QUIETLINE_DB_USER=postgres QUIETLINE_DB_PASSWORD=
    psql -h "$host" -p "$pgport" -U postgres -qc "drop database $db" postgres
fi
