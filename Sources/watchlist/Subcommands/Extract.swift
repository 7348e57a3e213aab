import ArgumentParser
import Foundation
import WatchlistArticles
import WatchlistCore

/// `watchlist extract FILE...`: the parties articles report as sanctioned; `--eval DIR`: precision and
/// recall on labelled articles.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the parties news articles and press releases report as sanctioned.",
        discussion: """
            Reads plain text, Markdown or HTML (by extension; '-' reads standard input) and prints, per \
            document, each party the text says was sanctioned, designated, blocked or added to a list, with \
            its kind, aliases, role, country, authority, date and the sentence that says so. Parties the text \
            reports as delisted are listed apart. With --eval DIR, scores the extractor on the labelled \
            articles in DIR (NAME.txt|md|html with NAME.expected.json). Every file is read before anything \
            is printed: a file that cannot be read stops the run with exit code 2 and no output.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Article files (.txt, .md, .html), or - for standard input.")
    var files: [String] = []

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(name: .customLong("eval"), help: ArgumentHelp("Score the extractor on the labelled articles in this folder.", valueName: "dir"))
    var evaluationDirectory: String?

    func validate() throws {
        if evaluationDirectory == nil, files.isEmpty { throw ValidationError("Give one or more article files, or --eval DIR.") }
        if evaluationDirectory != nil, !files.isEmpty { throw ValidationError("Give either article files or --eval DIR, not both.") }
    }

    func run() throws {
        if let evaluationDirectory {
            try evaluate(URL(filePath: evaluationDirectory))
            return
        }
        let documents = try files.map(Self.read)
        let extractor = SanctionsExtractor()
        let extractions = documents.map(extractor.extract)
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let output = ExtractOutput(extractions: extractions)
            print(String(decoding: try encoder.encode(output), as: UTF8.self))
        case .text:
            for extraction in extractions { print(Self.text(of: extraction)) }
        }
    }

    static func read(_ file: String) throws -> ArticleDocument {
        do {
            if file == "-" {
                return try ArticleDocument.read(data: FileHandle.standardInput.readDataToEndOfFile(), name: "-")
            }
            var document = try ArticleDocument.read(fileURL: URL(filePath: file))
            document.name = file
            return document
        } catch let error as ArticleReadError {
            throw InputError(message: error.description)
        }
    }

    static func text(of extraction: ArticleExtraction) -> String {
        var lines = ["\(extraction.file): \(extraction.entities.count) sanctioned, \(extraction.delisted.count) delisted"]
        func describe(_ party: ExtractedParty, _ number: Int) {
            var facts = [party.kind.rawValue]
            if !party.aliases.isEmpty { facts.append("a.k.a. " + party.aliases.joined(separator: "; ")) }
            if let role = party.role { facts.append(role + (party.relatedTo.map { " of " + $0 } ?? "")) }
            if let country = party.country { facts.append(country) }
            if !party.identifiers.isEmpty { facts.append(party.identifiers.joined(separator: ", ")) }
            facts.append("by " + (party.authority ?? "an authority the text does not name"))
            if let date = party.date { facts.append("on \(date)") }
            lines.append("  \(number). \(party.name) (\(facts.joined(separator: ", ")))")
            let evidence = party.evidence.split(whereSeparator: \.isNewline).joined(separator: " ")
            lines.append("     \"\(evidence)\" [\(party.span.lowerBound)..<\(party.span.upperBound)]")
        }
        for (offset, party) in extraction.entities.enumerated() { describe(party, offset + 1) }
        if !extraction.delisted.isEmpty {
            lines.append("  delisted:")
            for (offset, party) in extraction.delisted.enumerated() { describe(party, offset + 1) }
        }
        return lines.joined(separator: "\n")
    }

    private func evaluate(_ directory: URL) throws {
        let evaluation: ArticleEvaluation
        do {
            evaluation = try ArticleEvaluation(directory: directory)
        } catch let error as ArticleReadError {
            throw InputError(message: error.description)
        } catch {
            throw InputError(message: "\(directory.path): cannot evaluate: \(error.localizedDescription)")
        }
        func percent(_ value: Double) -> String { String(format: "%.3f", value) }
        for article in evaluation.articles {
            let counts = article.designations
            print("\(article.file): expected \(counts.expected), extracted \(counts.extracted), found \(counts.found); delisted expected \(article.delistings.expected), found \(article.delistings.found)")
            for name in article.missed { print("  missed:   \(name)") }
            for name in article.spurious { print("  spurious: \(name)") }
        }
        for (label, counts) in [("designations", evaluation.designations), ("delistings", evaluation.delistings)] {
            print("\(label): \(evaluation.articles.count) articles, expected \(counts.expected), extracted \(counts.extracted), found \(counts.found); precision \(percent(counts.precision)), recall \(percent(counts.recall)), F1 \(percent(counts.f1)); of found, kind right \(counts.kindCorrect), authority right \(counts.authorityCorrect)")
        }
    }
}

/// The JSON of `watchlist extract --format json` (docs/json-output.md).
struct ExtractOutput: Encodable {
    var formatVersion = 1
    var documents: [ArticleExtraction]

    init(extractions: [ArticleExtraction]) { documents = extractions }

    private enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version", documents
    }
}
