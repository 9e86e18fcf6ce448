package claim

import (
	"cmp"
	"math"
	"sync"

	hearsay "github.com/hearsay-go/hearsay"
)

// DefaultThreshold is the score at which a pair of claims counts as
// contradicting when Options.Threshold is zero. At 0.5, one clear reason
// between claims about the same thing reaches it (a denial, a negation, an
// antonym, opposed framing) while a reason between loosely related claims,
// or the contrast of "some … others" alone, does not.
const DefaultThreshold = 0.5

// A Score says how strongly two claims conflict.
type Score struct {
	// Value is in [0, 1]: 0 for claims about different things or claims
	// that agree, near 1 for a claim and its denial.
	Value float64

	// Contradicts is true when Value reaches the scorer's threshold.
	Contradicts bool

	// Reasons explain Value, strongest first; nil when Value is 0.
	Reasons []Reason
}

// Options configure a [Scorer]. The zero value means the defaults.
type Options struct {
	// Threshold is the Value at which Score.Contradicts is true; 0 means
	// DefaultThreshold.
	Threshold float64

	// IgnoreSides scores what claims say only, not who says them: the
	// sides of an article's sources (rival parties, "supporters" and
	// "opponents", a source that speaks against another) add no evidence.
	// The "some …, others …" of one sentence still does.
	IgnoreSides bool

	// MaxConflicts is the most pairs that Conflicts, ConflictsOf and
	// ConflictsIn list, the strongest kept; 0 means DefaultMaxConflicts,
	// and a negative value lists every pair that scores above zero.
	MaxConflicts int
}

// DefaultMaxConflicts is how many pairs a Scorer lists at most, unless
// Options say otherwise: ten times the most that an article of the
// PolNeAR development set lists (1,159 of its 115 claims), so that it
// bounds the list for hostile or machine-made texts and never shortens
// the list of an ordinary article.
const DefaultMaxConflicts = 10_000

// A Scorer scores how strongly claims conflict. It is immutable once made
// and safe for concurrent use by multiple goroutines. The zero Scorer
// scores as NewScorer(Options{}) does, at DefaultThreshold.
type Scorer struct {
	threshold    float64
	ignoreSides  bool
	maxConflicts int // < 0: no cap

	// uncalibrated weighs the reasons alone in an article too, as the
	// fitting of calibration.txt reads them (see calibrate.go).
	uncalibrated bool
}

// NewScorer returns a Scorer configured by opts.
func NewScorer(opts Options) *Scorer {
	s := &Scorer{threshold: opts.Threshold, ignoreSides: opts.IgnoreSides, maxConflicts: opts.MaxConflicts}
	if s.threshold <= 0 || math.IsNaN(s.threshold) {
		s.threshold = DefaultThreshold
	}

	return s
}

var defaultScorer = NewScorer(Options{})

// maxListed is how many pairs s lists at most; < 0 for all.
func (s *Scorer) maxListed() int {
	if s.maxConflicts == 0 {
		return DefaultMaxConflicts // the zero Scorer, or Options that leave it unset
	}
	return s.maxConflicts
}

// Threshold returns the Value at which the scorer says two claims
// contradict.
func (s *Scorer) Threshold() float64 {
	if s.threshold <= 0 || math.IsNaN(s.threshold) {
		return DefaultThreshold // the zero Scorer
	}
	return s.threshold
}

// Contradiction scores how strongly a and b conflict with the default
// options. It is symmetric: Contradiction(a, b) and Contradiction(b, a)
// have the same Value. To score one claim against many, compute its
// features once with [Analyze] and use [Scorer.Compare].
func Contradiction(a, b *Claim) Score { return defaultScorer.Contradiction(a, b) }

// Contradiction scores how strongly a and b conflict.
func (s *Scorer) Contradiction(a, b *Claim) Score {
	return s.Compare(Analyze(a), Analyze(b))
}

// Compare scores how strongly the claims of a and b conflict with the
// default options. See [Scorer.Compare].
func Compare(a, b *Features) Score { return defaultScorer.Compare(a, b) }

// minTopic is the least topic overlap at which claims are about the same
// thing: below it, only opposed framing (which names its topic) makes them
// conflict.
const minTopic = 0.1

// topicalTopic is the least topic overlap at which a topical stance
// phrase ("kidnapped" / "safe") frames the other claim's topic.
const topicalTopic = 0.3

