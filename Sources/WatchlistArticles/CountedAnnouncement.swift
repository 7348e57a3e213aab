import WatchlistCore

/// An announcement that designates by count ("OFAC today sanctioned four companies and three
/// individuals") and then introduces the parties one by one in the sentences after it: "At the center of the
/// scheme sits OOO Vektor-Komponent ...", "Its general director, Dmitriy Barsukov, ...", "The third
/// individual, Irina Zhdanova, ...".
///
/// The counts bound what those sentences may add: a party is taken only while its kind has places left,
/// so officials, customers and earlier designees named further on are not taken once the count is reached.
/// The announcement also closes at a closing heading ("SANCTIONS IMPLICATIONS", "Background"), at the
/// next count, and after `sentenceLimit` sentences. A sentence that quotes
/// someone, hedges ("proposed", "already", "no action") or looks back ("since 2023") adds nothing.
struct CountedAnnouncement: Sendable {
    /// Places left per kind.
    private(set) var remaining: [EntityKind: Int]
    /// Places left for a party of any kind ("five persons", "seven targets").
    private(set) var remainingOfAnyKind: Int
    /// Who announced it and when, for the parties introduced later.
    var authority: String?
    var date: PartialDate?
    /// Whether the counted parties were designated or removed ("the Council took the chance to delete two
    /// entries. X, the former chief executive of ..., was removed after ...").
    var effect: DesignationTrigger.Effect = .designation
    /// Organizations named only for someone's role, taken last.
    private var reserve: [ExtractedParty] = []
    /// Sentences left before the announcement closes.
    private(set) var sentencesLeft = Self.sentenceLimit

    /// How many sentences after the count may introduce its parties.
    static let sentenceLimit = 24
    /// Larger counts are summaries ("more than 300 entities"), not parties the text goes on to name.
    static let largestCount = 30

    /// The counts in the words a designation applies to: "four companies and three individuals in
    /// Russia", "four Iranian individuals and a Tehran institute", "16 individuals and five entities".
    /// Nil when the words give no count. With `listEntries`, the words are what a designation applies to, so
    /// a count of list entries counts too ("adding eleven entries to the Entity List").
    init?(counting words: ArraySlice<ArticleToken>, listEntries: Bool = false) {
        var remaining: [EntityKind: Int] = [:]
        var anyKind = 0
        var index = words.startIndex
        var lastKind: EntityKind?
        var lastEnd = words.endIndex
        while index < words.endIndex {
            let token = words[index]
            if !remaining.isEmpty || anyKind > 0, token.isLowercaseWord,
                SanctionsVocabulary.relativeWords.contains(token.lower) || ["as", "it", "for"].contains(token.lower)
            {
                // "the two men who ran the scheme, and three tankers": the relative clause ends at a comma
                // before the next count.
                if let comma = words[index...].prefix(12).firstIndex(where: { $0.text == "," }),
                    let next = words[(comma + 1)...].prefix(3).firstIndex(where: { !["and", "the"].contains($0.lower) }),
                    let count = Self.number(words[next]), !["a", "an"].contains(words[next].lower),
                    Self.countedNoun(in: words, after: next, count: count, listEntries: listEntries) != nil
                {
                    index = comma + 1
                    continue
                }
                break
            }
            // "imposes additional sanctions on ..., removes two listings": what is removed is no part of it.
            if token.isLowercaseWord, SanctionsVocabulary.delistingVerbs.contains(token.lower) { break }
            guard let count = Self.number(token),
                let (noun, end) = Self.countedNoun(in: words, after: index, count: count, listEntries: listEntries)
            else {
                // "Two companies in the United Arab Emirates and two in Hong Kong": a count of the kind before, in
                // the same form (not "two forwarders — one in the UAE and one in China", which splits it).
                if let lastKind, let count = Self.number(token), !["a", "an"].contains(token.lower), index + 1 < words.endIndex,
                    Self.placePrepositions.contains(words[index + 1].lower), index > words.startIndex, words[index - 1].lower == "and",
                    lastEnd < words.endIndex, Self.placePrepositions.contains(words[lastEnd].lower)
                {
                    remaining[lastKind, default: 0] += count
                }
                index += 1
                continue
            }
            // "ten individuals and entities": one count of both kinds.
            let sharedWith = end + 1 < words.endIndex && ["and", "or"].contains(words[end].lower)
                ? Self.kind(ofCounted: words[end + 1].lower) : nil
            lastEnd = end
            if let kind = Self.kind(ofCounted: noun), sharedWith == nil || sharedWith == kind {
                remaining[kind, default: 0] += count
                lastKind = kind
            } else {
                anyKind += count
                lastKind = nil
            }
            index = end
        }
        let total = remaining.values.reduce(anyKind, +)
        guard total > 0, total <= Self.largestCount else { return nil }
        self.remaining = remaining
        self.remainingOfAnyKind = anyKind
    }

