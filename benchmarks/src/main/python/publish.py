"""boto 2.49 publish baseline: COUNT CreateHIT calls, sequentially or from THREADS threads (one connection each).

Usage: publish.py PORT COUNT THREADS
Every HIT is the same as the Java client's: an ExternalQuestion, reward, keywords, lifetime, duration, auto-approval
delay, annotation and two qualification requirements.
"""
import itertools
import sys
import threading

from boto.mturk.qualification import (LocaleRequirement, PercentAssignmentsApprovedRequirement, Qualifications)
from boto.mturk.question import ExternalQuestion

from boto_common import clocks, connect, report


def create(conn, n):
    quals = Qualifications([PercentAssignmentsApprovedRequirement('GreaterThanOrEqualTo', 95, required_to_preview=True),
                            LocaleRequirement('In', ['US', 'CA'])])
    rs = conn.create_hit(question=ExternalQuestion('https://tasks.example.com/label?item=%d' % n, 600),
                         lifetime=86400, max_assignments=3, title='Label the objects in a street photo',
                         description='Pick every object you can see in the photo and describe the scene.',
                         keywords=['image', 'labeling', 'photo'], reward=0.05, duration=600, approval_delay=3600,
                         annotation='batch-%d' % (n // 1000), qualifications=quals)
    return rs[0].HITId


def main():
    port, count, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    counter = itertools.count()
    lock = threading.Lock()
    created = []

    def worker():
        conn = connect(port)
        mine = 0
        while True:
            with lock:
                n = next(counter)
            if n >= count:
                break
            if create(conn, n):
                mine += 1
        with lock:
            created.append(mine)

    wall0, cpu0 = clocks()
    if threads <= 1:
        worker()
    else:
        pool = [threading.Thread(target=worker) for _ in range(threads)]
        for t in pool:
            t.start()
        for t in pool:
            t.join()
    wall1, cpu1 = clocks()
    report(kind='publish', threads=threads, records=sum(created), seconds=wall1 - wall0, cpu_seconds=cpu1 - cpu0)


if __name__ == '__main__':
    main()
