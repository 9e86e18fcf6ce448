package attribution

import (
	"strings"

	"github.com/hearsay-go/hearsay/internal/lexicon"
	"github.com/hearsay-go/hearsay/internal/text"
	"github.com/hearsay-go/hearsay/source"
)

// Adjuncts: what stands between a cue and its content and is neither, a
// hearer ("told reporters"), an aside between dashes, words of time and
// place ("said on Tuesday in a statement").

// The longest hearers, in tokens: one that runs up to "that" ("told
// the senator's aides and lawyers that"), a name ("told The Associated
// Press"), a few modifiers and a noun for people ("told one FBI agent").
const (
	maxHearerToThat = 8
	maxHearerName   = 6
	maxHearerNoun   = 4
)

// skipObject skips the hearer of "told reporters", "assured lawmakers",
// "told The Associated Press" at token i.
func (p *parser) skipObject(i, b int) int {
	// "told X that …": the object runs up to "that".
	for k := i; k < b && k < i+maxHearerToThat; k++ {
		if p.that(k) && k > i {
			return k
		}
		if p.boundary(k) {
			break
		}
	}
	switch {
	case i >= b:
		return i
	case p.is(i, wHearer|wPron):
		return i + 1
	case p.toks[i].Flags&text.Upper != 0:
		k := i
		for k < b && k < i+maxHearerName && (p.toks[k].Flags&text.Upper != 0 ||
			(p.fold(k) == "of" || p.fold(k) == "the") && k+1 < b && p.toks[k+1].Flags&text.Upper != 0) {
			k++
		}
		return k
	case p.is(i, wDet) && i+1 < b && p.toks[i+1].Kind == text.Word:
		if p.is(i+1, wHearer) {
			return i + 2
		}
	}
	// "told federal investigators", "told one FBI agent": a few modifiers
	// and a noun for people.
	for k := i; k < b && k < i+maxHearerNoun; k++ {
		if p.boundary(k) {
			break
		}
		if e := source.Noun(p.fold(k)); e == source.Person || e == source.Group || p.is(k, wHearer) {
			return k + 1
		}
	}
	return i
}

// hearer returns the end of a hearer that starts at token i and is only
// words that are no preposition, word of time or verb: "Fox 35", "New
// York magazine", "French television station BFMTV"; or i.
func (p *parser) hearer(i, b int) int {
	k := i
	if k < b && p.is(k, wDet) {
		k++
	}
	for ; k < b && k < i+maxHearerName; k++ {
		t := &p.toks[k]
		if t.Kind != text.Word && t.Kind != text.Number || p.is(k, wAdj|wTime|wStop|wSub|wAux) || p.used[k] {
			break
		}
		if _, ok := p.verbAt(k); ok {
			break
		}
	}
	if !p.contentWord(i, k) {
		return i
	}
	return k
}

// skipAside skips an aside between dashes or commas at token i, if one is
// there, and a "that" follows it: "said — on Twitter, as it happens —
// that", "testified, for example, that".
func (p *parser) skipAside(i, b int) int {
	if !p.punct(i, "—") && !p.punct(i, "–") && !p.punct(i, ",") {
		return i
	}
	for k := i + 1; k < b && k < i+maxAside; k++ {
		if p.toks[k].Kind == text.Quote {
			return i
		}
		if p.punct(k, p.fold(i)) {
			if p.that(k + 1) {
				return k + 1
			}
			return i
		}
	}
	return i
}

// maxAside is the longest aside between dashes, in tokens.
const maxAside = 15

