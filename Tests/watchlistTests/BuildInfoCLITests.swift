import Foundation
import Testing

/// `watchlist build` and `watchlist info`, run as a user would.
struct BuildInfoCLITests {
    let cli = CLITests()

    private func temporaryDirectory() throws -> URL {
        let directory = TestScratch.directory.appendingPathComponent("watchlist-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test func buildsAWatchlistThatCheckAndInfoRead() throws {
        let output = try temporaryDirectory().appendingPathComponent("list.db").path
        let sources = CLITests.fixtures.appendingPathComponent("ofac_sdn_legacy_sample.xml").path
        let build = try cli.run(["build", sources, "-o", output])
        #expect(build.status == 0)
        #expect(build.stdout.contains("read ofac_sdn_legacy_sample.xml: ofac-sdn-xml, 3 entities"))
        let check = try cli.run(["check", "Bank Mellat", "--watchlist", output])
        #expect(check.status == 1)
        let info = try cli.run(["info", output, "--max-age-days", "100000"])
        #expect(info.status == 0)
        #expect(info.stdout.contains("entities: 3 (organization 1, person 1, vessel 1)"))
        #expect(info.stdout.contains("sha256: "))
        #expect(info.stdout.contains("published: 2020-04-22"))
        #expect(!info.stdout.contains("WARNING"))
    }

    @Test func aHitReportsTheSamePartysRecordsOnTheOtherListsOfTheBuild() throws {
        // Petr Petrovich MIKLASHEVICH is in the OFAC, OFSI, UK and Canada samples; only OFAC's record holds
        // the weak alias PETYA.
        let output = try temporaryDirectory().appendingPathComponent("list.db").path
        let sources = ["ofac_sdn_legacy_sample.xml", "uk/ofsi_conlist_2022format_sample.xml", "uk/uk_sanctions_list_sample.xml",
            "ca/sema_sample.xml"].map { CLITests.fixtures.appendingPathComponent($0).path }
        #expect(try cli.run(["build"] + sources + ["-o", output]).status == 0)
        let info = try cli.run(["info", output, "--max-age-days", "100000"])
        #expect(info.stdout.contains("linked: 6 entities, to the same party's record on another list"))

        let check = try cli.run(["check", "PETYA", "--watchlist", output, "--format", "json"])
        #expect(check.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let results = try #require(object["results"] as? [[String: Any]])
        let matches = try #require(results.first?["matches"] as? [[String: Any]])
        #expect(matches.compactMap { $0["entity_id"] as? String } == ["ofac:10136", "ca:belarus-1-part-1-55", "ofsi:13925", "uk:BEL0011"])
        #expect(matches.first?["same_party_as"] == nil)
        #expect(matches.dropFirst().allSatisfy { $0["same_party_as"] as? String == "ofac:10136" && $0["matched_name"] as? String == "PETYA" })

        let text = try cli.run(["check", "PETYA", "--watchlist", output])
        #expect(text.stdout.contains("same party as ofac:10136, its weak alias \"PETYA\""))
        let alone = try cli.run(["check", "PETYA", "--watchlist", output, "--no-same-party", "--format", "json"])
        #expect(alone.stdout.components(separatedBy: "\"entity_id\"").count == 2)
    }

    @Test func infoWarnsAboutAnOldList() throws {
        let info = try cli.run(["info", "--max-age-days", "30"])
        #expect(info.status == 0)
        #expect(info.stdout.contains("WARNING: published"))
    }

    @Test func malformedSourceFailsTheBuildAndWritesNothing() throws {
        let directory = try temporaryDirectory()
        let output = directory.appendingPathComponent("list.db")
        try Data("previous".utf8).write(to: output)
        let broken = CLITests.fixtures.appendingPathComponent("invalid/truncated.xml").path
        let build = try cli.run(["build", broken, "-o", output.path])
        #expect(build.status == 2)
        #expect(build.stderr.contains("truncated.xml"))
        #expect(try Data(contentsOf: output) == Data("previous".utf8))
    }

    @Test func keepGoingSkipsAndReportsUnreadableSources() throws {
        let output = try temporaryDirectory().appendingPathComponent("list.db").path
        let good = CLITests.fixtures.appendingPathComponent("ofac_sdn_legacy_sample.xml").path
        let broken = CLITests.fixtures.appendingPathComponent("invalid/unknown_root.xml").path
        let build = try cli.run(["build", good, broken, "-o", output, "--keep-going"])
        #expect(build.status == 0)
        #expect(build.stdout.contains("skipped"))
        #expect(build.stdout.contains("unknown_root.xml"))
    }

    @Test func missingSourceIsAnInputError() throws {
        let build = try cli.run(["build", "/nonexistent/SDN.XML", "-o", "/tmp/never.db"])
        #expect(build.status == 2)
        #expect(build.stderr.contains("/nonexistent/SDN.XML: no such file or folder"))
    }
}
