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
