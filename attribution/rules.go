package attribution

import (
	"strings"

	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/claim"
	"github.com/hearsay-go/hearsay/internal/lexicon"
	"github.com/hearsay-go/hearsay/internal/text"
	"github.com/hearsay-go/hearsay/source"
)

// maxNP is the longest subject noun phrase, in tokens.
const maxNP = 16

// cand is a cue found in a sentence, before the rules decide whether it
// attributes anything.
type cand struct {
	i, j   int // tokens of the cue
	verb   lexicon.Verb
	isVerb bool
	kind   lexicon.PhraseKind
	phrase bool
	class  claim.CueClass
}

func cueClass(c lexicon.Class) claim.CueClass {
	switch c {
	case lexicon.Speech:
		return claim.Speech
	case lexicon.Denial:
		return claim.Denial
	case lexicon.Attitude:
		return claim.Attitude
	case lexicon.Document:
		return claim.Finding
	}
	return claim.CueUnknown
}

// candidates lists the cues of the sentence [a, b) outside quotations,
// from the words that index found may be cues.
func (p *parser) candidates(a, b int, dst []cand) []cand {
	next := a // the first token not inside a cue found
	for ; p.cue < len(p.cues) && int(p.cues[p.cue]) < b; p.cue++ {
		i := int(p.cues[p.cue])
		if i < next || p.qin[i] >= 0 {
			continue
		}
		e := p.ents.list[p.ent[i]]
		best := cand{i: -1, j: -1}
		for pi, ph := range e.phrases {
			n := len(ph.Words)
			if i+n > b {
				continue
			}
			ok := true
			if tail := e.tails[pi]; tail != nil {
				for k, x := range tail {
					if p.ent[i+1+k] != x {
						ok = false
						break
					}
				}
			} else {
				for k := 1; k < n; k++ {
					// Only words, as with tails: what a phrase covers
					// counts as words in the sentence's facts.
					if p.toks[i+k].Kind != text.Word || p.fold(i+k) != ph.Words[k] {
						ok = false
						break
					}
				}
			}
			if ok && n > best.j-best.i {
				best = cand{i: i, j: i + n, kind: ph.Kind, phrase: true, class: cueClass(ph.Class)}
				if ph.Kind == lexicon.VerbTail {
					best.verb, best.isVerb = e.verb, e.isVerb
				}
			}
		}
		if best.i < 0 && e.isVerb && e.class&wNotCue == 0 {
			best = cand{i: i, j: i + 1, verb: e.verb, isVerb: true, class: cueClass(e.verb.Class)}
		}
		if best.i >= 0 {
			dst = append(dst, best)
			next = best.j
		}
	}
	return dst
}

// sentenceFacts are what one pass over a sentence learns for the rules
// that follow.
type sentenceFacts struct {
	words, upper int32 // words, and words with a capital
	answer       bool  // a verb of answering: a non-response may follow
	punct        bool  // a colon or dash, which may carry a cue
	anon         bool  // a word that may open a reason for anonymity
}

// word counts the word t, whose lexicon bits are bits.
func (f *sentenceFacts) word(t *text.Token, bits uint32) {
	f.words++
	if t.Flags&text.Upper != 0 {
		f.upper++
	}
	if bits&uint32(wAnswer) != 0 {
		f.answer = true
	}
	if bits&uint32(wAnon) != 0 {
		f.anon = true
	}
}

// mark notes the punctuation mark t of s: a colon or a dash.
func (f *sentenceFacts) mark(s string, t *text.Token) {
	if t.End-t.Start <= 3 {
		switch s[t.Start] { // ":", and dashes: "—", "–", "―" start with 0xe2
		case ':', '-', 0xe2:
			f.punct = true
		}
	}
}

// windowFacts returns the facts of the tokens [a, b): index has them for
// whole sentences.
func (p *parser) windowFacts(a, b int) sentenceFacts {
	var f sentenceFacts
	for i := a; i < b; i++ {
		switch t := &p.toks[i]; t.Kind {
		case text.Word:
			f.word(t, p.ents.bits[p.ent[i]])
		case text.Punct:
			f.mark(p.text, t)
		}
	}
	return f
}

// title reports whether the sentence is a headline in title case: most of
// its words capitalized.
func (f sentenceFacts) title() bool { return f.words >= 3 && f.upper*4 >= f.words*3 }

// sentence applies the construction rules to the sentence [a, b).
func (p *parser) sentence(si, a, b int) {
	var buf [16]cand
	cands := p.candidates(a, b, buf[:0])
	facts := p.facts[si]
	if a != p.sents[si][0] || b != p.sents[si][1] {
		facts = p.windowFacts(a, b) // a long sentence, read in windows
	}
	first := len(p.drafts)
	p.first = first
	p.title = facts.title()
	if facts.punct || p.is(a, wAdj) {
		p.punctuationCues(si, a, b)
	}
	if len(cands) == 0 {
		if facts.answer {
			p.nonResponse(a, b)
		}
		return
	}
	for _, c := range cands {
		if p.used[c.i] {
			continue
		}
		var d *draft
		switch {
		case c.phrase && c.kind == lexicon.SourceAfter:
			d = p.accordingTo(a, b, c)
		case c.phrase && c.kind == lexicon.Adjective:
			d = p.adjective(a, b, c)
		case c.isVerb:
			d = p.verb(a, b, c, first)
		}
		if d == nil {
			continue
		}
		d = p.newDraft(*d) // kept: from the scratch draft into the slab
		d.sent = si
		d.anon = facts.anon
		d.class = c.class
		if c.class == claim.Denial {
			d.polarity = claim.Denied
		}
		for k := d.cue[0]; k < d.cue[1]; k++ {
			p.used[k] = true
		}
		if d.pre && !d.post {
			// The adjunct between the cue and its content is no cue of its
			// own: "said during a press call that …".
			for k := d.cue[1]; k < b && int(p.toks[k].Start) < d.content.Start; k++ {
				p.used[k] = true
			}
		}
		p.keep(d)
	}
	p.clamp(first, a, b)
	if facts.answer {
		p.nonResponse(a, b)
	}
}

