import Foundation
import Testing
@testable import WatchlistParsers

struct ListReadErrorTests {
    private func readError(_ name: String) -> ListReadError? {
        do {
            _ = try ListFileReader().read(fileURL: Fixture.url(name))
            return nil
        } catch {
            return error
        }
    }

    @Test func truncatedFileIsMalformedAndNamesTheFile() throws {
        let error = try #require(readError("invalid/truncated.xml"))
        guard case .malformedXML = error.problem else {
            Issue.record("expected malformedXML, got \(error.problem)")
            return
        }
        #expect(error.file.hasSuffix("invalid/truncated.xml"))
        #expect(error.description.contains("download it again"))
    }

    @Test func mismatchedTagReportsItsLine() throws {
        let error = try #require(readError("invalid/mismatched_tag.xml"))
        #expect(error.line == 5)
        #expect(error.description.contains("mismatched_tag.xml:5"))
    }

    @Test func unknownRootNamesWhatItSawAndTheKnownFormats() throws {
        let error = try #require(readError("invalid/unknown_root.xml"))
        #expect(error.problem == .unknownFormat(rootElement: "catalog", namespace: "urn:example:books"))
        #expect(error.description.contains("<catalog>"))
        #expect(error.description.contains("OFAC SDN/Consolidated XML (<sdnList>)"))
    }

    @Test func entryWithoutUIDIsRejectedWithItsLine() throws {
        let error = try #require(readError("invalid/missing_uid.xml"))
        #expect(error.problem == .missingField(field: "<uid>", record: "an <sdnEntry>"))
        #expect(error.line == 9)
    }

    @Test func missingFileIsUnreadable() throws {
        let error = try #require(readError("does-not-exist.xml"))
        guard case .unreadable = error.problem else {
            Issue.record("expected unreadable, got \(error.problem)")
            return
        }
    }

    @Test func externalEntitiesAreNeitherLoadedNorExpanded() throws {
        let list = try ListFileReader().read(fileURL: Fixture.url("invalid/external_entity.xml"))
        let name = try #require(list.entities.first?.names.first?.value)
        #expect(!name.contains("root:"))
        #expect(name.hasPrefix("ENTITY"))
        #expect(name.hasSuffix("TEST"))
    }
}
