import Foundation
import WatchlistCore

/// Turns one `INDIVIDUAL` or `ENTITY` record of the UN Security Council Consolidated List into an `Entity`.
///
/// Field meanings come from the UN's `sc-sanctions.xsd` and the published files (2024-11 and 2026-01):
/// `REFERENCE_NUMBER` (`QDi.001`) is the id, `UN_LIST_TYPE` the sanctions regime (`Al-Qaida`, `DPRK`, ...),
/// `*_ALIAS` carry `QUALITY` (`Good` / `Low` for individuals, `a.k.a.` / `f.k.a.` for entities), and the
/// date of birth says its kind in `TYPE_OF_DATE` (`EXACT`, `APPROXIMATELY`, `BETWEEN`).
///
/// Name parts: the UN numbers a person's names `FIRST_NAME`...`FOURTH_NAME` in the order the person's own
/// naming convention writes them and never says which is the surname. For most listed persons (Arabic,
/// Afghan, Iranian, African names) the first name is the given name and the others are a father's or
/// grandfather's name, a tribal or family name; for Korean names (`YUN` `HO-JIN`) the first is the family
/// name. So `FIRST_NAME` becomes `.given` and the others `.other`: guessing a `.family` part would be wrong
/// often enough to hurt, because the scorer penalizes a match that misses the surname.
struct UNConsolidatedMapper {
    /// The provenance source name.
    static let sourceName = "UN SC Consolidated"

    var file: String
    var published: PartialDate?
    /// Records read with something odd in them, in file order.
    private(set) var warnings: [ListReadWarning] = []
    private var seenReferenceNumbers: Set<String> = []

    init(file: String, published: PartialDate?) {
        self.file = file
        self.published = published
    }

