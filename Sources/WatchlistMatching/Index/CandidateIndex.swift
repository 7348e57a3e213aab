/// Finds the listed names that can reach the threshold for a query, so the scorer visits only those.
///
/// Names are posted under their words (`ListedWordTable` ids). A query word reaches the names holding a
/// listed word alike to it. A name's score is at most the weighted share of the query words it reaches,
/// each counted at its best similarity (the scorer's query coverage, before the factors that can only lower
/// it), so names whose bound stays below the threshold are never scored. That makes the index lossless:
/// it returns every name the scorer would put at or above the threshold (`WatchlistMatcher` checks this
/// against scoring every name in its tests and in `watchlist eval --check-index`).
///
/// Initials and a truncated last word (`PrefixRule`) never reach names on their own (a match needs another
/// word); each adds its share at the rule's similarity to the bound of a reached name holding a word it
/// starts.
///
/// Each query word counts at its `PreparedQuery.Reading.boundShares`: its share, or for a person's name in
/// Arabic script, whose unpaired middle words the scorer weighs less (`NameScorer.nasabWeight`), the most
/// it can weigh, so the bound holds either way (looser, so such queries score more candidates).
///
/// Query words are taken rarest first. Once the words left cannot lift an unreached name to the threshold
/// on their own, common words ("mohammad", "company") only add to the names already reached instead of
/// walking their long posting lists.
struct CandidateIndex: Sendable {
    private let postingStarts: [Int32]
    private let postings: [Int32]
    private let weakAliasKeys: [String: [Int32]]
    /// Organization names by their acronym (`OrganizationAcronym`): a query that is one reaches them whole.
    private let acronyms: [String: [Int32]]
    /// Per name position, copied out of `PreparedName` into flat arrays: a query reads them for thousands
    /// of reached names, and one array of small values stays in cache where the names do not.
    private let isPerson: [Bool]
    private let nameWordStarts: [Int32]
    private let nameWords: [Int32]

    init(names: [PreparedName], wordCount: Int) {
        var byWord = [[Int32]](repeating: [], count: wordCount)
        var weakAliasKeys: [String: [Int32]] = [:]
        var acronyms: [String: [Int32]] = [:]
        for (position, name) in names.enumerated() {
            let reference = Int32(position)
            if let acronym = name.acronym { acronyms[acronym.letters, default: []].append(reference) }
            if name.kind == .weakAlias {
                weakAliasKeys[name.exactKey, default: []].append(reference)
                continue
            }
            for wordID in Set(name.wordIDs + name.joinWordIDs) { byWord[Int(wordID)].append(reference) }
        }
        var postingStarts: [Int32] = [0]
        postingStarts.reserveCapacity(wordCount + 1)
        for list in byWord { postingStarts.append(postingStarts.last! + Int32(list.count)) }
        self.postingStarts = postingStarts
        self.postings = byWord.flatMap { $0 }
        self.weakAliasKeys = weakAliasKeys
        self.acronyms = acronyms
        self.isPerson = names.map { $0.reading == .person }
        var nameWordStarts: [Int32] = [0]
        nameWordStarts.reserveCapacity(names.count + 1)
        // A name's joined words (`ListedJoin`) count among its words: a query word that spells one reaches it.
        for name in names { nameWordStarts.append(nameWordStarts.last! + Int32(name.wordIDs.count + name.joinWordIDs.count)) }
        self.nameWordStarts = nameWordStarts
        self.nameWords = names.flatMap { $0.wordIDs + $0.joinWordIDs }
    }

    private func words(ofName position: Int32) -> ArraySlice<Int32> {
        nameWords[Int(nameWordStarts[Int(position)])..<Int(nameWordStarts[Int(position) + 1])]
    }

