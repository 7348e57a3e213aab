import WatchlistCore

/// Reads the UN Security Council Consolidated List XML (root `CONSOLIDATED_LIST`, publication date in its
/// `dateGenerated` attribute): one `INDIVIDUALS/INDIVIDUAL` or `ENTITIES/ENTITY` record at a time.
enum UNConsolidatedXMLReader: XMLListFormatReader {
    static func read(
        _ reader: XMLReader, root: XMLElementStart, file: String, emit: (Entity) -> Void
    ) throws(ListReadError) -> ListFileSummary {
        var mapper = UNConsolidatedMapper(file: file, published: root.attributes["dateGenerated"].flatMap(UNDate.isoDate))
        var count = 0
        while let event = try reader.next() {
            guard case .startElement(let element) = event else { continue }
            switch element.localName {
            case "INDIVIDUAL", "ENTITY":
                emit(try mapper.entity(from: reader.readSubtree(startingWith: element)))
                count += 1
            default:
                continue  // the INDIVIDUALS and ENTITIES wrappers
            }
        }
        var warnings = mapper.warnings
        if mapper.published == nil {
            warnings.insert(
                ListReadWarning(file: file, line: root.line, message: "<CONSOLIDATED_LIST> has no readable dateGenerated"), at: 0)
        }
        return ListFileSummary(format: .unConsolidatedXML, published: mapper.published, entityCount: count, warnings: warnings)
    }
}
