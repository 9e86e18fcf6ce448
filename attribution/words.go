package attribution

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"

	"github.com/hearsay-go/hearsay/internal/lexicon"
)

// Word classes, as bits, from words.txt.
const (
	wAux uint16 = 1 << iota
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
)

var classBits = map[string]uint16{
	"aux": wAux, "be": wBe, "det": wDet, "pron": wPron, "stop": wStop, "sub": wSub,
	"time": wTime, "adj": wAdj, "hearer": wHearer, "notcue": wNotCue, "count": wCount, "label": wLabel, "answer": wAnswer, "anon": wAnon, "prep": wPrep, "inf": wInf,
}

// entry is what the lexicons say of one folded word: its word classes,
// its reading as a reporting verb, and its multiword cues.
type entry struct {
	class   uint16
	isVerb  bool
	verb    lexicon.Verb
	phrases []lexicon.Phrase
}

// joined is the lexicons joined into one open-addressing hash table of
// folded words, built once; a lookup costs one hash of a short string and
// usually one probe.
type joined struct {
	mask uint32
	keys []string
	vals []uint16 // index into list
	list []*entry // list[0] is nil: no entry
	// bits holds, densely by index, an entry's word classes (low 16 bits)
	// and whether it is a verb or starts a phrase, so that the rules
	// rarely follow a pointer to the entry itself.
	bits []uint32
}

const (
	bitVerb   = 1 << 16
	bitPhrase = 1 << 17
)

func hashWord(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

// lookup returns the index in j.list of the entry of the folded word w,
// or 0. An index, unlike a pointer, costs the garbage collector nothing
// in the per-token arrays that hold it.
func (j *joined) lookup(w string) uint16 {
	for i := hashWord(w) & j.mask; ; i = (i + 1) & j.mask {
		k := j.keys[i]
		if k == w {
			return j.vals[i]
		}
		if k == "" {
			return 0
		}
	}
}

func newJoined(m map[string]*entry) *joined {
	n := uint32(1)
	for n < uint32(4*len(m)) {
		n <<= 1
	}
	j := &joined{mask: n - 1, keys: make([]string, n), vals: make([]uint16, n), list: []*entry{nil}}
	for w, e := range m {
		if w == "" {
			continue
		}
		i := hashWord(w) & j.mask
		for j.keys[i] != "" {
			i = (i + 1) & j.mask
		}
		j.list = append(j.list, e)
		j.keys[i], j.vals[i] = w, uint16(len(j.list)-1)
	}
	if len(j.list) > 1<<16 {
		panic("attribution: lexicon too large for 16-bit indexes")
	}
	j.bits = make([]uint32, len(j.list))
	for i, e := range j.list[1:] {
		b := uint32(e.class)
		if e.isVerb {
			b |= bitVerb
		}
		if e.phrases != nil {
			b |= bitPhrase
		}
		j.bits[i+1] = b
	}
	return j
}

// entries joins the word classes and the cue lexicon into one map, so
// that each token costs one lookup. Built once, read-only.
var entries = sync.OnceValue(func() *joined {
	cues := lexicon.Default()
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
	for f, v := range cues.Forms() {
		e := get(f)
		e.isVerb, e.verb = true, v
	}
	for w := range cues.PhraseStarts() {
		get(w).phrases = cues.Phrases(w)
	}
	j := newJoined(m)
	return j
})

//go:embed words.txt
var wordsFile string

// wordClasses maps a folded word to its class bits. Built once, read-only.
var wordClasses = sync.OnceValue(func() map[string]uint16 {
	m := make(map[string]uint16, 512)
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
	sc := bufio.NewScanner(strings.NewReader(wordsFile))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		name, words, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		name = strings.TrimSpace(name)
		if lists[name] == nil {
			lists[name] = make(map[string]bool)
		}
		for _, w := range strings.Fields(words) {
			lists[name][strings.ReplaceAll(w, "_", " ")] = true
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
