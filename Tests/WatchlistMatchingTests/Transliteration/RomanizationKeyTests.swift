import Foundation
import Testing
@testable import WatchlistMatching

struct RomanizationKeyTests {
    private func key(_ token: String) -> String { RomanizationKey.key(for: token) }

    // MARK: What collides

    @Test(arguments: [
        // kh / h / ch before a consonant (х)
        ("tehnolit", "tekhnolit"),
        ("belarusrezinotekhnika", "belarusrezinotechnika"),
        ("rakhmaninov", "rachmaninov"),
        ("khristo", "hristo"),
        // ts / tz / tc / c before e, i (ц)
        ("valyantsin", "valiantsin"),
        ("valiantsin", "valjancin"),
        ("tsaplin", "tcaplin"),
        ("kuznetsov", "kuznetzov"),
        // sh / sch / sz, shch / sch / szcz (ш, щ)
        ("shcherbakov", "scherbakov"),
        ("shcherbakov", "szczerbakow"),
        ("schroeder", "shroder"),
        // ch / tch / tsch / cz (ч)
        ("ivanovich", "ivanovitch"),
        ("miklashevich", "miklaschewitsch"),
        ("czerny", "cherny"),
        // ya / ia / ja, yu / iu / ju, ye / ie / e
        ("natalya", "natalia"),
        ("natalia", "nataliia"),
        ("mariya", "maria"),
        ("lyubov", "liubov"),
        ("lyubov", "ljubov"),
        ("iurii", "yurii"),
        ("yevgeniy", "evgenii"),
        ("yelena", "elena"),
        ("yelena", "ielena"),
        ("andreyev", "andreev"),
        ("alekseyevna", "alekseevna"),
        ("solovyev", "soloviev"),
        // English spellings of long vowels: oo for u, ee for i
        ("mahmood", "mahmud"),
        ("noor", "nur"),
        ("yoon", "yun"),
        ("rasheed", "rashid"),
        ("kareem", "karim"),
        ("lee", "li"),
        ("yuryevich", "yurevich"),
        ("aliyev", "aliev"),
        // y / i / j glides and final -iy / -ii / -y / -yi / -ij
        ("dmitriy", "dmitry"),
        ("dmitrii", "dmitrij"),
        ("nikolay", "nikolai"),
        ("nikolai", "nikolaj"),
        ("sergey", "sergej"),
        ("mikhaylov", "mikhailov"),
        ("mihajlov", "mihailov"),
        ("kowalski", "kovalsky"),
        ("zghurskyi", "zghurskiy"),
        ("yanukovych", "yanukovich"),
        ("yvan", "ivan"),
        ("faysal", "faisal"),
        ("husayn", "husain"),
        ("meyer", "meier"),
        // Burmese aspirated t: an initial ht is t
        ("htun", "tun"),
        ("htay", "tay"),
        // w / v, ph / f, x / ks, q / k, c / k
        ("petrow", "petrov"),
        ("wiktor", "viktor"),
        ("joseph", "josef"),
        ("aleksandr", "alexandr"),
        ("qasim", "kasim"),
        ("victor", "viktor"),
        ("nicolai", "nikolai"),
        // doubled letters, ou / u, oe / o, ue / u, final h after a vowel
        ("natallia", "natalia"),
        ("hussein", "husein"),
        ("mohammed", "mohamed"),
        ("abou", "abu"),
        ("youssef", "yusef"),
        ("mueller", "muller"),
        ("abdullah", "abdulla"),
        ("fatimah", "fatima"),
        // The Levantine and Persian -eh of ة after i/y, and -zadeh.
        ("haniyeh", "haniya"),
        ("haniyeh", "haniyah"),
        ("attieh", "attia"),
        ("atiyeh", "atiya"),
        ("alizadeh", "alizada"),
        // Ukrainian и → y between consonants
        ("volodymyr", "volodimir"),
        ("dmytro", "dmitro"),
        ("smyth", "smith"),  // decided: spelling variants of one name
    ])
    func romanizationVariantsShareAKey(first: String, second: String) {
        #expect(key(first) == key(second), "\(first) → \(key(first)), \(second) → \(key(second))")
    }

    // MARK: What stays apart

    @Test(arguments: [
        // Gender forms of a surname are different tokens; the scorer decides whether they match.
        ("ivanov", "ivanova"),
        ("petrov", "petrova"),
        ("lukashenko", "lukashenka"),
        // Different names that differ by one consonant or vowel.
        ("kvant", "kvand"),
        ("bush", "habbash"),
        ("muhammad", "mohammed"),
        ("hasan", "husayn"),
        ("sergey", "serhiy"),  // g and h are not folded (Ukrainian г)
        ("hts", "ts"),  // a short acronym keeps its h
        // East Asian syllables: c, q, w, zh, j and initial y stay distinct.
        ("zhang", "zang"),
        ("zhou", "zou"),
        ("jang", "yang"),
        ("jong", "yong"),
        ("cong", "kong"),
        ("cai", "kai"),
        ("qi", "ki"),
        ("wu", "vu"),
        ("chan", "han"),
        ("chan", "khan"),
        // Short tokens keep a final h and the ie after a consonant.
        ("shah", "sha"),
        ("koh", "ko"),
        ("tien", "ten"),
        // Roman numerals are not glides.
        ("ii", "i"),
        ("iii", "ii"),
        // Carons dropped are not folded into digraphs: the romanizer gives both spellings instead.
        ("miklashevich", "miklasevic"),
        ("zhukov", "zukov"),
        // Things a key does not achieve (documented): ў as w, j at the start, ё as yo, English -ube.
        ("yawhen", "yauhen"),
        ("jurij", "yurij"),
        ("solovyov", "solovev"),
        ("baztube", "baztyub"),
        ("kuchma", "kutschma"),  // ch before a consonant is read as х (Technika); German tsch is ч
        ("samuel", "samul"),
        // A final -eh after another consonant keeps its h apart: Saleh (صالح) is not Salah (صلاح).
        ("saleh", "salah"),
    ])
    func differentNamesKeepDifferentKeys(first: String, second: String) {
        #expect(key(first) != key(second), "\(first) and \(second) both → \(key(first))")
    }

