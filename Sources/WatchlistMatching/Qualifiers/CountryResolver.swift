import Foundation

/// Resolves country names and codes as lists and users write them to ISO 3166-1 alpha-2 codes.
///
/// English names come from ICU's region names (Foundation's `Locale`), plus the official long forms and
/// older names sanctions lists use (table below; from the UN, OFAC and OFSI lists' country fields).
public enum CountryResolver {
    /// The ISO code for a country name or code, or nil when unknown.
    public static func isoCode(for text: String) -> String? {
        // Canada writes "Belarus / Bélarus"; the English part comes first.
        let english = text.components(separatedBy: " / ").first ?? text
        let key = normalized(english)
        if key.count == 2, codes.contains(key.uppercased()) { return key.uppercased() }
        return namesToCodes[key]
    }

    private static func normalized(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return String(folded.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    private static let codes: Set<String> = Set(Locale.Region.isoRegions.map(\.identifier).filter { $0.count == 2 })

    private static let namesToCodes: [String: String] = {
        var table: [String: String] = [:]
        let english = Locale(identifier: "en_US")
        for code in codes {
            if let name = english.localizedString(forRegionCode: code) { table[normalized(name)] = code }
        }
        for (name, code) in longForms { table[normalized(name)] = code }
        return table
    }()

    /// Long and older forms seen in sanctions lists.
    private static let longForms: [(String, String)] = [
        ("Russian Federation", "RU"), ("Republic of Belarus", "BY"), ("Iran (Islamic Republic of)", "IR"),
        ("Islamic Republic of Iran", "IR"), ("Democratic People's Republic of Korea", "KP"), ("Korea, North", "KP"),
        ("North Korea", "KP"), ("Republic of Korea", "KR"), ("Korea, South", "KR"), ("Syrian Arab Republic", "SY"),
        ("Burma", "MM"), ("United Kingdom of Great Britain and Northern Ireland", "GB"), ("UK", "GB"),
        ("United States of America", "US"), ("USA", "US"), ("Turkey", "TR"), ("Türkiye", "TR"),
        ("Venezuela (Bolivarian Republic of)", "VE"), ("Bolivia (Plurinational State of)", "BO"),
        ("Democratic Republic of the Congo", "CD"), ("Congo, Democratic Republic of the", "CD"),
        ("Lao People's Democratic Republic", "LA"), ("Viet Nam", "VN"), ("Moldova, Republic of", "MD"),
        ("Republic of Moldova", "MD"), ("Tanzania, United Republic of", "TZ"), ("Libyan Arab Jamahiriya", "LY"),
        ("Palestinian Territory", "PS"), ("West Bank", "PS"), ("Gaza", "PS"), ("Czech Republic", "CZ"),
        ("Crimea", "UA"), ("Kyrgyz Republic", "KG"), ("Ivory Coast", "CI"), ("Cote d'Ivoire", "CI"),
    ]
}