// auxLeft returns the start of the run of auxiliaries and adverbs that ends
// just before token i ("has repeatedly" in "has repeatedly said").
func (p *parser) auxLeft(i, a int) int {
	for i > a && (p.is(i-1, wAux) && !p.inName(i-1) || p.lyAdverb(i-1)) {
		i--
	}
	return i
}

// namedBefore reports whether the words just before token i are capitalized
// words or numbers after a determiner, which make what follows them a
// noun: "a Senate hearing", "the 2016 Republican National Convention
// briefing".
func (p *parser) namedBefore(i, a int) bool {
	q := i - 1
	for ; q > a && q >= i-5; q-- {
		t := &p.toks[q]
		if t.Kind != text.Number && (t.Kind != text.Word || t.Flags&text.Upper == 0) {
			break
		}
	}
	return q < i-1 && q >= a && p.is(q, wDet)
}

// asideLeft returns where the subject before a cue ends when an adverbial
// set off by commas stands between them, as in "Blunt, after a long pause,
// said": the first of those commas; or k.
func (p *parser) asideLeft(k, a int) int {
	if k-1 <= a || !p.punct(k-1, ",") || p.qin[k-1] >= 0 {
		return k
	}
	for q := k - 2; q > a && q >= k-12; q-- {
		if p.toks[q].Kind == text.Quote || p.used[q] {
			return k
		}
		if !p.punct(q, ",") {
			continue
		}
		if o := q + 1; o < k-1 && p.toks[o].Flags&text.Upper == 0 && p.is(o, wAdj|wSub) && !p.is(o, wDet) &&
			p.toks[o+1].Kind != text.Number { // "Sperling, then 38, said": an age, part of the subject
			for x := o; x < k-1; x++ {
				if _, verb := p.verbAt(x); verb {
					return k
				}
			}
			return q
		}
		return k
	}
	return k
}

// lyAdverb reports whether token i is an adverb in -ly: not a noun for a
// source ("ally", "family") nor a word after a determiner ("the daily").
func (p *parser) lyAdverb(i int) bool {
	f := p.fold(i)
	return len(f) > 4 && f[len(f)-2:] == "ly" && p.toks[i].Flags&text.Upper == 0 && f != "only" && f != "italy" &&
		!p.is(i-1, wDet) && source.Noun(f) == source.EntityUnknown
}

// boundary reports whether token i cannot be inside a subject noun phrase.
func (p *parser) boundary(i int) bool {
	t := &p.toks[i]
	switch t.Kind {
	case text.Quote:
		return true
	case text.Punct:
		f := p.fold(i)
		if f == "." && i+1 < len(p.toks) && p.fold(i+1) == ")" && p.toks[i+1].Flags&text.Space == 0 {
			return false // "(D-Mo.)"
		}
		return f != "&" && f != "'" && f != "(" && f != ")"
	}
	if p.used[i] {
		return true
	}
	return p.class(i)&wStop != 0 && !p.inName(i)
}

// inName reports whether token i, capitalized, goes on a name begun by the
// capitalized word before it, even if it is a function word elsewhere:
// "Theresa May", "Yin Myint May".
func (p *parser) inName(i int) bool {
	return i > 0 && p.toks[i].Flags&text.Upper != 0 && p.toks[i-1].Kind == text.Word &&
		p.toks[i-1].Flags&text.Upper != 0 && p.class(i-1)&wStop == 0
}

// npLeft returns the start of the noun phrase that ends just before token
// k and starts no earlier than a, or -1. It follows "Name, appositive," back
// to the name.
func (p *parser) npLeft(k, a int) int {
	if k > a && k-1 >= a && p.is(k-1, wPron) && p.toks[k-1].Kind == text.Word {
		return k - 1 // "at the town hall this week she said": the pronoun alone
	}
	j, and := k, -1
	for j > a && !p.boundary(j-1) {
		f := p.fold(j - 1)
		if f == "and" || f == "or" || f == "&" {
			if and < 0 {
				and = j // where the phrase would start without the coordination
			}
		}
		j--
		if k-j > maxNP {
			if and < 0 {
				return -1
			}
			j = and
			break
		}
	}
	if j == k {
		if k-2 > a && p.punct(k-1, ",") && p.punct(k-2, ")") {
			// "Sen. Jack Reed (D-R.I.), said": a comma after the tag.
			if s := p.npLeft(k-1, a); s >= 0 {
				return s
			}
		}
		if s := p.appositive(k, a); s >= 0 {
			return s
		}
		return p.nameInCommas(k, a)
	}
	if and >= 0 && and < k && and != j && p.contentWord(and, k) && p.goodNP(and, k) && !p.guessedHead(k-1) {
		// Prefer the shorter phrase unless the coordination joins names
		// or nouns for people: "U.S. and Chinese officials".
		x := and - 2
		if !(x >= j && (p.toks[x].Flags&text.Upper != 0 || source.Noun(p.fold(x)) != source.EntityUnknown) &&
			(p.toks[and].Flags&text.Upper != 0 || p.is(and, wDet))) || !p.goodNP(j, k) {
			return and
		}
	}
	j = p.skipConjunction(j, k) // "And said, …": the conjunction is not the source
	if j == k || !p.contentWord(j, k) || !p.goodNP(j, k) {
		return -1
	}
	return j
}

