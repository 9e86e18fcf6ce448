package attribution

import (
	"strings"

	"github.com/hearsay-go/hearsay/internal/lexicon"
	"github.com/hearsay-go/hearsay/internal/text"
	"github.com/hearsay-go/hearsay/source"
)

// Subjects: the noun phrase before a cue that names its source ("the
// person familiar with the talks", "Jane Doe, a spokeswoman for the
// agency,"), the subject of a clause, and the words that may stand
// between a subject and its verb.

// auxLeft returns the start of the run of auxiliaries and adverbs that ends
// just before token i ("has repeatedly" in "has repeatedly said"), with a
// verb of aspect and "to" ("has continued to" in "has continued to say").
func (p *parser) auxLeft(i, a int) int {
	for i > a {
		switch {
		case p.is(i-1, wAux) && !p.inName(i-1) || p.lyAdverb(i-1) || p.betweenAdverb(i-1):
			i--
		case i-2 >= a && p.fold(i-1) == "long" && p.is(i-2, wAux) && !p.inName(i-2):
			i -= 2 // "Cruz has long said"; but not "this long, reminding"
		case i-2 >= a && (p.fold(i-2) == "last" || p.fold(i-2) == "this") && p.is(i-1, wTime) && p.toks[i-1].Flags&text.Upper == 0:
			i -= 2 // "Wolf Blitzer last week asked"
		case i-2 >= a && p.fold(i-1) == "to" && p.is(i-2, wAspect) && p.toks[i-2].Flags&text.Upper == 0:
			i -= 2 // "continued to express", "began to argue"
		default:
			return i
		}
	}
	return i
}

// betweenAdverb reports whether token i is an adverb that may stand
// between a subject and its verb though no auxiliary goes with it:
// "Sanders instead decrying", "Carter however said", "Clinton defenders
// today argue".
func (p *parser) betweenAdverb(i int) bool {
	switch p.fold(i) {
	case "instead", "however", "eventually", "soon", "today", "yesterday", "tonight", "only":
		return p.toks[i].Flags&text.Upper == 0
	}
	return false
}

// maxModifiers is how many capitalized words or numbers may modify a noun
// before it: "the 2016 Republican National Convention briefing".
const maxModifiers = 5

