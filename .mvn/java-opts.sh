# The JVM options Quietline runs with (ADR 0118), for the launcher and for the benchmarks that run the firewall in
# their own JVM, so that they measure it as served. QUIETLINE_JAVA_OPTS comes after them and can override any.
# Sets QUIETLINE_DEFAULT_JAVA_OPTS.
QUIETLINE_DEFAULT_JAVA_OPTS=""
# The heap on transparent huge pages where the kernel gives them to a process that asks (madvise; with "always" it
# needs no asking, and with "never" the JVM would only print a warning): the firewall's per-subscriber tables are
# large arrays read at random, and with 4 KB pages most of those reads miss the TLB as well as the cache.
if grep -q '\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null; then
  QUIETLINE_DEFAULT_JAVA_OPTS="-XX:+UseTransparentHugePages"
fi
