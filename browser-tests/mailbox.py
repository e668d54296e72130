"""The real SMTP server's Maildir (aiosmtpd, started by scripts/test-browser.sh)."""
import base64
import email
import email.header
import os
import re
import time
from pathlib import Path


def messages_to(address):
    """Every message delivered to the address so far: (subject, decoded text)."""
    found = []
    for path in sorted(Path(os.environ["PORTAL_MAILDIR"], "new").glob("*")):
        message = email.message_from_bytes(path.read_bytes())
        if message["To"] != address:
            continue
        subject = str(email.header.make_header(email.header.decode_header(message["Subject"])))
        body = base64.b64decode(message.get_payload()).decode("utf-8")
        found.append((subject, body))
    return found


def wait_for_message(address, subject_part, timeout=30):
    """Waits until the outbox worker has delivered a matching message, and returns its text."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        for subject, body in messages_to(address):
            if subject_part in subject:
                return body
        time.sleep(0.5)
    raise AssertionError(f"no e-mail to {address} about {subject_part!r} within {timeout} s: {messages_to(address)}")


def activation_path(body):
    return re.search(r"/activate/[A-Za-z0-9_-]{43}", body).group(0)


def wait_for_count(address, count, timeout=30):
    """Waits until `count` messages have reached the address, and returns their texts."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        bodies = [body for _, body in messages_to(address)]
        if len(bodies) >= count:
            return bodies
        time.sleep(0.5)
    raise AssertionError(f"fewer than {count} e-mails to {address} within {timeout} s")


def security_codes_to(address):
    """The 6-digit codes e-mailed to the address so far, oldest first."""
    return [re.search(r"\n(\d{6})\n", body).group(1)
            for subject, body in messages_to(address) if "security code" in subject.lower()
            or "código de seguridad" in subject.lower()]


def wait_for_new_code(address, known, timeout=30):
    """Waits for a code beyond the `known` count e-mailed to the address, and returns the newest."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        codes = security_codes_to(address)
        if len(codes) > known:
            return codes[-1]
        time.sleep(0.5)
    raise AssertionError(f"no new security code to {address} within {timeout} s")


def count_of(address, subject_part):
    return len([1 for subject, _ in messages_to(address) if subject_part in subject])


def wait_for_new_message(address, subject_part, known, timeout=30):
    """Waits for a message about `subject_part` beyond the `known` count, and returns the newest."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        bodies = [body for subject, body in messages_to(address) if subject_part in subject]
        if len(bodies) > known:
            return bodies[-1]
        time.sleep(0.5)
    raise AssertionError(f"no new e-mail to {address} about {subject_part!r} within {timeout} s")
