package claim

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/unicode/norm"

	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/internal/text"
	"github.com/hearsay-go/hearsay/internal/wordnet"
	"github.com/hearsay-go/hearsay/source"
)

// Features are what the scorer reads from one claim: its content terms,
// negations and their scope, polarity, hedges, numbers, named entities and
// stance. [Analyze] computes them once; [Scorer.Compare] then compares
// them with other claims' features as often as needed, which is much
// cheaper than reading the text again.
//
// Features refer to their claim and must not be changed; they are safe for
// concurrent reading.
type Features struct {
	claim *Claim
	text  string // the claim's Text

	words  []word
	alts   []wordAlt  // the words' other base forms, in order of words (see altOf)
	terms  []term     // content terms, sorted by hash, each once: the topic
	senses []senseRef // the terms' WordNet senses, sorted by id
	weight int        // the sum of the terms' weights

	negs   []int
	refute int // index into words of the first refuting word, or -1
	hedged bool
	asks   bool // a question: "Is there a threat or not?"
	denied bool
	side   int8 // +1 for "some …", -1 for "others"
	nums   []number
	stance []stanceHit
	opps   []int32 // words with an opposite ("up", "against"), after another word
	// refClause is what the refuting word speaks of: its clause, or more
	// (see scopeOf), as words[refClause[0]:refClause[1]].
	refClause  [2]int32
	bounds     []int32     // where clauses start in words, in order
	cue        string      // the cue's text, where the claim is read in its article
	argues     bool        // the cue is a verb of arguing a side (see Features.readCue)
	position   position    // how the claim values what it speaks of
	cueSign    int8        // how the cue values its object (see Features.readCue)
	times      []when      // the times it gives: "in 2025", "by March"
	rebut      rebuttal    // what the claim rebuts, if anything
	rebutTerms []rebutTerm // the content words of its target
}

// A word is one word of a claim's text.
type word struct {
	start, end int32  // offsets into the claim's Text
	fold       string // case-folded
	lemma      string // WordNet base form of fold, or fold
	class      wordClass
	// base is the classes of its base forms (lemma and alt) as words.txt
	// has them, read once: the class of fold itself where it is its own
	// lemma.
	base    wordClass
	flags   uint8
	sides   uint8   // the classes of its base forms among counterClasses, one bit each (see packSides): "grow" is wRise
	opens   uint8   // which of fold, lemma and alt (bits 0, 1, 2) open a phrase of stance.txt
	pairEnd bool    // its lemma ends a two-word refutation (vocabulary.pairs)
	valence float32 // VADER's valence of fold, or else of lemma (see valenceOf)
}

const (
	fContent uint8 = 1 << iota // not a function word
	fEntity                    // part of a name
	fNegated                   // in the scope of a negator
	fNumber
	fNegHead // the first content word after a negator: what it denies
	fPred    // after the claim's first run of content words (its subject)
	fNegSubj // before a negator in its clause: what the negation is about
)

// A wordAlt is the other base form of word number word (see
// reader.word).
type wordAlt struct {
	word int32
	alt  string
}

// altOf returns the other base form of word i, or "".
func (f *Features) altOf(i int) string {
	if k, ok := slices.BinarySearchFunc(f.alts, int32(i), func(a wordAlt, w int32) int { return cmp.Compare(a.word, w) }); ok {
		return f.alts[k].alt
	}
	return ""
}

// A term is a content word's lemma, once per claim.
type term struct {
	hash   uint64
	lemma  string
	word   int32 // the first word with this lemma
	weight uint8 // 2 for names, 1 for other words
	flags  uint8 // the union of its words' flags
}

// A senseRef ties a WordNet sense to the term that has it, so that
// synonyms ("purchase" and "buy", "talks" and "negotiation") count as one
// topic.
//
// It packs the sense's id above the term's index (into terms), so that
// sorting senseRefs as numbers sorts them by id, then term.
type senseRef uint64

func newSenseRef(id uint32, term int32) senseRef {
	return senseRef(uint64(id)<<32 | uint64(uint32(term)))
}

func (s senseRef) id() uint32  { return uint32(s >> 32) }
func (s senseRef) term() int32 { return int32(uint32(s)) }

