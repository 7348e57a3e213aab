import WatchlistCore

/// The ids of other lists' records a record names itself: OFSI's ConList gives a party's UN reference
/// number (`QDi.086. Review pursuant to ...`) and its UK Sanctions List reference (`RUS0001`); the UK
/// Sanctions List gives the OFSI group id and the UN reference. These name the same party outright.
enum ListCrossReference {
    /// Identifier types that hold another list's record id, and the id source of that list.
    private static let sourcesByType = ["un reference number": "un", "uk sanctions list ref": "uk", "ofsi group id": "ofsi"]

    /// The other lists' records `entity` refers to, its own source left out.
    static func ids(in entity: Entity) -> [EntityID] {
        entity.identifiers.compactMap { identifier in
            guard let source = sourcesByType[identifier.type.lowercased()], source != entity.id.source,
                let local = reference(identifier.value, source: source)
            else { return nil }
            return EntityID(source: source, local: local)
        }
    }

    /// The record id at the start of the value: a UN reference (`QDi.086`, `KPe.001`) without the period or
    /// the text after it, or the first word otherwise.
    private static func reference(_ value: String, source: String) -> String? {
        let word = value.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" }).first.map(String.init) ?? ""
        guard source == "un" else { return word.isEmpty ? nil : word }
        // A UN reference: three letters (the regime's two, then `i` or `e`), a period, digits (`QDi.086`).
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0].count == 3, parts[0].allSatisfy(\.isLetter), !parts[1].isEmpty,
            parts[1].allSatisfy(\.isNumber)
        else { return nil }
        return "\(parts[0]).\(parts[1])"
    }
}
