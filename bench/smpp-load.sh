#!/usr/bin/env bash
# SMPP firewall load (docs/smpp.md, "Load benchmark"): ESME load generator -> {direct | plain jSMPP relay |
# pass-through relay | unscreened firewall | Quietline firewall} -> jSMPP's SMSC simulator (a child JVM), in one
# process tree. Prints the sustained rate and CPU per submit_sm of each path, p50/p99 at a fixed offered rate, the
# ratios and the goals.
#   [BENCH_ROUNDS=2] bench/smpp-load.sh [seconds=10] [rate=20000] [connections=4] [window=64] [budgetMs=0] [paths]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=smpp-build.sh
. "$root/bench/smpp-build.sh"
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(10 20000 4 64 0)
# shellcheck disable=SC2086
exec "$JAVA_HOME/bin/java" $QUIETLINE_DEFAULT_JAVA_OPTS -Dbench.rounds="${BENCH_ROUNDS:-2}" -cp bench/target/benchmarks.jar org.quietline.bench.smpp.FirewallLoad "${args[@]}"
