"""Every page a parent, a teenager and each staff role can reach, on a phone, in English and
Spanish: none scrolls sideways at 390 or 320 px, axe finds nothing serious, the header stays
compact, and each page is screenshotted for review. The pages are found the way a person
finds them, by following links from home (with a renewal and an appointment request waiting,
so their pages have links too), and matched against the route table: a page the table lets
a person open that the walk did not reach fails the test, unless it is listed below with
the reason no link leads there."""
import re
from pathlib import Path
from urllib.parse import urlparse

import datetime

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import BASE_URL, SCREENSHOTS, check_accessibility, click_and_wait, make_driver, screenshot, staff_secret, url
from test_appointments import CHICAGO, open_appointments
from test_enrollment import apply
from test_family_journey import sign_in
from test_renewals import open_medications, renewal_link
from test_staff_journey import enter_code

ROUTE_TABLE = Path(__file__).resolve().parent.parent / "Tests/PortalTests/__Snapshots__/RouteTable.txt"
PAGES_PER_WALK = 60
README_PAGES = {"/": "home", "/patients/:patientID/results": "results", "/patients/:patientID/immunizations": "immunizations"}
# Downloads and files, pages that spend a link, and the developer's mailbox are not pages to walk.
SKIPPED = re.compile(r"(\.ics$|/file$|/health-card$|/document$|/attachments/|/join$|^/dev/|^/visit/|^/assets/|^/manifest|^/sign-in"
                     r"|^/staff/patients/.*/questionnaires/|/insurance-card/|^/staff/sign-in|^/enroll|^/activate/|^/staff/welcome/|^/account/email/|^/video-check|^/metrics"
                     r"|^/health/)")


# Pages the route table admits a person to that no link of theirs leads to, and why.
NOT_LINKED = {
    "/account": "staff are sent on to their home: their account page is /account/security",
    "/patients/:patientID/access": "who can see a record is shown to the patient's own account, not to a parent",
    "/patients/:patientID/renewals/:renewalID": "the family's page of a renewal; staff have their own",
    "/patients/:patientID/scheduling-requests/:schedulingRequestID": "the family's page of a request; staff have their own",
    "/apps/connect/:appRequestID": "an app sends the person to its consent page; test_fhir_app.py opens it at both widths,"
                                   " in both languages, with axe",
}
NOT_LINKED_FOR = {
    "parent": {"/patients/:patientID/access", "/apps/connect/:appRequestID"},
    "teen": {"/apps/connect/:appRequestID"},
    "him": {"/account", "/patients/:patientID/renewals/:renewalID",
            "/patients/:patientID/scheduling-requests/:schedulingRequestID"},
    "clinician": {"/account", "/patients/:patientID/renewals/:renewalID",
                  "/patients/:patientID/scheduling-requests/:schedulingRequestID"},
    "scheduler": {"/account"},
    "administrator": {"/account"},
}
# Reached by a redirect or a search form, not a link: the walk opens them directly, as the
# person would by typing a name into the search box.
ALSO_OPENED = {
    "parent": ["/account/confirm"],
    "teen": ["/account/confirm"],
    "him": ["/account/confirm", "/staff/records?q=Sofia", "/staff/patients?q=Sofia"],
    "clinician": ["/account/confirm", "/staff/records?q=Sofia"],
    "scheduler": ["/account/confirm"],
    "administrator": ["/account/confirm"],
}
# A queue's pages (a care team's inbox, a department's requests) differ by what is waiting
# in each: the walk opens several of them. One page of each kind is enough for a patient's.
INSTANCES_PER_QUEUE = 4


def get_routes():
    """The route table's GET patterns, with whom each admits."""
    routes = []
    for line in ROUTE_TABLE.read_text().splitlines():
        if not line.startswith("GET "):
            continue
        pattern = line.split()[1]
        regex = re.compile("^" + re.sub(r":[A-Za-z]+", "[^/]+", pattern) + "$")
        routes.append((pattern, regex, line))
    return routes


ROUTES = get_routes()


def pattern_of(path):
    """The route table's pattern for a path, so one page stands for all of its kind."""
    matches = [pattern for pattern, regex, _ in ROUTES if regex.match(path)]
    # The most literal pattern wins: /patients/:id/results over /patients/:id/:anything.
    return min(matches, key=lambda p: p.count(":")) if matches else path


def overflow(driver):
    """How far the page reaches past the window, and the elements that do it."""
    return driver.execute_script("""
        const width = document.documentElement.clientWidth;
        const extra = document.documentElement.scrollWidth - width;
        const wide = [];
        if (extra > 1) {
          for (const el of document.querySelectorAll('body *')) {
            const box = el.getBoundingClientRect();
            const spills = el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1
              && getComputedStyle(el).overflowX === 'visible';
            if ((box.right > width + 1 && box.width > 0) || spills) {
              wide.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '')
                        + ' (' + Math.round(box.right) + 'px)');
              if (wide.length > 4) break;
            }
          }
        }
        return [extra, wide];
    """)


