#!/usr/bin/env python3
"""CPU per submit_sm of each measurement of a profiled SMPP load run, by where it is spent, in the benchmark JVM
(the load generator and the proxy; the SMSC simulator is another process, not profiled).

usage: smpp-profile-breakdown.py SAMPLES MARKS INTERVAL_US
  SAMPLES      `jfr print --events jdk.ExecutionSample` of async-profiler's recording, times in UTC
  MARKS        FirewallLoad's output with -Dbench.marks=true ("mark|path|round|sustained or rate|from ms|to ms|per s")
  INTERVAL_US  the profiler's sampling interval: each sample stands for that much CPU time

Each sample is put in one place: the generator's threads; the JIT; the collector; screening (the stack holds
ScreeningEngine.screen); else the kernel, named by the nearest Java frame that called it; else the nearest
Quietline or jSMPP frame. Screening is then split by the frame that ran. Half a second is left out at each end of
a measurement. Run by bench/smpp-profile.sh.
"""
import collections
import re
import sys
from datetime import datetime, timezone

EDGE_S = 0.5
SHOWN = 14
SHOWN_IN_SCREENING = 8


def samples(path):
    """(epoch seconds, thread name, frames from the top) of each sample."""
    at, thread, frames, inside = None, '', [], False
    day = re.compile(r'startTime = (\d+):(\d+):(\d+)\.(\d+) \((\d+)-(\d+)-(\d+)\)')
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            s = line.strip()
            if s.startswith('jdk.ExecutionSample'):
                at, thread, frames, inside = None, '', [], False
            elif s.startswith('startTime ='):
                m = day.search(s)
                if m:
                    h, mi, sec, frac, y, mo, d = m.groups()
                    base = datetime(int(y), int(mo), int(d), int(h), int(mi), int(sec), tzinfo=timezone.utc)
                    at = base.timestamp() + float('0.' + frac)
            elif s.startswith('sampledThread ='):
                thread = s.split('"')[1] if '"' in s else s
            elif s.startswith('stackTrace = ['):
                inside = True
            elif s == ']':
                inside = False
            elif s == '}':
                if at is not None:
                    yield at, thread, frames
                at = None
            elif inside and s != '...':
                m = re.match(r'(\S+?)\(', s)
                if m:
                    frames.append(m.group(1))


def is_java(frame):
    return not frame.startswith('.') and '.so.' not in frame and not frame.startswith('[')


def place(thread, frames):
    if thread.startswith('load-'):
        return 'generator'
    if 'Compiler' in thread:
        return 'JIT'
    if thread.startswith(('GC ', 'G1 ')) or 'Conc' in thread:
        return 'collector'
    if any('ScreeningEngine.screen' in f for f in frames):
        return 'screening'
    top = frames[0] if frames else '?'
    if top.startswith('.'):
        return 'kernel via ' + next((f for f in frames if is_java(f)), '?')
    return 'java ' + next((f for f in frames if 'quietline' in f or 'jsmpp' in f), top)


def marks(path):
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('mark|'):
                _, name, rnd, what, start, end, rate = line.strip().split('|')
                yield name, int(rnd), what, int(start) / 1000, int(end) / 1000, float(rate)


def main():
    sample_path, marks_path, interval_us = sys.argv[1], sys.argv[2], float(sys.argv[3])
    windows = list(marks(marks_path))
    if not windows:
        sys.exit('no marks in ' + marks_path + ' (run FirewallLoad with -Dbench.marks=true)')
    counts = [collections.Counter() for _ in windows]
    inside = [collections.Counter() for _ in windows]
    for at, thread, frames in samples(sample_path):
        for i, (_, _, _, start, end, _) in enumerate(windows):
            if start + EDGE_S <= at < end - EDGE_S:
                where = place(thread, frames)
                counts[i][where] += 1
                if where == 'screening':
                    inside[i][frames[0] if frames else '?'] += 1
    for (name, rnd, what, start, end, rate), c, screening in zip(windows, counts, inside):
        seconds = end - start - 2 * EDGE_S
        per_submit = interval_us / (rate * seconds)
        total = sum(c.values()) * per_submit
        label = 'sustained' if what == 'sustained' else 'at the fixed rate'
        print(f'\n{name}, round {rnd}, {label} ({rate:,.0f} submit_sm/s): {total:.1f} us of CPU per submit_sm sampled'
              ' in generator and proxy')
        for where, n in c.most_common(SHOWN):
            print(f'  {n * per_submit:6.2f} us  {where}')
        if screening:
            print('  screening, by the frame that ran (kernel frames start with a dot):')
            for frame, n in screening.most_common(SHOWN_IN_SCREENING):
                print(f'    {n * per_submit:6.2f} us  {frame}')


if __name__ == '__main__':
    main()
