import WatchlistCore
import WatchlistMatching

/// A party named in the object of a designation, before the extractor adds authority, date and evidence.
struct PartyMention: Hashable, Sendable {
    var name: String
    var kind: EntityKind?
    var aliases: [String] = []
    var role: String?
    var relatedTo: String?
    var country: String?
    var identifiers: [String] = []
}

/// Reads the parties out of the words a designation applies to: "Plant SVT, a production enterprise ...,
/// and its director, Valyantsin Miklashevich, for providing ..." gives Plant SVT (an organization) and
/// Valyantsin Miklashevich (a person, director of Plant SVT), and stops at "for providing".
///
/// The words are cut at top-level commas and semicolons into items. An item that opens with "a"/"an"
/// describes the party before it; one that opens with "its director" names a role for the next name; one
/// that opens with a preposition or a relative pronoun ("for providing", "which") ends the list. Inside an
/// item, lowercase words and places before a name describe it ("the Mogilev company Tehnolit"); a name is a
/// run of capitalized words with the connectors and legal forms names carry; a parenthesis after it gives an
/// acronym, an IMO number or a country; "a.k.a." and "formerly" give aliases.
struct PartyListParser {
    /// The document's characters, to copy names as written.
    let text: [Character]
    /// The kind the announcement gives the whole list ("the following individuals:"), if any.
    var groupKind: EntityKind?
    /// The country the announcement gives the whole list ("three Belarusian firms"), if any.
    var groupCountry: String?

    func mentions(in tokens: ArraySlice<ArticleToken>) -> [PartyMention] {
        var mentions: [PartyMention] = []
        var pendingRole: (role: String, relatedTo: String?)?
        var lastOrganization: String? { mentions.last(where: { $0.kind != .person })?.name }
        var inRelativeClause = false
        var placeContinues = false
        // "A, the consignee listed on Palisade's declarations; B, ...; and its general director, C": in a
        // list set apart by semicolons, what ends one item's name ends only that item.
        let items = Self.items(of: tokens)
        var skippingToSemicolon = false
        var inAliasList = false
        for (position, var item) in items.enumerated() {
            if item.first?.text == ";" {
                inRelativeClause = false
                skippingToSemicolon = false
                // "a.k.a., the following two aliases: —Tianlan Aerospace; and —ZKTL.": more of the aliases.
                if inAliasList {
                    mentions[mentions.count - 1].aliases.append(contentsOf: aliasNames(in: Self.droppingJoiners(item)))
                    continue
                }
            } else if inAliasList, let colon = item.firstIndex(where: { $0.text == ":" }) {
                mentions[mentions.count - 1].aliases.append(contentsOf: aliasNames(in: Self.droppingJoiners(item[(colon + 1)...])))
                continue
            }
            inAliasList = false
            if skippingToSemicolon { continue }
            let semicolonItemFollows = !mentions.isEmpty && items[(position + 1)...].contains { $0.first?.text == ";" }
            let joined = item.first.map { $0.isLowercaseWord && (SanctionsVocabulary.joiners.contains($0.lower) || $0.lower == "together") } ?? false
            item = Self.droppingJoiners(item)
            // "measures against A and B, against the C Company, and against the tanker D": the repeated
            // preposition starts another target.
            if !mentions.isEmpty, item.first?.lower == "against", item.count >= 2, item[item.startIndex + 1].isCapitalized || item[item.startIndex + 1].lower == "the" {
                item = item.dropFirst()
            }
            guard let first = item.first else { continue }
            // "- that company, Crestline Maritime Management FZE, registered in ...": a reference before the name.
            if mentions.isEmpty, ["that", "this", "the"].contains(first.lower), item.count <= 3,
                item.dropFirst().allSatisfy({ $0.isLowercaseWord }), item.last.map({ SanctionsVocabulary.organizationNouns.contains($0.lower) }) == true
            {
                continue
            }
            // "X, which re-exported motors to Iran, and its owner, Y": a relative clause is skipped up to
            // the next item joined by "and", "as well as", ...
            if first.isWord, SanctionsVocabulary.relativeWords.contains(first.lower), Self.aliasCue(in: item, at: item.startIndex) == nil {
                inRelativeClause = true
                continue
            }
            if inRelativeClause {
                guard joined else { continue }
                inRelativeClause = false
            }
            if first.isLowercaseWord, Self.describingParticiples.contains(first.lower), !mentions.isEmpty {
                // "..., both based in the UAE, and ...", "X, described as a deputy administrator in occupied
                // Melitopol, and Y": describes the parties before.
                describe(&mentions[mentions.count - 1], with: item)
                continue
            }
            if first.isWord, first.lower == "imo", let number = item.dropFirst().prefix(2).first(where: \.isNumber),
                number.text.count == 7, !mentions.isEmpty
            {
                // "VALKYRIE (ex-ARCTIC PEARL), IMO 9315991".
                mentions[mentions.count - 1].identifiers.append("IMO \(number.text)")
                mentions[mentions.count - 1].kind = .vessel
                continue
            }
            if Self.isBoundary(item, at: item.startIndex) {
                if semicolonItemFollows {
                    skippingToSemicolon = true
                    continue
                }
                break
            }
            if placeContinues, item.count <= 2, item.allSatisfy(\.isCapitalized),
                !item.contains(where: { SanctionsVocabulary.organizationNameWords.contains($0.lower) })
            {
                // "a firm in Yelabuga, Tatarstan, that ...": the region of the place before.
                placeContinues = false
                continue
            }
            placeContinues = false
            // "Oryx Maritime Services FZE, the commercial manager for all three tankers, and Al Sahil ...": an
            // appositive with "the" and no name in it describes the party before.
            // ("the leader's nephew" is a role, below).
            let isDescriptiveThe = first.lower == "the" && item.dropFirst().first?.isLowercaseWord == true
                && item.dropFirst().first?.isPossessive == false && !item.dropFirst().contains(where: \.isCapitalized)
                || first.lower == "the" && Self.isPlaceDescriptor(item.dropFirst())
                || first.lower == "the" && Self.startsWithSuffixedPlace(item.dropFirst())
                // "X, the former co-owner of the fertiliser group Akron-Volga, and Y": a past tie, no party.
                || first.lower == "the" && item.dropFirst().first?.lower == "former"
            // "X, former Intendant of Customs, ...": a past office describes the party before (not "and former
            // minister Y", a party of its own).
            let isFormerOffice = first.lower == "former" && !joined && item.dropFirst().first?.isCapitalized == true && roleOf(item) == nil
            if first.isWord, SanctionsVocabulary.descriptionOpeners.contains(first.lower) || isDescriptiveThe || isFormerOffice, !mentions.isEmpty {
                // "Plant SVT, a Minsk production enterprise that ...": describes the party before, and a
                // relative clause in it runs on to the next item joined by "and" ("an importer that sold
                // chips to a Moscow distributor, OOO Mikroprom-Trade").
                describe(&mentions[mentions.count - 1], with: item)
                if item.contains(where: { $0.isLowercaseWord && SanctionsVocabulary.relativeWords.contains($0.lower) }) {
                    inRelativeClause = true
                }
                let tail = item.suffix(2)
                placeContinues = tail.count == 2 && ["in", "near", "at"].contains(tail.first!.lower) && tail.last!.isCapitalized
                continue
            }
            if let alias = Self.aliasCue(in: item, at: item.startIndex), !mentions.isEmpty {
                // "..., also known as Foo, ...".
                let names = aliasNames(in: item[alias...])
                mentions[mentions.count - 1].aliases.append(contentsOf: names)
                // "a.k.a., the following two aliases:": the aliases come in the items after.
                inAliasList = names.isEmpty
                // "ELARA, formerly named NORDIC SPIRIT (IMO 9187642)": the number is the ship's.
                if let open = item.firstIndex(where: { $0.text == "(" }),
                    let close = item[open...].firstIndex(where: { $0.text == ")" }), item[open...].dropFirst().first?.lower == "imo"
                {
                    annotate(&mentions[mentions.count - 1], with: item[(open + 1)..<close])
                }
                continue
            }
            if let (role, organization) = roleOf(item), let previous = mentions.indices.last {
                // "Liu Jianguo, the general manager of Qingdao Haixin, ...": the organization is named for
                // the person before, not designated here.
                mentions[previous].role = mentions[previous].role ?? role
                mentions[previous].relatedTo = mentions[previous].relatedTo ?? organization
                // "Tianrui Global Shipping Limited, ..., the commercial manager of the tanker ARYA SPIRIT": a
                // company holds the role.
                if mentions[previous].kind != .organization, !Self.endsInLegalForm(mentions[previous].name) { mentions[previous].kind = .person }
                continue
            }
            var rest = item[...]
            if let (role, after) = Self.role(in: item) {
                if !joined, after < item.endIndex, item[after].isLowercaseWord, let previous = mentions.indices.last,
                    mentions[previous].kind != .organization
                {
                    // "Ri Jong-hyok, the company's representative in Shenyang": the role of the name before.
                    mentions[previous].role = mentions[previous].role ?? role
                    mentions[previous].kind = mentions[previous].kind ?? .person
                    continue
                }
                pendingRole = (role, lastOrganization)
                rest = item[after...]
                if rest.isEmpty { continue }
            }
            var (found, stop) = parseItem(rest)
            if let role = pendingRole, !found.isEmpty {
                found[0].role = role.role
                found[0].relatedTo = role.relatedTo
                // "Its registered owner, Aegir Maritime Inc.": a role held by a company.
                found[0].kind = Self.endsInLegalForm(found[0].name) ? .organization : .person
                pendingRole = nil
            }
            mentions.append(contentsOf: found)
            if stop {
                if semicolonItemFollows {
                    skippingToSemicolon = true
                    continue
                }
                break
            }
        }
        return mentions
    }

