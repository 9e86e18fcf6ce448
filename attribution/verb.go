package attribution

import (
	"strings"

	"github.com/hearsay-go/hearsay/claim"
	"github.com/hearsay-go/hearsay/internal/lexicon"
	"github.com/hearsay-go/hearsay/internal/text"
)

// Cues and their constructions: the rules for a reporting verb, a
// gerund, an adjective ("are concerned that") and "according to".

// verb applies the rules for a reporting verb.
func (p *parser) verb(a, b int, c cand, first int) *draft {
	v := c.verb
	if p.toks[c.i].Flags&text.Upper != 0 && c.i > a && p.qin[c.i-1] < 0 && !p.openQuote(c.i-1) && !p.title {
		return nil // a name or title: "Secretary of State", "Fox News Report"
	}
	k := p.asideLeft(p.auxLeft(c.i, a), a)
	if c.i > a && p.is(c.i-1, wDet) && !(p.is(c.i-1, wCount) && v.Form == lexicon.Past) {
		return nil // a noun: "the report", "its promises"; but "another said"
	}
	if v.Form == lexicon.Gerund && p.namedBefore(c.i, a) && (c.j >= b || p.toks[c.j].Kind == text.Punct) {
		// A noun after names that modify it, with nothing after it:
		// "before a 2014 Senate Benghazi hearing, “…”"; but "a
		// California Democrat supporting Clinton".
		return nil
	}
	if v.Has(lexicon.FlagNoun) && v.Form == lexicon.ThirdPerson && c.i > a && p.modifier(c.i-1) {
		return nil // a plural noun after a word that modifies it: "early primary states"
	}
	if v.Has(lexicon.FlagCall) && v.Form == lexicon.Past && c.j == c.i+1 && c.i > a && p.introduced(c.i-1, a) {
		return nil // a name given, not a claim: "a company called Synergics"
	}
	if v.Has(lexicon.FlagCall) && c.j < b {
		switch p.fold(c.j) {
		case "off", "up", "in", "back":
			return nil // another verb: "called off a deal", "called up a friend"
		}
	}
	if c.i > a && p.is(c.i-1, wPrep) && p.toks[c.i-1].Flags&text.Upper == 0 && p.fold(c.i-1) != "to" &&
		v.Form != lexicon.Gerund {
		return nil // a noun after a preposition: "the officer in charge"; but "Al From said"
	}
	passive := false
	for q := k; q < c.i; q++ {
		if p.is(q, wBe) {
			passive = true
		}
	}
	if passive && (v.Form == lexicon.Past || v.Form == lexicon.Participle || v.Has(lexicon.FlagAs)) {
		return nil // a passive without its agent: "is expected", "was seen as"
	}
	// A participle inside the subject of a later cue: "an official briefed
	// on the talks said".
	if (v.Form == lexicon.Past || v.Form == lexicon.Participle) && p.is(c.j, wPrep) && !v.Has(lexicon.FlagTo) {
		for q := c.j + 1; q < b && q < c.j+10; q++ {
			if p.boundary(q) {
				break
			}
			if w, ok := p.verbAt(q); ok && (w.Form == lexicon.Past || w.Form == lexicon.ThirdPerson) && !p.is(q-1, wDet|wAdj) &&
				(w.Class == lexicon.Speech || w.Class == lexicon.Denial) {
				return nil
			}
		}
	}
	d := p.tryDraft(c)
	if q := p.askedWhat(c, a, b); q >= 0 {
		// "When asked whether he would run, Smith said …": the question
		// is reported, and whoever asked it is not named.
		d.pre = true
		if !p.setContent(d, q, p.clauseEnd(q, b)) {
			return nil
		}
		return d
	}
	if v.Form == lexicon.Gerund {
		return p.gerund(d, a, b, c, first)
	}
	if v.Form == lexicon.Base && k == c.i && c.i > a && p.fold(c.i-1) == "to" {
		return nil // "to say": an infinitive, reported by another cue if at all
	}
	// "…, and said earlier that B": the subject of the claim before.
	if f := p.fold(k - 1); (f == "and" || f == "but") && k-1 > a && (k < c.i || v.Form == lexicon.Past || v.Form == lexicon.ThirdPerson) {
		if len(p.drafts) > first {
			d.elided = int32(len(p.drafts)) // the claim just before
			return p.right(d, c, b, a)
		}
		if s, e := p.clauseSubject(p.clauseStart(k-1, a), k-1); s >= 0 && p.goodNP(s, e) {
			d.src = [2]int{s, e}
			return p.right(d, c, b, a)
		}
		if p.punct(k-2, ",") {
			// "She brought that down to $42,000, but said …": the
			// subject of the sentence's main clause.
			if s, e := p.mainSubject(a, k-2); s >= 0 {
				d.src = [2]int{s, e}
				return p.right(d, c, b, a)
			}
		}
	}
	// "C, said S" and “C,” said S; but not after a subject with an
	// appositive: “C,” Sarandon, 69, told MSNBC.
	if k == c.i && (p.leftContent(c.i, a) || c.i == a && p.quoteBefore(a)) {
		if e := p.npRight(c.j, b); e > 0 && (p.adjunctOnly(e, b) || p.who(e) && p.relativeToEnd(e, b)) &&
			p.appositive(c.i, a) < 0 {
			d.src = [2]int{c.j, e}
			d.post = true
			d.attr = [2]int{c.i - 1, e}
			if !p.postContent(d, c.i, a) {
				return nil
			}
			p.splitQuote(d, e, b)
			return d
		}
	}
	ns := p.npLeft(k, a)
	if ns < 0 && k > a && p.who(k-1) {
		ns = k - 1 // "Sanders, who said he intended …": the relative pronoun stands for the source
	}
	switch {
	case ns < 0:
		ns = p.relativeSubject(k, a) // "people who have battled online threats say"
	case ns > a && p.relative(ns-1) && !p.is(ns, wPron):
		// "the candidate who won the most pledged", "Voters that backed
		// Trump say": the head before the relative clause; but "the
		// daughters, who he said": a pronoun is the subject.
		if h := p.npLeft(ns-1, a); h >= 0 && p.goodNP(h, ns-1) && !p.is(h, wPron) {
			ns = h
		}
	}
	if ns < 0 {
		return nil
	}
	d.src = [2]int{ns, k}
	if k > ns && p.toks[k-1].Kind == text.Punct && p.fold(k-1) != ")" { // appositive: leave out its final comma
		d.src[1] = k - 1
	}
	// Where is the content?
	r0 := c.j
	if v.Has(lexicon.FlagObject) {
		r0 = p.skipObject(r0, b)
	}
	r := p.skipAdjunct(p.skipAside(r0, b), b)
	if v.Has(lexicon.FlagObject) && r0 > c.j && p.fold(r0) == "to" && r0+1 < b && p.toks[r0+1].Kind == text.Word &&
		!p.is(r0+1, wDet|wPron) && p.toks[r0+1].Flags&text.Upper == 0 {
		// "told Jeb Bush to quiet down": the hearer and what they are told to do
		d.pre = true
		if !p.setContent(d, c.j, p.clauseEnd(r0, b)) {
			return nil
		}
		return d
	}
	to := p.fold(c.j) == "to"
	if v.Has(lexicon.FlagTo) && !to {
		return nil // "declined to comment", but not "declined the offer"
	}
	if v.Has(lexicon.FlagTo) || v.Has(lexicon.FlagInf) && to && c.j+1 < b && p.toks[c.j+1].Kind == text.Word &&
		!p.is(c.j+1, wDet|wPron) && p.toks[c.j+1].Flags&text.Upper == 0 {
		// "declined to comment", "vowed to build a wall": the
		// infinitive is the content.
		d.pre = true
		if !p.setContent(d, c.j, min(b, p.clauseEnd(c.j, b))) {
			return nil
		}
		return d
	}
	switch {
	case p.that(r):
		return p.right(d, c, b, a)
	case v.Has(lexicon.FlagAs):
		for q := r; q < b && q < r+12; q++ {
			if p.fold(q) == "as" {
				return p.right(d, c, b, a)
			}
			if p.boundary(q) {
				break
			}
		}
		if !v.Has(lexicon.FlagTopic) {
			return nil
		}
		return p.right(d, c, b, a)
	case (p.punct(r, ":") || p.punct(r, ",")) && p.openQuote(r+1) && !p.closeQuote(ns-1) && !(ns == a && p.quoteBefore(a)):
		return p.right(d, c, b, a)
	case p.openQuote(r):
		return p.right(d, c, b, a)
	}
	if ns > a && p.fold(ns-1) == "as" {
		// "As S said, C" and "C, as S said".
		if ns-1 == a && p.punct(r, ",") {
			d.pre = true
			if !p.setContent(d, r+1, b) {
				return nil
			}
			return d
		}
		if ns-2 > a && p.punct(ns-2, ",") && p.adjunctOnly(r, b) {
			d.post = true
			d.attr = [2]int{ns - 2, r}
			if !p.postContent(d, ns-1, a) {
				return nil
			}
			return d
		}
	}
	post := p.leftContent(ns, a) || ns == a && p.quoteBefore(a)
	if post && v.Has(lexicon.FlagObject) && !p.adjunctOnly(r0, b) && !p.adjunctOnly(r, b) {
		// “C,” he told Fox 35 in Orlando: after content, a hearer of
		// any shape, then adjuncts.
		if h := p.hearer(c.j, b); h > c.j && p.adjunctOnly(h, b) {
			r0, r = h, h
		}
	}
	if post && (p.adjunctOnly(r0, b) || p.adjunctOnly(r, b) ||
		ns-2 >= a && p.closeQuote(ns-1) && p.punct(ns-2, ",") && !v.Has(lexicon.FlagTopic) && p.gerundAdjunct(r, b)) {
		d.post = true
		d.attr = [2]int{ns - 1, r}
		if !p.postContent(d, ns, a) {
			return nil
		}
		p.splitQuote(d, r, b)
		if d.parts[1].IsZero() {
			p.splitClause(d, r0, b)
		}
		return d
	}
	thatOnly := v.Has(lexicon.FlagThat) && !p.bareClause(r0, b) ||
		v.Has(lexicon.FlagNoun) && (v.Form == lexicon.ThirdPerson || v.Form == lexicon.Base)
	if thatOnly && !(c.class == claim.Finding && p.docHead(ns, d.src[1])) {
		return nil // "found the keys", "reports on …": not an attribution without "that"
	}
	if r > r0 && r < b && p.toks[r].Kind == text.Word && !p.is(r, wAdj) && p.timeWord(r0, r) {
		return p.right(d, c, b, a) // "told reporters on Monday the vote was close"
	}
	if r0 >= b || p.toks[r0].Kind == text.Punct || p.is(r0, wAdj) && !p.is(r0, wDet) && p.fold(r0) != "this" {
		return nil
	}
	return p.right(d, c, b, a)
}

