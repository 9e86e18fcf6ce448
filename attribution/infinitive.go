package attribution

import (
	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/internal/lexicon"
	"github.com/hearsay-go/hearsay/internal/text"
)

// Cues whose content is an infinitive ("vowed to build a wall", "refused
// to endorse Ryan"), and the infinitives and requests that are no claim:
// an answer kept back ("declined to comment", see nonResponse) and a
// request not to be named.

// anonymityAsked leaves alone a request not to be named ("who asked
// not to be named because …", "requested anonymity", "asking not to be
// identified"): a reason for the source's anonymity, not a claim.
func (p *parser) anonymityAsked(x *verbCall) (*draft, bool) {
	i := x.c.j
	if p.fold(i) == "not" {
		i++
	}
	if p.fold(i) == "for" {
		i++ // "asked for anonymity"
	}
	if p.fold(i) == "anonymity" {
		return nil, true
	}
	return nil, p.fold(i) == "to" && p.fold(i+1) == "be" && withheld[p.fold(i+2)]
}

// withheld are the participles of a name kept back: "not to be named".
var withheld = map[string]bool{"named": true, "identified": true, "quoted": true}

// declinedToComment leaves alone "declined to comment", "refused to
// respond", "declined to be interviewed": a source that did not answer
// (see nonResponse), not a claim.
func (p *parser) declinedToComment(x *verbCall) (*draft, bool) {
	return nil, p.withheldAnswer(x.c)
}

// noInfinitive reports whether cue c takes only an infinitive, or only
// that of a cue, and none follows, so that it is no cue where it stands:
// "declined the offer", "and refused to give ground".
func (p *parser) noInfinitive(c cand) bool {
	v := c.verb
	return v.Has(lexicon.FlagTo) && p.fold(c.j) != "to" ||
		v.Has(lexicon.FlagToSay) && !(p.fold(c.j) == "to" && p.cueVerb(c.j+1)) ||
		v.Has(lexicon.FlagFigure) && !p.figureAt(c.j)
}

// figureAt reports whether a figure opens at token i, as the object of a
// verb that gives one: "the figure", "the total number", "its estimate",
// "the death toll"; or any thing given a figure, a few words on: "the
// increase closer to $19 a month", "the rise at 4 percent" (not "the rise
// of populism down to fear", "the cut on the grill").
func (p *parser) figureAt(i int) bool {
	switch p.fold(i) {
	case "the", "its", "their", "his", "her", "our":
	default:
		return false
	}
	for k := i + 1; k <= i+3 && k < len(p.toks) && p.toks[k].Kind == text.Word; k++ {
		if p.is(k, wFigure) {
			return true
		}
	}
	for k := i + 2; k <= i+5 && k < len(p.toks) && p.toks[k].Kind == text.Word; k++ {
		if n := p.figureBound(k); n > 0 {
			return p.numberAt(k + n)
		}
	}
	return false
}

// figureBound returns how many words at token k put a figure's bound
// before its number: "at", "near", "around" (1), "closer to", "close
// to" (2); else 0.
func (p *parser) figureBound(k int) int {
	switch p.fold(k) {
	case "at", "near", "around":
		return 1
	case "closer", "close", "nearer":
		if p.fold(k+1) == "to" {
			return 2
		}
	}
	return 0
}

// numberAt reports whether a number of a figure opens at token k:
// "2,000", "$19"; not a time of day ("at 9 p.m.").
func (p *parser) numberAt(k int) bool {
	if k < len(p.toks) && p.toks[k].Kind == text.Punct && p.text[p.toks[k].Start:p.toks[k].End] == "$" {
		k++
	}
	if k >= len(p.toks) || p.toks[k].Kind != text.Number {
		return false
	}
	switch p.fold(k + 1) {
	case "a.m.", "p.m.", "am", "pm", "o'clock", "o’clock":
		return false
	}
	return true
}

// cueVerb reports whether token i is a reporting verb.
func (p *parser) cueVerb(i int) bool {
	_, ok := p.verbAt(i)
	return ok
}

