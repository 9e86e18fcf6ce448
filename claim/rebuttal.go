package claim

import (
	"cmp"
	"iter"
	"slices"
	"strings"

	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/internal/wordnet"
	"github.com/hearsay-go/hearsay/source"
)

// A rebuttal is what a claim says is false, disputes or dismisses: its
// target, a phrase of the claim's own words, and the words that rebut.
//
// The target may be a proposition ("denied that she skipped the vote"), an
// anaphor ("that account", "those remarks", "it"), a source's words ("the
// governor's statements", "their position") or a description of a claim
// ("claims of a breakthrough", "the report that the plant will close").
// Read alone, a claim's rebuttal meets any claim that its proposition or
// description names; in an article, an anaphor or a source's words find
// the claims they point at (see LinkDisputes).
type rebuttal struct {
	verb   [2]int32 // the rebutting words in words; {0, 0} where the cue rebuts
	target [2]int32 // the target phrase in words
	kind   targetKind
	head   int32 // the target's noun for a claim ("account", "claims"), or -1
	owner  int32 // a possessor of the target ("their", "governor's"), or -1
	plural bool  // the target is plural: "those statements"
}

// A targetKind says how a rebuttal names what it rebuts.
type targetKind uint8

const (
	targetNone        targetKind = iota
	targetProposition            // a clause: "that she skipped the vote"
	targetDescription            // a noun phrase that describes it: "claims of a cover-up"
	targetAnaphor                // points back: "that account", "it"
	targetOwner                  // a source's words: "their account", "Smith's claim"
)

// findRebuttal reads the claim's own words for a rebuttal: a verb that
// rebuts its object ("Officials shoot down the congressman's claims"), a
// target called false ("the governor's statements a lie", "those
// statements were wrong", "their logic is flawed", "his numbers don't add
// up"), a want of grounds ("there is no basis for the labeling of …"), or
// a target found unconvincing ("I do not find their arguments
// compelling").
func (f *Features) findRebuttal(l *lexicon) {
	f.rebut = f.readRebuttal(l)
	if f.rebut.kind == targetNone && f.claim != nil && f.claim.CueClass == Denial && len(f.words) > 0 {
		// The cue rebuts ("disputed their account", "denied that she
		// skipped the vote"): the content is the target; for a cue of
		// the weak kind ("rejected", "contested"), only a claim or a
		// clause ("rejected those days", "a contested convention" are
		// none).
		t := rebuttal{target: [2]int32{0, int32(len(f.words))}, head: -1, owner: -1}
		f.classify(l, &t)
		if !f.weakCue(l) || t.head >= 0 || t.kind == targetProposition {
			f.rebut = t
		}
	}
	// A noun for a claim says which claim is meant, not what about, and
	// the rebutting words say what is done with it: neither is a term of
	// the claim's topic ("the figure", "those statements were wrong").
	if h := f.rebut.head; h >= 0 {
		f.words[h].flags &^= fContent
	}
	if f.rebut.kind != targetNone {
		for k := f.rebut.verb[0]; k < f.rebut.verb[1]; k++ {
			f.words[k].flags &^= fContent
		}
		f.readRebutTerms()
	}
}

