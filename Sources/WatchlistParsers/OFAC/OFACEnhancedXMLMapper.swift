import Foundation
import WatchlistCore

/// Turns one `entity` element of OFAC's Enhanced XML (SDN_ENHANCED.XML, CONS_ENHANCED.XML) into an `Entity`.
///
/// Structure as published by OFAC's Sanctions List Service (namespace
/// `https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML`), read from the
/// files themselves:
/// - `entity/@id` is the same number as the legacy `uid`, so ids agree across OFAC formats (`ofac:<id>`).
/// - `generalInfo`: `entityType` (Individual, Entity, Vessel, Aircraft) and `remarks`.
/// - `sanctionsLists`, `sanctionsPrograms` (the programme codes), `sanctionsTypes`, `legalAuthorities`.
/// - `names/name`: `isPrimary`, `aliasType` (A.K.A., F.K.A., N.K.A.), `isLowQuality` (OFAC's "weak" alias);
///   each name has `translations/translation`, one `isPrimary` (Latin) and others in their own `script`,
///   with `formattedFullName` and `nameParts/namePart` (`type`: Last Name, First Name, Middle Name, ...).
/// - `addresses/address`: `country` and translated `addressParts` (ADDRESS1..3, CITY, STATE/PROVINCE,
///   POSTAL CODE, REGION).
/// - `features/feature`: a `type` (with `featureTypeId`), a `value`, for lookups a `valueRefId`, for dates
///   a `valueDate` period (`fromDateBegin` ... `toDateEnd`, `isApproximate`, `isDateRange`).
/// - `identityDocuments/identityDocument`: `type`, `documentNumber`, `issuingCountry`, `issuingAuthority`,
///   `isValid`.
/// - `relationships/relationship`: `type` and `relatedEntity/@entityId`.
struct OFACEnhancedXMLMapper {
    /// The provenance source name (the same as the legacy format's, so merged records agree).
    static let sourceName = "OFAC"

    var file: String
    var published: PartialDate?
    var references = OFACEnhancedReferences()

    /// The entity, and warnings for odd-but-usable parts of the record.
    func entity(from node: XMLNode) throws(ListReadError) -> (entity: Entity, warnings: [ListReadWarning]) {
        guard let id = node.attributes["id"].flatMap({ $0.isEmpty ? nil : $0 }) else {
            throw ListReadError(file: file, line: node.line, problem: .missingField(field: "an id attribute", record: "an <entity>"))
        }
        var warnings: [ListReadWarning] = []
        let general = node.child("generalInfo")
        let kind = Self.kind(general?.text(of: "entityType"))

        var names: [EntityName] = []
        for name in node.items("names", "name") {
            let mapped = self.names(from: name)
            if mapped.isEmpty {
                warnings.append(ListReadWarning(
                    file: file, line: name.line, message: "entity \(id): a <name> has no text; skipped"))
            }
            names += mapped
        }
        guard !names.isEmpty else {
            throw ListReadError(file: file, line: node.line, problem: .missingField(field: "<names>", record: "<entity> id \(id)"))
        }
        if !names.contains(where: { $0.kind == .primary }) {
            warnings.append(ListReadWarning(file: file, line: node.line, message: "entity \(id) has no primary name"))
        }

        var facts = Facts()
        for feature in node.items("features", "feature") {
            read(feature, into: &facts)
        }
        let addresses = node.items("addresses", "address").flatMap(self.addresses)
        for address in node.items("addresses", "address") {
            if let country = address.text(of: "country") {
                let link = CountryLink(
                    role: .location, name: country, isoCode: references.countryCode(address.child("country")?.attributes["refId"]))
                if !facts.countries.contains(link) { facts.countries.append(link) }
            }
        }
        let documents = node.items("identityDocuments", "identityDocument").compactMap(identifier)

        var remarks: [String] = []
        if let remark = general?.text(of: "remarks") { remarks.append(remark) }
        remarks += facts.remarks
        let lists = node.items("sanctionsLists", "sanctionsList").map(\.text).filter { !$0.isEmpty }
        if !lists.isEmpty { remarks.append("OFAC lists: " + lists.joined(separator: "; ")) }

        let entity = Entity(
            id: .ofac(uid: id), kind: kind, names: names,
            birthDates: facts.birthDates, birthPlaces: facts.birthPlaces, countries: facts.countries,
            programs: node.items("sanctionsPrograms", "sanctionsProgram").compactMap { program in
                program.text.isEmpty ? nil : SanctionsProgram(program.text, authority: "US-OFAC")
            },
            identifiers: documents + facts.identifiers, addresses: addresses,
            relations: node.items("relationships", "relationship").compactMap(relation),
            titles: facts.titles, gender: facts.gender, remarks: remarks,
            provenance: [Provenance(source: Self.sourceName, file: file, published: published, recordID: id)])
        return (entity, warnings)
    }

