import PortalRecord
import Vapor

extension Request {
    /// The patient's record as this request's viewer may see it.
    func record(of authorized: AuthorizedPatient) -> PatientRecord {
        PatientRecord(
            authorized.recordAccess, db: db, now: now, resultDelayDays: currentSession?.member?.resultDelayDays ?? 0)
    }
}