// readRebuttal returns the rebuttal that the claim's own words make, if
// any.
func (f *Features) readRebuttal(l *lexicon) rebuttal {
	ws := f.words
	for i := 0; i < len(ws); i++ {
		w := &ws[i]
		// A verb that rebuts, or two words that do: "shoot down",
		// "pushed back on", "took issue with".
		end := int32(-1)
		strong := false
		if c := l.class[w.lemma] | l.class[w.alt]; c&(wRebut|wRebutObj) != 0 && w.flags&fNegated == 0 && !f.nounAt(i) {
			end, strong = int32(i+1), c&wRebut != 0
		} else if i+1 < len(ws) && l.rebut2[[2]string{w.lemma, ws[i+1].fold}] && w.flags&fNegated == 0 {
			end = int32(i + 2)
			for int(end) < len(ws) && ws[end].class&wRebutPrep != 0 {
				end++ // "pushed back on", "took issue with"
			}
		}
		if end > 0 {
			if t, ok := f.rebutObject(l, int32(i), end, strong); ok {
				if f.refute < 0 && t.head >= 0 {
					// "shoot down the congressman's claims": the verb
					// refutes the report in its clause, as a refuting
					// word does, where the claims are not described
					// closely enough to be a rebuttal of one.
					f.refute, f.refClause = i, [2]int32{t.head + 1, t.target[1]}
				}
				return t
			}
			continue
		}
		// A target called false: "X is wrong", "X a lie", "X doesn't add up".
		if dismiss, ok := f.falsityAt(i); ok {
			if t, ok := f.rebutSubject(l, int32(i), dismiss); ok {
				return t
			}
		}
		// "there is no basis for X": the grounds of X denied.
		if w.class&wNeg != 0 && i+1 < len(ws) && ws[i+1].class&wGrounds != 0 {
			j := i + 2
			for j < len(ws) && ws[j].class&(wGrounds|wStop) != 0 && ws[j].class&wThatFor == 0 {
				j++ // "no feasible basis or reasonable justification to"
			}
			if j < len(ws) && ws[j].class&wThatFor != 0 {
				c := f.clauseAt(int32(i))
				t := rebuttal{verb: [2]int32{int32(i), int32(i + 2)}, target: [2]int32{int32(j + 1), f.targetEnd(int32(j+1), c[1])}, head: -1, owner: -1, kind: targetDescription}
				if f.contentIn(t.target) > 0 {
					return t
				}
			}
		}
	}
	return rebuttal{head: -1, owner: -1}
}

// weakCue reports whether the claim's cue, where known, is a verb of
// the weak kind, which rebuts only a claim: "rejected", "dismissed",
// "contested".
func (f *Features) weakCue(l *lexicon) bool {
	if f.cue == "" {
		return false
	}
	first, _, _ := strings.Cut(foldWord(f.cue), " ")
	lemma, alt := lemmasOf(first)
	return (l.class[lemma]|l.class[alt])&wRebutObj != 0
}

// nounAt reports whether word i is a noun by its place: after a
// determiner or a possessive ("the challenge", "his denial").
func (f *Features) nounAt(i int) bool {
	if i == 0 {
		return false
	}
	p := &f.words[i-1]
	return p.class&wDet != 0 || strings.HasSuffix(p.fold, "'s")
}

// rebutObject reads the object of a rebutting verb at words[v:end] as its
// target: the words after it to the end of its clause. A verb of the weak
// kind ("dismissed", "rejected", "pushed back on") rebuts only a claim:
// an object with a noun for one ("dismissed reports of a shake-up") or a
// clause opened by "that" or "whether" ("rejected that …").
func (f *Features) rebutObject(l *lexicon, v, end int32, strong bool) (rebuttal, bool) {
	c := f.clauseAt(v)
	start := end
	for start < c[1] && (f.words[start].fold == "that" || f.words[start].fold == "whether") && start+1 < c[1] {
		start++
	}
	t := rebuttal{verb: [2]int32{v, end}, target: [2]int32{start, f.targetEnd(start, c[1])}, head: -1, owner: -1}
	if t.target[0] >= t.target[1] {
		return t, false
	}
	f.classify(l, &t)
	if !strong && t.head < 0 && start == end {
		return t, false // "pushing back against American demands": no claim
	}
	return t, t.kind != targetNone
}

// targetEnd returns where a target from start ends: at the clause's end
// e, or before a word that opens a reason or another clause ("…, saying",
// "because").
func (f *Features) targetEnd(start, e int32) int32 {
	for k := start; k < e; k++ {
		if f.words[k].class&wClause != 0 {
			return k
		}
	}
	return e
}

