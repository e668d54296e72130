"""Plays a health app a family connects, with the independent fhirclient library: prints
the address to open, waits for the portal to send the browser back, then reads the record
it was given through the FHIR API and prints what it found.

    scripts/try-app.sh                      # against http://127.0.0.1:8080
    PORTAL_URL=http://127.0.0.1:9090 scripts/try-app.sh
"""
import http.server
import os
import sys
import threading
import urllib.parse

from fhirclient import client as fhir_client
from fhirclient.models.allergyintolerance import AllergyIntolerance
from fhirclient.models.appointment import Appointment
from fhirclient.models.diagnosticreport import DiagnosticReport
from fhirclient.models.documentreference import DocumentReference
from fhirclient.models.immunization import Immunization
from fhirclient.models.medicationrequest import MedicationRequest
from fhirclient.models.observation import Observation
from fhirclient.models.patient import Patient

PORTAL = os.environ.get("PORTAL_URL", "http://127.0.0.1:8080").rstrip("/")
REDIRECT = "http://127.0.0.1:8765/callback"
arrived = threading.Event()
callback = {}


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if not self.path.startswith("/callback"):
            self.send_response(404)
            self.end_headers()
            return
        callback["path"] = self.path
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(b"<!doctype html><title>Demo app</title><p>Connected. Go back to the terminal.</p>")
        arrived.set()

    def log_message(self, *args):
        pass


def main():
    server = http.server.HTTPServer(("127.0.0.1", 8765), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    app = fhir_client.FHIRClient(settings={
        "app_id": "demo-health-app", "api_base": PORTAL + "/fhir/r4", "redirect_uri": REDIRECT,
        "scope": "launch/patient openid fhirUser offline_access patient/*.rs",
    })
    print("Open this address in a browser, sign in as a demo family member and choose a record:\n")
    print("  " + app.authorize_url + "\n")
    if not arrived.wait(timeout=600):
        sys.exit("No answer from the portal within 10 minutes.")
    server.shutdown()
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(callback["path"]).query)
    if "error" in query:
        sys.exit(f"The portal answered {query['error'][0]}: {query.get('error_description', [''])[0]}")
    app.handle_callback("http://127.0.0.1:8765" + callback["path"])
    patient = Patient.read(app.patient_id, app.server)
    print(f"Connected to {patient.name[0].text}'s record (born {patient.birthDate.isostring}).")
    for model in (Observation, DiagnosticReport, MedicationRequest, AllergyIntolerance, Immunization,
                  DocumentReference, Appointment):
        found = list(model.where(struct={"patient": app.patient_id}).perform_resources_iter(app.server))
        print(f"  {model.resource_type}: {len(found)}")
    for observation in list(Observation.where(struct={"patient": app.patient_id, "_count": "5"})
                            .perform_resources_iter(app.server))[:5]:
        value = observation.valueQuantity
        shown = f"{value.value} {value.unit or ''}" if value else (observation.valueString or "")
        print(f"    {observation.effectiveDateTime.isostring[:10]}  {observation.code.text}: {shown}")


if __name__ == "__main__":
    main()
