package attribution

import (
	"strings"

	"github.com/hearsay-go/hearsay/claim"
	"github.com/hearsay-go/hearsay/internal/lexicon"
	"github.com/hearsay-go/hearsay/internal/text"
	"github.com/hearsay-go/hearsay/source"
)

// Cues and their constructions: the rules for a reporting verb and a
// gerund (cues in -ing are in gerund.go, the cues that are no verbs in
// nonverb.go).

// A verbCall is a reporting verb being read: its sentence window [a, b),
// the cue, and what the constructions learn of it as they go.
type verbCall struct {
	a, b int
	c    cand
	k    int    // where the verb group starts: auxiliaries and asides before the cue
	d    *draft // the claim being read
	ns   int    // the subject's first token, once found
	r0   int    // the first token after the cue and its hearer
	r    int    // r0 past asides and adjuncts: where a content may start
}

// A construction is one way a reporting verb attributes a claim, named as
// a fixture of construction_test.go that shows it. try reports whether the
// construction reads the verb; its draft is then the claim (its how set to
// the construction's name), or nil where the construction says the verb
// attributes nothing after all. Constructions are tried in order, and
// the first that reads the verb decides.
type construction struct {
	name  string
	try   func(p *parser, x *verbCall) (*draft, bool)
	guard bool // it only ever says the verb attributes nothing
}

// Before its subject is looked for, a verb may be read as a question
// asked ("When asked whether C, S said D"), as a gerund ("…, saying C"),
// as the second verb of a subject ("S said A, and said B") or as a cue
// put after its content ("C, said S").
var beforeSubject = [...]construction{
	{"asked whether C, S said D", (*parser).asked, false},
	{"S went …, saying C", (*parser).gerundCue, false},
	{"to say", (*parser).toInfinitive, true},
	{"S did X and said C", (*parser).andSaid, false},
	{"C, said S", (*parser).saidS, false},
}

// Once the subject is found, the content is looked for after the cue and
// its adjuncts, in this order.
var afterSubject = [...]construction{
	{"S asked not to be named", (*parser).anonymityAsked, true},
	{"S declined to comment", (*parser).declinedToComment, true},
	{"S told Name to do X", (*parser).toldTo, false},
	{"S vowed to do X", (*parser).infinitiveContent, false},
	{"S said that C", (*parser).thatClause, false},
	{"S see X as Y", (*parser).asClause, false},
	{"S told Y, adjunct: “C”", (*parser).colonQuote, false},
	{"S said “C”", (*parser).quoteAfter, false},
	{"S tweeted #tag", (*parser).hashtag, false},
	{"As S said, C", (*parser).asSaid, false},
	{"C, S said", (*parser).postAttribution, false},
	{"S found the keys", (*parser).thatOnly, true},
	{"S told Y, a time, C", (*parser).timeThenClause, false},
	{"S said nothing", (*parser).noContent, true},
	{"S said C", (*parser).bareContent, false},
}

// verb applies the rules for a reporting verb: the guards against a cue
// word that is no verb here, then the constructions.
func (p *parser) verb(a, b int, c cand) *draft {
	if p.notVerb(a, b, c) || p.noInfinitive(c) {
		return nil
	}
	// The call lives in the parser: passed through the tables' function
	// values, one on the stack would move to the heap, once a cue.
	x := &p.call
	*x = verbCall{a: a, b: b, c: c, k: p.anonAside(p.asideLeft(p.auxLeft(c.i, a), a), a)}
	if p.passive(x) {
		if d := p.seenAs(x); d != nil {
			return named(d, howSeenAs)
		}
		if d := p.askedPassive(x); d != nil {
			return named(d, howBefore) // the question reported, as "asked whether C, S said D" reads it
		}
		return named(p.raised(x), howRaised)
	}
	if p.is(c.i, wSeem) {
		if d := p.raised(x); d != nil {
			return named(d, howRaised)
		}
	}
	x.d = p.tryDraft(c)
	for i := range beforeSubject {
		if d, ok := beforeSubject[i].try(p, x); ok {
			return named(d, howBefore+how(i))
		}
	}
	if !p.subject(x) {
		return nil
	}
	x.r0 = c.j
	if c.verb.Has(lexicon.FlagObject) {
		x.r0 = p.skipObject(x.r0, b)
	}
	x.r = p.skipAdjunct(p.skipAside(x.r0, b), b)
	for i := range afterSubject {
		if d, ok := afterSubject[i].try(p, x); ok {
			return named(d, howAfter+how(i))
		}
	}
	return nil
}

