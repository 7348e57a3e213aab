import WatchlistCore

/// The names of one entity while a record is read, each value once.
///
/// Lists give one spelling more than once (OFSI repeats a name on every row of its group, the FCDO files a
/// spelling both as a primary-name variation and as a low-quality alias). The first occurrence keeps its
/// place; a repeat can only make its kind stronger (primary over alias over former name over weak alias),
/// so nothing the list says strongly is weakened by a weaker repeat.
struct EntityNameList {
    private(set) var names: [EntityName] = []

    /// True when there is a name of this kind.
    func contains(kind: NameKind) -> Bool { names.contains { $0.kind == kind } }

    /// The first primary name, if any.
    var primary: EntityName? { names.first { $0.kind == .primary } }

    /// Adds a name, or merges it into the one with the same value.
    mutating func add(_ name: EntityName) {
        guard let index = names.firstIndex(where: { $0.value == name.value }) else {
            names.append(name)
            return
        }
        if Self.strength(name.kind) > Self.strength(names[index].kind) {
            names[index].kind = name.kind
        }
        if names[index].parts.isEmpty { names[index].parts = name.parts }
        names[index].language = names[index].language ?? name.language
        names[index].script = names[index].script ?? name.script
    }

    /// The names with exactly one primary name first: the first primary, or else the first name that is not
    /// an original-script form, promoted. Returns the promoted name's value so the caller can warn about it.
    mutating func finish() -> (names: [EntityName], promoted: String?) {
        var promoted: String?
        if !contains(kind: .primary), !names.isEmpty {
            let first = names.firstIndex { $0.kind != .originalScript } ?? 0
            names[first].kind = .primary
            promoted = names[first].value
        }
        if let primary = names.firstIndex(where: { $0.kind == .primary }), primary > 0 {
            names.insert(names.remove(at: primary), at: 0)
        }
        return (names, promoted)
    }

    private static func strength(_ kind: NameKind) -> Int {
        switch kind {
        case .primary: 5
        case .alias: 4
        case .acronym, .originalScript: 3
        case .former: 2
        case .weakAlias: 1
        }
    }
}
