"""The real portal's production-style logs: one JSON object per line, no health information."""
import json
import re
from pathlib import Path

import requests

from conftest import DEMO_PASSWORD
from portal_process import portal


def test_json_logs_name_routes_not_patients_or_people():
    Path("artifacts/json-log-portal.log").unlink(missing_ok=True)  # the portal appends; read this run alone
    with portal(8095, "json-log-portal", LOG_FORMAT="json") as (process, base):
        session = requests.Session()
        token = session.get(base + "/sign-in").text.split('name="_csrf" value="')[1].split('"')[0]
        home = session.post(base + "/sign-in", data={"_csrf": token, "email": "maria.garcia@example.org",
                                                     "password": DEMO_PASSWORD})
        patient_path = re.search(r'href="(/patients/[0-9a-fA-F-]{36})"', home.text).group(1)
        assert session.get(base + patient_path + "?q=Sofia").status_code == 200
        assert session.get(base + "/patients/not-a-patient").status_code == 404
    lines = [line for line in Path("artifacts/json-log-portal.log").read_text().splitlines() if line.startswith("{")]
    events = [json.loads(line) for line in lines]
    routes = {(e.get("method"), e.get("route"), e.get("status")) for e in events if e["message"] == "request"}
    assert ("POST", "/sign-in", "200") in routes or ("POST", "/sign-in", "303") in routes
    assert ("GET", "/patients/:patientID", "200") in routes
    assert all(e.get("request-id") for e in events if e["message"] == "request")
    text = "\n".join(lines)
    for secret in ("maria.garcia", "Sofia", "Garcia", patient_path.rsplit("/", 1)[1], DEMO_PASSWORD):
        assert secret.lower() not in text.lower(), f"the log holds {secret!r}"
