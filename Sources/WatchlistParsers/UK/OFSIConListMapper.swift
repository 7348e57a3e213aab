import Foundation
import WatchlistCore

/// Groups OFSI Consolidated List rows into one `Entity` per `Group ID`; shared by the XML, CSV and XLSX forms.
///
/// ConList has one row per *name* of a target: a target's rows share its `Group ID` and repeat its facts,
/// with one birth date, address or nationality more on some of them. Rows of one group need not be adjacent
/// (the 2020 CSV is sorted by name, so about half of its groups are split), so the mapper collects every row
/// and hands out the entities, in the order their groups first appeared, once the file is read. A whole list
/// is a few thousand groups, so memory stays small.
///
/// The XML reader passes a row as `[String: String]` keyed by its element names; the CSV and XLSX readers pass
/// the cells of a row under a `Header` read once. Every spelling `OFSIConListColumn(header:)` knows is accepted.
///
/// ```swift
/// var mapper = OFSIConListMapper(file: "ConList.csv", published: nil)
/// try mapper.add(row: ["Group ID": "13349", "Name 6": "AL-QAHTANI", "Alias Type": "Primary name"], record: "row 1")
/// let entities = mapper.finish()   // [ofsi:13349]
/// ```
struct OFSIConListMapper {
    /// The provenance source name.
    static let sourceName = "OFSI ConList"

    var file: String
    var published: PartialDate?
    /// Odd rows and groups, read anyway.
    private(set) var warnings: [ListReadWarning] = []
    private var groups: [String: Group] = [:]
    private var groupOrder: [String] = []
    private var reportedHeaders: Set<String> = []
    /// Every row repeats the same headers: look each up once.
    private var columnsByHeader: [String: OFSIConListColumn?] = [:]

    init(file: String, published: PartialDate?) {
        self.file = file
        self.published = published
    }

    /// The number of distinct groups seen so far.
    var groupCount: Int { groupOrder.count }

    /// The columns of a CSV or XLSX header row, looked up once for every row under it.
    struct Header {
        /// The header texts, by position.
        let names: [String]
        /// For each position, whether its cells are read: false for a repeated header text (its first
        /// position is read) and, when asked, for an empty one.
        fileprivate let isRead: [Bool]
        /// For each position, the column it holds; nil for a header text no column has.
        fileprivate let columns: [OFSIConListColumn?]

        /// - Parameter skippingEmptyNames: true to leave positions with an empty header text unread (XLSX);
        ///   false reads them as an unknown column `''`, which is warned about when it has text (CSV).
        init(_ names: [String], skippingEmptyNames: Bool) {
            self.names = names
            var seen: Set<String> = []
            isRead = names.map { name in (!skippingEmptyNames || !name.isEmpty) && seen.insert(name).inserted }
            columns = names.map { OFSIConListColumn(header: $0) }
        }

        /// True when a position holds the `Group ID` column.
        var hasGroupID: Bool { columns.contains(.groupID) }
    }

    /// Adds one row.
    /// - Parameters:
    ///   - row: the row's values keyed by column header or element name.
    ///   - line: the row's line in the file, when known.
    ///   - record: how to name the row in messages ("row 12", "<FinancialSanctionsTarget> on line 40").
    /// - Throws: `ListReadError.missingField` when the row has no `Group ID`.
    mutating func add(row: [String: String], line: Int? = nil, record: String) throws(ListReadError) {
        try add(fields: columns(of: row, line: line), line: line, record: record)
    }

    /// Adds one row of cells under `header`, cell `i` under header position `i`; missing cells are empty
    /// and cells beyond the header are not read.
    /// - Throws: `ListReadError.missingField` when the row has no `Group ID`.
    mutating func add(cells: [String], header: Header, line: Int?, record: String) throws(ListReadError) {
        var fields: [OFSIConListColumn: String] = [:]
        for position in 0..<min(cells.count, header.names.count) where header.isRead[position] && !cells[position].isEmpty {
            let text = Self.collapsed(cells[position])
            guard !text.isEmpty else { continue }
            guard let column = header.columns[position] else {
                reportUnread(header.names[position], line: line)
                continue
            }
            // Two header texts for one column (`NI Number` beside `National Identification Number`): the
            // first with text wins.
            if fields[column] == nil { fields[column] = text }
        }
        try add(fields: fields, line: line, record: record)
    }

