import Crypto
import Foundation
import WatchlistArticles
import WatchlistCore
import WatchlistParsers

/// The watchlist the CLI uses when none is given: the repository's `lists/` and the articles of `seeds/`,
/// compiled into the library. Article parties that are on the lists are linked to their listed entities.
public enum DefaultWatchlist {
    /// Reads the embedded list files and articles into a watchlist.
    public static func load() throws(ListReadError) -> Watchlist {
        var builder = WatchlistBuilder()
        for file in EmbeddedSources.files where file.isList {
            let data = file.data
            builder.add(try ListFileReader().read(data: data, documentName: file.path), name: file.path, sha256: digest(data))
        }
        for file in EmbeddedSources.files where file.isArticle {
            do throws(ArticleReadError) {
                builder.add(article: try ArticleDocument.read(data: file.data, name: file.path, format: ArticleDocument.Format(
                    pathExtension: (file.path as NSString).pathExtension)), sha256: digest(file.data))
            } catch {
                throw ListReadError(file: file.path, problem: .unreadable(error.description))
            }
        }
        return builder.build()
    }

    private static func digest(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// The embedded articles: repository path and text.
    public static var articles: [(path: String, text: String)] {
        EmbeddedSources.files.filter(\.isArticle).map { ($0.path, String(decoding: $0.data, as: UTF8.self)) }
    }
}
