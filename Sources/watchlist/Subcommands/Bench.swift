import ArgumentParser
import Foundation
import WatchlistMatching
import WatchlistParsers
import WatchlistStore

/// `watchlist bench`: measurements that back the numbers in the README.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure the tool's speed on your machine.",
        subcommands: [Parse.self, Query.self])

    /// `watchlist bench parse FILE...`: streaming read throughput per list file.
    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read list files without keeping their entities; report MB/s and peak memory.",
            discussion: "Each file is read --runs times; the best run is reported. Compare with 'xmllint --stream --noout FILE'.")

        @Argument(help: "List files to read.")
        var files: [String]

        @Option(help: "Runs per file; the fastest counts.")
        var runs: Int = 3

        func validate() throws {
            guard runs >= 1 else { throw ValidationError("--runs must be at least 1.") }
        }

        func run() throws {
            print("file\tbytes\tentities\tnames\tbest_seconds\tMB_per_s\tpeak_rss_MB")
            for path in files {
                let url = URL(fileURLWithPath: path)
                let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
                var best = Double.infinity
                var entities = 0
                var names = 0
                for _ in 0..<runs {
                    entities = 0
                    names = 0
                    let start = DispatchTime.now().uptimeNanoseconds
                    do {
                        _ = try ListFileReader().forEachEntity(in: url) { entity in
                            entities += 1
                            names += entity.names.count
                        }
                    } catch {
                        throw InputError(message: error.description)
                    }
                    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                }
                let megabytes = Double(bytes) / 1_000_000
                print([
                    url.lastPathComponent, String(bytes), String(entities), String(names), String(format: "%.3f", best),
                    String(format: "%.1f", megabytes / best), String(format: "%.1f", Self.peakResidentMegabytes()),
                ].joined(separator: "\t"))
            }
        }

        /// Peak resident memory of this process so far (getrusage; kilobytes on Linux).
        static func peakResidentMegabytes() -> Double {
            var usage = rusage()
            #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Double(usage.ru_maxrss) / 1024
            #else
            getrusage(RUSAGE_SELF, &usage)
            return Double(usage.ru_maxrss) / 1_048_576  // bytes on Darwin
            #endif
        }
    }

    /// `watchlist bench query`: single-query latency and batch throughput of the matcher.
    struct Query: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure query latency (p50, p99) and throughput on a watchlist.",
            discussion: """
                Queries are read from --queries (one name per line, or JSONL with a "query" field) or sampled from \
                the watchlist: every listed primary name, one with a typo, and one shuffled, in a fixed order.
                """)

        @OptionGroup var watchlistOptions: WatchlistOptions
        @OptionGroup var matchOptions: MatchOptions

        @Option(help: ArgumentHelp("Names to screen: a text file, one per line, or JSONL with a \"query\" field.", valueName: "file"))
        var queries: String?

        @Option(help: "Use at most this many queries.")
        var count: Int = 20_000

        @Option(help: "Threads for the throughput run.")
        var threads: Int = ProcessInfo.processInfo.activeProcessorCount

        @Option(help: "Also list the slowest queries, with their latency (what p99 is made of).")
        var showSlowest: Int = 0

        func run() throws {
            let loadStart = DispatchTime.now().uptimeNanoseconds
            let watchlist = try watchlistOptions.load()
            let indexStart = DispatchTime.now().uptimeNanoseconds
            let matcher = watchlist.matcher(configuration: matchOptions.configuration)
            let indexEnd = DispatchTime.now().uptimeNanoseconds
            let (readSeconds, indexSeconds) = (Double(indexStart - loadStart) / 1e9, Double(indexEnd - indexStart) / 1e9)
            let names = try Array(queryNames(watchlist: watchlist).prefix(count))
            guard !names.isEmpty else { throw InputError(message: "no queries to run") }
            print(
                "watchlist: \(watchlist.entities.count) entities, read in \(String(format: "%.2f", readSeconds)) s and indexed in "
                    + "\(String(format: "%.2f", indexSeconds)) s, peak RSS \(String(format: "%.0f", Parse.peakResidentMegabytes())) MB")

            var timed: [(microseconds: Double, name: String)] = []
            timed.reserveCapacity(names.count)
            var hits = 0
            for name in names {
                let start = DispatchTime.now().uptimeNanoseconds
                let matches = matcher.matches(for: ScreeningQuery(name: name))
                timed.append((Double(DispatchTime.now().uptimeNanoseconds - start) / 1e3, name))
                if !matches.isEmpty { hits += 1 }
            }
            let latencies = timed.map(\.microseconds).sorted()
            func percentile(_ p: Double) -> Double { latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))] }
            print(String(format: "single query (%d queries, %d with a hit): p50 %.0f us, p90 %.0f us, p99 %.0f us, max %.0f us",
                         names.count, hits, percentile(0.5), percentile(0.9), percentile(0.99), latencies.last!))
            for (microseconds, name) in timed.sorted(by: { $0.microseconds > $1.microseconds }).prefix(max(0, showSlowest)) {
                print(String(format: "  %8.0f us  ", microseconds) + name)
            }

            let workers = max(1, threads)
            let start = DispatchTime.now().uptimeNanoseconds
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var index = worker
                while index < names.count {
                    _ = matcher.matches(for: ScreeningQuery(name: names[index]))
                    index += workers
                }
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            print(String(format: "throughput on %d threads: %.0f queries/s", workers, Double(names.count) / seconds))
        }

        private func queryNames(watchlist: Watchlist) throws -> [String] {
            if let queries {
                guard let text = try? String(contentsOfFile: queries, encoding: .utf8) else {
                    throw InputError(message: "\(queries): cannot read the queries file (UTF-8 text expected).")
                }
                return text.split(whereSeparator: \.isNewline).compactMap { line in
                    guard line.hasPrefix("{") else { return String(line) }
                    let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                    return object?["query"] as? String
                }
            }
            var names: [String] = []
            for (position, entity) in watchlist.entities.enumerated() {
                let name = entity.names.first?.value ?? ""
                names.append(name)
                var characters = Array(name)
                if characters.count > 4 {
                    characters.swapAt(characters.count / 2, characters.count / 2 + 1)  // a transposition typo
                    names.append(String(characters))
                }
                if position % 2 == 0 { names.append(name.split(separator: " ").reversed().joined(separator: " ")) }
            }
            return names
        }
    }
}
