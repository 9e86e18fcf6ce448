package claim

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-go/hearsay/internal/text"
	"github.com/hearsay-go/hearsay/source"
)

// ConflictsIn returns the pairs of claims found in text that conflict at
// all (Value > 0), strongest first, read as one article with the default
// options. See [Scorer.ConflictsIn].
func ConflictsIn(text string, claims []*Claim) []Conflict {
	return defaultScorer.ConflictsIn(text, claims)
}

// ConflictsIn returns the pairs of claims found in text that conflict at
// all (Value > 0), strongest first; pairs of equal Value keep the order
// of their claims. The claims' spans must be offsets into text, as
// package attribution gives them.
//
// Unlike [Scorer.Conflicts], which reads each claim alone, it reads the
// claims as one article: claims of one article share its topic and its
// speakers. Two claims are about the same thing if they share content
// words, if both share words with the rest of the article (its topic), if
// one begins with a pronoun ("it was a normal part of the process") that
// points back at the claim just before it, or if they name one of the
// article's sources. Opposed framing and opposed positions count between
// claims on one topic in this sense; the word-level reasons (negation,
// antonyms, numbers) still need words the two claims share. A claim that
// disputes another (see [LinkDisputes]) conflicts with it strongly.
//
// Candidate pairs are found through keys, as in Conflicts: each claim's
// content terms and their WordNet senses, its stance dimensions, the
// sources it names or is spoken by, and one key for the article's topic.
// A key held by more than MaxPosting claims is skipped, so a long
// document is compared where its claims share something specific, not in
// all its pairs.
func (s *Scorer) ConflictsIn(text string, claims []*Claim) []Conflict {
	if s == nil {
		s = defaultScorer
	}
	art := readArticle(text, claims, true)
	return s.conflicts(art.fs, art)
}

// An article is the claims of one text read together.
type article struct {
	text string
	fs   []*Features
	at   map[*Claim]int32 // index of each claim in fs

	// postings are the claims filed under each key of their terms,
	// senses and stems, in order.
	postings postingList
	// rel is each claim's share of content terms (by weight) that other
	// claims of the article have too: how much it is on the article's
	// topic.
	rel []float64
	// order is the claims with words in text order, and rank each
	// claim's place in it (-1 for none).
	order, rank []int32
	// back is the claim that claim i's opening pronoun points at, or -1;
	// pointed says whether a pronoun points at claim i.
	back    []int32
	pointed []bool
	// names are the article's sources that claim i names in its content,
	// as indexes into srcs, sorted.
	names [][]int32
	// named holds, beside names[i], the word of claim i that names each.
	named  [][]int32
	srcs   []*source.Source
	labels []string // each source's String, for the reasons that name two
	// nameWords are the sources whose name, title or description has
	// each folded word, in order (see namedBy); made when a rebuttal
	// first looks for its owner.
	nameWords map[string][]int32
	camps     []int8  // the camp of each source (see campOf)
	srcOf     []int32 // the index into srcs of claim i's source, or -1

	// disputes are the claims that claim i rebuts (see LinkDisputes),
	// and disputedBy those that rebut it.
	disputes, disputedBy [][]int32

	// against and favors are the sources that claim i speaks against and
	// for; opposed holds the pairs of sources set against each other (see
	// readSides).
	against, favors [][]int32
	opposed         map[[2]int32]bool
	allies          [][]int32 // for each source, its allies
}

// readArticle analyzes the claims of text: for scoring (full) all of
// it, else only what the rebuttal links need (LinkDisputes), without the
// anaphora and the sides.
func readArticle(text string, claims []*Claim, full bool) *article {
	art := &article{text: text, fs: make([]*Features, len(claims)), at: make(map[*Claim]int32, len(claims))}
	budget, used := maxReadFactor*len(text)+maxReadSlack, 0
	for i, c := range claims {
		cue := ""
		if c != nil && c.Cue.Start >= 0 && c.Cue.Start < c.Cue.End && c.Cue.End <= len(text) {
			cue = text[c.Cue.Start:c.Cue.End]
		}
		if c != nil {
			used += len(c.Text)
		}
		var f *Features
		if used <= budget {
			f = analyze(c, cue)
		} else {
			f = &Features{claim: c, refute: -1} // past the budget: read as saying nothing
		}
		art.fs[i] = f
		art.at[c] = int32(i)
	}
	art.readTopic()
	art.readOrder()
	art.readSources()
	if full {
		art.readAnaphora()
	}
	art.readDisputes()
	if full {
		art.readSides()
	}
	return art
}

