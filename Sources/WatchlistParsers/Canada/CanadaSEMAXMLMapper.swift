import Foundation
import WatchlistCore

/// Turns one `record` of Canada's Consolidated Special Economic Measures Act (SEMA) list XML into an `Entity`.
///
/// Fields (from the published file; no schema is published): `Country` (the regime, English / French:
/// `Belarus / Bélarus`), `LastName`, `GivenName` (persons), `EntityOrShip` (the name of an entity or ship),
/// `TitleOrShip` (a person's title, or a ship's type), `Aliases` (free text, see `CanadaAliasSplitter`),
/// `DateOfBirthOrShipBuildDate` (`yyyy`, `yyyy-mm`, `yyyy-mm-dd`, `1963 or 1964`, `1963-1964`),
/// `ShipIMONumber`, `Schedule` (`1, Part 1`), `Item`, `DateOfListing`.
///
/// The list has no record id: the id is built from country, schedule and item (see `localID`).
struct CanadaSEMAXMLMapper {
    /// The provenance source name.
    static let sourceName = "Canada SEMA"

    var file: String
    /// Odd records, read anyway.
    private(set) var warnings: [ListReadWarning] = []

    init(file: String) {
        self.file = file
    }

    /// The entity; its id is `ca:` + `localID(of:)`, which the reader makes unique.
    mutating func entity(from record: XMLNode, localID: String) throws(ListReadError) -> Entity {
        let description = Self.recordDescription(record)
        let given = record.text(of: "GivenName").map(\.collapsingWhitespace)
        let family = record.text(of: "LastName").map(\.collapsingWhitespace)
        let entityOrShip = record.text(of: "EntityOrShip").map(\.collapsingWhitespace)
        let kind = Self.kind(record)

        var names: [EntityName] = []
        if given != nil || family != nil {
            let parts = [given.map { NamePart(.given, $0) }, family.map { NamePart(.family, $0) }].compactMap { $0 }
            names.append(EntityName(parts.map(\.value).joined(separator: " "), kind: .primary, parts: parts))
        }
        if let entityOrShip {
            // Some entity names are given in English and French, `Iranian Army/Armée iranienne`.
            if let (english, french) = Self.bilingualParts(entityOrShip) {
                names.append(EntityName(english, kind: names.isEmpty ? .primary : .alias))
                names.append(EntityName(french, kind: .alias, language: "fr"))
            } else {
                names.append(EntityName(entityOrShip, kind: names.isEmpty ? .primary : .alias))
            }
        }
        guard let primary = names.first else {
            throw ListReadError(
                file: file, line: record.line,
                problem: .missingField(field: "<LastName>, <GivenName> or <EntityOrShip>", record: description))
        }
        if let aliases = record.text(of: "Aliases") {
            let known = Set(names.map(\.value))
            names += CanadaAliasSplitter.names(in: aliases, entityKind: kind, excluding: primary.value)
                .filter { !known.contains($0.value) }
        }

        var birthDates: [BirthDate] = []
        var identifiers: [Identifier] = []
        var titles: [String] = []
        var remarks: [String] = []
        if let date = record.text(of: "DateOfBirthOrShipBuildDate")?.trimmingCharacters(in: .whitespaces) {
            if kind == .vessel {
                remarks.append("Year built: \(date)")
            } else if let dates = Self.birthDates(date) {
                birthDates = dates
            } else {
                remarks.append("Date of birth as published: \(date)")
                warn(record.line, "\(description): date of birth '\(date)' is not a date; kept as a remark")
            }
        }
        if let title = record.text(of: "TitleOrShip").map(\.collapsingWhitespace) {
            if kind == .vessel { remarks.append("Type of ship: \(title)") } else { titles.append(title) }
        }
        if let imo = record.text(of: "ShipIMONumber") {
            identifiers.append(Identifier(type: "IMO", value: IMONumber.normalized(imo)))
        }
        let schedule = record.text(of: "Schedule").map { "Schedule \($0), " } ?? ""
        remarks.append("\(schedule)Item \(record.text(of: "Item") ?? "")")
        if let listed = record.text(of: "DateOfListing") {
            remarks.append("Listed on \(PartialDate(iso: listed)?.description ?? listed)")
        }
        let regime = record.text(of: "Country").map(Self.englishPart)

        return Entity(
            id: EntityID(source: "ca", local: localID), kind: kind, names: names, birthDates: birthDates,
            programs: regime.map { [SanctionsProgram($0, authority: "CA")] } ?? [], identifiers: identifiers,
            titles: titles, remarks: remarks,
            provenance: [Provenance(source: Self.sourceName, file: file, recordID: description)])
    }

