import WatchlistCore

/// Where a sentence designates (or delists) parties, and which of its words name them.
///
/// Three shapes are read:
/// - a verb with an authority as subject: "The State Department **sanctioned** Plant SVT ...", "OFAC
///   **removed** X from the SDN List", "Commerce **added** X to the Entity List";
/// - a passive verb: "Tehnolit and Baztube **were designated** ...", "X **has been added** to ...", or,
///   with a generic subject, the list after a colon: "Three firms were sanctioned ...: A, B and C";
/// - a measure noun with its object: "**restrictions** were placed **on** X", "imposed an asset **freeze**
///   **on** X", "lifted **sanctions on** X".
///
/// A trigger after a hedge ("threatened to sanction", "calls for sanctions on", "was previously
/// designated", "not"), or about an earlier year, is no designation and is not returned. The words after
/// a trigger run to the sentence end: semicolons separate items of long lists ("A, a judge; B, an
/// official; and C"), and `PartyListParser` stops at the first clause that names no party.
struct DesignationTrigger: Hashable, Sendable {
    enum Effect: Hashable, Sendable {
        case designation
        case delisting
    }

    var effect: Effect
    /// Token indexes of the words naming the parties.
    var targets: Range<Int>
    /// Token index of the trigger word.
    var position: Int
    /// The kind and country the sentence gives the whole list ("three Belarusian firms").
    var groupKind: EntityKind?
    var groupCountry: String?
    /// The sentence ends with a colon: the list follows as bullet items.
    var introducesList: Bool
    /// A second list in the same sentence ("..., as is Y").
    var alsoTargets: Range<Int>?
    /// The targets are items separated by semicolons ("A; B, a producer at X; and C were added"), each read
    /// on its own.
    var targetsAreSemicolonItems = false

    /// The triggers of a sentence. `documentYear` dates the announcement, so "sanctioned in 2022" in a
    /// 2024 article is a memory, not news; without one, any year named after the trigger is a memory.
    /// With `documentMonth` too, "sanctioned by Australia in September" in a November article is one.
    ///
    /// `followsDesignation` says a designation was reported in this sentence or just before, so a sentence
    /// that only names the new entries ("The first new entry is X") counts as one. `followsDelisting` says a
    /// delisting was, so "X was removed after ..." removes X without naming the list again.
    static func find(
        in tokens: [ArticleToken], documentYear: Int?, documentMonth: Int? = nil, documentDay: Int? = nil, followsDesignation: Bool,
        followsDelisting: Bool = false
    ) -> [DesignationTrigger] {
        var found: [DesignationTrigger] = []
        let firstWord = tokens.firstIndex(where: \.isWord) ?? 0
        let endsWithColon = tokens.last?.text == ":"
        if isQuestionOrExplainer(tokens, firstWord: firstWord) { return [] }
        let allQuoted = quotedPositions(in: tokens)
        let announcing = allQuoted.isEmpty ? [] : announcingQuotations(in: tokens, quoted: allQuoted)
        // A notice's own words pasted in quotes ("> "The following entries have been added to ..."") are no
        // one speaking.
        let opensWithTheFollowing = firstWord + 2 < tokens.count && tokens[firstWord].lower == "the"
            && tokens[(firstWord + 1)...].first(where: \.isWord)?.lower == "following"
        let quoted = opensWithTheFollowing ? [] : allQuoted.subtracting(announcing)
        // A trigger inside a quotation is someone speaking ("Exchange houses have been sanctioned before").
        for index in tokens.indices where tokens[index].isWord && !quoted.contains(index) {
            let token = tokens[index]
            guard token.isLowercaseWord || index == firstWord else { continue }
            let word = token.lower
            var trigger: DesignationTrigger?
            // "Three new names are now subject to the Swiss asset freeze ...:" before a list reads like "face"
            // (but "no longer subject to" delists, below). Without the list it says what a listing means.
            // "X, which manages both tankers, is now subject to an asset freeze": "is now" makes it news too.
            let isSubjectTo = word == "subject" && index + 1 < tokens.count && tokens[index + 1].lower == "to" && index > 0
                && (SanctionsVocabulary.auxiliaries.contains(tokens[index - 1].lower) || SanctionsVocabulary.adverbs.contains(tokens[index - 1].lower))
                && (endsWithColon || index >= 2 && tokens[index - 1].lower == "now" && tokens[index - 2].lower == "is")
            if ["face", "faces"].contains(word) || isSubjectTo,
                tokens[(index + 1)...].prefix(isSubjectTo ? 6 : 4).contains(where: { SanctionsVocabulary.measureNouns.contains($0.lower) })
            {
                // "X, Y and Z now face travel bans and asset freezes".
                var subjectEnd = index
                while subjectEnd > 0, SanctionsVocabulary.adverbs.contains(tokens[subjectEnd - 1].lower) { subjectEnd -= 1 }
                // "The Foreign Office said all five now face ...": the subject follows the reporting verb.
                var subjectStart = clauseStart(tokens, before: index)
                if let said = tokens[subjectStart..<subjectEnd].lastIndex(where: { PartyListParser.reportingVerbs.contains($0.lower) }) {
                    subjectStart = said + 1
                }
                // "The army, led by Gen. Abdel-Fattah Burhan, ... faces its own sanctions": the subject is a
                // common noun; the name describes it.
                let subject = tokens[subjectStart..<subjectEnd]
                if subject.count >= 5, subject.first?.lower == "the", subject.dropFirst().first?.isLowercaseWord == true,
                    subject.dropFirst(2).first?.text == ",", let participle = subject.dropFirst(3).first,
                    participle.isLowercaseWord, participle.lower.hasSuffix("ed"), subject.dropFirst(4).first?.lower == "by"
                {
                    continue
                }
                trigger = DesignationTrigger(
                    effect: .designation, targets: subjectStart..<subjectEnd, position: index,
                    introducesList: endsWithColon)
                // "X is now subject to an asset freeze, as is Y, a Mumbai firm": Y too.
                if let asIs = tokens[index...].indices.first(where: { at in
                    at + 2 < tokens.count && tokens[at].text == "," && tokens[at + 1].lower == "as" && ["is", "are"].contains(tokens[at + 2].lower)
                }) {
                    trigger?.alsoTargets = (asIs + 3)..<tokens.count
                }
            } else if word == "no", index + 2 < tokens.count, tokens[index + 1].lower == "longer",
                ["subject", "under"].contains(tokens[index + 2].lower)
            {
                // "As a result, X and Y are no longer subject to the assets freeze": the subject is delisted.
                var subjectEnd = index
                while subjectEnd > 0, SanctionsVocabulary.auxiliaries.contains(tokens[subjectEnd - 1].lower)
                    || SanctionsVocabulary.adverbs.contains(tokens[subjectEnd - 1].lower)
                {
                    subjectEnd -= 1
                }
                let subjectStart = clauseStart(tokens, before: subjectEnd)
                trigger = DesignationTrigger(
                    effect: .delisting, targets: subjectStart..<subjectEnd, position: index, introducesList: false)
            } else if word == "subject", endsWithColon, index >= 1, index + 1 < tokens.count, tokens[index + 1].lower == "to",
                PartyListParser.kindOfDescriptor(tokens[index - 1].lower) != nil, tokens[index - 1].lower.hasSuffix("s"),
                tokens[(index + 1)...].prefix(6).contains(where: { SanctionsVocabulary.measureNouns.contains($0.lower) })
            {
                // "published the names of five individuals and six organisations subject to asset freezes:": the
                // names follow.
                trigger = DesignationTrigger(effect: .designation, targets: 0..<0, position: index, introducesList: true)
            } else if word == "following", index > 0, tokens[index - 1].lower == "the", !endsWithColon,
                CountedAnnouncement(counting: tokens[(index + 1)...].prefix(8)) != nil,
                tokens.contains(where: { Self.measuresOnTheFollowing.contains($0.lower) })
            {
                // "Payment and capital transactions with the following 4 individuals and 5 entities will be
                // subject to a licensing requirement, thereby freezing their assets", "Exports to the following 7
                // entities ... will be prohibited": the parties are listed after the sentence.
                let delisting = tokens.contains { SanctionsVocabulary.delistingVerbs.contains($0.lower) }
                trigger = DesignationTrigger(effect: delisting ? .delisting : .designation, targets: 0..<0, position: index, introducesList: true)
            } else if ["removal", "removals", "delisting", "delistings"].contains(word),
                endsWithColon || tokens[index...].contains(where: { ["below", "following"].contains($0.lower) })
            {
                // "approved the removal of the entries below from its Sanctions List": the entries follow.
                trigger = DesignationTrigger(effect: .delisting, targets: 0..<0, position: index, introducesList: true)
            } else if ["addition", "additions"].contains(word), index + 1 < tokens.count, tokens[index + 1].lower == "of",
                endsWithColon || tokens[index...].contains(where: { ["below", "following"].contains($0.lower) })
            {
                // "approved the addition of the entries specified below to its Sanctions List".
                trigger = DesignationTrigger(effect: .designation, targets: 0..<0, position: index, introducesList: true)
            } else if word == "listing", index >= 1, tokens[index - 1].lower == "the", index + 2 < tokens.count, !keepsAListing(tokens, at: index),
                tokens[index + 1].lower == "of", tokens[index + 2].isCapitalized,
                // "The listing of Mr Semyonov's brother, ..., listed since April 2022, remains unchanged": an old one.
                !tokens.contains(where: { Int($0.text).map { (1900...2100).contains($0) } ?? ["since", "remains", "unchanged", "previous", "earlier"].contains($0.lower) })
            {
                // "Finally, in South Sudan, the listing of Gatwech Lual Deng, a major general ..., relates to".
                trigger = DesignationTrigger(effect: .designation, targets: (index + 2)..<tokens.count, position: index, introducesList: false)
            } else if ["went", "moved"].contains(word), index + 2 < tokens.count, ["after", "against"].contains(tokens[index + 1].lower),
                CountedAnnouncement.number(tokens[index + 2]) != nil, CountedAnnouncement(counting: tokens[(index + 2)...].prefix(10)) != nil
            {
                // "Canberra went after one senior official and one company": a count it moved against.
                trigger = DesignationTrigger(effect: .designation, targets: (index + 2)..<tokens.count, position: index, introducesList: endsWithColon)
            } else if SanctionsVocabulary.measureNouns.contains(word), let object = objectOfMeasure(tokens, after: index),
                // "EU member states extended the individual Russia sanctions for another six months": kept, not new.
                !tokens[clauseStart(tokens, before: index)..<index].suffix(5).contains(where: { Self.keepingVerbs.contains($0.lower) })
            {
                let clause = clauseStart(tokens, before: index)
                let delisting = tokens[clause..<index].contains { SanctionsVocabulary.delistingVerbs.contains($0.lower) }
                    || tokens[object...].prefix(40).contains { ["lifted", "eased", "removed", "revoked", "repealed"].contains($0.lower) }
                // "The freeze imposed on the following person by the arrêté of 10 April 2024 is repealed": the
                // parties are the list after the sentence.
                let followingList = object + 1 < tokens.count && tokens[object].lower == "the" && tokens[object + 1].lower == "following"
                trigger = DesignationTrigger(
                    effect: delisting ? .delisting : .designation, targets: followingList ? 0..<0 : object..<tokens.count,
                    position: index, introducesList: endsWithColon || followingList)
            } else if word == "names", index > 0, ["annex", "list", "regulation", "decision", "package"].contains(tokens[index - 1].lower),
                index + 1 < tokens.count, !SanctionsVocabulary.negations.contains(tokens[index + 1].lower)
            {
                // "the Council's annex names tankers including the MARLIN GRACE and the VOLNA": the instrument
                // that lists the parties names them.
                var start = index + 1
                // "names tankers including the MARLIN GRACE ...": the names follow "including".
                if start + 1 < tokens.count, PartyListParser.kindOfDescriptor(tokens[start].lower) != nil, tokens[start + 1].lower == "including" {
                    start += 2
                }
                trigger = DesignationTrigger(effect: .designation, targets: start..<tokens.count, position: index, introducesList: endsWithColon)
            } else if ["covers", "cover"].contains(word), index > 0, index + 1 < tokens.count,
                tokens[clauseStart(tokens, before: index)..<index].contains(where: { Self.coveringSubjects.contains($0.lower) }),
                !tokens[(index + 1)...].prefix(2).contains(where: { ["only", "all", "any", "goods", "exports", "imports", "items"].contains($0.lower) })
            {
                // "In the UAE, the asset freeze covers X and Y", "Canada's list covers the battalion itself - the
                // Zulfiqar Rapid Reaction Battalion - as well as three more officials".
                trigger = DesignationTrigger(effect: .designation, targets: (index + 1)..<tokens.count, position: index, introducesList: endsWithColon)
            } else if word == "among", let among = amongTheDesignated(tokens, at: index, firstWord: firstWord, endsWithColon: endsWithColon) {
                trigger = among
            } else if SanctionsVocabulary.designationVerbs.contains(word) || SanctionsVocabulary.delistingVerbs.contains(word) {
                trigger = verbTrigger(
                    tokens, at: index, endsWithColon: endsWithColon, followsDesignation: followsDesignation, followsDelisting: followsDelisting)
            } else if word == "naming", index > 1, tokens[index - 1].text == ",",
                tokens[clauseStart(tokens, before: index - 1)..<(index - 1)].contains(where: { SanctionsVocabulary.designationNouns.contains($0.lower) })
            {
                // "New Zealand this week made its latest additions under the Russia Sanctions Act, naming X and its
                // chief executive, Y".
                trigger = DesignationTrigger(effect: .designation, targets: (index + 1)..<tokens.count, position: index, introducesList: endsWithColon)
            } else if SanctionsVocabulary.listingVerbs.contains(word),
                followsDesignation && hasListingSubject(tokens, before: index) || hasDesignationSubject(tokens, before: index)
                    || includesOnAList(tokens, at: index),
                // "the following companies are not sanctioned:" names the parties spared.
                !(index + 1 < tokens.count && SanctionsVocabulary.negations.contains(tokens[index + 1].lower)),
                // Not "These designations are made under Section 7031(c)": a participle or a preposition next
                // (but "The new listings — three individuals and three entities — were made by regulation" counts).
                !(index + 1 < tokens.count && tokens[index + 1].isLowercaseWord
                    // "people on LinkedIn are mixing them up": a progressive is no list either.
                    && (tokens[index + 1].lower.hasSuffix("ed") || tokens[index + 1].lower.hasSuffix("ing")
                        || ["made", "taken", "being", "effective", "given", "written", "spelt", "shown", "known"].contains(tokens[index + 1].lower)
                        || SanctionsVocabulary.boundaryWords.contains(tokens[index + 1].lower))
                    && CountedAnnouncement(counting: tokens[clauseStart(tokens, before: index)..<index]) == nil),
                // "The three entities removed from the list are:", "Those taken off the list are:" delist.
                !tokens[..<index].contains(where: { SanctionsVocabulary.delistingVerbs.contains($0.lower) || $0.lower == "off" }),
                // "his name is given as X": the noun.
                !(["name", "names"].contains(word) && index > 0 && ["his", "her", "its", "their", "the", "a"].contains(tokens[index - 1].lower))
            {
                // "The new listings ... name X and Y", "The first new entry is X", "The two Russian entities are X".
                trigger = DesignationTrigger(
                    effect: .designation, targets: (index + 1)..<tokens.count, position: index,
                    introducesList: endsWithColon)
            }
            guard var trigger, !isHedged(tokens, before: index), !isPast(tokens, from: index, documentYear: documentYear, documentMonth: documentMonth),
                !isDatedWeeksBefore(tokens, before: index, documentMonth: documentMonth, documentDay: documentDay)
            else { continue }
            // In an announcing quotation the parties end with the quotation ("... against X," the Secretary said).
            if announcing.contains(index), let end = tokens.indices.dropFirst(index).first(where: { !announcing.contains($0) }) {
                trigger.targets = trigger.targets.lowerBound..<max(trigger.targets.lowerBound, min(trigger.targets.upperBound, end))
            }
            trigger.addGroupHints(from: tokens[clauseStart(tokens, before: index)..<min(tokens.count, index + 1)])
            if let colon = firstColonOutsideParentheses(in: tokens, from: index), colon + 1 < tokens.count,
                trigger.targets.lowerBound <= colon || trigger.targets.upperBound <= index
            {
                // "Three more firms were sanctioned ...: the Mogilev company Tehnolit, ...".
                trigger.addGroupHints(from: tokens[trigger.targets.clamped(to: 0..<colon)])
                trigger.targets = (colon + 1)..<tokens.count
            }
            // "designated three of the companies it describes — A, B and C — under ...": the dashes hold the names.
            // Not "the entities in rows 1–3".
            // Nor "five companies — one of them a used-car dealer in Texas — are now blocked": a description.
            if let dash = tokens[trigger.targets].prefix(12).firstIndex(where: { ["—", "–"].contains($0.text) }),
                dash > trigger.targets.lowerBound, tokens[dash - 1].isLowercaseWord,
                dash + 1 < trigger.targets.upperBound, !tokens[dash + 1].isLowercaseWord, tokens[dash + 1].lower != "one",
                tokens[trigger.targets.lowerBound..<dash].contains(where: { CountedAnnouncement.number($0) != nil })
            {
                let close = tokens[(dash + 1)..<trigger.targets.upperBound].firstIndex { ["—", "–"].contains($0.text) }
                trigger.targets = (dash + 1)..<(close ?? trigger.targets.upperBound)
            }
            // "The following entries have been added to the Consolidated List and are now subject to an asset
            // freeze." names its parties in the lines after it, however the sentence ends.
            if !trigger.introducesList, namesTheFollowing(tokens[trigger.targets]) { trigger.introducesList = true }
            if trigger.targets.isEmpty, !trigger.introducesList {
                // "He is sanctioned together with Denis Gritsai": no target of its own, a companion.
                guard let companions = companions(in: tokens, after: index) else { continue }
                trigger.alsoTargets = companions
            }
            if trigger.alsoTargets == nil {
                // "X and Y are now designated, alongside Z"; "removed X from its list, together with Y", where
                // the targets end at the list.
                trigger.alsoTargets = companions(in: tokens, after: index)
            }
            found.append(trigger)
        }
        // "The tankers designated on Wednesday are:", "Three airlines are among the entities listed: A, B
        // and C": a designation verb before a colon introduces a list however it is worded.
        // "The three entities removed from the Consolidated List are:" likewise for a delisting.
        if found.isEmpty, let colon = tokens.firstIndex(where: { $0.text == ":" }),
            let verb = tokens[..<colon].indices.first(where: { at in
                tokens[at].isLowercaseWord
                    && (SanctionsVocabulary.designationVerbs.contains(tokens[at].lower) || SanctionsVocabulary.delistingVerbs.contains(tokens[at].lower))
                    // "Secondary sanctions risk: section 1(b) of ...": a field of an SDN entry, "sanctions" a noun.
                    && !(at + 1 < colon && ["risk", "risks", "information", "program", "programs", "regime"].contains(tokens[at + 1].lower))
                    // "the following individual, who was designated on 26 May 2023, has been removed ...:" — not
                    // the verb of a relative clause.
                    && !isInRelativeClause(tokens, at: at)
            }),
            !isHedged(tokens, before: verb),
            // "the following companies are not sanctioned:" lists the parties spared.
            !tokens[..<verb].suffix(3).contains(where: { SanctionsVocabulary.negations.contains($0.lower) })
        {
            let effect: Effect = SanctionsVocabulary.delistingVerbs.contains(tokens[verb].lower) ? .delisting : .designation
            var trigger = DesignationTrigger(
                effect: effect, targets: (colon + 1)..<tokens.count, position: verb, introducesList: endsWithColon)
            trigger.addGroupHints(from: tokens[...])
            found.append(trigger)
        }
        return found
    }

