import Foundation
import WatchlistCore

/// Reads list publications that come as XLSX workbooks, telling them apart by the header row of the
/// first worksheet:
/// - OFSI Consolidated List (`ConList.xlsx`): a first row `Last Updated | 14/04/2025`, then a header row
///   with `Name 6`, `Name 1`, ..., `Group ID`; one row per name, grouped by `OFSIConListMapper`.
/// - Australia DFAT Consolidated List (`regulation8_consolidated.xlsx`): a header row `Reference`,
///   `Name of Individual or Entity`, `Type`, `Name Type`, ...; one row per name, grouped by
///   `DFATConsolidatedMapper`.
///
/// Rows are streamed; both publications list a party's rows under a shared key that need not be adjacent,
/// so their mappers hold the (few thousand) parties until the sheet ends.
enum XLSXListReader {
    /// The most rows searched for a header before giving up.
    private static let headerSearchRows = 10

    static func read(_ zip: ZIPContainer, file: String, emit: (Entity) -> Void) throws(ListReadError) -> ListFileSummary {
        let workbook = try XLSXWorkbook(zip)
        var publication: Publication?
        var rowsBeforeHeader: [XLSXRow] = []
        try workbook.forEachRow { row throws(ListReadError) in
            if var current = publication {
                try current.add(row)
                publication = current
                return
            }
            if let detected = try Publication(header: row, rowsBefore: rowsBeforeHeader, workbook: workbook, file: file) {
                publication = detected
                return
            }
            rowsBeforeHeader.append(row)
            if rowsBeforeHeader.count >= headerSearchRows {
                throw unrecognized(zip, rowsBeforeHeader)
            }
        }
        guard let publication else { throw unrecognized(zip, rowsBeforeHeader) }
        return publication.finish(emit: emit)
    }

    private static func unrecognized(_ zip: ZIPContainer, _ rows: [XLSXRow]) -> ListReadError {
        let first = rows.first.map { " (first row: \($0.values.prefix(4).joined(separator: " | ")))" } ?? " (the sheet is empty)"
        return ListReadError(
            file: zip.path,
            problem: .unrecognizedFile(
                "an XLSX workbook whose first sheet has neither the OFSI ConList header (Group ID) nor the DFAT Consolidated List header (Reference, Name of Individual or Entity)\(first)"))
    }

    /// A publication being read, after its header row.
    private enum Publication {
        case ofsi(OFSIConListMapper, header: [String], document: String)
        case dfat(DFATConsolidatedMapper)

        /// The publication whose header this row is, or nil when it is not a header we know.
        init?(header row: XLSXRow, rowsBefore: [XLSXRow], workbook: XLSXWorkbook, file: String) throws(ListReadError) {
            let header = row.cells.map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }
            if header.contains(where: { OFSIConListColumn(header: $0) == .groupID }) {
                // The row above the header reads `Last Updated | 14/04/2025`.
                let published = rowsBefore.last(where: { $0[0].text.lowercased().hasPrefix("last updated") })
                    .flatMap { UKDate.partialDate($0[1].value) }
                self = .ofsi(OFSIConListMapper(file: file, published: published), header: header, document: workbook.sheetPath)
            } else if let mapper = try DFATConsolidatedMapper(header: header, file: file, published: workbook.modifiedDate()) {
                self = .dfat(mapper)
            } else {
                return nil
            }
        }

        mutating func add(_ row: XLSXRow) throws(ListReadError) {
            switch self {
            case .ofsi(var mapper, let header, let document):
                var fields: [String: String] = [:]
                for (column, name) in header.enumerated() where !name.isEmpty && fields[name] == nil {
                    fields[name] = row[column].value
                }
                try mapper.add(row: fields, line: row.number, record: "row \(row.number) of \(document)")
                self = .ofsi(mapper, header: header, document: document)
            case .dfat(var mapper):
                try mapper.add(row)
                self = .dfat(mapper)
            }
        }

        func finish(emit: (Entity) -> Void) -> ListFileSummary {
            switch self {
            case .ofsi(var mapper, _, _):
                let entities = mapper.finish()
                entities.forEach(emit)
                return ListFileSummary(
                    format: .ofsiConListXLSX, published: mapper.published, entityCount: entities.count, warnings: mapper.warnings)
            case .dfat(var mapper):
                let entities = mapper.finish()
                entities.forEach(emit)
                return ListFileSummary(
                    format: .dfatConsolidatedXLSX, published: mapper.published, entityCount: entities.count, warnings: mapper.warnings)
            }
        }
    }
}
