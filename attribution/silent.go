package attribution

import (
	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/internal/text"
)

// silent is a source that did not answer a request for comment; at is the
// number of drafts before it, which orders it among the claims.
type silent struct {
	at      int
	mention hearsay.Span
}

// What may stand before a verb of answering in a non-response.
var negWords = map[string]bool{
	"not": true, "didn't": true, "did": true, "doesn't": true, "don't": true, "hasn't": true,
	"haven't": true, "hadn't": true, "couldn't": true, "could": true, "wouldn't": true,
	"won't": true, "never": true, "declined": true, "refused": true, "declines": true,
	"refuses": true, "to": true, "be": true, "been": true, "has": true, "have": true, "had": true,
	"would": true, "immediately": true, "also": true, "yet": true, "was": true, "were": true,
	"is": true, "are": true, "isn't": true, "wasn't": true, "weren't": true, "aren't": true,
	"cannot": true, "can't": true, "decline": true, "refuse": true, "repeatedly": true,
}

// nonResponse finds "X didn't immediately respond to a request for
// comment", "X declined to comment", "X could not be reached" in the
// sentence [a, b), one source for each coordinated subject.
func (p *parser) nonResponse(a, b int) {
	for i := a + 1; i < b; i++ {
		if p.class(i)&wAnswer == 0 || p.qin[i] >= 0 {
			continue
		}
		k := i
		neg := false
		for k > a && negWords[p.fold(k-1)] {
			switch p.fold(k - 1) {
			case "not", "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "couldn't",
				"wouldn't", "won't", "never", "declined", "refused", "declines", "refuses",
				"cannot", "can't", "isn't", "wasn't", "weren't", "aren't", "decline", "refuse":
				neg = true
			}
			k--
		}
		if !neg || k == i {
			continue
		}
		f := p.fold(i)
		if (f == "comment" || f == "commented") && p.fold(i-1) != "to" && p.fold(i-1) != "not" && p.fold(i-1) != "declined" {
			continue
		}
		if f == "available" && p.fold(i+1) != "for" {
			continue
		}
		ns := p.npLeft(k, a)
		if ns < 0 {
			continue
		}
		p.coordinated(ns, k)
		i = b
	}
}

// coordinated records one silent source for each part of the subject
// [s, e) joined by "and" or commas.
func (p *parser) coordinated(s, e int) {
	start := s
	for k := s; k <= e; k++ {
		if k < e && !(p.fold(k) == "and" || p.punct(k, ",")) {
			continue
		}
		if k < e && !(p.toks[k+1].Flags&text.Upper != 0 || p.is(k+1, wDet)) {
			continue
		}
		if k > start {
			p.silent = append(p.silent, silent{at: len(p.drafts), mention: p.span(start, k)})
		}
		start = k + 1
		if p.punct(k, ",") && p.fold(k+1) == "and" {
			start++
			k++
		}
	}
}
