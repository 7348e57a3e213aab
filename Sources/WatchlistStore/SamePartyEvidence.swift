import WatchlistCore
import WatchlistMatching

/// What two records of different publishers say about whether they are one party, given how one record's
/// primary name matched the other: `strength` is nil when they must not be linked.
///
/// A link needs a name match and no contradiction (birth years more than a year apart, different countries,
/// different IMO numbers; lists often differ by a year on a date of birth, Canada's `1982` for OFAC's
/// `1983-04-03`). How close the names must be depends on what else agrees:
/// - one record naming the other's id (OFSI's `UN Reference Number`, `ListCrossReference`): no name needed;
/// - a shared identifier (passport, IMO or registration number of six or more characters with a digit): 0.90;
/// - for a person, the same full date of birth: 0.90;
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

    init(_ query: Entity, _ listed: Entity, match: Match) {
        strength = Self.strength(query, listed, match: match)
    }

    private static func strength(_ query: Entity, _ listed: Entity, match: Match) -> Strength? {
        guard query.kind == listed.kind, match.sameParty == nil else { return nil }
        let birthDates = BirthDateAgreement(query.birthDates, listed.birthDates)
        guard birthDates != .contradicts, !countriesContradict(query, listed), !imoNumbersContradict(query, listed)
        else { return nil }
        if match.score >= 0.9, !identifierKeys(query).isDisjoint(with: identifierKeys(listed)) { return .namesAndIdentifier }
        if query.kind == .person, match.score >= 0.9, birthDates == .sameFullDate { return .namesAndBirthDate }
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
