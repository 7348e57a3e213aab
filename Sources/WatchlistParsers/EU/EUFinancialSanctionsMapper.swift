import Foundation
import WatchlistCore

/// Turns one `sanctionEntity` of the EU Financial Sanctions Files XML 1.1 into an `Entity`.
///
/// Field meanings come from the Commission's `fsd export` schema 1.1 (`../shared/lists/schemas/eu_fsf_1_1.xsd`):
/// almost everything is an attribute. `logicalId` is the entity id; `subjectType/@code` is `person` or
/// `enterprise` (`@classificationCode` `P` / `E`); each `nameAlias` has `wholeName` and, for persons,
/// `firstName` / `middleName` / `lastName`, a `nameLanguage` (ISO 639-1, upper case), `strong` (`false` marks
/// a weak alias), `title`, `function` and `gender` (`M` / `F` / `?`); `birthdate` has a full `birthdate` or
/// `year` / `monthOfYear` / `dayOfMonth`, or `yearRangeFrom` / `yearRangeTo`, with `circa` and
/// `calendarType`; `citizenship`, `identification` and `address` name their country in `countryDescription`
/// (`UNKNOWN` with code `00` when the EU does not know it); `regulation/@programme` is the regime.
///
/// The first `nameAlias` is the primary name (the EU lists the main name first). Later names in a
/// non-Latin script are original-script names, with the script and the `nameLanguage` they state.
struct EUFinancialSanctionsMapper {
    /// The provenance source name.
    static let sourceName = "EU FSF"

    var file: String
    var published: PartialDate?
    /// Records read with something odd in them, in file order.
    private(set) var warnings: [ListReadWarning] = []
    private var seenLogicalIDs: Set<String> = []

    init(file: String, published: PartialDate?) {
        self.file = file
        self.published = published
    }

    /// The entity of one `sanctionEntity` element.
    mutating func entity(from record: XMLNode) throws(ListReadError) -> Entity {
        guard let logicalID = Self.clean(record.attributes["logicalId"]) else {
            throw ListReadError(
                file: file, line: record.line, problem: .missingField(field: "a logicalId", record: "a <sanctionEntity>"))
        }
        if !seenLogicalIDs.insert(logicalID).inserted {
            warn(record, "sanctionEntity \(logicalID) is listed twice; both records are kept")
        }
        let kind = entityKind(record, logicalID: logicalID)
        var facts = Facts()

        for alias in record.children("nameAlias") { name(alias, kind: kind, logicalID: logicalID, into: &facts) }
        guard !facts.names.isEmpty else {
            throw ListReadError(
                file: file, line: record.line,
                problem: .missingField(field: "a <nameAlias> with a name", record: "<sanctionEntity> \(logicalID)"))
        }
        for citizenship in record.children("citizenship") {
            if let country = Self.country(citizenship) { facts.addCountry(.citizenship, country) }
            facts.remarks += Self.remarks(citizenship)
        }
        for birth in record.children("birthdate") { birthDate(birth, logicalID: logicalID, into: &facts) }
        for identification in record.children("identification") { self.identification(identification, into: &facts) }
        var addresses: [Address] = []
        for node in record.children("address") {
            if let address = address(node, into: &facts) { addresses.append(address) }
        }

        // The record's own facts: references, designation, regulations, free text.
        if let unitedNationsID = Self.clean(record.attributes["unitedNationId"]) {
            facts.identifiers.append(Identifier(type: "UN reference number", value: unitedNationsID))
        }
        if let reference = Self.clean(record.attributes["euReferenceNumber"]) {
            facts.identifiers.append(Identifier(type: "EU reference number", value: reference))
        }
        var remarks = Self.remarks(record)
        if let details = Self.clean(record.attributes["designationDetails"]) { remarks.append(details) }
        if let date = record.attributes["designationDate"].flatMap(Self.date) { remarks.append("Designated on \(date)") }
        if let date = record.attributes["delistingDate"].flatMap(Self.date) { remarks.append("Delisted on \(date)") }
        var programs: [SanctionsProgram] = []
        for regulation in record.children("regulation") {
            if let programme = Self.clean(regulation.attributes["programme"]) {
                let program = SanctionsProgram(programme, authority: "EU")
                if !programs.contains(program) { programs.append(program) }
            }
            if let title = Self.clean(regulation.attributes["numberTitle"]) {
                let published = regulation.attributes["publicationDate"].flatMap(Self.date).map { ", published \($0)" } ?? ""
                remarks.append("Regulation \(title)\(published)")
            }
            remarks += Self.remarks(regulation)
        }

        return Entity(
            id: .eu(logicalID: logicalID), kind: kind, names: facts.names,
            birthDates: facts.birthDates, birthPlaces: facts.birthPlaces, countries: facts.countries,
            programs: programs, identifiers: facts.identifiers, addresses: addresses, titles: facts.titles,
            gender: facts.gender, remarks: remarks + facts.remarks,
            provenance: [Provenance(source: Self.sourceName, file: file, published: published, recordID: logicalID)])
    }

