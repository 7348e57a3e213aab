import Foundation
import WatchlistCore

/// Turns the parts of OFAC's Advanced XML (SDN_ADVANCED.XML, root `Sanctions`) into entities.
///
/// Structure from OFAC's `sdn_advanced.xsd` (../shared/lists/schemas/ofac_sdn_advanced.xsd):
/// - `DistinctParty/@FixedRef` is the record's uid (the legacy `uid`), so ids agree across OFAC formats;
///   its `Profile` has `@PartySubTypeID` (Vessel, Aircraft, or "Unknown" under PartyType Individual/Entity).
/// - `Profile/Identity/Alias` (`@AliasTypeID`: A.K.A., F.K.A., N.K.A., Name; `@Primary`; `@LowQuality`,
///   OFAC's weak alias) holds `DocumentedName`s, one per script, each a sequence of
///   `DocumentedNamePart/NamePartValue` (`@NamePartGroupID`, `@ScriptID`); the identity's
///   `NamePartGroups/MasterNamePartGroup/NamePartGroup` give each group its `@NamePartTypeID`
///   (Last Name, First Name, Middle Name, Patronymic, Entity Name, ...).
/// - `Profile/Feature` (`@FeatureTypeID`: Birthdate, Place of Birth, Nationality Country, Location,
///   Gender, Vessel Flag, SWIFT/BIC, ...) has `FeatureVersion`s with `DatePeriod`s, `VersionDetail`s
///   (`@DetailTypeID` TEXT / LOOKUP / DATE / COUNTRY, `@DetailReferenceID`) and `VersionLocation`s.
/// - `IDRegDocuments/IDRegDocument` belong to an identity (`@IdentityID`): `IDRegistrationNo`,
///   `IssuingAuthority`, `@IssuedBy-CountryID`, `DocumentDate`s typed Issue Date / Expiration Date.
/// - `ProfileRelationships/ProfileRelationship` link two profiles (`@RelationTypeID`).
/// - `SanctionsEntries/SanctionsEntry/@ProfileID` carries the programmes: `SanctionsMeasure`s whose
///   `SanctionsType` is "Program" have the programme code as their `Comment`.
struct OFACAdvancedXMLMapper {
    /// The provenance source name (the same as the other OFAC formats', so merged records agree).
    static let sourceName = "OFAC"

    /// One party, as read from its `DistinctParty`, before the parts later in the file are attached.
    struct Party {
        var entity: Entity
        var profileIDs: [String]
        var identityIDs: [String]
    }

    var file: String
    var published: PartialDate?
    var references = OFACAdvancedReferences()

    // MARK: - Parties

    func party(from node: XMLNode) throws(ListReadError) -> (party: Party, warnings: [ListReadWarning]) {
        guard let fixedRef = node.attributes["FixedRef"].flatMap({ $0.isEmpty ? nil : $0 }) else {
            throw ListReadError(
                file: file, line: node.line, problem: .missingField(field: "a FixedRef attribute", record: "a <DistinctParty>"))
        }
        var warnings: [ListReadWarning] = []
        func warn(_ line: Int, _ message: String) {
            warnings.append(ListReadWarning(file: file, line: line, message: "party \(fixedRef): \(message)"))
        }
        let profiles = node.children("Profile")
        var facts = Facts()
        facts.remarks = node.children("Comment").map(\.text).filter { !$0.isEmpty }
        var names: [EntityName] = []
        var identityIDs: [String] = []
        for profile in profiles {
            facts.remarks += profile.children("Comment").map(\.text).filter { !$0.isEmpty }
            for identity in profile.children("Identity") {
                if let id = identity.attributes["ID"] { identityIDs.append(id) }
                for alias in identity.children("Alias") {
                    let mapped = self.names(from: alias, groupTypes: Self.groupTypes(identity))
                    if mapped.isEmpty { warn(alias.line, "an <Alias> has no name text; skipped") }
                    names += mapped
                }
            }
            for feature in profile.children("Feature") {
                read(feature, into: &facts, warn: warn)
            }
        }
        guard !names.isEmpty else {
            throw ListReadError(
                file: file, line: node.line, problem: .missingField(field: "an <Alias> with a name", record: "<DistinctParty> \(fixedRef)"))
        }
        if !names.contains(where: { $0.kind == .primary }) { warn(node.line, "no primary name") }
        let kind = references.kind(partySubTypeID: profiles.first?.attributes["PartySubTypeID"])
        let entity = Entity(
            id: .ofac(uid: fixedRef), kind: kind, names: names,
            birthDates: facts.birthDates, birthPlaces: facts.birthPlaces, countries: facts.countries,
            identifiers: facts.identifiers, addresses: facts.addresses, titles: facts.titles, gender: facts.gender,
            remarks: facts.remarks,
            provenance: [Provenance(source: Self.sourceName, file: file, published: published, recordID: fixedRef)])
        return (Party(entity: entity, profileIDs: profiles.compactMap { $0.attributes["ID"] }, identityIDs: identityIDs), warnings)
    }