    // MARK: - Names

    /// Every translation of one `name`: the primary (Latin) one with the name's kind, the others in their
    /// own script as `.originalScript` names.
    private func names(from name: XMLNode) -> [EntityName] {
        let kind = Self.nameKind(
            isPrimary: name.text(of: "isPrimary") == "true", aliasType: name.text(of: "aliasType"),
            isLowQuality: name.text(of: "isLowQuality") == "true")
        return name.items("translations", "translation").compactMap { translation -> EntityName? in
            let parts = translation.items("nameParts", "namePart").compactMap { part -> (String, String)? in
                guard let value = part.text(of: "value") else { return nil }
                return (part.text(of: "type") ?? "", value)
            }
            guard let value = translation.text(of: "formattedFullName")
                ?? (parts.isEmpty ? nil : parts.map(\.1).joined(separator: " "))
            else { return nil }
            // The script the file declares wins over the one the letters suggest: Cyrillic names often
            // start with letters that look Latin (`OOO ШПИННЕР`, Belarusian `I`).
            let script = references.scriptCode(translation.child("script")?.attributes["refId"]) ?? WritingScript.code(for: value)
            // A non-primary translation is the same name in another script; in Latin it is one more spelling.
            let isOriginalScript = translation.text(of: "isPrimary") != "true" && script != nil && script != "Latn"
            return EntityName(
                value, kind: isOriginalScript ? .originalScript : kind,
                parts: Self.nameParts(parts), script: isOriginalScript ? script : nil)
        }
    }

    static func nameKind(isPrimary: Bool, aliasType: String?, isLowQuality: Bool) -> NameKind {
        if isPrimary { return .primary }
        if isLowQuality { return .weakAlias }
        switch aliasType?.lowercased() {
        case "f.k.a.": return .former
        default: return .alias  // a.k.a., and n.k.a. (the name it is now known as)
        }
    }

    /// Structured parts, only when they separate a personal name; a lone "Entity Name" / "Vessel Name"
    /// part is the whole name and adds nothing.
    static func nameParts(_ parts: [(type: String, value: String)]) -> [NamePart] {
        let mapped = parts.map { part -> NamePart in
            let role: NamePart.Role =
                switch part.type.lowercased() {
                case "last name": .family
                case "first name": .given
                case "middle name": .middle
                case "patronymic": .patronymic
                default: .other  // Maiden Name, Matronymic, Nickname, Entity/Vessel/Aircraft Name
                }
            return NamePart(role, part.value)
        }
        return mapped.contains(where: { $0.role != .other }) ? mapped : []
    }

    static func kind(_ entityType: String?) -> EntityKind {
        switch entityType?.lowercased() {
        case "individual": .person
        case "entity": .organization
        case "vessel": .vessel
        case "aircraft": .aircraft
        default: .unknown
        }
    }

    // MARK: - Features

    /// What an entity's features say, sorted into the entity's fields.
    private struct Facts {
        var birthDates: [BirthDate] = []
        var birthPlaces: [String] = []
        var countries: [CountryLink] = []
        var identifiers: [Identifier] = []
        var titles: [String] = []
        var gender: String?
        var remarks: [String] = []
    }

