import WatchlistCore

/// Reads the entity rows of a compiled watchlist: the JSON `JSONEncoder` writes for `Entity`, straight into
/// the values, without `Codable`.
///
/// Written by hand because decoding was the largest part of loading a watchlist: `JSONDecoder` took 3.5 s
/// of CPU for the 33 MB of the 30,554 entities of `../shared/lists`, most of it in `Codable`'s keyed
/// containers; this reader takes a fraction of that (the figures are in `watchlist bench query`'s "read"
/// time). It reads only the shapes the encoder writes and returns nil on anything else (a key of the wrong
/// type, a missing field, an unknown enum value, a number with a fraction), so the caller can hand the row to
/// `JSONDecoder`, which is the reference and gives the error messages. The tests compare the two on every
/// entity of the fixtures and, when present, of the real lists.
enum StoredEntityReader {
    /// The entity the bytes hold, or nil when they are not exactly what the encoder writes.
    static func entity(_ bytes: UnsafeRawBufferPointer) -> Entity? {
        var scanner = JSONScanner(bytes)
        guard let entity = try? scanner.entity(), scanner.isAtEnd else { return nil }
        return entity
    }
}

/// Not the shape `Entity`'s encoding has; the reader gives up on the row.
private struct UnexpectedShape: Error {}

/// A cursor over one JSON document, with a reader for each type of the entity model. Keys are short enough
/// (15 bytes at most) for Swift to keep them inline, so matching them as strings allocates nothing.
private struct JSONScanner {
    private let bytes: UnsafeRawBufferPointer
    private var position = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var isAtEnd: Bool {
        mutating get {
            skipWhitespace()
            return position == bytes.count
        }
    }

    // MARK: Entity model

    mutating func entity() throws -> Entity {
        var id: EntityID?
        var kind: EntityKind?
        var names: [EntityName]?
        var birthDates: [BirthDate]?
        var birthPlaces: [String]?
        var countries: [CountryLink]?
        var programs: [SanctionsProgram]?
        var identifiers: [Identifier]?
        var addresses: [Address]?
        var relations: [Relation]?
        var titles: [String]?
        var gender: String?
        var remarks: [String]?
        var provenance: [Provenance]?
        try object { scanner, key in
            switch key {
            case "id": id = try scanner.entityID()
            case "kind": kind = try scanner.enumValue(EntityKind.self)
            case "names": names = try scanner.array { try $0.entityName() }
            case "birthDates": birthDates = try scanner.array { try $0.birthDate() }
            case "birthPlaces": birthPlaces = try scanner.array { try $0.string() }
            case "countries": countries = try scanner.array { try $0.countryLink() }
            case "programs": programs = try scanner.array { try $0.program() }
            case "identifiers": identifiers = try scanner.array { try $0.identifier() }
            case "addresses": addresses = try scanner.array { try $0.address() }
            case "relations": relations = try scanner.array { try $0.relation() }
            case "titles": titles = try scanner.array { try $0.string() }
            case "gender": gender = try scanner.optional { try $0.string() }
            case "remarks": remarks = try scanner.array { try $0.string() }
            case "provenance": provenance = try scanner.array { try $0.provenance() }
            default: try scanner.skipValue()
            }
        }
        guard let id, let kind, let names, let birthDates, let birthPlaces, let countries, let programs, let identifiers,
            let addresses, let relations, let titles, let remarks, let provenance
        else { throw UnexpectedShape() }
        return Entity(
            id: id, kind: kind, names: names, birthDates: birthDates, birthPlaces: birthPlaces, countries: countries,
            programs: programs, identifiers: identifiers, addresses: addresses, relations: relations, titles: titles,
            gender: gender, remarks: remarks, provenance: provenance)
    }

    private mutating func entityName() throws -> EntityName {
        var value: String?
        var kind: NameKind?
        var parts: [NamePart]?
        var script: String?
        var language: String?
        try object { scanner, key in
            switch key {
            case "value": value = try scanner.string()
            case "kind": kind = try scanner.enumValue(NameKind.self)
            case "parts": parts = try scanner.array { try $0.namePart() }
            case "script": script = try scanner.optional { try $0.string() }
            case "language": language = try scanner.optional { try $0.string() }
            default: try scanner.skipValue()
            }
        }
        guard let value, let kind, let parts else { throw UnexpectedShape() }
        return EntityName(value, kind: kind, parts: parts, script: script, language: language)
    }

    private mutating func namePart() throws -> NamePart {
        var role: NamePart.Role?
        var value: String?
        try object { scanner, key in
            switch key {
            case "role": role = try scanner.enumValue(NamePart.Role.self)
            case "value": value = try scanner.string()
            default: try scanner.skipValue()
            }
        }
        guard let role, let value else { throw UnexpectedShape() }
        return NamePart(role, value)
    }

