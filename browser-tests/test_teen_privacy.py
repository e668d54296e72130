"""What a teenager asks for stays theirs, in a real browser: Mateo (14) asks General
Pediatrics for an appointment and renews his inhaler from his own account without ticking
"let my parents see this"; the scheduler books the visit; his mother then walks every page
she has for him (home, record, appointments, the visit's calendar file, medications, the
printed summary, in English and Spanish) and her inbox, and finds no trace of either."""
import datetime
from zoneinfo import ZoneInfo

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import check_accessibility, click_and_wait, make_driver, screenshot, staff_secret, url, header_control
from mailbox import messages_to, wait_for_message
from test_appointments import open_appointments, session_of
from test_confidentiality import printed_text
from test_family_journey import open_record, sign_in
from test_staff_journey import enter_code

CHICAGO = ZoneInfo("America/Chicago")
WORDS = "A question about birth control"
PHONE = "(773) 555-0142"
COMMENT = "Using it more before practice"
CLINICIAN = "Dr. Quinn Harper"
TRACES = (WORDS, "birth control", "555-0142", COMMENT, CLINICIAN, "Quinn Harper", "Renewal requested", "Renewal approved",
          "Renovación aprobada", "Approved with 2 refills", "Aprobada con 2")


def notices_to(address):
    """What the portal told the address about the family's care: not the "was this you?"
    e-mails its own sign-ins from new browsers bring."""
    return [message for message in messages_to(address) if "New sign-in" not in message[0]]


def use_language(driver, language):
    """Switches the page (and the account) to the language, if it is not in it already."""
    if driver.find_element(By.TAG_NAME, "html").get_attribute("lang") != language:
        click_and_wait(driver, header_control(driver, f"button[lang={language}]"))


def open_medications(driver, child):
    driver.get(url("/"))
    open_record(driver, child)
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "main a[href$='/medications']"))


