import Foundation
import WatchlistCore

/// Reads OFAC's legacy CSV set: `sdn.csv` (or `cons_prim.csv`) with `alt.csv`, `add.csv` and
/// `sdn_comments.csv` (or `cons_alt.csv`, ...) beside it.
///
/// Layout from OFAC's "SDN Data Specification" (dataspec.txt): no header row, `-0-` for an empty field, a
/// Ctrl-Z (0x1A) last line. `sdn.csv`: ent_num, name, type, programs (`A] [B`), title, call sign, vessel
/// type, tonnage, GRT, vessel flag, vessel owner, remarks. `alt.csv`: ent_num, alt_num, type (aka/fka/nka),
/// name, remarks. `add.csv`: ent_num, add_num, address, city/state/postal code, country, remarks.
/// `sdn_comments.csv`: ent_num, the rest of a remark too long for `sdn.csv`. Weak a.k.a.s, dates of
/// birth, nationalities and identifiers live in the remarks (`OFACRemarks`). A header row that some
/// re-publishers add is skipped. The side files are small and read whole; `sdn.csv` is streamed.
enum OFACLegacyCSVReader {
    static let expectedColumns = 12

    static func read(fileURL: URL, emit: (Entity) -> Void) throws(ListReadError) -> ListFileSummary {
        let file = fileURL.lastPathComponent
        let siblings = SiblingFiles(primary: fileURL)
        var warnings: [ListReadWarning] = []
        let aliases = try readSideFile(siblings.aliases, minimumColumns: 4, warnings: &warnings)
        let addresses = try readSideFile(siblings.addresses, minimumColumns: 5, warnings: &warnings)
        let comments = try readSideFile(siblings.comments, minimumColumns: 2, warnings: &warnings)
        for missing in siblings.missing {
            warnings.append(ListReadWarning(file: file, message: "\(missing) not found beside it: read without it"))
        }

        var rows = try CSVRows(fileURL: fileURL)
        var count = 0
        while let row = rows.next() {
            if isEndMarker(row) { continue }
            if rows.rowNumber == 1, let first = row.first, Int(first.trimmed) == nil {
                continue  // a header row added by a re-publisher
            }
            let line = rows.rowNumber
            guard let uid = field(row, 0), Int(uid) != nil else {
                throw ListReadError(file: fileURL.path, line: line, problem: .missingField(field: "a numeric ent_num", record: "row \(line)"))
            }
            if row.count != expectedColumns {
                warnings.append(ListReadWarning(
                    file: file, line: line,
                    message: "entry \(uid) has \(row.count) fields, expected \(expectedColumns): read the fields present"))
            }
            guard let name = field(row, 1) else {
                throw ListReadError(file: fileURL.path, line: line, problem: .missingField(field: "a name", record: "entry \(uid)"))
            }
            emit(entity(
                uid: uid, name: name, row: row, aliases: aliases[uid] ?? [], addresses: addresses[uid] ?? [],
                comments: comments[uid] ?? [], file: file))
            count += 1
        }
        try rows.checkError()
        return ListFileSummary(format: .ofacLegacyCSV, published: nil, entityCount: count, warnings: warnings)
    }

    private static func entity(
        uid: String, name: String, row: [String], aliases: [[String]], addresses: [[String]], comments: [[String]],
        file: String
    ) -> Entity {
        let kind = OFACLegacyXMLMapper.kind(field(row, 2) ?? "entity")
        var names = [personAwareName(name, kind: .primary, entityKind: kind)]
        for alias in aliases {
            guard let aliasName = field(alias, 3) else { continue }
            let nameKind: NameKind = field(alias, 2)?.lowercased() == "fka" ? .former : .alias
            names.append(personAwareName(aliasName, kind: nameKind, entityKind: kind))
        }
        // A remark too long for sdn.csv continues in sdn_comments.csv, without a separator.
        let remarksText = ([field(row, 11)] + comments.map { field($0, 1) }).compactMap { $0 }.joined()
        let remarks = OFACRemarks(remarksText)
        names += remarks.weakAliases

        var identifiers = remarks.identifiers
        var countries = remarks.countries
        var other = remarks.other
        if let callSign = field(row, 5) { identifiers.append(Identifier(type: "Call Sign", value: callSign)) }
        if let flag = field(row, 9) { countries.append(CountryLink(role: .flag, name: flag)) }
        for (index, label) in vesselColumns {
            if let value = field(row, index) { other.append("\(label): \(value)") }
        }
        let addressList = addresses.map { columns in
            Address(
                street: field(columns, 2).map { [$0] } ?? [], city: field(columns, 3), country: field(columns, 4),
                note: field(columns, 5))
        }
        for country in Set(addressList.compactMap(\.country)).sorted() {
            countries.append(CountryLink(role: .location, name: country))
        }
        let programs = (field(row, 3) ?? "").byteComponents(separatedBy: "] [")
            .map { $0.filter { $0 != "[" && $0 != "]" }.trimmed }
            .filter { !$0.isEmpty }
            .map { SanctionsProgram($0, authority: "US-OFAC") }

        return Entity(
            id: .ofac(uid: uid), kind: kind, names: names, birthDates: remarks.birthDates,
            birthPlaces: remarks.birthPlaces, countries: countries, programs: programs, identifiers: identifiers,
            addresses: addressList, relations: remarks.relations,
            titles: (field(row, 4).map { [$0] } ?? []) + remarks.titles, gender: remarks.gender, remarks: other,
            provenance: [Provenance(source: OFACLegacyXMLMapper.sourceName, file: file, recordID: uid)])
    }