// nameInCommas returns the start of a name set off by commas just before
// token k, after a description of its bearer: "One delegate not on the
// slate, Kelly Schmdit, told"; or -1.
func (p *parser) nameInCommas(k, a int) int {
	if k-1 <= a || !p.punct(k-1, ",") {
		return -1
	}
	q := k - 2
	for ; q > a && k-2-q < 4; q-- {
		if p.punct(q, ",") {
			break
		}
		if p.toks[q].Kind != text.Word || p.toks[q].Flags&text.Upper == 0 || p.class(q)&wLabel != 0 {
			return -1
		}
	}
	if q <= a || !p.punct(q, ",") || q+1 > k-2 {
		return -1
	}
	return q + 1
}

// modifier reports whether token i, just before a word that may be a
// verb or a plural noun ("states", "reports"), can only modify the noun:
// a lower-case word that is neither an auxiliary, an adverb, a pronoun, a
// conjunction nor a noun that names a source ("the governor states", "the
// study notes", "and jokes").
func (p *parser) modifier(i int) bool {
	t := &p.toks[i]
	if t.Kind != text.Word || t.Flags&text.Upper != 0 || p.is(i, wAux|wPron|wStop) {
		return false
	}
	switch f := p.fold(i); f {
	case "and", "or", "nor":
		return false
	default:
		return !strings.HasSuffix(f, "ly") && source.Noun(f) == source.EntityUnknown && !agentPlural(f)
	}
}

// introduced reports whether token i ends a noun phrase that introduces
// a thing, not a person, by the name a participle that follows gives it:
// "a company called", "an inflation formula called"; not "a spokesman
// called", who may call something a name.
func (p *parser) introduced(i, a int) bool {
	if p.toks[i].Kind != text.Word || p.toks[i].Flags&text.Upper != 0 || p.is(i, wStop|wAux|wPron|wDet) {
		return false
	}
	if e := source.Noun(p.fold(i)); e == source.Person || e == source.Group || agentPlural(p.fold(i)) {
		return false
	}
	for q := i - 1; q >= a && q >= i-3; q-- {
		if f := p.fold(q); f == "a" || f == "an" {
			return true
		}
		if p.toks[q].Kind != text.Word || p.toks[q].Flags&text.Upper != 0 || p.is(q, wStop|wAux) {
			return false
		}
	}
	return false
}

// pastVerb reports whether token i is a lower-case verb in the past: a
// reporting verb's past form, or a word in -ed.
func (p *parser) pastVerb(i int) bool {
	if p.toks[i].Kind != text.Word || p.toks[i].Flags&text.Upper != 0 {
		return false
	}
	if v, ok := p.verbAt(i); ok {
		return v.Form == lexicon.Past
	}
	return p.edWord(i)
}

// edWord reports whether token i is a lower-case word in -ed, most often
// a verb in the past.
func (p *parser) edWord(i int) bool {
	f := p.fold(i)
	return p.toks[i].Flags&text.Upper == 0 && len(f) > 4 && strings.HasSuffix(f, "ed")
}

// relativeSubject returns the start of a subject with a relative clause
// in "who" that ends just before token k, where no noun phrase before k
// could be read: "people who have battled other online threats say"; or
// -1.
func (p *parser) relativeSubject(k, a int) int {
	for q := k - 2; q > a && q >= k-maxRelative; q-- {
		t := &p.toks[q]
		if t.Kind == text.Quote || t.Kind == text.Punct || p.used[q] {
			return -1
		}
		if !p.who(q) {
			continue // "that" may open a clause whose subject this is
		}
		h := p.npLeft(q, a)
		if h < 0 || !p.goodNP(h, q) {
			return -1
		}
		return h
	}
	return -1
}

// who reports whether token q is "who", or "who's" ("Williams, who’s
// running, said"), which opens a relative clause.
func (p *parser) who(q int) bool {
	f := p.fold(q)
	return f == "who" || f == "who's"
}

// relative reports whether token q opens a relative clause: "who", or
// "that" or "which" before a verb in the past ("voters that backed
// Trump"); "that" before anything else may open a clause whose subject
// follows it ("news that the State Department asked").
func (p *parser) relative(q int) bool {
	switch p.fold(q) {
	case "who", "who's":
		return true
	case "that", "which":
		return q+1 < len(p.toks) && p.pastVerb(q+1)
	}
	return false
}

// maxRelative is the longest relative clause, in tokens, between a subject
// and its cue.
const maxRelative = 12

// goodNP reports whether tokens [i, j) can name a source: a pronoun, a
// phrase that opens with a capital, a determiner or a number, or one whose
// head is a noun for people, bodies or documents ("officials", "experts").
func (p *parser) goodNP(i, j int) bool {
	t := &p.toks[i]
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
			if q+2 == j && source.Noun(p.fold(q+1)) != source.EntityUnknown {
				return false // a modifier of a noun for people: "restructuring experts"
			}
			return true
		}
	}
	return false
}

