import Foundation

/// The repository's `lists/` and `seeds/` files, compiled into the library by the `EmbedDefaultSources`
/// build plugin (the generated half of this type holds `files`).
enum EmbeddedSources {}

/// One embedded file: its path in the repository and its bytes.
struct EmbeddedSourceFile: Sendable {
    /// Path relative to the repository root, e.g. `lists/ofac_sdn_belarus_2024-06-12.xml`.
    var path: String
    var base64: String

    var data: Data { Data(base64Encoded: base64) ?? Data() }
    var isList: Bool { path.hasPrefix("lists/") }
    var isArticle: Bool { path.hasPrefix("seeds/") && !path.hasSuffix("README.md") }
}