    /// "The Council also confirmed the listing of X", "renewed the designations": a listing kept, not made.
    private static func keepsAListing(_ tokens: [ArticleToken], at index: Int) -> Bool {
        ["listing", "listings", "designation", "designations"].contains(tokens[index].lower) && index >= 2
            && definiteDeterminers.contains(tokens[index - 1].lower) && keepingVerbs.contains(tokens[index - 2].lower)
    }

    /// "the", "its", "his", "her", "their" before a listing ("revoked the designation of", "renewed its listing").
    private static let definiteDeterminers: Set<String> = ["the", "its", "his", "her", "their"]

    /// Verbs that keep a listing or a measure in force.
    private static let keepingVerbs: Set<String> = [
        "confirmed", "confirms", "maintained", "maintains", "renewed", "renews", "extended", "extends", "upheld", "upholds", "kept",
        "prolonged", "prolongs",
    ]

    /// Words of a measure that a sentence counting "the following" parties puts on them.
    private static let measuresOnTheFollowing: Set<String> = [
        "freezing", "freeze", "frozen", "prohibited", "sanctions", "sanctioned", "designated", "restrictions", "restricted",
        "measures", "banned", "blocked",
        // Japan's asset freeze: "Payment and capital transactions with the following 4 individuals ... will be
        // subject to the permission system" (a licence the ministry does not grant).
        "permission", "licensing",
    ]

    /// The nouns of a measure or a list whose covering names its parties ("the asset freeze covers X").
    private static let coveringSubjects: Set<String> = [
        "freeze", "freezes", "list", "listing", "listings", "designation", "designations", "measures", "sanctions", "package", "ban",
        "bans",
    ]

