import ArgumentParser
import Foundation
import WatchlistCore
import WatchlistStore

/// `watchlist info [FILE]`: what a watchlist holds and where it came from.
struct Info: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a watchlist's sources, counts and warnings.",
        discussion: "Without FILE, describes the built-in watchlist. Warns about lists older than --max-age-days.")

    @Argument(help: "A compiled watchlist or a list file. Default: the built-in watchlist.")
    var file: String?

    @Option(help: "Warn when a list's publication date is older than this many days.")
    var maxAgeDays: Int = 30

    func run() throws {
        let watchlist = try WatchlistOptions.load(path: file)
        let kinds = Dictionary(grouping: watchlist.entities, by: { $0.kind.rawValue }).mapValues(\.count)
        print("watchlist: \(file ?? "built-in")")
        print("algorithm: \(watchlist.metadata.algorithmVersion)")
        print("entities: \(watchlist.entities.count) (\(Self.describe(kinds)))")
        print("names: \(watchlist.entities.reduce(0) { $0 + $1.names.count })")
        let linked = watchlist.entities.filter { $0.relations.contains { $0.role == Relation.samePartyRole } }.count
        if linked > 0 { print("linked: \(linked) entities, to the same party's record on another list") }
        let today = Date()
        for source in watchlist.metadata.sources {
            print("source \(source.name)")
            print("  format: \(source.format)")
            if let sha256 = source.sha256 { print("  sha256: \(sha256)") }
            print("  published: \(source.published?.description ?? "not stated")")
            print("  entities: \(source.entityCount) (\(Self.describe(source.entitiesByKind))), names: \(source.nameCount)")
            if let age = source.published.flatMap({ Self.days(from: $0, to: today) }), age > maxAgeDays {
                print("  WARNING: published \(age) days ago (more than \(maxAgeDays)); get the current list")
            }
            for warning in source.warnings { print("  warning: \(warning)") }
        }
    }

    private static func describe(_ counts: [String: Int]) -> String {
        counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }

    private static func days(from date: PartialDate, to today: Date) -> Int? {
        var components = DateComponents()
        components.year = date.year
        components.month = date.month ?? 12
        components.day = date.day ?? 28
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let published = calendar.date(from: components) else { return nil }
        return calendar.dateComponents([.day], from: published, to: today).day
    }
}