// skipAdjunct skips "in a statement", "on Tuesday", "earlier this month"
// before "that" at token i; without "that" ahead it skips only words of
// time.
func (p *parser) skipAdjunct(i, b int) int {
	if p.that(i) || p.atLeast(i) {
		return i
	}
	if j := p.adjunctLead(i, b); j > i && j+1 < b && p.that(j) && p.toks[j+1].Kind == text.Word && !p.is(j+1, wAdj) {
		return j // "said only that the talks go on"; but "proposed just that in 2013"
	}
	if p.punct(i, ",") && p.is(i+1, wAdj|wTime) {
		// "told his audience, to rowdy applause: “…”"
		for k := i + 1; k < b && k < i+10; k++ {
			if (p.punct(k, ",") || p.punct(k, ":")) && p.openQuote(k+1) {
				return k
			}
			if p.toks[k].Kind != text.Word {
				break
			}
		}
	}
	for k := i; (p.is(i, wAdj|wTime) || p.fold(i) == "of") && k < b && k < i+16; k++ { // "said of Merkel: “…”"
		if p.that(k) && k > i {
			return k
		}
		if (p.punct(k, ",") || p.punct(k, ":")) && p.openQuote(k+1) {
			return k
		}
		if p.openQuote(k) && k > i && int(p.pair[k]) < k+12 && int(p.pair[k]) < b {
			k = int(p.pair[k]) // a title: "said on ABC's “This Week” that"
			continue
		}
		if p.toks[k].Kind == text.Quote || p.toks[k].Kind == text.Punct || p.used[k] {
			break
		}
		if v, ok := p.verbAt(k); ok && k > i && !p.is(k-1, wDet) && !p.namedBefore(k, i) &&
			!(v.Has(lexicon.FlagNoun) && v.Form == lexicon.Base) { // "during a press call"
			break
		}
	}
	for i < b && p.is(i, wTime) && !p.is(i, wDet) {
		i++
	}
	for i < b && p.is(i, wTime) && (p.fold(i) == "this" || p.fold(i) == "last" || p.fold(i) == "next") && i+1 < b && p.is(i+1, wTime) {
		i += 2
	}
	return i
}

// verbGroup reports whether token k is a form of "be" or an auxiliary,
// which make a clause; an adverb of time or manner that the "aux" class
// of words.txt also holds ("then", "again") does not.
func (p *parser) verbGroup(k int) bool {
	return p.is(k, wBe) || p.is(k, wAux) && !p.is(k, wAdj)
}

// gerundAdjunct reports whether tokens [i, b) are a phrase opened by a
// lower-case word in -ing with no auxiliary after it: after “a quotation,”
// and its attribution, an adjunct ("“…,” he said introducing Clinton as a
// leader"), not a clause ("said selling Trump has been a challenge"). An
// adverb of time that the verb group may hold is no auxiliary ("pointing
// to one and then the other of his ears").
func (p *parser) gerundAdjunct(i, b int) bool {
	if i >= b || !p.ingWord(i) {
		return false
	}
	for k := i + 1; k < b; k++ {
		if p.verbGroup(k) {
			return false
		}
	}
	return true
}

// timeClause reports whether tokens [i, b) are a clause of time that
// opens with "after", "before", "when", "as" or "while": after “…,” S
// said, the occasion of the words ("Axelrod tweeted after Clinton argued
// that …"), not their content.
func (p *parser) timeClause(i, b int) bool {
	if i+1 >= b {
		return false
	}
	switch p.fold(i) {
	case "after", "before", "when", "as", "while":
		return p.toks[i+1].Kind == text.Word
	}
	return false
}

// adjunctOnly reports whether tokens [i, b) are only an adjunct that may
// follow a post-posed attribution ("on condition of anonymity", "in a
// statement on Tuesday"), up to the sentence end or a comma.
func (p *parser) adjunctOnly(i, b int) bool {
	if i >= b {
		return true
	}
	t := &p.toks[i]
	if t.Kind == text.Punct {
		return true
	}
	if t.Kind == text.Quote {
		return false
	}
	if p.lyAdverb(i) && (i+1 >= b || p.toks[i+1].Kind == text.Punct) {
		return true // "said dryly", "said simply."
	}
	if j := p.adjunctLead(i, b); j > i && j < b && p.is(j, wAdj|wTime) {
		i = j // "said just after midnight", "said hours before the vote"
	}
	if t.Kind == text.Number || p.is(i, wCount) {
		if j := p.adjunctLead(i+1, b); j > i+1 && j < b && p.is(j, wAdj|wTime) {
			i = j // "said 30 minutes into the debate", "said two days after the vote"
		}
	}
	if p.fold(i) == "the" && i+1 < b {
		// "said the other day", "said the next morning": a time after
		// "the".
		j := i + 1
		if g := p.fold(j); g == "other" || g == "same" || g == "next" || g == "following" {
			j++
		}
		if j < b && p.is(j, wTime) && !p.is(j, wAdj) && (j+1 >= b || p.toks[j+1].Kind == text.Punct) {
			i = j
		}
	}
	if !p.is(i, wAdj|wTime) && p.fold(i) != "of" { // "said of the families"
		return false
	}
	if p.fold(i) == "to" && i+1 < b && p.infinitive(i+1) {
		return false // "wants to be involved": an infinitive, not an adjunct
	}
	for k := i; k < b; k++ {
		if p.that(k) || p.toks[k].Kind == text.Quote && k == i {
			return false
		}
		if p.punct(k, ",") || p.punct(k, ".") {
			return true
		}
		if k-i > maxAdjunct {
			return false
		}
	}
	return true
}

