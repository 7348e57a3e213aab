import Foundation

/// An article as the extractor reads it: its name and its text. Plain text is read as it is; Markdown
/// has its markup blanked out in place (so offsets still point into the file); HTML is reduced to the text
/// of its content (`HTMLText`), and offsets point into that text.
public struct ArticleDocument: Hashable, Sendable {
    public enum Format: String, Hashable, Sendable, CaseIterable {
        case plainText = "text"
        case markdown
        case html
    }

    /// The file as given (a path, or "-" for standard input).
    public var name: String
    public var format: Format
    /// The text the extractor reads; `ExtractedParty.span` offsets count its characters.
    public var text: String

    /// Articles larger than this are refused: no announcement is that long, and a file that is usually
    /// is not an article (a data dump, a log).
    public static let maximumBytes = 16 << 20

    public init(name: String, format: Format, text: String) {
        self.name = name
        self.format = format
        self.text = text
    }

    /// Reads a file; the format comes from the extension (`.html`, `.htm`, `.md`, `.markdown`, else text,
    /// or HTML when the text starts like an HTML page).
    public static func read(fileURL: URL) throws(ArticleReadError) -> ArticleDocument {
        let data: Data
        do {
            let size = (try? FileManager.default.attributesOfItem(atPath: fileURL.path)[.size] as? Int) ?? 0
            if size > maximumBytes { throw ArticleReadError(file: fileURL.path, problem: .tooLarge(bytes: size)) }
            data = try Data(contentsOf: fileURL)
        } catch let error as ArticleReadError {
            throw error
        } catch {
            throw ArticleReadError(file: fileURL.path, problem: .unreadable(error.localizedDescription))
        }
        return try read(data: data, name: fileURL.path, format: Format(pathExtension: fileURL.pathExtension))
    }

    /// Reads bytes; `format` nil means: HTML if the text starts like an HTML page, else plain text.
    public static func read(data: Data, name: String, format: Format? = nil) throws(ArticleReadError) -> ArticleDocument {
        guard data.count <= maximumBytes else { throw ArticleReadError(file: name, problem: .tooLarge(bytes: data.count)) }
        guard data.contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else {
            throw ArticleReadError(file: name, problem: .empty)
        }
        if let zero = data.firstIndex(of: 0) {
            throw ArticleReadError(file: name, line: line(at: zero, in: data), problem: .binary)
        }
        guard let decoded = String(validating: data, as: UTF8.self) else {
            let offset = firstInvalidUTF8Offset(in: data)
            throw ArticleReadError(file: name, line: line(at: offset, in: data), problem: .invalidUTF8(byteOffset: offset))
        }
        let text = decoded.hasPrefix("\u{FEFF}") ? String(decoded.dropFirst()) : decoded
        let resolved = format ?? (Self.looksLikeHTML(text) ? .html : .plainText)
        switch resolved {
        case .plainText: return ArticleDocument(name: name, format: resolved, text: MarkdownText.blankingQuoteMarkers(in: text))
        case .markdown: return ArticleDocument(name: name, format: resolved, text: MarkdownText.blankingMarkup(in: text))
        case .html:
            guard let content = HTMLText.content(of: data) else { throw ArticleReadError(file: name, problem: .malformedHTML) }
            return ArticleDocument(name: name, format: resolved, text: content)
        }
    }

    private static func looksLikeHTML(_ text: String) -> Bool {
        let start = text.drop { $0.isWhitespace }.prefix(15).lowercased()
        return start.hasPrefix("<!doctype html") || start.hasPrefix("<html")
    }

    private static func line(at offset: Int, in data: Data) -> Int {
        data.prefix(offset).reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    private static func firstInvalidUTF8Offset(in data: Data) -> Int {
        var offset = 0
        var iterator = data.makeIterator()
        var decoder = UTF8()
        // Walk scalar by scalar; the decoder does not say how many bytes it consumed, so count them.
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return data.count
            case .error: return offset
            }
        }
    }
}

extension ArticleDocument.Format {
    /// The format a file extension names; nil for extensions that leave it to the content.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "html", "htm", "xhtml": self = .html
        case "md", "markdown": self = .markdown
        case "txt", "text": self = .plainText
        default: return nil
        }
    }
}

/// Why an article could not be read.
public struct ArticleReadError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Problem: Hashable, Sendable {
        case unreadable(String)
        case empty
        case binary
        case invalidUTF8(byteOffset: Int)
        case tooLarge(bytes: Int)
        case malformedHTML
    }

    public var file: String
    public var line: Int?
    public var problem: Problem

    public init(file: String, line: Int? = nil, problem: Problem) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        switch problem {
        case .unreadable(let reason): return "\(place): cannot read the article: \(reason)"
        case .empty: return "\(place): the article is empty; give a file with the text of an announcement"
        case .binary:
            return "\(place): this is a binary file (it contains NUL bytes), not an article; give plain text, Markdown or HTML"
        case .invalidUTF8(let offset):
            return "\(place): the article is not valid UTF-8 (first bad byte at offset \(offset)); convert it to UTF-8, e.g. with iconv"
        case .tooLarge(let bytes):
            return "\(place): \(bytes) bytes is more than the \(ArticleDocument.maximumBytes >> 20) MiB an article may have; split it into articles"
        case .malformedHTML: return "\(place): libxml2 could not read this HTML at all; save the page as text and try again"
        }
    }
}
