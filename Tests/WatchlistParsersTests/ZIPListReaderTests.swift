import Foundation
import Testing
import WatchlistCore
@testable import WatchlistParsers

struct ZIPListReaderTests {
    private func readError(_ name: String, limits: ZIPContainer.Limits? = nil) -> ListReadError? {
        do {
            if let limits {
                _ = try ZIPListReader.read(fileURL: Fixture.url(name), limits: limits) { _ in }
            } else {
                _ = try ListFileReader().read(fileURL: Fixture.url(name))
            }
            return nil
        } catch {
            return error
        }
    }

    /// The entities without their provenance, which names the file they came from.
    private func withoutProvenance(_ entities: [Entity]) -> [Entity] {
        entities.map { entity in
            var copy = entity
            copy.provenance = []
            return copy
        }
    }

    @Test func readsTheXMLInsideAZIPLikeTheXMLItself() throws {
        let zipped = try ListFileReader().read(fileURL: Fixture.url("ofac/ofac_enhanced_sample.zip"))
        let plain = try ListFileReader().read(fileURL: Fixture.url("ofac/ofac_enhanced_sample.xml"))
        #expect(zipped.format == .ofacEnhancedXML)
        #expect(zipped.published == plain.published)
        #expect(withoutProvenance(zipped.entities) == withoutProvenance(plain.entities))
        #expect(zipped.entities.first?.provenance.first?.file == "ofac_enhanced_sample.zip/SDN_ENHANCED.XML")
    }

    @Test func largeEntriesAreReadThroughATemporaryFileThatIsRemoved() throws {
        let before = try temporaryExtractions()
        var limits = ZIPContainer.Limits()
        limits.inMemorySize = 0
        var entities: [Entity] = []
        let summary = try ZIPListReader.read(fileURL: Fixture.url("ofac/ofac_enhanced_sample.zip"), limits: limits) {
            entities.append($0)
        }
        #expect(summary.entityCount == 3)
        #expect(entities.map(\.id.rawValue) == ["ofac:10136", "ofac:23552", "ofac:22561"])
        #expect(try temporaryExtractions().isSubset(of: before))
    }

    private func temporaryExtractions() throws -> Set<String> {
        let names = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
        return Set(names.filter { $0.hasPrefix("watchlist-") && $0.hasSuffix(".xml") })
    }

    @Test func zipWithoutXMLIsUnrecognizedAndListsItsEntries() throws {
        let error = try #require(readError("invalid/zip_without_xml.zip"))
        guard case .unrecognizedFile(let reason) = error.problem else {
            Issue.record("expected unrecognizedFile, got \(error.problem)")
            return
        }
        #expect(reason.contains("holds no .xml list file"))
        #expect(reason.contains("README.txt"))
        #expect(error.file.hasSuffix("zip_without_xml.zip"))
    }

    @Test func zipWithTwoXMLFilesAsksToUnzipIt() throws {
        let error = try #require(readError("invalid/zip_two_xml.zip"))
        #expect(error.description.contains("holds 2 .xml files (a.xml, b.xml)"))
    }

    @Test func zipBombIsRefusedBeforeAnythingIsInflated() throws {
        let error = try #require(readError("invalid/zip_bomb.zip"))
        guard case .malformed(let reason) = error.problem else {
            Issue.record("expected malformed, got \(error.problem)")
            return
        }
        #expect(reason.contains("over the 200x limit"))
        #expect(reason.contains("zip bomb"))
        #expect(error.file.hasSuffix("zip_bomb.zip/SDN_ENHANCED.XML"))
    }

    @Test func entryOverTheSizeLimitIsRefused() throws {
        var limits = ZIPContainer.Limits()
        limits.maximumEntrySize = 1_000
        let error = try #require(readError("ofac/ofac_enhanced_sample.zip", limits: limits))
        #expect(error.description.contains("over the 1000-byte limit"))
    }

    @Test func damagedZIPIsMalformed() throws {
        let error = try #require(readError("invalid/zip_truncated.zip"))
        guard case .malformed = error.problem else {
            Issue.record("expected malformed, got \(error.problem)")
            return
        }
        #expect(error.description.contains("cannot be opened"))
    }
}
