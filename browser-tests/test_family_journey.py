"""The demo parent's journey, as a person would make it in a real browser."""
import requests
from selenium.webdriver.common.by import By

from conftest import DEMO_PASSWORD, check_accessibility, click_and_wait, screenshot, url, header_control


def sign_in(driver, email, password=DEMO_PASSWORD, path="/sign-in", base=None):
    driver.get((base + path) if base else url(path))
    driver.find_element(By.ID, "email").send_keys(email)
    driver.find_element(By.ID, "password").send_keys(password)
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form[action='%s'] button[type=submit]" % path))


def open_record(driver, name):
    """Opens a patient from the family view's cards (the header's switcher holds the same links)."""
    click_and_wait(driver, driver.find_element(By.XPATH, "//ul[contains(@class,'patients')]//a[normalize-space()='%s']" % name))


def children(driver):
    """The records the family view links to (an adult child whose access ended has no link)."""
    return [link.text for link in driver.find_elements(By.CSS_SELECTOR, ".patients .card h3 a")]


def test_parent_sees_three_children_in_english_and_spanish_then_signs_out(browser):
    browser.get(url("/sign-in"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Sign in to your portal"
    check_accessibility(browser, "sign-in")

    sign_in(browser, "maria.garcia@example.org")
    assert browser.current_url == url("/")
    assert "Maria Garcia" in browser.find_element(By.CSS_SELECTOR, ".site-header").text
    assert sorted(children(browser)) == ["Mateo Garcia", "Sofia Garcia"]
    ages = browser.find_element(By.CSS_SELECTOR, ".patients").text
    assert "5 years old" in ages and "14 years old" in ages
    assert "Parent, limited view since age 12" in ages
    ended = browser.find_element(By.CSS_SELECTOR, ".patients .card.ended").text
    assert "Lucy" in ended and "ended on the 18th birthday" in ended
    check_accessibility(browser, "member home")

    open_record(browser, "Sofia Garcia")
    assert "Viewing the record of" in browser.find_element(By.CSS_SELECTOR, ".site-header").text
    check_accessibility(browser, "patient summary")

    click_and_wait(browser, header_control(browser, "button[lang=es]"))
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "es"
    assert "Viendo el expediente de" in browser.find_element(By.CSS_SELECTOR, ".site-header").text
    check_accessibility(browser, "patient summary (es)")
    browser.get(url("/"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "La salud de su familia"
    assert "5 años" in browser.find_element(By.CSS_SELECTOR, ".patients").text
    check_accessibility(browser, "member home (es)")

    click_and_wait(browser, header_control(browser, "button[lang=en]"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Your family's health"

    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Account"))
    check_accessibility(browser, "account")

    click_and_wait(browser, header_control(browser, xpath="//button[normalize-space()=\'Sign out\']"))
    assert "/sign-in" in browser.current_url
    assert "You have signed out." in browser.page_source

    browser.get(url("/"))
    assert browser.current_url == url("/sign-in")
    browser.back()
    assert "Sofia Garcia" not in browser.page_source or browser.current_url.endswith("/sign-in")


def test_wrong_password_is_explained_next_to_the_form(browser):
    sign_in(browser, "maria.garcia@example.org", password="not the right passphrase")
    alert = browser.find_element(By.CSS_SELECTOR, "[role=alert]").text
    assert "do not match an account" in alert
    check_accessibility(browser, "sign-in error")


def test_teen_sees_only_their_own_record(browser):
    sign_in(browser, "mateo.garcia@example.org")
    assert children(browser) == ["Mateo Garcia"]
    assert "Your own record" in browser.page_source


def test_pages_work_without_javascript():
    """The whole sign-in and language switch with a plain HTTP client: no script needed."""
    session = requests.Session()
    page = session.get(url("/sign-in"))
    token = page.text.split('name="_csrf" value="')[1].split('"')[0]
    home = session.post(url("/sign-in"), data={"_csrf": token, "email": "david.garcia@example.org", "password": DEMO_PASSWORD})
    assert home.status_code == 200 and "Sofia Garcia" in home.text
    assert "La salud de su familia" in home.text  # David chose Spanish


def test_phone_width_layout_and_screenshots(phone, browser):
    for driver, width in ((phone, "phone"), (browser, "desktop")):
        driver.get(url("/sign-in"))
        screenshot(driver, f"sign-in-{width}")
        sign_in(driver, "maria.garcia@example.org")
        overflow = driver.execute_script("return document.documentElement.scrollWidth > window.innerWidth")
        assert not overflow, f"horizontal scrolling at {width} width"
        screenshot(driver, f"home-{width}")
        open_record(driver, "Mateo Garcia")
        screenshot(driver, f"patient-{width}")
        click_and_wait(driver, header_control(driver, "button[lang=es]"))
        screenshot(driver, f"patient-es-{width}")
        click_and_wait(driver, header_control(driver, "button[lang=en]"))
        driver.get(url("/account"))
        screenshot(driver, f"account-{width}")
        driver.get(url("/no-such-page"))
        screenshot(driver, f"not-found-{width}")


def test_patient_page_prints_without_navigation(browser):
    sign_in(browser, "maria.garcia@example.org")
    open_record(browser, "Sofia Garcia")
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    header = browser.find_element(By.CSS_SELECTOR, ".site-header")
    assert "Viewing the record of" in header.text and "Sofia Garcia" in header.text
    assert not any(b.is_displayed() for b in browser.find_elements(By.TAG_NAME, "button"))
    assert not browser.find_element(By.CSS_SELECTOR, "a[href='/account']").is_displayed()
    screenshot(browser, "patient-print")
    pdf = browser.print_page()
    assert len(pdf) > 1000  # base64 of a real PDF page
