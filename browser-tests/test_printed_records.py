"""What a parent prints for a school or a new doctor, as Chromium prints it to PDF: the
immunization record of a typical 5-year-old fits one page and carries her name, date of
birth and every vaccine; the health summary carries her name and date of birth."""
import base64
import io
import re
import unicodedata

from pypdf import PdfReader
from selenium.webdriver.common.by import By

from conftest import url
from test_family_journey import open_record, sign_in


def page_texts(driver):
    """The page as Chromium prints it: each PDF page's text, with spaces made plain."""
    pdf = PdfReader(io.BytesIO(base64.b64decode(driver.print_page())))
    # NFKC undoes the ligatures a PDF's fonts use ("ﬁ" in "Soﬁa").
    return [re.sub(r"\s+", " ", unicodedata.normalize("NFKC", page.extract_text() or "")) for page in pdf.pages]


def printed(driver):
    texts = page_texts(driver)
    return len(texts), " ".join(texts)


def test_the_immunization_record_and_health_summary_print_whole(browser):
    sign_in(browser, "maria.garcia@example.org")
    open_record(browser, "Sofia Garcia")
    record = browser.current_url
    browser.get(record + "/immunizations/record")
    main = browser.find_element(By.TAG_NAME, "main").text
    born = re.search(r"Date of birth\s*:?\s*([A-Z][a-z]+ \d{1,2}, \d{4})", main)
    assert born, main[:400]
    vaccines = sorted({cell.text for cell in browser.find_elements(By.CSS_SELECTOR, "table.immunizations th[scope=row]")})
    assert len(vaccines) >= 8, vaccines
    # The list on one page for the school's form; its health cards on a page of their own,
    # which names the child again.
    texts = page_texts(browser)
    assert len(texts) == 2, f"the immunization record printed on {len(texts)} pages"
    assert "Sofia Garcia" in texts[0] and born.group(1) in texts[0]
    missing = [vaccine for vaccine in vaccines if vaccine not in texts[0]]
    assert not missing, f"not on the first page: {missing}"
    assert "SMART Health Card" not in texts[0]
    assert "SMART Health Card" in texts[1] and "Sofia" in texts[1] and born.group(1) in texts[1]

    browser.get(record + "/health-summary")
    pages, text = printed(browser)
    assert "Sofia Garcia" in text and born.group(1) in text
    assert pages <= 2, f"the health summary printed on {pages} pages"
    print(f"\nimmunization record: the list on 1 page ({len(vaccines)} vaccines), its codes on the next; "
          f"health summary: {pages} page(s)")
