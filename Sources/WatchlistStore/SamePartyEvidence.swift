import WatchlistCore
import WatchlistMatching

/// What two records of different publishers say about whether they are one party, given how one record's
/// primary name matched the other: `strength` is nil when they must not be linked.
///
/// A link needs a name match and no contradiction (birth years more than a year apart, different countries,
/// different IMO numbers; lists often differ by a year on a date of birth, Canada's `1982` for OFAC's
/// `1983-04-03`). How close the names must be depends on what else agrees:
/// - one record naming the other's id (OFSI's `UN Reference Number`, `ListCrossReference`): no name needed;
/// - a shared identifier (passport, IMO or registration number of six or more characters with a digit): 0.90,
///   between any two names of the records;
/// - for a person, the same full date of birth: 0.90, between any two names;
/// - otherwise every word of both names paired at 0.97 or more; a person named by two words needs 0.99
///   (two-word namesakes are common, and Canada's records give no date of birth to tell them apart).
struct SamePartyEvidence {
    enum Strength: Int, Comparable {
        case names = 1
        case namesAndBirthDate = 2
        case namesAndIdentifier = 3
        /// One record names the other's id (`ListCrossReference`).
        case listReference = 4

        static func < (lhs: Strength, rhs: Strength) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    let strength: Strength?

    /// The evidence when `query`'s primary name, screened, found `listed` with `match`.
    init(_ query: Entity, _ listed: Entity, match: Match) {
        strength = match.sameParty == nil ? Self.strength(query, listed, match: match) : nil
    }

    /// The evidence when the best pair of the two records' names scores `nameScore`, compared outside a
    /// screening (records that share a fact): only a shared identifier or date of birth can link them then.
    init(_ first: Entity, _ second: Entity, nameScore: Double) {
        strength = Self.noContradiction(first, second) ? Self.factStrength(first, second, nameScore: nameScore) : nil
    }

    private static func strength(_ query: Entity, _ listed: Entity, match: Match) -> Strength? {
        guard noContradiction(query, listed) else { return nil }
        if let strength = factStrength(query, listed, nameScore: match.score) { return strength }
        let explanation = match.explanation
        guard match.score >= 0.97, explanation.unmatchedQuery.isEmpty, explanation.unmatchedName.isEmpty,
            explanation.adjustments.isEmpty
        else { return nil }
        let words = explanation.tokenMatches.filter { $0.role != .legalForm }.count
        if query.kind == .person {
            guard words >= 2, words >= 3 || match.score >= 0.99 else { return nil }
        }
        return .names
    }

    /// The records are of one kind, and neither dates of birth, countries nor IMO numbers tell them apart.
    private static func noContradiction(_ first: Entity, _ second: Entity) -> Bool {
        first.kind == second.kind && BirthDateAgreement(first.birthDates, second.birthDates) != .contradicts
            && !countriesContradict(first, second) && !imoNumbersContradict(first, second)
    }

    /// A shared identifier, or for people the same full date of birth, with names scoring 0.90.
    private static func factStrength(_ first: Entity, _ second: Entity, nameScore: Double) -> Strength? {
        guard nameScore >= 0.9 else { return nil }
        if !identifierKeys(first).isDisjoint(with: identifierKeys(second)) { return .namesAndIdentifier }
        if first.kind == .person, BirthDateAgreement(first.birthDates, second.birthDates) == .sameFullDate {
            return .namesAndBirthDate
        }
        return nil
    }

    /// The keys `SamePartyLinker` files a record under: its identifier keys, and for a person each full
    /// date of birth. Two records sharing none cannot reach `namesAndIdentifier` or `namesAndBirthDate`.
    static func factKeys(_ entity: Entity) -> Set<String> {
        var keys = Set(identifierKeys(entity).map { "id:" + $0 })
        if entity.kind == .person {
            for date in entity.birthDates.compactMap(\.fullDate) {
                keys.insert("born:\(date.year)-\(date.month ?? 0)-\(date.day ?? 0)")
            }
        }
        return keys
    }

