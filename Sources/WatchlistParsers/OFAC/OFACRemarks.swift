import Foundation
import WatchlistCore

/// The facts OFAC's legacy CSV keeps in its free-text Remarks field, parsed out.
///
/// Facts from OFAC's "SDN Data Specification" (dataspec.txt, 09/25/2023) and the published files: clauses
/// are separated by `; `; weak a.k.a.s are quoted with single quotes (`a.k.a. 'AO BRT'`); dates and
/// places of birth, nationality, citizenship, gender and identifiers appear as `<label> <value>`, and
/// identifiers end with the issuing country in parentheses (`Passport MP1853515 (Belarus)`).
struct OFACRemarks: Equatable {
    var weakAliases: [EntityName] = []
    var birthDates: [BirthDate] = []
    var birthPlaces: [String] = []
    var countries: [CountryLink] = []
    var identifiers: [Identifier] = []
    var relations: [Relation] = []
    var gender: String?
    var titles: [String] = []
    /// Clauses that are none of the above, kept as remarks.
    var other: [String] = []

    init(_ text: String) {
        var remainder = text.trimmed
        if remainder.hasSuffix(".") { remainder.removeLast() }
        for rawClause in remainder.byteComponents(separatedBy: "; ") {
            let clause = rawClause.trimmed
            guard !clause.isEmpty else { continue }
            read(clause)
        }
    }

    private mutating func read(_ clause: String) {
        let withoutAlt = clause.hasPrefix("alt. ") ? String(clause.dropFirst(5)) : clause
        if let quoted = Self.quotedAlias(withoutAlt) {
            weakAliases.append(quoted)
        } else if let value = Self.value(after: "DOB ", in: withoutAlt) {
            if let date = OFACDate.birthDate(value) { birthDates.append(date) } else { other.append(clause) }
        } else if let value = Self.value(after: "POB ", in: withoutAlt) {
            birthPlaces.append(value)
        } else if let value = Self.value(after: "nationality ", in: withoutAlt) {
            countries.append(CountryLink(role: .nationality, name: value))
        } else if let value = Self.value(after: "citizen ", in: withoutAlt) {
            countries.append(CountryLink(role: .citizenship, name: value))
        } else if let value = Self.value(after: "Gender ", in: withoutAlt) {
            gender = value
        } else if let value = Self.value(after: "Linked To: ", in: withoutAlt) {
            relations.append(Relation(role: "linked to", targetName: value))
        } else if let value = Self.value(after: "Title ", in: withoutAlt) {
            titles.append(value)
        } else if let identifier = Self.identifier(withoutAlt) {
            identifiers.append(identifier)
        } else {
            other.append(clause)
        }
    }

    /// `a.k.a. 'NAME'`, `f.k.a. 'NAME'`, `n.k.a. 'NAME'`: OFAC's weak aliases.
    private static func quotedAlias(_ clause: String) -> EntityName? {
        for prefix in ["a.k.a. '", "f.k.a. '", "n.k.a. '"] where clause.hasPrefix(prefix) && clause.hasSuffix("'") {
            let name = clause.dropFirst(prefix.count).dropLast()
            guard !name.isEmpty else { return nil }
            return EntityName(String(name), kind: .weakAlias)
        }
        return nil
    }

    private static func value(after label: String, in clause: String) -> String? {
        guard clause.hasPrefix(label) else { return nil }
        let value = clause.dropFirst(label.count).trimmed
        return value.isEmpty ? nil : value
    }

    /// `<type> <number> (<country>)` for the identifier types OFAC uses, or `<type> <value>` for those that
    /// carry no country (`Secondary sanctions risk: ...`, `Organization Established Date ...`).
    private static func identifier(_ clause: String) -> Identifier? {
        guard let type = identifierTypes.first(where: { clause.hasPrefix($0.label) })?.type else { return nil }
        var value = String(clause.dropFirst(type.count + 1)).trimmed
        var country: String?
        if value.hasSuffix(")"), let open = value.lastIndex(of: "(") {
            country = String(value[value.index(after: open)..<value.index(before: value.endIndex)])
            value = value[..<open].trimmed
        }
        var note: String?
        if let issued = value.firstByteRange(of: " issued ") ?? value.firstByteRange(of: " expires ") {
            note = String(value[issued.lowerBound...]).trimmed
            value = String(value[..<issued.lowerBound])
        }
        guard !value.isEmpty else { return nil }
        return Identifier(type: type, value: value, country: country, note: note)
    }

    /// Identifier types with the label that starts a clause (the type and a space), longest first so
    /// "National ID No." wins over "National"; the labels are built once, not per clause.
    static let identifierTypes: [(type: String, label: String)] = identifierTypeNames.map { ($0, $0 + " ") }

    /// Identifier labels seen in OFAC's remarks, longest first.
    /// Source: the `idType` values of OFAC's CONSOLIDATED.XML (January 2026) and SDN remarks (June 2024).
    static let identifierTypeNames: [String] = [
        "Passport", "National ID No.", "Tax ID No.", "Registration Number", "Registration ID",
        "Government Gazette Number", "Identification Number", "Cedula No.", "C.U.R.P.", "R.F.C.", "NIT #",
        "SSN", "Driver's License No.", "Personal ID Card", "Residency Number", "Kenyan ID No.",
        "Birth Certificate Number", "Business Registration Document #", "Business Number",
        "Commercial Registry Number", "Company Number", "Chamber of Commerce Number", "Public Registration Number",
        "Legal Entity Number", "Unified Social Credit Code (USCC)", "SWIFT/BIC", "Website", "Email Address",
        "Phone Number", "IMO", "MMSI", "Vessel Registration Identification", "Aircraft Construction Number",
        "Aircraft Manufacturer's Serial Number (MSN)", "Aircraft Tail Number", "Secondary sanctions risk:",
        "Organization Established Date", "Organization Type:", "Target Type", "Digital Currency Address - XBT",
        "Digital Currency Address - ETH", "Digital Currency Address - USDT", "Digital Currency Address - TRX",
        "D-U-N-S Number", "Trade License No.", "Certificate of Incorporation Number", "V.A.T. Number",
        "Matricula Mercantil No", "Pasaporte", "RUC #", "UK Company Number", "Stateless Person Passport",
        "Refugee ID Card", "Travel Document Number", "Diplomatic Passport", "Electoral Registry No.",
        "Moroccan Personal ID No.", "Italian Fiscal Code", "Turkish Identification Number", "BIK (RU)",
        "Executive Order 13662 Directive Determination -", "Executive Order 14024 Directive Information -",
        "Equity Ticker", "ISIN", "Issuer Name",
    ].sorted { $0.count > $1.count }
}
