import Foundation
import WatchlistCore

/// One cell of a worksheet as text, with the calendar date when it is a number formatted as a date.
struct XLSXCell: Equatable {
    /// The shown text: a shared or inline string, a number as written in the file (`41988`), `TRUE`/`FALSE`.
    var text: String
    /// For a number in a date-formatted cell, the date its serial stands for.
    var date: PartialDate?
    /// For a numeric cell, its number (a date serial when a date column holds it unformatted).
    var number: Double?

    init(_ text: String, date: PartialDate? = nil, number: Double? = nil) {
        self.text = text
        self.date = date
        self.number = number
    }

    /// The date as ISO text when the cell holds one, else the text.
    var value: String { date?.description ?? text }
}

/// One non-empty row of a worksheet.
struct XLSXRow: Equatable {
    /// The 1-based row number (`r`).
    var number: Int
    /// The cells by column, column A first; cells after the last non-empty one are left out.
    var cells: [XLSXCell]

    /// The cell in a 0-based column, empty when the row has none there.
    subscript(column: Int) -> XLSXCell {
        column < cells.count ? cells[column] : XLSXCell("")
    }

    /// The cells' values (`XLSXCell.value`), column A first.
    var values: [String] { cells.map(\.value) }
}

/// The first worksheet of an XLSX workbook, read row by row.
///
/// An XLSX file is a ZIP of XML parts (ECMA-376 Part 1, SpreadsheetML): `xl/workbook.xml` lists the sheets,
/// `xl/_rels/workbook.xml.rels` maps them to parts (usually `xl/worksheets/sheet1.xml`), `xl/sharedStrings.xml`
/// holds the strings cells refer to by index (`si` items, plain `t` or rich-text runs `r/t`; phonetic
/// `rPh` runs are not part of the text), and `xl/styles.xml` says which number formats are dates.
/// The shared strings are held in memory (cells refer to them at random); the sheet is streamed.
struct XLSXWorkbook {
    let zip: ZIPContainer
    /// The path of the first worksheet part.
    let sheetPath: String
    /// True when the workbook counts dates from 1904 (`workbookPr date1904`).
    let uses1904Dates: Bool
    let sharedStrings: [String]
    /// For each cell style index (`c/@s`), whether its number format is a date.
    let dateStyles: [Bool]

    init(_ zip: ZIPContainer) throws(ListReadError) {
        self.zip = zip
        let workbook = try Self.readWorkbook(zip)
        uses1904Dates = workbook.uses1904Dates
        sheetPath = try Self.sheetPath(zip, relationshipID: workbook.firstSheetRelationship)
        sharedStrings = zip.contains("xl/sharedStrings.xml") ? try Self.readSharedStrings(zip) : []
        dateStyles = zip.contains("xl/styles.xml") ? try Self.readDateStyles(zip) : []
    }

    /// The `modified` date of `docProps/core.xml`, when the workbook has one.
    func modifiedDate() throws(ListReadError) -> PartialDate? {
        guard zip.contains("docProps/core.xml") else { return nil }
        let reader = try XMLReader(data: zip.data(of: "docProps/core.xml"), documentName: zip.displayName(of: "docProps/core.xml"))
        while let event = try reader.next() {
            if case .startElement(let element) = event, element.localName == "modified" {
                return try reader.readSubtree(startingWith: element).text.split(separator: "T").first
                    .flatMap { PartialDate(iso: String($0)) }
            }
        }
        return nil
    }

    /// Streams the first worksheet's non-empty rows to `body`, in sheet order.
    func forEachRow(_ body: (XLSXRow) throws(ListReadError) -> Void) throws(ListReadError) {
        try zip.withXMLReader(of: sheetPath) { reader throws(ListReadError) in
            var parser = SheetParser(workbook: self, document: reader.documentName)
            while let event = try reader.next() {
                if let row = try parser.consume(event, line: reader.line) { try body(row) }
            }
        }
    }

    // MARK: - Workbook parts

