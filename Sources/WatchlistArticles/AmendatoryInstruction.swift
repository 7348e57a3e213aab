/// The amendatory instructions of a Federal Register rule, which say what the rule does to the Entity List
/// by quoting each entry:
///
/// ```
/// i. By adding, in alphabetical order, entries for "Everbright Pinnacle Trading Limited," and
/// "Xi'an Qianhe Aerospace Materials Technology Co., Ltd."; and
/// ii. By removing the entry for "Ningbo Tianyu Opto-Electronic Co., Ltd.";
/// ```
///
/// Added entries are designations, removed ones delistings; revised entries ("By revising the entry for
/// ...") are neither: they were listed before. The supplement that follows repeats the added and revised entries in full, so the
/// instructions, not the supplement, say which is which.
enum AmendatoryInstruction {
    /// The names an instruction sentence adds, removes and revises, in order; all empty when it is none.
    static func entries(in sentence: String) -> (added: [String], removed: [String], revised: [String]) {
        let lower = sentence.lowercased()
        guard lower.contains("entry for") || lower.contains("entries for") else { return ([], [], []) }
        var added: [String] = []
        var removed: [String] = []
        var revised: [String] = []
        var action: Substring = ""
        var quote: String?
        var words = sentence.split(whereSeparator: \.isWhitespace)[...]
        // Words outside quotes set the action; quoted runs are the entries it applies to.
        while let word = words.popFirst() {
            if quote == nil, let first = word.first, "\"“".contains(first) {
                quote = String(word.dropFirst())
            } else if quote != nil {
                quote! += " " + word
            } else {
                let bare = word.lowercased().filter(\.isLetter)
                if ["adding", "removing", "revising", "amending"].contains(bare) { action = Substring(bare) }
                continue
            }
            guard let open = quote, let last = open.last(where: { !",.;:".contains($0) }), "\"”".contains(last) else { continue }
            var name = trimmed(open, "\"”,;:")
            // A final dot belongs to an abbreviation ("Co., Ltd."), not to the sentence ("FZE.").
            if name.hasSuffix("."), let lastWord = name.split(separator: " ").last?.lowercased(),
                !ArticleToken.abbreviations.contains(String(lastWord.dropLast())), !lastWord.dropLast().contains(".")
            {
                name = String(name.dropLast())
            }
            switch action {
            case "adding": added.append(name)
            case "removing": removed.append(name)
            case "revising", "amending": revised.append(name)
            default: break
            }
            quote = nil
        }
        return (added, removed, revised)
    }
}
