import Foundation
import Testing

/// `watchlist extract` and `watchlist build --article`.
struct ExtractCLITests {
    let cli = CLITests()
    static let repository = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../..").standardized

    private func temporaryFile(_ data: Data, extension fileExtension: String) throws -> URL {
        let url = TestScratch.directory.appendingPathComponent("article-\(UUID().uuidString).\(fileExtension)")
        try data.write(to: url)
        return url
    }

    @Test func printsTheSanctionedPartiesOfAnArticleAsJSON() throws {
        let article = try temporaryFile(Data("""
            The State Department on 12 June 2024 sanctioned Plant SVT, a Minsk production enterprise, and its \
            director, Valyantsin Miklashevich, for supporting Russia's military.
            """.utf8), extension: "txt")
        let run = try cli.run("extract", article.path, "--format", "json")
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(object?["format_version"] as? Int == 1)
        let documents = object?["documents"] as? [[String: Any]]
        let entities = documents?.first?["entities"] as? [[String: Any]]
        #expect(entities?.map { $0["name"] as? String } == ["Plant SVT", "Valyantsin Miklashevich"])
        #expect(entities?.last?["related_to"] as? String == "Plant SVT")
        #expect(entities?.first?["country"] as? String == "BY")
        #expect(entities?.first?["date"] as? String == "2024-06-12")
    }

    @Test func aFileThatIsNotAnArticleStopsTheRunWithExitTwoAndNoOutput() throws {
        let good = try temporaryFile(Data("OFAC designated Acme Trading LLC.".utf8), extension: "txt")
        let binary = try temporaryFile(Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]), extension: "txt")
        let run = try cli.run("extract", good.path, binary.path)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains(binary.path))
        #expect(run.stderr.contains("binary"))
    }

    @Test func buildLinksArticlePartiesToTheListedEntities() throws {
        let output = TestScratch.directory.appendingPathComponent("w-\(UUID().uuidString).db")
        let build = try cli.run(
            "build", Self.repository.appending(path: "lists/ofac_sdn_belarus_2024-06-12.xml").path,
            "--article", Self.repository.appending(path: "seeds").path, "-o", output.path)
        #expect(build.status == 0)
        #expect(build.stdout.contains("wrote \(output.path): 6 entities from 2 sources"))
        let check = try cli.run("check", "Baztube", "--watchlist", output.path)
        #expect(check.status == 1)
        #expect(check.stdout.contains("ofac:49419"))
        #expect(check.stdout.contains("[OFAC, article]"))
    }
}
