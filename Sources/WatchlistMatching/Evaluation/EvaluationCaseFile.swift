import Foundation
import WatchlistCore

/// Reads evaluation cases from a JSON Lines file: one JSON object per line, blank lines skipped.
///
/// Fields: `query` (string), `expected` (array of entity ids, `[]` for a name that must not match),
/// `class` (string), and optionally `kind` (`person`, `organization`, `vessel`, `aircraft`, `unknown`),
/// `dob` (`1970`, `1970-06`, `1970-06-03`), `country`, `exclude` (array of entity ids), `note`.
/// Any other field is an error, so a misspelt field name does not pass silently.
///
/// ```swift
/// let cases = try EvaluationCaseFile.read(URL(filePath: "eval/typos.jsonl"))
/// ```
public enum EvaluationCaseFile {
    /// Reads every case of the file at `url`.
    public static func read(_ url: URL) throws(EvaluationCaseFileError) -> [EvaluationCase] {
        let name = url.lastPathComponent
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw EvaluationCaseFileError(
                file: url.path, line: nil, problem: "cannot be read (\(error.localizedDescription)). Check the path.")
        }
        return try parse(data, file: name)
    }

    /// Parses cases from JSON Lines `data`; `file` names the source in errors and in `EvaluationCase.location`.
    public static func parse(_ data: Data, file: String) throws(EvaluationCaseFileError) -> [EvaluationCase] {
        var cases: [EvaluationCase] = []
        var lineNumber = 0
        for lineBytes in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            var bytes = lineBytes
            if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
            if lineNumber == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            guard let line = String(validating: bytes, as: UTF8.self) else {
                throw EvaluationCaseFileError(file: file, line: lineNumber, problem: "is not valid UTF-8. Save the file as UTF-8.")
            }
            if line.allSatisfy(\.isWhitespace) { continue }
            var evaluationCase = try parseLine(line, file: file, line: lineNumber)
            evaluationCase.location = "\(file):\(lineNumber)"
            cases.append(evaluationCase)
        }
        if cases.isEmpty {
            throw EvaluationCaseFileError(
                file: file, line: nil,
                problem: "holds no cases. Give one JSON object per line, e.g. {\"query\": \"Jane Doe\", \"expected\": [], \"class\": \"negatives\"}.")
        }
        return cases
    }

    static let knownFields = ["query", "expected", "class", "kind", "dob", "country", "exclude", "note"]

    private static func parseLine(_ text: String, file: String, line: Int) throws(EvaluationCaseFileError) -> EvaluationCase {
        func fail(_ problem: String) -> EvaluationCaseFileError {
            EvaluationCaseFileError(file: file, line: line, problem: problem)
        }
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            throw fail("is not valid JSON. Each line must be one JSON object.")
        }
        guard let object = value as? [String: Any] else {
            throw fail("is a JSON \(describe(value)), not an object. Each line must be one JSON object.")
        }
        if let unknown = object.keys.sorted().first(where: { !knownFields.contains($0) }) {
            throw fail("unknown field '\(unknown)'. Known fields: \(knownFields.joined(separator: ", ")).")
        }

        func string(_ field: String, required: Bool) throws(EvaluationCaseFileError) -> String? {
            guard let raw = object[field], !(raw is NSNull) else {
                if required { throw fail("the field '\(field)' is missing.") }
                return nil
            }
            guard let text = raw as? String else {
                throw fail("'\(field)' must be a string; found a \(describe(raw)).")
            }
            if required, text.allSatisfy(\.isWhitespace) { throw fail("'\(field)' is empty.") }
            return text
        }
        func ids(_ field: String, required: Bool) throws(EvaluationCaseFileError) -> [EntityID] {
            guard let raw = object[field], !(raw is NSNull) else {
                if required {
                    throw fail("the field '\(field)' is missing. Give the expected entity ids, or [] for a name that must not match.")
                }
                return []
            }
            guard let array = raw as? [Any] else {
                throw fail("'\(field)' must be an array of entity ids like [\"ofac:49380\"]; found a \(describe(raw)).")
            }
            var result: [EntityID] = []
            for (position, element) in array.enumerated() {
                guard let text = element as? String else {
                    throw fail("'\(field)'[\(position)] must be a string entity id; found a \(describe(element)).")
                }
                guard let id = EntityID(text) else {
                    throw fail("'\(field)'[\(position)] '\(text)' is not an entity id of the form source:local, e.g. ofac:49380.")
                }
                result.append(id)
            }
            return result
        }

        let query = try string("query", required: true)!
        let expected = try ids("expected", required: true)
        let caseClass = try string("class", required: true)!
        var kind: EntityKind?
        if let text = try string("kind", required: false) {
            guard let parsed = EntityKind(rawValue: text) else {
                throw fail("'kind' '\(text)' is not one of \(EntityKind.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            kind = parsed
        }
        var dob: PartialDate?
        if let text = try string("dob", required: false) {
            guard let parsed = PartialDate(iso: text) else {
                throw fail("'dob' '\(text)' is not a date of the form 1970, 1970-06 or 1970-06-03.")
            }
            dob = parsed
        }
        return EvaluationCase(
            query: query, expected: expected, caseClass: caseClass, kind: kind, dob: dob,
            country: try string("country", required: false), exclude: try ids("exclude", required: false),
            note: try string("note", required: false))
    }

    private static func describe(_ value: Any) -> String {
        switch value {
        case is String: "string"
        case is [Any]: "array"
        case is [String: Any]: "object"
        case is NSNull: "null"
        case is NSNumber: "number or boolean"
        default: "value"
        }
    }
}

/// A problem with an evaluation case file: which file, which line, what is wrong and what to do.
public struct EvaluationCaseFileError: Error, Hashable, CustomStringConvertible {
    public var file: String
    /// 1-based; nil for a problem with the whole file.
    public var line: Int?
    public var problem: String

    public var description: String {
        if let line { return "\(file):\(line): \(problem)" }
        return "\(file): \(problem)"
    }
}
