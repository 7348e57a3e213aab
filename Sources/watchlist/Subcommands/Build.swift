import ArgumentParser
import WatchlistArticles
import Foundation
import WatchlistParsers
import WatchlistStore

/// `watchlist build SOURCE... -o FILE`: compiles list files into one watchlist file.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compile official list files into one watchlist file.",
        discussion: """
            SOURCE is a list file (OFAC XML/CSV/ZIP, EU, UN, UK, OFSI, Canada, DFAT, FollowTheMoney JSON lines) or a \
            folder, whose list files are read in name order (OFAC's alt.csv, add.csv and sdn_comments.csv are read \
            with the sdn.csv beside them). The output is written only when every source was read; an existing file \
            is replaced atomically.
            """)

    @Argument(help: "List files or folders to compile.")
    var sources: [String]

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The compiled watchlist to write.", valueName: "file"))
    var output: String

    @Flag(help: "Skip a source that cannot be read (reported) instead of stopping.")
    var keepGoing = false

    @Option(name: .customLong("article"), help: ArgumentHelp(
        "A news article or press release (.txt, .md, .html) or a folder of them; its sanctioned parties join the watchlist as article:<slug>#<n>, linked to listed entities they match. Repeatable.",
        valueName: "file"))
    var articles: [String] = []

    func run() throws {
        let files = try SourceFiles.expand(sources)
        var builder = WatchlistBuilder()
        var skipped: [String] = []
        for file in files {
            do {
                try builder.add(fileURL: file)
            } catch {
                guard keepGoing else { throw InputError(message: error.description) }
                skipped.append(error.description)
            }
        }
        for file in try SourceFiles.expandArticles(articles) {
            do {
                let extraction = builder.add(article: try ArticleDocument.read(fileURL: file))
                if extraction.entities.isEmpty { print("note \(file.path): no sanctioned party found") }
            } catch {
                guard keepGoing else { throw InputError(message: error.description) }
                skipped.append(error.description)
            }
        }
        let watchlist = builder.build()
        do {
            try CompiledWatchlistFile.write(watchlist, to: URL(fileURLWithPath: output))
        } catch {
            throw InputError(message: error.description)
        }
        for source in watchlist.metadata.sources {
            let published = source.published.map { ", published \($0)" } ?? ""
            let warnings = source.warnings.isEmpty ? "" : ", \(source.warnings.count) warnings (see 'watchlist info')"
            print("read \(source.name): \(source.format), \(source.entityCount) entities, \(source.nameCount) names\(published)\(warnings)")
        }
        for problem in skipped { print("skipped \(problem)") }
        print("wrote \(output): \(watchlist.entities.count) entities from \(watchlist.metadata.sources.count) sources")
    }
}

/// Expands folders given to `build` into the list files inside them.
enum SourceFiles {
    /// Article paths, with folders expanded to the .txt, .md and .html files in them, sorted.
    static func expandArticles(_ paths: [String]) throws -> [URL] {
        try paths.flatMap { path -> [URL] in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw InputError(message: "\(path): no such article file or folder")
            }
            guard isFolder.boolValue else { return [URL(fileURLWithPath: path)] }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return names.sorted().filter { name in
                ArticleDocument.Format(pathExtension: (name as NSString).pathExtension) != nil && !name.hasPrefix(".")
                    && name.lowercased() != "readme.md"
            }.map { URL(fileURLWithPath: path).appendingPathComponent($0) }
        }
    }

    /// Files that are read together with another file, or are documentation, never on their own.
    static let companions: Set<String> = [
        "alt.csv", "add.csv", "sdn_comments.csv", "cons_alt.csv", "cons_add.csv", "cons_comments.csv",
    ]
    static let listExtensions: Set<String> = ["xml", "csv", "zip", "xlsx", "json", "jsonl", "ftm"]

    static func expand(_ paths: [String]) throws(InputError) -> [URL] {
        var files: [URL] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError(message: "\(path): no such file or folder.")
            }
            guard isDirectory.boolValue else {
                files.append(URL(fileURLWithPath: path))
                continue
            }
            let enumerator = FileManager.default.enumerator(atPath: path)
            var found: [String] = []
            while let relative = enumerator?.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent.lowercased()
                guard listExtensions.contains((name as NSString).pathExtension), !companions.contains(name),
                    !name.hasPrefix(".")
                else { continue }
                found.append(relative)
            }
            files += found.sorted().map { URL(fileURLWithPath: path).appendingPathComponent($0) }
        }
        return files
    }
}