    private mutating func add(fields: [OFSIConListColumn: String], line: Int?, record: String) throws(ListReadError) {
        guard let groupID = fields[.groupID] else {
            throw ListReadError(file: file, line: line, problem: .missingField(field: "Group ID", record: record))
        }
        if groups[groupID] == nil {
            groups[groupID] = Group(id: groupID, line: line)
            groupOrder.append(groupID)
        }
        var group = groups[groupID]!
        groups[groupID] = nil  // mutate a uniquely referenced copy rather than copy-on-write the arrays
        merge(fields, into: &group, line: line, record: record)
        groups[groupID] = group
    }

    /// The entities, one per group, in the order the groups first appeared.
    mutating func finish() -> [Entity] {
        groupOrder.map { id in entity(from: groups[id]!) }
    }

    // MARK: - Rows

    private mutating func columns(of row: [String: String], line: Int?) -> [OFSIConListColumn: String] {
        var fields: [OFSIConListColumn: String] = [:]
        for (header, value) in row where !value.isEmpty {
            let text = Self.collapsed(value)
            let known = columnsByHeader[header] ?? {
                let column = OFSIConListColumn(header: header)
                columnsByHeader[header] = .some(column)
                return column
            }()
            guard let column = known else {
                if !text.isEmpty { reportUnread(header, line: line) }
                continue
            }
            if !text.isEmpty { fields[column] = text }
        }
        return fields
    }

    /// Warns once per header about a column with text that no field reads.
    private mutating func reportUnread(_ header: String, line: Int?) {
        if !Self.ignoredHeaders.contains(header), reportedHeaders.insert(header).inserted {
            warnings.append(ListReadWarning(file: file, line: line, message: "column '\(header)' is not read"))
        }
    }

    /// The columns of the name a row stands for; the others are facts of the whole group.
    private static let nameColumns: Set<OFSIConListColumn> = [
        .name1, .name2, .name3, .name4, .name5, .name6, .nameNonLatinScript, .nonLatinScriptType,
        .nonLatinScriptLanguage, .aliasType, .aliasQuality, .groupID, .lastUpdated,
    ]

    /// The columns of the facts a row states about its whole group, in a fixed order.
    private static let factColumns = OFSIConListColumn.allCases.filter { !nameColumns.contains($0) }

    /// Fields of the 2022-format XML that carry nothing an entity holds: `GrpStatus` (A = asset freeze,
    /// I = investment ban; the regime says as much), `ListingType`, `DateAdditionalSanctions`, `ID`.
    private static let ignoredHeaders: Set<String> = ["GrpStatus", "ListingType", "DateAdditionalSanctions", "ID"]

    private mutating func merge(_ row: [OFSIConListColumn: String], into group: inout Group, line: Int?, record: String) {
        let kind = Self.kind(row[.groupType])
        if let kind {
            if group.kind == nil {
                group.kind = kind
            } else if group.kind != kind {
                warn(line, "group \(group.id) has rows of more than one group type; kept '\(group.kind!.rawValue)'")
            }
        } else if let type = row[.groupType] {
            warn(line, "\(record) of group \(group.id) has the unknown group type '\(type)'")
        }
        mergeNames(row, into: &group, line: line, record: record)
        // A group's rows mostly repeat the same facts with another name: read each set of facts once. The
        // set is compared as the values of the fact columns in a fixed order, built without joining text.
        let facts = Self.factColumns.map { row[$0] }
        guard group.factSets.insert(facts).inserted else { return }
        mergePersonFacts(row, into: &group, line: line)
        mergeAddress(row, into: &group)
        mergeOtherInformation(row, into: &group)
        mergeListing(row, into: &group)
        mergeVesselAndCompany(row, into: &group)
    }