    /// `Codable`'s form of an enum with associated values: `{"exact":{"_0":"1970"}}`.
    private mutating func birthDate() throws -> BirthDate {
        var date: BirthDate?
        try object { scanner, key in
            guard date == nil else { throw UnexpectedShape() }
            var first: PartialDate?
            var second: PartialDate?
            try scanner.object { scanner, key in
                switch key {
                case "_0": first = try scanner.partialDate()
                case "_1": second = try scanner.partialDate()
                default: try scanner.skipValue()
                }
            }
            switch (key, first, second) {
            case ("exact", let first?, _): date = .exact(first)
            case ("approximately", let first?, _): date = .approximately(first)
            case ("between", let first?, let second?): date = .between(first, second)
            default: throw UnexpectedShape()
            }
        }
        guard let date else { throw UnexpectedShape() }
        return date
    }

    private mutating func countryLink() throws -> CountryLink {
        var role: CountryLink.Role?
        var name: String?
        var isoCode: String?
        try object { scanner, key in
            switch key {
            case "role": role = try scanner.enumValue(CountryLink.Role.self)
            case "name": name = try scanner.string()
            case "isoCode": isoCode = try scanner.optional { try $0.string() }
            default: try scanner.skipValue()
            }
        }
        guard let role, let name else { throw UnexpectedShape() }
        return CountryLink(role: role, name: name, isoCode: isoCode)
    }

    private mutating func program() throws -> SanctionsProgram {
        var code: String?
        var authority: String?
        try object { scanner, key in
            switch key {
            case "code": code = try scanner.string()
            case "authority": authority = try scanner.optional { try $0.string() }
            default: try scanner.skipValue()
            }
        }
        guard let code else { throw UnexpectedShape() }
        return SanctionsProgram(code, authority: authority)
    }

    private mutating func identifier() throws -> Identifier {
        var type: String?
        var value: String?
        var country: String?
        var issued: PartialDate?
        var expires: PartialDate?
        var note: String?
        try object { scanner, key in
            switch key {
            case "type": type = try scanner.string()
            case "value": value = try scanner.string()
            case "country": country = try scanner.optional { try $0.string() }
            case "issued": issued = try scanner.optional { try $0.partialDate() }
            case "expires": expires = try scanner.optional { try $0.partialDate() }
            case "note": note = try scanner.optional { try $0.string() }
            default: try scanner.skipValue()
            }
        }
        guard let type, let value else { throw UnexpectedShape() }
        return Identifier(type: type, value: value, country: country, issued: issued, expires: expires, note: note)
    }

    private mutating func address() throws -> Address {
        var street: [String]?
        var address = Address()
        try object { scanner, key in
            switch key {
            case "street": street = try scanner.array { try $0.string() }
            case "city": address.city = try scanner.optional { try $0.string() }
            case "stateOrProvince": address.stateOrProvince = try scanner.optional { try $0.string() }
            case "postalCode": address.postalCode = try scanner.optional { try $0.string() }
            case "country": address.country = try scanner.optional { try $0.string() }
            case "note": address.note = try scanner.optional { try $0.string() }
            default: try scanner.skipValue()
            }
        }
        guard let street else { throw UnexpectedShape() }
        address.street = street
        return address
    }

    private mutating func relation() throws -> Relation {
        var role: String?
        var targetName: String?
        var targetID: EntityID?
        try object { scanner, key in
            switch key {
            case "role": role = try scanner.string()
            case "targetName": targetName = try scanner.string()
            case "targetID": targetID = try scanner.optional { try $0.entityID() }
            default: try scanner.skipValue()
            }
        }
        guard let role, let targetName else { throw UnexpectedShape() }
        return Relation(role: role, targetName: targetName, targetID: targetID)
    }

    private mutating func provenance() throws -> Provenance {
        var source: String?
        var provenance = Provenance(source: "")
        try object { scanner, key in
            switch key {
            case "source": source = try scanner.string()
            case "file": provenance.file = try scanner.optional { try $0.string() }
            case "published": provenance.published = try scanner.optional { try $0.partialDate() }
            case "recordID": provenance.recordID = try scanner.optional { try $0.string() }
            case "evidence": provenance.evidence = try scanner.optional { try $0.string() }
            case "evidenceSpan": provenance.evidenceSpan = try scanner.optional { try $0.range() }
            default: try scanner.skipValue()
            }
        }
        guard let source else { throw UnexpectedShape() }
        provenance.source = source
        return provenance
    }

    private mutating func entityID() throws -> EntityID {
        guard let id = EntityID(try string()) else { throw UnexpectedShape() }
        return id
    }

    private mutating func partialDate() throws -> PartialDate {
        guard let date = PartialDate(iso: try string()) else { throw UnexpectedShape() }
        return date
    }

    private mutating func enumValue<Value: RawRepresentable<String>>(_ type: Value.Type) throws -> Value {
        guard let value = Value(rawValue: try string()) else { throw UnexpectedShape() }
        return value
    }

