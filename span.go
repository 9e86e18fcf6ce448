package hearsay

import "strconv"

// A Span is a half-open range [Start, End) of byte offsets into the
// caller's original text, as in go/token. Spans never refer to normalized or
// case-folded copies of the text: the bytes text[s.Start:s.End] are exactly
// what was found.
//
// The zero Span is empty and refers to nothing.
type Span struct {
	Start int // first byte, inclusive
	End   int // one past the last byte
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// IsZero reports whether s is the zero Span.
func (s Span) IsZero() bool { return s.Start == 0 && s.End == 0 }

// Empty reports whether s covers no bytes.
func (s Span) Empty() bool { return s.End <= s.Start }

// Text returns the bytes of text that s covers. It returns "" when s does
// not lie inside text, rather than panicking.
func (s Span) Text(text string) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}

// Contains reports whether t lies inside s.
func (s Span) Contains(t Span) bool { return s.Start <= t.Start && t.End <= s.End }

// Overlaps reports whether s and t share at least one byte; an empty span
// overlaps nothing.
func (s Span) Overlaps(t Span) bool {
	return s.Start < s.End && t.Start < t.End && s.Start < t.End && t.Start < s.End
}

// Union returns the smallest span that covers both s and t. The union with a
// zero Span is the other span.
func (s Span) Union(t Span) Span {
	if s.IsZero() {
		return t
	}
	if t.IsZero() {
		return s
	}
	return Span{min(s.Start, t.Start), max(s.End, t.End)}
}

// String returns s as "[start,end)".
func (s Span) String() string {
	return "[" + strconv.Itoa(s.Start) + "," + strconv.Itoa(s.End) + ")"
}