// An article reads at most maxReadFactor times its text's length, plus
// maxReadSlack bytes, of its claims' texts, in the claims' order: a claim
// past that is read as saying nothing, and conflicts with no other. News
// nests its claims little (the claims of a PolNeAR development article
// hold at most 1.14 times its text), but in a machine-made text of
// "officials said that" repeated, each claim holds the rest of the
// sentence, and reading them all would cost time and memory in the square
// of the text's length.
const (
	maxReadFactor = 2
	maxReadSlack  = 1 << 16
)

// readTopic files each claim under its terms, their senses and their
// stems (see stemKey), and gives each claim its share of terms that
// another claim has.
func (art *article) readTopic() {
	art.postings = filePostings(len(art.fs), func(i int, keys []uint64) []uint64 {
		f := art.fs[i]
		keys = f.topicKeys(keys)
		for _, t := range f.terms {
			if t.flags&(fNumber|fEntity) == 0 && len(t.lemma) >= 4 {
				keys = append(keys, stemKey(t.lemma))
			}
		}
		return keys
	}, nil, true)
	art.rel = make([]float64, len(art.fs))
	for i, f := range art.fs {
		if f.weight == 0 {
			continue
		}
		shared := 0
		for k, t := range f.terms {
			if len(art.postings.of(t.hash)) > 1 || f.senseShared(k, &art.postings) {
				shared += int(t.weight)
			}
		}
		art.rel[i] = float64(shared) / float64(f.weight)
	}
}

// stemKey is the index key of the words that begin as w does, whose
// stems sameStem may find alike: "clos" for "closure" and "close".
func stemKey(w string) uint64 { return stemKeys + hashString(w[:4])&(1<<40-1) }

// topicKeys appends the keys f counts once each in an article's topic: its
// terms' hashes and their senses' keys.
func (f *Features) topicKeys(dst []uint64) []uint64 {
	for _, t := range f.terms {
		dst = append(dst, t.hash)
	}
	last := uint32(0)
	for k, s := range f.senses {
		if k == 0 || s.id() != last {
			dst = append(dst, senseKey+uint64(s.id()))
		}
		last = s.id()
	}
	return dst
}

// senseShared reports whether term k of f has a sense that another claim
// has.
func (f *Features) senseShared(k int, postings *postingList) bool {
	for _, s := range f.senses {
		if int(s.term()) == k && len(postings.of(senseKey+uint64(s.id()))) > 1 {
			return true
		}
	}
	return false
}

// readOrder puts the claims that have words in text order.
func (art *article) readOrder() {
	art.rank = make([]int32, len(art.fs))
	for i, f := range art.fs {
		art.rank[i] = -1
		if len(f.words) > 0 {
			art.order = append(art.order, int32(i))
		}
	}
	slices.SortStableFunc(art.order, func(x, y int32) int {
		return cmp.Compare(art.fs[x].claim.Content.Start, art.fs[y].claim.Content.Start)
	})
	for k, i := range art.order {
		art.rank[i] = int32(k)
	}
}