    /// The end of a run of capitalized words at `start` that only modifies a noun with no name of its own: after
    /// "a" (and lowercase adjectives), a run followed by lowercase words to the item's end ("a remote Arctic prison
    /// colony it blames for ...", "a Revolutionary Guards unit that ..."); after "the", one followed by a word for
    /// a place ("the Abu Shouk camp"). Not "a Minsk company Tehnolit", where a name follows; nil otherwise.
    static func endOfModifyingRun(_ item: ArraySlice<ArticleToken>, at start: Int) -> Int? {
        var before = start - 1
        while before >= item.startIndex, start - before <= 3, item[before].isLowercaseWord, !["a", "an", "the"].contains(item[before].lower),
            !SanctionsVocabulary.joiners.contains(item[before].lower)
        {
            before -= 1
        }
        guard before >= item.startIndex, ["a", "an", "the"].contains(item[before].lower) else { return nil }
        var end = start
        while end < item.endIndex, end - start < 4, item[end].isCapitalized, item[end].isWord, !item[end].isPossessive { end += 1 }
        guard end < item.endIndex, item[end].isLowercaseWord, !SanctionsVocabulary.joiners.contains(item[end].lower),
            !SanctionsVocabulary.boundaryWords.contains(item[end].lower), !item[start..<end].contains(where: { SanctionsVocabulary.organizationNameWords.contains($0.lower) })
        else { return nil }
        if item[before].lower == "the" {
            return Self.placeNouns.contains(item[end].lower) && (end + 1 == item.endIndex || !item[end + 1].isCapitalized) ? end : nil
        }
        // The noun phrase runs to a clause ("it blames for ...", "that ...") or the item's end with no name in it.
        let phrase = item[end...].prefix(12).prefix { token in
            !(token.isLowercaseWord && (SanctionsVocabulary.relativeWords.contains(token.lower)
                || SanctionsVocabulary.boundaryWords.contains(token.lower) || ["it", "they", "he", "she", "we"].contains(token.lower)))
        }
        return phrase.contains(where: \.isCapitalized) ? nil : end
    }

    /// Nouns of a place a name before them stands for ("the Abu Shouk camp").
    private static let placeNouns: Set<String> = [
        "camp", "camps", "prison", "colony", "region", "district", "area", "city", "town", "village", "border", "crossing", "port",
        "airport", "base", "mine", "field", "valley", "river", "province",
    ]

    /// Participles that open a description of the party before them rather than end the list.
    private static let describingParticiples: Set<String> = [
        "based", "registered", "headquartered", "located", "incorporated", "described", "identified", "characterized",
        "characterised", "accused", "alleged", "believed", "reported", "thought", "said",
    ]

    /// "d.o.o.", "a.d.": a dotted legal form written in lowercase.
    static func isLowercaseLegalForm(_ token: ArticleToken) -> Bool {
        token.isLowercaseWord && token.text.dropLast().contains(".") && SanctionsVocabulary.trailingLegalForms.contains(token.lower)
    }

    /// Whether a name's last word is a legal form ("Aegir Maritime Inc."): a company's name.
    static func endsInLegalForm(_ name: String) -> Bool {
        name.split(separator: " ").last.map { SanctionsVocabulary.trailingLegalForms.contains($0.lowercased()) } ?? false
    }

    /// "Zelenograd manufacturer that received the equipment", "Tehran electronics firm": one or two
    /// capitalized words and a word for an organization or a person, which describe a party rather than
    /// name one.
    static func isPlaceDescriptor(_ words: ArraySlice<ArticleToken>) -> Bool {
        let capitalized = words.prefix { $0.isCapitalized && $0.isWord && !$0.isPossessive }
        guard (1...2).contains(capitalized.count), capitalized.endIndex < words.endIndex else { return false }
        guard !capitalized.contains(where: { SanctionsVocabulary.organizationNameWords.contains($0.lower) }) else { return false }
        func isNoun(_ word: ArticleToken) -> Bool {
            word.isLowercaseWord && (SanctionsVocabulary.organizationNouns.contains(word.lower) || SanctionsVocabulary.personNouns.contains(word.lower))
        }
        let after = Array(words[capitalized.endIndex...].prefix(2))
        let nounEnd = isNoun(after[0]) ? capitalized.endIndex + 1
            : after.count == 2 && after[0].isLowercaseWord && isNoun(after[1]) ? capitalized.endIndex + 2 : nil
        // Not "the Zhodino pipe maker Baztube": there the name follows the description.
        guard let nounEnd else { return false }
        return nounEnd >= words.endIndex || !words[nounEnd].isCapitalized
    }

    /// "British Virgin Islands-registered vehicle": capitalized words up to one with a place suffix, then a
    /// lowercase word: a description of where a party is, however many words the place has.
    static func startsWithSuffixedPlace(_ words: ArraySlice<ArticleToken>) -> Bool {
        guard let end = suffixedPlaceEnd(in: words), end + 1 < words.endIndex else { return false }
        return words[end + 1].isLowercaseWord
    }

    /// The index of the word with a place suffix ("Islands-registered") that ends a run of at most four
    /// capitalized words opening `words` ("British Virgin Islands-registered"), none of them a word of a
    /// company's name; nil when the words do not open so.
    static func suffixedPlaceEnd(in words: ArraySlice<ArticleToken>) -> Int? {
        guard let end = words.prefix(4).firstIndex(where: { token in placeSuffixes.contains(where: token.lower.hasSuffix) }),
            words[words.startIndex...end].allSatisfy({ $0.isCapitalized && $0.isWord }),
            !words[words.startIndex..<end].contains(where: { SanctionsVocabulary.organizationNameWords.contains($0.lower) })
        else { return nil }
        return end
    }

    // MARK: Items

    /// The tokens cut at commas and semicolons outside parentheses; a legal form after a comma ("Co., Ltd.")
    /// stays with its name.
    /// Whether whitespace comes right before and after the token.
    private func isSetApart(_ token: ArticleToken) -> Bool {
        token.span.lowerBound > 0 && token.span.upperBound < text.count && text[token.span.lowerBound - 1].isWhitespace
            && text[token.span.upperBound].isWhitespace
    }

    static func items(of tokens: ArraySlice<ArticleToken>) -> [ArraySlice<ArticleToken>] {
        var items: [ArraySlice<ArticleToken>] = []
        var depth = 0
        var start = tokens.startIndex
        var index = tokens.startIndex
        while index < tokens.endIndex {
            let token = tokens[index]
            if token.text == "(" || token.text == "[" { depth += 1 }
            if token.text == ")" || token.text == "]" { depth = max(0, depth - 1) }
            if depth == 0, token.text == "," || token.text == ";" {
                let next = index + 1 < tokens.endIndex ? tokens[index + 1] : nil
                // "Acme Trading, LLC": a legal form after a comma stays with the name before it (not "The first
                // entity, JSC Spetsmashpribor", whose comma closes a description).
                if token.text == ",", index > start, !tokens[index - 1].isLowercaseWord, let next,
                    SanctionsVocabulary.trailingLegalForms.contains(next.lower) || Self.spellsMexicanLegalForm(tokens, after: index)
                {
                    index += 1
                    continue
                }
                items.append(tokens[start..<index])
                // A semicolon stays at the head of the next item: it closes any clause before it.
                start = token.text == ";" ? index : index + 1
            }
            index += 1
        }
        items.append(tokens[start..<tokens.endIndex])
        return items.filter { !$0.isEmpty }
    }

    /// The item without the words that join it to the one before ("and", "as well as", "together with").
    static func droppingJoiners(_ item: ArraySlice<ArticleToken>) -> ArraySlice<ArticleToken> {
        var item = item
        while let first = item.first {
            let words = item.prefix(3).map(\.lower)
            if let joiner = multiWordJoiners.first(where: { words.starts(with: $0) }) {
                item = item.dropFirst(joiner.count)
            } else if first.isLowercaseWord, SanctionsVocabulary.joiners.contains(first.lower) {
                item = item.dropFirst()
            } else if first.text == "Both", item.dropFirst().first?.isCapitalized == true, item.contains(where: { $0.lower == "and" }) {
                // "Both Dzhabrailov and Ms Ostapenko have been sanctioned."
                item = item.dropFirst()
            } else if first.kind == .punctuation, !"\"“«„(".contains(first.text) {
                item = item.dropFirst()
            } else {
                break
            }
        }
        return item
    }

    private static let multiWordJoiners: [[String]] = [["as", "well", "as"], ["along", "with"], ["together", "with"], ["in", "addition", "to"]]

