package attribution_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/claim"
)

// TestHandWritten reads short news items written for the project
// (testdata/handwritten; the project's own text, under its licence) and
// checks the conflicts a reader sees at once: a denial, a rebuttal, a
// proposition stated both ways, an act meant against its criticism, states
// that exclude each other; and pairs that must be left alone, such as a
// rebuttal of reports that agrees with what another claim says. Each
// claim is named by words of its text.
func TestHandWritten(t *testing.T) {
	type pair struct {
		a, b        string // words of the two claims' texts
		contradicts bool
	}
	tests := []struct {
		file  string
		pairs []pair
	}{
		{"land-deal.txt", []pair{
			{"had met with the developer", "never met the developer", true},
			{"had met with the developer", `the report "fabricated`, true},
		}},
		{"hospital-merger.txt", []pair{
			{"refused to meet Grant", "We met twice", true},
			{"refused to meet Grant", "that account", true},
			// "reports of a breakthrough" called premature agree that
			// the talks stalled.
			{"have stalled over price", "reports of a breakthrough", false},
		}},
		{"water-bill.txt", []pair{
			{"had consulted growers", "never consulted", true},
			{"try to repeal it", "repealing the law would be a mistake", true},
		}},
		{"factory.txt", []pair{
			{"will close by the end of June", "any closure was planned", true},
			{"stopped taking new orders", "that claim as", true},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", "handwritten", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := attribution.Extract(string(b))
			if err != nil {
				t.Fatal(err)
			}
			find := func(words string) *claim.Claim {
				for _, c := range doc.Claims {
					if strings.Contains(c.Text, words) {
						return c
					}
				}
				t.Fatalf("no claim holds %q", words)
				return nil
			}
			cs := doc.Contradictions()
			for _, p := range tc.pairs {
				a, b := find(p.a), find(p.b)
				var got claim.Conflict
				for _, c := range cs {
					if c.A == a && c.B == b || c.A == b && c.B == a {
						got = c
					}
				}
				if got.Contradicts != p.contradicts {
					t.Errorf("%q ~ %q: %+v; want contradicts %v", a.Text, b.Text, got.Score, p.contradicts)
				}
			}
		})
	}
}