    /// True once every counted party has been named, or the announcement has run its course.
    var isClosed: Bool { sentencesLeft <= 0 || remainingOfAnyKind == 0 && remaining.values.allSatisfy { $0 <= 0 } }

    /// Takes a place for a party of `kind`; false when none is left.
    /// A party taken keeps the announcement open for `sentencesAfterParty` more sentences at least: a
    /// release that describes each party at length still names the next one.
    mutating func admit(_ kind: EntityKind) -> Bool {
        if let left = remaining[kind], left > 0 {
            remaining[kind] = left - 1
        } else if remainingOfAnyKind > 0 {
            remainingOfAnyKind -= 1
        } else {
            return false
        }
        hasAdmitted = true
        sentencesLeft = max(sentencesLeft, Self.sentencesAfterParty)
        return true
    }

    /// How many sentences after a party taken may introduce the next one.
    static let sentencesAfterParty = 10

    /// Whether a party has taken a place yet.
    private(set) var hasAdmitted = false

    /// Adds the places of a further count made before any party was named ("identified six tankers as
    /// blocked property. Alongside the ships, the department designated three companies and one
    /// individual"): the parties of both come after.
    mutating func add(_ other: CountedAnnouncement) {
        for (kind, count) in other.remaining { remaining[kind, default: 0] += count }
        remainingOfAnyKind += other.remainingOfAnyKind
        sentencesLeft = Self.sentenceLimit
    }

    /// Counts one more sentence read.
    mutating func advance() { sentencesLeft -= 1 }

    /// Ends the announcement.
    mutating func close() { sentencesLeft = 0 }

    // MARK: Introduced parties

    /// The parties a sentence introduces, in order: each name that is clearly a person (a known given name,
    /// a patronymic, ...) or clearly an organization (a legal form or an organization word), and that does
    /// not sit in a description of something else ("an officer in the IRGC", "sold to X").
    ///
    /// An organization named for a person's role ("chief executive of JSC Volna Shipyard") is returned with
    /// `throughRole`: it is only taken when the count still has places once the text has named the rest
    /// ("director of Solnechny Bereg LLC" is often only where the person works).
    static func introducedMentions(in tokens: [ArticleToken], parser: PartyListParser) -> [(mention: PartyMention, throughRole: Bool)] {
        var mentions: [(mention: PartyMention, throughRole: Bool)] = []
        var index = 0
        var parentheses = 0
        // "Finally, JSC "Vitebsk Radiopribor" (VRP) produces ...", "The third, X": an opener before the name.
        // "The first entity on the list, JSC Spetsmashpribor, is ...": an ordinal and what it counts.
        if let comma = tokens.prefix(8).firstIndex(where: { $0.text == "," }), comma > 0,
            comma < 4 && tokens[..<comma].allSatisfy({ $0.isWord && Self.enumerationOpeners.contains($0.lower) })
                || comma >= 2 && tokens[0].lower == "the" && Self.ordinals.contains(tokens[1].lower) && tokens[1..<comma].allSatisfy(\.isLowercaseWord)
        {
            index = comma + 1
        }
        let firstNameAt = index
        while index < tokens.count {
            defer { index += 1 }
            // A name in parentheses annotates the one before it ("Kama Avionika LLC (Russian: OOO ...)").
            if tokens[index].text == "(" { parentheses += 1 }
            if tokens[index].text == ")" { parentheses = max(0, parentheses - 1) }
            guard parentheses == 0 else { continue }
            // An item number ("2.") is not the start of a name.
            guard tokens[index].isCapitalized, !tokens[index].text.allSatisfy({ $0.isNumber || $0 == "." || $0 == ")" }),
                index == firstNameAt || index == 1 && tokens[0].text.count == 1 && SanctionsExtractor.bullets.contains(tokens[0].text.first!)
                    || !Self.continuesName(tokens, at: index)
            else { continue }
            // "The company, which advertised online as Rongxing Tech, ...": another name of a party before.
            if PartyListParser.endsAliasCue(tokens, before: index) { continue }
            // "including the Abu Shouk camp", "a Revolutionary Guards unit": a name that describes a noun.
            if PartyListParser.endOfModifyingRun(tokens[...], at: index) != nil { continue }
            // "the trial of journalist Ales Marochka", "the case of opposition activist Hanna Kalesnik": whom a
            // party persecuted, not a party.
            if index > 0, tokens[index - 1].isLowercaseWord, Self.persecutedNouns.contains(tokens[index - 1].lower) { continue }
            var throughRole = false
            // "with the National Crime Agency": the preposition may stand before an article.
            var before = index - 1
            if before > 0, ["the", "a", "an"].contains(tokens[before].lower) { before -= 1 }
            if before >= 0, tokens[before].isLowercaseWord, Self.descriptivePrepositions.contains(tokens[before].lower) {
                guard Self.followsRole(tokens, preposition: before) else { continue }
                throughRole = true
            }
            // The window bounds the work per name, so a sentence without full stops stays linear.
            let window = tokens[index..<min(tokens.count, index + 40)]
            guard var mention = parser.mentions(in: window).first, let start = Self.start(of: mention, in: window) else { continue }
            // "In the British listing, his name is given as X": the name starts past the sentence's first word.
            if start != index, PartyListParser.endsAliasCue(tokens, before: start) { continue }
            if mention.kind == nil || mention.kind == .organization, Self.isDescribedAsPerson(window) { mention.kind = .person }
            if mention.kind == nil, Self.isIntroducedAsPerson(tokens, before: index) || Self.hasQuotedNickname(window),
                Self.hasPersonNameShape(mention.name)
            {
                mention.kind = .person
            }
            guard Self.isClearlyNamed(mention), !Self.namesAnAuthority(mention.name) else { continue }
            if mention.kind == nil, mention.identifiers.contains(where: { $0.hasPrefix("IMO ") }) { mention.kind = .vessel }
            mentions.append((mention, throughRole))
        }
        return mentions
    }

