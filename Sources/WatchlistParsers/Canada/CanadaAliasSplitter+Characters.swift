import Foundation
import WatchlistCore

/// The splitter's steps walked by `Character`: the path for an `Aliases` text in which some character is
/// several scalars (an accent typed as a combining mark), and the reference the scalar walk in
/// `CanadaAliasSplitter.swift` is tested against (`CanadaSEMAXMLTests`). Both follow the rules documented on
/// `CanadaAliasSplitter`; keep them in step.
extension CanadaAliasSplitter {
    static func characterwiseNames(in text: String, entityKind: EntityKind, excluding primary: String? = nil) -> [EntityName] {
        var names: [EntityName] = []
        for segment in characterwiseSegments(of: characterwiseNormalizedSpaces(text)) {
            for piece in characterwisePieces(of: segment.text) {
                let value = characterwiseCleaned(piece)
                guard value.contains(where: \.isLetter), value != primary, !names.contains(where: { $0.value == value }) else { continue }
                names.append(name(value, language: segment.language, entityKind: entityKind))
            }
        }
        return names
    }

    /// The text cut at each label; the first segment (before any label) has no language.
    private static func characterwiseSegments(of text: String) -> [(text: String, language: String?)] {
        // Most texts have no label; a label needs a colon.
        guard text.utf8.contains(UInt8(ascii: ":")) else { return [(text, nil)] }
        var segments: [(text: String, language: String?)] = []
        var language: String?
        var current = ""
        var rest = Substring(text)
        while !rest.isEmpty {
            if current.last.map({ !$0.isLetter }) ?? true, rest.first?.isLetter == true, let (tag, after) = characterwiseLabel(at: rest) {
                segments.append((current, language))
                current = ""
                language = tag
                rest = after
                continue
            }
            current.append(rest.removeFirst())
        }
        segments.append((current, language))
        return segments.filter { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// A label at the start of `text`: a language name, optional spaces, then `:`.
    private static func characterwiseLabel(at text: Substring) -> (tag: String, rest: Substring)? {
        for (label, tag) in labels where text.prefix(label.count).lowercased() == label {
            let after = text.dropFirst(label.count).drop { $0 == " " }
            if after.first == ":" { return (tag, after.dropFirst()) }
        }
        return nil
    }

    /// Splits at `,` `;` `/` and ` or ` outside quotes and brackets; rejoins lower-case continuations.
    /// A kind of quote or bracket that is not balanced in the text is ignored, so one stray `(` or `"`
    /// cannot swallow the separators after it.
    private static func characterwisePieces(of text: String) -> [String] {
        var counts: [Unicode.Scalar: Int] = [:]
        for scalar in text.unicodeScalars where "()[]\"«»“„”".unicodeScalars.contains(scalar) { counts[scalar, default: 0] += 1 }
        func balanced(_ open: Unicode.Scalar, _ close: Unicode.Scalar) -> Bool { counts[open, default: 0] == counts[close, default: 0] }
        let useParentheses = balanced("(", ")") && balanced("[", "]")
        let useStraightQuotes = counts["\"", default: 0] % 2 == 0
        let useGuillemets = balanced("«", "»")
        let useCurlyQuotes = counts["“", default: 0] + counts["„", default: 0] == counts["”", default: 0]

        var pieces: [String] = []
        var current = ""
        var depth = 0
        var inStraightQuotes = false
        var rest = Substring(text)
        func cut() {
            let piece = current.trimmingCharacters(in: .whitespaces)
            current = ""
            // `Государств, соотечественников, ...`: a non-Latin piece starting lower-case continues the last one;
            // so does a bare legal form (`НПО "Ижбс", ООО`), which is no name on its own.
            let continues = piece.first.map { $0.isLowercase && WritingScript.code(for: String($0)) != "Latn" } ?? false
            if continues || legalForms.contains(piece.uppercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))),
               let last = pieces.last
            {
                pieces[pieces.count - 1] = last + ", " + piece
            } else {
                pieces.append(piece)
            }
        }
        while let character = rest.first {
            switch character {
            case "(", "[": if useParentheses { depth += 1 }
            case ")", "]": if useParentheses { depth = max(0, depth - 1) }
            case "\"": if useStraightQuotes { inStraightQuotes.toggle() }
            case "«": if useGuillemets { depth += 1 }
            case "»": if useGuillemets { depth = max(0, depth - 1) }
            case "“", "„": if useCurlyQuotes { depth += 1 }
            case "”": if useCurlyQuotes { depth = max(0, depth - 1) }
            default: break
            }
            let quoted = depth > 0 || inStraightQuotes
            if !quoted, character == "," || character == ";" || character == "/" {
                cut()
                rest.removeFirst()
            } else if !quoted, character == " ", rest.prefix(4).lowercased() == " or " {
                cut()
                rest.removeFirst(4)
            } else {
                current.append(character)
                rest.removeFirst()
            }
        }
        cut()
        return pieces
    }

    /// One piece trimmed of spaces, separators and brackets left unmatched by the split
    /// (`Беларускi народны банк) (` gives `Беларускi народны банк`).
    private static func characterwiseCleaned(_ piece: String) -> String {
        var characters = Array(piece)
        var open: [Int] = []
        var unmatched: Set<Int> = []
        for (index, character) in characters.enumerated() {
            if character == "(" { open.append(index) }
            if character == ")" {
                if open.isEmpty { unmatched.insert(index) } else { open.removeLast() }
            }
        }
        unmatched.formUnion(open)
        characters = characters.enumerated().filter { !unmatched.contains($0.offset) }.map(\.element)
        return String(characters)
            .trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: ",;:/")))
            .collapsingWhitespace
    }

    /// Line breaks, tabs and no-break spaces as plain spaces.
    private static func characterwiseNormalizedSpaces(_ text: String) -> String {
        String(text.map { $0.isWhitespace ? " " : $0 })
    }
}
