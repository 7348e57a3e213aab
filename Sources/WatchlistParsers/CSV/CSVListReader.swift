import Foundation
import WatchlistCore

/// Reads CSV list files, told apart by their first line: OFSI's ConList CSV starts with `Last Updated`;
/// OFAC's legacy CSV rows start with a numeric ent_num and have 12 fields (`sdn.csv`, `cons_prim.csv`).
enum CSVListReader {
    static func read(fileURL: URL, emit: (Entity) -> Void) throws(ListReadError) -> ListFileSummary {
        let firstLine = try Self.firstLine(of: fileURL)
        if firstLine.lowercased().hasPrefix("last updated") {
            return try OFSIConListCSVReader.read(fileURL: fileURL, emit: emit)
        }
        var firstRow = try? CSVRows(text: firstLine, file: fileURL.lastPathComponent)
        let fields = firstRow?.next() ?? []
        let name = fileURL.lastPathComponent.lowercased()
        let isSideFile = ["alt.csv", "add.csv", "sdn_comments.csv", "cons_alt.csv", "cons_add.csv", "cons_comments.csv"]
            .contains(name)
        if isSideFile {
            throw ListReadError(
                file: fileURL.path,
                problem: .unrecognizedFile("this is a side file of OFAC's CSV set; give sdn.csv (or cons_prim.csv), and the side files beside it are read with it"))
        }
        let looksLikeOFAC = fields.first.map { Int($0.trimmed) != nil || $0 == "ent_num" } ?? false
        if looksLikeOFAC, fields.count == OFACLegacyCSVReader.expectedColumns {
            return try OFACLegacyCSVReader.read(fileURL: fileURL, emit: emit)
        }
        throw ListReadError(
            file: fileURL.path, line: 1,
            problem: .unrecognizedFile("a text file whose first line has \(fields.count) comma-separated fields matches no CSV list layout"))
    }

    /// The first line, decoded leniently (only to decide the layout; the readers decode strictly).
    private static func firstLine(of url: URL) throws(ListReadError) -> String {
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            throw ListReadError(file: url.path, problem: .unreadable("the file does not exist or cannot be read"))
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        var text = String(decoding: head, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return String(text.prefix { $0 != "\n" && $0 != "\r" && $0 != "\r\n" })
    }
}
