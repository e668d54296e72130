import PortalCore

extension StaffAccountsText {
    static let english = StaffAccountsText(
        title: "Staff accounts",
        homeLink: "Staff accounts: create, change and close",
        intro:
            "Each person has an account of their own. A new account gets an e-mailed link to choose a password, and sets up an authenticator app at its first sign-in. Every change is kept with its reason and audited.",
        name: "Name",
        email: "E-mail address",
        role: "Role",
        status: "Status",
        statusText: { status in
            switch status {
            case .active: "Active"
            case .invited: "Invited: no password yet"
            case .settingUp: "Second factor to set up at the next sign-in"
            case .closed: "Closed"
            }
        },
        createHeading: "Create a staff account",
        fullName: "Full name",
        mailLanguage: "Language of the account's e-mails",
        create: "Create the account and send the invitation",
        created: { email in "The account is made, and an invitation is on its way to \(email)." },
        nameRequired: "Write the person's full name (at most 200 characters).",
        emailBad: "Enter a plain e-mail address, such as name@hospital.org.",
        emailTaken: "A staff account already uses that address.",
        roleRequired: "Choose a role.",
        reason: "Reason (kept with the change)",
        reasonColumn: "Reason",
        reasonRequired: "Write why (at most 500 characters): it is kept with the change.",
        roleHeading: "Role",
        changeRole: "Change the role",
        ownRole: "You cannot change your own role: ask another administrator.",
        ownAccount: "You cannot close your own account: ask another administrator.",
        lastAdministrator: "This is the last active administrator. Make someone else an administrator first.",
        sameRole: "That is already their role.",
        resetHeading: "Second factor",
        resetIntro:
            "If they lost their phone and their recovery codes: they set up a new authenticator app at their next sign-in, and every session of theirs ends now.",
        resetButton: "Reset the second factor",
        closeHeading: "Close the account",
        closeIntro: "They are signed out at once and cannot sign in again. The account's history stays.",
        closeButton: "Close the account",
        resendHeading: "Password link",
        resendIntro:
            "For a new account, or someone who forgot their password: a link to choose a password, good once for 7 days. A new one replaces any earlier link; an authenticator already set up stays.",
        resendButton: "Send a link to choose a password",
        historyHeading: "Changes to this account",
        when: "When",
        change: "Change",
        by: "By",
        describe: { kind, detail in
            switch kind {
            case .created: "Account created"
            case .invitationSent: "Invitation sent"
            case .roleChanged: "Role changed" + (detail.map { ": \($0)" } ?? "")
            case .secondFactorReset: "Second factor reset"
            case .deactivated: "Account closed"
            }
        },
        done: { kind in
            switch kind {
            case .created, .invitationSent: "A new invitation is on its way."
            case .roleChanged: "The role is changed; it applies from their next page."
            case .secondFactorReset: "The second factor is reset and their sessions have ended."
            case .deactivated: "The account is closed and its sessions have ended."
            }
        },
        welcomeTitle: "Welcome to the staff portal",
        welcomeIntro: { name in
            "Choose a password for \(name)'s account. Next you will set up an authenticator app: staff accounts always need one."
        },
        password: "Password",
        savePassword: "Save and continue",
        linkClosed:
            "This link no longer works: it was used, it is more than 7 days old, or the account was closed. Ask an administrator for a new one.",
        passwordSaved: "Your password is saved. Sign in with it and a code from your authenticator app.",
        careTeamsLegend: "Care teams whose messages they answer (clinicians and HIM)",
        departmentsLegend: "Departments whose requests they schedule (schedulers)",
        membershipsHint:
            "Only the ones that fit the role are kept. They can be changed later on each care team's and department's page.",
        membershipsHeading: "Care teams and departments",
        noMemberships: "None."
    )
}
