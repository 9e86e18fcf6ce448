package attribution

import (
	_ "embed"
	"fmt"
	"math/bits"
	"strconv"
	"strings"
	"sync"

	"github.com/hearsay-go/hearsay/internal/lexicon"
)

// Word classes, as bits, from words.txt; the last four are what the cue
// lexicon and the lists of words.txt say beside them.
const (
	wAux lexicon.WordClass = 1 << iota
	wBe
	wDet
	wPron
	wStop
	wSub
	wTime
	wAdj
	wHearer
	wNotCue
	wCount
	wLabel
	wAnswer
	wAnon
	wPrep
	wInf
	wRaise
	wAspect
	wEvent
	wSeem
	wDiscourse // a sentence adverb set off by a comma: "However, …"
	wDay       // a day named without a date: "Tuesday", "yesterday"
	wDayPart   // a part of a day: "morning", "night"
	wVerb      // a form of a reporting verb
	wPhrase    // the first word of a multiword cue
	wPast      // a verb in the past that does not end in -ed ("past" in words.txt), which ends a subject
	wLead      // a word that may lead an adjunct: "just", "hours"
	wMessage   // a message one returns in answer: "calls", "a request"
	wFigure    // a noun of a figure given: "the cost", "the toll"
	wEcho      // a pronoun that stands for a quotation as a cue's object: "said it", "said so"
)

var classBits = map[string]lexicon.WordClass{
	"aux": wAux, "be": wBe, "det": wDet, "pron": wPron, "stop": wStop, "sub": wSub,
	"time": wTime, "adj": wAdj, "hearer": wHearer, "notcue": wNotCue, "count": wCount, "label": wLabel, "answer": wAnswer, "anon": wAnon, "prep": wPrep, "inf": wInf,
	"raise": wRaise, "aspect": wAspect, "event": wEvent, "seem": wSeem, "discourse": wDiscourse,
	"day": wDay, "daypart": wDayPart, "message": wMessage, "figure": wFigure, "echo": wEcho,
}

// entry is what the lexicons say of one folded word: its word classes,
// its reading as a reporting verb, and its multiword cues.
type entry struct {
	class   lexicon.WordClass
	isVerb  bool
	past    bool // in the "past" list of words.txt
	lead    bool // in the "lead" list of words.txt
	verb    lexicon.Verb
	phrases []lexicon.Phrase
	// tails holds, for each phrase, the entries of its words after the
	// first, so that a phrase is matched by comparing the tokens' entries
	// rather than their folded forms; nil for a phrase with a word that
	// might be a token other than a word.
	tails [][]uint16
}

// joined is the lexicons joined into one open-addressing hash table of
// folded words, built once. A word of at most eight bytes, as most are, is
// hashed and compared as one integer: a lookup costs a few loads and usually
// one probe, with no string comparison.
type joined struct {
	mask  uint32
	slots []slot
	keys  []string // the keys longer than eight bytes, by slot
	max   int      // the longest key, in bytes
	list  []*entry // list[0] is nil: no entry
	// bits holds, densely by index, an entry's word classes, with whether
	// it is a verb or starts a phrase, so that the rules rarely follow a
	// pointer to the entry itself.
	bits []lexicon.WordClass
	// and and but are the entries of "and" and "but", which the rules
	// look for in every content.
	and, but, that uint16
}

// slot is one place in the table: a key's bytes packed into word (when it
// has at most eight), its length (0 for an empty slot), and its entry.
type slot struct {
	word uint64
	n    uint16
	val  uint16
}

// pack returns the bytes of w, of one to eight bytes, as the digits of a
// little-endian integer, in two or three loads that may overlap.
func pack(w string) uint64 {
	n := len(w)
	if n >= 4 {
		return uint64(le32(w)) | uint64(le32(w[n-4:]))<<(8*(n-4))
	}
	return uint64(w[0]) | uint64(w[n/2])<<(8*(n/2)) | uint64(w[n-1])<<(8*(n-1))
}

// hashWord hashes a folded word: packed, when it is short, or by its
// first and last eight bytes. A collision costs only a comparison.
func hashWord(w string) (uint32, uint64) {
	n := len(w)
	var x uint64
	if n <= 8 {
		x = pack(w)
	} else {
		x = le64(w) ^ bits.RotateLeft64(le64(w[n-8:]), 31)
	}
	h := (x ^ uint64(n)<<58) * 0x9e3779b97f4a7c15
	return uint32(h >> 32), x
}

func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// lookup returns the index in j.list of the entry of the folded word w,
// or 0. An index, unlike a pointer, costs the garbage collector nothing
// in the per-token arrays that hold it. It is hashWord and pack written
// out, as the compiler would not inline them: it runs once for every word
// of a text.
func (j *joined) lookup(w string) uint16 {
	n := len(w)
	if n == 0 || n > j.max {
		return 0
	}
	var x uint64
	switch {
	case n > 8:
		for i := j.hash(w) & j.mask; ; i = (i + 1) & j.mask {
			if s := &j.slots[i]; int(s.n) == n && j.keys[i] == w {
				return s.val
			} else if s.n == 0 {
				return 0
			}
		}
	case n >= 4:
		_ = w[3]
		lo := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24
		v := w[n-4:]
		_ = v[3]
		hi := uint64(v[0]) | uint64(v[1])<<8 | uint64(v[2])<<16 | uint64(v[3])<<24
		x = lo | hi<<(8*(n-4))
	default:
		x = uint64(w[0]) | uint64(w[n/2])<<(8*(n/2)) | uint64(w[n-1])<<(8*(n-1))
	}
	h := uint32((x ^ uint64(n)<<58) * 0x9e3779b97f4a7c15 >> 32)
	for i := h & j.mask; ; i = (i + 1) & j.mask {
		s := &j.slots[i]
		if int(s.n) == n && s.word == x {
			return s.val
		}
		if s.n == 0 {
			return 0
		}
	}
}