    /// How two records' dates of birth compare.
    enum BirthDateAgreement {
        case sameFullDate
        case compatible
        case contradicts
        case unknown

        init(_ first: [BirthDate], _ second: [BirthDate]) {
            guard !first.isEmpty, !second.isEmpty else {
                self = .unknown
                return
            }
            let fullDates = Set(first.compactMap(\.fullDate))
            if second.contains(where: { $0.fullDate.map(fullDates.contains) ?? false }) {
                self = .sameFullDate
                return
            }
            let near = first.contains { one in
                second.contains { one.years.lowerBound - 1 <= $0.years.upperBound && $0.years.lowerBound - 1 <= one.years.upperBound }
            }
            self = near ? .compatible : .contradicts
        }
    }

    /// Both records name countries (ISO codes) and share none.
    private static func countriesContradict(_ first: Entity, _ second: Entity) -> Bool {
        let (firstCodes, secondCodes) = (Set(first.countries.compactMap(\.isoCode)), Set(second.countries.compactMap(\.isoCode)))
        return !firstCodes.isEmpty && !secondCodes.isEmpty && firstCodes.isDisjoint(with: secondCodes)
    }

    /// Both records give an IMO number and share none: two vessels.
    private static func imoNumbersContradict(_ first: Entity, _ second: Entity) -> Bool {
        let (firstIMO, secondIMO) = (imoNumbers(first), imoNumbers(second))
        return !firstIMO.isEmpty && !secondIMO.isEmpty && firstIMO.isDisjoint(with: secondIMO)
    }

    private static func imoNumbers(_ entity: Entity) -> Set<String> {
        Set(entity.identifiers.filter { $0.type.uppercased().contains("IMO") }.map { normalizedIdentifier($0.value) })
    }

    /// Identifier values that can tell a party apart: six or more letters and digits, at least one a digit,
    /// of a type that is a number of the party's own (not a date, a programme's directive or a contact). The
    /// whole value counts, and so does each of its words (OFSI's `TIN: 7702165310` is OFAC's Tax ID
    /// `7702165310`).
    private static func identifierKeys(_ entity: Entity) -> Set<String> {
        var keys = Set<String>()
        for identifier in entity.identifiers {
            let type = identifier.type.lowercased()
            guard !notIdentifying.contains(where: { type.contains($0) }) else { continue }
            let words = identifier.value.uppercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
            for key in [normalizedIdentifier(identifier.value)] + words where key.count >= 6 && key.contains(where: \.isNumber) {
                keys.insert(key)
            }
        }
        return keys
    }

    /// Words of OFAC's identifier types that hold something other than a number of the party's own:
    /// `Secondary sanctions risk:`, `Listing Date (CMIC)`, `Executive Order 13662 Directive Determination`,
    /// phone numbers and addresses that related parties share.
    private static let notIdentifying = ["date", "risk", "type", "directive", "executive order", "phone", "email", "website", "address"]

    /// The value's letters and digits, upper-cased (`IMO 9305611` and `9305611` differ; the type says IMO).
    private static func normalizedIdentifier(_ value: String) -> String {
        var digits = String(value.uppercased().filter { $0.isLetter || $0.isNumber })
        if digits.hasPrefix("IMO") { digits.removeFirst(3) }
        return digits
    }
}

extension BirthDate {
    /// The date when it is exact to the day and not 1 January (which lists use for a year of birth alone).
    fileprivate var fullDate: PartialDate? {
        guard case .exact(let date) = self, let month = date.month, let day = date.day, (month, day) != (1, 1) else { return nil }
        return date
    }

    /// The years the date allows.
    fileprivate var years: ClosedRange<Int> {
        switch self {
        case .exact(let date): date.year...date.year
        case .approximately(let date): (date.year - 1)...(date.year + 1)
        case .between(let start, let end): min(start.year, end.year)...max(start.year, end.year)
        }
    }
}
