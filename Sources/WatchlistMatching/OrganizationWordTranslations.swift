/// Words of organization names and their translations: `Русская медная компания` is listed as `RUSSIAN
/// COPPER COMPANY`, `Московский кредитный банк` as `CREDIT BANK OF MOSCOW`, `Уральский завод` as `URAL
/// PLANT`. Lists write Russian, Belarusian and Ukrainian organizations in translation as often as in
/// transliteration, so a screener that only transliterates misses them.
///
/// Each entry is one meaning with its forms in English and in romanized Russian, Ukrainian and Belarusian.
/// Words are compared by *stem*: the word's first romanization key (`RomanizationKey`) with one
/// inflection ending cut off (`kompaniya`, `kompanii`, `kompaniyu` and `company`, `companies` all stem to
/// `kompan`), at least four letters left. Two words with stems of the same entry are translations; the
/// aligner counts them 0.90 (`translation`) between words of organization names, never between parts of
/// people's names.
///
/// Sources: the meanings are those that recur in OFAC, OFSI, EU and Canadian entries for Russian and
/// Belarusian organizations whose names the lists give in English while the EU, OFSI or the organization
/// itself writes them in Cyrillic (checked against the files in `../shared/lists`); the Russian forms are
/// the standard dictionary words, romanized with BGN/PCGN and ICAO 9303 through `CyrillicRomanizer`'s
/// tables (the forms written here are matched through their keys, so either system's spelling works).
/// Extend the table, not the code.
enum OrganizationWordTranslations {
    /// Spellings whose key is a form's but which are other words: `rossi`, Italy's commonest surname, has the
    /// key of `rossii` (России, of Russia), so `Vesna Rossi` read as `Russkaya Vesna` (0.941; now 0.450). The
    /// spelling match stays: `Rossi` ~ `ROSSII` is still 0.95 as a word.
    static let notTranslations: Set<String> = ["rossi"]

