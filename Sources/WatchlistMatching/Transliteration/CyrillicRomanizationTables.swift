// Romanization tables for Cyrillic names, one system per language, as lists and passports actually use them.
// Diacritics are dropped (š → s, ŭ → u) because names are compared as lowercase ASCII; soft and hard signs
// and apostrophes, which most systems render as ’ or ” or not at all, are dropped.
//
// Sources, per system below:
// - BGN/PCGN: "Romanization of Russian" (1947), "... of Belarusian" (1979), "... of Ukrainian" (1965),
//   "... of Bulgarian" (2013, = Bulgarian Streamlined System), "... of Kazakh" (1979); published by the
//   UK Permanent Committee on Geographical Names and the US Board on Geographic Names.
// - ICAO Doc 9303 Part 3 (7th ed., 2015), section "Transliteration of Cyrillic characters", with its
//   language notes (Belarusian/Ukrainian Г → H, Ukrainian И → Y, Belarusian Ё → IO, Bulgarian Щ → SHT,
//   Serbian and Macedonian Х → H, Ц → C, Serbian Ж Ч Ш → Z C S, Macedonian Ѓ Ќ Џ → GJ KJ DJ). Russian
//   passports use it since 2014 (FMS order 320 of 15 Oct 2012); ЪЕ → IE.
// - GOST R 52535.1-2006, used for Russian passports from 16 Mar 2010 to 2014 (FMS order 26 of
//   3 Feb 2010): as ICAO, but Ц → TC.
// - Russian passports 1997-2010 (MVD order 310 of 26 May 1997, appendix 7, "English" transliteration):
//   Й → Y, Ю → YU, Я → YA, Ц → TS, Е and Ё → E.
// - Belarusian passports (MVD of Belarus resolution 200 of 28 Jun 2010 and practice seen in OFAC/EU
//   entries: ALIAKSANDR, SIARHEI, YAUHEN, DZMITRY, MARYIA): ICAO with Belarusian notes, YA/YU/YE at the
//   start of a word, final ЫЙ → Y and ІЙ → I.
// - Belarusian national system: "Instruction on transliteration of Belarusian geographical names with
//   letters of Latin script" (State Committee on Land Resources, 2000, revised 11 Jun 2007; UNGEGN 2013).
// - Ukrainian national system: Cabinet of Ministers of Ukraine resolution 55 of 27 Jan 2010 (passports
//   and official documents): Є Ї Й Ю Я → YE YI Y YU YA at the start of a word, IE I I IU IA elsewhere;
//   ЗГ → ZGH.
// - Scholarly transliteration (ISO/R 9:1968 and the Slavist tradition) with diacritics dropped: what
//   Czech, Polish, Croatian and academic sources write (Miklaševič → miklasevic); ICU's "Any-Latin"
//   (ISO 9:1995) gives almost the same letters.
// - German (Duden) and French transcription as used by the German and French press and by older
//   EU and UN list entries (Jewgeni, Iouri, Chtcherbakov).
// - Serbian: the official Latin alphabet (Gaj) with diacritics dropped (= ICAO for Serbian), and the
//   ASCII digraph practice of English-language media (Đ → dj, Č/Ć → ch, Š → sh, Ž → zh).

extension CyrillicRomanizationSystem {
    /// Every system, in the order their spellings are preferred when the number of spellings is capped:
    /// tier 0 (passport systems and the system each language's lists use most) for every language first,
    /// then tier 1, then tier 2.
    static let all: [CyrillicRomanizationSystem] = [
        russianBGN, russianICAO, belarusianPassport, ukrainianNational2010, bulgarianStreamlined, kazakhPassport,
        serbianLatin, macedonianICAO,
        russianPassport1997, russianGOST2006, belarusianBGN, belarusianNational2007, belarusianICAO, ukrainianBGN,
        ukrainianICAO, kazakhBGN, serbianDigraphs,
        russianEnglishUsage, russianScholarly, ukrainianScholarly, russianGerman, russianFrench,
    ]