    /// What a record says, gathered element by element.
    private struct Facts {
        var names: [EntityName] = []
        var birthDates: [BirthDate] = []
        var birthPlaces: [String] = []
        var countries: [CountryLink] = []
        var identifiers: [Identifier] = []
        var titles: [String] = []
        var gender: String?
        var remarks: [String] = []

        mutating func addCountry(_ role: CountryLink.Role, _ country: (name: String, isoCode: String?)) {
            let link = CountryLink(role: role, name: country.name, isoCode: country.isoCode)
            if !countries.contains(link) { countries.append(link) }
        }

        mutating func add(_ value: String, to list: WritableKeyPath<Facts, [String]>) {
            if !self[keyPath: list].contains(value) { self[keyPath: list].append(value) }
        }
    }

    // MARK: - Kind and names

    private mutating func entityKind(_ record: XMLNode, logicalID: String) -> EntityKind {
        let subject = record.child("subjectType")
        switch (subject?.attributes["code"]?.lowercased(), subject?.attributes["classificationCode"]) {
        case ("person", _), (_, "P"): return .person
        case ("enterprise", _), (_, "E"): return .organization
        default:
            warn(record, "sanctionEntity \(logicalID) has no known subjectType; its kind is unknown")
            return .unknown
        }
    }

    /// One `nameAlias`: the first is the primary name, `strong="false"` a weak alias, a later name in a
    /// non-Latin script an original-script name.
    private mutating func name(_ alias: XMLNode, kind: EntityKind, logicalID: String, into facts: inout Facts) {
        let attributes = alias.attributes
        let parts = [("firstName", NamePart.Role.given), ("middleName", .middle), ("lastName", .family)]
            .compactMap { field, role in Self.clean(attributes[field]).map { NamePart(role, $0) } }
        guard let whole = Self.clean(attributes["wholeName"]) ?? (parts.isEmpty ? nil : parts.map(\.value).joined(separator: " "))
        else {
            warn(alias, "sanctionEntity \(logicalID) has a nameAlias without a name; skipped")
            return
        }
        let script = WritingScript.code(for: whole)
        let isOtherScript = script != nil && script != "Latn"
        let nameKind: NameKind
        if facts.names.isEmpty {
            nameKind = .primary
        } else if attributes["strong"]?.lowercased() == "false" {
            nameKind = .weakAlias
        } else if isOtherScript {
            nameKind = .originalScript
        } else {
            nameKind = .alias
        }
        // Parts only when they spell the whole name: a part list that leaves words out would hide them
        // from matching, which reads a person's parts instead of the whole name.
        let keepsParts = kind == .person && !parts.isEmpty && Self.words(of: parts.map(\.value)) == Self.words(of: [whole])
        let name = EntityName(
            whole, kind: nameKind, parts: keepsParts ? parts : [], script: isOtherScript ? script : nil,
            language: Self.clean(attributes["nameLanguage"])?.lowercased())
        if !facts.names.contains(name) { facts.names.append(name) }

        if let title = Self.clean(attributes["title"]) { facts.add(title, to: \.titles) }
        if let function = Self.clean(attributes["function"]) { facts.add(function, to: \.titles) }
        if facts.gender == nil {
            switch attributes["gender"]?.uppercased() {
            case "M": facts.gender = "Male"
            case "F": facts.gender = "Female"
            default: break  // "?" or absent: unknown
            }
        }
        facts.remarks += Self.remarks(alias)
    }

