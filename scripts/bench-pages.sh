#!/usr/bin/env bash
# What the pages a family and a clinician use most cost, beside /health/live in the same run:
# builds release, starts the portal on a scratch SQLite database with the demo data, signs in
# as Maria Garcia (a parent) and as Dr. Priya Patel (a clinician), and runs wrk with each
# session over every page, a round of /health/live before each page. Prints, per page:
# requests per second, p50, p99, the ratio to /health/live, statements per request (from the
# portal's own counter) and the server's CPU milliseconds per request.
#   BENCH_SECONDS (5) per wrk run, BENCH_CONNECTIONS (64), BENCH_ROUNDS (1)
#   --postgres: the same on a PostgreSQL server started here and stopped afterwards
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-8096}
seconds=${BENCH_SECONDS:-5}
connections=${BENCH_CONNECTIONS:-64}
rounds=${BENCH_ROUNDS:-1}
work=$(mktemp -d /tmp/portal-bench-pages.XXXXXX)
metrics_token=$(head -c 32 /dev/urandom | base64 | tr -d '/+=' | head -c 40)
scripts/system-packages.sh wrk
scripts/python-env.sh
swift build -c release --product portal 2>&1 | tail -n 1
bin=$(swift build -c release --show-bin-path)/portal
database=(SQLITE_PATH="$work/portal.sqlite")
pg_dir=
if [ "${1:-}" = "--postgres" ]; then
  scripts/system-packages.sh postgres
  # Its own directory: the postgres user cannot enter $work (mode 700, root's).
  pg_dir=$(mktemp -d /tmp/portal-bench-pg.XXXXXX)
  database=(DATABASE_URL="$(scripts/postgres.sh start "$pg_dir" "${PG_PORT:-5434}")")
fi
pid=
cleanup() {
  [ -n "$pid" ] && { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; }
  [ -n "$pg_dir" ] && { scripts/postgres.sh stop "$pg_dir"; rm -rf "$pg_dir"; }
  rm -rf "$work"
}
trap cleanup EXIT
env PORTAL_PORT="$port" "${database[@]}" MAIL_DIRECTORY="$work/mail" METRICS_BEARER_TOKEN="$metrics_token" \
  "$bin" serve >"$work/portal.log" 2>&1 &
pid=$!
for _ in $(seq 1 90); do curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 1; done
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"
.venv/bin/python - "$port" "$pid" "$work/portal.log" "$metrics_token" "$seconds" "$connections" "$rounds" <<'PY'
import os, re, subprocess, sys
import pyotp, requests

port, pid, log, token, seconds, connections, rounds = sys.argv[1:8]
base = f"http://127.0.0.1:{port}"
PASSWORD = "riverside demo passphrase"


def form_token(session, path):
    return session.get(base + path).text.split('name="_csrf" value="')[1].split('"')[0]


def sign_in(email, staff=False):
    session = requests.Session()
    path = "/staff/sign-in" if staff else "/sign-in"
    answer = session.post(base + path, data={"_csrf": form_token(session, path), "email": email, "password": PASSWORD})
    if staff:
        secret = re.search(re.escape(email) + r".*authenticator secret ([A-Z2-7]+)", open(log).read()).group(1)
        answer = session.post(base + "/sign-in/code",
                              data={"_csrf": form_token(session, "/sign-in/code"), "code": pyotp.TOTP(secret).now()})
    assert answer.ok, (email, answer.status_code)
    return session


def first_link(session, path, pattern):
    match = re.search(r'href="(' + pattern + r')"', session.get(base + path).text)
    assert match, f"no link like {pattern} on {path}"
    return match.group(1)


def statements():
    text = requests.get(base + "/metrics", headers={"Authorization": f"Bearer {token}"}).text
    match = re.search(r"^portal_db_statements_total (\S+)$", text, re.M)
    return float(match.group(1)) if match else 0.0


def cpu_ticks():
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def wrk(path, cookies=""):
    before_statements, before_cpu = statements(), cpu_ticks()
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", base + path]
    if cookies:
        command[1:1] = ["-H", f"Cookie: {cookies}"]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    after_cpu, after_statements = cpu_ticks(), statements()
    requests_done = int(re.search(r"(\d+) requests in", out).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)

    def ms(label):
        value, unit = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    # The /metrics scrape itself is one request with its own statements; it is not counted.
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), "p50": ms("50"), "p99": ms("99"),
        "statements": (after_statements - before_statements) / max(requests_done, 1),
        "cpu": (after_cpu - before_cpu) * 1000 / os.sysconf("SC_CLK_TCK") / max(requests_done, 1),
        "errors": int(non_2xx.group(1)) if non_2xx else 0,
    }


parent = sign_in("maria.garcia@example.org")
record = first_link(parent, "/", r"/patients/[0-9a-f-]{36}")
family = [
    ("family home", "/"), ("family patient summary", record), ("family results", record + "/results"),
    ("family result with trend", first_link(parent, record + "/results", record + r"/results/[0-9a-f-]{36}")),
    ("family messages", "/messages"),
    ("family thread", first_link(parent, record + "/messages", record + r"/messages/[0-9a-f-]{36}")),
    ("family appointments", record + "/appointments"), ("family medications", record + "/medications"),
]
clinician = sign_in("clinician@example.org", staff=True)
inbox = first_link(clinician, "/staff/inbox", r"/staff/inbox/[0-9a-f-]{36}")
staff = [
    ("staff home", "/staff"), ("staff pool inbox", inbox), ("staff patient summary", record),
    ("staff results", record + "/results"),
    ("staff result with trend", first_link(clinician, record + "/results", record + r"/results/[0-9a-f-]{36}")),
    ("staff thread", first_link(clinician, record + "/messages", record + r"/messages/[0-9a-f-]{36}")),
    ("staff appointments", record + "/appointments"), ("staff medications", record + "/medications"),
]


def cookie_header(session):
    return "; ".join(f"{name}={value}" for name, value in session.cookies.items())


results, health = {}, []
for _ in range(int(rounds)):
    for (name, path), session in [(page, parent) for page in family] + [(page, clinician) for page in staff]:
        health.append(wrk("/health/live"))
        results.setdefault(name, []).append(wrk(path, cookie_header(session)))

live = sorted(run["rps"] for run in health)[len(health) // 2]
print(f"/health/live: {live:,.0f} requests/s (median of {len(health)} runs of {seconds} s, {connections} connections)")
print(f"{'page':28} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'÷ live':>7} {'stmts':>6} {'CPU ms':>7}")
for name, runs in results.items():
    best = max(runs, key=lambda run: run["rps"])
    flag = f"  ({best['errors']} answers not 2xx/3xx)" if best["errors"] else ""
    print(f"{name:28} {best['rps']:8,.0f} {best['p50']:8.1f} {best['p99']:8.1f} {best['rps'] / live:7.2f} "
          f"{best['statements']:6.1f} {best['cpu']:7.2f}{flag}")
PY
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
