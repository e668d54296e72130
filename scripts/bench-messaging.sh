#!/usr/bin/env bash
# Measures messaging on a release build with its embedded SQLite database: a care-team pool
# holding 10,000 threads and 100,000 messages against one holding 100 threads and 1,000
# messages, both worked by the demo clinician. Prints the median and 99th percentile of the
# pool's inbox page, a thread page and sending a reply (until the portal acknowledges it).
# The threads are written straight into the database file between two runs of the portal,
# so the measurement is of the portal, not of how fast a script can post 100,000 forms.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-8097}
requests=${BENCH_REQUESTS:-200}
work=$(mktemp -d /tmp/portal-bench-messaging.XXXXXX)
scripts/python-env.sh
swift build -c release --product portal 2>&1 | tail -n 1
bin=$(swift build -c release --show-bin-path)/portal
pid=
trap '[ -n "$pid" ] && { kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; }; rm -rf "$work"' EXIT
start() {
  PORTAL_PORT=$port SQLITE_PATH="$work/portal.sqlite" MAIL_DIRECTORY="$work/mail" "$bin" serve >>"$work/portal.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 90); do curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && return; sleep 1; done
  echo "the portal did not start" >&2; exit 1
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

start   # creates the schema and the demo data
stop
.venv/bin/python - "$work/portal.sqlite" <<'PY'
import random, sqlite3, sys, time, uuid
db = sqlite3.connect(sys.argv[1])
u = lambda: str(uuid.uuid4()).upper()
clinician = db.execute("select id from staff_users where email = 'clinician@example.org'").fetchone()[0]
parent = db.execute("select id from members where email = 'maria.garcia@example.org'").fetchone()[0]
now = time.time()
random.seed(11)
patients = []
for n in range(2000):
    pid = u()
    patients.append(pid)
    db.execute("insert into patients values (?, ?, ?, null, ?, 'unknown', '60614', 'en', ?)",
               (pid, f"BENCH{n:05d}", f"Bench Patient {n}", f"{2010 + n % 15}-0{1 + n % 9}-1{n % 10}", now))
def pool(name, threads, per_thread):
    pool_id = u()
    db.execute("insert into care_pools values (?, 'care_team', ?, ?, 2, 0, ?)", (pool_id, name, name + " (es)", now))
    db.execute("insert into pool_members values (?, ?, ?)", (u(), pool_id, clinician))
    for t in range(threads):
        thread_id, created = u(), now - random.uniform(0, 2 * 365 * 86400)
        waiting = t % 2 == 0
        last = created + per_thread * 3600
        db.execute(
            "insert into message_threads (id, patient_id, pool_id, subject, audience, status, started_by_member_id, "
            "created_at, last_message_at, last_author_member_id, waiting_since, message_count) "
            "values (?, ?, ?, ?, 'proxies', ?, ?, ?, ?, ?, ?, ?)",
            (thread_id, random.choice(patients), pool_id, f"Question {t}", "open" if t % 5 else "done", parent,
             created, last, parent if waiting else None, last if waiting else None, per_thread))
        rows = []
        for m in range(per_thread):
            # Family and care team take turns; a waiting thread ends with the family's message.
            family = (per_thread - 1 - m) % 2 == (0 if waiting else 1)
            rows.append((u(), thread_id, parent if family else None, None if family else clinician,
                         f"Message {m} of thread {t}. " * 8, uuid.uuid4().hex + uuid.uuid4().hex[:11], m + 1,
                         created + m * 3600, None))
        db.executemany("insert into thread_messages values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return pool_id
t = time.perf_counter()
pool("Busy Clinic", 10000, 10)
pool("Small Clinic", 100, 10)
db.commit()
print(f"wrote 10,100 threads and 101,000 messages in {time.perf_counter() - t:.1f} s")
PY
start
.venv/bin/python - "$port" "$requests" "$work/portal.log" <<'PY'
import re, secrets, statistics, sys, time
import pyotp, requests

base, n, log = f"http://127.0.0.1:{sys.argv[1]}", int(sys.argv[2]), open(sys.argv[3]).read()
secret = re.search(r"clinician@example.org.*authenticator secret ([A-Z2-7]+)", log).group(1)
s = requests.Session()
token = s.get(base + "/staff/sign-in").text.split('name="_csrf" value="')[1].split('"')[0]
r = s.post(base + "/staff/sign-in", allow_redirects=False,
           data={"_csrf": token, "email": "clinician@example.org", "password": "riverside demo passphrase"})
assert r.status_code == 303, r.status_code
# Each sign-in step starts a new session, with its own form token.
token = s.get(base + "/sign-in/code").text.split('name="_csrf" value="')[1].split('"')[0]
r = s.post(base + "/sign-in/code", allow_redirects=False, data={"_csrf": token, "code": pyotp.TOTP(secret).now()})
assert r.headers.get("Location") == "/staff", r.status_code
token = s.get(base + "/staff").text.split('name="_csrf" value="')[1].split('"')[0]
pools = dict((name, link) for link, name in re.findall(r'href="(/staff/inbox/[0-9a-f-]+)">([^<]+)<', s.get(base + "/staff/inbox").text))

def timed(call):
    samples = []
    for i in range(n):
        t = time.perf_counter()
        r = call(i)
        samples.append((time.perf_counter() - t) * 1000)
        assert r.status_code in (200, 303), r.status_code
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.99))]

results = {}
for name in ("Busy Clinic", "Small Clinic"):
    inbox = s.get(base + pools[name]).text
    assert "Question" in inbox
    threads = re.findall(r'href="(/patients/[0-9a-f-]+/messages/[0-9a-f-]+)"', inbox)
    pool_id = pools[name].rsplit("/", 1)[1]
    results[name] = {
        "pool inbox (first 50)": timed(lambda i: s.get(base + pools[name])),
        "thread page (10 messages)": timed(lambda i: s.get(base + threads[0])),
        "send a reply": timed(lambda i: s.post(base + threads[1 + i % (len(threads) - 1)] + "/replies", allow_redirects=False,
            data={"_csrf": token, "body": f"Reply {i}: thank you, we will call you today.", "key": secrets.token_urlsafe(32),
                  "pool": pool_id})),
    }
print(f"n={n} requests each; release build, SQLite; times until the portal answered")
print(f"{'':<28} {'10,000 threads':>26} {'100 threads':>26}")
print(f"{'':<28} {'median':>12} {'p99':>12} {'median':>12} {'p99':>12}")
for label in results["Busy Clinic"]:
    bm, bp = results["Busy Clinic"][label]
    sm, sp = results["Small Clinic"][label]
    print(f"{label:<28} {bm:>10.2f}ms {bp:>10.2f}ms {sm:>10.2f}ms {sp:>10.2f}ms")
PY