    /// Whether targets are only "the following" and a plural noun ("The following entries", "the following
    /// persons"): the parties come after the sentence.
    private static func namesTheFollowing(_ targets: ArraySlice<ArticleToken>) -> Bool {
        let words = targets.filter(\.isWord)
        guard (3...4).contains(words.count), words[0].lower == "the", words[1].lower == "following" else { return false }
        return words.dropFirst(2).allSatisfy(\.isLowercaseWord) && words.last!.lower.hasSuffix("s")
    }

    /// Whether the word at `index` is in a relative clause set off by a comma (", who was designated on ...").
    private static func isInRelativeClause(_ tokens: [ArticleToken], at index: Int) -> Bool {
        var start = index
        while start > 0, tokens[start - 1].text != "," { start -= 1 }
        return start < index && ["who", "which"].contains(tokens[start].lower)
    }

    /// The first ":" from `start` on that is not inside parentheses ("(Russian: OOO ...)" is no list).
    private static func firstColonOutsideParentheses(in tokens: [ArticleToken], from start: Int) -> Int? {
        var depth = 0
        for index in start..<tokens.count {
            switch tokens[index].text {
            // Brackets too: "X [US notice: "Y"] and Z", a translator's note.
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            case ":" where depth == 0: return index
            default: break
            }
        }
        return nil
    }

    /// The token indexes of quotations in which the authority announces the action itself: ""The Cabinet
    /// has today approved asset-freezing measures against X," the Chief Cabinet Secretary told reporters".
    /// Such a quotation says "today" and speaks for a government ("we", "the Cabinet", "the Council").
    /// `quoted`: the sentence's `quotedPositions`.
    private static func announcingQuotations(in tokens: [ArticleToken], quoted: Set<Int>) -> Set<Int> {
        var announcing: Set<Int> = []
        var run: [Int] = []
        func close() {
            let words = run.map { tokens[$0].lower }
            if words.contains("today"), words.contains(where: { ["we", "cabinet", "government", "council", "ministry", "department"].contains($0) }) {
                announcing.formUnion(run)
            }
            run = []
        }
        for position in quoted.sorted() {
            if let last = run.last, position != last + 1 { close() }
            run.append(position)
        }
        close()
        return announcing
    }

    /// The token indexes inside quotation marks: balanced straight quotes, “…”, «…», „…“, and a curly or
    /// guillemet quotation still open at the sentence end (a quotation that runs on).
    static func quotedPositions(in tokens: [ArticleToken]) -> Set<Int> {
        var quoted: Set<Int> = []
        var straightOpen: Int?
        var curlyOpen: Int?
        for (index, token) in tokens.enumerated() where token.kind == .punctuation {
            switch token.text {
            case "\"":
                if let open = straightOpen {
                    quoted.formUnion(open..<index)
                    straightOpen = nil
                } else {
                    straightOpen = index
                }
            case "“", "«", "„":
                if curlyOpen == nil { curlyOpen = index }
            case "”", "»":
                if let open = curlyOpen { quoted.formUnion(open..<index) }
                curlyOpen = nil
            default:
                break
            }
        }
        if let open = curlyOpen { quoted.formUnion(open..<tokens.count) }
        return quoted
    }

    /// "Coral Bay Ship Management LLC, a Dubai-based company that the UK also sanctioned": for a verb
    /// whose object is a relative pronoun before its subject, the words naming the antecedent.
    /// The end of "in the same action", "on the same day", "at the same time", "today", "alongside it" right
    /// after `index`; nil when none follows.
    private static func sameActionPhrase(_ tokens: [ArticleToken], after index: Int) -> Int? {
        let next = tokens[(index + 1)...].prefix(4).map(\.lower)
        for phrase in [["in", "the", "same", "action"], ["on", "the", "same", "day"], ["at", "the", "same", "time"],
                       ["in", "the", "same", "round"], ["today"], ["alongside"]] where next.starts(with: phrase) {
            return index + phrase.count
        }
        return nil
    }

    /// The name a relative pronoun refers to; `afterComma` also past the comma of a non-restrictive clause
    /// ("the crude tanker ARIA GRACE (IMO 9254874), which OFAC identified as property ...").
    /// The name that ends at a comma, with its parentheses ("the Korea Pyonghwa Technology Exchange Company
    /// (also known as Pyonghwa Tech),"): the run of capitalized words and connectors before them.
    private static func namedBefore(_ tokens: [ArticleToken], comma: Int) -> Range<Int>? {
        var runEnd = comma
        if comma > 0, tokens[comma - 1].text == ")", let open = tokens[..<(comma - 1)].lastIndex(where: { $0.text == "(" }) { runEnd = open }
        var start = runEnd
        while start > 0, tokens[start - 1].isCapitalized || ["of", "and", "&"].contains(tokens[start - 1].lower) { start -= 1 }
        while start < runEnd, !tokens[start].isCapitalized { start += 1 }
        return start < runEnd ? start..<comma : nil
    }

    private static func antecedent(_ tokens: [ArticleToken], relative: Int, afterComma: Bool = false) -> Range<Int>? {
        var end = afterComma && relative > 0 && tokens[relative - 1].text == "," ? relative - 1 : relative
        // Skip a description item ("a Dubai-based company") back to the comma before it.
        var start = end
        while start > 0, tokens[start - 1].text != "," { start -= 1 }
        if start < end, SanctionsVocabulary.descriptionOpeners.contains(tokens[start].lower), start > 0 {
            end = start - 1
            start = end
            while start > 0, tokens[start - 1].text != "," { start -= 1 }
        }
        // The name is the capitalized run at the end of the item.
        var nameStart = end
        while nameStart > start, !(tokens[nameStart - 1].isLowercaseWord && !SanctionsVocabulary.nameConnectors.contains(tokens[nameStart - 1].lower)) {
            nameStart -= 1
        }
        return nameStart < end ? nameStart..<end : nil
    }

    // MARK: Shapes

    /// "X is among those sanctioned today", "Its director, Y, was among the 11 individuals whose assets were
    /// frozen", and inverted, "Among the individuals now listed by Switzerland are X and Y": a group the text
    /// says was designated (or delisted), and the parties it puts in it. Not a group listed before ("among
    /// the companies already designated"), nor a sentence that says a party is not among them.
    private static func amongTheDesignated(
        _ tokens: [ArticleToken], at index: Int, firstWord: Int, endsWithColon: Bool
    ) -> DesignationTrigger? {
        let copulas: Set<String> = ["is", "are", "was", "were"]
        let inverted = index == firstWord
        // The group: to the copula when inverted, else to the end of its clause.
        let group = tokens[(index + 1)...].prefix(16).prefix { token in
            ![",", ";", ":", ".", "(", "—", "–"].contains(token.text) && !(inverted && copulas.contains(token.lower))
        }
        let participles: Set<String> = [
            "sanctioned", "designated", "listed", "blacklisted", "targeted", "added", "hit", "blocked", "frozen", "penalized", "penalised",
            "removed", "delisted",
        ]
        // "named" only of "those": "among the Russian recipients named in the Treasury statement" are no designees.
        let designates = group.contains { $0.isLowercaseWord && participles.contains($0.lower) }
            || zip(group, group.dropFirst()).contains { $0.lower == "those" && $1.lower == "named" }
            // "among the third-country firms subject to the asset freeze", "among the targets of new US sanctions".
            || group.contains { SanctionsVocabulary.measureNouns.contains($0.lower) }
        // "Among the banks that remain subject to an asset freeze are ...": still listed from before.
        let memory: Set<String> = [
            "previously", "already", "earlier", "formerly", "before", "since", "not", "proposed", "potential", "possible", "remain",
            "remains", "still",
        ]
        guard designates, !group.contains(where: { memory.contains($0.lower) }) else { return nil }
        let effect: Effect = group.contains { ["removed", "delisted", "lifted"].contains($0.lower) } ? .delisting : .designation
        if inverted {
            // "Among the individuals now listed by Switzerland are X, ..., and Y".
            let copula = group.endIndex
            guard copula < tokens.count, copulas.contains(tokens[copula].lower) else { return nil }
            return DesignationTrigger(effect: effect, targets: (copula + 1)..<tokens.count, position: index, introducesList: endsWithColon)
        }
        // "X is (also) among ...": the subject before the copula, after a reporting verb ("OFAC said X is among").
        var copula = index - 1
        while copula > 0, SanctionsVocabulary.adverbs.contains(tokens[copula].lower) { copula -= 1 }
        guard copula > 0, copulas.contains(tokens[copula].lower) else { return nil }
        var subjectStart = clauseStart(tokens, before: copula)
        if let said = tokens[subjectStart..<copula].lastIndex(where: { PartyListParser.reportingVerbs.contains($0.lower) }) {
            subjectStart = said + 1
        }
        // "reports suggesting that the Company was among the parties sanctioned": the subject is after "that";
        // "WASHINGTON, June 12 (Reuters) - X is among": after a dateline's dash.
        if subjectStart < copula - 1,
            let that = tokens[subjectStart..<(copula - 1)].lastIndex(where: { ["that", "-", "--", "—", "–"].contains($0.lower) })
        {
            subjectStart = that + 1
        }
        // "a distributor that is among those designated": the name the relative clause is about.
        if ["that", "which", "who"].contains(tokens[copula - 1].lower) {
            guard let name = antecedent(tokens, relative: copula - 1, afterComma: true) else { return nil }
            return DesignationTrigger(effect: effect, targets: name, position: index, introducesList: false)
        }
        guard subjectStart < copula else { return nil }
        return DesignationTrigger(effect: effect, targets: subjectStart..<copula, position: index, introducesList: false)
    }

