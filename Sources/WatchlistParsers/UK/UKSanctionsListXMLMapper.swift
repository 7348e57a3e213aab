import Foundation
import WatchlistCore

/// Turns one `Designation` of the FCDO's UK Sanctions List XML into an `Entity`.
///
/// Schema facts (no XSD is published with the file; these come from the published fragments and readers
/// of it, see Tests/WatchlistParsersTests/Fixtures/README.md): `UniqueID` (`AFG0006`, `RUS1234`),
/// `OFSIGroupID`, `UNReferenceNumber`, `LastUpdated` and `DateDesignated` (`dd/mm/yyyy`), `RegimeName`,
/// `IndividualEntityShip` (Individual, Entity, Ship), `DesignationSource`, `SanctionsImposed` (`|`-separated),
/// `OtherInformation`, `UKStatementofReasons`, `Names/Name` (`Name1`..`Name6`, Name6 the surname or the whole
/// name; `NameType` "Primary Name" / "Primary name variation" / "Alias", in varying case; `AliasStrength`
/// "Good quality a.k.a" / "Low quality a.k.a"), `NonLatinNames/NonLatinName` (`NameNonLatinScript`,
/// `NonLatinScriptType`, `NonLatinScriptLanguage`), `Titles/Title`, `Addresses/Address` (`AddressLine1`..`6`,
/// `AddressPostalCode`, `AddressCountry`), `IndividualDetails/Individual` (`DOBs/DOB` with `dd`/`mm`
/// placeholders, `Nationalities/Nationality`, `BirthDetails/Location` with `TownOfBirth`/`CountryOfBirth`,
/// `Genders/Gender`, `Positions/Position`, `PassportDetails/Passport`, `NationalIdentifierDetails/
/// NationalIdentifier`), `EntityDetails/Entity`, `ShipDetails/Ship` (`IMONumbers/IMONumber`,
/// `CurrentOwnerOperators`, `CurrentBelievedFlagOfShips`, `PreviousFlags`, `TypeOfShipDetails`, ...),
/// `PhoneNumbers`, `EmailAddresses`, `Websites`.
struct UKSanctionsListXMLMapper {
    /// The provenance source name.
    static let sourceName = "UK Sanctions List"

    var file: String
    var published: PartialDate?
    /// Odd records, read anyway.
    private(set) var warnings: [ListReadWarning] = []

    init(file: String, published: PartialDate?) {
        self.file = file
        self.published = published
    }

    mutating func entity(from designation: XMLNode) throws(ListReadError) -> Entity {
        guard let uniqueID = designation.text(of: "UniqueID") else {
            throw ListReadError(
                file: file, line: designation.line, problem: .missingField(field: "<UniqueID>", record: "a <Designation>"))
        }
        let record = "designation \(uniqueID)"
        let type = designation.text(of: "IndividualEntityShip")
        let kind = Self.kind(type)
        if kind == .unknown {
            warn(designation.line, "\(record) has the unknown type '\(type ?? "")'; read as unknown")
        }

        var names = EntityNameList()
        for name in designation.items("Names", "Name") {
            addName(name, kind: kind, to: &names, record: record)
        }
        for name in designation.items("NonLatinNames", "NonLatinName") {
            guard let value = name.text(of: "NameNonLatinScript").map(Self.collapsed) else { continue }
            let (script, isOriginal) = NameScript.classify(value)
            // Some names filed as non-Latin are transliterations: those are aliases, not original script.
            let nameKind: NameKind = isOriginal ? .originalScript : .alias
            let language = name.text(of: "NonLatinScriptLanguage").flatMap(LanguageName.tag)
            names.add(EntityName(value, kind: nameKind, script: script, language: language))
        }
        let (finishedNames, promoted) = names.finish()
        guard !finishedNames.isEmpty else {
            throw ListReadError(file: file, line: designation.line, problem: .missingField(field: "<Names>", record: "<Designation> \(uniqueID)"))
        }
        if let promoted { warn(designation.line, "\(record) has no primary name; its first name '\(promoted)' is used") }

        var facts = Facts()
        readListing(designation, into: &facts)
        readAddresses(designation, into: &facts)
        // Titles sit on the designation in published files; read them on the individual too, should they move.
        for title in designation.items("Titles", "Title") + designation.items("IndividualDetails", "Individual").flatMap({ $0.items("Titles", "Title") }) where !title.text.isEmpty {
            facts.titles.appendIfAbsent(title.text)
        }
        for individual in designation.items("IndividualDetails", "Individual") {
            readIndividual(individual, into: &facts, line: individual.line, record: record)
        }
        for company in designation.items("EntityDetails", "Entity") { readCompany(company, into: &facts) }
        for ship in designation.items("ShipDetails", "Ship") { readShip(ship, into: &facts) }
        for (label, list, item) in [("Phone", "PhoneNumbers", "PhoneNumber"), ("Email", "EmailAddresses", "EmailAddress"), ("Website", "Websites", "Website")] {
            for value in designation.items(list, item) where !value.text.isEmpty { facts.remarks.appendIfAbsent("\(label): \(value.text)") }
        }

        return Entity(
            id: .uk(uniqueID: uniqueID), kind: kind, names: finishedNames + facts.formerNames.filter { former in
                !finishedNames.contains { $0.value == former.value }
            },
            birthDates: facts.birthDates, birthPlaces: facts.birthPlaces, countries: facts.countries,
            programs: facts.programs, identifiers: facts.identifiers, addresses: facts.addresses,
            relations: facts.relations, titles: facts.titles, gender: facts.gender, remarks: facts.remarks,
            provenance: [Provenance(source: Self.sourceName, file: file, published: published, recordID: uniqueID)])
    }