// named gives d, if any, the construction that read it.
func named(d *draft, h how) *draft {
	if d != nil {
		d.how = h
	}
	return d
}

// maxSubjectCue is how far after a participle the cue of a subject that
// holds it may come: "an official briefed on the talks said".
const maxSubjectCue = 10

// passive reports whether the verb is a passive without its agent ("is
// expected", "was seen as") or a participle inside the subject of a later
// cue ("an official briefed on the talks said").
func (p *parser) passive(x *verbCall) bool {
	v, c := x.c.verb, x.c
	past := v.Form == lexicon.Past || v.Form == lexicon.Participle
	for q := x.k; q < c.i; q++ {
		if p.is(q, wBe) && (past || v.Has(lexicon.FlagAs)) && !p.used[q] { // but not in a reason for anonymity (anonAside)
			return true
		}
	}
	if past && p.fold(c.j) == "by" && c.i > x.a && p.punct(c.i-1, ",") && seenBy[p.fold(c.i)] {
		return true // a document's participle set off by commas: "A letter to his agent, seen by the Ledger, says"
	}
	if past && p.is(c.j, wPrep|wTime) && !v.Has(lexicon.FlagTo|lexicon.FlagToSay) {
		for q := c.j + 1; q < x.b && q < c.j+maxSubjectCue; q++ {
			if p.finiteBe(q) && !p.is(q-1, wDet|wAdj|wPrep) && v.Class != lexicon.Speech {
				return true // "A comet discovered last spring is breaking apart"; but "said Thursday his worry is …"
			}
			if p.boundary(q) || p.that(q) {
				break
			}
			if w, ok := p.verbAt(q); ok && (w.Form == lexicon.Past || w.Form == lexicon.ThirdPerson) && !p.is(q-1, wDet|wAdj) &&
				(w.Class == lexicon.Speech || w.Class == lexicon.Denial) {
				return true
			}
		}
	}
	return false
}

// seenBy are the cues of perceiving, whose agent is a reader, not a
// source: "a letter, seen by Reuters, says …". (An agent of any other
// cue set off this way is one: "the bill, opposed by House Republicans".)
var seenBy = map[string]bool{"seen": true, "viewed": true, "heard": true}

// finiteBe reports whether token i is a finite form of "be", which gives
// a subject with a participle in it its verb: "A comet discovered in the
// spring is …".
func (p *parser) finiteBe(i int) bool {
	if !p.is(i, wBe) {
		return false
	}
	switch p.fold(i) {
	case "be", "been", "being", "'s":
		return false // "'s" may be a possessive's
	}
	return true
}

// asked reads "When asked whether he would run, Smith said …": the
// question is reported, and whoever asked it is not named.
func (p *parser) asked(x *verbCall) (*draft, bool) {
	q := p.askedWhat(x.c, x.a, x.b)
	if q < 0 {
		return nil, false
	}
	x.d.pre = true
	if !p.setContent(x.d, q, p.clauseEnd(q, x.b)) {
		return nil, true
	}
	return x.d, true
}

// toInfinitive leaves alone "to say": an infinitive, reported by another
// cue if at all.
func (p *parser) toInfinitive(x *verbCall) (*draft, bool) {
	c := x.c
	return nil, c.verb.Form == lexicon.Base && x.k == c.i && c.i > x.a && p.fold(c.i-1) == "to"
}

