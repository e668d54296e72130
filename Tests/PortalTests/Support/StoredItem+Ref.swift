@testable import Portal
@testable import PortalRecord

// Links to items a test stored directly, as the pages link to the record's values.
extension StoredLabResult { var ref: Ref<LabResult> { Ref(id!) } }
extension StoredClinicalDocument { var ref: Ref<ClinicalDocument> { Ref(id!) } }
extension StoredAppointment { var ref: Ref<Appointment> { Ref(id!) } }
extension StoredMedication { var ref: Ref<Medication> { Ref(id!) } }
extension StoredImagingReport { var ref: Ref<ImagingReport> { Ref(id!) } }