    /// The name part each name column holds.
    private static let partColumns: [(NamePart.Role, OFSIConListColumn)] = [
        (.given, .name1), (.middle, .name2), (.middle, .name3), (.middle, .name4), (.middle, .name5), (.family, .name6),
    ]

    private mutating func mergeNames(_ row: [OFSIConListColumn: String], into group: inout Group, line: Int?, record: String) {
        let parts = Self.partColumns.compactMap { role, column in row[column].map { NamePart(role, $0) } }
        if !parts.isEmpty {
            var kind = nameKind(row, group: group, line: line)
            let value = parts.map(\.value).joined(separator: " ")
            // A second, different primary name is filed as an alias: the caption is the first one.
            if kind == .primary, let primary = group.names.primary, primary.value != value {
                kind = .alias
            }
            // Parts only when the row separates given names from the surname; an entity's Name 6 is whole.
            let named = parts.count > 1 || parts[0].role != .family
            group.names.add(EntityName(value, kind: kind, parts: named ? parts : []))
        } else if row[.nameNonLatinScript] == nil {
            warn(line, "\(record) of group \(group.id) has no name; its other fields were read")
        }
        if let original = row[.nameNonLatinScript] {
            let (script, isOriginal) = NameScript.classify(original)
            let language = row[.nonLatinScriptLanguage].flatMap(LanguageName.tag)
            // Some "non-Latin" names are transliterations; those are aliases, not original-script names.
            let kind: NameKind = isOriginal ? .originalScript : .alias
            group.names.add(EntityName(original, kind: kind, script: script, language: language))
        }
    }

    private mutating func nameKind(_ row: [OFSIConListColumn: String], group: Group, line: Int?) -> NameKind {
        let weak = row[.aliasQuality]?.lowercased().hasPrefix("low") == true
        switch row[.aliasType]?.lowercased() {
        case "primary name", "prime alias": return .primary
        case "primary name variation": return .alias
        case "aka", "alias": return weak ? .weakAlias : .alias
        case "fka": return .former
        case nil:
            warn(line, "a row of group \(group.id) has no alias type; its name is read as an alias")
            return weak ? .weakAlias : .alias
        case let other?:
            warn(line, "a row of group \(group.id) has the unknown alias type '\(other)'; its name is read as an alias")
            return weak ? .weakAlias : .alias
        }
    }

    private mutating func mergePersonFacts(_ row: [OFSIConListColumn: String], into group: inout Group, line: Int?) {
        if let text = row[.dateOfBirth] {
            for item in EnumeratedList.items(in: text) {
                if let date = UKDate.partialDate(item) {
                    group.birthDates.appendIfAbsent(.exact(date))
                } else {
                    group.remarks.appendIfAbsent("Date of birth as published: \(item)")
                    warn(line, "group \(group.id): date of birth '\(item)' is not a date; kept as a remark")
                }
            }
        }
        let towns = row[.townOfBirth].map(EnumeratedList.items) ?? []
        let birthCountries = row[.countryOfBirth].map(EnumeratedList.items) ?? []
        for place in Self.birthPlaces(towns: towns, countries: birthCountries) { group.birthPlaces.appendIfAbsent(place) }
        for country in birthCountries { group.countries.appendIfAbsent(CountryLink(role: .birthplace, name: country)) }
        for nationality in row[.nationality].map(EnumeratedList.items) ?? [] {
            group.countries.appendIfAbsent(CountryLink(role: .nationality, name: nationality))
        }
        for title in row[.title].map(EnumeratedList.items) ?? [] { group.titles.appendIfAbsent(title) }
        for position in row[.position].map(EnumeratedList.items) ?? [] { group.titles.appendIfAbsent(position) }
        if let gender = row[.gender] { group.gender = group.gender ?? gender }
        for identifier in Self.documents(type: "Passport", numbers: row[.passportNumber], details: row[.passportDetails]) {
            group.identifiers.appendIfAbsent(identifier)
        }
        for identifier in Self.documents(
            type: "National Identification Number", numbers: row[.nationalIdentificationNumber],
            details: row[.nationalIdentificationDetails])
        {
            group.identifiers.appendIfAbsent(identifier)
        }
    }