// namedBefore reports whether the words just before token i are capitalized
// words or numbers after a determiner, which make what follows them a
// noun: "a Senate hearing", "the 2016 Republican National Convention
// briefing".
func (p *parser) namedBefore(i, a int) bool {
	q := i - 1
	for ; q > a && q >= i-maxModifiers; q-- {
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

// maxParenthesis is the longest parenthesis a subject may hold, in
// tokens: "(D-Mo.)", "(R-Texas)", "(AP)".
const maxParenthesis = 6

// closesSoon reports whether the parenthesis opened at token i closes
// within maxParenthesis tokens.
func (p *parser) closesSoon(i int) bool {
	for k := i + 1; k < len(p.toks) && k <= i+maxParenthesis; k++ {
		if p.punct(k, ")") {
			return true
		}
	}
	return false
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
		if f == "(" {
			return !p.closesSoon(i) // "(Abedin wrote that …)": not "McCaskill (D-Mo.) said"
		}
		return f != "&" && f != "'" && f != ")"
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
		people := func(i int) bool { e := source.Noun(p.fold(i)); return e == source.Person || e == source.Group }
		if !(x >= j && (p.toks[x].Flags&text.Upper != 0 || p.is(x, wPron) || source.Noun(p.fold(x)) != source.EntityUnknown) &&
			(p.toks[and].Flags&text.Upper != 0 || p.is(and, wDet) || people(x) && people(k-1))) || !p.goodNP(j, k) {
			return and // but "Right-wing politicians and average citizens": two nouns for people
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

// pastWord reports whether token i is a lower-case verb in the past: in
// -ed, or in the "past" list of words.txt ("spoke", "left").
func (p *parser) pastWord(i int) bool {
	return p.edWord(i) || p.toks[i].Flags&text.Upper == 0 && p.ents.bits[p.ent[i]]&wPast != 0
}

// ingWord reports whether token i is a lower-case word in -ing of more
// than four letters: a gerund or participle ("pointing", "urging").
func (p *parser) ingWord(i int) bool {
	f := p.fold(i)
	return p.toks[i].Kind == text.Word && p.toks[i].Flags&text.Upper == 0 && len(f) > 4 && strings.HasSuffix(f, "ing")
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

// who reports whether token q is "who", or "who" with a verb joined to
// it ("Williams, who’s running, said", "who’d previously endorsed",
// "who’ve already said"), which opens a relative clause.
func (p *parser) who(q int) bool {
	switch p.fold(q) {
	case "who", "who's", "who'd", "who've", "who'll":
		return true
	}
	return false
}

// which reports whether token q is "which" after a comma, which opens a
// relative clause about the body before it: "The committee, which
// supported Kloppenburg, spent …".
func (p *parser) which(q int) bool {
	return p.fold(q) == "which" && q > 0 && p.punct(q-1, ",")
}

// relative reports whether token q opens a relative clause: "who", or
// "that" or "which" before a verb in the past ("voters that backed
// Trump"); "that" before anything else may open a clause whose subject
// follows it ("news that the State Department asked").
func (p *parser) relative(q int) bool {
	if p.who(q) {
		return true
	}
	switch p.fold(q) {
	case "that", "which":
		return q+1 < len(p.toks) && p.pastVerb(q+1)
	}
	return false
}

// maxRelative is the longest relative clause, in tokens, between a subject
// and its cue.
const maxRelative = 12

// maxAppositive is how far back from its cue an appositive's name may
// be, in tokens: "Jane Doe, a spokeswoman for the agency who joined it
// from the state's health department in 2019, said".
const maxAppositive = 45

// appositive finds the subject of "Smith, a spokesman for the agency,
// said" and "Reilly, who led the agency, said" when the cue at k follows a
// comma: the name before the comma that opens the appositive, which the
// subject takes in.
func (p *parser) appositive(k, a int) int {
	if k-1 <= a || !p.separator(k-1) {
		return -1
	}
	commas := 0
	for q := k - 2; q > a && q >= k-maxAppositive; q-- {
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
		known := p.knownAs(app)                                                                                  // "…, known as the VFE,"
		if f := p.fold(app); !(age || known || p.is(app, wDet) || p.who(app) || f == "which" || f == "of" ||
			p.toks[app].Flags&text.Upper != 0 || p.toks[app].Kind == text.Number) {
			clean := true
			for x := app; x < k-1; x++ {
				if x == app && x+1 < k-1 && p.edWord(x+1) && (p.lyAdverb(x) || p.is(x, wAux) && !p.is(x, wStop|wBe)) {
					continue // "often conducted by economists": an adverb before the participle
				}
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
		if f := p.fold(j); t.Kind == text.Quote || t.Kind == text.Punct && f != "-" && f != "&" && f != "'" && !p.slashJoins(j) {
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

// slashJoins reports whether token j is a slash that joins the names on
// either side of it, touching both: "a CNN/ORC poll", "an ABC News/Washington
// Post poll".
func (p *parser) slashJoins(j int) bool {
	return j > 0 && j+1 < len(p.toks) && p.fold(j) == "/" &&
		p.toks[j-1].End == p.toks[j].Start && p.toks[j].End == p.toks[j+1].Start &&
		p.toks[j-1].Flags&text.Upper != 0 && p.toks[j+1].Flags&text.Upper != 0
}

// maxClauseSubject is the longest subject of a clause, in tokens.
const maxClauseSubject = 10

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
	for j < b && j-i < maxClauseSubject {
		t := &p.toks[j]
		if t.Kind == text.Punct || t.Kind == text.Quote || p.class(j)&(wStop|wAux) != 0 || p.used[j] {
			break
		}
		if j > i && p.pastWord(j) && !p.is(j-1, wDet) {
			break // a verb in the past: the subject ends before it; but "the registered Democrat"
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

// appositiveToEnd returns where the appositive that follows the source
// ending at token e runs to, when it ends the sentence [.., b): a comma,
// then a noun phrase for a person opened by a determiner or "former",
// "then" ("…, said Brian Baker, a political adviser to the Ricketts
// family", "…, said Tatum, then senior pastor at Servant House"), with no
// quotation, no clause of its own and no second comma but one inside a
// place ("Ft. Worth, Texas"). It returns e if there is none.
func (p *parser) appositiveToEnd(e, b int) int {
	if !p.punct(e, ",") || e+1 >= b {
		return e
	}
	n := e + 1
	switch f := p.fold(n); {
	case f == "former" || f == "then" || f == "now" || f == "also":
	case p.is(n, wDet) && !p.is(n, wPron|wCount) && f != "this" && f != "that" && f != "these" && f != "those":
	default:
		return e
	}
	r := b
	for r > n && p.toks[r-1].Kind == text.Punct {
		r--
	}
	if r-n > maxRelativeToEnd || r <= n+1 {
		return e
	}
	for q := n; q < r; q++ {
		if p.toks[q].Kind == text.Quote || p.used[q] || p.who(q) || p.is(q, wAux) && q > n {
			return e
		}
		if v, ok := p.verbAt(q); ok && q > n && v.Form != lexicon.Base && v.Form != lexicon.Gerund {
			return e // "…, said Smith, the senator said": a clause
		}
		if p.punct(q, ",") && !(q+1 < r && p.toks[q+1].Flags&text.Upper != 0 && q > n && p.toks[q-1].Flags&text.Upper != 0) {
			return e // a second comma: more than a place
		}
	}
	return r
}

// sourceTail returns where a source after its cue ("…, said S") ends,
// given that its noun phrase ends at token e: past a relative clause or
// an appositive that ends the sentence [.., b), which are the source's.
func (p *parser) sourceTail(e, b int) int {
	if p.punct(e, ",") && p.who(e+1) {
		// "…, said two members of the commission, who spoke on condition
		// that they not be identified.": the relative clause that ends the
		// sentence is the source's.
		r := b
		for r > e+2 && p.toks[r-1].Kind == text.Punct {
			r--
		}
		quoted := false
		for q := e + 1; q < r; q++ {
			quoted = quoted || p.toks[q].Kind == text.Quote
		}
		if !quoted && r-e < maxRelativeToEnd {
			e = r
		}
	} else {
		e = p.appositiveToEnd(e, b) // "…, said Brian Baker, a political adviser to the family."
	}
	return e
}

// sourced reports whether draft d has a source, its own or one it takes
// from the claim before: a claim whose source another may take ("When
// asked …, Sherry smiled and said …": not the question's, which has none).
func (p *parser) sourced(d *draft) bool { return d.src[1] > d.src[0] || d.elided > 0 }
