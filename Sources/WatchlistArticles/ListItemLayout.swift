/// How the items of a list are laid out around their names, as Federal Register rules and notices write
/// them: an entry's alias lines ("—Tianlan Aerospace; and"), its address after the name ("Office 305, Al
/// Maktoum Road, Deira"), indented continuation lines, and country headings between entries.
///
/// ```
/// China
///  • Beijing Zhongke Tianlan Aerospace Technology Co., Ltd., a.k.a., the following two aliases:
///    —Tianlan Aerospace; and
///    —ZKTL.
///    Building 6, No. 17 Yongding Road, Haidian District, Beijing, China.
/// ```
enum ListItemLayout {
    /// The aliases on dash lines after a line ending "alias:" or "aliases:" within one sentence.
    static func aliasLines(in text: String) -> [String] {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let announcement = lines.firstIndex(where: { $0.hasSuffix("aliases:") || $0.hasSuffix("alias:") }) else { return [] }
        return lines[(announcement + 1)...].prefix(while: isDashLine).compactMap(alias(onDashLine:))
    }

    /// Whether a trimmed line starts with a dash (em, en or hyphen).
    static func isDashLine(_ line: String) -> Bool {
        line.first.map { "—–-".contains($0) } ?? false
    }

    /// The alias a dash line gives ("—Tianlan Aerospace; and" → "Tianlan Aerospace"), nil when empty.
    static func alias(onDashLine line: String) -> String? {
        var alias = line.dropFirst().trimmingCharacters(in: .whitespaces)
        for ending in ["; and", ";", ".", ","] where alias.hasSuffix(ending) {
            alias = String(alias.dropLast(ending.count)).trimmingCharacters(in: .whitespaces)
        }
        return alias.isEmpty ? nil : alias
    }

    /// The parties of an item up to its address: "Falcon Gate General Trading L.L.C., Office 305, Al Maktoum
    /// Road, Deira, Dubai" is one party; from the first name with a number or an address word on, the
    /// names say where it is.
    static func beforeAddress(_ mentions: [PartyMention]) -> [PartyMention] {
        guard let address = mentions.firstIndex(where: { mention in
            mention.name.contains(where: \.isNumber)
                || mention.name.lowercased().split(separator: " ").contains { addressWords.contains(String($0)) }
        }) else { return mentions }
        return Array(mentions[..<address])
    }

    private static let addressWords: Set<String> = [
        "road", "street", "st.", "avenue", "ave.", "boulevard", "building", "bldg.", "district", "floor", "office", "room",
        "suite", "tower", "block", "ulitsa", "prospekt", "prospect", "lane", "highway", "p.o.", "box", "zone", "quarter",
        "village", "province", "oblast", "raion", "sector", "plot", "unit",
    ]

    /// Whether the sentence at `span` starts a line indented under a list item (an entry's address).
    static func isIndented(_ span: Range<Int>, in text: [Character]) -> Bool {
        var index = span.lowerBound - 1
        var indented = false
        while index >= 0, text[index] == " " || text[index] == "\t" {
            indented = true
            index -= 1
        }
        return indented && (index < 0 || text[index].isNewline)
    }

    /// Whether a line only names a country ("China", "United Arab Emirates"), as rules group entries by.
    static func isPlaceHeading(_ tokens: [ArticleToken]) -> Bool {
        let words = tokens.filter(\.isWord)
        guard !words.isEmpty, words.count <= 4, words.count == tokens.count else { return false }
        return SanctionsVocabulary.country(words.map(\.lower).joined(separator: " ")) != nil
    }
}
