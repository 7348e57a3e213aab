import Foundation

/// Turns the English language names lists write ("Russian", "Belarusian", "Persian/Farsi") into
/// BCP 47 language tags for `EntityName.language`.
///
/// The names are those seen in the UK lists' `NonLatinScriptLanguage` column and the language prefixes of
/// Canada's SEMA aliases ("Belarusian: ..."); the tags are ISO 639-1 codes (ISO 639-3 `prs` for Dari,
/// which has no two-letter code).
enum LanguageName {
    /// The tag for a language name, or nil when the name is not in the table.
    static func tag(for name: String) -> String? {
        let key = name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return tags[key]
    }

    private static let tags: [String: String] = [
        "amharic": "am", "arabic": "ar", "armenian": "hy", "azerbaijani": "az", "belarusian": "be",
        "belarussian": "be", "bosnian": "bs", "bulgarian": "bg", "burmese": "my", "chinese": "zh",
        "dari": "prs", "english": "en", "farsi": "fa", "french": "fr", "georgian": "ka", "greek": "el",
        "hebrew": "he", "hindi": "hi", "japanese": "ja", "kazakh": "kk", "korean": "ko", "kurdish": "ku",
        "kyrgyz": "ky", "macedonian": "mk", "moldovan": "ro", "pashto": "ps", "persian": "fa",
        "persian/farsi": "fa", "romanian": "ro", "romanian; moldavian; moldovan": "ro", "russian": "ru",
        "serbian": "sr", "somali": "so", "spanish": "es", "tajik": "tg", "thai": "th", "tigrinya": "ti",
        "turkish": "tr", "ukrainian": "uk", "urdu": "ur", "uzbek": "uz",
    ]
}
