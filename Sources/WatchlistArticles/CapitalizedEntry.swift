import WatchlistCore

/// A list entry in the layout of OFAC's identifying information and similar annexes: the name in capitals
/// first, then addresses and details.
///
/// ```
/// - RICH HARVEST TRADING (HK) LIMITED, Room 1203, 12/F, Wing On Centre, Sheung Wan, Hong Kong.
/// - KARIMI-NEJAD, Mohammad Reza, DOB 02 Mar 1969; nationality Iran; Gender Male.
/// ```
///
/// The first gives the organization only (not the building or the district); the second a person,
/// written given names first ("Mohammad Reza KARIMI-NEJAD"), with the list's order as an alias.
enum CapitalizedEntry {
    /// The party of an entry in this layout, or nil when the entry does not start with a word in capitals.
    static func mention(in tokens: ArraySlice<ArticleToken>, parser: PartyListParser) -> PartyMention? {
        guard let first = tokens.first(where: \.isWord), isAllCaps(first) else { return nil }
        // "SURNAME, Given Names, DOB ...": capitals up to a comma, then title-case words.
        let surname = tokens.prefix { $0.isWord && isAllCaps($0) || $0.text == "-" }
        if surname.endIndex < tokens.endIndex, tokens[surname.endIndex].text == "," {
            // "MUSTAFA, Yusuf Ahmad Abd al-Rahman": a particle joined to a capitalized word is a given name's.
            let given = tokens[(surname.endIndex + 1)...].prefix {
                $0.isWord && ($0.isCapitalized && !isAllCaps($0) && !fieldWords.contains($0.lower) || PartyListParser.isParticle($0))
            }
            let details = tokens.map(\.lower)
            if !given.isEmpty, details.contains(where: { ["dob", "nationality", "born", "gender", "passport"].contains($0) }) {
                let surnameText = surname.map(\.text).joined(separator: " ")
                let givenText = given.map(\.text).joined(separator: " ")
                return PartyMention(name: givenText + " " + surnameText, kind: .person, aliases: [surnameText + " " + givenText])
            }
        }
        // Otherwise the name is the run of capitals ("KESTREL BAY Crude/Oil Products Tanker Gabon flag; ...").
        var capitals = tokens.prefix { $0.isWord && (isAllCaps($0) || $0.isNumber) || ["-", "&", "'", "."].contains($0.text) }
        // "RYONG GANG 7⏎IMO: 8712348": the name line ends the name.
        if let lineEnd = capitals.indices.dropFirst().first(where: { index in
            parser.text[capitals[index - 1].span.upperBound..<capitals[index].span.lowerBound].contains(where: \.isNewline)
        }) {
            capitals = capitals[..<lineEnd]
        }
        var mention = parser.mentions(in: tokens).first
        let capitalsText = capitals.filter(\.isWord).map(\.text).joined(separator: " ")
        let words = tokens.map(\.lower)
        let isVessel = words.contains("imo") || words.contains("(vessel") || words.contains("vessel")
        // "ASTERIA Crude Oil Tanker Panama flag; ... (vessel)": a vessel's name is its capitals, the type follows.
        if mention.map({
            !$0.name.uppercased().hasPrefix(capitalsText)
                || isVessel && $0.name.dropFirst(capitalsText.count).contains(where: \.isLowercase)
        }) ?? true,
            PartyListParser.isPartyName(capitalsText, tokens: nil),
            let start = capitals.first?.span.lowerBound, let end = capitals.last?.span.upperBound
        {
            mention = PartyMention(name: String(parser.text[start..<end]), kind: isVessel ? .vessel : nil)
        }
        if let imo = tokens.firstIndex(where: { $0.lower == "imo" }), let number = tokens[(imo + 1)...].prefix(2).first(where: \.isNumber),
            number.text.count == 7, mention?.identifiers.isEmpty == true
        {
            mention?.identifiers.append("IMO \(number.text)")
            mention?.kind = .vessel
        }
        return mention
    }

    /// Whether a line is an entry in this layout even without a bullet: its first word in capitals, and
    /// the details entries carry (";", "DOB", "IMO", "a.k.a."). OFAC's recent-actions pages write one entry
    /// per paragraph under "The following individuals have been added to OFAC's SDN List:".
    static func startsEntry(_ tokens: [ArticleToken]) -> Bool {
        guard let firstIndex = tokens.firstIndex(where: \.isWord), isAllCaps(tokens[firstIndex]),
            tokens[firstIndex].text.filter(\.isLetter).count >= 3,
            // "DOB: 14/02/1979" is a field of the entry before, not an entry.
            firstIndex + 1 >= tokens.count || tokens[firstIndex + 1].text != ":"
        else { return false }
        return tokens.contains { $0.text == ";" || ["dob", "imo", "a.k.a.", "nationality"].contains($0.lower) }
    }

    /// Words that start the details, not the given names ("DOB", "Gender").
    private static let fieldWords: Set<String> = ["dob", "pob", "nationality", "gender", "passport", "born", "citizen"]

    private static func isAllCaps(_ token: ArticleToken) -> Bool {
        let letters = token.text.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }
}
