/// Short ways a text refers to a party it names in full: a surname ("Lemekhova" for Anna Sergeyevna
/// Lemekhova), the name without its generic words and legal form ("Golden Crescent" for Golden Crescent
/// General Trading FZE), or the initials ("KPDS" for Kaveh Pars Drone Systems Company).
///
/// Texts name a party in full once and then refer back to it; a back-reference that a designating
/// sentence repeats is the same party, not a new one.
enum ShortReference {
    private enum Relation: Equatable {
        /// A surname or a shortened name: not another name of the party, only a way of referring to it.
        case shortening
        /// Initials: an alias the text may use on its own.
        case acronym
    }

    /// The parties with each back-reference merged into the party it refers to: a surname or shortened
    /// name is dropped, initials become an alias. Lookups go through dictionaries, so a long text with many
    /// parties stays linear.
    static func merging(_ parties: [ExtractedParty]) -> [ExtractedParty] {
        var bySurname: [String: Int] = [:]
        var byFirstWord: [String: [Int]] = [:]
        var byInitials: [String: Int] = [:]
        for (index, party) in parties.enumerated() {
            let partyWords = words(party.name)
            guard partyWords.count >= 2 else { continue }
            if party.kind == .person, let last = partyWords.last, bySurname[last] == nil { bySurname[last] = index }
            // "Benítez Arreola" for José Luis Benítez Arreola: the two surnames of a Spanish name.
            if party.kind == .person, partyWords.count >= 3 {
                let surnames = partyWords.suffix(2).joined(separator: " ")
                if bySurname[surnames] == nil { bySurname[surnames] = index }
            }
            if party.kind != .person {
                byFirstWord[partyWords[0], default: []].append(index)
                for letters in initials(of: party.name) where letters.count >= 2 && byInitials[letters] == nil {
                    byInitials[letters] = index
                }
            }
        }
        var merged = parties
        var dropped: Set<Int> = []
        for (index, party) in parties.enumerated() {
            let shortWords = words(party.name)
            guard let first = shortWords.first else { continue }
            var target: (index: Int, relation: Relation)?
            if shortWords.count == 1, let full = bySurname[first], full != index, party.kind != .vessel {
                target = (full, .shortening)
            } else if shortWords.count == 2, party.kind != .vessel, party.kind != .organization,
                let full = bySurname[shortWords.joined(separator: " ")], full != index
            {
                target = (full, .shortening)
            } else if let candidates = byFirstWord[first],
                let full = candidates.prefix(20).first(where: { $0 != index && isShortening(shortWords, of: words(parties[$0].name)) })
            {
                target = (full, .shortening)
            } else if shortWords.count == 1, party.name.count <= 8, party.name.allSatisfy({ $0.isUppercase || $0.isNumber }),
                let full = byInitials[first], full != index, party.kind != .vessel
            {
                target = (full, .acronym)
            }
            guard let target, !dropped.contains(target.index) else { continue }
            dropped.insert(index)
            if target.relation == .acronym, !merged[target.index].aliases.contains(party.name) {
                merged[target.index].aliases.append(party.name)
            }
        }
        return merged.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }

    /// "Golden Crescent" for "Golden Crescent General Trading FZE": the fuller name goes on with generic
    /// words and legal forms only.
    private static func isShortening(_ short: [String], of full: [String]) -> Bool {
        guard short.count < full.count, full.starts(with: short) else { return false }
        return full.dropFirst(short.count).allSatisfy { SanctionsVocabulary.organizationNameWords.contains($0) || $0 == "general" }
            && !short.allSatisfy { SanctionsVocabulary.organizationNameWords.contains($0) }
    }

    /// Lowercased words without punctuation at their ends.
    static func words(_ name: String) -> [String] {
        name.lowercased().split(whereSeparator: { $0.isWhitespace }).map { trimmed(String($0), ".,\"“”()") }.filter { !$0.isEmpty }
    }

    /// The initials of a name's words: all of them; without legal forms and function words; and without
    /// the generic words at the end as well ("KPDS" for Kaveh Pars Drone Systems Company).
    private static func initials(of name: String) -> Set<String> {
        let all = words(name).filter { !["of", "and", "the", "&", "for", "de"].contains($0) }
        let distinctive = all.filter { !SanctionsVocabulary.trailingLegalForms.contains($0) && !legalFormPrefixes.contains($0) }
        var core = distinctive
        while core.count > 2, let last = core.last, trailingGenericWords.contains(last) { core.removeLast() }
        return Set([all, distinctive, core].map { String($0.compactMap(\.first)) })
    }

    private static let trailingGenericWords: Set<String> = [
        "company", "co", "corporation", "corp", "limited", "ltd", "inc", "incorporated", "llc", "plc", "group",
        "holding", "holdings",
    ]

    static let legalFormPrefixes: Set<String> = ["ooo", "osoo", "oao", "ao", "zao", "pao", "jsc", "ojsc", "cjsc", "pjsc", "llc", "tov"]
}
