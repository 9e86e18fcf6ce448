package attribution

import (
	"strings"

	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/internal/text"
	"github.com/hearsay-go/hearsay/source"
)

// Bodies and documents: how a body is named again (by its initials, by
// the last word of its name: "the federation"), the body a source belongs
// to, and a document referred back to by its head ("The memo says").

// bare returns name without an opening article: "Valley Fruit Exchange"
// for "The Valley Fruit Exchange".
func bare(name string) string {
	for _, a := range [...]string{"The ", "the "} {
		if rest, ok := strings.CutPrefix(name, a); ok {
			return rest
		}
	}
	return name
}

// bodyTail returns the body named before whose name ends as name does
// in two words or more, the words before them the same, one's the
// initials of the other's, or none: "the Daily News" and "the New York
// Daily News" are "NY Daily News". Of several, the one mentioned last;
// or -1.
func (r *registry) bodyTail(name string) int {
	p, tail := splitTail(bare(name))
	if tail == "" {
		return -1
	}
	for i := len(r.srcs) - 1; i >= 0 && i >= len(r.srcs)-lookBack; i-- {
		o := r.srcs[i]
		if o.Kind != source.Named || o.Entity != source.Organization {
			continue
		}
		q, t := splitTail(bare(o.Name))
		if t != tail {
			continue
		}
		if p == "" || q == "" || p == q || p == initials(q) || q == initials(p) {
			return i
		}
	}
	return -1
}

// splitTail splits name before its last two words: "New York", "Daily
// News"; or "", "" for a name of one word.
func splitTail(name string) (head, tail string) {
	name = strings.TrimSpace(name)
	k := strings.LastIndexByte(name, ' ')
	if k < 0 {
		return "", ""
	}
	k2 := strings.LastIndexByte(name[:k], ' ')
	if k2 < 0 {
		return "", name
	}
	return strings.TrimSpace(name[:k2]), name[k2+1:]
}

// possessiveOpens reports whether a description opens with a possessive
// pronoun: "his campaign", "Their lawyers".
func possessiveOpens(d string) bool {
	first, _, _ := strings.Cut(d, " ")
	for _, p := range [...]string{"his", "her", "their", "its"} {
		if strings.EqualFold(first, p) {
			return true
		}
	}
	return false
}

// initials returns the capital initials of name's words, past its
// article, or "" if a word is not capitalized but for "of", "and", "for"
// and "the": "CSDH" for "The Calder State Department of Health".
func initials(name string) string {
	var b strings.Builder
	for w := range strings.FieldsSeq(bare(name)) {
		if joins[w] || w == "the" {
			continue
		}
		if w[0] < 'A' || w[0] > 'Z' {
			return ""
		}
		b.WriteByte(w[0])
	}
	return b.String()
}

// bodyOf returns the body that a word modifying an anonymous source's
// head names, as it was named before: "transit agency" for "Two agency
// employees" after "The city's transit agency", "Continental Athletics
// Federation" for "Two federation officials"; or "".
func (r *registry) bodyOf(desc string) string {
	prev := ""
	for w := range strings.FieldsSeq(desc) {
		if prev != "" && prev[0] >= 'a' && prev[0] <= 'z' && source.Noun(prev) == source.Organization {
			if e := source.Noun(w); e == source.Person || e == source.Group {
				i := r.bodyNamed(prev, true)
				switch {
				case i < 0:
					return ""
				case r.srcs[i].Name != "":
					return bare(r.srcs[i].Name)
				}
				return unpossessed(r.srcs[i].Descriptor)
			}
		}
		prev = w
	}
	return ""
}

// unpossessed returns a body's descriptor without its article and
// possessor: "transit agency" for "The city's transit agency".
func unpossessed(desc string) string {
	d := bare(desc)
	for s := d; s != ""; {
		w, after, _ := strings.Cut(s, " ")
		if text.Possessive(w) {
			d = after
		}
		s = after
	}
	return d
}

// demonymWindow is how far from a source's mention, in bytes, the name of
// a country its descriptor's demonym stands for is looked for.
const demonymWindow = 2000

// demonymCountry returns the country that a capitalized word in -an of an
// anonymous source's descriptor stands for, when the text names it near
// the mention: "Halvaria" for "four Halvarian officials" in a story that
// speaks of Halvaria; or "". (Parse knows the demonyms of real countries;
// this reads those of any.)
func demonymCountry(text string, m hearsay.Span, desc string) string {
	for w := range strings.FieldsSeq(desc) {
		if len(w) < 5 || w[0] < 'A' || w[0] > 'Z' || !strings.HasSuffix(w, "an") {
			continue
		}
		c := w[:len(w)-1] // "Halvarian" → "Halvaria", "Kestrian" → "Kestria"
		lo, hi := max(0, m.Start-demonymWindow), min(len(text), m.End+demonymWindow)
		for at := lo; at < hi; {
			i := strings.Index(text[at:hi], c)
			if i < 0 {
				break
			}
			at += i + len(c)
			if at >= len(text) || !isLetter(text[at]) {
				return c
			}
		}
	}
	return ""
}

// isLetter reports whether the byte b is an ASCII letter.
func isLetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// bodyNamed returns the last of the recent named bodies whose name ends in
// the word head, in any case ("Federation" for "the federation"), or, if
// described, that a common noun of that head describes ("The city's
// transit agency" for "agency"); or -1.
func (r *registry) bodyNamed(head string, described bool) int {
	for i := len(r.srcs) - 1; i >= 0 && i >= len(r.srcs)-lookBack; i-- {
		s := r.srcs[i]
		if s.Kind != source.Named || s.Entity != source.Organization {
			continue
		}
		if s.Name != "" && strings.EqualFold(lastName(s.Name), head) ||
			described && s.Name == "" && strings.EqualFold(headOf(s.Descriptor), head) {
			return i
		}
	}
	return -1
}

// docWords is how many words of a document's descriptor may hold its
// head: "an internal memo", "a draft lease agreement".
const docWords = 4

// opensOn reports whether one of the first words of desc is head, in any
// case: "a memo circulated to staff" opens on "memo".
func opensOn(desc, head string) bool {
	k := 0
	for w := range strings.FieldsSeq(desc) {
		if strings.EqualFold(strings.Trim(w, ","), head) {
			return true
		}
		if k++; k == docWords {
			break
		}
	}
	return false
}