// falsityAt reports whether a phrase that calls its subject false ends
// at word i: a word of falsity ("false", "a lie", "nonsense", "flawed",
// "hot air"), a negated word of truth or persuasion ("not true", "not
// compelling"), or "don't add up"; or one that dismisses it, a word of
// harsh judgement ("a disgrace"), which rebuts only a claim.
func (f *Features) falsityAt(i int) (dismiss, ok bool) {
	ws := f.words
	w := &ws[i]
	switch {
	case w.fold == "air":
		return false, i > 0 && ws[i-1].fold == "hot" && w.flags&fNegated == 0 // "hot air"
	case w.class&wFalsity != 0 && w.flags&fNegated == 0:
		return false, true
	case w.class&(wTrue|wPersuade) != 0 && w.flags&fNegated != 0:
		return false, true
	case w.lemma == "add" && i+1 < len(ws) && ws[i+1].fold == "up" && w.flags&fNegated != 0:
		return false, true
	case w.flags&fNegated == 0 && valenceOf(w) <= dismissal:
		return true, true // "those comments are a disgrace"
	}
	return false, false
}

// dismissal is the valence at or below which a word said of a claim
// dismisses it: "a disgrace", "outrageous", "offensive".
const dismissal = -2

// rebutSubject reads what a phrase of falsity at words[k:] calls false:
// the subject of its clause ("those statements were wrong", "talk of
// decline is political hot air"), the object of "find" ("I do not find
// their arguments compelling"), or, in a content read after a cue of
// calling, the words before it ("[called] the governor's statements a
// lie"). fk is the falsity word; a dismissal (see falsityAt) must be of
// a noun for a claim: "those comments are a disgrace", not "she is a
// disgrace".
func (f *Features) rebutSubject(l *lexicon, fk int32, dismiss bool) (rebuttal, bool) {
	c := f.clauseAt(fk)
	ws := f.words
	// Back over the falsity phrase's own lead: "political hot air", "a
	// lie", "not true", "simply wrong".
	e := fk
	for e > c[0] && (ws[e-1].class&(wDet|wNeg|wPass|wStop) != 0 || lyAdverb(&ws[e-1])) && !ws[e-1].isVerbLink() {
		e--
	}
	for e > c[0] && ws[e-1].flags&fContent != 0 && ws[e-1].class&wFalsityLead != 0 {
		e-- // "political hot air", "flat wrong"
	}
	// The link: a copula, "find", or nothing (after a cue of calling).
	start := c[0]
	link := e
	for link > c[0] && ws[link-1].isVerbLink() {
		link--
	}
	switch {
	case link < e:
		// "X is wrong", "X don't add up": the subject is before the link.
		if link > c[0] && ws[link-1].lemma == "find" || link == e-1 && ws[link].lemma == "find" {
			// "I do not find their arguments compelling": the object.
			start = e
			e = fk
		} else {
			e = link
		}
	case f.finds(c[0], e):
		start = f.afterFind(c[0], e)
	default:
		// No link: "the governor's statements a lie", as a cue of calling
		// leaves its content; only where no verb comes before and the
		// falsity ends the clause.
		if f.hasVerb(c[0], e) || f.contentIn([2]int32{fk + 1, c[1]}) > 0 {
			return rebuttal{}, false
		}
	}
	if start >= e {
		return rebuttal{}, false
	}
	t := rebuttal{verb: [2]int32{fk, fk + 1}, target: [2]int32{start, e}, head: -1, owner: -1}
	f.classify(l, &t)
	if t.kind == targetProposition {
		t.kind = targetDescription // a subject is no clause
	}
	// A plain noun called false ("the weather is wrong for picnics") is
	// no rebuttal: the subject must be a claim, point back, or be a
	// source's words.
	if t.kind == targetDescription && t.head < 0 || dismiss && t.head < 0 {
		return t, false
	}
	return t, t.kind != targetNone
}

// finds reports whether words[s:e] hold "find" before the target: "I
// don't find their arguments compelling".
func (f *Features) finds(s, e int32) bool {
	for k := s; k < e; k++ {
		if f.words[k].lemma == "find" {
			return true
		}
	}
	return false
}

// afterFind returns the word after "find" in words[s:e].
func (f *Features) afterFind(s, e int32) int32 {
	for k := s; k < e; k++ {
		if f.words[k].lemma == "find" {
			return k + 1
		}
	}
	return e
}

