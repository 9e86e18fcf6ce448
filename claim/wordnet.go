package claim

import (
	"iter"

	"github.com/hearsay-go/hearsay/internal/wordnet"
)

// The WordNet relations the scorer reads, from internal/wordnet's
// embedded data (WordNet 3.0; see its licence there).

// lemmasOf returns the first base form of w (or w) and the last other
// one ("" if none): "backed" gives "backed" (an adjective) and "back".
func lemmasOf(w string) (first, alt string) {
	for l := range wordnet.Lemmas(w) {
		if first == "" {
			first = l
		} else if l != first {
			alt = l
		}
	}
	if first == "" {
		first = w
	}
	return first, alt
}

func antonyms(a, b string) bool   { return wordnet.Antonyms(a, b) }
func coHyponyms(a, b string) bool { return wordnet.CoHyponyms(a, b) }

func senses(w string) iter.Seq[uint32] { return wordnet.Senses(w) }
