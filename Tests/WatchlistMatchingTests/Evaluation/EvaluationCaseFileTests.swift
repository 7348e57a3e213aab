import Foundation
import Testing
import WatchlistCore
@testable import WatchlistMatching

struct EvaluationCaseFileTests {
    @Test func readsEveryFieldAndRecordsWhereEachCaseCameFrom() throws {
        let text = """
            {"query": "Валянцін Міклашэвіч", "expected": ["ofac:49380", "ofsi:16000"], "class": "transliteration-cyrillic", "exclude": ["ca:belarus-1-part-1-97"], "note": "from the UK list"}

            {"query": "Emma Lindqvist", "expected": [], "class": "negatives-person", "kind": "person", "dob": "1970-06", "country": "SE"}\r
            """
        let cases = try EvaluationCaseFile.parse(Data(text.utf8), file: "sample.jsonl")
        #expect(cases.count == 2)
        #expect(cases[0].query == "Валянцін Міклашэвіч")
        #expect(cases[0].expected == [.ofac(uid: "49380"), .ofsi(groupID: "16000")])
        #expect(cases[0].caseClass == "transliteration-cyrillic")
        #expect(cases[0].exclude == [EntityID(source: "ca", local: "belarus-1-part-1-97")])
        #expect(cases[0].note == "from the UK list")
        #expect(cases[0].location == "sample.jsonl:1")
        #expect(cases[1].isNegative)
        #expect(cases[1].kind == .person)
        #expect(cases[1].dob == PartialDate(year: 1970, month: 6))
        #expect(cases[1].country == "SE")
        #expect(cases[1].location == "sample.jsonl:3")
    }

    @Test func skipsAByteOrderMark() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data(#"{"query": "A B", "expected": [], "class": "x"}"#.utf8)
        #expect(try EvaluationCaseFile.parse(data, file: "bom.jsonl").count == 1)
    }

    @Test func encodesBackToTheFileShape() throws {
        let original = EvaluationCase(query: "Kvand IS", expected: [.ofac(uid: "49533")], caseClass: "legal-forms", kind: .organization)
        let line = String(decoding: try JSONEncoder().encode(original), as: UTF8.self)
        let decoded = try EvaluationCaseFile.parse(Data(line.utf8), file: "roundtrip.jsonl")
        #expect(decoded.first?.query == original.query)
        #expect(decoded.first?.expected == original.expected)
        #expect(decoded.first?.caseClass == original.caseClass)
        #expect(decoded.first?.kind == original.kind)
        #expect(line.contains(#""class":"legal-forms""#))
    }

    @Test(arguments: [
        (#"{"query": "A", "expected": [], "class": "x"}"# + "\n{oops", "cases.jsonl:2: is not valid JSON"),
        (#"["A", []]"#, "cases.jsonl:1: is a JSON array, not an object"),
        (#"{"expected": [], "class": "x"}"#, "cases.jsonl:1: the field 'query' is missing"),
        (#"{"query": "  ", "expected": [], "class": "x"}"#, "cases.jsonl:1: 'query' is empty"),
        (#"{"query": 5, "expected": [], "class": "x"}"#, "cases.jsonl:1: 'query' must be a string; found a number"),
        (#"{"query": "A", "class": "x"}"#, "cases.jsonl:1: the field 'expected' is missing"),
        (#"{"query": "A", "expected": "ofac:1", "class": "x"}"#, "cases.jsonl:1: 'expected' must be an array of entity ids"),
        (#"{"query": "A", "expected": ["49380"], "class": "x"}"#, "cases.jsonl:1: 'expected'[0] '49380' is not an entity id"),
        (#"{"query": "A", "expected": [], "clas": "x"}"#, "cases.jsonl:1: unknown field 'clas'"),
        (#"{"query": "A", "expected": []}"#, "cases.jsonl:1: the field 'class' is missing"),
        (#"{"query": "A", "expected": [], "class": "x", "kind": "company"}"#, "cases.jsonl:1: 'kind' 'company' is not one of"),
        (#"{"query": "A", "expected": [], "class": "x", "dob": "03.06.1970"}"#, "cases.jsonl:1: 'dob' '03.06.1970' is not a date"),
        (#"{"query": "A", "expected": [], "class": "x", "exclude": [1]}"#, "cases.jsonl:1: 'exclude'[0] must be a string entity id"),
        ("\n\n", "cases.jsonl: holds no cases"),
    ])
    func reportsTheFileLineAndProblem(text: String, message: String) {
        #expect {
            try EvaluationCaseFile.parse(Data(text.utf8), file: "cases.jsonl")
        } throws: { error in
            (error as? EvaluationCaseFileError)?.description.hasPrefix(message) == true
        }
    }

    @Test func rejectsInvalidUTF8WithTheLine() {
        let data = Data(#"{"query": "A", "expected": [], "class": "x"}"#.utf8) + Data([0x0A, 0xFF, 0xFE])
        #expect(throws: EvaluationCaseFileError(file: "cases.jsonl", line: 2, problem: "is not valid UTF-8. Save the file as UTF-8.")) {
            try EvaluationCaseFile.parse(data, file: "cases.jsonl")
        }
    }

    @Test func namesAMissingFile() {
        #expect {
            try EvaluationCaseFile.read(URL(fileURLWithPath: "/nonexistent/cases.jsonl"))
        } throws: { error in
            (error as? EvaluationCaseFileError)?.description.hasPrefix("/nonexistent/cases.jsonl: cannot be read") == true
        }
    }

    /// The labelled sets in the repository's eval/ folder read without errors and label every case.
    @Test(arguments: ["transliteration", "order", "typos", "homoglyphs", "organizations", "negatives"])
    func repositoryEvaluationSetsAreWellFormed(set: String) throws {
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let cases = try EvaluationCaseFile.read(repository.appendingPathComponent("eval/\(set).jsonl"))
        #expect(cases.count >= 500)
        #expect(cases.allSatisfy { !$0.caseClass.isEmpty && Set($0.expected).isDisjoint(with: $0.exclude) })
        if set == "negatives" {
            #expect(cases.allSatisfy { $0.isNegative })
            #expect(cases.count >= 2_000)
        } else {
            #expect(cases.allSatisfy { !$0.isNegative })
        }
    }
}
