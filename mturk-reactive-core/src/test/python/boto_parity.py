"""Parameter parity: the calls of BotoParityTest, made with boto 2.49 (Debian python3-boto).

Usage: /usr/bin/python3 boto_parity.py PORT
Makes each call in order against the recording loopback server on 127.0.0.1:PORT (which answers every request with a
valid canned response), prints one line per call, and exits 0. The Java test makes the same calls, in the same order,
with MTurkClient, and compares the parameters the server recorded. Keep both lists in step.
"""
import sys

from boto.mturk.connection import MTurkConnection
from boto.mturk.layoutparam import LayoutParameter, LayoutParameters
from boto.mturk.price import Price
from boto.mturk.qualification import (LocaleRequirement, PercentAssignmentsApprovedRequirement, Qualifications,
                                      Requirement)
from boto.mturk.question import ExternalQuestion

port = int(sys.argv[1])
mtc = MTurkConnection(aws_access_key_id='AKIDEXAMPLE', aws_secret_access_key='SECRETEXAMPLE',
                      host='127.0.0.1', port=port, is_secure=False)

question = ExternalQuestion('https://example.com/task?x=1&y=2', 600)

CALLS = [
    ('get_account_balance', lambda: mtc.get_account_balance()),
    ('register_hit_type', lambda: mtc.register_hit_type(
        'T', 'D', 0.12, 360, keywords=['a', 'b'], approval_delay=3600,
        qual_req=Qualifications([PercentAssignmentsApprovedRequirement('GreaterThan', 95)]))),
    ('set_rest_notification', lambda: mtc.set_rest_notification(
        'HT', 'https://x.example/n', ['AssignmentSubmitted', 'HITExpired'])),
    ('set_email_notification', lambda: mtc.set_email_notification('HT', 'me@example.com', ['HITReviewable'])),
    ('set_sqs_notification', lambda: mtc.set_sqs_notification('HT', 'https://sqs.example/q')),
    ('send_test_event_notification', lambda: mtc.send_test_event_notification(
        'HT', 'https://x.example/n', ['AssignmentSubmitted'], 'Ping')),
    ('change_hit_type_of_hit', lambda: mtc.change_hit_type_of_hit('H1', 'HT2')),
    ('get_reviewable_hits', lambda: mtc.get_reviewable_hits()),
    ('get_reviewable_hits args', lambda: mtc.get_reviewable_hits(
        hit_type='HT', status='Reviewing', sort_by='Title', sort_direction='Descending', page_size=50,
        page_number=2)),
    ('search_hits', lambda: mtc.search_hits()),
    ('search_hits args', lambda: mtc.search_hits(
        sort_by='Reward', sort_direction='Descending', page_size=20, page_number=3,
        response_groups=['Minimal', 'HITDetail'])),
    ('get_assignment', lambda: mtc.get_assignment('A1', response_groups=['AssignmentFeedback'])),
    ('get_assignments', lambda: mtc.get_assignments('H1')),
    ('get_assignments args', lambda: mtc.get_assignments(
        'H1', status='Approved', sort_by='AcceptTime', sort_direction='Descending', page_size=5, page_number=2,
        response_groups=['AssignmentFeedback'])),
    ('approve_assignment', lambda: mtc.approve_assignment('A1')),
    ('approve_assignment feedback', lambda: mtc.approve_assignment('A2', 'Great & thanks')),
    ('reject_assignment', lambda: mtc.reject_assignment('A3', 'Blank')),
    ('approve_rejected_assignment', lambda: mtc.approve_rejected_assignment('A4', 'Sorry')),
    ('get_file_upload_url', lambda: mtc.get_file_upload_url('A1', 'q1')),
    ('get_hit', lambda: mtc.get_hit('H1', response_groups=['HITDetail', 'HITQuestion'])),
    ('set_reviewing', lambda: mtc.set_reviewing('H1')),
    ('set_reviewing revert', lambda: mtc.set_reviewing('H1', revert=True)),
    ('disable_hit', lambda: mtc.disable_hit('H1')),
    ('dispose_hit', lambda: mtc.dispose_hit('H1')),
    ('expire_hit', lambda: mtc.expire_hit('H1')),
    ('extend_hit assignments', lambda: mtc.extend_hit('H1', assignments_increment=3)),
    ('extend_hit expiration', lambda: mtc.extend_hit('H1', expiration_increment=7200)),
    ('get_help', lambda: mtc.get_help('GetHIT')),
    ('get_help response group', lambda: mtc.get_help('Minimal', 'ResponseGroup')),
    ('grant_bonus', lambda: mtc.grant_bonus('W1', 'A1', Price(1.5), 'Thanks')),
    ('block_worker', lambda: mtc.block_worker('W1', 'Spam')),
    ('unblock_worker', lambda: mtc.unblock_worker('W1', 'Sorry')),
    ('notify_workers', lambda: mtc.notify_workers(['W1', 'W2'], u'H\u00ebllo', 'Line1\nLine2 & <tag> = +/?')),
    ('create_qualification_type', lambda: mtc.create_qualification_type(
        'N', 'D', 'Active', keywords=['k1', 'k2'], retry_delay=60, auto_granted=True, auto_granted_value=5)),
    ('get_qualification_type', lambda: mtc.get_qualification_type('QT')),
    ('get_qualifications_for_qualification_type', lambda: mtc.get_qualifications_for_qualification_type('QT')),
    ('update_qualification_type', lambda: mtc.update_qualification_type(
        'QT', description='D2', status='Inactive', retry_delay=10, auto_granted=False, auto_granted_value=0)),
    ('dispose_qualification_type', lambda: mtc.dispose_qualification_type('QT')),
    ('search_qualification_types', lambda: mtc.search_qualification_types(query='web')),
    ('search_qualification_types args', lambda: mtc.search_qualification_types(
        query='web', sort_direction='Descending', page_size=30, page_number=2, must_be_requestable=False,
        must_be_owned_by_caller=False)),
    ('get_qualification_requests', lambda: mtc.get_qualification_requests('QT', sort_by='SubmitTime')),
    ('grant_qualification', lambda: mtc.grant_qualification('QR1', 3)),
    ('revoke_qualification', lambda: mtc.revoke_qualification('W1', 'QT', reason='Cheating')),
    ('assign_qualification', lambda: mtc.assign_qualification('QT', 'W1', 5, False)),
    ('assign_qualification defaults', lambda: mtc.assign_qualification('QT', 'W1')),
    ('get_qualification_score', lambda: mtc.get_qualification_score('QT', 'W1')),
    ('update_qualification_score', lambda: mtc.update_qualification_score('QT', 'W1', 80)),
    ('create_hit golden vector 4', lambda: mtc.create_hit(
        question=question, lifetime=3900, max_assignments=2, title='Boto External Question Test',
        description='desc', keywords=['boto', 'test', 'doctest'], reward=0.05, duration=360, approval_delay=3600,
        annotation='ann', qualifications=Qualifications([
            LocaleRequirement('In', [('US', 'WA'), 'CA']),
            PercentAssignmentsApprovedRequirement('GreaterThanOrEqualTo', 95, required_to_preview=True)]))),
    ('create_hit of a type', lambda: mtc.create_hit(
        hit_type='HT1', question=question, lifetime=3900, max_assignments=2, annotation='x',
        response_groups=['Minimal', 'HITDetail'])),
    ('create_hit layout', lambda: mtc.create_hit(
        hit_layout='LAYOUT1', layout_params=LayoutParameters([LayoutParameter('k', 'v')]), hit_type='HT1')),
    ('create_hit requirement values', lambda: mtc.create_hit(
        question=question, title='T', description='D', keywords='k', reward=Price(0.25), duration=60,
        qualifications=Qualifications([
            Requirement('333333333333333333333333333333', 'In', integer_value=[100, 90, 80]),
            Requirement('333333333333333333333333333333', 'Exists')]))),
]

for name, call in CALLS:
    call()
    print(name)
