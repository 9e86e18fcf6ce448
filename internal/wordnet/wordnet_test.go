package wordnet

import (
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestLemmas(t *testing.T) {
	tests := []struct {
		word string
		want []string
	}{
		// Exception lists.
		{"rose", []string{"rose", "rise"}}, // a lemma itself first
		{"fell", []string{"fell", "fall"}},
		{"went", []string{"go"}},
		{"won", []string{"won", "win"}},
		{"lost", []string{"lost", "lose"}},
		{"ran", []string{"run"}},
		{"children", []string{"child"}},
		{"geese", []string{"goose"}},
		{"better", []string{"better", "good", "well"}},
		{"worse", []string{"worse", "bad"}},
		{"axes", []string{"ax", "axis", "axe"}}, // nouns, then verbs
		// Detachment rules.
		{"dogs", []string{"dog"}},
		{"women", []string{"woman"}},
		{"increased", []string{"increased", "increase"}},
		{"increases", []string{"increase"}},
		{"running", []string{"running", "run"}},
		{"saying", []string{"saying", "say"}},
		{"says", []string{"say"}},
		{"leaves", []string{"leaf", "leave"}},
		{"bigger", []string{"bigger", "big"}},
		{"officials", []string{"official"}},
		{"talks", []string{"talks", "talk"}},
		{"glasses", []string{"glasses", "glass"}},
		{"glass", []string{"glass"}}, // not "glas": nouns in -ss keep it
		{"boxes", []string{"box"}},
		{"churches", []string{"church"}},
		{"wolves", []string{"wolf"}},
		{"parties", []string{"party"}},
		{"tried", []string{"tried", "try"}},
		{"hoped", []string{"hope", "hop"}}, // "ed" → "e", then "ed" → ""
		{"hopping", []string{"hop"}},
		// Lemmas with hyphens and apostrophes.
		{"o'clock", []string{"o'clock"}},
		{"well-being", []string{"well-being"}},
		// Not words of WordNet.
		{"", nil},
		{"xyzzy", nil},
		{"Dog", nil}, // the caller folds case
		{"dog food", nil},
		{"s", []string{"s"}},
		{"\xff\xfe", nil},
		{"ies", []string{"ie"}},
		{strings.Repeat("a", 200) + "ies", nil},
	}
	for _, tt := range tests {
		got := slices.Collect(Lemmas(tt.word))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Lemmas(%q) (-want +got):\n%s", tt.word, diff)
		}
		wantLemma := tt.word
		if len(tt.want) > 0 {
			wantLemma = tt.want[0]
		}
		if got := Lemma(tt.word); got != wantLemma {
			t.Errorf("Lemma(%q) = %q, want %q", tt.word, got, wantLemma)
		}
	}
}

func TestLemmasStops(t *testing.T) {
	var got []string
	for l := range Lemmas("better") {
		got = append(got, l)
		break
	}
	if diff := cmp.Diff([]string{"better"}, got); diff != "" {
		t.Errorf("Lemmas(%q) after break (-want +got):\n%s", "better", diff)
	}
}

// TestLemmasBounded checks that no word of the table has more base forms
// than a lemmaSet holds.
func TestLemmasBounded(t *testing.T) {
	tb := load()
	most, which := 0, ""
	for w := range tb.forms {
		for _, x := range []string{w, w + "s", w + "es", w + "ed", w + "ing", w + "er", w + "est"} {
			var s lemmaSet
			tb.lemmas(x, &s)
			if s.n > most {
				most, which = s.n, x
			}
		}
	}
	t.Logf("most base forms: %d, of %q", most, which)
	if most >= maxLemmas {
		t.Errorf("%q has %d base forms or more; maxLemmas = %d", which, most, maxLemmas)
	}
	most, which = 0, ""
	for w := range tb.forms {
		for _, x := range []string{w, w + "s", w + "es", w + "ed", w + "ing", w + "er", w + "est"} {
			var s lemmaSet
			tb.lemmas(x, &s)
			n := s.n
			for _, id := range s.list() {
				n += len(tb.list(tb.rel(id).perts))
			}
			if n > most {
				most, which = n, x
			}
		}
	}
	t.Logf("most base forms and pertainyms: %d, of %q", most, which)
	if most >= maxLemmas {
		t.Errorf("%q has %d base forms and pertainyms or more; maxLemmas = %d", which, most, maxLemmas)
	}
}

