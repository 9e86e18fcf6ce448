package claim

import (
	"cmp"
	"iter"
	"slices"
	"strings"

	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/internal/text"
	"github.com/hearsay-go/hearsay/internal/wordnet"
	"github.com/hearsay-go/hearsay/source"
)

// What a rebuttal disputes: the claims its target describes or points
// at, found read alone by their words and in an article by its links.

// described returns how much of the rebuttal's description or proposition
// g says: the share of its content words (by weight, the noun for a claim
// and the owner aside) whose terms g has, a synonym's or a stem's counting
// half, and how many it has.
func (f *Features) described(g *Features) (float64, int) {
	total, found, n, words := 0, 0, 0, 0
	for k := range f.rebutTerms {
		t := &f.rebutTerms[k]
		total += int(t.weight)
		words += min(int(t.weight), 4) // what the description is of counts as a name here
		switch g.hasTerm(t) {
		case exactTerm:
			found += int(t.weight)
			n++
		case synonymTerm:
			found += int(t.weight) / 2
			n++
		}
	}
	if total == 0 || n < 2 && words > 4 { // one word found of several is not enough
		return 0, n
	}
	return float64(found) / float64(total), n
}

// negatesDescribed reports whether g negates a word that f's rebuttal
// target names: g says what the rebuttal says ("committed no wrongdoing"
// beside "denied any wrongdoing"), and disputes nothing of it.
func (g *Features) negatesDescribed(f *Features) bool {
	for k := range f.rebutTerms {
		t := &f.rebutTerms[k]
		if i := g.termIndex(t.hash); i >= 0 {
			if w := g.terms[i].word; w >= 0 && int(w) < len(g.words) && g.words[w].flags&fNegated != 0 {
				return true
			}
		}
	}
	return false
}

// A rebutTerm is a content word of a rebuttal's target, as described
// compares it: read once, where the rebuttal is found.
type rebutTerm struct {
	hash   uint64
	lemma  string
	senses []uint32 // its WordNet senses, sorted; none for names and numbers
	weight uint8    // 6 for what a description is of, 4 for a name, 2 for another word
	plain  bool     // neither a name nor a number: synonyms count
	stem   bool     // no number: words of its stem count ("America's" and "American")
	about  bool     // after a word that opens what the claim is about: "remarks about Muslims"
}