    /// True when the word at `index` ends the list: a preposition before a lowercase word, a number or
    /// punctuation ("for providing", "over 300 companies", "with the Belarusian government"); not before a
    /// capitalized word, which may be part of a name ("Institute for Nuclear Research").
    static func isBoundary(_ tokens: ArraySlice<ArticleToken>, at index: Int) -> Bool {
        let token = tokens[index]
        guard token.isLowercaseWord, SanctionsVocabulary.boundaryWords.contains(token.lower) else { return false }
        guard index + 1 < tokens.endIndex else { return true }
        // "a laundering ring tied to Cártel Nuevo Pacífico": what the party is tied to is not a party.
        if index > tokens.startIndex, ["to", "with"].contains(token.lower), relationParticiples.contains(tokens[index - 1].lower) {
            return true
        }
        let next = tokens[index + 1]
        // "Correctional Colony No. 15 of the Department of Corrections of the Ministry of Internal Affairs": a
        // body's name goes on after "of the" when a word of its name came before (not "Ivan Petrov of the FSB").
        if token.lower == "of", next.lower == "the", index + 2 < tokens.endIndex, tokens[index + 2].isCapitalized,
            index > tokens.startIndex, tokens[index - 1].isCapitalized || tokens[index - 1].isNumber,
            tokens[tokens.startIndex..<index].suffix(6).contains(where: { SanctionsVocabulary.organizationNameWords.contains($0.lower) })
        {
            return false
        }
        // "Correctional Colony No. 7 for the Vologda Region": a region in the body's own name.
        if ["for", "of"].contains(token.lower), next.lower == "the",
            tokens[(index + 2)...].prefix(3).contains(where: { ["Region", "Oblast", "Krai", "Province", "Governorate", "Territory"].contains($0.text) }),
            tokens[(index + 2)...].first?.isCapitalized == true
        {
            return false
        }
        return next.isNumber || !next.isCapitalized || next.isPossessive
    }

    private static let relationParticiples: Set<String> = ["tied", "linked", "connected", "affiliated", "close", "loyal"]

    /// "its director", "their general director", "the company's chief executive": the role and where the
    /// words after it start.
    static func role(in item: ArraySlice<ArticleToken>) -> (String, Int)? {
        var index = item.startIndex
        guard index < item.endIndex, item[index].isWord else { return nil }
        if SanctionsVocabulary.roleOwners.contains(item[index].lower) {
            index += 1
        } else if item[index].lower == "the", index + 1 < item.endIndex, item[index + 1].isPossessive,
            item[index + 1].isLowercaseWord
        {
            index += 2
        } else {
            return nil
        }
        var words: [String] = []
        while index < item.endIndex, item[index].isLowercaseWord, !SanctionsVocabulary.boundaryWords.contains(item[index].lower) {
            words.append(item[index].text)
            index += 1
        }
        guard words.contains(where: { SanctionsVocabulary.roleNouns.contains($0.lowercased()) }) else { return nil }
        return (words.joined(separator: " "), index)
    }

    /// "the general manager of Qingdao Haixin", "commander of the Special Rapid Response Unit of the Minsk
    /// police": a role and the organization it is held in, when the item starts with that.
    private func roleOf(_ item: ArraySlice<ArticleToken>) -> (String, String)? {
        var index = item.startIndex
        if index < item.endIndex, item[index].lower == "the" || item[index].lower == "a" || item[index].lower == "an" { index += 1 }
        var words: [String] = []
        // "General Director of Kazan Avionika Design Bureau JSC", "former General Manager of ...": a role
        // may be written in capitals, as a title.
        while index < item.endIndex, item[index].lower != "of",
            item[index].isLowercaseWord || item[index].isCapitalized && item[index].isWord && SanctionsVocabulary.roleNouns.contains(item[index].lower)
                // "Deputy Director for Production of ...": the field a title names.
                || item[index].isCapitalized && item[index].isWord && !words.isEmpty && item[index - 1].lower == "for"
        {
            words.append(item[index].text)
            index += 1
        }
        // "is managing director of": the verb is not part of the role.
        words = Array(words.drop { SanctionsVocabulary.auxiliaries.contains($0.lowercased()) || ["the", "a", "an"].contains($0.lowercased()) })
        guard !words.isEmpty, words.contains(where: { SanctionsVocabulary.roleNouns.contains($0.lowercased()) }),
            index + 1 < item.endIndex, item[index].lower == "of"
        else { return nil }
        var nameStart = index + 1
        if item[nameStart].lower == "the", nameStart + 1 < item.endIndex { nameStart += 1 }
        // "former General Manager of the state-owned electricity utility Empresa Nacional de Energía": a
        // description may come before the name.
        let described = item[nameStart...].prefix(5).prefix { $0.isLowercaseWord && !SanctionsVocabulary.boundaryWords.contains($0.lower) }
        if !described.isEmpty, described.endIndex < item.endIndex, item[described.endIndex].isCapitalized { nameStart = described.endIndex }
        guard item[nameStart].isCapitalized else { return nil }
        var nameEnd = nameStart
        // "general director of AT "Kurhanskyi zavod pretsyziinoi elektroniky"": a quoted name runs to its close.
        var quoted = false
        while nameEnd < item.endIndex {
            let token = item[nameEnd]
            if ["\"", "“", "”", "«", "»"].contains(token.text), quoted || nameEnd > nameStart {
                quoted.toggle()
            } else if !(token.kind == .word && (quoted || !token.isLowercaseWord || SanctionsVocabulary.nameConnectors.contains(token.lower))) && !(quoted && token.kind == .punctuation) {
                break
            }
            nameEnd += 1
        }
        return (words.joined(separator: " "), nameText(item, nameStart..<nameEnd))
    }

    /// Where an alias cue ("a.k.a.", "also known as", "formerly", "previously known as", "f.k.a.") ends,
    /// when the item starts with one.
    static func aliasCue(in tokens: ArraySlice<ArticleToken>, at index: Int) -> Int? {
        guard index < tokens.endIndex, tokens[index].isWord else { return nil }
        // "widely known as Issa Bashar", "better known as X": an adverb before the cue.
        if ["widely", "commonly", "better", "popularly", "locally", "usually", "often"].contains(tokens[index].lower),
            index + 1 < tokens.endIndex, tokens[index + 1].lower == "known", let cue = aliasCue(in: tokens, at: index + 1)
        {
            return cue
        }
        let words = tokens[index...].prefix(6).map(\.lower)
        // "it was known until 2023 as Valmont Fiduciary Ltd": a former name with its end date.
        for lead in [["it", "was", "known"], ["was", "known"], ["known"]] where words.starts(with: lead) {
            let rest = words.dropFirst(lead.count)
            if rest.count >= 3, ["until", "till", "before"].contains(rest.first!), Int(rest.dropFirst().first!) != nil,
                rest.dropFirst(2).first == "as"
            {
                return index + lead.count + 3
            }
        }
        for cue in aliasCues where words.starts(with: cue) {
            // "her maiden name, Nino Tsiklauri": a comma may set the name off.
            let end = index + cue.count
            return cue.last == "name" && end < tokens.endIndex && tokens[end].text == "," ? end + 1 : end
        }
        return nil
    }

    /// Whether an alias cue ends just before `index` ("which advertised online as | Rongxing Tech").
    static func endsAliasCue(_ tokens: [ArticleToken], before index: Int) -> Bool {
        aliasCues.contains { cue in
            cue.count <= index && cue.count >= 2 && zip(tokens[(index - cue.count)..<index], cue).allSatisfy { $0.lower == $1 }
        }
    }

    private static let aliasCues: [[String]] = [
        ["a.k.a."], ["aka"], ["f.k.a."], ["fka"], ["also", "known", "as"], ["formerly", "known", "as"],
        ["previously", "known", "as"], ["formerly", "called"], ["formerly", "named"], ["previously", "named"],
        ["previously", "sailed", "as"], ["formerly", "sailed", "as"], ["sailed", "as"], ["traded", "as"],
        ["formerly"], ["also", "called"], ["formerly", "registered", "as"], ["previously", "registered", "as"],
        ["also", "named"], ["known", "as"], ["ex"], ["ex-"], ["also", "spelled"], ["also", "spelt"], ["also", "written"],
        ["also", "transliterated", "as"], ["spelled"], ["also", "referred", "to", "as"], ["referred", "to", "as"],
        // "received proceeds through accounts in her maiden name, Nino Tsiklauri".
        ["maiden", "name"],
        ["who", "uses", "the", "kunya"], ["uses", "the", "kunya"], ["kunya"], ["who", "goes", "by"], ["goes", "by"],
        // "who also goes by the kunya Abu Hamad al-Rawi" (a cue of one word is not read alone).
        ["the", "kunya"], ["his", "kunya"],
        ["nom", "de", "guerre"], ["known", "in", "english", "as"], ["known", "in", "persian", "as"], ["known", "in", "farsi", "as"],
        ["known", "in", "arabic", "as"], ["known", "locally", "as"], ["known", "in", "russian", "as"], ["alias"],
        ["which", "advertised", "online", "as"], ["advertised", "online", "as"],
        // "OFAC's notice gives his Mandarin name as Huang Shaoming", "gives the company's former name as X".
        ["name", "as"], ["names", "as"],
        // "his name is given as Evgeny Pribylov", "London lists him as Ahmed El Tohamy": another list's spelling.
        ["given", "as"], ["lists", "him", "as"], ["lists", "her", "as"], ["lists", "it", "as"],
        ["which", "advertised", "as"], ["advertised", "as"], ["marketed", "as"], ["branded", "as"],
    ] + operatingNameCues