// overlap is how much two claims share of their content terms.
type overlap struct {
	shared  int     // the weight of the terms both have
	pred    int     // how many of them both have in their predicates
	topic   float64 // shared over the smaller claim's weight
	onlyA   []int32 // words of a whose terms b lacks
	onlyB   []int32
	negated int32 // a shared term negated in one claim only, or -1
	negB    bool  // the negated one is b's
	negHead bool  // it is what the negator denies, the word after it
	negSubj int8  // +1 (a) or -1 (b): the claim whose negated clause is about a shared term
	// usedA and usedB mark the terms (the first 64) of a and b that the
	// other claim shares, or a synonym of them.
	usedA, usedB uint64
}

// CompareAll scores how strongly text b conflicts with text a, each given
// as the features of its claims (or sentences): as strongly as their most
// conflicting pair of claims, damped where b restates a more often than
// it conflicts with it. A refuting word that both texts use ("hoax" in a
// headline and in the article under it) is common ground, not a conflict,
// so refutation counts only where one text has none; there, a refuting
// word anywhere in one text refutes the other as a whole if they share its
// topic. A statement that both texts make is common ground too: it
// conflicts with nothing, so a text never conflicts with itself. Unlike
// Compare, it is not symmetric.
func (s *Scorer) CompareAll(as, bs []*Features) Score {
	if s == nil {
		s = defaultScorer
	}
	threshold := s.Threshold()
	refA, refB := firstRefute(as), firstRefute(bs)
	refute := !rebuts(as) || !rebuts(bs)
	inA, inB := textsOf(as), textsOf(bs)
	var best Score
	support, against := 0, 0
	cover, maxTopic := 0.0, 0.0
	for _, b := range bs {
		var most Score
		topic := 0.0
		_, restated := inA[textOf(b)]
		for _, a := range as {
			sc, t, shared := s.compare(a, b, refute)
			if _, kept := inB[textOf(a)]; sc.Value > most.Value && !restated && !kept {
				// A statement that both texts make is common ground: it
				// is no conflict of b with a, whatever else it meets.
				most = sc
			}
			topic = max(topic, t)
			if shared > 0 {
				cover = max(cover, float64(shared)/float64(max(a.weight, b.weight)))
			}
		}
		maxTopic = max(maxTopic, topic)
		switch {
		case most.Value >= threshold:
			against++
		case most.Value == 0 && topic >= supportTopic:
			support++
		}
		if most.Value > best.Value {
			best = most
		}
	}
	if support > against && support >= supportMin {
		best.Value = math.Round(best.Value*supportDamp*1000) / 1000
		best.Contradicts = best.Value >= threshold
	}
	// A refuting word anywhere in a text about the other's topic refutes
	// it, even in a sentence that does not name the topic: "the whole
	// thing was a hoax".
	if r := cmp.Or(refA, refB); (refA == nil) != (refB == nil) && cover >= docRefuteCover {
		w := math.Round(refuteRule.weight(maxTopic)*docRefuteDamp*1000) / 1000
		if w > best.Value {
			var rs reasons
			rs.add(ReasonRefutation, w, r.words[r.refute].fold, oneSide(r == refB, r.span(r.refute, r.refute+1))...)
			best = rs.score(threshold)
		}
	}
	return best
}

// A text's refuting word outside the sentences that name the other text's
// topic refutes it as a whole when a statement of each shares
// docRefuteCover of the larger one's terms, with the weight of a
// refutation in one sentence on their topic, damped by docRefuteDamp.
const (
	docRefuteCover = 0.1
	docRefuteDamp  = 0.7
)

// textsOf returns the set of the texts of fs.
func textsOf(fs []*Features) map[string]struct{} {
	m := make(map[string]struct{}, len(fs))
	for _, f := range fs {
		m[textOf(f)] = struct{}{}
	}
	return m
}

// textOf returns the text f was read from, or "" for nil features.
func textOf(f *Features) string {
	if f == nil {
		return ""
	}
	return f.text
}

// firstRefute returns the first of fs that has a refuting word, or nil.
func firstRefute(fs []*Features) *Features {
	for _, f := range fs {
		if f != nil && f.refute >= 0 {
			return f
		}
	}
	return nil
}

// rebuts reports whether one of fs refutes or rebuts.
func rebuts(fs []*Features) bool {
	for _, f := range fs {
		if f != nil && (f.refute >= 0 || f.rebut.kind != targetNone) {
			return true
		}
	}
	return false
}

