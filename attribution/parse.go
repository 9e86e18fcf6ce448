package attribution

import (
	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/claim"
	"github.com/hearsay-go/hearsay/internal/lexicon"
	"github.com/hearsay-go/hearsay/internal/text"
)

// maxWindow is the most tokens the rules read as one sentence.
const maxWindow = 320

// maxContent is the most tokens a content may run to past its sentence.
const maxContent = 600

// parser holds the state of one Extract call.
type parser struct {
	e    *Extractor
	text string
	doc  *Document
	ents *joined

	toks   []text.Token
	folded string   // the tokenizer's folded forms, which toks point into
	ent    []uint16 // what the lexicons say of each token: an index into ents.list
	sents  [][2]int // token range of each sentence
	pair   []int32  // matching quote token, or -1
	qin    []int32  // innermost enclosing open quote token, or -1
	cont   map[int32]int32
	used   []bool // token is part of an accepted cue

	drafts []*draft
	slab   []draft // drafts are carved from here
	try    draft   // the draft the rules are trying
	first  int     // index of the current sentence's first draft
	title  bool    // the current sentence is a headline in title case
	silent []silent
	reg    registry
}

// draft is a claim while its sentence is being read; token ranges are
// half-open [from, to).
type draft struct {
	sent     int
	cue      [2]int
	class    claim.CueClass
	polarity claim.Polarity
	src      [2]int // subject noun phrase; src[1] == 0 when none
	cueSpan  hearsay.Span
	srcSpan  hearsay.Span
	elided   int32 // source taken from the claim of p.drafts[elided-1]; 0 for none
	content  hearsay.Span
	parts    [2]hearsay.Span // a content interrupted by its attribution; zero when one piece
	post     bool            // content precedes the attribution
	attr     [2]int          // tokens of the attribution (source, cue, adjuncts) for a post-posed claim
	pre      bool            // content follows the cue and may be clamped
	quote    claim.Quote
	anon     bool // the sentence may state a reason for anonymity
}

func newParser(e *Extractor, s string) *parser {
	return &parser{e: e, text: s, doc: &Document{Text: s}, ents: entries()}
}

// scratch is the working memory of one Extract call, kept in a pool so
// that a busy extractor does not allocate it anew for every text. None of
// it is reachable from a Document.
type scratch struct {
	toks   []text.Token
	ent    []uint16
	pair   []int32
	qin    []int32
	used   []bool
	sents  [][2]int
	drafts []*draft
	slab   []draft // drafts are carved from here
	tz     text.Tokenizer
}

// scratchFree keeps a few scratches between calls. Unlike a sync.Pool it
// is not emptied by every garbage collection, which for a large text
// would mean allocating and faulting in megabytes of tokens per call.
var scratchFree = make(chan *scratch, 4)

func getScratch() *scratch {
	select {
	case sc := <-scratchFree:
		return sc
	default:
		return new(scratch)
	}
}

func putScratch(sc *scratch) {
	select {
	case scratchFree <- sc:
	default:
	}
}

// resize returns s with length n and every element zero, reusing its
// memory when it is large enough.
func resize[T any](s []T, n int) []T {
	s = grow(s, n)
	clear(s)
	return s
}

// grow returns s with length n, reusing its memory when it is large
// enough; the elements are left as they were, for a caller that sets
// every one.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

func (p *parser) run() {
	sc := getScratch()
	defer func() {
		clear(p.drafts) // drafts hold no pointers, so the pool keeps no document alive
		sc.slab = p.slab[:0]
		sc.toks, sc.ent, sc.pair, sc.qin, sc.used, sc.sents, sc.drafts = p.toks[:0], p.ent[:0], p.pair[:0], p.qin[:0], p.used[:0], p.sents[:0], p.drafts[:0]
		if cap(sc.toks) <= 1<<20 { // keep the pool's memory to a few tens of megabytes
			putScratch(sc)
		}
	}()
	p.drafts = sc.drafts[:0]
	p.slab = sc.slab[:0]
	p.doc.Sentences = text.Sentences(p.text, p.e.abbr, make([]hearsay.Span, 0, len(p.text)/96+4))
	// One tokenizing pass over the whole text; each sentence then takes
	// the tokens that start inside it.
	if cap(sc.toks) < len(p.text)/4 {
		sc.toks = make([]text.Token, 0, len(p.text)/4+16)
	}
	p.toks = sc.tz.Tokenize(p.text, 0, len(p.text), p.e.abbr, sc.toks[:0])
	p.folded = sc.tz.Folded()
	p.sents = grow(sc.sents, len(p.doc.Sentences))
	k := 0
	for i, s := range p.doc.Sentences {
		for k < len(p.toks) && int(p.toks[k].Start) < s.Start {
			k++
		}
		a := k
		for k < len(p.toks) && int(p.toks[k].Start) < s.End {
			k++
		}
		p.sents[i] = [2]int{a, k}
	}
	p.ent = grow(sc.ent, len(p.toks))
	for i := range p.toks {
		t := &p.toks[i]
		if t.Kind != text.Word {
			p.ent[i] = 0
			continue
		}
		w := p.text[t.Start:t.End]
		if t.Flags&text.Folded != 0 {
			w = p.folded[t.FoldStart:t.FoldEnd]
		}
		p.ent[i] = p.ents.lookup(w)
	}
	p.pair = grow(sc.pair, len(p.toks))
	p.qin = grow(sc.qin, len(p.toks)) // both set in full by quotes
	p.quotes()
	p.used = resize(sc.used, len(p.toks))
	for i, r := range p.sents {
		// A sentence too long to be one (a table, a run-on without
		// periods) is read in windows, which keeps the work linear.
		for a := r[0]; a < r[1]; a += maxWindow {
			p.sentence(i, a, min(a+maxWindow, r[1]))
		}
	}
	p.finish()
}

