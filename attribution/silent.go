package attribution

import (
	"strings"

	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/internal/text"
)

// silent is a source that did not answer a request for comment; at is the
// number of drafts before it, which orders it among the claims. item
// counts the items of a coordinated subject before this one, and last
// marks the subject's last item.
type silent struct {
	at      int
	mention hearsay.Span
	item    int
	last    bool
}

// What may stand before a verb of answering in a non-response: negators
// (which make it one), and the auxiliaries and adverbs around them.
const (
	beforeAnswer = 1 + iota
	negator
)

var answerContext = map[string]uint8{
	"not": negator, "didn't": negator, "doesn't": negator, "don't": negator, "hasn't": negator,
	"haven't": negator, "hadn't": negator, "couldn't": negator, "wouldn't": negator,
	"won't": negator, "never": negator, "declined": negator, "refused": negator,
	"declines": negator, "refuses": negator, "cannot": negator, "can't": negator,
	"isn't": negator, "wasn't": negator, "weren't": negator, "aren't": negator,
	"decline": negator, "refuse": negator, "declining": negator, "refusing": negator,
	"did": beforeAnswer, "could": beforeAnswer, "to": beforeAnswer, "be": beforeAnswer,
	"been": beforeAnswer, "has": beforeAnswer, "have": beforeAnswer, "had": beforeAnswer,
	"would": beforeAnswer, "immediately": beforeAnswer, "also": beforeAnswer, "yet": beforeAnswer,
	"was": beforeAnswer, "were": beforeAnswer, "is": beforeAnswer, "are": beforeAnswer,
	"repeatedly": beforeAnswer,
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
		for k > a && answerContext[p.fold(k-1)] != 0 {
			neg = neg || answerContext[p.fold(k-1)] == negator
			k--
		}
		f := p.fold(i)
		if (f == "return" || f == "returned" || f == "returns") && !p.messageAfter(i) {
			continue // "did not return to the office": no answer was asked for
		}
		if !neg && (k < i || f != "comment") {
			// "Neither Bell nor Ortiz responded", "Neither the woman nor
			// her attorney could be reached": the subject denies the
			// answer, for each of its items.
			if ns := p.neitherLeft(k, a); ns >= 0 {
				p.coordinated(ns, k)
				i = b
			}
			continue
		}
		if !neg || k == i {
			continue
		}
		if (f == "comment" || f == "commented") && p.fold(i-1) != "to" && p.fold(i-1) != "not" && p.fold(i-1) != "declined" {
			continue
		}
		if f == "available" && p.fold(i+1) != "for" {
			continue
		}
		ns := p.npLeft(k, a)
		if ns < 0 {
			if f := p.fold(k); (f == "declining" || f == "refusing") && k > a+1 && p.punct(k-1, ",") {
				// "Smith left the room, declining to comment": the
				// subject of the clause the gerund follows.
				if s, e := p.mainSubject(a, k-1); s >= 0 {
					p.coordinated(s, e)
					i = b
				}
			}
			continue
		}
		ns = p.listLeft(ns, k, a)
		p.coordinated(ns, k)
		i = b
	}
}

// messageAfter reports whether a message one answers follows the verb at
// i within a few words: "return calls", "returned a message seeking
// comment".
func (p *parser) messageAfter(i int) bool {
	for k := i + 1; k < len(p.toks) && k <= i+4; k++ {
		if p.boundary(k) {
			return false
		}
		if p.is(k, wMessage) {
			return true
		}
	}
	return false
}

// neitherLeft returns the start of the subject "X nor Y" of "Neither X
// nor Y responded", which ends at e, past its "neither"; or -1. Each item
// opens with a capital or a determiner, and the subject is a few words
// long, with no boundary of a clause in it.
func (p *parser) neitherLeft(e, a int) int {
	nor := false
	for k := e - 1; k >= a && k >= e-maxNeither; k-- {
		if p.boundary(k) || p.qin[k] >= 0 {
			return -1
		}
		switch p.fold(k) {
		case "nor":
			if !(p.toks[k+1].Flags&text.Upper != 0 || p.is(k+1, wDet)) {
				return -1
			}
			nor = true
		case "neither":
			if !nor || k+1 >= e || !(p.toks[k+1].Flags&text.Upper != 0 || p.is(k+1, wDet)) {
				return -1
			}
			return k + 1
		}
	}
	return -1
}

// maxNeither is how many words a subject "neither X nor Y" may hold.
const maxNeither = 16

// coordinated records one silent source for each part of the subject
// [s, e) joined by "and", "nor" or commas.
func (p *parser) coordinated(s, e int) {
	start, item := s, 0
	for k := s; k <= e; k++ {
		if k < e && !(p.fold(k) == "and" || p.fold(k) == "nor" || p.punct(k, ",")) {
			continue
		}
		if k < e && !(p.toks[k+1].Flags&text.Upper != 0 || p.is(k+1, wDet)) {
			continue
		}
		if k > start {
			p.silent = append(p.silent, silent{at: len(p.drafts), mention: p.span(start, k), item: item, last: k == e})
			item++
		}
		start = k + 1
		if p.punct(k, ",") && p.fold(k+1) == "and" {
			start++
			k++
		}
	}
}

// listLeft returns the start of a list whose last items are the subject
// [s, e) that npLeft found, which stops at a comma: "The White House, the
// State Department and the Pentagon declined to comment". Each earlier
// item opens with a capital or a determiner, is at most a few words long
// and starts the sentence [a, …) or follows another comma; a subject
// without "and" is no list.
func (p *parser) listLeft(s, e, a int) int {
	and := false
	for k := s; k < e; k++ {
		and = and || p.fold(k) == "and"
	}
	for and && s-2 >= a && p.punct(s-1, ",") {
		i := s - 2
		for i > a && s-1-i < 6 && !p.boundary(i-1) {
			i--
		}
		if i > a && !p.punct(i-1, ",") || p.boundary(i) || !p.goodNP(i, s-1) ||
			p.toks[i].Flags&text.Upper == 0 && !p.is(i, wDet) || p.is(i, wPrep|wStop|wSub|wAux|wTime) ||
			s-1-i == 1 && strings.HasSuffix(p.fold(i), "ly") { // "Separately, …"
			break
		}
		s = i
	}
	return s
}