// appositive finds the subject of "Smith, a spokesman for the agency,
// said" and "Reilly, who led the agency, said" when the cue at k follows a
// comma: the name before the comma that opens the appositive, which the
// subject takes in.
func (p *parser) appositive(k, a int) int {
	if k-1 <= a || !p.separator(k-1) {
		return -1
	}
	commas := 0
	for q := k - 2; q > a && q >= k-45; q-- {
		t := &p.toks[q]
		if f := p.fold(q); t.Kind == text.Quote || t.Kind == text.Punct && (f == ";" || f == ":" || f == "." && !p.punct(q+1, ",") || f == "!" || f == "?") {
			return -1 // but the period of "R-Wis.," ends an abbreviation
		}
		if !p.separator(q) {
			continue
		}
		if p.separator(q - 1) { // "--"
			q--
		}
		if commas++; commas > 3 {
			return -1
		}
		app := q + 1
		age := (p.fold(app) == "then" || p.fold(app) == "now") && app+1 < k && p.toks[app+1].Kind == text.Number // "then 38"
		if f := p.fold(app); !(age || p.is(app, wDet) || p.who(app) || f == "which" || f == "of" ||
			p.toks[app].Flags&text.Upper != 0 || p.toks[app].Kind == text.Number) {
			clean := true
			for x := app; x < k-1; x++ {
				if p.class(x)&(wStop|wAux) != 0 || p.toks[x].Kind == text.Quote {
					clean = false
					break
				}
			}
			if !clean {
				continue
			}
		}
		j := q
		for j > a && !p.boundary(j-1) && q-j <= maxNP {
			j--
		}
		if j < q && (p.toks[j].Flags&text.Upper != 0 || p.is(j, wDet) && p.nameHead(j, q) ||
			!p.punct(q, ",") && p.goodNP(j, q)) && p.contentWord(j, q) {
			// "Jane Doe, …", "the economist Jared Bernstein, …",
			// "insiders in the next two states — Nevada and South
			// Carolina — said"
			return j
		}
	}
	return -1
}

// separator reports whether token i sets off an appositive: a comma or
// a dash.
func (p *parser) separator(i int) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].Kind != text.Punct {
		return false
	}
	switch p.fold(i) {
	case ",", "—", "–", "-":
		return true
	}
	return false
}

// contentWord reports whether tokens [i, j) hold a word that can head a
// noun phrase.
func (p *parser) contentWord(i, j int) bool {
	for ; i < j; i++ {
		if (p.toks[i].Kind == text.Word || p.toks[i].Kind == text.Number) && p.class(i)&(wDet|wStop|wAux) == 0 {
			return true
		}
		if p.is(i, wPron|wCount) {
			return true
		}
	}
	return false
}

// npRight returns the end of the noun phrase that starts at token i and
// ends before a comma, a clause or b.
func (p *parser) npRight(i, b int) int {
	if i < b && (p.is(i, wStop|wAux) || p.is(i, wPrep) && p.fold(i) != "by") && p.toks[i].Flags&text.Upper == 0 {
		return -1 // "…, states have different rules", "…, said in an op-ed": no source
	}
	j := i
	for j < b && j-i < maxNP {
		t := &p.toks[j]
		if f := p.fold(j); t.Kind == text.Quote || t.Kind == text.Punct && f != "-" && f != "&" && f != "'" {
			break
		}
		if j > i && (p.class(j)&wStop != 0 || p.class(j)&wAux != 0 && p.toks[j].Flags&text.Upper == 0) {
			break // "said parents still want …": a clause, not a source
		}
		if j > i && p.used[j] {
			break
		}
		j++
	}
	if j == i || !p.contentWord(i, j) {
		return -1
	}
	return j
}

// clauseSubject returns the subject of the clause that starts at token i:
// the words before its first verb-like word.
func (p *parser) clauseSubject(i, b int) (int, int) {
	i = p.skipConjunction(i, b)
	for i < b && p.is(i, wSub|wAdj) && !p.is(i, wDet|wTime) {
		i++ // "while …", "with others …"
	}
	if p.is(i, wPron) && i < b {
		return i, i + 1 // "He returned … and said"
	}
	j := i
	for j < b && j-i < 10 {
		t := &p.toks[j]
		if t.Kind == text.Punct || t.Kind == text.Quote || p.class(j)&(wStop|wAux) != 0 || p.used[j] {
			break
		}
		if j > i && (p.edWord(j) || p.toks[j].Flags&text.Upper == 0 && p.ents.bits[p.ent[j]]&bitPast != 0) {
			break // a verb in the past: the subject ends before it
		}
		if _, ok := p.verbAt(j); ok && j > i {
			break
		}
		if f := p.fold(j); j > i && (f == "less" || f == "more" || f == "very" || f == "too" || f == "so") {
			break // "others less pleased"
		}
		j++
	}
	if j == i || j-i >= 10 || !p.contentWord(i, j) {
		return -1, -1
	}
	return i, j
}

// mainSubject returns the subject of the sentence's main clause, which
// starts at a, passing over a leading conjunction and an opening
// subordinate clause or prepositional phrase ("Although he thanked them,
// he sounded …").
func (p *parser) mainSubject(a, limit int) (int, int) {
	i := p.skipConjunction(a, limit)
	if p.is(i, wSub|wAdj) {
		for q := i; q < limit; q++ {
			if p.punct(q, ",") && p.qin[q] < 0 {
				i = q + 1
				break
			}
		}
	}
	s, e := p.clauseSubject(i, limit)
	if s < 0 || !p.goodNP(s, e) {
		return -1, -1
	}
	return s, e
}

