@testable import WatchlistArticles

/// What the extractor finds in `text`, read as a document of `format`.
func extract(_ text: String, format: ArticleDocument.Format = .plainText) -> ArticleExtraction {
    SanctionsExtractor().extract(from: ArticleDocument(name: "test", format: format, text: text))
}