// A stanceHit is a phrase of stance.txt found in the claim.
type stanceHit struct {
	dim  uint8
	sign int8 // after the claim's polarity
	weak bool // counts only where the dimension has no other sign
	// topical counts only against a claim on the same topic
	topical bool
	start   int32
	end     int32 // words[start:end] is the phrase
}

// Claim returns the claim the features were computed from.
func (f *Features) Claim() *Claim { return f.claim }

var abbrevs = text.DefaultAbbrevs()

// Analyze computes the features of c. A nil claim or one with empty Text
// gives features that conflict with nothing.
func Analyze(c *Claim) *Features { return analyze(c, "") }

// analyze is Analyze for a claim whose cue's text is known ("" if not).
func analyze(c *Claim, cue string) *Features {
	f := &Features{claim: c, refute: -1, cue: cue}
	if c == nil {
		return f
	}
	f.text = c.Text
	f.denied = c.Polarity == Denied
	f.side = sideOf(c.Source)
	f.read()
	return f
}

func sideOf(s *source.Source) int8 {
	if s == nil {
		return 0
	}
	d := s.Descriptor
	first, _, _ := strings.Cut(strings.ToLower(d), " ")
	switch c := lex().class[first]; {
	case c&wOthers != 0:
		return -1
	case c&wSome != 0:
		return 1
	}
	return 0
}

// read tokenizes the text and fills in the features.
func (f *Features) read() {
	sc := scratches.Get().(*scratch)
	defer scratches.Put(sc)
	r := reader{f: f, l: lex(), in: wordInfos(), tz: &sc.tz, atStart: true, dollar: -1}
	f.alts = sc.alts[:0] // while reading; copied out at its count below
	s := f.text
	toks := r.tz.Tokenize(s, 0, len(s), abbrevs, sc.toks[:0])
	sc.toks = toks
	nw := 0
	for i := range toks {
		if k := toks[i].Kind; k != text.Punct && k != text.Quote {
			nw++
		}
	}
	f.words = make([]word, 0, nw) // exactly: the words stay with the features
	for i := range toks {
		t := &toks[i]
		if t.Kind == text.Punct || t.Kind == text.Quote {
			r.punct(t)
			continue
		}
		w, alt := r.word(t)
		if alt != "" {
			f.alts = append(f.alts, wordAlt{int32(len(f.words)), alt})
		}
		r.negation(&w)
		if t.Is(text.Upper) && w.flags&fContent != 0 && (!r.atStart || allUpper(s[t.Start:t.End])) {
			w.flags |= fEntity
		}
		r.refutation(&w, toks[i+1:])
		if w.class&wHedge != 0 {
			f.hedged = true
		}
		if w.class&wOpposite != 0 && len(f.words) > 0 && !r.atStart {
			f.opps = append(f.opps, int32(len(f.words)))
		}
		r.atStart = false
		f.words = append(f.words, w)
		r.number(t)
	}
	if alts := f.alts; len(alts) > 0 {
		f.alts = slices.Clone(alts)
		sc.alts = alts[:0]
	} else {
		f.alts, sc.alts = nil, alts
	}
	f.bounds = r.bounds
	if f.refute >= 0 {
		f.refClause = r.scopeOf(f.refute)
	}
	f.units()
	f.readTimes()
	f.markPredicate()
	f.findRebuttal(r.l)
	f.collectTerms(sc)
	f.findStance(r.l)
	f.readPosition()
}

// rebutted reports whether word i lies in the description of a claim
// that the claim's rebuttal calls false ("called reports of a
// breakthrough premature"): the words there are not the claim's own
// stance, and what it says of them is the rebuttal's to weigh.
func (f *Features) rebutted(i int32) bool {
	r := &f.rebut
	return r.kind == targetDescription && r.target[0] <= i && i < r.target[1]
}

// A reader reads a claim's tokens in order into its Features, keeping what
// it has seen of the current sentence and clause.
type reader struct {
	f  *Features
	l  *vocabulary
	in map[string]wordInfo // wordInfos
	tz *text.Tokenizer

	negScope bool    // inside the scope of the clause's last negator
	negHead  bool    // that negator has not yet met the word it denies
	quant    bool    // that negator denies the whole clause: "no", "nothing"
	clause   int     // where the current clause starts in f.words
	atStart  bool    // at the start of a sentence
	bounds   []int32 // where clauses start in f.words, in order
	madeUp   bool    // the last two words were "make up", which the next may show to mean "form"
	cond     bool    // in a clause opened by "if" or "unless": what it says is supposed, not said
	dollar   int     // the word a "$" stands before, or -1
}

