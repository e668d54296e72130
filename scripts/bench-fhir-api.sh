#!/usr/bin/env bash
# Measures the FHIR API on a release build with its embedded SQLite database: imports 300
# laboratory values for Sofia (5), connects an app to her record as her mother through the
# real launch (sign-in, consent, code, PKCE), then times a search that returns 100
# Observations, one request at a time, and prints the median and 99th percentile.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-8096}
requests=${BENCH_REQUESTS:-300}
work=$(mktemp -d /tmp/portal-bench-fhir.XXXXXX)
secret=$(head -c 32 /dev/urandom | base64 | tr -d '/+=' | head -c 40)
scripts/python-env.sh
swift build -c release --product portal 2>&1 | tail -n 1
bin=$(swift build -c release --show-bin-path)/portal
PORTAL_PORT=$port SQLITE_PATH="$work/portal.sqlite" MAIL_DIRECTORY="$work/mail" FHIR_IMPORT_SECRET="$secret" \
  API_TOKEN_REQUESTS_PER_MINUTE=1000000 API_APP_REQUESTS_PER_MINUTE=1000000 \
  "$bin" serve >"$work/portal.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 90); do curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 1; done
.venv/bin/python - "$port" "$secret" "$requests" <<'PY'
import base64, datetime, hashlib, re, secrets, statistics, sys, time, urllib.parse
import requests

base, import_secret, n = f"http://127.0.0.1:{sys.argv[1]}", sys.argv[2], int(sys.argv[3])
now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
entries = [{"fullUrl": "urn:uuid:sofia", "resource": {"resourceType": "Patient", "identifier": [{
    "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
    "value": "MRN100001"}]}}]
for i in range(300):
    when = (now - datetime.timedelta(days=3 + i * 7)).isoformat()
    entries.append({"fullUrl": f"urn:uuid:bench-{i}", "resource": {
        "resourceType": "Observation", "id": f"bench-{i}", "status": "final",
        "identifier": [{"system": "urn:bench", "value": f"bench-{i}"}],
        "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory"}]}],
        "code": {"coding": [{"system": "http://loinc.org", "code": "718-7", "display": "Hemoglobin"}], "text": "Hemoglobin"},
        "subject": {"reference": "urn:uuid:sofia"}, "effectiveDateTime": when, "issued": when,
        "valueQuantity": {"value": 12.5, "unit": "g/dL", "system": "http://unitsofmeasure.org", "code": "g/dL"},
        "referenceRange": [{"low": {"value": 11.5}, "high": {"value": 15.5}}]},
        "request": {"method": "PUT", "url": f"Observation?identifier=urn:bench|bench-{i}"}})
answer = requests.post(base + "/import/fhir", json={"resourceType": "Bundle", "type": "transaction", "entry": entries},
                       headers={"Authorization": f"Bearer {import_secret}", "Content-Type": "application/fhir+json"})
assert answer.status_code == 200, answer.text[:500]

# The launch, as a browser would make it: sign in, consent for Sofia, the code, the token.
browser = requests.Session()
csrf = lambda html: re.search(r'name="_csrf" value="([^"]+)"', html).group(1)
page = browser.get(base + "/sign-in").text
browser.post(base + "/sign-in", data={"_csrf": csrf(page), "email": "maria.garcia@example.org",
                                      "password": "riverside demo passphrase"})
verifier = secrets.token_urlsafe(48)
challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
redirect = "http://127.0.0.1:8765/callback"
consent = browser.get(base + "/oauth/authorize", params={
    "response_type": "code", "client_id": "demo-health-app", "redirect_uri": redirect, "state": "s",
    "scope": "launch/patient patient/*.rs", "aud": base + "/fhir/r4", "code_challenge": challenge,
    "code_challenge_method": "S256"})
sofia = re.search(r'value="([0-9a-f-]{36})"[^>]*>\s*<label for="patient-[0-9a-f-]{36}">Sofia Garcia', consent.text) \
    or re.search(r'id="patient-([0-9a-f-]{36})"[^>]*>\s*<label[^>]*>Sofia Garcia', consent.text)
patient = sofia.group(1)
allowed = browser.post(consent.url, data={"_csrf": csrf(consent.text), "decision": "allow", "patient": patient},
                       allow_redirects=False)
code = urllib.parse.parse_qs(urllib.parse.urlsplit(allowed.headers["Location"]).query)["code"][0]
token = requests.post(base + "/oauth/token", data={"grant_type": "authorization_code", "code": code,
    "redirect_uri": redirect, "code_verifier": verifier, "client_id": "demo-health-app"}).json()["access_token"]

api = requests.Session()
api.headers.update({"Authorization": f"Bearer {token}", "Accept": "application/fhir+json"})
url = f"{base}/fhir/r4/Observation?patient={patient}&_count=100"
first = api.get(url).json()
assert len(first["entry"]) == 100 and first["total"] >= 300, (len(first.get("entry", [])), first.get("total"))
for _ in range(20):
    api.get(url)
times = []
for _ in range(n):
    start = time.perf_counter()
    response = api.get(url)
    times.append((time.perf_counter() - start) * 1000)
    assert response.status_code == 200
times.sort()
print(f"Observation search, 100 resources of {first['total']} ({len(api.get(url).content) // 1024} KB), "
      f"{n} requests one at a time: median {statistics.median(times):.1f} ms, p99 {times[int(len(times) * 0.99) - 1]:.1f} ms")
PY