// andSaid reads "…, and said earlier that B": the subject is the claim's
// before, or the subject of the clause or the sentence before "and".
func (p *parser) andSaid(x *verbCall) (*draft, bool) {
	a, b, c, k, d, v := x.a, x.b, x.c, x.k, x.d, x.c.verb
	f := p.fold(k - 1)
	if f != "and" && f != "but" || k-1 <= a || k == c.i && v.Form != lexicon.Past && v.Form != lexicon.ThirdPerson {
		return nil, false
	}
	if n := len(p.drafts); n > p.first && p.sourced(p.drafts[n-1]) {
		d.elided = int32(n) // the claim just before
		return p.right(d, c, b, a), true
	}
	if s, e := p.clauseSubject(p.clauseStart(k-1, a), k-1); s >= 0 && p.goodNP(s, e) {
		d.src = [2]int{s, e}
		return p.right(d, c, b, a), true
	}
	if p.punct(k-2, ",") {
		// "She brought that down to $42,000, but said …": the subject
		// of the sentence's main clause.
		if s, e := p.mainSubject(a, k-2); s >= 0 {
			d.src = [2]int{s, e}
			return p.right(d, c, b, a), true
		}
	}
	return nil, false
}

// saidS reads "C, said S" and “C,” said S; but not after a subject with
// an appositive: “C,” Sarandon, 69, told MSNBC.
func (p *parser) saidS(x *verbCall) (*draft, bool) {
	a, b, c, d := x.a, x.b, x.c, x.d
	if x.k != c.i || !p.leftContent(c.i, a) && !(c.i == a && p.quoteBefore(a)) || p.objectContent(c) {
		return nil, false
	}
	e := p.npRight(c.j, b)
	if e <= 0 || !p.adjunctOnly(e, b) && !(p.who(e) && p.relativeToEnd(e, b)) || p.appositive(c.i, a) >= 0 {
		return nil, false
	}
	e = p.sourceTail(e, b)
	d.src = [2]int{c.j, e}
	d.post = true
	d.attr = [2]int{c.i - 1, e}
	if !p.postContent(d, c.i, a) {
		return nil, true
	}
	p.splitQuote(d, e, b)
	if d.parts[1].IsZero() {
		p.splitClause(d, e, b, true) // "The paradox, says Carl Anthony, is that …"
	}
	return d, true
}

// objectContent reports whether c is a verb whose object is its content,
// and so never the source put after it: "X, in Ohio, offered a contrast".
// A form that may be a noun is left to the rules for nouns ("…, the
// remarks Clinton made").
func (p *parser) objectContent(c cand) bool {
	v := c.verb
	return c.isVerb && v.Has(lexicon.FlagTopic) && (v.Form == lexicon.Past || !v.Has(lexicon.FlagNoun))
}

// subject finds the verb's subject before it, and reports whether there
// is one.
func (p *parser) subject(x *verbCall) bool {
	a, k := x.a, x.k
	ns := p.npLeft(k, a)
	if ns < 0 && k > a && (p.who(k-1) || p.which(k-1)) {
		ns = k - 1 // "Sanders, who said he intended …": the relative pronoun stands for the source
		q := k - 2
		if q > a && !p.punct(q, ",") {
			q = k - 1 // "compared with 23 percent who said …": a restrictive clause, with no comma
		}
		if q > a {
			h := p.npLeft(q, a)
			if h < 0 && q == k-1 {
				h = p.countLeft(q, a) // "compared with 23 percent who said"
			}
			if h >= 0 && h < q && p.goodNP(h, q) && !p.is(h, wPron) {
				x.d.ante = [2]int{h, q} // the phrase it stands for: "Sanders"
			}
		}
	}
	docRel := false
	if k-1 > a && x.c.class == claim.Finding && (p.fold(k-1) == "that" || p.fold(k-1) == "which") {
		// "polls that show him leading", "the video, which showed the
		// officer shooting": the document the relative pronoun stands for.
		e := k - 1
		if p.punct(e-1, ",") {
			e--
		}
		if h := p.npLeft(e, a); h >= 0 && p.docHead(h, e) {
			ns, docRel = h, true
		}
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
		return false
	}
	ns = p.listStart(ns, k, a) // "Labor unions, environmental groups and many lawmakers claim"
	ns = p.moreThan(ns, a)     // "More than 200 economists said"
	if q := p.purposeVerb(ns, k); q > ns {
		k = q // "he used the speech to try to refute": he, who used the speech to do it
		x.d.cue[0] = q
	}
	ns = p.possessorStart(ns, k, x.c)
	x.ns = ns
	x.d.src = [2]int{ns, k}
	if docRel {
		x.d.src[1] = k - 1 // the document, without its pronoun
		if p.punct(k-2, ",") {
			x.d.src[1] = k - 2
			x.b = p.clauseEnd(x.c.j, x.b) // the clause set off by commas ends at the next: "The records, which showed C, came out"
		}
	}
	if k > ns && p.toks[x.d.src[1]-1].Kind == text.Punct && p.fold(x.d.src[1]-1) != ")" { // appositive: leave out its final comma
		x.d.src[1]--
	}
	for e := x.d.src[1]; e-1 > ns && floating[p.fold(e-1)]; e-- {
		x.d.src[1] = e - 1 // "Bolton and Gorka both said": the quantifier is no part of the name
	}
	x.d.src[1] = p.dayAfter(ns, x.d.src[1])
	return true
}

