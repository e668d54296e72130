"""A mail relay that takes its time to accept each message, like a busy one.

Run by aiosmtpd: python -m aiosmtpd -n -l 127.0.0.1:PORT -c slow_smtp_relay.SlowMailbox MAILDIR SECONDS
(with this folder on PYTHONPATH). The Swift outbox tests and the cluster test use it to
show that a slow relay never receives an e-mail twice.
"""

import asyncio

from aiosmtpd.handlers import Mailbox


class SlowMailbox(Mailbox):
    def __init__(self, mail_dir, seconds):
        super().__init__(mail_dir)
        self.seconds = float(seconds)

    async def handle_DATA(self, server, session, envelope):
        await asyncio.sleep(self.seconds)
        return await super().handle_DATA(server, session, envelope)

    @classmethod
    def from_cli(cls, parser, *args):
        if len(args) != 2:
            parser.error("SlowMailbox needs a Maildir folder and the seconds each message takes")
        return cls(args[0], args[1])
