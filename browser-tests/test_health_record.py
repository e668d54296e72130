"""The health record as families meet it: results fed by the EHR's interface engine (a
bundle written with fhir.resources, an independent FHIR R4 library), notices at the real
SMTP server without health information, a teen's confidential items out of every parent's
view, trends and print views in both languages."""
import datetime
import os

import requests
from fhir.resources.allergyintolerance import AllergyIntolerance
from fhir.resources.bundle import Bundle, BundleEntry, BundleEntryRequest
from fhir.resources.codeableconcept import CodeableConcept
from fhir.resources.coding import Coding
from fhir.resources.diagnosticreport import DiagnosticReport
from fhir.resources.identifier import Identifier
from fhir.resources.immunization import Immunization
from fhir.resources.medicationrequest import MedicationRequest
from fhir.resources.observation import Observation, ObservationReferenceRange
from fhir.resources.patient import Patient
from fhir.resources.quantity import Quantity
from fhir.resources.reference import Reference
from selenium.webdriver.common.by import By

from conftest import check_accessibility, click_and_wait, screenshot, url, header_control
from mailbox import messages_to, wait_for_message
from test_confidentiality import printed_text
from test_family_journey import open_record, sign_in

LOINC = "http://loinc.org"
SECRET = os.environ.get("PORTAL_IMPORT_SECRET", "")
NOTICE_EN = "There is new information in your portal"
NOTICE_ES = "Hay información nueva en su portal"


def concept(system, code, text):
    return CodeableConcept(coding=[Coding(system=system, code=code, display=text)], text=text)


def ident(value):
    return [Identifier(system="urn:oid:2.16.840.1.113883.3.9999.77", value=value)]


def patient_entry(record_number):
    patient = Patient(identifier=[Identifier(
        type=concept("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number"),
        value=record_number)])
    return BundleEntry(fullUrl=f"urn:uuid:patient-{record_number}", resource=patient,
                       request=BundleEntryRequest(method="PUT", url=f"Patient?identifier={record_number}"))


def entry(resource, full_url):
    return BundleEntry(fullUrl=full_url, resource=resource,
                       request=BundleEntryRequest(method="POST", url=resource.resource_type))


