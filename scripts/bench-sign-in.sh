#!/usr/bin/env bash
# Sign-ins on a release build with its embedded SQLite database and the demo data:
#  1. one at a time: the time of a whole sign-in (the POST: throttle check, bcrypt at the
#     configured cost, new session, audit) and of a signed-in home page, medians;
#  2. a surge alone: SURGE_RATE sign-ins a second (20) for SURGE_SECONDS (10), each a
#     different request at its own moment (an asyncio client, light on the shared cores);
#     how many were served a second against the hashing limit (cores ÷ the hash time the
#     portal measured at start), how many were refused (503) and how fast;
#  3. the family home page under wrk (-t2 -c64) without, then with, the same surge: the
#     pages' p99 and its ratio, SURGE_ROUNDS (3) times (one 10 s p99 swings by half on
#     this machine), and the median ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-8094}
work=$(mktemp -d /tmp/portal-bench.XXXXXX)
scripts/system-packages.sh wrk
scripts/python-env.sh
swift build -c release --product portal 2>&1 | tail -n 1
bin=$(swift build -c release --show-bin-path)/portal
PORTAL_PORT=$port SQLITE_PATH="$work/portal.sqlite" MAIL_DIRECTORY="$work/mail" "$bin" serve >"$work/portal.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 1; done
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"
.venv/bin/python - "$port" "$work/portal.log" "${SURGE_RATE:-20}" "${SURGE_SECONDS:-10}" "${SURGE_ROUNDS:-3}" <<'PY'
import asyncio, os, re, statistics, subprocess, sys, threading, time, urllib.parse
import requests

port, log, rate, seconds, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
base = f"http://127.0.0.1:{port}"
EMAIL, PASSWORD = "maria.garcia@example.org", "riverside demo passphrase"
FAMILY = [EMAIL, "david.garcia@example.org", "lucia.garcia@example.org", "mateo.garcia@example.org"]


def ms(samples):
    ordered = sorted(samples)
    return f"median {statistics.median(ordered):.1f} ms, p90 {ordered[int(len(ordered) * 0.9)]:.1f} ms, n={len(ordered)}"


def signed_in():
    session = requests.Session()
    token = session.get(base + "/sign-in").text.split('name="_csrf" value="')[1].split('"')[0]
    answer = session.post(base + "/sign-in", data={"_csrf": token, "email": EMAIL, "password": PASSWORD},
                          allow_redirects=False)
    return session, answer


sign_ins, homes = [], []
for _ in range(15):
    started = time.perf_counter()
    session, answer = signed_in()
    sign_ins.append((time.perf_counter() - started) * 1000)
    assert answer.status_code == 303, answer.status_code
    for _ in range(20):
        started = time.perf_counter()
        page = session.get(base + "/")
        homes.append((time.perf_counter() - started) * 1000)
        assert page.status_code == 200 and "Sofia Garcia" in page.text
print(f"one at a time: sign-in (GET the form, POST it) {ms(sign_ins)}; signed-in home page {ms(homes)}")

calibrated = next(line for line in open(log) if "password hashing calibrated" in line)
hash_ms = float(re.search(r"ms_per_hash[=:] *\"?(\d+)", calibrated).group(1))
limit = os.cpu_count() / (hash_ms / 1000)
print(f"the portal measured {hash_ms:.0f} ms per hash at start: the hashing limit is {limit:.1f} sign-ins a second")


async def exchange(reader, writer, request):
    writer.write(request)
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    length = re.search(rb"(?im)^content-length:\s*(\d+)", head)
    body = await reader.readexactly(int(length.group(1)) if length else 0)
    return int(head.split(b" ", 2)[1]), head, body
