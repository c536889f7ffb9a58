#!/usr/bin/python3
"""The peer of Quietline's classifier: TF-IDF over character 1-3 grams and a LinearSVC (scikit-learn),
trained and measured on the same split as `./quietline train/eval --split ... --seed N`.

Run with Debian's /usr/bin/python3 (apt-get install python3-sklearn). Prints one line per input file and
one for all of them together, then the throughput of the fitted pipeline on one core, in the same
`key=value` form as bench/classifier-vs-sklearn.sh reads.
"""
import argparse
import math
import os
import sys
import time

MASK64 = (1 << 64) - 1
FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3


def split_of(text, seed):
    """The same function as org.quietline.classify.training.Split.of: FNV-1a 64 over UTF-16 code units."""
    h = (FNV_OFFSET ^ seed) & MASK64
    data = text.encode("utf-16-le", "surrogatepass")
    for b in data:
        h = ((h ^ b) * FNV_PRIME) & MASK64
    h = ((h ^ (h >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
    h = ((h ^ (h >> 27)) * 0x94D049BB133111EB) & MASK64
    h ^= h >> 31
    bucket = h % 10
    return "test" if bucket < 2 else "dev" if bucket == 2 else "fit"


def read(path, seed):
    rows = []
    with open(path, encoding="utf-8", newline="\n") as f:
        for line in f:
            line = line.rstrip("\n")
            if "\t" not in line:
                continue
            label, text = line.split("\t", 1)
            label = label.strip().lower()
            if label not in ("spam", "ham"):
                continue
            rows.append((label == "spam", text, split_of(text, seed)))
    return rows


def wanted(part, split):
    return split == "all" or part == split or (split == "train" and part != "test")


def figures(truth, predicted):
    tp = sum(1 for t, p in zip(truth, predicted) if t and p)
    tn = sum(1 for t, p in zip(truth, predicted) if not t and not p)
    fp = sum(1 for t, p in zip(truth, predicted) if not t and p)
    fn = sum(1 for t, p in zip(truth, predicted) if t and not p)
    n = tp + tn + fp + fn
    den = math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn))
    return {
        "n": n,
        "accuracy": (tp + tn) / n if n else 0,
        "mcc": (tp * tn - fp * fn) / den if den else 0,
        "spam_f1": 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0,
        "blocked_ham": f"{fp}/{tn + fp}",
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--input", nargs="+", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--train", default="train", help="part to train on: train, fit, all")
    parser.add_argument("--test", default="test", help="part to measure on: test, dev")
    parser.add_argument("--seconds", type=float, default=5.0, help="how long to time predictions")
    args = parser.parse_args()

    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_pipeline
    from sklearn.svm import LinearSVC

    train_x, train_y, tests = [], [], []
    for path in args.input:
        rows = read(path, args.seed)
        train_x += [t for s, t, p in rows if wanted(p, args.train)]
        train_y += [s for s, t, p in rows if wanted(p, args.train)]
        tests.append((path, [(s, t) for s, t, p in rows if wanted(p, args.test)]))

    model = make_pipeline(TfidfVectorizer(analyzer="char", ngram_range=(1, 3)), LinearSVC())
    started = time.perf_counter()
    model.fit(train_x, train_y)
    print(f"sklearn trained n={len(train_x)} seconds={time.perf_counter() - started:.1f}")

    all_truth, all_predicted, all_texts = [], [], []
    for path, rows in tests:
        truth = [s for s, _ in rows]
        texts = [t for _, t in rows]
        predicted = list(model.predict(texts))
        all_truth += truth
        all_predicted += predicted
        all_texts += texts
        print("sklearn file=" + os.path.relpath(path) + " " + " ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures(truth, predicted).items()))
    print("sklearn file=ALL " + " ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures(all_truth, all_predicted).items()))

    model.predict(all_texts)  # warm-up
    done, started, cpu_started = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - started < args.seconds:
        model.predict(all_texts)
        done += len(all_texts)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    print(f"sklearn throughput messages={done} seconds={elapsed:.2f} per_second={done / elapsed:.0f}"
          f" per_cpu_second={done / cpu:.0f}")


if __name__ == "__main__":
    sys.exit(main())