    /// Positions of the names that can score at least `threshold`, ascending.
    ///
    /// `comparisons[i]` holds the listed words alike to query word `i` (the same words in both readings);
    /// `joinComparisons[j]` those that the query's `CompoundJoin` `j` spells, at its similarity.
    /// `forEachPrefixedWord(i, body)` calls `body` with each listed word the prefix rule pairs query word `i`
    /// with (none when the word has no `PrefixRule.Kind`).
    /// `scratch` must have been made for the indexed names and comes back as it went in (every entry 0).
    func candidates(
        for query: PreparedQuery, comparisons wordComparisons: [[Int32: WordComparison]], threshold: Double,
        joinComparisons: [[Int32: WordComparison]], scratch: inout QueryScratch,
        forEachPrefixedWord: (Int, (Int32) -> Void) -> Void = { _, _ in }
    ) -> [Int] {
        precondition(joinComparisons.count == query.person.joins.count, "one lookup per CompoundJoin of the query")
        var found: [Int] = []
        for reading in [query.person, query.organization] {
            for reference in weakAliasKeys[reading.exactKey] ?? [] { found.append(Int(reference)) }
        }
        if let acronym = query.organization.acronymKey, threshold <= OrganizationAcronym.similarity {
            for reference in acronyms[acronym] ?? [] { found.append(Int(reference)) }
        }
        // A `CompoundJoin` counts as one more query word with the shares of the words it joins: names
        // reached by a join and by its words count both (a bound may be loose, never short).
        let joins = query.person.joins
        let comparisons = wordComparisons + joinComparisons
        let personShares = query.person.boundShares + joins.map { join in join.words.reduce(0) { $0 + query.person.boundShares[$1] } }
        let organizationShares = query.organization.boundShares
            + joins.map { join in join.words.reduce(0) { $0 + query.organization.boundShares[$1] } }
        let prefixKinds = query.prefixKinds + joins.map { _ in nil }
        let cutoff = threshold - 1e-9

        // Rarest first; words the prefix rule applies to last, since what they add waits for the end.
        let volumes = comparisons.map(postingVolume)
        let order = comparisons.indices.sorted { left, right in
            let leftPrefix = prefixKinds[left] != nil
            let rightPrefix = prefixKinds[right] != nil
            if leftPrefix != rightPrefix { return rightPrefix }
            return volumes[left] < volumes[right]
        }
        let prefixWords = query.prefixKinds.indices.filter { query.prefixKinds[$0] != nil }
        let prefixPerson = prefixWords.reduce(0) { $0 + personShares[$1] } * PrefixRule.similarity
        let prefixOrganization = prefixWords.reduce(0) { $0 + organizationShares[$1] } * PrefixRule.similarity
        var remainingPerson = personShares.reduce(0, +)
        var remainingOrganization = organizationShares.reduce(0, +)
        for queryIndex in order {
            let personShare = personShares[queryIndex]
            let organizationShare = organizationShares[queryIndex]
            let canReachNewNames = max(remainingPerson, remainingOrganization) >= cutoff
            // A prefix-rule word stays in what is left: its prefix share is only added at the end.
            if prefixKinds[queryIndex] == nil {
                remainingPerson -= personShare
                remainingOrganization -= organizationShare
            }
            guard personShare > 0 || organizationShare > 0 else { continue }
            if canReachNewNames {
                reach(
                    comparisons[queryIndex], personShare: personShare, organizationShare: organizationShare, scratch: &scratch)
            } else {
                // Only names already reached can still get there: look their words up instead.
                raise(
                    comparisons[queryIndex], personShare: personShare, organizationShare: organizationShare,
                    remainingPerson: remainingPerson, remainingOrganization: remainingOrganization, cutoff: cutoff,
                    scratch: &scratch)
            }
        }
        // The per-word bounds are marked when the first name passes the first bound: most queries (ordinary
        // negatives) have none, and marking walks every alike word of every query word.
        var wordBoundsMarked = false
        // Only a name the prefix words could lift to the threshold is worth looking at word by word.
        var liftable: [(position: Int32, total: Double)] = []
        for position in scratch.reached {
            let total = scratch.bounds[Int(position)]
            scratch.bounds[Int(position)] = 0
            let prefix = isPerson[Int(position)] ? prefixPerson : prefixOrganization
            if total >= cutoff {
                if !wordBoundsMarked {
                    markWordBounds(comparisons, personShares: personShares, organizationShares: organizationShares, scratch: &scratch)
                    wordBoundsMarked = true
                }
                if wordBound(ofName: position, scratch: scratch) + prefix >= cutoff { found.append(Int(position)) }
            } else if total + prefix >= cutoff {
                liftable.append((position, total))
            }
        }
        scratch.reached.removeAll(keepingCapacity: true)
        for queryIndex in prefixWords where !liftable.isEmpty {
            scratch.prefixedWords.beginRound()
            forEachPrefixedWord(queryIndex) { scratch.prefixedWords.mark($0) }
            for entry in liftable.indices {
                let position = liftable[entry].position
                guard words(ofName: position).contains(where: scratch.prefixedWords.isMarked) else { continue }
                let share = isPerson[Int(position)] ? personShares[queryIndex] : organizationShares[queryIndex]
                liftable[entry].total += share * PrefixRule.similarity
            }
        }
        for (position, total) in liftable where total >= cutoff { found.append(Int(position)) }
        found.sort()
        var previous = -1
        return found.filter { position in
            defer { previous = position }
            return position != previous
        }
    }

