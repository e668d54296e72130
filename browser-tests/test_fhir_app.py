"""An app a family connects, played by the independent fhirclient library: an administrator
registers it in the back office; Maria connects it to Mateo's record through a real
standalone launch (PKCE, the portal's own sign-in and consent pages in Chromium); the app
reads every type the API serves, each resource checked by fhir.resources (R4) and its ID
token by jwcrypto against the published keys. Mateo (14) connects it to his own record: it
sees his confidential items, his mother's never does. David answers in Spanish and says no.
Maria disconnects the app and its token stops."""
import http.server
import json
import re
import threading
import urllib.parse

import pytest
import requests
from fhir.resources import construct_fhir_element
from fhirclient import client as fhir_client
from fhirclient.models.allergyintolerance import AllergyIntolerance
from fhirclient.models.appointment import Appointment
from fhirclient.models.diagnosticreport import DiagnosticReport
from fhirclient.models.documentreference import DocumentReference
from fhirclient.models.immunization import Immunization
from fhirclient.models.medicationrequest import MedicationRequest
from fhirclient.models.observation import Observation
from fhirclient.models.patient import Patient
from jwcrypto import jwk, jwt
from selenium.webdriver.common.by import By

from conftest import BASE_URL, check_accessibility, click_and_wait, screenshot, staff_secret, url
from test_family_journey import sign_in
from test_staff_journey import enter_code

SCOPE = "launch/patient openid fhirUser offline_access patient/*.rs"
SEARCHED = [Observation, DiagnosticReport, MedicationRequest, AllergyIntolerance, Immunization, DocumentReference,
            Appointment]
# What the demo marks confidential to Mateo (DemoRecords): a test, a medicine, a counseling note.
CONFIDENTIAL_WORDS = ("Chlamydia", "Counseling visit summary", "Sertraline")


class Callback:
    """The app's redirect address: a listener on 127.0.0.1 that keeps the addresses it is sent to."""

    def __init__(self):
        received = self.received = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                if self.path.startswith("/callback"):  # not the browser's /favicon.ico
                    received.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()
                self.wfile.write(b"<!doctype html><title>App</title><p>Back in the app.</p>")

            def log_message(self, *args):
                pass

        self.server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def redirect(self):
        return f"http://127.0.0.1:{self.port}/callback"

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def callback():
    listener = Callback()
    yield listener
    listener.close()


@pytest.fixture(scope="module")
def registered(callback):
    """An administrator registers the app in the back office; its secret is shown once."""
    from conftest import make_driver
    driver = make_driver(1280, 900)
    try:
        sign_in(driver, "admin@example.org", path="/staff/sign-in")
        enter_code(driver, staff_secret("admin@example.org"))
        driver.get(url("/staff/apps"))
        check_accessibility(driver, "registered apps")
        driver.find_element(By.ID, "name").send_keys("Growth Tracker")
        driver.find_element(By.ID, "kind-confidential").click()
        driver.find_element(By.ID, "redirects").send_keys(callback.redirect)
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/staff/apps'] button[type=submit]"))
        check_accessibility(driver, "app just registered")
        screenshot(driver, "app-registered-desktop")
        facts = driver.find_element(By.CSS_SELECTOR, "dl.facts").text
        client_id = driver.find_element(By.CSS_SELECTOR, "dl.facts dd code").text
        secret = driver.find_element(By.CSS_SELECTOR, "section.card p code").text
        assert re.fullmatch(r"[A-Za-z0-9_-]{43}", secret) and client_id in facts
        driver.refresh()
        assert secret not in driver.page_source
        return {"client_id": client_id, "secret": secret}
    finally:
        driver.quit()


def connect(driver, registered, callback, email, record, language_label="en", deny=False):
    """Runs the standalone launch: the app's authorize address, the portal's sign-in and
    consent pages in the browser, and the code's exchange by fhirclient."""
    app = fhir_client.FHIRClient(settings={
        "app_id": registered["client_id"], "app_secret": registered["secret"], "api_base": BASE_URL + "/fhir/r4",
        "redirect_uri": callback.redirect, "scope": SCOPE,
    })
    driver.get(app.authorize_url)
    assert "/sign-in?return_to=" in driver.current_url
    driver.find_element(By.ID, "email").send_keys(email)
    driver.find_element(By.ID, "password").send_keys("riverside demo passphrase")
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/sign-in'] button[type=submit]"))
    assert "/apps/connect/" in driver.current_url
    assert "Growth Tracker" in driver.find_element(By.TAG_NAME, "h1").text
    check_accessibility(driver, f"app consent ({language_label})")
    before = len(callback.received)
    if deny:
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "button[value=deny]"))
        return None, callback.received[before]
    choice = driver.find_element(By.XPATH, f"//label[normalize-space()='{record}']")
    driver.find_element(By.ID, choice.get_attribute("for")).click()
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "button[value=allow]"))
    assert len(callback.received) == before + 1
    app.handle_callback("http://127.0.0.1" + callback.received[-1])
    assert app.patient_id and app.server.auth.access_token
    return app, callback.received[-1]


def read_everything(app):
    """Every type the API serves, through fhirclient's models, each resource validated by
    fhir.resources; returns the resources' JSON by type."""
    found = {"Patient": [Patient.read(app.patient_id, app.server).as_json()]}
    for model in SEARCHED:
        resources = model.where(struct={"patient": app.patient_id}).perform_resources_iter(app.server)
        found[model.resource_type] = [resource.as_json() for resource in resources]
    for resources in found.values():
        for resource in resources:
            construct_fhir_element(resource["resourceType"], resource)  # raises on anything not valid R4
    return found


