import Foundation
import PortalCore

extension MailText {
    static let english = MailText(
        messageSubject: "You have a new message in your portal",
        message: { name, config in
            let url = config.publicURL.absoluteString
            return """
                Hello \(name),

                The care team sent you a message in the \(config.hospitalName) patient portal. Sign in to read it: \(url)

                This e-mail contains no health information. Please do not reply to it; answer in the portal.
                """
        },
        digestSubject: "Messages waiting in your inboxes",
        digest: { name, summary, config in
            let url = config.publicURL.absoluteString + Routes.staffInbox()
            let list = summary.joined(separator: "\n")
            return """
                Good morning \(name),

                Waiting in the \(config.hospitalName) portal:
                \(list)

                Open your inboxes: \(url)

                This e-mail contains no patient information.
                """
        },
        newInformationSubject: "There is new information in your portal",
        newInformation: { name, config in
            let url = config.publicURL.absoluteString
            return """
                Hello \(name),

                There is new information in the \(config.hospitalName) patient portal. Sign in to see it: \(url)

                You can choose when new results appear in your portal's settings.

                This e-mail contains no health information. Please do not reply to it.
                """
        },
        invitationSubject: "Your invitation to the patient portal",
        invitation: { link, config in
            """
            Hello,

            \(config.hospitalName) has approved your portal account. Open this link to create it; it works once and for 90 days:

            \(link)

            You will be asked for the patient's ZIP code and date of birth.

            This e-mail contains no health information. If you did not ask for an account, you can ignore it.
            """
        },
        adulthoodSubject: "A change to portal access is coming",
        adulthoodForParent: { name, birthday, config in
            let url = config.publicURL.absoluteString
            return """
                Hello \(name),

                A patient whose record you can see in the \(config.hospitalName) patient portal turns 18 on \(DateText.long(birthday, language: .english)). On that day, as the law requires, your access to their record ends by itself.

                Sign in to the portal to read what changes and how they can keep using the portal with their own account: \(url)

                This e-mail contains no health information. Please do not reply to it.
                """
        },
        adulthoodForPatient: { name, birthday, config in
            let url = config.publicURL.absoluteString
            return """
                Hello \(name),

                You turn 18 on \(DateText.long(birthday, language: .english)). From that day only you can see your record in the \(config.hospitalName) patient portal: your parents' access ends by itself. Your account stays yours; make sure the e-mail address on it is one that only you read.

                Sign in to read more: \(url)

                This e-mail contains no health information. Please do not reply to it.
                """
        },
        requestAnsweredSubject: { kind in
            switch kind {
            case .scheduling:
                "An update on your appointment request"
            case .renewal:
                "An update on your renewal request"
            }
        },
        requestAnswered: { kind, name, config in
            let url = config.publicURL.absoluteString
            return """
                Hello \(name),

                \(kind == .scheduling ? "The scheduling team" : "The care team") answered a request you made in the \(config.hospitalName) patient portal. Sign in to see it: \(url)

                This e-mail contains no health information. Please do not reply to it.
                """
        },
        enrollmentReceivedSubject: "We received your portal request",
        enrollmentReceived: { config in
            """
            Hello,

            We received your request for an account on the \(config.hospitalName) patient portal.

            Health Information Management checks every request by hand. If your answers match the hospital's records, you will receive an invitation by e-mail. An invitation may take up to 2 business days.

            If you did not send this request, \(ContactText.english.reachHIM(config.himContact)).

            This e-mail contains no health information.
            """
        },
        enrollmentDecidedSubject: "A portal request was updated",
        enrollmentRejected: { explanation, config in
            """
            Hello,

            Your request for an account on the \(config.hospitalName) patient portal was not approved.

            \(explanation)

            To learn more, \(ContactText.english.reachHIM(config.himContact)). You are welcome to send a new request.

            This e-mail contains no health information.
            """
        },
        accountLockedSubject: "Sign-in to your portal account is locked",
        accountLocked: { isStaff, config in
            """
            Hello,

            Someone tried to sign in to your account on the \(config.hospitalName) patient portal with a wrong password or security code \(SignInThrottle.consecutiveFailuresBeforeLock) times in a row, so sign-in to the account is now locked. Until it is unlocked, the sign-in page answers as if the password were wrong, whoever types it.

            \(isStaff ? "Ask the portal's administrators to unlock it." : "\(ContactText.english.startingSentence(config.himContact)); once they know it is you, they will unlock it. If those attempts were not yours, choose a new password after you sign in.")

            This e-mail contains no health information.
            """
        },
        passwordResetSubject: "Choose a new password for your portal account",
        passwordReset: { link, config in
            """
            Hello,

            Someone asked to choose a new password for your account on the \(config.hospitalName) patient portal. If it was you, open this link within 30 minutes:

            \(link)

            The link works once. If your account has two-step sign-in, you will also need your authenticator app or a recovery code.

            If you did not ask, you can ignore this e-mail: your password has not changed, and no one can change it without this link.

            This e-mail contains no health information.
            """
        },
        passwordChangedSubject: "Your portal password was changed",
        passwordChanged: { config in
            """
            Hello,

            The password of your account on the \(config.hospitalName) patient portal was just changed, and any other device that was signed in to it was signed out.

            If you did this, there is nothing more to do. If you did not, \(ContactText.english.reachHIM(config.himContact)) right away: they can close the account and invite you to a new one, and no health information is lost.

            This e-mail contains no health information.
            """
        },
        newSignInSubject: "New sign-in to your portal account",
        newSignIn: { when, browser, address, config in
            """
            Hello,

            Your account on the \(config.hospitalName) patient portal was signed in to from a browser it had not used before:

            When: \(when)
            Browser: \(browser)
            Network address: \(address)

            If this was you, there is nothing to do.

            If it was not you, open the account's activity page, sign that browser out and press "This was not me: tell HIM": Health Information Management will hear of it at once. Then choose a new password.

            \(config.publicURL.absoluteString)\(Routes.accountActivity())

            You can also \(ContactText.english.reachHIM(config.himContact)).

            This e-mail contains no health information.
            """
        },
        unknownBrowser: "a browser that did not say what it is",
        emailCodeSubject: "Your portal security code",
        emailCode: { code, config in
            """
            Hello,

            Your security code for the \(config.hospitalName) patient portal is:

            \(code)

            It works once, for 10 minutes. The portal will never ask you for it by phone or e-mail.

            If you did not just try to sign in or change your account, someone may know your password: choose a new one, and \(ContactText.english.reachHIM(config.himContact)).

            This e-mail contains no health information.
            """
        },
        emailChangeSubject: "Confirm your new e-mail address for the portal",
        emailChangeConfirm: { link, config in
            """
            Hello,

            Someone asked to use this address to sign in to the \(config.hospitalName) patient portal and receive its notices. If it was you, open this link within 24 hours and confirm:

            \(link)

            If you did not ask, ignore this e-mail: nothing changes without the link.

            This e-mail contains no health information.
            """
        },
        emailChangeAddressInUse: { config in
            """
            Hello,

            Someone asked to use this address to sign in to an account on the \(config.hospitalName) patient portal. This address cannot be used for it: it already belongs to a portal account, or may not be shared with that one. Nothing was changed.

            If you did not ask, ignore this e-mail.

            This e-mail contains no health information.
            """
        },
        emailChangeNoticeSubject: "The e-mail address of your portal account",
        emailChangeRequested: { newAddress, config in
            """
            Hello,

            Someone signed in to your account on the \(config.hospitalName) patient portal asked to change its e-mail address to \(newAddress). The change happens only when the link sent to that address is opened.

            If this was not you, \(ContactText.english.reachHIM(config.himContact)) right away.

            This e-mail contains no health information.
            """
        },
        emailChangeDone: { newAddress, config in
            """
            Hello,

            Your account on the \(config.hospitalName) patient portal now signs in with \(newAddress), and its notices go there. This address will receive nothing more from the portal.

            If this was not you, \(ContactText.english.reachHIM(config.himContact)) right away.

            This e-mail contains no health information.
            """
        },
        staffInvitationSubject: "Your staff account on the patient portal",
        staffInvitation: { link, config in
            """
            Hello,

            An administrator made you a staff account on the \(config.hospitalName) patient portal. Open this link within 7 days to choose your password:

            \(link)

            Then you will set up an authenticator app on your phone: staff accounts always sign in with one. The link works once. If you did not expect this e-mail, tell the portal's administrators.
            """
        },
        securityChangeSubject: "A security change to your portal account",
        securityChange: { change, config in
            let what =
                switch change {
                case .secondFactorOn: "Two-step sign-in was turned on, and new recovery codes were made."
                case .secondFactorOff: "Two-step sign-in was turned off: the password alone now signs in."
                case .newRecoveryCodes: "New recovery codes were made; the earlier ones no longer work."
                case .secondFactorReset:
                    "An administrator reset your second factor: you will set up an authenticator app at your next sign-in."
                case .roleChanged: "An administrator changed your role in the portal."
                }
            return """
                Hello,

                \(what)

                If you did not expect this, \(ContactText.english.reachHIM(config.himContact)) right away.

                This e-mail contains no health information.
                """
        }
    )
}
