/// The Russian abbreviations for kinds of research and design organizations, read as the words they stand
/// for: `АО «Концерн «НПО «Аврора»` is listed as `JOINT STOCK COMPANY CONCERN AVRORA SCIENTIFIC AND
/// PRODUCTION ASSOCIATION`, `OKB Yakovlev` as `EXPERIMENTAL DESIGN BUREAU NAMED AFTER A.S. YAKOVLEV`. Lists
/// and suppliers write the abbreviation and the words in both scripts, so read as one word (`npo`) the
/// abbreviation meets none of them.
///
/// The tokenizer reads the abbreviation (`НПО`, `NPO`, `Npo`) as the words of its meaning, in queries and in
/// listed names other than people's; `OrganizationWordTranslations` pairs those words with their Russian
/// forms (`научно` scientific, `производственное` production, `объединение` association). `NII` is read only
/// in capitals or in Cyrillic: `Nii` is a Ga given name.
///
/// Source: the standard Russian abbreviations (Большой словарь сокращений русского языка: НПО научно-
/// производственное объединение, ОКБ опытно-конструкторское бюро, ...), with the English the OFAC, OFSI,
/// EU and DFAT entries for Russian defence-industry organizations give them (checked against the files in
/// `../shared/lists`). Left out as too ambiguous in Latin letters: `KB` (also a Korean bank's), `PO`, `NPC`
/// (Iran's National Petrochemical Company), `NIC`. Extend the table, not the code.
enum OrganizationAbbreviations {
    /// The words a normalized abbreviation stands for, or nil when it is none.
    static func expansion(of normalized: String, original: String) -> [String]? {
        guard normalized.utf8.count <= 5, let entry = table[normalized] else { return nil }
        switch entry.writing {
        case .any: break
        case .capitals: guard isCapitalized(original) || isCyrillic(original) else { return nil }
        case .cyrillic: guard isCyrillic(original) else { return nil }
        }
        return entry.words
    }

    private static func isCyrillic(_ word: String) -> Bool {
        word.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
    }

    /// Whether every letter of the word is a capital (`НПО`, `NPO`; not `Npo`).
    private static func isCapitalized(_ word: String) -> Bool {
        word.count >= 2 && word.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
    }

    /// How the abbreviation must be written to be read as one.
    private enum Writing {
        case any, capitals, cyrillic
    }

    private struct Entry {
        var words: [String]
        var writing: Writing
    }

    private static let table: [String: Entry] = {
        var table: [String: Entry] = [:]
        for (spelling, words, writing) in entries {
            table[spelling] = Entry(words: words.split(separator: " ").map(String.init), writing: writing)
        }
        return table
    }()

    /// The normalized abbreviation (the Cyrillic one's romanization, which is also the Latin one), the words.
    private static let entries: [(String, String, Writing)] = [
        ("npo", "scientific production association", .any),  // научно-производственное объединение
        ("npp", "scientific production enterprise", .any),  // научно-производственное предприятие
        ("npk", "scientific production corporation", .any),  // научно-производственная корпорация
        ("npts", "scientific production center", .any),  // научно-производственный центр
        ("nii", "scientific research institute", .capitals),  // научно-исследовательский институт
        ("tsnii", "central scientific research institute", .any),  // центральный НИИ
        ("vnii", "all russian scientific research institute", .any),  // всероссийский НИИ
        ("nits", "scientific research center", .capitals),  // научно-исследовательский центр
        ("gnts", "state scientific center", .any),  // государственный научный центр
        ("okb", "experimental design bureau", .any),  // опытно-конструкторское бюро
        ("skb", "special design bureau", .any),  // специальное конструкторское бюро
        ("tskb", "central design bureau", .any),  // центральное конструкторское бюро
        ("kb", "design bureau", .cyrillic),  // конструкторское бюро
    ]
}
