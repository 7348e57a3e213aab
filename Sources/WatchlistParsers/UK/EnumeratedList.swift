import Foundation

/// Splits the numbered lists OFSI writes into one cell: `(1) Saudi Arabia (2) Qatar`, `1) Saudi Arabia 2) Qatar`,
/// and the range form `(1)-(2) Indonesia` (one value for items 1 to 2).
///
/// A marker counts only at the start of the text or after a space, and only with one or two digits, so
/// `issued on 3 May 2007)` and `(Qatari passport)` are left alone.
///
/// ```swift
/// EnumeratedList.items(in: "(1) Tirpas-Selong Village (2) Korleko")  // ["Tirpas-Selong Village", "Korleko"]
/// EnumeratedList.items(in: "Tunis")                                  // ["Tunis"]
/// ```
enum EnumeratedList {
    /// The items, trimmed, empty ones dropped; the whole text as one item when it has no markers.
    static func items(in text: String) -> [String] {
        // Most cells hold no marker at all; skip the character walk for them.
        guard text.utf8.contains(UInt8(ascii: ")")) else {
            let item = trimmed(text)
            return item.isEmpty ? [] : [item]
        }
        let characters = Array(text)
        var items: [String] = []
        var current = ""
        var index = 0
        while index < characters.count {
            let atWordStart = index == 0 || characters[index - 1].isWhitespace
            if atWordStart, let end = markerEnd(characters, from: index) {
                items.append(current)
                current = ""
                index = end
                continue
            }
            current.append(characters[index])
            index += 1
        }
        items.append(current)
        return items.map(trimmed).filter { !$0.isEmpty }
    }

    /// The index just after a marker (`(1)`, `1)`, `(1)-(2)`) starting at `start`, or nil.
    private static func markerEnd(_ characters: [Character], from start: Int) -> Int? {
        guard var end = number(characters, from: start) else { return nil }
        // A range: `(1)-(2)`, `1)-2)`, with optional spaces around the dash.
        var probe = end
        while probe < characters.count, characters[probe] == " " { probe += 1 }
        if probe < characters.count, characters[probe] == "-" {
            probe += 1
            while probe < characters.count, characters[probe] == " " { probe += 1 }
            if let rangeEnd = number(characters, from: probe) { end = rangeEnd }
        }
        return end
    }

    /// Matches `(` optional, one or two digits, `)`; returns the index after the `)`.
    private static func number(_ characters: [Character], from start: Int) -> Int? {
        var index = start
        if index < characters.count, characters[index] == "(" { index += 1 }
        let digitsStart = index
        while index < characters.count, index - digitsStart < 3, characters[index].isASCII, characters[index].isNumber {
            index += 1
        }
        let digitCount = index - digitsStart
        guard (1...2).contains(digitCount), index < characters.count, characters[index] == ")" else { return nil }
        return index + 1
    }

    private static func trimmed(_ item: String) -> String {
        item.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: ",;")))
    }
}
