package claim

import (
	"cmp"
	"iter"
	"slices"
	"sync"
)

// A Conflict is a pair of claims and how strongly they conflict.
type Conflict struct {
	A, B *Claim // A comes before B in the slice the pair was found in
	Score
}

// MaxPosting is how many claims a content term may occur in and still be
// used to find pairs in [Scorer.Conflicts]: a term more common than that
// (in a large set of claims, "said" or "China") ties too many claims to
// tell which conflict, so pairs that share only such terms are not
// compared. Sets of up to MaxPosting claims are compared in full.
const MaxPosting = 64

// Conflicts returns the pairs of claims that conflict at all (Value > 0),
// strongest first, scored with the default options. See
// [Scorer.Conflicts].
func Conflicts(claims []*Claim) []Conflict { return defaultScorer.Conflicts(claims) }

// Conflicts returns the pairs of claims that conflict at all (Value > 0),
// strongest first, at most the Scorer's MaxConflicts of them; pairs of
// equal Value keep the order of their claims.
//
// It does not compare every pair: an inverted index on the claims'
// content terms, named entities and stance finds the pairs that share
// something, and only those are scored, so the time grows with the number
// of such pairs rather than with the square of the number of claims.
// Claims about different things score 0 anyway.
func (s *Scorer) Conflicts(claims []*Claim) []Conflict {
	fs := make([]*Features, len(claims))
	for i, c := range claims {
		fs[i] = Analyze(c)
	}
	return s.ConflictsOf(fs)
}

// ConflictsOf is [Scorer.Conflicts] over claims whose features are
// already computed.
func (s *Scorer) ConflictsOf(fs []*Features) []Conflict {
	if s == nil {
		s = defaultScorer
	}
	return s.conflicts(fs, nil)
}

// conflicts is ConflictsOf for the claims of art, or of no article where
// art is nil.
func (s *Scorer) conflicts(fs []*Features, art *article) []Conflict {
	m := s.maxListed()
	var out []found
	for i, j := range s.candidates(fs, art) {
		// Once m pairs are listed, a pair is first weighed quietly, without
		// the details of its reasons, and read in full only if it displaces
		// one: a text of very many claims makes no garbage of the details
		// of pairs it does not list.
		full := m < 0 || len(out) < m
		sc, _, _ := s.compareIn(art, fs[i], fs[j], int32(i), int32(j), true, !full)
		if sc.Value <= 0 {
			continue
		}
		x := found{int32(i), int32(j), sc}
		if !full && m > 0 && stronger(x, out[0]) {
			x.sc, _, _ = s.compareIn(art, fs[i], fs[j], int32(i), int32(j), true, false)
		}
		switch {
		case m < 0 || len(out) < m:
			out = append(out, x)
			if len(out) == m {
				heapify(out)
			}
		case m > 0 && stronger(x, out[0]):
			// Only the m strongest are listed: out is a heap with the
			// weakest of them first, which x displaces.
			out[0] = x
			down(out, 0)
		}
	}
	slices.SortFunc(out, order)
	res := make([]Conflict, len(out))
	for k, f := range out {
		res[k] = Conflict{A: fs[f.i].claim, B: fs[f.j].claim, Score: f.sc}
	}
	return res
}

// A found is a pair of claims i < j that conflicts, with its score.
type found struct {
	i, j int32
	sc   Score
}

// order sorts found pairs strongest first, then in the order of their
// claims.
func order(x, y found) int {
	if c := cmp.Compare(y.sc.Value, x.sc.Value); c != 0 {
		return c
	}
	if c := cmp.Compare(x.i, y.i); c != 0 {
		return c
	}
	return cmp.Compare(x.j, y.j)
}

func stronger(x, y found) bool { return order(x, y) < 0 }

// heapify makes h a heap whose first pair is the one that order puts
// last: the weakest.
func heapify(h []found) {
	for k := len(h)/2 - 1; k >= 0; k-- {
		down(h, k)
	}
}

// down moves h[k] down the heap to where it belongs.
func down(h []found, k int) {
	for {
		w := k
		for _, c := range [2]int{2*k + 1, 2*k + 2} {
			if c < len(h) && stronger(h[w], h[c]) {
				w = c // the child is weaker: it goes up
			}
		}
		if w == k {
			return
		}
		h[k], h[w] = h[w], h[k]
		k = w
	}
}

