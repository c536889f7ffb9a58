# Sourced by the bench scripts that run `quietline serve`: starts it and waits until it answers.
#   start_serve PORT HOME [VAR=value ...]   (needs $java and $key; sets $pid; the log is HOME/serve.log)
# shellcheck source=../.mvn/java-opts.sh
. .mvn/java-opts.sh # as the launcher runs it
start_serve() {
    local port=$1 home=$2
    shift 2
    # shellcheck disable=SC2086
    env "$@" QUIETLINE_HOME="$home" SERVER_PORT="$port" QUIETLINE_BOOTSTRAP_API_KEY="$key" \
        "$java" $QUIETLINE_DEFAULT_JAVA_OPTS -jar server/target/quietline.jar serve > "$home/serve.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 120); do
        curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null 2>&1 && return 0
        kill -0 "$pid" 2>/dev/null || { echo "platform did not start: $home/serve.log" >&2; return 1; }
        sleep 0.5
    done
    echo "platform did not answer within a minute: $home/serve.log" >&2
    return 1
}
