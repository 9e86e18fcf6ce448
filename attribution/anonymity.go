package attribution

import (
	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/internal/text"
	"github.com/hearsay-go/hearsay/source"
)

// A reporter gives the reason a source is not named in many ways and in
// many places: "on condition of anonymity to discuss private talks", "on
// condition that they not be identified, citing the sensitivity of the
// talks", "asking not to be identified because they were not authorized
// to speak publicly", "requested anonymity"; right after the cue ("…, two
// of the people said, speaking on condition of anonymity"), between the
// source and its cue ("Two of the officials, speaking on condition of
// anonymity because …, said"), or in a sentence of its own ("They spoke on
// condition of anonymity because …", "They were not authorized to speak
// publicly about the results."). This file reads the reason wherever it
// stands; source.Parse reads it inside a source's own phrase ("officials
// who requested anonymity because …").

// reasonAt returns the end of a stated reason for anonymity that opens
// at token i, within the sentence's tokens [i, b), or -1:
//   - "on condition of anonymity", "on condition that they not be named",
//     "on the condition that …";
//   - "not to be named", "not to be identified", "not to be quoted";
//   - "not authorized to …", "not permitted to …", "not allowed to …";
//   - "requested anonymity", "asking for anonymity", "insisted on
//     anonymity", "granted anonymity", "asked to remain anonymous".
//
// Its words are in the anon class of words.txt, which tells a sentence
// that may hold one (TestAnonymityWords); source.Parse reads the same
// reasons inside a source's phrase by the anon markers of its bases.txt.
//
// The reason runs on through what gives its cause ("because …", "to
// discuss …", ", citing …") to the end of its clause.
func (p *parser) reasonAt(i, b int) int {
	k := -1
	switch f := p.fold(i); f {
	case "on":
		j := i + 1
		if p.fold(j) == "the" {
			j++
		}
		if p.fold(j) == "condition" && (p.fold(j+1) == "that" || p.fold(j+1) == "of" && p.fold(j+2) == "anonymity") {
			k = j + 2
		}
	case "not":
		switch {
		case p.fold(i+1) == "to" && p.fold(i+2) == "be" && withheld[p.fold(i+3)]:
			k = i + 4
		case allowedTo[p.fold(i+1)] && p.fold(i+2) == "to":
			k = i + 3
		}
	default:
		if askedFor[f] {
			j := i + 1
			if p.fold(j) == "for" || p.fold(j) == "on" {
				j++
			}
			switch {
			case p.fold(j) == "anonymity":
				k = j + 1
			case p.fold(j) == "to" && p.fold(j+1) == "remain" && unnamed[p.fold(j+2)]:
				k = j + 3 // "asked to remain anonymous"
			}
		}
	}
	if k < 0 || k > b {
		return -1
	}
	return p.reasonEnd(k, b)
}

// allowedTo are the participles of "not authorized to speak".
var allowedTo = map[string]bool{"authorized": true, "authorised": true, "permitted": true, "allowed": true, "cleared": true}

// askedFor are the verbs of "requested anonymity", "asked for
// anonymity", "granted anonymity".
var askedFor = map[string]bool{
	"requested": true, "requesting": true, "request": true, "asked": true, "asking": true,
	"sought": true, "seeking": true, "granted": true, "given": true, "demanded": true,
	"insisted": true, "insisting": true,
}

// unnamed are the words of "asked to remain anonymous".
var unnamed = map[string]bool{"anonymous": true, "unnamed": true, "unidentified": true, "nameless": true}

// reasonEnd returns where a reason for anonymity whose words go on from
// token k ends: at the end of its clause, which a comma ends unless a
// cause follows it ("…, citing the sensitivity of the talks").
func (p *parser) reasonEnd(k, b int) int {
	for ; k < b; k++ {
		t := &p.toks[k]
		if t.Kind == text.Quote {
			return k
		}
		if t.Kind != text.Punct {
			continue
		}
		if !p.punct(k, ",") || !reasonCause[p.fold(k+1)] {
			return k
		}
	}
	return b
}

// reasonCause are the words after a comma that go on with a reason for
// anonymity: "…, citing the sensitivity of the talks", "…, because …".
var reasonCause = map[string]bool{"citing": true, "because": true, "since": true, "given": true}

// reasonAfter returns the span of tokens [s, e) of a reason for anonymity
// that follows the comma at token q, with or without a participle before
// it ("…, speaking on condition of anonymity", "…, asking not to be
// identified", "…, who spoke on condition that …"), within [q, b); or
// s = -1.
func (p *parser) reasonAfter(q, b int) (s, e int) {
	s = q + 1
	if p.who(s) {
		s++
	}
	if e := p.reasonAt(s, b); e > s {
		return s, e
	}
	if reasonLead[p.fold(s)] {
		s++
		if e := p.reasonAt(s, b); e > s {
			return s, e
		}
	}
	return -1, -1
}

// reasonLead are the verbs that lead into a reason for anonymity: "speaking
// on condition of anonymity", "asking not to be named", "who spoke on
// condition …", "who were not authorized to …".
var reasonLead = map[string]bool{
	"speaking": true, "talking": true, "spoke": true, "talked": true, "asking": true, "asked": true,
	"were": true, "are": true, "was": true, "is": true,
}

