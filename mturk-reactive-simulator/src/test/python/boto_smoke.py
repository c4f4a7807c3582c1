"""Smoke test: boto 2.49 (Debian python3-boto) against the simulator.

Usage: /usr/bin/python3 boto_smoke.py http://127.0.0.1:PORT/ ACCESS_KEY SECRET_KEY
Exits 0 and prints OK when every check passed.
"""
import sys
from urllib.parse import urlparse

from boto.mturk.connection import MTurkConnection, MTurkRequestError
from boto.mturk.price import Price
from boto.mturk.question import (AnswerSpecification, FreeTextAnswer, Question, QuestionContent,
                                 QuestionForm)


def connect(url, key, secret):
    u = urlparse(url)
    return MTurkConnection(aws_access_key_id=key, aws_secret_access_key=secret, host=u.hostname,
                           port=u.port, is_secure=False)


def main():
    url, key, secret = sys.argv[1:4]
    mtc = connect(url, key, secret)
    balance = mtc.get_account_balance()
    assert str(balance[0]) == '$10,000.00', balance
    hit_type = mtc.register_hit_type('Smoke', 'Smoke test type', Price(0.25), 600, keywords=['a', 'b'])
    type_id = hit_type[0].HITTypeId
    again = mtc.register_hit_type('Smoke', 'Smoke test type', Price(0.25), 600, keywords=['a', 'b'])
    assert again[0].HITTypeId == type_id
    content = QuestionContent()
    content.append_field('Title', 'Say something &amp; more')
    q = Question('q1', content, AnswerSpecification(FreeTextAnswer()), is_required=True)
    rs = mtc.create_hit(hit_type=type_id, question=QuestionForm([q]), lifetime=3600, max_assignments=2,
                        response_groups=['Minimal', 'HITDetail', 'HITQuestion', 'HITAssignmentSummary'])
    hit = rs[0]
    assert rs.status
    assert hit.HITTypeId == type_id
    assert hit.MaxAssignments == '2', hit.MaxAssignments
    assert hit.FormattedPrice == '$0.25'
    assert 'Say something' in hit.Question
    got = mtc.get_hit(hit.HITId)[0]
    assert got.HITStatus == 'Assignable', got.HITStatus
    search = mtc.search_hits()
    assert int(search.TotalNumResults) == 1 and search[0].HITId == hit.HITId
    try:
        mtc.disable_hit('foo')
        raise AssertionError('disable_hit(foo) should fail')
    except MTurkRequestError as e:
        assert e.error_code == 'AWS.MechanicalTurk.HITDoesNotExist', e.error_code
    bad = connect(url, key, secret + 'x')
    try:
        bad.get_account_balance()
        raise AssertionError('wrong secret should fail')
    except MTurkRequestError as e:
        assert e.error_code == 'AWS.NotAuthorized', e.error_code
    print('OK')


if __name__ == '__main__':
    main()
