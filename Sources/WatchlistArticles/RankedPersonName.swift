import WatchlistCore

/// A person's name written after an affiliation and a rank, as one capitalized run: "IRGC Aerospace Force
/// Brigadier General Hossein Rahimi-Nejad" names Hossein Rahimi-Nejad, a person. (A rank at the start of a
/// name is dropped where names are read; this is the rank inside.)
enum RankedPersonName {
    /// The party as the person after the rank, or nil when its name has no affiliation and rank before two to
    /// four capitalized words that name no organization ("Admiral Makarov State University" stays whole).
    static func person(_ party: ExtractedParty) -> ExtractedParty? {
        let words = party.name.split(separator: " ").map(String.init)
        // A ship's name may hold a rank (`ADMIRAL GRIGOROVICH`).
        guard party.kind != .vessel, party.kind != .aircraft, words.count >= 4,
            let rank = words.indices.dropFirst().dropLast(2).last(where: { PartyListParser.isTitle(words[$0].lowercased()) })
        else { return nil }
        let person = words[(rank + 1)...]
        guard person.count <= 4,
            person.allSatisfy({ word in
                word.first?.isUppercase == true && !PartyListParser.isTitle(word.lowercased())
                    && !SanctionsVocabulary.organizationNameWords.contains(word.lowercased())
            })
        else { return nil }
        var stripped = party
        stripped.name = person.joined(separator: " ")
        stripped.kind = .person
        return stripped
    }
}
