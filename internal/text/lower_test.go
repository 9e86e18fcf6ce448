package text

import (
	"strings"
	"testing"
)

func TestLookupLower(t *testing.T) {
	m := map[string]int{"he": 1, "spokeswoman": 2, strings.Repeat("a", 40): 3, "été": 4}
	for _, tc := range []struct {
		w    string
		want int
		ok   bool
	}{
		{"He", 1, true}, {"SPOKESWOMAN", 2, true}, {strings.Repeat("A", 40), 3, true},
		{"été", 4, true}, {"ÉTÉ", 0, false}, {"she", 0, false}, {"", 0, false},
	} {
		if got, ok := LookupLower(m, tc.w); got != tc.want || ok != tc.ok {
			t.Errorf("LookupLower(%q) = %d, %v; want %d, %v", tc.w, got, ok, tc.want, tc.ok)
		}
	}
	if n := testing.AllocsPerRun(100, func() { LookupLower(m, "Spokeswoman") }); n != 0 {
		t.Errorf("LookupLower of a short word allocates %v times", n)
	}
}

func TestPossessive(t *testing.T) {
	for w, want := range map[string]bool{
		"city's": true, "U.S.’s": true, "growers'": true, "Gulls’": true, "'s": true,
		"city": false, "its": false, "rock'n'roll": false, "’": false, "'": false, "": false, "o'": false,
	} {
		if got := Possessive(w); got != want {
			t.Errorf("Possessive(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestUnpossessed(t *testing.T) {
	for w, want := range map[string]string{
		"city's": "city", "U.S.’s": "U.S.", "growers'": "growers", "Gulls’": "Gulls", "city": "city", "'": "'", "": "",
	} {
		if got := Unpossessed(w); got != want {
			t.Errorf("Unpossessed(%q) = %q, want %q", w, got, want)
		}
		if Possessive(w) != (Unpossessed(w) != w) {
			t.Errorf("%q: Possessive and Unpossessed disagree", w)
		}
	}
}