// infinitiveContent reads "declined to comment", "vowed to build a
// wall": the infinitive is the content.
func (p *parser) infinitiveContent(x *verbCall) (*draft, bool) {
	if !p.takesInfinitive(x.c, x.b) {
		return nil, false
	}
	return p.infinitiveAsContent(x.d, x.c, x.b), true
}

// takesInfinitive reports whether the infinitive after cue c is its
// content: a cue that takes only an infinitive, or one that may take
// one, before "to" and a verb ("vowed to build", but "vowed to Clinton
// that").
func (p *parser) takesInfinitive(c cand, b int) bool {
	v := c.verb
	return v.Has(lexicon.FlagTo|lexicon.FlagToSay) || v.Has(lexicon.FlagInf) && p.toVerb(c.j, b)
}

// toVerb reports whether token i is "to" before what can be a verb: a
// lower-case word that is no determiner or pronoun ("to build", not "to
// the board" or "to Clinton"), or such a word opening a quotation.
func (p *parser) toVerb(i, b int) bool {
	if p.fold(i) != "to" {
		return false
	}
	if p.openQuote(i + 1) {
		i++ // "promised to “be a vocal champion”": the verb opens a quotation
	}
	return i+1 < b && p.toks[i+1].Kind == text.Word && !p.is(i+1, wDet|wPron) &&
		p.toks[i+1].Flags&text.Upper == 0
}

// infinitiveAsContent makes the infinitive after cue c the content of d.
//
// After a verb of appearance, the infinitive of a cue is the cue's: in
// "seemed to blame the network", "appeared to suggest that C", the cue is
// "seemed to blame", and the content what follows it.
func (p *parser) infinitiveAsContent(d *draft, c cand, b int) *draft {
	d.pre = true
	if v, ok := p.verbAt(c.j + 1); ok && p.is(c.i, wSeem) && p.fold(c.j) == "to" && v.Form == lexicon.Base {
		s := c.j + 2
		if p.that(s) {
			s++
		}
		cue := d.cue
		d.cue[1] = c.j + 2
		if s < b && p.toks[s].Kind != text.Punct && p.setContent(d, s, min(b, p.clauseEnd(s, b))) {
			return d
		}
		d.cue = cue // "seems to agree": nothing after the verb, which is the content then
	}
	if !p.setContent(d, c.j, min(b, p.clauseEnd(c.j, b))) {
		return nil
	}
	return d
}

// predicative reports whether token i, after a verb of appearance, opens
// what its subject seems to be: an adjective or a noun phrase ("appeared
// paralyzed", "seemed equally unperturbed", "seems unlikely to", "seemed
// an insult"), not a preposition, a pronoun or a clause ("appeared on
// CNN", "appeared at the rally", "seems that").
func (p *parser) predicative(i, b int) bool {
	if i >= b || p.toks[i].Kind != text.Word || p.toks[i].Flags&text.Upper != 0 ||
		p.is(i, wPrep|wPron|wStop|wTime) && !p.is(i, wDet) || p.that(i) {
		return false
	}
	switch p.fold(i) {
	case "as", "like", "to", "before", "with", "in", "on", "at", "and", "or", "but":
		return false
	}
	return true
}

// withheldAnswer reports whether the infinitive after a cue that takes
// one is an answer kept back: "declined to comment", "refused to be
// interviewed" (a source that did not answer, see nonResponse).
func (p *parser) withheldAnswer(c cand) bool {
	if !c.verb.Has(lexicon.FlagTo|lexicon.FlagToSay) || p.fold(c.j) != "to" {
		return false
	}
	i := c.j + 1
	if p.is(i, wAnswer) && p.fold(i) != "available" {
		return true
	}
	return p.fold(i) == "be" && p.is(i+1, wAnswer)
}