    /// The vessel columns of `sdn.csv` kept as labelled remarks.
    private static let vesselColumns = [(6, "vesselType"), (7, "tonnage"), (8, "grossRegisteredTonnage"), (10, "vesselOwner")]

    /// OFAC writes individuals `LAST, First Middle`; the part before the first comma is the surname.
    private static func personAwareName(_ value: String, kind: NameKind, entityKind: EntityKind) -> EntityName {
        guard entityKind == .person, let comma = value.firstByteRange(of: ", ") else { return EntityName(value, kind: kind) }
        let family = String(value[..<comma.lowerBound])
        let given = String(value[comma.upperBound...])
        return EntityName(value, kind: kind, parts: [NamePart(.given, given), NamePart(.family, family)])
    }

    /// A side file's rows grouped by ent_num; an absent file reads as empty.
    private static func readSideFile(
        _ url: URL?, minimumColumns: Int, warnings: inout [ListReadWarning]
    ) throws(ListReadError) -> [String: [[String]]] {
        guard let url else { return [:] }
        var rows = try CSVRows(fileURL: url)
        var grouped: [String: [[String]]] = [:]
        while let row = rows.next() {
            if isEndMarker(row) { continue }
            guard let uid = field(row, 0), Int(uid) != nil else {
                if rows.rowNumber == 1 { continue }  // header row
                throw ListReadError(file: url.path, line: rows.rowNumber, problem: .missingField(field: "a numeric ent_num", record: "row \(rows.rowNumber)"))
            }
            if row.count < minimumColumns {
                warnings.append(ListReadWarning(
                    file: url.lastPathComponent, line: rows.rowNumber,
                    message: "row has \(row.count) fields, expected at least \(minimumColumns): read the fields present"))
            }
            grouped[uid, default: []].append(row)
        }
        try rows.checkError()
        return grouped
    }

    /// The field at `index`, trimmed, nil when absent, empty or OFAC's `-0-`.
    static func field(_ row: [String], _ index: Int) -> String? {
        guard index < row.count else { return nil }
        let value = row[index].trimmed
        return value.isEmpty || value == "-0-" ? nil : value
    }

    /// OFAC ends each file with a Ctrl-Z line.
    private static func isEndMarker(_ row: [String]) -> Bool {
        row.count == 1 && row[0].allSatisfy { $0 == "\u{1A}" || $0.isWhitespace }
    }

    /// The side files that belong with a primary file: `alt.csv` beside `sdn.csv`, `cons_alt.csv` beside
    /// `cons_prim.csv`; matched case-insensitively, as OFAC's own file names vary in case.
    struct SiblingFiles {
        var aliases: URL?
        var addresses: URL?
        var comments: URL?
        var missing: [String] = []

        init(primary: URL) {
            let directory = primary.deletingLastPathComponent()
            let prefix = primary.lastPathComponent.lowercased().hasPrefix("cons_") ? "cons_" : ""
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            func find(_ names: [String]) -> URL? {
                entries.first { names.contains($0.lowercased()) }.map { directory.appendingPathComponent($0) }
            }
            aliases = find(["\(prefix)alt.csv"])
            addresses = find(["\(prefix)add.csv"])
            comments = find(prefix.isEmpty ? ["sdn_comments.csv"] : ["cons_comments.csv"])
            if aliases == nil { missing.append("\(prefix)alt.csv") }
            if addresses == nil { missing.append("\(prefix)add.csv") }
        }
    }
}