def links_on(driver):
    found = []
    for anchor in driver.find_elements(By.CSS_SELECTOR, "a[href]"):
        href = anchor.get_attribute("href") or ""
        parsed = urlparse(href)
        if not href.startswith(BASE_URL) or SKIPPED.search(parsed.path) or anchor.get_dom_attribute("download") is not None:
            continue
        found.append(parsed.path + (f"?{parsed.query}" if parsed.query else ""))
    return found


def check_widths(driver, who, path, problems):
    for width in (390, 320):
        driver.set_window_size(width, 844)
        extra, wide = overflow(driver)
        if extra > 1:
            problems.append(f"{who} {width}px: {path} scrolls {extra}px sideways: {wide}")
    driver.set_window_size(390, 844)


def instances_allowed(kind):
    return 1 if ":patientID" in kind or ":" not in kind else INSTANCES_PER_QUEUE


def walk(driver, start, who, language, problems):
    """Follows links breadth-first from `start`: one page per route pattern, or several of a queue's."""
    # The searches first: a search box's page counts as the page it is on.
    queue, opened, seen, visited = [*ALSO_OPENED[who], start], set(), {}, []
    while queue and len(visited) < PAGES_PER_WALK:
        path = queue.pop(0)
        kind = pattern_of(path.split("?")[0])
        if path in opened or seen.get(kind, 0) >= instances_allowed(kind):
            continue
        opened.add(path)
        seen[kind] = seen.get(kind, 0) + 1
        driver.get(url(path))
        if urlparse(driver.current_url).path.startswith("/sign-in"):
            problems.append(f"{who} {language}: {path} sent the walker to sign in")
            continue
        check_widths(driver, f"{who} {language}", path, problems)
        if kind in visited:
            # Another of a queue's pages: checked for width and its links followed, not pictured again.
            queue.extend(link for link in links_on(driver) if link not in opened)
            continue
        visited.append(kind)
        name = f"walk-{who}-{language}-{len(visited):02d}-" + re.sub(r"[^a-z0-9]+", "-", kind.lower()).strip("-")
        header = driver.find_element(By.CSS_SELECTOR, "header.site-header").size["height"]
        if header > 130:
            problems.append(f"{who} {language}: the header on {path} is {header}px tall")
        check_accessibility(driver, f"{who} {language} {kind} (390 px)")
        if (who, language) == ("parent", "en") and kind in README_PAGES:
            # What a parent first sees on a phone, for the README: one screen, not the whole page.
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(SCREENSHOTS / f"readme-phone-{README_PAGES[kind]}.png"))
        screenshot(driver, name)
        driver.set_window_size(390, 844)
        queue.extend(link for link in links_on(driver) if link not in opened)
    return visited


def switch_to_spanish(driver):
    if driver.find_element(By.TAG_NAME, "html").get_attribute("lang") != "es":
        buttons = [b for b in driver.find_elements(By.CSS_SELECTOR, "button[lang=es]") if b.is_displayed()]
        if not buttons:
            driver.find_element(By.CSS_SELECTOR, "details.header-menu summary").click()
            buttons = [b for b in driver.find_elements(By.CSS_SELECTOR, "button[lang=es]") if b.is_displayed()]
        click_and_wait(driver, buttons[0])
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "es"


def switch_to_english(driver):
    driver.get(url("/"))
    if driver.find_element(By.TAG_NAME, "html").get_attribute("lang") != "en":
        driver.find_element(By.CSS_SELECTOR, "details.header-menu summary").click()
        click_and_wait(driver, [b for b in driver.find_elements(By.CSS_SELECTOR, "button[lang=en]") if b.is_displayed()][0])


def admits(line, who, is_staff):
    """Whether the route table's line lets this person in (public pages are not counted)."""
    callers = line.split("callers: ", 1)[1]
    if callers.startswith("members"):
        return not is_staff
    if callers.startswith("signed in"):
        return True
    if callers.startswith("staff ["):
        return who in callers.split("]")[0]
    if callers.startswith("patient ("):
        return who in callers.split("staff: [")[1].split("]")[0] if is_staff else "members: yes" in callers
    return False


PEOPLE = [
    ("parent", "maria.garcia@example.org", False, "/"),
    ("teen", "mateo.garcia@example.org", False, "/"),
    ("him", "him@example.org", True, "/staff"),
    ("clinician", "clinician@example.org", True, "/staff"),
    ("scheduler", "scheduler@example.org", True, "/staff"),
    ("administrator", "admin@example.org", True, "/staff"),
]


def ask_for_a_renewal(driver, child, medicine):
    open_medications(driver, child)
    click_and_wait(driver, renewal_link(driver, medicine))
    if driver.find_elements(By.CSS_SELECTOR, "form.renewal-form"):
        driver.find_element(By.XPATH, "//label[normalize-space()='Lincoln Park Pharmacy']").click()
        driver.find_element(By.ID, "days-left").send_keys("5")
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form.renewal-form button[type=submit]"))
        assert "Your renewal request was sent to the care team." in driver.page_source