    /// Meanings, each a list of forms (any language, lowercase ASCII).
    static let table: [[String]] = [
        // Kinds of organization
        ["company", "companies", "kompaniya", "kompaniia", "kampaniya", "kampaniia"],
        ["corporation", "corporations", "korporatsiya", "korporatsiia", "karparatsyya"],
        ["enterprise", "enterprises", "predpriyatie", "predpriiatie", "pidpryiemstvo", "pradpryemstva"],
        ["plant", "plants", "factory", "factories", "works", "zavod", "zavody"],
        ["institute", "institut"],
        ["bank", "banks"],
        ["bureau", "byuro", "biuro", "office", "offices"],
        // Not `united`: `obyedinennaya` (united) stems like `obyedineniye` (association) once folded.
        ["association", "obedinenie", "obyedinenie", "obiedinenie", "obiednannie", "abyadnanne"],
        ["concern", "kontsern", "kantsern"],
        ["group", "gruppa", "hrupa", "grupa"],
        ["holding", "kholding", "holdynh", "kholdynh"],
        ["fund", "foundation", "fond"],
        ["agency", "agentstvo", "ahentstvo", "ahenstva"],
        ["ministry", "ministerstvo", "ministerstva"],
        ["center", "centre", "tsentr", "tsentra"],
        ["university", "universitet"],
        ["academy", "akademiya", "akademiia"],
        ["airline", "airlines", "aviakompaniya", "aviakompaniia"],
        ["shipyard", "verf"],
        ["port", "ports", "porta"],
        ["movement", "dvizhenie", "dvizheniye"],
        ["forces", "troops", "sily", "voyska", "voiska"],
        ["army", "armiya", "armiia"],
        ["defense", "defence", "oborona", "oborony", "zashchita", "zashchity", "abarony"],
        ["broadcasting", "television", "telekompaniya", "telekompaniia", "teleradiokompaniya"],
        // What they do
        // One meaning: lists translate `научно-производственное` as scientific and as research and production,
        // and `научно-исследовательский` as scientific research or research alone.
        ["scientific", "science", "nauchno", "nauchnyy", "nauchnyi", "navukova", "naukovo", "research",
         "issledovatelskiy", "issledovatelskii", "doslidnyi", "dasledchy"],
        ["experimental", "opytno", "opytnoe", "opytnoye", "eksperimentalnyy", "eksperimentalnyi", "eksperimentalnoy",
         "eksperimentalnoi"],
        ["special", "spetsialnoe", "spetsialnoye", "spetsialnyy", "spetsialnyi", "spetsialnaya"],
        ["production", "proizvodstvennoye", "proizvodstvennoe", "vyrobnyche", "vytvorchae"],
        ["design", "konstruktorskoye", "konstruktorskoe", "kanstruktarskae"],
        ["mining", "gorno", "gornodobyvayushchaya", "hirnycha"],
        ["metallurgical", "metallurgy", "metallurgicheskaya", "metalurhiinyi"],
        ["machine", "machinery", "machinebuilding", "mashinostroitelnyy", "mashinostroitelnyi", "mashinostroyeniya"],
        ["engineering", "inzhiniring"],
        ["repair", "remontnyy", "remontnyi"],
        ["aviation", "aircraft", "aviatsionnyy", "aviatsionnyi", "aviatsiynyi"],
        ["aerospace", "aerokosmicheskiy", "aerokosmicheskii"],
        ["space", "kosmicheskiy", "kosmicheskii"],
        ["missile", "missiles", "rocket", "rockets", "raketnyy", "raketnyi"],
        ["weapons", "armament", "arms", "vooruzheniye", "vooruzhenie"],
        ["tactical", "takticheskiy", "takticheskii", "takticheskoye"],
        ["automation", "automatics", "avtomatika", "avtomatiki"],
        ["hydraulics", "gidravlika", "gidravliki"],
        ["instrument", "instruments", "pribor", "priborny", "pribornyy", "pribornyi"],
        ["electronics", "electronic", "elektronika", "elektroniki", "elektronnyy", "elektronnyi"],
        ["navigation", "navigational", "navigatsionnyy", "navigatsionnyi", "navigatsionnykh"],
        ["systems", "system", "sistemy", "sistema", "systemy", "sistemi", "sistems"],
        ["security", "bezopasnost", "bezopasnosti"],
        ["materials", "material", "materialy", "materialov"],
        ["radiological", "radiation", "radiatsionnoy", "radiatsionnoi", "radiatsionnyy", "radiatsionnyi"],
        ["biological", "biology", "biologicheskoy", "biologicheskoi", "biologicheskiy", "biologicheskii"],
        ["affairs", "sprav", "spravy", "sprau", "spraw"],
        ["internal", "interior", "vnutrennikh", "vnutrennie", "vnutrennyaya", "unutranyya", "unutranykh"],
        ["chemical", "chemistry", "khimicheskiy", "khimicheskii", "khimiya", "khimii"],
        ["nuclear", "yadernyy", "yadernyi", "iadernyi"],
        ["energy", "energiya", "energiia", "energetika"],
        ["oil", "petroleum", "neft", "nafta"],
        ["gas", "gaz", "haz"],
        ["copper", "mednaya", "mednyy", "mednyi", "midna"],
        ["steel", "stal", "stali"],
        ["pipe", "pipes", "trubnaya", "trubnyy", "trubnyi"],
        ["cartridge", "patronnyy", "patronnyi"],
        ["gunpowder", "powder", "porokhovoy", "porokhovoi"],
        ["mechanical", "mekhanicheskiy", "mekhanicheskii"],
        ["molecular", "molekulyarnoy", "molekuliarnoi"],
        ["optical", "opticheskiy", "opticheskii"],
        ["unmanned", "bespilotnyye", "bespilotnye", "bespilotnyy"],
        ["shipbuilding", "sudostroitelnyy", "sudostroitelnyi", "sudostroyeniye"],
        ["marine", "maritime", "sea", "morskoy", "morskoi"],
        ["commercial", "trade", "trading", "torgovyy", "torgovyi", "kommercheskiy", "treid", "treyd", "treiding",
         "treyding"],
        ["credit", "kreditnyy", "kreditnyi"],
        ["financial", "finance", "finansovyy", "finansovyi", "finansovaya"],
        ["investment", "investments", "investitsionnyy", "investitsii", "invest"],
        ["insurance", "strakhovaya", "strakhovoy", "strakhovoi"],
        ["development", "razvitiya", "razvitiia", "rozvytku"],
        ["reconstruction", "rekonstruktsii", "rekonstruktsiya"],
        ["agricultural", "selskokhozyaystvennyy", "selskokhoziaistvennyi"],
        ["stevedoring", "stevedore", "stividornaya", "stevidornaya"],
        ["venture", "venchurnaya", "venchurnyy"],
        ["wealth", "welfare", "blagosostoyaniya", "blagosostoianiia"],
        ["transport", "transportation", "transportnaya", "transportnyy"],
        ["communications", "communication", "svyaz", "sviaz", "svyazi"],
        ["railway", "railways", "zheleznodorozhnyy", "zheleznyye", "zheleznye"],
        ["military", "voyennyy", "voennyi", "voyenno", "voenno"],
        ["patriotic", "patrioticheskoye", "patrioticheskoe"],
        ["public", "social", "obshchestvennoye", "obshchestvennoe"],
        ["settlement", "raschetnyy", "raschetnyi", "raschetnaya"],
        ["project", "proyektno", "proektno", "proyektnoye", "proektnoe"],
        ["air", "vozdushno", "vozdushnyy", "vozdushnyi"],
        ["organic", "organicheskoy", "organicheskoi"],
        ["technology", "technologies", "technical", "tekhnologiya", "tekhnologii", "tekhnologiy", "tekhnicheskiy",
         "tekhnicheskii", "tekhnichesky"],
        ["international", "mezhdunarodnaya", "mezhdunarodnyy", "mezhdunarodnyi", "mizhnarodnyi", "interneshnl"],
        ["industrial", "industry", "promyshlennaya", "promyshlennyy", "promyshlennyi", "promyslovyi"],
        ["services", "service", "uslugi", "servis"],
        ["satellite", "satellites", "sputnikovye", "sputnikovyi", "sputnikovaya", "sputnikovoi"],
        ["academician", "akademik", "akademika"],
        // `imeni` (named after) precedes the person an organization honours.
        ["named", "imeni", "im"],
        ["civil", "grazhdanskaya", "grazhdanskoi", "grazhdanskoy", "grazhdanskiy", "grazhdanskii", "tsyvilnyi"],
        ["applied", "prikladnaya", "prikladnoi", "prikladnoy", "prikladnoe", "prykladnyi"],
        ["physics", "fizika", "fiziki", "fizyka", "fizyky"],
        ["exchange", "exchanges"],
        ["general"],
        ["managing", "management", "upravlyayushchaya", "upravliaiushchaia", "kiruyuchaya", "kiruiuchaia",
         "menedzhment", "menedzhmenta"],
        // Qualifiers
        ["state", "gosudarstvennyy", "gosudarstvennyi", "gosudarstvennoye", "derzhavnyi", "dziarzhauny"],
        ["federal", "federalnoye", "federalnoe", "federalnyy"],
        ["federation", "federatsiya", "federatsii", "federatsiia"],
        ["republic", "respublika", "respubliki", "respubliky"],
        ["national", "natsionalnyy", "natsionalnyi", "natsionalnogo", "natsionalnyi"],
        ["interstate", "mezhgosudarstvennaya", "mezhgosudarstvennaia"],
        ["central", "tsentralnyy", "tsentralnyi", "tsentralnoye", "tsentralnoe"],
        ["unitary", "unitarnoye", "unitarnoe", "unitarne"],
        ["regional", "regions", "region", "regionov", "regionalnyy"],
        ["eastern", "east", "vostochnaya", "vostochnyy", "vostochnyi", "skhidnyi"],
        ["northern", "north", "severnaya", "severnyy", "severnyi"],
        ["southern", "south", "yuzhnaya", "yuzhnyy", "yuzhnyi"],
        ["western", "west", "zapadnaya", "zapadnyy", "zapadnyi"],
        ["russian", "russia", "russkaya", "russkiy", "russkii", "rossiyskaya", "rossiiskaia", "rossiyskiy",
         "rossiiskii", "rossiya", "rossiia", "rossii"],
        ["allrussian", "vserossiyskiy", "vserossiiskii", "vserossiyskoye", "vserossiiskoe"],
        ["moscow", "moskva", "moskovskiy", "moskovskii", "moskovskaya"],
        ["ural", "uralskiy", "uralskii", "uralskaya", "uralskaia"],
        ["siberian", "siberia", "sibirskiy", "sibirskii", "sibirskaya"],
        ["belarusian", "belarus", "belorusskiy", "belorusskii", "belaruski", "bielaruski"],
        ["ukrainian", "ukraine", "ukrainskiy", "ukrainskii", "ukrainskyi"],
        ["crimean", "crimea", "krymskiy", "krymskii", "krym"],
        ["petersburg", "peterburgskiy", "peterburgskii", "peterburg"],
        // Meanings that recur in the Arabic-script names of armed groups, Iranian state bodies and exchange
        // houses (`arabicScriptForms`), with their Russian forms where Russian organizations use them too.
        ["islamic", "islamskiy", "islamskii", "islamskaya", "islamskoye", "islamskoe"],
        ["fighting", "combatant", "combat"],
        ["front"],
        ["network", "networks"],
        ["revolutionary", "revolution", "revolyutsionnyy", "revolyutsionnyi", "revolyutsiya"],
        ["guard", "guards", "gvardiya", "gvardii"],
        ["corps", "korpus"],
        ["prison", "tyurma", "tiurma"],
        ["intelligence", "razvedka", "razvedki", "razvedyvatelnoye", "razvedyvatelnoe"],
        ["directorate", "administration", "upravlenie", "upravleniye"],
        ["council", "sovet", "soveta"],
        ["supreme", "verkhovnyy", "verkhovnyi"],
        ["union", "soyuz", "soiuz"],
        ["foreign", "inostrannyy", "inostrannyi"],
        ["currency", "currencies", "valyuta", "valiuta", "valyutnyy"],
        ["cooperation", "sotrudnichestvo", "sotrudnichestva"],
        ["police", "politsiya", "politsiia"],
        ["command", "komandovanie", "komandovaniye"],
        ["libyan", "libya"],
        ["moroccan", "morocco"],
        ["tunisian", "tunisia"],
        ["egyptian", "egypt"],
        ["syrian", "syria", "siriyskiy", "siriiskii"],
        ["iranian", "iran", "iranskiy", "iranskii"],
        // Kinds of business that lead company names after a place (`PlaceNames`).
        ["logistics", "logistic", "logistika", "logisticheskaya", "logisticheskii", "logistik"],
        ["shipping", "sudokhodnaya", "sudokhodstvo", "sudokhodnyy", "sudokhodnyi"],
        ["import", "imports", "importnaya"],
        ["export", "exports", "eksport", "eksportnaya"],
        // English words that Russian company names take over and the lists then transliterate back: `OOO
        // STANDART LAIN` is also listed as `OOO STANDARD LINE`, `MIR BIZNES BANK` as `MIR BUSINESS BANK`, and
        // `AO VTB LIZING`, `AO ABR MENEDZHMENT`, `KONKORD MENEDZHMENT I KONSALTING`, `ALKES TREID` stand in
        // OFAC's alt.csv of 2026 (`sdn_csv_2026-06_partial`). Their forms are also in the meanings above
        // (`menedzhment`, `treid`, `invest`, `sistems`, `logistik`, `interneshnl`).
        ["business", "biznes", "biznesa"],
        ["leasing", "lizing", "lizingovaya", "lizingovyy", "lizingovyi"],
        ["line", "lines", "lain", "layn"],
        ["standard", "standart"],
        ["consulting", "konsalting"],
        ["express", "ekspress"],
        ["trust", "trast"],
        // `KONKORD MENEDZHMENT I KONSALTING`: Russian, Ukrainian and Belarusian и, і between two words.
        ["and", "i", "und", "et"],
    ]

