"""Two portal nodes behind nginx on one PostgreSQL, run by scripts/test-cluster.sh.

The nodes are started at the same moment on an empty database; the tests then run in this
file's order through nginx, as families would: sign-ins and pages across both nodes, a
throttled client beside one that is not, e-mail through a slow relay, `portal audit verify`
while the servers write, messages while one node is killed outright, and the hourly jobs.
Each client names itself in X-Forwarded-For, as if behind one more trusted hop, so that
nginx (trusted) and the portal see distinct clients from one test machine.
"""
import os
import re
import secrets
import signal
import socket
import struct
import subprocess
import threading
import time
import zlib
from email import message_from_bytes
from pathlib import Path

import pytest
import requests

BIN = os.environ["PORTAL_BIN"]
WORK = Path(os.environ["CLUSTER_WORK"])
PROXY = f"http://127.0.0.1:{os.environ['PROXY_PORT']}"
NODE_PORTS = (8201, 8202)
SMTP_PORT = 8225
RELAY_SECONDS = "0.5"
DEMO_PASSWORD = "riverside demo passphrase"
FIGURES = {}
# The audit chain's key, equal on both nodes as OPERATIONS.md asks, and the file the hourly
# job appends the signed head to (one machine here, so both nodes share it).
AUDIT_KEYS = "cluster:" + __import__("base64").b64encode(bytes(range(32))).decode()
HEAD_FILE = WORK / "audit-heads.log"


def psql(query):
    binary = sorted(Path("/usr/lib/postgresql").glob("*/bin/psql"))[-1]
    return subprocess.run(
        [str(binary), "-h", "127.0.0.1", "-p", os.environ["PG_PORT"], "-U", "portal", "-d", "portal", "-At", "-c", query],
        env=dict(os.environ, PGPASSWORD="portal"), check=True, capture_output=True, text=True).stdout.strip()


def node_environment(port):
    return dict(
        os.environ, DATABASE_URL=os.environ["DATABASE_URL"], PORTAL_PORT=str(port), PORTAL_HOST="127.0.0.1",
        PUBLIC_URL=PROXY, TRUSTED_PROXIES="127.0.0.1", SMTP_HOST="127.0.0.1", SMTP_PORT=str(SMTP_PORT),
        SMTP_SECURITY="none", MAIL_FROM="portal@example.org", OUTBOX_POLL_SECONDS="1", LOG_FORMAT="json",
        MESSAGE_NOTICE_HOLD_SECONDS="0", AUDIT_KEYS=AUDIT_KEYS, AUDIT_HEAD_FILE=str(HEAD_FILE))


