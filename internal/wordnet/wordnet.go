// Package wordnet answers five questions about English words from WordNet
// 3.0: what their base forms are ([Lemmas], WordNet's morphy), whether two
// words are antonyms ([Antonyms]: "increase" and "decreased"), whether two
// nouns are different members of one class ([CoHyponyms]: "dog" and "cat",
// "China" and "Thailand", but not "dog" and "animal"), whether one noun is
// a kind of what another names ([IsA]: "dog" and "animal"), and whether two
// words are about the same thing ([Senses], [Synonyms]: "bought" and
// "purchase", "died" and "death", "small" and "tiny").
//
// The data come from the WordNet 3.0 database of Princeton University,
// reduced by the generator in gen/ to wordnet.txt, which is embedded in the
// binary: neither the build nor the user needs WordNet installed. The file's
// header gives its format and reproduces WordNet's licence, under which it
// is distributed: "WordNet 3.0 Copyright 2006 by Princeton University. All
// rights reserved." Regenerate it with "go generate" where
// /usr/share/wordnet holds the database (Debian's wordnet-base package).
//
// Words are single lowercase words: ASCII letters with inner hyphens or
// apostrophes. The caller folds case; other input simply matches nothing.
// The table is parsed once per process, on first use, and read-only after:
// every function is safe for concurrent use, and lookups do not allocate.
package wordnet

//go:generate go run ./gen -dict /usr/share/wordnet -o wordnet.txt

import (
	_ "embed"
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync"
)

//go:embed wordnet.txt
var wordnetTxt string

// Parts of speech, as bits.
const (
	noun uint8 = 1 << iota
	verb
	adj
	adv
)

// posBit returns the bit of a part of speech written n, v, a or r.
func posBit(c byte) uint8 {
	switch c {
	case 'n':
		return noun
	case 'v':
		return verb
	case 'a':
		return adj
	case 'r':
		return adv
	}
	return 0
}

// table is the parsed wordnet.txt.
type table struct {
	forms map[string]form // every lemma and every irregular form
	words []word          // by id
	rels  []relations     // by word.rel; rels[0] is empty
	exc   []excBase       // the bases of irregular forms, by form.exc
	refs  []int32         // the lists of relations and of topics
	// topics is the number of topics (s lines): a topic's id is its
	// index; a lemma's own id is topics + its id.
	topics uint32
	// excluded holds the pairs of words (see pairKey) that share a class
	// but are not co-hyponyms.
	excluded map[uint64]struct{}
	// above holds the nodes nearest above each node (u lines).
	above grouped
}

// form is what a string is: a lemma, an irregular inflection, or both.
type form struct {
	word   int32  // its id as a lemma, or -1
	exc    uint32 // its irregular bases are table.exc[exc:][:nexc]
	nexc   uint8
	excPOS uint8 // the parts of speech that have exceptions for the form
	pos    uint8 // as a lemma, its parts of speech
}

// excBase is a base of an irregular form in one part of speech.
type excBase struct {
	pos  uint8
	word int32
}

// word is a lemma.
type word struct {
	name   string
	pos    uint8  // its parts of speech
	head   bool   // it heads an adjective cluster (c lines)
	rel    uint32 // its index in table.rels, 0 if it has no relations
	topics span   // the ids of its topics, sorted
}

// span is a list in table.refs.
type span struct{ lo, hi uint32 }

// relations are a lemma's antonyms and co-hyponym data.
type relations struct {
	ants    span // word ids
	classes span // class ids, sorted
	nodes   span // the ids of the nodes of its frequent senses, sorted
	self    span // the ids of the nodes it is a word of, sorted
	perts   span // the word ids of the nouns it pertains to
	heads   span // the word ids of the heads of its adjective clusters
}

func (t *table) list(s span) []int32 { return t.refs[s.lo:s.hi] }

// rel returns the relations of lemma id.
func (t *table) rel(id int32) *relations { return &t.rels[t.words[id].rel] }

// load returns the table of wordnet.txt, parsed on the first call.
var load = sync.OnceValue(func() *table {
	t, err := parse(wordnetTxt)
	if err != nil {
		panic("wordnet: embedded wordnet.txt: " + err.Error())
	}
	return t
})

// link is a relation from one word or node to another, while parsing.
type link struct{ from, to int32 }