    /// Arabic- and Persian-script forms of some meanings, as `arabicScriptKey` folds them, with the English
    /// form of their meaning: `شركة` and `شرکت` are `company`, `للتجارة` is `trade`, `الصرافة` is `exchange`.
    /// Lists write Arabic and Iranian companies in translation (`TIDEWATER MIDDLE EAST CO.`), in
    /// transliteration (`SHERKAT-E ...`) or in the script, so the words that say what kind of organization
    /// it is must meet their translations.
    ///
    /// Source: the standard Arabic and Persian dictionary words for these meanings, as they recur in the
    /// Arabic-script names of the OFSI, DFAT and Canadian files in `../shared/lists`.
    static let arabicScriptForms: [String: String] = [
        "شرکت": "company", "شرکه": "company",
        "بنک": "bank", "بانک": "bank", "مصرف": "bank",
        "مجموعه": "group", "گروه": "group",
        "صندوق": "fund", "موسسه": "fund", "بنیاد": "fund",
        "تجاره": "trade", "تجاری": "trade", "تجاریه": "trade", "بازرگانی": "trade",
        "دولیه": "international", "دولی": "international", "بینالمللی": "international",
        "صناعیه": "industrial", "صناعات": "industrial", "صنعتی": "industrial", "صنایع": "industrial",
        "هندسیه": "engineering", "مهندسی": "engineering",
        "خدمات": "services",
        "صرافه": "exchange", "صرافی": "exchange",
        "عامه": "general",
        "نفط": "oil", "نفت": "oil", "غاز": "gas", "گاز": "gas", "فولاد": "steel",
        "الکترونیک": "electronics", "استثمار": "investment", "تنمیه": "development", "توسعه": "development",
        "معهد": "institute", "مرکز": "center", "وزاره": "ministry", "وزارت": "ministry", "بیمه": "insurance",
        // Armed groups, state bodies, exchange houses (see the meanings added for them in `table`).
        "جماعه": "group", "اسلامی": "islamic", "اسلامیه": "islamic", "مقاتله": "fighting", "جبهه": "front",
        "شبکه": "network", "انقلاب": "revolutionary", "انقلابی": "revolutionary", "پاسداران": "guard",
        "حرس": "guard", "سپاه": "corps", "زندان": "prison", "سجن": "prison", "مخابرات": "intelligence",
        "اطلاعات": "intelligence", "اداره": "directorate", "مدیریه": "directorate", "شورا": "council",
        "شورای": "council", "مجلس": "council", "عالی": "supreme", "اعلی": "supreme", "اتحاد": "union",
        "اجنبیه": "foreign", "خارجی": "foreign", "عملات": "currency", "ارز": "currency", "تعاون": "cooperation",
        "شرطه": "police", "پلیس": "police", "فرماندهی": "command", "قیاده": "command",
        "مکتب": "bureau", "دفتر": "bureau", "حرکه": "movement", "حرکت": "movement", "تحریک": "movement",
        "جیش": "army", "قوات": "forces", "نیروی": "forces", "دفاع": "defense", "جمهوری": "republic",
        "جمهوریه": "republic", "ملی": "national", "وطنیه": "national", "دوله": "state", "دولت": "state",
        "جوی": "air", "جویه": "air", "هوایی": "air", "فضایی": "space", "هواپیمایی": "aviation",
        "جمعیه": "association", "ایرانی": "iranian",
        "لیبیه": "libyan", "لیبی": "libyan", "مغربیه": "moroccan", "مغربی": "moroccan", "تونسیه": "tunisian",
        "تونسی": "tunisian", "مصری": "egyptian", "مصریه": "egyptian", "سوری": "syrian", "سوریه": "syrian",
    ]

