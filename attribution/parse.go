package attribution

import (
	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/claim"
	"github.com/hearsay-go/hearsay/internal/lexicon"
	"github.com/hearsay-go/hearsay/internal/text"
	"github.com/hearsay-go/hearsay/source"
)

// maxWindow is the most tokens the rules read as one sentence.
const maxWindow = 320

// maxContent is the most tokens a content may run to past its sentence.
const maxContent = 600

// parser holds the state of one Extract call. It lives in a scratch, and
// starts each call as a new parser but for the memory of its slices, which
// it keeps from the call before (see reset).
type parser struct {
	e    *Extractor
	text string
	doc  *Document
	ents *joined
	sc   *scratch // the memory it works in

	toks   []text.Token
	folded string          // the tokenizer's folded forms, which toks point into
	ent    []uint16        // what the lexicons say of each token: an index into ents.list
	sents  [][2]int        // token range of each sentence
	pair   []int32         // matching quote token, or -1 (quotes.Pair)
	qin    []int32         // innermost enclosing open quote token, or -1 (quotes.In)
	cont   map[int32]int32 // quotes.Cont
	used   []bool          // token is part of an accepted cue
	facts  []sentenceFacts
	cues   []int32 // words that may be cues: verbs and the first words of phrases
	cue    int     // the first of cues not yet read by candidates

	drafts  []*draft
	slab    []draft  // drafts are carved from here
	try     draft    // the draft the rules are trying
	call    verbCall // the reporting verb the rules are reading (see verb)
	first   int      // index of the current sentence's first draft
	title   bool     // the current sentence is a headline in title case
	silent  []silent
	reasons []reason // reasons for anonymity in sentences of their own
	// follows are the quotations that go on the claims of drafts
	// in the next sentence, in the order of their drafts.
	follows []followOn
	reg     registry
}

// draft is a claim while its sentence is being read; token ranges are
// half-open [from, to).
type draft struct {
	sent     int
	cue      [2]int
	class    claim.CueClass
	polarity claim.Polarity
	src      [2]int // subject noun phrase; src[1] == 0 when none
	ante     [2]int // for a subject that is a relative pronoun, the phrase it stands for ("Tom Weaver, who said"); ante[1] == 0 when none
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
	how      how  // the construction that read it (see construction)
}

// scratch is the working memory of one Extract call, kept between calls
// so that a busy extractor does not allocate it anew for every text: the
// parser with its buffers, and the sources it makes, which publish copies
// to the Document at their number. None of it is reachable from a
// Document, and once a call is over none of it refers to the text or the
// Document (see release).
type scratch struct {
	p      parser // reset, its slices the emptied buffers of the last call
	quotes text.Quotes
	spans  []hearsay.Span // the sentences, before they are copied to the Document
	tz     text.Tokenizer

	hows  []how                             // the construction of each claim (see draft.how)
	par   []int32                           // each claim's parent, an index into claims, or -1
	keep  []int32                           // the claims kept (see dropNestedStances), indices into claims
	kept  []bool                            // whether each claim is kept, when some are not
	moved map[*source.Source]*source.Source // a source not numbered to its copy (see publishedSource)
	inUse map[*source.Source]bool           // the sources a claim refers to
	gone  []*source.Source                  // the sources of the claims dropped
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
		sc := &scratch{moved: map[*source.Source]*source.Source{}, inUse: map[*source.Source]bool{}}
		sc.tz.Reuse = true // the folded forms are read only while a text is
		return sc
	}
}

// putScratch keeps sc for another call, unless it is too large to keep.
func putScratch(sc *scratch) {
	if sc.tooLarge() {
		return
	}
	select {
	case scratchFree <- sc:
	default:
	}
}

// tooLarge reports whether the scratch holds too much memory to keep: the
// pool's memory stays at a few tens of megabytes.
func (sc *scratch) tooLarge() bool { return cap(sc.p.toks) > 1<<20 }

// parser returns the scratch's parser, set for e to read s into doc: as
// a new parser, but for the memory of its buffers (see reset).
func (sc *scratch) parser(e *Extractor, s string, doc *Document) *parser {
	p := &sc.p
	p.e, p.text, p.doc, p.ents, p.sc = e, s, doc, e.entries(), sc
	return p
}

