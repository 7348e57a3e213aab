/// Names of cities, regions and countries that companies put in front of what they do: `Beijing Technology`,
/// `Guangzhou Trading`, `Moscow Machine-Building`. Such a word says where a company is, not which one it is,
/// so a query that shares only a place and a kind of business with a listed company whose own name it lacks
/// (`Beijing Technology JSC` against `BEIJING JIAHEHENGDE TECHNOLOGY COMPANY LIMITED`) is not a match
/// (`NameScorer.placeOnlyFactor`).
///
/// Source: the cities, provinces and regions that recur in the names of listed organizations in the files
/// of `../shared/lists` (Chinese, Hong Kong, Russian, Belarusian, Ukrainian, Iranian, Emirati, Turkish,
/// Syrian and Central Asian companies), their common spellings (ISO 9 and BGN/PCGN for Russian, pinyin for
/// Chinese), and the countries of the sanctions programmes. Extend the list, not the code.
enum PlaceNames {
    /// Whether a word of a name is one of the places, by its romanization keys.
    static func isPlace(_ token: NameToken) -> Bool {
        token.keys.contains(where: keys.contains)
    }

    private static let keys: Set<[UInt8]> = Set(names.map { RomanizationKey.key(forBytes: Array($0.utf8)) })

    private static let names: [String] = [
        // China, Hong Kong, Macau, Taiwan
        "china", "chinese", "beijing", "peking", "shanghai", "shenzhen", "guangzhou", "canton", "tianjin", "wuhan",
        "chengdu", "hangzhou", "nanjing", "chongqing", "dalian", "qingdao", "xiamen", "zhuhai", "dongguan",
        "ningbo", "suzhou", "changsha", "xian", "harbin", "shenyang", "jinan", "zhengzhou", "kunming", "fuzhou",
        "hefei", "nanchang", "changchun", "taiyuan", "shijiazhuang", "urumqi", "foshan", "wuxi", "yantai",
        "zhejiang", "jiangsu", "guangdong", "shandong", "fujian", "hebei", "henan", "hunan", "hubei", "sichuan",
        "liaoning", "jilin", "heilongjiang", "yunnan", "guangxi", "hainan", "xinjiang", "hongkong", "hong", "kong",
        "macau", "macao", "taiwan", "taipei",
        // Russia
        "russia", "russian", "moscow", "moskva", "petersburg", "peterburg", "leningrad", "novosibirsk",
        "yekaterinburg", "ekaterinburg", "kazan", "nizhny", "nizhniy", "samara", "omsk", "chelyabinsk", "rostov",
        "ufa", "krasnoyarsk", "perm", "voronezh", "volgograd", "krasnodar", "saratov", "tyumen", "tolyatti",
        "izhevsk", "barnaul", "ulyanovsk", "irkutsk", "khabarovsk", "yaroslavl", "vladivostok", "tomsk",
        "orenburg", "kemerovo", "ryazan", "astrakhan", "penza", "lipetsk", "tula", "kaliningrad", "bryansk",
        "kursk", "tver", "murmansk", "arkhangelsk", "ural", "urals", "siberia", "siberian", "volga", "baltic",
        "caspian", "crimea", "crimean", "sevastopol", "donetsk", "luhansk", "lugansk",
        // Belarus, Ukraine
        "belarus", "minsk", "brest", "gomel", "homel", "grodno", "hrodna", "vitebsk", "viciebsk", "mogilev",
        "mahilyow", "ukraine", "kiev", "kyiv", "kharkiv", "kharkov", "odessa", "odesa", "dnipro", "lviv",
        // Iran, the Gulf, Turkey, the Levant, Iraq
        "iran", "iranian", "tehran", "teheran", "isfahan", "esfahan", "shiraz", "tabriz", "mashhad", "qom",
        "ahvaz", "karaj", "bandar", "dubai", "sharjah", "ajman", "fujairah", "dhabi", "emirates", "turkey",
        "istanbul", "ankara", "izmir", "mersin", "syria", "syrian", "damascus", "aleppo", "latakia", "homs",
        "lebanon", "beirut", "iraq", "baghdad", "basra", "erbil",
        // Central Asia and the Caucasus, and elsewhere
        "tashkent", "almaty", "astana", "bishkek", "dushanbe", "ashgabat", "baku", "yerevan", "tbilisi",
        "kabul", "karachi", "lahore", "islamabad", "pyongyang", "korea", "caracas", "venezuela", "havana", "cuba",
        "singapore", "malaysia", "kuala", "lumpur", "bangkok", "hanoi", "cairo", "khartoum", "tripoli", "sanaa",
        "muscat", "doha", "riyadh", "jeddah", "kuwait", "manama",
    ]
}
