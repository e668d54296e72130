import PortalCore

extension PasswordResetText {
    static let english = PasswordResetText(
        forgotLink: "Forgot your password?",
        forgotTitle: "Choose a new password",
        forgotIntro:
            "Enter the e-mail address you sign in with. We will send it a link to choose a new password; the link works once, for 30 minutes.",
        email: "E-mail address",
        send: "Send me the link",
        missingEmail: "Enter the e-mail address you sign in with.",
        sentTitle: "Check your e-mail",
        sent: { email in
            "If \(email) belongs to a portal account, a link to choose a new password is on its way to it. The link works once, for 30 minutes."
        },
        sentHelp: { contact in
            "Nothing after a few minutes? Check your spam folder and that the address is the one you sign in with. A closed account cannot choose a new password: \(ContactText.english.reachHIM(contact))."
        },
        backToSignIn: "Back to sign-in",
        codeTitle: "Confirm it is you",
        codeIntro:
            "Your account has two-step sign-in, so the link alone is not enough. Enter the 6-digit code from your authenticator app.",
        emailCodeIntro: "Your account has two-step sign-in by e-mail, so the link alone is not enough.",
        sendCodeIntro: { address in
            "Your account has two-step sign-in by e-mail, so the link alone is not enough. Press the button and we will send a 6-digit code to \(address)."
        },
        sendCode: "Send me the code",
        wrongCode: "That code is not right or has already been used. Wait for a new code and try again.",
        continueButton: "Continue",
        passwordTitle: "Choose a new password",
        passwordIntro: "Once it is saved, every device signed in to your account is signed out, and we tell you by e-mail.",
        newPassword: "New password",
        save: "Save my new password",
        closedTitle: "This link no longer works",
        closed:
            "A link to choose a new password works once, for 30 minutes, and stops working once a new password is chosen. Ask for a new link if you still need one.",
        askAgain: "Ask for a new link",
        changed: "Your password was changed and every device was signed out. Sign in with your new password."
    )
}