    // MARK: Shared letter sets

    /// Russian letters as the English-based practical systems spell them (BGN/PCGN without its positional
    /// rules; Russian passports 1997-2010).
    static let russianPractical: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
        "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
        "э": "e", "ю": "yu", "я": "ya",
    ]

    /// ICAO 9303 letters shared by Russian, Belarusian and Ukrainian.
    static let icaoCommon: [Character: String] = russianPractical.merging([
        "й": "i", "ю": "iu", "я": "ia", "ъ": "ie", "ё": "e", "і": "i", "ў": "u", "ґ": "g", "є": "ie", "ї": "i",
    ]) { $1 }

    /// Scholarly transliteration with diacritics dropped; also the fallback for letters a system leaves out.
    static let scholarlyLetters: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "ж": "z", "з": "z",
        "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
        "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "c", "ш": "s", "щ": "sc", "ъ": "", "ы": "y",
        "ь": "", "э": "e", "ю": "ju", "я": "ja",
        // Belarusian, Ukrainian
        "і": "i", "ў": "u", "є": "je", "ї": "ji",
        // Serbian, Macedonian
        "ђ": "d", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "ѓ": "g", "ќ": "k", "ѕ": "dz",
        "ѐ": "e", "ѝ": "i",
        // Kazakh
        "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
    ]

    // MARK: Russian

    /// BGN/PCGN 1947: Yevgeniy, Alekseyev, Shcherbakov.
    static let russianBGN = CyrillicRomanizationSystem(
        name: "BGN/PCGN 1947 (Russian)", language: .russian, tier: 0,
        letters: russianPractical,
        iotated: ["е": "ye", "ё": "ye"], iotation: .wordStartAndAfterVowel)

    /// ICAO Doc 9303 (Russian passports since 2014): Evgenii, Iurii, Aleksei.
    static let russianICAO = CyrillicRomanizationSystem(
        name: "ICAO 9303 (Russian)", language: .russian, tier: 0, letters: icaoCommon)

    /// Russian passports 1997-2010: Evgeniy, Yuriy, Aleksey.
    static let russianPassport1997 = CyrillicRomanizationSystem(
        name: "Russian passports 1997-2010", language: .russian, tier: 1, letters: russianPractical)

    /// GOST R 52535.1-2006 (Russian passports 2010-2014): Tcarev, Iurii.
    static let russianGOST2006 = CyrillicRomanizationSystem(
        name: "GOST R 52535.1-2006 (Russian passports 2010-2014)", language: .russian, tier: 1,
        letters: icaoCommon.merging(["ц": "tc", "ъ": ""]) { $1 })

    /// BGN/PCGN as simplified in English-language usage: Yevgeny, Dmitry, Pyotr, Ilyin.
    static let russianEnglishUsage = CyrillicRomanizationSystem(
        name: "English usage (Russian)", language: .russian, tier: 2,
        letters: russianPractical.merging(["ё": "yo"]) { $1 },
        iotated: ["е": "ye", "ё": "yo"], iotation: .wordStartAndAfterVowel,
        pairs: ["жё": "zho", "чё": "cho", "шё": "sho", "щё": "shcho", "ьи": "yi"],
        endings: ["ий": "y", "ый": "y"])

    /// Scholarly (ISO/R 9) with diacritics dropped: Miklasevic, Scerbakov, Evgenij.
    static let russianScholarly = CyrillicRomanizationSystem(
        name: "scholarly (Russian)", language: .russian, tier: 2, style: .diacriticsDropped, letters: scholarlyLetters)

    /// German (Duden) transcription: Jewgeni, Miklaschewitsch, Wassili, Schtscherbakow.
    static let russianGerman = CyrillicRomanizationSystem(
        name: "German (Russian)", language: .russian, tier: 2, style: .germanOrFrench,
        letters: russianPractical.merging([
            "в": "w", "ё": "jo", "ж": "sch", "з": "s", "й": "i", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch",
            "щ": "schtsch", "ю": "ju", "я": "ja",
        ]) { $1 },
        iotated: ["е": "je", "ё": "jo"], iotation: .wordStartAndAfterVowel,
        pairs: ["жё": "scho", "чё": "tscho", "шё": "scho", "щё": "schtscho"],
        endings: ["ий": "i", "ый": "y"],
        betweenVowels: ["с": "ss"])

    /// French transcription: Evgueni, Iouri, Chtcherbakov, Vassili.
    static let russianFrench = CyrillicRomanizationSystem(
        name: "French (Russian)", language: .russian, tier: 2, style: .germanOrFrench,
        letters: russianPractical.merging([
            "ё": "io", "ж": "j", "й": "i", "у": "ou", "ч": "tch", "ш": "ch", "щ": "chtch", "ю": "iou", "я": "ia",
        ]) { $1 },
        pairs: ["ге": "gue", "ги": "gui"],
        endings: ["ий": "i", "ый": "y"],
        betweenVowels: ["с": "ss"])

    // MARK: Belarusian

    static let belarusianBase: [Character: String] = icaoCommon.merging(["г": "h", "ё": "io"]) { $1 }

    /// Belarusian passports (ICAO with Belarusian notes, YA/YU/YE at the start): Aliaksandr, Siarhei, Yauhen,
    /// Dzmitry, Valiantsin.
    static let belarusianPassport = CyrillicRomanizationSystem(
        name: "Belarusian passports (ICAO 9303)", language: .belarusian, tier: 0,
        letters: belarusianBase,
        iotated: ["е": "ye", "ё": "yo", "ю": "yu", "я": "ya"], iotation: .wordStart,
        endings: ["ый": "y", "ій": "i"])

    /// ICAO 9303 for Belarusian as written: Iauhen.
    static let belarusianICAO = CyrillicRomanizationSystem(
        name: "ICAO 9303 (Belarusian)", language: .belarusian, tier: 1, letters: belarusianBase)

    /// BGN/PCGN 1979: Alyaksandr, Valyantsin, Yawhen, Syarhey.
    static let belarusianBGN = CyrillicRomanizationSystem(
        name: "BGN/PCGN 1979 (Belarusian)", language: .belarusian, tier: 1,
        letters: russianPractical.merging(["г": "h", "е": "ye", "ё": "yo", "і": "i", "ў": "w", "ґ": "g"]) { $1 })

    /// Belarusian national system 2007, diacritics dropped: Aliaksandr, Valiancin, Jauhien, Lukasenka.
    static let belarusianNational2007 = CyrillicRomanizationSystem(
        name: "Belarusian national system 2007", language: .belarusian, tier: 1, style: .diacriticsDropped,
        letters: [
            "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "ie", "ё": "io", "ж": "z", "з": "z",
            "і": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
            "т": "t", "у": "u", "ў": "u", "ф": "f", "х": "ch", "ц": "c", "ч": "c", "ш": "s", "ы": "y", "ь": "",
            "э": "e", "ю": "iu", "я": "ia",
        ],
        iotated: ["е": "je", "ё": "jo", "ю": "ju", "я": "ja"], iotation: .wordStartAndAfterVowel)

    // MARK: Ukrainian

    static let ukrainianBase: [Character: String] = icaoCommon.merging(["г": "h", "и": "y"]) { $1 }

    /// Ukrainian national system 2010 (passports): Oleksandr, Yevhen, Serhii, Andrii, Zghurskyi.
    static let ukrainianNational2010 = CyrillicRomanizationSystem(
        name: "Ukrainian national system 2010", language: .ukrainian, tier: 0,
        letters: ukrainianBase,
        iotated: ["є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"], iotation: .wordStart,
        pairs: ["зг": "zgh"])

    /// ICAO 9303 for Ukrainian as written: Iurii, Ievhen.
    static let ukrainianICAO = CyrillicRomanizationSystem(
        name: "ICAO 9303 (Ukrainian)", language: .ukrainian, tier: 1, letters: ukrainianBase)

    /// BGN/PCGN 1965: Serhiy, Andriy, Oleksiy, Yevhen.
    static let ukrainianBGN = CyrillicRomanizationSystem(
        name: "BGN/PCGN 1965 (Ukrainian)", language: .ukrainian, tier: 1,
        letters: russianPractical.merging([
            "г": "h", "ґ": "g", "и": "y", "і": "i", "є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya",
        ]) { $1 })

    /// Scholarly with diacritics dropped: Myklasevyc, Jevhen.
    static let ukrainianScholarly = CyrillicRomanizationSystem(
        name: "scholarly (Ukrainian)", language: .ukrainian, tier: 2, style: .diacriticsDropped,
        letters: scholarlyLetters.merging(["г": "h", "и": "y"]) { $1 })

    // MARK: Bulgarian, Kazakh, Serbian, Macedonian

    /// Bulgarian Streamlined System (Transliteration Act 2009; BGN/PCGN 2013): Щерев → Shterev, Стоянов → Stoyanov.
    static let bulgarianStreamlined = CyrillicRomanizationSystem(
        name: "Bulgarian streamlined system", language: .bulgarian, tier: 0,
        letters: russianPractical.merging(["х": "h", "щ": "sht", "ъ": "a", "ь": "y"]) { $1 },
        endings: ["ия": "ia"])

    static let kazakhLetters: [Character: String] = [
        "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    ]

    /// Kazakh passports: Russian practical letters, Kazakh letters without diacritics (Қасым → Kasym).
    static let kazakhPassport = CyrillicRomanizationSystem(
        name: "Kazakh passports", language: .kazakh, tier: 0,
        letters: russianPractical.merging(kazakhLetters) { $1 })

    /// BGN/PCGN 1979 (Kazakh): Ғ → gh, Қ → q, Ң → ng.
    static let kazakhBGN = CyrillicRomanizationSystem(
        name: "BGN/PCGN 1979 (Kazakh)", language: .kazakh, tier: 1,
        letters: russianPractical.merging(kazakhLetters) { $1 }.merging(["ғ": "gh", "қ": "q", "ң": "ng"]) { $1 },
        iotated: ["е": "ye"], iotation: .wordStartAndAfterVowel)

    /// Serbian Latin alphabet (Gaj) without diacritics, as ICAO 9303 writes Serbian: Dordevic, Ljubomir.
    static let serbianLatin = CyrillicRomanizationSystem(
        name: "Serbian Latin (ICAO 9303)", language: .serbian, tier: 0, style: .diacriticsDropped,
        letters: scholarlyLetters.merging(["х": "h", "ц": "c", "ђ": "d", "џ": "dz"]) { $1 })

    /// Serbian in English-language ASCII practice: Djordjevic, Milosevich.
    static let serbianDigraphs = CyrillicRomanizationSystem(
        name: "Serbian ASCII digraphs", language: .serbian, tier: 1,
        letters: scholarlyLetters.merging(["ђ": "dj", "ж": "zh", "ћ": "ch", "ч": "ch", "ш": "sh", "џ": "dz"]) { $1 })

    /// ICAO 9303 with its Macedonian notes: Gjorgji, Kjiro, Dzole.
    static let macedonianICAO = CyrillicRomanizationSystem(
        name: "ICAO 9303 (Macedonian)", language: .macedonian, tier: 0,
        letters: scholarlyLetters.merging([
            "ѓ": "gj", "ќ": "kj", "ѕ": "dz", "џ": "dj", "ж": "zh", "ч": "ch", "ш": "sh", "ц": "c", "х": "h",
        ]) { $1 })
}