// readRebutTerms reads the content words of f's rebuttal target.
func (f *Features) readRebutTerms() {
	t := &f.rebut
	about := false
	head := f.descriptionHead()
	for k := t.target[0]; k < t.target[1]; k++ {
		w := &f.words[k]
		if t.head >= 0 && k == t.head+1 && aboutWords[w.fold] {
			about = true
		}
		if w.class&wClause != 0 {
			about = false // "remarks about Muslims but will meet him"
		}
		if w.flags&fContent == 0 || k == t.head || k == t.owner || w.class&wReport != 0 {
			continue
		}
		rt := rebutTerm{hash: hashString(w.lemma), lemma: w.lemma, weight: 2, plain: w.flags&(fEntity|fNumber) == 0,
			stem: w.flags&fNumber == 0, about: about}
		switch {
		case k == head:
			rt.weight = 6 // what a description is of: "decline" in "the talk of America's economic decline"
		case w.flags&fEntity != 0:
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

// aboutWords open, after a noun for a claim, what the claim is about:
// "remarks about Muslims", "charges over the vote".
var aboutWords = map[string]bool{"about": true, "on": true, "over": true, "regarding": true}

// about reports whether g says a word of what f's rebuttal says its
// target is about ("Trump's remarks about Muslims", "charges over the
// vote"), or the target says nothing of that.
func (f *Features) about(g *Features) bool {
	some := false
	for k := range f.rebutTerms {
		if t := &f.rebutTerms[k]; t.about {
			if g.hasTerm(t) != noTerm {
				return true
			}
			some = true
		}
	}
	return !some
}

// descriptionHead returns the word a rebuttal's description is of, the
// last of the first run of content words after its noun for a claim and
// "of" or one of aboutWords:
// "decline" in "the talk of America's economic decline", "cover-up" in
// "claims of a cover-up of the spill"; or -1.
func (f *Features) descriptionHead() int32 {
	t := &f.rebut
	if t.kind != targetDescription {
		return -1
	}
	if t.head < 0 || t.head+1 >= t.target[1] {
		return -1
	}
	k := t.head + 1
	if g := f.words[k].fold; g != "of" && !aboutWords[g] {
		return -1 // "the plagiarism allegations unfair": no phrase of what they are of
	}
	for k < t.target[1] && f.words[k].flags&fContent == 0 {
		k++
	}
	head := int32(-1)
	for ; k < t.target[1] && f.words[k].flags&fContent != 0; k++ {
		head = k
	}
	return head
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
	if f.termIndex(t.hash) >= 0 {
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
		case t.senses[i] < f.senses[j].id():
			i++
		case t.senses[i] > f.senses[j].id():
			j++
		default:
			return synonymTerm
		}
	}
	return noTerm
}

// termIndex returns the index in f.terms of the term of hash h, or -1.
func (f *Features) termIndex(h uint64) int {
	if i, ok := slices.BinarySearchFunc(f.terms, h, func(x term, h uint64) int {
		return cmp.Compare(x.hash, h)
	}); ok {
		return i
	}
	return -1
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
//     "Smith's claim", "claims Clinton made, which proved false"): the
//     nearest claims of the source that a possessive pronoun points back
//     at (a group's for "their", a person's for "his" and "her"), or that
//     the name, title or description names; a named source's claims
//     after the rebuttal where it has none before, and then only those
//     that say a word of what the target is about ("Trump's remarks
//     about Muslims").
//
// A claim never disputes itself, the claim that reports it, or a claim
// it reports. Nil claims are skipped.
func LinkDisputes(text string, claims []*Claim) {
	readArticle(text, claims, false).link(claims)
}

// LinkConflictsIn is [LinkDisputes] followed by [ConflictsIn], with the
// article read once: it fills each claim's Disputes and returns the pairs
// of claims that conflict, as the two would. See [Scorer.LinkConflictsIn].
func LinkConflictsIn(text string, claims []*Claim) []Conflict {
	return defaultScorer.LinkConflictsIn(text, claims)
}

// LinkConflictsIn is [LinkDisputes] followed by [Scorer.ConflictsIn],
// with the article read once, which costs half as much as the two calls.
func (s *Scorer) LinkConflictsIn(text string, claims []*Claim) []Conflict {
	if s == nil {
		s = defaultScorer
	}
	art := readArticle(text, claims, true)
	art.link(claims)
	return s.conflicts(art.fs, art)
}

// link sets each claim's Disputes to the claims it rebuts in art.
func (art *article) link(claims []*Claim) {
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
		if own := art.ownEarlier(i); len(own) > 0 {
			return own // "He later denied his opposition": a walk-back of what he said
		}
		if ow.class&(wOwner|wPersonal) != 0 {
			want := source.Person
			if ow.fold == "their" || ow.fold == "its" || ow.fold == "they" || ow.fold == "them" {
				want = source.Group
			}
			return art.pointedAt(i, int8(want))
		}
		return art.ownedBy(i, text.Unpossessed(ow.fold))
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
			if p := art.postings.of(key); len(p) <= MaxPosting {
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
		if share < minDescribed || n == 0 || g.negatesDescribed(f) {
			continue // "Smith committed no wrongdoing" is no target of "Smith denied any wrongdoing"
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

// ownEarlier returns the claims that a rebuttal of claim i walks back,
// where its target is its own source's words: "He later denied his
// opposition", "she walked back her remarks", a possessive pronoun that
// matches the rebutting claim's own pronoun for its source. They are that
// source's claims just before, the nearest for a singular target, a run
// of them for a plural one; the rebuttal's reach is an anaphor's.
func (art *article) ownEarlier(i int32) []int32 {
	f := art.fs[i]
	t := &f.rebut
	c := f.claim
	if t.owner < 0 || art.srcOf[i] < 0 || c.SourceMention.IsZero() || !ownPronoun(f.words[t.owner].fold, strings.ToLower(c.SourceMention.Text(art.text))) {
		return nil
	}
	var out []int32
	for j := range art.before(i) {
		g := art.fs[j].claim
		if g.Sentence < c.Sentence-maxBack {
			break
		}
		if art.srcOf[j] != art.srcOf[i] || !art.other(i, j) {
			continue
		}
		out = append(out, j)
		if !t.plural || len(out) == maxTargets {
			break
		}
	}
	return out
}

// ownPronoun reports whether the possessive pronoun owner is the one of
// the pronoun subject: "his" of "he", "her" of "she", "their" of "they".
func ownPronoun(owner, subject string) bool {
	switch subject {
	case "he":
		return owner == "his"
	case "she":
		return owner == "her"
	case "they":
		return owner == "their"
	}
	return false
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
// the text, nearest first, at most maxBefore of them; after, those that
// come after it.
func (art *article) before(i int32) iter.Seq[int32] { return art.walk(i, -1) }

func (art *article) after(i int32) iter.Seq[int32] { return art.walk(i, 1) }

// walk yields the claims from claim i on in text order, a step of dir
// (-1 back, +1 on) at a time, at most maxBefore of them.
func (art *article) walk(i int32, dir int) iter.Seq[int32] {
	return func(yield func(int32) bool) {
		k := int(art.rank[i])
		if k < 0 {
			return
		}
		for n := 0; n < maxBefore; n++ {
			k += dir
			if k < 0 || k >= len(art.order) || !yield(art.order[k]) {
				return
			}
		}
	}
}

// maxBefore is how many claims back (or on) a rebuttal looks for what it
// points at.
const maxBefore = 64

// ownedBy returns the claims of the source named owner ("governor",
// "Smith"), nearest to claim i first: a source whose name, title or
// description has the word.
func (art *article) ownedBy(i int32, owner string) []int32 {
	src := art.namedBy(owner)
	if len(src) == 0 {
		return nil
	}
	var out []int32
	// The source's claims before the rebuttal, nearest first; where it
	// has none, those after it ("asked them to examine claims Clinton
	// made, which have proved false. Clinton testified that …").
	// After it, a claim must also say a word of what the target is about,
	// where the target says ("Trump's remarks about Muslims"; see about).
	f := art.fs[i]
	for n, claims := range [2]iter.Seq[int32]{art.before(i), art.after(i)} {
		for j := range claims {
			if n == 1 && !f.about(art.fs[j]) {
				continue
			}
			if slices.Contains(src, art.srcOf[j]) && art.other(i, j) && art.srcOf[j] != art.srcOf[i] {
				out = append(out, j)
				if len(out) == maxTargets || !art.fs[i].rebut.plural {
					break
				}
			}
		}
		if len(out) > 0 {
			break
		}
	}
	return out
}

// namedBy returns the sources of the article whose name, title or
// description has the folded word w ("governor", "smith"), in order. The
// words of all the sources' names are read once, so that an article of
// many sources and many rebuttals does not read every name for every
// rebuttal. (readSources' keys are another index: of names alone, by
// which a claim's words name a source.)
func (art *article) namedBy(w string) []int32 {
	if art.nameWords == nil {
		art.nameWords = make(map[string][]int32)
		for k, s := range art.srcs {
			for _, phrase := range [3]string{s.Name, s.Title, s.Descriptor} {
				for _, x := range strings.Fields(phrase) {
					x = foldWord(strings.Trim(x, ".,;:"))
					if l := art.nameWords[x]; len(l) == 0 || l[len(l)-1] != int32(k) {
						art.nameWords[x] = append(l, int32(k))
					}
				}
			}
		}
	}
	return art.nameWords[w]
}
