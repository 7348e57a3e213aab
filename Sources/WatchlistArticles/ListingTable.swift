import Foundation
import WatchlistCore

/// A table of parties in a text: a Markdown table (`| No. | Name | ... |`) or a plain-text one whose
/// header is underlined with runs of dashes, as press releases lay out vessels and annexes:
///
/// ```
/// VESSEL NAME      IMO NUMBER   FLAG          FORMER NAME(S)
/// ---------------  -----------  ------------  -----------------------
/// ARIANA SUN       9255921      Comoros       FRONT LYNX
/// ```
///
/// The parties are the cells of the column headed "Name" (or "Vessel name", "Entity", ...); a column
/// headed "IMO" gives IMO numbers (and makes the rows vessels), one headed "Former name(s)" or "Alias"
/// gives aliases.
///
/// A copy of a web table with its cells between semicolons or tabs ("Name;Type;Country;Date listed;Regime")
/// is read the same way. A row whose other cells say "Removed" (or "Delisted", "Revoked") is a removal;
/// one that says "Amended" changes an entry listed before and is no party.
struct ListingTable: Sendable {
    /// Where the table is in the text, as character offsets.
    var span: Range<Int>
    var parties: [PartyMention]
    /// The indices in `parties` of the rows marked as removed.
    var removed: Set<Int> = []
    /// Each party's row's date, from a column headed "Date" ("Date listed", "Date of designation"), when
    /// it has one: a wiki's table of every listing so far dates the old ones.
    var dates: [PartialDate?] = []
    /// Each party's row's authority, from a column headed "Authority" ("Regime authority", "Source").
    var authorities: [String?] = []
    /// Whether the table is a log of listings that needs no designating sentence before it: its rows are
    /// dated and typed ("Individual", "Entity") or carry a sanctions program, as a tracker's export does.
    var isListingLog = false

    /// The date of the row `parties[index]` comes from, when the table dates its rows.
    func date(ofParty index: Int) -> PartialDate? {
        dates.indices.contains(index) ? dates[index] : nil
    }

    /// The authority of the row `parties[index]` comes from, when the table names one per row.
    func authority(ofParty index: Int) -> String? {
        authorities.indices.contains(index) ? authorities[index] : nil
    }

    /// The newest date of the table's rows.
    var newestDate: PartialDate? {
        dates.compactMap { $0 }.max()
    }

    /// The tables of a text, in order.
    static func tables(in text: [Character]) -> [ListingTable] {
        var lines: [(text: String, span: Range<Int>)] = []
        var start = 0
        for (index, character) in text.enumerated() where character.isNewline {
            lines.append((String(text[start..<index]), start..<index))
            start = index + 1
        }
        if start < text.count { lines.append((String(text[start...]), start..<text.count)) }
        var tables: [ListingTable] = []
        var index = 0
        while index + 1 < lines.count {
            if let (table, next) = markdownTable(lines, at: index) ?? plainTable(lines, at: index) ?? pipeRows(lines, at: index)
                ?? delimitedRows(lines, at: index) ?? spacedRows(lines, at: index) ?? recordRun(lines, at: index)
            {
                if !table.parties.isEmpty { tables.append(table) }
                index = next
            } else {
                index += 1
            }
        }
        return tables
    }

    // MARK: Layouts

    private static func markdownTable(_ lines: [(text: String, span: Range<Int>)], at index: Int) -> (ListingTable, Int)? {
        func cells(_ line: String) -> [String]? {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("|"), trimmed.hasSuffix("|"), trimmed.count > 2 else { return nil }
            return pipeCells(trimmed.dropFirst().dropLast())
        }
        guard let header = cells(lines[index].text), let rule = cells(lines[index + 1].text),
            rule.allSatisfy({ !$0.isEmpty && $0.allSatisfy { "-:".contains($0) } })
        else { return nil }
        var rows: [[String]] = []
        var next = index + 2
        while next < lines.count, let row = cells(lines[next].text) {
            rows.append(row)
            next += 1
        }
        return (table(header: header, rows: rows, span: lines[index].span.lowerBound..<lines[next - 1].span.upperBound), next)
    }

