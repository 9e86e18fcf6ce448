package claim

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// TestWholeNumber checks that wholeNumber reads what strconv.ParseFloat
// reads of the digits without their commas, wherever it reads at all.
func TestWholeNumber(t *testing.T) {
	cases := []string{"0", "7", "4,096", "1,000,000", "12,34", "007", "999999999999999", "1,,0", ",1", "1,", "", "1.5", "1e5", "1234567890123456"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		var b strings.Builder
		for range 1 + rng.IntN(18) {
			b.WriteByte("0123456789,,"[rng.IntN(12)])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		v, ok := wholeNumber(s)
		if !ok {
			continue
		}
		want, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
		if err != nil || v != want {
			t.Errorf("wholeNumber(%q) = %v; strconv.ParseFloat reads %v, %v", s, v, want, err)
		}
	}
	for _, s := range []string{"1,,0", ",1", "1,", "", "1.5", "1e5", "1234567890123456"} {
		if _, ok := wholeNumber(s); ok {
			t.Errorf("wholeNumber(%q) reads it; want it left to strconv", s)
		}
	}
	for _, v := range []float64{0, 1, 100, 1000, 4096, 9999, 10000, 1e6, 2.5} {
		if got, want := valueTerm(v), strconv.FormatFloat(v, 'g', -1, 64); got != want {
			t.Errorf("valueTerm(%v) = %q, want %q", v, got, want)
		}
	}
}

// TestMultipliedNumbers checks that a number and the word that multiplies
// it are one quantity, with what it counts: "2.3 million customers" is
// 2,300,000 customers, not 2.3 of nothing and a million customers.
func TestMultipliedNumbers(t *testing.T) {
	for _, tc := range []struct {
		text  string
		value float64
		unit  string
		bound bound
	}{
		{"2.3 million customers", 2.3e6, "customer", exactly},
		{"closer to $25 million", 25e6, "$", about},
		{"about three hundred jobs", 300, "job", about},
		{"a million reasons", 1e6, "reason", exactly},
		{"40,000 of its customers", 40000, "customer", exactly},
		{"a third breast", 3, "breast", exactly},
		{"the 12th man", 12, "man", exactly},
	} {
		f := Analyze(&Claim{Text: tc.text})
		if len(f.nums) != 1 {
			t.Errorf("%q: %d numbers %+v, want one", tc.text, len(f.nums), f.nums)
			continue
		}
		n := f.nums[0]
		if want := strings.Contains(tc.text, "third") || strings.Contains(tc.text, "12th"); n.ordinal != want {
			t.Errorf("%q: ordinal %v, want %v", tc.text, n.ordinal, want)
		}
		if n.value != tc.value || n.unit != tc.unit || n.bound != tc.bound {
			t.Errorf("%q: value %v, unit %q, bound %v; want %v, %q, %v", tc.text, n.value, n.unit, n.bound, tc.value, tc.unit, tc.bound)
		}
	}
}
