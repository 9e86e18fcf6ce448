package wordnet_test

import (
	"fmt"
	"slices"

	"github.com/hearsay-go/hearsay/internal/wordnet"
)

func ExampleLemmas() {
	for _, w := range []string{"rose", "women", "better", "increased", "xyzzy"} {
		fmt.Println(w, slices.Collect(wordnet.Lemmas(w)))
	}
	// Output:
	// rose [rose rise]
	// women [woman]
	// better [better good well]
	// increased [increased increase]
	// xyzzy []
}

func ExampleLemma() {
	for _, w := range []string{"dogs", "went", "rose", "xyzzy"} {
		fmt.Println(w, wordnet.Lemma(w))
	}
	// Output:
	// dogs dog
	// went go
	// rose rose
	// xyzzy xyzzy
}

func ExampleAntonyms() {
	fmt.Println(wordnet.Antonyms("rose", "fell"))
	fmt.Println(wordnet.Antonyms("accepted", "rejected"))
	fmt.Println(wordnet.Antonyms("increased", "rose"))
	// Output:
	// true
	// true
	// false
}

func ExampleCoHyponyms() {
	for _, p := range [][2]string{
		{"dog", "cat"},
		{"dogs", "puppies"},     // a puppy is a dog
		{"car", "automobile"},   // one synset
		{"china", "thailand"},   // proper nouns, instances of one class
		{"chinese", "thai"},     // adjectives, by the nouns they pertain to
		{"man", "fisherman"},    // a fisherman is a man
		{"talk", "negotiation"}, // cousins among abstractions
	} {
		fmt.Println(p[0], p[1], wordnet.CoHyponyms(p[0], p[1]))
	}
	// Output:
	// dog cat true
	// dogs puppies false
	// car automobile false
	// china thailand true
	// chinese thai true
	// man fisherman false
	// talk negotiation false
}

func ExampleIsA() {
	fmt.Println(wordnet.IsA("puppies", "dogs"))
	fmt.Println(wordnet.IsA("celery", "vegetable"))
	fmt.Println(wordnet.IsA("vegetable", "celery"))
	fmt.Println(wordnet.IsA("dog", "cat"))
	// Output:
	// true
	// true
	// false
	// false
}

func ExampleIsDirectlyA() {
	fmt.Println(wordnet.IsDirectlyA("bedroom", "room"))
	fmt.Println(wordnet.IsDirectlyA("dog", "animal")) // canine lies between
	fmt.Println(wordnet.IsA("dog", "animal"))
	// Output:
	// true
	// false
	// true
}

func ExampleSenses() {
	// about reports whether two words share a sense.
	about := func(a, b string) bool {
		for x := range wordnet.Senses(a) {
			for y := range wordnet.Senses(b) {
				if x == y {
					return true
				}
			}
		}
		return false
	}
	fmt.Println(about("bought", "purchase"))
	fmt.Println(about("died", "death"))
	fmt.Println(about("dog", "cat"))
	// Output:
	// true
	// true
	// false
}

func ExampleSynonyms() {
	for _, p := range [][2]string{
		{"negotiations", "talks"}, // one synset
		{"killed", "killing"},     // derivation
		{"says", "said"},          // one base form
		{"said", "denied"},
	} {
		fmt.Println(p[0], p[1], wordnet.Synonyms(p[0], p[1]))
	}
	// Output:
	// negotiations talks true
	// killed killing true
	// says said true
	// said denied false
}