// isVerbLink reports whether w links a subject to what is said of it: a
// form of "be", "seem", "prove", "sound" or "find", an auxiliary, or a
// negator ("is not", "don't").
func (w *word) isVerbLink() bool {
	switch w.lemma {
	case "be", "is", "are", "was", "were", "been", "being", "'s", "'re", "seem", "prove", "sound", "find", "do", "does", "did", "remain":
		return true
	}
	return w.class&wNeg != 0
}

// hasVerb reports whether words[s:e] hold a word that is plainly a verb:
// an auxiliary or a modal.
func (f *Features) hasVerb(s, e int32) bool {
	for k := s; k < e; k++ {
		if f.words[k].isVerbLink() && f.words[k].class&wNeg == 0 || f.words[k].class&wHedge != 0 && f.words[k].class&wStop != 0 {
			return true
		}
	}
	return false
}

// classify reads t's target phrase: a clause, a pointer back, a source's
// words or a description, with its noun for a claim and its owner.
func (f *Features) classify(l *lexicon, t *rebuttal) {
	ws := f.words
	s, e := t.target[0], t.target[1]
	first := &ws[s]
	for k := s; k < e; k++ {
		w := &ws[k]
		if f.claimNoun(l, k) {
			if t.head < 0 {
				t.head = k
				t.plural = w.fold != w.lemma && strings.HasSuffix(w.fold, "s")
			}
		}
		if t.owner < 0 && t.head < 0 && k < e-1 && (strings.HasSuffix(w.fold, "'s") && w.flags&fContent != 0 || w.class&wOwner != 0) {
			// An owner comes before the noun for a claim ("Smith's
			// claim"); after it, a possessive is the description's
			// ("the talk of America's decline").
			t.owner = k
		}
	}
	switch {
	case e-s == 1 && first.class&wPersonal != 0:
		t.kind, t.owner = targetOwner, s // "they are wrong": what they said
	case first.class&wOwner != 0 && t.head >= 0:
		t.kind, t.owner = targetOwner, s
	case t.owner >= 0 && t.head == t.owner+1:
		t.kind = targetOwner // "the governor's statements", "Smith's claim"
	case first.class&(wThing|wDemonstrative) != 0 && (e-s == 1 || t.head >= 0 && t.head <= s+2):
		t.kind = targetAnaphor // "it", "that account", "those remarks"
	case first.class&wDet != 0 && t.head == s+1 && (e-s == 2 || ws[s+2].fold == "as"):
		t.kind = targetAnaphor // "the allegations", "the figure", "the idea as ludicrous"
	case f.hasVerb(s, e) || f.pastAfterSubject(s, e):
		t.kind = targetProposition
	case f.contentIn(t.target) > 0:
		t.kind = targetDescription
	}
	if t.kind == targetOwner && t.head >= 0 {
		t.plural = t.plural || ws[t.head].fold != ws[t.head].lemma
	}
}

// claimNoun reports whether word k is a noun for a claim: "account",
// "claims", "figure"; "talk" only before "of", "about" or "that" ("the
// talk of decline", not "trade talks").
func (f *Features) claimNoun(l *lexicon, k int32) bool {
	w := &f.words[k]
	if w.class&wReport == 0 && l.class[w.lemma]&wClaimNoun == 0 {
		return false
	}
	if w.fold != w.lemma && w.fold != w.lemma+"s" && w.fold != w.lemma+"es" {
		return false // "reported", "figured": a verb
	}
	if w.lemma == "talk" {
		n := k + 1
		return int(n) < len(f.words) && (f.words[n].fold == "of" || f.words[n].fold == "about" || f.words[n].fold == "that")
	}
	return true
}

// pastAfterSubject reports whether words[s:e] read as a clause with a verb
// in the past after its first words: "she skipped the vote".
func (f *Features) pastAfterSubject(s, e int32) bool {
	for k := s + 1; k < e; k++ {
		w := &f.words[k]
		if strings.HasSuffix(w.fold, "ed") && w.flags&fContent != 0 && !strings.HasSuffix(w.lemma, "ed") {
			return k <= s+3
		}
	}
	return false
}

