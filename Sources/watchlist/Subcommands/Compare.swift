import ArgumentParser
import Foundation
import WatchlistCore
import WatchlistMatching
import WatchlistParsers

/// `watchlist compare "NAME A" "NAME B"`: the score of B as a listed name for the query A, explained;
/// `watchlist compare --pairs FILE.csv`: one score per row, in order.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score one name against another and explain the score.",
        discussion: """
            Prints the score NAME B gets as a listed name when NAME A is screened, with each word pairing and \
            rule, whether or not it reaches the threshold. With --pairs, reads a CSV file with the header \
            name1,name2[,kind] and prints one result per row, in order, as CSV (query,listed,kind,score,summary) \
            or JSON Lines. Exits 1 when any score reaches the threshold, 0 when none does, 2 on a usage or input \
            error (nothing is printed then).
            """)

    /// Output formats: text and json for one pair, csv and jsonl for a pairs file.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv, jsonl
    }

    @Argument(help: "The query (NAME A) and the listed name (NAME B).")
    var names: [String] = []

    @Option(help: ArgumentHelp("A CSV file of pairs: header name1,name2[,kind].", valueName: "file"))
    var pairs: String?

    @Option(help: "Read NAME B as the name of this kind of entity (person, organization, vessel, aircraft). Default: the better of person and organization.")
    var kind: EntityKind?

    @Option(help: "The score that counts as a match for the exit code, 0...1. Default 0.80.")
    var threshold: Double = MatchConfiguration.standard.threshold

    @Option(help: "Output format: text or json for one pair (default text); csv or jsonl for --pairs (default csv).")
    var format: Format?

    func validate() throws {
        guard (0...1).contains(threshold) else { throw ValidationError("--threshold must be between 0 and 1.") }
        if pairs != nil {
            guard names.isEmpty else { throw ValidationError("Give either two names or --pairs FILE, not both.") }
            if let format, format != .csv, format != .jsonl { throw ValidationError("--pairs prints csv or jsonl.") }
            guard kind == nil else { throw ValidationError("With --pairs, give each pair's kind in the file's kind column.") }
        } else {
            guard names.count == 2 else { throw ValidationError("Give exactly two names: the query and the listed name.") }
            if let format, format != .text, format != .json { throw ValidationError("One pair prints text or json.") }
        }
    }

    func run() throws {
        var configuration = MatchConfiguration.standard
        configuration.threshold = threshold
        let comparer = NameComparer(configuration: configuration)
        if let pairs {
            try comparePairs(file: pairs, comparer: comparer)
            return
        }
        for (offset, name) in names.enumerated() { try QueryValidation.check(name, position: offset + 1) }
        let comparison = comparer.compare(query: names[0], listed: names[1], kind: kind)
        let result = PairResult(query: names[0], listed: names[1], kind: kind, comparison: comparison)
        switch format ?? .text {
        case .json: print(try result.json(pretty: true))
        default:
            print("\(Self.decimal(comparison.score))  \"\(names[1])\" for query \"\(names[0])\"\(kind.map { " (\($0.rawValue))" } ?? "")")
            if let explanation = comparison.explanation {
                print("       \(explanation.summary)")
            } else {
                print("       no word of the query pairs with a word of the name")
            }
        }
        if comparison.score >= threshold { throw ExitCode.matchFound }
    }

    private func comparePairs(file: String, comparer: NameComparer) throws {
        let rows: [NamePairsFile.Pair]
        do {
            rows = try NamePairsFile.read(URL(fileURLWithPath: file))
        } catch {
            throw InputError(message: error.description)
        }
        for row in rows {
            for (index, name) in [row.query, row.listed].enumerated() where name.unicodeScalars.count > QueryValidation.maximumLength {
                throw InputError(message: "\(file):\(row.line): name\(index + 1) is longer than \(QueryValidation.maximumLength) characters.")
            }
        }
        // Everything is read and checked before the first line is printed.
        let results = rows.map { row in
            PairResult(query: row.query, listed: row.listed, kind: row.kind, comparison: comparer.compare(query: row.query, listed: row.listed, kind: row.kind))
        }
        var output = ""
        if (format ?? .csv) == .csv {
            output += "query,listed,kind,score,summary\n"
            for result in results {
                output += [result.query, result.listed, result.kind ?? "", Self.decimal(result.score), result.summary ?? ""]
                    .map(Self.csvField).joined(separator: ",") + "\n"
            }
        } else {
            for result in results { output += try result.json(pretty: false) + "\n" }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        if results.contains(where: { $0.score >= threshold }) { throw ExitCode.matchFound }
    }

    static func decimal(_ value: Double) -> String { String(format: "%.3f", value) }

    /// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
    static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One compared pair in the JSON shape documented in docs/json-output.md.
    struct PairResult: Encodable {
        var formatVersion = CheckReport.formatVersion
        var algorithmVersion = WatchlistMatcher.algorithmVersion
        var query: String
        var listed: String
        var kind: String?
        var score: Double
        var explanation: CheckReport.Explanation?
        var summary: String? { explanation?.summary }

        enum CodingKeys: String, CodingKey {
            case formatVersion = "format_version"
            case algorithmVersion = "algorithm_version"
            case query, listed, kind, score, explanation
        }

        init(query: String, listed: String, kind: EntityKind?, comparison: NameComparison) {
            self.query = query
            self.listed = listed
            self.kind = kind?.rawValue
            self.score = comparison.score
            self.explanation = comparison.explanation.map(CheckReport.Explanation.init)
        }

        func json(pretty: Bool) throws -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(self), as: UTF8.self)
        }
    }
}