    /// Whether a name is a sanctioning authority's ("U.N. Security Council", "the EU Council"): the body
    /// that acts, not a party. The authority's words must end the name and it must have no others but an
    /// acronym of the body ("U.N.").
    private static func namesAnAuthority(_ name: String) -> Bool {
        // Most names end in no authority's last word: skip the tokenizing (introduced mentions are many).
        guard let last = name.split(separator: " ").last.map({ trimmed($0.lowercased(), ".,") }),
            authorityLastWords.contains(last) || authorityLastWords.contains(String(last.dropLast()))
        else { return false }
        let tokens = ArticleToken.tokens(of: name, offset: 0).filter(\.isWord)
        guard tokens.count <= 5, let found = ArticleAuthority.mentions(in: tokens[...]).last else { return false }
        // How many words the authority's phrase took: the longest of its phrases the name has there.
        let phraseLength = SanctionsVocabulary.authorityPhrases.lazy
            .filter { phrase in
                phrase.authority == found.authority && found.index + phrase.words.count <= tokens.count
                    && zip(tokens[found.index...], phrase.words).allSatisfy { $0.lower == $1 || $0.stem == $1 }
            }
            .map(\.words.count).max() ?? 1
        return found.index + phraseLength == tokens.count && tokens[..<found.index].allSatisfy { $0.text.contains(".") || $0.lower == "the" }
    }

    /// Words for the people a listed official persecuted, written before their names.
    private static let persecutedNouns: Set<String> = [
        "journalist", "activist", "blogger", "dissident", "protester", "protestor", "critic", "opponent", "prisoner",
        "defender", "reporter", "poet", "writer", "artist", "student", "teacher",
    ]

    /// The last words of the authorities' phrases (`SanctionsVocabulary.authorityPhrases`).
    private static let authorityLastWords: Set<String> = Set(SanctionsVocabulary.authorityPhrases.compactMap(\.words.last))

    /// Keeps an organization named for a person's role, to take if places are left at the end.
    mutating func holdInReserve(_ party: ExtractedParty) {
        reserve.append(party)
    }

    /// The reserved parties the count still has places for, in order; the announcement is closed after.
    mutating func closing(excluding isKnown: (String) -> Bool) -> [ExtractedParty] {
        var taken: [ExtractedParty] = []
        for party in reserve where !isKnown(party.name) && !taken.contains(where: { $0.name == party.name }) {
            if admit(party.kind) { taken.append(party) }
        }
        reserve = []
        close()
        return taken
    }

    /// Whether the sentence may introduce parties of a counted removal: not a quotation and not a reaction.
    /// A removed party's sentence speaks of its earlier listing and of what no longer applies, so the memories
    /// and hedges that keep a designation's count from taking a party do not count here.
    static func mayIntroduceRemovedParties(_ tokens: [ArticleToken]) -> Bool {
        let quoted = DesignationTrigger.quotedPositions(in: tokens)
        let words = tokens.filter(\.isWord).map(\.lower)
        if quoted.contains(where: { tokens[$0].isLowercaseWord }), words.contains(where: { PartyListParser.reportingVerbs.contains($0) || ["says", "told"].contains($0) }) {
            return false
        }
        // "dismissed an annulment action brought by X, ... when it kept him on the list": still listed.
        return !words.contains(where: { reactionVerbs.contains($0) || Self.stillListedWords.contains($0) })
    }

    private static let stillListedWords: Set<String> = [
        "dismissed", "rejected", "upheld", "kept", "keeps", "remains", "remain", "stays", "stay", "still",
    ]