def wait_ready(base, process=None, seconds=240):
    deadline = time.time() + seconds
    while time.time() < deadline:
        assert process is None or process.poll() is None, f"the node at {base} exited during start-up"
        try:
            if requests.get(base + "/health/ready", timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise AssertionError(f"{base} did not become ready")


@pytest.fixture(scope="module")
def cluster():
    maildir = WORK / "maildir"
    for folder in ("tmp", "new", "cur"):
        (maildir / folder).mkdir(parents=True, exist_ok=True)
    relay = subprocess.Popen(
        [".venv/bin/python", "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{SMTP_PORT}", "-c", "slow_smtp_relay.SlowMailbox",
         str(maildir), RELAY_SECONDS], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    logs = [open(WORK / f"node-{port}.log", "w") for port in NODE_PORTS]
    # Both nodes at the same moment, on the empty database.
    nodes = [subprocess.Popen([BIN, "serve"], env=node_environment(port), stdout=log, stderr=subprocess.STDOUT)
             for port, log in zip(NODE_PORTS, logs)]
    try:
        for port, node in zip(NODE_PORTS, nodes):
            wait_ready(f"http://127.0.0.1:{port}", node)
        wait_ready(PROXY)
        yield {"nodes": nodes, "maildir": maildir}
    finally:
        for process in nodes + [relay]:
            if process.poll() is None:
                process.kill()
                process.wait()
        for log in logs:
            log.close()
        print("\nCluster figures: " + ", ".join(f"{key} {value}" for key, value in FIGURES.items()))


def client(address):
    session = requests.Session()
    session.headers["X-Forwarded-For"] = address
    return session


def csrf(page):
    return page.text.split('name="_csrf" value="')[1].split('"')[0]


def sign_in(session, email, password=DEMO_PASSWORD):
    token = csrf(session.get(PROXY + "/sign-in"))
    return session.post(PROXY + "/sign-in", allow_redirects=False,
                        data={"_csrf": token, "email": email, "password": password})


def test_nodes_started_together_migrate_and_seed_once(cluster):
    assert all(node.poll() is None for node in cluster["nodes"]), "a node died at start-up"
    names = psql("SELECT count(*), count(DISTINCT name) FROM _fluent_migrations").split("|")
    assert names[0] == names[1] and int(names[0]) > 30
    assert psql("SELECT count(*) FROM members WHERE email = 'maria.garcia@example.org'") == "1"
    for port in NODE_PORTS:
        log = (WORK / f"node-{port}.log").read_text()
        assert "unique" not in log.lower() and "duplicate key" not in log.lower(), f"node {port} logged a conflict"


def test_a_session_works_on_both_nodes(cluster):
    family = client("203.0.113.10")
    assert sign_in(family, "maria.garcia@example.org").status_code == 303
    upstreams = set()
    for _ in range(12):
        for path in ("/", "/messages", "/account"):
            page = family.get(PROXY + path, allow_redirects=False)
            assert page.status_code == 200, f"{path} answered {page.status_code}"
            upstreams.add(page.headers["X-Upstream"])
    assert upstreams == {f"127.0.0.1:{port}" for port in NODE_PORTS}, upstreams
    events = psql("SELECT DISTINCT client_address FROM audit_events WHERE action = 'sign_in' AND outcome = 'success'")
    assert "203.0.113.10" in events.split("\n"), "the audit trail records the client, not the proxy"


def test_a_guessing_client_is_throttled_and_another_is_not(cluster):
    guesser = client("198.51.100.7")
    statuses = [sign_in(guesser, f"nobody{n}@example.org", "wrong password").status_code for n in range(24)]
    assert statuses[:20] == [401] * 20 and 429 in statuses[20:], statuses
    neighbour = client("198.51.100.8")
    assert sign_in(neighbour, "david.garcia@example.org").status_code == 303
    FIGURES["throttled guesses"] = statuses.count(429)


def id_photo():
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + b"\x80" * 64 for _ in range(40))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 64, 40, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def received(maildir):
    mails = [message_from_bytes(path.read_bytes()) for path in (maildir / "new").iterdir()]
    return [(mail["To"], mail["Message-ID"]) for mail in mails]


def test_every_email_arrives_exactly_once_through_a_slow_relay(cluster):
    recipients = [f"applicant{n}@example.org" for n in range(16)]
    for n, email in enumerate(recipients):
        applicant = client(f"192.0.2.{n + 1}")
        form = applicant.get(PROXY + "/enroll")
        key = re.search(r'name="submission_key" value="([^"]+)"', form.text).group(1)
        answer = applicant.post(PROXY + "/enroll", allow_redirects=False, files={"document": ("id.png", id_photo(), "image/png")},
                                data={"_csrf": csrf(form), "submission_key": key, "applicant": "parent",
                                      "patient_name": f"Kid {'ABCDEFGHIJKLMNOP'[n]}arker", "patient_birth_date": "2019-05-02",
                                      "patient_zip": "60614", "patient_record_number": "", "applicant_name": "A Parent",
                                      "applicant_email": email, "applicant_phone": "(312) 555-0100",
                                      "identification_type": "drivers_license"})
        assert answer.status_code == 303, answer.text[:500]
    deadline = time.time() + 90
    while time.time() < deadline:
        mails = [to for to, _ in received(cluster["maildir"]) if to in recipients]
        if len(mails) >= len(recipients):
            break
        time.sleep(1)
    time.sleep(3)  # anything sent twice would arrive now
    mails = received(cluster["maildir"])
    ours = [to for to, _ in mails if to in recipients]
    ids = [message_id for _, message_id in mails]
    FIGURES["e-mails expected"] = len(recipients)
    FIGURES["received"] = len(ours)
    FIGURES["duplicated"] = len(ours) - len(set(ours)) + len(ids) - len(set(ids))
    assert sorted(ours) == sorted(recipients)
    assert len(ids) == len(set(ids))
    assert psql("SELECT count(*) FROM outbox_messages WHERE status = 'sent' AND body <> ''") == "0"


def compose(session):
    home = session.get(PROXY + "/").text
    sofia = re.search(r'href="(/patients/[0-9a-f-]{36})">Sofia Garcia<', home).group(1)
    page = session.get(PROXY + sofia + "/messages/new")
    team = re.search(r'name="to" value="([0-9a-f-]{36})"', page.text).group(1)
    return PROXY + sofia + "/messages", csrf(page), team


def test_audit_verify_holds_while_the_servers_write(cluster):
    family = client("203.0.113.11")
    assert sign_in(family, "maria.garcia@example.org").status_code == 303
    stop = threading.Event()

    def browse():
        while not stop.is_set():
            family.get(PROXY + "/messages")

    writer = threading.Thread(target=browse)
    writer.start()
    try:
        # The node that ran the first hour's jobs exported the head at start-up.
        assert "audit-head v1 " in HEAD_FILE.read_text()
        for _ in range(3):
            head = subprocess.run([BIN, "audit", "head"], env=node_environment(8209), capture_output=True, text=True,
                                  timeout=120, check=True).stdout
            with HEAD_FILE.open("a") as archive:
                archive.write(head)
            verify = subprocess.run([BIN, "audit", "verify", "--head-file", str(HEAD_FILE)], env=node_environment(8209),
                                    capture_output=True, text=True, timeout=120)
            assert verify.returncode == 0, verify.stderr[-2000:]
            assert "Audit chain intact" in verify.stderr and "exported heads" in verify.stderr
        FIGURES["audit heads verified"] = HEAD_FILE.read_text().count("audit-head v1 ")
    finally:
        stop.set()
        writer.join()


def test_a_node_killed_mid_traffic_loses_no_acknowledged_message(cluster):
    acknowledged, failures = [], []
    lock = threading.Lock()
    stop = threading.Event()

    def send(sender):
        session = client(f"203.0.113.{20 + sender}")
        signed_in = sign_in(session, "maria.garcia@example.org").status_code
        if signed_in != 303:
            with lock:
                sign_in_failures.append(signed_in)
            return
        action, token, team = compose(session)
        n = 0
        while not stop.is_set() and n < 40:
            subject = f"cluster {sender}-{n}"
            n += 1
            try:
                answer = session.post(action, allow_redirects=False, timeout=15,
                                      data={"_csrf": token, "to": team, "subject": subject, "body": "Kept?",
                                            "key": secrets.token_urlsafe(32)})
            except requests.RequestException:
                continue
            with lock:
                if answer.status_code == 303:
                    acknowledged.append(subject)
                else:
                    failures.append(answer.status_code)
        with lock:
            sessions.append(session)

    sessions, sign_in_failures = [], []
    workers = [threading.Thread(target=send, args=(i,)) for i in range(4)]
    for worker in workers:
        worker.start()
    deadline = time.time() + 60
    while len(acknowledged) < 30 and time.time() < deadline:
        time.sleep(0.05)
    victim = cluster["nodes"][0]
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=10)
    for worker in workers:
        worker.join(timeout=120)
    stop.set()
    assert not sign_in_failures, f"four people signing in to one account at once were refused: {sign_in_failures}"
    subjects = psql("SELECT subject FROM message_threads").split("\n")
    found = [subject for subject in acknowledged if subject in subjects]
    FIGURES["messages sent"] = len(acknowledged) + len(failures)
    FIGURES["acknowledged"] = len(acknowledged)
    FIGURES["found"] = len(found)
    FIGURES["answers 5xx"] = sum(1 for status in failures if status >= 500)
    FIGURES["answers 500"] = failures.count(500)
    assert len(found) == len(acknowledged), "an acknowledged message was lost"
    assert failures.count(500) == 0, failures
    # The sessions live in the database: each still works on the surviving node.
    for session in sessions:
        assert session.get(PROXY + "/messages", allow_redirects=False).status_code == 200
    # Every acknowledged message has its audit event, committed with it: one the killed node
    # had not yet chained is chained by the survivor's background work within seconds.
    deadline = time.time() + 30
    while psql("SELECT count(*) FROM audit_pending") != "0" and time.time() < deadline:
        time.sleep(0.5)
    assert psql("SELECT count(*) FROM audit_pending") == "0", "an audit event was left unchained"
    started = int(psql("SELECT count(*) FROM audit_events WHERE action = 'thread.started'"))
    FIGURES["thread.started events"] = started
    assert started >= len(found), "an acknowledged message has no audit event"


