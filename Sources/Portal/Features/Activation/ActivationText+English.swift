import PortalCore

extension ActivationText {
    static let english = ActivationText(
        title: "Create your portal account",
        verifyIntro:
            "First, confirm who the patient is. Enter the patient's ZIP code and date of birth as the hospital has them.",
        zip: "Patient's ZIP code",
        birthDate: "Patient's date of birth",
        birthDateHint: "For example 2012-06-18",
        confirm: "Continue",
        wrongAnswers: { triesLeft in
            "Those answers do not match the hospital's record. \(triesLeft) \(triesLeft == 1 ? "try" : "tries") left before this link locks."
        },
        accountIntro:
            "Thank you. Now choose how you sign in: your e-mail and a password. Use a long phrase that you do not use anywhere else: at least 15 characters.",
        email: "Your sign-in e-mail",
        emailHint:
            "You sign in with the address the invitation came to. To use another, ask Health Information Management to send the invitation there.",
        badEmail: "Enter an e-mail address such as name@example.com.",
        emailOnOtherSide:
            "This address belongs to a parent's or guardian's portal access for this patient. A teen's account and a parent's must each have their own e-mail: ask Health Information Management to send the invitation to an address only you read.",
        fullName: "Your full name",
        nameRequired: "Enter your name.",
        password: "Password",
        create: "Create my account",
        emailTaken:
            "An account already uses this e-mail address. Sign in with it, or ask Health Information Management for an invitation to another address.",
        closedTitle: "This invitation link cannot be used",
        notValid:
            "This link is not valid, has been used already, or was replaced by a newer invitation. Health Information Management can send you a new one.",
        expired: { date in
            "This invitation expired on \(date). Health Information Management can send you a new one; the old link will not work again."
        },
        locked:
            "This invitation is locked because the answers did not match too many times. Contact Health Information Management; they can check your details and send a new invitation.",
        noLongerAllowed:
            "The patient's age no longer allows this kind of account. Health Information Management can explain the options."
    )
}