    /// Whether the sentence may introduce parties at all: not a quotation, not hedged, not about an earlier
    /// designation ("sanctioned in 2022", "last year").
    static func mayIntroduceParties(_ tokens: [ArticleToken], documentDate: PartialDate?) -> Bool {
        let documentYear = documentDate?.year
        // "THE DAKROUB NETWORK IN LEBANON", "UAE-BASED FRONT COMPANY": a press release's section heading in
        // capitals, a line of two or more words alone ("PRECURSOR SUPPLY"), introduces no party (an entry in capitals has an IMO number,
        // parentheses or a comma).
        if tokens.count >= 2 || tokens.contains(where: { $0.lower.hasSuffix("-based") }), tokens.allSatisfy({ $0.isWord && !$0.text.contains(where: \.isLowercase) && !$0.text.contains(where: \.isNumber) }) {
            return false
        }
        // A quotation has lowercase words; a name in quotes (ZAO "Belkomtekhsnab") has none.
        let quoted = DesignationTrigger.quotedPositions(in: tokens)
        let hasQuote = quoted.contains { tokens[$0].isLowercaseWord }
        let words = tokens.filter(\.isWord).map(\.lower)
        let written = tokens.filter(\.isWord).map(\.text)
        // "Treasury has since targeted a string of companies tied to the group, including X": actions after an
        // earlier one, told as background.
        if words.indices.contains(where: { at in
            SanctionsVocabulary.designationVerbs.contains(words[at]) && SanctionsVocabulary.followsPerfectSince(at: at, word: { words[$0] })
        }) {
            return false
        }
        if hasQuote, words.contains(where: { PartyListParser.reportingVerbs.contains($0) || ["says", "told"].contains($0) }) {
            return false
        }
        // "..., a vegetable exporter that reported sales far exceeding what its farms could produce": a modal
        // verb in a relative clause describes the party and hedges nothing.
        let firstRelative = words.firstIndex { ["that", "which", "who", "whose", "what"].contains($0) } ?? words.endIndex
        let peopleClause = words.indices.dropFirst().first {
            ["who", "whom"].contains(words[$0]) && ["women", "men", "people", "protesters", "civilians", "dissidents", "journalists", "children"].contains(words[$0 - 1])
        } ?? words.endIndex
        // "... to Iran's Aerospace Industries Organization, an entity previously designated under E.O. 13382": a
        // memory about another party in an appositive leaves the sentence's own party new.
        let aboutOther = Self.appositiveAboutOther(in: tokens, words: words) ?? words.endIndex
        // "on charges of "calling for actions damaging national security"": a quoted charge hedges nothing.
        let wordIsQuoted = tokens.indices.filter { tokens[$0].isWord }.map { quoted.contains($0) }
        if words.indices.contains(where: {
            // The next word as written: "formerly STELLA MARIS" is a former name, not a memory.
            !wordIsQuoted[$0] && SanctionsVocabulary.isHedge(words[$0], before: $0 + 1 < written.count ? written[$0 + 1] : nil)
                // "flagged in Panama until May": the month.
                && !($0 > 0 && written[$0] == "May")
                // "arranged port calls for other tankers": a noun, no call for anything.
                && !($0 > 0 && ["calls", "call"].contains(words[$0]) && ["port", "phone", "conference", "margin"].contains(words[$0 - 1]))
                && !($0 > firstRelative && Self.modals.contains(words[$0]))
                // "... to identify women who do not comply with dress rules": a negation about other people.
                && !($0 > peopleClause && ["not", "no", "never"].contains(words[$0]))
                && !($0 > aboutOther && ["previously", "already", "earlier"].contains(words[$0]))
                // "has taken on vessels shed by operators previously sanctioned by the UK": a memory about a
                // plural noun's own listing (a reduced relative clause), not about the party.
                && !($0 > 0 && ["previously", "already"].contains(words[$0]) && words[$0 - 1].count > 3 && words[$0 - 1].hasSuffix("s")
                    && !["was", "has", "is", "had", "have", "were", "does", "always"].contains(words[$0 - 1]))
        }) {
            return false
        }
        // ""In previous rounds we have sanctioned North Korean generals, including X"": earlier rounds' parties.
        if zip(words, words.dropFirst()).contains(where: { pair in
            ["previous", "earlier", "prior", "past"].contains(pair.0) && ["round", "rounds", "package", "packages", "tranches"].contains(pair.1)
        }) {
            return false
        }
        // "Brian Okafor, a former Treasury official now at the Atlantic Policy Forum, said the focus ... was
        // notable": a speaker introduced by the appositive before his reporting verb, no party.
        if Self.introducesASpeaker(tokens) { return false }
        // "At the same time, the EAER has removed X from Annex 8": a delisting, not one of the new entries.
        if words.indices.contains(where: { SanctionsVocabulary.delists(words, at: $0) }) { return false }
        // "Exiled opposition figure Volha Sirotsina welcomed the decision": a reaction, not a party.
        if words.contains(where: { reactionVerbs.contains($0) }) { return false }
        // A year dates a biography ("founded Atlas Mikro in 2022") unless the sentence is about sanctions.
        guard words.contains(where: { word in Self.sanctionWordStems.contains { word.hasPrefix($0) } }) else { return true }
        for (offset, (word, next)) in zip(words, words.dropFirst()).enumerated() where offset < aboutOther {
            if word == "last", next == "year" { return false }
            // "a bid to overturn his 2022 UK designation".
            if let year = Int(word), (1945...2100).contains(year), documentYear.map({ year < $0 }) ?? true,
                words[(offset + 1)...].prefix(2).contains(where: { ["designation", "listing", "designations", "sanctions"].contains($0) })
            {
                return false
            }
            if ["in", "since", "until"].contains(word), let year = Int(next), (1945...2100).contains(year),
                documentYear.map({ year < $0 }) ?? true
            {
                return false
            }
            // "a manufacturer that OFAC designated in November 2022".
            if ["in", "since"].contains(word), ArticleDate.months[next] != nil, offset + 2 < words.count, let year = Int(words[offset + 2]),
                (1945...2100).contains(year), documentYear.map({ year < $0 }) ?? true
            {
                return false
            }
            // "in addition to those decided on January 10, 2025 (or 10 January 2025), under which X ... were made
            // subject to".
            if ArticleDate.months[word] != nil || ArticleDate.months[next] != nil, Int(next) != nil || Int(word) != nil,
                offset + 2 < words.count, let year = Int(words[offset + 2]), (1945...2100).contains(year), let documentYear, year < documentYear
            {
                return false
            }
            // "blacklisted in October" in an article of March: a month after the article's is last year's.
            if ["in", "since"].contains(word), let month = ArticleDate.months[next], next.count > 3,
                let documentMonth = documentDate?.month, month > documentMonth
            {
                return false
            }
        }
        return true
    }

