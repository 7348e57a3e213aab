import Foundation
import Testing
import WatchlistCore

struct PartialDateTests {
    @Test(arguments: ["1970", "1970-06", "1970-06-03"])
    func roundTripsISOText(text: String) throws {
        let date = try #require(PartialDate(iso: text))
        #expect(date.description == text)
    }

    @Test(arguments: ["", "70", "1970-13", "1970-06-32", "1970-6-x", "abcd"])
    func rejectsInvalidText(text: String) {
        #expect(PartialDate(iso: text) == nil)
    }

    @Test func yearOnlyIsCompatibleWithAnyDayOfThatYear() throws {
        let year = try #require(PartialDate(year: 1970))
        #expect(year.isCompatible(with: try #require(PartialDate(year: 1970, month: 6, day: 3))))
        #expect(!year.isCompatible(with: try #require(PartialDate(year: 1971))))
    }

    @Test func birthDateRangesAndApproximationsAdmitNearbyYears() throws {
        let date = try #require(PartialDate(year: 1956))
        #expect(BirthDate.between(PartialDate(year: 1955)!, PartialDate(year: 1957)!).admits(date))
        #expect(BirthDate.approximately(PartialDate(year: 1955)!).admits(date))
        #expect(!BirthDate.exact(PartialDate(year: 1955)!).admits(date))
    }

    @Test func encodesAsISOText() throws {
        let data = try JSONEncoder().encode([PartialDate(year: 1970, month: 6)!])
        #expect(String(decoding: data, as: UTF8.self) == #"["1970-06"]"#)
    }
}
