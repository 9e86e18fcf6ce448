package claim

import (
	"cmp"
	"math"
	"slices"
	"strings"

	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/internal/wordnet"
)

// DefaultThreshold is the score at which a pair of claims counts as
// contradicting when Options.Threshold is zero. At 0.5, one clear reason
// between claims about the same thing reaches it (a denial, a negation, an
// antonym, opposed framing) while a reason between loosely related claims,
// or the contrast of "some … others" alone, does not.
const DefaultThreshold = 0.5

// ReasonKind names why two claims conflict.
type ReasonKind uint8

// The kinds of reason.
const (
	ReasonUnknown      ReasonKind = iota
	ReasonDenial                  // one claim denies what the other asserts
	ReasonNegation                // the same proposition, negated in one claim
	ReasonAntonym                 // opposite words: rise / fall, huge / small (WordNet), went up / went down
	ReasonCoHyponym               // different members of one class: dog / cat, living room / bedroom (WordNet), white / silver
	ReasonNumber                  // different quantities of one thing: 30-page / 50-page
	ReasonFraming                 // opposed framing of one topic: backpedaling / normal
	ReasonRefutation              // one claim calls the other false: hoax, fake, debunked
	ReasonContrast                // sources set against each other: "some …", "others …"
	ReasonSubstitution            // one word in another's place, of no known relation: posters / ivy
)

var reasonNames = [...]string{"", "denial", "negation", "antonym", "co-hyponym", "number",
	"framing", "refutation", "contrast", "substitution"}

