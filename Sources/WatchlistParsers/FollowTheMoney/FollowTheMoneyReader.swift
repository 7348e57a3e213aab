import Foundation
import WatchlistCore

/// Reads OpenSanctions / FollowTheMoney entities (`entities.ftm.json`): one JSON object per line,
/// `{"id", "schema", "properties": {"name": [...], ...}, "datasets": [...]}`. Ids become `ftm:<id>`.
///
/// Streamed line by line through `LineReader`, so the 2 GB full export reads in flat memory. Schemas that
/// are not parties (addresses, sanctions, ownership links, ...) are counted in the summary's warnings
/// rather than turned into entities. Field meanings from the FollowTheMoney schema reference
/// (followthemoney.tech, "Thing", "LegalEntity", "Person", "Vessel" schemata).
enum FollowTheMoneyReader {
    static func read(fileURL: URL, emit: (Entity) -> Void) throws(ListReadError) -> ListFileSummary {
        let file = fileURL.lastPathComponent
        var lines = try LineReader(fileURL: fileURL)
        var count = 0
        var skippedSchemas: [String: Int] = [:]
        while let (line, number) = try lines.next() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any] else {
                throw ListReadError(
                    file: fileURL.path, line: number,
                    problem: .malformed("line \(number) is not a JSON object (one entity per line is expected)"))
            }
            guard let id = object["id"] as? String, !id.isEmpty else {
                throw ListReadError(file: fileURL.path, line: number, problem: .missingField(field: "\"id\"", record: "the entity on line \(number)"))
            }
            let schema = object["schema"] as? String ?? ""
            guard let kind = kinds[schema] else {
                skippedSchemas[schema, default: 0] += 1
                continue
            }
            let properties = object["properties"] as? [String: Any] ?? [:]
            let datasets = object["datasets"] as? [String] ?? []
            emit(entity(id: id, kind: kind, properties: properties, datasets: datasets, file: file))
            count += 1
        }
        let warnings = skippedSchemas.sorted { $0.key < $1.key }.map { schema, skipped in
            ListReadWarning(file: file, message: "\(skipped) records of schema \(schema.isEmpty ? "(none)" : schema) are not parties: not screened")
        }
        return ListFileSummary(format: .followTheMoneyJSON, published: nil, entityCount: count, warnings: warnings)
    }

    /// FollowTheMoney schemata that name a party, and what kind of party.
    static let kinds: [String: EntityKind] = [
        "Person": .person, "Organization": .organization, "Company": .organization, "LegalEntity": .unknown,
        "PublicBody": .organization, "Vessel": .vessel, "Airplane": .aircraft,
    ]

    private static func entity(id: String, kind: EntityKind, properties: [String: Any], datasets: [String], file: String) -> Entity {
        func values(_ key: String) -> [String] {
            (properties[key] as? [Any] ?? []).compactMap { $0 as? String }.filter { !$0.isEmpty }
        }
        var names: [EntityName] = []
        func addNames(_ key: String, _ nameKind: NameKind) {
            for value in values(key) where !names.contains(where: { $0.value == value }) {
                let script = WritingScript.code(for: value)
                let isOriginal = script != nil && script != "Latn"
                names.append(EntityName(value, kind: isOriginal && nameKind != .weakAlias ? .originalScript : nameKind, script: script))
            }
        }
        addNames("name", .primary)
        // Only the first "name" is the caption; the others are equally strong names.
        for index in names.indices.dropFirst() where names[index].kind == .primary { names[index].kind = .alias }
        addNames("alias", .alias)
        addNames("previousName", .former)
        addNames("weakAlias", .weakAlias)
        addNames("abbreviation", .acronym)
        if names.isEmpty { names.append(EntityName(id, kind: .primary)) }

        var countries = values("nationality").map { CountryLink(role: .nationality, name: $0, isoCode: $0.uppercased()) }
        countries += values("citizenship").map { CountryLink(role: .citizenship, name: $0, isoCode: $0.uppercased()) }
        countries += values("country").map { CountryLink(role: .location, name: $0, isoCode: $0.uppercased()) }
        countries += values("jurisdiction").map { CountryLink(role: .jurisdiction, name: $0, isoCode: $0.uppercased()) }
        countries += values("flag").map { CountryLink(role: .flag, name: $0, isoCode: $0.uppercased()) }
        var identifiers: [Identifier] = []
        for (key, type) in [
            ("idNumber", "ID Number"), ("passportNumber", "Passport"), ("taxNumber", "Tax ID"),
            ("registrationNumber", "Registration Number"), ("imoNumber", "IMO"), ("innCode", "INN"),
            ("ogrnCode", "OGRN"), ("leiCode", "LEI"), ("swiftBic", "SWIFT/BIC"), ("mmsi", "MMSI"),
        ] {
            identifiers += values(key).map { Identifier(type: type, value: $0) }
        }
        return Entity(
            id: EntityID(source: "ftm", local: id), kind: kind, names: names,
            birthDates: values("birthDate").compactMap { PartialDate(iso: String($0.prefix(10))).map(BirthDate.exact) },
            birthPlaces: values("birthPlace"), countries: countries,
            programs: values("program").map { SanctionsProgram($0) }, identifiers: identifiers,
            addresses: values("address").map { Address(street: [$0]) },
            titles: values("title") + values("position"), gender: values("gender").first,
            remarks: values("notes") + values("summary"),
            provenance: [Provenance(source: datasets.isEmpty ? "OpenSanctions" : datasets.joined(separator: ","), file: file, recordID: id)])
    }
}
