"""The whole way in, with a real SMTP server: sign-up with an ID photo, HIM's queue and
decision, the e-mails, activation, and signing in to see the child."""
import sqlite3
import os
import struct
import tempfile
import zlib

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import check_accessibility, click_and_wait, make_driver, screenshot, staff_secret, url, header_control
from mailbox import activation_path, count_of, messages_to, wait_for_count, wait_for_message, wait_for_new_message
from test_family_journey import sign_in
from test_staff_journey import enter_code


def id_photo():
    """A real (tiny, grey) PNG, as a phone's camera roll would hand over."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    width, height = 64, 40
    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
    handle = tempfile.NamedTemporaryFile(suffix=".png", delete=False)
    handle.write(png)
    handle.close()
    return handle.name


def birth_date(record_number):
    database = sqlite3.connect(os.environ["PORTAL_SQLITE"])
    try:
        return database.execute(
            "SELECT birth_date FROM patients WHERE medical_record_number = ?", (record_number,)).fetchone()[0]
    finally:
        database.close()


def set_date(driver, field_id, value):
    driver.execute_script("arguments[0].value = arguments[1]", driver.find_element(By.ID, field_id), value)


def apply(driver, applicant, patient, born, name, email, identification, label=None):
    driver.get(url("/sign-in"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "No account yet? Ask for one"))
    if label:
        check_accessibility(driver, label)
        screenshot(driver, label)
    Select(driver.find_element(By.ID, "applicant")).select_by_value(applicant)
    driver.find_element(By.ID, "patient_name").send_keys(patient)
    set_date(driver, "patient_birth_date", born)
    driver.find_element(By.ID, "patient_zip").send_keys("60657")
    driver.find_element(By.ID, "applicant_name").send_keys(name)
    driver.find_element(By.ID, "applicant_email").send_keys(email)
    driver.find_element(By.ID, "applicant_phone").send_keys("(773) 555-0142")
    Select(driver.find_element(By.ID, "identification_type")).select_by_value(identification)
    driver.find_element(By.ID, "document").send_keys(id_photo())
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/enroll'] button.primary"))


def open_request(him, patient_name):
    him.get(url("/staff/enrollment"))
    click_and_wait(him, him.find_element(By.LINK_TEXT, patient_name))


def test_a_parent_signs_up_him_approves_and_the_parent_signs_in_to_see_the_child(phone, browser):
    noah_born = birth_date("MRN100004")
    ava_born = birth_date("MRN100005")

    # A parent on her phone, in English; a wrong file first.
    apply(phone, "parent", "Noah Kim", noah_born, "Grace Kim", "grace.kim@example.org", "drivers_license",
          label="sign-up-phone")
    assert phone.current_url == url("/enroll/received"), phone.find_element(By.TAG_NAME, "main").text
    assert "up to 2 business days" in phone.page_source
    check_accessibility(phone, "sign-up received")
    screenshot(phone, "sign-up-received-phone")
    received = wait_for_message("grace.kim@example.org", "We received your portal request")
    assert "2 business days" in received and "Noah" not in received

    # Ava, 15, applies for her own account with her school ID, in Spanish.
    browser.get(url("/sign-in"))
    click_and_wait(browser, header_control(browser, "button[lang=es]"))
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "¿Todavía no tiene cuenta? Pida una"))
    check_accessibility(browser, "sign-up in Spanish")
    screenshot(browser, "sign-up-es-desktop")
    Select(browser.find_element(By.ID, "applicant")).select_by_value("patient")
    browser.find_element(By.ID, "patient_name").send_keys("Ava Kim")
    set_date(browser, "patient_birth_date", ava_born)
    browser.find_element(By.ID, "patient_zip").send_keys("60657")
    browser.find_element(By.ID, "applicant_name").send_keys("Ava Kim")
    browser.find_element(By.ID, "applicant_email").send_keys("ava.kim@example.org")
    browser.find_element(By.ID, "applicant_phone").send_keys("(773) 555-0199")
    Select(browser.find_element(By.ID, "identification_type")).select_by_value("organization_photo_id")
    browser.find_element(By.ID, "document").send_keys(id_photo())
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form[action='/enroll'] button.primary"))
    assert "Solicitud recibida" in browser.page_source
    wait_for_message("ava.kim@example.org", "Recibimos su solicitud del portal")

    # Someone asks for a child the hospital does not have.
    apply(phone, "parent", "Nobody Here", "2018-01-01", "Pat Stranger", "pat.stranger@example.org", "passport")
    assert phone.current_url == url("/enroll/received")

    # HIM works the queue on a desktop.
    him = make_driver(1280, 900)
    try:
        sign_in(him, "him@example.org", path="/staff/sign-in")
        enter_code(him, staff_secret("him@example.org"))
        click_and_wait(him, him.find_element(By.LINK_TEXT, "Account requests"))
        check_accessibility(him, "HIM queue")
        screenshot(him, "enrollment-queue-desktop")
        assert "0 business days" in him.page_source

        open_request(him, "Noah Kim")
        check_accessibility(him, "HIM request page")
        screenshot(him, "enrollment-request-desktop")
        assert "MRN100004" in him.page_source and "date of birth matches" in him.page_source
        him.find_element(By.CSS_SELECTOR, "input[name=patient_id]").click()
        click_and_wait(him, him.find_element(By.XPATH, "//button[normalize-space()='Approve and send the invitation']"))
        assert "Approved. The invitation is on its way" in him.page_source

        open_request(him, "Ava Kim")
        assert "MRN100005" in him.page_source
        him.find_element(By.CSS_SELECTOR, "input[name=patient_id]").click()
        assert Select(him.find_element(By.ID, "relationship")).first_selected_option.get_attribute("value") == "self"
        click_and_wait(him, him.find_element(By.XPATH, "//button[normalize-space()='Approve and send the invitation']"))

        open_request(him, "Nobody Here")
        assert "No patient record matches yet" in him.page_source
        Select(him.find_element(By.ID, "reason")).select_by_value("no_matching_record")
        him.find_element(By.ID, "note").send_keys("No such child in the EHR")
        click_and_wait(him, him.find_element(By.XPATH, "//button[normalize-space()='Reject the request']"))
        assert "Rejected. The applicant will get an e-mail" in him.page_source
    finally:
        him.quit()

    rejection = wait_for_message("pat.stranger@example.org", "A portal request was updated")
    assert "could not find a hospital record" in rejection and "EHR" not in rejection
    ava_invitation = wait_for_message("ava.kim@example.org", "Su invitación al portal del paciente")
    assert activation_path(ava_invitation)

    # Grace follows her invitation on her phone, answers, chooses a password, and sees Noah.
    invitation = wait_for_message("grace.kim@example.org", "Your invitation to the patient portal")
    assert "Noah" not in invitation
    phone.get(url(activation_path(invitation)))
    phone.find_element(By.ID, "zip").send_keys("60657")
    set_date(phone, "birth_date", noah_born)
    click_and_wait(phone, phone.find_element(By.CSS_SELECTOR, "button.primary"))
    phone.find_element(By.ID, "full_name").send_keys("Grace Kim")
    phone.find_element(By.ID, "password").send_keys("paper boats on a quiet pond")
    click_and_wait(phone, phone.find_element(By.CSS_SELECTOR, "button.primary"))
    # Signed in already, and offered the second step; she sets it up later.
    assert "Your account is ready and you are signed in" in phone.page_source
    check_accessibility(phone, "second-step offer after activation")
    screenshot(phone, "activation-welcome-phone")
    click_and_wait(phone, phone.find_element(By.PARTIAL_LINK_TEXT, "Not now"))
    assert "Noah" in phone.find_element(By.CSS_SELECTOR, ".patients").text
    click_and_wait(phone, header_control(phone, xpath="//button[normalize-space()=\'Sign out\']"))
    sign_in(phone, "grace.kim@example.org", password="paper boats on a quiet pond")
    assert "Noah" in phone.find_element(By.CSS_SELECTOR, ".patients").text
    # Each e-mail was delivered once.
    assert len(messages_to("grace.kim@example.org")) == 2


def test_five_wrong_answers_lock_the_invitation(browser):
    """HIM invites in person; the link is tried five times with wrong answers and locks."""
    sign_in(browser, "him@example.org", path="/staff/sign-in")
    enter_code(browser, staff_secret("him@example.org"))
    browser.get(url("/staff/patients?q=MRN100004"))
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Noah Kim"))
    browser.find_element(By.ID, "invite_email").send_keys("min.kim@example.org")
    Select(browser.find_element(By.ID, "invite_relationship")).select_by_value("parent")
    click_and_wait(browser, browser.find_element(By.XPATH, "//button[normalize-space()='Send invitation']"))
    path = activation_path(wait_for_message("min.kim@example.org", "Your invitation"))

    visitor = make_driver(375, 812)
    try:
        visitor.get(url(path))
        for _ in range(5):
            visitor.find_element(By.ID, "zip").clear()
            visitor.find_element(By.ID, "zip").send_keys("60601")
            set_date(visitor, "birth_date", "2010-01-01")
            click_and_wait(visitor, visitor.find_element(By.CSS_SELECTOR, "button.primary"))
            if "locked" in visitor.page_source:
                break
        assert "This invitation is locked" in visitor.page_source
        check_accessibility(visitor, "locked invitation")
        screenshot(visitor, "activation-locked-phone")
    finally:
        visitor.quit()
    browser.get(url("/staff/patients?q=MRN100004"))
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Noah Kim"))
    assert "min.kim@example.org" in browser.page_source and "locked" in browser.page_source.lower()


def him_signed_in(driver):
    sign_in(driver, "him@example.org", path="/staff/sign-in")
    enter_code(driver, staff_secret("him@example.org"))


def open_back_office(driver, record_number, name):
    driver.get(url(f"/staff/patients?q={record_number}"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, name))


def invite(driver, email, relationship):
    driver.find_element(By.ID, "invite_email").send_keys(email)
    Select(driver.find_element(By.ID, "invite_relationship")).select_by_value(relationship)
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[normalize-space()='Send invitation']"))


def backdate_invitations(email, days):
    """Time passes for the invitations to this address: their sent time moves back."""
    database = sqlite3.connect(os.environ["PORTAL_SQLITE"])
    try:
        database.execute("UPDATE invitations SET sent_at = sent_at - ? WHERE email = ?", (days * 86_400, email))
        database.commit()
    finally:
        database.close()


def activate(driver, path, zip_code, born, name, password):
    driver.get(url(path))
    driver.find_element(By.ID, "zip").send_keys(zip_code)
    set_date(driver, "birth_date", born)
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "button.primary"))
    driver.find_element(By.ID, "full_name").send_keys(name)
    driver.find_element(By.ID, "password").send_keys(password)
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "button.primary"))


def test_an_expired_invitation_says_so_and_him_sends_a_new_one(phone, browser):
    him_signed_in(browser)
    open_back_office(browser, "MRN100004", "Noah Kim")
    invite(browser, "jun.kim@example.org", "parent")
    old_path = activation_path(wait_for_message("jun.kim@example.org", "Your invitation"))
    backdate_invitations("jun.kim@example.org", 91)

    phone.get(url(old_path))
    assert "This invitation expired on" in phone.page_source and "Health Information Management" in phone.page_source
    check_accessibility(phone, "expired invitation")
    screenshot(phone, "activation-expired-phone")

    open_back_office(browser, "MRN100004", "Noah Kim")
    assert "expired" in browser.find_element(By.CSS_SELECTOR, ".invitations").text
    invite(browser, "jun.kim@example.org", "parent")
    bodies = wait_for_count("jun.kim@example.org", 2)
    new_path = next(activation_path(body) for body in bodies if activation_path(body) != old_path)

    phone.get(url(old_path))
    assert "cannot be used" in phone.page_source
    activate(phone, new_path, "60657", birth_date("MRN100004"), "Jun Kim", "lanterns along the winter river")
    assert "Your account is ready and you are signed in" in phone.page_source


def test_him_closes_an_account_while_it_is_signed_in_and_invites_its_owner_again(phone, browser):
    him_signed_in(browser)
    open_back_office(browser, "MRN100005", "Ava Kim")
    invite(browser, "sam.kim@example.org", "parent")
    path = activation_path(wait_for_message("sam.kim@example.org", "Your invitation"))
    activate(phone, path, "60657", birth_date("MRN100005"), "Sam Kim", "copper kettles on a cold morning")
    click_and_wait(phone, phone.find_element(By.PARTIAL_LINK_TEXT, "Not now"))
    assert "Ava" in phone.find_element(By.CSS_SELECTOR, ".patients").text

    # Sam sees a sign-in he did not make, and says so.
    phone.get(url("/account/activity"))
    assert "Signed in" in phone.page_source and "Created this account" in phone.page_source
    check_accessibility(phone, "account activity")
    screenshot(phone, "account-activity-phone")
    click_and_wait(phone, phone.find_element(By.XPATH, "//button[contains(normalize-space(), 'This was not me')]"))
    assert "has your report" in phone.page_source

    browser.get(url("/staff/enrollment"))
    reports = browser.find_element(By.CSS_SELECTOR, "section[aria-labelledby=reports-heading]")
    click_and_wait(browser, reports.find_element(By.LINK_TEXT, "Sam Kim"))
    assert "reported activity that was not theirs" in browser.page_source
    browser.find_element(By.ID, "reason").send_keys("Sam called: his phone was stolen while signed in")
    click_and_wait(browser, browser.find_element(By.XPATH, "//button[normalize-space()='Close the account now']"))
    assert "every session has ended" in browser.page_source
    check_accessibility(browser, "HIM member page, account closed")
    screenshot(browser, "member-closed-desktop")

    # The phone that was signed in is signed out on its next click; the password no longer opens it.
    phone.get(url("/"))
    assert phone.current_url.startswith(url("/sign-in"))
    sign_in(phone, "sam.kim@example.org", password="copper kettles on a cold morning")
    assert "This account has been closed by Health Information Management" in phone.page_source

    # The closed account let go of Sam's address: the re-invitation starts with it, and his
    # new account signs in with it.
    assert browser.find_element(By.ID, "email").get_attribute("value") == "sam.kim@example.org"
    known = count_of("sam.kim@example.org", "Your invitation")
    click_and_wait(browser, browser.find_element(By.XPATH, "//button[normalize-space()='Send the invitation']"))
    assert "Invitation sent." in browser.page_source
    new_path = activation_path(wait_for_new_message("sam.kim@example.org", "Your invitation", known))
    activate(phone, new_path, "60657", birth_date("MRN100005"), "Sam Kim", "a new kettle for a new phone")
    click_and_wait(phone, phone.find_element(By.PARTIAL_LINK_TEXT, "Not now"))
    assert "Ava" in phone.find_element(By.CSS_SELECTOR, ".patients").text
    click_and_wait(phone, header_control(phone, "form[action=\'/sign-out\'] button"))
    sign_in(phone, "sam.kim@example.org", password="a new kettle for a new phone")
    assert phone.current_url == url("/")
