/// Reads the tagged facts OFSI has put into `Other Information` since 2022:
/// `(UK Sanctions List Ref):RUS0001. (UK Statement of Reasons):... (Gender):Male`.
enum TaggedText {
    /// The `(tag):value` pairs in order, tags lowercased, values trimmed of spaces and a final full stop.
    static func fields(in text: String) -> [(tag: String, value: String)] {
        // Most texts (all before 2022) have no tag: look for `):` in the bytes before walking characters.
        var previous: UInt8 = 0
        guard text.utf8.contains(where: { byte in
            defer { previous = byte }
            return previous == UInt8(ascii: ")") && byte == UInt8(ascii: ":")
        }) else { return [] }
        let characters = Array(text)
        // Every `(tag):` with a short tag of letters, digits and spaces, and where it starts and ends.
        var tags: [(tag: String, start: Int, end: Int)] = []
        var index = 0
        while index < characters.count {
            if characters[index] == "(", let close = tagEnd(characters, from: index + 1) {
                tags.append((String(characters[(index + 1)..<close]).lowercased(), index, close + 2))
                index = close + 2
            } else {
                index += 1
            }
        }
        return tags.enumerated().map { position, tag in
            let valueEnd = position + 1 < tags.count ? tags[position + 1].start : characters.count
            var value = String(characters[tag.end..<max(tag.end, valueEnd)]).trimmingWhitespace()
            if value.hasSuffix(".") { value.removeLast() }
            return (tag.tag, value.trimmingWhitespace())
        }
    }

    /// The index of the `)` of a tag whose text starts at `start`, when `):` follows a short tag.
    private static func tagEnd(_ characters: [Character], from start: Int) -> Int? {
        var index = start
        while index < characters.count, index - start <= 60 {
            let character = characters[index]
            if character == ")" {
                guard index > start, index + 1 < characters.count, characters[index + 1] == ":" else { return nil }
                return index
            }
            guard character.isLetter || character.isNumber || character == " " else { return nil }
            index += 1
        }
        return nil
    }
}

extension String {
    /// The text without leading and trailing whitespace and line breaks.
    fileprivate func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while slice.first?.isWhitespace == true { slice.removeFirst() }
        while slice.last?.isWhitespace == true { slice.removeLast() }
        return String(slice)
    }
}