    /// The word index where ", an entity ..." or ", a company ..." starts: an appositive about another
    /// party than the sentence's subject ("... to Iran's Aerospace Industries Organization, an entity
    /// previously designated"), after the sentence's main verb.
    private static func appositiveAboutOther(in tokens: [ArticleToken], words: [String]) -> Int? {
        var wordIndex = 0
        var sawVerb = false
        for (position, token) in tokens.enumerated() where token.isWord {
            defer { wordIndex += 1 }
            if SanctionsVocabulary.auxiliaries.contains(token.lower) || ["has", "have", "had"].contains(token.lower) { sawVerb = true }
            // "... after his older brother, Jesús Salazar Ochoa, was designated in 2019": about a relative.
            if sawVerb, ["his", "her", "their"].contains(token.lower),
                tokens[(position + 1)...].prefix(2).contains(where: { Self.relatives.contains($0.lower) })
            {
                return wordIndex
            }
            guard sawVerb, position >= 1, tokens[position - 1].text == ",", ["a", "an"].contains(token.lower),
                position + 1 < tokens.count, ["entity", "company", "organization", "organisation", "firm", "group"].contains(tokens[position + 1].lower)
            else { continue }
            return wordIndex
        }
        return nil
    }

    /// Offices a person holds, named right after the name ("X, presiding judge of ...").
    private static let officeNouns: Set<String> = [
        "judge", "prosecutor", "commander", "minister", "governor", "mayor", "director", "chairman", "chairwoman",
        "president", "head", "chief", "deputy", "colonel", "general", "warden", "spokesman", "spokeswoman", "ceo",
    ]

    private static let relatives: Set<String> = [
        "brother", "sister", "father", "mother", "son", "daughter", "wife", "husband", "uncle", "nephew", "cousin",
        "brother-in-law", "son-in-law", "partner", "predecessor", "boss",
    ]

    /// "Name, a/an/the ..., said ...": the sentence opens with a capitalized name, an appositive set off by
    /// commas follows it, and a reporting verb comes right after the second comma.
    private static func introducesASpeaker(_ tokens: [ArticleToken]) -> Bool {
        guard let first = tokens.firstIndex(where: \.isWord), tokens[first].isCapitalized,
            let comma = tokens[first...].firstIndex(where: { $0.text == "," }), comma > first,
            tokens[first..<comma].allSatisfy({ $0.isCapitalized || $0.text == "-" }),
            comma + 1 < tokens.count, ["a", "an", "the"].contains(tokens[comma + 1].lower),
            let second = tokens[(comma + 1)...].prefix(25).firstIndex(where: { $0.text == "," }), second + 1 < tokens.count
        else { return false }
        return PartyListParser.reportingVerbs.contains(tokens[second + 1].lower) || ["says", "told"].contains(tokens[second + 1].lower)
    }

    private static let modals: Set<String> = ["could", "would", "may", "might", "should"]

    private static let reactionVerbs: Set<String> = [
        "welcomed", "welcomes", "condemned", "condemns", "praised", "praises", "denounced", "denounces", "criticised",
        "criticized", "criticises", "criticizes", "hailed", "hails", "applauded", "applauds", "slammed", "decried",
    ]

    private static let sanctionWordStems = ["sanction", "designat", "list", "blacklist", "block", "froze", "frozen", "freez"]

