package attribution

import (
	"github.com/hearsay-go/hearsay/claim"
)

// Contradictions returns every pair of the document's claims that
// conflict at all (a score above zero), strongest first, as the default
// [claim.Scorer] scores them; a pair's Contradicts says whether it reaches
// [claim.DefaultThreshold]. Claims about different things score zero and
// are left out, so the list stays short.
//
// It is computed on each call, from the claims as they are; keep the
// result if you need it twice.
func (d *Document) Contradictions() []claim.Conflict { return claim.Conflicts(d.Claims) }

// Statements returns what the document states, as claims: its attributed
// claims, and for each sentence that holds none of them, a claim of the
// whole sentence with no source and no cue (the text's own voice). They
// are in text order. Use it to compare texts that may not attribute what
// they say, such as headlines.
func (d *Document) Statements() []*claim.Claim {
	out := make([]*claim.Claim, 0, len(d.Claims)+len(d.Sentences))
	k := 0
	for i, s := range d.Sentences {
		held := false
		for ; k < len(d.Claims) && d.Claims[k].Sentence == i; k++ {
			out = append(out, d.Claims[k])
			held = true
		}
		if !held {
			out = append(out, &claim.Claim{Content: s, Sentence: i, Text: s.Text(d.Text)})
		}
	}
	return append(out, d.Claims[k:]...)
}