// adjunctLead returns the end of a run of at most two words that may lead
// an adjunct of time or place: the "lead" words of words.txt ("just",
// "hours") and adverbs in -ly (lyAdverb), as in "just after midnight" and "hours
// before the vote"; i when there is none.
func (p *parser) adjunctLead(i, b int) int {
	j := i
	for j < b && j < i+2 && p.toks[j].Kind == text.Word && p.toks[j].Flags&text.Upper == 0 && !p.is(j, wAdj|wTime|wDet|wPron) {
		if p.ents.bits[p.ent[j]]&wLead != 0 {
			j++
			continue
		}
		if p.lyAdverb(j) && !p.is(j, wAux) {
			j++
			continue
		}
		break
	}
	return j
}

// relativeToEnd reports whether tokens [i, b) are a relative clause that
// runs to the end of the sentence: "who requested anonymity to avoid …".
func (p *parser) relativeToEnd(i, b int) bool {
	for k := i + 1; k < b; k++ {
		if p.toks[k].Kind == text.Quote || p.used[k] {
			return false
		}
	}
	return b-i < maxRelativeToEnd
}

// maxAdjunct is the longest adjunct that may end a sentence after a cue,
// in tokens ("said in an interview with the station on Tuesday night after
// the vote"); maxRelativeToEnd the longest relative clause that ends one
// ("who requested anonymity because they were not authorized …").
const (
	maxAdjunct       = 24
	maxRelativeToEnd = 40
)

// infinitive reports whether token i is a verb's base form after "to":
// a reporting verb, or one of the commonest verbs.
func (p *parser) infinitive(i int) bool {
	if v, ok := p.verbAt(i); ok && v.Form == lexicon.Base {
		return true
	}
	return p.is(i, wInf)
}

// timeWord reports whether tokens [i, j) hold a word of time that is not
// a preposition: "Monday", "week", "today".
func (p *parser) timeWord(i, j int) bool {
	for ; i < j; i++ {
		if p.is(i, wTime) && !p.is(i, wDet|wPrep) && p.fold(i) != "during" && p.fold(i) != "over" {
			return true
		}
	}
	return false
}

// eventTail returns where a content in tokens [r, e) ends when it ends in
// an adjunct of its attribution: the occasion or medium of the words ("in
// an interview with CNN on Sunday", "in a statement", "at a rally in
// Mississippi", "on Twitter"), or, when time is set (a cue whose object
// is what it is about: "endorsed Clinton on Thursday"), a time ("in June
// 2015", "on Thursday night"). Else it returns e. An occasion after a
// verb is the content's own ("he will speak at a rally").
func (p *parser) eventTail(r, e int, time bool) int {
	for q := r + 1; q < e; q++ {
		switch p.fold(q) {
		case "in", "on", "at", "during":
		default:
			continue
		}
		if p.qin[q] >= 0 || p.toks[q].Flags&text.Upper != 0 || p.verbBefore(q) {
			continue
		}
		if p.occasion(q+1, e) || time && p.timeToEnd(q+1, e) {
			return q
		}
	}
	return e
}

// verbBefore reports whether token q follows a verb of the content:
// "speak at", "appeared on", "tweeted on" (but a word in -ing may be a
// noun: "criticized the ruling on Twitter").
func (p *parser) verbBefore(q int) bool {
	k := q - 1
	if p.toks[k].Kind != text.Word {
		return false
	}
	if v, ok := p.verbAt(k); ok {
		return !v.Has(lexicon.FlagNoun) || v.Form == lexicon.Past
	}
	if f := p.fold(k); strings.HasSuffix(f, "s") && p.is(k-1, wPron|wStop) {
		return true // "what happens on a video", "he speaks at"
	}
	return p.infinitive(k) || p.pastWord(k)
}

// maxOccasionLead is how many words may come before the noun of an
// occasion: "in his opening statement", "at last week's forum".
const maxOccasionLead = 4

