import WatchlistCore

extension ArticleExtraction {
    /// The designated parties as watchlist entities, with ids `article:<slug>#<n>` (n from 1, in text
    /// order) and the article as provenance: its file, the date, the evidence sentence and its span.
    /// `slug` names the article in ids (`ArticleExtraction.slug(forFile:)` makes one from a path).
    public func entities(slug: String) -> [Entity] {
        entities.enumerated().map { offset, party in
            var names = [EntityName(party.name, kind: .primary)]
            // A short one-word acronym ("BRT") is a weak alias: it matches only exactly, as the lists'
            // own weak aliases do, so "BRT Logistics" is not a hit on it.
            names += party.aliases.map { alias in
                let isAcronym = !alias.contains(" ") && alias.count <= 5 && alias == alias.uppercased()
                return EntityName(alias, kind: isAcronym ? .weakAlias : .alias)
            }
            return Entity(
                id: EntityID(source: "article", local: "\(slug)#\(offset + 1)"), kind: party.kind, names: names,
                countries: party.country.map { [CountryLink(role: .other, name: $0, isoCode: $0)] } ?? [],
                identifiers: party.identifiers.map { identifier in
                    let parts = identifier.split(separator: " ", maxSplits: 1).map(String.init)
                    return Identifier(type: parts.count == 2 ? parts[0] : "Identifier", value: parts.last ?? identifier)
                },
                relations: party.relatedTo.map { [Relation(role: (party.role ?? "related to") + " of", targetName: $0)] } ?? [],
                titles: party.role.map { [$0] } ?? [],
                remarks: party.authority.map { ["Designated by \($0) as reported in \(file)"] } ?? [],
                provenance: [Provenance(
                    source: "article", file: file, published: party.date, recordID: "\(slug)#\(offset + 1)",
                    evidence: party.evidence, evidenceSpan: party.span)])
        }
    }

    /// A slug for ids from a file path: the file name without extension, lowercased, with runs of other
    /// characters than letters and digits made one "-".
    public static func slug(forFile path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let stem = name.contains(".") ? String(name[..<name.lastIndex(of: ".")!]) : name
        var slug = ""
        for character in stem.lowercased() {
            if character.isLetter || character.isNumber {
                slug.append(character)
            } else if slug.last != "-" {
                slug.append("-")
            }
        }
        return slug.isEmpty ? "article" : slug.trimmingDashes
    }
}

extension String {
    fileprivate var trimmingDashes: String {
        var view = self[...]
        while view.first == "-" { view = view.dropFirst() }
        while view.last == "-" { view = view.dropLast() }
        return String(view)
    }
}
