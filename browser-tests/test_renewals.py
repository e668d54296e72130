"""Prescription renewals in a real browser: Maria asks to renew Sofia's cetirizine, Dr. Patel
approves it from the General Pediatrics pool, and Maria sees the approval and is told by
e-mail without the medicine's name. Mateo's controlled medicine points to a message instead."""
from selenium.webdriver.common.by import By

from conftest import check_accessibility, click_and_wait, make_driver, screenshot, staff_secret, url
from mailbox import wait_for_message
from test_family_journey import open_record, sign_in
from test_staff_journey import enter_code


def open_medications(driver, child):
    driver.get(url("/"))
    open_record(driver, child)
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "main a[href$='/medications']"))


def renewal_link(driver, medicine):
    item = driver.find_element(By.XPATH, "//li[.//h3[starts-with(normalize-space(), '%s')]]" % medicine)
    return item.find_element(By.CSS_SELECTOR, "p.renewal a")


def test_parent_requests_a_renewal_and_the_clinician_approves_it(browser, phone):
    sign_in(browser, "maria.garcia@example.org")
    open_medications(browser, "Mateo Garcia")
    click_and_wait(browser, renewal_link(browser, "Methylphenidate"))
    assert "renews this medicine only after talking with you" in browser.page_source
    assert browser.find_element(By.LINK_TEXT, "Write to the care team")
    check_accessibility(browser, "renewal not possible")

    open_medications(browser, "Sofia Garcia")
    check_accessibility(browser, "medications with renewal links")
    click_and_wait(browser, renewal_link(browser, "Cetirizine"))
    assert "The request goes to General Pediatrics" in browser.page_source
    check_accessibility(browser, "renewal form")
    browser.find_element(By.XPATH, "//label[normalize-space()='Lincoln Park Pharmacy']").click()
    browser.find_element(By.ID, "days-left").send_keys("4")
    browser.find_element(By.ID, "comment").send_keys("We leave for a trip on Friday")
    screenshot(browser, "renewal-form-desktop")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.renewal-form button[type=submit]"))
    assert "Your renewal request was sent to the care team." in browser.page_source
    check_accessibility(browser, "renewal sent")
    request_page = browser.current_url

    clinician = make_driver(1280, 900)
    try:
        sign_in(clinician, "clinician@example.org", path="/staff/sign-in")
        enter_code(clinician, staff_secret("clinician@example.org"))
        click_and_wait(clinician, clinician.find_element(By.LINK_TEXT, "Care team inboxes"))
        click_and_wait(clinician, clinician.find_element(By.LINK_TEXT, "General Pediatrics"))
        assert "Renewal requests" in clinician.page_source
        check_accessibility(clinician, "pool with renewals")
        screenshot(clinician, "pool-renewals-desktop")
        click_and_wait(clinician, clinician.find_element(By.PARTIAL_LINK_TEXT, "Cetirizine"))
        assert "We leave for a trip on Friday" in clinician.page_source
        check_accessibility(clinician, "renewal review")
        screenshot(clinician, "renewal-review-desktop")
        refills = clinician.find_element(By.ID, "approve-refills")
        refills.clear()
        refills.send_keys("3")
        click_and_wait(clinician, clinician.find_element(By.XPATH, "//form[.//input[@value='approve']]//button"))
        assert "Done. The family was told." in clinician.page_source
    finally:
        clinician.quit()

    notice = wait_for_message("maria.garcia@example.org", "An update on your renewal request")
    for secret in ("Sofia", "Cetirizine", "Lincoln", "Pediatrics", "refill"):
        assert secret not in notice, secret
    browser.get(request_page)
    page = browser.find_element(By.TAG_NAME, "main").text
    assert "Renewal approved" in page and "Approved with 3 refills, sent to Lincoln Park Pharmacy." in page
    screenshot(browser, "renewal-approved-desktop")

    # David, in Spanish on his phone, sees the same outcome on the medication list.
    sign_in(phone, "david.garcia@example.org")
    open_medications(phone, "Sofia Garcia")
    assert "Renovación aprobada" in phone.page_source
    check_accessibility(phone, "medications (es, phone)")
    screenshot(phone, "medications-es-phone")
