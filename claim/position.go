package claim

import (
	_ "embed"
	"math"
	"strconv"
	"strings"
	"sync"

	hearsay "github.com/hearsay-go/hearsay"
)

//go:embed valence.txt
var valenceFile string

//go:embed valence-news.txt
var newsValenceFile string

// valences maps a folded word to its valence, from -4 to +4: VADER's
// lexicon and the news words it lacks.
var valences = sync.OnceValue(func() map[string]float32 {
	m := make(map[string]float32, 7400)
	for _, file := range [2]string{valenceFile, newsValenceFile} {
		for line := range strings.Lines(file) {
			line = strings.TrimSpace(line)
			if line == "" || line[0] == '#' {
				continue
			}
			w, v, ok := strings.Cut(line, " ")
			x, err := strconv.ParseFloat(v, 32)
			if !ok || err != nil {
				panic("claim: valence line " + strconv.Quote(line)) // the files are part of the program
			}
			if _, seen := m[w]; !seen {
				m[w] = float32(x)
			}
		}
	}
	return m
})

// valenceOf returns the valence of w: of its folded form, or failing that
// of its base form.
func valenceOf(w *word) float32 { return w.valence }

// valenceLookup is the valence of a word folded to fold, with base form
// lemma: its own if VADER has it, else its lemma's.
func valenceLookup(fold, lemma string) float32 {
	in := wordInfos()
	if e := in[fold]; e.valued {
		return e.valence
	}
	if lemma != fold {
		return in[lemma].valence
	}
	return 0
}

// negatedValence is how much of a word's valence a negation keeps, with
// the sign turned: "not good" is mildly bad (VADER's factor).
const negatedValence = -0.74

// A position is how a claim values what it speaks of: its valence, from
// -1 to +1, and its strongest words of each sign.
type position struct {
	value    float32
	pos, neg int32 // the words of most positive and most negative valence, or -1
	// undone marks the words (the first 64) that a verb of undoing acts
	// on: "the law" in "repealing the law".
	undone uint64
}

// readPosition values the claim: VADER's sum of its words' valences
// (negated words turned; before a "but" halved, after it half again, as
// VADER weighs them), normalized as VADER does into (-1, 1). A cue that
// values its object ("praised", "opposed", "slammed", "defended") gives
// the claim its sign instead: its content is what it values.
func (f *Features) readPosition() {
	f.position = position{pos: -1, neg: -1}
	var sum, best, worst float32
	but := -1
	for i := range f.words {
		if f.words[i].fold == "but" {
			but = i
			break
		}
	}
	for i := range f.words {
		w := &f.words[i]
		if w.flags&fContent == 0 && w.class&wNeg == 0 {
			continue
		}
		v := f.valenceAt(i)
		if v == 0 {
			continue
		}
		switch {
		case but < 0:
		case i < but:
			v *= 0.5
		default:
			v *= 1.5
		}
		sum += v
		if v > best {
			best, f.position.pos = v, int32(i)
		}
		if v < worst {
			worst, f.position.neg = v, int32(i)
		}
	}
	f.position.value = squash(sum)
	f.cueSign, f.argues = f.readCue()
	if f.cueSign != 0 {
		f.position.value = float32(f.cueSign) * cueStance
	}
	for i := range f.words {
		w := &f.words[i]
		if w.base&wUndo == 0 || w.flags&fContent == 0 {
			continue
		}
		// Its object: the words after it up to the first content word
		// that is no adjective of it, at most four.
		for k := i + 1; k < len(f.words) && k <= i+4 && k < 64; k++ {
			x := &f.words[k]
			if x.class&wClause != 0 {
				break
			}
			if x.flags&fContent != 0 {
				f.position.undone |= 1 << k
				if k+1 >= len(f.words) || f.words[k+1].flags&fContent == 0 {
					break
				}
			}
		}
	}
}

// toward returns f's position toward what it shares with the other
// claim (used marks its terms that the other has): its value, turned
// where a verb of undoing acts on a shared word ("repealing the law").
func (f *Features) toward(used uint64) float32 {
	if f.undoesShared(used) {
		return -f.position.value
	}
	return f.position.value
}

// undoesShared reports whether a verb of undoing in f acts on a term that
// used marks: "the law" in "repealing the law".
func (f *Features) undoesShared(used uint64) bool {
	if f.position.undone == 0 {
		return false
	}
	for k, t := range f.terms {
		if k < 64 && used&(1<<k) != 0 && t.word < 64 && f.position.undone&(1<<t.word) != 0 {
			return true
		}
	}
	return false
}

