import Foundation
import Yams

/// A reviewer's verdict on one match of one input name, kept in the user's repository and reviewed in
/// pull requests (`watchlist ci --decisions FILE`).
public struct ReviewDecision: Codable, Hashable, Sendable {
    public enum Verdict: String, Codable, Hashable, Sendable {
        /// Not the listed party: the match is cleared.
        case falsePositive = "false_positive"
        /// The listed party: the match stays a failure.
        case confirmed
        /// Written by `--write-pending`, for a reviewer to fill in; clears nothing.
        case pending
    }

    /// The input name as screened.
    public var name: String
    /// The input row's id, when the decision is for that row only.
    public var id: String?
    public var entityID: String
    public var verdict: Verdict
    public var by: String
    /// ISO date of the decision.
    public var date: String
    public var note: String
    /// `EntityFingerprint` of the listed entity the decision was made against.
    public var fingerprint: String

    public init(
        name: String, id: String?, entityID: String, verdict: Verdict, by: String, date: String, note: String,
        fingerprint: String
    ) {
        self.name = name
        self.id = id
        self.entityID = entityID
        self.verdict = verdict
        self.by = by
        self.date = date
        self.note = note
        self.fingerprint = fingerprint
    }

    enum CodingKeys: String, CodingKey {
        case name, id, entityID = "entity_id", verdict, by, date, note, fingerprint
    }
}

/// The decisions file: JSON, or YAML when its name ends in `.yml` or `.yaml`.
///
/// ```yaml
/// format_version: 1
/// decisions:
///   - name: Plant Systems GmbH
///     entity_id: ofac:49507
///     verdict: false_positive
///     by: jane.doe
///     date: 2026-11-29
///     note: German machine-tool maker, registry HRB 12345; not the Minsk plant.
///     fingerprint: sha256:...
/// ```
public struct DecisionFile: Codable, Sendable {
    public var formatVersion = 1
    public var decisions: [ReviewDecision]

    public init(decisions: [ReviewDecision]) { self.decisions = decisions }

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version", decisions
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        formatVersion = try container.decodeIfPresent(Int.self, forKey: .formatVersion) ?? 1
        decisions = try container.decodeIfPresent([ReviewDecision].self, forKey: .decisions) ?? []
    }

    static func isYAML(_ url: URL) -> Bool { ["yml", "yaml"].contains(url.pathExtension.lowercased()) }

    /// Reads a decisions file; the error names the file and what is wrong.
    public static func read(_ url: URL) throws(BatchInputError) -> DecisionFile {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw BatchInputError(message: "\(url.path): cannot read the decisions file; check the path.")
        }
        do {
            if isYAML(url) { return try YAMLDecoder().decode(DecisionFile.self, from: data) }
            return try JSONDecoder().decode(DecisionFile.self, from: data)
        } catch {
            throw BatchInputError(message: "\(url.path): not a valid decisions file: \(Self.describe(error)). See 'watchlist ci --help' for the format.")
        }
    }

    /// Writes the file (JSON or YAML by extension).
    public func write(to url: URL) throws {
        let data: Data
        if Self.isYAML(url) {
            let yaml = try YAMLEncoder().encode(self)
            data = Data((yaml.hasSuffix("\n") ? yaml : yaml + "\n").utf8)
        } else {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            data = try encoder.encode(self) + Data("\n".utf8)
        }
        try data.write(to: url, options: .atomic)
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing \"\(key.stringValue)\" at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.dataCorrupted(let context), DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "\(context.debugDescription) at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default:
            return "\(error)"
        }
    }
}