def ask_for_an_appointment(driver, child, department, reason):
    open_appointments(driver, child)
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Request an appointment"))
    driver.find_element(By.XPATH, f"//label[starts-with(normalize-space(), '{department}')]").click()
    Select(driver.find_element(By.ID, "reason")).select_by_visible_text(reason)
    in_a_week = (datetime.datetime.now(CHICAGO) + datetime.timedelta(days=7)).date().isoformat()
    driver.execute_script("document.getElementById('day-0').value = arguments[0]", in_a_week)
    driver.find_element(By.XPATH, "//label[contains(., 'Morning')]").click()
    driver.find_element(By.XPATH, "//label[normalize-space()='In person']").click()
    phone_field = driver.find_element(By.ID, "phone")
    phone_field.clear()
    phone_field.send_keys("(312) 555-0199")
    driver.execute_script("document.querySelector('form.request-form').noValidate = true")
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form.request-form button[type=submit]"))
    assert "Your request was sent to the scheduling team." in driver.page_source, \
        driver.find_element(By.TAG_NAME, "main").text[:800]


@pytest.fixture(scope="module", autouse=True)
def waiting_requests():
    """Renewals and appointment requests the care team and the schedulers have yet to answer,
    so every walk finds their pages: Maria's for Sofia, and Mateo's own (private to him; the
    medicine and department are ones no later test asks about). And an application for an
    account waiting in HIM's queue."""
    for email, child, medicine, department, reason in [
        ("maria.garcia@example.org", "Sofia Garcia", "Epinephrine", "General Pediatrics", "Follow-up visit"),
        ("mateo.garcia@example.org", "Mateo Garcia", "Albuterol", "Adolescent Medicine", "Check-up"),
    ]:
        driver = make_driver(1280, 900)
        try:
            sign_in(driver, email)
            ask_for_a_renewal(driver, child, medicine)
            ask_for_an_appointment(driver, child, department, reason)
        finally:
            driver.quit()
    driver = make_driver(1280, 900)
    try:
        apply(driver, "parent", "Ada Okafor", "2018-03-09", "Ngozi Okafor", "ngozi.okafor@example.org", "passport")
        assert driver.current_url == url("/enroll/received"), driver.find_element(By.TAG_NAME, "main").text
    finally:
        driver.quit()


@pytest.mark.parametrize("who,email,is_staff,start", PEOPLE, ids=[p[0] for p in PEOPLE])
def test_every_reachable_page_fits_a_phone_in_both_languages(who, email, is_staff, start):
    driver = make_driver(390, 844)
    problems = []
    try:
        if is_staff:
            sign_in(driver, email, path="/staff/sign-in")
            enter_code(driver, staff_secret(email))
        else:
            sign_in(driver, email)
        english = walk(driver, start, who, "en", problems)
        driver.get(url(start))
        switch_to_spanish(driver)
        spanish = walk(driver, start, who, "es", problems)
        switch_to_english(driver)
    finally:
        driver.quit()
    admitted = {pattern for pattern, _, line in ROUTES if admits(line, who, is_staff) and not SKIPPED.search(pattern)}
    missed = sorted(admitted - set(english) - NOT_LINKED_FOR[who])
    print(f"\n{who}: {len(english)} pages in English, {len(spanish)} in Spanish, "
          f"of {len(admitted)} the route table admits them to; not linked: "
          + "; ".join(f"{page} ({NOT_LINKED[page]})" for page in sorted(NOT_LINKED_FOR[who])))
    assert set(english) == set(spanish), f"{who}: the walks differ by language: {set(english) ^ set(spanish)}"
    assert not missed, f"{who}: pages of the route table the walk did not reach: {missed}"
    assert not problems, "\n".join(problems)


def test_the_phone_menu_is_a_disclosure_element_holding_the_account_links():
    """The menu is `details`/`summary`: it opens with no script of the portal's."""
    driver = make_driver(390, 844)
    try:
        sign_in(driver, "maria.garcia@example.org")
        driver.get(url("/"))
        menu = driver.find_element(By.CSS_SELECTOR, "details.header-menu")
        summary = menu.find_element(By.TAG_NAME, "summary")
        sign_out = menu.find_element(By.XPATH, ".//button[normalize-space()='Sign out']")
        assert summary.is_displayed() and summary.text.startswith("Menu") and not sign_out.is_displayed()
        assert not driver.find_element(By.CSS_SELECTOR, "nav.account-nav.wide-only").is_displayed()
        summary.click()
        assert sign_out.is_displayed()
        assert menu.find_element(By.LINK_TEXT, "Account").is_displayed()
        assert menu.find_element(By.CSS_SELECTOR, "button[lang=es]").is_displayed()
        screenshot(driver, "header-menu-open-phone")
        check_accessibility(driver, "home with the menu open (390 px)")
        driver.set_window_size(1280, 900)
        assert not summary.is_displayed()
        assert driver.find_element(By.CSS_SELECTOR, "nav.account-nav.wide-only").is_displayed()
    finally:
        driver.quit()