// towardShared returns f's position toward what it shares with the other
// claim (used marks its terms that the other has): the value of the
// clauses that hold those terms, where they value anything ("The SEC has
// been quite aggressive and successful in that space, but I also
// understand the frustration" values the SEC well), else toward's. A cue
// that values its object gives the claim's position as it stands.
func (f *Features) towardShared(used uint64) float32 {
	if used == 0 || f.cueSign != 0 {
		return f.toward(used)
	}
	var sum float32
	last := [2]int32{-1, -1}
	for k, t := range f.terms {
		if k >= 64 || used&(1<<k) == 0 || t.word < 0 || int(t.word) >= len(f.words) {
			continue
		}
		r := f.clauseAt(t.word)
		if r == last {
			continue
		}
		last = r
		for i := r[0]; i < r[1]; i++ {
			if f.words[i].flags&fContent != 0 {
				sum += f.valenceAt(int(i))
			}
		}
	}
	whole := f.toward(used)
	if sum == 0 {
		if _, ok := f.intended(used); whole == 0 && ok {
			// An act meant is valued well; an undoing of a shared
			// thing ("would repeal the law") values the thing ill.
			if f.undoesShared(used) {
				return -intentValue
			}
			return intentValue
		}
		return whole
	}
	v := squash(sum)
	if whole*f.position.value < 0 {
		v = -v // a verb of undoing acts on a shared word
	}
	return v
}

// intended returns the word of a term of f that used marks which is an
// act the claim's source means to do to a law, a plan or a person: "would
// try to repeal it", "will veto the bill", "plans to scrap the tax".
func (f *Features) intended(used uint64) (int32, bool) {
	for k, t := range f.terms {
		if k >= 64 || used&(1<<k) == 0 || t.word < 1 || int(t.word) >= len(f.words) || f.words[t.word].flags&fNegated != 0 {
			continue
		}
		w := int(t.word)
		if f.words[w].base&policyActs == 0 {
			continue
		}
		prev := f.words[w-1].fold
		switch {
		case prev == "will" || prev == "would" || prev == "'ll" || prev == "shall":
			return t.word, true
		case prev == "to" && w >= 2 && f.words[w-2].base&wIntend != 0:
			return t.word, true
		}
	}
	return -1, false
}

// policyActs are the classes of the acts a source may mean to do to a
// law, a plan or a person: repeal, veto, ban, support, oust.
const policyActs = wUndo | wPro | wCon | wPermit | wBan | wEnd | wOust

// intentValue is the position of a claim toward an act its source means
// to do.
const intentValue = 0.5

// valueIn values the content words of f in r as readPosition values a
// claim.
func (f *Features) valueIn(r [2]int32) float32 {
	var sum float32
	for i := r[0]; i < r[1]; i++ {
		if f.words[i].flags&fContent != 0 {
			sum += f.valenceAt(int(i))
		}
	}
	return squash(sum)
}

// valenceAt returns the valence of word i as its claim has it: turned by
// a negation ("not good") and by a verb of lessening before it ("reduce
// poverty", "fight corruption", "end the war").
func (f *Features) valenceAt(i int) float32 {
	w := &f.words[i]
	v := valenceOf(w)
	if v == 0 {
		return f.outcome(i)
	}
	if w.flags&fNegated != 0 {
		v *= negatedValence
	}
	if f.lessened(i) {
		v *= negatedValence
	}
	return v
}

// outcome returns the valence of word i as a thing whose rise is good
// news or bad ("jobs", "prices"; see words.txt) where a verb of rising or
// falling acts on it, just before it ("raise prices", "cut jobs") or just
// after ("incomes will increase", "taxes fell"): outcomeValence, turned
// for bad news and for a fall and by a negation; else 0.
func (f *Features) outcome(i int) float32 {
	w := &f.words[i]
	good := w.base&wUpGood != 0
	if !good && w.base&wUpBad == 0 {
		return 0
	}
	dir := float32(0)
	for k := i - 1; k >= 0 && k >= i-3 && dir == 0; k-- {
		dir = f.direction(k)
		if f.words[k].flags&fContent != 0 && dir == 0 && k < i-1 {
			break
		}
	}
	// After it, its own verb: inflected, or after an auxiliary ("prices
	// rose", "incomes will increase"), not "the wage increase".
	aux := false
	for k := i + 1; k < len(f.words) && k <= i+3 && dir == 0; k++ {
		x := &f.words[k]
		if x.isVerbLink() || x.class&(wHedge|wStop) == wHedge|wStop {
			aux = true
			continue
		}
		if x.fold != x.lemma || aux {
			dir = f.direction(k)
		}
		break
	}
	if dir == 0 {
		return 0
	}
	v := outcomeValence * dir
	if !good {
		v = -v
	}
	return v
}

// direction returns +1 where word k is a verb of rising, -1 where one of
// falling (turned by a negation: "did not rise"), and 0 elsewhere.
func (f *Features) direction(k int) float32 {
	w := &f.words[k]
	var d float32
	switch {
	case w.base&wRise != 0:
		d = 1
	case w.base&wFall != 0:
		d = -1
	default:
		return 0
	}
	if w.flags&fNegated != 0 {
		d = -d
	}
	return d
}

// outcomeValence is the valence of a thing whose rise is good news where
// it rises: as VADER values "benefit" or "gain".
const outcomeValence = 1.5

// squash maps a sum of valences into (-1, 1), as VADER normalizes its
// compound score.
func squash(sum float32) float32 {
	return float32(float64(sum) / math.Sqrt(float64(sum*sum)+valenceAlpha))
}