// gerund reads "…, adding that B" and "others … saying B".
func (p *parser) gerund(d *draft, a, b int, c cand, first int) *draft {
	if len(p.drafts) > first && p.punct(c.i-1, ",") {
		d.elided = int32(len(p.drafts)) // the claim just before
	} else {
		cs := p.clauseStart(c.i, a)
		s, e := p.clauseSubject(cs, c.i)
		if s < 0 && cs == c.i {
			s, e = p.mainSubject(a, c.i)
		}
		if s < 0 && (p.gerundClause(cs, c.i) || c.i == a) {
			// "After saying C, S …", "Noting that C, S …": the subject
			// of the clause after the adverbial; "S, after initially
			// saying C, …": the subject before it.
			q := p.firstComma(c.j, b)
			if cs == a {
				if q < b {
					s, e = p.clauseSubject(q+1, b)
				}
			} else {
				s, e = p.mainSubject(a, cs)
			}
			b = q // the content ends with the adverbial clause
		}
		if s < 0 {
			return nil
		}
		d.src = [2]int{s, e}
	}
	r := c.j
	if c.verb.Has(lexicon.FlagObject) {
		r = p.skipObject(r, b)
	}
	if (p.punct(r, ",") || p.punct(r, ":")) && p.openQuote(r+1) {
		r++ // "…, adding, “Nobody cares.”"
	}
	if !p.that(r) && !p.openQuote(r) && c.verb.Has(lexicon.FlagThat|lexicon.FlagNoun) &&
		!c.verb.Has(lexicon.FlagCall|lexicon.FlagTopic) && !p.bareClause(r, b) {
		return nil // "noting the new rules"; but "noting he had backed Rubio"
	}
	return p.right(d, c, b, a)
}

// gerundClause reports whether tokens [cs, i) open an adverbial clause
// whose verb, at i, is in -ing: "after", "before", "while", "since",
// "upon", "by" or "in", and at most one adverb ("after initially saying").
func (p *parser) gerundClause(cs, i int) bool {
	if i-cs < 1 || i-cs > 2 {
		return false
	}
	switch p.fold(cs) {
	case "after", "before", "while", "since", "upon", "by", "in":
	default:
		return false
	}
	return i-cs == 1 || strings.HasSuffix(p.fold(cs+1), "ly")
}

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
	opens := c.i == a || p.punct(c.i-1, ":") && p.toks[c.i].Flags&text.Upper != 0
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
	return d
}
