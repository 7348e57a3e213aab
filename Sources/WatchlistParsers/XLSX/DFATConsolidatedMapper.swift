import Foundation
import WatchlistCore

/// Groups the rows of Australia's DFAT Consolidated List (`regulation8_consolidated.xlsx`) into one
/// `Entity` per listed party.
///
/// The sheet has one row per *name*. Columns (header row, as published): `Reference`, `Name of Individual
/// or Entity`, `Type` (Individual / Entity), `Name Type` (Primary Name / aka / Original Script; rarely
/// Formerly known as / Previously listed as), `Date of Birth`, `Place of Birth`, `Citizenship`, `Address`,
/// `Additional Information`, `Listing Information`, `Committees` (the regime), `Control Date`.
/// A party's rows share the leading number of `Reference` (`2`, `2a`, `2b`, `34c1`), which gives the id
/// `au:<number>`; their other columns repeat the party's facts, sometimes with differences, so every
/// distinct value is kept. Rows of one party are nearly always adjacent, but not always (the November 2024
/// file lists `2940j` a hundred rows after `2940i`), so parties are held until the sheet ends and handed
/// out in the order they first appeared; the list is a few thousand parties.
struct DFATConsolidatedMapper {
    /// The provenance source name.
    static let sourceName = "DFAT Consolidated List"

    /// The columns read, by header text (compared trimmed and case-insensitively).
    enum Column: String, CaseIterable {
        case reference = "reference"
        case name = "name of individual or entity"
        case type = "type"
        case nameType = "name type"
        case dateOfBirth = "date of birth"
        case placeOfBirth = "place of birth"
        case citizenship = "citizenship"
        case address = "address"
        case additionalInformation = "additional information"
        case listingInformation = "listing information"
        case committees = "committees"
        case controlDate = "control date"
    }

    var file: String
    /// The workbook's last-modified date (`docProps/core.xml`): the sheet itself states no publication date.
    var published: PartialDate?
    /// Odd rows and parties, read anyway.
    private(set) var warnings: [ListReadWarning] = []
    private let columns: [Column: Int]
    private var parties: [String: Party] = [:]
    private var partyOrder: [String] = []

    /// A mapper for a sheet with this header row, or nil when the row is not the DFAT header.
    init?(header: [String], file: String, published: PartialDate?) {
        var columns: [Column: Int] = [:]
        for (index, text) in header.enumerated() {
            if let column = Column(rawValue: text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()),
                columns[column] == nil
            {
                columns[column] = index
            }
        }
        guard columns[.reference] != nil, columns[.name] != nil else { return nil }
        self.columns = columns
        self.file = file
        self.published = published
    }

    /// Adds one row.
    /// - Throws: `ListReadError.missingField` when the row has no `Reference` starting with a number.
    mutating func add(_ row: XLSXRow) throws(ListReadError) {
        let reference = Self.collapsed(cell(.reference, row)?.text ?? "")
        let number = String(reference.prefix(while: \.isASCII).prefix(while: \.isNumber))
        guard !number.isEmpty else {
            throw ListReadError(file: file, line: row.number, problem: .missingField(field: "Reference", record: "row \(row.number)"))
        }
        if parties[number] == nil {
            parties[number] = Party(number: number, row: row.number)
            partyOrder.append(number)
        }
        var party = parties[number]!
        parties[number] = nil  // mutate a uniquely referenced copy
        merge(row, reference: reference, into: &party)
        parties[number] = party
    }

    /// The entities, one per party, in the order the parties first appeared.
    mutating func finish() -> [Entity] {
        partyOrder.map { number in entity(from: parties[number]!) }
    }

    // MARK: - Rows

    /// What the rows of one party say.
    private struct Party {
        var number: String
        var row: Int
        var types: [String] = []
        var names: [EntityName] = []
        var birthDates: [BirthDate] = []
        var unreadBirthDates: [String] = []
        var birthPlaces: [String] = []
        var citizenships: [String] = []
        var addresses: [String] = []
        var remarks: [String] = []
        var committees: [String] = []
        /// The cells already read: a party's rows mostly repeat the same facts, and reading each distinct
        /// cell once keeps the sheet fast to read.
        var seenCells: Set<SeenCell> = []

        init(number: String, row: Int) {
            self.number = number
            self.row = row
        }
    }

    /// A column and the text of a cell in it.
    private struct SeenCell: Hashable {
        var column: Column
        var text: String
    }

    private func cell(_ column: Column, _ row: XLSXRow) -> XLSXCell? {
        columns[column].map { row[$0] }
    }

    /// The cell's text with whitespace collapsed, nil when it states nothing.
    private func text(_ column: Column, _ row: XLSXRow) -> String? {
        let text = Self.collapsed(cell(column, row)?.value ?? "")
        return text.isEmpty || Self.statesNothing(text) ? nil : text
    }

    /// The items of an enumerated cell (split before whitespace is collapsed, since line breaks separate
    /// items), each collapsed, without those that state nothing.
    private func items(_ column: Column, _ row: XLSXRow, split: (String) -> [String] = DFATText.items) -> [String] {
        split(cell(column, row)?.value ?? "").map(Self.collapsed).filter { !$0.isEmpty && !Self.statesNothing($0) }
    }

    /// True for a text in `noValue`; longer texts are not lowercased to find out, as most cells are long.
    private static func statesNothing(_ text: String) -> Bool {
        text.utf8.count <= noValueMaximumLength && noValue.contains(text.lowercased())
    }