    private static func verbTrigger(
        _ tokens: [ArticleToken], at index: Int, endsWithColon: Bool, followsDesignation: Bool, followsDelisting: Bool
    ) -> DesignationTrigger? {
        let word = tokens[index].lower
        // "an adviser on sanctions policy", "the new designations", "five more targets": after a preposition,
        // a determiner or a quantifier the word is a noun.
        if word.hasSuffix("s"), index > 0, ["on", "of", "the", "new", "its", "their", "for", "with", "about", "a", "these", "those",
            "more", "additional", "further", "other", "several", "many", "only", "all", "any", "such", "own", "secondary"]
            .contains(tokens[index - 1].lower)
            || CountedAnnouncement.number(tokens[index - 1]) != nil  // "designated four targets"
        {
            return nil
        }
        // "a.k.a: (2) (added) Vyborg Marine Engineering Works": a notice's mark of an edit, no verb.
        if index > 0, index + 1 < tokens.count, tokens[index - 1].text == "(", tokens[index + 1].text == ")" { return nil }
        // "London lists him as Ahmed El Tohamy": a spelling of someone named before. "In the British listing,
        // his name is given as X": the noun.
        if index + 2 < tokens.count, ["him", "her", "it", "them"].contains(tokens[index + 1].lower), tokens[index + 2].lower == "as" {
            return nil
        }
        if word == "listing", index + 1 < tokens.count, [",", ";", "."].contains(tokens[index + 1].text) { return nil }
        if keepsAListing(tokens, at: index) { return nil }
        // "trade & sanctions reporter", "a sanctions lawyer": the noun modifies the next word.
        if ["sanctions", "sanction"].contains(word), index + 1 < tokens.count, Self.sanctionsCompoundHeads.contains(tokens[index + 1].lower) {
            return nil
        }
        // "is listed in other filings as a director of two companies": a register's record, no sanctions list.
        if word == "listed", let asAt = tokens[(index + 1)...].prefix(6).firstIndex(where: { $0.lower == "as" }),
            tokens[(asAt + 1)...].prefix(3).contains(where: { SanctionsVocabulary.roleNouns.contains($0.lower) })
        {
            return nil
        }
        // "Those taken off the list are:", "took X off its sanctions list".
        let takenOff = SanctionsVocabulary.actionVerbs.contains(word)
            && tokens[(index + 1)...].prefix(8).contains { $0.lower == "off" } && namesAList(tokens, after: index)
        let effect: Effect = SanctionsVocabulary.delistingVerbs.contains(word) || takenOff ? .delisting : .designation
        // "Each one we designate is another barrel Putin cannot sell": the verb closes a relative clause
        // whose object came before it.
        if index >= 1, ["we", "they", "you"].contains(tokens[index - 1].lower), index + 1 < tokens.count,
            ["is", "are", "was", "were", "will", "would", "can", "could", "has", "have"].contains(tokens[index + 1].lower)
        {
            return nil
        }
        // A verb followed by a measure noun is the noun's trigger ("lifted sanctions on X").
        if index + 1 < tokens.count, SanctionsVocabulary.measureNouns.contains(tokens[index + 1].lower) { return nil }
        // "Hungary lifted its veto", "eased its objections": a determiner and a word that is no measure.
        if ["lifted", "lifts", "eased", "ended"].contains(word), index + 2 < tokens.count,
            ["its", "their", "his", "her", "a", "the", "an"].contains(tokens[index + 1].lower), tokens[index + 2].isLowercaseWord,
            !SanctionsVocabulary.measureNouns.contains(tokens[index + 2].lower)
        {
            return nil
        }
        // "X, a logistics company, was also named." right after designations.
        let alsoNamed = word == "named" && followsDesignation && index >= 2 && tokens[index - 1].lower == "also"
            && SanctionsVocabulary.auxiliaries.contains(tokens[index - 2].lower)
            && (index + 1 == tokens.count || tokens[index + 1].kind == .punctuation)
        // "Also hit was X", "Also named were X and Y": inverted after "also", the verb designates alone.
        let alsoInverted = index >= 1 && tokens[index - 1].lower == "also" && index + 1 < tokens.count
            && ["was", "were"].contains(tokens[index + 1].lower) && index - 1 == tokens.firstIndex(where: \.isWord)
        // "The State Department named Dmitry Sergeyevich Vakhrushev, deputy head of ..., and Maj. Roman
        // Tolmachyov" right after designations: the authority naming people names more of them (not "named X
        // as its envoy").
        let authorityNames = word == "named" && followsDesignation && index + 1 < tokens.count && tokens[index + 1].isCapitalized
            && !tokens[(index + 1)...].prefix(8).contains(where: { $0.lower == "as" })
            && hasAuthoritySubject(tokens[clauseStart(tokens, before: index)..<index])
        if SanctionsVocabulary.phraseOnlyVerbs.contains(word), !takenOff, !alsoNamed, !alsoInverted, !authorityNames,
            !inDesignatingPhrase(tokens, verb: index), !namesACount(tokens, at: index)
        {
            return nil
        }
        // Inverted: "Also designated were X and Y", "Also designated today is X", "Among those designated
        // were X".
        var afterVerb = index + 1
        while afterVerb < tokens.count, SanctionsVocabulary.adverbs.contains(tokens[afterVerb].lower) { afterVerb += 1 }
        // "Also designated by Treasury were X and Y": the agent between the verb and "were".
        if afterVerb + 1 < tokens.count, tokens[afterVerb].lower == "by",
            let agentEnd = tokens[(afterVerb + 1)...].prefix(5).firstIndex(where: { ["was", "were"].contains($0.lower) }),
            tokens[(afterVerb + 1)..<agentEnd].allSatisfy({ $0.isWord && ($0.isCapitalized || $0.lower == "the" || $0.lower == "of") }),
            !ArticleAuthority.mentions(in: tokens[(afterVerb + 1)..<agentEnd]).isEmpty
        {
            afterVerb = agentEnd
        }
        let opensSentence = index == tokens.firstIndex(where: \.isWord)
            || index > 0 && SanctionsVocabulary.adverbs.contains(tokens[index - 1].lower)
        if afterVerb < tokens.count, ["was", "were", "is", "are"].contains(tokens[afterVerb].lower),
            opensSentence || afterVerb == index + 1 && ["was", "were"].contains(tokens[afterVerb].lower)
        {
            return DesignationTrigger(effect: effect, targets: (afterVerb + 1)..<tokens.count, position: index, introducesList: endsWithColon)
        }
        // "Those hit with sanctions include X", "Those designated today are X and Y".
        if index > 0, tokens[index - 1].lower == "those",
            let verb = tokens[(index + 1)..<min(tokens.count, index + 7)].firstIndex(where: {
                ["include", "includes", "included", "are", "were"].contains($0.lower)
            })
        {
            return DesignationTrigger(effect: effect, targets: (verb + 1)..<tokens.count, position: index, introducesList: endsWithColon)
        }
        if effect == .delisting || SanctionsVocabulary.listAdditionVerbs.contains(word) {
            // "removed X from the list", "added X to the Entity List": a list must be named, or follow, or
            // the sentences just before must be about designations ("A third company was added for ...").
            let listFollows = index + 1 < tokens.count && tokens[index + 1].text == ":"
            let inContext = followsDesignation && SanctionsVocabulary.listAdditionVerbs.contains(word)
            // "the ERC determined to add X": the Entity List's own committee adds only to that list.
            let byListCommittee = effect == .designation && tokens[..<index].suffix(6).contains { $0.lower == "erc" }
            // "has been delisted": the word names its list (not in a story's past, "they were delisted about
            // eighteen months later").
            let namesItsList = ["delisted", "de-listed", "delist", "delists"].contains(word)
                && !tokens[..<index].suffix(2).contains(where: { ["was", "were"].contains($0.lower) })
            // "the working mechanism for the list had decided to add X": the list named just before.
            // "Monday's update to the SDN list removed X": so does a removal from the list named before.
            let listBefore = tokens[max(0, index - 8)..<index].contains { ["list", "register", "sdn"].contains($0.stem) }
                && (effect == .designation || tokens[clauseStart(tokens, before: index)..<index].contains { $0.stem == "update" })
            // "Two names removed ... X, a former board member, was removed after ...": right after a delisting.
            let inDelistingContext = effect == .delisting && followsDelisting
            // "In the same action, OFAC removed Carlos Mendible, a former board member ..., who was sanctioned in
            // 2019": removing a party the sentence says was sanctioned delists it.
            let removesASanctionedParty = effect == .delisting && ["removed", "removes"].contains(word) && index + 1 < tokens.count
                && tokens[index + 1].isCapitalized
                && tokens[(index + 1)...].prefix(40).indices.contains { at in
                    ["sanctioned", "designated", "listed"].contains(tokens[at].lower) && ["was", "were", "been"].contains(tokens[at - 1].lower)
                }
            // "The Council added a total of 41 individuals and 37 entities": adding counted parties lists them.
            let addsCountedParties = effect == .designation && index + 1 < tokens.count
                && CountedAnnouncement.countsParties(tokens[(index + 1)..<min(tokens.count, index + 6)])
            // "the Council took the chance to delete two entries": removing counted entries delists them.
            let removesCountedEntries = effect == .delisting && index + 1 < tokens.count
                && CountedAnnouncement(counting: tokens[(index + 1)..<min(tokens.count, index + 5)], listEntries: true) != nil
            // "The Minister has also revoked the designation of Leonid Arkadyevich Bobrovsky": what is revoked
            // is a designation.
            let revokesADesignation = effect == .delisting && index + 3 < tokens.count
                && Self.definiteDeterminers.contains(tokens[index + 1].lower)
                && ["designation", "designations", "listing", "listings"].contains(tokens[index + 2].lower) && tokens[index + 3].lower == "of"
            guard namesAList(tokens, after: index) || listFollows || inContext || byListCommittee || namesItsList || listBefore
                || inDelistingContext || removesASanctionedParty || addsCountedParties || revokesADesignation || removesCountedEntries
            else { return nil }
        }
        var before = index - 1
        while before >= 0, SanctionsVocabulary.adverbs.contains(tokens[before].lower) { before -= 1 }
        // "the Korea Pyonghwa Technology Exchange Company (...), which Seoul also designated in this round": the
        // antecedent is the object of an authority's designation in the same action.
        if effect == .designation, before >= 2, tokens[before].isCapitalized, tokens[before - 1].lower == "which",
            tokens[before - 2].text == ",",
            !ArticleAuthority.mentions(in: tokens[before...before]).isEmpty || SanctionsVocabulary.cities[tokens[before].lower] != nil
                || SanctionsVocabulary.country(tokens[before].lower) != nil,
            tokens[(index + 1)...].prefix(4).contains(where: { ["today", "round", "day", "package", "action"].contains($0.lower) }),
            let named = namedBefore(tokens, comma: before - 2)
        {
            return DesignationTrigger(effect: effect, targets: named, position: index, introducesList: false)
        }
        let clause = clauseStart(tokens, before: index)
        // "is designating" is active: only a participle makes a passive.
        // "X had been taken off the SDN list" is a passive too.
        // "Entry 977: Galina Petrovna Ustinova — removed from Annex 8": a dash stands for the auxiliary.
        let dashedParticiple = before >= 1 && ["—", "–"].contains(tokens[before].text) && word.hasSuffix("ed") && namesAList(tokens, after: index)
        if before >= 0, SanctionsVocabulary.auxiliaries.contains(tokens[before].lower) || dashedParticiple, !word.hasSuffix("ing"),
            !SanctionsVocabulary.actionVerbs.contains(word) || takenOff && word == "taken"
        {
            // Passive: the parties are the subject.
            var subjectEnd = before
            // "several of which have since been sanctioned": the subject is a relative pronoun.
            while subjectEnd > clause, ["has", "have", "had", "will", "to", "since"].contains(tokens[subjectEnd - 1].lower)
                || SanctionsVocabulary.adverbs.contains(tokens[subjectEnd - 1].lower)
            {
                subjectEnd -= 1
            }
            if subjectEnd > 0, SanctionsVocabulary.relativeWords.contains(tokens[subjectEnd - 1].lower) {
                // "director of the Prisons Organization of Tehran Province, which is also listed today": the
                // antecedent is designated in the same action.
                let relative = subjectEnd - 1
                // "Arya Tadbir Electronic Industries Co., a Tehran firm that has been sanctioned today": a "that"
                // closing a description of the name before it.
                let describesName = tokens[relative].lower == "that" && relative >= 1 && tokens[relative - 1].isLowercaseWord
                    && tokens[..<relative].lastIndex(where: { $0.text == "," }).map { comma in
                        comma + 1 < relative && SanctionsVocabulary.descriptionOpeners.contains(tokens[comma + 1].lower)
                    } == true
                let after = tokens[(index + 1)...].prefix(6)
                if ["which", "who"].contains(tokens[relative].lower) && relative >= 1 && tokens[relative - 1].text == "," || describesName,
                    after.prefix(2).contains(where: { $0.lower == "today" })
                        // "a Dubai company, Marjan Agri Commodities DMCC, which was sanctioned on the same day";
                        // "... exporter of non-ferrous metals that was sanctioned in the same action".
                        || zip(after, after.dropFirst()).contains(where: {
                            $0.lower == "same" && ["day", "action", "round", "package", "announcement"].contains($1.lower)
                        }),
                    let antecedent = antecedent(tokens, relative: relative, afterComma: true)
                {
                    return DesignationTrigger(effect: effect, targets: antecedent, position: index, introducesList: false)
                }
                return nil
            }
            if subjectEnd > 0, tokens[subjectEnd - 1].text == ",", subjectEnd >= 2,
                SanctionsVocabulary.relativeWords.contains(tokens[subjectEnd - 2].lower)
            {
                return nil
            }
            // "A; B, the former producer ...; C (also known as "D"); and E were today added": the subject is
            // the whole list of semicolon-separated items.
            var listStart = clause
            while listStart >= 2, tokens[listStart - 1].text == ";", clause < subjectEnd, tokens[clause].lower == "and" {
                listStart = clauseStart(tokens, before: listStart - 1)
            }
            var subject = listStart..<subjectEnd
            // "The minister announced on Thursday that X had been listed": the subject follows the "that" of
            // a reported statement.
            // "A notice on OFAC's website showed that X and Y had been deleted": so does a document's.
            func reports(_ token: ArticleToken) -> Bool {
                PartyListParser.reportingVerbs.contains(token.lower) || ["showed", "shows", "confirmed", "confirms", "indicated", "indicates"].contains(token.lower)
            }
            // "MFAT confirmed that X had been designated ..., and that its trawlers Y and Z had been named as
            // sanctioned vessels": a second reported clause.
            if let that = tokens[subject].lastIndex(where: { $0.lower == "that" }), that + 1 < subjectEnd,
                tokens[max(subject.lowerBound, that - 4)..<that].contains(where: reports)
                    || that > subject.lowerBound && tokens[that - 1].lower == "and" && tokens[subject.lowerBound..<that].contains(where: reports)
            {
                subject = (that + 1)..<subjectEnd
            }
            // "Sanctions on X were lifted": the parties follow the measure noun.
            if let on = tokens[subject].firstIndex(where: { ["on", "against"].contains($0.lower) }),
                on > subject.lowerBound, SanctionsVocabulary.measureNouns.contains(tokens[on - 1].lower)
            {
                subject = (on + 1)..<subjectEnd
            }
            // "the property and interests in property ... of the following persons are blocked": the parties
            // are the list after the sentence.
            // "The following have been designated under the Iran (Sanctions) Regulations 2023." too.
            if let following = tokens[subject].firstIndex(where: { $0.lower == "following" }),
                following + 1 == subjectEnd && following > subject.lowerBound && tokens[following - 1].lower == "the" ||
                following + 1 < subjectEnd &&
                ["persons", "individuals", "entities", "parties", "vessels", "aircraft", "companies", "person", "individual", "entity",
                 "party", "vessel", "company"].contains(tokens[following + 1].lower)
            {
                // "the following individual, who was designated on 26 May 2023, has been removed ...:" — the
                // verb of a relative clause says what the list is not.
                if let relative = tokens[following..<index].lastIndex(where: { ["who", "which"].contains($0.lower) }),
                    !tokens[relative..<index].contains(where: { $0.text == "," })
                {
                    return nil
                }
                return DesignationTrigger(effect: effect, targets: 0..<0, position: index, introducesList: true)
            }
            var trigger = DesignationTrigger(effect: effect, targets: subject, position: index, introducesList: endsWithColon)
            trigger.targetsAreSemicolonItems = listStart < clause
            // "X is itself now listed, as is Y": Y too.
            if let asIs = tokens[index...].indices.first(where: { at in
                at + 2 < tokens.count && tokens[at].text == "," && tokens[at + 1].lower == "as"
                    && ["is", "are", "was", "were"].contains(tokens[at + 2].lower)
            }) {
                trigger.alsoTargets = (asIs + 3)..<tokens.count
            }
            return trigger
        }
        // "Horizon Petrochem Trading Limited, a Hong Kong company designated in the same action": a
        // description's participle with the same action after it designates the name the description is of.
        var item = index
        while item > clause, tokens[item - 1].text != "," { item -= 1 }
        if sameActionPhrase(tokens, after: index) != nil, word.hasSuffix("ed"), item > 0, item < index, tokens[item - 1].text == ",",
            SanctionsVocabulary.descriptionOpeners.contains(tokens[item].lower),
            let antecedent = antecedent(tokens, relative: index)
        {
            return DesignationTrigger(effect: effect, targets: antecedent, position: index, introducesList: false)
        }
        // Active: an authority (or a word standing for one) must be the subject.
        let subject = tokens[clause..<index]
        // "The same rule removed Tuas Precision Components Pte. Ltd. from the Entity List": a Federal Register
        // rule names the party it adds or removes (its counts, "The rule also removes one entity", sum up a
        // release whose parties come later).
        // "The decision, published in the Official Journal on Friday, delists X": so does the Council's decision
        // or regulation, after a description set off by commas.
        let documentSubject = subject.filter(\.isWord).first { !["the", "this", "same", "new", "latest"].contains($0.lower) }
        let ruleNamesParty = ["rule", "decision", "regulation", "regulations", "amendment", "amendments", "instrument", "order"]
            .contains(documentSubject?.lower ?? "") && index + 1 < tokens.count && tokens[index + 1].isCapitalized
        guard hasAuthoritySubject(subject) || ruleNamesParty else { return nil }
        if let relative = subject.lastIndex(where: { ["that", "which", "whom"].contains($0.lower) }),
            !subject[relative...].dropFirst().contains(where: { $0.text == "," }),
            index + 1 >= tokens.count || tokens[index + 1].kind == .punctuation || SanctionsVocabulary.boundaryWords.contains(tokens[index + 1].lower)
                || SanctionsVocabulary.adverbs.contains(tokens[index + 1].lower)
                // "the crude tanker ARIA GRACE, which OFAC identified as property in which ..."
                || word == "identified" && tokens[index + 1].lower == "as",
            // A non-restrictive "X, which OFAC sanctioned in January" is often a memory; "identified as
            // property" is how OFAC blocks a vessel in the action it announces.
            let antecedent = antecedent(tokens, relative: relative, afterComma: word == "identified")
        {
            return DesignationTrigger(effect: effect, targets: antecedent, position: index, introducesList: false)
        }
        var start = SanctionsVocabulary.actionVerbs.contains(word) ? actionTargetsStart(tokens, verb: index) ?? index + 1 : index + 1
        // "froze the assets of X", "blocked the property of X".
        let object = tokens[start...].prefix(4).map(\.lower)
        for lead in [["the", "assets", "of"], ["assets", "of"], ["the", "property", "of"], ["the", "funds", "of"]] where object.starts(with: lead) {
            start += lead.count
            break
        }
        var end = tokens.count
        if effect == .delisting || SanctionsVocabulary.listAdditionVerbs.contains(word),
            let to = tokens[(index + 1)..<end].firstIndex(where: { ["to", "from"].contains($0.lower) })
        {
            end = to
        }
        return DesignationTrigger(effect: effect, targets: start..<max(start, end), position: index, introducesList: endsWithColon)
    }