// firstComma returns the first comma in tokens [i, e) outside
// quotations, or e.
func (p *parser) firstComma(i, e int) int {
	for ; i < e; i++ {
		if p.punct(i, ",") && p.qin[i] < 0 {
			return i
		}
	}
	return e
}

// clauseEnd returns the first comma, semicolon or dash at or after token
// i, outside quotations, or b.
func (p *parser) clauseEnd(i, b int) int {
	for ; i < b; i++ {
		t := &p.toks[i]
		if f := p.fold(i); p.qin[i] < 0 && t.Kind == text.Punct && (f == "," || f == ";" || f == "—" || f == "–") {
			return i
		}
	}
	return b
}

// skipConjunction returns the first token at or after i, before b, that
// is not a coordinating conjunction ("And", "but", "so", "yet", "or").
func (p *parser) skipConjunction(i, b int) int {
	for i < b {
		switch p.fold(i) {
		case "and", "but", "so", "yet", "or":
			i++
			continue
		}
		break
	}
	return i
}

// clauseStart returns the first token of the clause holding token i: just
// after the last comma, semicolon or dash before it, outside quotations.
func (p *parser) clauseStart(i, a int) int {
	for k := i - 1; k >= a; k-- {
		if p.qin[k] >= 0 {
			continue
		}
		t := &p.toks[k]
		if f := p.fold(k); t.Kind == text.Punct && (f == "," || f == ";" || f == "—" || f == "–") {
			return k + 1
		}
	}
	return a
}

