"""A school nurse checks the QR codes on a printed immunization record with tools that owe
nothing to the portal: Chromium prints the record to PDF, pdfium renders the PDF as a
printer would, zxing-cpp reads the codes, jwcrypto checks each signature against the keys
the portal publishes, zlib inflates the payload and fhir.resources validates the Bundle."""
import base64
import datetime
import io
import json
import re
import zlib

import pypdfium2
import requests
import zxingcpp
from fhir.resources.bundle import Bundle
from jwcrypto import jwk, jws
from selenium.webdriver.common.by import By

from conftest import check_accessibility, click_and_wait, screenshot, url
from test_family_journey import open_record, sign_in


def codes_in_print(driver, dpi=200):
    """Every QR code on the page as Chromium prints it, read from the rendered PDF."""
    pdf = pypdfium2.PdfDocument(base64.b64decode(driver.print_page()))
    found = []
    for page in pdf:
        image = page.render(scale=dpi / 72).to_pil()
        found += [code.text for code in zxingcpp.read_barcodes(image) if code.format == zxingcpp.BarcodeFormat.QRCode]
    return found, len(pdf)


def jws_of(qr_text):
    """`shc:/` then two digits a character, each the character's code minus 45."""
    assert qr_text.startswith("shc:/"), qr_text[:20]
    digits = qr_text[len("shc:/"):]
    return "".join(chr(int(digits[i:i + 2]) + 45) for i in range(0, len(digits), 2))


def verified_card(token, keys):
    """The card's payload once its signature verifies with the published key it names."""
    header = json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))
    assert header["alg"] == "ES256" and header["zip"] == "DEF", header
    key = next(k for k in keys["keys"] if k["kid"] == header["kid"])
    assert key["kid"] == jwk.JWK(**key).thumbprint(), "the kid is the key's RFC 7638 thumbprint"
    signed = jws.JWS()
    signed.deserialize(token)
    signed.verify(jwk.JWK(**key))
    payload = json.loads(zlib.decompress(signed.objects["payload"], -15))
    bundle = payload["vc"]["credentialSubject"]["fhirBundle"]
    Bundle.parse_obj(bundle)
    return payload


def test_a_school_nurse_verifies_the_printed_immunization_record(browser):
    sign_in(browser, "maria.garcia@example.org")
    open_record(browser, "Sofia Garcia")
    browser.get(browser.current_url + "/immunizations/record")
    main = browser.find_element(By.TAG_NAME, "main").text
    born = browser.find_element(By.XPATH, "//dt[normalize-space()='Date of birth']/following-sibling::dd[1]").text
    shown = len(browser.find_elements(By.CSS_SELECTOR, "figure.health-card svg"))
    assert shown >= 1, main[:400]
    check_accessibility(browser, "immunization record with health cards (en)")

    texts, pages = codes_in_print(browser)
    assert len(texts) == shown, f"read {len(texts)} of {shown} codes from the printed PDF"
    keys = requests.get(url("/.well-known/jwks.json"), timeout=10).json()
    vaccines = 0
    for text in texts:
        payload = verified_card(jws_of(text), keys)
        assert payload["iss"] == url("").rstrip("/")
        assert requests.get(payload["iss"] + "/.well-known/jwks.json", timeout=10).headers.get(
            "Access-Control-Allow-Origin") == "*"
        entries = payload["vc"]["credentialSubject"]["fhirBundle"]["entry"]
        patient = entries[0]["resource"]
        assert patient["resourceType"] == "Patient" and patient["name"][0]["family"] == "Garcia"
        assert "Sofia" in patient["name"][0]["given"]
        immunizations = [e["resource"] for e in entries[1:]]
        assert immunizations and all(i["patient"]["reference"] == "resource:0" for i in immunizations)
        assert all(i["vaccineCode"]["coding"][0]["system"] == "http://hl7.org/fhir/sid/cvx" for i in immunizations)
        vaccines += len(immunizations)
    # The card's date of birth is the one printed above the codes.
    printed_birth = patient["birthDate"]
    assert printed_birth[:4] in born, (printed_birth, born)
    rows = len(browser.find_elements(By.CSS_SELECTOR, "table.immunizations tbody tr"))
    print(f"\nprinted record: {pages} page(s), {len(texts)} code(s) read by zxing-cpp, {vaccines} vaccines verified")

    # The same cards, as the file a health wallet app imports.
    session = requests.Session()
    for cookie in browser.get_cookies():
        session.cookies.set(cookie["name"], cookie["value"])
    link = browser.find_element(By.CSS_SELECTOR, ".health-cards a[download]").get_attribute("href")
    answer = session.get(link, timeout=10)
    assert answer.status_code == 200 and answer.headers["Content-Type"].startswith("application/smart-health-card")
    assert "attachment" in answer.headers["Content-Disposition"]
    credentials = answer.json()["verifiableCredential"]
    assert sum(len(verified_card(c, keys)["vc"]["credentialSubject"]["fhirBundle"]["entry"]) - 1
               for c in credentials) == vaccines
    assert rows >= 1

    for width, name in ((390, "phone"), (1280, "desktop")):
        browser.set_window_size(width, 900)
        screenshot(browser, f"immunization-record-health-card-{name}")