// readSources lists the article's sources and, for each claim, the
// sources its content names: by a name's last word ("Lighthizer" for
// "Robert Lighthizer") or by a whole mention of the source ("the
// ministry").
func (art *article) readSources() {
	idx := map[*source.Source]int32{}
	art.srcOf = make([]int32, len(art.fs))
	for i, f := range art.fs {
		art.srcOf[i] = -1
		src := f.claim.sourceOf()
		if src == nil {
			continue
		}
		k, ok := idx[src]
		if !ok {
			k = int32(len(art.srcs))
			idx[src] = k
			art.srcs = append(art.srcs, src)
			art.labels = append(art.labels, src.String())
			art.camps = append(art.camps, campOf(src))
		}
		art.srcOf[i] = k
	}
	keys := make(map[string][]int32) // a folded name word → the sources it names
	// A body is named by its whole name, not by its last word alone: "the
	// Democratic National Committee" does not name the Republican one.
	// bodyNames holds, for each body, the names of two words or more by
	// which its key words name it, and alone those it has of one word.
	var bodyNames map[int32][][]string
	type keyOf struct {
		key string
		src int32
	}
	alone := map[keyOf]bool{}
	var buf []byte
	for k, src := range art.srcs {
		person := src.Entity == source.Person
		art.eachName(src, !person, &buf, func(kb []byte, name []string) {
			ks := keys[string(kb)]
			if slices.Contains(ks, int32(k)) && person {
				return
			}
			key := string(kb)
			if !slices.Contains(ks, int32(k)) {
				keys[key] = append(ks, int32(k))
			}
			switch {
			case person:
			case len(name) == 1:
				alone[keyOf{key, int32(k)}] = true
			default:
				if bodyNames == nil {
					bodyNames = map[int32][][]string{}
				}
				bodyNames[int32(k)] = append(bodyNames[int32(k)], name)
			}
		})
	}
	art.names = make([][]int32, len(art.fs))
	art.named = make([][]int32, len(art.fs))
	type naming struct{ src, word int32 }
	var found []naming
	var offices []office
	if art.anyOfficeWord() {
		offices = art.readOffices(keys)
	}
	for i, f := range art.fs {
		found = found[:0]
		for w := range f.words {
			x := &f.words[w]
			if x.flags&fContent != 0 && x.class&wOffice != 0 && len(offices) > 0 {
				// "the SEC chief" for "SEC Chair Mary Jo White"
				if k := f.officeHolder(w, offices); k >= 0 && !slices.ContainsFunc(found, func(n naming) bool { return n.src == k }) {
					found = append(found, naming{k, int32(w)})
				}
			}
			if x.flags&fContent == 0 || !isCapitalized(f.text[x.start:x.end]) {
				continue // a name is capitalized, at a sentence's start too
			}
			given := f.givenName(w)
			sex := f.honorificSex(w)
			for _, k := range keys[text.Unpossessed(x.fold)] {
				if given != "" && !art.bears(k, given) {
					continue // "Bill Clinton" is not Hillary Clinton, nor "Rafael Cruz" Ted Cruz
				}
				if sex != 0 && art.sexOf(k) == -sex {
					continue // "Mr. Clinton" is not the Clinton the article calls "she"
				}
				if s := art.srcs[k]; s.Entity != source.Person && !alone[keyOf{text.Unpossessed(x.fold), k}] &&
					!slices.ContainsFunc(bodyNames[k], func(name []string) bool { return f.endsIn(w, name) }) {
					continue
				}
				if !slices.ContainsFunc(found, func(n naming) bool { return n.src == k }) {
					found = append(found, naming{k, int32(w)})
				}
			}
		}
		slices.SortFunc(found, func(x, y naming) int { return cmp.Compare(x.src, y.src) })
		for _, n := range found {
			art.names[i] = append(art.names[i], n.src)
			art.named[i] = append(art.named[i], n.word)
		}
	}
}

// givenName returns the folded word just before word w of f where it
// may be a given name of the person w names: a capitalized content word
// with no period, neither an office nor a title ("Secretary Clinton",
// "Sen. Cruz", "Senator Cruz"); or "".
func (f *Features) givenName(w int) string {
	if w == 0 || !f.joined(w-1) {
		return ""
	}
	p := &f.words[w-1]
	t := f.text[p.start:p.end]
	if p.flags&fContent == 0 || !isCapitalized(t) || strings.ContainsRune(t, '.') || p.class&(wOffice|wHonorific) != 0 {
		return ""
	}
	return p.fold
}

// honorificSex returns +1 where word w of f follows "Mr.", -1 where it
// follows "Mrs." or "Ms.", and 0 otherwise.
func (f *Features) honorificSex(w int) int8 {
	if w == 0 || !f.joined(w-1) {
		return 0
	}
	switch f.words[w-1].fold {
	case "mr.", "mr":
		return 1
	case "mrs.", "mrs", "ms.", "ms":
		return -1
	}
	return 0
}

// sexOf returns +1 for a source that the article calls only "he" or
// "Mr.", -1 for one it calls only "she", "Mrs." or "Ms.", and 0 where it
// does not tell.
func (art *article) sexOf(k int32) int8 {
	var he, she bool
	for _, m := range art.srcs[k].Mentions {
		if m.Start < 0 || m.End > len(art.text) || m.Start >= m.End {
			continue
		}
		first, _, _ := strings.Cut(art.text[m.Start:m.End], " ")
		switch strings.ToLower(first) {
		case "he", "him", "his", "mr.":
			he = true
		case "she", "her", "hers", "mrs.", "ms.":
			she = true
		}
	}
	switch {
	case he && !she:
		return 1
	case she && !he:
		return -1
	}
	return 0
}

// bears reports whether source k of the article may be the person that a
// content names with the given name before its surname: its name has that
// word, or it has no word before its surname to tell by.
func (art *article) bears(k int32, given string) bool {
	f := strings.Fields(art.srcs[k].Name)
	if len(f) < 2 || art.srcs[k].Entity != source.Person {
		return true
	}
	for _, w := range f[:len(f)-1] {
		if foldWord(strings.Trim(w, ".,")) == given {
			return true
		}
	}
	return false
}

