import Foundation
import Testing
@testable import WatchlistArticles

struct ArticleDocumentTests {
    private func problem(_ data: Data) -> ArticleReadError.Problem? {
        do {
            _ = try ArticleDocument.read(data: data, name: "a.txt")
            return nil
        } catch {
            return error.problem
        }
    }

    @Test func emptyBinaryInvalidUTF8AndHugeInputAreRefusedWithTheirReason() {
        #expect(problem(Data("  \n\n".utf8)) == .empty)
        #expect(problem(Data([0x41, 0x00, 0x42])) == .binary)
        #expect(problem(Data([0x41, 0x42, 0xFF, 0x43])) == .invalidUTF8(byteOffset: 2))
        #expect(problem(Data(repeating: 0x41, count: ArticleDocument.maximumBytes + 1)) == .tooLarge(bytes: ArticleDocument.maximumBytes + 1))
    }

    @Test func theMessageNamesTheFileTheLineAndTheFix() throws {
        let error = ArticleReadError(file: "news/a.txt", line: 3, problem: .invalidUTF8(byteOffset: 17))
        #expect(error.description.hasPrefix("news/a.txt:3: "))
        #expect(error.description.contains("iconv"))
    }

    @Test func htmlKeepsTheArticleAndDropsScriptsNavigationAndAsides() throws {
        let html = """
            <!doctype html><html><head><title>T</title><script>var x = "Evrazia";</script></head>
            <body><nav><a href="/">Home</a> Sanctioned Shahed Aviation</nav>
            <article><h1>EU lists Iran Air</h1><p>The Council listed Iran Air &amp; Mahan Air.</p></article>
            <aside>Related: Shahed Aviation Industries</aside><footer>© News</footer></body></html>
            """
        let document = try ArticleDocument.read(data: Data(html.utf8), name: "a.html", format: .html)
        #expect(document.text.contains("The Council listed Iran Air & Mahan Air."))
        #expect(!document.text.contains("Evrazia"))
        #expect(!document.text.contains("Shahed"))
        #expect(!document.text.contains("©"))
    }

    @Test func markdownMarkupIsBlankedInPlaceSoOffsetsPointIntoTheFile() {
        let markdown = "# Head\n\n*Minsk* - The [State Department](https://state.gov) sanctioned **Plant SVT**."
        let text = MarkdownText.blankingMarkup(in: markdown)
        #expect(text.count == markdown.count)
        #expect(text.contains("State Department"))
        #expect(!text.contains("https"))
        #expect(!text.contains("*"))
    }
}