// class returns the word-class bits of token i.
func (p *parser) class(i int) uint16 {
	if i < 0 || i >= len(p.ent) {
		return 0
	}
	return uint16(p.ents.bits[p.ent[i]])
}

// verbAt returns token i's reading as a reporting verb.
func (p *parser) verbAt(i int) (lexicon.Verb, bool) {
	if i < 0 || i >= len(p.ent) || p.ent[i] == 0 {
		return lexicon.Verb{}, false
	}
	e := p.ents.list[p.ent[i]]
	return e.verb, e.isVerb
}

func (p *parser) fold(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return text.FoldOf(p.text, p.folded, &p.toks[i])
}

// keep adds d to the sentence's drafts, with the spans of its cue and
// source read while the tokens are at hand.
func (p *parser) keep(d *draft) {
	d.cueSpan = p.span(d.cue[0], d.cue[1])
	if d.src[1] > d.src[0] {
		d.srcSpan = p.span(d.src[0], d.src[1])
	}
	p.drafts = append(p.drafts, d)
}

func (p *parser) is(i int, bits uint16) bool { return p.class(i)&bits != 0 }

func (p *parser) punct(i int, s string) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].Kind == text.Punct && p.fold(i) == s
}

func (p *parser) openQuote(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].Kind == text.Quote && p.pair[i] > int32(i)
}

func (p *parser) closeQuote(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].Kind == text.Quote && p.pair[i] >= 0 && p.pair[i] < int32(i)
}

// quotes pairs quotation marks over the whole document. A paragraph that
// opens a quote without closing it continues into the next paragraph when
// that one opens with a quotation mark, as news style does.
func (p *parser) quotes() {
	n := len(p.toks)
	for i := range p.pair {
		p.pair[i] = -1
		p.qin[i] = -1
	}
	var stack []int32
	for i := 0; i < n; i++ {
		t := &p.toks[i]
		if t.Flags&text.NewLine != 0 && len(stack) > 0 {
			// A new paragraph: an unclosed quote continues only into a
			// paragraph that opens with a quotation mark.
			top := stack[len(stack)-1]
			stack = stack[:0]
			if t.Kind == text.Quote && t.Flags&text.Open != 0 && p.isDouble(i) {
				if p.cont == nil {
					p.cont = make(map[int32]int32)
				}
				p.cont[int32(i)] = top
			}
		}
		if t.Kind != text.Quote {
			continue
		}
		double := p.isDouble(i)
		single := !double && p.text[t.Start:t.End] == "‘"
		switch {
		case t.Flags&text.Open != 0 && (double || single):
			if double && len(stack) > 0 && p.isDouble(int(stack[len(stack)-1])) && p.text[t.Start] == '"' {
				// A straight quote while a straight quote is open closes it.
				if p.text[p.toks[stack[len(stack)-1]].Start] == '"' {
					p.close(&stack, i, true)
					continue
				}
			}
			stack = append(stack, int32(i))
		case t.Flags&text.Close != 0:
			p.close(&stack, i, double)
		}
	}
	// Innermost enclosing quote of each token; a mark itself is outside
	// the quote it opens or closes.
	stack = stack[:0]
	for i := 0; i < n; i++ {
		if c := p.pair[i]; c >= 0 && c < int32(i) {
			for len(stack) > 0 && stack[len(stack)-1] != c {
				stack = stack[:len(stack)-1]
			}
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
		if len(stack) > 0 {
			p.qin[i] = stack[len(stack)-1]
		}
		if p.pair[i] > int32(i) {
			stack = append(stack, int32(i))
		}
	}
}

func (p *parser) isDouble(i int) bool {
	s := p.text[p.toks[i].Start:p.toks[i].End]
	return s != "‘" && s != "’" && s != "'"
}

// close pairs the closing mark at i with the nearest open mark of its
// kind among the innermost few.
func (p *parser) close(stack *[]int32, i int, double bool) {
	st := *stack
	for k := len(st) - 1; k >= 0 && k >= len(st)-8; k-- {
		if p.isDouble(int(st[k])) == double {
			p.pair[st[k]] = int32(i)
			p.pair[i] = st[k]
			*stack = st[:k]
			return
		}
	}
}

// quoteStart follows paragraph continuations back to the first opening
// mark of a quote that runs over several paragraphs.
func (p *parser) quoteStart(open int32) int32 {
	for k := 0; k < 64; k++ {
		prev, ok := p.cont[open]
		if !ok {
			break
		}
		open = prev
	}
	return open
}

// tryDraft returns the parser's one scratch draft, reset for the cue c:
// rules fill it in, and only a draft they keep is copied to the slab.
func (p *parser) tryDraft(c cand) *draft {
	p.try = draft{cue: [2]int{c.i, c.j}}
	return &p.try
}

// newDraft returns a pointer to a copy of d carved from the scratch slab.
func (p *parser) newDraft(d draft) *draft {
	if len(p.slab) == cap(p.slab) {
		p.slab = make([]draft, 0, max(64, 2*cap(p.slab)))
	}
	p.slab = append(p.slab, d)
	return &p.slab[len(p.slab)-1]
}

// span returns the byte span of tokens [a, b).
func (p *parser) span(a, b int) hearsay.Span {
	if a >= b || a < 0 || b > len(p.toks) {
		return hearsay.Span{}
	}
	return hearsay.Span{Start: int(p.toks[a].Start), End: int(p.toks[b-1].End)}
}
