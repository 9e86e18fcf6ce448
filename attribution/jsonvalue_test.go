package attribution

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestAppendString compares appendString with encoding/json on every
// byte, every rune that JSON treats apart, and invalid UTF-8.
func TestAppendString(t *testing.T) {
	texts := []string{"", "plain", `"quoted" \ back\slash`, "<a href='x'>&amp;</a>", "\u2028\u2029\u202a",
		"\xff\xfe", "\xe2\x80", "a\xe2\x80\xa8b\xe2\x80", "\xc0\xaf", "\xed\xa0\x80", "\U0010ffff\uffff\ufffd",
		strings.Repeat("é“”\x00", 40)}
	for c := range 256 {
		texts = append(texts, string([]byte{byte(c)}), "a"+string([]byte{byte(c)})+"b")
	}
	for r := rune(0); r < 0x3000; r++ {
		texts = append(texts, string(r))
	}
	for _, s := range texts {
		checkString(t, s)
	}
}

func checkString(t *testing.T, s string) {
	t.Helper()
	want, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	if got := appendString([]byte("x"), s); string(got) != "x"+string(want) {
		t.Errorf("appendString(%q) = %s, want %s", s, got[1:], want)
	}
}

// FuzzAppendString checks appendString against encoding/json on any bytes.
func FuzzAppendString(f *testing.F) {
	f.Add("“We will\x01 win,” <the> mayor & \u2028 said.\xff")
	f.Fuzz(func(t *testing.T, s string) {
		checkString(t, s)
		if !utf8.Valid(appendString(nil, s)) {
			t.Errorf("appendString(%q) is not valid UTF-8", s)
		}
	})
}

// TestAppendFloat compares appendFloat with encoding/json on the numbers
// where its form changes, and rounded weights.
func TestAppendFloat(t *testing.T) {
	floats := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 0.825, 1.0 / 3, 2.0 / 3, 1e-6,
		math.Nextafter(1e-6, 0), 1e-7, 1.5e-7, 1e-10, 1.234e-100, 5e-324, 1e20, 1e21,
		math.Nextafter(1e21, 0), 1.5e21, 1e100, math.MaxFloat64, -1e-7, -1e21, 123456789.125}
	for i := range 2000 {
		floats = append(floats, roundWeight(float64(i)/1999), float64(i)*0.001, 1/float64(i+1))
	}
	for _, f := range floats {
		want, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendFloat([]byte("x"), f); string(got) != "x"+string(want) {
			t.Errorf("appendFloat(%v) = %s, want %s", f, got[1:], want)
		}
	}
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if got := appendFloat(nil, f); string(got) != "null" {
			t.Errorf("appendFloat(%v) = %s, want null", f, got)
		}
	}
}
