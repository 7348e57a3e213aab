import Foundation
import WatchlistCore

/// Splits the free-text `Aliases` field of Canada's SEMA list into names.
///
/// The field holds several aliases in one text, separated by `,`, `;`, `/`, ` or ` or line breaks, some
/// behind a language label that holds until the next label:
/// `Mikalay Alyaksandravich Lukashenka, Kolya Lukashenko, Belarusian: Мікалай Аляксандравіч Лукашэнка;
/// Russian: Николай Александрович Лукашенко, Коля Лукашенко`.
///
/// Rules, from reading all 2,877 `Aliases` values of the March 2025 file:
/// - a label is a known language name followed by `:` (`Russian:`, `Belarusian:`, `Belarussian:`, `Arabic:`),
///   anywhere in the text; it gives the language of the aliases after it;
/// - separators inside quotes (`«...»`, `“...”`, `"..."`) or brackets do not split, so
///   `Открытое акционерное общество “МИНСКИЙ ЭЛЕКТРОТЕХНИЧЕСКИЙ ЗАВОД ИМЕНИ В.И. КОЗЛОВА”` stays whole;
/// - a non-Latin piece that starts with a lower-case letter continues the one before it (a Russian name with
///   commas, `Федеральное агентство по делам Содружества Независимых Государств, соотечественников, ...`), and
///   so does a bare legal form (`МИЦ "Известия", ООО`);
/// - a piece with letters of a non-Latin script is an original-script name (see `NameScript`), with the
///   label's language when there is one; a one-word Latin piece of a person (`Hemedti`, a lone given-name
///   variant) is a weak alias; anything else is an alias.
/// Line breaks are only line wrapping (`Mohamed El Tahir El\nAmin`), so they count as spaces. ` and ` is not a
/// separator, though it sometimes joins two aliases: it is part of too many names (`Bank for Development and
/// Investment`). The split is a reading of free text; the tests check that every word of every `Aliases`
/// value of the real file ends up in some name of its entity.
enum CanadaAliasSplitter {
    /// The names in the text, in order, each once, without `excluding` (the record's own name).
    ///
    /// The text is walked by Unicode scalar (see `String.isOneScalarPerCharacter`): a `Character` walk cost
    /// most of the time of reading the list. A text in which some character is several scalars takes the
    /// `Character` walk (`characterwiseNames`), which gives the same names.
    static func names(in text: String, entityKind: EntityKind, excluding primary: String? = nil) -> [EntityName] {
        guard text.isOneScalarPerCharacter else {
            return characterwiseNames(in: text, entityKind: entityKind, excluding: primary)
        }
        var names: [EntityName] = []
        // Line breaks, tabs and no-break spaces count as plain spaces.
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { scalars.append(scalar.isWhiteSpace ? " " : scalar) }
        for segment in labelledSegments(of: scalars) {
            for piece in pieces(of: segment.text) {
                let value = cleaned(piece)
                guard value.unicodeScalars.contains(where: \.isAlphabeticLetter), value != primary,
                    !names.contains(where: { $0.value == value })
                else { continue }
                names.append(name(value, language: segment.language, entityKind: entityKind))
            }
        }
        return names
    }

    static func name(_ value: String, language: String?, entityKind: EntityKind) -> EntityName {
        let (script, isOriginal) = NameScript.classify(value)
        if isOriginal {
            return EntityName(value, kind: .originalScript, script: script, language: language)
        }
        let words = value.isOneScalarPerCharacter
            ? value.unicodeScalars.split(separator: " ").count : value.split(separator: " ").count
        let kind: NameKind = entityKind == .person && words == 1 ? .weakAlias : .alias
        return EntityName(value, kind: kind, language: language)
    }

