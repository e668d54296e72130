"""Starts a separate portal process with its own settings, for tests that need them."""
import os
import subprocess
import tempfile
import time
from contextlib import contextmanager

import requests


@contextmanager
def portal(port, log_name, **settings):
    """A portal on its own SQLite file, unless `SQLITE_PATH` names one to reuse across restarts."""
    with tempfile.TemporaryDirectory() as work:
        env = dict(os.environ, PORTAL_PORT=str(port), SQLITE_PATH=f"{work}/portal.sqlite")
        env.update(settings)
        log = open(f"artifacts/{log_name}.log", "a")
        process = subprocess.Popen([os.environ["PORTAL_BIN"], "serve"], env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            for _ in range(120):
                assert process.poll() is None, "the portal exited during start-up"
                try:
                    if requests.get(f"http://127.0.0.1:{port}/health/ready", timeout=1).status_code == 200:
                        break
                except requests.ConnectionError:
                    pass
                time.sleep(0.5)
            else:
                raise AssertionError("the portal did not become ready")
            yield process, f"http://127.0.0.1:{port}"
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
            log.close()
