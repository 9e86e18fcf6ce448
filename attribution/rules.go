package attribution

import (
	"strings"

	"github.com/hearsay-go/hearsay/claim"
	"github.com/hearsay-go/hearsay/internal/lexicon"
	"github.com/hearsay-go/hearsay/internal/text"
)

// The sentence loop: each sentence's cue candidates, tried in order, and
// the constructions that read them (verb.go, punctuation.go), which find
// a subject (subject.go), skip adjuncts (adjunct.go) and place the content
// (content.go); registry.go resolves the sources and assemble.go makes
// the claims.

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
					if !e.isVerb && !p.is(i, wPrep) {
						// "pointed out", "made clear": a verb that is a cue
						// only with its tail.
						best.verb, best.isVerb = tailVerb(ph, e.past), true
					}
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

// tailVerb returns the reading as a verb of the first word of a phrase
// of a verb and its tail whose verb is no cue by itself: "pointed" of
// "pointed out" is a past, as is "made" of "made clear" (past: in the
// "past" list of words.txt), "making" of "making clear" a gerund. A
// denial's object is what it denies: "ruled out a deal".
func tailVerb(ph lexicon.Phrase, past bool) lexicon.Verb {
	w := ph.Words[0]
	v := lexicon.Verb{Lemma: w, Class: ph.Class, Form: lexicon.Base}
	if ph.Class == lexicon.Denial {
		v.Flags = lexicon.FlagTopic // "ruled out a deal", "played down the risk"
	}
	switch {
	case strings.HasSuffix(w, "ing"):
		v.Form = lexicon.Gerund
	case strings.HasSuffix(w, "ed") || past:
		v.Form = lexicon.Past
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		v.Form = lexicon.ThirdPerson
	}
	return v
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
func (f *sentenceFacts) word(t *text.Token, bits lexicon.WordClass) {
	f.words++
	if t.Flags&text.Upper != 0 {
		f.upper++
	}
	if bits&wAnswer != 0 {
		f.answer = true
	}
	if bits&wAnon != 0 {
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
	if facts.anon {
		p.reasonSentence(a, b)
		p.markReasons(a, b)
	}
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
			if d != nil {
				d.how = howOther
				if d.post {
					d.how = howOther + 1
				}
			}
		case c.phrase && c.kind == lexicon.Adjective:
			d = named(p.adjective(a, b, c), howOther+2)
		case c.isVerb:
			d = p.verb(a, b, c)
		}
		if d == nil || p.adverbContent(d, a, b) {
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

// otherConstructions are the constructions of cues that are no verbs:
// "according to" before and after its content, an adjective, and the cues
// of punctuation (punctuation.go).
var otherConstructions = [...]string{
	"According to S, C", "C, according to S", "S are concerned that C",
	"S, description: “C”; headline S: C", "“C” ― Name", "In a poll released Sunday, C",
	"S is expected to do X", "X is seen as Y",
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

// adverbContent reports whether the content of d, in sentence [a, b), is
// one adverb left before or after its cue, which no claim is: a sentence
// adverb ("However, …", "Still, …"), one in -ly ("said dryly") or a
// conjunction ("Yet", "If"). "But, he said, C" keeps C.
func (p *parser) adverbContent(d *draft, a, b int) bool {
	if !d.parts[1].IsZero() || d.quote != claim.Indirect {
		return false
	}
	for k := a; k < b; k++ {
		if t := &p.toks[k]; int(t.Start) == d.content.Start {
			if int(t.End) != d.content.End || t.Kind != text.Word {
				return false
			}
			switch p.fold(k) {
			case "if", "but", "and":
				return true
			}
			f := p.fold(k)
			return p.is(k, wDiscourse) || p.lyAdverb(k) || k == a && len(f) > 4 && strings.HasSuffix(f, "ly") // "Reportedly, …": a capital that opens the sentence
		}
	}
	return false
}
