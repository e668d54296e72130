"""The idle sign-out is announced before it happens, and a person can stay signed in."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import check_accessibility, click_and_wait, screenshot
from portal_process import portal
from test_family_journey import sign_in


def test_warning_appears_two_minutes_before_idle_sign_out_and_can_be_dismissed(browser):
    with portal(8097, "idle-portal", MEMBER_IDLE_MINUTES="3") as (_, base):
        sign_in(browser, "maria.garcia@example.org", base=base)
        warning = browser.find_element(By.ID, "idle-warning")
        assert not warning.is_displayed()

        WebDriverWait(browser, 75).until(lambda d: d.find_element(By.ID, "idle-warning").is_displayed())
        assert "signed out in 2 minutes" in warning.text
        assert browser.switch_to.active_element.text == "Stay signed in"
        check_accessibility(browser, "idle warning")
        screenshot(browser, "idle-warning-desktop")

        click_and_wait(browser, warning.find_element(By.TAG_NAME, "button"))
        assert browser.current_url == base + "/"
        assert "Maria Garcia" in browser.find_element(By.CSS_SELECTOR, ".site-header").text
        assert not browser.find_element(By.ID, "idle-warning").is_displayed()
