import Foundation
import Testing

@testable import WatchlistArticles

struct ArticleEvaluationTests {
    @Test func aPersonWrittenInvertedInTheLabelsIsFoundButAnOrganizationsWordsMustKeepTheirOrder() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "article-evaluation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("""
            WASHINGTON, March 3, 2025 - The Treasury Department today sanctioned Gennadiy Viktorovich ORLOVSKY, a \
            Moscow businessman, and Bank Vostok Invest.
            """.utf8).write(to: directory.appending(path: "a.txt"))
        try Data("""
            {"entities": [
              {"name": "ORLOVSKY, Gennadiy Viktorovich", "kind": "person", "aliases": [], "authority": "US Treasury"},
              {"name": "Invest Bank Vostok", "kind": "organization", "aliases": [], "authority": "US Treasury"}],
             "delisted": []}
            """.utf8).write(to: directory.appending(path: "a.expected.json"))
        let evaluation = try ArticleEvaluation(directory: directory)
        #expect(evaluation.designations.found == 1)
        #expect(evaluation.articles.first?.missed == ["Invest Bank Vostok"])
        #expect(evaluation.articles.first?.spurious == ["Bank Vostok Invest"])
    }
}