    /// "hit with sanctions", "hit with an asset freeze"; "named X as a Specially Designated Global
    /// Terrorist", "named ... as a terrorist".
    private static func inDesignatingPhrase(_ tokens: [ArticleToken], verb index: Int) -> Bool {
        let after = tokens[(index + 1)...].prefix(30)
        if SanctionsVocabulary.actionVerbs.contains(tokens[index].lower) {
            return actionTargetsStart(tokens, verb: index) != nil
        }
        // "subjected Nautilus Crest Shipping DMCC to an asset freeze"; not "subjected to torture".
        if tokens[index].lower == "subjected" {
            return after.prefix(20).indices.contains { position in
                tokens[position].lower == "to" && tokens[(position + 1)...].prefix(5).contains { SanctionsVocabulary.measureNouns.contains($0.lower) }
            }
        }
        // "has not only frozen the assets of X"; not "Any assets the three hold are now frozen".
        if tokens[index].lower == "frozen" {
            let words = after.prefix(3).map(\.lower)
            return [["the", "assets", "of"], ["assets", "of"], ["the", "funds", "of"], ["the", "property", "of"]].contains { words.starts(with: $0) }
        }
        // "The plant itself was also placed under sanctions", "The tanker X ... was also put on the list"; not
        // "placed on the market". The list may come after a long object: "placed X (registered as ...) and Y,
        // which until 2023 was called Z, on its Specially Designated Nationals list" (but not "placed an order
        // with X, which is on the list": that "on" is the relative clause's).
        if ["placed", "put"].contains(tokens[index].lower) {
            if after.prefix(12).indices.contains(where: { position in
                tokens[position].lower == "under" && tokens[(position + 1)...].prefix(3).contains { SanctionsVocabulary.measureNouns.contains($0.lower) }
                    || tokens[position].lower == "on"
                    && tokens[(position + 1)...].prefix(4).contains { ["list", "blacklist", "sanctions"].contains($0.lower) }
            }) {
                return true
            }
            return tokens[(index + 1)...].prefix(80).indices.contains { position in
                tokens[position].lower == "on" && !SanctionsVocabulary.auxiliaries.contains(tokens[position - 1].lower)
                    && position + 1 < tokens.count && ["its", "the", "their"].contains(tokens[position + 1].lower)
                    && tokens[(position + 1)...].prefix(6).contains { ["list", "blacklist"].contains($0.lower) }
            }
        }
        // The UK "specifies" ships: "two vessels ..., the SOLANO (IMO 9256078) and the IRIDA STAR, were
        // specified"; not "as specified in the Annex", nor the adjective of "Sanctions: specified ship".
        if ["specified", "specifies", "specifying"].contains(tokens[index].lower) {
            let vesselNouns: Set<String> = ["vessel", "vessels", "ship", "ships", "tanker", "tankers"]
            return !(index > 0 && tokens[index - 1].lower == "as") && !(index + 1 < tokens.count && vesselNouns.contains(tokens[index + 1].lower))
                && tokens.contains { $0.lower == "imo" || vesselNouns.contains($0.lower) }
        }
        if tokens[index].lower == "hit" {
            return after.prefix(4).first?.lower == "with" && after.prefix(5).contains { SanctionsVocabulary.measureNouns.contains($0.lower) }
        }
        // "identified X as blocked property", "identified as being owned or controlled by"; not "the
        // investigation identified dozens of affiliates". Any "as" will do: "identified the tanker X,
        // which sailed as Y, as blocked property".
        let designations = ["identified", "identifies", "identifying"].contains(tokens[index].lower)
            ? ["blocked", "property", "designated", "sanctioned", "being", "terrorist", "terrorists"]
            : ["designated", "terrorist", "terrorists", "sanctioned"]
        return after.indices.contains { position in
            tokens[position].lower == "as" && tokens[position...].prefix(6).contains { designations.contains($0.lower) }
        }
    }