    /// Legal-form abbreviations that follow a name after a comma in the list (`LLC`, `ООО`): common Russian,
    /// Belarusian and Ukrainian forms (АО, ООО, ФГУП, ТОВ...) in Cyrillic and Latin, and English ones.
    static let legalForms: Set<String> = [
        "AO", "OAO", "ZAO", "PAO", "NAO", "OOO", "ODO", "FGUP", "GUP", "LLC", "JSC", "PJSC", "OJSC", "CJSC", "FSUE",
        "LTD", "INC", "LLP", "PLC", "АО", "ОАО", "ЗАО", "ПАО", "НАО", "ООО", "ОДО", "ФГУП", "ФГБУ", "ГУП", "МУП",
        "УП", "ЧУП", "ТОВ", "ПАТ", "ПРАТ", "АТ",
    ]
    /// The most scalars a legal form has: a longer piece is none.
    private static let longestLegalForm = legalForms.map(\.unicodeScalars.count).max() ?? 0

    /// Language labels and the tags they give; the language names come from the file.
    static let labels: [(label: String, tag: String)] = [
        ("belarussian", "be"), ("belarusian", "be"), ("russian", "ru"), ("ukrainian", "uk"), ("arabic", "ar"),
        ("persian", "fa"), ("farsi", "fa"), ("chinese", "zh"), ("burmese", "my"), ("korean", "ko"),
    ]

    // MARK: - Steps, on scalars

    private typealias Scalars = ArraySlice<Unicode.Scalar>

    /// The text cut at each label; the first segment (before any label) has no language.
    private static func labelledSegments(of text: [Unicode.Scalar]) -> [(text: Scalars, language: String?)] {
        // Most texts have no label; a label needs a colon.
        guard text.contains(":") else { return [(text[...], nil)] }
        var segments: [(text: Scalars, language: String?)] = []
        var language: String?
        var start = 0
        var index = 0
        while index < text.count {
            let afterLetter = index > start && text[index - 1].isAlphabeticLetter
            if !afterLetter, text[index].isAlphabeticLetter, let (tag, after) = label(in: text, at: index) {
                segments.append((text[start..<index], language))
                language = tag
                start = after
                index = after
                continue
            }
            index += 1
        }
        segments.append((text[start..<index], language))
        return segments.filter { $0.text.contains { !$0.isInWhitespaces } }
    }

    /// A label at `index`: a language name in any case, optional spaces, then `:`; the tag and the index after it.
    private static func label(in text: [Unicode.Scalar], at index: Int) -> (tag: String, after: Int)? {
        // The lower-cased text starts with the first scalar's lower case: its first byte must be the label's.
        let first = text[index]
        let firstByte = first.isASCII ? asciiLowercase(first) : first.properties.lowercaseMapping.utf8.first
        for (label, tag) in labels where label.utf8.first == firstByte
            && startsWithLowercased(text[index..<min(index + label.count, text.count)], label)
        {
            var after = min(index + label.count, text.count)
            while after < text.count, text[after] == " " { after += 1 }
            if after < text.count, text[after] == ":" { return (tag, after + 1) }
        }
        return nil
    }

    /// `String(scalars).lowercased() == label`, comparing ASCII bytes unless a scalar is not ASCII.
    private static func startsWithLowercased(_ scalars: Scalars, _ label: String) -> Bool {
        guard scalars.allSatisfy(\.isASCII) else { return String(scalars: scalars).lowercased() == label }
        return scalars.count == label.utf8.count
            && zip(scalars, label.utf8).allSatisfy { scalar, byte in asciiLowercase(scalar) == byte }
    }

