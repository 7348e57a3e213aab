/// Marks on listed words (`ListedWordTable` ids) that hold for one round: starting a round forgets every
/// mark at once, so a query can mark words of a table of 150,000 without clearing them afterwards.
///
/// Written by hand rather than as a `Set<Int32>`: the candidate index asks it for every word of thousands
/// of reached names per query, and an array load is several times cheaper than hashing.
struct WordMarks {
    private var stamps: [UInt32]
    private var round: UInt32 = 0

    init(wordCount: Int) {
        stamps = [UInt32](repeating: 0, count: wordCount)
    }

    /// Forgets every mark.
    mutating func beginRound() {
        round &+= 1
        if round == 0 {
            for index in stamps.indices { stamps[index] = 0 }
            round = 1
        }
    }

    /// Whether `wordID` was marked in this round.
    func isMarked(_ wordID: Int32) -> Bool { stamps[Int(wordID)] == round }

    /// Marks `wordID` for this round.
    mutating func mark(_ wordID: Int32) { stamps[Int(wordID)] = round }
}