    /// Adds a query word's share, at its best similarity, to the bound of every name posted under one of
    /// its alike listed words, and records the names reached for the first time.
    ///
    /// The posting walk is the hottest loop of a query (tens of thousands of postings for a common word), so
    /// it reads and writes through buffer pointers: no bounds or uniqueness checks per posting.
    private func reach(
        _ alike: [Int32: WordComparison], personShare: Double, organizationShare: Double, scratch: inout QueryScratch
    ) {
        var touched = scratch.touchedForWord
        var reached = scratch.reached
        scratch.touchedForWord = []
        scratch.reached = []
        defer {
            touched.removeAll(keepingCapacity: true)
            scratch.touchedForWord = touched
            scratch.reached = reached
        }
        postings.withUnsafeBufferPointer { postings in
            scratch.bestForWord.withUnsafeMutableBufferPointer { best in
                for (wordID, comparison) in alike {
                    let similarity = comparison.upperBound
                    for index in Int(postingStarts[Int(wordID)])..<Int(postingStarts[Int(wordID) + 1]) {
                        let position = postings[index]
                        guard similarity > best[Int(position)] else { continue }
                        if best[Int(position)] == 0 { touched.append(position) }
                        best[Int(position)] = similarity
                    }
                }
            }
        }
        isPerson.withUnsafeBufferPointer { isPerson in
            scratch.bestForWord.withUnsafeMutableBufferPointer { best in
                scratch.bounds.withUnsafeMutableBufferPointer { bounds in
                    for position in touched {
                        let similarity = best[Int(position)]
                        best[Int(position)] = 0
                        let share = isPerson[Int(position)] ? personShare : organizationShare
                        guard share > 0 else { continue }
                        if bounds[Int(position)] == 0 { reached.append(position) }
                        bounds[Int(position)] += share * similarity
                    }
                }
            }
        }
    }

    /// Adds a query word's share to the bound of each name already reached that holds one of its alike
    /// listed words and can still reach the threshold: the names' words are looked up, not the word's
    /// postings. Through buffer pointers, as `reach`: it runs over every reached name's words.
    private func raise(
        _ alike: [Int32: WordComparison], personShare: Double, organizationShare: Double, remainingPerson: Double,
        remainingOrganization: Double, cutoff: Double, scratch: inout QueryScratch
    ) {
        scratch.alikeWords.beginRound()
        for (wordID, comparison) in alike {
            scratch.alikeWords.mark(wordID)
            scratch.similarityOfWord[Int(wordID)] = comparison.upperBound
        }
        let marks = scratch.alikeWords
        let reached = scratch.reached
        isPerson.withUnsafeBufferPointer { isPerson in
            nameWords.withUnsafeBufferPointer { nameWords in
                nameWordStarts.withUnsafeBufferPointer { starts in
                    scratch.similarityOfWord.withUnsafeBufferPointer { similarityOfWord in
                        scratch.bounds.withUnsafeMutableBufferPointer { bounds in
                            for position in reached {
                                let person = isPerson[Int(position)]
                                let bound = bounds[Int(position)]
                                let share = person ? personShare : organizationShare
                                let remaining = person ? remainingPerson : remainingOrganization
                                guard share > 0, bound + share + remaining >= cutoff else { continue }
                                var similarity = 0.0
                                for index in Int(starts[Int(position)])..<Int(starts[Int(position) + 1]) {
                                    let wordID = nameWords[index]
                                    if marks.isMarked(wordID) { similarity = max(similarity, similarityOfWord[Int(wordID)]) }
                                }
                                if similarity > 0 { bounds[Int(position)] = bound + share * similarity }
                            }
                        }
                    }
                }
            }
        }
    }

    /// For each listed word alike to a query word (or join), the most one query word adds through it: its
    /// share at its similarity, the best over the query's words, in each reading.
    private func markWordBounds(
        _ comparisons: [[Int32: WordComparison]], personShares: [Double], organizationShares: [Double], scratch: inout QueryScratch
    ) {
        scratch.boundWords.beginRound()
        for (item, alike) in comparisons.enumerated() {
            for (wordID, comparison) in alike {
                let similarity = comparison.upperBound
                let (person, organization) = (personShares[item] * similarity, organizationShares[item] * similarity)
                if scratch.boundWords.isMarked(wordID) {
                    scratch.personWordBound[Int(wordID)] = max(scratch.personWordBound[Int(wordID)], person)
                    scratch.organizationWordBound[Int(wordID)] = max(scratch.organizationWordBound[Int(wordID)], organization)
                } else {
                    scratch.boundWords.mark(wordID)
                    scratch.personWordBound[Int(wordID)] = person
                    scratch.organizationWordBound[Int(wordID)] = organization
                }
            }
        }
    }

    /// A second bound on a reached name's score: the scorer pairs each listed word with one query word at
    /// most, so the name adds at most, over its words, the best a query word adds through each (a join of
    /// the name's counts as one more word, which only loosens it). The first bound counts a listed word once
    /// per query word alike to it; this one prunes the names a common word reaches through two query words
    /// (`محمد شفيق محمدی` reaches every MOHAMMED through `محمد` and `محمدی`, and scoring them all took 30 ms).
    private func wordBound(ofName position: Int32, scratch: borrowing QueryScratch) -> Double {
        let person = isPerson[Int(position)]
        var total = 0.0
        for wordID in words(ofName: position) where scratch.boundWords.isMarked(wordID) {
            total += person ? scratch.personWordBound[Int(wordID)] : scratch.organizationWordBound[Int(wordID)]
        }
        return total
    }

    private func postingVolume(_ comparisons: [Int32: WordComparison]) -> Int {
        comparisons.keys.reduce(0) { $0 + Int(postingStarts[Int($1) + 1] - postingStarts[Int($1)]) }
    }
}
