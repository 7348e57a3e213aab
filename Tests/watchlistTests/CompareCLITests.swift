import Foundation
import Testing

/// `watchlist compare`: one pair explained, or a CSV file of pairs scored in order.
struct CompareCLITests {
    let cli = CLITests()

    private func temporaryFile(_ text: String) throws -> URL {
        let url = TestScratch.directory.appendingPathComponent("pairs-\(UUID().uuidString).csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func explainsWhyOneNameMatchesAnotherAndExitsOne() throws {
        let run = try cli.run("compare", "Valentin Miklashevich", "MIKLASHEVICH, Valyantsin Alfredavich", "--kind", "person")
        #expect(run.status == 1)
        #expect(run.stdout.contains("\"Valentin\" ~ \"Valyantsin\""))
        #expect(run.stdout.contains("not in query: Alfredavich"))
    }

    @Test func aSharedGivenNameAloneStaysBelowTheThresholdAndExitsZero() throws {
        let run = try cli.run("compare", "George Bush", "HABBASH, George", "--kind", "person", "--format", "json")
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(object?["format_version"] as? Int == 1)
        #expect((object?["score"] as? Double ?? 1) < 0.8)
        let explanation = object?["explanation"] as? [String: Any]
        #expect(explanation?["unmatched_query"] as? [String] == ["Bush"])
    }

    @Test func scoresEveryPairOfAFileInOrder() throws {
        let file = try temporaryFile("name1,name2,kind\nTehnolit,TEKHNOLIT OOO,organization\n\"Smith, John\",Maria Garcia,\n")
        let run = try cli.run("compare", "--pairs", file.path)
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0] == "query,listed,kind,score,summary")
        #expect(lines[1].hasPrefix("Tehnolit,TEKHNOLIT OOO,organization,0.9"))
        #expect(lines[2].hasPrefix("\"Smith, John\",Maria Garcia,,0.000,"))

        let jsonl = try cli.run("compare", "--pairs", file.path, "--format", "jsonl")
        let objects = jsonl.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(objects.map { $0["query"] as? String } == ["Tehnolit", "Smith, John"])
    }

    @Test func aRaggedRowStopsTheRunBeforeAnyOutput() throws {
        let file = try temporaryFile("name1,name2\nTehnolit,TEKHNOLIT\nA,B,C\n")
        let run = try cli.run("compare", "--pairs", file.path)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains(":3: row 3 has 3 fields"))
    }

    @Test func aPairsFileThatIsNotUTF8NamesTheRowAndTheFix() throws {
        let url = TestScratch.directory.appendingPathComponent("pairs-\(UUID().uuidString).csv")
        try Data("name1,name2\nTehnolit,TEKHNOLIT\nAb\u{FF}".utf8.map { $0 == 0xC3 ? 0xFF : $0 }).write(to: url)
        let run = try cli.run("compare", "--pairs", url.path)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("\(url.path):3"))
        #expect(run.stderr.contains("save the file as UTF-8"))
    }

    @Test func aWrongHeaderIsAnInputError() throws {
        let file = try temporaryFile("query,listed\nA,B\n")
        let run = try cli.run("compare", "--pairs", file.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains("name1,name2"))
    }
}
