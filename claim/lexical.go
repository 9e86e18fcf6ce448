package claim

import (
	"strings"

	"github.com/hearsay-go/hearsay/internal/wordnet"
)

// The checks of the reason table that read the words two claims do not
// share: antonyms, co-hyponyms, a word put in another's place, and
// numbers that differ for one thing.

// sameFrame reports whether a and b have the same words but for one.
func sameFrame(a, b *Features) bool {
	if len(a.words) != len(b.words) {
		return false
	}
	differ := 0
	for i := range a.words {
		if a.words[i].fold != b.words[i].fold {
			differ++
		}
	}
	return differ == 1
}

// swapTopic is the topic overlap that lexical takes for claims alike but
// for one word each.
const swapTopic = 0.6

// lexicalTopic is the topic overlap at which the lexical checks weigh
// the words the claims do not share.
func (c *comparison) lexicalTopic() float64 {
	ov := &c.ov
	topic := ov.topic
	if len(ov.onlyA) == 1 && len(ov.onlyB) == 1 && ov.shared > 0 {
		// Claims alike but for one word ("The man is in Spain" and "…
		// in Argentina") are about one thing, however short they are.
		topic = max(topic, swapTopic)
	}
	return topic
}

// antonym: opposite words among those the claims do not share, or
// opposite function words after the same word ("went up" / "went down").
func (c *comparison) antonym(w rule) {
	a, b, ov := c.a, c.b, &c.ov
	topic := c.lexicalTopic()
	if topic < w.from {
		return
	}
	if i, j, ok := opposites(a, b); ok {
		c.rs.add(ReasonAntonym, w.weight(topic), a.phrase(i-1, i+1)+" / "+b.phrase(j-1, j+1),
			a.span(i, i+1), b.span(j, j+1))
		return
	}
	if len(ov.onlyA)*len(ov.onlyB) > 64 {
		return
	}
	for _, i := range ov.onlyA {
		wa := &a.words[i]
		if wa.flags&fNumber != 0 || wa.class&wHedge != 0 {
			continue
		}
		for _, j := range ov.onlyB {
			wb := &b.words[j]
			if wb.flags&fNumber != 0 || wb.class&wHedge != 0 {
				continue
			}
			// A negated antonym agrees: "not closed" / "open".
			if (wa.flags^wb.flags)&fNegated != 0 {
				continue
			}
			// A curated pair counts only where it is what differs: "The
			// company cut jobs" and "… raised prices" are on two things.
			if wordnet.Antonyms(wa.lemma, wb.lemma) || counter(wa, wb) && onlyContent(a, ov.onlyA) && onlyContent(b, ov.onlyB) {
				c.rs.add(ReasonAntonym, w.weight(topic), wa.fold+" / "+wb.fold,
					a.span(int(i), int(i)+1), b.span(int(j), int(j)+1))
				return
			}
		}
	}
}

