"""Secure messaging in a real browser: Mateo (14) writes to his care team in confidence, his
mother writes about him in Spanish, and the clinician answers from the pool's inbox. The
teen's thread never reaches his mother: not her inbox, counts, search or e-mail."""
import time

from selenium.webdriver.common.by import By

from conftest import check_accessibility, click_and_wait, make_driver, screenshot, staff_secret, url, header_control
from mailbox import messages_to, wait_for_message
from test_family_journey import open_record, sign_in
from test_staff_journey import enter_code

TEEN_SUBJECT = "Private question about my check-up"
PARENT_SUBJECT = "Pregunta sobre la vacuna de Mateo"


def write_message(driver, team, subject, body):
    driver.find_element(By.XPATH, "//label[contains(., '%s')]" % team).click()
    driver.find_element(By.ID, "subject").send_keys(subject)
    driver.find_element(By.ID, "body").send_keys(body)
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form.compose button[type=submit]"))


def test_parent_teen_and_clinician_exchange_messages(browser, phone):
    # Mateo writes from his own account: the compose page warns and says when to expect a reply.
    sign_in(phone, "mateo.garcia@example.org")
    click_and_wait(phone, phone.find_element(By.LINK_TEXT, "Write to the care team"))
    page = phone.find_element(By.TAG_NAME, "main").text
    assert "Not for emergencies" in page and "call 911" in page
    assert "Expect a reply within 2 business days (by" in page
    assert "Only you and the care team will see this conversation" in page
    check_accessibility(phone, "compose (teen)")
    screenshot(phone, "compose-teen-phone")
    # A click on send with nothing typed is answered next to the fields (the browser's own check is bypassed).
    phone.execute_script("document.querySelector('form.compose').noValidate = true")
    click_and_wait(phone, phone.find_element(By.CSS_SELECTOR, "form.compose button[type=submit]"))
    assert "Write a subject." in phone.page_source and "Write your message." in phone.page_source
    check_accessibility(phone, "compose with errors (teen)")
    write_message(phone, "Adolescent Medicine", TEEN_SUBJECT, "Can I see the doctor alone?\n<b>not bold</b>")
    assert "Your message was sent." in phone.page_source
    assert "<b>not bold</b>" in phone.find_element(By.CSS_SELECTOR, ".message-body").text.replace("Can I see the doctor alone?\n", "")
    assert "Not read yet" in phone.page_source
    check_accessibility(phone, "thread (teen)")
    screenshot(phone, "thread-teen-phone")

    # Maria writes about Mateo in Spanish; she never meets his thread.
    sign_in(browser, "maria.garcia@example.org")
    click_and_wait(browser, header_control(browser, "button[lang=es]"))
    browser.get(url("/messages"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Mensajes"
    assert "Ear drops after the infection" in browser.page_source
    assert TEEN_SUBJECT not in browser.page_source and "Question before my next visit" not in browser.page_source
    check_accessibility(browser, "inbox (es)")
    browser.find_element(By.ID, "q").send_keys("check-up")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form[role=search] button"))
    assert "Ninguna conversación contiene esas palabras." in browser.page_source
    assert TEEN_SUBJECT not in browser.page_source
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Escribir al equipo de atención"))
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Mateo Garcia"))
    page = browser.find_element(By.TAG_NAME, "main").text
    assert "No es para emergencias" in page and "Espere una respuesta en 2 días hábiles" in page
    # The adolescent clinic's name alone would say what Mateo is seen for: it is not offered to her.
    assert "Medicina para adolescentes" not in browser.page_source and "Pediatría general" in page
    check_accessibility(browser, "compose (es)")
    screenshot(browser, "compose-parent-es-desktop")
    write_message(browser, "Pediatría general", PARENT_SUBJECT, "¿Cuándo le toca la próxima dosis?")
    assert "Su mensaje se envió." in browser.page_source
    check_accessibility(browser, "thread (es)")
    browser.get(url("/"))
    open_record(browser, "Mateo Garcia")
    sections = browser.find_element(By.CSS_SELECTOR, ".record-sections").text
    assert "Mensajes (1)" in sections, sections
    click_and_wait(browser, header_control(browser, "button[lang=en]"))

    def notices_to_maria():
        return [s for s, _ in messages_to("maria.garcia@example.org") if "new message" in s or "mensaje nuevo" in s]

    # Other tests may have told Maria about replies to her own threads; count from here.
    time.sleep(3)
    maria_before = len(notices_to_maria())

    # The clinician finds both in the pool, oldest unanswered first, and answers Mateo.
    clinician = make_driver(1280, 900)
    try:
        answer_as_clinician(clinician)
    finally:
        clinician.quit()

    body = wait_for_message("mateo.garcia@example.org", "new message")
    for secret in ("Adolescent", "check-up", "alone", "Mateo Garcia ("):
        assert secret not in body
    time.sleep(4)
    assert len(notices_to_maria()) == maria_before

    phone.get(url("/messages"))
    assert "1 unread conversation" in phone.page_source
    click_and_wait(phone, phone.find_element(By.PARTIAL_LINK_TEXT, TEEN_SUBJECT))
    assert "we will see you alone" in phone.page_source and "Read by the care team" in phone.page_source
    screenshot(phone, "thread-answered-phone")
    assert PARENT_SUBJECT not in phone.page_source
    phone.get(url("/messages"))
    assert PARENT_SUBJECT not in phone.page_source


def answer_as_clinician(browser):
    sign_in(browser, "clinician@example.org", path="/staff/sign-in")
    enter_code(browser, staff_secret("clinician@example.org"))
    click_and_wait(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "inboxes"))
    assert "Adolescent Medicine" in browser.page_source
    check_accessibility(browser, "care team inboxes")
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Adolescent Medicine"))
    table = browser.find_element(By.CSS_SELECTOR, "table.inbox").text
    assert table.index("Question before my next visit") < table.index(TEEN_SUBJECT)
    assert PARENT_SUBJECT not in table
    check_accessibility(browser, "pool inbox")
    screenshot(browser, "pool-inbox-desktop")
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, TEEN_SUBJECT))
    banner = browser.find_element(By.CSS_SELECTOR, ".patient-banner").text
    assert "Mateo Garcia" in banner and "14 years old" in banner and "Started by Mateo Garcia (the patient)" in banner
    aside = browser.find_element(By.CSS_SELECTOR, ".clinical-aside").text
    assert "Active medicines" in aside and "Allergies" in aside
    check_accessibility(browser, "thread (clinician)")
    screenshot(browser, "thread-clinician-desktop")
    browser.find_element(By.ID, "body").send_keys("Yes. At your next visit we will see you alone for part of it.")
    click_and_wait(browser, browser.find_element(By.XPATH, "//button[normalize-space()='Send reply']"))
    assert "Your message was sent." in browser.page_source

