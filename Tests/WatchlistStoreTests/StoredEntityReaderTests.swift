import Foundation
import Testing
import WatchlistCore
@testable import WatchlistStore

struct StoredEntityReaderTests {
    /// What `CompiledWatchlistFile` writes for an entity.
    private func stored(_ entity: Entity) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(entity)
    }

    private func read(_ json: Data) -> Entity? {
        json.withUnsafeBytes(StoredEntityReader.entity)
    }

    private func read(_ json: String) -> Entity? {
        read(Data(json.utf8))
    }

    /// Every entity reads back equal, and equal to what `JSONDecoder` reads (not left to it).
    private func expectReadAsJSONDecoderDoes(_ entities: [Entity]) throws {
        let decoder = JSONDecoder()
        var differing: [EntityID] = []
        for entity in entities {
            let json = try stored(entity)
            let read = read(json)
            let decoded = try decoder.decode(Entity.self, from: json)
            if read == nil || read != entity || read != decoded { differing.append(entity.id) }
        }
        #expect(differing.isEmpty, "read differently: \(differing.prefix(10))")
    }

    @Test func readsEveryEntityOfTheDefaultWatchlistAsJSONDecoderDoes() throws {
        let entities = try DefaultWatchlist.load().entities
        #expect(!entities.isEmpty)
        try expectReadAsJSONDecoderDoes(entities)
    }

    @Test func readsEveryFieldOfTheModel() throws {
        let entity = Entity(
            id: .article(slug: "press/2024-06-12", number: 3), kind: .person,
            names: [
                EntityName("Valyantsin \"Valya\" MIKLASHEVICH\\", kind: .primary, parts: [.init(.given, "Valyantsin"), .init(.family, "MIKLASHEVICH")]),
                EntityName("Валянцін Міклашэвіч 😀", kind: .originalScript, script: "Cyrl", language: "be"),
                EntityName("Tab\there\u{1}", kind: .weakAlias),
            ],
            birthDates: [
                .exact(PartialDate(iso: "1970-05-02")!), .approximately(PartialDate(iso: "1971")!),
                .between(PartialDate(iso: "1960")!, PartialDate(iso: "1965-03")!),
            ],
            birthPlaces: ["Minsk / Belarus"],
            countries: [CountryLink(role: .nationality, name: "Belarus", isoCode: "BY"), CountryLink(role: .other, name: "")],
            programs: [SanctionsProgram("BELARUS-EO14038", authority: "US"), SanctionsProgram("1267/1989")],
            identifiers: [
                Identifier(type: "Passport", value: "MP123", country: "BY", issued: PartialDate(iso: "2010-01-01"), expires: PartialDate(iso: "2020"), note: "n"),
                Identifier(type: "IMO", value: "9123456"),
            ],
            addresses: [Address(street: ["1 Main St", "Floor 2"], city: "Minsk", stateOrProvince: "Minsk Region", postalCode: "220000", country: "Belarus", note: "office"), Address()],
            relations: [Relation(role: "director of", targetName: "Plant SVT", targetID: .article(slug: "press", number: 1)), Relation(role: "owner", targetName: "X")],
            titles: ["Director"], gender: "male", remarks: ["line one\nline two", ""],
            provenance: [
                Provenance(source: "article", file: "seeds/a.txt", published: PartialDate(iso: "2024-06-12"), recordID: "3", evidence: "The State Department sanctioned", evidenceSpan: 10..<42),
                Provenance(source: "OFAC"),
            ])
        try expectReadAsJSONDecoderDoes([entity, Entity(id: .ofac(uid: "1"), kind: .vessel, names: [])])
    }

    private static let minimal = #"{"addresses":[],"birthDates":[],"birthPlaces":[],"countries":[],"id":"ofac:1","identifiers":[],"kind":"organization","names":[NAMES],"programs":[],"provenance":[],"relations":[],"remarks":[],"titles":[]}"#

    @Test func resolvesEscapesTheEncoderMayWrite() throws {
        let json = Self.minimal.replacingOccurrences(
            of: "NAMES", with: #"{"kind":"primary","parts":[],"value":"\ud83d\ude00 \u00e9\/\"\\\b\f\n\r\t"}"#)
        let entity = try #require(read(json))
        #expect(entity.names.first?.value == "😀 é/\"\\\u{8}\u{c}\n\r\t")
        #expect(entity == (try JSONDecoder().decode(Entity.self, from: Data(json.utf8))))
    }

    @Test(arguments: [
        // Not JSON, or not all of it.
        #"{"id":"ofac:1""#, Self.minimal + "x", "",
        // Not the model: an unknown kind, a missing field, a wrong type, a number with a fraction.
        Self.minimal.replacingOccurrences(of: "organization", with: "spaceship"),
        Self.minimal.replacingOccurrences(of: #""titles":[]"#, with: #""other":[]"#),
        Self.minimal.replacingOccurrences(of: #""remarks":[]"#, with: #""remarks":"none""#),
        Self.minimal.replacingOccurrences(of: #""provenance":[]"#, with: #""provenance":[{"source":"x","evidenceSpan":[1.5,2]}]"#),
        Self.minimal.replacingOccurrences(of: "ofac:1", with: "no-source"),
        // A raw control character, a lone surrogate, invalid UTF-8.
        Self.minimal.replacingOccurrences(of: "NAMES", with: "{\"kind\":\"primary\",\"parts\":[],\"value\":\"a\u{1}b\"}"),
        Self.minimal.replacingOccurrences(of: "NAMES", with: #"{"kind":"primary","parts":[],"value":"\ud83d"}"#),
    ])
    func givesUpOnWhatTheEncoderDoesNotWrite(json: String) {
        #expect(read(json.replacingOccurrences(of: "NAMES", with: "")) == nil)
    }

    @Test func givesUpOnInvalidUTF8() {
        var bytes = Array(Self.minimal.replacingOccurrences(of: "NAMES", with: #"{"kind":"primary","parts":[],"value":"ab"}"#).utf8)
        let value = bytes.indices.first { bytes[$0] == UInt8(ascii: "a") && bytes[$0 + 1] == UInt8(ascii: "b") }!
        bytes[value] = 0xFF
        #expect(read(Data(bytes)) == nil)
    }

    @Test func unknownKeysAreSkippedAsJSONDecoderSkipsThem() throws {
        let json = Self.minimal.replacingOccurrences(of: "NAMES", with: "")
            .replacingOccurrences(of: #""titles":[]"#, with: #""titles":[],"future":{"a":[1,true,null,"x",{"b":-2.5e3}]}"#)
        let entity = try #require(read(json))
        #expect(entity == (try JSONDecoder().decode(Entity.self, from: Data(json.utf8))))
    }

    @Test func readsTheRealListsAsJSONDecoderDoes() throws {
        let files = ["un/consolidated_2026-01-28.xml", "eu/eu_fsf_1_1_2020-04-15_trimmed_sample.xml"]
            .compactMap(Self.sharedList)
        guard !files.isEmpty else { return }  // No ../shared/lists beside this checkout.
        var builder = WatchlistBuilder()
        for file in files { try builder.add(fileURL: file) }
        try expectReadAsJSONDecoderDoes(builder.build().entities)
    }

    private static func sharedList(_ relativePath: String) -> URL? {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/lists/\(relativePath)")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}