// coHyponym: two members of one class among the words the claims do not
// share (WordNet's co-hyponyms, colors, materials), where no antonym was
// found.
func (c *comparison) coHyponym(w rule) {
	a, b, ov := c.a, c.b, &c.ov
	topic := c.lexicalTopic()
	if len(ov.onlyA) > 2 || len(ov.onlyB) > 2 || topic < w.from || c.has(ReasonAntonym) || c.has(ReasonTime) {
		return // a time reason says more of "March" / "June"
	}
	for _, i := range ov.onlyA {
		wa := &a.words[i]
		if wa.flags&fNumber != 0 || a.inStance(i) {
			continue
		}
		for _, j := range ov.onlyB {
			wb := &b.words[j]
			if wb.flags&fNumber == 0 && !b.inStance(j) && (wordnet.CoHyponyms(wa.lemma, wb.lemma) || exclusive(wa, wb)) {
				c.rs.add(ReasonCoHyponym, w.weight(topic), wa.fold+" / "+wb.fold,
					a.span(int(i), int(i)+1), b.span(int(j), int(j)+1))
				return
			}
		}
	}
	// A compound for one noun, where the noun is a kind of what the
	// compound's head names: "dining room" and "kitchen" are two kinds of
	// room, as co-hyponyms are.
	if len(ov.onlyB) == 1 {
		j := int(ov.onlyB[0])
		if m, ok := compoundOfKind(a, ov.onlyA, &b.words[j]); ok {
			c.rs.add(ReasonCoHyponym, w.weight(topic), a.phrase(m, m+2)+" / "+b.words[j].fold,
				a.span(m, m+2), b.span(j, j+1))
			return
		}
	}
	if len(ov.onlyA) == 1 {
		i := int(ov.onlyA[0])
		if m, ok := compoundOfKind(b, ov.onlyB, &a.words[i]); ok {
			c.rs.add(ReasonCoHyponym, w.weight(topic), a.words[i].fold+" / "+b.phrase(m, m+2),
				a.span(i, i+1), b.span(m, m+2))
		}
	}
}

// substitution: one word put in another's place, of no relation WordNet
// knows (neither synonyms, nor forms of one word, nor co-hyponyms, nor one
// a kind of the other): weak evidence, as a wall covered with "posters"
// and with "ivy" are, but "celery" and "vegetable" are not.
func (c *comparison) substitution(w rule) {
	a, b, ov := c.a, c.b, &c.ov
	if len(ov.onlyA) != 1 || len(ov.onlyB) != 1 || c.has(ReasonAntonym) || c.has(ReasonCoHyponym) || c.has(ReasonTime) {
		return
	}
	topic := c.lexicalTopic()
	if _, ok := c.valuedSwap(); ok {
		return // "reckless" / "prudent": opposed positions, not a substitution
	}
	i, j := ov.onlyA[0], ov.onlyB[0]
	wa, wb := &a.words[i], &b.words[j]
	if (wa.flags|wb.flags)&fNumber == 0 && !a.inStance(i) && !b.inStance(j) && !alike(wa, wb) &&
		!wordnet.IsA(wa.lemma, wb.lemma) && !wordnet.IsA(wb.lemma, wa.lemma) && !wordnet.Synonyms(wa.fold, wb.fold) {
		c.rs.add(ReasonSubstitution, w.weight(topic), wa.fold+" / "+wb.fold,
			a.span(int(i), int(i)+1), b.span(int(j), int(j)+1))
	}
}

// inStance reports whether word i is part of a stance phrase of f ("on
// track", "stalled"), which the framing reason weighs: it is not also
// compared word by word ("track" / "source").
func (f *Features) inStance(i int32) bool {
	l := lex()
	for _, h := range f.stance {
		if h.start <= i && i < h.end && !l.state[h.dim] {
			return true
		}
	}
	return false
}

// counter reports whether x and y are verbs of opposite classes of
// words.txt, which WordNet does not pair: going up against going down
// ("grew" / "shrank"), being for something against being against it
// ("supported" / "opposed"), and so on.
func counter(x, y *word) bool {
	cx, cy := x.sides, y.sides
	if cx == 0 || cy == 0 {
		return false
	}
	// Bits 2k and 2k+1 are the two sides of counterClasses[k]: each bit
	// of x meets the other side's bit of y.
	const even = 0b0101_0101
	return (cx&even)<<1&cy != 0 || (cx>>1)&even&cy != 0
}

// packSides packs the classes of c among counterClasses into one bit
// each: bit 2k for counterClasses[k][0], bit 2k+1 for its [1].
func packSides(c wordClass) uint8 {
	var b uint8
	for k, p := range counterClasses {
		if c&p[0] != 0 {
			b |= 1 << (2 * k)
		}
		if c&p[1] != 0 {
			b |= 1 << (2*k + 1)
		}
	}
	return b
}

