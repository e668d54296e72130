"""Graceful shutdown: a request in flight when the portal is told to stop still gets its answer."""
import signal
import threading
import time

import requests

from conftest import DEMO_PASSWORD
from portal_process import portal


def test_sigterm_finishes_the_sign_in_in_flight():
    # bcrypt at cost 14 takes about a second, so the sign-in is surely in flight at SIGTERM.
    with portal(8093, "shutdown-portal", BCRYPT_COST="14") as (process, base):
        session = requests.Session()
        token = session.get(base + "/sign-in").text.split('name="_csrf" value="')[1].split('"')[0]
        result = {}

        def sign_in():
            result["response"] = session.post(
                base + "/sign-in", allow_redirects=False,
                data={"_csrf": token, "email": "maria.garcia@example.org", "password": DEMO_PASSWORD})

        worker = threading.Thread(target=sign_in)
        worker.start()
        time.sleep(0.2)
        process.send_signal(signal.SIGTERM)
        worker.join(timeout=30)

        assert result["response"].status_code == 303, "the in-flight sign-in was cut off"
        assert result["response"].headers["Location"] == "/"
        assert process.wait(timeout=30) == 0
