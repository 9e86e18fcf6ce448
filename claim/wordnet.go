package claim

import "github.com/hearsay-go/hearsay/internal/wordnet"

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
