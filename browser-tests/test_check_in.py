"""Online check-in as families do it: David checks Sofia in for today's video visit from a
phone in Spanish (contact details, the insurance card's photos, her allergies and medicines,
the questionnaire), stops halfway and comes back to finish; Mateo answers his private teen
screen for his sports physical, which his mother never sees; the scheduler sees David's
check-in done, with its answers and the card's photos (the review of her medicines is the
care team's)."""
import io

import requests
from PIL import Image, ImageDraw
from fhir.resources.questionnaireresponse import QuestionnaireResponse
from selenium.webdriver.common.by import By

from conftest import check_accessibility, click_and_wait, screenshot, staff_secret
from test_appointments import open_appointments
from test_family_journey import sign_in
from test_staff_journey import enter_code


def open_visit_check_in(driver, child):
    """The child's next visit (the list is soonest first), then its check-in."""
    open_appointments(driver, child)
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "ul.appointment-list li > a"))
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, ".check-in-offer a"))


def step_link(driver, fragment):
    return driver.find_element(By.CSS_SELECTOR, f"ol.check-in-steps a[href*='{fragment}']")


def fill(driver, field_id, text):
    element = driver.find_element(By.ID, field_id)
    element.clear()
    element.send_keys(text)


def card_photo(folder, side):
    """A phone photo of one side of an insurance card."""
    image = Image.new("RGB", (640, 404), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((10, 10, 630, 394), outline="navy", width=6)
    draw.text((40, 40), f"Blue Cross Blue Shield of Illinois ({side})", fill="navy")
    draw.text((40, 120), "Member ID XOH 123456789", fill="black")
    path = folder / f"card-{side}.jpg"
    image.save(path, "JPEG", quality=85)
    return str(path)


def test_a_parent_checks_in_from_a_phone_in_spanish_stopping_halfway(phone, tmp_path):
    sign_in(phone, "david.garcia@example.org")
    open_visit_check_in(phone, "Sofia Garcia")
    assert phone.find_element(By.TAG_NAME, "html").get_attribute("lang") == "es"
    assert "Sin empezar" in phone.find_element(By.CSS_SELECTOR, "ol.check-in-steps").text
    check_accessibility(phone, "check-in (es, phone)")
    screenshot(phone, "check-in-es-phone")
    hub = phone.current_url

    click_and_wait(phone, step_link(phone, "/check-in/contact"))
    fill(phone, "street", "2300 N Lincoln Ave")
    fill(phone, "city", "Chicago")
    fill(phone, "state", "IL")
    fill(phone, "zip", "606")
    fill(phone, "email", "david.garcia@example.org")
    click_and_wait(phone, phone.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    errors = phone.find_element(By.TAG_NAME, "main").text
    assert "código postal de 5 dígitos" in errors and "al menos un número de teléfono" in errors, errors
    check_accessibility(phone, "check-in contact with problems (es, phone)")
    fill(phone, "zip", "60614")
    fill(phone, "mobile_phone", "(312) 555-0171")
    click_and_wait(phone, phone.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert phone.current_url == hub

    click_and_wait(phone, step_link(phone, "/check-in/insurance"))
    assert "¿Tiene Sofia Garcia seguro médico?" in phone.page_source
    phone.find_element(By.CSS_SELECTOR, "label[for='coverage-0']").click()
    fill(phone, "payer", "Blue Cross Blue Shield of Illinois")
    fill(phone, "member_id", "xoh 123456789")
    click_and_wait(phone, phone.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    errors = phone.find_element(By.TAG_NAME, "main").text
    assert "Agregue una foto de este lado de la tarjeta" in errors, errors
    check_accessibility(phone, "check-in insurance with problems (es, phone)")
    phone.find_element(By.ID, "front_photo").send_keys(card_photo(tmp_path, "front"))
    phone.find_element(By.ID, "back_photo").send_keys(card_photo(tmp_path, "back"))
    screenshot(phone, "check-in-insurance-es-phone")
    click_and_wait(phone, phone.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert phone.current_url == hub

    click_and_wait(phone, step_link(phone, "/check-in/allergies-and-medicines"))
    entries = phone.find_elements(By.CSS_SELECTOR, "fieldset.review-entry")
    names = [entry.find_element(By.TAG_NAME, "legend").text for entry in entries]
    assert any("Peanut" in name for name in names) and any("Epinephrine" in name for name in names), names
    assert not any("Azithromycin" in name for name in names), "a finished course is not reviewed"
    check_accessibility(phone, "check-in allergies and medicines (es, phone)")
    for entry in entries:
        radios = entry.find_elements(By.CSS_SELECTOR, "input[type=radio]")
        choice = radios[2] if "Epinephrine" in entry.text else radios[0]
        entry.find_element(By.CSS_SELECTOR, f"label[for='{choice.get_attribute('id')}']").click()
    click_and_wait(phone, phone.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert "Diga en la nota qué hay que cambiar" in phone.find_element(By.TAG_NAME, "main").text
    epinephrine = next(e for e in phone.find_elements(By.CSS_SELECTOR, "fieldset.review-entry") if "Epinephrine" in e.text)
    epinephrine.find_element(By.TAG_NAME, "textarea").send_keys("La nueva receta es de 0.3 mg")
    fill(phone, "missing", "Vitamina D, 400 UI al día")
    screenshot(phone, "check-in-review-es-phone")
    click_and_wait(phone, phone.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert phone.current_url == hub

    click_and_wait(phone, step_link(phone, "/check-in/questionnaires/"))
    assert "Parte 1 de 2" in phone.page_source and "Responda solo si" in phone.page_source
    check_accessibility(phone, "check-in questionnaire (es, phone)")
    screenshot(phone, "check-in-questionnaire-es-phone")
    fill(phone, "q-reason", "Dolor de oído desde el domingo")
    phone.find_element(By.CSS_SELECTOR, "label[for='q-fever-0']").click()
    phone.find_element(By.CSS_SELECTOR, "label[for='q-symptoms-4']").click()
    click_and_wait(phone, phone.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert "Escriba un número entero" in phone.page_source or "Responda esta pregunta" in phone.page_source
    fill(phone, "q-fever-days", "2")
    click_and_wait(phone, phone.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert "Parte 2 de 2" in phone.page_source

    # He stops here, signs out, and comes back later.
    phone.delete_all_cookies()
    sign_in(phone, "david.garcia@example.org")
    phone.get(hub)
    steps = phone.find_element(By.CSS_SELECTOR, "ol.check-in-steps").text
    assert "Guardado" in steps and "faltan algunas preguntas" in steps, steps
    click_and_wait(phone, phone.find_element(By.XPATH, "//main//button[@type='submit']"))
    assert "Guarde todos los pasos" in phone.find_element(By.CSS_SELECTOR, ".alert").text
    click_and_wait(phone, step_link(phone, "/check-in/questionnaires/"))
    assert "Dolor de oído desde el domingo" in phone.find_element(By.ID, "q-reason").get_attribute("value")
    click_and_wait(phone, phone.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    phone.find_element(By.CSS_SELECTOR, "label[for='q-asthma-1']").click()
    click_and_wait(phone, phone.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert phone.current_url == hub
    click_and_wait(phone, phone.find_element(By.XPATH, "//main//button[@type='submit']"))
    assert "Registro terminado" in phone.find_element(By.CSS_SELECTOR, ".notice").text
    screenshot(phone, "check-in-done-es-phone")


def test_a_teenagers_private_screen_stays_the_teenagers(browser):
    sign_in(browser, "mateo.garcia@example.org")
    open_visit_check_in(browser, "Mateo Garcia")
    steps = browser.find_element(By.CSS_SELECTOR, "ol.check-in-steps").text
    assert "Teen health check-in (private)" in steps, steps
    private = browser.find_elements(By.CSS_SELECTOR, "ol.check-in-steps a[href*='/check-in/questionnaires/']")[-1]
    click_and_wait(browser, private)
    assert "Only you and your care team see these answers" in browser.page_source
    check_accessibility(browser, "teen screen (en)")
    browser.find_element(By.CSS_SELECTOR, "input[name='mood'][value='some'] + label").click()
    browser.find_element(By.CSS_SELECTOR, "input[name='safe'][value='yes'] + label").click()
    browser.find_element(By.CSS_SELECTOR, "input[name='talk'][value='yes'] + label").click()
    fill(browser, "q-talk-about", "Sleep and stress before games")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    screenshot(browser, "check-in-teen-desktop")
    hub = browser.current_url
    assert "Saved" in browser.find_element(By.CSS_SELECTOR, "ol.check-in-steps").text

    browser.delete_all_cookies()
    sign_in(browser, "maria.garcia@example.org")
    browser.get(hub)
    text = browser.find_element(By.TAG_NAME, "main").text
    assert "Teen health check-in" not in text and "Sleep and stress" not in browser.page_source
    assert "Before your visit" in text


def test_the_scheduler_sees_the_check_in_done_with_its_answers(browser):
    """After David's check-in above: the front desk's list, the answers, and the answers as
    a QuestionnaireResponse that fhir.resources validates as R4."""
    sign_in(browser, "scheduler@example.org", path="/staff/sign-in")
    enter_code(browser, staff_secret("scheduler@example.org"))
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Scheduling requests"))
    click_and_wait(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "Online check-in: General Pediatrics"))
    table = browser.find_element(By.CSS_SELECTOR, "table.check-in-visits").text
    assert "Sofia Garcia" in table and "Check-in done" in table, table
    check_accessibility(browser, "check-in visits (staff)")
    screenshot(browser, "check-in-visits-desktop")
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Sofia Garcia"))
    page = browser.find_element(By.TAG_NAME, "main").text
    assert "Dolor de oído desde el domingo" in page and "60614" in page and "(312) 555-0171" in page, page
    assert "XOH 123456789" in page, page
    # Allergies and medicines are the record: the front desk reads that they were reviewed, not what.
    assert "part of the record" in page and "La nueva receta" not in page and "Vitamina D" not in page, page
    check_accessibility(browser, "check-in answers (staff)")
    screenshot(browser, "check-in-answers-desktop")

    session = requests.Session()
    for cookie in browser.get_cookies():
        session.cookies.set(cookie["name"], cookie["value"])
    # The card's front, as sealed: the photo David took, readable by an image library.
    front = browser.find_element(By.PARTIAL_LINK_TEXT, "Photo of the front of the card").get_attribute("href")
    photo = session.get(front, timeout=10)
    assert photo.status_code == 200 and photo.headers["Content-Type"] == "image/jpeg"
    assert Image.open(io.BytesIO(photo.content)).size == (640, 404)

    link = browser.find_element(By.PARTIAL_LINK_TEXT, "QuestionnaireResponse").get_attribute("href")
    answer = session.get(link, timeout=10)
    assert answer.status_code == 200 and answer.headers["Content-Type"].startswith("application/fhir+json")
    response = QuestionnaireResponse.parse_obj(answer.json())
    assert response.status == "completed" and response.questionnaire.endswith("/peds-intake|1")
    linked = {item.linkId: item for item in response.item}
    assert "visit" in linked and any(child.linkId == "fever-days" for child in linked["visit"].item)
