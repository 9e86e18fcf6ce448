package lexicon

import (
	"iter"
	"strings"
)

// A WordClass is the set of classes of a word-class file that a word is
// in, one bit a class: as many as 64, for the word lists of attribution,
// source and claim alike. Each package names its own bits.
type WordClass uint64

// A ClassLine is one line of a word-class file, the format of the word
// lists beside the packages that read them (words.txt, sexes.txt, the
// source lexicons): "class: word word …".
type ClassLine struct {
	Line  int      // 1-based line number in the file
	Class string   // the class the words belong to; "" before any class
	Words []string // the line's words, split on white space
}

// ClassLines returns an iterator over the lines of file that hold words,
// skipping blank lines and comments (lines that open with #). A line that
// opens with a name without spaces and a colon starts that class, which
// may be given again on later lines; any other line goes on with the class
// before it, so that a long class may take several indented lines. It
// may be used more than once.
func ClassLines(file string) iter.Seq[ClassLine] {
	return func(yield func(ClassLine) bool) {
		class := ""
		n := 0
		for line := range strings.Lines(file) {
			n++
			line = strings.TrimSpace(line)
			if line == "" || line[0] == '#' {
				continue
			}
			if name, rest, ok := strings.Cut(line, ":"); ok && name != "" && !strings.ContainsAny(name, " \t") {
				class, line = name, rest
			}
			if !yield(ClassLine{Line: n, Class: class, Words: strings.Fields(line)}) {
				return
			}
		}
	}
}