def test_a_teenagers_long_record_needs_several_codes_and_each_one_reads(browser):
    sign_in(browser, "mateo.garcia@example.org")
    open_record(browser, "Mateo Garcia")
    browser.get(browser.current_url + "/immunizations/record")
    shown = len(browser.find_elements(By.CSS_SELECTOR, "figure.health-card svg"))
    assert shown >= 2
    texts, pages = codes_in_print(browser)
    assert len(texts) == shown, f"read {len(texts)} of {shown} codes from the printed PDF"
    keys = requests.get(url("/.well-known/jwks.json"), timeout=10).json()
    lots = []
    for text in texts:
        assert len(jws_of(text)) <= 1195, "each code fits version 22"
        entries = verified_card(jws_of(text), keys)["vc"]["credentialSubject"]["fhirBundle"]["entry"]
        lots += [entry["resource"].get("lotNumber") for entry in entries[1:]]
    assert len(lots) >= 40 and len(set(lots)) == len(lots), "every dose once, in one card or another"
    print(f"\nMateo's record: {len(texts)} codes on {pages} printed page(s), {len(lots)} doses")


def test_the_codes_in_spanish_on_a_phone(phone):
    sign_in(phone, "david.garcia@example.org")
    open_record(phone, "Sofia Garcia")
    phone.get(phone.current_url + "/immunizations/record")
    assert phone.find_element(By.TAG_NAME, "html").get_attribute("lang") == "es"
    section = phone.find_element(By.CSS_SELECTOR, "section.health-cards")
    assert "Registro verificable" in section.text and "Código 1 de" in section.text
    figure = phone.find_element(By.CSS_SELECTOR, "figure.health-card svg")
    assert figure.get_attribute("aria-label").startswith("Código QR de SMART Health Card 1 de")
    assert figure.size["width"] >= 280, "the code keeps a readable size on a phone"
    check_accessibility(phone, "immunization record with health cards (es, phone)")
    screenshot(phone, "immunization-record-health-card-es-phone")


def make_share_code(driver, record_name, kind_label, note):
    """From the family's record page, through its link, to a new code; returns the code."""
    open_record(driver, record_name)
    click_and_wait(driver, driver.find_element(By.XPATH, "//ul[@class='print-links']//a[contains(@href,'/sharing')]"))
    driver.find_element(By.XPATH, f"//label[normalize-space()='{kind_label}']").click()
    driver.find_element(By.ID, "note").send_keys(note)
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "section.card form button[type=submit]"))
    code = driver.find_element(By.CSS_SELECTOR, ".share-code-value").text
    assert re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", code), code
    return code


def enter_code(driver, code, birth_date):
    driver.get(url("/share"))
    driver.find_element(By.ID, "code").send_keys(code)
    # The date field's typing order follows the browser's locale; its value does not.
    driver.execute_script("document.getElementById('birth_date').value = arguments[0]", birth_date)
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))


def test_a_school_nurse_opens_a_shared_record_with_a_code(browser, phone):
    sign_in(browser, "maria.garcia@example.org")
    code = make_share_code(browser, "Sofia Garcia", "Immunization record", "Lincoln Elementary")
    check_accessibility(browser, "new share code (en)")
    screenshot(browser, "share-code-created-desktop")

    # The nurse, on a phone, without an account, finds the form from the sign-in page.
    phone.get(url("/sign-in"))
    click_and_wait(phone, phone.find_element(By.XPATH, "//a[@href='/share']"))
    check_accessibility(phone, "open a shared record (en, phone)")
    enter_code(phone, code.lower().replace("-", " "), "2001-01-01")
    assert "does not match" in phone.find_element(By.CSS_SELECTOR, ".alert").text
    browser.get(url("/"))
    open_record(browser, "Sofia Garcia")
    browser.get(browser.current_url + "/immunizations/record")
    birth = browser.find_element(By.XPATH, "//dt[normalize-space()='Date of birth']/following-sibling::dd[1]").text
    enter_code(phone, code, iso_date(birth))
    heading = phone.find_element(By.TAG_NAME, "h1").text
    assert "Immunization record" in heading and "Sofia" in heading, heading
    assert "code ending in " + code[-4:] in phone.find_element(By.CSS_SELECTOR, ".notice").text
    check_accessibility(phone, "shared immunization record (en, phone)")
    screenshot(phone, "shared-record-phone")
    texts, _ = codes_in_print(phone)
    assert texts == [], "the shared view carries no health card codes"

    # The family sees both tries, then stops the code; the nurse's next try is refused.
    browser.get(browser.current_url.split("/immunizations")[0] + "/sharing")
    uses = browser.find_element(By.CSS_SELECTOR, ".share-uses").text
    assert "Record viewed" in uses and "Wrong date of birth" in uses and "Chrome on Linux" in uses, uses
    screenshot(browser, "sharing-desktop")
    click_and_wait(browser, browser.find_element(By.XPATH, f"//button[contains(., '{code[-4:]}')]"))
    assert "Stopped" in browser.find_element(By.CSS_SELECTOR, ".share-code").text
    enter_code(phone, code, iso_date(birth))
    assert "no longer opens" in phone.find_element(By.CSS_SELECTOR, ".alert").text


def iso_date(long_english):
    """"August 27, 2021" as 2021-08-27."""
    return datetime.datetime.strptime(long_english, "%B %d, %Y").date().isoformat()


def test_the_sharing_pages_in_spanish(phone):
    sign_in(phone, "david.garcia@example.org")
    code = make_share_code(phone, "Sofia Garcia", "Resumen de salud", "Campamento")
    assert phone.find_element(By.TAG_NAME, "html").get_attribute("lang") == "es"
    check_accessibility(phone, "new share code (es, phone)")
    screenshot(phone, "share-code-created-es-phone")
    phone.get(phone.current_url.rsplit("/sharing", 1)[0] + "/sharing")
    assert "Campamento" in phone.find_element(By.CSS_SELECTOR, ".share-code").text
    check_accessibility(phone, "sharing (es, phone)")
    screenshot(phone, "sharing-es-phone")
    assert code