// A text that restates the other more often than it conflicts with it (an
// article that repeats its headline's claim in several sentences and
// questions it in one) conflicts with it less than its most conflicting
// sentence alone says: statements about the other text's topic (at least
// supportTopic) that raise no reason are support, and where there are
// supportMin of them, and more than conflicting statements, the score is
// damped by supportDamp.
const (
	supportTopic = 0.4
	supportMin   = 2
	supportDamp  = 0.8
)

// Compare scores how strongly the claims of a and b conflict. It is
// symmetric in Value. A claim does not conflict with the claim that
// reports it (its Parent), nor with itself.
func (s *Scorer) Compare(a, b *Features) Score {
	if s == nil {
		s = defaultScorer
	}
	sc, _, _ := s.compare(a, b, true)
	return sc
}

// compare is Compare, with refutation as a reason only if refute is set;
// it also returns the claims' topic overlap and the weight of the terms
// they share.
func (s *Scorer) compare(a, b *Features, refute bool) (sc Score, topic float64, shared int) {
	return s.compareIn(nil, a, b, -1, -1, refute, false)
}

// compareIn is compare for claims i and j of art, or for claims of no
// article where art is nil.
func (s *Scorer) compareIn(art *article, a, b *Features, i, j int32, refute, quiet bool) (sc Score, topic float64, shared int) {
	c := s.weigh(art, a, b, i, j, refute, quiet)
	if c == nil {
		return Score{}, 0, 0
	}
	defer c.release()
	if art != nil && !s.uncalibrated {
		sc = c.calibrate(s.Threshold())
	} else {
		sc = c.rs.score(s.Threshold()) // a copy: the reasons' buffers stay with c
	}
	return sc, c.ov.topic, c.ov.shared
}

// weigh finds the reasons between a and b, claims i and j of art (or of
// no article where art is nil), in a pooled comparison that the caller
// releases; nil where the two cannot conflict.
func (s *Scorer) weigh(art *article, a, b *Features, i, j int32, refute, quiet bool) *comparison {
	if a == nil || b == nil || len(a.words) == 0 || len(b.words) == 0 || a.claim == b.claim {
		return nil
	}
	if a.claim != nil && b.claim != nil && (a.claim.Parent == b.claim || b.claim.Parent == a.claim) {
		return nil
	}
	// The checks are called through the reason table, so the comparison
	// they share lives on the heap: one from a pool, with its buffers.
	c := comparisons.Get().(*comparison)
	rs := c.rs
	rs.reset(quiet)
	ov := compareTerms(a, b, c.bufA[:0], c.bufB[:0])
	*c = comparison{a: a, b: b, refute: refute, ov: ov, art: art, i: i, j: j,
		noSides: s.ignoreSides, rs: rs, bufA: ov.onlyA[:0], bufB: ov.onlyB[:0]}
	if c.ov.shared == 0 && len(c.ov.onlyA) == 1 && len(c.ov.onlyB) == 1 && sameFrame(a, b) {
		// "They are in Japan" / "They are in Vietnam": one word swapped
		// in the same words, which are all function words.
		c.ov.topic = swapTopic
	}
	c.topic = c.ov.topic
	if art != nil {
		c.topic = max(c.topic, art.topic(i, j))
	}
	for k := range reasonTable {
		r := &reasonTable[k]
		if c.open(r.gate) {
			r.check(c, r.weight)
		}
	}
	if art != nil && c.oneSource() {
		c.damp()
	}
	return c
}

// release returns c to the pool. A pooled comparison must not hold the
// claims' features, or the pool would keep a whole article alive after
// it is scored; nor the details of its reasons, strings of its text.
func (c *comparison) release() {
	c.a, c.b, c.art = nil, nil, nil
	clear(c.rs.list)
	comparisons.Put(c)
}

// oneSource reports whether both claims are of one source.
func (c *comparison) oneSource() bool {
	return c.a.claim != nil && c.b.claim != nil && c.a.claim.Source != nil && c.a.claim.Source == c.b.claim.Source
}

// oneSourceDamp weighs the reasons between two claims of one source in an
// article, but for a rebuttal or a denial that says it outright: a source
// is taken to hold one position, and a change of mind is rarer than a
// misreading.
const oneSourceDamp = 0.7

