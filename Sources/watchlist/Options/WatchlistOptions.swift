import ArgumentParser
import Foundation
import WatchlistParsers
import WatchlistStore

/// `--watchlist PATH`, shared by the commands that screen.
struct WatchlistOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "A compiled watchlist (from 'watchlist build') or a list file. Default: the built-in watchlist.",
            valueName: "path"))
    var watchlist: String?

    /// Loads the chosen watchlist, turning read errors into input errors.
    func load() throws(InputError) -> Watchlist {
        try Self.load(path: watchlist)
    }

    /// Loads the watchlist at `path`, or the built-in one when nil.
    static func load(path: String?) throws(InputError) -> Watchlist {
        do {
            if let watchlist = path {
                return try WatchlistLoader.load(fileURL: URL(fileURLWithPath: watchlist))
            }
            return try DefaultWatchlist.load()
        } catch {
            throw InputError(message: "\(error)")
        }
    }
}