// pairTest is a pair of words and whether a relation holds between them.
type pairTest struct {
	a, b string
	want bool
}

// checkPairs checks a symmetric relation both ways.
func checkPairs(t *testing.T, name string, f func(a, b string) bool, tests []pairTest) {
	t.Helper()
	for _, tt := range tests {
		if got := f(tt.a, tt.b); got != tt.want {
			t.Errorf("%s(%q, %q) = %v, want %v", name, tt.a, tt.b, got, tt.want)
		}
		if got := f(tt.b, tt.a); got != tt.want {
			t.Errorf("%s(%q, %q) = %v, want %v", name, tt.b, tt.a, got, tt.want)
		}
	}
}

func TestAntonyms(t *testing.T) {
	checkPairs(t, "Antonyms", Antonyms, []pairTest{
		{"increase", "decrease", true},
		{"increased", "decreased", true},
		{"increases", "decrease", true},
		{"win", "lose", true},
		{"won", "lost", true},
		{"rise", "fall", true},
		{"rose", "fell", true},
		{"rises", "falls", true},
		{"accept", "reject", true},
		{"accepted", "rejected", true},
		{"open", "closed", true},
		{"up", "down", true},
		{"hot", "cold", true},
		{"better", "worse", true}, // good, bad
		{"man", "woman", true},
		{"boy", "girl", true},
		{"north", "south", true},
		{"scorching", "cold", true}, // indirect: scorching is similar to hot
		{"huge", "small", true},
		{"huge", "tiny", true},
		{"cold", "sweltering", true},
		// Not antonyms.
		{"increase", "increase", false},
		{"increase", "rise", false},
		{"dog", "cat", false},
		{"huge", "enormous", false},
		{"red", "green", false},
		{"happy", "sad", false}, // happy is only "also seen" with glad
		{"happy", "glad", false},
		{"said", "denied", false},
		{"", "", false},
		{"up", "", false},
		{"xyzzy", "down", false},
	})
}

func TestCoHyponyms(t *testing.T) {
	checkPairs(t, "CoHyponyms", CoHyponyms, []pairTest{
		{"dog", "cat", true}, // canine, feline: carnivores
		{"dogs", "cats", true},
		{"man", "woman", true}, // male person, female person
		{"boy", "girl", true},
		{"husband", "wife", true},
		{"guitar", "piano", true}, // stringed instruments
		{"apple", "orange", true}, // edible fruit; citrus, edible fruit
		{"car", "bicycle", true},  // railcar, bicycle: wheeled vehicles
		{"car", "truck", true},
		{"tea", "coffee", true},
		{"wine", "beer", true},
		{"monday", "tuesday", true},
		{"january", "february", true},
		{"red", "blue", true},
		{"dog", "wolf", true},
		{"lion", "tiger", true},
		{"doctor", "nurse", true},
		{"senator", "congressman", true},
		// Drinks: brew and liquor are alcohol; wine is alcohol, cider a
		// beverage. Vodka and cider have one sense each, untagged in
		// SemCor, but glosses use them.
		{"beer", "vodka", true},
		{"wine", "cider", true},
		// Materials: building material (brick) is joined to material
		// (wood, plant material).
		{"brick", "wood", true},
		{"bricks", "wood", true},
		// Colours: chromatic and achromatic colours are antonyms. The
		// first two senses of "grey" are people, instances, which leave
		// room for its common senses.
		{"red", "grey", true},
		{"green", "grey", true},
		{"red", "gray", true},
		{"white", "grey", true},
		// Buildings and establishments are a kind.
		{"garage", "prison", true},
		{"kitchen", "bedroom", true},
		// Proper nouns, by their instance classes.
		{"china", "thailand", true}, // Asian countries
		{"france", "germany", true},
		{"mars", "earth", true}, // terrestrial planets
		{"paris", "london", true},
		{"texas", "california", true},
		// Adjectives, by the nouns they pertain to.
		{"chinese", "thai", true},
		{"american", "canadian", true},
		{"chinese", "french", true},
		{"chinese", "thailand", true},
		// Hypernyms and hyponyms, at any distance and in any sense.
		{"dog", "animal", false},
		{"dog", "puppy", false},
		{"dog", "canine", false},
		{"cat", "tiger", false}, // a tiger is a big cat, a cat
		{"man", "person", false},
		{"car", "vehicle", false},
		{"potato", "vegetable", false},
		{"mars", "planet", false},
		{"vodka", "liquor", false},
		// Synonyms.
		{"car", "automobile", false},
		{"company", "firm", false},
		{"talks", "negotiations", false},
		{"baby", "infant", false},
		{"street", "road", false}, // a street is a road
		// Parts and substances.
		{"lumber", "wood", false},
		{"university", "college", false},
		// A compound that names a person is one of its head.
		{"man", "fisherman", false},
		{"men", "fishermen", false},
		{"man", "workman", false},
		// One word, or a noun and its adjective.
		{"official", "officials", false},
		{"dog", "dog", false},
		{"chinese", "china", false},
		// Cousins among abstractions do not count.
		{"talk", "negotiation", false}, // conversation, discussion: speech
		{"soccer", "basketball", false},
		// Not nouns, or not words.
		{"small", "tiny", false},
		{"happy", "delighted", false},
		{"quickly", "slowly", false},
		{"", "dog", false},
		{"xyzzy", "dog", false},
	})
}

