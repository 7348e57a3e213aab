import Foundation
import PackagePlugin

/// Compiles the repository's `lists/` and `seeds/` files into the `WatchlistStore` target, so the default
/// watchlist works from any directory and from a binary copied elsewhere (no bundle to find at run time).
@main
struct EmbedDefaultSources: BuildToolPlugin {
    /// File types read from `lists/` and `seeds/`; the folders' README.md files are documentation.
    static let extensions: Set<String> = ["xml", "md", "txt", "html", "htm"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        var inputs: [URL] = []
        for folder in ["lists", "seeds"] {
            let directory = root.appending(path: folder)
            let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
            inputs += files.filter {
                Self.extensions.contains($0.pathExtension.lowercased()) && $0.lastPathComponent != "README.md"
            }
        }
        inputs.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedSourceFiles+Generated.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) default watchlist sources",
                executable: try context.tool(named: "EmbedSourcesTool").url,
                arguments: [output.path, root.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output])
        ]
    }
}