// countLeft returns the start of a counted phrase that ends just before
// token q, after a preposition: "23 percent", "two officials" in
// "compared with 23 percent who said"; or -1.
func (p *parser) countLeft(q, a int) int {
	for j := q - 1; j >= a && j >= q-3; j-- {
		if p.toks[j].Kind == text.Number || p.is(j, wCount) {
			if j == a || p.is(j-1, wPrep|wAdj) {
				return j
			}
			return -1
		}
	}
	return -1
}

// toldTo reads "told Jeb Bush to quiet down": the hearer and what they
// are told to do.
func (p *parser) toldTo(x *verbCall) (*draft, bool) {
	b, c, r0 := x.b, x.c, x.r0
	if c.verb.Has(lexicon.FlagObject) && r0 > c.j {
		r0 = p.pastAppositive(r0, b) // "asked NBC’s Lester Holt, the moderator, to fact check Trump"
	}
	if !c.verb.Has(lexicon.FlagObject) || r0 <= c.j || p.fold(r0) != "to" || r0+1 >= b || p.toks[r0+1].Kind != text.Word ||
		p.is(r0+1, wDet|wPron) || p.toks[r0+1].Flags&text.Upper != 0 {
		return nil, false
	}
	x.d.pre = true
	if !p.setContent(x.d, c.j, p.clauseEnd(r0, b)) {
		return nil, true
	}
	return x.d, true
}

// maxHearerAppositive is how long an appositive after a hearer may be.
const maxHearerAppositive = 16

// pastAppositive returns the token after an appositive set off by commas
// that starts at token i, the comma, where "to" follows it; otherwise i.
func (p *parser) pastAppositive(i, b int) int {
	if !p.punct(i, ",") || i+1 >= b || !p.is(i+1, wDet) && p.toks[i+1].Flags&text.Upper == 0 {
		return i
	}
	for q := i + 2; q < b && q < i+maxHearerAppositive; q++ {
		if p.punct(q, ",") {
			if p.fold(q+1) == "to" {
				return q + 1
			}
			return i
		}
		if p.boundary(q) {
			return i
		}
	}
	return i
}

// thatClause reads "S said (adjuncts) that C".
func (p *parser) thatClause(x *verbCall) (*draft, bool) {
	if !p.that(x.r) {
		return nil, false
	}
	return p.right(x.d, x.c, x.b, x.a), true
}

// maxAsGap is how far after a cue of seeing its "as" may come: "see
// China's strategy in the talks as backpedaling".
const maxAsGap = 12