def lab_bundle(record_number, prefix, hemoglobin, security=None):
    """A blood count with one value, written with fhir.resources' R4 models."""
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    subject = Reference(reference=f"urn:uuid:patient-{record_number}")
    observation = Observation(
        identifier=ident(f"{prefix}-hgb"), status="final",
        category=[concept("http://terminology.hl7.org/CodeSystem/observation-category", "laboratory", "Laboratory")],
        code=concept(LOINC, "718-7", "Hemoglobin"), subject=subject,
        effectiveDateTime=now - datetime.timedelta(hours=5), issued=now - datetime.timedelta(hours=1),
        valueQuantity=Quantity(value=hemoglobin, unit="g/dL", system="http://unitsofmeasure.org", code="g/dL"),
        referenceRange=[ObservationReferenceRange(low=Quantity(value=11.5), high=Quantity(value=15.5))],
        interpretation=[concept("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "L", "Low")])
    report = DiagnosticReport(
        identifier=ident(f"{prefix}-cbc"), status="final",
        category=[concept("http://terminology.hl7.org/CodeSystem/v2-0074", "LAB", "Laboratory")],
        code=concept(LOINC, "58410-2", "Complete blood count"), subject=subject,
        effectiveDateTime=now - datetime.timedelta(hours=5), issued=now - datetime.timedelta(hours=1),
        result=[Reference(reference=f"urn:uuid:{prefix}-hgb")])
    if security:
        for resource in (observation, report):
            resource.meta = {"security": security}
    return Bundle(type="transaction", entry=[
        patient_entry(record_number), entry(observation, f"urn:uuid:{prefix}-hgb"), entry(report, f"urn:uuid:{prefix}-cbc")])


def post(bundle_json):
    return requests.post(url("/import/fhir"), data=bundle_json.encode(), timeout=60, headers={
        "Authorization": f"Bearer {SECRET}", "Content-Type": "application/fhir+json; fhirVersion=4.0"})


def test_a_bundle_from_fhir_resources_is_imported_once_and_the_family_is_told_without_health_information(browser):
    subject = Reference(reference="urn:uuid:patient-MRN100001")
    bundle = lab_bundle("MRN100001", "ehr-sofia-1", 10.0)
    bundle.entry += [
        entry(Immunization(
            identifier=ident("ehr-sofia-flu-2027"), status="completed",
            vaccineCode=concept("http://hl7.org/fhir/sid/cvx", "150", "Influenza, injectable, quadrivalent"),
            patient=subject, occurrenceDateTime=datetime.date.today().isoformat(), lotNumber="FLU2027",
            protocolApplied=[{"doseNumberPositiveInt": 6}]), "urn:uuid:ehr-sofia-flu"),
        entry(AllergyIntolerance(
            identifier=ident("ehr-sofia-amox"),
            clinicalStatus=concept("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active"),
            code=concept("http://www.nlm.nih.gov/research/umls/rxnorm", "723", "Amoxicillin"), patient=subject,
            criticality="low", reaction=[{"manifestation": [{"text": "Rash"}], "severity": "mild"}]),
            "urn:uuid:ehr-sofia-amox"),
        entry(MedicationRequest(
            identifier=ident("ehr-sofia-ibuprofen"), status="active", intent="order", subject=subject,
            medicationCodeableConcept=concept("http://www.nlm.nih.gov/research/umls/rxnorm", "197806", "Ibuprofen 100 mg/5 mL suspension"),
            dosageInstruction=[{"text": "Give 7.5 mL every 6 hours as needed for pain."}],
            requester={"display": "Dr. Priya Patel"}), "urn:uuid:ehr-sofia-ibuprofen"),
    ]
    first = post(bundle.json())
    assert first.status_code == 200, first.text
    for line in ("Observation: 1 created", "DiagnosticReport: 1 created", "Immunization: 1 created",
                 "AllergyIntolerance: 1 created", "MedicationRequest: 1 created"):
        assert line in first.text
    again = post(bundle.json())
    assert again.status_code == 200 and "Total: 0 created, 0 updated, 5 unchanged" in again.text

    # Both of Sofia's parents are told, each in their language, with nothing of her health.
    english = wait_for_message("maria.garcia@example.org", NOTICE_EN)
    spanish = wait_for_message("david.garcia@example.org", NOTICE_ES)
    for body in (english, spanish):
        for secret in ("Sofia", "Hemoglobin", "hemoglobina", "blood", "Amoxicillin", "10.0"):
            assert secret not in body

    sign_in(browser, "maria.garcia@example.org")
    open_record(browser, "Sofia Garcia")
    sections = browser.find_element(By.CSS_SELECTOR, ".record-sections").text
    assert "1 new" in sections and "Allergies (2)" in sections and "Medications (4)" in sections
    click_and_wait(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "Test results"))
    first_group = browser.find_element(By.CSS_SELECTOR, ".result-group").text
    assert "Complete blood count" in first_group and "New" in first_group
    assert "10 g/dL" in first_group and "↓ Low" in first_group
    check_accessibility(browser, "results list")
    screenshot(browser, "results-desktop")
    click_and_wait(browser, header_control(browser, "button[lang=es]"))
    assert "Resultados de análisis de Sofia Garcia" in browser.page_source and "↓ Bajo" in browser.page_source
    check_accessibility(browser, "results list (es)")
    screenshot(browser, "results-es-desktop")
    click_and_wait(browser, header_control(browser, "button[lang=en]"))


def test_bundles_the_portal_cannot_take_are_refused_whole_naming_the_entry_and_field():
    unknown = lab_bundle("MRN999999", "ehr-nobody", 12.0)
    refused = post(unknown.json())
    assert refused.status_code == 422
    outcome = refused.json()
    assert outcome["resourceType"] == "OperationOutcome"
    assert outcome["issue"][0]["expression"] == ["Bundle.entry[0].resource.identifier"]
    assert "MRN999999" not in refused.text
    assert requests.post(url("/import/fhir"), data=b"{}", timeout=10,
                         headers={"Authorization": "Bearer wrong", "Content-Type": "application/fhir+json"}).status_code == 401


def test_a_teens_confidential_result_reaches_only_the_teen(browser, phone):
    confidential = [{"system": "http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "code": "R"},
                    {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "STD"}]
    before = len(messages_to("maria.garcia@example.org"))
    result = post(lab_bundle("MRN100002", "ehr-mateo-conf", 17.3, security=confidential).json())
    assert result.status_code == 200, result.text
    wait_for_message("mateo.garcia@example.org", NOTICE_EN)
    assert len(messages_to("maria.garcia@example.org")) == before

    sign_in(browser, "mateo.garcia@example.org")
    open_record(browser, "Mateo Garcia")
    click_and_wait(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "Test results"))
    text = browser.find_element(By.TAG_NAME, "main").text
    assert "Chlamydia" in text and "17.3 g/dL" in text and "Confidential" in text

    sign_in(phone, "maria.garcia@example.org")
    open_record(phone, "Mateo Garcia")
    record = phone.page_source
    click_and_wait(phone, phone.find_element(By.PARTIAL_LINK_TEXT, "Test results"))
    pages = [record, phone.page_source]
    click_and_wait(phone, phone.find_element(By.LINK_TEXT, "White blood cells"))
    pages.append(phone.page_source)
    check_accessibility(phone, "result trend (parent)")
    screenshot(phone, "result-trend-phone")
    phone.get(url("/"))
    open_record(phone, "Mateo Garcia")
    click_and_wait(phone, phone.find_element(By.PARTIAL_LINK_TEXT, "Health summary"))
    pages += [phone.page_source, printed_text(phone)]
    click_and_wait(phone, header_control(phone, "button[lang=es]"))
    pages += [phone.page_source]
    click_and_wait(phone, header_control(phone, "button[lang=en]"))
    for page in pages:
        for secret in ("Chlamydia", "17.3", "Sertraline", "onfidential", "Counseling"):
            assert secret not in page


def test_the_school_immunization_record_prints_on_paper(phone):
    sign_in(phone, "david.garcia@example.org")  # prefers Spanish
    open_record(phone, "Sofia Garcia")
    click_and_wait(phone, phone.find_element(By.PARTIAL_LINK_TEXT, "Registro de vacunas"))
    check_accessibility(phone, "immunization record (es)")
    screenshot(phone, "immunization-record-es-phone")
    text = printed_text(phone)
    for expected in ("Registro de vacunas: Sofia Garcia", "Fecha de nacimiento", "Riverside Children's Hospital",
                     "Impreso el", "DTaP", "5 de 5", "MMR"):
        assert expected in text
    assert "Cerrar sesión" not in text and "Imprimir" not in text


def test_a_clinician_restricts_a_result_and_the_parent_no_longer_sees_it(browser, phone):
    from conftest import staff_secret
    from test_staff_journey import enter_code

    result = post(lab_bundle("MRN100001", "ehr-sofia-restrict", 8.1).json())
    assert result.status_code == 200, result.text

    sign_in(browser, "clinician@example.org", path="/staff/sign-in")
    enter_code(browser, staff_secret("clinician@example.org"))
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Open a patient's record"))
    browser.find_element(By.ID, "q").send_keys("MRN100001")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form[role=search] button"))
    check_accessibility(browser, "record search (clinician)")
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Sofia Garcia"))
    click_and_wait(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "Test results"))
    click_and_wait(browser, browser.find_element(By.XPATH, "//tr[td[contains(., '8.1 g/dL')]]//a"))
    browser.find_element(By.CSS_SELECTOR, "section.restriction textarea[name=reason]").send_keys(
        "Discuss with the family at tomorrow's visit")
    click_and_wait(browser, browser.find_element(By.XPATH, "//button[normalize-space()='Hide from the whole family']"))
    assert "Hidden from the family by a clinician: Discuss with the family at tomorrow" in browser.page_source
    check_accessibility(browser, "restricted result (clinician)")
    screenshot(browser, "result-restricted-clinician-desktop")

    sign_in(phone, "maria.garcia@example.org")
    open_record(phone, "Sofia Garcia")
    click_and_wait(phone, phone.find_element(By.PARTIAL_LINK_TEXT, "Test results"))
    assert "Test results for Sofia Garcia" in phone.page_source and "8.1 g/dL" not in phone.page_source
