extension FamilyAudienceText {
    static let spanish = FamilyAudienceText(
        whoSees: "Quién lo ve",
        shareLegend: "Quién ve esto",
        shareWithParents: "Permitir que mis padres o tutores vean esto",
        shareHint: "Su equipo de atención siempre lo ve. Sus padres o tutores no lo ven, a menos que marque esta casilla.",
        privateToPatient: "Solo usted y su equipo de atención ven esto.",
        privateToPatientStaffNote: "Privado del paciente: sus padres o tutores no lo ven. No lo comente con ellos."
    )
}
