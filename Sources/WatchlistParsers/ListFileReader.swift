import Foundation
import WatchlistCore

/// Reads an official list file into entities, detecting its format from the root element.
///
/// ```swift
/// let list = try ListFileReader().read(fileURL: URL(filePath: "SDN.XML"))
/// print(list.format, list.entities.count)
/// ```
public struct ListFileReader: Sendable {
    public init() {}

    /// Reads a list file from disk, streaming it.
    public func read(fileURL: URL) throws(ListReadError) -> ListFile {
        try read(XMLReader(fileURL: fileURL), file: fileURL.lastPathComponent)
    }

    /// Reads a list document held in memory; `documentName` names it in errors and provenance.
    public func read(data: Data, documentName: String) throws(ListReadError) -> ListFile {
        try read(XMLReader(data: data, documentName: documentName), file: documentName)
    }

    private func read(_ reader: XMLReader, file: String) throws(ListReadError) -> ListFile {
        guard let root = try firstElement(reader) else {
            throw ListReadError(file: reader.documentName, problem: .unreadable("the file has no XML root element"))
        }
        guard let format = ListFormat(rootElement: root.localName) else {
            throw ListReadError(
                file: reader.documentName, line: root.line,
                problem: .unknownFormat(rootElement: root.localName, namespace: root.namespaceURI))
        }
        switch format {
        case .ofacLegacyXML:
            return try readOFACLegacy(reader, file: file)
        }
    }

    private func firstElement(_ reader: XMLReader) throws(ListReadError) -> XMLElementStart? {
        while let event = try reader.next() {
            if case .startElement(let element) = event { return element }
        }
        return nil
    }

    private func readOFACLegacy(_ reader: XMLReader, file: String) throws(ListReadError) -> ListFile {
        var mapper = OFACLegacyXMLMapper(sourceName: "OFAC", file: file, published: nil)
        var entities: [Entity] = []
        while let event = try reader.next() {
            guard case .startElement(let element) = event else { continue }
            switch element.localName {
            case "publshInformation":
                let header = try reader.readSubtree(startingWith: element)
                mapper.published = header.text(of: "Publish_Date").flatMap(OFACDate.publishDate)
            case "sdnEntry":
                entities.append(try mapper.entity(from: reader.readSubtree(startingWith: element)))
            default:
                continue
            }
        }
        return ListFile(format: .ofacLegacyXML, published: mapper.published, entities: entities)
    }
}

/// The entities of one list file and what the file says about itself.
public struct ListFile: Sendable {
    public var format: ListFormat
    /// The publication date the file states, if any.
    public var published: PartialDate?
    public var entities: [Entity]
}
