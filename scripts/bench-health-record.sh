#!/usr/bin/env bash
# Measures the health record's pages on a release build with its embedded SQLite database:
# a patient with 20,000 more laboratory values over 18 years (Lucia, 19, imported through
# POST /import/fhir) against one with about 50 (Sofia, 5), each seen by a member of the
# family. Prints the median and 99th percentile of the results list, a trend page and the
# health summary for both, how long the import took, and a re-import of the same bundle.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-8095}
requests=${BENCH_REQUESTS:-200}
work=$(mktemp -d /tmp/portal-bench.XXXXXX)
secret=$(head -c 32 /dev/urandom | base64 | tr -d '/+=' | head -c 40)
scripts/python-env.sh
swift build -c release --product portal 2>&1 | tail -n 1
bin=$(swift build -c release --show-bin-path)/portal
PORTAL_PORT=$port SQLITE_PATH="$work/portal.sqlite" MAIL_DIRECTORY="$work/mail" FHIR_IMPORT_SECRET="$secret" \
  "$bin" serve >"$work/portal.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 90); do curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 1; done
.venv/bin/python - "$port" "$secret" "$requests" <<'PY'
import datetime, json, random, re, statistics, sys, time
import requests

base, secret, n = f"http://127.0.0.1:{sys.argv[1]}", sys.argv[2], int(sys.argv[3])
LOINC, UCUM = "http://loinc.org", "http://unitsofmeasure.org"
PANELS = [
    ("58410-2", "Complete blood count", [("718-7", "Hemoglobin", "g/dL", 12, 16), ("4544-3", "Hematocrit", "%", 36, 46),
        ("6690-2", "White blood cells", "10*3/uL", 4.5, 11), ("777-3", "Platelets", "10*3/uL", 150, 450),
        ("787-2", "MCV", "fL", 80, 96)]),
    ("51990-0", "Basic metabolic panel", [("2951-2", "Sodium", "mmol/L", 135, 145), ("2823-3", "Potassium", "mmol/L", 3.5, 5.1),
        ("2075-0", "Chloride", "mmol/L", 98, 107), ("2028-9", "Carbon dioxide", "mmol/L", 22, 29),
        ("3094-0", "Urea nitrogen", "mg/dL", 7, 20), ("2160-0", "Creatinine", "mg/dL", 0.5, 1.0),
        ("2345-7", "Glucose", "mg/dL", 70, 99), ("17861-6", "Calcium", "mg/dL", 8.6, 10.3)]),
    ("24325-3", "Hepatic and other studies", [("1742-6", "ALT", "U/L", 7, 35), ("1920-8", "AST", "U/L", 10, 35),
        ("6768-6", "Alkaline phosphatase", "U/L", 40, 150), ("1975-2", "Bilirubin, total", "mg/dL", 0.2, 1.2),
        ("1751-7", "Albumin", "g/dL", 3.5, 5.0), ("2885-2", "Protein, total", "g/dL", 6.0, 8.3),
        ("19123-9", "Magnesium", "mg/dL", 1.7, 2.2), ("2777-1", "Phosphorus", "mg/dL", 2.5, 4.5),
        ("1988-5", "C-reactive protein", "mg/L", 0, 10), ("2276-4", "Ferritin", "ng/mL", 15, 150),
        ("3016-3", "TSH", "m[IU]/L", 0.5, 4.5), ("1989-3", "Vitamin D, 25-hydroxy", "ng/mL", 30, 100)]),
]
DRAWS = 800  # x 25 values = 20,000