    // MARK: - Birth, identification, address

    /// One `birthdate`: a full date, a partial date, a year range, and the place of birth.
    private mutating func birthDate(_ node: XMLNode, logicalID: String, into facts: inout Facts) {
        let attributes = node.attributes
        let circa = attributes["circa"]?.lowercased() == "true"
        let calendar = Self.clean(attributes["calendarType"])?.uppercased() ?? "GREGORIAN"
        var date: PartialDate?
        if let full = attributes["birthdate"].flatMap(Self.date) {
            date = full
        } else if let year = Self.number(attributes["year"]) {
            date = PartialDate(year: year, month: Self.number(attributes["monthOfYear"]), day: Self.number(attributes["dayOfMonth"]))
        }
        var birthDate: BirthDate?
        if let date {
            birthDate = circa ? .approximately(date) : .exact(date)
        } else if let from = Self.number(attributes["yearRangeFrom"]).flatMap({ PartialDate(year: $0) }),
            let to = Self.number(attributes["yearRangeTo"]).flatMap({ PartialDate(year: $0) }), from <= to
        {
            birthDate = .between(from, to)
        }

        if let birthDate, calendar == "GREGORIAN" {
            if !facts.birthDates.contains(birthDate) { facts.birthDates.append(birthDate) }
        } else if let birthDate {
            // A date in another calendar would compare wrongly with Gregorian dates: keep it as text only.
            facts.remarks.append("Date of birth (\(calendar.lowercased()) calendar): \(Self.describe(birthDate))")
        } else {
            let said = ["dayOfMonth", "monthOfYear", "year", "yearRangeFrom", "yearRangeTo"]
                .compactMap { field in Self.clean(attributes[field]).map { "\(field) \($0)" } }
            if !said.isEmpty {
                warn(node, "sanctionEntity \(logicalID) has an incomplete birth date; kept as a remark")
                facts.remarks.append("Date of birth: \(said.joined(separator: ", "))")
            }
        }

        let country = Self.country(node)
        let place = ([attributes["city"], attributes["place"], attributes["region"]].compactMap(Self.placeName))
            + [country?.name].compactMap { $0 }
        if !place.isEmpty { facts.add(place.joined(separator: ", "), to: \.birthPlaces) }
        if let country { facts.addCountry(.birthplace, country) }
        facts.remarks += Self.remarks(node)
    }

    /// One `identification`: an identifier when it has a number, otherwise a remark.
    private func identification(_ node: XMLNode, into facts: inout Facts) {
        let attributes = node.attributes
        let type = Self.clean(attributes["identificationTypeDescription"])
            ?? Self.clean(attributes["identificationTypeCode"]) ?? "Identification"
        var notes = [
            ("diplomatic", "diplomatic"), ("knownExpired", "known expired"), ("knownFalse", "known false"),
            ("reportedLost", "reported lost"), ("revokedByIssuer", "revoked by issuer"),
        ].compactMap { field, label in attributes[field]?.lowercased() == "true" ? label : nil }
        if let issuer = Self.clean(attributes["issuedBy"]) { notes.append("issued by \(issuer)") }
        if let holder = Self.clean(attributes["nameOnDocument"]) { notes.append("name on document: \(holder)") }
        if let region = Self.clean(attributes["region"]) { notes.append(region) }
        notes += Self.remarks(node)
        let country = Self.country(node)?.name
        let numbers = [Self.clean(attributes["number"]), Self.clean(attributes["latinNumber"])].compactMap { $0 }
        guard !numbers.isEmpty else {
            let details = [country].compactMap { $0 } + notes
            facts.remarks.append(details.isEmpty ? type : "\(type): \(details.joined(separator: "; "))")
            return
        }
        // A number in another script comes with its Latin transcription; both can be screened.
        for number in numbers where !facts.identifiers.contains(where: { $0.type == type && $0.value == number }) {
            facts.identifiers.append(
                Identifier(
                    type: type, value: number, country: country, issued: attributes["issueDate"].flatMap(Self.date),
                    expires: attributes["validTo"].flatMap(Self.date), note: notes.isEmpty ? nil : notes.joined(separator: "; ")))
        }
    }

