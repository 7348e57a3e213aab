import Testing
@testable import WatchlistMatching

struct ChineseOrganizationTermsTests {
    let comparer = NameComparer()

    @Test func aCompanyNameIsCutAtItsTermsLongestFirst() {
        let segments = ChineseOrganizationTerms.segments(of: "武汉晓睿智科技有限责任公司")
        #expect(segments.map(\.text) == ["武汉", "晓睿智", "科技", "有限责任公司"])
        #expect(segments.map(\.rendering) == ["wuhan", nil, "technology", "ltd"])
        // The brand between two terms stays whole, as lists spell it in pinyin: 恒邦微 HENGBANGWEI.
        #expect(ChineseOrganizationTerms.segments(of: "恒邦微電子").map(\.text) == ["恒邦微", "電子"])
        #expect(ChineseOrganizationTerms.segments(of: "巨航航空").map(\.text) == ["巨航", "航空"])
    }

    @Test func aChineseCompanyNameMeetsItsEnglishListing() {
        let wuhan = comparer.compare(
            query: "武汉晓睿智科技有限责任公司", listed: "WUHAN XIAORUIZHI SCIENCE AND TECHNOLOGY COMPANY, LIMITED", kind: .organization)
        #expect(wuhan.score >= 0.9)
        // A term alone between brackets is read too: (香港) is HONGKONG.
        let huaxin = comparer.compare(query: "華信船務(香港)有限公司", listed: "HUAXIN SHIPPING HONGKONG LTD", kind: .organization)
        #expect(huaxin.score >= 0.9)
        #expect(huaxin.explanation?.tokenMatches.map(\.query) == ["華信", "船務", "香港", "有限公司"])
    }

    @Test func aPersonsNameInHanIsNotCut() {
        // Three characters or fewer are a person's name, read whole as before, even when they hold a term.
        #expect(comparer.compare(query: "李中国", listed: "LI Zhongguo", kind: .person).score >= 0.9)
        #expect(ChineseOrganizationTerms.segments(of: "王伟").map(\.rendering) == [nil])
    }

    @Test func aChineseNameStillMeetsTheSameNameInChinese() {
        #expect(comparer.compare(query: "保利科技有限公司", listed: "保利科技有限公司", kind: .organization).score == 1)
        #expect(comparer.compare(query: "保利科技有限公司", listed: "中航科技有限公司", kind: .organization).score < 0.8)
    }
}
