"""Shared set-up of the boto 2.49 baseline scripts: a connection to the benchmark's loopback server."""
import json
import os
import sys
import time

import boto
from boto.mturk.connection import MTurkConnection


def connect(port):
    """An MTurkConnection to http://127.0.0.1:PORT/ with dummy credentials (the server checks no signature)."""
    return MTurkConnection(aws_access_key_id='AKIDBENCHMARK', aws_secret_access_key='SECRETBENCHMARK',
                           host='127.0.0.1', port=int(port), is_secure=False)


def report(**figures):
    """Prints one JSON line the Java harness reads (the last line of standard output)."""
    figures['boto'] = boto.__version__
    figures['python'] = sys.version.split()[0]
    print(json.dumps(figures))
    sys.stdout.flush()


def clocks():
    """(wall seconds, process CPU seconds) now."""
    return time.perf_counter(), time.process_time()
