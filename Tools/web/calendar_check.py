"""Parses every meetings feed a live place-server links from its front door with Python's
icalendar (PyPI), as calendar apps do, and checks what they rely on (RFC 5545): a VTIMEZONE for
Europe/London, events with stable UIDs, local times in that zone, cancellations, and no private item.

    python3 Tools/web/calendar_check.py http://127.0.0.1:8080
"""
import re
import sys
import urllib.request

import icalendar

base = sys.argv[1].rstrip("/")
failures = []
checked = 0


def fetch(path):
    with urllib.request.urlopen(base + path) as response:
        return response.headers.get("Content-Type", ""), response.read()


def expect(condition, message):
    global checked
    checked += 1
    if not condition:
        failures.append(message)


_, front = fetch("/")
feeds = sorted(set(re.findall(r'href="(/[^"]*meetings\.ics)"', front.decode())))
expect(len(feeds) > 2, f"the front door links {len(feeds)} feeds")
uids = {}
for path in feeds:
    kind, body = fetch(path)
    expect(kind.startswith("text/calendar"), f"{path}: content type {kind}")
    calendar = icalendar.Calendar.from_ical(body)
    expect(calendar.get("VERSION") == "2.0", f"{path}: VERSION")
    expect(calendar.get("PRODID") is not None, f"{path}: PRODID")
    zones = [zone for zone in calendar.walk("VTIMEZONE")]
    expect(len(zones) == 1 and str(zones[0]["TZID"]) == "Europe/London", f"{path}: one VTIMEZONE for Europe/London")
    events = calendar.walk("VEVENT")
    again = icalendar.Calendar.from_ical(fetch(path)[1])
    expect([str(e["UID"]) for e in events] == [str(e["UID"]) for e in again.walk("VEVENT")],
           f"{path}: UIDs change between downloads")
    for event in events:
        uid = str(event["UID"])
        expect(event.get("DTSTAMP") is not None, f"{path} {uid}: DTSTAMP")
        start = event.decoded("DTSTART")
        if hasattr(start, "tzinfo") and hasattr(start, "hour"):
            expect(start.tzinfo is not None and "London" in str(start.tzinfo), f"{path} {uid}: start not in Europe/London")
        expect("CONFIDENTIAL" not in event.to_ical().decode(), f"{path} {uid}: a private item")
        uids.setdefault(uid, set()).add(str(event.get("STATUS")))

timed = "meeting-web-test-timed@placeworks"
cancelled = "meeting-web-test-cancelled@placeworks"
expect(timed in uids, "the timed meeting is in the feeds")
expect(cancelled in uids and uids[cancelled] == {"CANCELLED"}, "the cancelled meeting is STATUS:CANCELLED")
expect("meeting-web-test-private@placeworks" not in uids, "the private meeting is in a feed")
_, pssb = fetch("/bodies/swk-pssb/meetings.ics")
event = next(e for e in icalendar.Calendar.from_ical(pssb).walk("VEVENT") if str(e["UID"]) == timed)
start, end = event.decoded("DTSTART"), event.decoded("DTEND")
expect((start.hour, start.minute, str(start.tzinfo)) == (14, 0, "Europe/London"), f"timed meeting starts {start}")
expect(start.utcoffset().total_seconds() == 3600, "14 July is in British Summer Time (UTC+1)")
expect((end - start).total_seconds() == 2.5 * 3600, "timed meeting lasts two and a half hours")
expect(str(event["LOCATION"]) == "Tooley Street, London; Room 1", f"location {event['LOCATION']}")

for failure in failures:
    print("calendar:", failure, file=sys.stderr)
print(f"calendar: {len(feeds)} feeds, {len(uids)} meetings: {checked - len(failures)} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