    private static let noValueMaximumLength = noValue.map(\.utf8.count).max() ?? 0

    /// Cell texts that mean "nothing stated".
    private static let noValue: Set<String> = ["na", "n/a", "nil", "none", "unknown", "-", "–"]

    private mutating func merge(_ row: XLSXRow, reference: String, into party: inout Party) {
        if let type = text(.type, row) { party.types.appendIfAbsent(type.lowercased()) }
        if let name = text(.name, row) {
            let kind = nameKind(text(.nameType, row), row: row.number, reference: reference)
            let script = kind == .originalScript ? WritingScript.code(for: name) : nil
            party.names.append(EntityName(name, kind: kind, script: script))
        } else {
            warn(row.number, "row \(row.number) (reference \(reference)) has no name; its other facts are kept")
        }
        func isNew(_ column: Column) -> Bool {
            guard let cell = cell(column, row), !cell.text.isEmpty else { return false }
            return party.seenCells.insert(SeenCell(column: column, text: cell.text)).inserted
        }
        if isNew(.dateOfBirth) { mergeBirthDates(row, into: &party) }
        if isNew(.placeOfBirth) {
            for place in items(.placeOfBirth, row) { party.birthPlaces.appendIfAbsent(place) }
        }
        if isNew(.citizenship) {
            for country in items(.citizenship, row, split: DFATText.countries) { party.citizenships.appendIfAbsent(country) }
        }
        if isNew(.address) {
            for address in items(.address, row) { party.addresses.appendIfAbsent(address) }
        }
        if isNew(.additionalInformation), let information = text(.additionalInformation, row) {
            party.remarks.appendIfAbsent(information)
        }
        if isNew(.listingInformation), let listing = text(.listingInformation, row) { party.remarks.appendIfAbsent(listing) }
        if isNew(.committees), let committee = text(.committees, row) { party.committees.appendIfAbsent(committee) }
        if isNew(.controlDate), let control = cell(.controlDate, row),
            let date = control.date ?? UKDate.partialDate(control.text)
        {
            party.remarks.appendIfAbsent("Control date: \(date)")
        }
    }

    private mutating func nameKind(_ nameType: String?, row: Int, reference: String) -> NameKind {
        switch nameType?.lowercased() {
        case "primary name": return .primary
        case "aka", "a.k.a.", "also known as": return .alias
        case "original script": return .originalScript
        case "formerly known as", "previously listed as", "fka", "f.k.a.": return .former
        case let other:
            warn(row, "row \(row) (reference \(reference)) has name type '\(other ?? "")'; read as an alias")
            return .alias
        }
    }

    /// A date cell is a date; a number in it is a year (1957) or an unformatted date serial (22282);
    /// text is read by `DFATText.birthDates`, and text it cannot read wholly is kept as a remark.
    private mutating func mergeBirthDates(_ row: XLSXRow, into party: inout Party) {
        guard let cell = cell(.dateOfBirth, row) else { return }
        if let date = cell.date {
            party.birthDates.appendIfAbsent(.exact(date))
        } else if let number = cell.number {
            if number == number.rounded(), (1800...2100).contains(number), let year = PartialDate(year: Int(number)) {
                party.birthDates.appendIfAbsent(.exact(year))
            } else if let date = ExcelDate.date(serial: number) {
                party.birthDates.appendIfAbsent(.exact(date))
            }
        } else if let text = text(.dateOfBirth, row) {
            let (dates, complete) = DFATText.birthDates(text)
            for date in dates { party.birthDates.appendIfAbsent(date) }
            if !complete { party.unreadBirthDates.appendIfAbsent(text) }
        }
    }

    // MARK: - Entities

    private mutating func entity(from party: Party) -> Entity {
        let kind: EntityKind
        switch party.types.first {
        case "individual": kind = .person
        case "entity": kind = .organization
        case let other:
            kind = .unknown
            warn(party.row, "au:\(party.number) has type '\(other ?? "")'; read as unknown")
        }
        if party.types.count > 1 {
            warn(party.row, "au:\(party.number) has rows of types \(party.types.joined(separator: ", ")); read as \(party.types[0])")
        }
        if !party.names.contains(where: { $0.kind == .primary }) {
            warn(party.row, "au:\(party.number) has no Primary Name row")
        }
        var remarks = party.remarks
        for text in party.unreadBirthDates {
            remarks.append("Date of birth: \(text)")
            warn(party.row, "au:\(party.number): date of birth '\(text)' is partly in a form we do not read; kept as a remark")
        }
        return Entity(
            id: EntityID(source: "au", local: party.number), kind: kind, names: party.names,
            birthDates: party.birthDates, birthPlaces: party.birthPlaces,
            countries: party.citizenships.map { CountryLink(role: .citizenship, name: $0) },
            programs: party.committees.map { SanctionsProgram($0, authority: "AU") },
            addresses: party.addresses.map { Address(street: [$0]) },
            remarks: remarks,
            provenance: [Provenance(source: Self.sourceName, file: file, published: published, recordID: party.number)])
    }

    private mutating func warn(_ line: Int?, _ message: String) {
        warnings.append(ListReadWarning(file: file, line: line, message: message))
    }

    /// Trims and collapses runs of whitespace, including no-break spaces and line breaks (`collapsingWhitespace`
    /// returns a clean cell, the common case, without walking its characters).
    static func collapsed(_ text: String) -> String {
        text.collapsingWhitespace
    }
}