def long_history_bundle():
    random.seed(7)
    now = datetime.datetime.now(datetime.timezone.utc)
    start = now - datetime.timedelta(days=365.25 * 18)
    step = (now - datetime.timedelta(days=3) - start) / DRAWS
    entries = [{"fullUrl": "urn:uuid:lucia", "resource": {"resourceType": "Patient", "identifier": [{
        "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
        "value": "MRN100003"}]}}]
    for draw in range(DRAWS):
        when = (start + step * draw).replace(microsecond=0)
        collected, issued = when.isoformat(), (when + datetime.timedelta(hours=4)).isoformat()
        for code, name, tests in PANELS:
            refs = []
            for loinc, test, unit, low, high in tests:
                oid = f"bench-{draw}-{loinc}"
                value = round(random.uniform(low - (high - low) * 0.15, high + (high - low) * 0.15), 2)
                flag = "L" if value < low else "H" if value > high else "N"
                refs.append({"reference": f"urn:uuid:{oid}"})
                entries.append({"fullUrl": f"urn:uuid:{oid}", "resource": {
                    "resourceType": "Observation", "identifier": [{"system": "urn:bench", "value": oid}], "status": "final",
                    "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory"}]}],
                    "code": {"coding": [{"system": LOINC, "code": loinc, "display": test}], "text": test},
                    "subject": {"reference": "urn:uuid:lucia"}, "effectiveDateTime": collected, "issued": issued,
                    "valueQuantity": {"value": value, "unit": unit, "system": UCUM, "code": unit},
                    "referenceRange": [{"low": {"value": low}, "high": {"value": high}}],
                    "interpretation": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "code": flag}]}]}})
            rid = f"bench-{draw}-{code}"
            entries.append({"fullUrl": f"urn:uuid:{rid}", "resource": {
                "resourceType": "DiagnosticReport", "identifier": [{"system": "urn:bench", "value": rid}], "status": "final",
                "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": "LAB"}]}],
                "code": {"coding": [{"system": LOINC, "code": code, "display": name}], "text": name},
                "subject": {"reference": "urn:uuid:lucia"}, "effectiveDateTime": collected, "issued": issued, "result": refs}})
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}

long_history = long_history_bundle()
bundle = json.dumps(long_history).encode()
t = time.perf_counter()
r = requests.post(base + "/import/fhir", data=bundle, timeout=600,
                  headers={"Authorization": f"Bearer {secret}", "Content-Type": "application/fhir+json"})
seconds = time.perf_counter() - t
assert r.status_code == 200, r.text[:500]
created = re.search(r"Observation: (\d+) created", r.text).group(1)
resources = len(long_history["entry"]) - 1  # the Patient is matched, not imported
print(f"import of {len(bundle) / 1e6:.1f} MB bundle: {created} Observations created in {seconds:.2f} s, "
      f"{resources / seconds:,.0f} resources/s")
t = time.perf_counter()
r = requests.post(base + "/import/fhir", data=bundle, timeout=600,
                  headers={"Authorization": f"Bearer {secret}", "Content-Type": "application/fhir+json"})
again = time.perf_counter() - t
assert r.status_code == 200 and re.search(r"Observation: 0 created, 0 updated", r.text), r.text[:500]
print(f"re-import of the same bundle: {again:.2f} s, {resources / again:,.0f} resources/s, {seconds / again:.1f}x faster")

def session_for(email):
    s = requests.Session()
    token = s.get(base + "/sign-in").text.split('name="_csrf" value="')[1].split('"')[0]
    r = s.post(base + "/sign-in", data={"_csrf": token, "email": email, "password": "riverside demo passphrase"},
               allow_redirects=False)
    assert r.status_code == 303, r.status_code
    return s

def pages_for(s, name):
    home = s.get(base + "/").text
    record = re.search(r'href="(/patients/[0-9a-f-]+)"[^>]*>%s<' % name, home).group(1)
    results = s.get(base + record + "/results").text
    trend = re.search(r'href="(%s/results/[0-9a-f-]+)">Hemoglobin<' % record, results).group(1)
    charted = re.search(r"Chart of ([\d,]+) ", s.get(base + trend + "?years=0").text)
    values = charted.group(1) if charted else "no chart"
    return record, {"results list": record + "/results", "trend (5 years)": trend, "trend (all)": trend + "?years=0",
                    "health summary": record + "/health-summary"}, values

def measure(s, path):
    samples = []
    for _ in range(n):
        t = time.perf_counter()
        r = s.get(base + path)
        samples.append((time.perf_counter() - t) * 1000)
        assert r.status_code == 200
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.99))]

long_s, short_s = session_for("lucia.garcia@example.org"), session_for("david.garcia@example.org")
_, long_pages, long_values = pages_for(long_s, "Lucy")
_, short_pages, short_values = pages_for(short_s, "Sofia Garcia")
print(f"hemoglobin values charted: long history {long_values}, short history {short_values}; n={n} requests per page")
print(f"{'page':<18} {'long median':>12} {'long p99':>10} {'short median':>13} {'short p99':>10} {'ratio':>6}")
for label in long_pages:
    lm, lp = measure(long_s, long_pages[label])
    sm, sp = measure(short_s, short_pages[label])
    print(f"{label:<18} {lm:>10.2f}ms {lp:>8.2f}ms {sm:>11.2f}ms {sp:>8.2f}ms {lm / sm:>6.2f}")
PY