    // MARK: - Parts of a designation

    private mutating func addName(_ name: XMLNode, kind entityKind: EntityKind, to names: inout EntityNameList, record: String) {
        let roles: [(NamePart.Role, String)] = [
            (.given, "Name1"), (.middle, "Name2"), (.middle, "Name3"), (.middle, "Name4"), (.middle, "Name5"), (.family, "Name6"),
        ]
        let parts = roles.compactMap { role, element in name.text(of: element).map { NamePart(role, Self.collapsed($0)) } }
        guard !parts.isEmpty else {
            warn(name.line, "\(record) has a <Name> with no name part; skipped")
            return
        }
        let value = parts.map(\.value).joined(separator: " ")
        let weak = name.text(of: "AliasStrength")?.lowercased().hasPrefix("low") == true
        var kind: NameKind
        switch name.text(of: "NameType")?.lowercased() {
        case "primary name": kind = .primary
        case "primary name variation": kind = .alias
        case "alias": kind = weak ? .weakAlias : .alias
        case let other:
            warn(name.line, "\(record) has a name of unknown type '\(other ?? "")'; read as an alias")
            kind = weak ? .weakAlias : .alias
        }
        // A second, different primary name is filed as an alias: the caption is the first one.
        if kind == .primary, let primary = names.primary, primary.value != value { kind = .alias }
        let named = parts.count > 1 || parts[0].role != .family
        names.add(EntityName(value, kind: kind, parts: named ? parts : []))
    }

    private func readListing(_ designation: XMLNode, into facts: inout Facts) {
        for regime in designation.children("RegimeName") where !regime.text.isEmpty {
            facts.programs.appendIfAbsent(SanctionsProgram(regime.text, authority: "UK"))
        }
        for (element, type) in [("OFSIGroupID", "OFSI Group ID"), ("UNReferenceNumber", "UN Reference Number")] {
            if let value = designation.text(of: element) { facts.identifiers.appendIfAbsent(Identifier(type: type, value: value)) }
        }
        for element in ["OtherInformation", "UKStatementofReasons"] {
            if let text = designation.text(of: element) { facts.remarks.appendIfAbsent(Self.collapsed(text)) }
        }
        if let date = designation.text(of: "DateDesignated") {
            facts.remarks.append("Designated on \(UKDate.partialDate(date)?.description ?? date)")
        }
        if let source = designation.text(of: "DesignationSource") { facts.remarks.append("Designation source: \(source)") }
        if let imposed = designation.text(of: "SanctionsImposed") {
            let measures = imposed.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            facts.remarks.append("Sanctions imposed: \(measures.joined(separator: ", "))")
        }
    }

    private func readAddresses(_ designation: XMLNode, into facts: inout Facts) {
        for address in designation.items("Addresses", "Address") {
            let street = (1...5).compactMap { address.text(of: "AddressLine\($0)") }
            let country = address.text(of: "AddressCountry")
            // Line 6 is the last line before the country (a town or a region); it is kept as the city.
            let value = Address(street: street, city: address.text(of: "AddressLine6"), postalCode: address.text(of: "AddressPostalCode"), country: country)
            guard !value.formatted.isEmpty else { continue }
            facts.addresses.appendIfAbsent(value)
            if let country { facts.countries.appendIfAbsent(CountryLink(role: .location, name: country)) }
        }
    }

