import Foundation
import WatchlistCore

/// A party in a notice's field layout, as the UK's financial sanctions notices and many annexes write
/// them:
///
/// ```
/// 4. Name: Sevzapelektronika JSC
///    a.k.a.: AO Sevzapelektronika; SZE
///    Type of entity: Joint-stock company
/// ```
///
/// The name is the rest of the `Name:` line; `a.k.a.:` (or `Also known as:`, `Alias:`) lines give aliases
/// split at semicolons; a date of birth, nationality or position makes it a person, a type of entity an
/// organization, an IMO number a vessel.
enum NoticeRecord {
    /// The party of a record, or nil when the text is not one.
    static func mention(in text: String) -> PartyMention? {
        var mention: PartyMention?
        var lines = text.split(whereSeparator: \.isNewline)[...]
        if let entry = numberedEntry(Array(lines)) {
            mention = PartyMention(name: entry.name, aliases: entry.aliases)
            lines = lines.dropFirst(entry.fieldsFrom)
        }
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let field = Self.fieldName(line[..<colon])
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty else { continue }
            if Self.isNameField(field) || Self.kindFields[field] != nil {
                guard mention == nil else { break }
                // "Entity: Kvant-Radar OOO, a.k.a., the following three aliases:": the aliases come on lines of
                // their own.
                let value = value.range(of: ", a.k.a.").map { String(value[..<$0.lowerBound]) } ?? value
                let (name, aliases) = Self.nameAndParentheses(value)
                mention = PartyMention(name: Self.joinedParts(name), kind: Self.kindFields[field] ?? Self.kind(ofNameField: field), aliases: aliases)
                if field.hasPrefix("vessel") { mention?.kind = .vessel }
                // Only individuals' names come in numbered parts.
                if Self.joinedParts(value) != value { mention?.kind = .person }
                continue
            }
            guard var record = mention else { continue }
            defer { mention = record }
            switch field {
            case "a.k.a.", "a.k.a", "aka", "also known as", "alias", "aliases", "f.k.a.", "formerly known as", "name (original script)",
                "other names", "other name", "other spellings", "spelling variants",
                // The UN Consolidated List's alias qualities.
                "good quality a.k.a.", "low quality a.k.a.":
                record.aliases += Self.aliasList(value)
            case "dob", "date of birth", "pob", "place of birth", "nationality", "position", "passport", "title", "gender",
                "passport number", "military rank":
                record.kind = record.kind ?? .person
            case "type of entity", "entity type", "registration number", "business registration number", "tax id",
                "date of registration", "place of registration":
                record.kind = record.kind ?? .organization
            case "imo", "imo number":
                record.kind = .vessel
                if let number = value.split(whereSeparator: { !$0.isNumber }).first(where: { $0.count == 7 }) {
                    record.identifiers.append("IMO " + String(number))
                }
            default:
                // "Identification: IMO 9290113; crude oil tanker", "Identification: DOB 14.11.1969; ...".
                let words = value.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "," })
                if let imo = words.firstIndex(where: { $0.uppercased() == "IMO" }), imo + 1 < words.count,
                    words[imo + 1].count == 7, words[imo + 1].allSatisfy(\.isNumber), record.identifiers.isEmpty
                {
                    record.kind = .vessel
                    record.identifiers.append("IMO " + String(words[imo + 1]))
                } else if words.contains(where: { $0.uppercased() == "DOB" }) {
                    record.kind = record.kind ?? .person
                }
            }
        }
        return mention
    }

    /// Whether the text's first line is a record's name line ("4. Name: X", "QDi.441  Name: 1: HAMZA ...").
    static func startsRecord(_ text: String) -> Bool {
        var lines = text.split(whereSeparator: \.isNewline)
        // "[China]" over the record: a heading of the list's, not part of it.
        if let heading = lines.first, isBracketHeading(heading), lines.count > 1 { lines.removeFirst() }
        guard var line = lines.first else { return false }
        if numberedEntry(lines) != nil { return true }
        // "Entry 1834:" or "No. 12:" on a line of its own, the name on the next; so is "No. 750" or "Former
        // No. 214" without a colon, as Japan's End User List numbers its entries.
        if line.hasSuffix(":"), line.split(separator: " ").count <= 3, lines.count > 1 {
            line = lines[1]
        } else if lines.count > 1, startsWithBareEntryNumber(String(line)) {
            line = lines[1]
        }
        guard let colon = line.firstIndex(of: ":") else { return false }
        let field = fieldName(line[..<colon])
        if isNameField(field) || kindFields[field] != nil { return true }
        // "SSID: 200-13021" or "Group ID: 15123" first, the name line next.
        guard referenceFields.contains(field), lines.count > 1, let nextColon = lines[1].firstIndex(of: ":") else { return false }
        return isNameField(fieldName(lines[1][..<nextColon]))
    }

    /// Whether a line is a list's heading in brackets, as Japan's End User List heads its countries ("[China]").
    static func isBracketHeading(_ line: some StringProtocol) -> Bool {
        let text = line.trimmingCharacters(in: .whitespaces)
        return text.hasPrefix("[") && text.hasSuffix("]") && text.count <= 40
    }

    /// Whether the text's first line is an entry number alone, without a colon ("No. 750", "Former No. 214").
    static func startsWithBareEntryNumber(_ text: String) -> Bool {
        let first = text.prefix { !$0.isNewline }
        return first.range(of: #"^\s*(?:Former )?(?:No\.|Entry|Item) ?\d{1,5}\s*$"#, options: .regularExpression) != nil
    }

    /// An Official Journal annex entry: its number on a line of its own, the name on the next, then the name
    /// in the original script in parentheses and "a.k.a. ..." lines, then the fields:
    ///
    /// ```
    /// 2348.
    /// Yelena Borisovna SHCHERBAKOVA
    /// (Елена Борисовна ЩЕРБАКОВА)
    /// a.k.a. Elena Borisovna SHCHERBAKOVA
    /// DOB: 9.10.1976
    /// ```
    ///
    /// The name, its aliases, and the number of lines before the fields; nil when the lines are not one.
    private static func numberedEntry(_ lines: [Substring]) -> (name: String, aliases: [String], fieldsFrom: Int)? {
        guard lines.count >= 3 else { return nil }
        let number = lines[0].trimmingCharacters(in: .whitespaces)
        let digits = number.hasSuffix(".") ? number.dropLast() : number[...]
        let name = lines[1].trimmingCharacters(in: .whitespaces)
        guard !digits.isEmpty, digits.count <= 5, digits.allSatisfy(\.isNumber), !name.contains(":"),
            name.first?.isLetter == true || "'‘\"“".contains(name.first ?? " ")
        else { return nil }
        var aliases: [String] = []
        for index in 2..<min(lines.count, 7) {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("("), line.hasSuffix(")") {
                aliases.append(String(line.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces))
            } else if line.lowercased().hasPrefix("a.k.a. ") {
                aliases += aliasList(String(line.dropFirst(7)))
            } else if let colon = line.firstIndex(of: ":"), line.distance(from: line.startIndex, to: colon) <= 30 {
                return (name, aliases.filter { !$0.isEmpty }, index)
            } else {
                return nil
            }
        }
        return nil
    }

    /// Fields that may come before the name line, numbering the record.
    private static let referenceFields: Set<String> = [
        "ssid", "id", "group id", "unique id", "reference", "ref", "ref.", "entry", "entry no.", "no.", "list number",
    ]

    /// Name lines that give the kind as their field: "(a) Individual: RI CHOL UNG", "(c) Entity: KOREA
    /// TAESONG GENERAL TRADING CORPORATION", as a regulator's circular sets out a committee's additions.
    private static let kindFields: [String: EntityKind] = [
        "individual": .person, "entity": .organization, "organisation": .organization, "organization": .organization,
        "vessel": .vessel, "ship": .vessel, "aircraft": .aircraft,
    ]

    /// "name", "name of entity", "vessel name", "company or organization", or a reference number before
    /// "name" ("qdi.441  name").
    private static func isNameField(_ field: String) -> Bool {
        if ["name", "name of entity", "name of individual", "vessel name", "entity name", "full name", "name 6"].contains(field) { return true }
        let words = field.split(separator: " ")
        if words.count == 2 && words.last == "name" && words[0].contains(where: \.isNumber) { return true }
        // Labels made of kind nouns and "name": "Company or Organization", "Name of company", "Company name".
        return words.count >= 2 && words.allSatisfy { nameLabelWords.contains(String($0)) }
            && words.contains { kindFields[String($0)] != nil || $0 == "company" }
    }

    /// The words a name field's label is made of, besides the kind nouns.
    private static let nameLabelWords: Set<String> = [
        "name", "of", "or", "the", "full", "legal", "company", "entity", "organization", "organisation", "individual", "person",
        "vessel", "ship",
    ]

    /// The kind a name field's label names, when it names one: "Company or Organization" an organization.
    private static func kind(ofNameField field: String) -> EntityKind? {
        let kinds = Set(field.split(separator: " ").compactMap { $0 == "company" ? .organization : kindFields[String($0)] })
        return kinds.count == 1 ? kinds.first : nil
    }

    /// Numbered name parts as one name: the UN's "1: HAMZA 2: ABDULLAHI 3: MOHAMED 4: na", and OFSI's
    /// "Name 6: ABDULLAEVA 1: Nilufar 2: Bakhtiyorovna 3: n/a" (the family name first, read last). Other
    /// names as they are.
    private static func joinedParts(_ value: String) -> String {
        func isMarker(_ word: Substring) -> Bool { word.hasSuffix(":") && word.count > 1 && word.dropLast().allSatisfy(\.isNumber) }
        let words = value.split(separator: " ").map { $0.hasSuffix(".") && !$0.dropLast().contains(".") ? $0.dropLast() : $0 }
        guard let firstMarker = words.firstIndex(where: isMarker) else { return value }
        let parts = words[firstMarker...].filter { !isMarker($0) && !["na", "n/a"].contains($0.lowercased()) }
        let family = words[..<firstMarker]
        return (parts + family).joined(separator: " ")
    }

    /// "Yevgeny Loktev (Евгений Локтев)", "Sokol LLC (a.k.a. OOO Sokol)": the name before the parentheses,
    /// and what they hold as aliases.
    private static func nameAndParentheses(_ value: String) -> (String, [String]) {
        guard value.hasSuffix(")"), let open = value.firstIndex(of: "("), open > value.startIndex else { return (value, []) }
        let name = value[..<open].trimmingCharacters(in: .whitespaces)
        var inside = String(value[value.index(after: open)..<value.index(before: value.endIndex)])
        for cue in ["a.k.a.", "a.k.a", "aka", "also known as", "f.k.a.", "formerly"] where inside.lowercased().hasPrefix(cue) {
            inside = String(inside.dropFirst(cue.count))
            break
        }
        return (name, aliasList(inside))
    }

    /// "A; B" or the UN's "a) A b) B".
    private static func aliasList(_ value: String) -> [String] {
        var aliases: [String] = []
        var current: [Substring] = []
        for word in value.split(separator: " ") {
            if word.count == 2, word.last == ")", word.first?.isLetter == true {
                if !current.isEmpty { aliases.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(word)
            }
        }
        if !current.isEmpty { aliases.append(current.joined(separator: " ")) }
        return aliases.flatMap { $0.split(separator: ";") }.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " ,")) }
            .filter { !$0.isEmpty && !["na", "n/a", "not available", "-", "—", "–", "none"].contains($0.lowercased()) }
    }

    /// The field name before a colon, lowercased, without the item number, letter or bullet before it
    /// ("4. Name", "(a) Individual").
    private static func fieldName(_ text: Substring) -> String {
        var field = text.drop { $0.isNumber || $0.isWhitespace || ".)-*•".contains($0) }
        // "(a) ", "(iv) ", "b) ": an item letter.
        if let close = field.prefix(6).firstIndex(of: ")"), field[..<close].drop(while: { $0 == "(" }).allSatisfy(\.isLowercase) {
            field = field[field.index(after: close)...]
        }
        return String(field).trimmingCharacters(in: .whitespaces).lowercased()
    }
}