func TestSynonyms(t *testing.T) {
	checkPairs(t, "Synonyms", Synonyms, []pairTest{
		{"buy", "purchase", true}, // one synset
		{"bought", "purchased", true},
		{"boob", "breast", true},
		{"negotiation", "talks", true},
		{"negotiations", "talks", true},
		{"car", "automobile", true},
		{"death", "die", true}, // derivation
		{"died", "death", true},
		{"kill", "killing", true},
		{"killed", "killing", true},
		{"buy", "buyer", true},
		{"say", "said", true}, // one base form
		{"dog", "dogs", true},
		{"small", "tiny", true}, // one adjective cluster
		{"little", "tiny", true},
		{"huge", "enormous", true},
		{"red", "green", false}, // the chromatic cluster is too large
		{"small", "large", false},
		{"happy", "sad", false},
		// Not in WordNet's first two senses, or not linked there.
		{"pledge", "promise", false}, // pledge is a kind of promise
		{"die", "dead", false},       // dead is linked to deadness only
		{"arrest", "detain", false},
		{"dog", "cat", false},
		{"said", "denied", false},
		{"increase", "decrease", false},
		{"", "", false},
		{"xyzzy", "xyzzy", false},
		{"xyzzy", "dog", false},
	})
}

func TestIsA(t *testing.T) {
	for _, tt := range []pairTest{
		{"dog", "animal", true},
		{"dogs", "animals", true},
		{"puppy", "dog", true},
		{"celery", "vegetable", true},
		{"potatoes", "vegetables", true},
		{"bathroom", "room", true},
		{"champagne", "wine", true},
		{"guitar", "instrument", true},
		{"china", "country", true}, // an instance
		{"animal", "dog", false},   // the other way
		{"dog", "dog", false},
		{"dog", "cat", false},
		{"beer", "tequila", false},
		{"dog", "entity", false}, // too general to hold classes
		{"", "", false},
		{"xyzzy", "dog", false},
		{"dog", "xyzzy", false},
	} {
		if got := IsA(tt.a, tt.b); got != tt.want {
			t.Errorf("IsA(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestIsDirectlyA(t *testing.T) {
	for _, tt := range []pairTest{
		{"bedroom", "room", true},
		{"kitchen", "room", true},
		{"puppy", "dog", true},
		{"dog", "animal", false},       // canine and domestic animal lie between
		{"detective", "officer", true}, // officer: police officer
		{"room", "bedroom", false},
		{"xyzzy", "room", false},
	} {
		if got := IsDirectlyA(tt.a, tt.b); got != tt.want {
			t.Errorf("IsDirectlyA(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestIsABounded checks that no walk up from a noun's nodes meets more than
// maxAbove nodes, so that IsA's fixed buffer never cuts one short.
func TestIsABounded(t *testing.T) {
	tb := load()
	most := 0
	for i := range tb.words {
		seen := slices.Clone(tb.list(tb.rel(int32(i)).nodes))
		for j := 0; j < len(seen); j++ {
			for _, a := range tb.above.of(int(seen[j])) {
				if !slices.Contains(seen, a) {
					seen = append(seen, a)
				}
			}
		}
		most = max(most, len(seen))
	}
	t.Logf("at most %d nodes above a noun", most)
	if most > maxAbove {
		t.Errorf("a noun has %d nodes above it; maxAbove is %d", most, maxAbove)
	}
}

func TestSenses(t *testing.T) {
	tb := load()
	for _, w := range []string{"killed", "rose", "better", "axes", "dog", "leaves", "talks"} {
		got := slices.Collect(Senses(w))
		if len(got) == 0 {
			t.Errorf("Senses(%q) yields nothing", w)
		}
		sorted := slices.Sorted(slices.Values(got))
		if len(slices.Compact(sorted)) != len(got) {
			t.Errorf("Senses(%q) yields an id twice: %v", w, got)
		}
		// An id of each base form, and every topic of each.
		var want []uint32
		for l := range Lemmas(w) {
			id := tb.forms[l].word
			want = append(want, tb.topics+uint32(id))
			for _, x := range tb.list(tb.words[id].topics) {
				want = append(want, uint32(x))
			}
		}
		slices.Sort(want)
		if diff := cmp.Diff(slices.Compact(want), sorted); diff != "" {
			t.Errorf("Senses(%q) (-want +got):\n%s", w, diff)
		}
	}
	if got := slices.Collect(Senses("xyzzy")); len(got) != 0 {
		t.Errorf("Senses(%q) = %v, want nothing", "xyzzy", got)
	}
	n := 0
	for range Senses("killed") {
		n++
		break
	}
	if n != 1 {
		t.Errorf("Senses yielded %d ids after break", n)
	}
}

// TestGoldenTable reads the generator's golden output, a WordNet in
// miniature, and checks what the package makes of it.
func TestGoldenTable(t *testing.T) {
	text, err := os.ReadFile("gen/testdata/wordnet.golden")
	if err != nil {
		t.Fatal(err)
	}
	tb, err := parse(string(text))
	if err != nil {
		t.Fatal(err)
	}
	checkPairs(t, "coHyponymWords", tb.coHyponymWords, []pairTest{
		{"dog", "cat", true},
		{"brick", "wood", true},    // building material joined to material
		{"garage", "prison", true}, // a kind
		{"china", "thailand", true},
		{"chinese", "thai", true}, // by pertainyms
		{"chinese", "thailand", true},
		{"dog", "puppy", false},
		{"lumber", "wood", false}, // a substance of it
		{"fisherman", "man", false},
		{"country", "state", false},
		{"chinese", "china", false},
		{"siam", "china", false}, // not common
	})
	checkPairs(t, "synonyms", tb.synonyms, []pairTest{
		{"buy", "purchase", true},
		{"die", "death", true},
		{"die", "decease", true},
		{"dog", "hound", true},
		{"dogs", "dog", true},
		{"dog", "cat", false},
		{"die", "buy", false},
	})
}

func TestHeader(t *testing.T) {
	header, _, _ := strings.Cut(wordnetTxt, "\n#\n#   This software")
	for _, want := range []string{
		"WordNet 3.0",
		"go run ./gen -dict /usr/share/wordnet -o wordnet.txt",
	} {
		if !strings.Contains(header, want) {
			t.Errorf("header lacks %q", want)
		}
	}
	src, err := os.ReadFile("wordnet.go")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(src), "//go:generate go run ./gen -dict /usr/share/wordnet -o wordnet.txt\n") {
		t.Error("wordnet.go's go:generate line is not the command in wordnet.txt's header")
	}

	// The licence, in full, with the copyright notice and disclaimer.
	var text []string
	for line := range strings.Lines(wordnetTxt) {
		if !strings.HasPrefix(line, "#") {
			break
		}
		text = append(text, strings.TrimSpace(strings.TrimPrefix(line, "#")))
	}
	licence := strings.Join(strings.Fields(strings.Join(text, " ")), " ")
	for _, want := range []string{
		"This software and database is being provided to you, the LICENSEE, by Princeton University under the following license.",
		"Permission to use, copy, modify and distribute this software and database and its documentation for any purpose and without fee or royalty is hereby granted",
		"WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
		`THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.`,
		"The name of Princeton University or Princeton may not be used in advertising or publicity",
		"Princeton University and LICENSEE agrees to preserve same.",
	} {
		if !strings.Contains(licence, want) {
			t.Errorf("header lacks the licence's %q", want)
		}
	}
}

// TestFileOrder checks that wordnet.txt is in the documented order: lines
// in byte order, and the words of each line in theirs.
func TestFileOrder(t *testing.T) {
	var prev string
	n := 0
	for line := range strings.Lines(wordnetTxt) {
		n++
		if strings.HasPrefix(line, "#") {
			if prev != "" {
				t.Fatalf("line %d: a comment after the header", n)
			}
			continue
		}
		line = strings.TrimSuffix(line, "\n")
		if line <= prev {
			t.Fatalf("line %d: %q is not after %q", n, line, prev)
		}
		prev = line
		f := strings.Split(line, " ")
		if slices.Contains(f, "") {
			t.Fatalf("line %d: empty field in %q", n, line)
		}
		var sorted []string // the fields that must be sorted and distinct
		switch f[0] {
		case "a":
			if len(f) != 3 {
				t.Fatalf("line %d: %q is not a pair", n, line)
			}
			sorted = f[1:]
		case "l", "n", "w", "h", "p", "u", "c":
			sorted = f[2:]
		case "x", "s":
			sorted = f[1:]
		case "e":
			if l := slices.Clone(f[3:]); len(slices.Compact(l)) != len(f[3:]) {
				t.Errorf("line %d: bases repeat: %q", n, line)
			}
		default:
			t.Fatalf("line %d: unknown kind: %q", n, line)
		}
		for i := 1; i < len(sorted); i++ {
			if sorted[i-1] >= sorted[i] {
				t.Errorf("line %d: %q is not before %q", n, sorted[i-1], sorted[i])
			}
		}
	}
	if prev == "" {
		t.Fatal("wordnet.txt has no entries")
	}
}

func TestParse(t *testing.T) {
	start := time.Now()
	tb, err := parse(wordnetTxt)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("parsed %d bytes in %v: %d lemmas, %d with relations, %d exclusions",
		len(wordnetTxt), time.Since(start), len(tb.words), len(tb.rels)-1, len(tb.excluded))
	if n := len(tb.words); n < 80_000 {
		t.Errorf("%d lemmas, want at least 80000", n)
	}
}

func TestParseErrors(t *testing.T) {
	for _, text := range []string{
		"z dog cat\n",
		"a dog\n",
		"ab dog cat\n",
		"e q rose rise\nl v rise\n",
		"e v rose\n",
		"a good bad\n", // neither is a lemma
		"l n dog\nn 0001 cat\n",
	} {
		if _, err := parse(text); err == nil {
			t.Errorf("parse(%q) returned no error", text)
		}
	}
	tb, err := parse("# a comment\n\na bad good\nl a bad good\ne a better good\n")
	if err != nil {
		t.Fatal(err)
	}
	var s lemmaSet
	tb.lemmas("better", &s)
	if got := tb.words[s.ids[0]].name; s.n != 1 || got != "good" {
		t.Errorf("lemmas(%q) = %d lemmas, first %q; want good only", "better", s.n, got)
	}
}

func TestNoAllocs(t *testing.T) {
	load()
	for name, f := range map[string]func(){
		"Lemma": func() { Lemma("increased") },
		"Lemmas": func() {
			for range Lemmas("leaves") {
			}
		},
		"Antonyms":   func() { Antonyms("rose", "fell") },
		"CoHyponyms": func() { CoHyponyms("dogs", "cats") },
		"pertainyms": func() { CoHyponyms("chinese", "thai") },
		"Synonyms":   func() { Synonyms("bought", "purchased") },
		"IsA":        func() { IsA("dogs", "animals") },
		"Senses": func() {
			for range Senses("killed") {
			}
		},
		"built": func() { Lemma("parties"); Lemma("wolves"); Lemma("hoping"); Lemma("women") },
	} {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %v allocations, want 0", name, n)
		}
	}
}

func TestConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 100 {
				if !Antonyms("rose", "fell") || !CoHyponyms("dogs", "cats") || Lemma("women") != "woman" ||
					!Synonyms("bought", "purchased") {
					t.Error("wrong answer under concurrency")
					return
				}
			}
		})
	}
	wg.Wait()
}

func FuzzLemmas(f *testing.F) {
	for _, s := range []string{"rose", "increased", "dogs", "women", "better", "axes", "", "ies", "ss", "\xff", "men", "wolves", "o'clock",
		"used", "losses", "huge"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, word string) {
		var got []string
		for l := range Lemmas(word) {
			if slices.Contains(got, l) {
				t.Errorf("Lemmas(%q) yields %q twice", word, l)
			}
			got = append(got, l)
			if first := Lemma(l); first != l {
				t.Errorf("Lemmas(%q) yields %q, whose Lemma is %q", word, l, first)
			}
		}
		want := word
		if len(got) > 0 {
			want = got[0]
		}
		if l := Lemma(word); l != want {
			t.Errorf("Lemma(%q) = %q, want %q", word, l, want)
		}
		if Antonyms(word, word) {
			t.Errorf("Antonyms(%q, itself)", word)
		}
		if IsA(word, word) || IsDirectlyA(word, word) {
			t.Errorf("IsA(%q, itself)", word)
		}
		if CoHyponyms(word, word) {
			t.Errorf("CoHyponyms(%q, itself)", word)
		}
		if syn := Synonyms(word, word); syn != (len(got) > 0) {
			t.Errorf("Synonyms(%q, itself) = %v with %d base forms", word, syn, len(got))
		}
		var ids []uint32
		for id := range Senses(word) {
			if slices.Contains(ids, id) {
				t.Errorf("Senses(%q) yields %d twice", word, id)
			}
			ids = append(ids, id)
		}
		if len(ids) < len(got) {
			t.Errorf("Senses(%q) yields %d ids for %d base forms", word, len(ids), len(got))
		}
		Antonyms(word, "good")
		IsA(word, "dog")
		IsA("dog", word)
		CoHyponyms(word, "dog")
		Synonyms(word, "dog")
	})
}

