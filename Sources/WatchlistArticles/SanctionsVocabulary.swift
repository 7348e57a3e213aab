import WatchlistMatching

/// The words the extractor reads announcements by: what designates, what lifts, what only threatens, who
/// designates, and which capitalized words are places rather than parties.
///
/// Sources: the wording of US (Treasury/OFAC, State, Commerce/BIS), EU Council, UK FCDO/OFSI, UN Security
/// Council and Global Affairs Canada press releases; country names and demonyms after ISO 3166-1; the
/// cities are those that recur in sanctions news about the listed countries.
enum SanctionsVocabulary {
    // MARK: Triggers

    /// Verbs that designate a party when an authority is their subject (or a party is their passive subject).
    static let designationVerbs: Set<String> = [
        "sanctioned", "sanctions", "sanction", "designated", "designates", "designate", "blacklisted", "blacklists",
        "blocked", "blocks", "targeted", "targets", "penalized", "penalised", "listed", "lists", "added", "adds",
        "identified", "froze", "frozen", "designating", "sanctioning", "blacklisting", "adding", "listing", "hit", "named", "inserted",
        "took", "takes", "taking", "taken", "add", "subjected", "placed", "identifies", "identifying",
        "specified", "specifies", "specifying", "put",
    ]
    /// Designation verbs that designate only in a fixed phrase: "hit with sanctions", "named X as a
    /// Specially Designated Global Terrorist", "took action against X".
    static let phraseOnlyVerbs: Set<String> = [
        "hit", "named", "took", "takes", "taking", "taken", "identified", "identifies", "identifying", "subjected", "placed", "frozen",
        "specified", "specifies", "specifying", "put",
    ]
    static let actionVerbs: Set<String> = ["took", "takes", "taking", "taken"]
    /// "added" designates only with a list as destination.
    static let listAdditionVerbs: Set<String> = ["added", "adds", "add", "adding", "inserted", "inserts"]

    /// Nouns for the new entries of a list ("the new listings name ...", "the first entry is ...").
    static let listingNouns: Set<String> = [
        "entry", "entries", "listing", "listings", "designees", "designations", "additions", "entities", "companies",
        "firms", "individuals", "persons", "vessels", "tankers", "targets", "people", "them", "rule", "action",
        "package", "decision", "notice", "order", "target", "designation", "addition", "designee", "list",
    ]
    /// Listing nouns that mean new designations by themselves ("the designations include X"), with no
    /// designating sentence before them.
    static let designationNouns: Set<String> = ["designations", "listings", "designees", "additions", "entries", "entry", "listing"]
    /// Words that negate what follows them ("are not sanctioned", "were never listed").
    static let negations: Set<String> = ["not", "never", "no", "neither", "nor", "n't"]
    /// Verbs that name the new entries.
    static let listingVerbs: Set<String> = ["is", "are", "include", "includes", "included", "name", "names", "named", "comprise", "comprises", "were"]

    /// Verbs that take a party off a list or lift its sanctions.
    static let delistingVerbs: Set<String> = [
        "delisted", "de-listed", "delists", "removed", "removes", "lifted", "lifts", "unblocked", "revoked", "rescinded", "unfroze",
        "eased", "ended", "terminated", "remove", "delist", "deleted", "deletes", "removing", "deleting", "delete",
        "repealed", "repeals",
    ]

    /// Whether `words[index]` delists: a delisting verb, unless "from" follows it with no list in the next
    /// words ("children removed from institutions in Donetsk", not "removed from Schedule 1").
    static func delists(_ words: [String], at index: Int) -> Bool {
        guard delistingVerbs.contains(words[index]) else { return false }
        guard index + 1 < words.count, words[index + 1] == "from" else { return true }
        return words[(index + 2)...].prefix(4).contains { listNouns.contains($0) }
    }

    /// What a party is removed from when it is delisted.
    private static let listNouns: Set<String> = [
        "list", "lists", "schedule", "annex", "register", "sdn", "entity", "sanctions", "consolidated", "designation",
        "designations", "regulations", "regime", "measures", "restrictions", "blacklist",
    ]

    /// Nouns for measures: "imposed restrictions on X", "sanctions against X".
    static let measureNouns: Set<String> = [
        "sanctions", "restrictions", "measures", "freeze", "freezes", "ban", "bans", "penalties", "designations",
        "embargo", "freezing",
        // China's word for its sanctions under the Anti-Foreign Sanctions Law.
        "countermeasures",
    ]
    /// Verbs that put measures in place ("imposed sanctions on", "placed restrictions on").
    static let imposingVerbs: Set<String> = [
        "imposed", "imposes", "impose", "placed", "places", "slapped", "levied", "announced", "announces", "adopted",
        "adopts", "introduced", "introduces", "expanded", "expands", "broadens", "broadened", "extended", "applied",
        "hit", "hits", "targeting",
    ]

    /// Auxiliaries that make a participle passive ("were designated", "has been added").
    static let auxiliaries: Set<String> = ["was", "were", "been", "be", "is", "are", "am", "being", "get", "got"]

    /// Words between an auxiliary and its participle that change nothing ("were also designated").
    static let adverbs: Set<String> = [
        "also", "today", "now", "additionally", "further", "formally", "jointly", "simultaneously", "likewise",
        "separately", "concurrently", "all", "both", "each", "newly", "officially", "itself", "themselves",
    ]

