package attribution

import (
	"cmp"
	"slices"
	"strings"

	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/internal/text"
	"github.com/hearsay-go/hearsay/source"
)

// An introduction is a person the text names after a noun for what they
// are, in a sentence that need not attribute anything: "actor Michael B.
// Jordan", "“Broad City” star Arturo Castro", "British diplomat Sir Peter
// Westmacott". News refers to the person again by the noun alone: "The
// star then used …", "The diplomat also mused …".
type introduction struct {
	head string // the noun, lower case: "star"
	name string // the name after it: "Sir Peter Westmacott"
	at   int    // where the name starts in the text
}

// introductions returns the document's introductions, in text order,
// read from its tokens the first time they are asked for.
func (r *registry) introductions(text string) []introduction {
	if r.introRead {
		return r.intro
	}
	r.introRead = true
	r.intro = appendIntroductions(r.intro[:0], text, r.toks, r.introAt)
	r.introHeads = 0
	for _, in := range r.intro {
		r.introHeads |= headBit(in.head)
	}
	return r.intro
}

// headBit is the bit of r.introHeads that the noun w sets: a filter, which
// tells at once of most nouns that no one is introduced by them.
func headBit(w string) uint64 {
	h := uint64(len(w))
	for i := 0; i < len(w); i++ {
		h = h*31 + uint64(w[i])
	}
	return 1 << (h & 63)
}

// introCandidate reports whether token k of toks may open the name of
// an introduction: a capitalized word after a space, after a word in lower
// case of three or more bytes. The parser asks it of each word as it
// indexes the text, and keeps the tokens that are (registry.introAt).
func introCandidate(toks []text.Token, k int) bool {
	const upperAfterSpace = text.Upper | text.Space
	if k < 1 || toks[k].Flags&upperAfterSpace != upperAfterSpace || toks[k].Kind != text.Word {
		return false
	}
	p := &toks[k-1]
	return p.Kind == text.Word && p.Flags&text.Upper == 0 && p.End-p.Start >= 3
}

// appendIntroductions appends to dst the introductions of s, whose tokens
// are toks, at the tokens at that introCandidate found: a word of
// lower-case letters followed by a name of two or more capitalized words
// (an initial such as "B." among them), which punctuation or a word in
// lower case ends.
func appendIntroductions(dst []introduction, s string, toks []text.Token, at []int32) []introduction {
	next := 0 // the first token a name may open at: past the last name
	for _, k32 := range at {
		k := int(k32)
		if k < next {
			continue
		}
		t, p := &toks[k], &toks[k-1]
		prev := s[p.Start:p.End]
		if !lowerWord(prev) || joiner(prev) {
			continue
		}
		// The name: capitalized words, each after a space (not a line
		// break), or an initial's period.
		end, n := k, 0
		for end < len(toks) && toks[end].Kind == text.Word && toks[end].Is(text.Upper) && (end == k || s[toks[end].Start-1] == ' ') {
			n++
			end++
			if end < len(toks) && toks[end].Kind == text.Punct && toks[end].Flags&text.Space == 0 && toks[end-1].End-toks[end-1].Start == 1 && s[toks[end].Start] == '.' {
				end++ // "B." of "Michael B. Jordan"
			}
		}
		next = end
		if n < 2 {
			continue
		}
		// "candidate Donald Trump's rival": Donald Trump.
		dst = append(dst, introduction{head: prev, name: text.Unpossessed(s[t.Start:toks[end-1].End]), at: int(t.Start)})
	}
	return dst
}

// lowerWord reports whether w is a word of three or more lower-case
// letters (a hyphen inside allowed).
func lowerWord(w string) bool {
	if len(w) < 3 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if c := w[k]; !(c >= 'a' && c <= 'z' || c == '-' && k > 0) {
			return false
		}
	}
	return true
}

// joiner reports whether w joins a phrase: it is no noun for what a
// person is.
func joiner(w string) bool {
	switch w {
	case "and", "but", "nor", "the", "with", "for", "than", "from", "said", "says", "told", "that":
		return true
	}
	return false
}

