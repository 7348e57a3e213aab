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
        // One of these is set once the header row is found. The mappers are mutated in place through the
        // optionals: copying one out and back would copy its whole table of parties on every row.
        var ofsi: (mapper: OFSIConListMapper, header: OFSIConListMapper.Header)?
        var dfat: DFATConsolidatedMapper?
        var rowsBeforeHeader: [XLSXRow] = []
        try workbook.forEachRow { row throws(ListReadError) in
            if ofsi != nil {
                try ofsi!.mapper.add(
                    cells: row.values, header: ofsi!.header, line: row.number, record: "row \(row.number) of \(workbook.sheetPath)")
            } else if dfat != nil {
                try dfat!.add(row)
            } else {
                let header = row.cells.map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }
                if header.contains(where: { OFSIConListColumn(header: $0) == .groupID }) {
                    // The row above the header reads `Last Updated | 14/04/2025`.
                    let published = rowsBeforeHeader.last { $0[0].text.lowercased().hasPrefix("last updated") }
                        .flatMap { UKDate.partialDate($0[1].value) }
                    ofsi = (OFSIConListMapper(file: file, published: published), OFSIConListMapper.Header(header, skippingEmptyNames: true))
                } else if let mapper = try DFATConsolidatedMapper(header: header, file: file, published: workbook.modifiedDate()) {
                    dfat = mapper
                } else {
                    rowsBeforeHeader.append(row)
                    if rowsBeforeHeader.count >= headerSearchRows { throw unrecognized(zip, rowsBeforeHeader) }
                }
            }
        }
        if ofsi != nil {
            let entities = ofsi!.mapper.finish()
            entities.forEach(emit)
            return ListFileSummary(
                format: .ofsiConListXLSX, published: ofsi!.mapper.published, entityCount: entities.count,
                warnings: ofsi!.mapper.warnings)
        }
        if dfat != nil {
            let entities = dfat!.finish()
            entities.forEach(emit)
            return ListFileSummary(
                format: .dfatConsolidatedXLSX, published: dfat!.published, entityCount: entities.count,
                warnings: dfat!.warnings)
        }
        throw unrecognized(zip, rowsBeforeHeader)
    }

    private static func unrecognized(_ zip: ZIPContainer, _ rows: [XLSXRow]) -> ListReadError {
        let first = rows.first.map { " (first row: \($0.values.prefix(4).joined(separator: " | ")))" } ?? " (the sheet is empty)"
        return ListReadError(
            file: zip.path,
            problem: .unrecognizedFile(
                "an XLSX workbook whose first sheet has neither the OFSI ConList header (Group ID) nor the DFAT Consolidated List header (Reference, Name of Individual or Entity)\(first)"))
    }
}