    private mutating func warn(_ line: Int, _ message: String) {
        warnings.append(ListReadWarning(file: file, line: line, message: message))
    }

    // MARK: - Values

    /// A vessel when the record has an IMO number, a person when it has a given or last name, an
    /// organization otherwise.
    static func kind(_ record: XMLNode) -> EntityKind {
        if record.text(of: "ShipIMONumber") != nil { return .vessel }
        if record.text(of: "GivenName") != nil || record.text(of: "LastName") != nil { return .person }
        return .organization
    }

    /// `<country>-<schedule>-<item>`: each part lower-case ASCII, every run of other characters one `-`,
    /// the English part of a bilingual country (`Belarus / Bélarus` gives `belarus`), absent parts left out.
    /// `Belarus / Bélarus`, `1, Part 1`, `97` give `belarus-1-part-1-97`.
    /// Nil when the record has no country or no item.
    static func localID(of record: XMLNode) -> String? {
        guard let country = record.text(of: "Country"), let item = record.text(of: "Item") else { return nil }
        let parts = [englishPart(country), record.text(of: "Schedule") ?? "", item].map(slug).filter { !$0.isEmpty }
        return parts.count >= 2 ? parts.joined(separator: "-") : nil
    }

    /// How to name a record in messages and provenance: `Belarus / Bélarus, Schedule 1, Part 1, Item 97`.
    static func recordDescription(_ record: XMLNode) -> String {
        var description = record.text(of: "Country") ?? "<record> on line \(record.line)"
        if let schedule = record.text(of: "Schedule") { description += ", Schedule \(schedule)" }
        if let item = record.text(of: "Item") { description += ", Item \(item)" }
        return description
    }

    /// The two halves of a name written `English/French`: one `/` outside brackets, text on both sides.
    /// `MEC Steel Mills (Hmaw Bi/Pyi/Ywama)` is one name.
    static func bilingualParts(_ name: String) -> (english: String, french: String)? {
        var depth = 0
        var slashes: [String.Index] = []
        for index in name.indices {
            switch name[index] {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            case "/" where depth == 0: slashes.append(index)
            default: break
            }
        }
        guard slashes.count == 1, let slash = slashes.first else { return nil }
        let english = name[..<slash].trimmingCharacters(in: .whitespaces)
        let french = name[name.index(after: slash)...].trimmingCharacters(in: .whitespaces)
        guard english.contains(where: \.isLetter), french.contains(where: \.isLetter) else { return nil }
        return (english.collapsingWhitespace, french.collapsingWhitespace)
    }

    /// The English half of `English / French`, trimmed.
    static func englishPart(_ text: String) -> String {
        (text.components(separatedBy: " / ").first ?? text).trimmingCharacters(in: .whitespaces)
    }

    static func slug(_ text: String) -> String {
        var slug = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug
    }

    /// `1972`, `1965-03`, `1965-04-29`, `1963 or 1964` (two dates), `1963-1964` (a range); nil otherwise.
    static func birthDates(_ text: String) -> [BirthDate]? {
        let alternatives = text.lowercased().components(separatedBy: " or ").map { $0.trimmingCharacters(in: .whitespaces) }
        if alternatives.count > 1 {
            let dates = alternatives.compactMap { PartialDate(iso: $0) }
            return dates.count == alternatives.count ? dates.map(BirthDate.exact) : nil
        }
        let years = text.split(separator: "-")
        if years.count == 2, years.allSatisfy({ $0.count == 4 }), let start = Int(years[0]).flatMap({ PartialDate(year: $0) }),
           let end = Int(years[1]).flatMap({ PartialDate(year: $0) }), start < end
        {
            return [.between(start, end)]
        }
        return PartialDate(iso: text).map { [.exact($0)] }
    }
}
