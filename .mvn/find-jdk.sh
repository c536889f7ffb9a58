# Finds a JDK of version 21 or newer and exports JAVA_HOME to it (sourced by ./mvnw and ./quietline).
# Order: a JAVA_HOME that is already new enough; then the newest JDK in the usual install places
# (Temurin 25 is the reference); then `java` on PATH. The machine's default java may be older.
# POSIX sh, no bashisms: mvnw runs under /bin/sh.

quietline_jdk_major() {
  # prints the feature version of the JDK at $1, or nothing
  if [ -r "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" | head -n 1
  elif [ -x "$1/bin/java" ]; then
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1
  fi
}

quietline_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(quietline_jdk_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then return 0; fi
  fi
  best=""
  bestv=0
  # mvnw runs with `set -f`; the search needs globbing.
  case $- in *f*) quietline_noglob=1; set +f ;; *) quietline_noglob=0 ;; esac
  for d in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
           /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$d/bin/javac" ] || continue
    v=$(quietline_jdk_major "$d")
    [ -n "$v" ] || continue
    if [ "$v" -ge 21 ] && [ "$v" -gt "$bestv" ]; then best=$d; bestv=$v; fi
  done
  [ "$quietline_noglob" = 1 ] && set -f
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    d=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    v=$(quietline_jdk_major "$d")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then best=$d; fi
  fi
  if [ -z "$best" ]; then
    echo "Quietline needs a JDK 21 or newer (Temurin 25 is the reference) and found none." >&2
    echo "Install one (for example Temurin 25 under /usr/lib/jvm) or set JAVA_HOME to it." >&2
    return 1
  fi
  JAVA_HOME=$best
  export JAVA_HOME
}

quietline_find_jdk || exit 1
