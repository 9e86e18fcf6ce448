package text

// Quotes pairs the quotation marks of a document's tokens, given one token
// at a time in order, and then says which quotation each token is in. A
// paragraph that opens a quotation without closing it continues into the
// next paragraph when that one opens with a quotation mark, as news style
// does. Its slices are reused from one document to the next.
type Quotes struct {
	// Pair holds, for each token given, the index of the mark it pairs
	// with, or -1.
	Pair []int32
	// In holds, after Nest, for each token the innermost opening mark of
	// a quotation around it, or -1; a mark itself is outside the quotation
	// it opens or closes.
	In []int32
	// Cont maps the opening mark of a paragraph to the unclosed opening
	// mark of the paragraph before that it continues. Reset empties it
	// and keeps its memory; it is nil until a continuation is found.
	Cont map[int32]int32

	marks []int32 // the quotation marks given, in order
	stack []int32 // the marks open before the next token
}

// maxOpen is how many of the innermost open marks a closing mark looks
// through for one of its kind: an unclosed mark deeper than that is left
// open, so that a stray mark cannot pair across a whole document.
const maxOpen = 8

// Reset makes q ready for a document of n tokens, keeping its memory.
func (q *Quotes) Reset(n int) {
	q.Pair = resize32(q.Pair, n)
	q.In = resize32(q.In, n)
	clear(q.Cont)
	q.marks, q.stack = q.marks[:0], q.stack[:0]
}

func resize32(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}

// Add reads token i of toks, tokens of s, after every token before it.
func (q *Quotes) Add(s string, toks []Token, i int) {
	t := &toks[i]
	q.Pair[i], q.In[i] = -1, -1
	if t.Kind != Quote {
		if t.Flags&NewLine != 0 {
			q.stack = q.stack[:0] // a new paragraph that does not open with a quotation mark
		}
		return
	}
	q.marks = append(q.marks, int32(i))
	double := isDouble(s, t)
	if t.Flags&NewLine != 0 && len(q.stack) > 0 {
		// A new paragraph: an unclosed quote continues only into a
		// paragraph that opens with a quotation mark.
		top := q.stack[len(q.stack)-1]
		q.stack = q.stack[:0]
		if t.Flags&Open != 0 && double {
			if q.Cont == nil {
				q.Cont = make(map[int32]int32)
			}
			q.Cont[int32(i)] = top
		}
	}
	single := !double && s[t.Start:t.End] == "‘"
	switch {
	case t.Flags&Open != 0 && (double || single):
		if double && len(q.stack) > 0 && s[t.Start] == '"' {
			// A straight quote while a straight quote is open closes it.
			if top := &toks[q.stack[len(q.stack)-1]]; isDouble(s, top) && s[top.Start] == '"' {
				q.close(s, toks, i, true)
				return
			}
		}
		q.stack = append(q.stack, int32(i))
	case t.Flags&Close != 0:
		q.close(s, toks, i, double)
	}
}

// isDouble reports whether the quotation mark t is a double one (“ ” " ” «
// »), not a single one (‘ ’ ').
func isDouble(s string, t *Token) bool {
	m := s[t.Start:t.End]
	return m != "‘" && m != "’" && m != "'"
}

// close pairs the closing mark at i with the nearest open mark of its
// kind among the innermost few.
func (q *Quotes) close(s string, toks []Token, i int, double bool) {
	st := q.stack
	for k := len(st) - 1; k >= 0 && k >= len(st)-maxOpen; k-- {
		if isDouble(s, &toks[st[k]]) == double {
			q.Pair[st[k]] = int32(i)
			q.Pair[i] = st[k]
			q.stack = st[:k]
			return
		}
	}
}

// Nest fills In from the pairs, once every token has been added.
func (q *Quotes) Nest() {
	stack := q.stack[:0]
	top, prev := int32(-1), int32(-1) // the innermost open quote, and the last mark
	for _, m := range q.marks {
		if top >= 0 {
			for k := prev + 1; k < m; k++ {
				q.In[k] = top
			}
		}
		if c := q.Pair[m]; c >= 0 && c < m {
			for len(stack) > 0 && stack[len(stack)-1] != c {
				stack = stack[:len(stack)-1]
			}
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
		top = -1
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		q.In[m] = top
		if q.Pair[m] > m {
			stack = append(stack, m)
			top = m
		}
		prev = m
	}
	if top >= 0 {
		for k := int(prev) + 1; k < len(q.In); k++ {
			q.In[k] = top
		}
	}
	q.stack = stack[:0]
}
