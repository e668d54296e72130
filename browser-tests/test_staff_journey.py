"""Staff sign in with a password and an authenticator code, and HIM reads the audit trail."""

from selenium.webdriver.common.by import By

from selenium.webdriver.support.ui import Select

from conftest import check_accessibility, click_and_wait, one_time_code, screenshot, staff_secret, url, header_control
from test_family_journey import sign_in


def enter_code(driver, secret):
    driver.find_element(By.ID, "code").send_keys(one_time_code(secret))
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/sign-in/code'] button[type=submit]"))


def test_him_signs_in_with_a_code_reads_the_audit_trail_and_manages_access(browser):
    sign_in(browser, "him@example.org", path="/staff/sign-in")
    assert browser.current_url == url("/sign-in/code")
    check_accessibility(browser, "second factor")
    screenshot(browser, "code-desktop")
    enter_code(browser, staff_secret("him@example.org"))
    assert browser.current_url == url("/staff")
    check_accessibility(browser, "staff home")
    screenshot(browser, "staff-home-desktop")

    grant_special_circumstance_and_revoke_it(browser)
    invite_lucia_to_her_own_account(browser)

    # Everything above is on the record, whatever other tests did before.
    browser.get(url("/staff"))
    click_and_wait(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "Audit trail"))
    table = browser.find_element(By.TAG_NAME, "table").text
    assert "sign_in" in table and "grant.revoked" in table and "invitation.activated" in table
    check_accessibility(browser, "audit trail")
    screenshot(browser, "audit-desktop")

    browser.find_element(By.ID, "action").send_keys("grants.view")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, ".filters button"))
    rows = browser.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert rows and all("grants.view" in row.text for row in rows)


def grant_special_circumstance_and_revoke_it(browser):
    """HIM finds Lucia (19), whose mother's access ended at 18, records the adult patient's
    written authorization with its document, and later revokes it."""
    import datetime
    import tempfile

    from selenium.webdriver.support.ui import Select
    from conftest import make_driver
    from mailbox import wait_for_message

    browser.get(url("/staff"))
    click_and_wait(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "Find a patient"))
    check_accessibility(browser, "find a patient")
    browser.find_element(By.ID, "q").send_keys("Lucia")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form[role=search] button"))
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Lucia Garcia"))
    grants = browser.find_element(By.CSS_SELECTOR, ".grants").text
    assert "Maria Garcia" in grants and "Ended at 18 on" in grants
    check_accessibility(browser, "patient access (back office)")

    browser.find_element(By.ID, "member_email").send_keys("maria.garcia@example.org")
    Select(browser.find_element(By.ID, "kind")).select_by_value("adult_authorization")
    Select(browser.find_element(By.ID, "relationship")).select_by_value("parent")
    last_day = (datetime.date.today() + datetime.timedelta(days=300)).isoformat()
    browser.execute_script("arguments[0].value = arguments[1]", browser.find_element(By.ID, "last_day"), last_day)
    browser.find_element(By.ID, "reason").send_keys("Signed authorization form dated today")
    with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as document:
        document.write(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
    browser.find_element(By.ID, "document").send_keys(document.name)
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "button.primary"))
    assert "Special circumstance recorded." in browser.page_source
    screenshot(browser, "back-office-patient-desktop")
    click_and_wait(browser, header_control(browser, "button[lang=es]"))
    assert "Registrar una circunstancia especial" in browser.page_source and "Terminó a los 18 años el" in browser.page_source
    check_accessibility(browser, "patient access (back office, es)")
    screenshot(browser, "back-office-patient-es-desktop")
    click_and_wait(browser, header_control(browser, "button[lang=en]"))

    mother = make_driver(375, 812)
    try:
        sign_in(mother, "maria.garcia@example.org")
        cards = mother.find_element(By.CSS_SELECTOR, ".patients").text
        assert "Lucy" in cards and "With the patient's written authorization until" in cards
        assert not mother.find_elements(By.CSS_SELECTOR, ".card.ended"), "no longer ended: authorized"

        item = next(li for li in browser.find_elements(By.CSS_SELECTOR, ".grants > li")
                    if "written authorization" in li.text and "In force" in li.text)
        item.find_element(By.CSS_SELECTOR, "input[name=reason]").send_keys("Patient withdrew the authorization")
        click_and_wait(browser, item.find_element(By.CSS_SELECTOR, "button.danger"))
        assert "Access revoked." in browser.page_source

        mother.get(url("/"))
        assert "Lucy" not in [link.text for link in mother.find_elements(By.CSS_SELECTOR, ".patients .card h3 a")]
    finally:
        mother.quit()


def invite_lucia_to_her_own_account(browser):
    """HIM invites Lucia (19) to an account of her own at a new address (the demo's account
    uses one she no longer reads); she opens the e-mailed link on her phone, answers her ZIP
    code and date of birth, chooses a password and signs in."""
    import os
    import re
    import sqlite3

    from conftest import make_driver
    from mailbox import wait_for_message

    browser.find_element(By.ID, "invite_email").send_keys("lucy.garcia@example.org")
    Select(browser.find_element(By.ID, "invite_relationship")).select_by_value("self")
    click_and_wait(browser, browser.find_element(By.XPATH, "//button[normalize-space()='Send invitation']"))
    assert "Invitation sent." in browser.page_source and "waiting to be used" in browser.page_source, browser.find_element(By.TAG_NAME, "main").text[:2000]

    # The e-mail arrives at the real SMTP server; its link is what Lucia gets.
    body = wait_for_message("lucy.garcia@example.org", "Your invitation to the patient portal")
    database = sqlite3.connect(os.environ["PORTAL_SQLITE"])
    birth_date = database.execute("SELECT birth_date FROM patients WHERE medical_record_number = 'MRN100003'").fetchone()[0]
    database.close()
    path = re.search(r"/activate/[A-Za-z0-9_-]{43}", body).group(0)

    lucia = make_driver(375, 812)
    try:
        lucia.get(url(path))
        check_accessibility(lucia, "activation: confirm the patient")
        screenshot(lucia, "activation-verify-phone")
        lucia.find_element(By.ID, "zip").send_keys("60614")
        lucia.execute_script("arguments[0].value = arguments[1]", lucia.find_element(By.ID, "birth_date"), birth_date)
        click_and_wait(lucia, lucia.find_element(By.CSS_SELECTOR, "button.primary"))
        check_accessibility(lucia, "activation: choose a password")
        screenshot(lucia, "activation-account-phone")
        lucia.find_element(By.ID, "full_name").send_keys("Lucia Garcia")
        lucia.find_element(By.ID, "password").send_keys("sunflower kites above the lake")
        click_and_wait(lucia, lucia.find_element(By.CSS_SELECTOR, "button.primary"))
        assert "Your account is ready and you are signed in" in lucia.page_source
        click_and_wait(lucia, lucia.find_element(By.PARTIAL_LINK_TEXT, "Not now"))
        assert "Your own record" in lucia.find_element(By.CSS_SELECTOR, ".patients").text
    finally:
        lucia.quit()