// reset makes p as a new parser but for the memory of its buffers, which
// it empties: the slices of its own and its registry's that it keeps from
// call to call, and the registry's maps. It sets every field in place,
// as copying a fresh parser over it would cost a write barrier for each
// of its pointers while the collector runs (TestParserReset checks that it
// leaves nothing behind).
func (p *parser) reset() {
	p.e, p.text, p.doc, p.ents, p.sc = nil, "", nil, nil, nil
	p.toks, p.folded, p.ent, p.sents = p.toks[:0], "", p.ent[:0], p.sents[:0]
	p.pair, p.qin, p.cont, p.used = nil, nil, nil, p.used[:0]
	p.facts, p.cues, p.cue = p.facts[:0], p.cues[:0], 0
	p.drafts, p.slab, p.try, p.call = p.drafts[:0], p.slab[:0], draft{}, verbCall{}
	p.first, p.title, p.silent, p.reasons = 0, false, p.silent[:0], p.reasons[:0]
	p.follows = p.follows[:0]
	r := &p.reg
	r.srcs, r.meta, r.slab, r.spans = r.srcs[:0], r.meta[:0], r.slab[:0], r.spans[:0]
	r.ids, r.list, r.made, r.carved, r.recent = idMaker{}, r.list[:0], 0, 0, r.recent[:0]
	r.intro, r.introRead, r.introHeads, r.toks, r.sents, r.introAt = r.intro[:0], false, 0, nil, nil, r.introAt[:0]
	for _, m := range r.named {
		clear(m)
	}
}

// release lets go of what the call just over refers to, the text, the
// Document and the extractor, so that the scratch keeps none of them
// alive: the sources made in it (strings of the text), and the pointers to
// the Document's claims and sources.
func (sc *scratch) release() {
	p := &sc.p
	clear(p.drafts) // they point into p.slab, which refers to nothing
	clear(p.reg.srcs)
	clear(p.reg.meta) // a head is a string of the text
	clear(p.reg.slab)
	clear(p.reg.list)
	clear(p.reg.intro) // names are strings of the text
	clear(sc.moved)
	clear(sc.inUse)
	clear(sc.gone)
	if !sc.tooLarge() {
		// A text that filled a slab went on in a larger one, made then,
		// which is the one kept; the next text starts with one as large
		// as this one needed in all, so that a text read again makes none.
		if n := len(p.drafts); cap(p.slab) < n {
			p.slab = make([]draft, 0, n)
		}
		if n := p.reg.made; cap(p.reg.slab) < n {
			p.reg.slab = make([]source.Source, 0, n)
		}
		if n := p.reg.carved; cap(p.reg.spans) < n {
			p.reg.spans = make([]hearsay.Span, 0, n)
		}
	}
	p.reset()
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

// run reads the text into the Document, in the scratch's memory.
func (p *parser) run() {
	sc := p.sc
	// The sentences are found in scratch memory and copied to the
	// Document at their exact length: a guess at their number would
	// allocate too much or grow the slice, copying it, on the way.
	sc.spans = text.Sentences(p.text, p.e.abbr, sc.spans[:0])
	p.doc.Sentences = fit(p.doc.Sentences, len(sc.spans))
	copy(p.doc.Sentences, sc.spans)
	// One tokenizing pass over the whole text; each sentence then takes
	// the tokens that start inside it.
	if cap(p.toks) < len(p.text)/4 {
		p.toks = make([]text.Token, 0, len(p.text)/4+16)
	}
	p.toks = sc.tz.Tokenize(p.text, 0, len(p.text), p.e.abbr, p.toks)
	p.reg.toks, p.reg.sents = p.toks, p.doc.Sentences
	p.folded = sc.tz.Folded()
	p.sents = grow(p.sents, len(p.doc.Sentences))
	p.facts = grow(p.facts, len(p.doc.Sentences))
	p.ent = grow(p.ent, len(p.toks)) // set in full by index
	sc.quotes.Reset(len(p.toks))     // set in full by index, as ent is
	p.index(&sc.quotes)
	p.pair, p.qin, p.cont = sc.quotes.Pair, sc.quotes.In, sc.quotes.Cont
	p.used = resize(p.used, len(p.toks))
	for i, r := range p.sents {
		// A sentence too long to be one (a table, a run-on without
		// periods) is read in windows, which keeps the work linear.
		for a := r[0]; a < r[1]; a += maxWindow {
			p.sentence(i, a, min(a+maxWindow, r[1]))
		}
	}
	p.followQuotes()
	p.finish()
}

// class returns the word-class bits of token i.
func (p *parser) class(i int) lexicon.WordClass {
	if i < 0 || i >= len(p.ent) {
		return 0
	}
	return p.ents.bits[p.ent[i]]
}

// verbAt returns token i's reading as a reporting verb.
func (p *parser) verbAt(i int) (lexicon.Verb, bool) {
	if i < 0 || i >= len(p.ent) || p.ents.bits[p.ent[i]]&wVerb == 0 {
		return lexicon.Verb{}, false // most words: no entry to follow
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

func (p *parser) is(i int, bits lexicon.WordClass) bool { return p.class(i)&bits != 0 }

// punct reports whether token i is the punctuation mark s. A mark folds
// to itself, so its bytes are compared as they stand.
func (p *parser) punct(i int, s string) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	t := &p.toks[i]
	return t.Kind == text.Punct && p.text[t.Start:t.End] == s
}

// that reports whether token i is the word "that".
func (p *parser) that(i int) bool {
	return i >= 0 && i < len(p.ent) && p.ent[i] == p.ents.that
}

func (p *parser) openQuote(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].Kind == text.Quote && p.pair[i] > int32(i)
}

func (p *parser) closeQuote(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].Kind == text.Quote && p.pair[i] >= 0 && p.pair[i] < int32(i)
}