    /// The meaning of a word written in Arabic script, or nil when it has none in `arabicScriptForms`.
    static func classID(forArabicScript word: String) -> Int? {
        foldedArabicScriptForms[arabicScriptKey(word)].flatMap { classID(forKey: RomanizationKey.key(forBytes: Array($0.utf8))) }
    }

    /// `arabicScriptForms` by the words' `arabicScriptKey`, as they are looked up (`الکترونیک` is a loanword
    /// whose first letters read like the article, and both sides drop them).
    private static let foldedArabicScriptForms: [String: String] = Dictionary(
        arabicScriptForms.map { (arabicScriptKey($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })

    /// A word in Arabic script with its spelling variants folded: vowel marks, tatweel and invisible
    /// characters dropped; hamza seats to their letter (`أ إ آ ٱ` → `ا`, `ؤ` → `و`, `ئ` → `ی`); `ة ۀ` → `ه`;
    /// Arabic `ي ى` and `ك` to the Persian `ی` and `ک`; and a leading article `ال` or `لل` (for the) dropped
    /// when three letters stay (`للتجارة` → `تجاره`), as are `وال` and `بال` (and the, with the: `والجهاد`).
    static func arabicScriptKey(_ word: String) -> String {
        var letters = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .format, .spacingMark: continue
            default: break
            }
            if scalar == "\u{0640}" { continue }  // tatweel
            letters.append(arabicFolding[scalar] ?? scalar)
        }
        var key = String(letters)
        if key.count >= 6, key.hasPrefix("وال") || key.hasPrefix("بال") {
            key = String(key.dropFirst(3))
        } else if key.count >= 5, key.hasPrefix("ال") || key.hasPrefix("لل") {
            key = String(key.dropFirst(2))
        }
        return key
    }