// asClause reads "S see X as Y"; a cue that also takes its object as a
// topic ("criticized the plan") needs no "as".
func (p *parser) asClause(x *verbCall) (*draft, bool) {
	v := x.c.verb
	if !v.Has(lexicon.FlagAs) {
		return nil, false
	}
	for q := x.r; q < x.b && q < x.r+maxAsGap; q++ {
		if p.fold(q) == "as" {
			return p.right(x.d, x.c, x.b, x.a), true
		}
		if p.boundary(q) {
			break
		}
	}
	if !v.Has(lexicon.FlagTopic) {
		return nil, true
	}
	return p.right(x.d, x.c, x.b, x.a), true
}

// colonQuote reads "S said: “C”" and "S told Y, adjunct, “C”", a colon
// that ends its paragraph before the quotation ("Cruz continued: ⏎ “C”"),
// and an unquoted "S said: C".
func (p *parser) colonQuote(x *verbCall) (*draft, bool) {
	r, ns, a, b := x.r, x.ns, x.a, x.b
	if !p.punct(r, ":") && (ns > a && p.quoteRightBefore(ns) || ns == a && p.quoteBefore(a)) {
		return nil, false // “C,” S said, “D”: C is the quotation attributed, and D goes on it; but a colon opens S's own
	}
	if (p.punct(r, ":") || p.punct(r, ",")) && r+1 < b && p.openQuote(r+1) {
		return p.right(x.d, x.c, b, a), true
	}
	if f := x.c.verb.Form; p.punct(r, ":") && r+1 < b && p.toks[r+1].Kind == text.Word && r == x.c.j &&
		(f == lexicon.Past || f == lexicon.ThirdPerson) && p.toks[x.c.i].Flags&text.Upper == 0 && !p.is(x.c.i-1, wDet) && !text.Possessive(p.fold(x.c.i-1)) {
		// "Limbaugh said: this reeks of fear": the words after the colon,
		// quoted or not.
		x.d.pre = true
		if !p.setContent(x.d, r+1, b) {
			return nil, true
		}
		return x.d, true
	}
	if p.punct(r, ":") && r+1 == b && p.openQuote(b) && int(p.pair[b]) > b && int(p.pair[b]) < b+maxContent {
		x.d.pre = true
		if !p.setContent(x.d, b, int(p.pair[b])+1) {
			return nil, true
		}
		return x.d, true
	}
	if f := x.c.verb.Form; p.punct(r, ":") && r+1 == b && b < len(p.toks) && p.toks[b].Kind == text.Word && p.newParagraph(b) && r == x.c.j &&
		(f == lexicon.Past || f == lexicon.ThirdPerson && !x.c.verb.Has(lexicon.FlagNoun)) { // but "China breaks WTO rules:"
		// "Limbaugh added: ⏎ And from a supposed front-runner, …": the
		// paragraph set off after the colon, unquoted, as a block quote.
		e := b + 1
		for e < len(p.toks) && e < b+maxContent && !p.newParagraph(e) {
			e++
		}
		x.d.pre = true
		if !p.setContent(x.d, b, e) {
			return nil, true
		}
		return x.d, true
	}
	return nil, false
}

// quoteAfter reads "S said “C”": a quotation right after the cue.
func (p *parser) quoteAfter(x *verbCall) (*draft, bool) {
	if !p.openQuote(x.r) {
		return nil, false
	}
	return p.right(x.d, x.c, x.b, x.a), true
}

// maxAsAside is how long a hearer or an adjunct between "As S said" and
// its comma may be, in tokens.
const maxAsAside = 8

