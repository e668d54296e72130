import PortalCore

/// The display data of the three lists, shared by their pages and the print views.
enum HealthListModels {
    struct MedicationItem: Sendable {
        var name: String
        var dose: String?
        var instructions: String?
        var prescriber: String?
        var started: String?
        var refills: Int?
        var pharmacy: String?
        var status: LocalizedText
        var isActive: Bool
        var sensitivityNote: LocalizedText?
        /// A clinician's control to hide it; nil for everyone else.
        var restriction: RestrictionForm.Model? = nil
        /// For a family member: the renewal request's state, or the way to ask for one.
        var renewal: (status: LocalizedText?, link: String, linkText: LocalizedText)? = nil
    }

    struct AllergyItem: Sendable {
        var substance: String
        var type: LocalizedText?
        var reactions: [String]
        var severity: LocalizedText?
        var isHighRisk: Bool
        var status: LocalizedText
        var isActive: Bool
        var recorded: String?
        var sensitivityNote: LocalizedText?
        /// A clinician's control to hide it; nil for everyone else.
        var restriction: RestrictionForm.Model? = nil
    }

    struct ImmunizationItem: Sendable {
        /// As the EHR named it.
        var vaccine: String
        /// What it protects against, in words the page says in the viewer's language.
        var groups: [VaccineGroup] = []
        /// The CVX code: doses of one code are one vaccine however the EHR worded its name.
        var code: String? = nil
        /// ISO day, for order; `date` is how the viewer reads it.
        var givenOn: String = ""
        var date: String
        var dose: LocalizedText?
        var site: LocalizedText?
        var route: LocalizedText?
        var lot: String?
        var wasGiven: Bool
        /// A clinician's control to hide it; nil for everyone else and on printed records.
        var restriction: RestrictionForm.Model? = nil
    }
}
