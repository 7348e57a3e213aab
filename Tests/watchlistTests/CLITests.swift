import Foundation
import Testing

/// Runs the built `watchlist` binary the way a user or a CI job does, and checks exit codes and output.
struct CLITests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `watchlist` executable built next to this test bundle.
    static var executable: URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // On Linux the test runner is `<build>/<config>/<package>PackageTests.xctest`; on macOS it sits inside
        // the .xctest bundle, a few levels further down.
        for _ in 0..<4 where !FileManager.default.fileExists(atPath: directory.appendingPathComponent("watchlist").path) {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("watchlist")
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("WatchlistParsersTests/Fixtures")

    func run(_ arguments: String...) throws -> Run {
        try run(arguments)
    }

    func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func matchExitsOneAndShowsScoreCaptionIDProgramAndWhy() throws {
        let result = try run("check", "Miklashevich")
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("HIT 0.") == true)
        #expect(result.stdout.contains("Valyantsin Alfredavich MIKLASHEVICH  person  ofac:49380  RUSSIA-EO14024"))
        #expect(result.stdout.contains(#""Miklashevich" ~ "MIKLASHEVICH" (surname, exact)"#))
    }

    @Test(arguments: [("Tehnolit", "ofac:49399"), ("BRT", "ofac:49424"), ("Kvand IS", "ofac:49533")])
    func findsTheOtherDesignations(name: String, id: String) throws {
        let result = try run("check", name)
        #expect(result.status == 1)
        #expect(result.stdout.contains(id))
    }

    @Test func noMatchExitsZeroAndSaysTheThreshold() throws {
        let result = try run("check", "John Smith")
        #expect(result.status == 0)
        #expect(result.stdout == "no match at threshold 0.80\n")
    }

    @Test func unknownOptionExitsTwoWithUsage() throws {
        let result = try run("check", "--no-such-option", "x")
        #expect(result.status == 2)
        #expect(result.stderr.contains("Usage: watchlist check"))
    }

    @Test(arguments: [["check"], ["check", "x", "--threshold", "1.5"], ["check", "x", "--limit", "0"], ["nonsense"]])
    func argumentErrorsExitTwo(arguments: [String]) throws {
        let process = try run(arguments)
        #expect(process.status == 2)
        #expect(!process.stderr.isEmpty)
    }

    @Test func emptyNameIsAnInputErrorThatDoesNotEchoOtherNames() throws {
        let result = try run("check", "Jane Private", "  ")
        #expect(result.status == 2)
        #expect(result.stderr.contains("name 2 is empty"))
        #expect(!result.stderr.contains("Jane Private"))
        #expect(result.stdout.isEmpty)
    }

    @Test func overlongNameIsAnInputError() throws {
        let result = try run("check", String(repeating: "a", count: 100_000))
        #expect(result.status == 2)
        #expect(result.stderr.contains("the limit is 1000"))
    }

    @Test func jsonOutputFollowsTheVersionedContract() throws {
        let result = try run("check", "Miklashevich", "John Smith", "--format", "json")
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["format_version"] as? Int == 1)
        #expect(object["threshold"] as? Double == 0.8)
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(results.map { $0["query"] as? String } == ["Miklashevich", "John Smith"])
        let matches = try #require(results[0]["matches"] as? [[String: Any]])
        let match = try #require(matches.first)
        #expect(match["entity_id"] as? String == "ofac:49380")
        #expect(match["kind"] as? String == "person")
        #expect(match["caption"] as? String == "Valyantsin Alfredavich MIKLASHEVICH")
        #expect((match["matched_name"] as? String)?.hasPrefix("MIKLASHEVICH") == true)
        #expect((match["score"] as? Double).map { $0 > 0.8 && $0 <= 1 } == true)
        let explanation = try #require(match["explanation"] as? [String: Any])
        let tokens = try #require(explanation["tokens"] as? [[String: Any]])
        #expect(tokens.first?["role"] as? String == "family")
        #expect((results[1]["matches"] as? [Any])?.isEmpty == true)
    }

    @Test func watchlistOptionReadsAListFile() throws {
        let list = Self.fixtures.appendingPathComponent("ofac_sdn_legacy_sample.xml").path
        let hit = try run("check", "Bank Mellat", "--watchlist", list)
        #expect(hit.status == 1)
        #expect(hit.stdout.contains("ofac:15037"))
        let miss = try run("check", "Miklashevich Valyantsin", "--watchlist", list)
        #expect(miss.status == 0)
    }

    @Test func unreadableWatchlistExitsTwoNamingTheFileAndLine() throws {
        let broken = Self.fixtures.appendingPathComponent("invalid/mismatched_tag.xml").path
        let result = try run("check", "x", "--watchlist", broken)
        #expect(result.status == 2)
        #expect(result.stderr.contains("mismatched_tag.xml:5"))
        #expect(result.stdout.isEmpty)
        let missing = try run("check", "x", "--watchlist", "/nonexistent/list.xml")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/list.xml"))
    }

    @Test func helpListsEveryOptionOfCheck() throws {
        let result = try run("check", "--help")
        #expect(result.status == 0)
        for option in ["--watchlist", "--threshold", "--limit", "--format"] {
            #expect(result.stdout.contains(option))
        }
    }

    @Test func worksFromAnyWorkingDirectory() throws {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["check", "Kvand IS"]
        process.currentDirectoryURL = TestScratch.directory
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
    }
}