// introduced returns the person that a phrase opening with "the" and
// naming no one ("The star", "the diplomat") refers to by the noun of an
// introduction ("star Arturo Castro"): the person introduced last before
// m by that noun, where no source of the registry that the phrase could
// also refer to (an anonymous source of that head, a named person of that
// title) was mentioned after the introduction. It returns the source's
// index where the person is one already, or -1 and the name as a source
// phrase reads it; or -1 and nil for no one.
func (r *registry) introduced(text string, f *phraseFacts, m hearsay.Span) (int, *phraseFacts) {
	if f.src.Entity != source.Person || len(f.title) == 0 || f.generic {
		return -1, nil
	}
	head := f.title[len(f.title)-1]
	intro := r.introductions(text)
	if r.introHeads&headBit(head) == 0 || roleNouns[head] {
		// No one is introduced by that noun; "the nominee" is the person
		// the news is about (see referBack).
		return -1, nil
	}
	// The person introduced last before the phrase by its noun. A person
	// introduced after that one, by another noun, is the likelier
	// referent ("anchor Ilia Calderón" … "The Afro-Colombian journalist"),
	// unless the text names the first again from that sentence on
	// ("Schoen told host Sean Hannity …" … "The former pollster said").
	var in, last *introduction
	before := func(x introduction, at int) int { return cmp.Compare(x.at, at) }
	n, _ := slices.BinarySearchFunc(intro, m.Start, before)
	if n == 0 {
		return -1, nil
	}
	last = &intro[n-1]
	for k := n - 1; k >= 0 && k >= n-lookBack; k-- {
		if intro[k].head == head {
			in = &intro[k]
			break
		}
	}
	if in == nil {
		return -1, nil
	}
	if last != in && lastName(last.name) != lastName(in.name) &&
		!containsWord(text[r.sentenceStart(last.at):m.Start], lastName(in.name)) {
		return -1, nil
	}
	for _, i := range [2]int{r.titled(f.title), r.antecedent(source.Person, true)} {
		if i < 0 {
			continue
		}
		if s := r.srcs[i]; (s.Kind == source.Named || r.headIs(i, head)) && lastMention(s) > in.at {
			return -1, nil // that source, mentioned since, is the likelier
		}
	}
	named := parsed.get(in.name) // "Dr. Jill Stein" is Jill Stein, titled Dr.
	if named.src.Kind != source.Named || named.src.Entity != source.Person {
		return -1, nil
	}
	name := named.src.Name
	i := r.lookup(source.Person, lastName(name))
	if i >= 0 && !sameName(r.srcs[i].Name, name) {
		i = -1
	}
	// Another person who has spoken since the introduction, where the
	// person introduced has not, is the likelier: "Tapper said …" … "the
	// CNN host" after "host Larry O’Connor".
	if i < 0 || lastMention(r.srcs[i]) < in.at {
		if o := r.lastNamedPerson(); o >= 0 && o != i && lastMention(r.srcs[o]) > in.at {
			return -1, nil
		}
	}
	return i, named
}

// sentenceStart returns where the document's sentence holding byte at
// starts.
func (r *registry) sentenceStart(at int) int {
	k, found := slices.BinarySearchFunc(r.sents, at, func(x hearsay.Span, at int) int { return cmp.Compare(x.Start, at) })
	if !found {
		k--
	}
	if k < 0 {
		return 0
	}
	return min(r.sents[k].Start, at)
}

// lastMention returns where s was mentioned last, or -1.
func lastMention(s *source.Source) int {
	if n := len(s.Mentions); n > 0 {
		return s.Mentions[n-1].Start
	}
	return -1
}

// containsWord reports whether s has w as a word of its own.
func containsWord(s, w string) bool {
	for off := 0; ; {
		k := strings.Index(s[off:], w)
		if k < 0 {
			return false
		}
		k += off
		if (k == 0 || !isLetter(s[k-1])) && (k+len(w) == len(s) || !isLetter(s[k+len(w)])) {
			return true
		}
		off = k + 1
	}
}
