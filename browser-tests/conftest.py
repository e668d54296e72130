"""A real Chromium against the real portal, started by scripts/test-browser.sh."""
import os
import re
import time
from pathlib import Path

import pyotp

import pytest
from axe_selenium_python import Axe
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

BASE_URL = os.environ.get("PORTAL_URL", "http://127.0.0.1:8091")
SCREENSHOTS = Path(os.environ.get("SCREENSHOT_DIR", "artifacts/screenshots"))
DEMO_PASSWORD = "riverside demo passphrase"


def make_driver(width, height, extra_flags=()):
    os.environ["SE_OFFLINE"] = "true"  # never let Selenium fetch a driver from the internet
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                 f"--window-size={width},{height}", "--lang=en-US", *extra_flags):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": "en-US,en"})
    driver = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)
    # Headless Chromium opens no narrower than 500 px whatever --window-size says; a resize
    # after start gives a phone its real width.
    driver.set_window_size(width, height)
    driver.set_page_load_timeout(30)
    return driver


@pytest.fixture
def browser():
    driver = make_driver(1280, 900)
    yield driver
    driver.quit()


@pytest.fixture
def phone():
    driver = make_driver(375, 812)
    yield driver
    driver.quit()


def click_and_wait(driver, element):
    """Clicks a link or submit button and waits until the next page has replaced this one.

    The old page is marked on its window object, which a navigation replaces. Waiting for an
    element to go stale instead is racy: Chromium may answer "Node with given id does not
    belong to the document" while the old document is being torn down.
    """
    driver.execute_script("window.__portalLeaving = true")
    element.click()
    WebDriverWait(driver, 20, ignored_exceptions=(WebDriverException,)).until(
        lambda d: d.execute_script(
            "return window.__portalLeaving !== true && document.readyState === 'complete'"))


def header_control(driver, css=None, xpath=None, required=True):
    """A control of the page header as a person reaches it: on a phone it sits in the menu,
    which is opened first. None when absent and not required."""
    def visible():
        found = driver.find_elements(By.CSS_SELECTOR, css) if css else driver.find_elements(By.XPATH, xpath)
        return [element for element in found if element.is_displayed()]
    if not visible():
        for menu in driver.find_elements(By.CSS_SELECTOR, "details.header-menu"):
            if menu.is_displayed() and menu.get_attribute("open") is None:
                menu.find_element(By.TAG_NAME, "summary").click()
    controls = visible()
    assert controls or not required, f"no {css or xpath} in the header"
    return controls[0] if controls else None


def url(path):
    return BASE_URL + path


def check_accessibility(driver, label):
    """Runs axe on the current page; fails on any serious or critical violation."""
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    bad = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
    assert not bad, f"{label}: " + "; ".join(
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}" for v in bad)
    CHECKED_PAGES.append(label)


CHECKED_PAGES = []


def screenshot(driver, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    width = driver.get_window_size()["width"]
    driver.set_window_size(width, max(600, min(height + 120, 4000)))
    driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))


def staff_secret(email):
    """The demo staff's authenticator secret, from the portal's start-up output."""
    log = Path(os.environ.get("PORTAL_LOG", "artifacts/portal.log")).read_text()
    match = re.search(re.escape(email) + r".*authenticator secret ([A-Z2-7]+)", log)
    assert match, f"no secret for {email} in the portal's start-up output"
    return match.group(1)


STEP_SECONDS = 30
LAST_STEP_USED = {}


def one_time_code(secret):
    """An authenticator code the portal has not seen used: the portal refuses a step already
    used (or an older one) and accepts one step either side of its clock. The steps this run
    used are remembered per secret, so a test waits for a new step only when both the current
    and the next one are spent, not at every sign-in."""
    while True:
        current = int(time.time() // STEP_SECONDS)
        last = LAST_STEP_USED.get(secret, -1)
        for step in (current, current + 1):
            if step > last:
                LAST_STEP_USED[secret] = step
                return pyotp.TOTP(secret).at(step * STEP_SECONDS)
        time.sleep(STEP_SECONDS - time.time() % STEP_SECONDS + 0.5)


def pytest_sessionfinish(session, exitstatus):
    print(f"\naxe found no serious or critical violations on {len(CHECKED_PAGES)} page views")
