"""Drives Debian's chromium (headless, through chromium-driver) with Selenium (PyPI) against a
live place-server holding the example data, as a place editor and a resident would use it:
from the front door to the public pages (membership, no private item), signing in, updating a
risk so its finding clears and seeing it cleared on the dashboard, a stale form, another
place's form refused, and a meeting recorded with its attendance and a declaration.

    python3 Tools/web/browser_test.py http://127.0.0.1:8080 editor@Southwark.example PASSWORD
"""
import re
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

base, name, password = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
southwark, lewisham = "E09000028", "E09000023"
risk = "swk-risk-financial-regime"
failures, checked = [], 0


def expect(condition, message):
    global checked
    checked += 1
    if not condition:
        failures.append(message)
        print("browser: FAILED:", message, file=sys.stderr)


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=412,915"]:
        options.add_argument(argument)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def submit(driver):
    """Submits the page's form and waits for the answer to replace the page.

    The page is marked before the click and the wait ends when a document without the mark is
    loaded. While the old document is being torn down chromium can answer any command with an
    error about a node or a context that no longer exists; those answers mean "not yet".
    """
    driver.execute_script("window.placeworksSubmitted = true")
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()

    def answered(driver):
        return driver.execute_script(
            "return window.placeworksSubmitted === undefined && document.readyState === 'complete'")

    WebDriverWait(driver, 10, ignored_exceptions=(WebDriverException,)).until(answered)


def sign_in(driver):
    driver.get(base + "/")
    driver.find_element(By.CSS_SELECTOR, 'a[href="/sign-in"]').click()
    driver.find_element(By.ID, "field-name").send_keys(name)
    driver.find_element(By.ID, "field-password").send_keys(password)
    submit(driver)


def southwark_errors(driver):
    """The dashboard's error count for Southwark, as of 1 April 2022."""
    driver.get(base + "/?as_of=2022-04-01")
    row = driver.find_element(By.XPATH, "//tr[th/a[normalize-space()='Southwark']]")
    return int(re.search(r"(\d+) errors?", row.text).group(1))


def open_risk_form(driver):
    driver.get(base + f"/places/{southwark}?as_of=2022-04-01")
    driver.find_element(By.CSS_SELECTOR, f'a[href$="/risks/{risk}"]').click()


