import PortalCore

extension SignInText {
    static let english = SignInText(
        memberTitle: "Sign in to your portal",
        staffTitle: "Staff sign-in",
        intro: "See your family's health information and message the care team.",
        staffIntro: "For hospital staff only. A second factor is required.",
        email: "E-mail address",
        password: "Password",
        submit: "Sign in",
        wrongCredentials: "That e-mail address and password do not match an account. Check them and try again.",
        missingFields: "Enter your e-mail address and your password.",
        throttled: { minutes in
            "Too many attempts. For your security, please wait \(minutes) minute\(minutes == 1 ? "" : "s") before trying again."
        },
        staffLink: "Hospital staff sign-in",
        memberLink: "Family and patient sign-in",
        deactivated: { contact in
            "This account has been closed by Health Information Management. \(ContactText.english.startingSentence(contact)); they can invite you to a new account."
        },
        signedOut: "You have signed out.",
        codeTitle: "Enter your security code",
        codeIntro: "Open your authenticator app and enter the 6-digit code it shows for this portal.",
        code: "Security code",
        codeHint: "6 digits, or one of your recovery codes if you no longer have your phone.",
        sixDigits: "6 digits",
        wrongCode: "That code is not right or has already been used. Wait for a new code and try again.",
        verify: "Continue",
        emailCodeIntro: { address in "We sent a 6-digit code to \(address). It works once, for 10 minutes." },
        emailCodeHint: "6 digits from the e-mail, or one of your recovery codes.",
        sendNewCode: "Send me a new code",
        newCodeSent: "A new code is on its way. Each code works for 10 minutes; the e-mail may take a minute to arrive."
    )
}