// index reads the tokens once, in one pass: the tokens of each sentence
// (those that start inside it) and the facts the rules start from, the
// lexicon entry of each word, the words that may be cues, and the pairs of
// quotation marks; then, from the pairs, the quotation each token is in.
func (p *parser) index(q *text.Quotes) {
	ss := p.doc.Sentences
	si, open := 0, false // the sentence tokens are being given to, and whether it has one
	var f sentenceFacts  // of sentence si
	for i := range p.toks {
		t := &p.toks[i]
		for si < len(ss) && int(t.Start) >= ss[si].End {
			if !open {
				p.sents[si][0] = i
			}
			p.sents[si][1] = i
			p.facts[si], f = f, sentenceFacts{}
			si, open = si+1, false
		}
		if !open && si < len(ss) && int(t.Start) >= ss[si].Start {
			p.sents[si][0], open = i, true
		}
		p.ent[i] = 0
		q.Add(p.text, p.toks, i)
		switch t.Kind {
		case text.Word:
			e := p.ents.lookup(text.FoldOf(p.text, p.folded, t))
			p.ent[i] = e
			bits := p.ents.bits[e]
			if open {
				f.word(t, bits)
			}
			if bits&(wVerb|wPhrase) != 0 {
				p.cues = append(p.cues, int32(i))
			}
			if t.Flags&(text.Upper|text.Space) == text.Upper|text.Space && introCandidate(p.toks, i) {
				p.reg.introAt = append(p.reg.introAt, int32(i))
			}
		case text.Punct:
			if open {
				f.mark(p.text, t)
			}
		}
	}
	for ; si < len(ss); si, open = si+1, false {
		if !open {
			p.sents[si][0] = len(p.toks)
		}
		p.sents[si][1] = len(p.toks)
		p.facts[si], f = f, sentenceFacts{}
	}
	q.Nest()
}

// followOn is a quotation that goes on a claim in the next sentence, with
// no attribution of its own: the “But we’re close” of
// “We’re not there yet,” one official said. “But we’re close.”
type followOn struct {
	draft int          // index into p.drafts
	span  hearsay.Span // the words inside the quotation marks
}

// maxFollows is how many quoted sentences in a row may go on one claim.
const maxFollows = 3

// followQuotes finds, after each claim that is the last of its sentence,
// the quotations that fill the next sentences and have no attribution of
// their own: news goes on quoting the speaker it has just named, and those
// words are the claim's too (“…,” said Alan Cobb, a Trump adviser. “This
// is a three-month process.”).
func (p *parser) followQuotes() {
	for i, d := range p.drafts {
		if i+1 < len(p.drafts) && p.drafts[i+1].sent == d.sent {
			continue
		}
		next := len(p.toks) // the next claim's cue: a quotation up to it has no cue of its own
		nextContent := len(p.text)
		if i+1 < len(p.drafts) {
			next = p.drafts[i+1].cue[0]
			nextContent = p.drafts[i+1].content.Start
		}
		si := d.sent + 1
		for si < len(p.sents) && int(p.toks[p.sents[si][0]].Start) < d.content.End {
			si++ // the claim's own quotation, after a colon that ends its paragraph
		}
		for n := 0; n < maxFollows && si < len(p.sents); n++ {
			open := p.sents[si][0]
			if !p.openQuote(open) {
				break
			}
			end := int(p.pair[open])
			if end-open > maxContent || end >= next || open+1 < len(p.toks) && nextContent <= int(p.toks[open+1].Start) {
				break // nor the quotation that the next claim's cue, after it, attributes: “C” ― Name
			}
			for si < len(p.sents) && p.sents[si][1] <= end {
				si++ // the sentences the quotation fills
			}
			if si < len(p.sents) && p.sents[si][0] <= end {
				if p.sents[si][1] > end+1 {
					break // words after the quotation in its last sentence
				}
				si++
			}
			q := end
			for q > open+1 && (p.punct(q-1, ".") || p.punct(q-1, ",")) {
				q--
			}
			if q <= open+1 {
				break
			}
			p.follows = append(p.follows, followOn{draft: i, span: p.span(open+1, q)})
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
