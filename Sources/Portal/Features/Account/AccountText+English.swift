import PortalCore

extension AccountText {
    static let english = AccountText(
        title: "Your account",
        name: "Name",
        email: "E-mail address",
        language: "Language",
        languageName: "English",
        security: "Sign-in security",
        secondFactorOn: "Two-step sign-in is on: after your password you enter a code from your authenticator app.",
        secondFactorOff:
            "Two-step sign-in is off. Turn it on so that your password alone is not enough to open your family's records.",
        turnOn: "Turn on two-step sign-in",
        recoveryCodesLeft: { count in "Unused recovery codes: \(count)" },
        passwordHeading: "Change your password",
        newPassword: "New password",
        passwordHint: { minimum in
            "At least \(minimum) characters. A few unrelated words make a strong password that is easy to remember; no special symbols are required."
        },
        changePassword: "Change password",
        passwordChanged: "Your password was changed. Any other device that was signed in has been signed out.",
        wrongCurrentPassword: "Your current password is not right.",
        problem: { problem in
            switch problem {
            case .tooShort(let minimum):
                "Use at least \(minimum) characters."
            case .tooLong(let maximum):
                "Use at most \(maximum) characters."
            case .commonlyUsed:
                "That password is one of the most commonly used, so it is easy to guess. Choose another."
            case .containsPersonalWord:
                "Do not use your name or e-mail address in your password."
            }
        },
        sessions: "Where you are signed in",
        sessionsIntro:
            "If you signed in on a shared or lost device, or think someone else used your account, sign out everywhere. Then tell Health Information Management.",
        signOutEverywhere: "Sign out everywhere",
        welcome:
            "Your account is ready and you are signed in. We recommend a second sign-in step: a code from an app on your phone, so a stolen password alone cannot open your family's records.",
        skipSetup: "Not now: go to my home page (you can set it up later under Your account)",
        setupTitle: "Set up two-step sign-in",
        setupRequiredForStaff: "Staff accounts need a second factor before anything else.",
        setupStep1:
            "Install an authenticator app on your phone (for example Google Authenticator, Microsoft Authenticator or 1Password).",
        setupStep2: "On this phone, open the setup link; on another device, add an account in the app and type this key:",
        setupLink: "Open in authenticator app",
        setupStep3: "Enter the 6-digit code the app shows now.",
        confirm: "Turn on",
        codesTitle: "Save your recovery codes",
        codesIntro:
            "Two-step sign-in is on. If you lose your phone or cannot open your e-mail, each of these codes lets you sign in once. Print them or write them down and keep them somewhere safe: they will not be shown again.",
        codesDone: "I have saved my codes",
        wrongSetupCode: "That code does not match. Check that the app shows this portal's account and enter the newest code.",
        resultsHeading: "New test results",
        resultsIntro:
            "Results appear in the portal as soon as they are ready, sometimes before the care team has talked with you about them. You can choose to see them a few days later instead.",
        resultDelayLabel: "Show new results",
        delayOption: { days in
            switch days {
            case 0: "At once"
            case 1: "1 day later"
            default: "\(days) days later"
            }
        },
        saveResultDelay: "Save",
        resultDelaySaved: "Your choice for new results is saved.",
        resultDelayInvalid: "Choose when new results should appear: at once, or 1 to 7 days later.",
        securityLink: "Change your password, e-mail address, two-step sign-in or recovery codes",
        securityTitle: "Sign-in security",
        confirmTitle: "Confirm it is you",
        confirmIntro: "Before you change how you sign in, enter your password again. You will not be asked again for 5 minutes.",
        confirmIntroWithCode:
            "Before you change how you sign in, enter your password and a code from your authenticator app (or a recovery code). You will not be asked again for 5 minutes.",
        password: "Password",
        confirmButton: "Confirm",
        factorHeading: "Two-step sign-in",
        factorApp: "On: a code from your authenticator app after your password.",
        removeFactor: "Turn off two-step sign-in",
        removeFactorIntro:
            "Without it your password alone opens your family's records, so it must then be at least 15 characters. Enter your password to turn it off.",
        removeNeedsLongerPassword:
            "Your password is shorter than 15 characters, too short to be used alone. Change your password first, then turn two-step sign-in off.",
        factorRemoved: "Two-step sign-in is off, and your recovery codes no longer work.",
        codesHeading: "Recovery codes",
        newCodesIntro: "Each recovery code lets you sign in once without your phone. Making new ones cancels every old one.",
        newCodes: "Make new recovery codes",
        staffFactorRequired:
            "Staff accounts always use two-step sign-in. If you lose your phone, use a recovery code, or ask the portal's administrators for help.",
        wrongProof: "That password or code is not right. Check them and try again.",
        missingPassword: "Enter your password.",
        emailCodesTitle: "Two-step sign-in by e-mail",
        emailCodesIntro:
            "After your password, you will enter a code we send to your e-mail. An authenticator app is safer, because the code does not come to the inbox that can also reset your password; choose e-mail if you have no smartphone.",
        useEmailCodes: "Get codes by e-mail instead (no smartphone needed)",
        factorEmail: "On: a code we send to your e-mail after your password.",
        secondFactorOnEmail: "Two-step sign-in is on: after your password you enter a code we send to your e-mail.",
        emailHeading: "Your e-mail address",
        emailIntro: { address in
            "You sign in with \(address), and notices go there. A new address takes effect once you open the link we send to it; we also tell the old one."
        },
        newEmail: "New e-mail address",
        changeEmail: "Send the confirmation link",
        emailChangeSent: { address in "We sent a link to \(address). Your address changes when you open it, within 24 hours." },
        emailSame: "That is already your address.",
        emailBad: "Enter a plain e-mail address, such as name@example.org.",
        confirmEmailTitle: "Confirm your new e-mail address",
        confirmEmailIntro: { address in "Sign in with \(address) and receive the portal's notices there from now on?" },
        confirmEmailButton: "Yes, use this address",
        emailChanged: { address in "Your e-mail address is now \(address)." },
        emailLinkClosed:
            "This link no longer works: it was used, it is more than 24 hours old, or the address was taken meanwhile. Ask for the change again from your account."
    )
}
