import Foundation
import WatchlistCore
import WatchlistParsers

/// The watchlist the CLI uses when none is given: the repository's `lists/` compiled into the library.
///
/// The articles in `seeds/` are embedded too (`articles`); they join the default watchlist once the article
/// extractor can read them.
public enum DefaultWatchlist {
    /// Reads the embedded list files into a watchlist.
    public static func load() throws(ListReadError) -> Watchlist {
        var builder = WatchlistBuilder()
        for file in EmbeddedSources.files where file.isList {
            builder.add(try ListFileReader().read(data: file.data, documentName: file.path), name: file.path)
        }
        return builder.build()
    }

    /// The embedded articles: repository path and text.
    public static var articles: [(path: String, text: String)] {
        EmbeddedSources.files.filter(\.isArticle).map { ($0.path, String(decoding: $0.data, as: UTF8.self)) }
    }
}