// eachName calls yield with each name by which a content may name src,
// by its last word, folded (key), which is capitalized: its name, and each
// of its capitalized mentions up to a comma or bracket ("Nick Merrill, a
// spokesman for Mrs. Clinton" gives "merrill"). For a body (words), yield
// gets the name's folded words too, without a leading "the"; for a person,
// nil, as a person is named by the surname alone. buf is scratch for
// folding.
func (art *article) eachName(src *source.Source, words bool, buf *[]byte, yield func(key []byte, name []string)) {
	add := func(phrase string) {
		phrase = strings.TrimSpace(phrase)
		last := phrase
		if i := strings.LastIndexAny(phrase, " \t\n"); i >= 0 {
			last = phrase[i+1:]
		}
		last = text.Unpossessed(strings.Trim(last, ".,;:’'\"”“"))
		if last == "" || !isCapitalized(last) || source.IsPronoun(last) {
			return
		}
		*buf = foldInto((*buf)[:0], last)
		if !words {
			yield(*buf, nil)
			return
		}
		f := strings.Fields(phrase)
		f[len(f)-1] = last
		if strings.EqualFold(f[0], "the") {
			f = f[1:]
		}
		name := make([]string, len(f))
		for k, w := range f {
			name[k] = foldWord(strings.Trim(w, ",;:’'\"”“"))
		}
		yield(*buf, name)
	}
	add(src.Name)
	for _, m := range src.Mentions {
		if m.Start >= 0 && m.End <= len(art.text) && m.Start < m.End {
			// The name, not what is said of it after a comma or in
			// brackets: "Nick Merrill, a spokesman for Mrs. Clinton" is
			// no name of Clinton's.
			phrase := art.text[m.Start:m.End]
			if i := strings.IndexAny(phrase, ",("); i >= 0 {
				phrase = phrase[:i]
			}
			add(phrase)
		}
	}
}

// endsIn reports whether the words of f up to word w are name, joined
// by spaces: "Republican National Committee" at "Committee".
func (f *Features) endsIn(w int, name []string) bool {
	n := len(name)
	if w+1 < n {
		return false
	}
	for k := 0; k < n-1; k++ {
		i := w - (n - 1) + k
		if f.words[i].fold != name[k] || !f.joined(i) {
			return false
		}
	}
	return true
}

// readAnaphora finds the claims that open with a pronoun for a thing
// ("it", "this", "that") and the claim just before each, in the same or
// the previous sentence, that the pronoun points at: "others … saying it
// was a normal part of the negotiation process" speaks of what the claim
// before it speaks of.
func (art *article) readAnaphora() {
	art.back = make([]int32, len(art.fs))
	art.pointed = make([]bool, len(art.fs))
	for i := range art.back {
		art.back[i] = -1
	}
	order := art.order
	for k, i := range order {
		f := art.fs[i]
		if len(f.words) < 2 || f.words[0].class&wThing == 0 {
			continue // no pronoun for a thing opens it ("it", "this", "that")
		}
		for p := k - 1; p >= 0; p-- {
			j := order[p]
			g := art.fs[j]
			if len(g.words) == 0 {
				continue
			}
			if g.claim.Sentence < f.claim.Sentence-1 {
				break
			}
			if g.claim == f.claim.Parent || f.claim == g.claim.Parent {
				continue
			}
			art.back[i] = j
			art.pointed[j] = true
			break
		}
	}
}

// anaphorTopic is the topic overlap of a claim whose opening pronoun
// points at the other claim.
const anaphorTopic = 0.5

// nameTopic is the topic overlap of two claims that name one of the
// article's sources, or of a claim that names the other's source.
const nameTopic = 0.3

// topic returns how much claims i and j of the article are about one
// thing, beyond the words they share: both on the article's topic (the
// smaller of their shares of it, halved), one pointing back at the other,
// or both naming one source.
func (art *article) topic(i, j int32) float64 {
	t := min(art.rel[i], art.rel[j]) / 2
	if art.back[i] == j || art.back[j] == i {
		t = max(t, anaphorTopic)
	}
	if sharesSorted(art.names[i], art.names[j]) ||
		art.srcOf[j] >= 0 && slices.Contains(art.names[i], art.srcOf[j]) ||
		art.srcOf[i] >= 0 && slices.Contains(art.names[j], art.srcOf[i]) {
		t = max(t, nameTopic)
	}
	return t
}

// sharesSorted reports whether two sorted lists have an element in common.
func sharesSorted(x, y []int32) bool {
	for i, j := 0, 0; i < len(x) && j < len(y); {
		switch {
		case x[i] < y[j]:
			i++
		case x[i] > y[j]:
			j++
		default:
			return true
		}
	}
	return false
}

// sourceOf returns the claim's source, or nil.
func (c *Claim) sourceOf() *source.Source {
	if c == nil {
		return nil
	}
	return c.Source
}

func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// foldWord folds one word as the scorer's tokens are folded: lower case,
// with a straight apostrophe.
func foldWord(w string) string {
	return strings.ReplaceAll(strings.ToLower(w), "’", "'")
}