    /// A table copied out of a PDF or exported as text: a header line of cells between pipes with a "Name"
    /// column, perhaps a rule under it (`-----+-----`), then rows of as many cells ("| Name | Identifying
    /// information | Reasons" over "38. | Yevgeny ZHURAVLYOV ... | Gender: male; ... | ..."), until a line
    /// without pipes. A leading pipe leaves the first column (the entry numbers) without a heading.
    private static func pipeRows(_ lines: [(text: String, span: Range<Int>)], at index: Int) -> (ListingTable, Int)? {
        func cells(_ line: String) -> [String] {
            var parts = pipeCells(line[...])
            if parts.last == "" { parts.removeLast() }
            return parts
        }
        let header = cells(lines[index].text)
        guard header.count >= 3, header.contains(where: { $0.lowercased() == "name" || $0.lowercased() == "names" }) else { return nil }
        var rows: [[String]] = []
        var next = index + 1
        var end = index
        if next < lines.count, lines[next].text.contains("-"), lines[next].text.allSatisfy({ "-+|: ".contains($0) }) { next += 1 }
        while next < lines.count {
            // Rows set apart by blank lines, as an Official Journal annex prints them.
            if lines[next].text.allSatisfy(\.isWhitespace), next + 1 < lines.count, lines[next + 1].text.contains("|") {
                next += 1
                continue
            }
            guard lines[next].text.contains("|") else { break }
            let row = cells(lines[next].text)
            guard row.count >= header.count - 1 else { break }
            rows.append(row)
            end = next
            next += 1
        }
        guard !rows.isEmpty else { return nil }
        return (table(header: header, rows: rows, span: lines[index].span.lowerBound..<lines[end].span.upperBound), end + 1)
    }

