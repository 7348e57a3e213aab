import WatchlistCore

/// Reads the EU Financial Sanctions Files XML 1.1 (root `export` in the `http://eu.europa.ec/fpi/fsd/export`
/// namespace, publication date in its `generationDate` attribute): one `sanctionEntity` at a time.
///
/// The older v1.0 files (root `WHOLE`) are a different format that `ListFileReader` reports as unknown.
enum EUFinancialSanctionsXMLReader: XMLListFormatReader {
    static func read(
        _ reader: XMLReader, root: XMLElementStart, file: String, emit: (Entity) -> Void
    ) throws(ListReadError) -> ListFileSummary {
        var mapper = EUFinancialSanctionsMapper(
            file: file, published: root.attributes["generationDate"].flatMap(EUFinancialSanctionsMapper.date))
        var count = 0
        while let event = try reader.next() {
            guard case .startElement(let element) = event else { continue }
            if element.localName == "sanctionEntity" {
                emit(try mapper.entity(from: reader.readSubtree(startingWith: element)))
                count += 1
            }
        }
        var warnings = mapper.warnings
        if mapper.published == nil {
            warnings.insert(ListReadWarning(file: file, line: root.line, message: "<export> has no readable generationDate"), at: 0)
        }
        return ListFileSummary(
            format: .euFinancialSanctionsXML, published: mapper.published, entityCount: count, warnings: warnings)
    }
}