// contentIn counts the content words of words[r[0]:r[1]].
func (f *Features) contentIn(r [2]int32) int {
	n := 0
	for k := r[0]; k < r[1]; k++ {
		if f.words[k].flags&fContent != 0 {
			n++
		}
	}
	return n
}

// clauseAt returns the clause that word k is in.
func (f *Features) clauseAt(k int32) [2]int32 {
	c := [2]int32{0, int32(len(f.words))}
	for _, b := range f.bounds {
		if b <= k {
			c[0] = b
		} else {
			c[1] = b
			break
		}
	}
	return c
}

// lyAdverb reports whether w is an adverb in -ly: "simply", "completely".
func lyAdverb(w *word) bool {
	return len(w.fold) > 4 && strings.HasSuffix(w.fold, "ly") && w.flags&fEntity == 0
}

// described returns how much of the rebuttal's description or proposition
// g says: the share of its content words (by weight, the noun for a claim
// and the owner aside) whose terms g has, a synonym's or a stem's counting
// half, and how many it has.
func (f *Features) described(g *Features) (float64, int) {
	total, found, n := 0, 0, 0
	for k := range f.rebutTerms {
		t := &f.rebutTerms[k]
		total += int(t.weight)
		switch g.hasTerm(t) {
		case exactTerm:
			found += int(t.weight)
			n++
		case synonymTerm:
			found += int(t.weight) / 2
			n++
		}
	}
	if total == 0 || n < 2 && total > 4 {
		return 0, n
	}
	return float64(found) / float64(total), n
}

// A rebutTerm is a content word of a rebuttal's target, as described
// compares it: read once, where the rebuttal is found.
type rebutTerm struct {
	hash   uint64
	lemma  string
	senses []uint32 // its WordNet senses, sorted; none for names and numbers
	weight uint8    // 4 for a name, 2 for another word
	plain  bool     // neither a name nor a number: synonyms count
	stem   bool     // no number: words of its stem count ("America's" and "American")
}

// readRebutTerms reads the content words of f's rebuttal target.
func (f *Features) readRebutTerms() {
	t := &f.rebut
	for k := t.target[0]; k < t.target[1]; k++ {
		w := &f.words[k]
		if w.flags&fContent == 0 || k == t.head || k == t.owner || w.class&wReport != 0 {
			continue
		}
		rt := rebutTerm{hash: hashString(w.lemma), lemma: w.lemma, weight: 2, plain: w.flags&(fEntity|fNumber) == 0,
			stem: w.flags&fNumber == 0}
		if w.flags&fEntity != 0 {
			rt.weight = 4
		}
		if rt.plain {
			for id := range wordnet.Senses(w.lemma) {
				rt.senses = append(rt.senses, id)
			}
			slices.Sort(rt.senses)
		}
		f.rebutTerms = append(f.rebutTerms, rt)
	}
}

// How a claim has a word's term: not at all, as a synonym, or itself.
const (
	noTerm = iota
	synonymTerm
	exactTerm
)

// hasTerm reports whether f has t's term, or a term that shares one of
// its senses or its stem.
func (f *Features) hasTerm(t *rebutTerm) int {
	if _, ok := slices.BinarySearchFunc(f.terms, t.hash, func(x term, h uint64) int {
		return cmp.Compare(x.hash, h)
	}); ok {
		return exactTerm
	}
	if t.stem {
		for k := range f.terms {
			if sameStem(t.lemma, f.terms[k].lemma) {
				return synonymTerm // "closure" and "close", "america" and "american"
			}
		}
	}
	if !t.plain {
		return noTerm
	}
	// Both sense lists are sorted: merge them.
	for i, j := 0, 0; i < len(t.senses) && j < len(f.senses); {
		switch {
		case t.senses[i] < f.senses[j].id:
			i++
		case t.senses[i] > f.senses[j].id:
			j++
		default:
			return synonymTerm
		}
	}
	return noTerm
}

