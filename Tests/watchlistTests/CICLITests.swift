import Foundation
import FoundationXML
import Testing

/// `watchlist ci`: fails on uncleared matches, passes once a reviewer cleared them, and speaks JUnit,
/// SARIF and GitHub annotations.
struct CICLITests {
    let cli = CLITests()

    private func temporaryFile(_ text: String, extension fileExtension: String) throws -> URL {
        let url = TestScratch.directory.appendingPathComponent("ci-\(UUID().uuidString).\(fileExtension)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    private let suppliers = "id,supplier_name\nS1,Plant SVT\nS2,Acme Widgets Ltd\nS3,Kvand IS\n"

    @Test func failsUntilEveryMatchIsClearedThenPasses() throws {
        let file = try temporaryFile(suppliers, extension: "csv")
        let pending = TestScratch.directory.appendingPathComponent("pending-\(UUID().uuidString).yml")
        let first = try cli.run("ci", file.path, "--id-column", "id", "--write-pending", pending.path)
        #expect(first.status == 1)
        #expect(first.stdout.contains("\(file.path):2: row 1 (S1) \"Plant SVT\" matches"))
        #expect(first.stdout.contains("failed: 3 rows screened"))

        // The reviewer clears both stubs.
        let reviewed = try String(contentsOf: pending, encoding: .utf8)
            .replacingOccurrences(of: "verdict: pending", with: "verdict: false_positive")
            .replacingOccurrences(of: "by: ''", with: "by: jane")
        let decisions = try temporaryFile(reviewed, extension: "yaml")
        let second = try cli.run("ci", file.path, "--id-column", "id", "--decisions", decisions.path)
        #expect(second.status == 0)
        #expect(second.stdout.contains("passed: 3 rows screened"))
    }

    @Test func aBrokenDecisionsFileIsAnInputError() throws {
        let file = try temporaryFile(suppliers, extension: "csv")
        let decisions = try temporaryFile("{\"decisions\": [{\"name\": \"x\"}]}", extension: "json")
        let run = try cli.run("ci", file.path, "--decisions", decisions.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains(decisions.path))
        #expect(run.stderr.contains("entity_id"))
    }

    @Test func junitHasOneTestCasePerMatchAndParsesAsXML() throws {
        let file = try temporaryFile(suppliers, extension: "csv")
        let run = try cli.run("ci", file.path, "--format", "junit")
        #expect(run.status == 1)
        let document = try XMLDocument(data: Data(run.stdout.utf8))
        let cases = try document.nodes(forXPath: "//testcase")
        #expect(cases.count == 2)
        #expect(try document.nodes(forXPath: "//testcase/failure").count == 2)
        #expect(try document.nodes(forXPath: "//testsuite/@failures").first?.stringValue == "2")
    }

    @Test func sarifAndGitHubPointAtTheCSVLine() throws {
        let file = try temporaryFile(suppliers, extension: "csv")
        let sarif = try cli.run("ci", file.path, "--format", "sarif")
        let log = try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any]
        #expect(log?["version"] as? String == "2.1.0")
        let results = ((log?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        #expect(results.count == 2)
        let location = (results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        #expect((location?["region"] as? [String: Any])?["startLine"] as? Int == 2)

        let github = try cli.run("ci", file.path, "--format", "github")
        #expect(github.stdout.split(separator: "\n").filter { $0.hasPrefix("::error file=") }.count == 2)
        #expect(github.stdout.contains(",line=4,title=watchlist::row 3"))
    }
}