// String returns the kind's name as the JSON form writes it: "denial",
// "negation", "antonym", "co-hyponym", "number", "framing", "refutation",
// "contrast" or "substitution"; "" for ReasonUnknown.
func (k ReasonKind) String() string {
	if int(k) < len(reasonNames) {
		return reasonNames[k]
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler.
func (k ReasonKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// A Reason is one thing that makes two claims conflict.
type Reason struct {
	Kind ReasonKind

	// Detail says what triggered it, for a person to read:
	// "backpedaling / normal part".
	Detail string

	// Spans are the words that triggered it: first those in the first
	// claim's text, then those in the second's (zero where a side has
	// none). A span is an offset into the text its claim was found in, or
	// into the claim's Text where the claim has no Content span.
	Spans []hearsay.Span

	// Weight is how much this reason adds to the score, in [0, 1].
	Weight float64
}

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
}

// A Scorer scores how strongly claims conflict. It is immutable once made
// and safe for concurrent use by multiple goroutines.
type Scorer struct {
	threshold float64
}

// NewScorer returns a Scorer configured by opts.
func NewScorer(opts Options) *Scorer {
	s := &Scorer{threshold: opts.Threshold}
	if s.threshold <= 0 || math.IsNaN(s.threshold) {
		s.threshold = DefaultThreshold
	}
	return s
}

var defaultScorer = NewScorer(Options{})

// Threshold returns the Value at which the scorer says two claims
// contradict.
func (s *Scorer) Threshold() float64 { return s.threshold }

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
	refA, refB := firstRefute(as), firstRefute(bs)
	refute := refA == nil || refB == nil
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
		case most.Value >= s.threshold:
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
		best.Contradicts = best.Value >= s.threshold
	}
	// A refuting word anywhere in a text about the other's topic refutes
	// it, even in a sentence that does not name the topic: "the whole
	// thing was a hoax".
	if r := cmp.Or(refA, refB); (refA == nil) != (refB == nil) && cover >= docRefuteCover {
		w := math.Round(rules[rRefute].weight(maxTopic)*docRefuteDamp*1000) / 1000
		if w > best.Value {
			var rs reasons
			rs.add(ReasonRefutation, w, r.words[r.refute].fold, oneSide(r == refB, r.span(r.refute, r.refute+1))...)
			best = rs.score(s.threshold)
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
	if a == nil || b == nil || len(a.words) == 0 || len(b.words) == 0 || a.claim == b.claim {
		return Score{}, 0, 0
	}
	if a.claim != nil && b.claim != nil && (a.claim.Parent == b.claim || b.claim.Parent == a.claim) {
		return Score{}, 0, 0
	}
	var bufA, bufB [32]int32
	ov := compareTerms(a, b, bufA[:0], bufB[:0])
	if ov.shared == 0 && len(ov.onlyA) == 1 && len(ov.onlyB) == 1 && sameFrame(a, b) {
		// "They are in Japan" / "They are in Vietnam": one word swapped
		// in the same words, which are all function words.
		ov.topic = swapTopic
	}
	var rs reasons
	s.stance(&rs, a, b, ov.topic)
	if ov.topic >= minTopic {
		s.denial(&rs, a, b, &ov)
		s.negation(&rs, a, b, &ov)
		if refute {
			s.refutation(&rs, a, b, &ov)
		}
		s.lexical(&rs, a, b, &ov)
		s.numbers(&rs, a, b, &ov)
	}
	if len(rs.list) > 0 {
		s.contrast(&rs, a, b)
	}
	return rs.score(s.threshold), ov.topic, ov.shared
}

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
		case sa[i].id < sb[j].id:
			i++
		case sa[i].id > sb[j].id:
			j++
		default:
			ka, kb := sa[i].term, sb[j].term
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

// reasons collects the reasons of one comparison.
type reasons struct {
	list []Reason
}

func (rs *reasons) add(k ReasonKind, w float64, detail string, spans ...hearsay.Span) {
	if w <= 0 {
		return
	}
	rs.list = append(rs.list, Reason{Kind: k, Detail: detail, Spans: spans, Weight: min(w, maxWeight)})
}

// score combines the reasons as independent evidence: 1 − Π(1 − w).
func (rs *reasons) score(threshold float64) Score {
	if len(rs.list) == 0 {
		return Score{}
	}
	slices.SortStableFunc(rs.list, func(x, y Reason) int { return cmp.Compare(y.Weight, x.Weight) })
	p := 1.0
	for _, r := range rs.list {
		p *= 1 - r.Weight
	}
	v := math.Round((1-p)*1000) / 1000
	return Score{Value: v, Contradicts: v >= threshold, Reasons: rs.list}
}

// denial: one claim is denied, the other asserted, about the same thing.
func (s *Scorer) denial(rs *reasons, a, b *Features, ov *overlap) {
	if a.denied == b.denied || ov.pred == 0 {
		return
	}
	d := a
	if b.denied {
		d = b
	}
	rs.add(ReasonDenial, rules[rDenial].weight(ov.topic), "denied: "+clip(d.text),
		spanOf(a), spanOf(b))
}

// negation: a shared word is negated in one claim only.
func (s *Scorer) negation(rs *reasons, a, b *Features, ov *overlap) {
	var (
		best   float64
		detail string
		spans  []hearsay.Span
	)
	if (len(a.negs) == 0) != (len(b.negs) == 0) {
		n := a
		if len(b.negs) > 0 {
			n = b
		}
		k := n.negs[0]
		// A negation about something else weighs little: "He did not
		// attend" against "He spoke at the meeting".
		best = rules[rNegElsewhere].weight(ov.topic)
		detail, spans = n.phrase(k, min(k+3, len(n.words))), oneSide(n == b, n.span(k, k+1))
		// The negated clause is about what the other claim is about:
		// "Macaulay Culkin hasn't died" against "Macaulay Culkin is dead".
		if ov.negSubj > 0 && n == a || ov.negSubj < 0 && n == b {
			if w := rules[rNegSubject].weight(ov.topic); w > best {
				best, detail = w, n.phrase(k, min(k+4, len(n.words)))
			}
		}
	}
	if ov.negated >= 0 {
		// A shared word is negated in one claim only: what the negation
		// denies ("not eating" / "eating"), or a word in its clause.
		n, o := a, b
		if ov.negB {
			n, o = b, a
		}
		neg := -1
		for _, k := range n.negs {
			if k < int(ov.negated) {
				neg = k
			}
		}
		w := rules[rNegHead].weight(ov.topic)
		if !ov.negHead {
			w = rules[rNegScope].weight(ov.topic)
		}
		if neg >= 0 && w > best {
			nw := n.words[ov.negated]
			best = w
			detail = n.phrase(neg, int(ov.negated)+1) + " / " + o.lemmaPhrase(nw.lemma)
			sa, sb := n.span(neg, int(ov.negated)+1), o.spanOfLemma(nw.lemma)
			if ov.negB {
				sa, sb = sb, sa
			}
			spans = []hearsay.Span{sa, sb}
		}
	}
	// A negation in a question or a hedge ("may or may not") asks or
	// allows; it does not deny.
	for _, f := range [2]*Features{a, b} {
		if len(f.negs) > 0 && (f.asks || f.hedged) {
			best *= uncertain
			break
		}
	}
	rs.add(ReasonNegation, best, detail, spans...)
}

// uncertain damps a negation in a question or a hedged claim.
const uncertain = 0.8

// refutation: one claim uses a refuting word the other does not.
func (s *Scorer) refutation(rs *reasons, a, b *Features, ov *overlap) {
	if (a.refute < 0) == (b.refute < 0) {
		return
	}
	r, used := a, ov.usedA
	if b.refute >= 0 {
		r, used = b, ov.usedB
	}
	if !r.sharesIn(r.refClause, used) {
		return // "hoax" about something else: "…, who visited Ohio, called the tax plan a hoax"
	}
	rs.add(ReasonRefutation, rules[rRefute].weight(ov.topic), r.words[r.refute].fold,
		oneSide(r == b, r.span(r.refute, r.refute+1))...)
}

// sharesIn reports whether a term of f that the other claim shares (its
// bit set in used) is in words[c[0]:c[1]].
func (f *Features) sharesIn(c [2]int32, used uint64) bool {
	for k, t := range f.terms {
		if k < 64 && used&(1<<k) != 0 && t.word >= c[0] && t.word < c[1] {
			return true
		}
	}
	return false
}

// oneSide returns the spans of a reason that only one claim shows: sp in
// the second claim's place if inB, in the first's otherwise.
func oneSide(inB bool, sp hearsay.Span) []hearsay.Span {
	if inB {
		return []hearsay.Span{{}, sp}
	}
	return []hearsay.Span{sp, {}}
}

// sameFrame reports whether a and b have the same words but for one.
func sameFrame(a, b *Features) bool {
	if len(a.words) != len(b.words) {
		return false
	}
	differ := 0
	for i := range a.words {
		if a.words[i].fold != b.words[i].fold {
			differ++
		}
	}
	return differ == 1
}

// swapTopic is the topic overlap that lexical takes for claims alike but
// for one word each.
const swapTopic = 0.6

// lexical: antonyms and co-hyponyms among the words the claims do not
// share.
func (s *Scorer) lexical(rs *reasons, a, b *Features, ov *overlap) {
	topic := ov.topic
	if len(ov.onlyA) == 1 && len(ov.onlyB) == 1 && ov.shared > 0 {
		// Claims alike but for one word ("The man is in Spain" and "…
		// in Argentina") are about one thing, however short they are.
		topic = max(topic, swapTopic)
	}
	if topic < rules[rAntonym].from {
		return
	}
	if i, j, ok := opposites(a, b); ok {
		rs.add(ReasonAntonym, rules[rAntonym].weight(topic), a.phrase(i-1, i+1)+" / "+b.phrase(j-1, j+1),
			a.span(i, i+1), b.span(j, j+1))
		return
	}
	if len(ov.onlyA)*len(ov.onlyB) > 64 {
		return
	}
	for _, i := range ov.onlyA {
		wa := &a.words[i]
		if wa.flags&fNumber != 0 || wa.class&wHedge != 0 {
			continue
		}
		for _, j := range ov.onlyB {
			wb := &b.words[j]
			if wb.flags&fNumber != 0 || wb.class&wHedge != 0 {
				continue
			}
			// A negated antonym agrees: "not closed" / "open".
			if (wa.flags^wb.flags)&fNegated != 0 {
				continue
			}
			// A curated pair counts only where it is what differs: "The
			// company cut jobs" and "… raised prices" are on two things.
			if wordnet.Antonyms(wa.lemma, wb.lemma) || counter(wa, wb) && onlyContent(a, ov.onlyA) && onlyContent(b, ov.onlyB) {
				rs.add(ReasonAntonym, rules[rAntonym].weight(topic), wa.fold+" / "+wb.fold,
					a.span(int(i), int(i)+1), b.span(int(j), int(j)+1))
				return
			}
		}
	}
	if len(ov.onlyA) > 2 || len(ov.onlyB) > 2 || topic < rules[rCoHyponym].from {
		return
	}
	for _, i := range ov.onlyA {
		wa := &a.words[i]
		if wa.flags&fNumber != 0 || a.inStance(i) {
			continue
		}
		for _, j := range ov.onlyB {
			wb := &b.words[j]
			if wb.flags&fNumber == 0 && !b.inStance(j) && (wordnet.CoHyponyms(wa.lemma, wb.lemma) || exclusive(wa, wb)) {
				rs.add(ReasonCoHyponym, rules[rCoHyponym].weight(topic), wa.fold+" / "+wb.fold,
					a.span(int(i), int(i)+1), b.span(int(j), int(j)+1))
				return
			}
		}
	}
	// A compound for one noun, where the noun is a kind of what the
	// compound's head names: "dining room" and "kitchen" are two kinds of
	// room, as co-hyponyms are.
	if len(ov.onlyB) == 1 {
		j := int(ov.onlyB[0])
		if m, ok := compoundOfKind(a, ov.onlyA, &b.words[j]); ok {
			rs.add(ReasonCoHyponym, rules[rCoHyponym].weight(topic), a.phrase(m, m+2)+" / "+b.words[j].fold,
				a.span(m, m+2), b.span(j, j+1))
			return
		}
	}
	if len(ov.onlyA) == 1 {
		i := int(ov.onlyA[0])
		if m, ok := compoundOfKind(b, ov.onlyB, &a.words[i]); ok {
			rs.add(ReasonCoHyponym, rules[rCoHyponym].weight(topic), a.words[i].fold+" / "+b.phrase(m, m+2),
				a.span(i, i+1), b.span(m, m+2))
			return
		}
	}
	// One word put in another's place, of no relation WordNet knows
	// (neither synonyms, nor forms of one word, nor co-hyponyms, nor one a
	// kind of the other): weak evidence, as a wall covered with "posters"
	// and with "ivy" are, but "celery" and "vegetable" are not.
	if len(ov.onlyA) == 1 && len(ov.onlyB) == 1 {
		i, j := ov.onlyA[0], ov.onlyB[0]
		wa, wb := &a.words[i], &b.words[j]
		if (wa.flags|wb.flags)&fNumber == 0 && !a.inStance(i) && !b.inStance(j) && !alike(wa, wb) &&
			!wordnet.IsA(wa.lemma, wb.lemma) && !wordnet.IsA(wb.lemma, wa.lemma) && !wordnet.Synonyms(wa.fold, wb.fold) {
			rs.add(ReasonSubstitution, rules[rSubstitution].weight(topic), wa.fold+" / "+wb.fold,
				a.span(int(i), int(i)+1), b.span(int(j), int(j)+1))
		}
	}
}

// inStance reports whether word i is part of a stance phrase of f ("on
// track", "stalled"), which the framing reason weighs: it is not also
// compared word by word ("track" / "source").
func (f *Features) inStance(i int32) bool {
	for _, h := range f.stance {
		if h.start <= i && i < h.end {
			return true
		}
	}
	return false
}

// counter reports whether x and y are verbs of opposite classes of
// words.txt, which WordNet does not pair: going up against going down
// ("grew" / "shrank"), being for something against being against it
// ("supported" / "opposed"), and so on.
func counter(x, y *word) bool {
	cx, cy := x.sides, y.sides
	if cx == 0 || cy == 0 {
		return false
	}
	for _, p := range counterClasses {
		if cx&p[0] != 0 && cy&p[1] != 0 || cx&p[1] != 0 && cy&p[0] != 0 {
			return true
		}
	}
	return false
}

// counterClasses are the pairs of opposite verb classes of words.txt, and
// counterSides all their classes.
var counterClasses = [...][2]wordClass{{wRise, wFall}, {wPro, wCon}, {wPermit, wBan}, {wContinue, wEnd}}

const counterSides = wRise | wFall | wPro | wCon | wPermit | wBan | wContinue | wEnd

// alike reports whether x and y are verbs of one class of counterClasses:
// "surged" and "jumped" go the same way.
func alike(x, y *word) bool {
	return x.sides&y.sides != 0
}

// onlyContent reports whether words holds one word of f that is neither
// a number nor what one counts: the one word that differs, quantities
// aside ("grew 3 percent" / "shrank").
func onlyContent(f *Features, words []int32) bool {
	n := 0
	for _, i := range words {
		if f.words[i].flags&fNumber == 0 && !f.isUnit(i) {
			n++
		}
	}
	return n == 1
}

// isUnit reports whether word i is what the number just before it
// counts: "percent" in "3 percent".
func (f *Features) isUnit(i int32) bool {
	for _, n := range f.nums {
		if n.unit != "" && n.word+1 == i {
			return true
		}
	}
	return false
}

// opposites finds a function word of a and its opposite in b after the
// same word ("went up" / "went down"), where neither claim has both
// ("went up and down"); it returns their indexes.
func opposites(a, b *Features) (int, int, bool) {
	if len(a.opps) == 0 || len(b.opps) == 0 {
		return 0, 0, false
	}
	l := lex()
	for _, i := range a.opps {
		x := &a.words[i]
		for _, j := range b.opps {
			y := &b.words[j]
			if l.opp[x.fold] != y.fold || a.words[i-1].lemma != b.words[j-1].lemma {
				continue
			}
			if !hasOpposite(a, y.fold) && !hasOpposite(b, x.fold) {
				return int(i), int(j), true
			}
		}
	}
	return 0, 0, false
}

// hasOpposite reports whether f has the word fold among its words with an
// opposite: "up and down" says both.
func hasOpposite(f *Features, fold string) bool {
	for _, k := range f.opps {
		if f.words[k].fold == fold {
			return true
		}
	}
	return false
}

// exclusive reports whether x and y are two words of a class of kinds
// that exclude each other (colors, materials), or two compounds that
// differ only in such a first part: "black-haired" and "blue-haired".
func exclusive(x, y *word) bool {
	cx, restX := kindOf(x)
	cy, restY := kindOf(y)
	return cx&cy != 0 && restX == restY
}

// kindOf returns the exclusive classes of w, or of its first part if it is
// a compound, and the rest of the compound.
func kindOf(w *word) (wordClass, string) {
	const kinds = wColor | wMaterial
	if c := w.class & kinds; c != 0 {
		return c, ""
	}
	first, rest, ok := strings.Cut(w.fold, "-")
	if !ok {
		return 0, ""
	}
	return lex().class[first] & kinds, rest
}

// compoundOfKind reports whether only, f's two words that the other claim
// lacks, are a compound (a word and a noun after it) whose head x is a kind
// of, other than the head itself: "living room" for "bedroom". It returns
// the compound's first word.
func compoundOfKind(f *Features, only []int32, x *word) (int, bool) {
	if len(only) != 2 || x.flags&fNumber != 0 {
		return 0, false
	}
	m := int(min(only[0], only[1]))
	if int(max(only[0], only[1])) != m+1 {
		return 0, false
	}
	h := &f.words[m+1]
	if (f.words[m].flags|h.flags)&fNumber != 0 || h.lemma == x.lemma {
		return 0, false
	}
	return m, wordnet.IsDirectlyA(x.lemma, h.lemma)
}

// numbers: the claims give one thing different quantities: a number of
// one claim whose unit the other counts, but never with that value.
func (s *Scorer) numbers(rs *reasons, a, b *Features, ov *overlap) {
	if len(a.nums) == 0 || len(b.nums) == 0 {
		return
	}
	topic := ov.topic
	if ov.shared > 0 && related(a, b, ov.onlyA, ov.onlyB) && related(b, a, ov.onlyB, ov.onlyA) {
		// Claims alike but for their numbers are about one thing: "in
		// first place" / "in thirteenth place"; and so are claims whose
		// other words differ only as a word and its kind or synonym:
		// "two injured in the crash" / "four injured in the accident".
		topic = 1
	}
	if topic < rules[rNumber].from {
		return
	}
	x, y, ok := numberMismatch(a, b)
	if !ok {
		if y, x, ok = numberMismatch(b, a); !ok {
			return
		}
	}
	rs.add(ReasonNumber, rules[rNumber].weight(topic),
		a.words[x].fold+" / "+b.words[y].fold, a.span(x, x+1), b.span(y, y+1))
}

// related reports whether each of words of a, numbers and what they count
// aside, has a word among others of b that is its synonym, its kind or a
// kind of it ("crash" / "accident"); at most two such words.
func related(a, b *Features, words, others []int32) bool {
	n := 0
	for _, i := range words {
		x := &a.words[i]
		if x.flags&fNumber != 0 || a.isUnit(i) {
			continue
		}
		if n++; n > 2 {
			return false
		}
		found := false
		for _, j := range others {
			y := &b.words[j]
			if y.flags&fNumber == 0 && (wordnet.Synonyms(x.fold, y.fold) || wordnet.IsA(x.lemma, y.lemma) ||
				wordnet.IsA(y.lemma, x.lemma) || alike(x, y)) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// numberMismatch finds a number of a that b counts in its unit, but only
// with other values; it returns the words of the two numbers.
func numberMismatch(a, b *Features) (int, int, bool) {
	for _, na := range a.nums {
		if na.unit == "" {
			continue
		}
		match, differ := false, -1
		for k, nb := range b.nums {
			if nb.unit != na.unit {
				continue
			}
			if near(nb.value, na.value) {
				match = true
				break
			}
			differ = k
		}
		if !match && differ >= 0 {
			return int(na.word), int(b.nums[differ].word), true
		}
	}
	return 0, 0, false
}

// stance: the claims frame one dimension with opposite signs.
func (s *Scorer) stance(rs *reasons, a, b *Features, topic float64) {
	for _, ha := range a.stance {
		for _, hb := range b.stance {
			if ha.dim != hb.dim || ha.sign == hb.sign || (ha.topical || hb.topical) && topic < topicalTopic ||
				a.overruled(ha) || b.overruled(hb) {
				continue
			}
			rs.add(ReasonFraming, rules[rFraming].weight(topic),
				a.phrase(int(ha.start), int(ha.end))+" / "+b.phrase(int(hb.start), int(hb.end)),
				a.span(int(ha.start), int(ha.end)), b.span(int(hb.start), int(hb.end)))
			return
		}
	}
}

// overruled reports whether a later phrase of f gives h's dimension the
// other sign. A claim that takes both sides of a dimension asserts the
// last one: "kidnapped but safe now" is safe, and so is "Woman captured by
// ISIS says she is safe".
func (f *Features) overruled(h stanceHit) bool {
	for _, g := range f.stance {
		if g.dim == h.dim && g.sign != h.sign && g.start > h.start {
			return true
		}
	}
	return false
}

// contrast: "some …" against "others …", which sets claims against each
// other; it adds to another reason, never stands alone.
func (s *Scorer) contrast(rs *reasons, a, b *Features) {
	if a.side*b.side != -1 {
		return
	}
	sa, sb := a.claim.Source, b.claim.Source
	rs.add(ReasonContrast, rules[rContrast].weight(1), sa.Descriptor+" / "+sb.Descriptor, a.claim.SourceMention, b.claim.SourceMention)
}

// maxWeight caps one reason's weight: no single reason makes a conflict
// certain.
const maxWeight = 0.95

// A rule says how much a reason weighs given the claims' topic overlap t
// (the share of the smaller claim's content terms the other has): base +
// slope·t from t = from up, and below from, that weight scaled down
// linearly to 0 — or 0 at once for a rule that is hard. The weights were
// set by hand on the reference article and tuned on development pairs of
// news headlines, articles and sentences.
type rule struct {
	base, slope, from float64
	hard              bool
}

func (r rule) weight(t float64) float64 {
	w := r.base + r.slope*t
	if t < r.from {
		if r.hard {
			return 0
		}
		w *= t / r.from
	}
	return w
}

// The rules, one per way a reason is found.
const (
	rDenial       = iota // one claim denied, the other asserted
	rNegHead             // a shared word is what a negation denies
	rNegScope            // a shared word is in a negated clause
	rNegSubject          // a negated clause is about a shared word
	rNegElsewhere        // one claim has a negation, not about shared words
	rRefute              // one claim has a refuting word
	rAntonym
	rCoHyponym
	rNumber
	rFraming
	rContrast
	rSubstitution
	nRules
)

var rules = [nRules]rule{
	rDenial:       {0.3, 0.4, 0.75, false},
	rNegHead:      {0.3, 0.65, 0.15, false},
	rNegScope:     {0.05, 0.15, 0.25, false},
	rNegSubject:   {0.4, 0.4, 0.15, false},
	rNegElsewhere: {0.35, 0.14, 0, false}, // below DefaultThreshold even on one topic: it never flags alone
	rRefute:       {0.65, 0.35, 0.15, false},
	rAntonym:      {0.35, 0.65, 0.45, true},
	rCoHyponym:    {0.45, 0.5, 0.45, true},
	rNumber:       {0.6, 0.55, 0.7, true},
	rFraming:      {0.55, 0.4, 0, false},
	rContrast:     {0.3, 0, 0, false},
	rSubstitution: {0, 0.25, 0.6, true},
}

// near reports whether two quantities are the same as far as news goes:
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