    /// "which also operates as", "that trades internationally as", "who also does business as": a relative
    /// pronoun, "also" and an adverb of where, each or none, before a verb of the name a party uses and "as".
    private static let operatingNameCues: [[String]] = {
        let verbs: [[String]] = [
            ["operates"], ["operated"], ["operating"], ["trades"], ["trading"], ["does", "business"], ["did", "business"],
            ["doing", "business"], ["presents", "itself"], ["markets", "itself"], ["styles", "itself"], ["brands", "itself"],
            ["advertises"],
        ]
        var cues: [[String]] = []
        for pronoun in [[], ["which"], ["that"], ["who"]] {
            for also in [[], ["also"]] {
                for verb in verbs {
                    for adverb in [[], ["internationally"], ["online"], ["locally"], ["abroad"]] {
                        cues.append(pronoun + also + verb + adverb + ["as"])
                    }
                }
            }
        }
        return cues
    }()

    // MARK: Inside an item

    /// The parties of one item, and whether the list ends in it.
    private func parseItem(_ item: ArraySlice<ArticleToken>) -> ([PartyMention], stop: Bool) {
        var index = item.startIndex
        var kindHint: EntityKind?
        var country: String?
        var found: [PartyMention] = []
        // Describing words before the name: determiners, places, descriptors ("the Zhodino pipe maker").
        while index < item.endIndex {
            let token = item[index]
            if Self.isBoundary(item, at: index) { return (found, true) }
            if token.isWord, SanctionsVocabulary.relativeWords.contains(token.lower) { return (found, true) }
            if Self.isParticle(token) { break }  // "al-Zein": a name that starts with its particle
            if token.isLowercaseWord, index + 1 < item.endIndex, item[index + 1].isCapitalized, token.lower != "of",
                SanctionsVocabulary.boundaryWords.contains(token.lower), kindHint != nil
            {
                // "four Russian nationals behind attacks on NHS suppliers": a name after a preposition
                // that follows the party's noun is something else.
                return (found, true)
            }
            if token.isLowercaseWord, token.lower == "of", index > item.startIndex,
                Self.affiliationNouns.contains(item[index - 1].lower)
            {
                // "four members of the LockHydra ransomware operation": the group they belong to.
                return (found, true)
            }
            if token.isLowercaseWord {
                // "chief executive of JSC Volna Shipyard": the role is not the kind of what follows "of".
                let beforeOf = index + 1 < item.endIndex && item[index + 1].lower == "of"
                if !beforeOf, let kind = Self.kindOfDescriptor(token.lower) { kindHint = kind }
                if let place = Self.place(in: token.lower) { country = place }
                index += 1
                continue
            }
            if token.isPossessive, let code = SanctionsVocabulary.countries[token.stem], index + 1 < item.endIndex,
                item[index + 1].isCapitalized
            {
                // "China's Dalian Haoyang Shipping Co., Ltd.".
                country = code
                index += 1
                continue
            }
            if token.isCapitalized, index + 1 < item.endIndex,
                let suffix = Self.placeSuffixes.first(where: item[index + 1].lower.hasSuffix),
                let place = Self.place(in: token.lower + " " + item[index + 1].lower.dropLast(suffix.count) + suffix)
            {
                // "Hong Kong-based Lunar Bridge Electronics Limited".
                country = place
                index += 2
                continue
            }
            if token.isCapitalized, let suffixed = Self.suffixedPlaceEnd(in: item[index...]), suffixed > index {
                // "the British Virgin Islands-registered vehicle": a place of several words.
                index = suffixed + 1
                continue
            }
            if token.isCapitalized, Self.placeSuffixes.contains(where: token.lower.hasSuffix) {
                // "Tehran-based Pars Aseman Sanat Company".
                country = Self.place(in: token.lower) ?? country
                index += 1
                continue
            }
            if token.isCapitalized, let (place, length) = Self.place(at: index, in: item) {
                // A place followed by a descriptor, not by more of a name, describes the party.
                let after = index + length
                if after >= item.endIndex || item[after].isLowercaseWord || item[after].kind == .punctuation && item[after].text != "\"" {
                    country = place
                    index = after
                    continue
                }
            }
            if token.isCapitalized, !["the", "a", "an"].contains(token.lower), let runEnd = Self.endOfModifyingRun(item, at: index) {
                index = runEnd  // "a Revolutionary Guards unit that ...", "the Abu Shouk camp": no name of a party
                continue
            }
            if token.isCapitalized, ["the", "a", "an"].contains(token.lower), index + 1 < item.endIndex,
                Self.placeSuffixes.contains(where: item[index + 1].lower.hasSuffix) || item[index + 1].isLowercaseWord
            {
                index += 1  // "The UAE-based Noor Al Fajr General Trading FZE", "The tanker AURORA BAY"
                continue
            }
            if token.isCapitalized, index == item.startIndex, token.lower != "a", CountedAnnouncement.numberWords[token.lower] != nil,
                index + 1 < item.endIndex, item[index + 1].isWord
            {
                index += 1  // "Three Istanbul-area trading firms": a count, not a name
                continue
            }
            if token.isCapitalized, Self.isTitle(token.lower) || Self.isRankOrdinal(item, at: index), index + 1 < item.endIndex,
                item[index + 1].isCapitalized
            {
                kindHint = .person // "Mr", "Dr"
                index += 1
                continue
            }
            if index + 1 < item.endIndex, item[index + 1].isCapitalized,
                token.lower.hasSuffix("-built") || token.isCapitalized && SanctionsVocabulary.vesselNouns.contains(token.lower)
                    // "the 68-metre SOLARIS NOVA", "the 300-foot yacht".
                    || token.text.first?.isNumber == true && ["-metre", "-meter", "-foot", "-ft", "-m"].contains(where: token.lower.hasSuffix)
            {
                kindHint = .vessel // "the 2004-built VLCC PERSEUS GLORY"
                index += 1
                continue
            }
            break
        }
        guard index < item.endIndex else { return (found, false) }
        var runs = nameRuns(in: item, from: index)
        guard !runs.isEmpty else { return (found, false) }
        let lastRun = runs.removeLast()
        var tail = lastRun.end
        // "AQAP financier", "ISIL smuggling chief": a name before a word for a person is an affiliation.
        // "two Rapid Support Forces (RSF) commanders": an acronym in parentheses between them.
        var descriptorStart = lastRun.end
        if descriptorStart + 2 < item.endIndex, item[descriptorStart].text == "(", item[descriptorStart + 2].text == ")",
            item[descriptorStart + 1].text.allSatisfy({ $0.isUppercase || $0.isNumber })
        {
            descriptorStart += 3
        }
        let following = item[descriptorStart...].prefix { $0.isLowercaseWord }.map(\.lower)
        func addMentions(of runs: [NameRun]) {
            for run in runs where !run.isPossessive && !Self.namesAnAffiliation(item, after: run.end) {
                var start = run.start
                if item[start].lower == "the", start + 1 < run.end { start += 1 }
                // "... and Colonel Pavel Ignatenko": a later name's title, as the first one's above.
                var titled = false
                // (Not "... and General Dynamics Corporation".)
                while start > index, start + 1 < run.end, !run.hasOrganizationWord, item[start].isCapitalized,
                    Self.isTitle(item[start].lower) || Self.isRankOrdinal(item, at: start), item[start + 1].isCapitalized
                {
                    start += 1
                    titled = true
                }
                let name = nameText(item, start..<run.end)
                guard Self.isPartyName(name, tokens: item[start..<run.end]), !isJapansTradeMinistry(item[start..<run.end]) else { continue }
                var mention = PartyMention(name: name, kind: titled ? .person : kindHint, country: country ?? groupCountry)
                if run.hasOrganizationWord, mention.kind == nil { mention.kind = .organization }
                found.append(mention)
            }
        }
        // Not after a verb: in "Timur Galiev is the owner of Sever-Logistik LLC" the name is the subject.
        // Not "Plant SVT and its director, Valyantsin Miklashevich": there the director is a second party, below.
        if following.first != "and",
            following.contains(where: { SanctionsVocabulary.personNouns.contains($0) || $0 == "chief" }),
            !following.contains(where: { SanctionsVocabulary.organizationNouns.contains($0) }),
            !following.contains(where: { SanctionsVocabulary.auxiliaries.contains($0) || ["has", "had", "of"].contains($0) })
        {
            // "... and North Korean national Choe Myong-su": the person after the descriptor is the party,
            // and the names before it are parties of their own.
            let afterDescriptor = descriptorStart + following.count
            guard afterDescriptor < item.endIndex, item[afterDescriptor].isCapitalized, item[afterDescriptor].isWord else {
                return (found, false)
            }
            addMentions(of: runs)
            var (rest, stop) = parseItem(item[afterDescriptor...])
            if !rest.isEmpty {
                rest[0].kind = rest[0].kind ?? .person
                rest[0].country = rest[0].country ?? Self.place(at: lastRun.start, in: item).map(\.0)
            }
            return (found + rest, stop)
        }
        // "..., Foreign Affairs Minister Mélanie Joly announced.": a speaker, not a party.
        if let last = item.last(where: \.isWord), Self.reportingVerbs.contains(last.lower) { return (found, true) }
        addMentions(of: runs + [lastRun])
        if lastRun.isPossessive { return (found, false) }
        // After the name: parentheses, alias cues, descriptors, IMO numbers.
        var passedOtherName = false
        while tail < item.endIndex, !found.isEmpty {
            let token = item[tail]
            if token.text == "(", passedOtherName { break }
            if token.text == "(" {
                let close = item[tail...].firstIndex { $0.text == ")" } ?? item.endIndex
                annotate(&found[found.count - 1], with: item[(tail + 1)..<close])
                tail = min(item.endIndex, close + 1)
                continue
            }
            if let aliasStart = Self.aliasCue(in: item, at: tail) {
                found[found.count - 1].aliases.append(contentsOf: aliasNames(in: item[aliasStart...]))
                break
            }
            if token.lower == "imo", let number = item[tail...].dropFirst().prefix(2).first(where: \.isNumber), number.text.count == 7 {
                found[found.count - 1].identifiers.append("IMO \(number.text)")
                found[found.count - 1].kind = .vessel
                tail += 1
                continue
            }
            if Self.isBoundary(item, at: tail) { return (found, true) }
            if token.isWord, SanctionsVocabulary.relativeWords.contains(token.lower) { return (found, true) }
            // "Vera Pavlovna Sidorenko (Вера Павловна Сидоренко) and Nikolai Borisovich Fomenko (...)": a second
            // name after the first one's parentheses.
            if token.lower == "and", tail > item.startIndex, item[tail - 1].text == ")", tail + 1 < item.endIndex,
                item[tail + 1].isCapitalized, item[tail + 1].isWord
            {
                let (rest, stop) = parseItem(item[(tail + 1)...])
                return (found + rest, stop)
            }
            // "Weser Antriebe GmbH & Co. KG from Bremen and Lausitz Handel KG": a company's town, then the next
            // company; "X Co., Ltd. in China and Y Private Limited in India": its country.
            if token.lower == "and", tail >= item.startIndex + 2, item[tail - 1].isCapitalized,
                item[tail - 2].lower == "from" || item[tail - 2].lower == "in" && Self.place(at: tail - 1, in: item) != nil,
                Self.endsInLegalForm(found[found.count - 1].name), tail + 1 < item.endIndex, item[tail + 1].isCapitalized
            {
                let (rest, stop) = parseItem(item[(tail + 1)...])
                return (found + rest, stop)
            }
            // "the MARLIN GRACE (IMO 9283083) and the NORD STAR (IMO 9304150)": a second name with its article.
            if token.lower == "and", tail + 2 < item.endIndex, item[tail + 1].lower == "the", item[tail + 2].isCapitalized,
                item[tail + 2].isWord
            {
                let (rest, stop) = parseItem(item[(tail + 1)...])
                return (found + rest, stop)
            }
            if token.lower == "and", tail + 1 < item.endIndex, ["his", "her", "its", "their"].contains(item[tail + 1].lower) {
                // "Timur Gainullin and his St. Petersburg company OOO Arktik Flot": a second party.
                let (rest, stop) = parseItem(item[(tail + 1)...])
                return (found + rest, stop)
            }
            // "Timur Galiev is the owner of Sever-Logistik LLC (also written Severlogistik)": parentheses
            // after another name are that one's.
            if token.isCapitalized, tail > lastRun.end, item[tail - 1].isLowercaseWord { passedOtherName = true }
            if token.isLowercaseWord, let kind = Self.kindOfDescriptor(token.lower), found[found.count - 1].kind == nil {
                found[found.count - 1].kind = kind
            }
            if token.isLowercaseWord, token.lower == "based" || token.lower.hasSuffix("-based") {
                if let place = Self.place(in: token.lower) { found[found.count - 1].country = place }
            }
            tail += 1
        }
        return (found, false)
    }

