import Testing
import WatchlistCore
import WatchlistMatching
@testable import WatchlistScreening

struct DecisionLedgerTests {
    let original = Entity(
        id: EntityID(source: "ofac", local: "49507"), kind: .organization,
        names: [EntityName("PRODUCTION UNITARY ENTERPRISE PLANT SVT", kind: .primary)],
        programs: [SanctionsProgram("RUSSIA-EO14024")])

    private func row(_ name: String, id: String? = nil, entities: [Entity]) -> ScreenedRow {
        let record = DelimitedRecordReader.Record(fields: [Array((id ?? "").utf8), Array(name.utf8)], line: 2)
        let columns = try! BatchColumns(header: ["id", "name"], columnCount: 2, name: "name", id: "id")
        return BatchScreener(matcher: WatchlistMatcher(entities: entities), threads: 1)
            .screen([record], firstNumber: 1, columns: columns)[0]
    }

    private func decision(_ verdict: ReviewDecision.Verdict, for entity: Entity, name: String = "Plant SVT", id: String? = nil) -> ReviewDecision {
        ReviewDecision(
            name: name, id: id, entityID: entity.id.rawValue, verdict: verdict, by: "jane", date: "2026-11-29",
            note: "checked the registry", fingerprint: EntityFingerprint.of(entity))
    }

    @Test func aMatchWithoutADecisionFails() {
        let findings = DecisionLedger(decisions: [], entities: [original]).findings(for: row("Plant SVT", entities: [original]))
        #expect(findings.map(\.status) == [.uncleared])
        #expect(!findings[0].passes)
    }

    @Test func aFalsePositiveDecisionOnTheCurrentEntityClearsTheMatch() {
        let ledger = DecisionLedger(decisions: [decision(.falsePositive, for: original)], entities: [original])
        #expect(ledger.findings(for: row("plant  svt", entities: [original])).map(\.status) == [.cleared])
    }

    @Test func aDecisionGoesStaleWhenTheListedEntityGainsAnAlias() {
        var changed = original
        changed.names.append(EntityName("ZAVOD SVT", kind: .alias))
        #expect(EntityFingerprint.of(changed) != EntityFingerprint.of(original))
        let ledger = DecisionLedger(decisions: [decision(.falsePositive, for: original)], entities: [changed])
        let finding = ledger.findings(for: row("Plant SVT", entities: [changed]))[0]
        #expect(finding.status == .stale)
        #expect(finding.message.contains("earlier version"))
    }

    @Test func theProvenanceOfANewDownloadDoesNotMakeADecisionStale() {
        var downloaded = original
        downloaded.provenance = [Provenance(source: "OFAC SDN", file: "sdn-2026-12-01.xml")]
        #expect(EntityFingerprint.of(downloaded) == EntityFingerprint.of(original))
    }

    @Test func confirmedAndPendingDecisionsFailAndAnotherRowsDecisionDoesNotApply() {
        let confirmed = DecisionLedger(decisions: [decision(.confirmed, for: original)], entities: [original])
        #expect(confirmed.findings(for: row("Plant SVT", entities: [original])).map(\.status) == [.confirmed])
        let pending = DecisionLedger(decisions: [decision(.pending, for: original)], entities: [original])
        #expect(pending.findings(for: row("Plant SVT", entities: [original])).map(\.status) == [.pending])
        let otherRow = DecisionLedger(decisions: [decision(.falsePositive, for: original, id: "S9")], entities: [original])
        #expect(otherRow.findings(for: row("Plant SVT", id: "S1", entities: [original])).map(\.status) == [.uncleared])
    }

    @Test func aRowThatCannotBeScreenedFails() {
        let findings = DecisionLedger(decisions: [], entities: [original]).findings(for: row("   ", entities: [original]))
        #expect(findings.map(\.status) == [.unscreenable])
        #expect(findings[0].message.contains("the name is empty"))
    }
}
