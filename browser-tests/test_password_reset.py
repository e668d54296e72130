"""A parent who forgot their password and has two-step sign-in recovers without calling
anyone: the link comes through the real SMTP server, the authenticator code is asked for
before the new password, every page is checked with axe in English and Spanish, at phone and
desktop widths. Runs its own portal, so the demo accounts of the other tests keep their
passwords."""
import os
import re

from selenium.webdriver.common.by import By

from conftest import check_accessibility, click_and_wait, one_time_code, screenshot, header_control
from mailbox import security_codes_to, wait_for_message, wait_for_new_code
from portal_process import portal
from test_family_journey import sign_in

PORT = 8097
EMAIL = "lucia.garcia@example.org"
NEW_PASSWORD = "lantern orchard pebble"


def in_english(driver):
    """Cookies are kept per host, not per port: a language chosen against another portal on
    127.0.0.1 follows the browser here."""
    switch = [c for c in [header_control(driver, "button[lang=en]", required=False)] if c]
    if switch:
        click_and_wait(driver, switch[0])


def submit(driver, action):
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, f"form[action$='{action}'] button[type=submit]"))


def test_forgotten_password_with_an_authenticator(browser, phone):
    settings = dict(
        SMTP_HOST="127.0.0.1", SMTP_PORT=os.environ["PORTAL_SMTP_PORT"], SMTP_SECURITY="none", OUTBOX_POLL_SECONDS="1",
        PUBLIC_URL=f"http://127.0.0.1:{PORT}")
    with portal(PORT, "reset-portal", **settings) as (_, base):
        # Lucia turns on two-step sign-in from her security page.
        sign_in(browser, EMAIL, base=base)
        browser.get(base + "/account/security")
        in_english(browser)
        check_accessibility(browser, "security page")
        screenshot(browser, "security-desktop")
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "a[href='/account/second-factor']"))
        secret = browser.find_element(By.CSS_SELECTOR, ".secret strong").text.replace(" ", "")
        browser.find_element(By.ID, "code").send_keys(one_time_code(secret))
        submit(browser, "/account/second-factor")
        codes = re.findall(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", browser.find_element(By.CSS_SELECTOR, "ul.codes").text)
        assert len(codes) == 10
        screenshot(browser, "recovery-codes-desktop")

        # On her phone, in Spanish, she has forgotten the password.
        phone.get(base + "/sign-in")
        click_and_wait(phone, header_control(phone, "button[lang=es]"))
        click_and_wait(phone, phone.find_element(By.CSS_SELECTOR, "a[href='/sign-in/forgot']"))
        check_accessibility(phone, "forgot password (Spanish)")
        screenshot(phone, "forgot-phone-es")
        phone.find_element(By.ID, "email").send_keys(EMAIL)
        submit(phone, "/sign-in/forgot")
        assert "Revise su correo electrónico" in phone.page_source
        check_accessibility(phone, "link sent (Spanish)")
        screenshot(phone, "forgot-sent-phone-es")
        click_and_wait(phone, header_control(phone, "button[lang=en]"))

        body = wait_for_message(EMAIL, "Choose a new password")
        link = re.search(r"http://127\.0\.0\.1:\d+/sign-in/reset/[A-Za-z0-9_-]{43}", body).group(0)
        assert "contains no health information" in body
        phone.get(link)
        assert "Confirm it is you" in phone.page_source
        check_accessibility(phone, "reset: second factor")
        screenshot(phone, "reset-code-phone")
        phone.find_element(By.ID, "code").send_keys("000000")
        submit(phone, "/code")
        assert "That code is not right" in phone.page_source
        phone.find_element(By.ID, "code").send_keys(one_time_code(secret))
        submit(phone, "/code")
        assert phone.find_elements(By.ID, "new-password")
        check_accessibility(phone, "reset: new password")
        screenshot(phone, "reset-password-phone")
        phone.find_element(By.ID, "new-password").send_keys(NEW_PASSWORD)
        submit(phone, "/password")
        assert "Your password was changed" in phone.page_source
        screenshot(phone, "reset-done-phone")

        # The desktop session ended with the change; the link works no more.
        browser.get(base + "/account")
        assert browser.current_url.startswith(base + "/sign-in")
        phone.get(link)
        assert "This link no longer works" in phone.page_source
        check_accessibility(phone, "reset: link used")
        assert "was just changed" in wait_for_message(EMAIL, "Your portal password was changed")

        # The new password and the authenticator sign her in.
        sign_in(browser, EMAIL, NEW_PASSWORD, base=base)
        browser.find_element(By.ID, "code").send_keys(one_time_code(secret))
        submit(browser, "/sign-in/code")
        assert browser.current_url == base + "/"


def test_forgotten_password_with_an_emailed_code(browser, phone):
    """A parent without a smartphone chooses codes by e-mail, then forgets the password: every
    code is read from the real SMTP server."""
    email = "david.garcia@example.org"
    settings = dict(
        SMTP_HOST="127.0.0.1", SMTP_PORT=os.environ["PORTAL_SMTP_PORT"], SMTP_SECURITY="none", OUTBOX_POLL_SECONDS="1",
        PUBLIC_URL=f"http://127.0.0.1:{PORT + 1}")
    with portal(PORT + 1, "reset-email-portal", **settings) as (_, base):
        sign_in(browser, email, base=base)
        browser.get(base + "/account/security")
        in_english(browser)
        known = len(security_codes_to(email))
        submit(browser, "/account/email-codes")
        assert "Two-step sign-in by e-mail" in browser.page_source
        check_accessibility(browser, "e-mail codes setup")
        screenshot(browser, "email-codes-setup-desktop")
        browser.find_element(By.ID, "code").send_keys(wait_for_new_code(email, known))
        submit(browser, "/account/email-codes/confirm")
        assert len(re.findall(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}",
                              browser.find_element(By.CSS_SELECTOR, "ul.codes").text)) == 10

        phone.get(base + "/sign-in/forgot")
        in_english(phone)
        phone.find_element(By.ID, "email").send_keys(email)
        submit(phone, "/sign-in/forgot")
        link = re.search(r"http://127\.0\.0\.1:\d+/sign-in/reset/[A-Za-z0-9_-]{43}",
                         wait_for_message(email, "Choose a new password")).group(0)
        known = len(security_codes_to(email))
        phone.get(link)
        # Opening the link sends nothing (a mail scanner may open it): a button sends the code.
        assert "two-step sign-in by e-mail" in phone.page_source
        check_accessibility(phone, "reset: send the e-mailed code")
        submit(phone, "/code")
        assert "A new code is on its way" in phone.page_source
        check_accessibility(phone, "reset: e-mailed code")
        screenshot(phone, "reset-email-code-phone")
        phone.find_element(By.ID, "code").send_keys(wait_for_new_code(email, known))
        submit(phone, "/code")
        phone.find_element(By.ID, "new-password").send_keys(NEW_PASSWORD)
        submit(phone, "/password")
        assert "Your password was changed" in phone.page_source

        known = len(security_codes_to(email))
        sign_in(phone, email, NEW_PASSWORD, base=base)
        assert "We sent a 6-digit code to d•••@example.org" in phone.page_source
        check_accessibility(phone, "sign-in: e-mailed code")
        screenshot(phone, "sign-in-email-code-phone")
        phone.find_element(By.ID, "code").send_keys(wait_for_new_code(email, known))
        submit(phone, "/sign-in/code")
        assert phone.current_url == base + "/"
