#!/usr/bin/env bash
# The side-by-side range measurement on the US FTC Do-Not-Call complaints of 2020 (docs/calls.md).
# Every rule sees the complaints up to the as-of day and flags ranges within a budget of numbers; the table
# gives the share of numbers first reported after that day which fall in the flagged ranges.
#   validation: up to 2020-06-30 -> new numbers of 2020-07-01 .. 2020-09-30 (used to choose the settings)
#   test:       up to 2020-09-30 -> new numbers of 2020-10-01 .. 2020-12-31 (never used to choose anything)
# Usage: bench/ftc-ranges.sh [path/to/complaints-2020.csv.gz]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
data=${1:-"$here/../shared/data/ftc-dnc-complaints/complaints-2020.csv.gz"}
[ -r "$data" ] || { echo "ftc-ranges: cannot read $data" >&2; exit 2; }
echo "== validation split"
"$here/quietline" ranges-compare --reports "$data" --as-of 2020-06-30 --until 2020-09-30 --budgets 1000000,10000000
echo
echo "== test split"
"$here/quietline" ranges-compare --reports "$data" --as-of 2020-09-30 --until 2020-12-31 --budgets 1000000,10000000