    private static func readWorkbook(_ zip: ZIPContainer) throws(ListReadError) -> (firstSheetRelationship: String?, uses1904Dates: Bool) {
        let reader = try XMLReader(data: zip.data(of: "xl/workbook.xml"), documentName: zip.displayName(of: "xl/workbook.xml"))
        var uses1904 = false
        while let event = try reader.next() {
            guard case .startElement(let element) = event else { continue }
            if element.localName == "workbookPr" {
                uses1904 = ["1", "true"].contains(element.attributes["date1904"] ?? "")
            }
            // `r:id` arrives under its local name `id`.
            if element.localName == "sheet" { return (element.attributes["id"], uses1904) }
        }
        throw ListReadError(file: zip.displayName(of: "xl/workbook.xml"), problem: .malformed("the workbook lists no sheet"))
    }

    /// The part of the sheet with this relationship id, resolved through the workbook's relationships;
    /// `xl/worksheets/sheet1.xml` when the workbook does not say.
    private static func sheetPath(_ zip: ZIPContainer, relationshipID: String?) throws(ListReadError) -> String {
        let fallback = "xl/worksheets/sheet1.xml"
        let relationshipsPath = "xl/_rels/workbook.xml.rels"
        if let relationshipID, zip.contains(relationshipsPath) {
            let reader = try XMLReader(data: zip.data(of: relationshipsPath), documentName: zip.displayName(of: relationshipsPath))
            while let event = try reader.next() {
                guard case .startElement(let element) = event, element.localName == "Relationship",
                    element.attributes["Id"] == relationshipID, let target = element.attributes["Target"]
                else { continue }
                let path = resolve(target)
                if zip.contains(path) { return path }
            }
        }
        guard zip.contains(fallback) else {
            throw ListReadError(file: zip.path, problem: .malformed("the XLSX workbook has no worksheet part"))
        }
        return fallback
    }

    /// A relationship target relative to `xl/` (or absolute from the package root) as an archive path.
    private static func resolve(_ target: String) -> String {
        var components = target.hasPrefix("/") ? [] : ["xl"]
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(String(component))
            }
        }
        return components.joined(separator: "/")
    }

    private static func readSharedStrings(_ zip: ZIPContainer) throws(ListReadError) -> [String] {
        try zip.withXMLReader(of: "xl/sharedStrings.xml") { reader throws(ListReadError) in
            var strings: [String] = []
            var text = RichText()
            var inItem = false
            while let event = try reader.next() {
                switch event {
                case .startElement(let element) where element.localName == "si":
                    inItem = true
                    text = RichText()
                case .endElement(let name) where name == "si":
                    strings.append(text.value)
                    inItem = false
                default:
                    if inItem { text.consume(event) }
                }
            }
            return strings
        }
    }

    private static func readDateStyles(_ zip: ZIPContainer) throws(ListReadError) -> [Bool] {
        let reader = try XMLReader(data: zip.data(of: "xl/styles.xml"), documentName: zip.displayName(of: "xl/styles.xml"))
        var formatCodes: [Int: String] = [:]
        var styleFormats: [Int] = []
        var inCellFormats = false
        while let event = try reader.next() {
            switch event {
            case .startElement(let element):
                switch element.localName {
                case "numFmt":
                    if let id = element.attributes["numFmtId"].flatMap(Int.init) { formatCodes[id] = element.attributes["formatCode"] }
                case "cellXfs": inCellFormats = true
                case "xf" where inCellFormats:
                    styleFormats.append(element.attributes["numFmtId"].flatMap(Int.init) ?? 0)
                default: break
                }
            case .endElement(let name) where name == "cellXfs":
                inCellFormats = false
            default: break
            }
        }
        return styleFormats.map { ExcelDate.isDateFormat(id: $0, code: formatCodes[$0]) }
    }
}

/// The text of a shared string item or inline string: every `t` run concatenated, phonetic runs left out.
private struct RichText {
    private(set) var value = ""
    private var phoneticDepth = 0
    private var inText = false
    private var runHadText = false
    private var runPreservesSpace = false

    mutating func consume(_ event: XMLReader.Event) {
        switch event {
        case .startElement(let element):
            if element.localName == "rPh" { phoneticDepth += 1 }
            if element.localName == "t", phoneticDepth == 0 {
                inText = true
                runHadText = false
                runPreservesSpace = element.attributes["space"] == "preserve"
            }
        case .text(let text):
            if inText {
                value += text
                runHadText = true
            }
        case .endElement(let name):
            if name == "rPh" { phoneticDepth -= 1 }
            if name == "t", inText {
                // XMLReader does not report whitespace-only text; a `<t xml:space="preserve"> </t>` run is
                // the space between two formatted runs, so keep one.
                if !runHadText && runPreservesSpace { value += " " }
                inText = false
            }
        }
    }
}

