package claim_test

import (
	"strings"
	"testing"

	"github.com/hearsay-go/hearsay/claim"
)

// TestOffices: an article names its people by the offices they hold, as
// its text gives them ("SEC Chair Mary Jo White"), so that a call to
// remove the holder of an office speaks against the holder; where the
// office is another's, or two people hold it, it names no one.
func TestOffices(t *testing.T) {
	const (
		holders = "Reporter: SEC Chair Mary Jo White and FBI Director James Comey met investors in a hotel"
		white   = "White: the agency has been aggressive and successful in enforcement"
	)
	tests := []struct {
		name, call string
		against    string // the source the call speaks against, or ""
	}{
		{"the body before the office", "Warren: Obama should fire the SEC chief", "White"},
		{"the body after it, by its acronym", "Warren: Obama should replace the head of the Securities and Exchange Commission", "White"},
		{"a possessive body", "Warren: Obama should oust the SEC's chair", "White"},
		{"the name itself", "Warren: Obama should fire White", "White"},
		{"another office of the body", "Warren: Obama should fire the SEC's deputy director", ""},
		{"a former holder", "Warren: the former SEC chief should be sacked", ""},
		{"another body", "Warren: Obama should fire the Wells Fargo chief", ""},
		{"one word of a longer body", "Warren: Obama should fire the Exchange chief", ""},
		{"dismissing is no ousting", "Warren: Obama dismissed the SEC chief's worries as unfounded", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text, claims := article(holders, tc.call, white)
			got := conflictOf(claim.ConflictsIn(text, claims), claims[1], claims[2])
			var found string
			for _, r := range got.Reasons {
				if r.Kind == claim.ReasonPosition && strings.HasPrefix(r.Detail, "against ") {
					found = strings.TrimPrefix(r.Detail, "against ")
				}
			}
			if found != tc.against {
				t.Errorf("%q: against %q, want %q (%+v)", tc.call, found, tc.against, got.Score)
			}
		})
	}
	t.Run("two holders of one office", func(t *testing.T) {
		text, claims := article(
			"Reporter: FBI Director James Comey met FBI Director Robert Mueller in a hotel",
			"Warren: Obama should fire the FBI director",
			"Comey: the bureau has been careful and thorough in its work")
		got := conflictOf(claim.ConflictsIn(text, claims), claims[1], claims[2])
		for _, r := range got.Reasons {
			if r.Kind == claim.ReasonPosition {
				t.Errorf("%+v; want no position where two people hold the office", got.Score)
			}
		}
	})
}