    /// A heading that ends the announcement: "SANCTIONS IMPLICATIONS", "Background", "Related stories".
    /// Other headings ("THIRD-COUNTRY SUPPLIERS") divide it.
    static func isClosingHeading(_ tokens: [ArticleToken]) -> Bool {
        let words = tokens.filter(\.isWord)
        guard !words.isEmpty, words.count <= 6, let last = tokens.last, !".!?:;,\"”".contains(last.text) else { return false }
        return words.contains { Self.closingHeadingWords.contains($0.lower) }
    }

    private static let closingHeadingWords: Set<String> = [
        "implications", "background", "related", "contact", "contacts", "notes", "about", "enquiries", "inquiries",
        "more", "reading", "also", "editor", "editors", "media", "share", "tags", "facts",
    ]

    // MARK: Helpers

    /// Prepositions that put a name in a description of something else.
    private static let descriptivePrepositions: Set<String> = [
        "of", "in", "at", "to", "from", "for", "on", "into", "with", "against", "under", "over", "about", "toward",
        "towards", "than", "like", "near", "outside", "inside", "within", "across", "via", "after", "before",
    ]

    /// "chief executive of", "the majority shareholder of": a role noun before the preposition.
    private static func followsRole(_ tokens: [ArticleToken], preposition: Int) -> Bool {
        guard tokens[preposition].lower == "of" else { return false }
        let before = tokens[..<preposition].suffix(3)
        return before.contains { $0.isLowercaseWord && (SanctionsVocabulary.roleNouns.contains($0.lower) || ["shareholder", "owner", "founder"].contains($0.lower)) }
    }

    /// Whether the capitalized word at `index` continues a name begun before it.
    private static func continuesName(_ tokens: [ArticleToken], at index: Int) -> Bool {
        let previous = tokens[index - 1]
        // "5. ELARA, ...": an item number opening the line is no part of the name.
        if index == 1, previous.text.allSatisfy({ $0.isNumber || $0 == "." || $0 == ")" }) { return false }
        if previous.isCapitalized || PartyListParser.isParticle(previous) { return true }
        if previous.isLowercaseWord, SanctionsVocabulary.nameConnectors.contains(previous.lower), index >= 2, tokens[index - 2].isCapitalized {
            return true
        }
        // "Co., Ltd.": a legal form after a comma ends the name before it.
        if previous.text == ",", SanctionsVocabulary.trailingLegalForms.contains(tokens[index].lower) { return true }
        return previous.text == "-" || previous.text == "&" || previous.text == "(" || previous.text == "\"" || previous.text == "“"
    }

    /// "Wilson Pierre-Louis, better known by his street name ...", "Fritznel Sanon, dit "Zo Kraze"",
    /// "Rosemond Valcourt-Étienne, who represented ...": a name of capitalized words whose comma opens a
    /// nickname or a relative clause about a person.
    private static func isDescribedAsPerson(_ window: ArraySlice<ArticleToken>) -> Bool {
        guard let comma = window.prefix(6).firstIndex(where: { $0.text == "," }), comma - window.startIndex >= 2,
            window[..<comma].allSatisfy({ $0.isCapitalized && $0.isWord })
        else { return false }
        let after = window[(comma + 1)...].prefix(4).map(\.lower)
        if [["who"], ["better", "known"], ["dit"], ["alias"], ["known", "as"], ["nicknamed"]].contains(where: { after.starts(with: $0) }) {
            return true
        }
        // "Gholamreza Tavakoli-Nejad, presiding judge of Branch 26", "X, prosecutor-general of Isfahan province":
        // an office held.
        if let first = after.first, !["a", "an", "the"].contains(first),
            after.prefix(3).contains(where: { word in word.split(separator: "-").contains { Self.officeNouns.contains(String($0)) } })
        {
            return true
        }
        // "Heriberto Salazar Ochoa, a.k.a. "El Tacho," a 44-year-old": a quoted nickname, an age.
        let isOrganization = window[..<comma].contains {
            SanctionsVocabulary.organizationNameWords.contains($0.lower) || SanctionsVocabulary.trailingLegalForms.contains($0.lower)
        }
        return !isOrganization && (["a.k.a.", "aka"].contains(after.first ?? "") && after.dropFirst().first.map { ["\"", "“"].contains($0) } == true
            || after.first == "a" && after.dropFirst().first?.hasSuffix("-year-old") == true)
    }

    /// "So the first is X", "The second is a cleric and judge, X", "The official is X": the clause before
    /// the name introduces one of the counted people.
    private static func isIntroducedAsPerson(_ tokens: [ArticleToken], before index: Int) -> Bool {
        let clauseStart = tokens[max(0, index - 10)..<index].lastIndex(where: { [".", ";", ":"].contains($0.text) }).map { $0 + 1 } ?? max(0, index - 10)
        guard let verb = tokens[clauseStart..<index].firstIndex(where: { ["is", "was"].contains($0.lower) }), verb >= 2,
            tokens[verb - 2].lower == "the"
        else { return false }
        let subject = tokens[verb - 1].lower
        let described = tokens[(verb + 1)..<index].filter(\.isLowercaseWord).map(\.lower)
        return SanctionsVocabulary.personNouns.contains(subject)
            || ordinals.contains(subject) && (described.isEmpty || described.contains(where: { SanctionsVocabulary.personNouns.contains($0) || personDescriptions.contains($0) }))
    }

