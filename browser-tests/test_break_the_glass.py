"""A clinician opens a record outside her care teams only by breaking the glass, and HIM reviews it."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import check_accessibility, click_and_wait, screenshot, staff_secret, url
from test_family_journey import sign_in
from test_staff_journey import enter_code
from test_teen_privacy import use_language

TITLE = "This patient is not in your care teams"
EXPLANATION = "Seen in the emergency department tonight; I need his allergies before treating him."


def main_text(driver):
    return driver.find_element(By.TAG_NAME, "main").text


def open_outside_record(driver, record_number):
    driver.get(url("/staff/records?q=" + record_number))
    click_and_wait(driver, driver.find_element(By.XPATH, "//main//a[contains(@href,'/patients/')]"))


def test_a_clinician_breaks_the_glass_and_him_reviews_it(browser, phone):
    sign_in(phone, "clinician@example.org", path="/staff/sign-in")
    enter_code(phone, staff_secret("clinician@example.org"))
    # Her own patients are found by name; the Kims are in none of her care teams.
    phone.get(url("/staff/records?q=Garcia"))
    assert "Sofia Garcia" in main_text(phone)
    phone.get(url("/staff/records?q=Kim"))
    assert "Noah" not in main_text(phone) and "Ava" not in main_text(phone)
    phone.get(url("/staff/records?q=MRN100004"))
    found = main_text(phone)
    assert "MRN100004" in found and TITLE in found and "Noah" not in found
    check_accessibility(phone, "record search with a patient outside the care teams")

    open_outside_record(phone, "MRN100004")
    assert phone.find_element(By.TAG_NAME, "h1").text == TITLE
    assert "Noah" not in main_text(phone)
    check_accessibility(phone, "break the glass")
    screenshot(phone, "break-the-glass-phone")

    # Too short an explanation is sent back with the reason kept.
    Select(phone.find_element(By.ID, "reason")).select_by_value("emergency")
    phone.find_element(By.ID, "explanation").send_keys("allergies")
    click_and_wait(phone, phone.find_element(By.XPATH, "//button[normalize-space()='Open the record']"))
    assert "in 10 to 500 characters" in main_text(phone)
    assert Select(phone.find_element(By.ID, "reason")).first_selected_option.get_attribute("value") == "emergency"
    check_accessibility(phone, "break the glass with a problem")
    screenshot(phone, "break-the-glass-problem-phone")

    explanation = phone.find_element(By.ID, "explanation")
    explanation.clear()
    explanation.send_keys(EXPLANATION)
    click_and_wait(phone, phone.find_element(By.XPATH, "//button[normalize-space()='Open the record']"))
    assert "Noah Kim" in main_text(phone)
    screenshot(phone, "record-after-breaking-the-glass-phone")

    # In Spanish, for Ava.
    use_language(phone, "es")
    try:
        open_outside_record(phone, "MRN100005")
        assert phone.find_element(By.TAG_NAME, "h1").text == "Este paciente no está en sus equipos de atención"
        check_accessibility(phone, "break the glass in Spanish")
        screenshot(phone, "break-the-glass-es-phone")
    finally:
        use_language(phone, "en")

    # HIM reads every opening with its reason, and marks it reviewed.
    sign_in(browser, "him@example.org", path="/staff/sign-in")
    enter_code(browser, staff_secret("him@example.org"))
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Records opened outside care teams"))
    waiting = main_text(browser)
    assert "Noah Kim" in waiting and EXPLANATION in waiting and "Emergency care" in waiting
    check_accessibility(browser, "broken glass review")
    screenshot(browser, "broken-glass-review-desktop")
    use_language(browser, "es")
    try:
        assert "Atención de emergencia" in main_text(browser)
        check_accessibility(browser, "broken glass review in Spanish")
        screenshot(browser, "broken-glass-review-es-desktop")
    finally:
        use_language(browser, "en")
    click_and_wait(browser, browser.find_element(By.XPATH, "//li[contains(., 'Noah Kim')]//form//button"))
    assert "Reviewed by" in main_text(browser)
