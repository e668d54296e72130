import PortalCore

extension EnrollmentText {
    static let english = EnrollmentText(
        title: "Ask for a portal account",
        signInLink: "No account yet? Ask for one",
        intro:
            "Tell us who you are and whose record you need. Health Information Management checks every request and your identification by hand, then e-mails you an invitation.",
        fixAndResend: "Some answers need a change. Each one is marked below.",
        whoHeading: "Who is applying",
        applicant: "I am",
        applicantName: { applicant in
            switch applicant {
            case .parent: "The patient's parent"
            case .legalGuardian: "The patient's legal guardian"
            case .patient: "The patient"
            }
        },
        patientHeading: "The patient",
        patientName: "Patient's legal name",
        patientNameHint: "As on the birth certificate or insurance card",
        birthDate: "Patient's date of birth",
        birthDateHint: "Month, day and year. If you type it, write it as 2015-06-18.",
        zip: "Patient's home ZIP code",
        recordNumber: "Hospital record number (optional)",
        recordNumberHint: "On a hospital wristband or bill, for example RCH-100482",
        youHeading: "You",
        yourName: "Your full name",
        yourEmail: "Your e-mail",
        emailHint: "The invitation goes here. Use an address only you read.",
        yourPhone: "Your phone number",
        identificationHeading: "Your identification",
        identificationType: "Kind of identification",
        identificationHint:
            "Parents, guardians and adult patients: a government-issued photo ID. A patient aged 12 to 17 applying for their own account may also send a school, library or organization photo ID, a birth certificate, a social security card, or an insurance card with their name.",
        identificationName: { type in
            switch type {
            case .driversLicense: "Driver's license"
            case .learnersPermit: "Learner's permit (DMV)"
            case .passport: "Passport"
            case .militaryID: "Military ID"
            case .otherGovernmentPhotoID:
                "State ID or other government photo ID"
            case .organizationPhotoID:
                "School, library or organization photo ID"
            case .birthCertificate: "Birth certificate"
            case .socialSecurityCard: "Social security card"
            case .insuranceCard:
                "Insurance card with the patient's name"
            }
        },
        document: "Photo or scan of it",
        documentHint:
            "JPEG, PNG, HEIC or PDF, up to 10 MB. Only Health Information Management sees it, and it is deleted after your request is decided.",
        documentAgainHint: "For your security the file was not kept: choose it again. JPEG, PNG, HEIC or PDF, up to 10 MB.",
        twoBusinessDays: "An invitation may take up to 2 business days.",
        send: "Send my request",
        receivedTitle: "Request received",
        received:
            "Thank you. If your answers match the hospital's records, we will e-mail you an invitation. An invitation may take up to 2 business days.",
        receivedNext: "We also sent an e-mail saying your request arrived. The invitation link works once and for 90 days.",
        contactHIM: { contact in "Questions? \(ContactText.english.startingSentence(contact))."
        },
        problem: { problem in
            switch problem {
            case .chooseApplicant:
                "Choose who is applying."
            case .patientNameMissing:
                "Enter the patient's legal name."
            case .applicantNameMissing:
                "Enter your name."
            case .patientNameInvalid, .applicantNameInvalid:
                "Use letters, spaces, hyphens and apostrophes only, up to 200 characters."
            case .birthDate(.unreadable):
                "Enter the date of birth as YYYY-MM-DD, for example 2015-06-18."
            case .birthDate(.inTheFuture):
                "The date of birth cannot be in the future."
            case .birthDate(.tooLongAgo):
                "That date of birth is more than 120 years ago. Check the year."
            case .zipInvalid:
                "Enter a 5-digit ZIP code, for example 60614 or 60614-1234."
            case .recordNumberInvalid:
                "A record number has only letters, digits and hyphens. Leave it empty if you do not know it."
            case .emailInvalid:
                "Enter an e-mail address such as name@example.com."
            case .phoneInvalid:
                "Enter a phone number with its area code, for example (312) 555-0100."
            case .chooseIdentification:
                "Choose the kind of identification you are sending."
            case .identificationNeedsGovernmentPhotoID:
                "Only a patient aged 12 to 17 applying for their own account may send this kind of document. Send a government-issued photo ID, such as a driver's license or passport."
            case .ageRule(.tooYoungToApply):
                "A patient under 12 cannot have an account of their own. A parent or legal guardian can apply for access instead."
            case .ageRule(.adultNeedsSpecialCircumstance):
                "The patient is 18 or older, so only the patient can apply. A parent or guardian of an adult needs a special circumstance, such as a guardianship or the patient's written authorization: contact Health Information Management."
            case .upload(.empty):
                "Attach a photo or scan of the identification (JPEG, PNG, HEIC or PDF up to 10 MB)."
            case .upload(.tooLarge):
                "That file is larger than 10 MB. Take a smaller photo and try again."
            case .upload(.unsupportedKind):
                "That file is not a JPEG, PNG, HEIC or PDF. Photograph or scan the identification and try again."
            case .upload(.unreadableImage):
                "That image could not be read; it may be damaged. Try another photo."
            case .tooManyRequests(let minutes):
                "Several requests have already been sent from here or for this e-mail address. Please try again in \(minutes <= 90 ? "\(minutes) minute\(minutes == 1 ? "" : "s")" : "\((minutes + 59) / 60) hours"), or call Health Information Management if you need help."
            }
        }
    )
}