// asSaid reads "As S said, C" and "C, as S said".
func (p *parser) asSaid(x *verbCall) (*draft, bool) {
	a, b, ns, r, d := x.a, x.b, x.ns, x.r, x.d
	if ns <= a || p.fold(ns-1) != "as" {
		return nil, false
	}
	if ns-1 == a {
		k := r
		if !p.punct(r, ",") {
			// "As Clinton told the New York Daily News, C", "As he noted
			// in an interview, C": a hearer or an adjunct before the comma;
			// but "As Trump talked about immigration, the crowd cheered", "As
			// she lamented illegal immigration, …": an object is the content.
			k = p.firstComma(r, b)
			aside := p.adjunctOnly(r, k) || x.c.isVerb && x.c.verb.Has(lexicon.FlagObject) && !x.c.verb.Has(lexicon.FlagTopic)
			if k >= b || k-r > maxAsAside || !aside || p.clauseIn(r, k) || p.that(r) {
				return nil, false
			}
		}
		d.pre = true
		if !p.setContent(d, k+1, b) {
			return nil, true
		}
		return d, true
	}
	if ns-2 > a && p.punct(ns-2, ",") && p.adjunctOnly(r, b) {
		d.post = true
		d.attr = [2]int{ns - 2, r}
		if !p.postContent(d, ns-1, a) {
			return nil, true
		}
		return d, true
	}
	return nil, false
}

// postAttribution reads "C, S said" and “C,” S told Fox 35 in Orlando: an
// attribution after its content, with at most a hearer and adjuncts
// after the cue.
func (p *parser) postAttribution(x *verbCall) (*draft, bool) {
	a, b, c, ns, d, v := x.a, x.b, x.c, x.ns, x.d, x.c.verb
	if !p.leftContent(ns, a) && !(ns == a && p.quoteBefore(a)) {
		return nil, false
	}
	if v.Has(lexicon.FlagNoun) && v.Form == lexicon.Base && !p.peopleSubject(x) {
		return nil, false // a noun: "…, Oklahoma and his home state."
	}
	r0, r := x.r0, x.r
	if ns == a && r < b && p.is(r, wEcho) && p.quoteBefore(a) {
		// “It is over.” Smith said it twice: the pronoun stands for the
		// quotation just before, which is the content. "too" and "also"
		// after it are read here only: as adjuncts of every cue they
		// would end subjects and contents elsewhere ("Jeb Bush, too";
		// "too much is made of …").
		k := r + 1
		if f := p.fold(k); k < b && (f == "too" || f == "also") {
			k++
		}
		if p.adjunctOnly(k, b) {
			r0, r = k, k
			x.r0, x.r = k, k
		}
	}
	if v.Has(lexicon.FlagObject) && !p.adjunctOnly(r0, b) && !p.adjunctOnly(r, b) {
		// “C,” he told Fox 35 in Orlando: after content, a hearer of
		// any shape, then adjuncts.
		if h := p.hearer(c.j, b); h > c.j && p.adjunctOnly(h, b) {
			r0, r = h, h
			x.r0, x.r = h, h
		}
	}
	if !(p.adjunctOnly(r0, b) || p.adjunctOnly(r, b) ||
		ns-2 >= a && p.closeQuote(ns-1) && p.punct(ns-2, ",") && !v.Has(lexicon.FlagTopic) && (p.gerundAdjunct(r, b) || p.timeClause(r, b))) {
		return nil, false
	}
	if p.openingAdjunct(ns, a) && r < b && !p.punct(r, ",") {
		return nil, false // no content before: "At CPAC, Hannity asked Kasich to …"; but "In his state, Christie said, …"
	}
	d.post = true
	d.attr = [2]int{ns - 1, r}
	if !p.postContent(d, ns, a) {
		return nil, true
	}
	p.splitQuote(d, r, b)
	if d.parts[1].IsZero() {
		p.splitClause(d, r0, b, false)
	}
	return d, true
}

// thatOnly leaves alone a cue that attributes only before "that" where
// no clause follows: "found the keys", "reports on …"; but a document's
// finding stands ("the study found higher rates").
func (p *parser) thatOnly(x *verbCall) (*draft, bool) {
	c, v := x.c, x.c.verb
	only := v.Has(lexicon.FlagThat) && !p.bareClause(x.r0, x.b) ||
		v.Has(lexicon.FlagNoun) && (v.Form == lexicon.Base && !((v.Has(lexicon.FlagTopic) || p.bareClause(x.r0, x.b)) && p.peopleSubject(x)) ||
			v.Form == lexicon.ThirdPerson && !p.personSubject(x))
	return nil, only && !(c.class == claim.Finding && p.docHead(x.ns, x.d.src[1]))
}

