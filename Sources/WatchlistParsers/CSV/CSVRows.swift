import CSV
import Foundation

/// Rows of a CSV file through the CSV.swift parser, with the row number for messages.
///
/// Decodes UTF-8; when a file is not valid UTF-8 the caller decides (OFSI's older files are Windows-1252).
/// The file is read into memory and checked as UTF-8 in one pass, and the parser walks the decoded text:
/// CSV.swift's own stream input pulls each byte through several iterator layers and took most of the time
/// of reading OFAC's CSV (the lists are a few MB). A file with invalid UTF-8 yields the rows before the line
/// holding the first bad byte, then `checkError()` reports that row.
struct CSVRows: Sequence, IteratorProtocol {
    private let reader: CSVReader
    private let file: String
    /// Set when the file is not valid UTF-8: the rows before the bad line are read, then this is reported.
    private var decodingError = false
    /// 1-based number of the row last returned.
    private(set) var rowNumber = 0

    init(fileURL: URL) throws(ListReadError) {
        file = fileURL.lastPathComponent
        guard let data = try? Data(contentsOf: fileURL) else {
            throw ListReadError(file: fileURL.path, problem: .unreadable("the file does not exist or cannot be read"))
        }
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        var text = String(validating: bytes, as: UTF8.self)
        if text == nil {
            decodingError = true
            text = Self.validLines(before: bytes)
        }
        do {
            reader = try CSVReader(string: text ?? "")
        } catch {
            throw ListReadError(file: fileURL.path, problem: .malformed("the CSV parser could not start: \(error)"))
        }
    }

    init(text: String, file: String) throws(ListReadError) {
        self.file = file
        do {
            reader = try CSVReader(string: text)
        } catch {
            throw ListReadError(file: file, problem: .malformed("the CSV parser could not start: \(error)"))
        }
    }

    mutating func next() -> [String]? {
        guard let row = reader.next() else { return nil }
        rowNumber += 1
        return row
    }

    /// The parser's error, if it stopped on one (invalid UTF-8, an unreadable stream).
    func checkError() throws(ListReadError) {
        if decodingError {
            throw ListReadError(file: file, line: rowNumber + 1, problem: .malformed("row \(rowNumber + 1): \(Self.describe(CSVError.unicodeDecoding))"))
        }
        // CSV.swift reports the end of the stream as `cannotReadFile`; that is not a failure.
        if let error = reader.error, !Self.isEndOfStream(error) {
            throw ListReadError(file: file, line: rowNumber + 1, problem: .malformed("row \(rowNumber + 1): \(Self.describe(error))"))
        }
    }

    /// The whole lines before the first byte that is not UTF-8, decoded.
    private static func validLines(before bytes: Data.SubSequence) -> String {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex
        var lineEnd = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                offset += scalar.count
                if scalar.count == 1, scalar.first == UInt8(ascii: "\n") { lineEnd = offset }
                continue
            case .emptyInput, .error:
                break
            }
            break
        }
        return String(decoding: bytes[bytes.startIndex..<lineEnd], as: UTF8.self)
    }

    private static func isEndOfStream(_ error: any Error) -> Bool {
        if case .cannotReadFile = error as? CSVError { return true }
        return false
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? CSVError {
        case .unicodeDecoding: "the text is not valid UTF-8"
        default: "\(error)"
        }
    }
}