    /// Languages a name is given in: "(Russian: ...)".
    private static let languageNames: Set<String> = [
        "russian", "belarusian", "ukrainian", "chinese", "arabic", "persian", "farsi", "korean", "japanese", "turkish",
        "cyrillic", "hebrew", "georgian", "armenian", "kazakh", "uzbek", "serbian", "bulgarian", "pinyin", "native",
    ]

    /// Nouns whose "of" names what the parties belong to ("members of", "part of", "affiliates of").
    private static let affiliationNouns: Set<String> = [
        "members", "member", "affiliates", "affiliate", "supporters", "part", "victims", "customers", "clients",
        "units", "unit", "branches", "branch", "subsidiary", "subsidiaries", "operatives", "cells", "factions",
        // "senior officers of the Myanmar Air Force": the force they serve in.
        "officers", "commanders", "officials", "ranks",
    ]

    /// ", S. de R.L. de C.V.", ", S. de R.L.": a Mexican company's legal form after the comma at `index`.
    private static func spellsMexicanLegalForm(_ tokens: ArraySlice<ArticleToken>, after index: Int) -> Bool {
        index + 2 < tokens.endIndex && tokens[index + 1].lower == "s." && tokens[index + 2].lower == "de"
    }

    private struct NameRun {
        var start: Int
        var end: Int
        var isPossessive: Bool
        var hasOrganizationWord: Bool
    }

    /// The runs of name words from `start` on; more than one when "and" joins two names.
    private func nameRuns(in item: ArraySlice<ArticleToken>, from start: Int) -> [NameRun] {
        var runs: [NameRun] = []
        var runStart = start
        var index = start
        var inQuote = false
        var quotesATitle = false
        var hasOrganizationWord = false
        func finish(at end: Int, possessive: Bool) {
            var end = end
            // Trailing connectors and opening quotes are not part of the name.
            while end > runStart,
                item[end - 1].isLowercaseWord && !Self.isParticle(item[end - 1]) && !Self.isLowercaseLegalForm(item[end - 1])
                    || item[end - 1].kind == .punctuation && !"\"”»’.".contains(item[end - 1].text)
            {
                end -= 1
            }
            if end > runStart { runs.append(NameRun(start: runStart, end: end, isPossessive: possessive, hasOrganizationWord: hasOrganizationWord)) }
            hasOrganizationWord = false
        }
        while index < item.endIndex {
            let token = item[index]
            let next = index + 1 < item.endIndex ? item[index + 1] : nil
            if token.kind == .punctuation {
                if "\"“”«»„".contains(token.text) {
                    inQuote = token.text == "\"" ? !inQuote : "“«„".contains(token.text)
                    quotesATitle = inQuote && index > item.startIndex && item[index - 1].lower == "so-called"
                    if index == runStart || item[runStart..<index].contains(where: \.isCapitalized) || inQuote {
                        hasOrganizationWord = true
                        index += 1
                        // "Joint Stock Company "Sevmorlogistika"⏎   Operator of port ...": a closing quote at the
                        // end of its line ends the name.
                        if !inQuote, index < item.endIndex, startsLine(item[index]) { break }
                        continue
                    }
                }
                // "Enterprise "Scientific Research Institute of Radio Components 'Impuls'"": a quote inside the
                // quoted name.
                if inQuote, ["'", "‘", "’"].contains(token.text) {
                    index += 1
                    continue
                }
                if token.text == ",", index > runStart, let next, SanctionsVocabulary.trailingLegalForms.contains(next.lower)
                    || Self.spellsMexicanLegalForm(item, after: index)
                {
                    index += 1
                    continue
                }
                // "Kim Chol-ho - Colonel General": a dash with spaces on both sides starts a description.
                if token.text == "&" || token.text == "-" && !isSetApart(token), let next, next.isCapitalized {
                    index += 1
                    continue
                }
                // "Tianrun Semiconductor (Wuxi) Co., Ltd.", "Orient Link Electronics (HK) Limited": a place in
                // parentheses before the legal form is part of the name.
                if token.text == "(", index > runStart, let close = Self.closingParenthesis(in: item, from: index),
                    (index + 2...index + 3).contains(close), item[(index + 1)..<close].allSatisfy(\.isCapitalized), close + 1 < item.endIndex,
                    SanctionsVocabulary.trailingLegalForms.contains(item[close + 1].lower)
                        || ["co", "co.", "company"].contains(item[close + 1].lower)
                {
                    index = close + 1
                    continue
                }
                break
            }
            // "Russia's ..." ends a name; "Children's" inside a quoted name ("Children's Recreation Centre") does
            // not, unless the quote is a title ("the so-called "Children's Rights Commissioner"").
            if token.isPossessive, !inQuote || quotesATitle {
                finish(at: index + 1, possessive: true)
                return runs
            }
            // A legal form with its dot ends a company name ("... Trading Co., Ltd. According to ..."); not
            // one in lowercase, which the seat's town may follow ("Kanal Istok d.o.o. Bijeljina").
            if index > runStart, item[index - 1].text.hasSuffix("."), !Self.isLowercaseLegalForm(item[index - 1]),
                SanctionsVocabulary.trailingLegalForms.contains(item[index - 1].lower), token.isCapitalized,
                !SanctionsVocabulary.trailingLegalForms.contains(token.lower)
            {
                break
            }
            // "Everlink Components (HK) Limited\n  Address: Kwun Tong": a field label on the next line.
            // "Mahiliou, Belarus⏎Reasons for listing: ...": a label of up to four words.
            if index > runStart, token.isCapitalized, startsLine(token),
                item[index...].prefix(5).contains(where: { $0.text == ":" }) { break }
            // "Larisa Mikhailovna Zotova⏎     Deputy Director, Department of ...": a person's name ends with its
            // line when an indented line describes the person under it.
            if index > runStart, token.isCapitalized, ListItemLayout.isIndented(token.span, in: text),
                PersonNameShape.looksLikePerson(nameText(item, runStart..<index))
            {
                break
            }
            if token.isCapitalized || inQuote {
                if SanctionsVocabulary.organizationNameWords.contains(trimmed(token.lower, ".")) {
                    hasOrganizationWord = true
                }
                index += 1
                continue
            }
            // A legal form written in lowercase: "Kanal Istok d.o.o. Bijeljina"; the lowercase words of a
            // transliterated one: "Tovarystvo z obmezhenoiu vidpovidalnistiu "Volha-Komplekt"".
            if index > runStart, Self.isLowercaseLegalForm(token)
                || SanctionsVocabulary.transliteratedLegalFormWords.contains(token.lower)
                || ["z", "s"].contains(token.lower) && next.map { SanctionsVocabulary.transliteratedLegalFormWords.contains($0.lower) } == true
            {
                hasOrganizationWord = true
                index += 1
                continue
            }
            // Lowercase words inside a name: connectors and Arabic particles ("al-Baghdadi").
            if Self.isParticle(token) {
                index += 1
                continue
            }
            let nextButOne = index + 2 < item.endIndex ? item[index + 2] : nil
            // "Star Ocean Ship Management Pte. Ltd. of Singapore", "OOO "Radiant-Elektronika" of Zelenograd": a
            // place after a legal form or a quoted name says where the company is, it is not part of the name.
            if token.lower == "of", index > runStart,
                SanctionsVocabulary.trailingLegalForms.contains(item[index - 1].lower) || ["\"", "”", "»"].contains(item[index - 1].text),
                Self.place(at: index + 1, in: item) != nil
            {
                break
            }
            // "Judge Sergei Leonidovich Tarasenko of the Moscow City Court": a person's name ends before "of".
            if token.lower == "of", index > runStart, PersonNameShape.looksLikePerson(nameText(item, runStart..<index)) {
                break
            }
            if SanctionsVocabulary.nameConnectors.contains(token.lower), index > runStart, let next,
                next.isCapitalized || Self.isParticle(next) || "\"“«".contains(next.text)
                    || token.lower == "of" && next.lower == "the" && nextButOne?.isCapitalized == true
                    || token.lower == "for" && next.lower == "the" && !Self.isBoundary(item, at: index)
            {
                if SanctionsVocabulary.ambiguousConnectors.contains(token.lower), splitsNames(item, at: index) {
                    finish(at: index, possessive: false)
                    runStart = index + 1
                    index += 1
                    continue
                }
                index += 1
                continue
            }
            break
        }
        finish(at: index, possessive: false)
        return runs
    }

