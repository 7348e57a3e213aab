import Foundation
import Testing

/// `watchlist screen`: every input row once, in order, with its matches or its error.
struct ScreenCLITests {
    let cli = CLITests()

    private func temporaryFile(_ bytes: [UInt8], extension fileExtension: String = "csv") throws -> URL {
        let url = TestScratch.directory.appendingPathComponent("screen-\(UUID().uuidString).\(fileExtension)")
        try Data(bytes).write(to: url)
        return url
    }

    @Test func writesEveryRowInOrderWithItsMatchOrItsError() throws {
        var rows = "id,supplier_name,country\n"
        for number in 1...300 { rows += "\(number),\(number % 100 == 0 ? "Plant SVT" : "Ordinary Supplier \(number)"),DE\n" }
        var bytes = Array(rows.utf8)
        bytes += Array("301,".utf8) + [0x42, 0xFF, 0x0A] // invalid UTF-8 in the name
        bytes += Array("302,,DE\n303\n304,\"Baztube, LLC\",BY\n".utf8)
        let file = try temporaryFile(bytes)
        let run = try cli.run("screen", file.path)
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(lines.count == 305) // header + 304 rows
        #expect(lines[0] == "id,supplier_name,country,watchlist_score,watchlist_entity_id,watchlist_caption,watchlist_matched_name,watchlist_matches,watchlist_error")
        let ids: [String] = lines.dropFirst().map { line in String(line.prefix { $0 != "," }) }
        let expectedIDs: [String] = (1...304).map { String($0) }
        #expect(ids == expectedIDs)
        #expect(lines[100].hasPrefix("100,Plant SVT,DE,1.000,ofac:49507,"))
        #expect(lines[301].hasSuffix(",0,the name is not valid UTF-8"))
        #expect(lines[302].hasSuffix(",0,the name is empty"))
        #expect(lines[303].hasPrefix("303,,,,,,,0,the row has 1 fields"))
        #expect(lines[304].hasPrefix("304,\"Baztube, LLC\",BY,1.000,ofac:49419,"))
        #expect(run.stderr.contains("screening column 2 (\"supplier_name\")"))
        #expect(run.stderr.contains("screened 304 rows: 4 with a match, 3 errors"))
    }

    @Test func jsonLinesCarryTheRowItsIdAndTheCheckMatchObjects() throws {
        let file = try temporaryFile(Array("ref\tname\nA1\tKvand IS\nA2\tJane Doe\n".utf8), extension: "tsv")
        let run = try cli.run("screen", file.path, "--column", "name", "--id-column", "ref", "--format", "jsonl")
        #expect(run.status == 1)
        let objects = run.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(objects.map { $0["row"] as? Int } == [1, 2])
        #expect(objects.map { $0["id"] as? String } == ["A1", "A2"])
        let match = (objects.first?["matches"] as? [[String: Any]])?.first
        #expect(match?["entity_id"] as? String == "ofac:49533")
        #expect(match?["explanation"] != nil)
        #expect((objects.last?["matches"] as? [Any])?.isEmpty == true)
    }

    @Test func aMissingColumnStopsBeforeAnythingIsWritten() throws {
        let file = try temporaryFile(Array("id,vendor\n1,Plant SVT\n".utf8))
        let output = TestScratch.directory.appendingPathComponent("out-\(UUID().uuidString).csv")
        let run = try cli.run("screen", file.path, "--column", "supplier", "-o", output.path)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("the columns are: 1 \"id\", 2 \"vendor\""))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func noMatchExitsZeroAndWritesTheOutputFile() throws {
        let file = try temporaryFile(Array("name\nJane Doe\nAcme Widgets Ltd\n".utf8))
        let output = TestScratch.directory.appendingPathComponent("out-\(UUID().uuidString).json")
        let run = try cli.run("screen", file.path, "--format", "json", "-o", output.path)
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any]
        #expect(object?["format_version"] as? Int == 1)
        #expect((object?["rows"] as? [[String: Any]])?.count == 2)
    }

    @Test func aSecondRunReplacesTheOutputFileOfTheFirst() throws {
        let output = TestScratch.directory.appendingPathComponent("out-\(UUID().uuidString).csv")
        let first = try temporaryFile(Array("name\nJane Doe\n".utf8))
        #expect(try cli.run("screen", first.path, "-o", output.path).status == 0)
        let second = try temporaryFile(Array("name\nAcme Widgets Ltd\nJohn Roe\n".utf8))
        #expect(try cli.run("screen", second.path, "-o", output.path).status == 0)
        let written = try String(contentsOf: output, encoding: .utf8)
        #expect(written.contains("Acme Widgets Ltd"))
        #expect(!written.contains("Jane Doe"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
            .filter { $0.hasPrefix(".\(output.lastPathComponent)") }
        #expect(leftovers.isEmpty)
    }
}
