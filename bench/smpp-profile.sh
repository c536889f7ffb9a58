#!/usr/bin/env bash
# Where the SMPP load benchmark's CPU goes in its own JVM (generator and proxy; the SMSC simulator is not profiled),
# per path and measurement (docs/smpp.md, "Load benchmark"): runs
# FirewallLoad under async-profiler (CPU samples with kernel frames, fetched from Maven Central into
# bench/target/profiler) and prints, for each measurement, microseconds of CPU per submit_sm by where they are
# spent: the generator, the JIT, the collector, screening, and the rest by the proxy's frame that called the kernel
# or runs Java. The profiler slows every path; compare paths within one run, never with smpp-load.sh's figures.
#   bench/smpp-profile.sh [seconds=10] [rate=20000] [connections=4] [window=64] [budgetMs=0] [paths=unscreened,firewall]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=smpp-build.sh
. "$root/bench/smpp-build.sh"
dir=bench/target/profiler
version=4.1
lib="$dir/linux-x64/libasyncProfiler.so"
if [ ! -f "$lib" ]; then
  mkdir -p "$dir"
  ./mvnw -q -B dependency:copy -Dartifact="tools.profiler:async-profiler:$version:jar" -DoutputDirectory="$dir" >&2
  (cd "$dir" && "$JAVA_HOME/bin/jar" xf "async-profiler-$version.jar" linux-x64/libasyncProfiler.so)
fi
# every argument left out takes its default, the paths included (FirewallLoad's own default is all five)
defaults=(10 20000 4 64 0 unscreened,firewall)
args=("$@")
for i in "${!defaults[@]}"; do
  args[i]=${args[i]:-${defaults[i]}}
done
interval_us=500
out="$dir/run-$(date -u +%Y%m%dT%H%M%S)"
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" $QUIETLINE_DEFAULT_JAVA_OPTS -Dbench.marks=true \
  "-agentpath:$root/$lib=start,event=cpu,interval=${interval_us}us,cstack=vm,file=$root/$out.jfr" \
  -cp bench/target/benchmarks.jar org.quietline.bench.smpp.FirewallLoad "${args[@]}" | tee "$out.txt"
"$JAVA_HOME/bin/jfr" print -J-Duser.timezone=UTC --events jdk.ExecutionSample --stack-depth 96 "$out.jfr" > "$out.samples"
python3 bench/smpp-profile-breakdown.py "$out.samples" "$out.txt" "$interval_us"
