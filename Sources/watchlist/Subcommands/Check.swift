import ArgumentParser
import WatchlistMatching

/// `watchlist check NAME...`: screens names given on the command line.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Screen one or more names against the watchlist.",
        discussion: """
            Prints every listed entity scoring at or above the threshold, with the name that matched and why.
            Exits 1 when any name matched, 0 when none did, 2 on a usage or input error.
            """)

    @Argument(help: "The names to screen; quote a name with spaces.")
    var names: [String]

    @OptionGroup var watchlistOptions: WatchlistOptions
    @OptionGroup var matchOptions: MatchOptions
    @OptionGroup var qualifiers: QualifierOptions

    @Option(help: "Output format: text or json (the versioned contract in docs/json-output.md).")
    var format: OutputFormat = .text

    func validate() throws {
        guard !names.isEmpty else { throw ValidationError("Give at least one name to screen.") }
    }

    func run() throws {
        for (offset, name) in names.enumerated() {
            try QueryValidation.check(name, position: offset + 1)
        }
        let matcher = KeptUntilExit.keep(try watchlistOptions.load().matcher(configuration: matchOptions.configuration))
        let results = names.map { name in (name, matcher.matches(for: qualifiers.query(name: name))) }

        switch format {
        case .text:
            for (name, matches) in results {
                TextFormatter.lines(query: name, matches: matches, threshold: matchOptions.threshold, showQuery: names.count > 1)
                    .forEach { print($0) }
            }
        case .json:
            let report = CheckReport(
                algorithmVersion: WatchlistMatcher.algorithmVersion, threshold: matchOptions.threshold,
                results: results.map { .init(query: $0.0, matches: $0.1.map(CheckReport.MatchObject.init)) })
            print(try report.encoded())
        }
        if results.contains(where: { !$0.1.isEmpty }) { throw ExitCode.matchFound }
    }
}
