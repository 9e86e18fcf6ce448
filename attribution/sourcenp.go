package attribution

import (
	"strings"

	"github.com/hearsay-go/hearsay/internal/text"
	"github.com/hearsay-go/hearsay/source"
)

// What can name a source: the tests a phrase before or after a cue
// passes to be read as its speaker ("officials", "Sen. Warren", "people
// familiar with the talks"), and fails where it is an adjunct, a gerund's
// phrase or a headline's prepositional tail.

// goodNP reports whether tokens [i, j) can name a source: a pronoun, a
// phrase that opens with a capital, a determiner or a number, or one whose
// head is a noun for people, bodies or documents ("officials", "experts").
func (p *parser) goodNP(i, j int) bool {
	t := &p.toks[i]
	if t.Flags&text.Upper != 0 && j-i > 1 && p.prepositionOpens(i) {
		return false // a headline's "Over Police Shooting Comments"
	}
	if t.Flags&text.Upper != 0 || t.Kind == text.Number || p.is(i, wDet|wPron|wCount) {
		return !p.gerundIn(i, j)
	}
	h := j - 1
	for q := i + 1; q < j; q++ {
		// The head comes before a post-modifier: "people familiar with …".
		if p.is(q, wAdj) || p.fold(q) == "familiar" || p.fold(q) == "close" || p.who(q) {
			h = q - 1
			break
		}
	}
	if p.toks[h].Flags&text.Upper != 0 {
		return !p.gerundIn(i, j) // "super PAC spokeswoman Kellyanne Conway"
	}
	return (source.Noun(p.fold(h)) != source.EntityUnknown || agentPlural(p.fold(h))) && !p.gerundIn(i, j)
}

// prepositionOpens reports whether token i is a preposition that opens
// an adjunct, not a quantity: "Over Police Shooting", "In a statement",
// but "About half of voters", "At least four senators".
func (p *parser) prepositionOpens(i int) bool {
	f := p.fold(i)
	switch f {
	case "about":
		return false
	case "at":
		return p.fold(i+1) != "least"
	case "over", "during", "via", "through", "after", "before", "amid", "into", "against", "among", "without",
		"despite", "unlike", "besides", "within", "throughout", "toward", "towards", "upon":
		return true
	}
	return p.is(i, wPrep)
}

// guessedHead reports whether token i counts as a noun for people only by
// its ending, too weak a sign to split a coordination ("airplanes and
// helicopters").
func (p *parser) guessedHead(i int) bool {
	f := p.fold(i)
	return source.Noun(f) == source.EntityUnknown && agentPlural(f)
}

// agentPlural reports whether w looks like a plural noun for people by its
// ending: "forecasters", "specialists", "physicians", "investors".
func agentPlural(w string) bool {
	if len(w) < 6 {
		return false
	}
	for _, suf := range [...]string{"ers", "ors", "ists", "ians"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// gerundIn reports whether tokens [i, j) hold a lower-case word ending in
// "ing" before any preposition: a verb phrase, not a noun phrase.
func (p *parser) gerundIn(i, j int) bool {
	for q := i; q < j; q++ {
		if p.is(q, wAdj) {
			return false
		}
		t := &p.toks[q]
		if t.Kind != text.Word || t.Flags&text.Upper != 0 || t.End-t.Start < 6 || p.text[t.End-3:t.End] != "ing" {
			continue // only a lower-case word in -ing may be a gerund
		}
		if f := p.fold(q); source.Noun(f) == source.EntityUnknown &&
			(q == i || q+1 < j && p.is(q+1, wDet|wAdj)) {
			if n := p.fold(q + 1); q+2 == j && (source.Noun(n) != source.EntityUnknown || agentPlural(n)) {
				return false // a modifier of a noun for people: "restructuring experts", "hacking specialists"
			}
			return true
		}
	}
	return false
}
