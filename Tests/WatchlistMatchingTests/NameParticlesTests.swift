import Testing
import WatchlistCore
@testable import WatchlistMatching

struct NameParticlesTests {
    private func tokens(_ text: String) -> [NameToken] {
        NameTokenizer().tokens(of: text, reading: .person)
    }

    private func score(_ query: String, _ listed: String) -> Double {
        NameComparer().compare(query: query, listed: listed, kind: .person).score
    }

    @Test(arguments: [
        ("abdulrahman", "rahman"), ("abdurrahman", "rahman"), ("abdelaziz", "aziz"), ("abdullah", "allah"),
        ("abdoulaye", "allah"), ("abdirahman", "rahman"),
    ])
    func aJoinedAbdNameHasItsElement(word: String, element: String) {
        #expect(NameParticles.joinedAbdElement(word) == element)
    }

    @Test(arguments: ["abdi", "abdo", "abdullayev", "abdul", "alibek"])
    func otherWordsAreNoJoinedAbdName(word: String) {
        #expect(NameParticles.joinedAbdElement(word) == nil)
    }

    @Test func aJoinedCompoundStaysOneWordWithItsElementAndGainsItsParticle() {
        let words = tokens("Abdulrahman Khalil")
        #expect(words.map(\.text) == ["abd", "abdulrahman", "khalil"])
        #expect(words.map(\.role) == [.genericWord, .word, .word])
        #expect(words[1].keys.contains(RomanizationKey.key(forBytes: Array("rahman".utf8))))
    }

    @Test func suffixCompoundsGainTheirParticle() {
        #expect(tokens("Aminullah Amin").map(\.text) == ["aminullah", "allah", "amin"])
        #expect(tokens("Sirajuddin Haqqani").map(\.text) == ["sirajuddin", "din", "haqqani"])
    }

    @Test func particlesBeforeANameCountLittleButNotAtTheEnd() {
        #expect(tokens("Osama bin Laden").map(\.role) == [.word, .genericWord, .word])
        #expect(tokens("Han Su bin").map(\.role) == [.word, .word, .word])
    }

    @Test(arguments: [
        ("Abdulrahman Khalil", "Abd al-Rahman KHALIL"), ("Abdul Rahman Khalil", "KHALIL, Abdulrahman"),
        ("Aminullah Amin", "Amin Allah AMIN"), ("Sirajuddin Haqqani", "Siraj al-Din HAQQANI"),
        ("عبدالرحمن خليل", "Abd al-Rahman KHALIL"), ("امین الله امین", "Aminullah AMIN"),
        ("سراج الدين حقاني", "Sirajuddin HAQQANI"), ("A8DUL RAHMAN KHALIL", "Abdulrahman KHALIL"),
    ])
    func compoundsMatchHoweverTheyAreWritten(query: String, listed: String) {
        #expect(score(query, listed) >= 0.85, "\(query) ~ \(listed)")
    }

    @Test func sharingOnlyTheParticleIsNoMatch() {
        #expect(score("Abdul Bari", "Abdul Hakim") < 0.6)
        #expect(score("Abu Bakr", "Abu Omar") <= 0.5)
    }

    @Test func anHonorificBeforeANameCountsLittleAndItsSpellingsAgree() {
        let words = tokens("Haji Ismail Khatib")
        #expect(words.first?.role == .genericWord)
        #expect(tokens("Mohammed AL SAYED").last?.role != .genericWord)  // a surname, not a title
        #expect(score("Haji Ismail Khatib", "KHATIB, Esmail") > score("Omar Ismail Khatib", "KHATIB, Esmail"))
        #expect(score("Seyed Jaber Safdari", "Sayyid Jaber SAFDARI") >= 0.95)
    }

    @Test func aTitleTheListLeavesOutCostsLessThanAParticle() {
        // `سید` (Sayyid) in Persian records, left out of the list's name.
        #expect(score("سید اسماعیل خطیب", "KHATIB, Esmail") >= 0.8)
        #expect(score("Sayed Esmail Khatib", "KHATIB, Esmail") >= 0.9)
        // A particle that is part of the name still counts as a generic word: `Abu Khatib` is not `Khatib`.
        #expect(score("Abu Esmail Khatib", "KHATIB, Esmail") < score("Sayed Esmail Khatib", "KHATIB, Esmail"))
        // A title alone is no match.
        #expect(score("Sayed", "KHATIB, Sayed Esmail") <= 0.5)
    }
}
