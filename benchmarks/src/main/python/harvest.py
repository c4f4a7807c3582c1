"""boto 2.49 harvest baseline: reads every assignment of a HIT (or every HIT) page by page, 100 per page.

Usage: harvest.py PORT assignments HIT_ID | harvest.py PORT hits
boto's own get_all_hits() crashes on Python 3 (float page count), so both listings are paged by hand, as
boto's own command-line tool does: until a page comes back short or TotalNumResults is covered.
"""
import sys

from boto_common import clocks, connect, report


def main():
    port, kind = sys.argv[1], sys.argv[2]
    conn = connect(port)
    records = answers = pages = 0
    wall0, cpu0 = clocks()
    page_number = 1
    while True:
        if kind == 'assignments':
            rs = conn.get_assignments(sys.argv[3], page_size=100, page_number=page_number)
            for assignment in rs:
                # boto parses each Answer document while reading the page; touch what it built.
                for form in assignment.answers:
                    answers += len(form)
        else:
            rs = conn.search_hits(page_size=100, page_number=page_number)
        pages += 1
        records += len(rs)
        if len(rs) < 100 or records >= int(rs.TotalNumResults):
            break
        page_number += 1
    wall1, cpu1 = clocks()
    report(kind=kind, records=records, answers=answers, pages=pages, seconds=wall1 - wall0, cpu_seconds=cpu1 - cpu0)


if __name__ == '__main__':
    main()
