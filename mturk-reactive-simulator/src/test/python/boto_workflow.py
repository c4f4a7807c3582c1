"""A whole requester workflow with boto 2.49 (Debian python3-boto) against the simulator.

Usage: /usr/bin/python3 boto_workflow.py http://127.0.0.1:PORT/ ACCESS_KEY SECRET_KEY
The simulator must run with automatic work on and a short work delay (real-time clock).
Prints one line per step and OK at the end; any failed check raises (exit status 1).

boto 2.49 on Python 3 has bugs the script steps around, as a real user would: get_all_hits() crashes (float
division), create_qualification_type(answer_key=...) raises NameError, NotificationMessage.verify() needs bytes.
"""
import base64
import hashlib
import hmac
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import urlparse, parse_qsl

from boto.mturk.connection import MTurkConnection, MTurkRequestError
from boto.mturk.notification import NotificationMessage
from boto.mturk.price import Price
from boto.mturk.qualification import (LocaleRequirement, PercentAssignmentsApprovedRequirement, Qualifications,
                                      Requirement)
from boto.mturk.question import (AnswerSpecification, ExternalQuestion, FileUploadAnswer, FreeTextAnswer,
                                 HTMLQuestion, LengthConstraint, NumericConstraint, Overview, Question,
                                 QuestionContent, QuestionForm, SelectionAnswer)

RECEIVED = []


class Receiver(BaseHTTPRequestHandler):
    def do_GET(self):
        RECEIVED.append(dict(parse_qsl(urlparse(self.path).query)))
        self.send_response(200)
        self.send_header('Content-Length', '0')
        self.end_headers()

    def log_message(self, *args):
        pass


def step(name):
    print('step:', name, flush=True)


