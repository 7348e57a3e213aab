import Foundation
import WatchlistCore

/// The lookup tables of an OFAC Advanced XML file (SDN_ADVANCED.XML): its `ReferenceValueSets` and its
/// `Locations`, which precede `DistinctParties` (schema order: `DateOfIssue`, `ReferenceValueSets`,
/// `Locations`, `IDRegDocuments`, `DistinctParties`, `ProfileRelationships`, `SanctionsEntries`).
///
/// Every reference value set has the same shape, `<XValues><X ID="..." attr="...">text</X></XValues>`
/// (schema `ReferenceValueSetsSchemaType` in sdn_advanced.xsd), so they are kept generically by element name.
struct OFACAdvancedReferences {
    /// One reference value: its text and attributes (`ISO2` of a `Country`, `ScriptCode` of a `Script`,
    /// `PartyTypeID` of a `PartySubType`, ...).
    struct Value {
        var text: String
        var attributes: [String: String]
    }

    /// A `Location`, reduced to what entities use.
    struct Location {
        /// Parts as (LocPartType text, value): `("CITY", "Minsk")`.
        var parts: [(type: String, value: String)]
        /// The location's countries as (name, ISO 3166-1 alpha-2 code).
        var countries: [(name: String, isoCode: String?)]
    }

    /// Reference values by set element name (`AliasType`, `Country`, ...) and `ID`.
    private var sets: [String: [String: Value]] = [:]
    private(set) var locations: [String: Location] = [:]

    /// Adds the children of `ReferenceValueSets`.
    mutating func addReferenceValueSets(_ node: XMLNode) {
        for set in node.children {
            for value in set.children {
                guard let id = value.attributes["ID"] else { continue }
                sets[value.name, default: [:]][id] = Value(text: value.text, attributes: value.attributes)
            }
        }
    }

    /// The text of the value with this ID in this set (`value("AliasType", "1400")` is `A.K.A.`).
    func value(_ set: String, _ id: String?) -> String? {
        guard let id, let text = sets[set]?[id]?.text, !text.isEmpty else { return nil }
        return text
    }

    func attribute(_ set: String, _ id: String?, _ name: String) -> String? {
        guard let id else { return nil }
        return sets[set]?[id]?.attributes[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The ID of the value with this text in this set (`id("SanctionsType", "Program")`).
    func id(_ set: String, text: String) -> String? {
        sets[set]?.first { $0.value.text.caseInsensitiveCompare(text) == .orderedSame }?.key
    }

    /// The country with this ID as (name, ISO2).
    func country(_ id: String?) -> (name: String, isoCode: String?)? {
        value("Country", id).map { ($0, attribute("Country", id, "ISO2")) }
    }

    /// Adds one `Location` element.
    mutating func addLocation(_ node: XMLNode) {
        guard let id = node.attributes["ID"] else { return }
        let parts = node.children("LocationPart").compactMap { part -> (String, String)? in
            // A part may have several values (spellings); the primary one stands for it.
            let values = part.children("LocationPartValue")
            guard let chosen = values.first(where: { $0.attributes["Primary"] == "true" }) ?? values.first,
                let text = chosen.text(of: "Value")
            else { return nil }
            return (value("LocPartType", part.attributes["LocPartTypeID"]) ?? "", text)
        }
        let countries = node.children("LocationCountry").compactMap { country($0.attributes["CountryID"]) }
        locations[id] = Location(parts: parts, countries: countries)
    }

    /// The kind a `PartySubTypeID` stands for: its own name (Vessel, Aircraft) or, for the subtypes OFAC
    /// calls "Unknown", the name of its `PartyType` (Individual, Entity).
    func kind(partySubTypeID: String?) -> EntityKind {
        let subtype = value("PartySubType", partySubTypeID)?.lowercased()
        let type = value("PartyType", attribute("PartySubType", partySubTypeID, "PartyTypeID"))?.lowercased()
        switch (subtype, type) {
        case ("vessel", _): return .vessel
        case ("aircraft", _): return .aircraft
        case (_, "individual"): return .person
        case (_, "entity"): return .organization
        default: return .unknown
        }
    }
}
