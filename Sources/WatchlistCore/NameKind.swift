/// The role a name plays for its entity, as the source states it.
public enum NameKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// The name the source lists the entity under.
    case primary
    /// A strong alias ("a.k.a.", "good quality" alias).
    case alias
    /// A name the entity used before ("f.k.a.", "formerly", vessel former names).
    case former
    /// A weak alias ("low quality" a.k.a., nicknames). Matches only exactly after normalization.
    case weakAlias = "weak_alias"
    /// An acronym or abbreviation of another name (e.g. `BRT`).
    case acronym
    /// The name in its original, non-Latin script (see `EntityName.script` and `language`).
    case originalScript = "original_script"
}
