import Foundation
import WatchlistCore
import WatchlistParsers

/// Loads a watchlist from a path the user gives.
public enum WatchlistLoader {
    /// Reads a list file in any format `ListFileReader` knows into a watchlist.
    public static func load(fileURL: URL) throws(ListReadError) -> Watchlist {
        var builder = WatchlistBuilder()
        builder.add(try ListFileReader().read(fileURL: fileURL), name: fileURL.lastPathComponent)
        return builder.build()
    }
}
