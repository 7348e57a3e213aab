import Foundation
import WatchlistMatching

/// Prints matches for people: a line per match, then how it matched.
///
/// ```
/// HIT 0.918  Valyantsin Alfredavich MIKLASHEVICH  person  ofac:49380  RUSSIA-EO14024  [OFAC]
///       alias "MIKLASHEVICH, Valiantsin": "Miklashevich" ~ "MIKLASHEVICH" (surname, exact); ...
/// ```
enum TextFormatter {
    static func lines(query: String, matches: [Match], threshold: Double, showQuery: Bool) -> [String] {
        var lines: [String] = []
        if showQuery { lines.append("\(quoted(query)):") }
        if matches.isEmpty {
            lines.append("no match at threshold \(String(format: "%.2f", threshold))")
        }
        for match in matches {
            let programs = match.programs.isEmpty ? "-" : match.programs.joined(separator: ", ")
            lines.append(
                "HIT \(String(format: "%.3f", match.score))  \(match.caption)  \(match.kind.rawValue)  "
                    + "\(match.entityID)  \(programs)  [\(match.sources.joined(separator: ", "))]")
            let nameKind = match.matchedName.kind.rawValue.replacingOccurrences(of: "_", with: " ")
            let through = match.sameParty.map { "same party as \($0), its " } ?? ""
            lines.append("      \(through)\(nameKind) \(quoted(match.matchedName.value)): \(match.explanation.summary)")
        }
        return lines
    }

    private static func quoted(_ text: String) -> String { "\"\(text)\"" }
}
