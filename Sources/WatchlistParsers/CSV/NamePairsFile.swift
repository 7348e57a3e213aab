import Foundation
import WatchlistCore

/// A CSV file of name pairs to compare: a header row `name1,name2[,kind]`, then one pair per row.
///
/// The file is read whole and checked before anything is compared, so a bad row stops the run with its
/// line number instead of leaving half an output.
public enum NamePairsFile {
    /// One row: the query, the listed name, and optionally the listed entity's kind.
    public struct Pair: Hashable, Sendable {
        public var line: Int
        public var query: String
        public var listed: String
        public var kind: EntityKind?
    }

    public static func read(_ url: URL) throws(ListReadError) -> [Pair] {
        var rows = try CSVRows(fileURL: url)
        let path = url.path
        guard let header = rows.next() else {
            try checkEncoding(of: rows, path: path)
            throw ListReadError(file: path, problem: .invalidRow("the file is empty; the first row must be the header name1,name2[,kind]"))
        }
        let columns = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard columns == ["name1", "name2"] || columns == ["name1", "name2", "kind"] else {
            throw ListReadError(
                file: path, line: 1,
                problem: .invalidRow("the header is \(header.joined(separator: ",")); it must be name1,name2 or name1,name2,kind"))
        }
        var pairs: [Pair] = []
        while let row = rows.next() {
            let line = rows.rowNumber
            if row.count == 1, row[0].isEmpty { continue }  // a blank line
            guard row.count == columns.count else {
                throw ListReadError(
                    file: path, line: line,
                    problem: .invalidRow("row \(line) has \(row.count) fields; the header has \(columns.count). Quote names that contain commas"))
            }
            for (index, value) in row.prefix(2).enumerated() where value.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ListReadError(file: path, line: line, problem: .invalidRow("row \(line): name\(index + 1) is empty"))
            }
            var kind: EntityKind?
            if columns.count == 3, !row[2].isEmpty {
                guard let parsed = EntityKind(rawValue: row[2].trimmingCharacters(in: .whitespaces).lowercased()) else {
                    throw ListReadError(
                        file: path, line: line,
                        problem: .invalidRow("row \(line): kind '\(row[2])' is not one of \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))"))
                }
                kind = parsed
            }
            pairs.append(Pair(line: line, query: row[0], listed: row[1], kind: kind))
        }
        try checkEncoding(of: rows, path: path)
        return pairs
    }

    /// The CSV reader's own error (text that is not UTF-8), said as what it is for a file the user wrote,
    /// with the full path, rather than as a damaged download.
    private static func checkEncoding(of rows: CSVRows, path: String) throws(ListReadError) {
        do {
            try rows.checkError()
        } catch {
            guard case .malformed(let reason) = error.problem else { throw error }
            throw ListReadError(file: path, line: error.line, problem: .invalidRow("\(reason); save the file as UTF-8"))
        }
    }
}
