import Testing

@testable import PortalCore

@Suite("The ages a department sees")
struct DepartmentAgesTests {
    @Test("Both ends count; an open end takes everyone on that side; the 12th birthday is the first day in")
    func includes() throws {
        let adolescent = try #require(DepartmentAges(from: 12, through: 25))
        #expect(!adolescent.includes(age: 11) && adolescent.includes(age: 12))
        #expect(adolescent.includes(age: 25) && !adolescent.includes(age: 26))
        let children = try #require(DepartmentAges(from: nil, through: 17))
        #expect(children.includes(age: 0) && !children.includes(age: 18))
        #expect(DepartmentAges.everyone.includes(age: 0) && DepartmentAges.everyone.includes(age: 120))
        let birthday = LocalDate(year: 2014, month: 3, day: 1)!
        #expect(!adolescent.includes(age: Age.years(bornOn: birthday, on: LocalDate(year: 2026, month: 2, day: 28)!)))
        #expect(adolescent.includes(age: Age.years(bornOn: birthday, on: LocalDate(year: 2026, month: 3, day: 1)!)))
    }

    @Test("Ages outside 0-120, or a range that ends before it starts, are refused")
    func refused() {
        #expect(DepartmentAges(from: -1, through: nil) == nil)
        #expect(DepartmentAges(from: nil, through: 121) == nil)
        #expect(DepartmentAges(from: 18, through: 12) == nil)
        #expect(DepartmentAges(from: 12, through: 12) != nil)
    }
}