    /// `Codable`'s form of a `Range<Int>`: `[lower, upper]`, lower not above upper.
    private mutating func range() throws -> Range<Int> {
        let bounds = try array { try $0.integer() }
        guard bounds.count == 2, bounds[0] <= bounds[1] else { throw UnexpectedShape() }
        return bounds[0]..<bounds[1]
    }

    // MARK: JSON

    private mutating func skipWhitespace() {
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x0A || bytes[position] == 0x0D || bytes[position] == 0x09 {
            position += 1
        }
    }

    private mutating func expect(_ byte: UInt8) throws {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == byte else { throw UnexpectedShape() }
        position += 1
    }

    /// Consumes `byte` when it is next (after whitespace).
    private mutating func consume(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// Reads an object, handing each key to `member`, which must read the key's value.
    private mutating func object(_ member: (inout JSONScanner, String) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        if consume(UInt8(ascii: "}")) { return }
        repeat {
            let key = try string()
            try expect(UInt8(ascii: ":"))
            try member(&self, key)
        } while consume(UInt8(ascii: ","))
        try expect(UInt8(ascii: "}"))
    }

    private mutating func array<Element>(_ element: (inout JSONScanner) throws -> Element) throws -> [Element] {
        try expect(UInt8(ascii: "["))
        var elements: [Element] = []
        if consume(UInt8(ascii: "]")) { return elements }
        repeat {
            elements.append(try element(&self))
        } while consume(UInt8(ascii: ","))
        try expect(UInt8(ascii: "]"))
        return elements
    }

    /// A value or `null`.
    private mutating func optional<Value>(_ value: (inout JSONScanner) throws -> Value) throws -> Value? {
        skipWhitespace()
        if bytes[position...].starts(with: Self.null) {
            position += Self.null.count
            return nil
        }
        return try value(&self)
    }
    private static let null = Array("null".utf8)

    private mutating func integer() throws -> Int {
        skipWhitespace()
        let negative = consume(UInt8(ascii: "-"))
        var value = 0
        var digits = 0
        while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
            let (product, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow else { throw UnexpectedShape() }
            value = product + Int(bytes[position] - UInt8(ascii: "0"))
            position += 1
            digits += 1
        }
        guard digits > 0 else { throw UnexpectedShape() }
        return negative ? -value : value
    }

    /// A string, its escapes resolved; the bytes between the quotes must be valid UTF-8.
    private mutating func string() throws -> String {
        try expect(UInt8(ascii: "\""))
        let start = position
        // Control characters are not allowed raw in a JSON string.
        while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\"), bytes[position] >= 0x20 {
            position += 1
        }
        guard position < bytes.count, bytes[position] >= 0x20 else { throw UnexpectedShape() }
        if bytes[position] == UInt8(ascii: "\"") {
            defer { position += 1 }
            return try validString(UnsafeRawBufferPointer(rebasing: bytes[start..<position]))
        }
        var unescaped = Array(bytes[start..<position])
        while true {
            guard position < bytes.count else { throw UnexpectedShape() }
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return try unescaped.withUnsafeBytes(validString)
            case UInt8(ascii: "\\"):
                try unescape(into: &unescaped)
            case ..<0x20:
                throw UnexpectedShape()
            default:
                unescaped.append(byte)
            }
        }
    }

    private func validString(_ utf8: UnsafeRawBufferPointer) throws -> String {
        guard let text = String(validating: utf8, as: UTF8.self) else { throw UnexpectedShape() }
        return text
    }

    /// The escape after a backslash, appended as UTF-8.
    private mutating func unescape(into output: inout [UInt8]) throws {
        guard position < bytes.count else { throw UnexpectedShape() }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(byte)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"):
            var value = try hexQuad()
            if (0xD800..<0xDC00).contains(value) {
                // A surrogate pair: the low half must follow as its own escape.
                guard bytes[position...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) else { throw UnexpectedShape() }
                position += 2
                let low = try hexQuad()
                guard (0xDC00..<0xE000).contains(low) else { throw UnexpectedShape() }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(value) else { throw UnexpectedShape() }
            output.append(contentsOf: String(scalar).utf8)
        default:
            throw UnexpectedShape()
        }
    }

    private mutating func hexQuad() throws -> UInt32 {
        guard position + 4 <= bytes.count else { throw UnexpectedShape() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            position += 1
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw UnexpectedShape()
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Skips a value of a key the model does not have (`JSONDecoder` ignores those too).
    private mutating func skipValue() throws {
        skipWhitespace()
        guard position < bytes.count else { throw UnexpectedShape() }
        switch bytes[position] {
        case UInt8(ascii: "{"): try object { scanner, _ in try scanner.skipValue() }
        case UInt8(ascii: "["): _ = try array { try $0.skipValue() }
        case UInt8(ascii: "\""): _ = try string()
        default:
            // A number, true, false or null: up to the next delimiter.
            let start = position
            while position < bytes.count, ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]")].contains(bytes[position]) {
                position += 1
            }
            guard position > start else { throw UnexpectedShape() }
        }
    }
}
