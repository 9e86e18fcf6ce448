package attribution

import (
	"strings"

	"github.com/hearsay-go/hearsay/claim"
	"github.com/hearsay-go/hearsay/internal/text"
	"github.com/hearsay-go/hearsay/source"
)

// Cues of punctuation: "Name: “quote”", "NY Post: C", “quote” ― Name.

// punctuationCues reads attributions carried by punctuation and
// prepositions rather than verbs: "Name: “quote”", "TAPPER: text",
// “quote” ― Name, and "In a CBS News poll released Sunday, C".
func (p *parser) punctuationCues(si, a, b int) {
	if b-a < 3 {
		return
	}
	// Speaker: quotation, at the start of a sentence; "Q:" and "A:" in
	// interviews; "PENCE:" in transcripts; "McCaul: If elected, …" in
	// headlines.
	s0 := a
	if p.openQuote(s0) || p.toks[s0].Kind == text.Quote {
		s0++ // a transcript quoted whole: "PENCE: …
	}
	for i := s0 + 1; i < b && i <= s0+8; i++ {
		if p.qin[i] >= 0 || !p.punct(i, ":") {
			continue
		}
		f := p.fold(s0)
		caps := i == s0+1 && p.allCaps(s0, i) && (p.toks[s0].End-p.toks[s0].Start > 2 && p.class(s0)&wLabel == 0 || f == "q" || f == "a")
		headline := i <= s0+3 && p.nameHead(s0, i) && b-i > 4 && !p.is(s0, wDet)
		if p.toks[s0].Flags&text.Upper == 0 || !(p.openQuote(i+1) || caps || headline || p.title && p.nameHead(s0, i)) {
			break
		}
		head := i // where the speaker's name ends
		if p.openQuote(i + 1) {
			// "Jeremy Lott, author: “…”": a name, then what the
			// speaker is.
			for q := s0 + 1; q < i; q++ {
				if p.punct(q, ",") {
					head = q
					break
				}
			}
		}
		if !caps && (!p.goodNP(s0, head) || !p.nameHead(s0, head)) {
			break
		}
		for q := s0; q < i; q++ {
			_, verb := p.verbAt(q)
			if verb && i == s0+1 && source.Noun(p.fold(q)) == source.Text {
				verb = false // a document alone: "Report: Walker to speak at the convention"
			}
			if verb && q > s0 && p.toks[q].Flags&text.Upper != 0 && (q > head || source.Noun(p.fold(q)) != source.EntityUnknown) {
				// A word of a name: "NY Post:", ", The Washington Post:";
				// but "Trump Says:" and "Trump Addresses Munich Attack:"
				// are clauses.
				verb = false
			}
			if verb || p.class(q)&(wStop|wAux|wLabel) != 0 || p.toks[q].Kind == text.Number {
				return
			}
		}
		if i == s0+1 && strings.HasSuffix(f, "ing") || p.namesOnly(i+1, b) {
			return // credits, not a speaker: "Contributing: Ray Locker", "Iowa: Tim Albrecht, Brad Anderson, …"
		}
		d := p.newDraft(draft{sent: si, cue: [2]int{i, i + 1}, class: claim.Speech, src: [2]int{s0, i}, pre: true,
			how: howOther + 3})
		e := b
		if p.openQuote(i+1) && int(p.pair[i+1]) >= b && int(p.pair[i+1]) < i+maxContent {
			e = int(p.pair[i+1]) + 1
		}
		if p.setContent(d, i+1, e) {
			p.used[i] = true
			p.keep(d)
		}
		break
	}
	// “quote” ― Name; a quotation that ends its sentence leaves the dash
	// opening the next: “We will win.” ― Ted Cruz
	for i := max(a, 1); i+1 < b; i++ {
		if p.toks[i].Kind != text.Punct {
			continue
		}
		f := p.fold(i)
		if (f != "―" && f != "—" && f != "–") || !p.closeQuote(i-1) || p.toks[i+1].Flags&text.Upper == 0 {
			continue
		}
		e := p.npRight(i+1, b)
		if e < 0 || e-(i+1) > 6 || !(e == b || p.toks[e].Kind == text.Punct || p.openQuote(e)) {
			continue
		}
		d := p.newDraft(draft{sent: si, cue: [2]int{i, i + 1}, class: claim.Speech, src: [2]int{i + 1, e}, post: true, attr: [2]int{i, e},
			how: howOther + 4})
		open := int(p.quoteStart(p.pair[i-1]))
		if open < i-maxContent {
			open = int(p.pair[i-1])
		}
		if p.setContent(d, open, i) {
			p.used[i] = true
			p.keep(d)
		}
	}
	// "In a CBS News poll released Sunday, C": a phrase of at most
	// maxDocPhrase tokens before its comma.
	if f := p.fold(a); f == "in" || f == "according" {
		for q := a + 1; q < b && q < a+maxDocPhrase; q++ {
			if !p.punct(q, ",") {
				continue
			}
			if !p.docPhrase(a+1, q) {
				break
			}
			d := p.newDraft(draft{sent: si, cue: [2]int{a, a + 1}, class: claim.Finding, src: [2]int{a + 1, q}, pre: true,
				how: howOther + 5})
			if p.setContent(d, q+1, b) {
				p.keep(d)
			}
			break
		}
	}
}

// docPhrase reports whether tokens [i, j) are a noun phrase about a poll,
// survey or study ("an ABC News/Washington Post Poll released Sunday").
func (p *parser) docPhrase(i, j int) bool {
	if !p.is(i, wDet) {
		return false
	}
	for q := i + 1; q < j; q++ {
		switch p.fold(q) {
		case "poll", "survey", "study", "report", "analysis", "polls", "surveys":
			return true // these, not every document noun of source.Noun, which read too much in PolNeAR dev
		}
	}
	return false
}

// allCaps reports whether tokens [i, j) are words in capitals, as
// transcripts name speakers ("TAPPER").
func (p *parser) allCaps(i, j int) bool {
	for q := i; q < j; q++ {
		t := &p.toks[q]
		if t.Kind != text.Word {
			return false
		}
		for k := t.Start; k < t.End; k++ {
			if c := p.text[k]; 'a' <= c && c <= 'z' {
				return false
			}
		}
	}
	return j > i
}

// maxDocPhrase is the longest phrase that names a document before the
// comma of "In a CBS News poll released Sunday, C", in tokens.
const maxDocPhrase = 14

// namesOnly reports whether tokens [i, b) are only a list of three names
// or more: capitalized words, commas, "and" and a final period. A
// headline's words are capitalized too, but seldom a list.
func (p *parser) namesOnly(i, b int) bool {
	commas := 0
	for k := i; k < b; k++ {
		switch t := &p.toks[k]; {
		case p.punct(k, ","):
			commas++
		case p.punct(k, ".") && k == b-1:
		case t.Kind == text.Word && (t.Flags&text.Upper != 0 || p.fold(k) == "and"):
		default:
			return false
		}
	}
	return commas >= 2
}