// parse reads a table in the format of wordnet.txt.
func parse(text string) (*table, error) {
	t := &table{
		forms:    make(map[string]form, 90_000),
		words:    make([]word, 0, 85_000),
		rels:     make([]relations, 1, 25_000),
		excluded: make(map[uint64]struct{}, 12_000),
	}
	id := func(w string) int32 {
		f, ok := t.forms[w]
		if !ok {
			f.word = int32(len(t.words))
			t.forms[w] = f
			t.words = append(t.words, word{name: w})
		}
		return f.word
	}
	synsets := make(map[string]int32, 10_000) // offset → node or class id
	synset := func(off string) int32 {
		i, ok := synsets[off]
		if !ok {
			i = int32(len(synsets))
			synsets[off] = i
		}
		return i
	}
	type exception struct {
		form string
		excBase
	}
	var (
		excs                     []exception
		ants, nodes, self, perts []link
		topics                   []link // word → topic
		heads                    []link // word → the head of its cluster
		nodeClasses              []link // node → class
		nodesAbove               []link // node → a node nearest above it
		n                        int
		kind, first, rest        string
	)
	for line := range strings.Lines(text) {
		n++
		line = strings.TrimSuffix(line, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		kind, rest, _ = strings.Cut(line, " ")
		first, rest, _ = strings.Cut(rest, " ")
		if len(kind) != 1 || first == "" || rest == "" || strings.Contains(rest, "  ") || strings.HasSuffix(rest, " ") {
			return nil, fmt.Errorf("line %d: malformed: %q", n, line)
		}
		fields := strings.SplitSeq(rest, " ")
		switch kind[0] {
		case 'a':
			if strings.Contains(rest, " ") {
				return nil, fmt.Errorf("line %d: not a pair: %q", n, line)
			}
			a, b := id(first), id(rest)
			ants = append(ants, link{a, b}, link{b, a})
		case 'e':
			pos := posBit(first[0])
			f, bases, _ := strings.Cut(rest, " ")
			if len(first) != 1 || pos == 0 || bases == "" {
				return nil, fmt.Errorf("line %d: malformed exception: %q", n, line)
			}
			for b := range strings.SplitSeq(bases, " ") {
				excs = append(excs, exception{f, excBase{pos, id(b)}})
			}
		case 'h':
			node := synset(first)
			for c := range fields {
				nodeClasses = append(nodeClasses, link{node, synset(c)})
			}
		case 'l':
			var pos uint8
			for i := range len(first) {
				pos |= posBit(first[i])
			}
			for w := range fields {
				t.words[id(w)].pos |= pos
			}
		case 'n':
			node := synset(first)
			for w := range fields {
				nodes = append(nodes, link{id(w), node})
			}
		case 'p':
			a := id(first)
			for w := range fields {
				perts = append(perts, link{a, id(w)})
			}
		case 's':
			topic := int32(t.topics)
			t.topics++
			topics = append(topics, link{id(first), topic})
			for w := range fields {
				topics = append(topics, link{id(w), topic})
			}
		case 'c':
			topic := int32(t.topics)
			t.topics++
			head := id(first)
			t.words[head].head = true
			for w := range fields {
				topics = append(topics, link{id(w), topic})
				heads = append(heads, link{id(w), head})
			}
		case 'u':
			node := synset(first)
			for a := range fields {
				nodesAbove = append(nodesAbove, link{node, synset(a)})
			}
		case 'w':
			node := synset(first)
			for w := range fields {
				self = append(self, link{id(w), node})
			}
		case 'x':
			a := id(first)
			for w := range fields {
				t.excluded[pairKey(a, id(w))] = struct{}{}
			}
		default:
			return nil, fmt.Errorf("line %d: unknown kind %q", n, kind)
		}
	}

	for _, w := range t.words {
		if w.pos == 0 {
			return nil, fmt.Errorf("%q is not a lemma", w.name)
		}
		f := t.forms[w.name]
		f.pos = w.pos
		t.forms[w.name] = f
	}
	slices.SortStableFunc(excs, func(a, b exception) int { return strings.Compare(a.form, b.form) })
	for i := 0; i < len(excs); {
		j := i + 1
		for j < len(excs) && excs[j].form == excs[i].form {
			j++
		}
		if j-i > 255 {
			return nil, fmt.Errorf("%q has %d irregular bases", excs[i].form, j-i)
		}
		f, ok := t.forms[excs[i].form]
		if !ok {
			f.word = -1
		}
		f.exc, f.nexc = uint32(len(t.exc)), uint8(j-i)
		for _, e := range excs[i:j] {
			t.exc = append(t.exc, e.excBase)
			f.excPOS |= e.pos
		}
		t.forms[excs[i].form] = f
		i = j
	}

	// The classes of each node, then the relations and topics of each word.
	classes := group(nodeClasses, len(synsets))
	t.above = group(nodesAbove, len(synsets))
	antsOf, nodesOf, selfOf := group(ants, len(t.words)), group(nodes, len(t.words)), group(self, len(t.words))
	pertsOf, topicsOf, headsOf := group(perts, len(t.words)), group(topics, len(t.words)), group(heads, len(t.words))
	t.refs = make([]int32, 0, len(ants)+len(nodes)+len(self)+len(perts)+len(topics)+len(nodeClasses)+len(heads))
	add := func(l []int32) span {
		lo := uint32(len(t.refs))
		t.refs = append(t.refs, l...)
		return span{lo, uint32(len(t.refs))}
	}
	var cs []int32
	for i := range t.words {
		if ts := topicsOf.of(i); len(ts) > 0 {
			slices.Sort(ts)
			t.words[i].topics = add(slices.Compact(ts))
		}
		a, ns, ss, ps, hs := antsOf.of(i), nodesOf.of(i), selfOf.of(i), pertsOf.of(i), headsOf.of(i)
		if len(a) == 0 && len(ns) == 0 && len(ss) == 0 && len(ps) == 0 && len(hs) == 0 {
			continue
		}
		cs = cs[:0]
		for _, n := range ns {
			cs = append(cs, classes.of(int(n))...)
		}
		slices.Sort(cs)
		slices.Sort(ns)
		slices.Sort(ss)
		t.words[i].rel = uint32(len(t.rels))
		t.rels = append(t.rels, relations{
			ants:    add(a),
			classes: add(slices.Compact(cs)),
			nodes:   add(ns),
			self:    add(ss),
			perts:   add(ps),
			heads:   add(hs),
		})
	}
	return t, nil
}

// grouped is links grouped by their source, in their order: the targets of
// i are to[start[i]:start[i+1]].
type grouped struct {
	start []int32
	to    []int32
}

func (g grouped) of(i int) []int32 { return g.to[g.start[i]:g.start[i+1]] }

// group groups links whose sources are below n.
func group(links []link, n int) grouped {
	g := grouped{start: make([]int32, n+1), to: make([]int32, len(links))}
	for _, l := range links {
		g.start[l.from+1]++
	}
	for i := range n {
		g.start[i+1] += g.start[i]
	}
	next := slices.Clone(g.start[:n])
	for _, l := range links {
		g.to[next[l.from]] = l.to
		next[l.from]++
	}
	return g
}

// pairKey is the key of two words in table.excluded, the same both ways.
func pairKey(a, b int32) uint64 {
	if a > b {
		a, b = b, a
	}
	return uint64(a)<<32 | uint64(uint32(b))
}

// maxLemmas bounds the base forms of one word and the nouns they pertain
// to; WordNet's words have at most 3 base forms, and 5 with those nouns
// (TestLemmasBounded).
const maxLemmas = 8

// lemmaSet is the base forms of a word, as ids, in order.
type lemmaSet struct {
	n   int
	ids [maxLemmas]int32
}

func (s *lemmaSet) add(id int32) {
	if s.n < maxLemmas && !slices.Contains(s.ids[:s.n], id) {
		s.ids[s.n] = id
		s.n++
	}
}

func (s *lemmaSet) list() []int32 { return s.ids[:s.n] }

// rule is a detachment rule of morphy: a word of part of speech pos that
// ends in suffix may be its base with the suffix replaced by repl.
//
// Most rules leave a prefix of the word ("es" → "e" is "s" → ""): cut is
// the number of bytes they remove, once the common start of suffix and
// repl is kept, and add is what they then append, only when that is not
// nothing ("ies" → "y": cut 3, add "y"). slot numbers the distinct
// (cut, add), so that lemmas looks each candidate up once.
type rule struct {
	pos          uint8
	suffix, repl string
	last         byte // suffix's last byte
	cut          int
	add          string
	slot         int
}

// rules are morphy's detachment rules, in its order; byPOS are the rules
// of each part of speech (adverbs have none).
var (
	rules = [...]rule{
		{pos: noun, suffix: "s", repl: ""},
		{pos: noun, suffix: "ses", repl: "s"},
		{pos: noun, suffix: "ves", repl: "f"},
		{pos: noun, suffix: "xes", repl: "x"},
		{pos: noun, suffix: "zes", repl: "z"},
		{pos: noun, suffix: "ches", repl: "ch"},
		{pos: noun, suffix: "shes", repl: "sh"},
		{pos: noun, suffix: "men", repl: "man"},
		{pos: noun, suffix: "ies", repl: "y"},
		{pos: verb, suffix: "s", repl: ""},
		{pos: verb, suffix: "ies", repl: "y"},
		{pos: verb, suffix: "es", repl: "e"},
		{pos: verb, suffix: "es", repl: ""},
		{pos: verb, suffix: "ed", repl: "e"},
		{pos: verb, suffix: "ed", repl: ""},
		{pos: verb, suffix: "ing", repl: "e"},
		{pos: verb, suffix: "ing", repl: ""},
		{pos: adj, suffix: "er", repl: ""},
		{pos: adj, suffix: "est", repl: ""},
		{pos: adj, suffix: "er", repl: "e"},
		{pos: adj, suffix: "est", repl: "e"},
	}
	byPOS = [...]struct {
		pos   uint8
		rules []rule
	}{
		{noun, rules[0:9]},
		{verb, rules[9:17]},
		{adj, rules[17:21]},
		{adv, nil},
	}
	// slots is the number of distinct (cut, add) of the rules.
	slots = func() int {
		type cutAdd struct {
			cut int
			add string
		}
		var seen []cutAdd
		for i := range rules {
			r := &rules[i]
			r.last = r.suffix[len(r.suffix)-1]
			r.cut, r.add = len(r.suffix), r.repl
			if strings.HasPrefix(r.suffix, r.repl) {
				r.cut, r.add = len(r.suffix)-len(r.repl), ""
			}
			r.slot = slices.Index(seen, cutAdd{r.cut, r.add})
			if r.slot < 0 {
				r.slot = len(seen)
				seen = append(seen, cutAdd{r.cut, r.add})
			}
		}
		return len(seen)
	}()
)

// maxSlots bounds slots; init checks it.
const maxSlots = 8

func init() {
	if slots > maxSlots {
		panic("wordnet: too many distinct detachment rules")
	}
}

// maxWord bounds the length of a candidate base that is built from parts;
// WordNet's longest single word has 33 bytes.
const maxWord = 48

// candidate is what a candidate base turned out to be.
type candidate struct {
	done bool
	word int32 // its id as a lemma, or -1
	pos  uint8
}

// lemmas adds the base forms of w to s, in morphy's order: w itself if it
// is a lemma; then, for nouns, verbs, adjectives and adverbs in turn, the
// bases that the exception list gives, or else the lemmas that the
// detachment rules make.
func (t *table) lemmas(w string, s *lemmaSet) {
	f, ok := t.forms[w]
	if !ok {
		f.word = -1
	}
	if f.word >= 0 {
		s.add(f.word)
	}
	if len(w) < 2 {
		return
	}
	var (
		cands [maxSlots]candidate
		buf   [maxWord]byte
		last  = w[len(w)-1]
	)
	for _, g := range byPOS {
		if f.excPOS&g.pos != 0 {
			for _, b := range t.exc[f.exc : f.exc+uint32(f.nexc)] {
				if b.pos == g.pos {
					s.add(b.word)
				}
			}
			continue
		}
		if g.pos == noun && (len(w) <= 2 || strings.HasSuffix(w, "ss")) {
			continue // as morphy does: "glass" is not a plural
		}
		for i := range g.rules {
			r := &g.rules[i]
			if r.last != last || len(w) <= len(r.suffix) || !strings.HasSuffix(w, r.suffix) {
				continue
			}
			c := &cands[r.slot]
			if !c.done {
				c.done, c.word = true, -1
				var base form
				var found bool
				keep := len(w) - r.cut
				if r.add == "" {
					base, found = t.forms[w[:keep]]
				} else if keep+len(r.add) <= maxWord {
					b := append(append(buf[:0], w[:keep]...), r.add...)
					base, found = t.forms[string(b)]
				}
				if found && base.word >= 0 {
					c.word, c.pos = base.word, base.pos
				}
			}
			if c.word >= 0 && c.pos&r.pos != 0 {
				s.add(c.word)
			}
		}
	}
}

// hasLemma reports whether lemma y is a base form of w, whose form is f:
// whether lemmas(w) would add y, found without looking anything up.
func (t *table) hasLemma(w string, f form, y int32) bool {
	if f.word == y {
		return true
	}
	for _, b := range t.exc[f.exc : f.exc+uint32(f.nexc)] {
		if b.word == y {
			return true
		}
	}
	if len(w) < 2 {
		return false
	}
	yw := &t.words[y]
	for _, g := range byPOS {
		if yw.pos&g.pos == 0 || f.excPOS&g.pos != 0 ||
			g.pos == noun && (len(w) <= 2 || strings.HasSuffix(w, "ss")) {
			continue
		}
		for i := range g.rules {
			r := &g.rules[i]
			if len(w) <= len(r.suffix) || !strings.HasSuffix(w, r.suffix) {
				continue
			}
			keep := len(w) - r.cut
			if len(yw.name) == keep+len(r.add) && yw.name[:keep] == w[:keep] && yw.name[keep:] == r.add {
				return true
			}
		}
	}
	return false
}

// Lemmas returns an iterator over the base forms of word, in WordNet's
// order: word itself if it is a lemma, then, for nouns, verbs, adjectives
// and adverbs in turn, the bases that WordNet's exception lists give
// ("rose" → "rise", "better" → "good", "well") or else those that its
// detachment rules make ("dogs" → "dog", "increased" → "increase",
// "women" → "woman"). Each is a lemma of WordNet. A word that is neither a
// lemma nor an inflection of one yields nothing.
//
// This is WordNet's morphy for single words, applying each rule once. The
// iterator may be used any number of times.
func Lemmas(word string) iter.Seq[string] {
	return func(yield func(string) bool) {
		t := load()
		var s lemmaSet
		t.lemmas(word, &s)
		for _, id := range s.list() {
			if !yield(t.words[id].name) {
				return
			}
		}
	}
}

// Lemma returns the first base form of word that [Lemmas] yields, or word
// itself if there is none. Note that a word which is a lemma is its own
// first base form: Lemma("rose") is "rose", though "rise" follows it.
func Lemma(word string) string {
	t := load()
	var s lemmaSet
	t.lemmas(word, &s)
	if s.n == 0 {
		return word
	}
	return t.words[s.ids[0]].name
}

// Antonyms reports whether some base form of a is a WordNet antonym of some
// base form of b, in any part of speech: "increase" and "decreased", "won"
// and "lost", "rose" and "fell", "open" and "closed", "up" and "down". Beside
// WordNet's direct antonyms ("hot" and "cold"), adjectives are antonyms
// indirectly through the heads of their clusters (see [Senses]): "huge"
// and "small" (huge is similar to large), "scorching" and "cold".
func Antonyms(a, b string) bool {
	if a == b {
		return false // "used" is in the clusters of "used" and of "secondhand"
	}
	t := load()
	var la, lb lemmaSet
	t.lemmas(a, &la)
	var fb form
	looked, based := false, false
	// against reports whether y is a base form of b or heads a cluster of
	// one. It looks b up on its first call, and finds b's base forms only
	// when y heads a cluster.
	against := func(y int32) bool {
		if !looked {
			var ok bool
			if fb, ok = t.forms[b]; !ok {
				fb.word = -1
			}
			looked = true
		}
		if t.hasLemma(b, fb, y) {
			return true
		}
		if !t.words[y].head {
			return false
		}
		if !based {
			t.lemmas(b, &lb)
			based = true
		}
		return t.headOf(y, &lb)
	}
	for _, x := range la.list() {
		for _, y := range t.list(t.rel(x).ants) {
			if against(y) {
				return true
			}
		}
		for _, h := range t.list(t.rel(x).heads) {
			if h == x {
				continue // a head is in its own cluster; its antonyms are done
			}
			for _, y := range t.list(t.rel(h).ants) {
				if against(y) {
					return true
				}
			}
		}
	}
	return false
}

// headOf reports whether y heads a cluster of one of the lemmas in s.
func (t *table) headOf(y int32, s *lemmaSet) bool {
	for _, z := range s.list() {
		if slices.Contains(t.list(t.rel(z).heads), y) {
			return true
		}
	}
	return false
}

// IsA reports whether a is a kind of what b names: whether some base form
// of the noun a has, among its first two senses or instances, one that
// lies below a sense of b, however far: "dog" and "animal", "celery" and
// "vegetable", "bathroom" and "room", "China" and "country". Only the
// synsets that hold co-hyponym classes (see [CoHyponyms]) are walked, so
// very general words ("entity", "object") are no one's kind. A word is not
// a kind of itself.
func IsA(a, b string) bool { return load().isA(a, b, true) }

// IsDirectlyA reports whether a is a kind of what b names with no kind
// between them: as [IsA], but only senses of a right below a sense of b
// count: "bedroom" and "room", but not "dog" and "animal".
func IsDirectlyA(a, b string) bool { return load().isA(a, b, false) }

// isA is IsA, or IsDirectlyA unless far.
func (t *table) isA(a, b string, far bool) bool {
	if a == b {
		return false // "losses" has the base forms "losses" and "loss"
	}
	return t.anyLemmas(a, b, func(x, y int32) bool {
		self := t.list(t.rel(y).self)
		if x == y || len(self) == 0 {
			return false
		}
		nodes := t.list(t.rel(x).nodes)
		return far && t.below(nodes, self) || !far && intersect(nodes, self)
	})
}

// anyLemmas reports whether f holds for some base form x of a and some
// base form y of b.
func (t *table) anyLemmas(a, b string, f func(x, y int32) bool) bool {
	var la, lb lemmaSet
	t.lemmas(a, &la)
	if la.n == 0 {
		return false
	}
	t.lemmas(b, &lb)
	for _, x := range la.list() {
		for _, y := range lb.list() {
			if f(x, y) {
				return true
			}
		}
	}
	return false
}

// maxAbove bounds the nodes that below visits; WordNet's noun hierarchy
// puts at most a few dozen nodes above any noun (TestIsABounded).
const maxAbove = 64

// below reports whether one of nodes, or a node above one of them, is in
// targets (sorted).
func (t *table) below(nodes, targets []int32) bool {
	var buf [maxAbove]int32
	seen := append(buf[:0], nodes...)
	for i := 0; i < len(seen); i++ {
		n := seen[i]
		if _, ok := slices.BinarySearch(targets, n); ok {
			return true
		}
		for _, a := range t.above.of(int(n)) {
			if len(seen) < maxAbove && !slices.Contains(seen, a) {
				seen = append(seen, a)
			}
		}
	}
	return false
}

// CoHyponyms reports whether a and b are nouns that name different members
// of one class, so that one cannot stand for the other: "dog" and "cat",
// "guitar" and "piano", "tea" and "coffee", "beer" and "vodka", "brick"
// and "wood", "Monday" and "Tuesday", "China" and "Thailand", "Mars" and
// "Earth" (given lowercase), "boy" and "girl". An adjective stands for the
// nouns it pertains to: "Chinese" and "Thai" are co-hyponyms as "China" and
// "Thailand" are.
//
// Precisely: some base form of each (or a noun that it pertains to) is a
// common noun (one that SemCor tagged, that has two or more senses, or that
// three of WordNet's glosses use), one of whose first two senses, or first
// two instances (proper nouns), lies right below a shared class, or two
// links below it if the sense is a physical entity (a dog and a cat are
// carnivores; a talk, a conversation, and a negotiation, a discussion, are
// both speech, but that is too loose), or anywhere below it if the class
// is a kind (buildings and establishments: a garage and a prison). A class
// is a synset at least three links below "entity" with at most 150 direct
// hyponyms, or the antonym of one (so "male person" and "female person"
// join, and chromatic and achromatic colours: "red" and "grey"); no class
// lies above a node that is not one. Pairs that share a synset in any sense
// ("car" and "automobile"), of which one is a hypernym of the other in any
// sense ("dog" and "animal", "dog" and "puppy"), or a part, member or
// substance of the other ("lumber" and "wood"), of which one is a compound
// of the other that names a person ("fisherman" and "man"), or that have a
// base form in common ("official" and "officials") are not co-hyponyms.
func CoHyponyms(a, b string) bool { return load().coHyponymWords(a, b) }

func (t *table) coHyponymWords(a, b string) bool {
	var la lemmaSet
	t.classWords(a, &la)
	if !slices.ContainsFunc(la.list(), func(x int32) bool { return t.rel(x).classes.hi > t.rel(x).classes.lo }) {
		return false
	}
	var lb lemmaSet
	t.classWords(b, &lb)
	for _, x := range la.list() {
		if slices.Contains(lb.list(), x) {
			return false
		}
	}
	for _, x := range la.list() {
		for _, y := range lb.list() {
			if t.coHyponyms(x, y) {
				return true
			}
		}
	}
	return false
}

// classWords adds to s the base forms of w and the nouns that they pertain
// to.
func (t *table) classWords(w string, s *lemmaSet) {
	t.lemmas(w, s)
	n := s.n
	for _, x := range s.ids[:n] {
		for _, y := range t.list(t.rel(x).perts) {
			s.add(y)
		}
	}
}

// coHyponyms reports whether lemmas x and y are co-hyponyms.
func (t *table) coHyponyms(x, y int32) bool {
	rx, ry := t.rel(x), t.rel(y)
	if !intersect(t.list(rx.classes), t.list(ry.classes)) ||
		intersect(t.list(rx.nodes), t.list(ry.self)) ||
		intersect(t.list(ry.nodes), t.list(rx.self)) {
		return false
	}
	_, excluded := t.excluded[pairKey(x, y)]
	return !excluded
}

// intersect reports whether two sorted lists share an element.
func intersect(a, b []int32) bool {
	for len(a) > 0 && len(b) > 0 {
		switch {
		case a[0] < b[0]:
			a = a[1:]
		case a[0] > b[0]:
			b = b[1:]
		default:
			return true
		}
	}
	return false
}

// Senses returns an iterator over ids of what word is about: for each base
// form of word (as [Lemmas] finds them), an id of the form itself, then
// the ids of the synsets of its first two senses in each part of speech,
// and of the synsets of the words that WordNet derives from the form in
// those senses (its "+" links between word forms: "die" and "death",
// "kill" and "killing", "buy" and "buyer"), and of the adjective clusters
// of those senses (a head adjective and the satellites similar to it:
// "small" and "tiny"; the largest cluster, of colours, is left out). Two
// words are about the same thing when they share an id: "buy" and
// "purchase", "boob" and "breast", "negotiation" and "talks", "killed" and
// "killing", "huge" and "enormous", but not "dog" and "cat" or "red" and
// "green". Only synsets that two words or more reach have ids; an id of a
// form is shared only by its inflections.
//
// Each id is yielded once, in no documented order. Ids are small numbers,
// valid within the process: compare them, do not store them. The iterator
// may be used any number of times, and does not allocate.
func Senses(word string) iter.Seq[uint32] {
	return func(yield func(uint32) bool) {
		t := load()
		var s lemmaSet
		t.lemmas(word, &s)
		ids := s.list()
		for i, x := range ids {
			if !yield(t.topics + uint32(x)) {
				return
			}
		next:
			for _, id := range t.list(t.words[x].topics) {
				for _, y := range ids[:i] {
					if _, ok := slices.BinarySearch(t.list(t.words[y].topics), id); ok {
						continue next
					}
				}
				if !yield(uint32(id)) {
					return
				}
			}
		}
	}
}

// Synonyms reports whether a and b are about the same thing: whether they
// have a base form in common ("said" and "says") or share a sense as
// [Senses] gives them ("buy" and "purchased", "died" and "death").
func Synonyms(a, b string) bool { return load().synonyms(a, b) }

func (t *table) synonyms(a, b string) bool {
	return t.anyLemmas(a, b, func(x, y int32) bool {
		return x == y || intersect(t.list(t.words[x].topics), t.list(t.words[y].topics))
	})
}
