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

    /// OFAC's record and another list's record of the same party, linked as `watchlist build` links them.
    private var linkedPair: (ofac: Entity, uk: Entity) {
        var ofac = original
        var uk = Entity(
            id: EntityID(source: "ofsi", local: "15900"), kind: .organization,
            names: [EntityName("BELARUSIAN SIGNAL WORKS", kind: .primary)])
        ofac.relations = [Relation(role: Relation.samePartyRole, targetName: uk.caption, targetID: uk.id)]
        uk.relations = [Relation(role: Relation.samePartyRole, targetName: ofac.caption, targetID: ofac.id)]
        return (ofac, uk)
    }

    @Test func aLinkToAnotherListsRecordDoesNotMakeADecisionStale() {
        let linked = linkedPair.ofac
        #expect(EntityFingerprint.of(linked) == EntityFingerprint.of(original))
        var related = original
        related.relations = [Relation(role: "subsidiary of", targetName: "ROSTEC")]
        #expect(EntityFingerprint.of(related) != EntityFingerprint.of(original))
    }

    @Test func aDecisionOnARecordClearsTheLinkedRecordsItsNameReaches() throws {
        let (ofac, uk) = linkedPair
        let screened = row("Plant SVT", entities: [ofac, uk])
        let throughLink = try #require(screened.matches.first { $0.sameParty == ofac.id })
        #expect(throughLink.entityID == uk.id)
        let ledger = DecisionLedger(decisions: [decision(.falsePositive, for: ofac)], entities: [ofac, uk])
        let findings = ledger.findings(for: screened)
        #expect(findings.map(\.status) == [.cleared, .cleared])
        #expect(findings.last?.message.contains("as its same-party record ofac:49507") == true)
        // A decision made on the linked record itself still comes first.
        let own = DecisionLedger(decisions: [decision(.falsePositive, for: ofac), decision(.confirmed, for: uk)], entities: [ofac, uk])
        #expect(own.findings(for: screened).map(\.status) == [.cleared, .confirmed])
    }
}