    /// "Héctor Armando Villaseñor Quintero, also known as "El Ingeniero,"", "José Luis Carrizales Beltrán (a.k.a.
    /// "El Güero")": a nickname in quotes after the name, the way people are introduced.
    private static func hasQuotedNickname(_ window: ArraySlice<ArticleToken>) -> Bool {
        guard let end = window.prefix(8).firstIndex(where: { !($0.isCapitalized && $0.isWord) }) else { return false }
        let after = window[end...].prefix(6).filter { ![",", "("].contains($0.text) }
        let words = after.prefix(3).map(\.lower)
        let cueLength = words.starts(with: ["also", "known", "as"]) ? 3 : ["a.k.a.", "aka", "a.k.a"].contains(words.first ?? "") ? 1 : 0
        guard cueLength > 0, let next = after.dropFirst(cueLength).first else { return false }
        return ["\"", "“"].contains(next.text)
    }

    private static let ordinals: Set<String> = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "last", "other"]
    /// The words of a sentence's opener before the next counted party: "Finally,", "The third,", "Lastly,".
    private static let enumerationOpeners: Set<String> = ordinals.union([
        "the", "finally", "lastly", "next", "additionally", "separately", "also", "moreover", "furthermore",
    ])
    /// Words for people that are not roles ("a cleric and judge").
    private static let personDescriptions: Set<String> = ["cleric", "judge", "police", "colonel", "general", "lawyer", "cousin", "relative"]

    /// Two to five words, each capitalized (or a particle), none an organization word: "Gholamreza Heydari-Nasab".
    private static func hasPersonNameShape(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        return (2...5).contains(words.count)
            && words.allSatisfy { ($0.first?.isUppercase == true && $0.dropFirst().contains(where: \.isLowercase)) || SanctionsVocabulary.nameConnectors.contains($0.lowercased()) }
            && !words.contains { SanctionsVocabulary.organizationNameWords.contains($0.lowercased()) }
    }

    private static func isClearlyNamed(_ mention: PartyMention) -> Bool {
        // "ELARA, formerly named NORDIC SPIRIT (IMO 9187642)": an IMO number names a ship.
        if mention.kind == .vessel || mention.kind == nil && mention.identifiers.contains(where: { $0.hasPrefix("IMO ") }) {
            return !mention.identifiers.isEmpty
        }
        let words = mention.name.lowercased().split(separator: " ").map { trimmed(String($0), ".,") }
        if mention.kind == .person {
            // The text calls it a person ("Murat Kaan Ozdemir, a Turkish national"): a name of two to four
            // capitalized words will do.
            let written = mention.name.split(separator: " ")
            return (2...5).contains(written.count)
                && written.allSatisfy { $0.first?.isUppercase == true || $0.contains("-") || SanctionsVocabulary.nameConnectors.contains($0.lowercased()) }
        }
        if PersonNameShape.looksLikePerson(mention.name) { return words.count >= 2 }
        // "Department of Foreign Affairs and Trade", "Leninsky District Court": the authority, or a body named
        // for where someone works.
        if words.contains(where: { Self.publicBodyWords.contains($0) }) { return false }
        let organizationWords = words.filter { SanctionsVocabulary.organizationNameWords.contains($0) }
        return !organizationWords.isEmpty && organizationWords.count < words.count
            && organizationWords.contains { !["state", "national", "public", "federal", "joint", "stock"].contains($0) }
    }

    private static let publicBodyWords: Set<String> = [
        "department", "office", "ministry", "commission", "government", "court", "parliament", "embassy", "police",
        "prosecutor's", "directorate", "administration", "treasury",
        // "the Federal Bureau of Investigation ... contributed information".
        "investigation",
    ]

    /// The index of the token where the mention's name starts, when that is in the first clause of the window
    /// ("Sharjah-based Kaspian Trade Link", "the Mogilev company Tehnolit") or after a role or an ordinal; nil
    /// for a name the parser found further on.
    private static func start(of mention: PartyMention, in window: ArraySlice<ArticleToken>) -> Int? {
        guard let first = mention.name.split(separator: " ").first.map(String.init) else { return nil }
        var clauses = 0
        for (offset, token) in window.enumerated() {
            if token.text.contains(first) { return window.startIndex + offset }
            // One comma may close a role or an ordinal before the name ("Its general director, X", "The
            // third individual, X"), but not a name of its own.
            if token.text == ",", clauses == 0, !window.prefix(offset).dropFirst().contains(where: \.isCapitalized) {
                clauses += 1
                continue
            }
            if [",", ";", ":", "("].contains(token.text) { return nil }
        }
        return nil
    }

    static func number(_ token: ArticleToken) -> Int? {
        if token.isNumber { return Int(token.text) }
        return numberWords[token.lower]
    }

    static let numberWords: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    ]

    /// The noun a count applies to, over at most four describing words ("Iranian", "Tehran",
    /// "Hong Kong-based", "ship management and ownership"), and the index after it.
    /// The counted noun after a number, agreeing with it: "two ship management and ownership companies" is
    /// two companies ("ship" before them is a modifier).
    private static func countedNoun(
        in words: ArraySlice<ArticleToken>, after index: Int, count: Int, listEntries: Bool
    ) -> (String, Int)? {
        var next = index + 1
        var skipped = 0
        // "four of Haiti's most feared gang leaders": a partitive reaches a little further.
        let reach = next < words.endIndex && words[next].lower == "of" ? 6 : 4
        while next < words.endIndex, skipped <= reach, words[next].isWord {
            let word = words[next].lower
            // "three men", "two businesswomen": plurals without an s.
            let irregularPlural = ["men", "women", "businessmen", "businesswomen"].contains(word)
            let agrees = (count == 1) == !(word.hasSuffix("s") || irregularPlural) || ["aircraft", "businesspeople", "people"].contains(word)
            // "two ship managers", "a tanker operator": companies ("two of its overseas managers" are people).
            if ["manager", "managers", "operator", "operators"].contains(word), agrees,
                ["ship", "shipping", "tanker", "vessel", "fleet"].contains(words[next - 1].lower)
            {
                return (count == 1 ? "company" : "companies", next + 1)
            }
            if Self.kind(ofCounted: word) != nil || Self.anyKindNouns.contains(word) || listEntries && Self.listEntryNouns.contains(word),
                agrees
            {
                return (word, next + 1)
            }
            skipped += 1
            next += 1
        }
        return nil
    }

    /// Words that open where counted parties are ("two in Hong Kong").
    private static let placePrepositions: Set<String> = ["in", "from", "based"]

    /// Nouns counted against any kind ("five persons": OFAC's word for people and companies alike).
    private static let anyKindNouns: Set<String> = ["persons", "person", "targets", "target", "parties", "party", "names", "name"]
    /// A list's words for what it adds, counted only as a designation's object ("adding eleven entries").
    private static let listEntryNouns: Set<String> = ["entries", "entry", "additions", "listings", "designations", "designees"]

    /// Whether the words hold a count of parties, however large ("a total of 41 individuals and 37 entities",
    /// more than an announcement names one by one).
    static func countsParties(_ words: ArraySlice<ArticleToken>) -> Bool {
        zip(words, words.dropFirst()).contains { count, noun in
            (number(count) ?? 0) > 1 && (kind(ofCounted: noun.lower) != nil || anyKindNouns.contains(noun.lower))
        }
    }

    private static func kind(ofCounted noun: String) -> EntityKind? {
        if let kind = countedNouns[noun] { return kind }
        // "four Belarusians", "two Iraqis": a demonym in the plural counts people.
        guard noun.count > 4, noun.hasSuffix("s"), SanctionsVocabulary.countries[String(noun.dropLast())] != nil else { return nil }
        return .person
    }

    /// The nouns announcements count parties with, and the kind each stands for.
    private static let countedNouns: [String: EntityKind] = {
        var nouns: [String: EntityKind] = [:]
        for noun in [
            "individual", "individuals", "people", "man", "men", "woman", "women", "businessman", "businessmen",
            "businesswoman", "businesspeople", "official", "officials", "national", "nationals", "executive",
            "executives", "oligarch", "oligarchs", "officer", "officers", "judge", "judges", "figure", "figures",
            "operative", "operatives", "associate", "associates", "facilitator", "facilitators", "financier",
            "financiers", "broker", "brokers", "agent", "agents", "leader", "leaders", "director", "directors",
            "citizen", "citizens", "person", "persons", "relative", "relatives", "boss", "bosses", "senator", "senators",
            "politician", "politicians", "lawmaker", "lawmakers", "commander", "commanders", "kingpin", "kingpins",
            "trafficker", "traffickers", "smuggler", "smugglers",
        ] { nouns[noun] = .person }
        for noun in [
            "company", "companies", "entity", "entities", "firm", "firms", "business", "businesses", "organization",
            "organizations", "organisation", "organisations", "institute", "institutes", "bank", "banks",
            "enterprise", "enterprises", "group", "groups", "subsidiary", "subsidiaries", "supplier", "suppliers",
            "shipyard", "shipyards", "airline", "airlines", "exchange", "exchanges", "refinery", "refineries",
            "manufacturer", "manufacturers", "maker", "makers", "producer", "producers",
            // "three freight forwarders", "two insurers".
            "insurer", "insurers", "forwarder", "forwarders",
        ] { nouns[noun] = .organization }
        for noun in ["vessel", "vessels", "tanker", "tankers", "ship", "ships"] { nouns[noun] = .vessel }
        nouns["aircraft"] = .aircraft
        return nouns
    }()
}
