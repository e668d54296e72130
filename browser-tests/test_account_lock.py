"""A family account locked after 100 failed sign-ins: the owner's password fares as a wrong
one, HIM sees the lock on the member's page (English and Spanish, phone and desktop), unlocks
it, and the owner signs in again. Runs its own portal, whose database the test locks directly:
100 real failures would take hours of the throttle's waits."""
import re
import sqlite3
import tempfile
import time
from pathlib import Path

from selenium.webdriver.common.by import By

from conftest import DEMO_PASSWORD, check_accessibility, click_and_wait, one_time_code, screenshot, header_control
from portal_process import portal
from test_family_journey import sign_in

PORT = 8096


def staff_secret(email):
    log = Path("artifacts/lock-portal.log").read_text()
    return re.search(re.escape(email) + r".*authenticator secret ([A-Z2-7]+)", log).group(1)


def test_him_unlocks_a_locked_family_account(browser, phone):
    Path("artifacts/lock-portal.log").unlink(missing_ok=True)  # the portal appends; its secrets are this run's
    with tempfile.TemporaryDirectory() as work:
        database = f"{work}/lock.sqlite"
        with portal(PORT, "lock-portal", SQLITE_PATH=database) as (_, base):
            with sqlite3.connect(database) as connection:
                connection.execute(
                    "UPDATE members SET failed_sign_ins = 100, sign_in_locked_at = ? WHERE email = ?",
                    (time.time(), "david.garcia@example.org"))

            sign_in(phone, "david.garcia@example.org", base=base)
            assert "do not match an account" in phone.find_element(By.CSS_SELECTOR, "main").text
            assert "locked" not in phone.page_source.lower()

            sign_in(browser, "him@example.org", path="/staff/sign-in", base=base)
            browser.find_element(By.ID, "code").send_keys(one_time_code(staff_secret("him@example.org")))
            click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form[action='/sign-in/code'] button[type=submit]"))
            browser.get(base + "/staff")
            click_and_wait(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "Find a patient"))
            browser.find_element(By.ID, "q").send_keys("Sofia")
            click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form[role=search] button"))
            click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Sofia Garcia"))
            click_and_wait(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "David Garcia"))
            section = browser.find_element(By.CSS_SELECTOR, "section[aria-labelledby=unlock-heading]").text
            assert "Sign-in is locked" in section and "100 failed attempts in a row" in section
            check_accessibility(browser, "member locked (HIM)")
            screenshot(browser, "member-locked-desktop")
            member_page = browser.current_url

            click_and_wait(browser, header_control(browser, "button[lang=es]"))
            assert "El inicio de sesión está bloqueado" in browser.page_source
            check_accessibility(browser, "member locked (HIM, Spanish)")
            screenshot(browser, "member-locked-desktop-es")
            click_and_wait(browser, header_control(browser, "button[lang=en]"))

            browser.set_window_size(390, 844)
            browser.get(member_page)
            screenshot(browser, "member-locked-phone")
            browser.set_window_size(1280, 900)

            click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form[action$='/unlock'] button"))
            assert "Sign-in is unlocked." in browser.page_source
            assert not browser.find_elements(By.CSS_SELECTOR, "section[aria-labelledby=unlock-heading]")

            sign_in(phone, "david.garcia@example.org", DEMO_PASSWORD, base=base)
            assert phone.current_url == base + "/"