resident, editor, colleague = browser(), browser(), browser()
try:
    # A resident: from the front door to a public page, which shows membership and no private item.
    resident.get(base + "/")
    expect("Placeworks" in resident.title, f"front door title {resident.title}")
    resident.find_element(By.CSS_SELECTOR, f'a[href="/public/places/{southwark}"]').click()
    page = resident.page_source
    expect("Board membership" in page, "the public page shows board membership")
    expect("Partnership Southwark" in page, "the public page names the board")
    expect("CONFIDENTIAL" not in page, "the public page shows a private item")
    expect("financial regime" not in page, "the public page shows a risk")
    expect(resident.get_cookies() == [], "a resident gets no cookie")

    # A place editor signs in: the cookie is Secure, HttpOnly and SameSite=Strict.
    sign_in(editor)
    cookie = editor.get_cookie("placeworks_session")
    expect(cookie is not None, "signed in: a session cookie")
    if cookie:
        expect(cookie.get("secure") and cookie.get("httpOnly") and cookie.get("sameSite") == "Strict",
               f"session cookie flags {cookie}")
    before = southwark_errors(editor)
    editor.get(base + f"/places/{southwark}?as_of=2022-04-01")
    expect("has not been escalated" in editor.page_source, "the unescalated risk is a finding")

    # Two people open the same risk; the colleague saves first.
    sign_in(colleague)
    open_risk_form(colleague)
    open_risk_form(editor)
    mitigation = colleague.find_element(By.ID, "field-mitigation")
    mitigation.clear()
    mitigation.send_keys("Reviewed by a colleague")
    submit(colleague)
    Select(editor.find_element(By.ID, "field-escalatedTo")).select_by_value("swk-pssb")
    submit(editor)
    expect("Someone else saved this risk first" in editor.page_source, "the stale form says someone saved first")
    expect("Reviewed by a colleague" in editor.page_source, "the stale form shows the values saved")
    # Saved again on the current values, the escalation clears the finding.
    Select(editor.find_element(By.ID, "field-escalatedTo")).select_by_value("swk-pssb")
    submit(editor)
    expect(f"/places/{southwark}" in editor.current_url, f"after saving: {editor.current_url}")
    after = southwark_errors(editor)
    expect(after == before - 1, f"Southwark's errors went from {before} to {after}")
    editor.get(base + f"/places/{southwark}?as_of=2022-04-01")
    expect("has not been escalated" not in editor.page_source, "the finding is cleared on the place page")

    # A refused field: the error beside it, the input kept.
    open_risk_form(editor)
    title = editor.find_element(By.ID, "field-title")
    title.clear()
    submit(editor)
    expect(editor.find_elements(By.ID, "field-title-error"), "the empty title's error is beside it")
    expect(editor.find_element(By.ID, "field-mitigation").get_attribute("value") == "Reviewed by a colleague",
           "the other fields keep what was there")
    expect("There is a problem" in editor.page_source, "the error summary")

    # Another place's form is refused.
    editor.get(base + f"/places/{lewisham}/new-risk")
    expect("Not allowed" in editor.page_source, "a Southwark editor is refused Lewisham's form")
    editor.get(base + f"/places/{lewisham}?as_of=2022-04-01")
    expect("Update</a>" not in editor.page_source and "/new-risk" not in editor.page_source,
           "Lewisham's page offers a Southwark editor no forms")

    # Recording a meeting with its attendance and a declaration: a deputy who stood in for no one
    # is refused beside the field, with the choices kept; named, the meeting is recorded.
    editor.get(base + f"/places/{southwark}/new-meeting")
    Select(editor.find_element(By.ID, "field-body")).select_by_value("swk-pssb")
    editor.find_element(By.ID, "field-item").send_keys("Autumn plan")
    people = [element.get_attribute("id").removeprefix("field-attendance-")
              for element in editor.find_elements(By.CSS_SELECTOR, "select[id^='field-attendance-']")]
    expect(len(people) >= 3, f"the meeting form lists the place's people ({len(people)})")
    if len(people) >= 3:
        Select(editor.find_element(By.ID, f"field-attendance-{people[0]}")).select_by_value("member")
        Select(editor.find_element(By.ID, f"field-attendance-{people[1]}")).select_by_value("deputy")
        Select(editor.find_element(By.ID, f"field-attendance-{people[2]}")).select_by_value("apologies")
        submit(editor)
        expect(editor.find_elements(By.ID, f"field-standingInFor-{people[1]}-error"),
               "a deputy without a member: the error is beside the field")
        expect(Select(editor.find_element(By.ID, f"field-attendance-{people[1]}")).first_selected_option
               .get_attribute("value") == "deputy", "the attendance chosen is kept")
        Select(editor.find_element(By.ID, f"field-standingInFor-{people[1]}")).select_by_value(people[2])
        Select(editor.find_element(By.ID, "field-declarant-1")).select_by_value(people[0])
        editor.find_element(By.ID, "field-interest-1").send_keys("Trustee of a local charity")
        submit(editor)
        expect(editor.current_url.endswith("#meetings"), f"after recording the meeting: {editor.current_url}")

    # The public pages and calendars from the dashboard.
    editor.get(base + "/")
    editor.find_element(By.LINK_TEXT, "Public pages").click()
    expect("Public pages" in editor.title, f"public index title {editor.title}")
finally:
    for driver in (resident, editor, colleague):
        driver.quit()

print(f"browser: {checked - len(failures)} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