    private func mergeAddress(_ row: [OFSIConListColumn: String], into group: inout Group) {
        let street = [OFSIConListColumn.address1, .address2, .address3, .address4, .address5].compactMap { row[$0] }
        let country = row[.country]
        guard !street.isEmpty || row[.address6] != nil || row[.postCode] != nil || country != nil else { return }
        // Address 6 is the last line before the country (a town or a region); it is kept as the city.
        group.addresses.appendIfAbsent(Address(street: street, city: row[.address6], postalCode: row[.postCode], country: country))
        if let country { group.countries.appendIfAbsent(CountryLink(role: .location, name: country)) }
    }

    private func mergeListing(_ row: [OFSIConListColumn: String], into group: inout Group) {
        if let regime = row[.regime] { group.programs.appendIfAbsent(SanctionsProgram(regime, authority: "UK")) }
        if let listed = row[.listedOn] { group.remarks.appendIfAbsent("Listed on \(Self.isoDate(listed))") }
        if let designated = row[.dateDesignated] { group.remarks.appendIfAbsent("Designated on \(Self.isoDate(designated))") }
        if let status = row[.groupStatus] { group.remarks.appendIfAbsent("Group status: \(status)") }
        if let reference = row[.ukSanctionsListReference] {
            group.identifiers.appendIfAbsent(Identifier(type: "UK Sanctions List Ref", value: reference))
        }
        if let reference = row[.unReference] {
            group.identifiers.appendIfAbsent(Identifier(type: "UN Reference Number", value: reference))
        }
    }

    /// `Other Information` is kept whole as a remark; since 2022 it also carries tagged facts
    /// (`(UK Sanctions List Ref):RUS0001. (Gender):Male (IMO number):9562233`), which are read out.
    private func mergeOtherInformation(_ row: [OFSIConListColumn: String], into group: inout Group) {
        if let reasons = row[.statementOfReasons] { group.remarks.appendIfAbsent(reasons) }
        guard let text = row[.otherInformation] else { return }
        group.remarks.appendIfAbsent(text)
        for (tag, value) in TaggedText.fields(in: text) {
            switch tag {
            case "uk sanctions list ref": group.identifiers.appendIfAbsent(Identifier(type: "UK Sanctions List Ref", value: value))
            case "un ref": group.identifiers.appendIfAbsent(Identifier(type: "UN Reference Number", value: value))
            case "gender": group.gender = group.gender ?? value
            case "imo number": group.identifiers.appendIfAbsent(Identifier(type: "IMO", value: IMONumber.normalized(value)))
            case "flag of ship": group.countries.appendIfAbsent(CountryLink(role: .flag, name: value))
            case "business reg no": group.identifiers.appendIfAbsent(Identifier(type: "Business Registration Number", value: value))
            case "parent company": group.relations.appendIfAbsent(Relation(role: "subsidiary of", targetName: value))
            case "current owners": group.relations.appendIfAbsent(Relation(role: "owned or operated by", targetName: value))
            default: continue  // kept in the remark
            }
        }
    }