// sameStem reports whether two words are forms of one word by their
// spelling, as a noun and its verb are ("closure" and "close", "election"
// and "elect"): their common beginning is at least four letters, all of
// the shorter but one, and all of the longer but three.
func sameStem(x, y string) bool {
	if x == y || len(x) < 4 || len(y) < 4 {
		return false
	}
	p := 0
	for p < len(x) && p < len(y) && x[p] == y[p] {
		p++
	}
	return p >= 4 && p >= min(len(x), len(y))-1 && p >= max(len(x), len(y))-3
}

// minDescribed is the least share of a rebuttal's description that a
// claim must say to be what it rebuts.
const minDescribed = 0.5

// rebuttal: one claim disputes the other. In an article, the link was
// found by LinkDisputes' rules (an anaphor, a source's words, a
// description); read alone, a claim rebuts another whose words its
// description or proposition names: "Officials shoot down the
// congressman's claims that ISIS fighters are crossing the border"
// against "ISIS fighters were caught crossing the border".
func (c *comparison) rebuttal(w rule) {
	for _, side := range [2]bool{false, true} {
		r, o := c.a, c.b
		ri, oi := c.i, c.j
		if side {
			r, o, ri, oi = o, r, oi, ri
		}
		linked := false
		if c.art != nil {
			linked = slices.Contains(c.art.disputes[ri], oi)
		} else if r.claim != nil && o.claim != nil {
			linked = slices.Contains(r.claim.Disputes, o.claim)
		}
		share := 0.0
		// Read alone (in an article, the links say it all), a claim that
		// rebuts meets one that its target describes, unless both refute (two reports that call one story a
		// hoax agree), or refutation is common ground (see CompareAll).
		if !linked && c.art == nil && c.refute && r.rebut.kind != targetNone && r.rebut.kind != targetAnaphor &&
			o.rebut.kind == targetNone && o.refute < 0 {
			share, _ = r.described(o)
			if share < minDescribed {
				share = 0
			}
		}
		if !linked && share == 0 {
			continue
		}
		t := w.weight(1)
		if !linked {
			t = w.weight(share) * describedDamp
		}
		detail := r.rebutDetail()
		sp := r.rebutSpan()
		spans := []hearsay.Span{sp, spanOf(o)}
		if side {
			spans = []hearsay.Span{spanOf(o), sp}
		}
		c.rs.add(ReasonRebuttal, t, detail, spans...)
		return
	}
}

// describedDamp weighs a rebuttal read alone, by its description's words,
// below one an article links: the words may name another claim's topic.
const describedDamp = 0.85

// rebutDetail says what the claim rebuts, for a reason's Detail:
// "disputed: their account", "those statements were wrong".
func (f *Features) rebutDetail() string {
	t := &f.rebut
	if t.kind == targetNone {
		return "disputes it"
	}
	target := f.phrase(int(t.target[0]), int(t.target[1]))
	switch {
	case t.verb[1] == t.verb[0]:
		verb := f.cue
		if verb == "" {
			verb = "disputes"
		}
		return clip(verb + ": " + target)
	case t.verb[0] >= t.target[1]:
		return clip(f.phrase(int(t.target[0]), int(t.verb[1])))
	}
	return clip(f.phrase(int(t.verb[0]), int(t.verb[1])) + ": " + target)
}

// rebutSpan is where the rebuttal's words are: its verb and target, or
// the claim's content where its cue rebuts.
func (f *Features) rebutSpan() hearsay.Span {
	t := &f.rebut
	if t.kind == targetNone {
		return spanOf(f)
	}
	s, e := min(t.verb[0], t.target[0]), max(t.verb[1], t.target[1])
	if t.verb[1] == t.verb[0] {
		s, e = t.target[0], t.target[1]
	}
	return f.span(int(s), int(e))
}

// disputes returns the claims c disputes, or nil for a nil claim.
func (c *Claim) disputes() []*Claim {
	if c == nil {
		return nil
	}
	return c.Disputes
}

