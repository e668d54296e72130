"""Graceful shutdown: a request in flight when the portal is told to stop still gets its answer."""
import os
import signal
import subprocess
import tempfile
import threading
import time

import requests

from conftest import DEMO_PASSWORD

PORT = 8093


def wait_ready(process):
    for _ in range(120):
        if process.poll() is not None:
            raise AssertionError("the portal exited during start-up")
        try:
            if requests.get(f"http://127.0.0.1:{PORT}/health/ready", timeout=1).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.5)
    raise AssertionError("the portal did not become ready")


def test_sigterm_finishes_the_sign_in_in_flight():
    with tempfile.TemporaryDirectory() as work:
        env = dict(os.environ, PORTAL_PORT=str(PORT), SQLITE_PATH=f"{work}/portal.sqlite", BCRYPT_COST="14")
        process = subprocess.Popen([os.environ["PORTAL_BIN"], "serve"], env=env,
                                   stdout=open("artifacts/shutdown-portal.log", "w"), stderr=subprocess.STDOUT)
        try:
            wait_ready(process)
            session = requests.Session()
            page = session.get(f"http://127.0.0.1:{PORT}/sign-in")
            token = page.text.split('name="_csrf" value="')[1].split('"')[0]
            result = {}

            def sign_in():
                result["response"] = session.post(
                    f"http://127.0.0.1:{PORT}/sign-in", allow_redirects=False,
                    data={"_csrf": token, "email": "maria.garcia@example.org", "password": DEMO_PASSWORD})

            worker = threading.Thread(target=sign_in)
            started = time.monotonic()
            worker.start()
            time.sleep(0.2)  # bcrypt at cost 14 takes about a second: the request is in flight
            process.send_signal(signal.SIGTERM)
            worker.join(timeout=30)

            assert result["response"].status_code == 303, "the in-flight sign-in was cut off"
            assert result["response"].headers["Location"] == "/"
            assert time.monotonic() - started > 0.2
            assert process.wait(timeout=30) == 0
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