// A scratch is what reading a claim needs only while it reads: the
// tokenizer, with its buffers and its case folder, and the tokens. The
// words keep no reference into it (a folded word is a string of the
// tokenizer's own, made anew by each Tokenize).
type scratch struct {
	tz     text.Tokenizer
	toks   []text.Token
	alts   []wordAlt
	terms  []term
	senses []senseRef
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// scopeOf returns the words that the refuting word k speaks of: its
// clause ("X is a hoax"); or the whole claim where the refuting word
// stands alone in its clause, as a label or an answer ("Fake-News: …",
// "No, our meteorologist was not"), or where its clause points back with
// a report or a pronoun ("but experts cast doubt on the claims", "it is
// fake").
func (r *reader) scopeOf(k int) [2]int32 {
	f := r.f
	c := f.clauseAt(int32(k))
	whole := [2]int32{0, int32(len(f.words))}
	alone := true
	for i, w := range f.words[c[0]:c[1]] {
		switch {
		case w.class&wReport != 0, w.fold == "it", w.fold == "this", w.fold == "that", w.fold == "these", w.fold == "those":
			return whole
		case int(c[0])+i != k && w.flags&fContent != 0:
			alone = false
		}
	}
	if alone {
		return whole
	}
	return c
}

// clauseAt returns the clause that word k is in, as a range of f.words.
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

// punct reads a punctuation mark or quotation mark: most end the clause
// and the negation's scope, and "?" makes the claim a question.
func (r *reader) punct(t *text.Token) {
	f := r.f
	c := f.text[t.Start]
	if t.Kind == text.Punct && c != '-' && c != '$' && c != '%' && c != '&' {
		r.negScope, r.negHead, r.clause, r.cond = false, false, len(f.words), false
		r.bounds = append(r.bounds, int32(len(f.words)))
		if c == '.' || c == '!' || c == '?' || c == ':' || c == ';' {
			r.atStart = true
		}
		if c == '?' {
			f.asks = true
		}
	}
	if c == '$' {
		r.dollar = len(f.words)
	}
	if n := len(f.nums); c == '%' && n > 0 && int(f.nums[n-1].word) == len(f.words)-1 {
		f.nums[n-1].unit = "%" // not after "1970s", which is no quantity
	}
}

// word returns the word that t is, with its case-folded form, lexicon
// class and base form.
//
// A word's other base form ("back" for "backed", an adjective too) is not
// kept in the word, which most words would hold empty: it is returned
// beside it, for the Features' alts.
func (r *reader) word(t *text.Token) (word, string) {
	l, in := r.l, r.in
	fold := r.tz.Fold(r.f.text, t)
	if !ascii(fold) {
		// Compose accents, so that "café" typed either way is one term.
		fold = norm.NFC.String(fold)
	}
	w := word{start: int32(t.Start), end: int32(t.End), fold: fold}
	e := in[fold]
	w.class = e.class
	w.base = w.class
	if e.opens {
		w.opens = 1
	}
	if w.class == 0 && strings.IndexByte(fold, '-') > 0 {
		// "Fake-News", "Twitter-trolled": a refuting part refutes.
		for part := range strings.SplitSeq(fold, "-") {
			w.class |= l.class[part] & wRefute
		}
	}
	if w.class == 0 && strings.HasSuffix(fold, "n't") {
		w.class = wNeg
	}
	le := e // what is known of w.lemma
	var alt string
	switch {
	case t.Kind == text.Number:
		w.lemma = fold
		w.flags |= fNumber | fContent
	case w.class&wStop != 0 && w.class&(wNeg|wNumber) == 0:
		w.lemma = fold
	case e.alias != "":
		w.lemma = e.alias // "jan." → "january"
		w.flags |= fContent
		le = in[e.alias]
		w.base = le.class
		if le.opens {
			w.opens |= 2
		}
	default:
		w.lemma, alt = lemmasOf(text.Unpossessed(fold))
		w.flags |= fContent
		if w.lemma != fold {
			le = in[w.lemma]
		}
		w.base = le.class
		if le.opens {
			w.opens |= 2
		}
		if alt != "" {
			ae := in[alt]
			w.base |= ae.class
			if ae.opens {
				w.opens |= 4
			}
		}
		w.sides = packSides(w.base)
	}
	switch {
	case e.valued:
		w.valence = e.valence
	case w.lemma != fold:
		w.valence = le.valence
	}
	w.pairEnd = le.pairEnd
	return w, alt
}

// A wordInfo is what the lexicons say of one folded word: its classes in
// words.txt, the word it stands for, and its valence.
type wordInfo struct {
	class   wordClass
	alias   string // "january" for "jan."
	valence float32
	valued  bool // the valence lexicon has it
	opens   bool // it opens a phrase of stance.txt
	pairEnd bool // it ends a two-word refutation, as a lemma
}

// wordInfos joins the lexicons by word, so that reading a word looks it
// up once.
var wordInfos = sync.OnceValue(func() map[string]wordInfo {
	l, vs := lex(), valences()
	m := make(map[string]wordInfo, len(l.class)+len(vs))
	for w, c := range l.class {
		e := m[w]
		e.class = c
		m[w] = e
	}
	for w, a := range l.alias {
		e := m[w]
		e.alias = a
		m[w] = e
	}
	for w, v := range vs {
		e := m[w]
		e.valence, e.valued = v, true
		m[w] = e
	}
	for w := range l.stance {
		e := m[w]
		e.opens = true
		m[w] = e
	}
	for k := range l.pairs {
		e := m[k[1]]
		e.pairEnd = true
		m[k[1]] = e
	}
	return m
})

// negation reads w as a negator, as a word in a negator's scope, or as the
// end of a negation that denies nothing ("not only", "no hoax"), and marks
// what the negation denies and what it is about.
func (r *reader) negation(w *word) {
	f := r.f
	if w.fold == "one" && len(f.words) > 0 && f.words[len(f.words)-1].class&wNeg != 0 {
		w.class, w.flags = wNeg|wQuantifier, 0 // "no one", "not one of"
	}
	if w.fold == "if" || w.fold == "unless" {
		r.cond = true
	}
	implicative := false
	if n := len(f.words); w.fold == "to" && n > 0 && f.words[n-1].flags&fNegated == 0 &&
		f.words[n-1].base&wImplicNeg != 0 {
		// "failed to file", "refused to sign": the verb denies the one
		// after "to", as "not" would. "to" stands for it.
		f.words[n-1].flags &^= fContent
		w.class |= wNeg
		implicative = true
	}
	if r.cond && w.class&wNeg != 0 {
		// "if politicians didn't act": a supposition, which denies
		// nothing.
		w.class &^= wNeg
		w.flags &^= fContent
	}
	if w.fold == "not" && len(f.words) > 0 && f.words[len(f.words)-1].fold == "or" {
		// "whether it is happening or not": an alternative, which
		// denies nothing.
		w.class &^= wNeg
		w.flags &^= fContent
	}
	if w.class&wNeg != 0 {
		w.flags &^= fContent
		if n := len(f.words); w.class&wQuantifier != 0 && n > 0 && n-1 >= r.clause {
			// "committed no wrongdoing", "found no evidence": a verb
			// whose object is denied did not happen either.
			if p := &f.words[n-1]; p.flags&(fContent|fNegated|fNumber|fEntity) == fContent && p.class&wNeg == 0 {
				p.flags |= fNegated | fNegHead
				f.negs = append(f.negs, n-1)
			}
		}
		f.negs = append(f.negs, len(f.words))
		if implicative {
			f.negs[len(f.negs)-1]-- // the negation reads from the verb: "failed to file"
		}
		r.negScope, r.negHead = true, true
		for k := r.clause; k < len(f.words); k++ {
			if f.words[k].flags&fContent != 0 {
				f.words[k].flags |= fNegSubj
			}
		}
		// "no", "nobody", "nothing": the whole clause is denied,
		// not only the word after the negator.
		r.quant = w.class&wQuantifier != 0
	} else if r.negScope && f.negs[len(f.negs)-1] == len(f.words)-1 &&
		(w.class&wNotNeg != 0 || r.quant && comparative[w.fold]) {
		// "not only", "no matter": an idiom, not a negation; and so
		// "nothing as helpful as", "no one better", "none other than",
		// which affirm what they compare.
		f.unnegate(r.clause)
		r.negScope = false
	} else if r.negScope {
		w.flags |= fNegated
		if r.negHead && w.flags&fContent != 0 && !passed(w) {
			w.flags |= fNegHead
			r.negHead = r.quant
		}
		if w.flags&fNegHead != 0 && w.class&wRefute != 0 && w.class&wLie == 0 {
			// "no hoax", "not fake": denying a refutation affirms.
			// The refuting word stays negated, so it refutes nothing.
			// ("not lying" may be a posture: "no child lying in the
			// snow".)
			f.unnegate(r.clause)
			r.negScope = false
		}
	}
	if w.class&wClause != 0 {
		r.negScope, r.clause, r.cond = false, len(f.words)+1, false
		r.bounds = append(r.bounds, int32(len(f.words)+1))
	}
}

// refutation finds the claim's first refuting word or phrase: "hoax",
// "not true", "cast doubt", an opening "No,".
// next are the tokens after w's.
func (r *reader) refutation(w *word, next []text.Token) {
	f, l := r.f, r.l
	if w.fold == "no" && r.atStart && !f.asks && len(next) > 0 && f.text[next[0].Start] == ',' && f.refute < 0 {
		// "No, Putin did not …": the opener refutes; but after a
		// question of the claim's own it answers that ("Did I enjoy
		// it? No, not at all").
		f.refute = len(f.words)
	}
	if f.refute == len(f.words)-1 && f.refute >= 0 && f.words[f.refute].class&wLie != 0 && w.class&wPosture != 0 {
		f.refute = -1 // "lying in the grass"
	}
	if r.madeUp {
		r.madeUp = false
		if w.flags&fNumber != 0 || w.class&wNumber != 0 || w.class&wMakeUp != 0 {
			f.refute = -1 // "makes up 18% of", "make up for", "making up ground"
		}
	}
	if f.refute < 0 && refutes(w) {
		f.refute = len(f.words)
	}
	if f.refute < 0 && len(f.words) > 0 && w.flags&fNegated == 0 {
		p := &f.words[len(f.words)-1]
		noun := len(f.words) > 1 && f.words[len(f.words)-2].class&wNounLead != 0
		if !noun && w.pairEnd {
			palt := f.altOf(len(f.words) - 1)
			if l.pairs[[2]string{p.lemma, w.lemma}] || palt != "" && l.pairs[[2]string{palt, w.lemma}] {
				f.refute = len(f.words) - 1
				r.madeUp = w.fold == "up" && (p.lemma == "make" || palt == "make")
			}
		}
	}
}

// unnegate drops the last negation, which denies a refutation or opens
// an idiom, and the marks it left on the words of its clause before it.
func (f *Features) unnegate(clause int) {
	f.negs = f.negs[:len(f.negs)-1]
	if n := len(f.negs); n > 0 && f.negs[n-1] >= clause {
		return // an earlier negation in the clause made the same marks
	}
	for k := clause; k < len(f.words); k++ {
		f.words[k].flags &^= fNegSubj
	}
}

// refutes reports whether w calls something untrue: a refuting word that
// is not negated ("not a hoax"), or a negated word of truth ("not true").
func refutes(w *word) bool {
	negated := w.flags&fNegated != 0
	if w.class&wTrue != 0 {
		return negated
	}
	return w.class&wRefute != 0 && !negated
}

// passed reports whether w is an adverb that a negation passes over to
// reach what it denies: "not personally flying", "weren't really".
func passed(w *word) bool {
	return w.class&wPass != 0 || lyAdverb(w)
}

// lyAdverb reports whether w is an adverb in -ly: "simply", "completely".
func lyAdverb(w *word) bool {
	return len(w.fold) > 4 && strings.HasSuffix(w.fold, "ly") && w.flags&fEntity == 0
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func allUpper(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'a' <= c && c <= 'z' {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			n++
		}
	}
	return n > 1
}

func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// markPredicate marks the words after the claim's subject, taken to be
// its first run of content words ("Chinese officials" in "Chinese
// officials have backed away from previous pledges").
func (f *Features) markPredicate() {
	i := 0
	for i < len(f.words) && f.words[i].flags&fContent == 0 {
		i++
	}
	for i < len(f.words) && f.words[i].flags&fContent != 0 {
		i++
	}
	for ; i < len(f.words); i++ {
		f.words[i].flags |= fPred
	}
}

// comparative are the words after "nothing", "no one" or "none" that
// make a comparison of them, which denies nothing: "nothing as helpful
// as a title", "no one more qualified", "none other than".
var comparative = map[string]bool{"as": true, "more": true, "better": true, "other": true}

// turningPrefix are the first parts of compounds that make them about
// something else than their last part: "pro-Israel", "anti-war",
// "non-profit", "ex-wife".
var turningPrefix = map[string]bool{"pro": true, "anti": true, "non": true, "ex": true, "counter": true, "post": true, "pre": true}

// splittable reports whether w is a compound of content words joined by
// hyphens: "home-schoolers", not "back-and-forth" (an idiom, whose parts
// say little) nor "30-page".
func splittable(w *word) bool {
	if w.flags&fNumber != 0 || strings.IndexByte(w.fold, '-') < 0 {
		return false
	}
	for part := range strings.SplitSeq(w.fold, "-") {
		if len(part) < 2 || lex().class[part]&wStop != 0 {
			return false
		}
	}
	return true
}

// collectTerms gathers the content lemmas, each once, sorted by hash.
//
// They are gathered in sc's buffers and copied out at their exact count,
// as the features keep them.
func (f *Features) collectTerms(sc *scratch) {
	l := lex()
	f.terms = sc.terms[:0]
	for i := range f.words {
		w := &f.words[i]
		if w.flags&fContent == 0 {
			continue
		}
		t := term{hash: hashString(w.lemma), lemma: w.lemma, word: int32(i), weight: 1, flags: w.flags}
		if w.flags&fEntity != 0 {
			t.weight = 2
		}
		if n, ok := f.numberAt(i); ok && n.unit != "" && strings.IndexByte(w.fold, '-') > 0 {
			// A number and what it counts: "3-boobed" meets "third boob",
			// "30-page" meets "pages".
			t.lemma = valueTerm(n.value)
			t.hash = hashString(t.lemma)
			f.terms = append(f.terms, t)
			t.lemma = n.unit
			t.hash, t.flags = hashString(t.lemma), t.flags&^fNumber
			f.terms = append(f.terms, t)
			continue
		}
		if !splittable(w) {
			f.terms = append(f.terms, t)
			continue
		}
		// A compound is read as its parts: "home-schoolers" meets "home
		// schoolers", "U.S.-Mexico" meets "Mexico". After a prefix that
		// turns what follows ("pro-Israel", "anti-war"), a negation denies
		// the compound, not its part: "not a pro-Israel policy" says
		// nothing against "Israel".
		if first, _, _ := strings.Cut(w.fold, "-"); turningPrefix[first] {
			t.flags &^= fNegated | fNegHead | fNegSubj
		}
		for part := range strings.SplitSeq(w.fold, "-") {
			t.lemma, _ = lemmasOf(part)
			if v, ok := l.num[part]; ok && l.class[part]&wLoose == 0 {
				t.lemma = valueTerm(v) // "three-breasted" meets "3"
			}
			t.hash = hashString(t.lemma)
			f.terms = append(f.terms, t)
		}
	}
	slices.SortFunc(f.terms, func(a, b term) int {
		if a.hash != b.hash {
			return cmp.Compare(a.hash, b.hash)
		}
		return cmp.Compare(a.word, b.word)
	})
	out := f.terms[:0]
	for _, t := range f.terms {
		if n := len(out); n > 0 && out[n-1].hash == t.hash {
			// The term points at its negated occurrence, if it has one:
			// that is the one a negation reason shows.
			if neg := fNegated | fNegHead; t.flags&neg > out[n-1].flags&neg {
				out[n-1].word = t.word
			}
			out[n-1].flags |= t.flags
			out[n-1].weight = max(out[n-1].weight, t.weight)
			continue
		}
		out = append(out, t)
	}
	sc.terms = f.terms[:0]
	f.terms = slices.Clone(out)
	f.senses = sc.senses[:0]
	for k, t := range f.terms {
		f.weight += int(t.weight)
		if t.flags&(fNumber|fEntity) != 0 {
			continue // names and numbers match as they are
		}
		for id := range wordnet.Senses(t.lemma) {
			f.senses = append(f.senses, newSenseRef(id, int32(k)))
		}
	}
	slices.Sort(f.senses)
	sc.senses = f.senses[:0]
	f.senses = slices.Clone(f.senses)
}

// quantityBefore reports whether the content word just before word i, over
// auxiliaries, is a thing whose rise is good or bad news ("growth",
// "prices", "unemployment"; see words.txt): its subject is a quantity, and
// "slowed" or "stalled" says how the quantity moves, not how a process goes.
func (f *Features) quantityBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		x := &f.words[k]
		if x.flags&fContent == 0 {
			continue // "had", "has been"
		}
		return x.base&(wUpGood|wUpBad) != 0
	}
	return false
}

