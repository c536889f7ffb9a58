#!/usr/bin/env bash
# Trains the shipped classifier model again with the command recorded in its provenance file and records
# the new SHA-256 there. Run from anywhere, with the public corpora in ../shared/data; commit both files.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
provenance="$root/core/src/main/resources/org/quietline/classify/sms-linear.model.provenance"
command=$(sed -n 's/^command\t//p' "$provenance")
cd "$root"
output=$(eval "$command")
echo "$output"
sha=$(echo "$output" | sed -n 's/.*sha256 \([0-9a-f]*\)).*/\1/p')
[ -n "$sha" ] || { echo "no sha256 in the output of train" >&2; exit 1; }
sed -i "s/^sha256\t.*/sha256\t$sha/" "$provenance"
echo "recorded sha256 $sha in $provenance"