// skipObject skips the hearer of "told reporters", "assured lawmakers",
// "told The Associated Press" at token i.
func (p *parser) skipObject(i, b int) int {
	// "told X that …": the object runs up to "that".
	for k := i; k < b && k < i+8; k++ {
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
		for k < b && k < i+6 && (p.toks[k].Flags&text.Upper != 0 ||
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
	for k := i; k < b && k < i+4; k++ {
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
	for ; k < b && k < i+6; k++ {
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

// skipAside skips an aside between dashes at token i, if one is there,
// and a "that" follows it: "said — on Twitter, as it happens — that".
func (p *parser) skipAside(i, b int) int {
	if !p.punct(i, "—") && !p.punct(i, "–") {
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
	if p.that(i) {
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
	for k := i; p.is(i, wAdj|wTime) && k < b && k < i+16; k++ {
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

// gerundAdjunct reports whether tokens [i, b) are a phrase opened by a
// lower-case word in -ing with no auxiliary after it: after “a quotation,”
// and its attribution, an adjunct ("“…,” he said introducing Clinton as a
// leader"), not a clause ("said selling Trump has been a challenge").
func (p *parser) gerundAdjunct(i, b int) bool {
	if i >= b || p.toks[i].Kind != text.Word || p.toks[i].Flags&text.Upper != 0 {
		return false
	}
	if f := p.fold(i); len(f) <= 4 || !strings.HasSuffix(f, "ing") {
		return false
	}
	for k := i + 1; k < b; k++ {
		if p.is(k, wAux|wBe) {
			return false
		}
	}
	return true
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
	if j := p.adjunctLead(i, b); j > i && j < b && p.is(j, wAdj|wTime) {
		i = j // "said just after midnight", "said hours before the vote"
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
		if k-i > 24 {
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
		if p.ents.bits[p.ent[j]]&bitLead != 0 {
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
	return b-i < 40
}

// infinitive reports whether token i is a verb's base form after "to":
// a reporting verb, or one of the commonest verbs.
func (p *parser) infinitive(i int) bool {
	if v, ok := p.verbAt(i); ok && v.Form == lexicon.Base {
		return true
	}
	return p.is(i, wInf)
}

// leftContent reports whether real content stands before token k in the
// sentence [a, b): k-1 is a comma, colon, dash or closing quotation mark.
func (p *parser) leftContent(k, a int) bool {
	if k-1 < a {
		return false
	}
	t := &p.toks[k-1]
	if p.closeQuote(k - 1) {
		return true
	}
	if f := p.fold(k - 1); t.Kind == text.Punct && (f == "," || f == "—" || f == "–" || f == ":") {
		return k-1 > a
	}
	return false
}

// quoteBefore reports whether the sentence that starts at token a follows
// a quotation that ended the sentence before with its own "!", "?" or
// ".": “We won!” Smith said.
func (p *parser) quoteBefore(a int) bool {
	if a < 2 || !p.closeQuote(a-1) {
		return false
	}
	k := a - 2
	for k > 0 && p.toks[k].Kind == text.Quote { // ‘…?’” : an inner quotation closes first
		k--
	}
	f := p.fold(k)
	return (f == "!" || f == "?" || f == "." || f == "…") && int(p.pair[a-1]) > a-maxContent
}

// postContent fills the content of a claim whose attribution starts at
// token k, after its content: the sentence before k, or the quotation
// that ended the sentence before.
func (p *parser) postContent(d *draft, k, a int) bool {
	if k > a {
		s, e := p.leftSpan(k-1, a)
		return p.setContent(d, s, e)
	}
	return p.setContent(d, int(p.quoteStart(p.pair[a-1])), a)
}

// leftSpan returns the content before the attribution that starts at token
// k (the comma or quotation mark before the source), reaching back to the
// opening quotation mark of a quote that began in an earlier sentence.
func (p *parser) leftSpan(k, a int) (int, int) {
	end := k
	if p.closeQuote(k) {
		end = k + 1 // the quotation's own closing mark: “A. B,” he said
	}
	for end > a && p.toks[end-1].Kind == text.Punct && p.fold(end-1) != ")" {
		end--
	}
	start := a
	// After an earlier attribution in the same sentence.
	for _, d := range p.drafts[p.first:] {
		if d.attr[1] > start && d.attr[1] <= end && d.post {
			start = d.attr[1]
		}
	}
	for start < end && p.toks[start].Kind == text.Punct {
		start++
	}
	if end > start && p.closeQuote(end-1) {
		if o := int(p.quoteStart(p.pair[end-1])); o < start && o > end-maxContent {
			start = o
		}
	}
	return start, end
}

// thatPronoun reports whether "that" at token i, opening a content that
// ends at e, is a pronoun or a determiner, part of the content, rather
// than the word that opens a clause: before a form of "be" or a modal
// ("said that was not true", "said that would be a mistake"), or before
// a short phrase with no verb ("disputed that estimate").
func (p *parser) thatPronoun(i, e int) bool {
	if i+1 >= e || p.toks[i+1].Kind != text.Word {
		return false
	}
	if p.is(i+1, wBe) || p.is(i+1, wAux) && p.is(i+1, wStop) {
		return true
	}
	for e > i+1 && p.toks[e-1].Kind == text.Punct {
		e--
	}
	if e-i > 3 {
		return false
	}
	for k := i + 1; k < e; k++ {
		if p.toks[k].Kind != text.Word || p.is(k, wAux|wBe|wStop|wPron|wDet) || p.toks[k].Is(text.Upper) {
			return false
		}
	}
	return true
}

// setContent fills d's content from tokens [s, e): direct when it is one
// quotation (the marks left out), mixed when it holds quoted words.
func (p *parser) setContent(d *draft, s, e int) bool {
	for s < e && (p.toks[s].Kind == text.Punct || p.that(s) && s == d.cue[1] && !p.thatPronoun(s, e)) {
		s++
	}
	direct := false
	if s < e && p.toks[s].Kind == text.Quote && p.toks[s].Flags&text.Open != 0 {
		// The content is one quotation when its opening mark closes at
		// its end, or at the end of the paragraphs it continues into.
		end := -1
		if int(p.pair[s]) > s {
			end = int(p.pair[s])
		} else if e-1 > s && p.closeQuote(e-1) && int(p.quoteStart(p.pair[e-1])) == s {
			end = e - 1
		}
		if end >= e-1 {
			direct = true
			e = min(e, end)
			s++
		}
	}
	for e > s {
		t := &p.toks[e-1]
		if f := p.fold(e - 1); t.Kind == text.Punct && f != ")" && f != "%" || t.Kind == text.Quote && (p.pair[e-1] < int32(s) || p.openQuote(e-1)) {
			e--
			continue
		}
		break
	}
	words, quoted := 0, false
	for k := s; k < e; k++ {
		switch p.toks[k].Kind {
		case text.Word, text.Number:
			words++
		case text.Quote:
			if p.pair[k] >= int32(s) && p.pair[k] < int32(e) {
				quoted = true
			}
		}
	}
	if words == 0 {
		return false
	}
	d.content = p.span(s, e)
	switch {
	case direct:
		d.quote = claim.Direct
	case quoted:
		d.quote = claim.Mixed
	default:
		d.quote = claim.Indirect
	}
	return true
}

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

// bareClause reports whether a clause without "that" starts at token i:
// a subject and then an auxiliary ("added the talks would continue"), not
// an object ("added salt to the soup").
func (p *parser) bareClause(i, b int) bool {
	s, e := p.clauseSubject(i, b)
	return s == i && e < b && p.is(e, wAux)
}

// nameHead reports whether the noun phrase [i, j) ends in a name or a
// noun for people ("Meghan McCain, Twitter", "one analyst").
func (p *parser) nameHead(i, j int) bool {
	for q := j - 1; q >= i; q-- {
		if p.toks[q].Kind == text.Word {
			return p.toks[q].Flags&text.Upper != 0 || source.Noun(p.fold(q)) == source.Person || source.Noun(p.fold(q)) == source.Group
		}
	}
	return false
}

// docHead reports whether the noun phrase [i, j) is headed by a document
// noun: "the most recent poll", "a new study", "the poll by the institute".
func (p *parser) docHead(i, j int) bool {
	for q := i; q < j; q++ {
		if p.toks[q].Kind == text.Word && source.Noun(p.fold(q)) == source.Text {
			return true // "An ABC News tracking poll published on Sunday"
		}
		if q > i && p.is(q, wAdj) {
			return false // past the head: "a report by the agency" was seen above
		}
	}
	return false
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

// right fills a claim whose content follows its cue.
func (p *parser) right(d *draft, c cand, b, a int) *draft {
	r := c.j
	if c.isVerb && c.verb.Has(lexicon.FlagObject) {
		r = p.skipObject(r, b)
	}
	r = p.skipAdjunct(p.skipAside(r, b), b)
	if p.that(r) && !p.thatPronoun(r, p.clauseEnd(r, b)) {
		r++
	}
	for r < b && p.toks[r].Kind == text.Punct {
		r++
	}
	if r >= b {
		return nil
	}
	e := b
	if p.openQuote(r) && int(p.pair[r]) >= b && int(p.pair[r]) < r+maxContent {
		e = int(p.pair[r]) + 1 // a quotation that runs past the sentence
	}
	// A clause opened by "while", "although" … ends at its first comma.
	start := d.src[0]
	if d.src[1] == 0 {
		start = c.i
	}
	if p.is(start-1, wSub) || p.is(a, wSub) && start <= a+1 {
		e = p.firstComma(r, e)
	}
	// The object of "criticized the plan, …" ends at a comma.
	if c.isVerb && c.verb.Has(lexicon.FlagTopic) && !p.openQuote(r) && !p.that(r-1) {
		e = p.firstComma(r, e)
	}
	// A second predicate of the same subject ("…, and said B") or a
	// continuing gerund ("…, adding that B") ends the content.
	for q := r + 1; q < e; q++ {
		// Only "and", "but" and "," matter here: a word is one of the
		// first two when its entry is, and a comma is a byte of its own.
		if x := p.ent[q]; x != p.ents.and && x != p.ents.but && !(p.toks[q].Kind == text.Punct && p.text[p.toks[q].Start] == ',') ||
			p.qin[q] >= 0 {
			continue
		}
		f := p.fold(q)
		n := q + 1
		if p.punct(q, ",") && (p.fold(n) == "and" || p.fold(n) == "but") {
			n++
		}
		n0 := n
		for n < e && (p.is(n, wAux) || p.lyAdverb(n)) {
			n++
		}
		if v, ok := p.verbAt(n); ok && n < e && (n > n0 || p.punct(q, ",") || f == "and") {
			if v.Form == lexicon.Gerund && p.punct(q, ",") || v.Form == lexicon.Past || v.Form == lexicon.ThirdPerson && n > q+1 {
				e = q
				break
			}
		}
	}
	d.pre = true
	if !p.setContent(d, r, e) {
		return nil
	}
	return d
}

// splitQuote adds the second part of a quotation interrupted by its
// attribution: “We will,” he said, “win.”
func (p *parser) splitQuote(d *draft, r, b int) {
	for r < b && p.toks[r].Kind != text.Quote && r < d.attr[1]+6 {
		if !p.punct(r, ",") && !p.is(r, wAdj|wTime) && p.toks[r].Kind != text.Word {
			return
		}
		if p.punct(r, ",") {
			r++
			break
		}
		r++
	}
	if !p.openQuote(r) {
		return
	}
	e := int(p.pair[r])
	if e > r+maxContent {
		return
	}
	first := d.content
	var second draft
	if !p.setContent(&second, r+1, e) {
		return
	}
	d.parts = [2]hearsay.Span{first, second.content}
	d.content = first.Union(second.content)
	d.attr[1] = e + 1
}

// askedWhat returns where the question starts if the cue c is a question
// put by someone unnamed: "Asked whether …", "when asked if …", "…, asked
// about …", past an adjunct or the asker ("Asked Tuesday about Sullivan",
// "When asked by a host if …"); or -1.
func (p *parser) askedWhat(c cand, a, b int) int {
	if c.verb.Lemma != "ask" || c.verb.Form != lexicon.Past {
		return -1
	}
	if c.i > a {
		switch p.fold(c.i - 1) {
		case "when", "after", "once", "if", "before", ",", "being", "was", "were":
		default:
			return -1
		}
	}
	for q := c.j; q < b && q < c.j+maxAskGap; q++ {
		switch p.fold(q) {
		case "whether", "if", "about", "why", "how", "what", "who", "whom", "which", "where":
			return q
		}
		if p.toks[q].Kind == text.Quote || p.toks[q].Kind == text.Punct || q == c.j && !p.is(q, wAdj|wTime) {
			return -1 // "asked the senator whether": a hearer, read as such
		}
	}
	return -1
}

// maxAskGap is how far past "asked" its question may start: "Asked at a
// briefing Monday in Washington about …".
const maxAskGap = 10

// splitClause adds the rest of a sentence that an attribution
// interrupts: "Protesters, he said, would have been treated more
// harshly."
func (p *parser) splitClause(d *draft, r, b int) {
	q := r
	for q < b && q < r+6 && !p.punct(q, ",") {
		if p.toks[q].Kind != text.Word || !p.is(q, wAdj|wTime|wDet) && p.toks[q].Flags&text.Upper == 0 {
			return
		}
		q++
	}
	n := q + 1
	if !p.punct(q, ",") || n >= b || p.openQuote(n) || p.qin[n] >= 0 {
		return
	}
	if v, ok := p.verbAt(n); ok && v.Form == lexicon.Gerund {
		return // "…, adding that": a claim of its own
	}
	switch p.fold(n) {
	case "and", "but", "while", "which", "who", "who's", "whose", "although", "though", "as", "according":
		return
	}
	if p.adjunctOnly(n, b) || p.is(n, wAdj) {
		return
	}
	var rest draft
	if !p.setContent(&rest, n, b) || rest.content.Len() < 8 {
		return
	}
	d.parts = [2]hearsay.Span{d.content, rest.content}
	d.content = d.content.Union(rest.content)
	d.attr[1] = b
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

// maxSourceTokens is how far a source that opens its sentence ("According
// to S, C") may run before its comma.
const maxSourceTokens = 30

// clamp ends the content of claims that follow their cue before any later
// post-posed attribution in the sentence ("C1 that C2, according to S").
func (p *parser) clamp(first, a, b int) {
	ds := p.drafts[first:]
	for _, d := range ds {
		if !d.pre {
			continue
		}
		for _, o := range ds {
			if o == d || !o.post {
				continue
			}
			at := int(p.toks[o.attr[0]].Start)
			if at > d.content.Start && at < d.content.End {
				e := o.attr[0]
				for e > 0 && int(p.toks[e-1].End) > d.content.Start && p.toks[e-1].Kind == text.Punct {
					e--
				}
				if e > 0 && int(p.toks[e-1].End) > d.content.Start {
					d.content.End = int(p.toks[e-1].End)
				}
			}
		}
	}
}

// punctuationCues reads attributions carried by punctuation and
// prepositions rather than verbs: "Name: “quote”", "TAPPER: text",
// “quote” ― Name, and "In a CBS News poll released Sunday, C".
func (p *parser) punctuationCues(si, a, b int) {
	if b-a < 3 {
		return
	}
	// Speaker: quotation, at the start of a sentence; "Q:" and "A:" in
	// interviews; "PENCE:" in transcripts; "McCaul: If elected, …" in
	// headlines.
	s0 := a
	if p.openQuote(s0) || p.toks[s0].Kind == text.Quote {
		s0++ // a transcript quoted whole: "PENCE: …
	}
	for i := s0 + 1; i < b && i <= s0+8; i++ {
		if p.qin[i] >= 0 || !p.punct(i, ":") {
			continue
		}
		f := p.fold(s0)
		caps := i == s0+1 && p.allCaps(s0, i) && (p.toks[s0].End-p.toks[s0].Start > 2 && p.class(s0)&wLabel == 0 || f == "q" || f == "a")
		headline := i <= s0+3 && p.nameHead(s0, i) && b-i > 4 && !p.is(s0, wDet)
		if p.toks[s0].Flags&text.Upper == 0 || !(p.openQuote(i+1) || caps || headline || p.title && p.nameHead(s0, i)) {
			break
		}
		head := i // where the speaker's name ends
		if p.openQuote(i + 1) {
			// "Jeremy Lott, author: “…”": a name, then what the
			// speaker is.
			for q := s0 + 1; q < i; q++ {
				if p.punct(q, ",") {
					head = q
					break
				}
			}
		}
		if !caps && (!p.goodNP(s0, head) || !p.nameHead(s0, head)) {
			break
		}
		for q := s0; q < i; q++ {
			_, verb := p.verbAt(q)
			if verb && q > s0 && p.toks[q].Flags&text.Upper != 0 && (q > head || source.Noun(p.fold(q)) != source.EntityUnknown) {
				// A word of a name: "NY Post:", ", The Washington Post:";
				// but "Trump Says:" and "Trump Addresses Munich Attack:"
				// are clauses.
				verb = false
			}
			if verb || p.class(q)&(wStop|wAux|wLabel) != 0 || p.toks[q].Kind == text.Number {
				return
			}
		}
		d := p.newDraft(draft{sent: si, cue: [2]int{i, i + 1}, class: claim.Speech, src: [2]int{s0, i}, pre: true})
		e := b
		if p.openQuote(i+1) && int(p.pair[i+1]) >= b && int(p.pair[i+1]) < i+maxContent {
			e = int(p.pair[i+1]) + 1
		}
		if p.setContent(d, i+1, e) {
			p.used[i] = true
			p.keep(d)
		}
		break
	}
	// “quote” ― Name
	for i := a + 1; i+1 < b; i++ {
		if p.toks[i].Kind != text.Punct {
			continue
		}
		f := p.fold(i)
		if (f != "―" && f != "—" && f != "–") || !p.closeQuote(i-1) || p.toks[i+1].Flags&text.Upper == 0 {
			continue
		}
		e := p.npRight(i+1, b)
		if e < 0 || e-(i+1) > 6 || !(e == b || p.toks[e].Kind == text.Punct || p.openQuote(e)) {
			continue
		}
		d := p.newDraft(draft{sent: si, cue: [2]int{i, i + 1}, class: claim.Speech, src: [2]int{i + 1, e}, post: true, attr: [2]int{i, e}})
		open := int(p.quoteStart(p.pair[i-1]))
		if open < i-maxContent {
			open = int(p.pair[i-1])
		}
		if p.setContent(d, open, i) {
			p.used[i] = true
			p.keep(d)
		}
	}
	// "In a CBS News poll released Sunday, C"
	if f := p.fold(a); f == "in" || f == "according" {
		for q := a + 1; q < b && q < a+14; q++ {
			if !p.punct(q, ",") {
				continue
			}
			if !p.docPhrase(a+1, q) {
				break
			}
			d := p.newDraft(draft{sent: si, cue: [2]int{a, a + 1}, class: claim.Finding, src: [2]int{a + 1, q}, pre: true})
			if p.setContent(d, q+1, b) {
				p.keep(d)
			}
			break
		}
	}
}

// docPhrase reports whether tokens [i, j) are a noun phrase about a poll,
// survey or study ("an ABC News/Washington Post Poll released Sunday").
func (p *parser) docPhrase(i, j int) bool {
	if !p.is(i, wDet) {
		return false
	}
	for q := i + 1; q < j; q++ {
		switch p.fold(q) {
		case "poll", "survey", "study", "report", "analysis", "polls", "surveys":
			return true // these, not every document noun of source.Noun, which read too much in PolNeAR dev
		}
	}
	return false
}

// allCaps reports whether tokens [i, j) are words in capitals, as
// transcripts name speakers ("TAPPER").
func (p *parser) allCaps(i, j int) bool {
	for q := i; q < j; q++ {
		t := &p.toks[q]
		if t.Kind != text.Word {
			return false
		}
		for k := t.Start; k < t.End; k++ {
			if c := p.text[k]; 'a' <= c && c <= 'z' {
				return false
			}
		}
	}
	return j > i
}
