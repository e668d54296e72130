"""The back office around messaging: the administrator's inbox set-up, a clinician's saved
replies used in a thread, and a family's photo attached to a message, each checked with axe
and photographed at desktop and phone width."""
import tempfile
from pathlib import Path

from selenium.webdriver.common.by import By

from conftest import check_accessibility, click_and_wait, screenshot, staff_secret, url
from test_family_journey import sign_in
from test_staff_journey import enter_code


def test_administrator_sees_the_inboxes_and_who_works_them(browser, phone):
    sign_in(browser, "admin@example.org", path="/staff/sign-in")
    enter_code(browser, staff_secret("admin@example.org"))
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Care teams and inboxes"))
    page = browser.find_element(By.TAG_NAME, "main").text
    assert "General Pediatrics" in page and "Health Information Management" in page
    check_accessibility(browser, "care team setup")
    screenshot(browser, "care-teams-desktop")
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Adolescent Medicine"))
    assert "Dr. Priya Patel" in browser.find_element(By.TAG_NAME, "main").text
    check_accessibility(browser, "care team settings")
    phone.get(browser.current_url)
    for cookie in browser.get_cookies():
        phone.add_cookie(cookie)
    phone.get(browser.current_url)
    screenshot(phone, "care-team-settings-phone")


def test_family_attaches_a_photo_and_the_clinician_answers_with_a_saved_reply(browser, phone):
    with tempfile.TemporaryDirectory() as folder:
        photo = Path(folder, "rash.png")
        photo.write_bytes(bytes.fromhex(
            "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            "1f15c4890000000d49444154789c6360f8cf000000030101005d0a2db40000000049454e44ae426082"))
        sign_in(phone, "david.garcia@example.org")
        phone.get(url("/messages/new"))
        phone.find_element(By.XPATH, "//label[contains(., 'Pediatría general')]").click()
        phone.find_element(By.ID, "subject").send_keys("Sarpullido en el brazo")
        phone.find_element(By.ID, "body").send_keys("Le salió esta mancha ayer. ¿Debemos preocuparnos?")
        # A file over 10 MB is refused on the spot (with the script), before anything is sent.
        big = Path(folder, "scan.pdf")
        big.write_bytes(b"%PDF-1.4\n" + b" " * (10 * 1024 * 1024 + 1))
        picker = phone.find_element(By.ID, "attachments")
        picker.send_keys(str(big))
        assert "10 MB" in picker.get_attribute("validationMessage")
        picker.clear()
        picker.send_keys(str(photo))
        assert picker.get_attribute("validationMessage") == ""
        click_and_wait(phone, phone.find_element(By.CSS_SELECTOR, "form.compose button[type=submit]"))
        assert "Su mensaje se envió." in phone.page_source
        assert "rash.png (1 KB)" in phone.find_element(By.CSS_SELECTOR, ".attachments").text
        check_accessibility(phone, "thread with attachment (es)")
        screenshot(phone, "thread-attachment-es-phone")

    sign_in(browser, "clinician@example.org", path="/staff/sign-in")
    enter_code(browser, staff_secret("clinician@example.org"))
    browser.get(url("/staff/inbox"))
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "General Pediatrics"))
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Saved replies"))
    browser.find_element(By.ID, "title").send_keys("Photo received")
    browser.find_element(By.ID, "body").send_keys("Thank you, we received the photo of {first_name}'s skin.")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "main form:not(.inline) button[type=submit]"))
    assert "Photo received" in browser.page_source
    check_accessibility(browser, "saved replies")
    screenshot(browser, "saved-replies-desktop")
    browser.get(url("/staff/inbox"))
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "General Pediatrics"))
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Sarpullido en el brazo"))
    assert "David Garcia (parent)" in browser.page_source
    browser.find_element(By.CSS_SELECTOR, ".saved-replies summary").click()
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Photo received"))
    assert browser.find_element(By.ID, "body").get_attribute("value") == "Thank you, we received the photo of Sofia's skin."
    click_and_wait(browser, browser.find_element(By.XPATH, "//button[normalize-space()='Send reply']"))
    assert "Your message was sent." in browser.page_source
