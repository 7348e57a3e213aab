import Testing
@testable import WatchlistScreening

struct BatchColumnsTests {
    @Test func guessesTheNameColumnFromCommonHeaders() throws {
        let columns = try BatchColumns(header: ["ID", " Supplier Name ", "Country"], columnCount: 3, name: nil, id: "id")
        #expect(columns.name == 1 && columns.nameWasGuessed)
        #expect(columns.id == 0)
    }

    @Test func takesAColumnByNameOrByOneBasedNumber() throws {
        #expect(try BatchColumns(header: ["a", "b"], columnCount: 2, name: "B").name == 1)
        #expect(try BatchColumns(header: nil, columnCount: 3, name: "3").name == 2)
    }

    @Test func anUnknownColumnListsTheColumnsFound() {
        #expect(throws: BatchInputError.self) { try BatchColumns(header: ["x", "y"], columnCount: 2, name: nil) }
        do {
            _ = try BatchColumns(header: ["x", "y"], columnCount: 2, name: "z")
        } catch {
            #expect(error.message.contains("1 \"x\", 2 \"y\""))
        }
    }
}