    /// The separate ship and company fields of the 2022-format XML.
    private func mergeVesselAndCompany(_ row: [OFSIConListColumn: String], into group: inout Group) {
        if let imo = row[.shipIMONumber] { group.identifiers.appendIfAbsent(Identifier(type: "IMO", value: IMONumber.normalized(imo))) }
        if let flag = row[.shipFlag] { group.countries.appendIfAbsent(CountryLink(role: .flag, name: flag)) }
        if let owners = row[.shipCurrentOwners] {
            group.relations.appendIfAbsent(Relation(role: "owned or operated by", targetName: owners))
        }
        if let parent = row[.parentCompany] { group.relations.appendIfAbsent(Relation(role: "subsidiary of", targetName: parent)) }
        if let number = row[.businessRegistrationNumber] {
            group.identifiers.appendIfAbsent(Identifier(type: "Business Registration Number", value: number))
        }
        let labelled: [(String, OFSIConListColumn)] = [
            ("Type of entity", .entityType), ("Subsidiaries", .subsidiaries), ("Previous flags", .shipPreviousFlags),
            ("Type of ship", .shipType), ("Tonnage", .shipTonnage), ("Length", .shipLength), ("Year built", .shipYearBuilt),
            ("Phone", .phoneNumber), ("Email", .emailAddress), ("Website", .website),
        ]
        for (label, column) in labelled {
            if let value = row[column] { group.remarks.appendIfAbsent("\(label): \(value)") }
        }
    }

    // MARK: - Entities

    private mutating func entity(from group: Group) -> Entity {
        var nameList = group.names
        let (names, promoted) = nameList.finish()
        if let promoted {
            warn(group.line, "group \(group.id) has no primary name; its first name '\(promoted)' is used")
        }
        return Entity(
            id: .ofsi(groupID: group.id), kind: group.kind ?? .unknown, names: names,
            birthDates: group.birthDates, birthPlaces: group.birthPlaces, countries: group.countries,
            programs: group.programs, identifiers: group.identifiers, addresses: group.addresses,
            relations: group.relations, titles: group.titles, gender: group.gender, remarks: group.remarks,
            provenance: [Provenance(source: Self.sourceName, file: file, published: published, recordID: group.id)])
    }

    private mutating func warn(_ line: Int?, _ message: String) {
        warnings.append(ListReadWarning(file: file, line: line, message: message))
    }

    // MARK: - Values

    static func kind(_ groupType: String?) -> EntityKind? {
        switch groupType?.lowercased() {
        case "individual": .person
        case "entity": .organization
        case "ship": .vessel
        default: nil
        }
    }

    /// Pairs towns with countries of birth: item by item when both lists have the same length, each town with
    /// the one country otherwise (`(1) Tirpas-Selong (2) Korleko` with `(1)-(2) Indonesia`), or both as given.
    static func birthPlaces(towns: [String], countries: [String]) -> [String] {
        if towns.isEmpty { return countries }
        if countries.isEmpty { return towns }
        if towns.count == countries.count { return zip(towns, countries).map { "\($0), \($1)" } }
        if countries.count == 1 { return towns.map { "\($0), \(countries[0])" } }
        return towns + countries
    }

    /// Identity documents from a number column and a details column, both possibly numbered lists:
    /// `(1) 223611 (2) C00146605` with `(1) Libya number (2) British passport number`. The 2020 CSV has only
    /// the details, which then hold the number in free text and are kept whole as the value.
    static func documents(type: String, numbers: String?, details: String?) -> [Identifier] {
        let numberItems = numbers.map(EnumeratedList.items) ?? []
        let detailItems = details.map(EnumeratedList.items) ?? []
        if numberItems.isEmpty { return detailItems.map { Identifier(type: type, value: $0) } }
        return numberItems.enumerated().map { index, number in
            let note = numberItems.count == detailItems.count ? detailItems[index] : details
            return Identifier(type: type, value: number, note: note)
        }
    }

    /// `01/04/2016` as `2016-04-01`; text that is no date as written.
    static func isoDate(_ text: String) -> String {
        UKDate.partialDate(text)?.description ?? text
    }

    /// Trims and collapses runs of whitespace (cells carry line breaks and double spaces).
    static func collapsed(_ text: String) -> String {
        text.collapsingWhitespace
    }
}

/// One target while its rows are read.
private struct Group {
    let id: String
    /// The line of the group's first row.
    let line: Int?
    var kind: EntityKind?
    var names = EntityNameList()
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
    /// The distinct sets of facts (the row's values in `factColumns`) already read.
    var factSets: Set<[String?]> = []

    init(id: String, line: Int?) {
        self.id = id
        self.line = line
    }
}