// findStance finds the phrases of stance.txt, with signs after polarity.
func (f *Features) findStance(l *vocabulary) {
	for i := range f.words {
		w := &f.words[i]
		if w.opens == 0 {
			continue // no phrase opens with it: no look-up
		}
		alt := ""
		if w.opens&4 != 0 {
			alt = f.altOf(i)
		}
		for k, key := range [3]string{w.fold, w.lemma, alt} {
			if key == "" || k > 0 && key == w.fold || k == 2 && key == w.lemma || w.opens&(1<<k) == 0 {
				continue
			}
			for _, p := range l.stance[key] {
				end, ok := f.matchPhrase(p.words, i)
				if !ok {
					continue
				}
				if p.topical && w.flags&fNegated != 0 {
					continue // a negation of it is a negation reason
				}
				if f.rebutted(int32(i)) {
					continue // "called reports of a breakthrough premature": the rebuttal says it
				}
				if f.quantityBefore(i) {
					continue // "price growth had slowed": a quantity's course (see outcome), no process framed
				}
				sign := p.sign
				if w.flags&fNegated != 0 {
					sign = -sign
				}
				if f.denied && !l.state[p.dim] {
					sign = -sign // a denied state is the denial reason's
				}
				f.addStance(stanceHit{dim: p.dim, sign: sign, weak: p.weak, topical: p.topical, start: int32(i), end: int32(end)})
			}
		}
	}
	// A weak hit counts only where its dimension has no other sign.
	f.stance = slices.DeleteFunc(f.stance, func(h stanceHit) bool {
		return h.weak && slices.ContainsFunc(f.stance, func(o stanceHit) bool { return o.dim == h.dim && !o.weak })
	})
}