// occasion reports whether tokens [i, e) are the rest of an adjunct of
// occasion after its preposition: a noun of the "event" class of
// words.txt after at most maxOccasionLead words, then nothing, names
// ("on Fox News"), an adjunct or a gerund phrase ("following the news").
func (p *parser) occasion(i, e int) bool {
	for k := i; k < e && k <= i+maxOccasionLead; k++ {
		if p.toks[k].Kind == text.Quote || p.toks[k].Kind == text.Punct {
			return false
		}
		if !p.is(k, wEvent) {
			continue
		}
		if f := p.fold(k); p.toks[k].Flags&text.Upper == 0 && !strings.HasSuffix(f, "s") && !p.detIn(i, k) {
			return false // "plagiarism in political speech": speech as a thing, not an occasion
		}
		rest := k + 1
		for rest < e && p.toks[rest].Flags&text.Upper != 0 {
			rest++
		}
		if rest < e && p.edWord(rest) {
			rest++ // "in an interview published Saturday"
		}
		return p.endOfContent(rest, e) || p.placeOrTime(rest, e) || p.gerundAdjunct(rest, e)
	}
	return false
}

// detIn reports whether tokens [i, k) hold a determiner.
func (p *parser) detIn(i, k int) bool {
	for ; i < k; i++ {
		if p.is(i, wDet) {
			return true
		}
	}
	return false
}

// maxPlaceTail is the longest adjunct after an occasion: "with the
// station on Tuesday night after the vote".
const maxPlaceTail = 12

// placeOrTime reports whether tokens [i, e) are adjuncts of place and
// time and nothing else: "with CNN on Sunday", "in Florida last week",
// "of Thursday night's debate";
// not "as the winner of …", "in the state - California is …", "when she
// tried …".
func (p *parser) placeOrTime(i, e int) bool {
	if i >= e || !p.is(i, wAdj|wTime) && p.fold(i) != "of" {
		return false
	}
	for k := i; k < e && !p.endOfContent(k, e); k++ {
		if k-i >= maxPlaceTail || p.toks[k].Kind != text.Word || p.is(k, wStop) || p.fold(k) == "as" || p.verbGroup(k) {
			return false
		}
	}
	return true
}

// maxTimeTail is the longest time that may end a content: "on Thursday
// night last week".
const maxTimeTail = 5

// timeToEnd reports whether tokens [i, e) are only words of time and
// numbers: "June 2015", "late May", "Thursday night".
func (p *parser) timeToEnd(i, e int) bool {
	time := false
	for k := i; k < e && !p.endOfContent(k, e); k++ {
		if k-i >= maxTimeTail {
			return false
		}
		switch {
		case p.is(k, wTime) || p.toks[k].Kind == text.Number:
			time = true
		case p.is(k, wDet):
		default:
			return false
		}
	}
	return time
}

// endOfContent reports whether tokens [k, e) hold only closing
// punctuation.
func (p *parser) endOfContent(k, e int) bool {
	for ; k < e; k++ {
		if p.toks[k].Kind != text.Punct {
			return false
		}
	}
	return true
}

// atLeast reports whether tokens i and i+1 are "at least" or "at most",
// which bound what follows, not an adjunct of place: "support at least
// lowering the number".
func (p *parser) atLeast(i int) bool {
	f := p.fold(i + 1)
	return p.fold(i) == "at" && (f == "least" || f == "most")
}

// dayAfter returns where a subject [ns, e) ends without the day that may
// follow it before the verb: "President Barack Obama on Tuesday said",
// "The council yesterday voted".
func (p *parser) dayAfter(ns, e int) int {
	switch {
	case e-2 > ns && p.fold(e-2) == "on" && p.is(e-1, wDay):
		return e - 2
	case e-1 > ns && p.is(e-1, wDay) && p.toks[e-2].Kind == text.Word:
		return e - 1 // "Clinton Tuesday said", "The council yesterday voted"
	case e-2 > ns && (p.is(e-2, wDay) || p.fold(e-2) == "last") && p.is(e-1, wDayPart):
		return e - 2 // "Broaddrick Sunday night said", "Trump last night said"
	}
	return e
}

// openingAdjunct reports whether the words before the comma before token
// ns, from the sentence's start a, are one adjunct and no clause: "At
// CPAC," "Since then,".
func (p *parser) openingAdjunct(ns, a int) bool {
	if ns-1 <= a || !p.punct(ns-1, ",") {
		return false
	}
	for k := a; k < ns-1; k++ {
		if p.toks[k].Kind != text.Word && !p.punct(k, "'") || p.verbGroup(k) {
			return false // a clause: "This has been a concern, Elleithee said"
		}
	}
	return p.adjunctOnly(a, ns-1)
}
