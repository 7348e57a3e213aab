/// The words of a Chinese organization's name that lists write in English: `武汉晓睿智科技有限责任公司` is
/// listed as `WUHAN XIAORUIZHI SCIENCE AND TECHNOLOGY COMPANY, LIMITED`, `華信船務(香港)有限公司` as `HUAXIN
/// SHIPPING HONGKONG LTD`. Chinese writes the name without spaces, so read whole it romanizes to one long
/// word (`wuhanxiaoruizhikejiyouxianzerengongsi`) that meets nothing.
///
/// `segments(of:)` cuts a run of Han characters at the terms below (longest first, left to right): a
/// term becomes a word read as its English rendering (`科技` → `technology`, `有限公司` → `ltd`, `香港` →
/// `hongkong`), and the characters between terms stay one word, romanized as before (`晓睿智` →
/// `xiaoruizhi`, the brand a list spells in pinyin). Listed names in Han characters are cut the same way,
/// so a Chinese query still meets them word for word.
///
/// Source: the standard Chinese terms for legal forms, kinds of business and places, in simplified and
/// traditional characters, with the English renderings OFAC, BIS and OFSI entries for Chinese companies
/// use (checked against the Chinese-named entries of the files in `../shared/lists`). Extend the table, not
/// the code.
enum ChineseOrganizationTerms {
    /// Han term → English rendering (one word, lowercase ASCII).
    static let renderings: [String: String] = {
        var table: [String: String] = [:]
        for (rendering, terms) in termsByRendering {
            for term in terms { table[term] = rendering }
        }
        return table
    }()

    private static let termsByRendering: [(String, [String])] = [
        // Legal forms: company limited, limited liability company, company limited by shares.
        ("ltd", ["有限公司", "有限责任公司", "有限責任公司", "股份有限公司", "有限會社"]),
        ("company", ["公司", "总公司", "總公司"]),
        ("group", ["集团", "集團"]),
        ("holdings", ["控股"]),
        // What they do.
        ("technology", ["科技", "技术", "技術", "高科技"]),
        // Not 微电子 (microelectronics): lists write 恒邦微电子 HENGBANGWEI ELECTRONICS.
        ("electronics", ["电子", "電子"]),
        ("shipping", ["船务", "船務", "航运", "航運", "海运", "海運"]),
        ("aviation", ["航空"]),
        ("aerospace", ["航天"]),
        ("trading", ["贸易", "貿易", "商贸", "商貿"]),
        ("international", ["国际", "國際"]),
        ("industrial", ["实业", "實業", "工业", "工業"]),
        ("development", ["发展", "發展"]),
        ("investment", ["投资", "投資"]),
        ("logistics", ["物流"]),
        ("energy", ["能源"]),
        ("chemical", ["化工"]),
        ("machinery", ["机械", "機械"]),
        ("equipment", ["设备", "設備"]),
        ("optoelectronics", ["光电", "光電"]),
        ("instruments", ["仪器", "儀器"]),
        ("communications", ["通信", "通讯", "通訊"]),
        ("network", ["网络", "網絡", "網路"]),
        ("software", ["软件", "軟件", "軟體"]),
        ("materials", ["材料"]),
        ("manufacturing", ["制造", "製造"]),
        ("institute", ["研究所", "研究院"]),
        ("university", ["大学", "大學"]),
        ("bank", ["银行", "銀行"]),
        ("oil", ["石油"]),
        ("import", ["进出口", "進出口"]),
        ("shipyard", ["船厂", "船廠"]),
        ("factory", ["工厂", "工廠"]),
        // Places that lists spell otherwise than pinyin, and cities cut off so the brand stands alone.
        ("hongkong", ["香港"]),
        ("macau", ["澳门", "澳門"]),
        ("china", ["中国", "中國"]),
        ("shenzhen", ["深圳", "深圳市"]),
        ("shanghai", ["上海", "上海市"]),
        ("beijing", ["北京", "北京市"]),
        ("guangzhou", ["广州", "廣州", "广州市", "廣州市"]),
        ("tianjin", ["天津", "天津市"]),
        ("wuhan", ["武汉", "武漢", "武汉市", "武漢市"]),
        ("chengdu", ["成都", "成都市"]),
        ("hangzhou", ["杭州", "杭州市"]),
        ("nanjing", ["南京", "南京市"]),
        ("chongqing", ["重庆", "重慶", "重庆市", "重慶市"]),
        ("dalian", ["大连", "大連", "大连市", "大連市"]),
        ("qingdao", ["青岛", "青島", "青岛市", "青島市"]),
        ("xiamen", ["厦门", "廈門", "厦门市", "廈門市"]),
        ("zhuhai", ["珠海", "珠海市"]),
        ("dongguan", ["东莞", "東莞", "东莞市", "東莞市"]),
        ("ningbo", ["宁波", "寧波", "宁波市", "寧波市"]),
        ("suzhou", ["苏州", "蘇州", "苏州市", "蘇州市"]),
        ("changsha", ["长沙", "長沙", "长沙市", "長沙市"]),
        ("xian", ["西安", "西安市"]),
    ]

    /// The longest term, in characters.
    private static let longestTerm = renderings.keys.map(\.unicodeScalars.count).max() ?? 0

    /// A run of Han characters cut at the terms: each piece with the English rendering of a term, or nil
    /// for the characters between terms. A run with no term comes back whole.
    static func segments(of run: String) -> [(text: String, rendering: String?)] {
        let scalars = Array(run.unicodeScalars)
        var segments: [(text: String, rendering: String?)] = []
        var between = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            var matched: (length: Int, rendering: String)?
            for length in stride(from: min(longestTerm, scalars.count - index), through: 2, by: -1) {
                var candidate = String.UnicodeScalarView()
                candidate.append(contentsOf: scalars[index..<(index + length)])
                if let rendering = renderings[String(candidate)] {
                    matched = (length, rendering)
                    break
                }
            }
            guard let (length, rendering) = matched else {
                between.append(scalars[index])
                index += 1
                continue
            }
            if !between.isEmpty {
                segments.append((String(between), nil))
                between.removeAll()
            }
            var term = String.UnicodeScalarView()
            term.append(contentsOf: scalars[index..<(index + length)])
            segments.append((String(term), rendering))
            index += length
        }
        if !between.isEmpty { segments.append((String(between), nil)) }
        return segments
    }
}
