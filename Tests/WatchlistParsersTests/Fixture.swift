import Foundation

/// Paths of this target's fixtures and of the shared real lists.
enum Fixture {
    static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name)
    }

    /// A real official file under `../shared/lists/`, or nil when this checkout has none beside it.
    static func sharedList(_ relativePath: String) -> URL? {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/lists/\(relativePath)")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}
