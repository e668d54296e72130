#!/usr/bin/env bash
# Measures, on a release build with its embedded SQLite database, the time of a whole
# sign-in (the POST: throttle check, bcrypt at the configured cost, new session, audit
# commit) and of a signed-in home page, as medians of many sequential requests.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-8094}
work=$(mktemp -d /tmp/portal-bench.XXXXXX)
scripts/python-env.sh
swift build -c release --product portal 2>&1 | tail -n 1
bin=$(swift build -c release --show-bin-path)/portal
PORTAL_PORT=$port SQLITE_PATH="$work/portal.sqlite" "$bin" serve >"$work/portal.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 1; done
.venv/bin/python - "$port" <<'PY'
import statistics, sys, time
import requests
base = f"http://127.0.0.1:{sys.argv[1]}"
def ms(samples): return f"median {statistics.median(samples):.1f} ms, p90 {sorted(samples)[int(len(samples) * 0.9)]:.1f} ms, n={len(samples)}"
sign_ins, homes = [], []
for _ in range(15):
    s = requests.Session()
    token = s.get(base + "/sign-in").text.split('name="_csrf" value="')[1].split('"')[0]
    t = time.perf_counter()
    r = s.post(base + "/sign-in", data={"_csrf": token, "email": "maria.garcia@example.org",
               "password": "riverside demo passphrase"}, allow_redirects=False)
    sign_ins.append((time.perf_counter() - t) * 1000)
    assert r.status_code == 303
    for _ in range(20):
        t = time.perf_counter()
        page = s.get(base + "/")
        homes.append((time.perf_counter() - t) * 1000)
        assert page.status_code == 200 and "Sofia Garcia" in page.text
print(f"sign-in (POST, bcrypt cost 12): {ms(sign_ins)}")
print(f"signed-in home page (2 records and 1 ended-at-18 card, 3 audit events): {ms(homes)}")
PY