// lessened reports whether word i is the object of a verb of lessening
// or undoing just before it ("reduce poverty", "cut crime", "end the
// war"), which values it the other way.
func (f *Features) lessened(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		p := &f.words[k]
		if p.flags&fContent == 0 {
			continue // "the", "its"
		}
		return p.base&(wFall|wUndo|wLessen) != 0 && valenceOf(p) == 0
	}
	return false
}

// readCue reads the claim's cue once, word by word: its sign, +1 for a
// cue that values its object well ("praised", "supports", "defended"), -1
// for one that values it ill ("opposed", "criticized", "accused"), 0 for
// others or where the cue is not known; and whether it is a verb by which
// its source argues a side ("argued", "insisted", "urged", "defended",
// "opposed", "denied"), not one that reports ("said", "announced",
// "noted").
func (f *Features) readCue() (sign int8, argues bool) {
	if f.cue == "" || f.claim == nil {
		return 0, false
	}
	if f.claim.CueClass == Denial {
		return -1, true // "rejected the idea", "disputed the plan"
	}
	l := lex()
	for _, cw := range strings.Fields(f.cue) {
		fold := foldWord(cw)
		lemma, alt := lemmasOf(fold)
		c := l.class[lemma] | l.class[alt]
		argues = argues || c&(wArgue|wPro|wCon) != 0
		if sign != 0 {
			continue // the first word that values says how
		}
		switch v := valenceLookup(fold, lemma); {
		case c&wPro != 0:
			sign = 1
		case c&wCon != 0:
			sign = -1
		case v >= cueValence:
			sign = 1
		case v <= -cueValence:
			sign = -1
		}
	}
	return sign, argues
}

// cueStance is the position of a claim whose cue values its object.
const cueStance = 0.55

// valenceAlpha normalizes a sum of valences into (-1, 1), as VADER does.
const valenceAlpha = 15

// cueValence is the least valence of a cue word that counts: "praised"
// and "slammed" do, "said" and "noted" do not.
const cueValence = 1

// minPosition is the least valence, either way, of a claim that takes a
// position.
const minPosition = 0.25

// position: the claims value one question oppositely, from different
// sources: "the move will reduce poverty and help struggling families"
// against "the wage increase will raise prices for the poor". It is sought
// between claims on one topic (by their words, or in an article by its
// topic), never between claims of one source, and only where no other
// reason was found: "rose" / "fell" is an antonym, not also a position.
func (c *comparison) opposedPosition(w rule) {
	a, b := c.a, c.b
	if a.claim == nil || b.claim == nil || a.claim.Source != nil && a.claim.Source == b.claim.Source {
		return // one source's claims are of one position
	}
	for _, r := range c.rs.list {
		if r.Kind != ReasonSubstitution {
			return // a reason found already says more
		}
	}
	if c.negationAgrees() {
		return // "dismissed any implication that she would outsource it" / "she would not outsource it"
	}
	va, vb := a.towardShared(c.ov.usedA), b.towardShared(c.ov.usedB)
	if va*vb >= 0 || min(abs32(va), abs32(vb)) < minPosition {
		return
	}
	strength := float64(min(abs32(va), abs32(vb)))
	ia, ib := a.position.pos, b.position.neg
	if va < 0 {
		ia, ib = a.position.neg, b.position.pos
	}
	if k, ok := a.intended(c.ov.usedA); ok && ia < 0 {
		ia = k // "would try to repeal it" / "repealing the law would be a mistake"
	}
	if k, ok := b.intended(c.ov.usedB); ok && ib < 0 {
		ib = k
	}
	if swapped, ok := c.valuedSwap(); ok {
		// One word put in another's place, valued oppositely: "the plan
		// is reckless" / "the plan is prudent", as good as antonyms.
		strength, ia, ib = 1, swapped[0], swapped[1]
	}
	detail := "valued oppositely"
	spans := []hearsay.Span{spanOf(a), spanOf(b)}
	if ia >= 0 && ib >= 0 {
		detail = a.words[ia].fold + " / " + b.words[ib].fold
		spans = []hearsay.Span{a.span(int(ia), int(ia)+1), b.span(int(ib), int(ib)+1)}
	}
	c.rs.add(ReasonPosition, w.weight(min(1, c.topic))*strength, detail, spans...)
}

// valuedSwap reports whether the claims differ in one word each, and
// those are valued oppositely (each at least swapValence); it returns
// the two words.
func (c *comparison) valuedSwap() ([2]int32, bool) {
	ov := &c.ov
	if len(ov.onlyA) != 1 || len(ov.onlyB) != 1 || ov.shared == 0 {
		return [2]int32{}, false
	}
	i, j := ov.onlyA[0], ov.onlyB[0]
	x, y := c.a.valenceAt(int(i)), c.b.valenceAt(int(j))
	return [2]int32{i, j}, x*y < 0 && min(abs32(x), abs32(y)) >= swapValence
}

// swapValence is the least valence, either way, of a word put in the
// place of one valued oppositely for the two to be opposed.
const swapValence = 1

func abs32(x float32) float32 {
	if x < 0 {
		return -x
	}
	return x
}