func (f *Features) addStance(h stanceHit) {
	for _, o := range f.stance {
		if o.dim == h.dim && o.sign == h.sign && o.weak == h.weak {
			return
		}
	}
	f.stance = append(f.stance, h)
}

// matchPhrase reports whether phrase matches the words from i (whose
// first word the caller has matched), skipping determiners between its
// words, and where the match ends.
func (f *Features) matchPhrase(phrase [][]string, i int) (int, bool) {
	j := i + 1
	for _, alts := range phrase[1:] {
		for j < len(f.words) && f.words[j].class&wDet != 0 && !slices.Contains(alts, f.words[j].fold) {
			j++
		}
		if j >= len(f.words) || !f.isOneOf(j, alts) {
			return 0, false
		}
		j++
	}
	return j, true
}

// isOneOf reports whether word i's folded form or one of its base forms
// is one of words.
func (f *Features) isOneOf(i int, words []string) bool {
	w, alt := &f.words[i], f.altOf(i)
	for _, p := range words {
		if w.fold == p || w.lemma == p || alt != "" && alt == p {
			return true
		}
	}
	return false
}

// span returns the place of words[i:j] in the claim's document: offsets
// into the text the claim was found in where the claim has a Content,
// offsets into its Text otherwise.
func (f *Features) span(i, j int) hearsay.Span {
	if i >= j || j > len(f.words) {
		return hearsay.Span{}
	}
	return hearsay.Span{Start: f.abs(int(f.words[i].start)), End: f.abs(int(f.words[j-1].end))}
}

// abs maps an offset into Text to one into the claim's document.
func (f *Features) abs(o int) int {
	c := f.claim
	if c == nil || c.Content.IsZero() && len(c.Parts) == 0 {
		return o
	}
	if len(c.Parts) == 0 {
		return c.Content.Start + o
	}
	for _, p := range c.Parts {
		if o <= p.Len() {
			return p.Start + o
		}
		o -= p.Len() + 1 // the space that joins the parts
	}
	last := c.Parts[len(c.Parts)-1]
	return last.End
}

// phrase returns the text of words[i:j].
func (f *Features) phrase(i, j int) string {
	if i >= j || j > len(f.words) {
		return ""
	}
	return f.text[f.words[i].start:f.words[j-1].end]
}
