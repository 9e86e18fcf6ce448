package hearsay_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	hearsay "github.com/hearsay-go/hearsay"
)

func TestSpan(t *testing.T) {
	const text = "U.S.’s view" // ’ is three bytes
	type result struct {
		Len       int
		IsZero    bool
		Empty     bool
		Text      string
		String    string
		Contains  bool // s.Contains(other)
		Overlaps  bool // s.Overlaps(other)
		OverlapsR bool // other.Overlaps(s)
		Union     hearsay.Span
	}
	tests := []struct {
		name     string
		s, other hearsay.Span
		want     result
		gap      string // why the case fails now, if it does
	}{
		{"zero", hearsay.Span{}, hearsay.Span{Start: 2, End: 4},
			result{IsZero: true, Empty: true, String: "[0,0)", Union: hearsay.Span{Start: 2, End: 4}}, ""},
		{"whole", hearsay.Span{Start: 0, End: len(text)}, hearsay.Span{Start: 4, End: 7},
			result{Len: len(text), Text: text, String: "[0,13)", Contains: true, Overlaps: true, OverlapsR: true,
				Union: hearsay.Span{Start: 0, End: len(text)}}, ""},
		{"rune", hearsay.Span{Start: 4, End: 7}, hearsay.Span{Start: 0, End: 4},
			result{Len: 3, Text: "’", String: "[4,7)", Union: hearsay.Span{Start: 0, End: 7}}, ""},
		{"overlap", hearsay.Span{Start: 0, End: 5}, hearsay.Span{Start: 4, End: 8},
			result{Len: 5, Text: "U.S.\xe2", String: "[0,5)", Overlaps: true, OverlapsR: true, Union: hearsay.Span{Start: 0, End: 8}}, ""},
		{"empty inside", hearsay.Span{Start: 3, End: 3}, hearsay.Span{Start: 0, End: 4},
			result{Empty: true, String: "[3,3)", Union: hearsay.Span{Start: 0, End: 4}}, ""},
		{"contains empty", hearsay.Span{Start: 0, End: 4}, hearsay.Span{Start: 3, End: 3},
			result{Len: 4, Text: "U.S.", String: "[0,4)", Contains: true, Union: hearsay.Span{Start: 0, End: 4}}, ""},
		{"contains empty at an end", hearsay.Span{Start: 0, End: 4}, hearsay.Span{Start: 4, End: 4},
			result{Len: 4, Text: "U.S.", String: "[0,4)", Contains: true, Union: hearsay.Span{Start: 0, End: 4}}, ""},
		{"with zero", hearsay.Span{Start: 9, End: 13}, hearsay.Span{},
			result{Len: 4, Text: "view", String: "[9,13)", Union: hearsay.Span{Start: 9, End: 13}}, ""},
		{"past the end", hearsay.Span{Start: 8, End: 99}, hearsay.Span{Start: 9, End: 10},
			result{Len: 91, String: "[8,99)", Contains: true, Overlaps: true, OverlapsR: true, Union: hearsay.Span{Start: 8, End: 99}}, ""},
		{"negative", hearsay.Span{Start: -1, End: 2}, hearsay.Span{Start: 0, End: 1},
			result{Len: 3, String: "[-1,2)", Contains: true, Overlaps: true, OverlapsR: true, Union: hearsay.Span{Start: -1, End: 2}}, ""},
		{"reversed", hearsay.Span{Start: 5, End: 2}, hearsay.Span{Start: 3, End: 4},
			result{Len: -3, Empty: true, String: "[5,2)", Union: hearsay.Span{Start: 3, End: 4}}, ""},
		{"adjacent", hearsay.Span{Start: 0, End: 4}, hearsay.Span{Start: 4, End: 7},
			result{Len: 4, Text: "U.S.", String: "[0,4)", Union: hearsay.Span{Start: 0, End: 7}}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := result{
				Len:       tc.s.Len(),
				IsZero:    tc.s.IsZero(),
				Empty:     tc.s.Empty(),
				Text:      tc.s.Text(text),
				String:    tc.s.String(),
				Contains:  tc.s.Contains(tc.other),
				Overlaps:  tc.s.Overlaps(tc.other),
				OverlapsR: tc.other.Overlaps(tc.s),
				Union:     tc.s.Union(tc.other),
			}
			diff := cmp.Diff(tc.want, got)
			switch {
			case diff != "" && tc.gap != "":
				t.Skipf("known gap: %s\n%v with %v (-want +got):\n%s", tc.gap, tc.s, tc.other, diff)
			case diff != "":
				t.Errorf("%v with %v (-want +got):\n%s", tc.s, tc.other, diff)
			case tc.gap != "":
				t.Logf("known gap %q no longer shows: drop the gap mark", tc.gap)
			}
		})
	}
}