    /// Nouns that "sanctions" modifies rather than governs: "sanctions reporter", "sanctions policy".
    private static let sanctionsCompoundHeads: Set<String> = [
        "reporter", "reporters", "correspondent", "editor", "lawyer", "lawyers", "attorney", "counsel", "expert", "experts",
        "analyst", "analysts", "specialist", "specialists", "officer", "team", "desk", "practice", "policy", "policies",
        "regime", "regimes", "program", "programs", "programme", "programmes", "list", "lists", "screening", "compliance",
        "evasion", "risk", "risks", "law", "laws", "package", "packages", "tracker", "newsletter", "podcast",
    ]

    /// Where the parties of "took action against X" (also "took further action against", "is taking
    /// sanctions-related action against") start; nil when the verb is not in that phrase.
    static func actionTargetsStart(_ tokens: [ArticleToken], verb index: Int) -> Int? {
        let after = tokens[(index + 1)...].prefix(5)
        guard let action = after.firstIndex(where: { $0.lower == "action" }), action <= index + 3,
            action + 1 < tokens.count, tokens[action + 1].lower == "against"
        else { return nil }
        return action + 2
    }

    /// Whether the verb at `index` has the new entries as its subject: a listing noun ("listings",
    /// "entities", "them") among the three words before it, or before a comma-delimited insert that ends
    /// right before it ("The new listings, made under the Regulations, name ...").
    private static func hasListingSubject(_ tokens: [ArticleToken], before index: Int) -> Bool {
        var end = index
        if end > 0, tokens[end - 1].text == ",", let comma = tokens[..<(end - 1)].lastIndex(where: { $0.text == "," }) {
            end = comma
        }
        // Not "one of them is X" after a story of other companies: a count's own parties come in through the
        // count.
        let window = tokens[max(0, end - 3)..<end]
        return window.indices.contains { at in
            SanctionsVocabulary.listingNouns.contains(tokens[at].lower) && !(tokens[at].lower == "them" && at > 0 && tokens[at - 1].lower == "of")
        }
    }

    /// "OFAC named three Mexican citizens and three companies": an authority naming a count designates (not
    /// "named a port agent as a party of concern").
    private static func namesACount(_ tokens: [ArticleToken], at index: Int) -> Bool {
        // "The full notice also named several individuals, including X and Y".
        if ["named", "names"].contains(tokens[index].lower), index + 3 < tokens.count,
            ["several", "multiple", "numerous"].contains(tokens[index + 1].lower),
            ["individuals", "persons", "people", "entities", "companies", "firms", "vessels"].contains(tokens[index + 2].lower),
            tokens[(index + 3)...].prefix(2).contains(where: { $0.lower == "including" }),
            hasAuthoritySubject(tokens[clauseStart(tokens, before: index)..<index])
        {
            return true
        }
        return ["named", "names"].contains(tokens[index].lower) && index + 1 < tokens.count
            && CountedAnnouncement.number(tokens[index + 1]).map { $0 >= 2 } == true
            && CountedAnnouncement(counting: tokens[(index + 1)...]) != nil
            && hasAuthoritySubject(tokens[clauseStart(tokens, before: index)..<index])
    }

    /// "The designations include X", "Those sanctioned include X", "The persons listed today are X": a
    /// subject that says it names new designations, with no designating sentence needed before it.
    private static func hasDesignationSubject(_ tokens: [ArticleToken], before index: Int) -> Bool {
        let window = tokens[max(0, index - 4)..<index]
        return window.contains { SanctionsVocabulary.designationNouns.contains($0.lower) }
            || window.contains { $0.isLowercaseWord && ["sanctioned", "designated", "listed", "added", "targeted"].contains($0.lower) }
                && window.contains { ["those", "persons", "individuals", "entities", "companies", "people", "parties"].contains($0.lower) }
            // "The new Swiss list also includes X": a new list's contents.
            || ["include", "includes", "included", "names", "comprises"].contains(tokens[index].lower) && window.contains { $0.lower == "new" }
                && window.contains { ["list", "annex", "package", "round", "schedule"].contains($0.lower) }
    }

    /// "sanctions on", "restrictions against", "an asset freeze and travel ban on": the index after the
    /// preposition.
    private static func objectOfMeasure(_ tokens: [ArticleToken], after index: Int) -> Int? {
        // "the freezing of assets of one individual and four entities".
        if ["freezing", "freeze"].contains(tokens[index].lower) {
            let words = tokens[(index + 1)...].prefix(4).map(\.lower)
            for lead in [["of", "assets", "of"], ["of", "the", "assets", "of"], ["of", "funds", "of"]] where words.starts(with: lead) {
                return index + 1 + lead.count < tokens.count ? index + 1 + lead.count : nil
            }
        }
        // "the government revoked the designations of X and Y": what was revoked names its parties.
        if tokens[index].lower == "designations", index + 2 < tokens.count, tokens[index + 1].lower == "of",
            tokens[..<index].suffix(3).contains(where: { SanctionsVocabulary.delistingVerbs.contains($0.lower) })
        {
            return index + 2
        }
        var next = index + 1
        // "sanctions and restrictions on", "asset freeze and a travel ban on".
        var hops = 0
        // "restrictions were placed on", "sanctions have also been imposed on".
        while next < tokens.count, hops < 5 {
            if tokens[next].text == "(", let close = tokens[next...].prefix(30).firstIndex(where: { $0.text == ")" }) {
                // "Payment restrictions (deposit contracts, trust contracts, ...) will be imposed on".
                next = close + 1
            } else if tokens[next].lower == "under", let against = tokens[(next + 1)...].prefix(14).prefix(while: { ![".", ";", ","].contains($0.text) })
                .firstIndex(where: { ["against", "on"].contains($0.lower) })
            {
                // "sanctions under the Special Economic Measures (Iran) Regulations against 6 individuals": the
                // instrument comes between.
                next = against
                break
            } else if ["and", "a", "an", "travel", "asset", "export", "visa", "has", "have", "will", "shall"].contains(tokens[next].lower)
                || SanctionsVocabulary.measureNouns.contains(tokens[next].lower)
                || SanctionsVocabulary.auxiliaries.contains(tokens[next].lower)
                || SanctionsVocabulary.adverbs.contains(tokens[next].lower)
                || SanctionsVocabulary.imposingVerbs.contains(tokens[next].lower) && tokens[next].lower != "targeting"
            {
                next += 1
            } else {
                break
            }
            hops += 1
        }
        // "In Russia, the measures target Federal Penitentiary Service ...", "The measures cover five
        // individuals and three entities": the measure noun is the subject, its object a name or a count.
        if next + 1 < tokens.count, ["target", "targets", "cover", "covers"].contains(tokens[next].lower), index >= 1,
            tokens[next + 1].isCapitalized || CountedAnnouncement(counting: tokens[(next + 1)...].prefix(8)) != nil,
            ["the", "these", "new", "latest", "today's", "its", "their"].contains(tokens[index - 1].lower)
        {
            return next + 1
        }
        guard next + 1 < tokens.count, ["on", "against", "targeting", "upon"].contains(tokens[next].lower) else { return nil }
        // "an asset freeze and a ban on dealings under the Russia Sanctions Act 2022 on the Novosibirsk maker
        // AO Spetsmash-Vostok": what is banned comes first, the parties after a second "on".
        if ["dealings", "dealing", "transactions", "exports", "imports", "trade", "investment", "investments", "entry"].contains(tokens[next + 1].lower),
            let second = tokens[(next + 2)...].prefix(20).firstIndex(where: { ["on", "against"].contains($0.lower) }), second + 1 < tokens.count
        {
            return second + 1
        }
        return next + 1
    }

    /// The parties a designation names as companions after its verb: ", alongside Z", ", together with Y",
    /// ", along with Y", or without the comma after a word of the clause and before a capitalized name
    /// ("Barragán and Ochoa were sanctioned individually alongside Villaseñor", "He is sanctioned together with
    /// Denis Gritsai").
    private static func companions(in tokens: [ArticleToken], after index: Int) -> Range<Int>? {
        for at in (index + 1)..<tokens.count {
            let phrase: Int
            if tokens[at].lower == "alongside" {
                phrase = 1
            } else if at + 1 < tokens.count, ["together", "along"].contains(tokens[at].lower), tokens[at + 1].lower == "with" {
                phrase = 2
            } else {
                continue
            }
            let afterComma = tokens[at - 1].text == "," && at - 1 > index
            // Without a comma, "alongside" follows a word after the verb; "together with" may follow the verb.
            let afterWord = tokens[at - 1].isLowercaseWord && (phrase == 2 || at - 1 > index)
                && at + phrase < tokens.count && tokens[at + phrase].isCapitalized
            if afterComma || afterWord { return (at + phrase)..<tokens.count }
        }
        return nil
    }

    /// Whether a list is named after the verb: "to the Entity List", "from the SDN list", "to its sanctions list".
    private static func namesAList(_ tokens: [ArticleToken], after index: Int) -> Bool {
        let window = tokens[(index + 1)...].prefix(40)
        // "Ottawa added X ... under its Special Economic Measures (Haiti) Regulations".
        guard let preposition = window.firstIndex(where: { ["to", "from", "off", "under"].contains($0.lower) }) else { return false }
        let phrase = tokens[preposition...].prefix(14)
        // "taken off the list of proposed names", "dropped from the draft list": a proposal, no list.
        if phrase.prefix(6).contains(where: { ["proposed", "draft", "proposal", "candidate", "candidates"].contains($0.lower) }) { return false }
        return phrase.contains {
            ["list", "lists", "sdn", "sanctions", "register", "designations", "regime", "schedule", "annex", "regulations"].contains($0.stem)
        }
    }

