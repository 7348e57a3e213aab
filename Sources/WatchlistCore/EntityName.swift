/// A name of an entity with its kind, its structure when known, and its script and language.
///
/// ```swift
/// let name = EntityName("MIKLASHEVICH, Valyantsin Alfredavich", kind: .primary,
///                       parts: [NamePart(.given, "Valyantsin Alfredavich"), NamePart(.family, "MIKLASHEVICH")])
/// ```
public struct EntityName: Hashable, Sendable, Codable {
    /// The name as the source writes it.
    public var value: String
    public var kind: NameKind
    /// Structured parts, in the source's order; empty when the source gives the name whole.
    public var parts: [NamePart]
    /// ISO 15924 script code (`Latn`, `Cyrl`, `Arab`, ...) when known.
    public var script: String?
    /// BCP 47 language tag (`ru`, `be`, `uk`, ...) when the source says.
    public var language: String?

    public init(
        _ value: String, kind: NameKind, parts: [NamePart] = [], script: String? = nil, language: String? = nil
    ) {
        self.value = value
        self.kind = kind
        self.parts = parts
        self.script = script
        self.language = language
    }
}
