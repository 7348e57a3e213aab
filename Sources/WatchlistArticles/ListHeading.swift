import WatchlistCore

/// A heading that says what the list under it is: "ADDITIONS", "Annex - Persons added to Schedule 1",
/// "New designations", "Who is being listed" open a list of designations; "DELETIONS", "Removed from the
/// list" a list of delistings; "AMENDMENTS" a list of changed entries, which are neither. "Individuals",
/// "Entities", "Vessels" inside a list say the kind of the items that follow.
enum ListHeading {
    enum Meaning: Equatable {
        case designations
        case delistings
        case amendments
        case kind(EntityKind)
        /// "Entities designated", "Individuals delisted": a list of designations or of delistings, all of
        /// one kind.
        case kindList(EntityKind, DesignationTrigger.Effect)
        /// A page's closing sections ("See also", "References", "Related stories"): no list goes on under them.
        case endMatter
        /// A section of the parties a package left out ("Who was spared", "Not included"): neither a list
        /// nor a count goes on under it.
        case leftOut
    }

    /// What the heading means, or nil when the sentence is no heading or says none of these.
    static func meaning(of tokens: [ArticleToken]) -> Meaning? {
        let words = tokens.filter(\.isWord)
        // "ANNEX to the NSDC decision of 24 October 2025 "On the application of personal special economic and
        // other restrictive measures (sanctions)"", "ANNEX 2 — sanctions lifted": an annex's long title.
        if words.first?.text.uppercased() == "ANNEX", words.first?.isCapitalized == true, (3...36).contains(words.count), tokens.last?.text != ":" {
            let lower = words.map(\.lower)
            if lower.contains(where: { delistingWords.contains($0) || $0 == "lifted" }) { return .delistings }
            if lower.contains(where: { ["sanctions", "measures"].contains($0) || designationWords.contains($0) }) { return .designations }
        }
        // A sentence's end is no heading's, also where the tokenizer kept the full stop with a number
        // ("... remove one individual from Schedule 1.").
        guard !words.isEmpty, words.count <= 16, let last = tokens.last, !".!?;,\"”".contains(last.text),
            !(last.text.count > 1 && last.text.hasSuffix(".") && last.text.dropLast().allSatisfy(\.isNumber))
        else { return nil }
        let lower = words.map(\.lower)
        // "Individuals", "Vessels:", "Entities (4 entities)": kind words and counts only.
        var named = lower.filter { $0.first?.isNumber != true }
        // "A. Natural persons", "B. Legal persons, entities and bodies": an EU annex's sections, lettered.
        if named.count >= 2, named[0].filter({ $0 != "." && $0 != ")" }).count == 1, tokens.count > 1,
            [".", ")"].contains(tokens[1].text) || tokens[0].text.hasSuffix(".") || tokens[0].text.hasSuffix(")")
        {
            named.removeFirst()
        }
        // "United Arab Emirates (2 entities)", "Republic of Uzbekistan (1 entity)": a country's group of entries.
        if let open = tokens.firstIndex(where: { $0.text == "(" }), open > 0, tokens.last?.text == ")",
            tokens[..<open].allSatisfy(\.isWord),
            isCountryName(tokens[..<open].map(\.lower)),
            tokens[(open + 1)...].contains(where: { $0.text.allSatisfy(\.isNumber) }),
            let kind = tokens[(open + 1)...].lazy.compactMap({ kindWords[$0.lower] }).first
        {
            return .kind(kind)
        }
        if named.first == "natural", named.dropFirst().first == "persons" { return .kind(.person) }
        // "B. Legal entities, groups and organisations": SECO's section of the entities.
        if named.first == "legal", ["persons", "entities"].contains(named.dropFirst().first) { return .kind(.organization) }
        if named.count <= 2, let kind = kindWords.first(where: { named.contains($0.key) })?.value {
            if named.count == 2, let other = named.first(where: { kindWords[$0] == nil }) {
                if delistingWords.contains(other) { return .kindList(kind, .delisting) }
                if designationWords.contains(other) { return .kindList(kind, .designation) }
            }
            return .kind(kind)
        }
        // Other headings end without a colon; a line ending in one introduces what follows, unless it is a
        // title in capitals ("Counter Terrorism Designations:", "Counter Terrorism Designation Removal:" on
        // OFAC's recent-actions pages).
        guard last.text != ":" || words.count <= 8 && words.allSatisfy({ $0.isCapitalized || titleConnectors.contains($0.lower) })
        else { return nil }
        let title = lower.filter { $0 != "edit" }.joined(separator: " ")
        if endMatterTitles.contains(title) { return .endMatter }
        if lower.contains(where: { leftOutWords.contains($0) }) || title.contains("not included") || title.contains("left out") {
            return .leftOut
        }
        if lower.contains(where: { amendmentWords.contains($0) }) { return .amendments }
        if lower.contains(where: { delistingWords.contains($0) }) { return .delistings }
        // "List of natural and legal persons, entities and bodies referred to in Article 1": an EU annex's title.
        if lower.starts(with: ["list", "of"]), lower.contains(where: { ["persons", "entities", "individuals", "bodies"].contains($0) }) {
            return .designations
        }
        // "New entries", "New listings", "I. New entries": a notice's section of the entries it adds.
        if named.count <= 4, named.first == "new", named.dropFirst().contains(where: { ["entries", "entry", "listings", "names"].contains($0) }) {
            return .designations
        }
        // "Individuals subject to asset-freeze measures": the last part of a hyphenated word counts too.
        if lower.contains(where: { designationWords.contains($0) || designationWords.contains(String($0.split(separator: "-").last ?? "")) }) {
            return .designations
        }
        return nil
    }