// counterClasses are the pairs of opposite verb classes of words.txt.
var counterClasses = [...][2]wordClass{{wRise, wFall}, {wPro, wCon}, {wPermit, wBan}, {wContinue, wEnd}}

// alike reports whether x and y are verbs of one class of counterClasses:
// "surged" and "jumped" go the same way.
func alike(x, y *word) bool {
	return x.sides&y.sides != 0
}

// onlyContent reports whether words holds one word of f that is neither
// a number nor what one counts: the one word that differs, quantities
// aside ("grew 3 percent" / "shrank").
func onlyContent(f *Features, words []int32) bool {
	n := 0
	for _, i := range words {
		if f.words[i].flags&fNumber == 0 && !f.isUnit(i) {
			n++
		}
	}
	return n == 1
}

// isUnit reports whether word i is what the number just before it
// counts: "percent" in "3 percent".
func (f *Features) isUnit(i int32) bool {
	for _, n := range f.nums {
		if n.unit != "" && n.word+1 == i {
			return true
		}
	}
	return false
}

// opposites finds a function word of a and its opposite in b after the
// same word ("went up" / "went down"), where neither claim has both
// ("went up and down"); it returns their indexes.
func opposites(a, b *Features) (int, int, bool) {
	if len(a.opps) == 0 || len(b.opps) == 0 {
		return 0, 0, false
	}
	l := lex()
	for _, i := range a.opps {
		x := &a.words[i]
		for _, j := range b.opps {
			y := &b.words[j]
			if l.opp[x.fold] != y.fold || a.words[i-1].lemma != b.words[j-1].lemma {
				continue
			}
			if !hasOpposite(a, y.fold) && !hasOpposite(b, x.fold) {
				return int(i), int(j), true
			}
		}
	}
	return 0, 0, false
}

// hasOpposite reports whether f has the word fold among its words with an
// opposite: "up and down" says both.
func hasOpposite(f *Features, fold string) bool {
	for _, k := range f.opps {
		if f.words[k].fold == fold {
			return true
		}
	}
	return false
}

// exclusive reports whether x and y are two words of a class of kinds
// that exclude each other (colors, materials), or two compounds that
// differ only in such a first part: "black-haired" and "blue-haired".
func exclusive(x, y *word) bool {
	cx, restX := kindOf(x)
	cy, restY := kindOf(y)
	return cx&cy != 0 && restX == restY
}

// kindOf returns the exclusive classes of w, or of its first part if it is
// a compound, and the rest of the compound.
func kindOf(w *word) (wordClass, string) {
	const kinds = wColor | wMaterial
	if c := w.class & kinds; c != 0 {
		return c, ""
	}
	first, rest, ok := strings.Cut(w.fold, "-")
	if !ok {
		return 0, ""
	}
	return lex().class[first] & kinds, rest
}

// compoundOfKind reports whether only, f's two words that the other claim
// lacks, are a compound (a word and a noun after it) whose head x is a kind
// of, other than the head itself: "living room" for "bedroom". It returns
// the compound's first word.
func compoundOfKind(f *Features, only []int32, x *word) (int, bool) {
	if len(only) != 2 || x.flags&fNumber != 0 {
		return 0, false
	}
	m := int(min(only[0], only[1]))
	if int(max(only[0], only[1])) != m+1 {
		return 0, false
	}
	h := &f.words[m+1]
	if (f.words[m].flags|h.flags)&fNumber != 0 || h.lemma == x.lemma {
		return 0, false
	}
	return m, wordnet.IsDirectlyA(x.lemma, h.lemma)
}

