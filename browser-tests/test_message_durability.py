"""Nothing acknowledged is lost: messages are sent from several connections while the portal
is killed outright (SIGKILL, no chance to flush anything), and after a restart on the same
database every message the portal answered "sent" for is there, once."""
import random
import re
import secrets
import signal
import tempfile
import threading
import time

import requests

from conftest import DEMO_PASSWORD
from portal_process import portal

PORT = 8095
SENDERS = 4
PER_SENDER = 40


def signed_in(base):
    session = requests.Session()
    token = session.get(base + "/sign-in").text.split('name="_csrf" value="')[1].split('"')[0]
    answer = session.post(
        base + "/sign-in", allow_redirects=False,
        data={"_csrf": token, "email": "maria.garcia@example.org", "password": DEMO_PASSWORD})
    assert answer.status_code == 303
    return session


def compose_form(session, base):
    """Sofia's compose page: where to post, the CSRF token and the team to write to."""
    home = session.get(base + "/").text
    sofia = re.search(r'href="(/patients/[0-9a-f-]{36})">Sofia Garcia<', home).group(1)
    page = session.get(base + sofia + "/messages/new").text
    token = page.split('name="_csrf" value="')[1].split('"')[0]
    team = re.search(r'name="to" value="([0-9a-f-]{36})"', page).group(1)
    return base + sofia + "/messages", token, team


def test_a_killed_portal_loses_no_acknowledged_message():
    acknowledged = []
    lock = threading.Lock()
    with tempfile.TemporaryDirectory() as work:
        database = f"{work}/durable.sqlite"
        with portal(PORT, "durability-portal", SQLITE_PATH=database) as (process, base):
            stop = threading.Event()

            def send(sender):
                session = signed_in(base)
                action, token, team = compose_form(session, base)
                for n in range(PER_SENDER):
                    if stop.is_set():
                        return
                    subject = f"durable {sender}-{n}"
                    try:
                        answer = session.post(
                            action, allow_redirects=False, timeout=10,
                            data={"_csrf": token, "to": team, "subject": subject, "body": "Kept?",
                                  "key": secrets.token_urlsafe(32)})
                    except requests.RequestException:
                        return  # the portal died under this request: not acknowledged
                    if answer.status_code == 303:
                        with lock:
                            acknowledged.append(subject)

            workers = [threading.Thread(target=send, args=(i,)) for i in range(SENDERS)]
            for worker in workers:
                worker.start()
            # Kill it mid-stream, after some messages are surely in and while others are in flight.
            deadline = time.time() + 30
            while len(acknowledged) < 20 and time.time() < deadline:
                time.sleep(0.05)
            time.sleep(random.uniform(0.05, 0.3))
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=10)
            stop.set()
            for worker in workers:
                worker.join(timeout=30)
        assert len(acknowledged) >= 20, "too few messages were sent before the kill to test anything"
        assert len(acknowledged) < SENDERS * PER_SENDER, "the kill came after every message was sent"

        with portal(PORT, "durability-portal", SQLITE_PATH=database) as (_, base):
            session = signed_in(base)
            inbox = session.get(base + "/messages").text
            missing = [subject for subject in acknowledged if f">{subject}<" not in inbox]
            assert not missing, f"{len(missing)} acknowledged messages were lost: {missing[:5]}"
            for subject in acknowledged:
                assert inbox.count(f">{subject}<") == 1
    print(f"\n{len(acknowledged)} messages acknowledged before SIGKILL, all present after restart")