    /// "The Treasury included on Wednesday a São Paulo trader ... on the list of Specially Designated
    /// Nationals": an authority including parties on a list designates them.
    private static func includesOnAList(_ tokens: [ArticleToken], at index: Int) -> Bool {
        guard ["included", "includes", "include"].contains(tokens[index].lower),
            hasAuthoritySubject(tokens[clauseStart(tokens, before: index)..<index])
        else { return false }
        // The parties come between the verb and "on the list": "included on Wednesday a ... trader ... on the list".
        return tokens[(index + 1)...].prefix(40).indices.contains { on in
            ["on", "in"].contains(tokens[on].lower)
                && tokens[on...].prefix(6).contains { ["list", "sdn", "register", "schedule", "annex"].contains($0.stem) }
                && tokens[(index + 1)..<on].contains { $0.isWord && !$0.isCapitalized }
        }
    }

    private static func hasAuthoritySubject(_ subject: ArraySlice<ArticleToken>) -> Bool {
        if !ArticleAuthority.mentions(in: subject).isEmpty { return true }
        // "Today, I am designating X", "I hereby designate": the Secretary's own statement (not "I support listing X").
        if subject.contains(where: { $0.text == "I" }), subject.contains(where: { ["am", "hereby", "have"].contains($0.lower) }) { return true }
        // "Monday's update to the SDN list removed X", "The same SDN update added Y": the list's update.
        if subject.contains(where: { $0.stem == "update" }), subject.contains(where: { ["list", "sdn"].contains($0.stem) }) { return true }
        // "Additionally, State is designating X": the State Department's releases name it so (not "the state").
        let words = subject.filter { $0.isWord && !SanctionsVocabulary.auxiliaries.contains($0.lower) && !SanctionsVocabulary.adverbs.contains($0.lower) }
        if words.count == 1, words[words.startIndex].text == "State" { return true }
        return subject.contains { SanctionsVocabulary.authorityStandIns.contains($0.stem) }
    }

    /// The first token of the clause holding `index`: after the last semicolon or colon before it.
    private static func clauseStart(_ tokens: [ArticleToken], before index: Int) -> Int {
        var start = index
        while start > 0, ![";", ":"].contains(tokens[start - 1].text) { start -= 1 }
        return start
    }

    /// A hedge before the trigger in its sentence: a threat, a call, a plan, a denial, a memory. A clause
    /// joined before the trigger's own by ", and" or ", but" has its own verb: "The British could not allow
    /// Brussels all the fun, and on the same day the UK announced sanctions on X" hedges nothing.
    private static func isHedged(_ tokens: [ArticleToken], before index: Int) -> Bool {
        let scope = tokens[..<index].indices.last { at in
            at > 0 && tokens[at - 1].text == "," && ["and", "but"].contains(tokens[at].lower)
                // ", and the EU threatened to sanction X" still hedges: the joined clause's own words come after.
                && at + 1 < index
        }.map { $0 + 1 } ?? 0
        // "after considering the report" is something done, not a hedge.
        // "On Thursday, after this investigation was prepared for publication, OFAC designated X": a clause
        // opened by "after", closed by a comma before the trigger, tells when and hedges nothing (but "After
        // the EU threatened to sanction X" still hedges).
        return tokens[scope..<index].indices.contains { at in
            tokens[at].isWord && SanctionsVocabulary.isHedge(tokens[at].lower, before: at + 1 < tokens.count ? tokens[at + 1].text : nil)
                // "designated on 26 May 2023": the month, not the verb.
                && !(tokens[at].text == "May" && (at > 0 && tokens[at - 1].isNumber || at + 1 < tokens.count && tokens[at + 1].isNumber))
                && !(at > 0 && ["after", "having"].contains(tokens[at - 1].lower))
                && !(tokens[..<at].reversed().prefix(while: { $0.text != "," }).contains(where: { $0.lower == "after" })
                    && tokens[at..<index].contains(where: { $0.text == "," }))
                // "In an action with no accompanying press release, OFAC deleted X", "In a move that had not been
                // previously reported, OFAC also sanctioned X": a negation or a hedge in an opening prepositional
                // phrase set off by a comma is about something else (a hedge only in a relative clause there:
                // "In May last year, OFAC sanctioned X" dates X).
                && !((["no", "not", "never", "neither"].contains(tokens[at].lower) || tokens[..<at].contains(where: { ["that", "which"].contains($0.lower) }))
                    && !tokens[..<at].contains(where: { $0.text == "," })
                    && tokens[at..<index].contains(where: { $0.text == "," })
                    && ["in", "with", "without", "on", "at", "amid", "after", "during", "for"].contains(tokens.first(where: \.isWord)?.lower ?? ""))
        }
            || index + 1 < tokens.count && ["previously", "already", "earlier"].contains(tokens[index + 1].lower)
            // "The action follows the designation in February of X": an earlier action.
            || index >= 2 && tokens[index - 1].lower == "the" && ["follows", "followed", "following", "after"].contains(tokens[index - 2].lower)
                && ["designation", "designations", "listing", "sanctioning", "blacklisting"].contains(tokens[index].lower)
            // "... web link to be added", "more suppliers will be targeted": still to come.
            || index >= 2 && tokens[index - 1].lower == "be" && ["to", "will", "would", "could", "may", "might", "should"].contains(tokens[index - 2].lower)
            || isTimeClause(tokens, before: index)
    }

    /// "he left that company shortly before it was sanctioned", "until they were listed": a passive in a
    /// clause of time about someone already named tells when, and announces nothing.
    private static func isTimeClause(_ tokens: [ArticleToken], before index: Int) -> Bool {
        var at = index - 1
        while at >= 0, SanctionsVocabulary.auxiliaries.contains(tokens[at].lower) || SanctionsVocabulary.adverbs.contains(tokens[at].lower) {
            at -= 1
        }
        guard at >= 1, at < index - 1, ["it", "he", "she", "they"].contains(tokens[at].lower) else { return false }
        return ["before", "until", "when", "once", "after", "since"].contains(tokens[at - 1].lower)
    }

    /// "Will the EU sanction X?", "How the sanctions on the Karavan Group unfolded", "Why Washington
    /// blacklisted X": a question, or a title that explains how or why, announces nothing. A title that opens
    /// a list with a colon ("How the new listings break down:") is left to the list, and a sentence (with its
    /// final period) to the other rules.
    private static func isQuestionOrExplainer(_ tokens: [ArticleToken], firstWord: Int) -> Bool {
        guard firstWord < tokens.count else { return false }
        if tokens.last?.text == "?" { return true }
        guard ["how", "why"].contains(tokens[firstWord].lower), tokens.last?.text != ":" else { return false }
        // A title, not a sentence: no final period (which an abbreviation may carry: "... Co., Ltd.").
        let last = tokens.last?.text ?? ""
        return !last.hasSuffix(".") && !last.hasSuffix("!")
    }

    /// "On 19 August the Foreign Office sanctioned X", "The most consequential action came on 22 October, when
    /// Treasury designated Y" in an article of 19 December: a day of the same year named before the trigger,
    /// more than two weeks before the article's own, dates an earlier action (a year in review, a timeline);
    /// so does a month alone two or more before the article's ("in January" in November). Only when the
    /// article's day is known.
    private static func isDatedWeeksBefore(_ tokens: [ArticleToken], before index: Int, documentMonth: Int?, documentDay: Int?) -> Bool {
        guard let documentMonth, let documentDay else { return false }
        let earlier = Array(tokens[..<index].suffix(16))
        for (offset, token) in earlier.enumerated() where ["on", "since"].contains(token.lower) && offset + 2 < earlier.count {
            let (first, second) = (earlier[offset + 1], earlier[offset + 2])
            // "on 19 August" or "on August 19", without a year after it (a year is `isPast`'s).
            // "on Sept. 17": an abbreviated month keeps its dot.
            func month(_ token: ArticleToken) -> Int? { ArticleDate.months[token.lower.hasSuffix(".") ? String(token.lower.dropLast()) : token.lower] }
            guard let (month, day) = month(second).flatMap({ month in Int(first.text).map { (month, $0) } })
                ?? month(first).flatMap({ month in Int(second.text).map { (month, $0) } }),
                (1...31).contains(day)
            else { continue }
            if offset + 3 < earlier.count, Int(earlier[offset + 3].text).map({ (1945...2100).contains($0) }) == true { continue }
            if (documentMonth * 31 + documentDay) - (month * 31 + day) > 14 { return true }
        }
        // "went through a similar episode in January, after OFAC designated X" in a November article: a month
        // alone, two or more before the article's.
        for (offset, token) in earlier.enumerated() where token.lower == "in" && offset + 1 < earlier.count {
            guard let month = ArticleDate.months[earlier[offset + 1].lower], earlier[offset + 1].text.count > 3 else { continue }
            if offset + 2 < earlier.count, Int(earlier[offset + 2].text) != nil { continue }
            if documentMonth - month >= 2 { return true }
        }
        return false
    }

    /// "... sanctioned in 2022" in a later article, "last year", "in previous rounds".
    private static let historyParticiples: Set<String> = [
        "founded", "established", "incorporated", "registered", "created", "formed", "born", "built", "launched", "set",
    ]