    /// Words before a trigger that make it a threat, a wish, a plan, a denial or a memory, not a designation.
    static let hedges: Set<String> = [
        "threaten", "threatens", "threatened", "threatening", "threat", "could", "would", "may", "might", "should",
        "urge", "urges", "urged", "urging", "propose", "proposes", "proposed",
        "proposal", "proposing", "consider", "considers", "considering", "considered", "plan", "plans", "planned",
        "planning", "weigh", "weighs", "weighing", "seek", "seeks", "sought", "push", "pushes", "pushed", "pushing",
        "demand", "demands", "demanded", "demanding", "warn", "warns", "warned", "warning", "vow", "vows", "vowed",
        "if", "unless", "not", "never", "no", "neither", "nothing", "none", "nobody", "previously", "already", "earlier", "remains", "remain", "remained",
        "still", "formerly", "once", "possible", "potential", "ready", "prepared", "intends", "intend", "want",
        "wants", "asked", "asks", "pressed", "pressing", "lobbying", "lobbied", "recommend", "recommended",
        "recommends", "future", "whether", "avoid", "avoided", "escape", "escaped", "evade", "evaded", "despite",
        // "Notably absent from the list is X".
        "absent", "spared", "omitted", "dropped",
        // "prolonged the existing measures against 261 individuals", "Senators press Treasury to sanction X".
        "prolonged", "prolongs", "existing", "renewed", "renews",
        // "is preparing to blacklist", "the draft list currently includes X", "U.S. readies sanctions on".
        "preparing", "prepares", "readies", "readying", "draft", "mulls", "mulling",
        // "reports suggesting that the Company was among the parties sanctioned": hearsay the text denies.
        "suggesting", "speculation", "speculated", "rumours", "rumors",
        // "has for the time being refrained from adopting the EU listing of X".
        "refrained", "refrain", "refrains", "refraining",
    ]

    /// Whether the word at `index` follows "has since" ("Treasury has since targeted ..."): an action after an
    /// earlier one the text told, not today's. `word` gives a lowercased word by position.
    static func followsPerfectSince(at index: Int, word: (Int) -> String) -> Bool {
        index >= 2 && word(index - 1) == "since" && ["has", "have", "had"].contains(word(index - 2))
    }

    /// Whether the word at `index` hedges: one of `hedges`, or a call for something ("calls for", "called
    /// on", "calling for"), not a name ("which locals call MRZ").
    static func isHedge(_ words: [String], at index: Int) -> Bool {
        isHedge(words[index], before: index + 1 < words.count ? words[index + 1] : nil)
    }

    /// Whether `word` (lowercased), followed by `next` (as written), hedges.
    static func isHedge(_ word: String, before next: String?) -> Bool {
        // "formerly NAVIGATOR STAR", "previously named X": a former name, not a memory.
        if ["formerly", "previously"].contains(word), let next,
            next.first?.isUppercase == true
                || ["known", "named", "called", "sailed", "sailing", "traded", "trading", "registered", "flagged"].contains(next.lowercased())
        {
            return false
        }
        // "has not only frozen the assets of X but has also imposed ...": no denial.
        if word == "not", next?.lowercased() == "only" { return false }
        if hedges.contains(word) { return true }
        // "Senators press Treasury to sanction X", not "In a press release".
        if ["press", "presses"].contains(word), let next {
            return !["release", "releases", "statement", "statements", "conference", "briefing", "office", "secretary", "service"]
                .contains(next.lowercased())
        }
        guard ["call", "calls", "called", "calling"].contains(word), let next else { return false }
        return ["for", "on", "upon"].contains(next.lowercased())
    }

    // MARK: Region boundaries

    /// Words that end the list of parties when followed by a lowercase word ("for providing", "over its role").
    static let boundaryWords: Set<String> = [
        "for", "over", "because", "due", "under", "pursuant", "after", "following", "amid", "in", "on", "to",
        "with", "by", "from", "during", "while", "since", "as", "at", "into", "about", "through", "against",
        "according", "accused", "alleged", "allegedly", "said", "says", "citing", "including",
    ]
    /// Words that open a relative clause and end the list.
    static let relativeWords: Set<String> = ["which", "who", "whose", "whom", "that", "where", "when"]
    /// Words that join list items.
    static let joiners: Set<String> = ["and", "or", "plus", "including", "also", "both", "namely", "as", "well", "along", "together", "with"]

