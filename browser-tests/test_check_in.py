"""Online check-in as families do it: David checks Sofia in for today's video visit from a
phone in Spanish, stops halfway and comes back to finish; Mateo answers his private teen
screen for his sports physical, which his mother never sees; the scheduler sees David's
check-in done, with its answers."""
import requests
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


def test_a_parent_checks_in_from_a_phone_in_spanish_stopping_halfway(phone):
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
    check_accessibility(browser, "check-in answers (staff)")
    screenshot(browser, "check-in-answers-desktop")

    link = browser.find_element(By.PARTIAL_LINK_TEXT, "QuestionnaireResponse").get_attribute("href")
    session = requests.Session()
    for cookie in browser.get_cookies():
        session.cookies.set(cookie["name"], cookie["value"])
    answer = session.get(link, timeout=10)
    assert answer.status_code == 200 and answer.headers["Content-Type"].startswith("application/fhir+json")
    response = QuestionnaireResponse.parse_obj(answer.json())
    assert response.status == "completed" and response.questionnaire.endswith("/peds-intake|1")
    linked = {item.linkId: item for item in response.item}
    assert "visit" in linked and any(child.linkId == "fever-days" for child in linked["visit"].item)