    /// Name part group IDs to their NamePartTypeID, from an identity's `NamePartGroups`.
    private static func groupTypes(_ identity: XMLNode) -> [String: String] {
        var types: [String: String] = [:]
        for master in identity.child("NamePartGroups")?.children("MasterNamePartGroup") ?? [] {
            for group in master.children("NamePartGroup") {
                if let id = group.attributes["ID"], let type = group.attributes["NamePartTypeID"] { types[id] = type }
            }
        }
        return types
    }

    /// One name per `DocumentedName` of the alias: Latin ones with the alias's kind, others as
    /// `.originalScript` names in their script.
    private func names(from alias: XMLNode, groupTypes: [String: String]) -> [EntityName] {
        let aliasKind = OFACEnhancedXMLMapper.nameKind(
            isPrimary: alias.attributes["Primary"] == "true",
            aliasType: references.value("AliasType", alias.attributes["AliasTypeID"]),
            isLowQuality: alias.attributes["LowQuality"] == "true")
        return alias.children("DocumentedName").compactMap { documented -> EntityName? in
            let values = documented.children("DocumentedNamePart").compactMap { $0.child("NamePartValue") }
                .filter { !$0.text.isEmpty }
            guard !values.isEmpty else { return nil }
            let typed = values.map { value in
                (type: references.value("NamePartType", groupTypes[value.attributes["NamePartGroupID"] ?? ""]) ?? "",
                 value: value.text)
            }
            let parts = OFACEnhancedXMLMapper.nameParts(typed)
            let text = Self.fullName(parts.isEmpty ? typed.map { NamePart(.other, $0.value) } : parts)
            // The script the file declares wins over the one the letters suggest: Cyrillic names often
            // start with letters that look Latin (`OOO ШПИННЕР`, Belarusian `I`).
            let declared = references.attribute("Script", values[0].attributes["ScriptID"], "ScriptCode")
                .flatMap { $0.count == 4 && $0.first?.isUppercase == true ? $0 : nil }
            let script = declared ?? WritingScript.code(for: text)
            let isOriginalScript = script != nil && script != "Latn"
            var kind = isOriginalScript ? NameKind.originalScript : aliasKind
            if kind == .alias, values.allSatisfy({ $0.attributes["Acronym"] == "true" }) { kind = .acronym }
            return EntityName(text, kind: kind, parts: parts, script: isOriginalScript ? script : nil)
        }
    }

    /// OFAC's way of writing a personal name whole: `FAMILY, Given Middle`; other names in part order.
    static func fullName(_ parts: [NamePart]) -> String {
        let family = parts.filter { $0.role == .family }.map(\.value)
        let rest = parts.filter { $0.role != .family }.map(\.value)
        guard !family.isEmpty, parts.contains(where: { [.given, .middle, .patronymic].contains($0.role) }) else {
            return parts.map(\.value).joined(separator: " ")
        }
        return family.joined(separator: " ") + ", " + rest.joined(separator: " ")
    }

    // MARK: - Features

    /// What a profile's features say, sorted into the entity's fields.
    private struct Facts {
        var birthDates: [BirthDate] = []
        var birthPlaces: [String] = []
        var countries: [CountryLink] = []
        var identifiers: [Identifier] = []
        var addresses: [Address] = []
        var titles: [String] = []
        var gender: String?
        var remarks: [String] = []
    }

    private func read(_ feature: XMLNode, into facts: inout Facts, warn: (Int, String) -> Void) {
        let typeID = feature.attributes["FeatureTypeID"]
        let type = references.value("FeatureType", typeID) ?? "Feature \(typeID ?? "?")"
        for version in feature.children("FeatureVersion") {
            let locations = version.children("VersionLocation").compactMap { reference -> OFACAdvancedReferences.Location? in
                let id = reference.attributes["LocationID"]
                guard let location = id.flatMap({ references.locations[$0] }) else {
                    warn(reference.line, "\(type) refers to location \(id ?? "?"), which the file does not have")
                    return nil
                }
                return location
            }
            let details = version.children("VersionDetail").map { detail in
                (kind: references.value("DetailType", detail.attributes["DetailTypeID"])?.uppercased() ?? "",
                 text: detail.text.isEmpty ? references.value("DetailReference", detail.attributes["DetailReferenceID"]) ?? "" : detail.text)
            }.filter { !$0.text.isEmpty }
            let periods = version.children("DatePeriod")
            func link(_ role: CountryLink.Role) {
                for location in locations {
                    for country in location.countries where !facts.countries.contains(where: { $0.role == role && $0.name == country.name }) {
                        facts.countries.append(CountryLink(role: role, name: country.name, isoCode: country.isoCode))
                    }
                }
                for detail in details { facts.countries.append(CountryLink(role: role, name: detail.text)) }
            }
            switch type.lowercased() {
            case "birthdate":
                for period in periods {
                    if let date = birthDate(period) { facts.birthDates.append(date) } else { warn(period.line, "a Birthdate period has no date") }
                }
                for detail in details { facts.remarks.append("Birthdate: \(detail.text)") }
            case "place of birth":
                facts.birthPlaces += details.map(\.text) + locations.map(Self.formatted).filter { !$0.isEmpty }
            case "nationality country": link(.nationality)
            case "citizenship country": link(.citizenship)
            case "nationality of registration": link(.jurisdiction)
            case "vessel flag": link(.flag)
            case "location":
                for location in locations {
                    facts.addresses.append(Self.address(location))
                    for country in location.countries where !facts.countries.contains(where: { $0.role == .location && $0.name == country.name }) {
                        facts.countries.append(CountryLink(role: .location, name: country.name, isoCode: country.isoCode))
                    }
                }
            case "gender": facts.gender = details.first?.text ?? facts.gender
            case "title": facts.titles += details.map(\.text)
            default:
                for detail in details {
                    switch detail.kind {
                    case "TEXT": facts.identifiers.append(Identifier(type: type, value: detail.text))
                    case "COUNTRY": facts.countries.append(CountryLink(role: .other, name: detail.text))
                    default: facts.remarks.append(Self.remark(type, detail.text))
                    }
                }
                for period in periods {
                    if let date = period.child("Start")?.child("From").flatMap(Self.date) {
                        facts.remarks.append(Self.remark(type, date.description))
                    }
                }
                for location in locations { facts.remarks.append(Self.remark(type, Self.formatted(location))) }
            }
        }
    }

