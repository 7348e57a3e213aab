import WatchlistCore

/// The lookup tables at the head of an OFAC Enhanced XML file: `referenceValues` (countries with ISO codes,
/// scripts with ISO 15924 codes, alias types, name part types, ...) and `featureTypes` (each feature type's
/// detail type: `TEXT`, `DATE`, `LOOKUP` or `COUNTRY`).
///
/// Both sections precede `entities` in the published files (SDN_ENHANCED.XML, CONS_ENHANCED.XML), so they
/// are read once, kept in memory (a few thousand small values), and used for every entity.
struct OFACEnhancedReferences: Equatable {
    /// One `referenceValue`.
    struct Value: Equatable {
        /// The table the value belongs to (`COUNTRY`, `SCRIPT`, `ALIAS TYPE`, ...).
        var type: String
        var value: String
        /// `SCRIPT` values carry an ISO 15924 code (`Cyrl`; OFAC also writes non-codes such as `Hebrew`).
        var code: String?
        /// `COUNTRY` values carry an ISO 3166-1 alpha-2 code (`RU`).
        var isoCode: String?
    }

    /// `referenceValue`s by `refId`.
    var values: [String: Value] = [:]
    /// Feature detail types (`TEXT`, `DATE`, `LOOKUP`, `COUNTRY`) by `featureTypeId`.
    var featureDetailTypes: [String: String] = [:]

    /// Adds the children of a `referenceValues` element.
    mutating func addReferenceValues(_ node: XMLNode) {
        for item in node.children("referenceValue") {
            guard let id = item.attributes["refId"], let type = item.text(of: "type") else { continue }
            values[id] = Value(
                type: type, value: item.text(of: "value") ?? "", code: item.text(of: "code"),
                isoCode: item.text(of: "isoCode"))
        }
    }

    /// Adds the children of a `featureTypes` element.
    mutating func addFeatureTypes(_ node: XMLNode) {
        for item in node.children("featureType") {
            guard let id = item.attributes["featureTypeId"], let detail = item.text(of: "detailType") else { continue }
            featureDetailTypes[id] = detail.uppercased()
        }
    }

    /// The ISO 3166-1 alpha-2 code of the country with this `refId`, if the file gives one.
    func countryCode(_ refID: String?) -> String? {
        guard let refID, let value = values[refID], value.type == "COUNTRY" else { return nil }
        return value.isoCode.flatMap { $0.count == 2 ? $0 : nil }
    }

    /// The ISO 15924 code the file gives for the script with this `refId`, when it is a real 4-letter code.
    func scriptCode(_ refID: String?) -> String? {
        guard let refID, let code = values[refID]?.code, code.count == 4, code.first?.isUppercase == true else {
            return nil
        }
        return code
    }
}
