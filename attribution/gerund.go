package attribution

import (
	"strings"

	"github.com/hearsay-go/hearsay/internal/lexicon"
)

// Cues in -ing: "S went …, saying C", "After saying C, S …", "S, after
// initially saying C, …". The source is the claim's just before, the
// subject of the clause, or the sentence's.

// gerundCue reads a cue in -ing: "…, saying C", "Noting that C, S …".
func (p *parser) gerundCue(x *verbCall) (*draft, bool) {
	if x.c.verb.Form != lexicon.Gerund {
		return nil, false
	}
	return p.gerund(x.d, x.a, x.b, x.c, p.first), true
}

// gerund reads "…, adding that B" and "others … saying B".
func (p *parser) gerund(d *draft, a, b int, c cand, first int) *draft {
	at := c.i // the verb, before the adverbs in -ly that lead it after a clause: "…, forcefully denouncing C"
	for at-1 > a && p.lyAdverb(at-1) {
		at--
	}
	if !p.punct(at-1, ",") || at-2 <= a {
		at = c.i // "However, simply complaining about it is not enough": a subject
	}
	if n := len(p.drafts); n > first && p.punct(at-1, ",") && p.sourced(p.drafts[n-1]) {
		d.elided = int32(n) // the claim just before; but one with no source ("Clinton seemed ready, telling …") gives none
	} else {
		cs := p.clauseStart(c.i, a)
		if cs == at {
			cs = c.i
		}
		s, e := p.clauseSubject(cs, c.i)
		if s >= 0 && e-s > 1 && p.prepositionOpens(s) {
			s++ // "Despite pre-event disclaimers urging C": the disclaimers
		}
		if s < 0 && cs == c.i || cs > a && p.pastWord(cs) {
			// "S, who …, provided a statement saying C": the clause is a
			// predicate of the sentence's subject.
			s, e = p.mainSubject(a, min(c.i, cs))
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
	switch {
	case p.withheldAnswer(c):
		return nil // "…, declining to comment": no claim (see nonResponse)
	case p.takesInfinitive(c, b):
		return p.infinitiveAsContent(d, c, b) // "is promising to cut taxes", "…, vowing to fight on"
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
