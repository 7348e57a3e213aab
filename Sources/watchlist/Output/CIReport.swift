import Foundation
import WatchlistMatching
import WatchlistScreening

/// `watchlist ci`'s output for people (text) and for CI systems (JUnit XML, SARIF 2.1.0, GitHub Actions
/// workflow commands).
struct CIReport {
    enum Format: String, CaseIterable {
        case text, junit, sarif, github
    }

    var file: String
    var rows: Int
    var findings: [CIFinding]

    var failures: [CIFinding] { findings.filter { !$0.passes } }

    func render(_ format: Format) -> String {
        switch format {
        case .text: return text()
        case .junit: return junit()
        case .sarif: return sarif()
        case .github: return github()
        }
    }

    private func text() -> String {
        var lines = findings.map { ($0.passes ? "ok    " : "FAIL  ") + "\(file):\($0.line): " + $0.message }
        let cleared = findings.count - failures.count
        lines.append("\(failures.isEmpty ? "passed" : "failed"): \(rows) rows screened, \(findings.count) matches or unscreenable rows, \(cleared) cleared, \(failures.count) to review")
        return lines.joined(separator: "\n")
    }

    /// One test case per finding; a failure element for each that does not pass.
    private func junit() -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"watchlist ci\" tests=\"\(findings.count)\" failures=\"\(failures.count)\">\n"
        xml += "  <testsuite name=\"\(escape(file))\" tests=\"\(findings.count)\" failures=\"\(failures.count)\" errors=\"0\" skipped=\"0\">\n"
        for finding in findings {
            let name = "row \(finding.row)" + (finding.query.map { ": \($0)" } ?? "")
            xml += "    <testcase classname=\"\(escape(file))\" name=\"\(escape(name))\" file=\"\(escape(file))\" line=\"\(finding.line)\""
            if finding.passes {
                xml += "/>\n"
            } else {
                xml += ">\n      <failure type=\"\(finding.status.rawValue)\" message=\"\(escape(finding.message))\"/>\n    </testcase>\n"
            }
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }

    private func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "\n": escaped += "&#10;"
            default:
                // XML 1.0 forbids most control characters even as references.
                if scalar.value < 0x20, scalar != "\t" { continue }
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// SARIF 2.1.0: one result per failing finding, located at the row's line of the input file.
    private func sarif() -> String {
        struct Log: Encodable {
            var version = "2.1.0"
            var schema = "https://json.schemastore.org/sarif-2.1.0.json"
            var runs: [Run]
            enum CodingKeys: String, CodingKey { case version, schema = "$schema", runs }
        }
        struct Run: Encodable { var tool: Tool; var results: [Result] }
        struct Tool: Encodable { var driver: Driver }
        struct Driver: Encodable {
            var name = "watchlist"
            var informationUri = "https://github.com/watchlist/watchlist"
            var rules: [Rule]
        }
        struct Rule: Encodable {
            var id: String
            var shortDescription: Message
        }
        struct Message: Encodable { var text: String }
        struct Result: Encodable {
            var ruleId: String
            var level = "error"
            var message: Message
            var locations: [Location]
        }
        struct Location: Encodable { var physicalLocation: PhysicalLocation }
        struct PhysicalLocation: Encodable { var artifactLocation: Artifact; var region: Region }
        struct Artifact: Encodable { var uri: String }
        struct Region: Encodable { var startLine: Int }
        let rules = [
            Rule(id: "watchlist/uncleared-match", shortDescription: Message(text: "A name matches a listed party and no reviewer has cleared it.")),
            Rule(id: "watchlist/stale-decision", shortDescription: Message(text: "The listed party changed since the match was cleared.")),
            Rule(id: "watchlist/confirmed-match", shortDescription: Message(text: "A reviewer confirmed the name is a listed party.")),
            Rule(id: "watchlist/unscreenable-row", shortDescription: Message(text: "A row could not be screened.")),
        ]
        func rule(_ status: CIFinding.Status) -> String {
            switch status {
            case .stale: return "watchlist/stale-decision"
            case .confirmed: return "watchlist/confirmed-match"
            case .unscreenable: return "watchlist/unscreenable-row"
            case .uncleared, .pending, .cleared: return "watchlist/uncleared-match"
            }
        }
        let results = failures.map { finding in
            Result(
                ruleId: rule(finding.status), message: Message(text: finding.message),
                locations: [Location(physicalLocation: PhysicalLocation(artifactLocation: Artifact(uri: file), region: Region(startLine: finding.line)))])
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let log = Log(runs: [Run(tool: Tool(driver: Driver(rules: rules)), results: results)])
        return String(decoding: (try? encoder.encode(log)) ?? Data(), as: UTF8.self)
    }

    /// GitHub Actions workflow commands: an error annotation on the CSV line of each failing row.
    private func github() -> String {
        var lines = failures.map { finding in
            "::error file=\(escapeProperty(file)),line=\(finding.line),title=watchlist::\(escapeData(finding.message))"
        }
        lines.append("watchlist ci: \(rows) rows, \(failures.count) to review")
        return lines.joined(separator: "\n")
    }

    private func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    private func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
