import WatchlistCore
import WatchlistMatching

/// Reads an article or press release and returns the parties it reports as sanctioned, and those it
/// reports as delisted, with the authority, the date and the sentence that says so.
///
/// ```swift
/// let document = try ArticleDocument.read(fileURL: URL(filePath: "press-release.html"))
/// for party in SanctionsExtractor().extract(from: document).entities {
///     print(party.name, party.kind, party.authority ?? "?", party.evidence)
/// }
/// ```
///
/// The extractor is rule-based. `ArticleReader` reads the sentences in order and keeps what is open and
/// what was said before. `DesignationTrigger` finds the sentences that designate and the words that name
/// the parties, and `PartyListParser` reads the parties out of them. `CountedAnnouncement` takes the
/// parties a text introduces one by one after a count ("sanctioned four companies and three
/// individuals"). `ListHeading`, `NoticeRecord`, `ListingTable` and `CapitalizedEntry` read lists, notice
/// records, tables and entries in capitals. `ShortReference` merges back-references ("Lemekhova", "KPDS")
/// into the party named in full. Everything the text names otherwise (officials, countries, customers,
/// parties only threatened or designated before) is left out. It runs in time linear in the text.
public struct SanctionsExtractor: Sendable {
    public init() {}

    public func extract(from document: ArticleDocument) -> ArticleExtraction {
        let sentences = SentenceSplitter().sentences(in: document.text)
        let tokenized = sentences.map { ArticleToken.tokens(of: $0.text, offset: $0.span.lowerBound) }
        var reader = ArticleReader(text: Array(document.text), headerSentences: tokenized.prefix(12))
        for (sentence, tokens) in zip(sentences, tokenized) { reader.read(sentence, tokens) }
        return reader.finish(file: document.name)
    }

    /// The characters that start a bulleted line: dashes, asterisks, bullets and the emoji that social posts
    /// use as bullets ("🔹 Igor Belyakov — ...").
    static let bullets: Set<Character> = [
        "-", "*", "•", "○", "●", "■", "◆", "–", "▪", "▪️", "◦", "‣", "►", "▶", "▶️", "➤", "🔹", "🔸", "🔷", "🔶", "✅", "✔", "✔️", "☑️",
    ]

    /// A line that starts with a bullet or a number: "- Tehnolit", "2. Baztube", "3187 Viktor Sorokin" (the
    /// item numbers of a schedule).
    static func isListItem(_ sentence: String) -> Bool {
        guard let first = sentence.first else { return false }
        if bullets.contains(first) { return true }
        if ordinalLabel(sentence) != nil || letterLabel(sentence) != nil { return true }
        // "(1) Oleg Vitalyevich Dyachenko": a number in parentheses.
        if first == "(" {
            let digits = sentence.dropFirst().prefix { $0.isNumber }
            return (1...3).contains(digits.count) && sentence.dropFirst(digits.count + 1).first == ")"
        }
        let digits = sentence.prefix { $0.isNumber }
        guard !digits.isEmpty else { return false }
        let after = sentence.dropFirst(digits.count)
        if digits.count <= 3, [".", ")"].contains(after.first) { return true }
        return digits.count <= 5 && after.first == " " && after.dropFirst().first?.isUppercase == true
    }

    /// The style of an item's letter label: "(a)" for "(a) ", "(B) " or "(iv) ", "a)" for "a) " (Japan's, the
    /// UK's and SECO's notices letter the entries under a numbered heading); nil for a sentence without one.
    private static func letterLabel(_ sentence: String) -> String? {
        guard let first = sentence.first else { return nil }
        // "a) Hanna Piatrouna Kuzmich": a letter and a closing parenthesis.
        if first.isLowercase, first.isASCII, first.isLetter, sentence.dropFirst().starts(with: ") "), sentence.count > 3 { return "a)" }
        guard first == "(" else { return nil }
        let letters = sentence.dropFirst().prefix { $0.isLetter && $0.isASCII }
        let isRoman = letters.count <= 4 && (letters.allSatisfy { "ivx".contains($0) } || letters.allSatisfy { "IVX".contains($0) })
        guard !letters.isEmpty, letters.count == 1 || isRoman else { return nil }
        let rest = sentence.dropFirst(letters.count + 1)
        return rest.first == ")" && rest.dropFirst().first == " " && letters.count + 2 < sentence.count ? "(a)" : nil
    }

