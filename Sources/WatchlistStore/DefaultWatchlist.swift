import Crypto
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
            let data = file.data
            let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
            builder.add(try ListFileReader().read(data: data, documentName: file.path), name: file.path, sha256: digest)
        }
        return builder.build()
    }

    /// The embedded articles: repository path and text.
    public static var articles: [(path: String, text: String)] {
        EmbeddedSources.files.filter(\.isArticle).map { ($0.path, String(decoding: $0.data, as: UTF8.self)) }
    }
}