    /// Whether only spaces stand between the token and the line break before it.
    private func startsLine(_ token: ArticleToken) -> Bool {
        var cursor = token.span.lowerBound - 1
        while cursor >= 0, text[cursor] == " " || text[cursor] == "\t" { cursor -= 1 }
        return cursor < 0 || text[cursor].isNewline
    }

    /// The index of the ")" closing the "(" at `open`, within a few tokens.
    static func closingParenthesis(in item: ArraySlice<ArticleToken>, from open: Int) -> Int? {
        item[open...].prefix(8).firstIndex { $0.text == ")" }
    }

    /// "al-Baghdadi", "bin-Laden", "d'Or": a lowercase particle joined to a capitalized name.
    static func isParticle(_ token: ArticleToken) -> Bool {
        // The part after the particle is capitalized: "al-Zein", "d'Or", "al-Sa'idi" (an apostrophe inside
        // the name after it).
        token.text.split(whereSeparator: { "-'’".contains($0) }).dropFirst().first?.first?.isUppercase == true
            && token.text.first?.isLowercase == true
    }

    /// Whether "and" at `index` joins two names rather than being part of one ("Import and Export Co.").
    private func splitsNames(_ item: ArraySlice<ArticleToken>, at index: Int) -> Bool {
        guard item[index].lower == "and" else { return false }
        // "Changsha Polytechnic University of Science and Engineering and Qingdao University of Marine
        // Electronics": a place opening a name of its own starts the next party.
        if let (_, length) = Self.place(at: index + 1, in: item), index + 1 + length < item.endIndex,
            item[index + 1 + length].isCapitalized, item[index + 1 + length].isWord
        {
            return true
        }
        let before = trimmed(item[index - 1].lower, ".")
        let after = trimmed(item[index + 1].lower, ".")
        let joined = ["import", "export", "trade", "trading", "research", "development", "gas", "oil", "industry",
                      "technology", "security", "engineering", "science", "construction", "investment", "finance",
                      "maritime", "shipping", "logistics", "fuel", "petroleum", "industrial", "commercial", "transport",
                      "machinery", "manufacturing", "production", "energy", "mining", "metals", "chemical", "chemicals",
                      "exchange", "remittance", "money", "supply", "marketing", "distribution", "storage", "repair",
                      "maintenance", "consulting", "insurance",
                      // "Al-Bayan Gold and Jewelry Company S.A.L.", "Orient Electronics and Equipment Trading".
                      "gold", "jewelry", "jewellery", "silver", "diamonds", "precious", "electronics", "equipment", "services",
                      "steel", "textiles", "foodstuffs", "pharmaceuticals", "medical", "agricultural"]
        return !(joined.contains(before) || joined.contains(after))
    }

