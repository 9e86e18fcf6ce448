package attribution

import (
	"slices"

	"github.com/hearsay-go/hearsay/claim"
)

// Contradictions returns every pair of the document's claims that
// conflict at all (a score above zero), strongest first, as the default
// [claim.Scorer] scores the claims of one article ([claim.ConflictsIn]);
// a pair's Contradicts says whether it reaches [claim.DefaultThreshold].
// Claims about different things score zero and are left out, so the list
// stays short.
//
// For a Document made by Extract or ExtractInto, they are read once, with
// the claims' rebuttal links (see [Document.LinkDisputes]), and each call
// returns a copy of the list; for another Document they are computed on
// each call, from the claims as they are.
func (d *Document) Contradictions() []claim.Conflict {
	if d.read == nil {
		return claim.ConflictsIn(d.Text, d.Claims)
	}
	return slices.Clone(d.linkConflicts())
}

// Statements returns what the document states, as claims: its attributed
// claims, in text order, then each of its sentences as a claim of its own,
// with no source and no cue (the text's own voice, or the whole sentence
// around an attribution). Use it to compare texts that may not attribute
// what they say, such as headlines; a sentence read whole also keeps what
// a cue read wrongly ("is adding seasoning") would hide.
func (d *Document) Statements() []*claim.Claim {
	out := make([]*claim.Claim, 0, len(d.Claims)+len(d.Sentences))
	out = append(out, d.Claims...)
	whole := make([]claim.Claim, len(d.Sentences))
	for i, s := range d.Sentences {
		whole[i] = claim.Claim{Content: s, Sentence: i, Text: s.Text(d.Text)}
		out = append(out, &whole[i])
	}
	return out
}