    private static let arabicFolding: [Unicode.Scalar: Unicode.Scalar] = [
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ی", "ة": "ه", "ۀ": "ه", "ي": "ی", "ى": "ی",
        "ك": "ک",
    ]

    /// Whether a meaning is one of the words that say little about which organization it is
    /// (`OrganizationTerms.genericWords`): `company`, `trade`, `international`, ...
    static func isGeneric(_ id: Int) -> Bool {
        table[id].contains(where: OrganizationTerms.genericWords.contains)
    }

    /// The meaning of a word given by its first romanization key, or nil when it has none in the table.
    static func classID(forKey key: [UInt8]) -> Int? {
        classByStem[stem(ofKey: key)]
    }

    /// The English form that names a meaning, for explanations.
    static func name(ofClass id: Int) -> String { table[id][0] }

    /// A key with one inflection ending cut off, at least `minimumStemLength` bytes left. The endings are
    /// those of Russian, Ukrainian and Belarusian nouns and adjectives and of English plurals and
    /// derivations, as they read after `RomanizationKey` folding (`-ykh` reads `iH`, `-iya` reads `ya`).
    static func stem(ofKey key: [UInt8]) -> [UInt8] {
        for ending in endings where key.count - ending.count >= minimumStemLength && key.ends(with: ending) {
            return Array(key.dropLast(ending.count))
        }
        return key
    }

