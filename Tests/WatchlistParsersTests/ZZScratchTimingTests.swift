import Foundation
import Testing
import CSV
@testable import WatchlistParsers

struct ZZScratchTimingTests {
    @Test func timing() throws {
        let url = URL(fileURLWithPath: "/work/shared/lists/uk/ofsi_ConList_2020-04-27.csv")
        var start = Date()
        let data = try Data(contentsOf: url)
        let text = OFSIConListCSVReader.decode(data)!
        print("decode", Date().timeIntervalSince(start)); start = Date()
        let reader = try CSVReader(string: text, hasHeaderRow: false)
        var rows: [[String]] = []
        while let r = reader.next() { rows.append(r) }
        print("csv", Date().timeIntervalSince(start), rows.count); start = Date()
        var n = 0
        for r in rows { for f in r { n += OFSIConListMapper.collapsed(f).count } }
        print("collapse", Date().timeIntervalSince(start)); start = Date()
        for r in rows { for f in r { n += EnumeratedList.items(in: f).count } }
        print("enum", Date().timeIntervalSince(start)); start = Date()
        for r in rows { if r.count > 22 { n += TaggedText.fields(in: r[22]).count } }
        print("tagged", Date().timeIntervalSince(start)); start = Date()
        _ = try ListFileReader().read(fileURL: url)
        print("all", Date().timeIntervalSince(start), n)
    }
}