    /// A header line of cells between semicolons or tabs with a "Name" column, then rows of as many cells,
    /// until a line with fewer.
    private static func delimitedRows(_ lines: [(text: String, span: Range<Int>)], at index: Int) -> (ListingTable, Int)? {
        let headerLine = lines[index].text
        guard let separator: Character = headerLine.contains("\t") ? "\t" : headerLine.contains(";") ? ";" : nil else { return nil }
        func cells(_ line: String) -> [String] {
            line.split(separator: separator, omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        }
        let header = cells(headerLine)
        // Header cells are labels, not prose: a sentence with semicolons is no header.
        guard header.count >= 3, header.allSatisfy({ $0.split(separator: " ").count <= 3 }),
            header.contains(where: { ["name", "names", "name of entity", "full name"].contains($0.lowercased()) })
        else { return nil }
        var rows: [[String]] = []
        var next = index + 1
        while next < lines.count {
            let row = cells(lines[next].text)
            guard row.count == header.count else { break }
            rows.append(row)
            next += 1
        }
        guard !rows.isEmpty else { return nil }
        return (table(header: header, rows: rows, span: lines[index].span.lowerBound..<lines[next - 1].span.upperBound), next)
    }

    /// A table set in columns by runs of spaces, with no rule under its header, as a legislative instrument
    /// prints its schedule: a header line of three cells or more, one of them a "Name" column ("Item  Name of
    /// individual  Date of birth  Citizenship"), then rows of as many cells (one fewer when the last is
    /// empty), until a line with fewer.
    private static func spacedRows(_ lines: [(text: String, span: Range<Int>)], at index: Int) -> (ListingTable, Int)? {
        func cells(_ line: String) -> [String] {
            line.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: #"\s{2,}|\t"#, with: "\u{1F}", options: .regularExpression)
                .split(separator: "\u{1F}").map(String.init)
        }
        // Cheap tests first: this runs for every line of a text.
        let line = lines[index].text
        guard line.contains("  ") || line.contains("\t"), line.range(of: "name", options: .caseInsensitive) != nil else { return nil }
        let header = cells(line)
        // Header cells are labels, not prose.
        guard header.count >= 3, header.allSatisfy({ $0.split(separator: " ").count <= 6 }),
            header.contains(where: { $0.lowercased().hasPrefix("name") })
        else { return nil }
        var rows: [[String]] = []
        var next = index + 1
        while next < lines.count {
            let row = cells(lines[next].text)
            guard (header.count - 1...header.count).contains(row.count) else { break }
            rows.append(row)
            next += 1
        }
        guard !rows.isEmpty else { return nil }
        return (table(header: header, rows: rows, span: lines[index].span.lowerBound..<lines[next - 1].span.upperBound), next)
    }

    /// Two or more records in a notice's field layout (`NoticeRecord`) one after another, each its lines up to
    /// a blank line, with only blank lines and headings in brackets ("[China]") between them:
    ///
    /// ```
    /// [China]
    /// No. 750
    ///   Company or Organization: Chengdu Tianrui Aerospace Materials Co., Ltd.
    ///   Also Known As: Tianrui Aero Materials; Chengdu TRAM
    /// ```
    ///
    /// Read as one table whose rows are the records, so a record's lines are not cut into sentences at a
    /// "Ltd." and a heading before a record does not hide it.
    private static func recordRun(_ lines: [(text: String, span: Range<Int>)], at index: Int) -> (ListingTable, Int)? {
        func isBlank(_ line: Int) -> Bool { lines[line].text.allSatisfy(\.isWhitespace) }
        func isBracketHeading(_ line: Int) -> Bool { NoticeRecord.isBracketHeading(lines[line].text) }
        // A record is a few lines ("Name:", "a.k.a.:", address, ...); a paragraph of more than 60 lines is
        // none, and not joining it keeps a long text linear to read (each line is tried as a record's start).
        func recordText(from start: Int) -> (String, end: Int)? {
            var end = start
            while end < lines.count, !isBlank(end) {
                end += 1
                if end - start > Self.longestRecord { return nil }
            }
            let text = lines[start..<end].map(\.text).joined(separator: "\n")
            guard NoticeRecord.startsRecord(text) else { return nil }
            return (text, end)
        }
        guard !isBlank(index), let first = recordText(from: index) else { return nil }
        var records: [(String, end: Int)] = [first]
        var next = first.end
        var headed = isBracketHeading(index)
        while true {
            var probe = next
            while probe < lines.count, isBlank(probe) || isBracketHeading(probe) {
                headed = headed || isBracketHeading(probe)
                probe += 1
            }
            guard probe < lines.count, let record = recordText(from: probe) else { break }
            records.append(record)
            next = record.end
        }
        // Records that name themselves "Name: X" read well sentence by sentence (with what is amended
        // between them); a run is read as a table only where headings or bare entry numbers
        // ("No. 750") come between its records.
        let numbered = records.contains { NoticeRecord.startsWithBareEntryNumber($0.0) }
        guard records.count >= 2, headed || numbered else { return nil }
        let parties = records.compactMap { NoticeRecord.mention(in: $0.0) }
        return (ListingTable(span: lines[index].span.lowerBound..<lines[next - 1].span.upperBound, parties: parties), next)
    }

    /// The most lines a record of a notice runs to.
    private static let longestRecord = 60

    /// The cells of a line split at its pipes, trimmed.
    private static func pipeCells(_ line: Substring) -> [String] {
        line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// A header line, a line of dash runs under its columns, and rows until a blank line.
    private static func plainTable(_ lines: [(text: String, span: Range<Int>)], at index: Int) -> (ListingTable, Int)? {
        let rule = Array(lines[index + 1].text)
        guard rule.contains("-"), rule.allSatisfy({ $0 == "-" || $0 == " " }) else { return nil }
        // Columns are the runs of dashes.
        var columns: [Range<Int>] = []
        var runStart: Int?
        for (offset, character) in rule.enumerated() {
            if character == "-", runStart == nil { runStart = offset }
            if character == " ", let start = runStart {
                columns.append(start..<offset)
                runStart = nil
            }
        }
        if let start = runStart { columns.append(start..<rule.count) }
        guard columns.count >= 2 else { return nil }
        func cells(_ line: String) -> [String] {
            let characters = Array(line)
            return columns.enumerated().map { position, column in
                // The last column runs to the end of the line.
                let end = position == columns.count - 1 ? characters.count : min(characters.count, columns[position + 1].lowerBound)
                guard column.lowerBound < end else { return "" }
                return String(characters[column.lowerBound..<end]).trimmingCharacters(in: .whitespaces)
            }
        }
        var rows: [[String]] = []
        var next = index + 2
        while next < lines.count, !lines[next].text.trimmingCharacters(in: .whitespaces).isEmpty {
            rows.append(cells(lines[next].text))
            next += 1
        }
        return (table(header: cells(lines[index].text), rows: rows, span: lines[index].span.lowerBound..<lines[next - 1].span.upperBound), next)
    }

    // MARK: Columns

    /// "| Registration | Type | Operator |": aircraft by their registration marks ("RA-73521", "EP-FQA",
    /// "N842AB"), the operator as the party they belong to.
    private static func aircraftTable(header: [String], rows: [[String]], span: Range<Int>) -> ListingTable {
        guard let markColumn = header.firstIndex(where: { $0.contains("registration") || $0.contains("tail") }) else {
            return ListingTable(span: span, parties: [])
        }
        let operatorColumn = header.firstIndex { $0.contains("operator") || $0.contains("owner") || $0.contains("airline") }
        var parties: [PartyMention] = []
        for row in rows where markColumn < row.count {
            let mark = row[markColumn].trimmingCharacters(in: CharacterSet(charactersIn: " *"))
            guard mark.range(of: #"^[A-Z0-9]{1,2}-?[A-Z0-9]{3,5}$"#, options: .regularExpression) != nil, mark.contains(where: \.isNumber) || mark.contains("-")
            else { continue }
            var mention = PartyMention(name: mark, kind: .aircraft)
            if let operatorColumn, operatorColumn < row.count, !row[operatorColumn].isEmpty {
                mention.role = "aircraft"
                mention.relatedTo = row[operatorColumn]
            }
            parties.append(mention)
        }
        return ListingTable(span: span, parties: parties)
    }

    private static func table(header: [String], rows: [[String]], span: Range<Int>) -> ListingTable {
        let lower = header.map { $0.lowercased() }
        let nameColumn = lower.firstIndex { $0.contains("name") && !$0.contains("former") && !$0.contains("rendering") && !$0.contains("original") }
            ?? lower.firstIndex {
                ["entity", "entities", "individual", "individuals", "vessel", "person", "persons", "company", "party", "parties",
                 "designee", "designees", "target", "targets", "organisation", "organization"].contains($0)
            }
        guard let nameColumn else { return aircraftTable(header: lower, rows: rows, span: span) }
        let imoColumn = lower.firstIndex { $0.contains("imo") }
        let typeColumn = lower.firstIndex { $0 == "type" || $0 == "entry type" || $0 == "kind" }
        let aliasColumn = lower.firstIndex { $0.contains("former") || $0.contains("alias") || $0.contains("a.k.a") }
        let isVesselTable = imoColumn != nil || lower[nameColumn].contains("vessel")
        // "Name of individual", "Name of entity": the column says the kind.
        let headerKind: EntityKind? = lower[nameColumn].contains("individual") || lower[nameColumn].contains("person")
            ? .person : lower[nameColumn].contains("entity") || lower[nameColumn].contains("company") ? .organization : nil
        let dateColumn = lower.firstIndex { $0.split(separator: " ").contains("date") && !$0.contains("birth") }
        let authorityColumn = lower.firstIndex { $0.split(separator: " ").contains("authority") || $0 == "source" }
        let programColumn = lower.firstIndex { ["program", "programme", "regime", "sanctions program", "sanctions regime"].contains($0) }
        var parties: [PartyMention] = []
        var removed: Set<Int> = []
        var dates: [PartialDate?] = []
        var authorities: [String?] = []
        let answerColumn = Self.designationAnswerColumn(header: lower, rows: rows)
        for row in rows where nameColumn < row.count {
            let status = Self.rowStatus(row, nameColumn: nameColumn)
            if status == .amended { continue }
            // "| CASPIAN LARK | ... | No — linked |" under "UK designation (yesterday)": not designated.
            if let answerColumn, answerColumn < row.count, !Self.answer(row[answerColumn]).hasPrefix("yes") { continue }
            // "**Shenzhen Huaxin Precision Technology Co., Ltd.**, also listed under the name *Huaxin
            // Precision*": the bold words are the name, italic ones after it aliases.
            var (name, described) = Self.nameAndDescription(row[nameColumn])
            // "CELESTIA (ex-NOVA SPIRIT), IMO 9233741": the IMO number and the former name are in the cell.
            var cellIMO: String?
            if let imo = name.range(of: #",?\s*\(?IMO\s*(\d{7})\)?\s*$"#, options: .regularExpression) {
                cellIMO = String(name[imo].filter(\.isNumber))
                name = String(name[..<imo.lowerBound])
            }
            var formerNames: [String] = []
            // "Yevgeny ZHURAVLYOV (Евгений ЖУРАВЛЁВ) a.k.a. Evgeniy ZHURAVLEV": aliases after the name.
            if let aka = name.range(of: #"\s+(?:a\.k\.a\.|also known as)\s+"#, options: [.regularExpression, .caseInsensitive]) {
                formerNames += name[aka.upperBound...].components(separatedBy: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                name = String(name[..<aka.lowerBound])
                // "X (Артём КОЛЕСНИКОВ); a.k.a. Y": the separator before the cue; "X (ANO IEI; a.k.a. Y)": the
                // cue inside the parentheses, whose first name is a short one.
                name = name.trimmingCharacters(in: CharacterSet(charactersIn: " ;,"))
                if let open = name.lastIndex(of: "("), !name[open...].contains(")") {
                    let short = name[name.index(after: open)...].trimmingCharacters(in: .whitespaces)
                    if !short.isEmpty { formerNames.insert(short, at: 0) }
                    name = name[..<open].trimmingCharacters(in: .whitespaces)
                    formerNames = formerNames.map { $0.hasSuffix(")") && !$0.contains("(") ? String($0.dropLast()) : $0 }
                }
            }
            // A name in its own script in parentheses ("(Марина Олеговна ЛАПТЕВА)") is another of its names.
            if name.hasSuffix(")"), let open = name.lastIndex(of: "("),
                name[open...].unicodeScalars.contains(where: { $0.properties.isAlphabetic && !$0.isASCII && !("\u{00C0}"..."\u{024F}").contains($0) })
            {
                formerNames.append(String(name[name.index(after: open)..<name.index(before: name.endIndex)]))
                name = name[..<open].trimmingCharacters(in: .whitespaces)
            }
            // "VOLKOV (also known as Dmitrii Volkov)", "Plant OJSC (also known as MPIP; Minsk Instruments)".
            if let former = name.range(of: #"\s*\((?:ex-|ex |formerly |f\.k\.a\. |a\.k\.a\. |also known as )([^)]+)\)\s*$"#, options: .regularExpression) {
                formerNames += String(name[former]).trimmingCharacters(in: CharacterSet(charactersIn: " ()"))
                    .replacingOccurrences(of: #"^(?:ex-|ex |formerly |f\.k\.a\. |a\.k\.a\. |also known as )"#, with: "", options: .regularExpression)
                    .components(separatedBy: "; ")
                name = String(name[..<former.lowerBound])
            }
            guard PartyListParser.isPartyName(name, tokens: nil) else { continue }
            var mention = PartyMention(name: name, kind: isVesselTable || cellIMO != nil ? .vessel : headerKind)
            // "| Type | Name | Program |" with "Individual", "Entity", "Vessel", "Aircraft".
            if let typeColumn, typeColumn < row.count, let kind = Self.kinds[row[typeColumn].lowercased()] { mention.kind = kind }
            // "DOB: 12.3.1975; POB: Tver; Gender: male" in another cell: a person's row.
            if mention.kind == nil, row.indices.contains(where: { $0 != nameColumn && Self.describesPerson(row[$0]) }) {
                mention.kind = .person
            }
            mention.aliases += formerNames
            if let cellIMO { mention.identifiers.append("IMO " + cellIMO) }
            mention.aliases += Self.aliases(in: described)
            // "JSC "Tverskoy Priborny Zavod" (TPZ)", "Karadeniz Elektronik Sanayi ve Ticaret A.Ş. (Karadeniz
            // Elektronik)": a short name in parentheses after the name; a place there ("(Dubai Silicon Oasis)")
            // is dropped.
            if name.hasSuffix(")"), let open = name.lastIndex(of: "(") {
                let inner = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
                mention.name = name[..<open].trimmingCharacters(in: .whitespaces)
                let sharesFirstWord = inner.split(separator: " ").first == mention.name.split(separator: " ").first
                if inner.count <= 12 || sharesFirstWord { mention.aliases.append(inner) }
            }
            if let imoColumn, imoColumn < row.count, let number = row[imoColumn].split(whereSeparator: { !$0.isNumber }).first(where: { $0.count == 7 }),
                !mention.identifiers.contains("IMO " + String(number))
            {
                mention.identifiers.append("IMO " + String(number))
            }
            if let aliasColumn, aliasColumn < row.count {
                mention.aliases += row[aliasColumn].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty && !["-", "—", "none", "n/a"].contains($0.lowercased()) }
            }
            if status == .removed { removed.insert(parties.count) }
            parties.append(mention)
            dates.append(dateColumn.flatMap { $0 < row.count ? Self.date(row[$0]) : nil })
            authorities.append(authorityColumn.flatMap { column in
                column < row.count ? ArticleAuthority.narrowest(ArticleAuthority.mentions(in: ArticleToken.tokens(of: row[column], offset: 0)[...]).map(\.authority)) : nil
            })
        }
        var table = ListingTable(span: span, parties: parties, removed: removed, dates: dates, authorities: authorities)
        table.isListingLog = dateColumn != nil && (typeColumn != nil || programColumn != nil) && dates.contains { $0 != nil }
        return table
    }

    /// A date cell's date: "12 August 2025", "2025-08-12" or "12/08/2025" (day first, as outside the US).
    private static func date(_ cell: String) -> PartialDate? {
        if let written = ArticleDate.dates(in: ArticleToken.tokens(of: cell, offset: 0), defaultYear: nil).first { return written }
        let parts = cell.split(separator: "/").compactMap { Int($0) }
        guard parts.count == 3, cell.split(separator: "/").count == 3 else { return nil }
        return PartialDate(year: parts[2], month: parts[1], day: parts[0])
    }

    /// A column that answers whether each row was designated ("UK designation (yesterday)": "Yes",
    /// "No — suspected", "Already sanctioned (US, Dec 2024)"): its header speaks of designation and its
    /// cells answer yes for some rows and otherwise for others.
    private static func designationAnswerColumn(header: [String], rows: [[String]]) -> Int? {
        header.indices.first { column in
            let title = header[column]
            guard ["designat", "sanction", "listed", "listing"].contains(where: title.contains) else { return false }
            let answers = rows.compactMap { column < $0.count ? answer($0[column]) : nil }
            return answers.contains { $0.hasPrefix("yes") } && answers.contains { $0.hasPrefix("no") || $0.hasPrefix("already") }
        }
    }

    /// A cell's words without the emphasis around them, in lowercase.
    private static func answer(_ cell: String) -> String {
        cell.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "*_ "))
    }

    private enum RowStatus { case listed, removed, amended }

    /// What a row's cells other than the name say of it: "Removed", "Delisted", "Revoked" mark a removal
    /// (so does a mark in brackets after other words: "IRAN [REMOVED]"), "Amended (originally listed
    /// 09/05/2024)" a change to an earlier entry.
    private static func rowStatus(_ row: [String], nameColumn: Int) -> RowStatus {
        for (column, cell) in row.enumerated() where column != nameColumn {
            let lower = cell.lowercased()
            if ["removed", "delisted", "revoked", "removed from list"].contains(where: lower.hasPrefix) { return .removed }
            if ["[removed]", "[delisted]", "(removed)", "(delisted)"].contains(where: lower.hasSuffix) { return .removed }
            if lower.hasPrefix("amended") || lower.hasPrefix("varied") { return .amended }
        }
        return .listed
    }

    /// A type column's words for the kinds of party.
    private static let kinds: [String: EntityKind] = [
        "individual": .person, "person": .person, "natural person": .person, "entity": .organization,
        "organization": .organization, "organisation": .organization, "company": .organization,
        "legal person": .organization, "vessel": .vessel, "ship": .vessel, "aircraft": .aircraft,
    ]

    /// Whether a cell gives a person's particulars: "DOB: 12.3.1975; POB: Tver; Gender: male".
    private static func describesPerson(_ cell: String) -> Bool {
        cell.range(of: #"\b(?:DOB|Date of birth|Place of birth|POB|Gender|Passport(?: no\.?| number)?)\s*:"#, options: [.regularExpression, .caseInsensitive]) != nil
    }

    /// A name cell's name and the description after it: "Shenzhen Huaxin Precision Technology Co., Ltd.,
    /// also listed under the name Huaxin Precision" is cut at the comma before a lowercase word.
    private static func nameAndDescription(_ cell: String) -> (String, String) {
        let plain = cell.replacingOccurrences(of: "**", with: "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard let comma = plain.range(of: #",\s*[a-z]"#, options: .regularExpression) else { return (plain, "") }
        return (
            plain[..<comma.lowerBound].trimmingCharacters(in: .whitespaces),
            String(plain[plain.index(after: comma.lowerBound)...]).trimmingCharacters(in: .whitespaces)
        )
    }

    /// The other names a description gives: "also listed under the name X", "which also appears as X",
    /// "a.k.a. X", "formerly X".
    private static func aliases(in description: String) -> [String] {
        let cue = #"(?:also (?:listed|known|appears?|written|spelled|registered)(?: [a-z]+)*? (?:as|name)|a\.k\.a\.?|formerly(?: known as)?)\s+"#
        guard let found = description.range(of: cue, options: .regularExpression) else { return [] }
        let alias = description[found.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " *_.;,"))
        return alias.first?.isUppercase == true ? [alias] : []
    }
}
