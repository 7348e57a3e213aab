import Testing
import WatchlistCore
@testable import WatchlistStore

struct WatchlistBuilderTests {
    @Test func recordsWithTheSameIDAreMergedWithoutDuplicates() {
        var builder = WatchlistBuilder()
        builder.add(Entity(
            id: .ofac(uid: "1"), kind: .organization, names: [EntityName("ACME", kind: .primary)],
            programs: [SanctionsProgram("SDGT")], provenance: [Provenance(source: "OFAC", file: "a.xml")]))
        builder.add(Entity(
            id: .ofac(uid: "1"), kind: .organization,
            names: [EntityName("ACME", kind: .primary), EntityName("ACME TRADING", kind: .alias)],
            programs: [SanctionsProgram("SDGT"), SanctionsProgram("IRAN")],
            provenance: [Provenance(source: "OFAC", file: "b.xml")]))
        let entities = builder.build().entities
        #expect(entities.count == 1)
        #expect(entities[0].names.map(\.value) == ["ACME", "ACME TRADING"])
        #expect(entities[0].programs.map(\.code) == ["SDGT", "IRAN"])
        #expect(entities[0].provenance.compactMap(\.file) == ["a.xml", "b.xml"])
    }

    @Test func entitiesComeOutSortedByIDWhateverTheInputOrder() {
        var builder = WatchlistBuilder()
        for uid in ["30", "4", "100"] {
            builder.add(Entity(id: .ofac(uid: uid), kind: .unknown, names: [EntityName("X\(uid)", kind: .primary)]))
        }
        #expect(builder.build().entities.map(\.id.rawValue) == ["ofac:4", "ofac:30", "ofac:100"])
    }
}
