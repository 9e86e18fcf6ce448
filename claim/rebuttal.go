package claim

import (
	"strings"

	"github.com/hearsay-go/hearsay/internal/text"
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
func (f *Features) findRebuttal(l *vocabulary) {
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
func (f *Features) readRebuttal(l *vocabulary) rebuttal {
	ws := f.words
	for i := 0; i < len(ws); i++ {
		w := &ws[i]
		// A verb that rebuts, or two words that do: "shoot down",
		// "pushed back on", "took issue with".
		end := int32(-1)
		strong := false
		if c := w.base; c&(wRebut|wRebutObj) != 0 && w.flags&fNegated == 0 && !f.nounAt(i) {
			end, strong = int32(i+1), c&wRebut != 0
		} else if i+1 < len(ws) && ws[i+1].class&wTwoEnd != 0 && l.rebut2[[2]string{w.lemma, ws[i+1].fold}] && w.flags&fNegated == 0 {
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
		if dismiss, ok := f.falsityAt(l, i); ok {
			if t, ok := f.rebutSubject(l, int32(i), dismiss); ok && !(t.kind == targetAnaphor && f.extraposed(i)) {
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

// extraposed reports whether the word of falsity at i values an
// infinitive after it, of which its "it" is a stand-in: "it
// was wrong to back Clinton", "it is premature to say" judge an act, and
// rebut no claim.
func (f *Features) extraposed(i int) bool {
	k := i + 1
	return k+1 < len(f.words) && f.words[k].fold == "to" && f.words[k+1].class&wDet == 0
}

// weakCue reports whether the claim's cue, where known, is a verb of
// the weak kind, which rebuts only a claim: "rejected", "dismissed",
// "contested".
func (f *Features) weakCue(l *vocabulary) bool {
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
	return p.class&wDet != 0 || text.Possessive(p.fold)
}

// rebutObject reads the object of a rebutting verb at words[v:end] as its
// target: the words after it to the end of its clause. A verb of the weak
// kind ("dismissed", "rejected", "pushed back on") rebuts only a claim:
// an object with a noun for one ("dismissed reports of a shake-up") or a
// clause opened by "that" or "whether" ("rejected that …").
func (f *Features) rebutObject(l *vocabulary, v, end int32, strong bool) (rebuttal, bool) {
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
func (f *Features) falsityAt(l *vocabulary, i int) (dismiss, ok bool) {
	ws := f.words
	w := &ws[i]
	switch {
	case w.class&wFalsity != 0 && w.flags&fNegated == 0:
		return false, true
	case i > 0 && w.class&wTwoEnd != 0 && l.two[[2]string{ws[i-1].lemma, w.fold}] == wFalsity && w.flags&fNegated == 0:
		return false, true // "hot air"
	case w.class&(wTrue|wPersuade) != 0 && w.flags&fNegated != 0:
		return false, true
	case i+1 < len(ws) && ws[i+1].class&wTwoEnd != 0 && l.two[[2]string{w.lemma, ws[i+1].fold}] == wTrue && w.flags&fNegated != 0:
		return false, true // "don't add up"
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
func (f *Features) rebutSubject(l *vocabulary, fk int32, dismiss bool) (rebuttal, bool) {
	c := f.clauseAt(fk)
	ws := f.words
	// Back over the falsity phrase's own lead: "political hot air", "a
	// lie", "not true", "simply wrong".
	e := fk
	for e > c[0] && (ws[e-1].class&(wDet|wNeg|wStop) != 0 || passed(&ws[e-1])) && !ws[e-1].isVerbLink() && ws[e-1].fold != "as" {
		e--
	}
	for e > c[0] && ws[e-1].flags&fContent != 0 && ws[e-1].class&wFalsityLead != 0 {
		e-- // "political hot air", "flat wrong"
	}
	if e > c[0]+1 && ws[e-1].fold == "as" {
		e-- // "[dismissed] that as nonsense", "[described] the claim as false"
	}
	// The link: a copula, "find", or nothing (after a cue of calling).
	start := c[0]
	link := e
	for link > c[0] && ws[link-1].isVerbLink() {
		link--
	}
	found := f.afterFind(c[0], e)
	if rel := f.relativeAt(c, link); rel >= 0 {
		// "claims Clinton made that have proved false", "statements the
		// mayor gave, which were untrue": the relative pronoun stands for
		// the noun for a claim before it, which opens the target.
		t := rebuttal{verb: [2]int32{fk, fk + 1}, target: [2]int32{f.claimNounBefore(l, rel), rel}, head: -1, owner: -1}
		if t.target[0] < 0 {
			return rebuttal{}, false
		}
		f.classify(l, &t)
		if t.kind == targetProposition {
			t.kind = targetDescription
		}
		return t, t.head >= 0 && t.kind != targetNone
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
	case found >= 0:
		start = found
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

// relativeAt returns the relative pronoun ("that", "which") that is the
// whole subject before the link at words[link] in clause c, or -1.
func (f *Features) relativeAt(c [2]int32, link int32) int32 {
	k := link - 1
	if k < c[0] || k <= 0 {
		return -1
	}
	switch f.words[k].fold {
	case "that", "which":
	default:
		return -1
	}
	if k > c[0] && f.words[k-1].flags&fContent == 0 {
		return -1 // "said that was not true": no noun before it
	}
	return k
}

// claimNounBefore returns the nearest noun for a claim before the
// relative pronoun at words[rel], at most maxRelative words back, or -1.
func (f *Features) claimNounBefore(l *vocabulary, rel int32) int32 {
	for k := rel - 1; k >= 0 && k >= rel-maxRelative; k-- {
		if f.claimNoun(l, k) {
			return k
		}
	}
	return -1
}

// maxRelative is how far back from a relative pronoun its noun for a
// claim may be: "claims Clinton made during the hearing last fall that".
const maxRelative = 10

// afterFind returns the word after "find" in words[s:e], which opens the
// target ("I don't find their arguments compelling"), or -1.
func (f *Features) afterFind(s, e int32) int32 {
	for k := s; k < e; k++ {
		if f.words[k].lemma == "find" {
			return k + 1
		}
	}
	return -1
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
func (f *Features) classify(l *vocabulary, t *rebuttal) {
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
		if t.owner < 0 && t.head < 0 && k < e-1 && (text.Possessive(w.fold) && w.flags&fContent != 0 || w.class&wOwner != 0) {
			// An owner comes before the noun for a claim ("Smith's
			// claim"); after it, a possessive is the description's
			// ("the talk of America's decline").
			t.owner = k
		}
	}
	if t.owner < 0 && t.head >= 0 {
		t.owner = f.madeBy(t.head, e)
	}
	switch {
	case t.owner >= 0 && t.owner > t.head && t.head >= 0:
		t.kind = targetOwner // "claims Clinton made", "statements the mayor gave"
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
	case f.suchAt(s, e):
		t.kind = targetAnaphor // "denied any such directive had been issued"
	case f.hasVerb(s, e) || f.pastAfterSubject(s, e):
		t.kind = targetProposition
	case f.contentIn(t.target) > 0:
		t.kind = targetDescription
	}
	if t.kind == targetOwner && t.head >= 0 {
		t.plural = t.plural || ws[t.head].fold != ws[t.head].lemma
	}
}

// suchAt reports whether words[s:e] open with "such" before what it
// stands for, at most one word in ("any such directive had been issued",
// "that no such meeting took place", "such a plan"): a thing the claim
// before has told of, so the phrase points back at it.
func (f *Features) suchAt(s, e int32) bool {
	for k := s; k <= s+1 && k+1 < e; k++ {
		if f.words[k].fold != "such" {
			continue
		}
		n := k + 1
		if f.words[n].fold == "a" || f.words[n].fold == "an" {
			n++
		}
		return n < e && f.words[n].flags&fContent != 0
	}
	return false
}

// madeBy returns the source named after a noun for a claim at words[h]
// by a verb of making or saying ("claims Clinton made", "the statements
// the mayor gave", "remarks the senator offered"): the name's or noun's
// last word, before words[e]; or -1.
func (f *Features) madeBy(h, e int32) int32 {
	k := h + 1
	if k < e && f.words[k].class&wDet != 0 {
		k++ // "the mayor"
	}
	last := int32(-1)
	for ; k < e && k <= h+4; k++ {
		w := &f.words[k]
		switch {
		case w.base&wMade != 0:
			return last
		case w.flags&fContent != 0:
			last = k
			continue
		}
		break
	}
	return -1
}

// claimNoun reports whether word k is a noun for a claim: "account",
// "claims", "figure"; "talk" only before "of", "about" or "that" ("the
// talk of decline", not "trade talks").
func (f *Features) claimNoun(l *vocabulary, k int32) bool {
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
