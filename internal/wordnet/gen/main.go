// Command gen writes wordnet.txt, the table that package wordnet embeds, from
// the WordNet 3.0 database files (data.*, index.* and *.exc, as installed by
// Debian's wordnet-base package in /usr/share/wordnet).
//
// Usage, from internal/wordnet (go generate runs it so):
//
//	go run ./gen -dict /usr/share/wordnet -o wordnet.txt
//
// The output is deterministic: the same database gives the same bytes. The
// header it writes describes the format.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"iter"
	"log"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

const (
	// classSenses is how many of a noun's common senses, and how many of
	// its instances, in index.noun order (most frequent first), take part
	// in co-hyponym classes.
	classSenses = 2
	// A noun synset is a class only if it lies at least minClassDepth
	// hypernym links below "entity" and has at most maxClassHyponyms
	// direct hyponyms. Above that, siblings are too general to conflict
	// ("person", "act", "abstraction", "whole", "group").
	minClassDepth    = 3
	maxClassHyponyms = 150
	// minGlossed is how many glosses must use a noun that has one sense,
	// not tagged in SemCor, for it to be common.
	minGlossed = 3
	// minCompound is the least length of the first part of a compound
	// noun (see compounds): "fisher" and "man", not "wo" and "man".
	minCompound = 3
	// topicSenses is how many of a lemma's senses in each part of speech
	// have topics (s lines).
	topicSenses = 2
	// maxClusterWords is the most words an adjective cluster (a head and
	// its satellites, see clusters) may have to be a topic: the largest,
	// "chromatic", lists colours, which are alternatives, not alike.
	maxClusterWords = 100
	// lineWidth is the width at which lists of lemmas are wrapped.
	lineWidth = 100
)

// namedSynset is a synset and its first word, which load checks.
type namedSynset struct {
	key
	word string
}

var (
	// extraHypernyms are hypernym links that WordNet 3.0 lacks, added to
	// the database as it is loaded, from the first synset to the second.
	extraHypernyms = [][2]namedSynset{
		// "Building material" lies below "artifact", far from "material,
		// stuff", where wood, plant material, is: a brick wall and a wooden
		// one would not conflict.
		{{key{'n', 14786479}, "building_material"}, {key{'n', 14580897}, "material"}},
	}
	// kinds are classes whose members exclude one another however far
	// apart WordNet puts them: a node at or below any synset of a kind
	// has the kind's class, its first synset.
	kinds = [][]namedSynset{
		// Buildings and establishments: a garage (an outbuilding) and a
		// prison (a correctional institution) are two links and four
		// below them.
		{{key{'n', 2913152}, "building"}, {key{'n', 3297735}, "establishment"}},
	}
)

// posOrder is morphy's order of the parts of speech; posFiles names their
// files.
var (
	posOrder = []byte{'n', 'v', 'a', 'r'}
	posFiles = map[byte]string{'n': "noun", 'v': "verb", 'a': "adj", 'r': "adv"}
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("gen: ")
	dict := flag.String("dict", "/usr/share/wordnet", "directory of the WordNet 3.0 database files")
	out := flag.String("o", "wordnet.txt", "output file")
	flag.Parse()
	if flag.NArg() != 0 {
		flag.Usage()
		os.Exit(2)
	}
	d, err := load(*dict)
	if err != nil {
		log.Fatal(err)
	}
	var buf bytes.Buffer
	d.write(&buf, fmt.Sprintf("go run ./gen -dict %s -o %s", *dict, *out))
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}

// key identifies a synset: its part of speech (n, v, a or r; satellites
// are a) and its byte offset in that data file.
type key struct {
	pos byte
	off int
}

func cmpKey(a, b key) int {
	if a.pos != b.pos {
		return int(a.pos) - int(b.pos)
	}
	return a.off - b.off
}

// ptr is one pointer of a synset.
type ptr struct {
	sym      string // "!", "@", "@i", "~", "&" …
	to       key
	src, tgt int // word numbers, 1-based; 0 for a semantic pointer
}