    private func read(_ feature: XMLNode, into facts: inout Facts) {
        guard let type = feature.text(of: "type") else { return }
        let value = feature.text(of: "value")
        let countryCode = references.countryCode(feature.text(of: "valueRefId"))
        func link(_ role: CountryLink.Role) {
            if let value { facts.countries.append(CountryLink(role: role, name: value, isoCode: countryCode)) }
        }
        switch type.lowercased() {
        case "birthdate":
            if let date = OFACEnhancedDate.birthDate(value: value, period: feature.child("valueDate")) {
                facts.birthDates.append(date)
            } else if let value {
                facts.remarks.append("Birthdate: \(value)")
            }
        case "place of birth":
            if let value { facts.birthPlaces.append(value) }
        case "nationality country": link(.nationality)
        case "citizenship country": link(.citizenship)
        case "nationality of registration": link(.jurisdiction)
        case "vessel flag": link(.flag)
        case "location": link(.location)
        case "gender": facts.gender = value
        case "title": if let value { facts.titles.append(value) }
        case "issuer name", "vessel type", "vessel owner", "vessel tonnage", "vessel gross registered tonnage":
            if let value { facts.remarks.append("\(type): \(value)") }
        default:
            guard let value else { return }
            // The file's featureTypes table says what a feature holds: free-text features are numbers and
            // handles (SWIFT/BIC, ISIN, website, e-mail, IMO, call sign); countries are links; lookups and
            // dates (directive determinations, listing dates) are statements about the listing.
            switch references.featureDetailTypes[feature.child("type")?.attributes["featureTypeId"] ?? ""] {
            case "TEXT": facts.identifiers.append(Identifier(type: type, value: value))
            case "COUNTRY": link(.other)
            default: facts.remarks.append("\(type.hasSuffix(":") || type.hasSuffix("-") ? type : type + ":") \(value)")
            }
        }
    }

    // MARK: - Addresses, documents, relationships

    /// The address in each of its translations (the primary one first).
    private func addresses(_ address: XMLNode) -> [Address] {
        let country = address.text(of: "country")
        let translations = address.items("translations", "translation")
            .sorted { ($0.text(of: "isPrimary") == "true" ? 0 : 1) < ($1.text(of: "isPrimary") == "true" ? 0 : 1) }
        var result: [Address] = []
        for translation in translations {
            var mapped = Address(country: country)
            var notes: [String] = []
            for part in translation.items("addressParts", "addressPart") {
                guard let value = part.text(of: "value") else { continue }
                switch part.text(of: "type")?.uppercased() {
                case "ADDRESS1", "ADDRESS2", "ADDRESS3": mapped.street.append(value)
                case "CITY": mapped.city = value
                case "STATE/PROVINCE": mapped.stateOrProvince = value
                case "POSTAL CODE": mapped.postalCode = value
                default: notes.append(value)  // REGION and any other part
                }
            }
            let hasParts = mapped != Address(country: country) || !notes.isEmpty
            if translation.text(of: "isPrimary") != "true", let script = translation.text(of: "script") {
                notes.append("in \(script) script")
            }
            mapped.note = notes.isEmpty ? nil : notes.joined(separator: "; ")
            // An address with only its country is kept once (it places the entity); one with nothing at all
            // (OFAC publishes such placeholders) is not an address.
            if hasParts { result.append(mapped) }
        }
        if result.isEmpty, let country { result.append(Address(country: country)) }
        return result
    }

    private func identifier(_ document: XMLNode) -> Identifier? {
        guard let type = document.text(of: "type"), let number = document.text(of: "documentNumber") else { return nil }
        var notes: [String] = []
        if let authority = document.text(of: "issuingAuthority") { notes.append("issued by \(authority)") }
        if let location = document.text(of: "issuingLocation") { notes.append("issued in \(location)") }
        if document.text(of: "isValid") == "false" { notes.append("not valid") }
        return Identifier(
            type: type, value: number, country: document.text(of: "issuingCountry"),
            issued: document.text(of: "issueDate").flatMap(OFACEnhancedDate.partialDate),
            expires: document.text(of: "expirationDate").flatMap(OFACEnhancedDate.partialDate),
            note: notes.isEmpty ? nil : notes.joined(separator: "; "))
    }

    private func relation(_ relationship: XMLNode) -> Relation? {
        guard let related = relationship.child("relatedEntity"), !related.text.isEmpty else { return nil }
        let role = relationship.text(of: "type")?.lowercased() ?? "linked to"
        return Relation(
            role: role, targetName: related.text,
            targetID: related.attributes["entityId"].flatMap { $0.isEmpty ? nil : EntityID.ofac(uid: $0) })
    }
}
