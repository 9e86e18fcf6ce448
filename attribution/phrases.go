package attribution

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/hearsay-go/hearsay/internal/text"
	"github.com/hearsay-go/hearsay/source"
)

// Phrases: what a source phrase says, read once and cached: its record
// from source.Parse and the facts the registry refers back with.

// phraseCache maps source phrases to what resolve needs to know of them.
// It holds its own copies of the phrases, never the documents they came
// from, and starts afresh when it reaches its size. Reads take no lock.
type phraseCache struct {
	m atomic.Pointer[sync.Map]
	n atomic.Int64
}

const phraseCacheSize = 1 << 14

// maxCachedPhrase is the longest phrase the cache keeps, in bytes, so that
// it holds at most a few megabytes.
const maxCachedPhrase = 160

var parsed = func() *phraseCache {
	c := new(phraseCache)
	c.m.Store(new(sync.Map))
	return c
}()

// get returns the facts of phrase (see [phraseFacts]), from a cache that
// all extractors share: news repeats its source phrases ("people familiar
// with the matter", "officials said"), and parsing one costs more than
// looking it up. The result is shared: read it, never change it.
func (c *phraseCache) get(phrase string) *phraseFacts {
	if len(phrase) > maxCachedPhrase {
		return newPhraseFacts(phrase) // rare, and not worth keeping
	}
	m := c.m.Load()
	if v, ok := m.Load(phrase); ok {
		return v.(*phraseFacts)
	}
	own := strings.Clone(phrase) // the facts' strings point into this copy
	f := newPhraseFacts(own)
	m.Store(own, f)
	if c.n.Add(1) > phraseCacheSize {
		c.m.Store(new(sync.Map))
		c.n.Store(0)
	}
	return f
}

// phraseFacts is what resolve reads of a source phrase that depends on the
// phrase alone, worked out once for each phrase the cache keeps.
type phraseFacts struct {
	src source.Source // source.Parse(phrase)

	pronoun    bool // source.IsPronoun(phrase)
	pronounSex sex  // for a pronoun, the sex it tells: sexOfWord(phrase)
	recordSex  sex  // recordSex(&src)

	// theHead is the head of a phrase of two words that opens with "the"
	// and names no one ("the person", "the mayor"), which may refer back to
	// an anonymous source; "" for other phrases. generic is whether it is
	// one of genericHeads.
	theHead string
	// docHead is the head of a document's phrase of two or three words
	// that opens with "the": "report" for "The draft report".
	docHead string
	generic bool

	// title is, for a phrase that opens with "the" and names no one ("the
	// treasurer", "The chief medical officer"), its words after "the", in
	// lower case, which may refer back to a named person of that title.
	title []string

	// closeTo is where the X of "a person close to X" is in the phrase;
	// closeTo[1] is 0 when there is none.
	closeTo [2]int

	// group is the lower-cased group of "two of the people" ("people"),
	// for a phrase with a count; ofGroup is whether it has one.
	group   string
	ofGroup bool

	// ofThem is whether the phrase is a count "of them" ("One of them"),
	// and ordinal whether it is "a third", "a fourth": part of a group
	// named before.
	ofThem, ordinal bool
}

func newPhraseFacts(phrase string) *phraseFacts {
	f := &phraseFacts{src: source.Parse(phrase), pronoun: source.IsPronoun(phrase)}
	s := &f.src
	if f.pronoun {
		f.pronounSex = sexOfWord(phrase)
	}
	f.recordSex = recordSex(s)
	if len(phrase) > 4 && strings.EqualFold(phrase[:4], "the ") && s.Kind == source.Document && strings.Count(phrase, " ") <= 2 {
		f.docHead = phrase[strings.LastIndexByte(phrase, ' ')+1:]
	}
	if len(phrase) > 4 && strings.EqualFold(phrase[:4], "the ") && s.Kind != source.Named && strings.Count(phrase, " ") == 1 {
		f.theHead = phrase[4:]
		f.generic = genericHeads()[strings.ToLower(f.theHead)]
	}
	if len(phrase) > 4 && strings.EqualFold(phrase[:4], "the ") && s.Kind != source.Named && s.Basis == "" &&
		strings.Count(phrase, " ") <= maxTitleWords {
		for _, w := range strings.Fields(strings.ToLower(phrase[4:])) {
			if !text.Possessive(w) {
				f.title = append(f.title, w) // "the county's finance director": not "county's"
			}
		}
	}
	if rest, ok := strings.CutPrefix(s.Basis, "close to "); ok && s.CloseTo != nil {
		if i := strings.Index(phrase, rest); i >= 0 {
			f.closeTo = [2]int{i, i + len(rest)}
		}
	}
	if _, group, ok := strings.Cut(phrase, " of the "); ok && s.Count > 0 {
		// "Two of the people, who spoke on condition of anonymity": the
		// group's noun, not the clause after it.
		if w := strings.Fields(group); len(w) > 0 {
			group = strings.TrimRight(w[0], ",;:—")
		}
		f.group, f.ofGroup = strings.ToLower(group), true
	}
	low := strings.ToLower(phrase)
	f.ofThem = strings.HasSuffix(low, " of them") && s.Count > 0
	if a, w, ok := strings.Cut(low, " "); ok && (a == "a" || a == "an") && ordinals[w] {
		f.ordinal = true
	}
	return f
}