def expect_error(code, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except MTurkRequestError as e:
        assert e.error_code == code, (e.error_code, code, e.body)
        return e
    raise AssertionError('expected ' + code)


def wait_for(what, check, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError('timed out waiting for ' + what)


def content(text):
    c = QuestionContent()
    c.append_field('Text', text)
    return c


def main():
    url, key, secret = sys.argv[1:4]
    u = urlparse(url)
    mtc = MTurkConnection(aws_access_key_id=key, aws_secret_access_key=secret, host=u.hostname, port=u.port,
                          is_secure=False)
    server = HTTPServer(('127.0.0.1', 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    notify_url = 'http://127.0.0.1:%d/notify' % server.server_port

    step('balance')
    start_balance = float(mtc.get_account_balance()[0].amount)
    assert start_balance > 100, start_balance

    step('hit type with system qualifications and REST notification')
    quals = Qualifications([PercentAssignmentsApprovedRequirement('GreaterThanOrEqualTo', 50),
                            LocaleRequirement('In', ['US', 'GB', 'IN', 'CA', 'DE'])])
    type_id = mtc.register_hit_type('Boto workflow', 'Answer a few questions', Price(0.10), 600,
                                    keywords=['boto', 'workflow'], approval_delay=86400, qual_req=quals)[0].HITTypeId
    mtc.set_rest_notification(type_id, notify_url, event_types=['AssignmentSubmitted', 'HITReviewable'])
    mtc.send_test_event_notification(type_id, notify_url)
    ping = wait_for('Ping notification', lambda: [r for r in RECEIVED if r.get('Event.1.EventType') == 'Ping'])
    message = NotificationMessage(ping[0])
    assert message.events[0].event_type == 'Ping'
    expected = base64.b64encode(hmac.new(secret.encode(), ('AWSMechanicalTurkRequesterNotification' + 'Notify'
                                                           + message.timestamp).encode(), hashlib.sha1).digest())
    assert message.signature == expected.decode(), (message.signature, expected)

    step('QuestionForm HIT: constrained free text, selection, file upload')
    overview = Overview()
    overview.append_field('Title', 'Please answer')
    form = QuestionForm([
        overview,
        Question('age', content('Pick a number 1..10'),
                 AnswerSpecification(FreeTextAnswer(constraints=[NumericConstraint(1, 10)]))),
        Question('colors', content('Pick one or two colors'),
                 AnswerSpecification(SelectionAnswer(min=1, max=2, style='checkbox',
                                                     selections=[('Red', 'r'), ('Green', 'g'), ('Blue', 'b')]))),
        Question('name', content('Your nickname (3-12 chars)'),
                 AnswerSpecification(FreeTextAnswer(constraints=[LengthConstraint(3, 12)]))),
        Question('photo', content('Upload a photo'), AnswerSpecification(FileUploadAnswer(1000, 5000))),
    ])
    form_hit = mtc.create_hit(hit_type=type_id, question=form, lifetime=3600, max_assignments=3,
                              annotation='form')[0].HITId

    step('ExternalQuestion and HTMLQuestion HITs')
    ext_hit = mtc.create_hit(hit_type=type_id, question=ExternalQuestion('https://example.com/task?x=1&y=2', 600),
                             lifetime=3600, max_assignments=1)[0].HITId
    html = ('<form name="mturk_form" method="post" action="https://www.mturk.com/mturk/externalSubmit">'
            '<input type="hidden" name="assignmentId" value=""/><input type="text" name="color"/>'
            '<select name="size"><option value="S">S</option><option value="L">L</option></select>'
            '<input type="submit"/></form>')
    html_hit = mtc.create_hit(hit_type=type_id, question=HTMLQuestion(html, 400), lifetime=3600,
                              max_assignments=1)[0].HITId

    step('search and paging')
    page1 = mtc.search_hits(page_size=2, page_number=1)
    page2 = mtc.search_hits(page_size=2, page_number=2)
    assert page1.TotalNumResults == '3' and len(page1) == 2 and len(page2) == 1, (page1.TotalNumResults, len(page2))
    assert {h.HITId for h in list(page1) + list(page2)} == {form_hit, ext_hit, html_hit}
    expect_error('AWS.ParameterOutOfRange', mtc.search_hits, page_size=101)

    step('workers submit typed answers')
    assignments = wait_for('3 submitted assignments',
                           lambda: (lambda rs: list(rs) if rs.NumResults == '3' else None)(mtc.get_assignments(form_hit)))
    for a in assignments:
        assert a.AssignmentStatus == 'Submitted'
        answers = {x.qid: x.fields for x in a.answers[0]}
        assert 1 <= int(answers['age'][0]) <= 10, answers
        assert 1 <= len(answers['colors']) <= 2 and set(answers['colors']) <= {'r', 'g', 'b'}, answers
        assert 3 <= len(answers['name'][0]) <= 12, answers
        assert answers['photo'] == [], 'boto drops file-upload answers (B9)'
    upload_url = mtc.get_file_upload_url(assignments[0].AssignmentId, 'photo')[0].FileUploadURL
    data = urllib.request.urlopen(upload_url).read()
    assert 1000 <= len(data) <= 5000, len(data)
    ext = wait_for('external answer', lambda: list(mtc.get_assignments(ext_hit)))
    assert ext[0].answers[0][0].qid == 'answer'
    html_answers = wait_for('html answer', lambda: list(mtc.get_assignments(html_hit)))
    fields = {x.qid: x.fields[0] for x in html_answers[0].answers[0]}
    assert set(fields) == {'color', 'size'} and fields['size'] in ('S', 'L'), fields
    assert mtc.get_hit(form_hit)[0].HITStatus == 'Reviewable'
    reviewable = mtc.get_reviewable_hits(hit_type=type_id)
    assert reviewable.TotalNumResults == '3', reviewable.TotalNumResults

    step('approve, reject, approve rejected, bonus')
    a1, a2, a3 = [a.AssignmentId for a in assignments]
    mtc.approve_assignment(a1, 'Good work')
    mtc.reject_assignment(a2, 'Not good')
    expect_error('AWS.MechanicalTurk.InvalidAssignmentState', mtc.approve_assignment, a2)
    mtc.approve_rejected_assignment(a2, 'Sorry, my mistake')
    mtc.approve_assignment(a3)
    got = mtc.get_assignment(a2)
    assert got[0].AssignmentStatus == 'Approved' and got[1].HITId == form_hit
    worker = assignments[0].WorkerId
    mtc.grant_bonus(worker, a1, Price(0.50), 'Thanks')
    balance = float(mtc.get_account_balance()[0].amount)
    assert abs(start_balance - balance - (3 * 0.12 + 0.50 + 0.10)) < 0.001, (start_balance, balance)

    step('block, unblock, notify workers')
    mtc.block_worker(worker, 'testing blocks')
    mtc.unblock_worker(worker, 'done testing')
    mtc.notify_workers([worker], 'Hello', 'Thanks for the work')

    step('qualification types, requests, scores')
    test = QuestionForm([Question('fav', content('Favourite colour?'), AnswerSpecification(
        SelectionAnswer(selections=[('Red', 'r'), ('Blue', 'b')], style='radiobutton')))])
    qt = mtc.create_qualification_type('Colour test', 'Answer the colour test', 'Active', keywords=['colour'],
                                       test=test, test_duration=300, retry_delay=60)[0].QualificationTypeId
    auto = mtc.create_qualification_type('Auto granted', 'Everyone gets it', 'Active', auto_granted=True,
                                         auto_granted_value=5)[0].QualificationTypeId
    assert mtc.get_qualification_type(qt)[0].Name == 'Colour test'
    mtc.update_qualification_type(qt, description='Answer the colour test, please')
    assert mtc.get_qualification_type(qt)[0].Description == 'Answer the colour test, please'
    found = mtc.search_qualification_types()
    assert {t.QualificationTypeId for t in found} == {qt, auto}, [t.QualificationTypeId for t in found]
    expect_error('AWS.MechanicalTurk.QualificationTypeAlreadyExists', mtc.create_qualification_type,
                 'Colour test', 'dup', 'Active')

    step('a HIT gated by custom qualifications: workers take the test, requester grants')
    gated = Qualifications([Requirement(qt, 'GreaterThanOrEqualTo', 1), Requirement(auto, 'EqualTo', 5)])
    gated_hit = mtc.create_hit(question=form, lifetime=3600, max_assignments=2, title='Gated', description='Gated',
                               keywords='gated', reward=Price(0.05), duration=600, qualifications=gated)[0].HITId
    requests = wait_for('qualification requests', lambda: list(mtc.get_qualification_requests(qt)))
    assert requests[0].Test and 'fav' in requests[0].answers[0][0].qid
    for r in requests:
        mtc.grant_qualification(r.QualificationRequestId, 2)
    wait_for('gated HIT worked', lambda: mtc.get_assignments(gated_hit).NumResults == '2')
    subject = requests[0].SubjectId
    assert mtc.get_qualification_score(qt, subject)[0].IntegerValue == '2'
    mtc.update_qualification_score(qt, subject, 7)
    assert mtc.get_qualification_score(qt, subject)[0].IntegerValue == '7'
    holders = mtc.get_qualifications_for_qualification_type(qt)
    assert int(holders.TotalNumResults) == len(requests)
    mtc.assign_qualification(qt, 'AMANUALWORKER01', 3, send_notification=False)
    mtc.revoke_qualification('AMANUALWORKER01', qt, reason='no longer needed')
    expect_error('AWS.MechanicalTurk.QualificationDoesNotExist', mtc.update_qualification_score, qt,
                 'AMANUALWORKER01', 1)

    step('extend, expire, reviewing, dispose, disable')
    nobody = Qualifications([Requirement(qt, 'GreaterThan', 100)])
    open_hit = mtc.create_hit(question=form, lifetime=3600, max_assignments=1, title='Still open', description='d',
                              keywords='k', reward=Price(0.05), duration=600, qualifications=nobody)[0].HITId
    mtc.extend_hit(open_hit, expiration_increment=3600)
    mtc.extend_hit(open_hit, assignments_increment=2)
    assert mtc.get_hit(open_hit)[0].MaxAssignments == '3'
    other_type = mtc.register_hit_type('Other type', 'Same reward', Price(0.05), 600,
                                       qual_req=nobody)[0].HITTypeId  # still nobody may take it: no race with auto-work
    mtc.change_hit_type_of_hit(open_hit, other_type)
    assert mtc.get_hit(open_hit)[0].Title == 'Other type'
    mtc.get_help('GetHIT')
    mtc.approve_assignment(ext[0].AssignmentId)
    mtc.set_reviewing(ext_hit)
    assert mtc.get_hit(ext_hit)[0].HITStatus == 'Reviewing'
    mtc.set_reviewing(ext_hit, revert=True)
    mtc.dispose_hit(ext_hit)
    expect_error('AWS.MechanicalTurk.InvalidHITState', mtc.dispose_hit, html_hit)
    empty_hit = mtc.create_hit(question=form, lifetime=3600, max_assignments=1, title='Nobody qualifies',
                               description='d', keywords='k', reward=Price(0.05), duration=600,
                               qualifications=nobody)[0].HITId
    mtc.expire_hit(empty_hit)
    assert mtc.get_hit(empty_hit)[0].HITStatus == 'Reviewable'
    mtc.dispose_hit(empty_hit)
    mtc.disable_hit(open_hit)
    expect_error('AWS.MechanicalTurk.HITDoesNotExist', mtc.disable_hit, 'foo')
    mtc.dispose_qualification_type(auto)

    step('REST notifications arrived and verify')
    submitted = wait_for('AssignmentSubmitted notifications',
                         lambda: [r for r in RECEIVED if r.get('Event.1.EventType') == 'AssignmentSubmitted'])
    for r in submitted:
        m = NotificationMessage(r)
        assert r['method'] == 'Notify' and r['Version'] == '2006-05-05'
        assert m.events[0].hit_type == type_id and m.events[0].assignment_id
        sig = base64.b64encode(hmac.new(secret.encode(), ('AWSMechanicalTurkRequesterNotification' + 'Notify'
                                                          + m.timestamp).encode(), hashlib.sha1).digest()).decode()
        assert m.signature == sig
    assert any(r.get('Event.1.EventType') == 'HITReviewable' for r in RECEIVED)
    server.shutdown()
    print('OK')


if __name__ == '__main__':
    main()
