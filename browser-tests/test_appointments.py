"""Appointments in a real browser: Maria asks for a video visit for Sofia, the scheduler
books it from the department's queue, Maria sees it with its Join button, adds it to her
calendar and invites Sofia's father with a link that works once. The demo video visit later
today shows a countdown instead of a Join button, and Mateo's Adolescent Medicine visit
never reaches his mother."""
import datetime
import re
from zoneinfo import ZoneInfo

import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import check_accessibility, click_and_wait, make_driver, screenshot, staff_secret, url
from mailbox import wait_for_message
from test_family_journey import open_record, sign_in
from test_staff_journey import enter_code

CHICAGO = ZoneInfo("America/Chicago")


def open_appointments(driver, child):
    driver.get(url("/"))
    open_record(driver, child)
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "main a[href$='/appointments']"))


def session_of(driver):
    """A requests session carrying the browser's cookies, to read a download or a redirect."""
    session = requests.Session()
    for cookie in driver.get_cookies():
        session.cookies.set(cookie["name"], cookie["value"])
    return session


def test_parent_requests_scheduler_books_parent_joins_and_invites(browser, phone):
    # The demo video visit later today: a countdown, no Join button yet.
    sign_in(browser, "maria.garcia@example.org")
    open_appointments(browser, "Sofia Garcia")
    assert "All times are Central Time" in browser.page_source
    check_accessibility(browser, "appointments")
    screenshot(browser, "appointments-desktop")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "ul.appointment-list li > a"))
    page = browser.find_element(By.TAG_NAME, "main").text
    assert "Video visit" in page and "The Join button appears at" in page
    assert not browser.find_elements(By.ID, "join-video")
    check_accessibility(browser, "video visit before its window")
    screenshot(browser, "video-visit-countdown-desktop")

    # Maria asks for a video visit; a click with nothing chosen is answered next to the fields.
    open_appointments(browser, "Sofia Garcia")
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Request an appointment"))
    assert "Allergy" not in browser.find_element(By.TAG_NAME, "form").text
    check_accessibility(browser, "request form")
    browser.execute_script("document.querySelector('form.request-form').noValidate = true")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.request-form button[type=submit]"))
    assert "Choose a department." in browser.page_source and "Choose in person, video, or either." in browser.page_source
    check_accessibility(browser, "request form with errors")
    browser.find_element(By.XPATH, "//label[starts-with(normalize-space(), 'General Pediatrics')]").click()
    Select(browser.find_element(By.ID, "reason")).select_by_visible_text("Sick visit")
    browser.find_element(By.ID, "details").send_keys("Ear pain again since Friday")
    tomorrow = (datetime.datetime.now(CHICAGO) + datetime.timedelta(days=1)).date().isoformat()
    browser.execute_script("document.getElementById('day-0').value = arguments[0]", tomorrow)
    browser.find_element(By.XPATH, "//label[contains(., 'Morning')]").click()
    browser.find_element(By.XPATH, "//label[normalize-space()='Video visit']").click()
    phone_field = browser.find_element(By.ID, "phone")
    phone_field.clear()
    phone_field.send_keys("(312) 555-0199")
    browser.find_element(By.ID, "interpreter").send_keys("Spanish")
    screenshot(browser, "request-form-desktop")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.request-form button[type=submit]"))
    assert "Your request was sent to the scheduling team." in browser.page_source
    assert "Waiting for the scheduling team" in browser.page_source
    check_accessibility(browser, "request sent")
    screenshot(browser, "request-sent-desktop")
    request_page = browser.current_url

    # The scheduler books it from the department's queue, starting in ten minutes.
    staff = make_driver(1280, 900)
    try:
        sign_in(staff, "scheduler@example.org", path="/staff/sign-in")
        enter_code(staff, staff_secret("scheduler@example.org"))
        click_and_wait(staff, staff.find_element(By.LINK_TEXT, "Scheduling requests"))
        click_and_wait(staff, staff.find_element(By.LINK_TEXT, "General Pediatrics"))
        assert "Interpreter: Spanish" in staff.page_source
        check_accessibility(staff, "scheduling queue")
        screenshot(staff, "scheduling-queue-desktop")
        click_and_wait(staff, staff.find_element(By.LINK_TEXT, "Sofia Garcia"))
        assert "Ear pain again since Friday" in staff.page_source
        check_accessibility(staff, "scheduling request")
        screenshot(staff, "scheduling-request-desktop")
        start = (datetime.datetime.now(CHICAGO) + datetime.timedelta(minutes=10)).replace(second=0, microsecond=0)
        staff.execute_script("document.getElementById('book-date').value = arguments[0]", start.date().isoformat())
        staff.execute_script("document.getElementById('book-time').value = arguments[0]", start.strftime("%H:%M"))
        minutes = staff.find_element(By.ID, "book-minutes")
        minutes.clear()
        minutes.send_keys("30")
        staff.find_element(By.ID, "book-clinician").send_keys("Dr. Priya Patel")
        # Maria asked for a video visit, so the box starts ticked.
        assert staff.find_element(By.ID, "book-video").is_selected()
        click_and_wait(staff, staff.find_element(By.XPATH, "//form[.//input[@value='book']]//button[@type='submit']"))
        assert "Done. The family was told." in staff.page_source
    finally:
        staff.quit()

    # Maria is told by e-mail, without a word of health information, and sees it booked.
    notice = wait_for_message("maria.garcia@example.org", "An update on your appointment request")
    for secret in ("Sofia", "Pediatrics", "Ear", "Patel", "video"):
        assert secret not in notice, secret
    browser.get(request_page)
    assert "Your appointment is booked." in browser.page_source
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "See the appointment"))
    assert browser.find_elements(By.ID, "join-video"), "the Join button is missing inside the window"
    check_accessibility(browser, "video visit inside its window")
    screenshot(browser, "video-visit-open-desktop")
    appointment_page = browser.current_url

    # Joining goes to the hospital's video platform, in a room nobody could guess.
    join = browser.find_element(By.ID, "join-video").get_attribute("href")
    answer = session_of(browser).get(join, allow_redirects=False)
    assert answer.status_code == 303
    assert re.fullmatch(r"https://video\.example-hospital\.org/visit/[A-Za-z0-9_-]{43}", answer.headers["Location"])

    # The calendar file: the time and department, no reason and no child.
    calendar = browser.find_element(By.LINK_TEXT, "Add to calendar").get_attribute("href")
    ics = session_of(browser).get(calendar)
    assert ics.status_code == 200 and ics.text.startswith("BEGIN:VCALENDAR")
    assert start.astimezone(datetime.timezone.utc).strftime("DTSTART:%Y%m%dT%H%M00Z") in ics.text
    for secret in ("Sofia", "Ear", "Sick", "Patel"):
        assert secret not in ics.text, secret

    # A guest link for Sofia's father: it opens the room once, then says it was used.
    browser.find_element(By.ID, "guest-name").send_keys("David (Dad)")
    click_and_wait(browser, browser.find_element(By.XPATH, "//form[.//input[@id='guest-name']]//button"))
    link = browser.find_element(By.ID, "guest-link").text
    assert "/visit/" in link
    check_accessibility(browser, "guest link made")
    screenshot(browser, "guest-link-desktop")
    guest = make_driver(375, 812)
    try:
        first = requests.get(link, allow_redirects=False)
        assert first.status_code == 303 and first.headers["Location"] == answer.headers["Location"]
        guest.get(link)
        assert "This link has already been used." in guest.page_source
        check_accessibility(guest, "used guest link")
        screenshot(guest, "guest-link-used-phone")
    finally:
        guest.quit()
    browser.get(appointment_page)
    assert "Used" in browser.find_element(By.TAG_NAME, "main").text

    # The same pages on a phone, in Spanish.
    sign_in(phone, "david.garcia@example.org")
    open_appointments(phone, "Sofia Garcia")
    assert "Todas las horas son hora central" in phone.page_source
    check_accessibility(phone, "appointments (es, phone)")
    screenshot(phone, "appointments-es-phone")


