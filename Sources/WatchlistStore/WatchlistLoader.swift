import Foundation
import WatchlistCore
import WatchlistParsers

/// Loads a watchlist from a path the user gives: a compiled watchlist (`watchlist build`) or a list file.
public enum WatchlistLoader {
    /// Reads a compiled watchlist, or a single list file in any format `ListFileReader` knows.
    public static func load(fileURL: URL) throws(WatchlistLoadError) -> Watchlist {
        if CompiledWatchlistFile.isCompiledWatchlist(fileURL) {
            do {
                return try CompiledWatchlistFile.read(from: fileURL)
            } catch {
                throw .store(error)
            }
        }
        var builder = WatchlistBuilder()
        do {
            try builder.add(fileURL: fileURL)
        } catch {
            throw .list(error)
        }
        return builder.build()
    }
}

/// Why a watchlist could not be loaded.
public enum WatchlistLoadError: Error, Sendable, CustomStringConvertible {
    case list(ListReadError)
    case store(WatchlistStoreError)

    public var description: String {
        switch self {
        case .list(let error): error.description
        case .store(let error): error.description
        }
    }
}