def test_teen_asks_privately_and_the_parent_finds_no_trace(browser, phone):
    mother_before = len(notices_to("maria.garcia@example.org"))
    # Mateo asks for an appointment from his own account; the box is there, unticked.
    sign_in(browser, "mateo.garcia@example.org")
    open_appointments(browser, "Mateo Garcia")
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Request an appointment"))
    share = browser.find_element(By.ID, "request-share")
    assert not share.is_selected()
    check_accessibility(browser, "request form (teen)")
    browser.find_element(By.XPATH, "//label[starts-with(normalize-space(), 'General Pediatrics')]").click()
    Select(browser.find_element(By.ID, "reason")).select_by_value("other")
    browser.find_element(By.ID, "details").send_keys(WORDS)
    tomorrow = (datetime.datetime.now(CHICAGO) + datetime.timedelta(days=2)).date().isoformat()
    browser.execute_script("document.getElementById('day-0').value = arguments[0]", tomorrow)
    browser.find_element(By.XPATH, "//label[normalize-space()='In person']").click()
    phone_field = browser.find_element(By.ID, "phone")
    phone_field.clear()
    phone_field.send_keys(PHONE)
    screenshot(browser, "request-form-teen-desktop")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.request-form button[type=submit]"))
    assert "Your request was sent to the scheduling team." in browser.page_source
    assert "Only you and your care team see this." in browser.page_source
    check_accessibility(browser, "request sent (teen)")
    request_page = browser.current_url.split("?")[0]

    # And renews his inhaler with a comment, privately too.
    open_medications(browser, "Mateo Garcia")
    item = browser.find_element(By.XPATH, "//li[.//h3[starts-with(normalize-space(), 'Fluticasone')]]")
    click_and_wait(browser, item.find_element(By.CSS_SELECTOR, "p.renewal a"))
    assert "Let my parents or guardians see this" in browser.page_source
    browser.find_element(By.XPATH, "//label[normalize-space()='Lincoln Park Pharmacy']").click()
    browser.find_element(By.ID, "days-left").send_keys("4")
    browser.find_element(By.ID, "comment").send_keys(COMMENT)
    check_accessibility(browser, "renewal form (teen)")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.renewal-form button[type=submit]"))
    assert "Only you and your care team see this." in browser.page_source
    screenshot(browser, "renewal-sent-teen-desktop")

    # The scheduler sees it is private and books it.
    staff = make_driver(1280, 900)
    try:
        sign_in(staff, "scheduler@example.org", path="/staff/sign-in")
        enter_code(staff, staff_secret("scheduler@example.org"))
        click_and_wait(staff, staff.find_element(By.LINK_TEXT, "Scheduling requests"))
        click_and_wait(staff, staff.find_element(By.LINK_TEXT, "General Pediatrics"))
        click_and_wait(staff, staff.find_element(By.LINK_TEXT, "Mateo Garcia"))
        assert WORDS in staff.page_source and "Private to the patient" in staff.page_source
        check_accessibility(staff, "private scheduling request")
        screenshot(staff, "scheduling-request-private-desktop")
        start = (datetime.datetime.now(CHICAGO) + datetime.timedelta(days=2)).replace(
            hour=15, minute=30, second=0, microsecond=0)
        staff.execute_script("document.getElementById('book-date').value = arguments[0]", start.date().isoformat())
        staff.execute_script("document.getElementById('book-time').value = arguments[0]", start.strftime("%H:%M"))
        minutes = staff.find_element(By.ID, "book-minutes")
        minutes.clear()
        minutes.send_keys("30")
        staff.find_element(By.ID, "book-clinician").send_keys(CLINICIAN)
        click_and_wait(staff, staff.find_element(By.XPATH, "//form[.//input[@value='book']]//button[@type='submit']"))
        assert "Done. The family was told." in staff.page_source
    finally:
        staff.quit()

    # His clinician approves the renewal: the answer is Mateo's too.
    clinician = make_driver(1280, 900)
    try:
        sign_in(clinician, "clinician@example.org", path="/staff/sign-in")
        enter_code(clinician, staff_secret("clinician@example.org"))
        # The prescriber works in both of Mateo's teams: the request waits in one of them.
        for team in ("General Pediatrics", "Adolescent Medicine"):
            clinician.get(url("/staff"))
            click_and_wait(clinician, clinician.find_element(By.LINK_TEXT, "Care team inboxes"))
            click_and_wait(clinician, clinician.find_element(By.LINK_TEXT, team))
            waiting = clinician.find_elements(By.PARTIAL_LINK_TEXT, "Fluticasone")
            if waiting:
                click_and_wait(clinician, waiting[0])
                break
        assert COMMENT in clinician.page_source and "Private to the patient" in clinician.page_source
        refills = clinician.find_element(By.ID, "approve-refills")
        refills.clear()
        refills.send_keys("2")
        click_and_wait(clinician, clinician.find_element(By.XPATH, "//form[.//input[@value='approve']]//button"))
        assert "Done. The family was told." in clinician.page_source
    finally:
        clinician.quit()
    wait_for_message("mateo.garcia@example.org", "An update on your renewal request")

    # Only Mateo is told; he sees the visit and can add it to his calendar.
    wait_for_message("mateo.garcia@example.org", "An update on your appointment request")
    browser.get(request_page)
    assert "Your appointment is booked." in browser.page_source
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "See the appointment"))
    visit_link = browser.current_url
    assert CLINICIAN in browser.page_source
    calendar = browser.find_element(By.CSS_SELECTOR, "a[download='appointment.ics']").get_attribute("href")
    assert session_of(browser).get(calendar).status_code == 200

    # His mother, on her phone, in both languages: no request, visit, renewal or comment anywhere.
    sign_in(phone, "maria.garcia@example.org")
    use_language(phone, "en")
    pages = []
    for language in ("en", "es"):
        phone.get(url("/"))
        pages.append(("home " + language, phone.page_source))
        open_record(phone, "Mateo Garcia")
        pages.append(("record " + language, phone.page_source))
        record = phone.current_url
        for section in ("/appointments", "/medications", "/health-summary", "/documents"):
            phone.get(record + section)
            pages.append((section + " " + language, phone.page_source))
        phone.get(record + "/health-summary")
        pages.append(("printed summary " + language, printed_text(phone)))
        phone.get(url("/messages"))
        pages.append(("messages " + language, phone.page_source))
        if language == "en":
            phone.get(record + "/appointments")
            screenshot(phone, "appointments-parent-after-teen-request-phone")
            use_language(phone, "es")
    use_language(phone, "en")
    for name, text in pages:
        for trace in TRACES:
            assert trace not in text, f"{trace!r} on the mother's {name}"
    check_accessibility(phone, "medications (parent of teen)")
    # The visit's own page and calendar file are not hers either.
    answer = session_of(phone).get(visit_link, allow_redirects=False)
    assert answer.status_code == 404
    assert session_of(phone).get(calendar, allow_redirects=False).status_code == 404
    # And her inbox got nothing from either request.
    assert len(notices_to("maria.garcia@example.org")) == mother_before


def test_a_teen_applying_with_her_mothers_address_is_flagged_and_never_invited_there(browser):
    from test_enrollment import apply, birth_date, open_request

    def invitations_to_mother():
        return [s for s, _ in messages_to("maria.garcia@example.org") if "invitation" in s.lower()]

    before = len(invitations_to_mother())
    apply(browser, "patient", "Mateo Garcia", birth_date("MRN100002"), "Mateo Garcia", "maria.garcia@example.org",
          "organization_photo_id")
    assert browser.current_url == url("/enroll/received"), browser.find_element(By.TAG_NAME, "main").text

    him = make_driver(1280, 900)
    try:
        sign_in(him, "him@example.org", path="/staff/sign-in")
        enter_code(him, staff_secret("him@example.org"))
        click_and_wait(him, him.find_element(By.LINK_TEXT, "Account requests"))
        row = him.find_element(By.XPATH, "//tr[.//a[normalize-space()='Mateo Garcia']]").text
        assert "Address already in use" in row
        check_accessibility(him, "HIM queue with a flagged teen request")
        open_request(him, "Mateo Garcia")
        assert "a teen's own login cannot be sent to it" in him.find_element(By.TAG_NAME, "main").text
        screenshot(him, "enrollment-request-teen-address-in-use-desktop")
        him.find_element(By.CSS_SELECTOR, "input[name=patient_id]").click()
        click_and_wait(him, him.find_element(By.XPATH, "//button[normalize-space()='Approve and send the invitation']"))
        # Maria is Mateo's parent: the address is refused as the other side's (an account's, for anyone else).
        assert "may not share an e-mail address" in him.page_source
        check_accessibility(him, "refused approval")
    finally:
        him.quit()
    # Nothing went to the mother's inbox: the outbox worker runs every second.
    import time
    time.sleep(3)
    assert len(invitations_to_mother()) == before