// raised reads a passive that attributes to no one in particular what
// its subject is to do or be, "The Fed is widely expected to raise
// rates", and the impersonal "It is believed that C", and so a verb of
// appearance ("Indiana appears to be a break", "It appears that C"): a
// claim without a source, whose content is the subject and the
// infinitive (the two parts around the cue), or the clause.
func (p *parser) raised(x *verbCall) *draft {
	a, b, c := x.a, x.b, x.c
	seem := p.is(c.i, wSeem)
	if !seem && (!p.is(c.i, wRaise) || x.k == c.i) {
		return nil
	}
	if seem && p.toVerb(c.j, b) {
		if _, ok := p.verbAt(c.j + 1); ok {
			return nil // "seemed to suggest that C": the source's words, read as "to say"
		}
	}
	ns := p.npLeft(x.k, a)
	if ns < 0 || ns+1 == x.k && p.fold(ns) == "there" {
		return nil
	}
	d := p.tryDraft(c)
	switch {
	case ns+1 == x.k && p.fold(ns) == "it" && p.that(c.j):
		d.pre = true
		if !p.setContent(d, c.j, min(b, p.clauseEnd(c.j, b))) {
			return nil
		}
	case p.toVerb(c.j, b) && p.fold(ns) != "it",
		seem && p.fold(ns) != "it" && p.predicative(c.j, b):
		if p.infinitiveAsContent(d, c, b) == nil {
			return nil
		}
		subject := p.span(ns, x.k)
		d.parts = [2]hearsay.Span{subject, d.content}
		d.content = hearsay.Span{Start: subject.Start, End: d.content.End}
	default:
		return nil
	}
	return d
}

// seenAs reads an agentless passive of a verb that characterizes: "the
// drafting process is seen as one way Sanders could gain concessions",
// "the walk-off is considered one of the largest in company history".
// Nobody is named as the source: the content is the subject and what it
// is taken for, in two parts.
func (p *parser) seenAs(x *verbCall) *draft {
	a, b, c, v := x.a, x.b, x.c, x.c.verb
	if x.k == c.i || !v.Has(lexicon.FlagAs) || v.Form != lexicon.Past && v.Form != lexicon.Participle || c.j >= b {
		return nil
	}
	r := c.j
	switch {
	case p.fold(r) == "as":
		r++
	case v.Lemma == "consider" && p.toks[r].Kind == text.Word && !p.is(r, wPrep|wTime) && !p.infinitive(r):
		// "is considered a threat"; but "was considered for debate",
		// "is considered by many", "is considered to be"
	default:
		return nil
	}
	e := min(b, p.clauseEnd(r, b))
	ns := p.npLeft(x.k, a)
	if r >= e || ns < 0 || ns+1 == x.k && p.fold(ns) == "it" && p.that(r) {
		return nil
	}
	d := p.tryDraft(c)
	if !p.setContent(d, r, e) {
		return nil
	}
	subject := p.span(ns, x.k)
	d.parts = [2]hearsay.Span{subject, d.content}
	d.content = hearsay.Span{Start: subject.Start, End: d.content.End}
	return d
}

// askedPassive reads a question put to a source, reported in the
// passive: "Flynn was asked whether he respects Putin", "Sanders was
// asked by host John Dickerson whether …", "Rubio was asked to name a
// single achievement". The content is the question; its source is
// whoever asked it, where named after "by".
func (p *parser) askedPassive(x *verbCall) *draft {
	c, b := x.c, x.b
	q := p.askedWhat(c, x.a, b)
	if q < 0 && c.verb.Lemma == "ask" && c.verb.Form == lexicon.Past && c.j+1 < b && p.fold(c.j) == "to" && p.toBase(c.j+1) {
		q = c.j
	}
	if q < 0 {
		return nil
	}
	d := p.tryDraft(c)
	if p.fold(c.j) == "by" {
		if e := p.npRight(c.j+1, q); e == q {
			d.src = [2]int{c.j + 1, e}
		}
	}
	d.pre = true
	if !p.setContent(d, q, p.clauseEnd(q, b)) {
		return nil
	}
	return d
}

// toBase reports whether token i, after "to", may be a verb's base form:
// a lower-case word that is no determiner, pronoun or preposition ("to
// name", "to release"; but "to the party", "to him").
func (p *parser) toBase(i int) bool {
	t := &p.toks[i]
	return p.infinitive(i) || t.Kind == text.Word && t.Flags&text.Upper == 0 && !p.is(i, wDet|wPron|wPrep|wTime)
}