// candidates yields the pairs i < j of claims that share a key: a content
// term no more common than MaxPosting, or a stance dimension; in an
// article, also a source that speaks or is named, or the article's topic.
// Each pair is yielded once, ordered by j, then by i.
func (s *Scorer) candidates(fs []*Features, art *article) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		// In an article, the claims are filed under their terms and senses
		// already (art.postings); only the other keys are filed here.
		ownKey := func(k uint64) bool { return art == nil || k-stanceKey < 256 || isArticleKey(k) }
		postings := fileKeys(fs, art, ownKey)
		var keys []uint64
		seen := make([]int32, len(fs))
		hits := make([]int32, len(fs)) // keys claim i shares with claim j
		for i := range seen {
			seen[i] = -1
		}
		var cand []int32
		for j, f := range fs {
			cand = cand[:0]
			keys = art.keys(f, int32(j), keys[:0])
			for _, k := range keys {
				p := postings.of(k)
				if !ownKey(k) {
					p = art.postings.of(k)
				}
				if len(p) > MaxPosting {
					continue
				}
				n := int32(1)
				if k-stanceKey < 256 || isArticleKey(k) {
					n = 1 << 20 // a shared stance, source or topic is reason enough to compare
				}
				for _, i := range p {
					if int(i) >= j {
						break // postings are in order of claims
					}
					if seen[i] != int32(j) {
						seen[i], hits[i] = int32(j), 0
						cand = append(cand, i)
					}
					hits[i] += n
				}
			}
			slices.Sort(cand)
			for _, i := range cand {
				// Claims that share too little to reach minTopic score 0:
				// skip them without comparing. (A term weighs at most 2,
				// and a claim at least as much as it has terms.)
				if 2*float64(hits[i]) < minTopic*float64(min(len(fs[i].terms), len(f.terms))) {
					continue
				}
				if !yield(int(i), j) {
					return
				}
			}
		}
	}
}

// A postingList files claims under keys: the claims of key k are
// claims[at[k][0]:at[k][1]], in order. One array holds them all, so that
// filing many claims allocates once, not once a key.
type postingList struct {
	at     map[uint64][2]int32
	claims []int32
}

func (p *postingList) of(k uint64) []int32 {
	r, ok := p.at[k]
	if !ok {
		return nil
	}
	return p.claims[r[0]:r[1]]
}

// fileKeys files the claims of fs under their keys that own accepts.
func fileKeys(fs []*Features, art *article, own func(uint64) bool) postingList {
	return filePostings(len(fs), func(i int, dst []uint64) []uint64 { return art.keys(fs[i], int32(i), dst) }, own, false)
}

// filePostings files claims 0 … n-1 under the keys that keysOf gives
// each (those that own accepts, or all where own is nil). With once, a
// claim is filed once under a key it gives twice.
func filePostings(n int, keysOf func(i int, dst []uint64) []uint64, own func(uint64) bool, once bool) postingList {
	// The keys are counted first. Up to maxSorted of them, the keys are
	// listed with their claims, in the claims' order, and sorted: each
	// key's claims are then one run, in order, and the map is written
	// once a key. Past it, where the list would take four times the
	// memory of the postings, they are filed by a map (fileByMap).
	fl := filings.Get().(*filing)
	defer filings.Put(fl)
	keys, total := fl.keys, 0
	for i := range n {
		keys = keysOf(i, keys[:0])
		for _, k := range keys {
			if own == nil || own(k) {
				total++
			}
		}
	}
	fl.keys = keys
	if total > maxSorted {
		return fileByMap(n, keysOf, own, once)
	}
	if cap(fl.all) < total {
		fl.all = make([]keyed, 0, total)
	}
	all := fl.all[:0]
	for i := range n {
		keys = keysOf(i, keys[:0])
		for _, k := range keys {
			if own == nil || own(k) {
				all = append(all, keyed{k, int32(i)})
			}
		}
	}
	fl.keys = keys
	slices.SortFunc(all, func(x, y keyed) int {
		if c := cmp.Compare(x.key, y.key); c != 0 {
			return c
		}
		return cmp.Compare(x.claim, y.claim)
	})
	distinct, filed := 0, 0
	for k := range all {
		if k == 0 || all[k].key != all[k-1].key {
			distinct++
		} else if once && all[k].claim == all[k-1].claim {
			continue
		}
		filed++
	}
	p := postingList{at: make(map[uint64][2]int32, distinct), claims: make([]int32, 0, filed)}
	for k := 0; k < len(all); {
		key, start := all[k].key, int32(len(p.claims))
		for ; k < len(all) && all[k].key == key; k++ {
			if once && int32(len(p.claims)) > start && p.claims[len(p.claims)-1] == all[k].claim {
				continue // a claim is filed once under a key
			}
			p.claims = append(p.claims, all[k].claim)
		}
		p.at[key] = [2]int32{start, int32(len(p.claims))}
	}
	return p
}

