package claim

import (
	hearsay "github.com/hearsay-go/hearsay"
)

// The checks of the reason table that read what the claims say of one
// proposition: its framing, its denial or negation, a refuting word, and
// the sources set against each other.

// framing: the claims frame one dimension of stance.txt with opposite
// signs.
func (c *comparison) framing(w rule) { c.opposedStance(w, ReasonFraming, false) }

// state: the claims give one thing two states of states.txt that
// exclude each other: "the flight arrived on time" / "the flight was
// delayed".
func (c *comparison) state(w rule) { c.opposedStance(w, ReasonState, true) }

// opposedStance finds a dimension that the claims give opposite signs, of
// states where state is set and of framings otherwise, and adds it as a
// reason of kind k. A topical phrase counts against a claim on its topic:
// one that shares enough of its words or, in an article, that the article
// puts on the same topic ("Trump is losing supporters after the debate" /
// "his numbers were the same as before", in an article on his polls).
func (c *comparison) opposedStance(w rule, k ReasonKind, state bool) {
	a, b, topic := c.a, c.b, c.topic
	l := lex()
	for _, ha := range a.stance {
		if l.state[ha.dim] != state {
			continue
		}
		for _, hb := range b.stance {
			if ha.dim != hb.dim || ha.sign == hb.sign || (ha.topical || hb.topical) && topic < topicalTopic ||
				a.overruled(ha) || b.overruled(hb) {
				continue
			}
			c.rs.add(k, w.weight(topic),
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

// contrast: sources set against each other: "some …" against "others
// …", and in an article its sides (see readSides). It adds to another
// reason; alone, only opposed sides count, weakly (see sidesAlone).
func (c *comparison) contrast(w rule) {
	a, b := c.a, c.b
	if len(c.rs.list) == 0 {
		c.sidesAlone()
		return
	}
	if a.side*b.side == -1 {
		c.sides = true
		sa, sb := a.claim.Source, b.claim.Source
		c.rs.add(ReasonContrast, w.weight(1), sa.Descriptor+" / "+sb.Descriptor, a.claim.SourceMention, b.claim.SourceMention)
		return
	}
	if c.art != nil && !c.noSides && c.art.opposedSides(c.i, c.j) {
		c.sides = true
		c.rs.add(ReasonContrast, w.weight(1), c.pairOf("sides: "), a.claim.SourceMention, b.claim.SourceMention)
	}
}

// sidesAlone is the weight of two opposed sides on one topic where
// nothing else sets their claims apart, and twoSources that of two
// sources, on no known sides, on one topic: both below any threshold, so
// that they never make a conflict, but above the pairs that have nothing.
const (
	sidesAlone = 0.02
	twoSources = 0.01
	argues     = 0.015
)

// opinionated is how much more two sources on one topic weigh for each
// of their claims that gives a view (see Features.opinion): views are
// opposed more often than facts reported are.
const opinionated = 0.25

// opinion is 1 where the claim gives its source's view, in its own
// words (a direct quote, which news keeps for views and reactions) or by
// valuing what it speaks of (a position; see readPosition), and 0
// otherwise.
func (f *Features) opinion() int {
	if f.claim != nil && f.claim.Quote == Direct || abs32(f.position.value) >= minPosition {
		return 1
	}
	return 0
}

// sidesAlone: in an article, the claims are of two sources on one topic
// and nothing else sets them apart. Opposed sides (see readSides)
// speaking on one question disagree more often than not, and two sources
// an article sets side by side on one question disagree more often than
// one source does with itself; so the pair is listed, weakly, above the
// pairs with nothing between them, and above a source's own claims.
//
// A source that argues a side (see Features.readCue) sets itself against
// the article's other sources whatever words the two claims share: "Sanders
// urged peaceable conduct" and another source's "I'd like to punch him in
// the face" are on one question that no shared word shows. Two such
// sources are listed at argues, between opposed sides and two sources.
func (c *comparison) sidesAlone() {
	if c.art == nil || c.noSides {
		return
	}
	ma, mb := c.a.claim.SourceMention, c.b.claim.SourceMention
	onTopic := c.topic >= minTopic
	// Two sources that say one thing say it in many of the same words, and
	// two that differ seldom do: with nothing else between the claims, the
	// words they share are evidence of agreement, and the weight falls to
	// half where one claim's words are all the other's. Views are opposed
	// more often than facts: each claim that gives one adds a quarter.
	same := (1 - c.ov.topic/2) * (1 + opinionated*float64(c.a.opinion()+c.b.opinion()))
	switch {
	case onTopic && c.art.opposedSides(c.i, c.j):
		c.rs.add(ReasonContrast, sidesAlone*same, c.pairOf("sides: "), ma, mb)
	case !c.art.twoSources(c.i, c.j):
	case c.a.argues || c.b.argues:
		c.rs.add(ReasonContrast, argues*same, c.pairOf("two sources, one arguing: "), ma, mb)
	case onTopic:
		c.rs.add(ReasonContrast, twoSources*same, c.pairOf("two sources: "), ma, mb)
	}
}

// denial: one claim is denied, the other asserted, about the same thing.
func (c *comparison) denial(w rule) {
	a, b, ov := c.a, c.b, &c.ov
	if a.denied == b.denied || ov.pred == 0 {
		return
	}
	d := a
	if b.denied {
		d = b
	}
	if c.negationAgrees() {
		return
	}
	c.rs.add(ReasonDenial, w.weight(ov.topic), "denied: "+clip(d.text),
		spanOf(a), spanOf(b))
}

// negationAgrees reports whether one claim is denied and the other
// negates a word they share: the two say one thing ("denied that she
// would outsource it" / "she would not outsource it").
func (c *comparison) negationAgrees() bool {
	a, b := c.a, c.b
	if a.denied == b.denied {
		return false
	}
	if c.ov.negated >= 0 {
		return c.ov.negB == a.denied // the shared word is negated in the asserted claim
	}
	// The negated clause of the asserted claim is about what the denied
	// one says: "denied that she would outsource it" / "she would not
	// outsource it".
	if b.denied {
		return c.ov.negSubj > 0 && len(b.negs) == 0
	}
	return c.ov.negSubj < 0 && len(a.negs) == 0
}

// negation: a shared word is negated in one claim only.
func (c *comparison) negation(head rule) {
	a, b, ov := c.a, c.b, &c.ov
	var (
		best   float64
		detail string
		spans  []hearsay.Span
	)
	if c.negationAgrees() {
		return
	}
	if (len(a.negs) == 0) != (len(b.negs) == 0) {
		n := a
		if len(b.negs) > 0 {
			n = b
		}
		k := n.negs[0]
		// A negation about something else weighs little: "He did not
		// attend" against "He spoke at the meeting".
		// In an article, whose claims all share its topic, it weighs
		// nothing: "they haven't received assurances" says nothing of
		// another source's "it was a normal part of the process".
		best = negRules[negElsewhere].weight(ov.topic)
		if c.art != nil {
			best = 0
		}
		detail, spans = n.phrase(k, min(k+3, len(n.words))), oneSide(n == b, n.span(k, k+1))
		// The negated clause is about what the other claim is about:
		// "Macaulay Culkin hasn't died" against "Macaulay Culkin is dead".
		// In an article, whose claims share its names and its
		// predicates, it is not enough: there only a shared word that the
		// negation denies counts ("not terrorists" / "terrorists").
		if (ov.negSubj > 0 && n == a || ov.negSubj < 0 && n == b) && c.art == nil {
			if w := negRules[negSubject].weight(ov.topic); w > best {
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
		w := head.weight(ov.topic)
		if !ov.negHead {
			w = negRules[negScope].weight(ov.topic)
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
	c.rs.add(ReasonNegation, best, detail, spans...)
}

// uncertain damps a negation in a question or a hedged claim.
const uncertain = 0.8

// refutation: one claim uses a refuting word the other does not.
func (c *comparison) refutation(w rule) {
	a, b, ov := c.a, c.b, &c.ov
	if !c.refute || c.has(ReasonRebuttal) {
		return
	}
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
	c.rs.add(ReasonRefutation, w.weight(ov.topic), r.words[r.refute].fold,
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
