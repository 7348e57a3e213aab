import CSV
import Foundation
import Testing
@testable import WatchlistScreening

struct DelimitedRecordReaderTests {
    private func records(_ bytes: [UInt8], delimiter: UInt8? = nil) throws -> (DelimitedRecordReader, [DelimitedRecordReader.Record]) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("records-\(UUID().uuidString).csv")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var reader = DelimitedRecordReader(handle: try FileHandle(forReadingFrom: url), delimiter: delimiter)
        var found: [DelimitedRecordReader.Record] = []
        while let record = reader.next() { found.append(record) }
        return (reader, found)
    }

    private func strings(_ record: DelimitedRecordReader.Record) -> [String] {
        record.fields.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func readsQuotedFieldsWithDelimitersQuotesAndLineBreaksAndCRLF() throws {
        let text = "\u{FEFF}name,note\r\n\"Smith, John\",\"said \"\"hi\"\"\"\r\n\"Two\nlines\",x\r\nlast,\n"
        let (_, found) = try records(Array(text.utf8))
        #expect(found.map(strings) == [["name", "note"], ["Smith, John", "said \"hi\""], ["Two\nlines", "x"], ["last", ""]])
        #expect(found.map(\.line) == [1, 2, 3, 5])
    }

    @Test func sniffsSemicolonsAndTabs() throws {
        #expect(try records(Array("a;b;c\n1;2;3\n".utf8)).0.delimiter == UInt8(ascii: ";"))
        #expect(try records(Array("a\tb\n1\t2\n".utf8)).0.delimiter == UInt8(ascii: "\t"))
        #expect(try records(Array("\"a,b\";c\n".utf8)).0.delimiter == UInt8(ascii: ";"))
    }

    @Test func invalidUTF8StaysInItsFieldAndTheNextRowsAreRead() throws {
        let (_, found) = try records([0x61, 0x0A, 0x62, 0xFF, 0x0A, 0x63, 0x0A])
        #expect(found.count == 3)
        #expect(String(validating: found[1].fields[0], as: UTF8.self) == nil)
        #expect(strings(found[2]) == ["c"])
    }

    @Test func anUnterminatedQuoteIsReportedOnItsRecord() throws {
        let (_, found) = try records(Array("a\n\"open,b\nc\n".utf8))
        #expect(found.count == 2)
        #expect(found[1].problem?.contains("never closed") == true)
    }

    /// The hand-written reader agrees with CSV.swift on generated files (fields with commas, quotes, line
    /// breaks, non-ASCII letters, empty fields).
    @Test(arguments: 0..<40)
    func agreesWithCSVSwiftOnGeneratedFiles(seed: Int) throws {
        var generator = SplitMix(seed: UInt64(seed))
        let pieces = ["a", "Ж", "é", ",", "\"", "\n", " ", "x y", "", "ООО", "1"]
        var rows: [[String]] = []
        for _ in 0..<(1 + Int(generator.next() % 20)) {
            let width = 3
            rows.append((0..<width).map { _ in
                (0..<Int(generator.next() % 4)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            })
        }
        let text = rows.map { row in
            row.map { field in
                field.contains(where: { ",\"\n".contains($0) }) || field.isEmpty ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: ",")
        }.joined(separator: "\n") + "\n"
        let (_, found) = try records(Array(text.utf8), delimiter: UInt8(ascii: ","))
        let reference = try CSVReader(string: text)
        var expected: [[String]] = []
        while let row = reference.next() { expected.append(row) }
        #expect(found.map(strings) == expected)
        #expect(expected == rows)
    }
}

/// A small deterministic generator for the generated files.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
