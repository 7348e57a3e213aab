/// Turns Markdown into the text the extractor reads by blanking its markup with spaces, so that every
/// character keeps its offset in the file: headings' `#`, emphasis `*` and `_`, code backticks, link
/// targets (`[Treasury](https://...)` reads as ` Treasury ` and spaces), images and HTML comments.
/// Bullets stay, as "-", so list items stay items.
enum MarkdownText {
    static func blankingMarkup(in markdown: String) -> String {
        var characters = Array(markdown)
        var index = 0
        var lineStart = true
        while index < characters.count {
            let character = characters[index]
            if character == "\n" {
                lineStart = true
                index += 1
                continue
            }
            if lineStart {
                // Leading "#"s and ">"s of headings and quotes; "*" and "+" bullets become "-".
                var cursor = index
                while cursor < characters.count, characters[cursor] == " " { cursor += 1 }
                while cursor < characters.count, "#>".contains(characters[cursor]) {
                    characters[cursor] = " "
                    cursor += 1
                }
                if cursor + 1 < characters.count, "*+".contains(characters[cursor]), characters[cursor + 1] == " " {
                    characters[cursor] = "-"
                }
                lineStart = false
                index = cursor
                continue
            }
            switch character {
            case "*", "_", "`":
                // Emphasis and code markers, not underscores inside words.
                let before = index > 0 ? characters[index - 1] : " "
                let after = index + 1 < characters.count ? characters[index + 1] : " "
                if character != "_" || !(before.isLetter && after.isLetter) { characters[index] = " " }
                index += 1
            case "!" where index + 1 < characters.count && characters[index + 1] == "[":
                // An image: blank it whole.
                let end = linkEnd(characters, from: index + 1) ?? index
                for position in index...end { if characters[position] != "\n" { characters[position] = " " } }
                index = end + 1
            case "[":
                // A link: keep its text, blank the brackets and the target.
                guard let close = characters[index...].firstIndex(of: "]"), close + 1 < characters.count,
                    characters[close + 1] == "(", let end = characters[close...].firstIndex(of: ")"),
                    !characters[index..<end].contains("\n")
                else {
                    index += 1
                    continue
                }
                characters[index] = " "
                for position in close...end { characters[position] = " " }
                index += 1
            case "<" where characters[index...].starts(with: Array("<!--")):
                let end = (index..<max(index, characters.count - 2)).first { characters[$0..<($0 + 3)].elementsEqual("-->") }
                let last = (end ?? characters.count - 3) + 2
                for position in index...min(last, characters.count - 1) where characters[position] != "\n" { characters[position] = " " }
                index = last + 1
            default:
                index += 1
            }
        }
        return String(characters)
    }

    /// Plain text with the quote markers of email and chat exports blanked: the `>` (or `> >`) that starts
    /// a line followed by a space, so a quoted notice's numbered entries are items like any others.
    /// Offsets are kept, as in `blankingMarkup(in:)`.
    static func blankingQuoteMarkers(in text: String) -> String {
        // On the UTF-8 bytes: the markers, spaces and newlines are ASCII, and a byte for a byte keeps every
        // character's offset. (Walking `Character`s made this a sixth of the time of a 4 MiB article.)
        let (greater, space, newline) = (UInt8(ascii: ">"), UInt8(ascii: " "), UInt8(ascii: "\n"))
        guard text.utf8.contains(greater) else { return text }
        var bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            var cursor = index
            var sawMarker = false
            while cursor < bytes.count, bytes[cursor] == space || bytes[cursor] == greater {
                sawMarker = sawMarker || bytes[cursor] == greater
                cursor += 1
            }
            if sawMarker, bytes[cursor - 1] == space || cursor == bytes.count || bytes[cursor] == newline {
                for position in index..<cursor { bytes[position] = space }
            }
            guard let next = bytes[cursor...].firstIndex(of: newline) else { break }
            index = next + 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func linkEnd(_ characters: [Character], from index: Int) -> Int? {
        guard let close = characters[index...].firstIndex(of: "]"), close + 1 < characters.count, characters[close + 1] == "("
        else { return nil }
        return characters[close...].firstIndex(of: ")")
    }
}
