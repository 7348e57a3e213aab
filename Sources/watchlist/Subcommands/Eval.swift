import ArgumentParser
import Foundation
import WatchlistMatching

/// `watchlist eval FILE.jsonl...`: how well matching does on labelled cases, next to a Jaro-Winkler baseline.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure matching on labelled cases: recall, top-1 accuracy and false positives per class.",
        discussion: """
            Each line of a case file is a JSON object: {"query": "...", "expected": ["ofac:49380"], "class": "typos"}, \
            with "expected": [] for a name that must not match, and optionally "kind", "dob", "country", \
            "exclude" (entity ids whose matches do not count) and "note". See eval/README.md.
            The baseline is plain Jaro-Winkler over whole normalized names, best name per entity, at the same \
            threshold (what OFAC's Sanctions List Search does). Evaluation is not screening: exits 0 whatever \
            the results, 2 on a usage or input error. Build in release mode for speed (swift build -c release).
            """)

    @Argument(help: "Case files (JSON Lines).")
    var files: [String]

    @OptionGroup var watchlistOptions: WatchlistOptions
    @OptionGroup var matchOptions: MatchOptions

    @Option(help: "Output format: text (a table per class) or json.")
    var format: OutputFormat = .text

    @Flag(help: "Skip the Jaro-Winkler baseline (it compares every listed name, so it is the slow part).")
    var noBaseline = false

    @Flag(help: "Also score every listed name for every case and report where that differs from the candidate index (it must not). Slow.")
    var checkIndex = false

    @Option(help: "List up to this many failed cases per class (text), or include every failure (json, when > 0).")
    var showFailures: Int = 0

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Give at least one case file.") }
        guard showFailures >= 0 else { throw ValidationError("--show-failures must be 0 or more.") }
    }

    func run() throws {
        var cases: [EvaluationCase] = []
        for file in files {
            do {
                cases += try EvaluationCaseFile.read(URL(fileURLWithPath: file))
            } catch {
                throw InputError(message: error.description)
            }
        }
        let watchlist = try watchlistOptions.load()
        let configuration = matchOptions.configuration
        let baseline = noBaseline
            ? nil : BaselineMatcher(entities: watchlist.entities, threshold: configuration.threshold, limit: configuration.limit)
        let matcher = KeptUntilExit.keep(watchlist.matcher(configuration: configuration))
        var bruteForce: Evaluator.Screen?
        if checkIndex {
            bruteForce = { evaluationCase in
                Evaluator.keeping(configuration.limit, of: evaluationCase) { wider in
                    matcher.matchesScoringEveryName(for: evaluationCase.screeningQuery, limit: wider).map(EvaluationHit.init)
                }
            }
        }
        let evaluator = Evaluator(matcher: matcher, baseline: baseline, bruteForce: bruteForce)
        var report = evaluator.evaluate(cases)

        switch format {
        case .text:
            print("watchlist: \(watchlistOptions.watchlist ?? "built-in") (\(watchlist.entities.count) entities)")
            print("cases: \(cases.count) from \(files.count) file\(files.count == 1 ? "" : "s"); threshold \(Self.decimal(configuration.threshold, 2)); algorithm \(WatchlistMatcher.algorithmVersion)")
            print("")
            Self.table(report).forEach { print($0) }
            print("")
            print(Self.timingLine(report.timing, cases: cases.count))
            if let check = report.indexCheck {
                print("index check: \(check.differing) of \(check.compared) cases differ from scoring every name")
            }
            if showFailures > 0 {
                Self.failureLines(report.failures, perClass: showFailures).forEach { print($0) }
            }
        case .json:
            if showFailures == 0 { report.failures = [] }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.keyEncodingStrategy = .convertToSnakeCase
            let object = JSONReport(algorithmVersion: WatchlistMatcher.algorithmVersion, watchlist: watchlistOptions.watchlist, report: report)
            print(String(decoding: try encoder.encode(object), as: UTF8.self))
        }
    }

    /// The JSON output: the report and what produced it.
    struct JSONReport: Encodable {
        var algorithmVersion: String
        var watchlist: String?
        var report: EvaluationReport
    }

    /// One row per class and a total row: cases, then recall, top-1 and false-positive rate, ours and baseline.
    static func table(_ report: EvaluationReport) -> [String] {
        let rows = report.classes + [report.total]
        let classWidth = max(5, rows.map(\.caseClass.count).max() ?? 0)
        let hasBaseline = report.total.baseline != nil
        func cell(_ value: Double?) -> String { pad(value.map { decimal($0, 3) } ?? "-", 6, left: true) }
        func pair(_ ours: Double?, _ base: Double?) -> String {
            hasBaseline ? cell(ours) + " " + cell(base) : cell(ours)
        }
        let groupWidth = hasBaseline ? 13 : 6
        var lines: [String] = []
        lines.append(pad("", classWidth + 10) + ["recall", "top-1", "false pos."].map { pad($0, groupWidth) }.joined(separator: "   "))
        lines.append(pad("class", classWidth) + "  " + pad("cases", 6, left: true) + "  "
            + Array(repeating: hasBaseline ? pad("ours", 6, left: true) + " " + pad("base", 6, left: true) : pad("ours", 6, left: true), count: 3)
            .joined(separator: "   "))
        for (index, row) in rows.enumerated() {
            if index == rows.count - 1 { lines.append(String(repeating: "-", count: lines[1].count)) }
            let base = row.baseline
            lines.append(pad(row.caseClass, classWidth) + "  " + pad(String(row.count), 6, left: true) + "  "
                + [
                    pair(row.system.recall, base?.recall), pair(row.system.topOneAccuracy, base?.topOneAccuracy),
                    pair(row.system.falsePositiveRate, base?.falsePositiveRate),
                ].joined(separator: "   "))
        }
        return lines
    }

    static func timingLine(_ timing: EvaluationReport.Timing, cases: Int) -> String {
        func rate(_ seconds: Double) -> String {
            "\(decimal(seconds, 2)) s (\(Int((Double(cases) / max(seconds, 1e-9)).rounded())) queries/s)"
        }
        var line = "time (all cores): ours \(rate(timing.systemSeconds))"
        if let baseline = timing.baselineSeconds { line += ", baseline \(rate(baseline))" }
        return line
    }

    static func failureLines(_ failures: [EvaluationReport.Failure], perClass: Int) -> [String] {
        var shown: [String: Int] = [:]
        var lines = ["", "failures (at most \(perClass) per class):"]
        for failure in failures where shown[failure.caseClass, default: 0] < perClass {
            shown[failure.caseClass, default: 0] += 1
            let hits = failure.hits.map { "\($0.entityID) \(decimal($0.score, 3))" }.joined(separator: ", ")
            lines.append(
                "  \(failure.location ?? "-") [\(failure.caseClass)] \(failure.outcome.rawValue): \"\(failure.query)\" "
                    + "expected \(failure.expected.map(\.rawValue).joined(separator: " ")); got \(hits.isEmpty ? "nothing" : hits)")
        }
        return lines
    }

    static func decimal(_ value: Double, _ places: Int) -> String {
        String(format: "%.\(places)f", value)
    }

    static func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return left ? padding + text : text + padding
    }
}