// synset is one line of a data file.
type synset struct {
	key
	words     []string // lowercased, adjective markers removed, "_" kept
	ptrs      []ptr
	satellite bool // an adjective satellite, "similar to" (&) its head
}

// db is the part of WordNet that gen reads.
type db struct {
	synsets map[key]*synset
	index   map[byte]map[string][]int // pos → lemma → synset offsets, most frequent first
	tagged  map[byte]map[string]bool  // pos → lemma → has a sense tagged in SemCor
	exc     map[byte][][]string       // pos → lines of the exception list
	glossed map[string]int            // word → the number of glosses that use it
	licence []string                  // the licence notice from data.noun's header
}

func load(dir string) (*db, error) {
	d := &db{
		synsets: make(map[key]*synset),
		index:   make(map[byte]map[string][]int),
		tagged:  make(map[byte]map[string]bool),
		exc:     make(map[byte][][]string),
		glossed: make(map[string]int),
	}
	for _, pos := range posOrder {
		if err := d.readData(filepath.Join(dir, "data."+posFiles[pos]), pos); err != nil {
			return nil, err
		}
		if err := d.readIndex(filepath.Join(dir, "index."+posFiles[pos]), pos); err != nil {
			return nil, err
		}
		if err := d.readExc(filepath.Join(dir, posFiles[pos]+".exc"), pos); err != nil {
			return nil, err
		}
	}
	if len(d.licence) == 0 {
		return nil, errors.New("no licence header in data.noun")
	}
	for _, l := range extraHypernyms {
		if d.synsets[l[0].key] == nil && d.synsets[l[1].key] == nil {
			continue // a database without them (testdata)
		}
		if err := d.check(l[:]); err != nil {
			return nil, err
		}
		from, to := d.synsets[l[0].key], d.synsets[l[1].key]
		from.ptrs = append(from.ptrs, ptr{sym: "@", to: to.key})
		to.ptrs = append(to.ptrs, ptr{sym: "~", to: from.key})
	}
	for _, k := range kinds {
		if !slices.ContainsFunc(k, func(s namedSynset) bool { return d.synsets[s.key] != nil }) {
			continue
		}
		if err := d.check(k); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// check checks that each synset is in the database, with its word first.
func (d *db) check(ss []namedSynset) error {
	for _, s := range ss {
		if x := d.synsets[s.key]; x == nil || x.words[0] != s.word {
			return fmt.Errorf("synset %c %08d is not %q", s.pos, s.off, s.word)
		}
	}
	return nil
}

// lines calls f for each line of the named file.
func lines(name string, f func(line string) error) error {
	file, err := os.Open(name)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if err := f(sc.Text()); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

var errShort = errors.New("short line")

// readData reads a data file: "offset lex_filenum ss_type w_cnt word lex_id
// … p_cnt ptr … | gloss", after a licence header of lines starting "  ".
func (d *db) readData(name string, pos byte) error {
	return lines(name, func(line string) error {
		if strings.HasPrefix(line, "  ") {
			if pos == 'n' { // "  12 text  "
				_, text, _ := strings.Cut(strings.TrimSpace(line), " ")
				d.licence = append(d.licence, strings.TrimSpace(text))
			}
			return nil
		}
		head, gloss, _ := strings.Cut(line, " | ")
		d.countGloss(gloss)
		f := strings.Fields(head)
		if len(f) < 5 {
			return errShort
		}
		off, err := strconv.Atoi(f[0])
		if err != nil {
			return err
		}
		s := &synset{key: key{pos, off}, satellite: f[2] == "s"}
		nw, err := strconv.ParseUint(f[3], 16, 8)
		if err != nil {
			return err
		}
		i := 4
		for range nw {
			if i+2 >= len(f) {
				return errShort
			}
			w := f[i]
			if j := strings.IndexByte(w, '('); j > 0 { // adjective marker: (a), (p), (ip)
				w = w[:j]
			}
			s.words = append(s.words, strings.ToLower(w))
			i += 2
		}
		np, err := strconv.Atoi(f[i])
		if err != nil {
			return err
		}
		i++
		for range np {
			if i+4 > len(f) {
				return errShort
			}
			p := ptr{sym: f[i], to: key{f[i+2][0], 0}}
			if p.to.pos == 's' {
				p.to.pos = 'a'
			}
			if p.to.off, err = strconv.Atoi(f[i+1]); err != nil {
				return err
			}
			st, err := strconv.ParseUint(f[i+3], 16, 16)
			if err != nil {
				return err
			}
			p.src, p.tgt = int(st>>8), int(st&0xff)
			s.ptrs = append(s.ptrs, p)
			i += 4
		}
		d.synsets[s.key] = s
		return nil
	})
}

// countGloss counts the words of a gloss in d.glossed, each once.
func (d *db) countGloss(gloss string) {
	words := strings.FieldsFunc(strings.ToLower(gloss), func(r rune) bool {
		return (r < 'a' || r > 'z') && r != '-' && r != '\''
	})
	slices.Sort(words)
	for _, w := range slices.Compact(words) {
		d.glossed[w]++
	}
}

// readIndex reads an index file: "lemma pos synset_cnt p_cnt ptr_symbol …
// sense_cnt tagsense_cnt synset_offset …".
func (d *db) readIndex(name string, pos byte) error {
	index := make(map[string][]int)
	tagged := make(map[string]bool)
	d.index[pos], d.tagged[pos] = index, tagged
	return lines(name, func(line string) error {
		if strings.HasPrefix(line, "  ") {
			return nil
		}
		f := strings.Fields(line)
		if len(f) < 3 {
			return errShort
		}
		n, err := strconv.Atoi(f[2])
		if err != nil {
			return err
		}
		if len(f) < n+6 {
			return errShort
		}
		offs := make([]int, n)
		for i, s := range f[len(f)-n:] {
			if offs[i], err = strconv.Atoi(s); err != nil {
				return err
			}
		}
		index[f[0]] = offs
		tagged[f[0]] = f[len(f)-n-1] != "0"
		return nil
	})
}

// readExc reads an exception list: "form base …".
func (d *db) readExc(name string, pos byte) error {
	return lines(name, func(line string) error {
		if f := strings.Fields(line); len(f) >= 2 {
			d.exc[pos] = append(d.exc[pos], f)
		}
		return nil
	})
}

// simple reports whether w is a single lowercase word: ASCII letters, with
// inner hyphens or apostrophes ("o'clock", "well-being").
func simple(w string) bool {
	if w == "" || !isLower(w[0]) || !isLower(w[len(w)-1]) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !isLower(c) && c != '-' && c != '\'' {
			return false
		}
	}
	return true
}

func isLower(c byte) bool { return 'a' <= c && c <= 'z' }

// out collects the lines of the body, to be sorted.
type out []string

func (o *out) add(format string, args ...any) { *o = append(*o, fmt.Sprintf(format, args...)) }

// addList adds "tag head words…" lines, wrapped at lineWidth.
func (o *out) addList(tag, head string, words []string) {
	var b strings.Builder
	for _, w := range words {
		if b.Len() > 0 && b.Len()+1+len(w) > lineWidth {
			*o = append(*o, b.String())
			b.Reset()
		}
		if b.Len() == 0 {
			b.WriteString(tag + " " + head)
		}
		b.WriteString(" " + w)
	}
	if b.Len() > 0 {
		*o = append(*o, b.String())
	}
}

func (d *db) write(w *bytes.Buffer, cmd string) {
	var o out
	d.lemmas(&o)
	d.antonyms(&o)
	d.pertainyms(&o, d.classes(&o))
	d.senses(&o)
	slices.Sort(o)
	o = slices.Compact(o)
	d.header(w, cmd)
	for _, l := range o {
		w.WriteString(l)
		w.WriteByte('\n')
	}
}

// lemmaPOS returns the parts of speech of w, in posOrder, or "".
func (d *db) lemmaPOS(w string) string {
	var pos []byte
	for _, p := range posOrder {
		if _, ok := d.index[p][w]; ok {
			pos = append(pos, p)
		}
	}
	return string(pos)
}

// lemmas adds the l lines (lemmas grouped by their parts of speech) and the
// e lines (exceptions).
func (d *db) lemmas(o *out) {
	byPOS := make(map[string][]string)
	for _, p := range posOrder {
		for w := range d.index[p] {
			if simple(w) && d.lemmaPOS(w)[0] == p { // once, from its first part of speech
				byPOS[d.lemmaPOS(w)] = append(byPOS[d.lemmaPOS(w)], w)
			}
		}
	}
	for pos, ws := range byPOS {
		slices.Sort(ws)
		o.addList("l", pos, ws)
	}

	// Exceptions whose form is a single word, keeping the base forms that
	// are lemmas of that part of speech (morphy drops the others).
	for _, p := range posOrder {
		for _, f := range d.exc[p] {
			if !simple(f[0]) {
				continue
			}
			var bases []string
			for _, b := range f[1:] {
				if _, ok := d.index[p][b]; ok && simple(b) && !slices.Contains(bases, b) {
					bases = append(bases, b)
				}
			}
			if len(bases) > 0 {
				o.add("e %c %s %s", p, f[0], strings.Join(bases, " "))
			}
		}
	}
}

// antonyms adds the a lines: WordNet's direct antonyms ("!") between single
// words, in any part of speech.
func (d *db) antonyms(o *out) {
	for _, s := range d.synsets {
		for _, p := range s.ptrs {
			if p.sym != "!" || p.src == 0 {
				continue
			}
			a, b := s.words[p.src-1], d.synsets[p.to].words[p.tgt-1]
			if simple(a) && simple(b) && a != b {
				o.add("a %s %s", min(a, b), max(a, b))
			}
		}
	}
}

// related returns the noun synsets that k points to with sym, in order.
func (d *db) related(k key, sym string) []key {
	var out []key
	for _, p := range d.synsets[k].ptrs {
		if p.sym == sym && p.to.pos == 'n' && !slices.Contains(out, p.to) {
			out = append(out, p.to)
		}
	}
	return out
}

// common reports whether the noun w takes part in co-hyponym classes: it
// has a sense tagged in SemCor, or two or more senses, or at least
// minGlossed glosses use it ("vodka", "cider"). (WordNet has no other
// measure of frequency; this keeps most rare technical terms, and their
// hypernym pairs, out of the table.)
func (d *db) common(w string) bool {
	return simple(w) && (d.tagged['n'][w] || len(d.index['n'][w]) > 1 || d.glossed[w] >= minGlossed)
}

// classSenses returns the senses of the noun w that take part in classes,
// in index.noun's order: its first classSenses common senses and its first
// classSenses instances (proper nouns: "China", "Mars"), so that the
// writer and the queen that "Grey" names leave room for the colour.
func (d *db) classSenses(w string) []key {
	var common, inst []key
	for _, off := range d.index['n'][w] {
		k := key{'n', off}
		if len(d.related(k, "@i")) > 0 {
			if len(inst) < classSenses {
				inst = append(inst, k)
			}
		} else if len(common) < classSenses {
			common = append(common, k)
		}
	}
	return append(common, inst...)
}

// classes adds the lines for co-hyponyms: n (the members below a node),
// h (the classes of a node), w (the node's own words) and x (exclusions).
//
// A node is a direct hypernym, or the class of an instance, of one of the
// class senses of a noun. The classes of a node are the node itself and, if
// it is a physical entity, its direct hypernyms, each if it is eligible
// (deep enough and not too large), and the eligible antonyms of those
// ("male person" and "female person", so that "boy" and "girl" conflict);
// and the kinds that the node lies below. A node that is not eligible has
// no classes: what lies above it is more general still. Two nouns share a
// class when they are cousins at most (siblings, or grandchildren of one
// synset) or of one kind.
//
// Two nouns that share a class are nevertheless not co-hyponyms when they
// share a synset (in any sense and part of speech), when some sense of one
// is a hypernym, at any distance, of some sense of the other, when some
// sense of one is a part, member or substance of some sense of the other
// (lumber is made of wood), or when one is a compound of the other
// ("fisherman", "man"; see compounds). The commonest case, a noun that is
// one of the words of a node of the other (puppy, dog), is left to the
// reader of the table, which knows the nodes of each word; x lines list
// the others.
//
// classes returns the words that have classes.
func (d *db) classes(o *out) map[string]bool {
	depth := d.depths()
	hyponyms := make(map[key]int)
	for k, s := range d.synsets {
		if k.pos == 'n' {
			for _, p := range s.ptrs {
				if p.sym == "~" {
					hyponyms[k]++
				}
			}
		}
	}
	eligible := func(k key) bool {
		return depth[k] >= minClassDepth && hyponyms[k] <= maxClassHyponyms
	}
	classesOf := make(map[key][]key) // node → its classes, sorted
	nodeClasses := func(n key) []key {
		if cs, ok := classesOf[n]; ok {
			return cs
		}
		var cs []key
		if eligible(n) {
			anc := map[key]bool{n: true}
			d.ancestors(n, anc)
			up := []key{n}
			if anc[physicalEntity] {
				up = append(up, d.related(n, "@")...)
			}
			for _, c := range up {
				if !eligible(c) {
					continue
				}
				for _, x := range append([]key{c}, d.related(c, "!")...) {
					if eligible(x) && !slices.Contains(cs, x) {
						cs = append(cs, x)
					}
				}
			}
			for _, k := range kinds {
				if slices.ContainsFunc(k, func(s namedSynset) bool { return anc[s.key] }) && !slices.Contains(cs, k[0].key) {
					cs = append(cs, k[0].key)
				}
			}
		}
		slices.SortFunc(cs, cmpKey)
		classesOf[n] = cs
		return cs
	}

	members := make(map[key][]string)     // node → the words below it
	nodesOf := make(map[string][]key)     // word → its nodes
	wordClasses := make(map[string][]key) // word → its classes, sorted
	for w := range d.index['n'] {
		if !d.common(w) {
			continue
		}
		for _, s := range d.classSenses(w) {
			for _, n := range append(d.related(s, "@"), d.related(s, "@i")...) {
				cs := nodeClasses(n)
				if len(cs) == 0 || slices.Contains(nodesOf[w], n) {
					continue
				}
				members[n] = append(members[n], w)
				nodesOf[w] = append(nodesOf[w], n)
				for _, c := range cs {
					if !slices.Contains(wordClasses[w], c) {
						wordClasses[w] = append(wordClasses[w], c)
					}
				}
			}
		}
	}
	for _, cs := range wordClasses {
		slices.SortFunc(cs, cmpKey)
	}
	for n, ws := range members {
		slices.Sort(ws)
		o.addList("n", fmt.Sprintf("%08d", n.off), ws)
		var cs []string
		for _, c := range classesOf[n] {
			cs = append(cs, fmt.Sprintf("%08d", c.off))
		}
		o.add("h %08d %s", n.off, strings.Join(cs, " "))
		var own []string
		for _, w := range d.synsets[n].words {
			if _, ok := wordClasses[w]; ok && !slices.Contains(own, w) {
				own = append(own, w)
			}
		}
		if len(own) > 0 {
			slices.Sort(own)
			o.add("w %08d %s", n.off, strings.Join(own, " "))
		}
	}

	// The nodes nearest above each node, for readers that ask whether one
	// noun is a kind of what another names (dog, animal).
	for n := range members {
		var above []key
		d.nodesAbove(n, members, map[key]bool{}, &above)
		if len(above) > 0 {
			slices.SortFunc(above, cmpKey)
			var offs []string
			for _, a := range above {
				offs = append(offs, fmt.Sprintf("%08d", a.off))
			}
			o.add("u %08d %s", n.off, strings.Join(offs, " "))
		}
	}

	share := func(a, b string) bool {
		for _, c := range wordClasses[a] {
			if _, ok := slices.BinarySearchFunc(wordClasses[b], c, cmpKey); ok {
				return true
			}
		}
		return false
	}
	// nodeWord reports whether b is a word of one of a's nodes.
	nodeWord := func(a, b string) bool {
		for _, n := range nodesOf[a] {
			if slices.Contains(d.synsets[n].words, b) {
				return true
			}
		}
		return false
	}
	synsets := make(map[key][]string) // synset → its words that have classes
	for w := range wordClasses {
		for _, p := range posOrder {
			for _, off := range d.index[p][w] {
				k := key{p, off}
				synsets[k] = append(synsets[k], w)
			}
		}
	}
	excluded := make(map[string][]string) // a → the b > a that it excludes
	exclude := func(a, b string) {
		if a > b {
			a, b = b, a
		}
		if a != b && share(a, b) && !nodeWord(a, b) && !nodeWord(b, a) && !slices.Contains(excluded[a], b) {
			excluded[a] = append(excluded[a], b)
		}
	}
	for _, k := range slices.SortedFunc(maps.Keys(synsets), cmpKey) {
		ws := synsets[k]
		for i, a := range ws {
			for _, b := range ws[i+1:] {
				exclude(a, b)
			}
		}
	}
	for a := range wordClasses {
		anc := make(map[key]bool)
		for _, off := range d.index['n'][a] {
			k := key{'n', off}
			d.ancestors(k, anc)
			for _, p := range d.synsets[k].ptrs {
				if strings.ContainsRune("%#", rune(p.sym[0])) && p.to.pos == 'n' { // %p #p %m #m %s #s
					anc[p.to] = true
				}
			}
		}
		for k := range anc {
			for _, b := range synsets[k] {
				exclude(a, b)
			}
		}
		for b := range d.compounds(a) {
			if _, ok := wordClasses[b]; ok {
				exclude(a, b)
			}
		}
	}
	for a, bs := range excluded {
		slices.Sort(bs)
		o.add("x %s %s", a, strings.Join(bs, " "))
	}
	has := make(map[string]bool, len(wordClasses))
	for w := range wordClasses {
		has[w] = true
	}
	return has
}

// compounds yields the head of w, if w is a compound that names a person
// by a role: a word of at least minCompound letters (or its plural) and
// "man", "woman" or "person" ("fisherman", "chairwoman", "spokesperson"),
// with a hyphen or not. The compound names a kind of its head: a fisherman
// is a man, so neither replaces the other as a co-hyponym would.
// (Compounds in general do not: a butterfly is no fly, distrust no trust.)
func (d *db) compounds(w string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, head := range []string{"man", "woman", "person"} {
			first, ok := strings.CutSuffix(w, head)
			if !ok {
				continue
			}
			first = strings.TrimSuffix(first, "-")
			if len(first) >= minCompound && (d.lemmaPOS(first) != "" ||
				strings.HasSuffix(first, "s") && d.lemmaPOS(first[:len(first)-1]) != "") {
				if !yield(head) {
					return
				}
			}
		}
	}
}

// pertainyms adds the p lines: the nouns that an adjective pertains to
// (WordNet's "\" pointer, from the adjective itself, in any of its senses)
// and that have classes: "chinese" to "china", "thai" to "thailand".
func (d *db) pertainyms(o *out, hasClasses map[string]bool) {
	for w, offs := range d.index['a'] {
		if !simple(w) {
			continue
		}
		var nouns []string
		for _, off := range offs {
			s := d.synsets[key{'a', off}]
			for _, p := range s.ptrs {
				if p.sym != `\` || p.src == 0 || s.words[p.src-1] != w || p.to.pos != 'n' {
					continue
				}
				n := d.synsets[p.to].words[p.tgt-1]
				if n != w && hasClasses[n] && !slices.Contains(nouns, n) {
					nouns = append(nouns, n)
				}
			}
		}
		if len(nouns) > 0 {
			slices.Sort(nouns)
			o.add("p %s %s", w, strings.Join(nouns, " "))
		}
	}
}

// senses adds the s lines, one a topic: a synset and the lemmas that have
// it as one of their first topicSenses senses in some part of speech, or
// that have such a sense whose word is derivationally related to a word of
// it (WordNet's "+" pointer, which links word forms: "die" to "death",
// "buy" to "buyer"), and the adjective clusters of such senses (see
// clusters) that have at most maxClusterWords lemmas, as c lines. Topics
// of one lemma only are left out, and topics of the same lemmas are one.
func (d *db) senses(o *out) {
	topics := make(map[key][]string)
	for _, p := range posOrder {
		for w, offs := range d.index[p] {
			if !simple(w) {
				continue
			}
			for _, off := range offs[:min(len(offs), topicSenses)] {
				k := key{p, off}
				topics[k] = append(topics[k], w)
				for _, c := range d.clusters(k) {
					topics[c] = append(topics[c], w)
				}
				for _, pt := range d.synsets[k].ptrs {
					if pt.sym == "+" && pt.src > 0 && d.synsets[k].words[pt.src-1] == w {
						topics[pt.to] = append(topics[pt.to], w)
					}
				}
			}
		}
	}
	for k, ws := range topics {
		slices.Sort(ws)
		ws = slices.Compact(ws)
		switch {
		case len(ws) < 2:
		case k.pos != 'c':
			o.add("s %s", strings.Join(ws, " "))
		case len(ws) > maxClusterWords:
			// "red" and "green" are both chromatic, not alike.
		default:
			head := d.synsets[key{'a', k.off}].words[0]
			if !simple(head) {
				o.add("s %s", strings.Join(ws, " "))
			} else {
				o.add("c %s %s", head, strings.Join(ws, " "))
			}
		}
	}
}

// nodesAbove adds to out the nodes nearest above k: its hypernyms and
// classes of instances that are nodes, and for one that is not, the nodes
// nearest above it.
func (d *db) nodesAbove(k key, nodes map[key][]string, seen map[key]bool, out *[]key) {
	for _, p := range d.synsets[k].ptrs {
		if (p.sym == "@" || p.sym == "@i") && !seen[p.to] {
			seen[p.to] = true
			if _, ok := nodes[p.to]; ok {
				*out = append(*out, p.to)
			} else {
				d.nodesAbove(p.to, nodes, seen, out)
			}
		}
	}
}

// clusters returns the key of the adjective cluster that synset k is in,
// as a topic: the cluster of a head adjective is the head and the
// satellites similar (&) to it, "small" and "tiny". Its key is the head's
// with part of speech 'c', which no synset has. (WordNet's "also see"
// links between heads, "happy" and "glad", are looser: they are left out.)
func (d *db) clusters(k key) []key {
	s := d.synsets[k]
	if k.pos != 'a' || s == nil {
		return nil
	}
	if !s.satellite {
		return []key{{'c', k.off}}
	}
	var out []key
	for _, p := range s.ptrs {
		if p.sym == "&" {
			out = append(out, key{'c', p.to.off})
		}
	}
	return out
}

// physicalEntity is the synset "physical entity", in data.noun.
var physicalEntity = key{'n', 1930}

// ancestors adds every hypernym and instance hypernym above k to m.
func (d *db) ancestors(k key, m map[key]bool) {
	for _, p := range d.synsets[k].ptrs {
		if (p.sym == "@" || p.sym == "@i") && !m[p.to] {
			m[p.to] = true
			d.ancestors(p.to, m)
		}
	}
}

// depths returns the length of the shortest hypernym path from each noun
// synset up to a root ("entity" is the only one: depth 0).
func (d *db) depths() map[key]int {
	depth := make(map[key]int)
	var queue []key
	for k := range d.synsets {
		if k.pos == 'n' && len(d.related(k, "@")) == 0 && len(d.related(k, "@i")) == 0 {
			depth[k] = 0
			queue = append(queue, k)
		}
	}
	for len(queue) > 0 {
		k := queue[0]
		queue = queue[1:]
		for _, p := range d.synsets[k].ptrs {
			if _, ok := depth[p.to]; !ok && (p.sym == "~" || p.sym == "~i") {
				depth[p.to] = depth[k] + 1
				queue = append(queue, p.to)
			}
		}
	}
	return depth
}

func (d *db) header(w *bytes.Buffer, cmd string) {
	var kindNames, extraNames []string
	for _, k := range kinds {
		var names []string
		for _, s := range k {
			names = append(names, fmt.Sprintf("%s %08d", s.word, s.off))
		}
		kindNames = append(kindNames, strings.Join(names, " with "))
	}
	for _, l := range extraHypernyms {
		extraNames = append(extraNames, fmt.Sprintf("%s %08d @ %s %08d", l[0].word, l[0].off, l[1].word, l[1].off))
	}
	fmt.Fprintf(w, `# wordnet.txt: lemmas, irregular inflections, antonyms, co-hyponym
# classes, pertainyms and topics of English single words, for package
# wordnet.
#
# Source: WordNet 3.0 (Princeton University): the database files data.*,
# index.* and *.exc, as packaged by Debian (wordnet-base). Generated; do not
# edit. In internal/wordnet, "go generate" runs
#
#   %s
#
# Only single words are kept: ASCII letters with inner hyphens or
# apostrophes, lowercased as index.* has them ("monday").
#
# Format: after this header, one entry a line, fields separated by one space,
# lines in byte order. NODE and CLASS are offsets of synsets in data.noun.
#
#   a WORD WORD       direct antonyms (WordNet's "!" pointer, any part of
#                     speech), the two words in byte order
#   e P FORM BASE...  FORM is an irregular inflection of BASE in part of
#                     speech P (n, v, a, r), from P's .exc list; only bases
#                     that are lemmas of P are kept, in the list's order
#   h NODE CLASS...   the classes of the nouns right below NODE: NODE, and
#                     its direct hypernyms if it is a physical entity, and
#                     the antonyms of those, each if it is eligible (at
#                     least %d links below "entity", at most %d direct
#                     hyponyms); and the kinds NODE lies below, each named by
#                     its first synset. None if NODE is not eligible. Kinds:
#                     %s
#   l POS WORD...     lemmas whose parts of speech are POS (of n, v, a, r),
#                     from index.*; sorted, a group wrapped over many lines
#   n NODE WORD...    the common nouns one of whose first %d common senses,
#                     or first %d instances, in index.noun is a direct
#                     hyponym or an instance of NODE (common: a sense tagged
#                     in SemCor, two or more senses, or used by %d glosses);
#                     sorted, wrapped as l lines are
#   p ADJ NOUN...     the nouns, with classes, that the adjective ADJ
#                     pertains to (WordNet's "\" pointer, any sense)
#   c HEAD WORD...    a topic, an adjective cluster of at most %d lemmas:
#                     those with one of their first %d senses that is its
#                     head or a satellite similar to (&) its head; HEAD is
#                     the first word of the head synset (an s line if that
#                     is not a single word)
#   s WORD...         a topic: the lemmas that have a synset as one of their
#                     first %d senses in a part of speech, or that have such
#                     a sense derivationally related to it (WordNet's "+"
#                     pointer, from the lemma itself); only topics of two
#                     lemmas or more, each set of lemmas once
#   u NODE NODE...    the nodes (of n lines) nearest above NODE: those of
#                     its hypernyms and classes of instances that are nodes,
#                     and for one that is not, the nodes nearest above it
#   w NODE WORD...    the words of NODE that are themselves in some n line
#   x WORD WORD...    WORD and each later word share a class but are not
#                     co-hyponyms: they share a synset, or some sense of one
#                     is a hypernym of some sense of the other, or a part,
#                     member or substance of it, or one is a compound of the
#                     other naming a person (fisherman, man). Pairs where
#                     one is a word (w) of a node (n) of the other are left
#                     out: a reader finds them from the n and w lines.
#
# Two nouns are co-hyponyms when some class of one (the union of the
# classes of its nodes) is a class of the other, and they are not excluded.
# The generator adds hypernym links that WordNet lacks:
#
#   %s
#
# Licence: WordNet 3.0's, reproduced in full as it requires:
#
`, cmd, minClassDepth, maxClassHyponyms, strings.Join(kindNames, "; "), classSenses, classSenses, minGlossed,
		maxClusterWords, topicSenses, topicSenses, strings.Join(extraNames, "\n#   "))
	for _, l := range d.licence {
		if l == "" {
			w.WriteString("#\n")
		} else {
			w.WriteString("#   " + l + "\n")
		}
	}
	w.WriteString("#\n")
}