// benchPairs are pairs of inflected words, as a scorer sees them.
var benchPairs = [][2]string{
	{"increased", "decreased"},
	{"rose", "fell"},
	{"won", "lost"},
	{"dogs", "cats"},
	{"officials", "said"},
	{"talks", "negotiations"},
	{"women", "men"},
	{"accepted", "rejected"},
}

func BenchmarkAntonyms(b *testing.B) {
	load()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		p := benchPairs[i%len(benchPairs)]
		Antonyms(p[0], p[1])
		i++
	}
}

func BenchmarkCoHyponyms(b *testing.B) {
	load()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		p := benchPairs[i%len(benchPairs)]
		CoHyponyms(p[0], p[1])
		i++
	}
}

func BenchmarkSynonyms(b *testing.B) {
	load()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		p := benchPairs[i%len(benchPairs)]
		Synonyms(p[0], p[1])
		i++
	}
}

// BenchmarkSenses iterates over the senses of an inflected word.
func BenchmarkSenses(b *testing.B) {
	load()
	b.ReportAllocs()
	for b.Loop() {
		for range Senses("killed") {
		}
	}
}

func BenchmarkLemma(b *testing.B) {
	load()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		p := benchPairs[i%len(benchPairs)]
		Lemma(p[i/len(benchPairs)%2])
		i++
	}
}

func BenchmarkLemmas(b *testing.B) {
	load()
	b.ReportAllocs()
	for b.Loop() {
		for range Lemmas("leaves") {
		}
	}
}

// BenchmarkParse measures the load of the table, done once per process.
func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parse(wordnetTxt); err != nil {
			b.Fatal(err)
		}
	}
}