// LinkDisputes sets the Disputes of each of the claims found in text: the
// other claims that it rebuts, denies or dismisses, earlier or later in
// the text. The claims' spans must be offsets into text, as package
// attribution gives them (Extract calls it).
//
// A claim disputes when its cue is a denial ("disputed their account",
// "denied that she skipped the vote") or when its content calls its
// target false ("called the governor's statements a lie", "those
// statements were wrong", "his numbers don't add up"). Its target is
// found by how it is named:
//
//   - a proposition or a description ("claims of a cover-up"): the claims
//     that say at least half of its content words, or their synonyms,
//     wherever they are (a headline may dispute the claims below it);
//   - an anaphor ("that account", "those remarks", "the allegations",
//     "it"): the claim of another source just before, or for a plural
//     noun the run of that source's claims;
//   - a source's words ("their position", "the governor's statements",
//     "Smith's claim"): the nearest claims of the source that a possessive
//     pronoun points back at (a group's for "their", a person's for "his"
//     and "her"), or that the name, title or description names.
//
// A claim never disputes itself, the claim that reports it, or a claim
// it reports. Nil claims are skipped.
func LinkDisputes(text string, claims []*Claim) {
	art := readArticle(text, claims)
	for i, c := range claims {
		if c == nil {
			continue
		}
		c.Disputes = nil
		for _, j := range art.disputes[i] {
			c.Disputes = append(c.Disputes, claims[j])
		}
	}
}

// readDisputes finds, for each claim of the article that rebuts, the
// claims it disputes.
func (art *article) readDisputes() {
	art.disputes = make([][]int32, len(art.fs))
	for i, f := range art.fs {
		if f.rebut.kind == targetNone {
			continue
		}
		art.disputes[i] = art.targets(int32(i))
	}
	// Links the claims already carry count too.
	for i, f := range art.fs {
		for _, o := range f.claim.disputes() {
			if j, ok := art.at[o]; ok && j != int32(i) && !slices.Contains(art.disputes[i], j) {
				art.disputes[i] = append(art.disputes[i], j)
			}
		}
	}
	art.disputedBy = make([][]int32, len(art.fs))
	for i, ts := range art.disputes {
		for _, j := range ts {
			art.disputedBy[j] = append(art.disputedBy[j], int32(i))
		}
	}
}

// maxBack is how many sentences back an anaphor or a possessive pronoun
// may point.
const maxBack = 3

// maxOwnerBack is how many sentences back a possessive pronoun may point.
const maxOwnerBack = 8

// maxTargets is how many claims one rebuttal may dispute.
const maxTargets = 4

// targets returns the claims that claim i's rebuttal disputes.
func (art *article) targets(i int32) []int32 {
	f := art.fs[i]
	t := &f.rebut
	switch t.kind {
	case targetProposition, targetDescription:
		return art.describedBy(i)
	case targetAnaphor:
		return art.pointedAt(i, -1)
	case targetOwner:
		ow := &f.words[t.owner]
		if ow.class&(wOwner|wPersonal) != 0 {
			want := source.Person
			if ow.fold == "their" || ow.fold == "its" || ow.fold == "they" || ow.fold == "them" {
				want = source.Group
			}
			return art.pointedAt(i, int8(want))
		}
		return art.ownedBy(i, strings.TrimSuffix(ow.fold, "'s"))
	}
	return nil
}

// describedBy returns the claims, other than i and those it reports or
// that report it, that say enough of i's description or proposition: the
// ones that say the most of it, earlier or later. The claims are those
// filed under a term, sense or stem of its words, each key held by at most
// MaxPosting claims.
func (art *article) describedBy(i int32) []int32 {
	f := art.fs[i]
	t := &f.rebut
	var cand []int32
	var keys []uint64
	for k := t.target[0]; k < t.target[1]; k++ {
		w := &f.words[k]
		if w.flags&fContent == 0 || k == t.head || k == t.owner {
			continue
		}
		keys = append(keys[:0], hashString(w.lemma))
		if w.flags&(fNumber|fEntity) == 0 {
			for id := range wordnet.Senses(w.lemma) {
				keys = append(keys, senseKey+uint64(id))
			}
			if len(w.lemma) >= 4 {
				keys = append(keys, stemKey(w.lemma))
			}
		}
		for _, key := range keys {
			if p := art.postings[key]; len(p) <= MaxPosting {
				cand = append(cand, p...)
			}
		}
	}
	slices.Sort(cand)
	cand = slices.Compact(cand)
	best := 0.0
	var out []int32
	for _, j := range cand {
		g := art.fs[j]
		if !art.other(i, j) || g.rebut.kind != targetNone && g.claim.Polarity == f.claim.Polarity ||
			art.srcOf[i] >= 0 && art.srcOf[i] == art.srcOf[j] {
			continue // a source does not dispute what it says itself
		}
		share, n := f.described(g)
		if share < minDescribed || n == 0 {
			continue
		}
		switch {
		case share > best+0.1:
			best, out = share, append(out[:0], j)
		case share >= best-0.1 && len(out) < maxTargets:
			out = append(out, j)
		}
	}
	return out
}

