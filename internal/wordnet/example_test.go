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
	fmt.Println(wordnet.CoHyponyms("dog", "cat"))
	fmt.Println(wordnet.CoHyponyms("dogs", "puppies"))
	fmt.Println(wordnet.CoHyponyms("car", "automobile"))
	// Output:
	// true
	// false
	// false
}
