package attribution

import "github.com/hearsay-go/hearsay/internal/text"

// Subjects that are lists: "Labor unions, environmental groups and many
// lawmakers claim", the quantifiers that float after a subject, apart
// from it ("Bolton and Gorka both said"), and a subject's verb of purpose
// before the cue ("he used the speech to try to refute").

// floating are the quantifiers that may follow a subject, apart from
// it: "Bolton and Gorka both said", "the two men all agreed".
var floating = map[string]bool{"both": true, "all": true, "each": true}

// listStart returns where a list of three or more noun phrases starts
// whose last two, joined by "and", are the subject [ns, k) (or whose last
// one follows ", and"), where the list opens the sentence at a: "Labor
// unions, environmental groups and many lawmakers claim", "President
// Obama, Hillary Clinton, and other Democrats said". Else it returns ns.
func (p *parser) listStart(ns, k, a int) int {
	q := -1 // the comma before the subject's first item
	switch {
	case ns-2 >= a && p.fold(ns-1) == "and" && p.punct(ns-2, ","):
		q = ns - 2 // ", and other Democrats"
	case ns-1 > a && p.punct(ns-1, ",") && p.joinedByAnd(ns, k):
		q = ns - 1
	case ns-2 > a && p.fold(ns-1) == "and":
		// "environmental groups and many lawmakers": the subject is the
		// last item; the one before "and" is the list's.
		s := ns - 1
		for s > a && ns-1-s < maxListItem && p.listWord(s-1) {
			s--
		}
		if s == ns-1 || s-1 <= a || !p.punct(s-1, ",") {
			return ns
		}
		q = s - 1
	default:
		return ns
	}
	for q > a {
		s := q
		for s > a && q-s < maxListItem && p.listWord(s-1) {
			s--
		}
		switch {
		case s == q:
			return ns
		case s == a:
			return a
		case p.punct(s-1, ","):
			q = s - 1
		default:
			return ns
		}
	}
	return ns
}

// maxListItem is the most tokens of one item of a listed subject.
const maxListItem = 5

// joinedByAnd reports whether tokens [s, e) join two phrases by "and".
func (p *parser) joinedByAnd(s, e int) bool {
	for k := s + 1; k < e-1; k++ {
		if p.fold(k) == "and" {
			return true
		}
	}
	return false
}

// listWord reports whether token i may be in an item of a listed subject:
// a word that is no verb, auxiliary, subordinator, time or adverb in -ly.
func (p *parser) listWord(i int) bool {
	t := &p.toks[i]
	if t.Kind != text.Word && t.Kind != text.Number || p.is(i, wAux|wSub|wTime|wPrep|wDiscourse) || p.lyAdverb(i) || p.used[i] {
		return false
	}
	if p.toks[i].Flags&text.Upper == 0 && (p.pastWord(i) || p.cueVerb(i)) {
		return false
	}
	return true
}

// purposeVerb returns the verb in the past of a subject phrase [ns, k)
// that ends in "to", an infinitive of purpose before the cue: "used" in
// "he used the speech to try to refute"; or -1.
func (p *parser) purposeVerb(ns, k int) int {
	if k-1 <= ns+1 || p.fold(k-1) != "to" {
		return -1
	}
	for q := ns + 1; q < k-1; q++ {
		if p.pastWord(q) && p.goodNP(ns, q) {
			return q
		}
	}
	return -1
}

// namesJoined reports whether tokens [s, e) are names joined by "and",
// a plural subject: "China and Russia", "the United States, Britain and
// France".
func (p *parser) namesJoined(s, e int) bool {
	and := false
	for k := s; k < e; k++ {
		switch t := &p.toks[k]; {
		case p.fold(k) == "and":
			and = k > s
		case p.punct(k, ","), p.is(k, wDet):
		case t.Kind != text.Word || t.Flags&text.Upper == 0:
			return false
		}
	}
	return and && p.toks[e-1].Flags&text.Upper != 0
}

// moreThan returns the start of a subject [ns, …) with the comparison
// that counts it before it: "More than 200 economists", "fewer than half
// the senators".
func (p *parser) moreThan(ns, a int) int {
	if ns-2 < a || p.fold(ns-1) != "than" {
		return ns
	}
	switch p.fold(ns - 2) {
	case "more", "fewer", "less":
		return ns - 2
	}
	return ns
}
