"""Summarises `jfr print` output of execution or allocation samples: the hottest stacks and inclusive frames.

Usage:
  jfr print --events jdk.ExecutionSample rec.jfr > exec.txt;        python3 jfr_top.py exec.txt exec [DEPTH] [N]
  jfr print --events jdk.ObjectAllocationSample rec.jfr > alloc.txt; python3 jfr_top.py alloc.txt alloc [DEPTH] [N]
DEPTH is how many top frames make one key (default 1); N how many keys to print (default 25). Allocation samples
are weighted by their bytes and keyed by the allocated class too. Standard library only.
"""
import collections
import re
import sys

UNITS = {'bytes': 1, 'kB': 1e3, 'MB': 1e6, 'GB': 1e9}


def main():
    text = open(sys.argv[1]).read()
    mode = sys.argv[2]
    depth = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    shown = int(sys.argv[4]) if len(sys.argv) > 4 else 25
    top, inclusive, total = collections.Counter(), collections.Counter(), 0.0
    for event in text.split('jdk.')[1:]:
        weight = 1.0
        cls = None
        if mode == 'alloc':
            m = re.search(r'weight = ([\d.]+) (\w+)', event)
            if not m:
                continue
            weight = float(m.group(1)) * UNITS.get(m.group(2), 1)
            c = re.search(r'objectClass = (\S+)', event)
            cls = c.group(1) if c else None
        frames = [f.split('(')[0] for f in re.findall(r'^\s+([\w.$<>]+\(.*?\))\s+line:', event, re.M)]
        if not frames:
            continue
        total += weight
        key = ' <- '.join(frames[:depth])
        top[(cls + ' @ ' + key) if cls else key] += weight
        for frame in set(frames):
            inclusive[frame] += weight
    print('total', total)
    for key, weight in top.most_common(shown):
        print('%5.1f%%  %s' % (100 * weight / total, key))
    print('--- inclusive')
    for key, weight in inclusive.most_common(shown * 2):
        print('%5.1f%%  %s' % (100 * weight / total, key))


if __name__ == '__main__':
    main()
