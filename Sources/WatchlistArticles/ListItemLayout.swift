import WatchlistCore

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
            let words = mention.name.lowercased().split(separator: " ")
            return mention.name.contains(where: \.isNumber) || words.contains { addressWords.contains(String($0)) }
                // "Kozyatağı Mah., Değirmen Sok.": Turkish abbreviations of a quarter, a street, an avenue after the
                // place's name, the dot dropped with the sentence's end (not "Mah Bow Tan", a name).
                || words.count >= 2 && words.last.map { ["mah", "sok", "cad", "blv"].contains($0) } == true
        }) else { return mentions }
        return Array(mentions[..<address])
    }

    /// The item's mentions without the names its description uses: after the first, a name that follows a
    /// lowercase word other than a conjunction ("the developer of two gated communities in Bahía de
    /// Banderas", "the Nogales exchange house") is a place or a related party the item describes, not an
    /// entry of its own ("X, Y and Z" keeps all three).
    static func withoutDescribedNames(_ mentions: [PartyMention], in words: ArraySlice<ArticleToken>) -> [PartyMention] {
        guard mentions.count > 1 else { return mentions }
        var kept = [mentions[0]]
        var cursor = words.startIndex
        for (position, mention) in mentions.enumerated() {
            guard let firstWord = mention.name.split(separator: " ").first,
                let start = words[cursor...].firstIndex(where: { $0.text == firstWord })
            else {
                if position > 0 { kept.append(mention) }
                continue
            }
            cursor = start + 1
            guard position > 0 else { continue }
            let before = start > words.startIndex ? words[start - 1] : nil
            // "..., and its chairman Nurlan Asanov", "along with its general director X": a person the item
            // names by a role of the party, designated with it.
            let byRole = before.map { SanctionsVocabulary.roleNouns.contains($0.lower) } == true
                && words[max(words.startIndex, start - 4)..<start].contains { SanctionsVocabulary.roleOwners.contains($0.lower) }
            if let before, before.isLowercaseWord, !["and", "or", "plus"].contains(before.lower), !byRole { continue }
            kept.append(mention)
        }
        return kept
    }

    private static let addressWords: Set<String> = [
        "road", "street", "st.", "avenue", "ave.", "boulevard", "building", "bldg.", "district", "floor", "office", "room",
        "suite", "tower", "block", "ulitsa", "prospekt", "prospect", "lane", "highway", "p.o.", "box", "zone", "quarter",
        "village", "province", "oblast", "raion", "sector", "plot", "unit", "mahallesi", "mah.", "cad.", "caddesi",
        "sokak", "sok.",
    ]

    /// The tokens of an item before its indented field lines ("(1) Oleg Dyachenko" over "    Date of birth:
    /// 11 October 1966", "    Position: General Director, ..."): a field line starts indented with up to
    /// four words and a colon. All of `tokens` when the item has none.
    static func beforeFieldLines(_ tokens: ArraySlice<ArticleToken>, in text: [Character]) -> ArraySlice<ArticleToken> {
        for index in tokens.indices.dropFirst() where isIndented(tokens[index].span, in: text) {
            let start = tokens[index].span.lowerBound
            let lineEnd = text[start...].firstIndex(where: \.isNewline) ?? text.endIndex
            let line = tokens[index...].prefix { $0.span.lowerBound < lineEnd }
            if let colon = line.firstIndex(where: { $0.text == ":" }), (1...4).contains(line[..<colon].filter(\.isWord).count) {
                return tokens[..<index]
            }
        }
        return tokens
    }

    /// The tokens of an item's first line when that line is a person's name and more lines follow ("(1) Pavel
    /// Nikolaevich Gorbunov" over "Deputy Minister of Industry and Trade of the Russian Federation"): the lines
    /// under the name describe the person. All of `tokens` otherwise.
    static func beforeDescriptionLines(_ tokens: ArraySlice<ArticleToken>, in text: [Character]) -> ArraySlice<ArticleToken> {
        guard let lineEnd = tokens.indices.dropLast().first(where: { index in
            text[tokens[index].span.upperBound..<tokens[index + 1].span.lowerBound].contains(where: \.isNewline)
        }) else { return tokens }
        let firstLine = tokens[...lineEnd]
        guard firstLine.allSatisfy(\.isWord),
            PersonNameShape.looksLikePerson(firstLine.map(\.text).joined(separator: " "))
        else { return tokens }
        return firstLine
    }

    /// "Bunker supplier accused of fuelling tankers ...", "Described by London as a key fixer", "Reminder:
    /// she was one of three names ...": an item that opens with one capitalized word and goes on in lowercase
    /// words, or with a colon, is a line of prose under an entry, not a party's name ("Tehnolit, a company"
    /// and "Mahan Air" still name one).
    static func opensAsProse(_ words: ArraySlice<ArticleToken>) -> Bool {
        guard words.count >= 3, let first = words.first, first.isCapitalized, first.isWord else { return false }
        let second = words[words.startIndex + 1]
        if second.text == ":" { return true }
        // "Its general director X", "The company X": the words before a name.
        guard !SanctionsVocabulary.roleOwners.contains(first.lower), !["the", "a", "an"].contains(first.lower) else { return false }
        // "Manufacturer of radio-electronic components for ...": a description under an entry ("Bank of the
        // Republic" keeps its article).
        let third = words[words.startIndex + 2]
        if second.lower == "of", third.isLowercaseWord, !["the", "a", "an"].contains(third.lower), !PartyListParser.isParticle(third) {
            return true
        }
        return second.isLowercaseWord && !PartyListParser.isParticle(second) && !PartyListParser.isLowercaseLegalForm(second)
            && !SanctionsVocabulary.nameConnectors.contains(second.lower) && !SanctionsVocabulary.trailingLegalForms.contains(second.lower)
            && !SanctionsVocabulary.transliteratedLegalFormWords.contains(second.lower) && !["z", "s"].contains(second.lower)
    }

    /// The words of an item after the description of a vessel it opens with ("Panama-flagged crude oil tanker
    /// ARYA SUN (IMO 9260184), owned by ..." reads from "ARYA SUN"), or nil when it opens with none.
    static func afterVesselDescription(_ words: ArraySlice<ArticleToken>) -> ArraySlice<ArticleToken>? {
        guard let flag = words.prefix(3).firstIndex(where: { word in
            word.isWord && ["-flagged", "-registered"].contains { word.lower.hasSuffix($0) }
        }) else { return nil }
        var index = flag + 1
        // "crude oil tanker ARYA SUN", "general cargo ship NOVA": the name follows the last vessel noun.
        while index < words.endIndex, words[index].isLowercaseWord, index - flag <= 5 {
            let next = index + 1
            if SanctionsVocabulary.vesselNouns.contains(words[index].lower), next < words.endIndex, words[next].isCapitalized {
                return words[next...]
            }
            index = next
        }
        return nil
    }

    /// The tokens of an item before a dash set apart by spaces, which starts the item's description:
    /// "**Sinar Energy Pte. Ltd.** - Singapore company that ...", "Kim Chol-ho – Colonel General, deputy
    /// director". An alias after the dash ("- a.k.a. ...") stays.
    static func beforeSpacedDash(_ tokens: ArraySlice<ArticleToken>, in text: [Character]) -> ArraySlice<ArticleToken> {
        guard let firstWord = tokens.firstIndex(where: \.isWord) else { return tokens }
        for index in tokens.indices where index > firstWord && ["-", "–", "—"].contains(tokens[index].text) {
            let span = tokens[index].span
            guard span.lowerBound > 0, span.upperBound < text.count, text[span.lowerBound - 1] == " ",
                text[span.upperBound].isWhitespace
            else { continue }
            let next = tokens[(index + 1)...].first(where: \.isWord)?.lower
            if ["a.k.a.", "a.k.a", "aka", "also", "formerly", "f.k.a."].contains(next ?? "") { continue }
            return tokens[..<index]
        }
        return tokens
    }

    /// The tokens of an item before its identifying fields, in the layout of OFAC's SDN entries: "Khalil
    /// al-Sayyid (a.k.a. ...); DOB 14 Mar 1971; POB Tyre, Lebanon; Gender Male" and "Sahil al-Rahma General
    /// Trading L.L.C. (a.k.a. ...), Office 14, Al Qasimia, Sharjah": the item ends at a comma or semicolon
    /// (outside parentheses) before a field label, or before a part with a number or an address word.
    static func beforeIdentifyingFields(_ tokens: ArraySlice<ArticleToken>) -> ArraySlice<ArticleToken> {
        var depth = 0
        var wordsBefore = 0
        for index in tokens.indices {
            let token = tokens[index]
            if token.isWord { wordsBefore += 1 }
            if token.text == "(" || token.text == "[" { depth += 1 }
            if token.text == ")" || token.text == "]" { depth = max(0, depth - 1) }
            guard depth == 0, token.text == "," || token.text == ";", wordsBefore >= 2 else { continue }
            let part = tokens[(index + 1)...].prefix { ![",", ";", "(", "["].contains($0.text) }.filter(\.isWord)
            guard let first = part.first else { continue }
            let label = fieldLabels.contains(first.lower)
                || (part.count > 1 && fieldPhrases.contains("\(first.lower) \(part[part.startIndex + 1].lower)"))
            let address = token.text == "," && part.contains { $0.text.contains(where: \.isNumber) || addressWords.contains($0.lower) }
            if label || address { return tokens[..<index] }
        }
        return tokens
    }

    /// Whether a line is one field of an entry ("- Date of birth: March 4, 1971", "Position: Deputy
    /// Governor of Perm Krai", "Address: Perm, Russian Federation"), after its bullet if it has one.
    static func isFieldLine(_ tokens: [ArticleToken]) -> Bool {
        let body = tokens.drop { !$0.isWord }
        guard let colon = body.prefix(4).firstIndex(where: { $0.text == ":" }), colon > body.startIndex else { return false }
        let label = body[..<colon].map(\.lower).joined(separator: " ")
        return entryFieldLabels.contains(label)
    }

    /// Labels of an entry's fields that describe it and name no party ("Name", "Alias", "a.k.a." do).
    private static let entryFieldLabels: Set<String> = [
        "date of birth", "dob", "place of birth", "pob", "position", "address", "nationality", "citizenship",
        "passport", "passport no.", "passport number", "title", "gender", "national identification no.", "listed on",
        "date of listing", "designation", "occupation",
        // A UK notice's fields: "Other Information: (UK Sanctions List Ref): RUS2417", "Group ID: 16512".
        "other information", "type of entity", "group id", "reasons for listing", "statement of reasons", "regime",
    ]

    /// Field labels of list entries (OFAC's SDN entries, UN and UK notices).
    private static let fieldLabels: Set<String> = [
        "dob", "pob", "nationality", "citizen", "gender", "passport", "mmsi", "website", "email", "phone", "tel",
    ]
    private static let fieldPhrases: Set<String> = [
        "national id", "tax id", "registration number", "organization established", "commercial registry",
        "vessel registration", "identification number", "alt. nationality", "additional sanctions", "secondary sanctions",
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

    /// Whether a line only names a country ("China", "United Arab Emirates"), as rules group entries by, or
    /// a group of entries in parentheses ("(Entities located in third countries)").
    static func isPlaceHeading(_ tokens: [ArticleToken]) -> Bool {
        let words = tokens.filter(\.isWord)
        if tokens.first?.text == "(", tokens.last?.text == ")", (1...8).contains(words.count), words.count + 2 == tokens.count {
            return words.contains { ["entities", "individuals", "persons", "companies", "organizations", "organisations", "vessels"].contains($0.lower) }
        }
        // "CHINA, PEOPLE'S REPUBLIC OF", "KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF": a country name inverted, as
        // the Federal Register lists destinations.
        if let comma = tokens.firstIndex(where: { $0.text == "," }), comma > 0, words.count <= 7,
            tokens.allSatisfy({ $0.text == "," || $0.isWord && !$0.text.contains(where: \.isLowercase) || $0.isPossessive }),
            SanctionsVocabulary.country(tokens[..<comma].map(\.lower).joined(separator: " ")) != nil
        {
            return true
        }
        guard !words.isEmpty, words.count <= 4, words.count == tokens.count else { return false }
        return SanctionsVocabulary.country(words.map(\.lower).joined(separator: " ")) != nil
    }

    /// The kind and country of an item that heads a group of entries rather than naming one: "(1) Entities
    /// in the Russian Federation (5 entities)", "2. Individuals located in the United Arab Emirates", "(A)
    /// Individuals (4)" (no country). Nil for any other item.
    static func groupPlace(_ words: ArraySlice<ArticleToken>) -> (kind: EntityKind, country: String?)? {
        guard let first = words.first, first.isCapitalized, first.lower.hasSuffix("s"),
            let kind = PartyListParser.kindOfDescriptor(first.lower)
        else { return nil }
        // "(A) Individuals (4)": the kind and its count only.
        if words.count == 1 || words[words.startIndex + 1].text == "(" && words.last?.text == ")" && words.count <= 4 { return (kind, nil) }
        guard let preposition = words.dropFirst().prefix(3).firstIndex(where: { $0.lower == "in" }),
            words[(words.startIndex + 1)..<preposition].allSatisfy({ ["based", "located", "registered"].contains($0.lower) })
        else { return nil }
        // "in the People's Republic of China": the country is named within the next few words.
        for index in words[(preposition + 1)...].prefix(6).indices {
            if let (country, _) = PartyListParser.place(at: index, in: words) { return (kind, country) }
            if words[index].text == "(" { break }
        }
        return nil
    }
}
