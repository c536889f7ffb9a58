#!/usr/bin/env bash
# Quietline's classifier side by side with scikit-learn (TF-IDF over character 1-3 grams + LinearSVC) on the
# same split of the public corpora: both train on the same rows (the 80% "train" part of the three labelled
# files under split seed SEED), both are measured on the same held-back 20%, both pinned to the same single
# CPU, so that messages per second are per core. Prints accuracy, MCC and messages/s for both, and the ratio.
#
#   bench/classifier-vs-sklearn.sh [SECONDS] [SEED] [CPU]     (defaults: 10 s of timing, seed 1, CPU 1)
#
# Needs Debian's python3-sklearn (apt-get install -y python3-sklearn; it imports only in /usr/bin/python3)
# and the corpora in ../shared/data.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-10}
seed=${2:-1}
cpu=${3:-1}
data="${QUIETLINE_DATA:-$root/../shared/data}"
files=("$data/cn-sms-mudou/train.tsv" "$data/uci-sms-spam/train.tsv" "$data/cn-sms-80w/sample.tsv")
out="$root/bench/out"
mkdir -p "$out"
/usr/bin/python3 -c 'import sklearn' 2>/dev/null || { echo "needs Debian's python3-sklearn: apt-get install -y python3-sklearn" >&2; exit 1; }
[ -f "${files[0]}" ] || { echo "no corpora at $data (set QUIETLINE_DATA)" >&2; exit 1; }

cd "$root"
./quietline help >/dev/null   # builds the launcher's jar when the sources changed, outside the timed runs
echo "== Quietline: train on split train (seed $seed), same rows as scikit-learn" >&2
./quietline train --input "${files[@]}" --split train --seed "$seed" --out "$out/same-rows.model" 2>/dev/null >&2
echo "== Quietline: eval on split test, pinned to CPU $cpu" >&2
taskset -c "$cpu" ./quietline eval --input "${files[@]}" --split test --seed "$seed" --model "$out/same-rows.model" \
    --time "$seconds" > "$out/quietline-eval.txt"
echo "== Quietline shipped model (trained on the same rows plus category-only sets): eval on split test" >&2
./quietline eval --input "${files[@]}" --split test --seed "$seed" > "$out/shipped-eval.txt"
echo "== scikit-learn: train and eval, pinned to CPU $cpu" >&2
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 taskset -c "$cpu" /usr/bin/python3 \
    bench/sklearn_peer.py --input "${files[@]}" --seed "$seed" --seconds "$seconds" > "$out/sklearn.txt"

field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" "$2" | head -n 1; }
ql_all=$(grep '^all ' "$out/quietline-eval.txt")
shipped_all=$(grep '^all ' "$out/shipped-eval.txt")
sk_all=$(grep 'file=ALL' "$out/sklearn.txt")
ql_rate=$(field per_second "$out/quietline-eval.txt")
sk_rate=$(field per_second "$out/sklearn.txt")
ql_cpu=$(field per_cpu_second "$out/quietline-eval.txt")
sk_cpu=$(field per_cpu_second "$out/sklearn.txt")

echo
echo "split: test part of seed $seed ($(echo "$ql_all" | awk '{print $2}') messages), CPU $cpu, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
row='%-34s %9s %8s %8s %14s %14s\n'
printf "$row" "" accuracy MCC "spam F1" "msg/s (wall)" "msg/CPU-s"
printf "$row" "Quietline (same rows)" $(echo "$ql_all" | awk '{print $3, $4, $5}') "$ql_rate" "$ql_cpu"
printf "$row" "scikit-learn TF-IDF + LinearSVC" "$(echo "$sk_all" | sed 's/.*accuracy=\([^ ]*\).*/\1/')" \
    "$(echo "$sk_all" | sed 's/.*mcc=\([^ ]*\).*/\1/')" "$(echo "$sk_all" | sed 's/.*spam_f1=\([^ ]*\).*/\1/')" "$sk_rate" "$sk_cpu"
printf "$row" "Quietline shipped model" $(echo "$shipped_all" | awk '{print $3, $4, $5}') "-" "-"
echo "throughput ratio Quietline / scikit-learn: $(awk -v a="$ql_rate" -v b="$sk_rate" 'BEGIN { printf "%.0fx", a / b }') by wall clock," \
    "$(awk -v a="$ql_cpu" -v b="$sk_cpu" 'BEGIN { printf "%.0fx", a / b }') by CPU time"
echo "details: $out/quietline-eval.txt, $out/sklearn.txt, $out/shipped-eval.txt"