func (c *comparison) damp() {
	for k := range c.rs.list {
		if r := &c.rs.list[k]; r.Kind != ReasonRebuttal && r.Kind != ReasonDenial {
			r.Weight *= oneSourceDamp
		}
	}
}

// comparisons pools the comparisons of compareIn.
var comparisons = sync.Pool{New: func() any { return new(comparison) }}

// compareTerms merges the sorted terms of a and b.
func compareTerms(a, b *Features, bufA, bufB []int32) overlap {
	ov := overlap{negated: -1, onlyA: bufA, onlyB: bufB}
	i, j := 0, 0
	ta, tb := a.terms, b.terms
	var usedA, usedB uint64 // terms (the first 64) that the other claim has
	for i < len(ta) && j < len(tb) {
		switch {
		case ta[i].hash < tb[j].hash:
			i++
		case ta[i].hash > tb[j].hash:
			j++
		default:
			if i < 64 {
				usedA |= 1 << i
			}
			if j < 64 {
				usedB |= 1 << j
			}
			ov.shared += int(min(ta[i].weight, tb[j].weight))
			if ta[i].flags&tb[j].flags&fPred != 0 {
				ov.pred++
			}
			na, nb := ta[i].flags&fNegated != 0, tb[j].flags&fNegated != 0
			sa, sb := ta[i].flags&fNegSubj != 0, tb[j].flags&fNegSubj != 0
			if sa && !sb {
				ov.negSubj = 1
			} else if sb && !sa {
				ov.negSubj = -1
			}
			head := na && ta[i].flags&fNegHead != 0 || nb && tb[j].flags&fNegHead != 0
			if na != nb && (ov.negated < 0 || head && !ov.negHead) {
				if na {
					ov.negated, ov.negB = ta[i].word, false
				} else {
					ov.negated, ov.negB = tb[j].word, true
				}
				ov.negHead = head
			}
			i++
			j++
		}
	}
	// Synonyms among the rest share a sense: "purchase" and "buy".
	sa, sb := a.senses, b.senses
	for i, j := 0, 0; i < len(sa) && j < len(sb); {
		switch {
		case sa[i].id() < sb[j].id():
			i++
		case sa[i].id() > sb[j].id():
			j++
		default:
			ka, kb := sa[i].term(), sb[j].term()
			if ka < 64 && kb < 64 && usedA&(1<<ka) == 0 && usedB&(1<<kb) == 0 {
				usedA |= 1 << ka
				usedB |= 1 << kb
				ov.shared += int(min(ta[ka].weight, tb[kb].weight))
				if ta[ka].flags&tb[kb].flags&fPred != 0 {
					ov.pred++
				}
			}
			i++
			j++
		}
	}
	ov.usedA, ov.usedB = usedA, usedB
	for k := range ta {
		if k >= 64 || usedA&(1<<k) == 0 {
			ov.onlyA = append(ov.onlyA, ta[k].word)
		}
	}
	for k := range tb {
		if k >= 64 || usedB&(1<<k) == 0 {
			ov.onlyB = append(ov.onlyB, tb[k].word)
		}
	}
	if m := min(a.weight, b.weight); m > 0 {
		ov.topic = float64(ov.shared) / float64(m)
	}
	return ov
}

// near reports whether two quantities are the same as news rounds them:
// within 10% of each other ("2,084" and "2,000").
func near(x, y float64) bool {
	return math.Abs(x-y) <= 0.1*max(math.Abs(x), math.Abs(y))
}

func spanOf(f *Features) hearsay.Span { return f.span(0, len(f.words)) }

// lemmaPhrase returns the first word of f whose lemma is l.
func (f *Features) lemmaPhrase(l string) string {
	for i := range f.words {
		if f.words[i].lemma == l {
			return f.words[i].fold
		}
	}
	return ""
}

func (f *Features) spanOfLemma(l string) hearsay.Span {
	for i := range f.words {
		if f.words[i].lemma == l {
			return f.span(i, i+1)
		}
	}
	return hearsay.Span{}
}

// clip shortens a text for a reason's detail.
func clip(s string) string {
	const max = 60
	if len(s) <= max {
		return s
	}
	i := max
	for i > 0 && s[i] != ' ' {
		i--
	}
	if i == 0 {
		i = max
		for i < len(s) && s[i]&0xC0 == 0x80 {
			i++
		}
	}
	return s[:i] + "…"
}
