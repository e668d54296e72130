"""Who sees what, as the demo family would find out in a real browser: Mateo (14) has a
confidential counseling visit that he sees and his mother never meets on any page, count
or print view; Lucia (19) is an adult whose mother's access ended on her 18th birthday."""
import re

from selenium.webdriver.common.by import By

from conftest import check_accessibility, click_and_wait, screenshot, url, header_control
from test_family_journey import open_record, sign_in

CONFIDENTIAL = "Counseling visit summary"


def record_sections(driver):
    return driver.find_element(By.CSS_SELECTOR, ".record-sections").text


def printed_text(driver):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    text = driver.find_element(By.TAG_NAME, "body").text
    pdf = driver.print_page()
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert len(pdf) > 1000
    return text


def test_teen_sees_the_confidential_visit_and_who_can_see_his_record(browser):
    sign_in(browser, "mateo.garcia@example.org")
    open_record(browser, "Mateo Garcia")
    assert "Documents (4)" in record_sections(browser)

    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Who can see your record"))
    table = browser.find_element(By.TAG_NAME, "table").text
    assert "Mateo Garcia (you)" in table
    assert "Maria Garcia" in table and "Parent, limited view since age 12" in table
    assert "David Garcia" not in table
    check_accessibility(browser, "who can see your record")
    screenshot(browser, "access-overview-desktop")

    browser.get(browser.current_url.rsplit("/access", 1)[0] + "/documents")
    items = browser.find_element(By.CSS_SELECTOR, ".documents").text
    assert CONFIDENTIAL in items and "Sports physical" in items and "Care team note" not in items
    check_accessibility(browser, "documents (teen)")
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, CONFIDENTIAL))
    assert "Confidential: only you and your care team can see this document." in browser.page_source
    check_accessibility(browser, "confidential document (teen)")
    screenshot(browser, "document-confidential-desktop")
    assert "988" in printed_text(browser)


def test_parent_never_meets_the_teens_confidential_visit(browser, phone):
    sign_in(browser, "mateo.garcia@example.org")
    open_record(browser, "Mateo Garcia")
    browser.get(browser.current_url + "/documents")
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, CONFIDENTIAL))
    confidential_url = browser.current_url

    sign_in(phone, "maria.garcia@example.org")
    home = phone.find_element(By.TAG_NAME, "main").text
    assert "Mateo Garcia" in home and "Sofia Garcia" in home
    # Lucia (19) is named only to say her mother's access ended; nothing of her record shows.
    assert not phone.find_elements(By.CSS_SELECTOR, ".card.ended a")
    assert "ankle" not in phone.page_source.lower() and "Lucy" not in phone.find_element(By.CSS_SELECTOR, ".record-switcher").get_attribute("innerHTML")

    open_record(phone, "Sofia Garcia")
    assert "Documents (2)" in record_sections(phone)
    click_and_wait(phone, phone.find_element(By.PARTIAL_LINK_TEXT, "Documents"))
    assert "Return-to-school note" in phone.page_source
    click_and_wait(phone, phone.find_element(By.LINK_TEXT, "Return-to-school note"))
    screenshot(phone, "document-phone")
    assert "Sofia Garcia" in printed_text(phone)

    phone.get(url("/"))
    open_record(phone, "Mateo Garcia")
    assert "Documents (3)" in record_sections(phone)
    assert "Who can see your record" not in phone.page_source
    click_and_wait(phone, phone.find_element(By.PARTIAL_LINK_TEXT, "Documents"))
    screenshot(phone, "documents-parent-of-teen-phone")
    check_accessibility(phone, "documents (parent of teen)")
    for text in (phone.page_source, printed_text(phone)):
        assert "Sports physical" in text
        assert CONFIDENTIAL not in text and "Counseling" not in text and "onfidential" not in text

    click_and_wait(phone, header_control(phone, "button[lang=es]"))
    assert "Documentos de Mateo Garcia" in phone.page_source and "Counseling" not in phone.page_source
    check_accessibility(phone, "documents (parent of teen, es)")
    screenshot(phone, "documents-parent-of-teen-es-phone")
    click_and_wait(phone, header_control(phone, "button[lang=en]"))

    phone.get(confidential_url)
    assert "We could not find that page." in phone.page_source
    # The crisis line's number as a word of the page's text: the page's addresses hold random
    # ids, in which "988" turns up now and then.
    assert "Counseling" not in phone.page_source
    assert not re.search(r"\b988\b", phone.find_element(By.TAG_NAME, "body").text)


def test_switcher_reaches_every_record_without_javascript(browser):
    sign_in(browser, "maria.garcia@example.org")
    switcher = browser.find_element(By.CSS_SELECTOR, ".record-switcher")
    switcher.find_element(By.TAG_NAME, "summary").click()  # a disclosure element: no script involved
    names = [link.text for link in switcher.find_elements(By.TAG_NAME, "a")]
    assert names == ["Sofia Garcia", "Mateo Garcia"]
    screenshot(browser, "switcher-open-desktop")
    click_and_wait(browser, switcher.find_element(By.LINK_TEXT, "Mateo Garcia"))
    assert "Viewing the record of Mateo Garcia" in browser.find_element(By.CSS_SELECTOR, ".site-header").text
    check_accessibility(browser, "patient summary via switcher")
