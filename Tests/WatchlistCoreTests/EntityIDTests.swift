import Foundation
import Testing
import WatchlistCore

struct EntityIDTests {
    @Test(arguments: [
        (EntityID.ofac(uid: "49380"), "ofac:49380"),
        (EntityID.eu(logicalID: "13"), "eu:13"),
        (EntityID.un(referenceNumber: "QDi.001"), "un:QDi.001"),
        (EntityID.uk(uniqueID: "RUS0001"), "uk:RUS0001"),
        (EntityID.ofsi(groupID: "12345"), "ofsi:12345"),
        (EntityID.article(slug: "2024-06-12-plant-svt", number: 2), "article:2024-06-12-plant-svt#2"),
    ])
    func writesTheStableScheme(id: EntityID, expected: String) {
        #expect(id.rawValue == expected)
        #expect(EntityID(expected) == id)
    }

    @Test(arguments: ["", "ofac", "ofac:", ":49380"])
    func rejectsTextThatIsNotAnID(text: String) {
        #expect(EntityID(text) == nil)
    }

    @Test func encodesAsItsRawValueString() throws {
        let data = try JSONEncoder().encode([EntityID.ofac(uid: "1")])
        #expect(String(decoding: data, as: UTF8.self) == #"["ofac:1"]"#)
        #expect(try JSONDecoder().decode([EntityID].self, from: data) == [.ofac(uid: "1")])
    }

    @Test func sortsNumericLocalIDsNumerically() {
        let ids = [EntityID.ofac(uid: "100"), .ofac(uid: "9"), .eu(logicalID: "5")]
        #expect(ids.sorted().map(\.rawValue) == ["eu:5", "ofac:9", "ofac:100"])
    }
}
