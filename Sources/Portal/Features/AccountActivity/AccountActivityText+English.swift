import PortalCore

extension AccountActivityText {
    static let english = AccountActivityText(
        title: "Recent activity on your account",
        link: "See recent activity: sign-ins, devices and records viewed",
        intro:
            "Every sign-in, security change and record viewed with your account, with the network address and browser it came from.",
        notMeHeading: "Something here was not you?",
        notMeIntro:
            "Tell Health Information Management. They can close this account at once and invite you to a new one; no health information is lost. Changing your password and signing out everywhere also helps right away.",
        notMe: "This was not me: tell HIM",
        reportedThanks: "Thank you. Health Information Management has your report and will contact you.",
        contact: { contact in "If it is urgent, \(ContactText.english.reachHIM(contact))." },
        none: "No activity yet.",
        newestFirst: "Newest first",
        when: "When",
        what: "What",
        fromWhere: "From",
        device: { browser, system in "\(browser) on \(system)" },
        sessionsHeading: "Where your account is signed in",
        sessionsIntro: "Each browser signed in to your account now. Sign out any you do not recognize, then tell HIM below.",
        thisBrowser: "This browser",
        unknownDevice: "A browser that did not say what it is",
        signedInAt: { when in "Signed in \(when)" },
        lastActive: { when in "Last active \(when)" },
        signOutSession: { device in "Sign out: \(device)" },
        sessionEnded: "That browser is signed out.",
        describe: { action, outcome, patientName, aboutPatient in
            let record =
                patientName.map { "\($0)'s record" }
                ?? "a record you no longer see"
            if outcome == .denied && aboutPatient {
                return "Tried to open a record this account cannot see"
            }
            switch (action, outcome) {
            case (.signIn, .success): return "Signed in"
            case (.signIn, .throttled):
                return "Sign-in slowed down after wrong passwords"
            case (.signIn, _):
                return "Sign-in with a wrong password"
            case (.signInSecondFactor, .success):
                return "Entered a security code"
            case (.signInSecondFactor, _): return "Wrong security code"
            case (.signOut, _): return "Signed out"
            case (.signOutEverywhere, _):
                return "Signed out on every device"
            case (.passwordChanged, _): return "Changed the password"
            case (.passwordResetRequested, _): return "Asked for a link to choose a new password"
            case (.passwordResetSecondFactor, .success): return "Entered a security code to choose a new password"
            case (.passwordResetSecondFactor, _): return "Wrong security code while choosing a new password"
            case (.passwordReset, _): return "Chose a new password with an e-mailed link"
            case (.secondFactorRemoved, .success): return "Turned off two-step sign-in"
            case (.secondFactorRemoved, _): return "Tried to turn off two-step sign-in with a wrong password"
            case (.recoveryCodesReplaced, _): return "Made new recovery codes"
            case (.reauthenticated, .success): return "Confirmed the password before a security change"
            case (.reauthenticated, _): return "Wrong password or code before a security change"
            case (.sessionEnded, _): return "Signed out one browser from the activity page"
            case (.emailCodeSent, _): return "A security code was sent by e-mail"
            case (.emailChangeRequested, _): return "Asked to change the e-mail address"
            case (.emailChanged, _): return "Changed the e-mail address"
            case (.secondFactorEnabled, _):
                return "Turned on two-step sign-in"
            case (.recoveryCodeUsed, _): return "Used a recovery code"
            case (.patientView, _): return "Viewed \(record)"
            case (.documentList, _):
                return "Viewed the documents in \(record)"
            case (.documentView, _):
                return "Opened a document in \(record)"
            case (.accessOverviewView, _):
                return "Viewed who can see \(record)"
            case (.invitationActivated, _): return "Created this account"
            case (.accountReported, _):
                return "Reported activity that was not you"
            case (.accountLocked, .success):
                return "Sign-in locked after \(SignInThrottle.consecutiveFailuresBeforeLock) failed attempts in a row"
            case (.accountLocked, _): return "Sign-in refused while the account was locked"
            case (.accountUnlocked, _):
                return "Sign-in unlocked by Health Information Management"
            default: return action.rawValue
            }
        },
        describeApp: { action, outcome, use in
            let record = use.patientName.map { "\($0)'s record" } ?? "a record you no longer see"
            switch (action, outcome) {
            case (.appAuthorized, .success): return "Allowed \(use.app) to read \(record)"
            case (.appAuthorized, _): return "Did not allow \(use.app) to read a record"
            case (.appDisconnected, _): return "Disconnected \(use.app) from \(record)"
            case (.appRead, .success):
                return use.times == 1 ? "\(use.app) read \(record)" : "\(use.app) read \(record) (\(use.times) requests)"
            case (.appRead, _): return "\(use.app) asked for something it may not read, and was refused"
            default: return "\(use.app): \(action.rawValue)"
            }
        }
    )
}