def test_each_hourly_job_ran_once(cluster):
    assert psql("SELECT count(*) FROM job_runs") != "0"
    assert psql("SELECT count(*) FROM (SELECT job, slot FROM job_runs GROUP BY job, slot HAVING count(*) > 1) twice") == "0"
    assert psql("SELECT count(*) - count(DISTINCT subject) FROM audit_events WHERE action = 'identity_document.deleted'") == "0"
    nodes = psql("SELECT count(DISTINCT node) FROM job_runs")
    FIGURES["job runs"] = psql("SELECT count(*) FROM job_runs") + f" (by {nodes} node)"


def test_a_node_stopped_mid_traffic_finishes_what_it_took_and_exits_cleanly(cluster):
    # Last: it stops the surviving node. Pages are asked of the node directly, as fast as sixteen
    # readers can, while it is told to stop (DRAIN_SECONDS is 0 here: no grace before the stop).
    node = cluster["nodes"][1]
    base = f"http://127.0.0.1:{NODE_PORTS[1]}"
    session = client("203.0.113.40")
    assert sign_in(session, "david.garcia@example.org").status_code == 303
    cookies = session.cookies.get_dict()
    answers, stop = [], threading.Event()
    lock = threading.Lock()

    def read():
        reader = requests.Session()
        reader.cookies.update(cookies)
        while not stop.is_set():
            try:
                status = reader.get(base + "/messages", allow_redirects=False, timeout=15).status_code
            except requests.RequestException:
                status = "closed"
            with lock:
                answers.append(status)
            if status == "closed":
                return

    # And clients that ask for a page and hang up without waiting for it: their requests run
    # on with no connection left for the server's own shutdown to wait for.
    cookie_header = "; ".join(f"{name}={value}" for name, value in cookies.items())
    hung_up = []

    def ask_and_hang_up():
        while not stop.is_set():
            try:
                with socket.create_connection(("127.0.0.1", NODE_PORTS[1]), timeout=5) as connection:
                    connection.sendall(
                        f"GET /messages HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {cookie_header}\r\n\r\n".encode())
                with lock:
                    hung_up.append(1)
            except OSError:
                return
            time.sleep(0.02)

    readers = [threading.Thread(target=read) for _ in range(16)] + [threading.Thread(target=ask_and_hang_up) for _ in range(2)]
    for reader in readers:
        reader.start()
    time.sleep(2)
    node.send_signal(signal.SIGTERM)
    exit_code = node.wait(timeout=30)
    stop.set()
    for reader in readers:
        reader.join(timeout=30)
    log = (WORK / f"node-{NODE_PORTS[1]}.log").read_text()
    FIGURES["pages during stop"] = f"{len(answers)} read, {len(hung_up)} asked and hung up on"
    assert exit_code == 0, f"the node exited with {exit_code}"
    assert "crashed" not in log, "the node crashed while stopping"
    assert answers.count(200) > 10 and set(answers) <= {200, "closed"}, sorted(set(map(str, answers)))