    private static func remark(_ type: String, _ value: String) -> String {
        "\(type.hasSuffix(":") || type.hasSuffix("-") ? type : type + ":") \(value)"
    }

    /// A birth date from a `DatePeriod`: its start's `From` to its end's `To` (OFAC writes "1962" as
    /// 1962-01-01 ... 1962-12-31 and "circa 1955" with `Approximate` set on both bounds).
    func birthDate(_ period: XMLNode) -> BirthDate? {
        let start = period.child("Start")
        let end = period.child("End")
        guard let from = (start?.child("From") ?? start?.child("To")).flatMap(Self.date),
            let to = (end?.child("To") ?? end?.child("From") ?? start?.child("To")).flatMap(Self.date) ?? Optional(from)
        else { return nil }
        let approximate = start?.attributes["Approximate"] == "true" || end?.attributes["Approximate"] == "true"
        return OFACEnhancedDate.birthDate(from: from, to: to, approximate: approximate)
    }

    /// A `Year`/`Month`/`Day` date point.
    static func date(_ point: XMLNode) -> PartialDate? {
        guard let year = point.text(of: "Year").flatMap(Int.init) else { return nil }
        return PartialDate(year: year, month: point.text(of: "Month").flatMap(Int.init), day: point.text(of: "Day").flatMap(Int.init))
    }

    static func address(_ location: OFACAdvancedReferences.Location) -> Address {
        var address = Address(country: location.countries.first?.name)
        var notes: [String] = []
        for part in location.parts {
            switch part.type.uppercased() {
            case "ADDRESS1", "ADDRESS2", "ADDRESS3": address.street.append(part.value)
            case "CITY": address.city = part.value
            case "STATE/PROVINCE": address.stateOrProvince = part.value
            case "POSTAL CODE": address.postalCode = part.value
            default: notes.append(part.value)  // REGION and any other part
            }
        }
        address.note = notes.isEmpty ? nil : notes.joined(separator: "; ")
        return address
    }

    static func formatted(_ location: OFACAdvancedReferences.Location) -> String {
        let address = address(location)
        return ([address.formatted] + (address.note.map { [$0] } ?? [])).filter { !$0.isEmpty }.joined(separator: ", ")
    }

    // MARK: - Documents

    /// An `IDRegDocument` as the identifier of the identity it belongs to.
    func document(_ node: XMLNode) -> (identityID: String, identifier: Identifier)? {
        guard let identityID = node.attributes["IdentityID"], let number = node.text(of: "IDRegistrationNo") else { return nil }
        var issued: PartialDate?
        var expires: PartialDate?
        for documentDate in node.children("DocumentDate") {
            let date = documentDate.child("DatePeriod")?.child("Start")?.child("From").flatMap(Self.date)
            switch references.value("IDRegDocDateType", documentDate.attributes["IDRegDocDateTypeID"])?.lowercased() {
            case "issue date": issued = date
            case "expiration date": expires = date
            default: break
            }
        }
        var notes: [String] = []
        if let authority = node.text(of: "IssuingAuthority") { notes.append("issued by \(authority)") }
        if let location = node.attributes["IssuedIn-LocationID"].flatMap({ references.locations[$0] }) {
            notes.append("issued in \(Self.formatted(location))")
        }
        if let validity = references.value("Validity", node.attributes["ValidityID"]), validity.lowercased() != "valid" {
            notes.append(validity)
        }
        if let comment = node.text(of: "Comment") { notes.append(comment) }
        let identifier = Identifier(
            type: references.value("IDRegDocType", node.attributes["IDRegDocTypeID"]) ?? "Document", value: number,
            country: references.country(node.attributes["IssuedBy-CountryID"])?.name, issued: issued, expires: expires,
            note: notes.isEmpty ? nil : notes.joined(separator: "; "))
        return (identityID, identifier)
    }
}
