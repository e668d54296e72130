import PortalCore

extension DepartmentSetupText {
    static let english = DepartmentSetupText(
        title: "Departments and scheduling",
        intro:
            "Each department the EHR sends appointments for: what families read about it, whether they may ask for appointments there, its video rooms, and who schedules for it.",
        add: "Add a department",
        create: "Create department",
        save: "Save settings",
        saved: "The settings were saved.",
        settings: "Settings",
        ehrKey: "EHR Location identifier",
        ehrKeyHint: "The identifier the EHR puts on this department's appointments, as system|value.",
        nameEnglish: "Name in English",
        nameSpanish: "Name in Spanish",
        address: "Address (optional)",
        phone: "Phone (optional)",
        confidential: "Confidential department",
        confidentialHint: "Every visit here is kept from the parents of a 12-17-year-old, for this reason.",
        notConfidential: "Not confidential",
        takesRequests: "Families may ask for appointments here",
        reasonsEnglish: "Common reasons in English, one per line",
        reasonsSpanish: "The same reasons in Spanish, in the same order",
        videoTemplate: "Video room address (optional)",
        videoTemplateHint: "The video platform's https address with {room} where the visit's room goes.",
        responseDays: "Business days to answer a request",
        schedulers: "Who schedules for it",
        noSchedulers: "Nobody yet: its requests wait unanswered.",
        questionnaires: "Before-visit questionnaires",
        questionnairesHint:
            "Families answer these when they check in online before a visit. A confidential screen is answered by a 12-17-year-old alone and never shown to parents. Questionnaires come from the EHR's feed or the import command.",
        noQuestionnaires: "No questionnaires are loaded yet.",
        asksBeforeVisits: "This department asks",
        confidentialScreen: "confidential screen for ages 12-17 and adults",
        saveQuestionnaires: "Save the questionnaires",
        addScheduler: "Add a scheduler",
        addButton: "Add",
        removeNamed: { name in "Remove \(name)" },
        takesRequestsShort: "takes requests",
        noRequests: "no requests",
        hasVideo: "video visits",
        keyNeeded: "Write the identifier as system|value, up to 700 characters.",
        keyTaken: "Another department already has this identifier.",
        namesNeeded: "Write both names, up to 80 characters each.",
        textTooLong: "The address and phone fit in 200 and 40 characters.",
        reasonsMismatch: "Give each reason in both languages, the same number of lines, up to 20 reasons of 80 characters.",
        templateInvalid: "The video address must start with https:// and hold {room} once, outside the host name.",
        daysNeeded: "Choose from 1 to 10 business days.",
        ages: "Ages seen",
        agesHint:
            "In whole years. Leave an end empty for no limit: Adolescent Medicine sees 12 through 25. The request form offers the department only to patients of these ages.",
        agesFrom: "From age",
        agesThrough: "Through age",
        agesInvalid: "Ages are whole years from 0 to 120, and the first may not be above the second.",
        agesShort: { from, through in
            switch (from, through) {
            case (let from?, let through?): "Ages \(from) to \(through)"
            case (let from?, nil): "Ages \(from) and up"
            case (nil, let through?): "Ages up to \(through)"
            case (nil, nil): "All ages"
            }
        },
        categoryUnknown: "Choose a reason from the list.",
        category: { category in
            switch category {
            case .reproductiveHealth: "Sexual and reproductive health"
            case .pregnancy: "Pregnancy"
            case .contraception: "Contraception"
            case .sexuallyTransmittedInfection: "Sexually transmitted infections"
            case .hiv: "HIV"
            case .mentalHealth: "Mental health"
            case .substanceUse: "Substance use"
            case .violence: "Intimate partner or sexual violence"
            case .markedByClinician: "Confidential care of another kind"
            case .keptPrivateByPatient: "Kept private by the patient"
            }
        }
    )
}