    private static func isPast(_ tokens: [ArticleToken], from index: Int, documentYear: Int?, documentMonth: Int?) -> Bool {
        // The trigger's own words, not a relative clause about the party ("X, a company that was
        // designated in 2023").
        var after = tokens[index...].prefix(24).map(\.lower).prefix { !["which", "that", "who", "whose"].contains($0) }
        // "X was removed after the General Court annulled his listing in April": the date is the clause's.
        if let conjunction = after.indices.first(where: { at in
            at > after.startIndex && ["after", "because", "when", "once"].contains(after[at])
                && after[(at + 1)...].prefix(6).contains(where: { $0.count > 4 && $0.hasSuffix("ed") })
        }) {
            after = after[..<conjunction]
        }
        for (offset, word) in after.enumerated() where word == "in" || word == "since" || word == "on" {
            // "removed X, a former finance director designated in 2019, from the SDN list", "decided to delete 1
            // individual, X, from the list of persons subject to asset freeze measures designated on May 10, 2022":
            // the date of a listing of the past, after a participle of its own, not of the trigger's action.
            if offset > 1, ["designated", "listed", "sanctioned", "blacklisted"].contains(after[offset - 1]) { continue }
            // "was listed on 15 March 2022": a day's date with an earlier year.
            if word == "on" {
                if let documentYear, after[(offset + 1)...].prefix(3).contains(where: { ArticleDate.months[$0] != nil }),
                    after[(offset + 1)...].prefix(4).contains(where: { Int($0).map { (1945..<documentYear).contains($0) } ?? false })
                {
                    return true
                }
                continue
            }
            // "X, a trading company founded in 2016": the party's own history.
            if offset > 1, Self.historyParticiples.contains(after[offset - 1]) { continue }
            // "sanctioned a third ship ..., VOLGA DAWN, back in January".
            if word == "in", offset > 0, after[offset - 1] == "back", offset + 1 < after.count,
                ArticleDate.months[after[offset + 1]] != nil || Int(after[offset + 1]) != nil
            {
                return true
            }
            // "in September" in a November article: an earlier month, or the year before's.
            if offset + 1 < after.count, let month = ArticleDate.months[after[offset + 1]], let documentMonth, month != documentMonth {
                let year = offset + 2 < after.count ? Int(after[offset + 2]) : nil
                // After "in", "May" is the month.
                if year == nil || year == documentYear && month < documentMonth { return true }
            }
            // "in 2022", "in May 2023", "since the disputed 2020 presidential election".
            var yearAt = offset + 1
            if yearAt < after.count, SanctionsVocabulary.nonPartyWords.contains(after[yearAt]), Int(after[yearAt]) == nil { yearAt += 1 }
            // "in its December 2024 and February 2025 Iran actions".
            if yearAt + 1 < after.count, ArticleDate.months[after[yearAt]] != nil, Int(after[yearAt + 1]) != nil { yearAt += 1 }
            if word == "since", offset + 3 < after.count, after[offset + 1] == "the", Int(after[offset + 3]) != nil { yearAt = offset + 3 }
            guard yearAt < after.count, let year = Int(after[yearAt]), (1945...2100).contains(year) else { continue }
            if year < documentYear ?? Int.max { return true }
        }
        // "Bishkek has been under pressure since last year, when OFAC sanctioned X": a "when" clause of an
        // earlier time.
        let beforeTrigger = tokens[..<index].suffix(10).map(\.lower)
        if let when = beforeTrigger.lastIndex(of: "when"), when >= 2,
            beforeTrigger[..<when].reversed().prefix(4).contains(where: { ["year", "month", "week", "spring", "summer", "autumn", "winter"].contains($0) }),
            beforeTrigger[..<when].contains(where: { ["last", "previous", "earlier"].contains($0) })
        {
            return true
        }
        // "both of which OFAC designated in earlier actions", "listed in a previous round", "London has
        // sanctioned STS operators in the past".
        if after.indices.contains(where: { at in
            guard after[at] == "in", at + 1 < after.endIndex else { return false }
            let next = after[at + 1]
            let afterNext = at + 2 < after.endIndex ? after[at + 2] : nil
            return ["earlier", "previous", "prior", "past"].contains(next)
                || ["a", "an"].contains(next) && ["earlier", "previous", "prior"].contains(afterNext ?? "")
                || next == "the" && afterNext == "past"
        }) {
            return true
        }
        // "Treasury has since targeted a string of companies tied to the group": since an earlier action
        // told before, not today's.
        if SanctionsVocabulary.followsPerfectSince(at: index, word: { tokens[$0].lower }) { return true }
        // "defence plants that Washington sanctioned years ago", "listed two months ago".
        let ago = tokens[(index + 1)...].prefix(5).map(\.lower)
        if let agoAt = ago.firstIndex(of: "ago"), agoAt >= 1, ["years", "months", "weeks", "year", "month"].contains(ago[agoAt - 1]) {
            return true
        }
        // "..., as this newspaper reported at the time": an action the paper reported before.
        let sentence = tokens.map(\.lower)
        if let at = sentence.indices.first(where: { ["reported", "wrote", "noted"].contains(sentence[$0]) }),
            Array(sentence[(at + 1)...].prefix(3)) == ["at", "the", "time"]
        {
            return true
        }
        // "On 12 April 2023 the Treasury designated X", "In 2022, the EU listed Y" in a later year's text: the
        // clause opens with its date (after a wiki section's year heading, "2023", that the splitter joins to it).
        let opening = clauseStart(tokens, before: index)
        if let documentYear, let first = tokens[opening..<index].firstIndex(where: { $0.isWord && !$0.text.allSatisfy(\.isNumber) }),
            ["on", "in", "since", "by"].contains(tokens[first].lower),
            tokens[(first + 1)..<index].prefix(4).contains(where: { token in Int(token.text).map { (1945..<documentYear).contains($0) } ?? false })
        {
            return true
        }
        // "Last month OFAC sanctioned X and Y", "Earlier this year, the EU listed Z": not this text's news.
        if let first = tokens[opening..<index].firstIndex(where: \.isWord), first + 2 < index {
            let (one, two, three) = (tokens[first].lower, tokens[first + 1].lower, tokens[first + 2].lower)
            if one == "last", ["month", "year", "spring", "summer", "autumn", "fall", "winter"].contains(two) { return true }
            if one == "earlier", two == "this", three == "year" { return true }
        }
        let earlier = tokens[..<index].suffix(12).map(\.lower)
        // "In previous rounds we have sanctioned X", "in earlier packages the EU listed Y".
        if let inAt = earlier.lastIndex(of: "in"), inAt + 2 < earlier.count, ["previous", "earlier", "prior", "past"].contains(earlier[inAt + 1]),
            ["rounds", "round", "packages", "package", "years", "actions", "tranches"].contains(earlier[inAt + 2]),
            !earlier[inAt...].contains(where: { [";", ".", "but", "now", "today"].contains($0) })
        {
            return true
        }
        // "OFAC's last shadow fleet package in October blocked 14 tankers": the subject is an earlier action.
        if let lastAt = earlier.lastIndex(where: { ["last", "previous"].contains($0) }),
            earlier[(lastAt + 1)...].prefix(4).contains(where: { ["package", "round", "tranche", "action"].contains($0) }),
            !earlier[lastAt...].contains(where: { [",", ";", ".", "and"].contains($0) })
        {
            return true
        }
        // "The previous package, adopted in February, hit 74 vessels and listed X": every verb of a sentence
        // whose subject is an earlier action.
        let openingWords = tokens.lazy.filter(\.isWord).prefix(4).map(\.lower)
        if let previousAt = openingWords.firstIndex(where: { ["previous", "prior", "earlier", "last"].contains($0) }),
            openingWords[previousAt...].dropFirst().contains(where: { ["package", "round", "tranche", "action", "listing", "listings"].contains($0) })
        {
            return true
        }
        // "the Government's February decision to sanction X" in a later month.
        if let documentMonth, earlier.count >= 3, ["to", "that"].contains(earlier[earlier.count - 1]),
            ["decision", "action", "move", "round", "package"].contains(earlier[earlier.count - 2]),
            let month = ArticleDate.months[earlier[earlier.count - 3]], month != documentMonth
        {
            return true
        }
        // "Treasury sanctioned Vostokex, the Moscow-based exchange that had dominated the market, in April
        // 2024": an earlier year set off by a comma after the party's description.
        let sentenceAfter = tokens[index...].prefix(32).map(\.lower)
        for offset in sentenceAfter.indices.dropFirst().dropLast() where sentenceAfter[offset] == "in" && sentenceAfter[offset - 1] == "," {
            var yearAt = offset + 1
            if ArticleDate.months[sentenceAfter[yearAt]] != nil { yearAt += 1 }
            guard yearAt < sentenceAfter.count, let year = Int(sentenceAfter[yearAt]), (1945...2100).contains(year),
                year < documentYear ?? Int.min
            else { continue }
            return true
        }
        // "In April 2023, OFAC designated X", "..., and in October 2024 it designated Y": an earlier year
        // opening the trigger's own clause.
        // Not "X, who moved to Dubai in 2022, is designated": the date opens the clause.
        let clauseBefore = tokens[..<index].suffix(8).map(\.lower).reversed().prefix { ![";", "and", "but", "while"].contains($0) }.reversed()
        // "- In January 2024, Japan froze ...": a bullet before the date is the clause's start too.
        for (offset, word) in zip(clauseBefore.indices, clauseBefore) where word == "in"
            && (offset == clauseBefore.startIndex || clauseBefore[clauseBefore.index(before: offset)] == ","
                || SanctionsExtractor.bullets.contains { String($0) == clauseBefore[clauseBefore.index(before: offset)] })
        {
            var yearAt = clauseBefore.index(after: offset)
            if yearAt < clauseBefore.endIndex, let month = ArticleDate.months[clauseBefore[yearAt]] {
                yearAt = clauseBefore.index(after: yearAt)
                // "In January, OFAC targeted X" in a March article.
                if yearAt < clauseBefore.endIndex, Int(clauseBefore[yearAt]) == nil, let documentMonth, month != documentMonth { return true }
            }
            if yearAt < clauseBefore.endIndex, let year = Int(clauseBefore[yearAt]), (1945...2100).contains(year), year < documentYear ?? Int.max {
                return true
            }
        }
        // "..., followed in 2024 by sanctions on X": an earlier year right before the trigger, no comma between.
        let near = tokens[..<index].suffix(4).map(\.lower)
        if let inAt = near.lastIndex(of: "in"), inAt + 1 < near.count, !near[inAt...].contains(","),
            let year = Int(near[inAt + 1]), (1945...2100).contains(year), year < documentYear ?? Int.max
        {
            return true
        }
        // "Since November 2022, Canada has imposed sanctions on 31 individuals, including X": a tally of
        // earlier rounds, not this announcement.
        let before = tokens[..<index].suffix(12).map(\.lower)
        if let since = before.firstIndex(of: "since") {
            let following = before[(since + 1)...].prefix(2)
            if let year = following.compactMap({ Int($0) }).first, (1945...2100).contains(year), year < documentYear ?? Int.max {
                return true
            }
        }
        // "last year" in the trigger's own clause, not in a relative clause about something else ("the
        // tanker X, which sailed until last year as Y").
        let clause = after.prefix { ![",", ";", "which", "who", "that"].contains($0) }
        for pair in zip(clause, clause.dropFirst())
        where pair == ("last", "year") || pair == ("previous", "rounds") || pair == ("same", "year") || pair == ("that", "year") {
            return true
        }
        return false
    }

    /// Reads "three Belarusian firms", "the following individuals", "two vessels" for the whole list.
    /// Words after a place that make it the subject of a sentence ("Japan will implement", "Canada has
    /// imposed"), not a description of the parties ("Russian companies").
    private static let actingWords: Set<String> = [
        "will", "has", "have", "had", "is", "was", "today", "also", "imposed", "imposes", "designated", "designates", "sanctioned",
        "sanctions", "added", "adds", "announced", "announces", "said", "says", "on",
    ]

    private mutating func addGroupHints(from words: ArraySlice<ArticleToken>) {
        var countries: Set<String> = []
        var kinds: Set<EntityKind> = []
        defer {
            // "four companies and three individuals" give the list no one kind.
            if kinds.count == 1, groupKind == nil { groupKind = kinds.first }
        }
        for (index, token) in zip(words.indices, words) where token.isWord {
            if token.isLowercaseWord, let kind = PartyListParser.kindOfDescriptor(token.lower), token.lower.hasSuffix("s") {
                kinds.insert(kind)
            }
            if token.isCapitalized, let (place, _) = PartyListParser.place(at: index, in: words),
                index + 1 < words.endIndex, words[index + 1].isLowercaseWord || words[index + 1].text == ",",
                // "Japan will implement asset freezes against ...": the place is the authority acting.
                !Self.actingWords.contains(words[index + 1].lower)
            {
                countries.insert(place)
            }
        }
        if countries.count == 1, groupCountry == nil { groupCountry = countries.first }
    }
}