def test_teen_confidential_visit_stays_out_of_the_parents_view(browser):
    sign_in(browser, "maria.garcia@example.org")
    open_appointments(browser, "Mateo Garcia")
    page = browser.find_element(By.TAG_NAME, "main").text
    assert "Adolescent Medicine" not in page and "General Pediatrics" in page
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Request an appointment"))
    assert "Adolescent Medicine" not in browser.page_source
    teen = make_driver(375, 812)
    try:
        sign_in(teen, "mateo.garcia@example.org")
        open_appointments(teen, "Mateo Garcia")
        assert "Adolescent Medicine" in teen.page_source
        check_accessibility(teen, "teen's appointments")
        screenshot(teen, "appointments-teen-phone")
    finally:
        teen.quit()


def test_camera_check_shows_the_picture_and_the_sound_level():
    # Chromium's fake camera and microphone, allowed without a prompt, stand in for a family's.
    driver = make_driver(1280, 900, ("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"))
    try:
        driver.get(url("/video-check"))
        assert driver.find_element(By.ID, "video-check").is_displayed()
        assert not driver.find_element(By.ID, "video-check-no-script").is_displayed()
        check_accessibility(driver, "camera check")
        driver.find_element(By.ID, "video-check-start").click()
        WebDriverWait(driver, 10).until(
            lambda d: "work" in d.find_element(By.ID, "video-check-status").text
            and d.execute_script("return document.getElementById('video-check-preview').videoWidth") > 0)
        screenshot(driver, "camera-check-desktop")
    finally:
        driver.quit()


def test_administrator_sees_departments_and_their_schedulers(browser):
    sign_in(browser, "admin@example.org", path="/staff/sign-in")
    enter_code(browser, staff_secret("admin@example.org"))
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Departments and scheduling"))
    page = browser.find_element(By.TAG_NAME, "main").text
    assert "Adolescent Medicine" in page and "Sexual and reproductive health" in page and "no requests" in page
    check_accessibility(browser, "departments")
    screenshot(browser, "departments-desktop")
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "General Pediatrics"))
    assert "Sam Rivera" in browser.page_source
    assert browser.find_element(By.ID, "video_template").get_attribute("value").endswith("/{room}")
    check_accessibility(browser, "department settings")
    screenshot(browser, "department-desktop")