// fileByMap is filePostings in two passes over the keys: one to count
// the claims of each key, one to file them.
func fileByMap(n int, keysOf func(i int, dst []uint64) []uint64, own func(uint64) bool, once bool) postingList {
	p := postingList{at: make(map[uint64][2]int32, n*4)}
	var keys []uint64
	// each calls file with the keys of each claim i to file; with once,
	// last[k] is 1 + the last claim filed under k.
	var last map[uint64]int32
	if once {
		last = make(map[uint64]int32, n*4)
	}
	each := func(file func(i int32, k uint64)) {
		clear(last)
		for i := range n {
			keys = keysOf(i, keys[:0])
			for _, k := range keys {
				if own != nil && !own(k) {
					continue
				}
				if once {
					if last[k] == int32(i)+1 {
						continue
					}
					last[k] = int32(i) + 1
				}
				file(int32(i), k)
			}
		}
	}
	total := int32(0)
	each(func(_ int32, k uint64) { // count: at[k][0] is how many
		r := p.at[k]
		r[0]++
		p.at[k] = r
		total++
	})
	at := int32(0)
	for k, r := range p.at {
		p.at[k] = [2]int32{at, at} // where its claims start, and where the next goes
		at += r[0]
	}
	p.claims = make([]int32, total)
	each(func(i int32, k uint64) {
		r := p.at[k]
		p.claims[r[1]] = i
		r[1]++
		p.at[k] = r
	})
	return p
}

// maxSorted is how many keys filePostings files by sorting them: those
// of an article, not of a corpus.
const maxSorted = 1 << 16

// A keyed is a claim with one of its keys, as filePostings sorts them.
type keyed struct {
	key   uint64
	claim int32
}

// A filing is filePostings' scratch, kept for the next article.
type filing struct {
	all  []keyed
	keys []uint64
}

var filings = sync.Pool{New: func() any { return new(filing) }}

// AppendKeys appends to dst the keys that [Scorer.Conflicts] files f's
// claim under, and returns the extended slice: the hashes of its content
// terms (FNV-1a of their lemmas), the WordNet senses of those terms (so
// that synonyms meet) and one key per stance dimension it takes. Two
// claims that conflict for what they say, not for their article's context,
// share a key. The keys need no other claim: a program that spreads
// claims over machines (a Beam pipeline) can group them by key and score
// each group, as Conflicts does in one process. They are the same in
// every process of one build; sense and stance keys may change between
// versions of the lexicons.
//
// As Conflicts does, skip a key that too many claims share: it tells
// little (a common term such as "said" or a country) and would make too
// many pairs (see MaxPosting).
func (f *Features) AppendKeys(dst []uint64) []uint64 {
	if f == nil {
		return dst
	}
	return f.keys(dst)
}

// keys appends the index keys of f: its terms' hashes, their WordNet
// senses (so that synonyms meet) and one key per stance dimension.
func (f *Features) keys(dst []uint64) []uint64 {
	dst = f.topicKeys(dst)
	var dims uint64 // the dimensions already keyed (at most 64: see parseLexicon)
	for _, h := range f.stance {
		if bit := uint64(1) << h.dim; dims&bit == 0 {
			dims |= bit
			dst = append(dst, stanceKey+uint64(h.dim))
		}
	}
	return dst
}

// keys appends the index keys of claim i of art: those of f, and in an
// article the sources that speak it or that it names, and the article's
// topic where the claim is on it.
func (art *article) keys(f *Features, i int32, dst []uint64) []uint64 {
	dst = f.keys(dst)
	if art == nil {
		return dst
	}
	if s := art.srcOf[i]; s >= 0 {
		dst = append(dst, sourceKey+uint64(s))
	}
	for _, s := range art.names[i] {
		dst = append(dst, sourceKey+uint64(s))
	}
	if art.rel[i] > 0 || art.back[i] >= 0 || f.argues {
		dst = append(dst, topicKey)
	}
	if b := art.back[i]; b >= 0 {
		dst = append(dst, backKey+uint64(b))
	}
	if art.pointed[i] {
		dst = append(dst, backKey+uint64(i))
	}
	if len(art.disputes[i]) > 0 {
		dst = append(dst, linkKey+uint64(i))
	}
	for _, r := range art.disputedBy[i] {
		dst = append(dst, linkKey+uint64(r))
	}
	return dst
}

// isArticleKey reports whether k is a key of an article's sources, topic,
// pronouns or rebuttal links.
func isArticleKey(k uint64) bool {
	return k-sourceKey < 1<<40 || k-backKey < 1<<40 || k-linkKey < 1<<40 || k == topicKey
}

// stanceKey and senseKey start the index keys of stance dimensions and of
// senses, which content hashes are most unlikely to meet; articleKey
// starts those of an article: its sources, its topic, a claim with the
// one its pronoun points at, and one that rebuts with those it disputes.
const (
	stanceKey  = 0x5eed_0000_0000_0000
	senseKey   = 0x5e45_0000_0000_0000
	articleKey = 0xa000_0000_0000_0000
	sourceKey  = articleKey
	backKey    = articleKey + 1<<40
	linkKey    = articleKey + 2<<40
	stemKeys   = articleKey + 3<<40
	topicKey   = articleKey + 1<<48
)
