import Foundation
import WatchlistCore

/// Reads an official list file into entities, detecting its format.
///
/// XML files are recognized by their root element, ZIP files (OFAC's zipped XML, XLSX workbooks) by their
/// entries, JSON lines by their first byte, and CSV files by their columns.
///
/// ```swift
/// let list = try ListFileReader().read(fileURL: URL(filePath: "SDN.XML"))
/// print(list.format, list.entities.count)
///
/// // Or stream, for files too large to hold:
/// let summary = try ListFileReader().forEachEntity(in: url) { entity in index(entity) }
/// ```
public struct ListFileReader: Sendable {
    public init() {}

    /// Reads a whole list file from disk.
    public func read(fileURL: URL) throws(ListReadError) -> ListFile {
        var entities: [Entity] = []
        let summary = try forEachEntity(in: fileURL) { entities.append($0) }
        return ListFile(format: summary.format, published: summary.published, entities: entities, warnings: summary.warnings)
    }

    /// Reads a list document held in memory; `documentName` names it in errors and provenance.
    /// Only XML documents can be read from memory.
    public func read(data: Data, documentName: String) throws(ListReadError) -> ListFile {
        var entities: [Entity] = []
        let summary = try readXML(XMLReader(data: data, documentName: documentName), file: documentName) {
            entities.append($0)
        }
        return ListFile(format: summary.format, published: summary.published, entities: entities, warnings: summary.warnings)
    }

    /// Streams a list file from disk, handing each entity to `body` in file order.
    public func forEachEntity(in fileURL: URL, _ body: (Entity) -> Void) throws(ListReadError) -> ListFileSummary {
        switch try FileKind.sniff(fileURL) {
        case .xml:
            return try readXML(XMLReader(fileURL: fileURL), file: fileURL.lastPathComponent, emit: body)
        case .zip:
            return try ZIPListReader.read(fileURL: fileURL, emit: body)
        case .jsonLines:
            return try FollowTheMoneyReader.read(fileURL: fileURL, emit: body)
        case .text:
            return try CSVListReader.read(fileURL: fileURL, emit: body)
        }
    }

    /// Reads an XML list whose format is given by its root element.
    func readXML(_ reader: XMLReader, file: String, emit: (Entity) -> Void) throws(ListReadError) -> ListFileSummary {
        guard let root = try firstElement(reader) else {
            throw ListReadError(file: reader.documentName, problem: .unreadable("the file has no XML root element"))
        }
        guard let format = ListFormat(rootElement: root.localName), let formatReader = Self.xmlReaders[format] else {
            throw ListReadError(
                file: reader.documentName, line: root.line,
                problem: .unknownFormat(rootElement: root.localName, namespace: root.namespaceURI))
        }
        return try formatReader.read(reader, root: root, file: file, emit: emit)
    }

    /// One reader per XML format.
    static let xmlReaders: [ListFormat: any XMLListFormatReader.Type] = [
        .ofacLegacyXML: OFACLegacyXMLReader.self,
        .ofacEnhancedXML: OFACEnhancedXMLReader.self,
        .ofacAdvancedXML: OFACAdvancedXMLReader.self,
        .euFinancialSanctionsXML: EUFinancialSanctionsXMLReader.self,
        .unConsolidatedXML: UNConsolidatedXMLReader.self,
        .ukSanctionsListXML: UKSanctionsListXMLReader.self,
        .ofsiConListXML: OFSIConListXMLReader.self,
        .canadaSEMAXML: CanadaSEMAXMLReader.self,
    ]

    private func firstElement(_ reader: XMLReader) throws(ListReadError) -> XMLElementStart? {
        while let event = try reader.next() {
            if case .startElement(let element) = event { return element }
        }
        return nil
    }
}

/// What kind of file a path holds, from its first bytes.
enum FileKind {
    case xml
    case zip
    case jsonLines
    /// Anything else that looks like text: read as CSV.
    case text

    static func sniff(_ url: URL) throws(ListReadError) -> FileKind {
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            throw ListReadError(file: url.path, problem: .unreadable("the file does not exist or cannot be read"))
        }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 512)) ?? Data())
        guard !head.isEmpty else { throw ListReadError(file: url.path, problem: .unreadable("the file is empty")) }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .zip }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return .xml }  // UTF-16 XML
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let first = bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        switch first {
        case UInt8(ascii: "<"): return .xml
        case UInt8(ascii: "{"): return .jsonLines
        default:
            if head.contains(0) {
                throw ListReadError(file: url.path, problem: .unrecognizedFile("it is a binary file"))
            }
            return .text
        }
    }
}
