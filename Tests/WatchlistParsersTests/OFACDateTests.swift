import Testing
import WatchlistCore
@testable import WatchlistParsers

struct OFACDateTests {
    @Test(arguments: [
        ("03 Jun 1970", BirthDate.exact(PartialDate(year: 1970, month: 6, day: 3)!)),
        ("Jun 1970", .exact(PartialDate(year: 1970, month: 6)!)),
        ("1962", .exact(PartialDate(year: 1962)!)),
        ("circa 1955", .approximately(PartialDate(year: 1955)!)),
        ("1955 to 1957", .between(PartialDate(year: 1955)!, PartialDate(year: 1957)!)),
    ])
    func parsesTheDateFormsOFACUses(text: String, expected: BirthDate) {
        #expect(OFACDate.birthDate(text) == expected)
    }

    @Test(arguments: ["", "sometime", "32 Jan 1970", "1957 to 1955", "Foo 1970"])
    func rejectsWhatIsNotADate(text: String) {
        #expect(OFACDate.birthDate(text) == nil)
    }

    @Test func parsesThePublishDate() {
        #expect(OFACDate.publishDate("01/08/2026") == PartialDate(year: 2026, month: 1, day: 8))
    }
}
