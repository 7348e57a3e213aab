/// The consonant skeleton of a word's romanization key: its consonants in order, vowels and glides left
/// out, doubles collapsed.
///
/// Arabic and Persian write short vowels rarely, and every romanization fills them in its own way:
/// `Zaitoun` / `Zaytun` / `Zeitun`, `Hussein` / `Huseyn` / `Husayn`, `Katarji` / `Qatarji`, and ICU
/// romanizes unvowelled Arabic script as consonants only (`حسين` → `hsyn`). Their keys
/// (`RomanizationKey`) still differ; their skeletons (`ztn`, `hsn`, `ktrj`) agree. A skeleton says less than
/// a key (`Hassan` and `Hussein` share one), so the aligner counts a skeleton match below a romanization
/// match, and only for words whose skeleton has at least three consonants (unvowelled Arabic gives
/// three-letter words such as `sqr` for `Saqr`).
///
/// Source of the idea: the consonantal writing of Arabic script (abjad) and the vowel variation listed
/// for Arabic names in the BGN/PCGN and UN romanization tables.
enum ConsonantSkeleton {
    static let minimumWordLength = 3
    static let minimumSkeletonLength = 3

    /// The skeleton of a key, or nil when the word is too short or the skeleton too thin to mean anything.
    static func skeleton(ofKey key: [UInt8], wordLength: Int) -> [UInt8]? {
        guard wordLength >= minimumWordLength else { return nil }
        var skeleton: [UInt8] = []
        skeleton.reserveCapacity(key.count)
        for byte in key {
            switch byte {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
                UInt8(ascii: "y"), UInt8(ascii: "w"):
                continue
            case UInt8(ascii: "q"): if skeleton.last != UInt8(ascii: "k") { skeleton.append(UInt8(ascii: "k")) }
            default:
                guard (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                else { return nil }  // digits and anything else: not a name word
                if skeleton.last != byte { skeleton.append(byte) }
            }
        }
        return skeleton.count >= minimumSkeletonLength ? skeleton : nil
    }
}
