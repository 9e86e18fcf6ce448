package attribution

import (
	"github.com/hearsay-go/hearsay/internal/text"
)

// The cues that are no verbs: an adjective ("are concerned that") and
// "according to".

// adjective reads "S are concerned that C" and "…, concerned that C".
func (p *parser) adjective(a, b int, c cand) *draft {
	if !p.that(c.j) {
		return nil
	}
	d := p.tryDraft(c)
	if p.is(c.i, wAdj) { // "with the view that": the subject of the clause
		s, e := p.clauseSubject(p.clauseStart(c.i, a), c.i)
		if s < 0 {
			return nil
		}
		d.src = [2]int{s, e}
		return p.right(d, c, b, a)
	}
	k := p.auxLeft(c.i, a)
	for k > a && (p.fold(k-1) == "less" || p.fold(k-1) == "more" || p.fold(k-1) == "very" || p.fold(k-1) == "increasingly") {
		k = p.auxLeft(k-1, a)
	}
	if k > a && p.punct(k-1, ",") {
		s, e := p.clauseSubject(a, b)
		if s < 0 {
			return nil
		}
		d.src = [2]int{s, e}
		return p.right(d, c, b, a)
	}
	ns := p.npLeft(k, a)
	if ns < 0 && k > a && p.who(k-1) {
		ns = k - 1 // "Sanders, who said he intended …": the relative pronoun stands for the source
	}
	if ns < 0 {
		return nil
	}
	d.src = [2]int{ns, k}
	return p.right(d, c, b, a)
}

// accordingTo reads "According to S, C" and "C, according to S".
func (p *parser) accordingTo(a, b int, c cand) *draft {
	d := p.tryDraft(c)
	e := p.npRight(c.j, b)
	// "…: According to S, C": a clause of its own after a colon.
	// "But, according to S, C": a conjunction or a sentence adverb opens
	// no content of its own.
	opens := c.i == a || p.punct(c.i-1, ":") && p.toks[c.i].Flags&text.Upper != 0 ||
		c.i == a+2 && p.punct(a+1, ",") && (p.is(a, wDiscourse) || p.fold(a) == "but" || p.fold(a) == "and")
	pre := opens || !p.leftContent(c.i, a)
	if opens && (e < 0 || !p.punct(e, ",")) {
		// The source runs on to its comma: "According to the officer in
		// charge of the base that night, C", "According to her "clawback"
		// plan, C".
		e = p.firstComma(c.j, min(b, c.j+maxSourceTokens))
		if !p.contentWord(c.j, e) {
			return nil
		}
	}
	if e < 0 {
		return nil
	}
	// The source may go on past a comma for an appositive: "according to
	// Smith, a spokesman" only when the sentence ends there.
	d.src = [2]int{c.j, e}
	if pre {
		// Content follows the source's comma.
		if !p.punct(e, ",") {
			return nil
		}
		d.pre = true
		if !p.setContent(d, e+1, b) {
			return nil
		}
		return d
	}
	d.post = true
	d.attr = [2]int{c.i - 1, e}
	s, end := p.leftSpan(c.i-1, a)
	if !p.setContent(d, s, end) {
		return nil
	}
	p.splitClause(d, e, b, true) // "At the heart of the trouble, according to Ross, was a decision"
	return d
}