// numbers: the claims give one thing different quantities: a number of
// one claim whose unit the other counts, but never with that value.
func (c *comparison) numbers(w rule) {
	a, b, ov := c.a, c.b, &c.ov
	if len(a.nums) == 0 || len(b.nums) == 0 {
		return
	}
	topic := ov.topic
	if ov.shared > 0 && related(a, b, ov.onlyA, ov.onlyB) && related(b, a, ov.onlyB, ov.onlyA) {
		// Claims alike but for their numbers are about one thing: "in
		// first place" / "in thirteenth place"; and so are claims whose
		// other words differ only as a word and its kind or synonym:
		// "two injured in the crash" / "four injured in the accident".
		topic = 1
	}
	if ov.shared > 0 && (restates(a, b, ov.usedA, ov.onlyA) || restates(b, a, ov.usedB, ov.onlyB)) {
		// One claim's words, its numbers aside, are all the other's, a
		// thing counted among them: "the cost closer to $25 million"
		// gives another figure for "the renovation will cost about $40
		// million".
		topic = 1
	}
	if topic < w.from {
		if x, y, ok := clauseMismatch(a, b); ok {
			// The clauses that give the two figures say one thing of one
			// quantity: "the blaze was 15% contained and …" / "the fire
			// was only 5% contained and warned …".
			c.rs.add(ReasonNumber, w.weight(1), a.words[x].fold+" / "+b.words[y].fold, a.span(x, x+1), b.span(y, y+1))
		}
		return
	}
	x, y, ok := numberMismatch(a, b)
	if !ok {
		if y, x, ok = numberMismatch(b, a); !ok {
			return
		}
	}
	c.rs.add(ReasonNumber, w.weight(topic),
		a.words[x].fold+" / "+b.words[y].fold, a.span(x, x+1), b.span(y, y+1))
}

