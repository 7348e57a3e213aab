/// Legal forms and generic organization words, as normalized token sequences.
///
/// Sources: the ISO 20275 Entity Legal Forms code list (GLEIF) for the abbreviations and their long forms
/// in English, Russian, Belarusian and Ukrainian transliteration, German and French (Belarusian AAT, ZAT,
/// TAA for OAO, ZAO, OOO; Russian FGUP, GUP, MUP, FKP for federal, state and municipal unitary and
/// federal treasury enterprises; `ПЛС` for PLC); the generic words
/// are those that recur across OFAC's Russia/Belarus-programme entries ("PRODUCTION UNITARY ENTERPRISE",
/// "UNITARNOE CHASTNOE ... PREDPRIYATIE", "ZAVOD"). Extend the tables, not the code.
enum OrganizationTerms {
    /// Legal-form phrases, longest first when matched. A legal form says what kind of company, not which.
    static let legalForms: [[String]] = [
        "limited liability company", "limited liability partnership", "joint stock company",
        "open joint stock company", "closed joint stock company", "public joint stock company",
        "private joint stock company", "limited company", "public limited company", "private limited company",
        "limited partnership", "general partnership", "sole proprietorship", "company limited",
        "obshchestvo s ogranichennoi otvetstvennostyu", "obshchestvo s ogranichennoy otvetstvennostyu",
        "otkrytoe aktsionernoe obshchestvo", "zakrytoe aktsionernoe obshchestvo",
        "publichnoe aktsionernoe obshchestvo", "aktsionernoe obshchestvo",
        // `акционерное` (joint-stock) alone, as in `Межгосударственная акционерная корпорация`, and the
        // Ukrainian and Belarusian forms of joint-stock company.
        "aktsionernoe", "aktsionernaya", "aktsionernaia", "aktsyianernae tavarystva", "aktsyianernae",
        "tovarystvo z obmezhenoiu vidpovidalnistiu", "tovarystvo z obmezhenoyu vidpovidalnistyu",
        "aktsionerne tovarystvo", "pryvatne aktsionerne tovarystvo",
        // The long forms of FKP, FGUP, GUP, MUP and FGBU.
        "federalnoe kazennoe predpriyatie", "federalnoe gosudarstvennoe unitarnoe predpriyatie",
        "gosudarstvennoe unitarnoe predpriyatie", "munitsipalnoe unitarnoe predpriyatie",
        "federalnoe gosudarstvennoe byudzhetnoe uchrezhdenie", "kazennoe predpriyatie",
        "federal state unitary enterprise", "state unitary enterprise", "federal state budgetary institution",
        "federal treasury enterprise",
        // Persian and Arabic: با مسئولیت محدود (with limited liability, LLC), سهامی خاص and سهامی عام (private and
        // public joint-stock), ذات مسؤولية محدودة (LLC), المحدودة (limited) and المحدودة المسؤولية (limited
        // liability) after the name; the English "Limited" and "Ltd" in Urdu and Persian letters (لمیٹڈ, لمیتد,
        // لمتد), as Pakistani and Afghan registrations write them.
        "با مسئولیت محدود", "مسئولیت محدود", "سهامی خاص", "سهامی عام", "ذات مسؤولية محدودة", "ذات المسؤولية المحدودة",
        "المحدودة المسؤولية", "محدودة المسؤولية", "المحدودة", "محدودة",
        "لمیٹڈ", "لمیتد", "لمتد", "لیمیٹڈ",
        "sociedad anonima", "sociedad limitada", "sociedad de responsabilidad limitada", "societe anonyme",
        "societe a responsabilite limitee", "societe par actions simplifiee", "sociedade anonima",
        "societa per azioni", "societa a responsabilita limitata", "gesellschaft mit beschrankter haftung",
        "gesellschaft mit beschraenkter haftung", "aktiengesellschaft", "kommanditgesellschaft",
        "naamloze vennootschap", "besloten vennootschap", "sa de cv", "de cv", "ltda", "cv",
        "llc", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "co", "plc", "llp", "lp",
        "jsc", "ojsc", "cjsc", "pjsc", "ojsc", "ooo", "oao", "zao", "pao", "ao", "tov", "pat", "prat", "tdv",
        "chup", "up", "ruep", "rup", "ip", "iooo", "sooo", "odo", "ooo", "ue", "aat", "zat", "taa", "pls", "fgup", "gup",
        "mup", "fkp",
        // Russian and Belarusian for the legal form `corporation`, so `Корпорация` weighs as `CORPORATION` does.
        "korporatsiya", "korporatsiia", "karparatsyya",
        "gmbh", "ag", "kg", "ohg", "ug", "ev", "sa", "sas", "sarl", "sl", "srl", "spa", "bv", "nv", "ab", "as",
        "oy", "oyj", "aps", "kft", "zrt", "sro", "doo", "dd", "ad", "eood", "ood", "sp", "zoo", "fze", "fzco",
        "fzc", "fzllc", "pte", "pty", "bhd", "sdn", "kk", "yk", "jsc", "llc",
    ].map { $0.split(separator: " ").map(String.init) }

    /// Words that are common in organization names and say little about which organization it is.
    static let genericWords: Set<String> = [
        // English
        "the", "of", "and", "for", "company", "group", "holding", "holdings", "enterprise", "enterprises",
        "production", "private", "unitary", "science", "scientific", "research", "plant", "factory", "works",
        "trading", "trade", "industries", "industrial", "industry", "international", "services", "service",
        "management", "manufacturing", "technologies", "technology", "national", "state", "federal",
        "association", "institute", "center", "centre", "agency", "organization", "organisation",
        "foundation", "firm", "partners", "general", "commercial", "engineering", "development",
        // `named after` translates `imeni`; `Federation` and `Republic` qualify a country (`OF THE RUSSIAN
        // FEDERATION`), which one list writes and another leaves out.
        "named", "after", "federation", "republic",
        // Russian / Belarusian / Ukrainian transliterations
        "zavod", "predpriyatie", "predpriatie", "pidpryiemstvo", "pidpryyemstvo", "proizvodstvennoe",
        "vyrobnyche", "unitarnoe", "unitarne", "chastnoe", "nauchno", "nauchnoe", "kompaniya", "gruppa",
        "obshchestvo", "firma", "torgovy", "torgovyi", "dom", "kombinat", "obedinenie", "kontsern",
        "imeni", "im", "npo", "npp", "nii", "federatsii", "federatsiya", "respubliki", "respublika",
        // `исследовательский` (research), as `научно` (scientific) beside it: `научно-исследовательский
        // институт` is listed as `RESEARCH INSTITUTE`, which leaves one of the two unpaired.
        "issledovatelskiy", "issledovatelskii", "issledovatelskaya", "issledovatelskoe", "issledovatelskogo",
        // Conjunctions and prepositions: Russian и, по; Ukrainian and Belarusian і. Not та, па, which
        // read `ta`, `pa`: Vietnamese and Chinese surnames.
        "i", "po",
        // German / French / Spanish
        "und", "et", "de", "la", "le", "des", "y", "del", "societe", "compagnie", "gesellschaft", "werk",
        "fabrik", "empresa", "compania", "der", "die", "das", "dos",
    ]
}