// reason is a stated reason for anonymity in a sentence of its own: the
// phrase that refers to its source, the reason's words, and the number of
// drafts before it, which orders it among the claims.
type reason struct {
	at      int
	mention hearsay.Span
	because hearsay.Span
}

// maxReasonSubject is the longest subject of a sentence that gives a
// reason for anonymity, in tokens: "The two officials".
const maxReasonSubject = 5

// reasonSentence reads a sentence [a, b) that gives the reason for the
// anonymity of a source named before it: "They spoke on condition of
// anonymity because …", "The diplomats spoke on condition that they not be
// identified, citing …", "They were not authorized to speak publicly
// about the results.", "Both requested anonymity." It records the reason
// for the source its subject refers to, and marks the sentence's words up
// to the reason's end used, so that no cue inside it ("citing") is read as
// one.
func (p *parser) reasonSentence(a, b int) {
	if !p.is(a, wPron|wDet) && p.fold(a) != "both" && p.fold(a) != "all" {
		return
	}
	for v := a + 1; v < b && v <= a+maxReasonSubject; v++ {
		if _, verb := p.verbAt(v - 1); verb || p.toks[v].Kind != text.Word {
			return // "An aide said reporters were not authorized to …": a claim
		}
		s := v
		e := p.reasonAt(s, b)
		if e < 0 && reasonLead[p.fold(v)] {
			s++
			e = p.reasonAt(s, b)
		}
		if e < 0 {
			continue
		}
		p.reasons = append(p.reasons, reason{at: len(p.drafts), mention: p.span(a, v), because: p.span(s, e)})
		for k := a; k < e; k++ {
			p.used[k] = true
		}
		return
	}
}

// giveReason records the reason r for the anonymity of the source its
// subject refers back to ("They", "The diplomats"), if there is one, it
// is anonymous and has none yet. A subject that refers to no source
// names none: no source is made of it.
func (p *parser) giveReason(r reason) {
	f := parsed.get(r.mention.Text(p.text))
	var s *source.Source
	if f.pronoun {
		if i := p.reg.pronounAntecedent(f.src.Entity, f.pronounSex); i >= 0 {
			s = p.reg.srcs[i]
		}
	} else {
		s = p.reg.referBack(f)
	}
	if s == nil || s.Kind != source.Anonymous || s.Anonymity != "" {
		return
	}
	p.reg.mention(s, r.mention)
	s.Anonymity = r.because.Text(p.text)
}

// anonymityOf returns the stated reason for the anonymity of d's source
// in its sentence, outside its content and its source's phrase and before
// another claim's cue: "…, two of the people said, speaking on condition of
// anonymity"; "Two of the officials, speaking on condition of anonymity …,
// said"; or "".
func (p *parser) anonymityOf(i int) string {
	d := p.drafts[i]
	b := p.sents[d.sent][1]
	from := d.cue[1]
	if d.src[1] > 0 {
		from = min(from, d.src[1])
	}
	for j := i + 1; j < len(p.drafts) && p.drafts[j].sent == d.sent; j++ {
		if c := p.drafts[j].cue[0]; c > from {
			b = min(b, c) // another claim's cue
		}
	}
	for k := from; k < b; k++ {
		if t := int(p.toks[k].Start); t >= d.content.Start && t < d.content.End {
			continue
		}
		if e := p.reasonAt(k, b); e > k {
			return p.span(k, e).Text(p.text)
		}
	}
	return ""
}

// anonAside returns where the subject before a cue ends when a reason for
// anonymity set off by commas stands between them: "Two of the officials,
// speaking on condition of anonymity because the decision had not been
// announced, said": the first of those commas; or k.
func (p *parser) anonAside(k, a int) int {
	if k-1 <= a || !p.punct(k-1, ",") {
		return k
	}
	for q := k - 2; q > a && q >= k-maxRelativeToEnd; q-- {
		if p.toks[q].Kind == text.Quote {
			return k
		}
		if p.punct(q, ",") && !p.who(q+1) { // "…, who spoke on condition …," is the subject's
			if s, e := p.reasonAfter(q, k-1); s >= 0 && e == k-1 {
				return q
			}
		}
	}
	return k
}

// markReasons marks used the words of every reason for anonymity after a
// comma in the sentence [a, b), with the participle that leads into it,
// so that no verb in it is read as a cue: "…, asking not to be identified
// because they were not authorized to speak publicly". A relative clause
// before a cue ("…, who asked not to be named, said") is left to the
// subject it is a part of; one that ends the sentence ("said two members
// of the commission, who spoke on condition that they not be identified
// because the commission had not announced it") is marked too.
func (p *parser) markReasons(a, b int) {
	for q := a; q < b; q++ {
		if !p.punct(q, ",") {
			continue
		}
		if s, e := p.reasonAfter(q, b); s >= 0 && (!p.who(q+1) || e >= b-1) {
			for k := q + 1; k < e; k++ {
				p.used[k] = true
			}
			q = e - 1
		}
	}
}
