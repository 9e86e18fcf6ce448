package attribution

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// The JSON values of the form, written byte for byte as encoding/json
// writes them, so that AppendJSON and the reflection it replaced agree.

const hexDigits = "0123456789abcdef"

// htmlSafe holds true for the ASCII bytes that a JSON string holds as they
// are, as encoding/json's htmlSafeSet does: all but the control
// characters, '"', '\\', and '<', '>', '&', which are escaped so that the
// JSON can stand inside an HTML <script>.
var htmlSafe = func() (t [utf8.RuneSelf]bool) {
	for c := ' '; c < utf8.RuneSelf; c++ {
		t[c] = true
	}
	for _, c := range `"\<>&` {
		t[c] = false
	}
	return t
}()

// appendString appends s to b as a JSON string, escaped as encoding/json
// escapes it: '"', '\\' and \b \f \n \r \t with a backslash, other control
// characters and '<', '>', '&' as \u00XX, U+2028 and U+2029 as \u2028 and
// \u2029, and each invalid UTF-8 byte as \ufffd.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if htmlSafe[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendFloat appends f as encoding/json writes a float64: the shortest
// decimal that reads back as f, in 'f' form, or in 'e' form below 1e-6 and
// from 1e21 on, with a one-digit negative exponent unpadded ("1e-7"). JSON
// has no NaN or infinity: they are written as null.
func appendFloat(b []byte, f float64) []byte {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return append(b, "null"...)
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// roundWeight rounds a reason's weight to three decimals, as the JSON form
// gives it.
func roundWeight(w float64) float64 { return math.Round(w*1000) / 1000 }