// hash returns hashWord(w), for a word longer than eight bytes.
func (j *joined) hash(w string) uint32 {
	h, _ := hashWord(w)
	return h
}

func newJoined(m map[string]*entry) *joined {
	n := uint32(1)
	for n < uint32(4*len(m)) {
		n <<= 1
	}
	j := &joined{mask: n - 1, slots: make([]slot, n), keys: make([]string, n), list: []*entry{nil}}
	for w, e := range m {
		if w == "" {
			continue
		}
		if len(w) > 1<<15 {
			panic("attribution: lexicon word too long")
		}
		h, x := hashWord(w)
		i := h & j.mask
		for j.slots[i].n != 0 {
			i = (i + 1) & j.mask
		}
		j.list = append(j.list, e)
		j.slots[i] = slot{word: x, n: uint16(len(w)), val: uint16(len(j.list) - 1)}
		if len(w) > 8 {
			j.keys[i] = w
		}
		j.max = max(j.max, len(w))
	}
	if len(j.list) > 1<<16 {
		panic("attribution: lexicon too large for 16-bit indexes")
	}
	for w, e := range m { // lookup hashes as hashWord does
		if w != "" && j.list[j.lookup(w)] != e {
			panic("attribution: lookup does not find " + strconv.Quote(w))
		}
	}
	j.bits = make([]lexicon.WordClass, len(j.list))
	for i, e := range j.list[1:] {
		b := e.class
		if e.isVerb {
			b |= wVerb
		}
		if e.phrases != nil {
			b |= wPhrase
		}
		if e.past {
			b |= wPast
		}
		if e.lead {
			b |= wLead
		}
		j.bits[i+1] = b
	}
	return j
}

// entries is the default joined lexicon, built on first use and shared
// read-only.
var entries = sync.OnceValue(func() *joined { return newEntries(lexicon.Default()) })

// newEntries joins the word classes and the cue lexicon cues into one
// table, so that each token costs one lookup.
func newEntries(cues *lexicon.Cues) *joined {
	m := make(map[string]*entry, 2048)
	get := func(w string) *entry {
		e := m[w]
		if e == nil {
			e = &entry{}
			m[w] = e
		}
		return e
	}
	for w, c := range wordClasses() {
		get(w).class = c
	}
	for w := range wordLists()["past"] {
		get(w).past = true
	}
	for w := range wordLists()["lead"] {
		get(w).lead = true
	}
	for f, v := range cues.Forms() {
		e := get(f)
		e.isVerb, e.verb = true, v
	}
	get("and") // an entry, with no class, for the words the rules look for
	get("but")
	for w := range cues.PhraseStarts() {
		e := get(w)
		e.phrases = cues.Phrases(w)
		for _, ph := range e.phrases {
			for _, w := range ph.Words[1:] {
				get(w) // an entry, with no class, for every word of a phrase
			}
		}
	}
	j := newJoined(m)
	j.and, j.but, j.that = j.lookup("and"), j.lookup("but"), j.lookup("that")
	for _, e := range j.list[1:] {
		e.tails = make([][]uint16, len(e.phrases))
		for i, ph := range e.phrases {
			t := make([]uint16, 0, len(ph.Words)-1)
			for _, w := range ph.Words[1:] {
				// A word that starts with a lower-case letter is only
				// ever the folded form of a word token, whose entry it is.
				if w == "" || w[0] < 'a' || w[0] > 'z' {
					t = nil
					break
				}
				t = append(t, j.lookup(w))
			}
			e.tails[i] = t
		}
	}
	return j
}

//go:embed words.txt
var wordsFile string

// wordClasses maps a folded word to its class bits. Built once, read-only.
var wordClasses = sync.OnceValue(func() map[string]lexicon.WordClass {
	m := make(map[string]lexicon.WordClass, 512)
	for name, words := range wordLists() {
		if bit, ok := classBits[name]; ok {
			for w := range words {
				m[w] |= bit
			}
		}
	}
	return m
})

// wordLists are the lists of words.txt by class name, for the classes
// that are sets rather than bits.
var wordLists = sync.OnceValue(func() map[string]map[string]bool {
	lists := make(map[string]map[string]bool)
	for l := range lexicon.ClassLines(wordsFile) {
		if l.Class == "" {
			panic(fmt.Sprintf("attribution: words.txt: line %d: words before a class", l.Line)) // embedded: a build error
		}
		if lists[l.Class] == nil {
			lists[l.Class] = make(map[string]bool)
		}
		for _, w := range l.Words {
			lists[l.Class][strings.ReplaceAll(w, "_", " ")] = true
		}
	}
	return lists
})

// genericHeads are the nouns that refer back to any anonymous source of
// their number: "the person added", "the officials said".
var genericHeads = sync.OnceValue(func() map[string]bool { return wordLists()["generic"] })

// postModifiers open what follows a head noun: "familiar with", "briefed
// on", "close to", "who", a preposition.
var postModifiers = sync.OnceValue(func() map[string]bool { return wordLists()["postmod"] })
