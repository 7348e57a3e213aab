import Foundation

/// A small in-memory element tree for one record of a streamed list (an `sdnEntry`, a `sanctionEntity`).
///
/// Lists are streamed record by record; each record is small, so a tree per record keeps readers simple
/// while memory stays flat over the file.
struct XMLNode: Equatable {
    var name: String
    var attributes: [String: String] = [:]
    var children: [XMLNode] = []
    /// The element's own text (direct text children, concatenated, whitespace-trimmed).
    var text: String = ""
    /// The line the element starts on.
    var line: Int = 0

    /// The first child with this local name.
    func child(_ name: String) -> XMLNode? { children.first { $0.name == name } }

    /// All children with this local name.
    func children(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }

    /// The trimmed text of the first child with this name, nil when absent or empty.
    func text(of name: String) -> String? {
        guard let text = child(name)?.text, !text.isEmpty else { return nil }
        return text
    }

    /// Children of the child `list` named `item` (`node.items("akaList", "aka")`).
    func items(_ list: String, _ item: String) -> [XMLNode] { child(list)?.children(item) ?? [] }
}

extension XMLReader {
    /// Reads the subtree of the element whose start tag was just returned, up to its end tag.
    func readSubtree(startingWith start: XMLElementStart) throws(ListReadError) -> XMLNode {
        var stack = [XMLNode(name: start.localName, attributes: start.attributes, line: start.line)]
        while let event = try next() {
            switch event {
            case .startElement(let element):
                stack.append(XMLNode(name: element.localName, attributes: element.attributes, line: element.line))
            case .text(let text):
                stack[stack.count - 1].text += text
            case .endElement:
                var finished = stack.removeLast()
                finished.text = finished.text.trimmed
                if stack.isEmpty { return finished }
                stack[stack.count - 1].children.append(finished)
            }
        }
        throw ListReadError(file: documentName, line: line, problem: .malformedXML("the document ends inside <\(start.localName)>"))
    }
}
