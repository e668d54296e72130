import PortalCore

extension MemberToolsText {
    static let english = MemberToolsText(
        active: "Active",
        closed: "Closed",
        deactivatedBy: { name, when, reason in "Closed by \(name) on \(when): \(reason)" },
        reported: { when in "The member reported activity that was not theirs (\(when))." },
        closeReports: "Mark the report handled",
        reportsClosedNotice: "Report marked handled.",
        accessHeading: "Access through this account",
        noGrants: "This account has no access grants.",
        deactivateHeading: "Close this account",
        deactivateIntro:
            "For an account someone else has used. Every session ends at once and sign-in is refused with a message to contact HIM. Nothing is deleted: the history stays in the audit trail, and you can then invite the owner to a new account with the same access.",
        reason: "Reason (for HIM's records)",
        reasonRequired: "Write why the account is closed.",
        reasonTooLong: "Keep the reason under 500 characters.",
        deactivate: "Close the account now",
        deactivatedNotice: "The account is closed and every session has ended.",
        reinviteHeading: "A new account for the owner",
        reinviteIntro:
            "The invitation's new account takes over every access this account had that is still in force. Check who you are talking to first, as at any invitation.",
        newEmail: "E-mail for the invitation",
        newEmailHint: "Preferably a new address, if the old mailbox may be in someone else's hands.",
        reinvite: "Send the invitation",
        invitedNotice: "Invitation sent.",
        deactivateFirst: "Close the account before inviting its owner to a new one.",
        nothingToCarryOver:
            "This account has no access in force to carry over. Send an ordinary invitation from the patient's page.",
        lockedHeading: "Sign-in is locked",
        lockedIntro: { since in
            "Sign-in has been locked since \(since) after \(SignInThrottle.consecutiveFailuresBeforeLock) failed attempts in a row: someone may be guessing the password. Unlock it once you have checked, as at any invitation, that you are talking to the account's owner; if they did not make those attempts, suggest a new password."
        },
        unlock: "Unlock sign-in",
        unlockedNotice: "Sign-in is unlocked."
    )
}