// possessorStart returns where the source of cue c, a noun after a
// possessive, starts: the possessor's phrase, its name or its determiner
// and noun, not the clause before it ("They shared the governor's view
// that C": the governor's); ns where the word before c is no possessive.
func (p *parser) possessorStart(ns, k int, c cand) int {
	if k-1 <= ns || !c.verb.Has(lexicon.FlagNoun) || !text.Possessive(p.fold(k-1)) {
		return ns
	}
	j := k - 1
	for j-1 >= ns && p.toks[j-1].Kind == text.Word {
		if p.is(j-1, wDet) {
			return j - 1
		}
		if p.toks[j-1].Flags&text.Upper == 0 {
			break
		}
		j--
	}
	return j
}

// personSubject reports whether the verb's subject ends in a name or a
// pronoun, not a possessive, or is a person or body named by a noun after
// a determiner, so that a form in -s that may be a noun is the verb:
// "Clinton calls Obamacare a crazy system", "Lynch calls North Carolina
// her home state", "the governor supports the plan"; but "Clinton's calls
// …" and "the report claims …" are left to the rule for nouns.
func (p *parser) personSubject(x *verbCall) bool {
	e := x.d.src[1]
	if e <= x.ns {
		return false
	}
	if text.Possessive(p.fold(e - 1)) {
		return false
	}
	if n := source.Noun(p.fold(e - 1)); (n == source.Person || n == source.Organization) && e-1 > x.ns && p.is(e-2, wDet) {
		return true // a person or a body named by a noun: "the governor supports the plan"
	}
	return p.is(e-1, wPron) || p.who(e-1) || p.which(e-1) || p.toks[e-1].Flags&text.Upper != 0 && p.toks[e-1].Kind == text.Word
}

// peopleSubject reports whether the verb's subject is people, whose
// verb a base form that is also a noun can be: "Most senators support
// the plan", "they back him"; but "the tax support".
func (p *parser) peopleSubject(x *verbCall) bool {
	e := x.d.src[1]
	if e <= x.ns || x.k != x.c.i && !p.is(x.k, wAux) {
		return false
	}
	if e-2 > x.ns && p.edWord(e-1) {
		e-- // "college students polled", "the senators surveyed"
	}
	switch p.fold(e - 1) {
	case "we", "they", "i":
		return true
	}
	if p.namesJoined(x.ns, e) {
		return true
	}
	// A noun for people, last or qualified after it: "two-thirds of the
	// voters in all five states support", "half the senators surveyed".
	for i := x.ns; i < e; i++ {
		if p.toks[i].Kind == text.Word && peopleNoun(p.fold(i)) {
			return true
		}
	}
	return false
}

// peopleNoun reports whether w is a plural noun for people: "voters",
// "senators".
func peopleNoun(w string) bool {
	n := source.Noun(w)
	return (n == source.Person || n == source.Group) && strings.HasSuffix(w, "s")
}

// timeThenClause reads "told reporters on Monday the vote was close": a
// clause after a time.
func (p *parser) timeThenClause(x *verbCall) (*draft, bool) {
	r0, r, b := x.r0, x.r, x.b
	if r > r0 && r < b && p.toks[r].Kind == text.Word && !p.is(r, wAdj) && p.timeWord(r0, r) {
		return p.right(x.d, x.c, b, x.a), true
	}
	return nil, false
}

// noContent leaves alone a cue with nothing after it that can be a
// content: the sentence's end, punctuation, or an adjunct.
func (p *parser) noContent(x *verbCall) (*draft, bool) {
	r0 := x.r0
	return nil, r0 >= x.b || p.toks[r0].Kind == text.Punct || p.is(r0, wAdj) && !p.is(r0, wDet) && p.fold(r0) != "this" && !p.atLeast(r0)
}

// bareContent reads "S said C": a clause right after the cue.
func (p *parser) bareContent(x *verbCall) (*draft, bool) {
	return p.right(x.d, x.c, x.b, x.a), true
}
