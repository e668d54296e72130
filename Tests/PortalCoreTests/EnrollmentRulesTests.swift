import Testing

@testable import PortalCore

@Suite("Who may apply, and with which identification")
struct EnrollmentRulesTests {
    let birth = LocalDate(year: 2010, month: 3, day: 15)!

    private func age(on today: LocalDate) -> Int { Age.years(bornOn: birth, on: today) }

    @Test("A patient may apply from the 12th birthday, not the day before")
    func ownAccountFromTwelve() {
        let dayBefore = LocalDate(year: 2022, month: 3, day: 14)!
        let birthday = LocalDate(year: 2022, month: 3, day: 15)!
        #expect(EnrollmentRules.refusal(for: .patient, patientAge: age(on: dayBefore)) == .tooYoungToApply)
        #expect(EnrollmentRules.refusal(for: .patient, patientAge: age(on: birthday)) == nil)
        #expect(EnrollmentRules.refusal(for: .parent, patientAge: age(on: dayBefore)) == nil)
    }

    @Test("A parent or guardian may apply until the day before the 18th birthday")
    func parentsUntilEighteen() {
        let dayBefore = LocalDate(year: 2028, month: 3, day: 14)!
        let birthday = LocalDate(year: 2028, month: 3, day: 15)!
        for applicant in [Applicant.parent, .legalGuardian] {
            #expect(EnrollmentRules.refusal(for: applicant, patientAge: age(on: dayBefore)) == nil)
            #expect(
                EnrollmentRules.refusal(for: applicant, patientAge: age(on: birthday)) == .adultNeedsSpecialCircumstance)
        }
        #expect(EnrollmentRules.refusal(for: .patient, patientAge: age(on: birthday)) == nil)
    }

    @Test("The wider list of identification is for a 12-17-year-old applying for their own account only")
    func identificationLists() {
        let government = IdentificationType.allCases.filter(\.isGovernmentPhotoID)
        #expect(government.count == 5 && !government.contains(.birthCertificate))
        #expect(EnrollmentRules.acceptedIdentification(for: .patient, patientAge: 12) == IdentificationType.allCases)
        #expect(EnrollmentRules.acceptedIdentification(for: .patient, patientAge: 17) == IdentificationType.allCases)
        #expect(EnrollmentRules.acceptedIdentification(for: .patient, patientAge: 18) == government)
        #expect(EnrollmentRules.acceptedIdentification(for: .parent, patientAge: 15) == government)
        #expect(EnrollmentRules.acceptedIdentification(for: .legalGuardian, patientAge: 4) == government)
        // The day before the 18th birthday a school ID still does; on the birthday it no longer does.
        let dayBefore = age(on: LocalDate(year: 2028, month: 3, day: 14)!)
        let birthday = age(on: LocalDate(year: 2028, month: 3, day: 15)!)
        #expect(EnrollmentRules.acceptedIdentification(for: .patient, patientAge: dayBefore).contains(.organizationPhotoID))
        #expect(!EnrollmentRules.acceptedIdentification(for: .patient, patientAge: birthday).contains(.organizationPhotoID))
    }

    @Test("Dates of birth: not in the future, not more than 120 years ago, and written as a date")
    func birthDates() {
        let today = LocalDate(year: 2026, month: 11, day: 25)!
        #expect(EnrollmentRules.checkBirthDate("2026-11-25", today: today) == .success(today))
        #expect(EnrollmentRules.checkBirthDate("2026-11-26", today: today) == .failure(.inTheFuture))
        #expect(
            EnrollmentRules.checkBirthDate("1906-11-25", today: today) == .success(LocalDate(year: 1906, month: 11, day: 25)!))
        #expect(EnrollmentRules.checkBirthDate("1906-11-24", today: today) == .failure(.tooLongAgo))
        for bad in ["", "11/25/2015", "2015-02-30", "2015-13-01", "<script>", "2015-1-1' OR 1=1"] {
            #expect(EnrollmentRules.checkBirthDate(bad, today: today) == .failure(.unreadable))
        }
    }

    @Test("ZIP codes: five digits or ZIP+4, nothing else")
    func zipCodes() {
        #expect(EnrollmentRules.zipCode("60614") == "60614")
        #expect(EnrollmentRules.zipCode(" 60614-1234 ") == "60614")
        for bad in ["", "6061", "606145", "60614-12", "6061a", "60614 1234", "٦٠٦١٤", "60614-1234-1"] {
            #expect(EnrollmentRules.zipCode(bad) == nil)
        }
    }
}
