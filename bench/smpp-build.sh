# Sourced by the SMPP bench scripts: from the checkout's root, with the JDK and the JVM options Quietline runs
# with (QUIETLINE_DEFAULT_JAVA_OPTS, ADR 0118), builds core, smpp and bench (-am: the bench must shade this
# checkout's smpp and core, not whatever another build installed). Expects $root.
cd "$root"
# shellcheck source=../.mvn/find-jdk.sh
. .mvn/find-jdk.sh
# shellcheck source=../.mvn/java-opts.sh
. .mvn/java-opts.sh
./mvnw -q -B -DskipTests -pl core,smpp,bench -am package >&2
