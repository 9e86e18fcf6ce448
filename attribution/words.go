package attribution

import (
	"bufio"

	_ "embed"
	"github.com/hearsay-go/hearsay/internal/lexicon"
	"strings"
	"sync"
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
)

var classBits = map[string]uint16{
	"aux": wAux, "be": wBe, "det": wDet, "pron": wPron, "stop": wStop, "sub": wSub,
	"time": wTime, "adj": wAdj, "hearer": wHearer, "notcue": wNotCue, "count": wCount, "label": wLabel, "answer": wAnswer,
}

// entry is what the lexicons say of one folded word: its word classes,
// its reading as a reporting verb, and its multiword cues.
type entry struct {
	class   uint16
	isVerb  bool
	verb    lexicon.Verb
	phrases []lexicon.Phrase
}

// lexicon is the joined lexicons and a filter in front of them.
type joined struct {
	m map[string]*entry
	// seen has a bit for each (length, first letter, last letter) of a
	// word in m; a word whose bit is clear is not looked up. It fits in
	// the first-level cache, unlike the map.
	seen [32 * 26 * 26 / 64]uint64
}

func filterKey(w string) (int, bool) {
	n := len(w)
	if n == 0 || n >= 32 {
		return 0, false
	}
	a, z := w[0]-'a', w[n-1]-'a'
	if a >= 26 || z >= 26 {
		return 0, false
	}
	return (n*26+int(a))*26 + int(z), true
}

// lookup returns the entry of the folded word w, or nil.
func (j *joined) lookup(w string) *entry {
	if k, ok := filterKey(w); ok && j.seen[k/64]&(1<<(k%64)) == 0 {
		return nil
	}
	return j.m[w]
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
	j := &joined{m: m}
	for w := range m {
		if k, ok := filterKey(w); ok {
			j.seen[k/64] |= 1 << (k % 64)
		}
	}
	return j
})

//go:embed words.txt
var wordsFile string

// wordClasses maps a folded word to its class bits. Built once, read-only.
var wordClasses = sync.OnceValue(func() map[string]uint16 {
	m := make(map[string]uint16, 512)
	sc := bufio.NewScanner(strings.NewReader(wordsFile))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		name, words, ok := strings.Cut(line, ":")
		bit, known := classBits[strings.TrimSpace(name)]
		if !ok || !known {
			continue // classes for other packages' use
		}
		for _, w := range strings.Fields(words) {
			m[strings.ReplaceAll(w, "_", " ")] |= bit
		}
	}
	return m
})