// other reports whether claim j may be disputed by claim i: another
// claim, neither reporting the other.
func (art *article) other(i, j int32) bool {
	a, b := art.fs[i].claim, art.fs[j].claim
	return i != j && a != nil && b != nil && a.Parent != b && b.Parent != a && len(art.fs[j].words) > 0
}

// pointedAt returns the claims an anaphor or possessive pronoun of claim i
// points at: the claim of another source just before it (within maxBack
// sentences), of a group where want is source.Group and of a person where
// it is source.Person (-1: any); for a plural target, that source's
// claims in a run before it.
func (art *article) pointedAt(i int32, want int8) []int32 {
	f := art.fs[i]
	c := f.claim
	var out []int32
	src := int32(-2)
	reach := maxBack
	if want >= 0 {
		reach = maxOwnerBack // "their", "his": the last group or person, however far
	}
	for j := range art.before(i) {
		g := art.fs[j].claim
		if g.Sentence < c.Sentence-reach {
			break
		}
		if !art.other(i, j) || art.srcOf[j] == art.srcOf[i] && art.srcOf[i] >= 0 {
			continue
		}
		if src == -2 {
			if want >= 0 && !art.isEntity(j, source.Entity(want)) {
				continue
			}
			src = art.srcOf[j]
			out = append(out, j)
			if !f.rebut.plural {
				break
			}
			continue
		}
		if art.srcOf[j] != src || src < 0 || len(out) == maxTargets {
			break
		}
		out = append(out, j)
	}
	return out
}

// isEntity reports whether claim j's source is of entity e; a group is
// also an organization, a body that speaks as several.
func (art *article) isEntity(j int32, e source.Entity) bool {
	s := art.fs[j].claim.Source
	if s == nil {
		return false
	}
	if e == source.Group {
		return s.Entity == source.Group || s.Entity == source.Organization
	}
	return s.Entity == e
}

// before yields the claims of the article that come before claim i in
// the text, nearest first, at most maxBefore of them.
func (art *article) before(i int32) iter.Seq[int32] {
	return func(yield func(int32) bool) {
		k := art.rank[i]
		for n := 0; k > 0 && n < maxBefore; n++ {
			k--
			if !yield(art.order[k]) {
				return
			}
		}
	}
}

// maxBefore is how many claims back a rebuttal looks for what it points
// at.
const maxBefore = 64

// ownedBy returns the claims of the source named owner ("governor",
// "Smith"), nearest to claim i first: a source whose name, title or
// description has the word.
func (art *article) ownedBy(i int32, owner string) []int32 {
	var src []int32
	for k, s := range art.srcs {
		if sourceNamed(s, owner) {
			src = append(src, int32(k))
		}
	}
	if len(src) == 0 {
		return nil
	}
	var out []int32
	for j := range art.before(i) {
		if slices.Contains(src, art.srcOf[j]) && art.other(i, j) && art.srcOf[j] != art.srcOf[i] {
			out = append(out, j)
			if len(out) == maxTargets || !art.fs[i].rebut.plural {
				break
			}
		}
	}
	return out
}

// sourceNamed reports whether the folded word w is a word of s's name,
// title or description.
func sourceNamed(s *source.Source, w string) bool {
	for _, phrase := range [3]string{s.Name, s.Title, s.Descriptor} {
		for _, x := range strings.Fields(phrase) {
			if foldWord(strings.Trim(x, ".,;:")) == w {
				return true
			}
		}
	}
	return false
}
