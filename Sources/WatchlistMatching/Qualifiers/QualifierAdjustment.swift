import WatchlistCore

/// How the qualifiers of a query (kind, birth date, country) change a name match's score.
///
/// Agreement raises the score a little, but only for a name that already reaches the threshold, so a
/// qualifier never creates a match on its own; disagreement lowers it. A fact the list does not state
/// changes nothing. Factors: kind differs x0.80; birth date differs x0.80, agrees x1.05; country differs
/// x0.90, agrees x1.03 (a country is weaker evidence: parties operate in several).
struct QualifierAdjustment {
    var threshold: Double

    func adjust(
        score: Double, query: ScreeningQuery, entity: Entity, adjustments: inout [MatchExplanation.Adjustment]
    ) -> Double {
        var score = score
        func apply(_ rule: String, _ factor: Double) {
            if factor > 1, score < threshold { return }
            adjustments.append(.init(rule: rule, factor: factor))
            score = min(1, score * factor)
        }
        if let kind = query.kind, kind != .unknown, entity.kind != .unknown {
            if kind != entity.kind { apply("kind differs (\(kind.rawValue) vs \(entity.kind.rawValue))", 0.80) }
        }
        if let date = query.birthDate, !entity.birthDates.isEmpty {
            if entity.birthDates.contains(where: { $0.admits(date) }) {
                apply("birth date agrees (\(date))", 1.05)
            } else {
                apply("birth date differs (\(date))", 0.80)
            }
        }
        if let country = query.country, let code = CountryResolver.isoCode(for: country) {
            let listed = Set(entity.countries.compactMap { $0.isoCode ?? CountryResolver.isoCode(for: $0.name) })
            if !listed.isEmpty {
                if listed.contains(code) { apply("country agrees (\(code))", 1.03) } else { apply("country differs (\(code))", 0.90) }
            }
        }
        return score
    }
}