    private mutating func readIndividual(_ individual: XMLNode, into facts: inout Facts, line: Int, record: String) {
        for date in individual.items("DOBs", "DOB") where !date.text.isEmpty {
            if let partial = UKDate.partialDate(date.text) {
                facts.birthDates.appendIfAbsent(.exact(partial))
            } else {
                facts.remarks.appendIfAbsent("Date of birth as published: \(date.text)")
                warn(date.line, "\(record): date of birth '\(date.text)' is not a date; kept as a remark")
            }
        }
        for nationality in individual.items("Nationalities", "Nationality") where !nationality.text.isEmpty {
            facts.countries.appendIfAbsent(CountryLink(role: .nationality, name: nationality.text))
        }
        for location in individual.items("BirthDetails", "Location") {
            let town = location.text(of: "TownOfBirth")
            let country = location.text(of: "CountryOfBirth")
            let place = [town, country].compactMap { $0 }.joined(separator: ", ")
            if !place.isEmpty { facts.birthPlaces.appendIfAbsent(place) }
            if let country { facts.countries.appendIfAbsent(CountryLink(role: .birthplace, name: country)) }
        }
        for position in individual.items("Positions", "Position") where !position.text.isEmpty {
            facts.titles.appendIfAbsent(Self.collapsed(position.text))
        }
        if let gender = individual.items("Genders", "Gender").first(where: { !$0.text.isEmpty }) { facts.gender = facts.gender ?? gender.text }
        // Documents: any child of the details list with a number (`Passport`, or `PassportDetail` in some copies).
        let documents: [(list: String, type: String, number: String, note: String)] = [
            ("PassportDetails", "Passport", "PassportNumber", "PassportAdditionalInformation"),
            ("NationalIdentifierDetails", "National Identification Number", "NationalIdentifierNumber", "NationalIdentifierAdditionalInformation"),
        ]
        for document in documents {
            for item in individual.child(document.list)?.children ?? [] {
                if let number = item.text(of: document.number) {
                    facts.identifiers.appendIfAbsent(Identifier(type: document.type, value: number, note: item.text(of: document.note)))
                } else if let note = item.text(of: document.note) {
                    // A document described but not numbered: nothing to match on, but not dropped.
                    facts.remarks.appendIfAbsent("\(document.type): \(note)")
                }
            }
        }
    }

    private func readCompany(_ company: XMLNode, into facts: inout Facts) {
        for type in company.items("TypeOfEntities", "TypeOfEntity") where !type.text.isEmpty {
            facts.remarks.appendIfAbsent("Type of entity: \(type.text)")
        }
        for number in company.items("BusinessRegistrationNumbers", "BusinessRegistrationNumber") where !number.text.isEmpty {
            facts.identifiers.appendIfAbsent(Identifier(type: "Business Registration Number", value: Self.collapsed(number.text)))
        }
        for parent in company.items("ParentCompanies", "ParentCompany") where !parent.text.isEmpty {
            facts.relations.appendIfAbsent(Relation(role: "subsidiary of", targetName: parent.text))
        }
        for subsidiary in company.items("Subsidiaries", "Subsidiary") where !subsidiary.text.isEmpty {
            facts.relations.appendIfAbsent(Relation(role: "parent of", targetName: subsidiary.text))
        }
    }

    private func readShip(_ ship: XMLNode, into facts: inout Facts) {
        for number in ship.items("IMONumbers", "IMONumber") where !number.text.isEmpty {
            facts.identifiers.appendIfAbsent(Identifier(type: "IMO", value: IMONumber.normalized(number.text)))
        }
        for flag in ship.items("CurrentBelievedFlagOfShips", "CurrentBelievedFlagOfShip") where !flag.text.isEmpty {
            facts.countries.appendIfAbsent(CountryLink(role: .flag, name: flag.text))
        }
        for owner in ship.items("CurrentOwnerOperators", "CurrentOwnerOperator") where !owner.text.isEmpty {
            facts.relations.appendIfAbsent(Relation(role: "owned or operated by", targetName: owner.text))
        }
        for owner in ship.items("PreviousOwnerOperators", "PreviousOwnerOperator") where !owner.text.isEmpty {
            facts.relations.appendIfAbsent(Relation(role: "formerly owned or operated by", targetName: owner.text))
        }
        // Not seen in the published fragments, but a ship's former names are names: read them when present.
        for former in ship.items("PreviousNames", "PreviousName") where !former.text.isEmpty {
            facts.formerNames.appendIfAbsent(EntityName(Self.collapsed(former.text), kind: .former))
        }
        let details: [(label: String, list: String, item: String)] = [
            ("Previous flag", "PreviousFlags", "PreviousFlag"), ("Type of ship", "TypeOfShipDetails", "TypeOfShip"),
            ("Tonnage", "TonnageOfShipDetails", "TonnageOfShip"), ("Length", "LengthOfShipDetails", "LengthOfShip"),
            ("Year built", "YearsBuilt", "YearBuilt"),
        ]
        for detail in details {
            for value in ship.items(detail.list, detail.item) where !value.text.isEmpty {
                facts.remarks.appendIfAbsent("\(detail.label): \(value.text)")
            }
        }
    }

    private mutating func warn(_ line: Int, _ message: String) {
        warnings.append(ListReadWarning(file: file, line: line, message: message))
    }

    static func kind(_ type: String?) -> EntityKind {
        switch type?.lowercased() {
        case "individual": .person
        case "entity": .organization
        case "ship": .vessel
        default: .unknown
        }
    }

    /// Trims and collapses runs of whitespace: the FCDO's line wrapping arrives inside element text.
    static func collapsed(_ text: String) -> String {
        text.collapsingWhitespace
    }
}

/// Everything but the names of one designation, while it is read.
private struct Facts {
    var formerNames: [EntityName] = []
    var birthDates: [BirthDate] = []
    var birthPlaces: [String] = []
    var countries: [CountryLink] = []
    var programs: [SanctionsProgram] = []
    var identifiers: [Identifier] = []
    var addresses: [Address] = []
    var relations: [Relation] = []
    var titles: [String] = []
    var gender: String?
    var remarks: [String] = []
}
