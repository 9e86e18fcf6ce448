package hearsay

import (
	"slices"
	"strconv"
	"strings"
)

// A Position is a place in a text described for people, as in a message
// that points at the text: Line and Column count from 1, and Column counts
// bytes, as go/token.Position does. Offset is the byte offset it describes.
//
// The zero Position is not valid: it names no place.
type Position struct {
	Offset int // byte offset, from 0
	Line   int // line number, from 1
	Column int // byte offset in the line, from 1
}

// IsValid reports whether p names a place in a text.
func (p Position) IsValid() bool { return p.Line > 0 }

// String returns p as "line:column", or "-" when p is not valid.
func (p Position) String() string {
	if !p.IsValid() {
		return "-"
	}
	return strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column)
}

// A LineIndex finds the line and column of byte offsets in one text. Spans
// hold byte offsets only; build a LineIndex when a person needs lines, once
// per text (one pass over its bytes), and ask it for as many offsets as
// needed (each answer is a binary search). A line ends after each "\n"; a
// "\r" before it belongs to the line it ends.
//
// A LineIndex is immutable and safe for concurrent use.
type LineIndex struct {
	starts []int // offset at which each line starts; starts[0] == 0
	size   int   // length of the text
}

// NewLineIndex returns the LineIndex of text.
func NewLineIndex(text string) *LineIndex {
	x := &LineIndex{starts: make([]int, 1, 1+strings.Count(text, "\n")), size: len(text)}
	for i := 0; ; {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		x.starts = append(x.starts, i)
	}
	return x
}

// Lines returns the number of lines in the text: one more than the number
// of "\n" bytes, so that the place just after a final "\n" has a line.
func (x *LineIndex) Lines() int { return len(x.starts) }

// Position returns the line and column of the byte at offset. The end of
// the text (offset equal to its length) is a valid place, as a Span's End
// may be; an offset outside [0, len(text)] yields the zero Position.
func (x *LineIndex) Position(offset int) Position {
	if offset < 0 || offset > x.size {
		return Position{}
	}
	line, _ := slices.BinarySearch(x.starts, offset+1) // lines that start at or before offset
	return Position{Offset: offset, Line: line, Column: offset - x.starts[line-1] + 1}
}

// Span returns the positions of s's first byte and of its end: the place
// just after its last byte, as s.End is. Either is the zero Position when
// it lies outside the text.
func (x *LineIndex) Span(s Span) (start, end Position) {
	return x.Position(s.Start), x.Position(s.End)
}