    /// The name as written between two tokens, quotes dropped.
    private func nameText(_ item: ArraySlice<ArticleToken>, _ range: Range<Int>) -> String {
        let start = item[range.lowerBound].span.lowerBound
        let end = item[range.upperBound - 1].span.upperBound
        var raw = String(text[start..<end]).filter { !"\"“”«»„".contains($0) }
        // "the tanker RYONGGANG 3." at a sentence's end: the full stop is not part of the number.
        if raw.hasSuffix("."), raw.dropLast().last?.isNumber == true { raw.removeLast() }
        return raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Names after an alias cue: "a.k.a. Foo; a.k.a. Bar", "formerly Baz".
    private func aliasNames(in tokens: ArraySlice<ArticleToken>) -> [String] {
        var names: [String] = []
        var index = tokens.startIndex
        while index < tokens.endIndex {
            if let after = Self.aliasCue(in: tokens, at: index) {
                index = after
                continue
            }
            if tokens[index].kind == .punctuation, !"\"“«".contains(tokens[index].text) || tokens[index].text == "-" {
                index += 1
                continue
            }
            if tokens[index].lower == "the", index + 1 < tokens.endIndex, tokens[index + 1].isCapitalized {
                index += 1  // "known in English as the Vektra Instrument Plant"
                continue
            }
            let runs = nameRuns(in: tokens, from: index)
            guard let run = runs.first, run.end > index else { break }
            names.append(nameText(tokens, run.start..<run.end))
            index = runs.last!.end
            // Only "or", "and as" or a further cue continues the aliases ("sailed as ARAS and as PRIMA LUCE").
            if index < tokens.endIndex, tokens[index].lower == "or" || tokens[index].text == ";" || tokens[index].text == "," {
                index += 1
                continue
            }
            if index + 1 < tokens.endIndex, tokens[index].lower == "and", tokens[index + 1].lower == "as" {
                index += 2
                continue
            }
            if Self.aliasCue(in: tokens, at: index) == nil { break }
        }
        return names.filter { Self.isPartyName($0, tokens: nil) }
    }

    /// Reads a parenthesis after a name: "(BRT)", "(IMO 9174323)", "(Russia)", "(a.k.a. Foo)", "(ex-Bar)".
    private func annotate(_ mention: inout PartyMention, with inside: ArraySlice<ArticleToken>) {
        guard let first = inside.first else { return }
        if let imo = inside.firstIndex(where: { $0.lower == "imo" }),
            let number = inside[(imo + 1)...].first(where: \.isNumber), number.text.count == 7
        {
            mention.identifiers.append("IMO \(number.text)")
            mention.kind = .vessel
        }
        if let cue = Self.aliasCue(in: inside, at: inside.startIndex) {
            mention.aliases.append(contentsOf: aliasNames(in: inside[cue...]))
            return
        }
        // "(Russian: OOO "Kama Avionika")", "(in Chinese: 星海电子)": the name in another language.
        if let colon = inside.prefix(3).firstIndex(where: { $0.text == ":" }), colon + 1 < inside.endIndex,
            inside[..<colon].contains(where: { Self.languageNames.contains($0.lower) })
        {
            let alias = nameText(inside, (colon + 1)..<inside.endIndex)
            if Self.isPartyName(alias, tokens: inside[(colon + 1)...]) { mention.aliases.append(alias) }
            return
        }
        if first.lower.hasPrefix("ex-") {
            let alias = nameText(inside, inside.startIndex..<inside.endIndex)
            mention.aliases.append(String(alias.dropFirst(3)))
            return
        }
        if let (place, length) = Self.place(at: inside.startIndex, in: inside), length == inside.count {
            mention.country = place
            return
        }
        // An acronym or short name: capitalized words only.
        if inside.allSatisfy({ $0.isCapitalized || Self.isParticle($0) || $0.text == "-" || $0.text == "&" }), !inside.contains(where: \.isNumber) {
            let alias = nameText(inside, inside.startIndex..<inside.endIndex)
            if Self.isPartyName(alias, tokens: inside) { mention.aliases.append(alias) }
        }
    }

    /// Country hints from a description: "a Minsk production enterprise", "a Belarusian company",
    /// "a Moscow-based firm", "based in Dubai".
    private func describe(_ mention: inout PartyMention, with item: ArraySlice<ArticleToken>) {
        var index = item.startIndex
        var sawRelative = false
        while index < item.endIndex {
            let token = item[index]
            if token.isWord, SanctionsVocabulary.relativeWords.contains(token.lower) { sawRelative = true }
            if !sawRelative {
                // Lowercase, or "58-year-old".
                if token.isWord, !token.isCapitalized, let kind = Self.kindOfDescriptor(token.lower), mention.kind == nil { mention.kind = kind }
                if token.isWord, mention.country == nil || mention.country == groupCountry {
                    if let (place, _) = Self.place(at: index, in: item) {
                        let previous = index > item.startIndex ? item[index - 1].lower : ""
                        if !["to", "from", "for", "against", "with", "into"].contains(previous) { mention.country = place }
                    } else if let place = Self.place(in: token.lower) {
                        mention.country = place
                    }
                }
            }
            index += 1
        }
    }

    // MARK: Word classes

    /// The kind a descriptor noun gives ("company" → organization, "tanker" → vessel).
    static func kindOfDescriptor(_ word: String) -> EntityKind? {
        if SanctionsVocabulary.vesselNouns.contains(word) { return .vessel }
        if SanctionsVocabulary.aircraftNouns.contains(word) { return .aircraft }
        if SanctionsVocabulary.organizationNouns.contains(word) { return .organization }
        if SanctionsVocabulary.personNouns.contains(word) { return .person }
        // "a 58-year-old former agronomist".
        if word.hasSuffix("-year-old") { return .person }
        return nil
    }

    /// A country or city at `index`, one or two words ("Hong Kong", "North Korean"), and its length.
    static func place(at index: Int, in tokens: ArraySlice<ArticleToken>) -> (String, Int)? {
        guard index < tokens.endIndex, tokens[index].isWord else { return nil }
        // "United Arab Emirates", "Central African Republic": three words before two ("arab" alone is a region).
        if index + 2 < tokens.endIndex, tokens[index + 1].isWord, tokens[index + 2].isWord, tokens[index].isCapitalized,
            let code = SanctionsVocabulary.country(tokens[index].lower + " " + tokens[index + 1].lower + " " + tokens[index + 2].stem)
        {
            return (code, 3)
        }
        if index + 1 < tokens.endIndex, tokens[index + 1].isWord {
            let pair = tokens[index].lower + " " + tokens[index + 1].stem
            if let code = SanctionsVocabulary.country(pair) ?? SanctionsVocabulary.cities[pair] { return (code, 2) }
        }
        let word = tokens[index].stem
        if let code = SanctionsVocabulary.country(word) ?? SanctionsVocabulary.cities[word] { return (code, 1) }
        if let code = place(in: word) { return (code, 1) }
        return nil
    }

    /// Endings that make a place a description of a party: "Hong Kong-based", "Marshall Islands-incorporated".
    static let placeSuffixes = ["-based", "-registered", "-headquartered", "-flagged", "-incorporated"]

    /// The place in a compound such as "moscow-based" or "minsk-registered".
    static func place(in word: String) -> String? {
        for suffix in Self.placeSuffixes + ["-linked"] where word.hasSuffix(suffix) {
            let stem = String(word.dropLast(suffix.count))
            return SanctionsVocabulary.countries[stem] ?? SanctionsVocabulary.cities[stem]
        }
        return nil
    }

    /// Verbs that end a reporting clause ("..., the minister said.").
    static let reportingVerbs: Set<String> = [
        "said", "says", "announced", "announces", "told", "stated", "noted", "added", "explained", "wrote", "reported",
        "confirmed", "declared", "tweeted", "posted", "say", "believe", "believes", "allege", "alleges", "alleged",
    ]

    /// Words capitalized only because they open a sentence ("As a result, ...").
    private static let commonWords = SanctionsVocabulary.boundaryWords.union(SanctionsVocabulary.joiners)
        .union(SanctionsVocabulary.relativeWords).union(SanctionsVocabulary.descriptionOpeners)
        .union(SanctionsVocabulary.hedges).union(SanctionsVocabulary.auxiliaries).union(SanctionsVocabulary.adverbs)
        .union(["call", "calls", "called", "calling"])
        // Personal pronouns at a sentence's start ("You spend most of your time ...").
        .union(["i", "you", "he", "she", "we", "they", "it", "me", "him", "her", "us", "them"])
        // Words a speaker opens with in a transcript ("So all three now face an asset freeze").
        .union(["so", "well", "yes", "no", "right", "okay", "ok", "look", "now"])
        // A reader addressed: "Below is our summary", "Remember that ...".
        .union(["below", "above", "remember", "note", "see", "read", "click", "check"])

    /// "The Ministry of Economy, Trade and Industry will add ...": Japan's METI, the authority, goes on after
    /// the comma; it is not the party "Ministry of Economy". Read in the text, as the comma may already have
    /// split the words into items.
    func isJapansTradeMinistry(_ run: ArraySlice<ArticleToken>) -> Bool {
        guard run.count == 3, run.map(\.lower) == ["ministry", "of", "economy"], let end = run.last?.span.upperBound,
            end < text.count, text[end] == ","
        else { return false }
        let words = String(text[(end + 1)..<min(text.count, end + 40)]).split(whereSeparator: { !$0.isLetter }).prefix(3)
        return words.map { $0.lowercased() } == ["trade", "and", "industry"]
    }

    /// A country's name or its people's adjective: "us", "paraguayan" (Paraguay + an), "bolivian".
    /// Adjectives of peoples and regions that are no country's: "Kurdish", "Baloch", "Balkan".
    private static let peoplesWords: Set<String> = [
        "kurdish", "baloch", "baluch", "balochi", "pashtun", "tamil", "uyghur", "uighur", "arab", "persian", "turkmen", "berber",
        "druze", "yazidi", "rohingya", "hazara", "alawite", "sunni", "shia", "shiite", "balkan", "caucasian", "slavic", "chechen",
        "tatar", "circassian", "bedouin", "kurd",
    ]

    /// A person's name without the nationality or rank written before it ("Iraqi Kurd Rebwar Hama Aziz Kaka"
    /// is "Rebwar Hama Aziz Kaka", "Major Dairon Quesada Bermúdez" is "Dairon Quesada Bermúdez"); the name
    /// itself when it has none.
    static func withoutNationalityOrRank(_ name: String) -> String {
        let words = name.split(separator: " ")
        // "Major Dairon Quesada Bermúdez", "Hojjatoleslam X": a rank or title before the name goes too.
        let prefix = words.prefix { isNationalityWord($0.lowercased()) || peoplesWords.contains($0.lowercased()) || isTitle($0.lowercased()) }.count
        let rest = words.dropFirst(prefix).joined(separator: " ")
        guard prefix > 0, (2...5).contains(words.count - prefix) else { return name }
        // "Rebwar Hama Aziz Kaka": after a nationality, title-case words without an organization's word are a
        // person's name even where no given name is known.
        // After a rank, two such words will do ("Hojjatoleslam Mohammad-Taghi Razavi-Moghaddam").
        let afterRank = words.prefix(prefix).contains { isTitle($0.lowercased()) }
        let titled = words.count - prefix >= (afterRank ? 2 : 3) && words.dropFirst(prefix).allSatisfy { word in
            let bare = trimmed(word.lowercased(), ".,")
            return word.first?.isUppercase == true && word.dropFirst().contains(where: \.isLowercase)
                && !SanctionsVocabulary.organizationNameWords.contains(bare) && !SanctionsVocabulary.organizationNouns.contains(bare)
        }
        return PersonNameShape.looksLikePerson(rest) || titled ? rest : name
    }

    private static func isNationalityWord(_ word: String) -> Bool {
        if SanctionsVocabulary.country(word) != nil { return true }
        for ending in ["an", "n", "ian"] where word.hasSuffix(ending) && word.count > ending.count + 3 {
            if SanctionsVocabulary.country(String(word.dropLast(ending.count))) != nil { return true }
        }
        return false
    }

    /// A title before a person's name: "Dr", "General", and a rank of two titles ("Colonel-General",
    /// "Rear-Admiral").
    static func isTitle(_ word: String) -> Bool {
        let parts = word.split(separator: "-")
        return !parts.isEmpty && parts.allSatisfy { SanctionsVocabulary.titles.contains(String($0)) }
    }

    /// Whether the words after a name make it an affiliation of people: "two Rapid Support Forces (RSF)
    /// commanders", "Houthi financiers" (an acronym in parentheses may come between).
    static func namesAnAffiliation(_ item: ArraySlice<ArticleToken>, after end: Int) -> Bool {
        var next = end
        if next + 2 < item.endIndex, item[next].text == "(", item[next + 2].text == ")",
            item[next + 1].text.allSatisfy({ $0.isUppercase || $0.isNumber })
        {
            next += 3
        }
        guard next < item.endIndex, item[next].isLowercaseWord else { return false }
        let word = item[next].lower
        return ["commanders", "commander", "leaders", "leader", "officials", "official", "financiers", "financier", "members", "member",
                "fighters", "operatives", "militants", "officers"].contains(word)
    }

    /// "Second" in "Second Brigadier General", "First" in "First Lieutenant": an ordinal that is part of a rank.
    static func isRankOrdinal(_ tokens: ArraySlice<ArticleToken>, at index: Int) -> Bool {
        ["first", "second", "third"].contains(tokens[index].lower) && index + 1 < tokens.endIndex && isTitle(tokens[index + 1].lower)
    }

    /// Whether a name can be a party: not a place, an authority, a month, a legal instrument or a common word.
    static func isPartyName(_ name: String, tokens: ArraySlice<ArticleToken>?) -> Bool {
        let lower = trimmed(name.lowercased(), " .,")
        guard lower.contains(where: \.isLetter), lower.count >= 2, !lower.contains("/") || lower.hasPrefix("m/") else { return false }
        // "E.O. 14024", "EO 13846": an executive order.
        if lower.range(of: #"^(e\.?o\.?|executive order)\s*\d+$"#, options: .regularExpression) != nil { return false }
        // "Moscow-based", "Sharjah-registered": where a party is, not its name.
        if !name.contains(" "), placeSuffixes.contains(where: { lower.hasSuffix($0) }) { return false }
        // "IT-worker", "Russia-linked": a descriptor compound, not a name.
        if !name.contains(" "), let last = name.split(separator: "-").last, name.contains("-"), last.first?.isLowercase == true {
            return false
        }
        if SanctionsVocabulary.country(lower) != nil || SanctionsVocabulary.cities[lower] != nil { return false }
        // "AH-lah vik-TOR-uv-nah DEM-chook": a radio script's pronunciation guide, syllables in capitals
        // where the stress falls (not "al-ASSAD", one particle and one name).
        let spelledOut = name.split(separator: " ").filter { word in
            let parts = word.split(separator: "-")
            return parts.count >= 2 && parts.contains { $0.count >= 2 && $0.allSatisfy(\.isUppercase) }
                && parts.contains { $0.count >= 2 && $0.allSatisfy(\.isLowercase) && !["al", "el", "bin", "ibn", "abu", "bint"].contains($0) }
        }
        if spelledOut.count >= 2 { return false }
        // "Paraguayan (officials)", "the Belarusian-Russian (border)", "Non-US (banks)", "Iraqi Kurdish
        // (network)", "Kurdish, Albanian and Balkan (gang leaders)": nationality and people's words only.
        if lower.split(whereSeparator: { $0 == " " || $0 == "-" }).allSatisfy({ part in
            part == "non" || Self.isNationalityWord(String(part)) || Self.peoplesWords.contains(String(part))
                || lower.hasPrefix("non-") && ["us", "uk", "eu", "un"].contains(part)
        }) {
            return false
        }
        // "Americans", "Iranians": people of a country.
        if lower.hasSuffix("s"), SanctionsVocabulary.countries[String(lower.dropLast())] != nil { return false }
        if SanctionsVocabulary.nonPartyWords.contains(lower) || commonWords.contains(lower) { return false }
        let words = lower.split(separator: " ").map(String.init)
        // "200 Iranian", "Sept 8": numbers with places, months or common words.
        // "1. Following": an item number before a common word.
        if words.count == 2, trimmed(words[0], ".)").allSatisfy(\.isNumber), SanctionsVocabulary.nonPartyWords.contains(words[1]) {
            return false
        }
        if SanctionsVocabulary.longListedBodies.contains(lower) { return false }
        // "9:42 AM", "(05:)40 UTC": a time.
        if words.count == 2, trimmed(words[0], ":").allSatisfy({ $0.isNumber || $0 == ":" }),
            ["am", "pm", "a.m.", "p.m.", "utc", "gmt", "cet", "cest", "bst", "est", "edt", "msk"].contains(words[1])
        {
            return false
        }
        // "Belgrade-linked TV (channel)": a descriptor compound opens the words.
        if words.count >= 2, let tail = words[0].split(separator: "-").last, words[0].contains("-"),
            ["linked", "based", "backed", "owned", "controlled", "affiliated", "aligned", "registered", "flagged"].contains(String(tail))
        {
            return false
        }
        // "Only the "(Hong Kong) Limited" entity": an adverb, not a name, opens the words.
        if words.count >= 2, ["only", "just", "even", "also"].contains(words[0]) { return false }
        // "which distributes funds ...": a name starts with a capital or a particle (al-Zein, d'Or).
        if let first = name.split(separator: " ").first, first.first?.isLowercase == true,
            !first.contains(where: { "-'’".contains($0) }), !SanctionsVocabulary.nameConnectors.contains(first.lowercased())
        {
            return false
        }
        // "North Korean IT-worker": a descriptor compound at the end.
        if words.count >= 2, let tail = words.last?.split(separator: "-").last, words.last!.contains("-"),
            ["worker", "workers", "linked", "based", "related", "backed", "owned", "controlled", "made", "flagged"].contains(String(tail))
        {
            return false
        }
        if ["ceo", "cfo", "coo", "cto", "md", "gm"].contains(lower) { return false }
        // "Foreign Trade Act", "Section 7031", "the Consolidated List", "JSC", "Trade and Industry".
        if words.count >= 2, let last = words.last, SanctionsVocabulary.instrumentWords.contains(last) { return false }
        if ["section", "article", "paragraph"].contains(words[0]) { return false }
        // "Head of Autonomous Non-Profit Organization ...", "Chief Accountant, Limited Liability Company ...": a
        // position held at the party, not the party.
        let role = words.prefix { SanctionsVocabulary.roleNouns.contains(trimmed($0, ",")) }
        if !role.isEmpty, role.count < words.count, words[role.count] == "of" || role.last?.hasSuffix(",") == true { return false }
        // "Passport RL3318842", "Tax ID No. 1870442156", "Commercial Registry Number 1184526": an entry's
        // identifier field.
        if words.count >= 2, ["passport", "tax", "registration", "registry", "commercial", "national", "identification", "id", "vat", "imo"].contains(words[0]),
            words.last?.contains(where: \.isNumber) == true
        {
            return false
        }
        // "the Specially Designated Nationals list": the list is no party.
        // "The Special Economic Measures (Iran) Regulations prohibit ...": Canada's sanctions act, its
        // country in parentheses.
        if lower.hasPrefix("specially designated") || lower.hasPrefix("special economic measures") { return false }
        // "Its Pyongyang-appointed representative": a possessive opens a role, not a name.
        if words.count >= 2, SanctionsVocabulary.roleOwners.contains(words[0]) { return false }
        if words.allSatisfy({
            SanctionsVocabulary.trailingLegalForms.contains($0) || ShortReference.legalFormPrefixes.contains($0)
                || SanctionsVocabulary.organizationNameWords.contains($0) || ["and", "of", "the", "&"].contains($0)
        }) {
            return false
        }
        // "Minister of Culture", "President Vladimir Putin", "European Affairs Bureau", "By Staff Reporter".
        if words.contains(where: { SanctionsVocabulary.officeWords.contains($0) }) { return false }
        // "Under the Foreign Exchange Act", "By Staff Reporter", "How": a sentence opener is no name's first word.
        if words.count >= 2, ["under", "by", "in", "on", "for", "from", "with", "at", "to", "as", "how", "when", "i."].contains(words[0]) {
            return false
        }
        // "penal colony No. 17": a number.
        if words.count == 2, ["no.", "no", "nr.", "#"].contains(words[0]), words[1].allSatisfy(\.isNumber) { return false }
        if words.contains(where: { $0.allSatisfy(\.isNumber) }),
            words.allSatisfy({ $0.allSatisfy(\.isNumber) || SanctionsVocabulary.nonPartyWords.contains($0)
                || SanctionsVocabulary.countries[$0] != nil || commonWords.contains($0) })
        {
            return false
        }
        if SanctionsVocabulary.authorityPhrases.contains(where: { $0.words == words }) { return false }
        if words.allSatisfy({ SanctionsVocabulary.nonPartyWords.contains($0) || SanctionsVocabulary.countries[$0] != nil }) {
            return false
        }
        // "General Court", "Leninsky District Court of Minsk": courts rule on designations and employ
        // designated judges; they are not designated themselves.
        if words.contains("court") || words.contains("tribunal") { return false }
        // "the Al-Qaida Sanctions Committee", "the Bureau of International Security and Nonproliferation": the
        // bodies that list, not listed parties.
        if words.contains("committee") && (words.contains("sanctions") || words.contains("security")) { return false }
        if lower.hasPrefix("bureau of") { return false }
        // "the Official Journal of the European Union", "the Federal Register": where listings are published.
        if lower.hasPrefix("official journal") || lower.hasPrefix("federal register") { return false }
        // "US Treasury Department", "EU Council": an authority and generic words.
        if words.count <= 4, words.contains(where: { ["department", "council", "ministry", "commission", "government"].contains($0) }),
            words.contains(where: { SanctionsVocabulary.countries[$0] != nil || ["us", "u.s.", "eu", "uk", "un", "state", "treasury", "commerce", "foreign"].contains($0) })
        {
            return false
        }
        return true
    }
}

/// `text` without the characters of `characters` at either end.
func trimmed(_ text: String, _ characters: String) -> String {
    var view = text[...]
    while let first = view.first, characters.contains(first) { view = view.dropFirst() }
    while let last = view.last, characters.contains(last) { view = view.dropLast() }
    return String(view)
}
