import Testing

@testable import PortalCore

@Suite("Workflows: who may move a request where")
struct WorkflowTests {
    @Test(
        "A scheduler's answer moves only an open request, and only with an answer its kind takes",
        arguments: SchedulingRequestKind.allCases)
    func schedulerAnswers(kind: SchedulingRequestKind) {
        for answer in SchedulerAnswer.allCases {
            for status in SchedulingRequestStatus.allCases {
                let result = SchedulingFlow.answer(answer, to: kind, from: status)
                let expected: Result<SchedulingRequestStatus, SchedulingFlow.Refusal>
                switch (kind, answer) {
                case (.appointment, .book), (.cancellation, .confirmCancellation), (.interpreter, .confirmInterpreter):
                    expected = status == .open ? .success(.booked) : .failure(.alreadyAnswered)
                case (.appointment, .offer):
                    expected = status == .open ? .success(.alternativesOffered) : .failure(.alreadyAnswered)
                case (.appointment, .decline), (.cancellation, .keep), (.interpreter, .decline):
                    expected = status == .open ? .success(.declined) : .failure(.alreadyAnswered)
                default:
                    expected = .failure(.notForThisKind)
                }
                #expect(result == expected, "\(kind) \(answer) from \(status)")
            }
        }
    }

    @Test("The answers offered for each kind are exactly those it takes")
    func offeredAnswers() {
        for kind in SchedulingRequestKind.allCases {
            let taken = SchedulerAnswer.allCases.filter {
                SchedulingFlow.answer($0, to: kind, from: .open) != .failure(.notForThisKind)
            }
            #expect(Set(taken) == Set(SchedulingFlow.answers(for: kind)), "\(kind)")
        }
    }

    @Test("A family takes an offered time or asks again only while times are offered, and withdraws only what still waits")
    func familySteps() {
        for status in SchedulingRequestStatus.allCases {
            let offered = status == .alternativesOffered
            let waiting = status == .open || offered
            #expect(
                SchedulingFlow.family(.takeOfferedTime, from: status)
                    == (offered ? .success(.booked) : .failure(.alreadyAnswered)))
            #expect(
                SchedulingFlow.family(.askForOtherTimes, from: status) == (offered ? .success(.open) : .failure(.alreadyAnswered))
            )
            #expect(
                SchedulingFlow.family(.withdraw, from: status) == (waiting ? .success(.withdrawn) : .failure(.alreadyAnswered)))
        }
    }

    @Test("A renewal decision reads approve with 0 to 11 refills, deny with a reason, or a visit, and nothing else")
    func renewalDecisions() {
        #expect(RenewalFlow.decision("approve", refills: " 3 ", note: "") == .success(.approve(refills: 3)))
        #expect(RenewalFlow.decision("approve", refills: "0", note: "") == .success(.approve(refills: 0)))
        #expect(RenewalFlow.decision("approve", refills: "11", note: "") == .success(.approve(refills: 11)))
        #expect(RenewalFlow.decision("approve", refills: "12", note: "") == .failure(.init(problems: [.refillsInvalid])))
        #expect(RenewalFlow.decision("approve", refills: "-1", note: "") == .failure(.init(problems: [.refillsInvalid])))
        #expect(RenewalFlow.decision("approve", refills: nil, note: "") == .failure(.init(problems: [.refillsInvalid])))
        #expect(
            RenewalFlow.decision("deny", refills: nil, note: "Needs labs first") == .success(.deny(reason: "Needs labs first")))
        #expect(RenewalFlow.decision("deny", refills: nil, note: "") == .failure(.init(problems: [.reasonNeeded])))
        #expect(RenewalFlow.decision("needs_visit", refills: nil, note: "") == .success(.needsVisit(note: nil)))
        let long = String(repeating: "a", count: RenewalFlow.noteLimit + 1)
        #expect(RenewalFlow.decision("needs_visit", refills: nil, note: long) == .failure(.init(problems: [.noteTooLong])))
        #expect(RenewalFlow.decision("renew", refills: "1", note: "") == .failure(.init(problems: [.unknownDecision])))
        #expect(RenewalFlow.decision(nil, refills: "1", note: "") == .failure(.init(problems: [.unknownDecision])))
        #expect(RenewalStatus.allCases.filter(RenewalFlow.canDecide) == [.open])
    }

    @Test("An enrollment request is decided once, from pending")
    func enrollmentDecisions() {
        for decision in EnrollmentDecision.allCases {
            for status in EnrollmentStatus.allCases {
                let expected: Result<EnrollmentStatus, EnrollmentFlow.Refusal> =
                    status == .pending ? .success(decision.status) : .failure(.alreadyDecided)
                #expect(EnrollmentFlow.decide(decision, from: status) == expected)
            }
        }
    }

    @Test("One phone rule: 10 to 15 digits with the usual separators, at most 30 characters")
    func phoneNumbers() {
        #expect(PhoneNumber("(312) 555-0100")?.digits == "3125550100")
        #expect(PhoneNumber(" +1 312.555.0100 ")?.text == "+1 312.555.0100")
        #expect(PhoneNumber("+1 312 555 0100")?.nationalDigits == "3125550100")
        #expect(PhoneNumber("+44 20 7946 0958 123")?.digits.count == 15)
        #expect(PhoneNumber("555-0100") == nil)
        #expect(PhoneNumber("1234567890123456") == nil)
        #expect(PhoneNumber("312 555 0100 ext 4") == nil)
        #expect(PhoneNumber("３１２５５５０１００") == nil)
        #expect(PhoneNumber(String(repeating: "1", count: 10) + String(repeating: " ", count: 21)) != nil)
        #expect(PhoneNumber("1-2-3-4-5-6-7-8-9-0-1-2-3-4-5-6") == nil)
    }
}