    /// The entity of one `INDIVIDUAL` or `ENTITY` element.
    mutating func entity(from record: XMLNode) throws(ListReadError) -> Entity {
        guard let reference = Self.clean(record.text(of: "REFERENCE_NUMBER")) else {
            throw ListReadError(
                file: file, line: record.line, problem: .missingField(field: "<REFERENCE_NUMBER>", record: "an <\(record.name)>"))
        }
        if !seenReferenceNumbers.insert(reference).inserted {
            warn(record, "\(reference) is listed twice; both records are kept")
        }
        let isPerson = record.name == "INDIVIDUAL"
        var facts = Facts()

        for value in record.items("NATIONALITY", "VALUE").compactMap({ Self.clean($0.text) }) {
            facts.addCountry(.nationality, value)
        }
        facts.titles = (record.items("TITLE", "VALUE") + record.items("DESIGNATION", "VALUE")).compactMap { Self.clean($0.text) }
        for date in record.children("INDIVIDUAL_DATE_OF_BIRTH") { birthDate(date, reference: reference, into: &facts) }
        for place in record.children("INDIVIDUAL_PLACE_OF_BIRTH") { birthPlace(place, into: &facts) }
        for document in record.children("INDIVIDUAL_DOCUMENT") { self.document(document, into: &facts) }
        let addresses = record.children(isPerson ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS").compactMap(Self.address)
        for country in addresses.compactMap(\.country) { facts.addCountry(.location, country) }
        // Names last: birth facts given with an alias come after the record's own.
        facts.names = try names(record, reference: reference, isPerson: isPerson, facts: &facts)

        var remarks = Self.clean(record.text(of: "COMMENTS1")).map { [$0] } ?? []
        if let listed = record.text(of: "LISTED_ON").flatMap(UNDate.isoDate) { remarks.append("Listed on \(listed)") }
        remarks += facts.remarks

        return Entity(
            id: .un(referenceNumber: reference), kind: isPerson ? .person : .organization, names: facts.names,
            birthDates: facts.birthDates, birthPlaces: facts.birthPlaces, countries: facts.countries,
            programs: record.text(of: "UN_LIST_TYPE").map { [SanctionsProgram($0, authority: "UN")] } ?? [],
            identifiers: facts.identifiers, addresses: addresses, titles: facts.titles,
            gender: Self.clean(record.text(of: "GENDER")), remarks: remarks,
            provenance: [
                Provenance(
                    source: Self.sourceName, file: file, published: published,
                    recordID: record.text(of: "DATAID") ?? reference)
            ])
    }

    /// What a record says, gathered field by field.
    private struct Facts {
        var names: [EntityName] = []
        var birthDates: [BirthDate] = []
        var birthPlaces: [String] = []
        var countries: [CountryLink] = []
        var identifiers: [Identifier] = []
        var titles: [String] = []
        var remarks: [String] = []

        mutating func addCountry(_ role: CountryLink.Role, _ name: String) {
            let link = CountryLink(role: role, name: name)
            if !countries.contains(link) { countries.append(link) }
        }

        mutating func addBirthPlace(_ place: String) {
            if !birthPlaces.contains(place) { birthPlaces.append(place) }
        }

        mutating func addBirthDate(_ date: BirthDate) {
            if !birthDates.contains(date) { birthDates.append(date) }
        }
    }

    // MARK: - Names

    private mutating func names(
        _ record: XMLNode, reference: String, isPerson: Bool, facts: inout Facts
    ) throws(ListReadError) -> [EntityName] {
        var names: [EntityName] = []
        let fields = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"]
        let parts = fields.compactMap { field in
            Self.clean(record.text(of: field)).map { NamePart(field == "FIRST_NAME" ? .given : .other, $0) }
        }
        if !parts.isEmpty {
            // A single name (a mononym, or an organization's name) is kept whole: its role is unknown.
            let structured = isPerson && parts.count > 1
            names.append(EntityName(parts.map(\.value).joined(separator: " "), kind: .primary, parts: structured ? parts : []))
        }
        if let original = Self.clean(record.text(of: "NAME_ORIGINAL_SCRIPT")) {
            names.append(EntityName(original, kind: .originalScript, script: WritingScript.code(for: original)))
        }
        for alias in record.children(isPerson ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS") {
            names += aliasNames(alias, reference: reference, facts: &facts)
        }
        if names.isEmpty {
            throw ListReadError(
                file: file, line: record.line,
                problem: .missingField(field: "<FIRST_NAME>", record: "<\(record.name)> \(reference)"))
        }
        if parts.isEmpty {
            // No name fields but other names: list the record under its first other name, and say so.
            warn(record, "\(reference) has no FIRST_NAME; listed under its first alias")
            names[0].kind = .primary
        }
        return names
    }

    /// The names of one `INDIVIDUAL_ALIAS` / `ENTITY_ALIAS`, plus the birth facts and note it carries.
    ///
    /// `ALIAS_NAME` sometimes lists spellings separated by `;` ("Azim Adhajani; Azim Agha-Jani"); those are
    /// split into names of their own, unless the text also has parentheses, whose grouping a split would
    /// break ("حسن غول (Hassan Ghul; Hassan Gul)"): that is kept whole.
    private mutating func aliasNames(_ alias: XMLNode, reference: String, facts: inout Facts) -> [EntityName] {
        guard let text = Self.clean(alias.text(of: "ALIAS_NAME")) else { return [] }  // the UN's empty placeholder
        let note = Self.clean(alias.text(of: "NOTE"))
        let quality = Self.clean(alias.text(of: "QUALITY"))
        let kind: NameKind
        switch quality?.lowercased() {
        case "low": kind = .weakAlias
        case "f.k.a.": kind = .former
        case "good", "a.k.a.", nil: kind = .alias
        default:
            kind = .alias
            warn(alias, "\(reference) has an alias of unknown QUALITY \"\(quality ?? "")\"; read as a strong alias")
        }
        // A NOTE "formerly listed as" means the UN once listed the party under this spelling: still a name
        // of it, so a strong alias, not a former name; the note is kept as a remark below.

        let spellings = text.contains("(") || text.contains(")")
            ? [text] : text.split(separator: ";").compactMap { Self.clean(String($0)) }
        let names = spellings.map { spelling -> EntityName in
            // A strong alias in another script ("in Arabic script: شركة الكوثر") is an original-script name.
            let script = WritingScript.code(for: spelling)
            if let script, script != "Latn", kind == .alias {
                return EntityName(spelling, kind: .originalScript, script: script)
            }
            return EntityName(spelling, kind: kind)
        }

        // Birth facts given for the person under this alias are facts about the person.
        if let date = alias.text(of: "DATE_OF_BIRTH") {
            if let parsed = UNDate.isoDate(date) {
                facts.addBirthDate(.exact(parsed))
            } else {
                facts.remarks.append("Date of birth (alias \(text)): \(date)")
            }
        }
        let place = [alias.text(of: "CITY_OF_BIRTH"), alias.text(of: "COUNTRY_OF_BIRTH")].compactMap { Self.clean($0) }
        if !place.isEmpty { facts.addBirthPlace(place.joined(separator: ", ")) }
        if let country = Self.clean(alias.text(of: "COUNTRY_OF_BIRTH")) { facts.addCountry(.birthplace, country) }
        if let note { facts.remarks.append("Alias \(text): \(note)") }
        return names
    }

    // MARK: - Birth, documents, addresses

    /// One `INDIVIDUAL_DATE_OF_BIRTH`: a date, a year, a year range, or only a note.
    private mutating func birthDate(_ node: XMLNode, reference: String, into facts: inout Facts) {
        let type = node.text(of: "TYPE_OF_DATE")?.uppercased() ?? ""
        var note = Self.clean(node.text(of: "NOTE"))
        var date: PartialDate?
        if let text = node.text(of: "DATE") {
            date = UNDate.isoDate(text)
            if date == nil { warn(node, "\(reference) has an unreadable date of birth \"\(text)\"; kept as a remark") }
        } else if let text = node.text(of: "YEAR") {
            date = UNDate.year(text)
            if date == nil { warn(node, "\(reference) has an unreadable year of birth \"\(text)\"; kept as a remark") }
        }
        // A note that is a month ("Sep.") completes a year; one that is a month and year ("Nov. 1973") is the date.
        if let text = note, let said = UNDate.monthAndYear(text) {
            if let known = date, known.month == nil, said.year == nil || said.year == known.year {
                date = PartialDate(year: known.year, month: said.month)
                note = nil
            } else if date == nil, let year = said.year {
                date = PartialDate(year: year, month: said.month)
                note = nil
            }
        }

        var birthDate: BirthDate?
        switch type {
        case "BETWEEN":
            if let from = node.text(of: "FROM_YEAR").flatMap(UNDate.year),
                let to = node.text(of: "TO_YEAR").flatMap(UNDate.year), from <= to
            {
                birthDate = .between(from, to)
                // A range is already approximate; the UN often says so again in the note.
                if note?.lowercased() == "approximately" { note = nil }
            } else {
                if node.text(of: "FROM_YEAR") != nil || node.text(of: "TO_YEAR") != nil {
                    warn(node, "\(reference) has an unreadable range of birth years; kept as a remark")
                }
                birthDate = date.map(BirthDate.exact)
            }
        case "APPROXIMATELY":
            birthDate = date.map(BirthDate.approximately)
        case "EXACT", "":
            birthDate = date.map(BirthDate.exact)
        default:
            warn(node, "\(reference) has a date of birth of unknown TYPE_OF_DATE \"\(type)\"; read as exact")
            birthDate = date.map(BirthDate.exact)
        }
        if let birthDate { facts.addBirthDate(birthDate) }

        // What could not be read as a date stays with the record, in the UN's words.
        let unread = birthDate == nil ? ["DATE", "YEAR", "FROM_YEAR", "TO_YEAR"].compactMap { node.text(of: $0) } : []
        let said = (unread + [note].compactMap { $0 }).joined(separator: ", ")
        if !said.isEmpty {
            facts.remarks.append(birthDate.map { "Date of birth \(Self.describe($0)): \(said)" } ?? "Date of birth: \(said)")
        }
    }

    /// One `INDIVIDUAL_PLACE_OF_BIRTH`, written street to country ("Musanze District, Northern Province, Rwanda").
    private func birthPlace(_ node: XMLNode, into facts: inout Facts) {
        var parts: [String] = []
        for field in ["STREET", "CITY", "STATE_PROVINCE", "COUNTRY"] {
            // The UN sometimes repeats the same text in STREET and CITY.
            if let value = Self.clean(node.text(of: field)), !parts.contains(value) { parts.append(value) }
        }
        if let note = Self.clean(node.text(of: "NOTE")) { parts.append("(\(note))") }
        if !parts.isEmpty { facts.addBirthPlace(parts.joined(separator: ", ")) }
        if let country = Self.clean(node.text(of: "COUNTRY")) { facts.addCountry(.birthplace, country) }
    }

    /// One `INDIVIDUAL_DOCUMENT`: an identifier when it has a number, otherwise a remark (the UN sometimes
    /// gives only a note such as "SSN 156-92-9858 (United States of America)").
    private func document(_ node: XMLNode, into facts: inout Facts) {
        let generalType = Self.clean(node.text(of: "TYPE_OF_DOCUMENT"))
        let specificType = Self.clean(node.text(of: "TYPE_OF_DOCUMENT2"))
        var type = generalType ?? specificType ?? "Document"
        if let generalType, let specificType, generalType.lowercased() != specificType.lowercased() {
            type = "\(generalType) (\(specificType))"
        }
        let issuingCountry = Self.clean(node.text(of: "ISSUING_COUNTRY"))
        let countryOfIssue = Self.clean(node.text(of: "COUNTRY_OF_ISSUE"))
        var notes: [String] = []
        if let city = Self.clean(node.text(of: "CITY_OF_ISSUE")) { notes.append("issued in \(city)") }
        if let countryOfIssue, issuingCountry != nil, countryOfIssue != issuingCountry {
            notes.append("issued in \(countryOfIssue)")
        }
        if let note = Self.clean(node.text(of: "NOTE")) { notes.append(note) }
        let issued = node.text(of: "DATE_OF_ISSUE").flatMap(UNDate.isoDate)

        guard let number = Self.clean(node.text(of: "NUMBER")) else {
            guard generalType != nil || specificType != nil || !notes.isEmpty else { return }  // empty placeholder
            var details = [issuingCountry ?? countryOfIssue].compactMap { $0 }
            if let issued { details.append("issued \(issued)") }
            details += notes
            facts.remarks.append(details.isEmpty ? type : "\(type): \(details.joined(separator: "; "))")
            return
        }
        facts.identifiers.append(
            Identifier(
                type: type, value: number, country: issuingCountry ?? countryOfIssue, issued: issued,
                note: notes.isEmpty ? nil : notes.joined(separator: "; ")))
    }

    /// An `INDIVIDUAL_ADDRESS` / `ENTITY_ADDRESS`, or nil for the UN's empty placeholder.
    private static func address(_ node: XMLNode) -> Address? {
        let address = Address(
            street: clean(node.text(of: "STREET")).map { [$0] } ?? [], city: clean(node.text(of: "CITY")),
            stateOrProvince: clean(node.text(of: "STATE_PROVINCE")), postalCode: clean(node.text(of: "ZIP_CODE")),
            country: clean(node.text(of: "COUNTRY")), note: clean(node.text(of: "NOTE")))
        return address == Address() ? nil : address
    }

    // MARK: - Helpers

    private mutating func warn(_ node: XMLNode, _ message: String) {
        warnings.append(ListReadWarning(file: file, line: node.line, message: message))
    }

    /// The text with runs of white space (the UN wraps long values over lines) made single spaces; nil when empty.
    static func clean(_ text: String?) -> String? {
        guard let text else { return nil }
        let words = text.split(whereSeparator: \.isWhitespace)
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    private static func describe(_ date: BirthDate) -> String {
        switch date {
        case .exact(let date): "\(date)"
        case .approximately(let date): "about \(date)"
        case .between(let start, let end): "\(start) to \(end)"
        }
    }
}
