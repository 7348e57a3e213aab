import CLibXML2
import Foundation

/// A streaming, pull-style XML reader over libxml2's `xmlTextReader`.
///
/// This is the only Swift file that touches the libxml2 C API. It is safe for untrusted input:
/// it never touches the network (`XML_PARSE_NONET`), never loads a DTD or external entity, and never
/// substitutes entities (no `XML_PARSE_NOENT` / `XML_PARSE_DTDLOAD`), so entity bombs and XXE do not apply.
///
/// Events are balanced: an empty element (`<a/>`) yields `.startElement` then `.endElement`.
///
/// ```swift
/// let reader = try XMLReader(fileURL: url)
/// while let event = try reader.next() {
///     if case .startElement(let element) = event { print(element.localName) }
/// }
/// ```
final class XMLReader {
    /// One step of the document.
    enum Event: Equatable {
        case startElement(XMLElementStart)
        case endElement(localName: String)
        /// Character data (text or CDATA) inside the current element.
        case text(String)
    }

    /// The name the reader reports in errors (a path or a caller-given name).
    let documentName: String
    private let reader: xmlTextReaderPtr
    /// Owned copy of in-memory input; libxml2 reads it lazily, so it must outlive `reader`.
    private let buffer: UnsafeMutableRawBufferPointer?
    private var pendingEnd: String?
    /// The first error libxml2 reported through the structured handler.
    fileprivate var firstError: (message: String, line: Int, column: Int)?

    private static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)

    /// Opens a file for streaming.
    init(fileURL: URL) throws(ListReadError) {
        documentName = fileURL.path
        guard FileManager.default.isReadableFile(atPath: fileURL.path) else {
            throw ListReadError(file: fileURL.path, problem: .unreadable("the file does not exist or cannot be read"))
        }
        xmlInitParser()
        guard let reader = xmlReaderForFile(fileURL.path, nil, Self.options) else {
            throw ListReadError(file: fileURL.path, problem: .unreadable("libxml2 could not open the file"))
        }
        self.reader = reader
        self.buffer = nil
        installErrorHandler()
    }

    /// Reads a document held in memory.
    init(data: Data, documentName: String) throws(ListReadError) {
        self.documentName = documentName
        xmlInitParser()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 1)
        data.copyBytes(to: buffer)
        let base = buffer.baseAddress!.assumingMemoryBound(to: CChar.self)
        guard let reader = xmlReaderForMemory(base, Int32(data.count), documentName, nil, Self.options) else {
            buffer.deallocate()
            throw ListReadError(file: documentName, problem: .unreadable("libxml2 could not read the data"))
        }
        self.reader = reader
        self.buffer = buffer
        installErrorHandler()
    }

    deinit {
        xmlFreeTextReader(reader)
        buffer?.deallocate()
    }

    /// The line of the node the reader is on (1-based; 0 when unknown).
    var line: Int { Int(xmlTextReaderGetParserLineNumber(reader)) }

    /// The line of the current node's start tag (the parser itself may already be further on).
    private var nodeLine: Int {
        guard let node = xmlTextReaderCurrentNode(reader) else { return line }
        let number = Int(xmlGetLineNo(node))
        return number > 0 ? number : line
    }

    /// The next event, or nil at the end of the document.
    func next() throws(ListReadError) -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            return .endElement(localName: name)
        }
        while true {
            let status = xmlTextReaderRead(reader)
            if status < 0 || firstError != nil { throw malformedError() }
            if status == 0 { return nil }
            switch xmlReaderTypes(UInt32(xmlTextReaderNodeType(reader))) {
            case XML_READER_TYPE_ELEMENT:
                let element = XMLElementStart(
                    localName: string(xmlTextReaderConstLocalName(reader)) ?? "",
                    namespaceURI: string(xmlTextReaderConstNamespaceUri(reader)),
                    attributes: readAttributes(),
                    line: nodeLine)
                if xmlTextReaderIsEmptyElement(reader) == 1 { pendingEnd = element.localName }
                return .startElement(element)
            case XML_READER_TYPE_END_ELEMENT:
                return .endElement(localName: string(xmlTextReaderConstLocalName(reader)) ?? "")
            case XML_READER_TYPE_TEXT, XML_READER_TYPE_CDATA, XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
                // Significant whitespace is text the document asks to keep (`xml:space="preserve"`, XLSX runs).
                return .text(string(xmlTextReaderConstValue(reader)) ?? "")
            default:
                continue  // comments, processing instructions, whitespace, unexpanded entity references
            }
        }
    }

    private func readAttributes() -> [String: String] {
        var attributes: [String: String] = [:]
        guard xmlTextReaderHasAttributes(reader) == 1 else { return attributes }
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            if let name = string(xmlTextReaderConstLocalName(reader)), xmlTextReaderIsNamespaceDecl(reader) != 1 {
                attributes[name] = string(xmlTextReaderConstValue(reader)) ?? ""
            }
        }
        xmlTextReaderMoveToElement(reader)
        return attributes
    }

    private func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private func malformedError() -> ListReadError {
        let error = firstError ?? (message: "the XML is not well-formed", line: line, column: 0)
        return ListReadError(
            file: documentName, line: error.line, column: error.column,
            problem: .malformedXML(error.message))
    }

    private func installErrorHandler() {
        // libxml2 calls back with this object as context; the reader never outlives `self`.
        let context = Unmanaged.passUnretained(self).toOpaque()
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            let owner = Unmanaged<XMLReader>.fromOpaque(context).takeUnretainedValue()
            // Warnings (level 1) do not stop reading; errors and fatal errors do.
            guard error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue, owner.firstError == nil else { return }
            let message = error.pointee.message.map { String(cString: $0) } ?? "unknown libxml2 error"
            owner.firstError = (
                message: message.trimmingCharacters(in: .whitespacesAndNewlines),
                line: Int(error.pointee.line), column: Int(error.pointee.int2))
        }, context)
    }
}

/// An element's start tag: its local name, namespace, attributes and line.
struct XMLElementStart: Equatable {
    var localName: String
    var namespaceURI: String?
    var attributes: [String: String]
    var line: Int
}
