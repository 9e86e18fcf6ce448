package attribution

import (
	"strings"

	"github.com/hearsay-go/hearsay/claim"
	"github.com/hearsay-go/hearsay/internal/lexicon"
	"github.com/hearsay-go/hearsay/internal/text"
)

// The guards of a reporting verb: a cue word that is no verb here (a
// noun, an adjective, another verb's particle), tried before any
// construction (see verb).

// notVerb reports whether the cue word is no reporting verb where it
// stands: a name or title, a noun after a determiner, a modifier or a
// preposition, a name given ("a company called Synergics"), another verb
// ("called off").
func (p *parser) notVerb(a, b int, c cand) bool {
	v := c.verb
	if p.toks[c.i].Flags&text.Upper != 0 && c.i > a && p.qin[c.i-1] < 0 && !p.openQuote(c.i-1) && !p.title {
		return true // a name or title: "Secretary of State", "Fox News Report"
	}
	if c.i > a && p.is(c.i-1, wDet) && !(p.is(c.i-1, wCount) && v.Form == lexicon.Past) && !p.relativeThat(c) {
		return true // a noun: "the report", "its promises"; but "another said"
	}
	if v.Form == lexicon.Past && c.i > a && p.pluralNoun(c.j, b) &&
		(p.toks[c.i-1].Kind == text.Number || strings.HasSuffix(p.fold(c.i-1), "'s") && !p.is(c.i-1, wPron)) {
		return true // an adjective after a number or a possessive: "270 pledged delegates", "Sanders's stated plans"
	}
	if v.Form == lexicon.Gerund && p.namedBefore(c.i, a) && (c.j >= b || p.toks[c.j].Kind == text.Punct) {
		// A noun after names that modify it, with nothing after it:
		// "before a 2014 Senate Benghazi hearing, “…”"; but "a
		// California Democrat supporting Clinton".
		return true
	}
	if v.Has(lexicon.FlagNoun) && v.Form == lexicon.ThirdPerson && (c.i > a && (p.modifier(c.i-1) || p.toks[c.i-1].Kind == text.Number) ||
		c.j < b && p.fold(c.j) == "of" || c.j == c.i+1 && c.j < b && p.nounSubjectOf(c.j)) {
		// A plural noun after a word that modifies it or a number, or
		// before "of": "early primary states", "44 emails", "advocates of
		// women's rights".
		return true
	}
	if v.Has(lexicon.FlagCall) && v.Form == lexicon.Past && c.j == c.i+1 && c.i > a && p.introduced(c.i-1, a) {
		return true // a name given, not a claim: "a company called Synergics"
	}
	if v.Has(lexicon.FlagCall) && c.j < b {
		switch p.fold(c.j) {
		case "off", "up", "in", "back":
			return true // another verb: "called off a deal", "called up a friend"
		}
	}
	if v.Has(lexicon.FlagTopic) && c.j < b {
		switch p.fold(c.j) {
		case "off", "down", "away", "out":
			return true // another verb: "backed down", "backed away from the plan"
		}
	}
	if c.i > a && p.is(c.i-1, wPrep) && p.toks[c.i-1].Flags&text.Upper == 0 && p.fold(c.i-1) != "to" &&
		v.Form != lexicon.Gerund {
		return true // a noun after a preposition: "the officer in charge"; but "Al From said"
	}
	if p.fold(c.i) == "think" && (p.fold(c.j) == "tank" || p.fold(c.j) == "tanks") {
		return true // a noun: "a liberal think tank"
	}
	if p.knownAs(c.i) {
		return true // a name given: "The Valley Fruit Exchange, known as the VFE"
	}
	return false
}

// pluralNoun reports whether token j, before b, is a lower-case plural
// that is no pronoun, determiner or auxiliary: "delegates", "plans".
func (p *parser) pluralNoun(j, b int) bool {
	if j >= b || p.toks[j].Kind != text.Word || p.toks[j].Flags&text.Upper != 0 || p.is(j, wPron|wDet|wAux|wStop) {
		return false
	}
	f := p.fold(j)
	return len(f) > 3 && strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ss")
}

// knownAs reports whether tokens i and i+1 give a name: "known as",
// "known by".
func (p *parser) knownAs(i int) bool {
	return p.fold(i) == "known" && (p.fold(i+1) == "as" || p.fold(i+1) == "by")
}

// relativeThat reports whether the "that" before the cue of c is a
// relative pronoun, not a determiner: after a noun, before a verb of a
// document in the past or in -s ("polls that show him leading", "records
// that showed"); but "that report".
func (p *parser) relativeThat(c cand) bool {
	v := c.verb
	return c.class == claim.Finding && c.i > 1 && p.fold(c.i-1) == "that" && (v.Form == lexicon.Past || v.Form == lexicon.ThirdPerson) &&
		p.toks[c.i-2].Kind == text.Word && !p.is(c.i-2, wStop|wAux|wPrep|wDet|wPron)
}

// nounSubjectOf reports whether the reporting verb at i follows a plural
// noun that is its subject, not a verb itself: "Subsequent estimates put
// the figure", "Polls show": a verb of a form that a plural subject takes.
func (p *parser) nounSubjectOf(i int) bool {
	v, ok := p.verbAt(i)
	return ok && (v.Form == lexicon.Base || v.Form == lexicon.Past) && p.toks[i].Flags&text.Upper == 0 && !v.Has(lexicon.FlagNoun)
}