// related reports whether each of words of a, numbers and what they count
// aside, has a word among others of b that is its synonym, its kind or a
// kind of it ("crash" / "accident"); at most two such words.
func related(a, b *Features, words, others []int32) bool {
	n := 0
	for _, i := range words {
		x := &a.words[i]
		if x.flags&fNumber != 0 || a.isUnit(i) {
			continue
		}
		if n++; n > 2 {
			return false
		}
		found := false
		for _, j := range others {
			y := &b.words[j]
			if y.flags&fNumber == 0 && (wordnet.Synonyms(x.fold, y.fold) || wordnet.IsA(x.lemma, y.lemma) ||
				wordnet.IsA(y.lemma, x.lemma) || alike(x, y)) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// restates reports whether every word of a whose term b lacks (words)
// is a number or the thing a number counts, while a shares with b a term
// that is none of these nor a name (used marks a's shared terms): a says
// what b says of one thing, in fewer words, with another figure. A name
// is not the thing measured: "Trump 46 percent to 32 percent" and "54
// percent would vote for Trump" may be two polls; nor is what is counted:
// "10 to 15 counties" and "the 99-county pledge" are not one count. And
// a has one figure, the one it gives, and a count: "a million tweets
// within 24 hours" counts two things, "a third breast" none.
func restates(a, b *Features, used uint64, words []int32) bool {
	if len(a.nums) != 1 || a.nums[0].ordinal {
		return false // "a million tweets within 24 hours": which is the figure? "a third breast": a place, not a count
	}
	for _, i := range words {
		if a.words[i].flags&fNumber == 0 && !a.isUnit(i) {
			return false
		}
	}
	for k, t := range a.terms {
		if k < 64 && used&(1<<k) != 0 && t.flags&(fNumber|fEntity) == 0 && !a.isUnit(t.word) && !a.counts(t.lemma) && !a.capitalized(t.word) {
			return true
		}
	}
	return false
}

// clauseMismatch finds a number of a and one of b, of one unit and of
// values that cannot be the same, whose clauses say the same of one
// thing, their numbers aside (see sameClause); it returns their words.
func clauseMismatch(a, b *Features) (int, int, bool) {
	for _, na := range a.nums {
		if na.unit == "" || na.ordinal {
			continue
		}
		for _, nb := range b.nums {
			if nb.unit != na.unit || nb.ordinal || overlaps(na, nb) {
				continue
			}
			ca, cb := a.figureClause(na.word), b.figureClause(nb.word)
			if sameClause(a, b, ca, cb) && sameClause(b, a, cb, ca) {
				return int(na.word), int(nb.word), true
			}
		}
	}
	return 0, 0, false
}

// figureClause returns the clause of f that gives the number at word k:
// its clause (see clauseAt), ended too where a second clause is said,
// "and that": "the blaze was 15% contained" in "the blaze was 15%
// contained and that crews expected to gain the upper hand".
func (f *Features) figureClause(k int32) [2]int32 {
	c := f.clauseAt(k)
	for i := c[0] + 1; i+1 < c[1]; i++ {
		if f.words[i].fold == "and" && f.words[i+1].fold == "that" {
			if i > k {
				c[1] = i
				break
			}
			c[0] = i + 2
		}
	}
	return c
}

// sameClause reports whether each content word of a in clause ra, but
// its numbers and what they count, has in b's clause rb the same lemma or
// a related one (synonym, kind, alike), at least one the same and no
// name, and two words at least: "the blaze was 15% contained" / "the fire
// was only 5% contained", not "across seven email chains" / "comprising
// eight email chains", which may be counts of two things.
func sameClause(a, b *Features, ra, rb [2]int32) bool {
	same, n := false, 0
	for i := ra[0]; i < ra[1]; i++ {
		x := &a.words[i]
		if x.flags&fContent == 0 || x.flags&fNumber != 0 || a.counts(x.lemma) || x.fold == "percent" {
			continue // "contained" after "15%" is no unit: "%" is
		}
		if x.flags&fEntity != 0 || a.capitalized(i) {
			return false
		}
		found := false
		for j := rb[0]; j < rb[1] && !found; j++ {
			y := &b.words[j]
			switch {
			case y.flags&fContent == 0 || y.flags&fNumber != 0:
			case y.lemma == x.lemma:
				found, same = true, true
			case wordnet.Synonyms(x.fold, y.fold) || wordnet.IsA(x.lemma, y.lemma) || wordnet.IsA(y.lemma, x.lemma) || alike(x, y):
				found = true
			}
		}
		if !found {
			return false
		}
		n++
	}
	return same && n >= 2
}

// counts reports whether lemma is what a number of f counts.
func (f *Features) counts(lemma string) bool {
	for _, n := range f.nums {
		if n.unit == lemma {
			return true
		}
	}
	return false
}

// capitalized reports whether word i of f begins with a capital letter:
// a name even where it opens the claim and is not marked one ("Trump 46
// percent to 32 percent").
func (f *Features) capitalized(i int32) bool {
	if i < 0 || int(i) >= len(f.words) {
		return false
	}
	w := &f.words[i]
	return isCapitalized(f.text[w.start:w.end])
}

// overlaps reports whether two numbers, as their claims qualify them, may
// be the same quantity: "about $40 million" and "$42 million" may, "more
// than 40" and "35" may not.
func overlaps(x, y number) bool {
	if x.bound == exactly && y.bound == exactly {
		return near(x.value, y.value)
	}
	lx, hx := x.interval()
	ly, hy := y.interval()
	return lx <= hy && ly <= hx
}

// numberMismatch finds a number of a that b counts in its unit, but only
// with other values; it returns the words of the two numbers.
func numberMismatch(a, b *Features) (int, int, bool) {
	for _, na := range a.nums {
		if na.unit == "" {
			continue
		}
		match, differ := false, -1
		for k, nb := range b.nums {
			if nb.unit != na.unit || nb.ordinal != na.ordinal {
				continue // "a third breast" is no count of breasts against "two breasts"
			}
			if overlaps(na, nb) {
				match = true
				break
			}
			differ = k
		}
		if !match && differ >= 0 {
			return int(na.word), int(b.nums[differ].word), true
		}
	}
	return 0, 0, false
}
