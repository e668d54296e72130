import PortalCore
import Testing

@Suite("Recovery codes and fresh proof")
struct RecoveryCodeFormatTests {
    @Test("A code is 16 characters of the 32-letter alphabet, 80 bits, in groups of four")
    func shape() {
        #expect(RecoveryCodeFormat.bits >= 80)
        #expect(RecoveryCodeFormat.alphabet.count == 32 && Set(RecoveryCodeFormat.alphabet).count == 32)
        let codes = (0..<200).map { _ in RecoveryCodeFormat.make() }
        #expect(Set(codes).count == codes.count)
        for code in codes {
            #expect(code.count == 19)
            #expect(code.split(separator: "-").map(\.count) == [4, 4, 4, 4])
            #expect(RecoveryCodeFormat.normalized(code)?.count == 16)
        }
    }

    @Test("Typing is forgiving about case, spaces and dashes, and nothing else")
    func normalization() {
        #expect(RecoveryCodeFormat.normalized("abcd-efgh-jklm-npqr") == "ABCDEFGHJKLMNPQR")
        #expect(RecoveryCodeFormat.normalized(" ABCD EFGH JKLM NPQR ") == "ABCDEFGHJKLMNPQR")
        #expect(RecoveryCodeFormat.normalized("ABCD-EFGH-JKLM-NPQ") == nil)
        #expect(RecoveryCodeFormat.normalized("ABCD-EFGH-JKLM-NPQRS") == nil)
        #expect(RecoveryCodeFormat.normalized("ABCD-EFGH-JKLM-NPQ0") == nil)
        #expect(RecoveryCodeFormat.normalized("123456") == nil)
        #expect(RecoveryCodeFormat.normalized("ABCDE-FGHJK") == nil)
    }

    @Test("Proof is fresh for 5 minutes after it is given, and never before")
    func freshness() {
        #expect(FreshProof.isFresh(provedAt: 1_000, now: 1_000))
        #expect(FreshProof.isFresh(provedAt: 1_000, now: 1_299.9))
        #expect(!FreshProof.isFresh(provedAt: 1_000, now: 1_300))
        #expect(!FreshProof.isFresh(provedAt: nil, now: 1_000))
        #expect(!FreshProof.isFresh(provedAt: 2_000, now: 1_000))
    }
}