    /// One `address`, or nil when it says nothing; its country is also a location of the entity.
    private func address(_ node: XMLNode, into facts: inout Facts) -> Address? {
        let attributes = node.attributes
        let country = Self.country(node)
        var street = [attributes["street"], attributes["place"]].compactMap { Self.clean($0) }
        if let box = Self.clean(attributes["poBox"]) { street.append("P.O. Box \(box)") }
        let contacts = node.children("contactInfo").compactMap { info -> String? in
            guard let value = Self.clean(info.attributes["value"]) else { return nil }
            return Self.clean(info.attributes["key"]).map { "\($0.lowercased()): \(value)" } ?? value
        }
        let notes = Self.remarks(node) + contacts
        let address = Address(
            street: street, city: Self.clean(attributes["city"]), stateOrProvince: Self.clean(attributes["region"]),
            postalCode: Self.clean(attributes["zipCode"]), country: country?.name,
            note: notes.isEmpty ? nil : notes.joined(separator: "; "))
        guard address != Address() else { return nil }
        if let country { facts.addCountry(.location, country) }
        return address
    }

    // MARK: - Helpers

    private mutating func warn(_ node: XMLNode, _ message: String) {
        warnings.append(ListReadWarning(file: file, line: node.line, message: message))
    }

    /// The `countryDescription` / `countryIso2Code` pair, or nil when the EU gives none or `UNKNOWN` / `00`.
    private static func country(_ node: XMLNode) -> (name: String, isoCode: String?)? {
        let code = clean(node.attributes["countryIso2Code"]).flatMap { $0 == "00" ? nil : $0.uppercased() }
        let description = clean(node.attributes["countryDescription"]).flatMap { $0.uppercased() == "UNKNOWN" ? nil : $0 }
        guard let name = description ?? code else { return nil }
        return (name, code)
    }

    /// The `remark` children's texts.
    private static func remarks(_ node: XMLNode) -> [String] {
        node.children("remark").compactMap { clean($0.text) }
            + node.children("additionalInformation").compactMap { info in
                clean(info.attributes["value"]).map { value in clean(info.attributes["key"]).map { "\($0): \(value)" } ?? value }
            }
    }

    /// A place part, without the EU's `-` placeholder.
    private static func placeName(_ text: String?) -> String? {
        clean(text).flatMap { $0 == "-" ? nil : $0 }
    }

    /// An `xs:date` or `xs:dateTime` (`2020-04-15`, `2020-04-15T15:29:22.497+02:00`) as a date.
    static func date(_ text: String) -> PartialDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 10 else { return nil }
        return PartialDate(iso: String(trimmed.prefix(10)))
    }

    private static func number(_ text: String?) -> Int? {
        clean(text).flatMap { Int($0) }
    }

    /// The words of a name, upper-cased, for comparing part lists with whole names.
    private static func words(of texts: [String]) -> [String] {
        texts.flatMap { $0.uppercased().split(whereSeparator: \.isWhitespace).map(String.init) }.sorted()
    }

    /// The text with runs of white space made single spaces; nil when empty.
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
