import CLibXML2
import Foundation

/// The readable text of an HTML page, through libxml2's HTML parser: no network (`HTML_PARSE_NONET`),
/// errors recovered rather than printed. Scripts, styles, navigation, headers and footers, asides, forms
/// and embedded frames are dropped; block elements (paragraphs, headings, list items, table rows) end
/// with a blank line so each reads as its own sentence or heading; list items start with "- ".
enum HTMLText {
    static func content(of data: Data) -> String? {
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
        let document = data.withUnsafeBytes { buffer -> htmlDocPtr? in
            guard let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return htmlReadMemory(base, Int32(buffer.count), nil, "UTF-8", options)
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        var output = ""
        var node = document.pointee.children
        while let current = node {
            append(current, to: &output)
            node = current.pointee.next
        }
        // Collapse runs of blank lines and spaces the markup left.
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        }
        var text = ""
        var blank = true
        for line in lines {
            if line.isEmpty {
                if !blank { text += "\n" }
                blank = true
            } else {
                text += line + "\n"
                blank = false
            }
        }
        return text
    }

    private static let dropped: Set<String> = [
        "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe", "svg", "button",
        "menu", "template", "select", "head", "figure", "object", "embed", "canvas",
    ]
    private static let blocks: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "article", "section", "blockquote", "ul", "ol",
        "table", "br", "dd", "dt", "pre", "main", "body", "title", "td", "th",
    ]

    /// A table of two or more rows and columns as the lines of a Markdown table ("| Name | Reasons |", a
    /// rule of dashes under the first row), which `ListingTable` reads as one; nil for a table of one row or
    /// one column (a layout table), which reads as blocks.
    private static func pipeTable(_ table: xmlNodePtr) -> String? {
        var rows: [[String]] = []
        func collectRows(_ node: xmlNodePtr) {
            var child = node.pointee.children
            while let current = child {
                defer { child = current.pointee.next }
                guard current.pointee.type == XML_ELEMENT_NODE else { continue }
                let name = current.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                if name == "tr" {
                    var cells: [String] = []
                    var cell = current.pointee.children
                    while let node = cell {
                        defer { cell = node.pointee.next }
                        let cellName = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                        guard node.pointee.type == XML_ELEMENT_NODE, cellName == "td" || cellName == "th" else { continue }
                        var text = ""
                        var inner = node.pointee.children
                        while let part = inner {
                            append(part, to: &text)
                            inner = part.pointee.next
                        }
                        cells.append(text.split(whereSeparator: \.isWhitespace).joined(separator: " ").replacingOccurrences(of: "|", with: "/"))
                    }
                    rows.append(cells)
                } else if ["thead", "tbody", "tfoot"].contains(name) {
                    collectRows(current)
                }
            }
        }
        collectRows(table)
        guard rows.count >= 2, let columns = rows.map(\.count).max(), columns >= 2 else { return nil }
        var lines = rows.map { "| " + $0.joined(separator: " | ") + " |" }
        lines.insert("|" + Array(repeating: "---|", count: columns).joined(), at: 1)
        return lines.joined(separator: "\n")
    }

    /// Appends a node's text, walking its children (element depth is bounded by libxml2's own limit).
    private static func append(_ node: xmlNodePtr, to output: inout String) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content {
                output += String(cString: content).replacingOccurrences(of: "\n", with: " ")
            }
        case XML_ELEMENT_NODE:
            let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            guard !dropped.contains(name) else { return }
            if name == "table", let table = pipeTable(node) {
                output += "\n\n" + table + "\n\n"
                return
            }
            let isBlock = blocks.contains(name)
            if isBlock { output += "\n\n" }
            if name == "li" { output += "- " }
            var child = node.pointee.children
            while let current = child {
                append(current, to: &output)
                child = current.pointee.next
            }
            if isBlock { output += "\n\n" }
        default:
            var child = node.pointee.children
            while let current = child {
                append(current, to: &output)
                child = current.pointee.next
            }
        }
    }
}