    /// What a numbered section heading means ("1. New entries", "2. Amended entries", "(3) Deletion"): the
    /// meaning of its words after the number, when they are few and say what the section lists; nil for a
    /// numbered entry or a section of anything else.
    static func numberedMeaning(of tokens: [ArticleToken]) -> Meaning? {
        let rest = tokens.drop { $0.kind == .punctuation || $0.text.allSatisfy { $0.isNumber || $0 == "." || $0 == ")" } }
        guard rest.count < tokens.count, (1...4).contains(rest.filter(\.isWord).count), rest.first?.isCapitalized == true else { return nil }
        // "2. Asset freeze" is a section on a measure, which goes on in prose; "3. Removals" lists entries.
        guard rest.contains(where: { sectionWords.contains($0.lower) || endMatterTitles.contains($0.lower) }) else { return nil }
        switch meaning(of: Array(rest)) {
        case .kind?, nil: return nil
        case let meaning?: return meaning
        }
    }

    /// Whether lowercased words name a country, also in its long form ("republic of uzbekistan", "kyrgyz
    /// republic").
    private static func isCountryName(_ words: [String]) -> Bool {
        var words = words
        if words.first == "the" { words.removeFirst() }
        if words.starts(with: ["republic", "of"]) { words.removeFirst(2) }
        guard !words.isEmpty else { return false }
        return SanctionsVocabulary.country(words.joined(separator: " ")) != nil
            || words.count == 2 && words[1] == "republic" && SanctionsVocabulary.country(words[0]) != nil
    }

    /// "Annex", "ANNEX I", "Annex 2": a heading that names an annex and nothing more.
    static func isAnnexHeading(_ tokens: [ArticleToken]) -> Bool {
        let words = tokens.filter(\.isWord)
        guard words.first?.lower == "annex", (1...2).contains(words.count), tokens.last?.text != "." || words.count == 2 else { return false }
        return words.count == 1 || words[1].text.allSatisfy { $0.isNumber || "IVX".contains($0) }
    }

    private static let kindWords: [String: EntityKind] = [
        "individuals": .person, "individual": .person, "persons": .person, "people": .person,
        "entities": .organization, "entity": .organization, "organisations": .organization,
        "organizations": .organization, "companies": .organization, "vessels": .vessel, "ships": .vessel,
        "tankers": .vessel, "vessel": .vessel, "ship": .vessel, "tanker": .vessel, "aircraft": .aircraft,
        // A wire FACTBOX's sections: "BANKS", "ENERGY TRADERS", "MILITARY-INDUSTRIAL SUPPLIERS".
        "banks": .organization, "traders": .organization, "suppliers": .organization, "firms": .organization,
        "lenders": .organization, "refiners": .organization, "refineries": .organization, "exporters": .organization,
        "importers": .organization, "manufacturers": .organization, "producers": .organization,
    ]
    /// The closing sections of a wiki page or a news page. (Not a release's "Notes to editors": a notice
    /// with the full entries may follow them.)
    private static let endMatterTitles: Set<String> = [
        "see also", "references", "notes", "external links", "further reading", "related", "related stories",
        "related articles", "read more", "more on this story", "sources", "footnotes",
    ]
    /// The words of a numbered section that lists entries.
    private static let sectionWords: Set<String> = [
        "entries", "entry", "listings", "designations", "additions", "deletions", "deletion", "removals", "removal", "amendments",
        "amended", "amendment", "revocations", "revocation", "delistings",
    ]
    private static let leftOutWords: Set<String> = ["spared", "escaped", "exempted", "omitted", "dropped"]
    private static let amendmentWords: Set<String> = [
        "amendments", "amended", "amendment", "variations", "varied", "corrections", "updated", "update", "updates",
        // "(2) Revision of information on a designated entity"
        "revision", "revisions", "revised",
    ]
    /// Lowercase words a title in capitals keeps ("Removal of Entries from the List").
    private static let titleConnectors: Set<String> = ["of", "and", "the", "to", "from", "for", "on", "in"]
    private static let delistingWords: Set<String> = [
        "deletions", "deletion", "delistings", "delisted", "removals", "removal", "removed", "revocations", "revocation",
        "revoked", "delisting",
    ]
    private static let designationWords: Set<String> = [
        "additions", "added", "designations", "designated", "listings", "listed", "designees",
        // "Annex 1: Individuals and entities subject to measures to freeze assets", "Annex 2: Entities in third
        // countries subject to export prohibition measures"
        "freeze", "freezing", "prohibition",
    ]
}