    /// The ordinal of an item labelled "First:", "Eleventh:" (SECO's notices), or nil.
    private static func ordinalLabel(_ sentence: String) -> Substring? {
        let word = sentence.prefix { $0.isLetter }
        guard (5...11).contains(word.count), sentence.dropFirst(word.count).first == ":", word.first?.isUppercase == true,
            ordinalWords.contains(word.lowercased())
        else { return nil }
        return word
    }

    private static let ordinalWords: Set<String> = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ]

    /// An item's tokens after its "(a)", "a)", "(iv)" or "First:" marker; all of them when it has none.
    static func withoutItemLabel(_ tokens: ArraySlice<ArticleToken>) -> ArraySlice<ArticleToken> {
        let start = tokens.startIndex
        if tokens.count > 2, tokens[start + 1].text == ":", ordinalWords.contains(tokens[start].lower), tokens[start].isCapitalized {
            return tokens.dropFirst(2)
        }
        // "a) Hanna Piatrouna Kuzmich".
        if tokens.count > 2, tokens[start + 1].text == ")", tokens[start].text.count == 1, tokens[start].text.first?.isLowercase == true {
            return tokens.dropFirst(2)
        }
        guard tokens.count > 3, tokens[start].text == "(", tokens[start + 2].text == ")",
            letterLabel("(" + tokens[start + 1].text + ") ") != nil
        else { return tokens }
        return tokens.dropFirst(3)
    }

    /// "1912. Dmitry Andreyevich Kolesnichenko": an entry numbered with four digits, as a notice numbers the
    /// entries of an annex that has grown past a thousand. Read only inside an open list, where a year
    /// ("2022. The ...") does not start a line.
    static func isLongNumberedEntry(_ sentence: String) -> Bool {
        let digits = sentence.prefix { $0.isNumber }
        let after = sentence.dropFirst(digits.count)
        return digits.count == 4 && after.first == "." && after.dropFirst().first == " " && after.dropFirst(2).first?.isUppercase == true
    }

    /// How a numbered item is marked: "1." / "1)" / "(1)"; nil for no number. Paragraphs numbered alike are
    /// siblings: "4. North Korean IT workers have ..." after "3. The designated organizations are as
    /// follows:" and its "○" items is the paragraph after the list, not an entry in it. (Bullets are not
    /// compared: a text copy loses the indentation that nests one bullet list in another.)
    static func itemMarkerStyle(_ sentence: String) -> String? {
        guard let first = sentence.first else { return nil }
        if first == "(", isListItem(sentence) { return letterLabel(sentence) ?? "(1)" }
        if ordinalLabel(sentence) != nil { return "First:" }
        if let label = letterLabel(sentence) { return label }
        let digits = sentence.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3, let after = sentence.dropFirst(digits.count).first, [".", ")"].contains(after) else { return nil }
        return "1" + String(after)
    }

    /// The parties found so far, in first-mention order; a party named again adds what is new.
    struct PartyCollector {
        private(set) var parties: [ExtractedParty] = []
        private var positions: [String: Int] = [:]
        /// The collected organizations by the keys of their names' first words (`leadingWords["goldencrescent"]`).
        private var leadingWords: [String: Int] = [:]

        static func key(_ name: String) -> String {
            String(name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init))
        }

        /// The key of a name without the legal forms before and after it (`OsOO Tengri Elektronik Servis`,
        /// `Tengri Elektronik Servis LLC`: `tengrielektronikservis`), or nil when it has none.
        static func bareKey(_ name: String) -> String? {
            var words = name.split(separator: " ")
            let count = words.count
            while words.count > 1, ShortReference.legalFormPrefixes.contains(words[0].lowercased()) { words.removeFirst() }
            // "Limited Liability Company Volga UAV Systems", "Public Joint Stock Company X": a legal form spelled out.
            let lower: [String] = words.map { $0.lowercased() }
            for spelled in SanctionsVocabulary.spelledLegalForms where words.count > spelled.count && lower.starts(with: spelled) {
                words.removeFirst(spelled.count)
                break
            }
            func isLegalForm(_ word: Substring) -> Bool {
                let bare = word.lowercased().filter { $0 != "," }
                return SanctionsVocabulary.trailingLegalForms.contains(bare)
                    || bare.hasSuffix(".") && SanctionsVocabulary.trailingLegalForms.contains(String(bare.dropLast()))
            }
            while words.count > 1, let last = words.last, isLegalForm(last) {
                words.removeLast()
            }
            return words.count < count ? key(words.joined(separator: " ")) : nil
        }

        /// The key of a three-word name without its patronymic middle word, or nil.
        static func keyWithoutPatronymic(_ name: String) -> String? {
            let words = name.split(separator: " ").map(String.init)
            guard words.count == 3, PersonNameShape.isPatronymic(words[1]) else { return nil }
            return key(words[0] + " " + words[2])
        }

        /// Whether a party of this name (or alias) was collected.
        func contains(_ name: String) -> Bool { positions[Self.key(name)] != nil }

        mutating func add(_ party: ExtractedParty) {
            // "Moscow-based": where a party is, whichever rule took it for a name.
            if !party.name.contains(" "), PartyListParser.placeSuffixes.contains(where: { party.name.lowercased().hasSuffix($0) }) { return }
            var party = RankedPersonName.person(party) ?? party
            let withoutPrefix = PartyListParser.withoutNationalityOrRank(party.name)
            if withoutPrefix != party.name {
                party.name = withoutPrefix
                party.kind = .person
            }
            // The same party with and without its legal form ("OFAC is designating Tengri Elektronik Servis").
            // A person with and without a patronymic ("Viktor Hennadiyovych Sapozhnyk", "Viktor Sapozhnyk").
            let keys = ([party.name] + party.aliases).map(Self.key) + [party.name].compactMap(Self.bareKey)
                + (party.kind == .organization ? [] : [party.name].compactMap(Self.keyWithoutPatronymic))
            let known = positions
            // "Golden Crescent" after "Golden Crescent General Trading FZE": the first words of a company's name.
            let shortFor = party.kind == .person ? nil : leadingWords[Self.key(party.name)]
            // "OFAC is designating Salcido, Ochoa, and Luna": a surname alone (Spanish names carry two) stands
            // for the person named in full before.
            let surnameOf = party.name.contains(" ") ? nil : parties.firstIndex { earlier in
                let words = earlier.name.split(separator: " ")
                // A person's name, or three or four words of one that no company word types ("Rigoberto
                // Salcido Arellano").
                let isPersonLike = earlier.kind == .person
                    || earlier.kind == .organization && (3...4).contains(words.count)
                        && words.allSatisfy { $0.first?.isUppercase == true && $0.dropFirst().allSatisfy(\.isLowercase) }
                        && !words.contains { SanctionsVocabulary.organizationNameWords.contains($0.lowercased()) || SanctionsVocabulary.organizationNouns.contains($0.lowercased()) }
                return isPersonLike && words.dropFirst().contains { $0.lowercased() == party.name.lowercased() }
            }
            guard let existing = keys.lazy.compactMap({ known[$0] }).first ?? shortFor ?? surnameOf else {
                positions[keys[0]] = parties.count
                for alias in keys.dropFirst() where positions[alias] == nil { positions[alias] = parties.count }
                if party.kind == .organization {
                    // The name's first two words or more, when every word after them is capitalized.
                    let words = party.name.split(separator: " ")
                    for count in (2..<max(2, words.count)).reversed() {
                        guard !words.dropFirst(count).contains(where: { $0.first?.isLowercase == true }) else { break }
                        let key = Self.key(words.prefix(count).joined(separator: " "))
                        if leadingWords[key] == nil { leadingWords[key] = parties.count }
                    }
                }
                parties.append(party)
                return
            }
            var merged = parties[existing]
            // "Kolkheti Trade Group" in a headline, "Kolkheti Trade Group LLC" in the story: the fuller name.
            if let bare = Self.bareKey(party.name), bare == Self.key(merged.name) { merged.name = party.name }
            for alias in party.aliases where !merged.aliases.contains(alias) && alias != merged.name { merged.aliases.append(alias) }
            for identifier in party.identifiers where !merged.identifiers.contains(identifier) { merged.identifiers.append(identifier) }
            merged.role = merged.role ?? party.role
            merged.relatedTo = merged.relatedTo ?? party.relatedTo
            merged.country = merged.country ?? party.country
            merged.authority = merged.authority ?? party.authority
            parties[existing] = merged
            for key in keys where positions[key] == nil { positions[key] = existing }
        }
    }
}
