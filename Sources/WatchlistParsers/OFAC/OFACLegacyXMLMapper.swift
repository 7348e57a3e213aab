import Foundation
import WatchlistCore

/// Turns one `sdnEntry` element of OFAC's legacy XML (SDN.XML / CONSOLIDATED.XML) into an `Entity`.
///
/// Schema facts from OFAC's `sdn.xsd` / `consolidated.xsd` and the published files: `uid`, `firstName`,
/// `lastName`, `title`, `sdnType` (Individual, Entity, Vessel, Aircraft), `remarks`, `programList/program`,
/// `idList/id`, `akaList/aka` (`type` a.k.a./f.k.a./n.k.a., `category` strong/weak), `addressList/address`,
/// `nationalityList`, `citizenshipList`, `dateOfBirthList`, `placeOfBirthList`, `vesselInfo`.
struct OFACLegacyXMLMapper {
    /// The provenance source name.
    static let sourceName = "OFAC"

    var file: String
    var published: PartialDate?

    func entity(from entry: XMLNode) throws(ListReadError) -> Entity {
        guard let uid = entry.text(of: "uid") else {
            throw ListReadError(file: file, line: entry.line, problem: .missingField(field: "<uid>", record: "an <sdnEntry>"))
        }
        let kind = Self.kind(entry.text(of: "sdnType"))
        var names: [EntityName] = []
        if let primary = name(entry, kind: .primary, entityKind: kind) { names.append(primary) }
        guard !names.isEmpty else {
            throw ListReadError(
                file: file, line: entry.line, problem: .missingField(field: "<lastName>", record: "<sdnEntry> uid \(uid)"))
        }
        for aka in entry.items("akaList", "aka") {
            let nameKind: NameKind
            if aka.text(of: "category")?.lowercased() == "weak" {
                nameKind = .weakAlias
            } else if aka.text(of: "type")?.lowercased() == "f.k.a." {
                nameKind = .former
            } else {
                nameKind = .alias
            }
            if let alias = name(aka, kind: nameKind, entityKind: kind) { names.append(alias) }
        }

        var countries: [CountryLink] = []
        for nationality in entry.items("nationalityList", "nationality") {
            if let country = nationality.text(of: "country") { countries.append(CountryLink(role: .nationality, name: country)) }
        }
        for citizenship in entry.items("citizenshipList", "citizenship") {
            if let country = citizenship.text(of: "country") { countries.append(CountryLink(role: .citizenship, name: country)) }
        }
        let addresses = entry.items("addressList", "address").map { address in
            Address(
                street: ["address1", "address2", "address3"].compactMap { address.text(of: $0) },
                city: address.text(of: "city"), stateOrProvince: address.text(of: "stateOrProvince"),
                postalCode: address.text(of: "postalCode"), country: address.text(of: "country"))
        }
        for country in Set(addresses.compactMap(\.country)).sorted() {
            countries.append(CountryLink(role: .location, name: country))
        }
        var identifiers = entry.items("idList", "id").compactMap { id -> Identifier? in
            guard let type = id.text(of: "idType"), let value = id.text(of: "idNumber") else { return nil }
            return Identifier(
                type: type, value: value, country: id.text(of: "idCountry"),
                issued: id.text(of: "issueDate").flatMap(OFACDate.partialDate),
                expires: id.text(of: "expirationDate").flatMap(OFACDate.partialDate))
        }
        var remarks = entry.text(of: "remarks").map { [$0] } ?? []
        if let vessel = entry.child("vesselInfo") {
            if let callSign = vessel.text(of: "callSign") { identifiers.append(Identifier(type: "Call Sign", value: callSign)) }
            if let flag = vessel.text(of: "vesselFlag") { countries.append(CountryLink(role: .flag, name: flag)) }
            for field in ["vesselType", "vesselOwner", "tonnage", "grossRegisteredTonnage"] {
                if let value = vessel.text(of: field) { remarks.append("\(field): \(value)") }
            }
        }

        return Entity(
            id: .ofac(uid: uid), kind: kind, names: names,
            birthDates: entry.items("dateOfBirthList", "dateOfBirthItem").compactMap {
                $0.text(of: "dateOfBirth").flatMap(OFACDate.birthDate)
            },
            birthPlaces: entry.items("placeOfBirthList", "placeOfBirthItem").compactMap { $0.text(of: "placeOfBirth") },
            countries: countries,
            programs: entry.items("programList", "program").compactMap { program in
                program.text.isEmpty ? nil : SanctionsProgram(program.text, authority: "US-OFAC")
            },
            identifiers: identifiers, addresses: addresses,
            relations: remarks.flatMap(Self.linkedParties).map { Relation(role: "linked to", targetName: $0) },
            titles: entry.text(of: "title").map { [$0] } ?? [],
            remarks: remarks,
            provenance: [Provenance(source: Self.sourceName, file: file, published: published, recordID: uid)])
    }

    /// A name from an element with `firstName` / `lastName`; OFAC writes individuals "LAST, First".
    private func name(_ node: XMLNode, kind: NameKind, entityKind: EntityKind) -> EntityName? {
        let first = node.text(of: "firstName")
        guard let last = node.text(of: "lastName") ?? first else { return nil }
        guard let first, node.text(of: "lastName") != nil else {
            return EntityName(last, kind: kind)
        }
        return EntityName("\(last), \(first)", kind: kind, parts: [NamePart(.given, first), NamePart(.family, last)])
    }

    /// The parties named after "Linked To:" in a remark: `(Linked To: IRAN GOVERNMENT)`.
    static func linkedParties(in remark: String) -> [String] {
        remark.components(separatedBy: "Linked To:").dropFirst().compactMap { tail in
            let name = tail.prefix { $0 != ")" && $0 != ";" }.trimmed
            return name.isEmpty ? nil : name
        }
    }

    static func kind(_ sdnType: String?) -> EntityKind {
        switch sdnType?.lowercased() {
        case "individual": .person
        case "entity": .organization
        case "vessel": .vessel
        case "aircraft": .aircraft
        default: .unknown
        }
    }
}
