"""An administrator creates a clinician's account in the portal; the clinician chooses a
password from the e-mailed link (read from the real SMTP server), sets up an authenticator and
signs in. Runs its own portal, so the shared demo staff are not changed."""
import os
import re
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import check_accessibility, click_and_wait, one_time_code, screenshot, header_control
from mailbox import wait_for_message
from portal_process import portal
from test_family_journey import sign_in

PORT = 8099
NEW_EMAIL = "sam.okafor@example.org"
PASSWORD = "maple clinic lantern"


def staff_secret(email):
    log = Path("artifacts/staff-accounts-portal.log").read_text()
    return re.search(re.escape(email) + r".*authenticator secret ([A-Z2-7]+)", log).group(1)


def submit(driver, selector):
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, selector))


def test_administrator_creates_a_clinician_who_signs_in(browser, phone):
    Path("artifacts/staff-accounts-portal.log").unlink(missing_ok=True)
    settings = dict(
        SMTP_HOST="127.0.0.1", SMTP_PORT=os.environ["PORTAL_SMTP_PORT"], SMTP_SECURITY="none", OUTBOX_POLL_SECONDS="1",
        PUBLIC_URL=f"http://127.0.0.1:{PORT}")
    with portal(PORT, "staff-accounts-portal", **settings) as (_, base):
        sign_in(browser, "admin@example.org", path="/staff/sign-in", base=base)
        browser.find_element(By.ID, "code").send_keys(one_time_code(staff_secret("admin@example.org")))
        submit(browser, "form[action='/sign-in/code'] button[type=submit]")
        english = [c for c in [header_control(browser, "button[lang=en]", required=False)] if c]
        if english:
            click_and_wait(browser, english[0])
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "a[href='/staff/accounts']"))
        check_accessibility(browser, "staff accounts")
        screenshot(browser, "staff-accounts-desktop")
        browser.find_element(By.ID, "full_name").send_keys("Dr. Sam Okafor")
        browser.find_element(By.ID, "email").send_keys(NEW_EMAIL)
        Select(browser.find_element(By.ID, "role")).select_by_value("clinician")
        submit(browser, "form[action='/staff/accounts'] button[type=submit]")
        assert "an invitation is on its way to" in browser.page_source
        check_accessibility(browser, "staff account")
        screenshot(browser, "staff-account-desktop")
        click_and_wait(browser, header_control(browser, "button[lang=es]"))
        check_accessibility(browser, "staff account (Spanish)")
        screenshot(browser, "staff-account-desktop-es")
        click_and_wait(browser, header_control(browser, "button[lang=en]"))

        link = re.search(r"http://127\.0\.0\.1:\d+/staff/welcome/[A-Za-z0-9_-]{43}",
                         wait_for_message(NEW_EMAIL, "Your staff account")).group(0)
        phone.get(link)
        english = [c for c in [header_control(phone, "button[lang=en]", required=False)] if c]
        if english:
            click_and_wait(phone, english[0])
        assert "Choose a password for Dr. Sam Okafor" in phone.page_source
        check_accessibility(phone, "staff welcome")
        screenshot(phone, "staff-welcome-phone")
        phone.find_element(By.ID, "password").send_keys(PASSWORD)
        submit(phone, "form[action^='/staff/welcome/'] button[type=submit]")
        secret = phone.find_element(By.CSS_SELECTOR, ".secret strong").text.replace(" ", "")
        phone.find_element(By.ID, "code").send_keys(one_time_code(secret))
        submit(phone, "form[action='/account/second-factor'] button[type=submit]")
        assert len(re.findall(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}",
                              phone.find_element(By.CSS_SELECTOR, "ul.codes").text)) == 10
        click_and_wait(phone, phone.find_element(By.CSS_SELECTOR, "a[href='/staff']"))
        assert "Clinician" in phone.page_source

        # Signed out, the clinician signs in again with the password and the authenticator.
        click_and_wait(phone, header_control(phone, "form[action='/sign-out'] button"))
        sign_in(phone, NEW_EMAIL, PASSWORD, path="/staff/sign-in", base=base)
        phone.find_element(By.ID, "code").send_keys(one_time_code(secret))
        submit(phone, "form[action='/sign-in/code'] button[type=submit]")
        assert phone.current_url == base + "/staff"

        browser.refresh()
        assert "Active" in browser.page_source