    /// Words that open a description of the party before ("Plant SVT, a production enterprise ...").
    static let descriptionOpeners: Set<String> = ["a", "an", "one", "another", "both", "each", "all", "some"]
    /// Possessive determiners that tie a role to the party before ("its director").
    static let roleOwners: Set<String> = ["its", "their", "his", "her"]
    /// Role nouns: the person holding one is a party tied to the organization before.
    static let roleNouns: Set<String> = [
        "director", "directors", "owner", "owners", "founder", "co-founder", "ceo", "chairman", "chairwoman",
        "chair", "president", "head", "manager", "executive", "officer", "shareholder", "beneficial", "partner",
        "deputy", "general", "chief", "managing", "leadership", "leader", "leaders", "captain", "operator",
        "representative", "accountant", "employee", "official", "commander", "board", "member", "members",
        "secretary", "vice", "financier", "associate", "son", "daughter", "wife", "husband", "brother", "sister",
        "engineer", "designer", "administrator", "adviser", "advisor", "minister",
    ]
    /// Nouns that describe a person ("businessman Ivan Petrov", "Iranian national Ali Rezaei").
    static let personNouns: Set<String> = [
        "businessman", "businesswoman", "businessmen", "national", "nationals", "citizen", "citizens", "individual",
        "individuals", "person", "persons", "people", "oligarch", "oligarchs", "official", "officials", "officer",
        "officers", "judge", "judges", "prosecutor", "prosecutors", "governor", "minister", "deputy", "general",
        "colonel", "commander", "lawmaker", "politician", "financier", "facilitator", "facilitators", "broker",
        "brokers", "associate", "associates", "director", "directors", "owner", "owners", "founder", "ceo",
        "chairman", "executive", "executives", "manager", "managers", "leader", "leaders", "members", "member",
        "son", "daughter", "wife", "husband", "brother", "sister", "mr", "mrs", "ms", "dr", "senator", "senators",
        "mayor", "warlord", "smuggler", "smugglers", "trafficker", "traffickers",
        "agent", "agents", "operative", "operatives", "militant", "militants", "propagandist", "businesspeople",
        "banker", "bankers", "trader", "traders", "launderer", "launderers", "hacker", "hackers", "nephew", "niece",
        "cousin", "uncle", "father", "mother", "son-in-law", "brother-in-law",
        "editor", "presenter", "blogger", "engineer", "scientist", "accountant",
    ]
    /// Titles written before a person's name ("Dr Ali Rezaei", "Gen. Ivan Petrov").
    static let titles: Set<String> = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "gen", "gen.", "general", "colonel", "col.", "lt.",
        "lieutenant", "brigadier", "sergeant", "commander", "marshal", "vice", "rear",
        "maj.", "major", "captain", "capt.", "admiral", "minister", "deputy", "judge", "sheikh", "prof.", "professor",
        "prosecutor", "investigator", "archpriest", "metropolitan", "senator", "governor", "mayor",
        "commissioner", "superintendent", "inspector",
        // Shia clerical ranks: "Hojjatoleslam Mohammad-Taghi Razavi-Moghaddam".
        "hojjatoleslam", "hojatoleslam", "ayatollah", "mullah",
        // "Brig. Gen. Aung Thura Kyaw", "Adm. X", "Sgt. Y".
        "brig", "brig.", "adm.", "sgt.", "cmdr.",
        // "its CEO Vladislav Pronin".
        "ceo", "cfo", "coo", "cto",
        // Spanish and Portuguese ranks and forms of address ("Comisionado General Julio César Arróliga Mena").
        "comisionado", "subcomisionado", "comisario", "comandante", "coronel", "teniente", "capitán", "capitan",
        "sargento", "almirante", "licenciado", "ingeniero", "don", "doña", "señor", "sr.", "sra.",
        // Occupations written like a title at a sentence start: "Businessman Timur Galiev owns ...".
        "businessman", "businesswoman", "oligarch", "tycoon", "entrepreneur", "financier", "banker", "shipowner",
    ]
    /// Nouns that describe an organization.
    static let organizationNouns: Set<String> = [
        "company", "companies", "firm", "firms", "enterprise", "enterprises", "entity", "entities", "producer",
        "producers", "maker", "makers", "manufacturer", "manufacturers", "supplier", "suppliers", "bank", "banks",
        "group", "groups", "organization", "organizations", "organisation", "organisations", "network", "networks",
        "plant", "plants", "factory", "factories", "business", "businesses", "exporter", "exporters", "importer",
        "importers", "distributor", "distributors", "subsidiary", "subsidiaries", "fund", "foundation", "agency",
        "institute", "university", "ministry", "operator", "operators", "shipper", "trader", "traders", "militia",
        "conglomerate", "corporation", "holding", "developer", "designer", "refinery", "contractor", "contractors",
        "provider", "providers", "front", "fronts", "vendor", "vendors", "office", "unit", "brigade",
    ]
    /// Nouns that describe a vessel.
    static let vesselNouns: Set<String> = [
        "vessel", "vessels", "tanker", "tankers", "ship", "ships", "carrier", "carriers", "freighter", "freighters",
        "boat", "boats", "yacht", "yachts", "ferry", "tug", "cargo", "bulker", "m/v", "mv", "m/t",
        // Tanker sizes, as shipping news writes them before a name ("the VLCC PERSEUS GLORY").
        "vlcc", "ulcc", "suezmax", "aframax", "panamax", "vlccs", "ulccs", "suezmaxes", "aframaxes", "panamaxes",
    ]
    /// Nouns that describe an aircraft.
    static let aircraftNouns: Set<String> = ["aircraft", "plane", "planes", "jet", "jets", "airliner", "helicopter", "drone"]

    /// Words inside organization names (a name holding one is an organization).
    static let organizationNameWords: Set<String> = [
        "plant", "factory", "company", "co", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc",
        "llp", "plc", "gmbh", "ag", "sa", "sas", "srl", "bv", "nv", "jsc", "ojsc", "cjsc", "pjsc", "oao", "zao", "pao",
        "ooo", "osoo", "ao", "tov", "chup", "up", "fze", "fzco", "fzc", "dmcc", "pte", "pvt", "bhd", "sdn", "kft",
        "bank", "group", "holding", "holdings", "trading", "industries", "industrial", "industry", "enterprise",
        "enterprises", "international", "technologies", "technology", "tech", "systems", "solutions", "logistics",
        "shipping", "services", "service", "energy", "oil", "gas", "petroleum", "engineering", "electronics",
        "trade", "import", "export", "ministry", "institute", "university", "center", "centre", "agency",
        "bureau", "committee", "council", "foundation", "fund", "association", "union", "brigade", "army",
        "corps", "guard", "network", "partners", "capital", "investments", "investment", "finance", "financial",
        "maritime", "marine", "navigation", "airlines", "airline", "aviation", "motors", "machinery", "works",
        "mining", "metals", "chemical", "chemicals", "pharma", "defense", "defence", "design",
        "research", "production", "manufacturing", "supply", "supplies", "development", "resources", "academy",
        "school", "hospital", "media", "news", "television", "radio", "publishing", "exchange", "trust",
        // Legal forms of French-, Turkish- and Arabic-speaking countries and free zones, as articles write them.
        "sarl", "s.a.r.l", "s.a", "a.s", "a.ş", "şirketi", "sirketi", "ticaret", "sanayi", "l.l.c", "pjsc", "wll", "w.l.l",
        "cooperative", "concern", "combine", "kombinat", "zavod", "obyedineniye", "state", "federal", "national",
        "republican", "unitary", "public", "joint", "stock", "society",
        // Legal forms of the former Yugoslav states (društvo s ograničenom odgovornošću, dioničko/akcionarsko društvo).
        "d.o.o", "doo", "d.d", "a.d",
        // German partnership forms (Kommanditgesellschaft, offene Handelsgesellschaft, KG auf Aktien).
        "kg", "ohg", "kgaa", "ug",
    ]
    /// The words after the capitalized first word of Russian and Ukrainian legal forms in transliteration,
    /// which texts write in lowercase: "Aktsionerne tovarystvo", "Tovarystvo z obmezhenoiu
    /// vidpovidalnistiu", "Avtonomna nekomertsiina orhanizatsiia", "Obshchestvo s ogranichennoy
    /// otvetstvennostyu", "Avtonomnaya nekommercheskaya organizatsiya" (the long forms of AT, TOV, ANO, OOO
    /// in the ISO 20275 Entity Legal Forms list).
    /// Legal forms spelled out before a name, in words ("Limited Liability Company Volga UAV Systems"), as
    /// Russian names are translated into English (the English long forms of ISO 20275's OOO, AO, OAO, ZAO,
    /// PAO).
    static let spelledLegalForms: [[String]] = [
        ["limited", "liability", "company"], ["joint", "stock", "company"], ["joint-stock", "company"],
        ["open", "joint", "stock", "company"], ["closed", "joint", "stock", "company"], ["public", "joint", "stock", "company"],
        ["private", "joint", "stock", "company"],
    ]
    static let transliteratedLegalFormWords: Set<String> = [
        "tovarystvo", "obmezhenoiu", "obmezhenoyu", "vidpovidalnistiu", "vidpovidalnistyu", "aktsionerne",
        "nekomertsiina", "orhanizatsiia", "obshchestvo", "ogranichennoy", "ogranichennoi", "otvetstvennostyu",
        "aktsionernoe", "nekommercheskaya", "organizatsiya",
    ]
    /// Legal forms written after a comma ("Hubei Huayang Co., Ltd."), which must stay with the name.
    static let trailingLegalForms: Set<String> = [
        "ltd", "ltd.", "limited", "inc", "inc.", "llc", "l.l.c.", "co.", "s.a.", "sa", "gmbh", "ag", "plc", "jsc",
        "llp", "pte", "bv", "b.v.", "nv", "n.v.", "s.r.l.", "srl", "fze", "dmcc", "corp", "corp.", "s.a.l.",
        "s.a.r.l.", "sarl", "a.s.", "a.ş.", "fzco", "pjsc", "w.l.l.", "şti.", "sti.", "eood", "ood", "c.a.", "s.a.s.", "ltda", "ltda.",
        "d.o.o.", "d.d.", "a.d.", "kg", "ohg", "kgaa",
    ]
    /// Connectors allowed inside a name run ("Bank of Moscow", "Abu Bakr al-Baghdadi").
    static let nameConnectors: Set<String> = [
        "of", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "van", "von", "der",
        "den", "al", "el", "bin", "ibn", "bint", "abu", "abd", "ul", "ud", "&", "and", "for", "the", "y", "e", "i",
        "im", "at", "ar", "as", "ad", "an", "az", "ash", "ve", "et",
        // Azerbaijani and Central Asian patronymic markers: "Elchin Tofiq oglu Mammadov", "Aida Rasim qizi".
        "oglu", "oğlu", "ogly", "qizi", "gizi", "kyzy", "uulu",
    ]
    /// Of the connectors, those that can join two parties ("Tehnolit and Baztube") rather than be part of
    /// one name: a run is split there unless the words around make one name.
    static let ambiguousConnectors: Set<String> = ["and", "&", "for", "the", "at"]

    // MARK: Words that are not parties

    /// Capitalized words that are never a party on their own.
    static let nonPartyWords: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "it", "they", "he", "she", "we", "its", "their",
        "commander-in-chief", "editor-in-chief", "commander in chief",
        // Sentence adverbs that open a sentence in capitals ("Finally, **Marina Trofimenko** ... was listed").
        "finally", "lastly", "separately", "additionally", "meanwhile", "moreover", "furthermore", "likewise",
        // "Section 7031(c) of the Department of State, Foreign Operations, and Related Programs Appropriations Act".
        "foreign operations",
        // Regions that sanctions news names as where parties are.
        "south caucasus", "caucasus", "north caucasus", "central asia", "middle east", "balkans", "western balkans",
        "gulf", "persian gulf", "sahel", "horn of africa", "southeast asia", "latin america", "eastern europe",
        "arctic", "baltic", "caspian", "black sea", "red sea", "mediterranean",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "executive", "order", "eo", "act", "regulation", "decision", "resolution", "annex", "list", "sdn",
        "entity", "program", "programme", "department", "treasury", "state", "commerce", "council", "ministry",
        "government", "office", "washington", "moscow", "kremlin", "brussels", "london", "ottawa", "beijing",
        "g7", "nato", "csto", "ofac", "bis", "erc", "ofsi", "fcdo", "seco", "dfat", "un", "eu", "us", "uk", "usa",
        "u.s.", "u.k.", "e.u.", "u.n.", "president", "secretary", "minister", "spokesperson", "spokesman",
        "in", "on", "at", "by", "for", "of", "and", "or", "also", "all", "both", "including", "among", "others",
        "mr", "mrs", "ms", "dr", "his", "her", "our", "new", "more", "other", "several", "some", "two", "three",
        "foreign", "commonwealth", "chief",
        "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "over", "about", "nearly", "any",
        // Prepositions and adverbs that open a sentence ("Alongside him, X ...", "Following the publication").
        "alongside", "following", "besides", "meanwhile", "separately", "additionally", "furthermore", "moreover",
        "however", "today", "yesterday", "later", "since", "after", "before", "under", "within", "without",
        "through", "during", "despite", "according", "regarding", "concerning", "pursuant",
        // Abbreviations of list entries' fields and programs ("DOB", "SDGTs").
        "dob", "pob", "sdgt", "sdgts", "sdn", "sesam",
        // Kinds of party at the start of a sentence ("Entities owned 50 percent or more ... are blocked").
        "entities", "individuals", "persons", "companies", "vessels", "firms", "people",
        // Regions and movements used as adjectives ("a Central Asian logistics firm", "Houthi money changer").
        "asian", "central asian", "european", "african", "arab", "western", "eastern", "houthi", "houthis",
        // Field labels of lists and notices ("Nationality: ...", "Position: ...") and words opening a sentence.
        "nationality", "date", "place", "position", "partner", "none", "data", "how", "north", "south", "east", "west",
        "name", "title", "address", "passport", "gender", "remarks", "note", "notes", "source", "photo", "reference",
        // A notice's section titles as numbered items ("2. Outline of the measures", "(1) Designation of ...").
        "outline", "designation", "designations", "removal", "removals", "overview", "summary", "background",
        "implementation", "contact",
    ]

    /// Bodies every list has carried for years (the IRGC since 2007 and 2019, ISIL since 2004, the Taliban since
    /// 1999, Hizballah since 1997): an article names them as the parent of the parties it reports, not as news.
    static let longListedBodies: Set<String> = [
        "islamic revolutionary guard corps", "irgc", "irgc-qf", "irgc quds force", "quds force", "isil", "isis",
        "islamic state", "da'esh", "al-qaida", "al-qaeda", "al qaeda", "taliban", "the taliban", "hizballah",
        "hezbollah", "hamas",
    ]

    /// Words of a title or an office: a name holding one is a person's title or a government body.
    static let officeWords: Set<String> = [
        "minister", "president", "honourable", "honorable", "hon.", "affairs", "reporter", "correspondent", "editor", "secretary",
    ]

    /// Last words of laws and list names ("Foreign Trade Act", "the Consolidated List", "Recent Actions").
    static let instrumentWords: Set<String> = [
        "act", "regulations", "regulation", "ordinance", "decree", "directive", "list", "actions", "notice", "office",
        "treasury",
    ]

    /// The country a lowercased name or demonym stands for: this table first, then every English country
    /// name ICU knows (`CountryResolver`, "sierra leone", "eswatini"); two-letter words are never codes here
    /// ("in", "no").
    static func country(_ name: String) -> String? {
        if let code = countries[name] { return code }
        guard name.count >= 4 else { return nil }
        return CountryResolver.isoCode(for: name)
    }

    /// Country names and demonyms, lowercased, to ISO 3166-1 alpha-2 (after ISO 3166-1; the demonyms are
    /// the English adjectives).
    static let countries: [String: String] = [
        "belarus": "BY", "belarusian": "BY", "byelorussia": "BY", "russia": "RU", "russian": "RU",
        "russian federation": "RU", "ukraine": "UA", "ukrainian": "UA", "china": "CN", "chinese": "CN",
        "prc": "CN", "hong kong": "HK", "iran": "IR", "iranian": "IR", "north korea": "KP", "north korean": "KP",
        "dprk": "KP", "south korea": "KR", "south korean": "KR", "korea": "KR", "korean": "KR",
        "syria": "SY", "syrian": "SY", "iraq": "IQ", "iraqi": "IQ", "lebanon": "LB", "lebanese": "LB",
        "yemen": "YE", "yemeni": "YE", "afghanistan": "AF", "afghan": "AF", "pakistan": "PK", "pakistani": "PK",
        "india": "IN", "indian": "IN", "turkey": "TR", "türkiye": "TR", "turkish": "TR", "united arab emirates": "AE",
        "uae": "AE", "emirati": "AE", "armenia": "AM", "armenian": "AM", "azerbaijan": "AZ", "azerbaijani": "AZ",
        "georgia": "GE", "georgian": "GE", "kazakhstan": "KZ", "kazakh": "KZ", "kyrgyzstan": "KG", "kyrgyz": "KG",
        "uzbekistan": "UZ", "uzbek": "UZ", "tajikistan": "TJ", "tajik": "TJ", "turkmenistan": "TM",
        "moldova": "MD", "moldovan": "MD", "serbia": "RS", "serbian": "RS", "venezuela": "VE", "venezuelan": "VE",
        "cuba": "CU", "cuban": "CU", "nicaragua": "NI", "nicaraguan": "NI", "myanmar": "MM", "burma": "MM",
        "burmese": "MM", "libya": "LY", "libyan": "LY", "sudan": "SD", "sudanese": "SD", "somalia": "SO",
        "somali": "SO", "mali": "ML", "malian": "ML", "eritrea": "ER", "ethiopia": "ET", "egypt": "EG",
        "egyptian": "EG", "saudi arabia": "SA", "saudi": "SA", "qatar": "QA", "qatari": "QA", "oman": "OM",
        "omani": "OM", "kuwait": "KW", "kuwaiti": "KW", "bahrain": "BH", "jordan": "JO", "jordanian": "JO",
        "israel": "IL", "israeli": "IL", "palestinian": "PS", "gaza": "PS", "germany": "DE", "german": "DE",
        "france": "FR", "french": "FR", "italy": "IT", "italian": "IT", "spain": "ES", "spanish": "ES",
        "united kingdom": "GB", "britain": "GB", "british": "GB", "united states": "US", "american": "US",
        "canada": "CA", "canadian": "CA", "australia": "AU", "australian": "AU", "japan": "JP", "japanese": "JP",
        "switzerland": "CH", "swiss": "CH", "poland": "PL", "polish": "PL", "latvia": "LV", "latvian": "LV",
        "lithuania": "LT", "lithuanian": "LT", "estonia": "EE", "estonian": "EE", "finland": "FI",
        "cyprus": "CY", "cypriot": "CY", "greece": "GR", "greek": "GR", "malaysia": "MY", "malaysian": "MY",
        "singapore": "SG", "singaporean": "SG", "thailand": "TH", "thai": "TH", "vietnam": "VN",
        "vietnamese": "VN", "indonesia": "ID", "indonesian": "ID", "philippines": "PH", "mexico": "MX",
        "mexican": "MX", "colombia": "CO", "colombian": "CO", "brazil": "BR", "brazilian": "BR",
        "panama": "PA", "panamanian": "PA", "liberia": "LR", "liberian": "LR", "marshall islands": "MH",
        "seychelles": "SC", "nigeria": "NG", "nigerian": "NG", "south africa": "ZA", "zimbabwe": "ZW",
        "netherlands": "NL", "dutch": "NL", "belgium": "BE", "belgian": "BE", "austria": "AT", "austrian": "AT",
        "hungary": "HU", "hungarian": "HU", "czech republic": "CZ", "czech": "CZ", "slovakia": "SK",
        "bulgaria": "BG", "bulgarian": "BG", "romania": "RO", "romanian": "RO", "crimea": "UA",
        "crimean": "UA", "taiwan": "TW", "taiwanese": "TW", "mongolia": "MN", "laos": "LA", "cambodia": "KH",
        "bangladesh": "BD", "sri lanka": "LK", "nepal": "NP", "algeria": "DZ", "tunisia": "TN", "morocco": "MA",
        "haiti": "HT", "guatemala": "GT", "honduras": "HN", "el salvador": "SV", "ecuador": "EC", "peru": "PE",
        "bolivia": "BO", "chile": "CL", "argentina": "AR", "uruguay": "UY", "paraguay": "PY",
        "congo": "CD", "congolese": "CD", "central african republic": "CF", "south sudan": "SS",
        "guinea": "GN", "burkina faso": "BF", "niger": "NE", "chad": "TD", "cameroon": "CM", "kenya": "KE",
        "uganda": "UG", "rwanda": "RW", "burundi": "BI", "tanzania": "TZ", "mozambique": "MZ", "angola": "AO",
        "zambia": "ZM", "malawi": "MW", "albania": "AL", "kosovo": "XK", "bosnia": "BA", "herzegovina": "BA", "montenegro": "ME",
        "north macedonia": "MK", "croatia": "HR", "slovenia": "SI", "ireland": "IE", "portugal": "PT",
        "sweden": "SE", "norway": "NO", "denmark": "DK", "iceland": "IS", "luxembourg": "LU", "malta": "MT",
        "liechtenstein": "LI", "monaco": "MC", "new zealand": "NZ", "europe": "EU", "european": "EU",
        "soviet": "SU", "african": "AF", "asian": "AS", "western": "XW", "eastern": "XE", "arab": "XA",
        "gulf": "XG", "balkan": "XB", "baltic": "XL", "iraqi kurdistan": "IQ", "donetsk": "UA", "luhansk": "UA",
        // Demonyms ("a Cambodian national"), from the ISO 3166 country names.
        "cambodian": "KH", "haitian": "HT", "laotian": "LA", "nepali": "NP", "guatemalan": "GT", "honduran": "HN",
        "salvadoran": "SV", "ecuadorian": "EC", "peruvian": "PE", "bolivian": "BO", "chilean": "CL", "argentine": "AR",
        "argentinian": "AR", "kenyan": "KE", "ugandan": "UG", "rwandan": "RW", "tanzanian": "TZ", "angolan": "AO",
        "zambian": "ZM", "albanian": "AL", "croatian": "HR", "irish": "IE", "portuguese": "PT", "swedish": "SE",
        "norwegian": "NO", "danish": "DK", "algerian": "DZ", "tunisian": "TN", "moroccan": "MA", "bangladeshi": "BD",
        "sri lankan": "LK", "mongolian": "MN", "cameroonian": "CM", "chadian": "TD", "guinean": "GN", "malawian": "MW",
        "bosnian": "BA", "senegalese": "SN", "ivorian": "CI", "ethiopian": "ET", "mozambican": "MZ", "eritrean": "ER",
    ]
    /// Cities that place a party in a country ("the Mogilev company Tehnolit").
    static let cities: [String: String] = [
        "minsk": "BY", "mogilev": "BY", "mahilyow": "BY", "gomel": "BY", "homel": "BY", "grodno": "BY",
        "hrodna": "BY", "brest": "BY", "vitebsk": "BY", "bobruisk": "BY", "babruysk": "BY", "zhodino": "BY",
        "zhodzina": "BY", "borisov": "BY", "baranovichi": "BY", "orsha": "BY", "novopolotsk": "BY",
        "moscow": "RU", "st. petersburg": "RU", "saint petersburg": "RU", "petersburg": "RU", "st petersburg": "RU", "novosibirsk": "RU",
        "yekaterinburg": "RU", "kazan": "RU", "samara": "RU", "izhevsk": "RU", "tula": "RU", "rostov": "RU",
        "vladivostok": "RU", "kaliningrad": "RU", "nizhny": "RU", "chelyabinsk": "RU", "perm": "RU", "omsk": "RU",
        "astrakhan": "RU", "volgograd": "RU", "nizhny novgorod": "RU",
        "sevastopol": "UA", "kherson": "UA", "mariupol": "UA", "donetsk": "UA", "luhansk": "UA", "melitopol": "UA",
        "beijing": "CN", "shanghai": "CN", "shenzhen": "CN", "guangzhou": "CN", "tianjin": "CN", "wuhan": "CN",
        "dalian": "CN", "xiamen": "CN", "chengdu": "CN", "hangzhou": "CN", "dongguan": "CN", "ningbo": "CN",
        "tehran": "IR", "isfahan": "IR", "mashhad": "IR", "tabriz": "IR", "pyongyang": "KP", "damascus": "SY",
        "dubai": "AE", "abu dhabi": "AE", "sharjah": "AE", "istanbul": "TR", "ankara": "TR", "kyiv": "UA",
        "kiev": "UA", "kharkiv": "UA", "tashkent": "UZ", "almaty": "KZ", "astana": "KZ", "bishkek": "KG",
        "yerevan": "AM", "baku": "AZ", "tbilisi": "GE", "caracas": "VE", "havana": "CU", "managua": "NI",
        "beirut": "LB", "baghdad": "IQ", "sanaa": "YE", "kabul": "AF", "karachi": "PK", "lahore": "PK",
        "yangon": "MM", "naypyidaw": "MM", "tripoli": "LY", "benghazi": "LY", "misrata": "LY", "zawiya": "LY", "khartoum": "SD", "limassol": "CY", "nicosia": "CY",
        "bern": "CH", "geneva": "CH", "zurich": "CH", "canberra": "AU", "sydney": "AU", "tokyo": "JP",
        "primorsk": "RU", "ust-luga": "RU", "novorossiysk": "RU", "murmansk": "RU", "piraeus": "GR", "athens": "GR",
        "london": "GB", "paris": "FR", "berlin": "DE", "vienna": "AT", "warsaw": "PL", "vilnius": "LT", "riga": "LV",
        "tallinn": "EE", "brussels": "BE", "ottawa": "CA", "washington": "US", "new york": "US", "singapore": "SG",
        "hong kong": "HK", "macau": "MO", "mumbai": "IN", "new delhi": "IN", "fujairah": "AE", "jebel ali": "AE", "ajman": "AE",
        "ras al-khaimah": "AE", "umm al-quwain": "AE", "zelenograd": "RU",
        "bandar abbas": "IR", "kowloon": "HK", "nampo": "KP", "sinuiju": "KP", "dandong": "CN", "harbin": "CN", "aktau": "KZ",
        // Provinces, states and regions, and more cities, that sanctions news names beside parties (subdivision
        // names from ISO 3166-2; cities that are also common given names, such as Lida, are left out).
        "sonora": "MX", "sinaloa": "MX", "jalisco": "MX", "michoacán": "MX", "michoacan": "MX", "chihuahua": "MX",
        "tamaulipas": "MX", "baja california": "MX", "guerrero": "MX", "durango": "MX", "zacatecas": "MX",
        "nuevo león": "MX", "nuevo leon": "MX", "guanajuato": "MX", "quintana roo": "MX", "veracruz": "MX",
        "culiacán": "MX", "culiacan": "MX", "tijuana": "MX", "hermosillo": "MX", "guadalajara": "MX", "monterrey": "MX",
        "shandong": "CN", "guangdong": "CN", "jiangsu": "CN", "zhejiang": "CN", "fujian": "CN", "hebei": "CN",
        "henan": "CN", "hubei": "CN", "hunan": "CN", "sichuan": "CN", "liaoning": "CN", "jilin": "CN",
        "heilongjiang": "CN", "shaanxi": "CN", "shanxi": "CN", "anhui": "CN", "jiangxi": "CN", "yunnan": "CN",
        "guizhou": "CN", "xinjiang": "CN", "qingdao": "CN", "suzhou": "CN", "zibo": "CN", "nanjing": "CN",
        "chongqing": "CN", "shenyang": "CN", "xi'an": "CN", "changsha": "CN", "zhuhai": "CN", "foshan": "CN",
        "tver": "RU", "tatarstan": "RU", "bashkortostan": "RU", "krasnodar": "RU", "voronezh": "RU",
        "ulyanovsk": "RU", "saratov": "RU", "tomsk": "RU", "irkutsk": "RU", "krasnoyarsk": "RU", "yaroslavl": "RU",
        "bryansk": "RU", "belgorod": "RU", "smolensk": "RU", "pskov": "RU", "ryazan": "RU", "kaluga": "RU",
        "tambov": "RU", "penza": "RU", "orenburg": "RU", "ufa": "RU", "khabarovsk": "RU", "dagestan": "RU",
        "chechnya": "RU", "mahiliou": "BY", "mogilyov": "BY", "vitsebsk": "BY", "polotsk": "BY", "pinsk": "BY",
        "vientiane": "LA", "majuro": "MH", "port-au-prince": "HT", "artibonite": "HT", "pétion-ville": "HT",
        "qom": "IR", "shiraz": "IR", "karaj": "IR", "bushehr": "IR", "ahvaz": "IR", "wonsan": "KP",
        "chongjin": "KP", "aleppo": "SY", "latakia": "SY", "homs": "SY", "tartus": "SY", "hodeidah": "YE",
        "aden": "YE", "mandalay": "MM", "naypyitaw": "MM", "sittwe": "MM",
        // National capitals and the largest trading cities of other countries (common geography, codes from
        // ISO 3166-1; names that are also given names or surnames, such as Sofia, Santiago, Lima or Santos,
        // and names of more than two words are left out).
        "são paulo": "BR", "sao paulo": "BR", "brasília": "BR", "brasilia": "BR", "buenos aires": "AR", "montevideo": "UY",
        "asunción": "PY", "asuncion": "PY", "la paz": "BO", "quito": "EC", "guayaquil": "EC", "bogotá": "CO", "bogota": "CO",
        "medellín": "CO", "medellin": "CO", "barranquilla": "CO", "cartagena": "CO", "maracaibo": "VE", "valencia": "ES",
        "panama city": "PA", "mexico city": "MX", "guatemala city": "GT", "san salvador": "SV", "tegucigalpa": "HN",
        "santo domingo": "DO", "georgetown": "GY", "paramaribo": "SR", "miami": "US", "houston": "US", "los angeles": "US",
        "chicago": "US", "san francisco": "US", "toronto": "CA", "montreal": "CA", "vancouver": "CA", "calgary": "CA",
        "lagos": "NG", "abuja": "NG", "accra": "GH", "nairobi": "KE", "mombasa": "KE", "addis ababa": "ET", "kampala": "UG",
        "kigali": "RW", "kinshasa": "CD", "goma": "CD", "luanda": "AO", "harare": "ZW", "lusaka": "ZM", "pretoria": "ZA",
        "johannesburg": "ZA", "cape town": "ZA", "dakar": "SN", "bamako": "ML", "niamey": "NE", "ouagadougou": "BF",
        "n'djamena": "TD", "juba": "SS", "mogadishu": "SO", "asmara": "ER", "cairo": "EG", "algiers": "DZ", "tunis": "TN",
        "rabat": "MA", "casablanca": "MA", "conakry": "GN", "freetown": "SL", "monrovia": "LR", "abidjan": "CI",
        "bangui": "CF", "maputo": "MZ", "windhoek": "NA", "gaborone": "BW", "antananarivo": "MG", "port sudan": "SD",
        "riyadh": "SA", "jeddah": "SA", "doha": "QA", "manama": "BH", "muscat": "OM", "kuwait city": "KW", "amman": "JO",
        "jerusalem": "IL", "tel aviv": "IL", "gaza": "PS", "ramallah": "PS", "erbil": "IQ", "basra": "IQ", "mosul": "IQ",
        "najaf": "IQ", "karbala": "IQ", "idlib": "SY", "islamabad": "PK", "peshawar": "PK", "quetta": "PK", "dhaka": "BD",
        "chittagong": "BD", "colombo": "LK", "kathmandu": "NP", "bangkok": "TH", "hanoi": "VN", "haiphong": "VN",
        "phnom penh": "KH", "kuala lumpur": "MY", "labuan": "MY", "jakarta": "ID", "batam": "ID", "manila": "PH",
        "seoul": "KR", "busan": "KR", "taipei": "TW", "kaohsiung": "TW", "ulaanbaatar": "MN", "dushanbe": "TJ",
        "khujand": "TJ", "ashgabat": "TM", "samarkand": "UZ", "bukhara": "UZ", "osh": "KG", "shymkent": "KZ",
        "karaganda": "KZ", "batumi": "GE", "kutaisi": "GE", "sukhumi": "GE", "ganja": "AZ", "gyumri": "AM", "osaka": "JP",
        "yokohama": "JP", "kolkata": "IN", "chennai": "IN", "bengaluru": "IN", "bangalore": "IN", "hyderabad": "IN",
        "ahmedabad": "IN", "pune": "IN", "delhi": "IN", "wan chai": "HK", "sheung wan": "HK", "kwun tong": "HK",
        "mong kok": "HK", "madrid": "ES", "barcelona": "ES", "rome": "IT", "milan": "IT", "genoa": "IT", "lisbon": "PT",
        "amsterdam": "NL", "rotterdam": "NL", "the hague": "NL", "antwerp": "BE", "hamburg": "DE", "frankfurt": "DE",
        "munich": "DE", "prague": "CZ", "budapest": "HU", "bucharest": "RO", "belgrade": "RS", "zagreb": "HR",
        "ljubljana": "SI", "sarajevo": "BA", "skopje": "MK", "tirana": "AL", "podgorica": "ME", "pristina": "XK",
        "chisinau": "MD", "chișinău": "MD", "tiraspol": "MD", "helsinki": "FI", "stockholm": "SE", "oslo": "NO",
        "copenhagen": "DK", "reykjavik": "IS", "dublin": "IE", "edinburgh": "GB", "valletta": "MT", "larnaca": "CY",
        "thessaloniki": "GR", "zug": "CH", "lugano": "CH", "lausanne": "CH", "montreux": "CH", "vaduz": "LI",
        "grozny": "RU", "makhachkala": "RU", "sochi": "RU", "simferopol": "UA", "kerch": "UA", "yalta": "UA",
        "odesa": "UA", "odessa": "UA", "dnipro": "UA", "zaporizhzhia": "UA", "lviv": "UA", "vinnytsia": "UA",
    ]

    // MARK: Authorities

    /// Phrases that name a sanctioning authority, most specific first, with the authority they name (the
    /// closed vocabulary of `ExtractedParty.authority`).
    static let authorityPhrases: [(words: [String], authority: String)] = [
        (["state", "department"], "US State Department"), (["department", "of", "state"], "US State Department"),
        (["secretary", "of", "state"], "US State Department"), (["state", "dept"], "US State Department"),
        (["office", "of", "foreign", "assets", "control"], "US Treasury"), (["ofac"], "US Treasury"),
        (["treasury"], "US Treasury"),
        (["commerce", "department"], "US Commerce"), (["department", "of", "commerce"], "US Commerce"),
        (["bureau", "of", "industry", "and", "security"], "US Commerce"), (["bis"], "US Commerce"),
        (["entity", "list"], "US Commerce"), (["erc"], "US Commerce"), (["end-user", "review", "committee"], "US Commerce"),
        (["end", "user", "review", "committee"], "US Commerce"),
        (["security", "council"], "UN Security Council"), (["united", "nations"], "UN Security Council"),
        (["un"], "UN Security Council"), (["u.n."], "UN Security Council"),
        // "The Russia (Sanctions) (EU Exit) Regulations 2019" are the UK's.
        (["eu", "exit"], "UK"),
        (["council", "of", "the", "european", "union"], "EU Council"), (["council", "of", "the", "eu"], "EU Council"),
        (["eu", "council"], "EU Council"), (["european", "union"], "EU Council"), (["eu"], "EU Council"),
        (["e.u."], "EU Council"), (["brussels"], "EU Council"), (["european", "council"], "EU Council"),
        (["the", "council"], "EU Council"),
        (["ofsi"], "UK"), (["fcdo"], "UK"), (["foreign", "office"], "UK"), (["foreign", "secretary"], "UK"),
        (["united", "kingdom"], "UK"), (["britain"], "UK"), (["british"], "UK"), (["uk"], "UK"), (["u.k."], "UK"),
        (["his", "majesty's", "treasury"], "UK"), (["hm", "treasury"], "UK"),
        (["global", "affairs", "canada"], "Canada"), (["canada"], "Canada"), (["canadian"], "Canada"),
        (["ottawa"], "Canada"),
        (["dfat"], "Australia"), (["australia"], "Australia"), (["australian"], "Australia"),
        // Australia's Autonomous Sanctions Act 2011 and Regulations 2011, under which its instruments list.
        (["autonomous", "sanctions", "regulations"], "Australia"), (["autonomous", "sanctions", "act"], "Australia"),
        (["state", "secretariat", "for", "economic", "affairs"], "Switzerland"),
        (["seco"], "Switzerland"), (["eaer"], "Switzerland"), (["wbf"], "Switzerland"), (["switzerland"], "Switzerland"), (["swiss"], "Switzerland"),
        (["japan"], "Japan"), (["meti"], "Japan"), (["japanese"], "Japan"), (["tokyo"], "Japan"),
        (["new", "zealand"], "New Zealand"), (["mfat"], "New Zealand"),
        (["ministry", "of", "foreign", "affairs", "and", "trade"], "New Zealand"), (["canberra"], "Australia"),
        (["united", "states"], "US"), (["u.s."], "US"), (["us"], "US"), (["usa"], "US"), (["washington"], "US"),
        (["american"], "US"), (["white", "house"], "US"), (["biden", "administration"], "US"),
        (["trump", "administration"], "US"),
    ]
    /// The department-level authorities narrow a country-level one named in the same sentence.
    static func isNarrower(_ authority: String, than other: String) -> Bool {
        other == "US" && authority.hasPrefix("US ")
    }
    /// Subjects that can stand for an authority named before ("the department", "it").
    static let authorityStandIns: Set<String> = [
        "it", "they", "department", "agency", "council", "government", "ministry", "administration", "office",
        "committee", "regulator", "bureau", "authorities", "officials", "washington", "london", "ottawa", "tokyo",
        "canberra", "bern", "brussels", "we",
        // "the bloc formally removed X from its sanctions list": the EU, in news reports.
        "bloc",
        // "The Minister has also revoked the designation of X", "The Foreign Secretary designated X": the
        // office that signs the listing.
        "minister", "secretary",
        // "Today's action targets four companies": the action taken.
        "action",

        // The instrument that lists: "The same package added X and Y to the EU's list of vessels".
        "package", "decree", "regulation", "regulations", "amendments", "amendment", "ordinance", "notice",
    ]
}