def get(app, path, **params):
    return requests.get(BASE_URL + "/fhir/r4/" + path, params=params, timeout=30,
                        headers={"Authorization": f"Bearer {app.server.auth.access_token}",
                                 "Accept": "application/fhir+json"})


def test_a_family_connects_an_app_that_sees_what_they_see(browser, phone, registered, callback):
    maria_app, _ = connect(browser, registered, callback, "maria.garcia@example.org", "Mateo Garcia")
    screenshot(browser, "app-callback-desktop")
    parent = read_everything(maria_app)
    assert parent["Patient"][0]["name"][0]["text"] == "Mateo Garcia"
    assert all(parent[model.resource_type] for model in (Observation, DiagnosticReport, Immunization))

    # The ID token verifies with a key the portal publishes, and names Maria as acting for Mateo.
    keys = jwk.JWKSet.from_json(requests.get(BASE_URL + "/.well-known/jwks.json", timeout=30).text)
    id_token = jwt.JWT(jwt=maria_app.launch_context["id_token"], key=keys, expected_type="JWS")
    claims = json.loads(id_token.claims)
    assert claims["aud"] == registered["client_id"] and claims["iss"] == BASE_URL
    assert "/RelatedPerson/" in claims["fhirUser"]

    # A document's content through Binary; paging to the end one resource at a time.
    document = parent["DocumentReference"][0]
    content = requests.get(document["content"][0]["attachment"]["url"], timeout=30,
                           headers={"Authorization": f"Bearer {maria_app.server.auth.access_token}"})
    assert content.status_code == 200 and content.content
    page = get(maria_app, "Observation", patient=maria_app.patient_id, _count="4").json()
    seen = []
    while True:
        seen += [entry["resource"]["id"] for entry in page.get("entry", [])]
        assert "link" in page, page
        following = [link["url"] for link in page["link"] if link["relation"] == "next"]
        if not following:
            break
        page = requests.get(following[0], timeout=30, headers={
            "Authorization": f"Bearer {maria_app.server.auth.access_token}"}).json()
    assert sorted(seen) == sorted(resource["id"] for resource in parent["Observation"])
    assert page["total"] == len(seen)

    # Another of Maria's children is not this token's: answered as missing.
    sofia = get(maria_app, "Observation", patient="00000000-0000-0000-0000-000000000000")
    assert sofia.status_code == 404 and sofia.json()["resourceType"] == "OperationOutcome"

    # Mateo connects the same app to his own record, on his phone: one record, already chosen.
    teen_app, _ = connect(phone, registered, callback, "mateo.garcia@example.org", "Mateo Garcia")
    screenshot(phone, "app-consent-done-phone")
    teen = read_everything(teen_app)
    parent_text = json.dumps(parent)
    teen_text = json.dumps(teen)
    for words in CONFIDENTIAL_WORDS:
        assert words not in parent_text, f"{words} reached the parent's app"
    assert any(words in teen_text for words in CONFIDENTIAL_WORDS)
    for kind in parent:
        assert {r["id"] for r in parent[kind]} <= {r["id"] for r in teen[kind]}, kind
    assert len(teen["Observation"]) > len(parent["Observation"])

    # Maria sees the connection, then disconnects it; the app's token stops at once.
    browser.get(url("/account/apps"))
    assert "Growth Tracker" in browser.page_source and "Mateo Garcia" in browser.page_source
    check_accessibility(browser, "connected apps")
    screenshot(browser, "connected-apps-desktop")
    click_and_wait(browser, browser.find_element(By.XPATH, "//button[normalize-space()='Disconnect Growth Tracker']"))
    assert "The app was disconnected" in browser.page_source
    assert get(maria_app, "Patient/" + maria_app.patient_id).status_code == 401
    assert get(teen_app, "Patient/" + teen_app.patient_id).status_code == 200
    browser.get(url("/account/activity"))
    activity = browser.find_element(By.TAG_NAME, "main").text
    assert "Allowed Growth Tracker to read Mateo" in activity, activity[:4000]
    assert "Disconnected Growth Tracker" in activity


def test_a_parent_says_no_in_spanish(phone, registered, callback):
    _, answer = connect(phone, registered, callback, "david.garcia@example.org", "Sofia Garcia", language_label="es",
                        deny=True)
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(answer).query)
    assert query["error"] == ["access_denied"] and "code" not in query


def test_consent_page_in_spanish_at_both_widths(browser, phone, registered, callback):
    """David reads Spanish: the question, what the app would read and the choice, on a phone
    and a desktop, before he answers."""
    for driver, width in ((phone, "phone"), (browser, "desktop")):
        app = fhir_client.FHIRClient(settings={
            "app_id": registered["client_id"], "api_base": BASE_URL + "/fhir/r4", "redirect_uri": callback.redirect,
            "scope": SCOPE})
        sign_in(driver, "david.garcia@example.org")
        driver.get(app.authorize_url)
        assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "es"
        assert "¿Permitir que Growth Tracker lea un expediente de salud?" in driver.page_source
        check_accessibility(driver, f"app consent (es, {width})")
        screenshot(driver, f"app-consent-es-{width}")
        driver.get(url("/account/apps"))
        check_accessibility(driver, f"connected apps (es, {width})")
        screenshot(driver, f"connected-apps-es-{width}")