/// Turns the event stream of a worksheet part into rows.
private struct SheetParser {
    let workbook: XLSXWorkbook
    let document: String

    private var rowNumber = 0
    private var cells: [XLSXCell] = []
    private var inRow = false
    // The cell being read.
    private var column = -1
    private var cellType: String?
    private var cellStyle: Int?
    private var rawValue = ""
    private var inValue = false
    private var inline: RichText?

    init(workbook: XLSXWorkbook, document: String) {
        self.workbook = workbook
        self.document = document
    }

    /// Consumes one event; returns a row when the event ends a non-empty one.
    mutating func consume(_ event: XMLReader.Event, line: Int) throws(ListReadError) -> XLSXRow? {
        if inline != nil {
            if case .endElement(let name) = event, name == "is" {
                rawValue = inline?.value ?? ""
                inline = nil
            } else {
                inline?.consume(event)
            }
            return nil
        }
        switch event {
        case .startElement(let element):
            switch element.localName {
            case "row":
                inRow = true
                rowNumber = element.attributes["r"].flatMap(Int.init) ?? rowNumber + 1
                cells = []
                column = -1
            case "c" where inRow:
                column = element.attributes["r"].flatMap(Self.columnIndex) ?? column + 1
                cellType = element.attributes["t"]
                cellStyle = element.attributes["s"].flatMap(Int.init)
                rawValue = ""
            case "v" where inRow: inValue = true
            case "is" where inRow: inline = RichText()
            default: break
            }
        case .text(let text):
            if inValue { rawValue += text }
        case .endElement(let name):
            switch name {
            case "v": inValue = false
            case "c" where inRow:
                let cell = try makeCell(line: line)
                if !cell.text.isEmpty {
                    if cells.count <= column { cells += Array(repeating: XLSXCell(""), count: column + 1 - cells.count) }
                    cells[column] = cell
                }
            case "row":
                inRow = false
                return cells.isEmpty ? nil : XLSXRow(number: rowNumber, cells: cells)
            default: break
            }
        }
        return nil
    }

    private func makeCell(line: Int) throws(ListReadError) -> XLSXCell {
        switch cellType {
        case "s":
            guard let index = Int(rawValue) ?? Int(rawValue.trimmingCharacters(in: .whitespaces)),
                workbook.sharedStrings.indices.contains(index)
            else {
                throw ListReadError(
                    file: document, line: line,
                    problem: .malformed("cell \(Self.columnName(column))\(rowNumber) refers to shared string '\(rawValue)', which the workbook does not have"))
            }
            return XLSXCell(workbook.sharedStrings[index])
        case "b":
            return XLSXCell(rawValue == "1" ? "TRUE" : rawValue == "0" ? "FALSE" : rawValue)
        case "inlineStr", "str", "e":
            return XLSXCell(rawValue)
        case "d":  // an ISO 8601 date (strict Open XML)
            return XLSXCell(rawValue, date: rawValue.split(separator: "T").first.flatMap { PartialDate(iso: String($0)) })
        default:  // "n" or absent: a number, a date when its style says so
            let number = Double(rawValue)
            if let style = cellStyle, workbook.dateStyles.indices.contains(style), workbook.dateStyles[style],
                let number, let date = ExcelDate.date(serial: number, uses1904System: workbook.uses1904Dates)
            {
                return XLSXCell(rawValue, date: date, number: number)
            }
            return XLSXCell(rawValue, number: number)
        }
    }

    /// `AB12` to 27 (0-based column of the letters), nil when there are no letters.
    static func columnIndex(_ reference: String) -> Int? {
        var index = 0
        var sawLetter = false
        for scalar in reference.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { break }
            index = index * 26 + Int(scalar.value - 64)
            sawLetter = true
            if index > 16_384 { return nil }  // beyond XFD, Excel's last column
        }
        return sawLetter ? index - 1 : nil
    }

    /// 27 to `AB`.
    static func columnName(_ index: Int) -> String {
        var name = ""
        var remaining = index + 1
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            remaining = (remaining - 1) / 26
        }
        return name
    }
}
