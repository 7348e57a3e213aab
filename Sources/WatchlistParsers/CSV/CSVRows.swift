import CSV
import Foundation

/// Rows of a CSV file through the CSV.swift parser, with the row number for messages.
///
/// Decodes UTF-8; when a file is not valid UTF-8 the caller decides (OFSI's older files are Windows-1252).
struct CSVRows: Sequence, IteratorProtocol {
    private let reader: CSVReader
    private let file: String
    /// 1-based number of the row last returned.
    private(set) var rowNumber = 0

    init(fileURL: URL) throws(ListReadError) {
        file = fileURL.lastPathComponent
        guard let stream = InputStream(url: fileURL) else {
            throw ListReadError(file: fileURL.path, problem: .unreadable("the file does not exist or cannot be read"))
        }
        do {
            reader = try CSVReader(stream: stream, codecType: UTF8.self)
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
        // CSV.swift reports the end of the stream as `cannotReadFile`; that is not a failure.
        if let error = reader.error, !Self.isEndOfStream(error) {
            throw ListReadError(file: file, line: rowNumber + 1, problem: .malformed("row \(rowNumber + 1): \(Self.describe(error))"))
        }
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
