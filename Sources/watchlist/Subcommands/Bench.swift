import ArgumentParser
import Foundation
import WatchlistParsers

/// `watchlist bench`: measurements that back the numbers in the README.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure the tool's speed on your machine.",
        subcommands: [Parse.self])

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
}
