package claim

import (
	"strings"

	"github.com/hearsay-go/hearsay/internal/wordnet"
)

// lemmasOf returns the base form of w that is its term (or w) and the last
// other one ("" if none). For a word in -ed or -ing that is an adjective
// too, the term is the other form: "backed" gives "back" and "backed"
// (an adjective).
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
	if alt != "" && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
		// "threatened", "breasted" are adjectives too; as terms they are
		// the verb's and the noun's.
		first, alt = alt, first
	}
	return first, alt
}