    static let minimumStemLength = 4

    /// Longest first.
    private static let endings: [[UInt8]] = [
        "ogo", "ego", "omu", "emu", "imi", "ami", "yami", "iH", "aH", "aya", "aia", "ya", "yu", "ye", "ie", "oe",
        "oi", "ei", "ui", "ai", "yi", "om", "em", "ov", "ev", "im", "am", "ia", "iu", "ii", "ies", "ion", "ions",
        "ical", "ics", "ic", "es", "s", "a", "i", "u", "e", "o", "y",
    ].map { Array($0.utf8) }.sorted { $0.count > $1.count }

    private static let classByStem: [[UInt8]: Int] = {
        var classes: [[UInt8]: Int] = [:]
        for (id, forms) in table.enumerated() {
            for form in forms { classes[stem(ofKey: RomanizationKey.key(forBytes: Array(form.utf8)))] = id }
        }
        return classes
    }()

    /// Stems that forms of two meanings share (a table error; the tests check there are none).
    static var sharedStems: [String] {
        var owners: [[UInt8]: Set<Int>] = [:]
        for (id, forms) in table.enumerated() {
            for form in forms { owners[stem(ofKey: RomanizationKey.key(forBytes: Array(form.utf8))), default: []].insert(id) }
        }
        return owners.filter { $0.value.count > 1 }
            .map { "\(String(decoding: $0.key, as: UTF8.self)) (\($0.value.sorted().map { table[$0][0] }.joined(separator: ", ")))" }
            .sorted()
    }
}

private extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