    @Test(arguments: [
        ("tekhnolit", "teHnolit"),
        ("shcherbakov", "Serbakov"),
        ("miklashevich", "miklaSeviC"),
        ("valyantsin", "valyanTin"),
        ("yevgeniy", "evgeni"),
        ("zhukov", "Zukov"),
        ("aleksandr", "aleksandr"),
        ("t72", "t72"),
        ("", ""),
    ])
    func spellsKeysWithLowercaseLettersAndFiveClassCapitals(token: String, expected: String) {
        #expect(key(token) == expected)
    }

    @Test func isIdempotentOnLowercaseInputAndIgnoresCase() {
        for token in ["Tekhnolit", "MIKLASHEVICH", "Valyantsin"] {
            #expect(key(token) == key(token.lowercased()))
        }
    }

    // MARK: Real list data

    static let ofacFolder = "/work/shared/lists/ofac"
    static let sdnFile = "\(ofacFolder)/sdn_csv_2024-06/sdn.csv"

    /// Over the distinct name tokens of OFAC's SDN file (and the alias files next to it), how many tokens
    /// share their key with another token. Most shared keys are spelling variants of one name (`yuriy`,
    /// `yury`, `iurii`); the bound keeps the key from drifting into a phonetic code.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: sdnFile)))
    func mergesFewDistinctTokensOfRealListNames() throws {
        let tokens = try Self.ofacNameTokens()
        var groups: [String: [String]] = [:]
        for token in tokens { groups[key(token), default: []].append(token) }
        let shared = groups.values.filter { $0.count > 1 }
        let tokensSharingAKey = shared.reduce(0) { $0 + $1.count }
        let lost = tokens.count - groups.count
        // A rough proxy for false merges: pairs in one group that are far apart as spellings.
        let metric = LevenshteinSimilarity()
        var distantGroups = 0
        for group in shared {
            let bytes = group.map { Array($0.utf8) }
            if bytes.dropFirst().contains(where: { metric.similarity(bytes[0], $0, cutoff: 0) < 0.6 }) {
                distantGroups += 1
            }
        }
        print("""
            RomanizationKey over \(tokens.count) distinct OFAC name tokens: \(groups.count) keys; \
            \(tokensSharingAKey) tokens (\(Self.percent(tokensSharingAKey, tokens.count))) share a key with another, \
            in \(shared.count) groups; distinctness lost: \(lost) (\(Self.percent(lost, tokens.count))); \
            groups with spellings < 0.6 Levenshtein apart: \(distantGroups)
            """)
        #expect(tokens.count > 15_000)
        #expect(Double(lost) / Double(tokens.count) < 0.13)
    }

    static func percent(_ part: Int, _ whole: Int) -> String {
        String(format: "%.1f%%", 100 * Double(part) / Double(max(whole, 1)))
    }

    /// Distinct lowercase alphanumeric words (not all digits) of the name column of `sdn.csv` and of the
    /// `alt.csv` files next to it. Parsed as bytes: the files are 2-4 MB and this runs in debug builds.
    static func ofacNameTokens() throws -> [String] {
        var files = [(sdnFile, 1)]
        for folder in (try? FileManager.default.contentsOfDirectory(atPath: ofacFolder)) ?? [] {
            let alt = "\(ofacFolder)/\(folder)/alt.csv"
            if FileManager.default.fileExists(atPath: alt) { files.append((alt, 3)) }
        }
        var tokens: Set<String> = []
        for (file, column) in files.sorted(by: { $0.0 < $1.0 }) {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
            var field = 0
            var quoted = false
            var word: [UInt8] = []
            func flush() {
                if !word.isEmpty, !word.allSatisfy({ (0x30...0x39).contains($0) }) {
                    tokens.insert(String(decoding: word, as: UTF8.self))
                }
                word.removeAll(keepingCapacity: true)
            }
            // OFAC's CSV files quote fields with double quotes and have no line breaks inside fields.
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\""): quoted.toggle()
                case UInt8(ascii: ","):
                    if field == column { flush() }
                    if !quoted { field += 1 }
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                    if field == column { flush() }
                    field = 0
                    quoted = false
                default:
                    guard field == column else { continue }
                    switch byte {
                    case 0x41...0x5A: word.append(byte | 0x20)
                    case 0x61...0x7A, 0x30...0x39: word.append(byte)
                    default: flush()
                    }
                }
            }
        }
        return tokens.sorted()
    }
}