async def one_sign_in(email):
    """GET the form and POST it on one connection; the POST is timed."""
    reader, writer = await asyncio.open_connection("127.0.0.1", int(port))
    try:
        _, head, body = await exchange(reader, writer, b"GET /sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        cookies = "; ".join(c.decode() for c in re.findall(rb"(?im)^set-cookie:\s*([^;\r\n]+)", head))
        token = re.search(rb'name="_csrf" value="([^"]+)"', body).group(1).decode()
        form = urllib.parse.urlencode({"_csrf": token, "email": email, "password": PASSWORD}).encode()
        started = time.perf_counter()
        status, head, _ = await exchange(reader, writer, (
            f"POST /sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {cookies}\r\n"
            f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(form)}\r\n\r\n").encode() + form)
        retry = re.search(rb"(?im)^retry-after:\s*(\S+)", head)
        return status, (time.perf_counter() - started) * 1000, retry and retry.group(1).decode()
    finally:
        writer.close()
def surge():
    """SURGE_RATE sign-ins a second, each started at its own moment. An asyncio client: with a
    thread and a `requests` session per sign-in, the client's own CPU on the same two cores
    raised the pages' p99 by a third with the sign-ins' POSTs left out."""
    async def run():
        began, tasks = time.perf_counter(), []
        for index in range(rate * seconds):
            delay = began + index / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            # The demo family's four accounts in turn: one account's attempts in flight count
            # against its own throttle (five), which is not what this measures.
            tasks.append(asyncio.create_task(one_sign_in(FAMILY[index % len(FAMILY)])))
        # A connection that fails counts as an answer of its own, not the end of the run.
        answers = await asyncio.gather(*tasks, return_exceptions=True)
        return [(type(a).__name__, 0, None) if isinstance(a, BaseException) else a for a in answers], \
            time.perf_counter() - began
    return asyncio.run(run())
def report(results, elapsed):
    served = [t for status, t, _ in results if status == 303]
    refused = [t for status, t, retry in results if status == 503]
    other = sorted({str(status) for status, _, _ in results if status not in (303, 503)})
    without_retry = sum(1 for status, _, retry in results if status == 503 and not retry)
    line = f"{len(results)} sign-ins in {elapsed:.1f} s: {len(served)} served ({len(served) / elapsed:.1f} a second, " \
           f"{len(served) / elapsed / limit:.0%} of the hashing limit)"
    if served:
        line += f", slowest served {max(served):.0f} ms"
    line += f"; {len(refused)} refused with 503"
    if refused:
        line += f" (slowest refusal {max(refused):.0f} ms, {without_retry} without Retry-After)"
    if other:
        line += f"; other answers: {other}"
    print(line)


session, _ = signed_in()
cookie = "; ".join(f"{name}={value}" for name, value in session.cookies.items())


def wrk():
    out = subprocess.run(["wrk", "-t2", "-c64", f"-d{seconds}s", "--latency", "-H", f"Cookie: {cookie}", base + "/"],
                         capture_output=True, text=True, check=True).stdout
    value, unit = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
    p99 = float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), p99


print(f"surge alone, {rate} a second for {seconds} s:")
report(*surge())
time.sleep(2)
ratios = []
for round in range(1, rounds + 1):
    quiet_rps, quiet_p99 = wrk()
    print(f"round {round}: family home under wrk -t2 -c64, no sign-ins: {quiet_rps:,.0f} requests/s, p99 {quiet_p99:.1f} ms")
    loaded = {}
    pages = threading.Thread(target=lambda: loaded.update(zip(("rps", "p99"), wrk())))
    pages.start()
    print(f"round {round}: the same, during a surge of {rate} sign-ins a second:")
    report(*surge())
    pages.join()
    ratios.append(loaded['p99'] / quiet_p99)
    print(f"round {round}: family home during the surge: {loaded['rps']:,.0f} requests/s, p99 {loaded['p99']:.1f} ms "
          f"({ratios[-1]:.2f}× the p99 without sign-ins)")
    time.sleep(2)
print(f"pages' p99 during a surge ÷ without, {rounds} rounds: median {statistics.median(ratios):.2f}× "
      f"(from {min(ratios):.2f}× to {max(ratios):.2f}×)")
PY
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
