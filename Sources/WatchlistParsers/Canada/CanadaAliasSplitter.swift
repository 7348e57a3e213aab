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
/// Line breaks are only line wrapping (`Mohamed El Tahir El\nAmin`), so they count as spaces. ` and ` is a
/// separator only between two names written in another script (`Тетяна Юріївна Томіліна and Томилина Татьяна
/// Юрьевна`); in Latin it is part of too many names (`Bank for Development and Investment`). The split is a reading of free text; the tests check that every word of every `Aliases`
/// value of the real file ends up in some name of its entity.
enum CanadaAliasSplitter {
    /// The names in the text, in order, each once, without `excluding` (the record's own name).
    static func names(in text: String, entityKind: EntityKind, excluding primary: String? = nil) -> [EntityName] {
        var names: [EntityName] = []
        for segment in labelledSegments(of: normalizedSpaces(text)) {
            for piece in pieces(of: segment.text) {
                let value = cleaned(piece)
                guard value.contains(where: \.isLetter), value != primary, !names.contains(where: { $0.value == value }) else { continue }
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
        let words = value.split(separator: " ").count
        let kind: NameKind = entityKind == .person && words == 1 ? .weakAlias : .alias
        return EntityName(value, kind: kind, language: language)
    }

    // MARK: - Steps

    /// Legal-form abbreviations that follow a name after a comma in the list (`LLC`, `ООО`): common Russian,
    /// Belarusian and Ukrainian forms (АО, ООО, ФГУП, ТОВ...) in Cyrillic and Latin, and English ones.
    private static let legalForms: Set<String> = [
        "AO", "OAO", "ZAO", "PAO", "NAO", "OOO", "ODO", "FGUP", "GUP", "LLC", "JSC", "PJSC", "OJSC", "CJSC", "FSUE",
        "LTD", "INC", "LLP", "PLC", "АО", "ОАО", "ЗАО", "ПАО", "НАО", "ООО", "ОДО", "ФГУП", "ФГБУ", "ГУП", "МУП",
        "УП", "ЧУП", "ТОВ", "ПАТ", "ПРАТ", "АТ",
    ]

    /// Language labels and the tags they give; the language names come from the file.
    private static let labels: [(label: String, tag: String)] = [
        ("belarussian", "be"), ("belarusian", "be"), ("russian", "ru"), ("ukrainian", "uk"), ("arabic", "ar"),
        ("persian", "fa"), ("farsi", "fa"), ("chinese", "zh"), ("burmese", "my"), ("korean", "ko"),
    ]

    /// The text cut at each label; the first segment (before any label) has no language.
    private static func labelledSegments(of text: String) -> [(text: String, language: String?)] {
        // Most texts have no label; a label needs a colon.
        guard text.utf8.contains(UInt8(ascii: ":")) else { return [(text, nil)] }
        var segments: [(text: String, language: String?)] = []
        var language: String?
        var current = ""
        var rest = Substring(text)
        while !rest.isEmpty {
            if current.last.map({ !$0.isLetter }) ?? true, rest.first?.isLetter == true, let (tag, after) = label(at: rest) {
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
    private static func label(at text: Substring) -> (tag: String, rest: Substring)? {
        for (label, tag) in labels where text.prefix(label.count).lowercased() == label {
            let after = text.dropFirst(label.count).drop { $0 == " " }
            if after.first == ":" { return (tag, after.dropFirst()) }
        }
        return nil
    }

    /// Splits at `,` `;` `/` and ` or ` outside quotes and brackets; rejoins lower-case continuations.
    /// A kind of quote or bracket that is not balanced in the text is ignored, so one stray `(` or `"`
    /// cannot swallow the separators after it.
    private static func pieces(of text: String) -> [String] {
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
            } else if !quoted, character == " ", rest.prefix(5) == " and ", joinsTwoScriptNames(current, rest.dropFirst(5)) {
                cut()
                rest.removeFirst(5)
            } else {
                current.append(character)
                rest.removeFirst()
            }
        }
        cut()
        return pieces
    }

    /// Whether an English ` and ` joins two names written in another script, of two words or more each:
    /// `Тетяна Юріївна Томіліна and Томилина Татьяна Юрьевна` (the Ukrainian and the Russian spelling). In
    /// Latin ` and ` is part of too many names to split at (`Bank for Development and Investment`).
    private static func joinsTwoScriptNames(_ before: String, _ after: Substring) -> Bool {
        let next = after.prefix { !",;/".contains($0) }
        func isOtherScriptName(_ text: some StringProtocol) -> Bool {
            let words = text.split(separator: " ")
            return words.count >= 2 && words.allSatisfy { word in
                word.contains(where: \.isLetter) && !word.contains { $0.isLetter && WritingScript.code(for: String($0)) == "Latn" }
            }
        }
        let lastName = before.split(whereSeparator: { ",;/".contains($0) }).last.map(String.init) ?? before
        return isOtherScriptName(lastName.trimmingCharacters(in: .whitespaces)) && isOtherScriptName(next.trimmingCharacters(in: .whitespaces))
    }

    /// One piece trimmed of spaces, separators and brackets left unmatched by the split
    /// (`Беларускi народны банк) (` gives `Беларускi народны банк`).
    private static func cleaned(_ piece: String) -> String {
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
    private static func normalizedSpaces(_ text: String) -> String {
        String(text.map { $0.isWhitespace ? " " : $0 })
    }
}
