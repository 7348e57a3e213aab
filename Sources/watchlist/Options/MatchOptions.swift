import ArgumentParser
import WatchlistMatching

/// `--threshold`, `--limit` and `--no-same-party`, shared by the commands that screen.
struct MatchOptions: ParsableArguments {
    @Option(help: "Report matches scoring at least this, 0...1. Default 0.80.")
    var threshold: Double = MatchConfiguration.standard.threshold

    @Option(help: "Report at most this many matches per name, best first.")
    var limit: Int = MatchConfiguration.standard.limit

    @Flag(help: "Report only entities whose own names match, not the other lists' records of the same party that a compiled watchlist links to them.")
    var noSameParty = false

    func validate() throws {
        guard (0...1).contains(threshold) else { throw ValidationError("--threshold must be between 0 and 1.") }
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1.") }
    }

    var configuration: MatchConfiguration {
        var configuration = MatchConfiguration.standard
        configuration.threshold = threshold
        configuration.limit = limit
        configuration.reportsSameParty = !noSameParty
        return configuration
    }
}