    private static func asciiLowercase(_ scalar: Unicode.Scalar) -> UInt8 {
        let byte = UInt8(scalar.value)
        return (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }

    /// Splits at `,` `;` `/` and ` or ` outside quotes and brackets; rejoins lower-case continuations.
    /// A kind of quote or bracket that is not balanced in the text is ignored, so one stray `(` or `"`
    /// cannot swallow the separators after it.
    private static func pieces(of text: Scalars) -> [[Unicode.Scalar]] {
        var parentheses = (open: 0, close: 0), brackets = (open: 0, close: 0), guillemets = (open: 0, close: 0)
        var curlyQuotes = (open: 0, close: 0), straightQuotes = 0
        for scalar in text {
            switch scalar {
            case "(": parentheses.open += 1
            case ")": parentheses.close += 1
            case "[": brackets.open += 1
            case "]": brackets.close += 1
            case "\"": straightQuotes += 1
            case "«": guillemets.open += 1
            case "»": guillemets.close += 1
            case "“", "„": curlyQuotes.open += 1
            case "”": curlyQuotes.close += 1
            default: break
            }
        }
        let useParentheses = parentheses.open == parentheses.close && brackets.open == brackets.close
        let useStraightQuotes = straightQuotes % 2 == 0
        let useGuillemets = guillemets.open == guillemets.close
        let useCurlyQuotes = curlyQuotes.open == curlyQuotes.close

        var pieces: [[Unicode.Scalar]] = []
        func cut(_ range: Range<Int>) {
            let piece = trimmed(text[range]) { $0.isInWhitespaces }
            // `Государств, соотечественников, ...`: a non-Latin piece starting lower-case continues the last one;
            // so does a bare legal form (`НПО "Ижбс", ООО`), which is no name on its own.
            let continues = piece.first.map { $0.isLowercaseCharacter && WritingScript.code(for: String($0)) != "Latn" } ?? false
            if continues || isLegalForm(piece), !pieces.isEmpty {
                pieces[pieces.count - 1] += [",", " "] + piece
            } else {
                pieces.append(Array(piece))
            }
        }
        var depth = 0
        var inStraightQuotes = false
        var start = text.startIndex
        var index = start
        while index < text.endIndex {
            let scalar = text[index]
            switch scalar {
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
            if !quoted, scalar == "," || scalar == ";" || scalar == "/" {
                cut(start..<index)
                index += 1
                start = index
            } else if !quoted, scalar == " ", isOr(text, at: index) {
                cut(start..<index)
                index += 4
                start = index
            } else {
                index += 1
            }
        }
        cut(start..<index)
        return pieces
    }

    /// ` or ` in any case at `index`. Only ASCII letters lower-case to `o` and `r` (checked in the tests).
    private static func isOr(_ text: Scalars, at index: Int) -> Bool {
        guard index + 3 < text.endIndex else { return false }
        let (o, r, space) = (text[index + 1], text[index + 2], text[index + 3])
        return (o == "o" || o == "O") && (r == "r" || r == "R") && space == " "
    }

    /// A legal form alone, full stops aside (`ООО`, `LLC.`). Upper-casing neither adds nor removes full stops
    /// and never shortens a text, so a piece longer than the longest form is none.
    private static func isLegalForm(_ piece: Scalars) -> Bool {
        let core = trimmed(piece) { $0 == "." }
        guard core.count <= longestLegalForm else { return false }
        return legalForms.contains(String(scalars: core).uppercased())
    }

    /// One piece trimmed of spaces, separators and brackets left unmatched by the split
    /// (`Беларускi народны банк) (` gives `Беларускi народны банк`).
    private static func cleaned(_ piece: [Unicode.Scalar]) -> String {
        var open: [Int] = []
        var unmatched: Set<Int> = []
        for (index, scalar) in piece.enumerated() {
            if scalar == "(" { open.append(index) }
            if scalar == ")" {
                if open.isEmpty { unmatched.insert(index) } else { open.removeLast() }
            }
        }
        unmatched.formUnion(open)
        let kept = unmatched.isEmpty ? piece : piece.enumerated().filter { !unmatched.contains($0.offset) }.map(\.element)
        let value = trimmed(kept[...]) { $0.isInWhitespaces || $0 == "," || $0 == ";" || $0 == ":" || $0 == "/" }
        return String(scalars: value).collapsingWhitespace
    }

    private static func trimmed(_ scalars: Scalars, where isTrimmed: (Unicode.Scalar) -> Bool) -> Scalars {
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }) else { return [] }
        let last = scalars.lastIndex(where: { !isTrimmed($0) })!
        return scalars[first...last]
    }
}
