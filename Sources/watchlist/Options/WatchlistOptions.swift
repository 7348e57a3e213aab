import ArgumentParser
import Foundation
import WatchlistParsers
import WatchlistStore

/// `--watchlist PATH`, shared by the commands that screen.
struct WatchlistOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "A list file to screen against (OFAC SDN/Consolidated XML). Default: the built-in watchlist.",
            valueName: "path"))
    var watchlist: String?

    /// Loads the chosen watchlist, turning read errors into input errors.
    func load() throws(InputError) -> Watchlist {
        do {
            if let watchlist {
                return try WatchlistLoader.load(fileURL: URL(fileURLWithPath: watchlist))
            }
            return try DefaultWatchlist.load()
        } catch {
            throw InputError(message: error.description)
        }
    }
}
