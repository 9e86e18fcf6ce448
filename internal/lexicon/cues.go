// Package lexicon holds the cue lexicon that hearsay uses to find
// attributions: reporting verbs such as "said", "denied" and "believes", and
// multiword cues such as "according to" and "told reporters".
//
// The lexicon is data, not code. It lives in cues.txt, embedded in the
// binary, whose header gives its format, origin and licence. [Default]
// parses it once per process; [Parse] reads a list in the same format.
package lexicon

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Class is the kind of attribution a cue makes.
type Class uint8

// The classes of cue. ClassNone is the zero value and is never stored.
const (
	ClassNone Class = iota
	Speech          // say, tell, announce, write
	Denial          // deny, dispute, reject
	Attitude        // believe, fear, expect, see … as
	Document        // find, show, estimate: the source is often a report
)

var classNames = [...]string{
	ClassNone: "none",
	Speech:    "speech",
	Denial:    "denial",
	Attitude:  "attitude",
	Document:  "document",
}

// String returns the name of c as written in cues.txt, or "none".
func (c Class) String() string {
	if int(c) < len(classNames) {
		return classNames[c]
	}
	return "Class(" + strconv.Itoa(int(c)) + ")"
}

// MarshalText returns the name of c, so that JSON shows words.
func (c Class) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// parseClass returns the class named s; ClassNone is not a valid name.
func parseClass(s string) (Class, bool) {
	for c := Speech; int(c) < len(classNames); c++ {
		if classNames[c] == s {
			return c, true
		}
	}
	return ClassNone, false
}

// Form is the inflection of a verb form.
//
// A form that is both past tense and past participle ("said", "told") is
// stored as Past; only distinct participles ("written", "shown") are
// Participle. Callers that care about tense should treat the two alike.
type Form uint8

// The inflections of a verb, in the order cues.txt lists them.
const (
	Base        Form = iota // say
	Past                    // said
	Participle              // written
	ThirdPerson             // says
	Gerund                  // saying
)

var formNames = [...]string{
	Base:        "base",
	Past:        "past",
	Participle:  "participle",
	ThirdPerson: "3sg",
	Gerund:      "gerund",
}

// String returns "base", "past", "participle", "3sg" or "gerund".
func (f Form) String() string {
	if int(f) < len(formNames) {
		return formNames[f]
	}
	return "Form(" + strconv.Itoa(int(f)) + ")"
}

// MarshalText returns the name of f, so that JSON shows words.
func (f Form) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// Flag records how a reporting verb takes its content. A verb may carry
// several flags.
type Flag uint16

// The flags of a verb, named as in cues.txt.
const (
	// FlagObject: the verb takes a hearer object before its content
	// ("told reporters that", "assured lawmakers that"). Written "obj".
	FlagObject Flag = 1 << iota
	// FlagAs: the verb characterizes in the frame "S V X as Y"
	// ("sees the deal as a mistake", "described it as dire"). Written "as".
	FlagAs
	// FlagThat: the verb is a cue only before a that-clause or a quote,
	// because its other senses are common ("knew the area", "found the
	// keys"). Written "that".
	FlagThat
	// FlagNoun: some form of the verb is also a common noun ("a report",
	// "a warning"), so a match needs a verbal context. Written "noun".
	FlagNoun
	// FlagCall: the verb names in the frame "S V X Y" ("called it a hoax",
	// "what she has called major issues"). Written "call".
	FlagCall
	// FlagTopic: the verb's object is what the attribution is about, with
	// no clause ("criticized the plan", "endorsed Clinton"). Written
	// "topic".
	FlagTopic
	// FlagTo: the verb is a cue only before an infinitive, its content
	// ("declined to comment on the program"). Written "to".
	FlagTo
	// FlagInf: the verb's content may be an infinitive as well as a
	// clause ("vowed to build a wall", "vowed that he would"). Written
	// "inf".
	FlagInf
	// FlagToSay: the verb is a cue only before the infinitive of another
	// cue, its content ("refused to endorse Ryan", "refused to say
	// whether"; but "refused to give ground"). Written "tosay".
	FlagToSay
	// FlagFigure: the verb is a cue only before a figure it gives, its
	// content ("estimates put the figure closer to 54,000"; but "put the
	// book down"). Written "figure".
	FlagFigure
)

// flagName pairs a flag with its name in cues.txt.
type flagName struct {
	f    Flag
	name string
}

var flagNames = [...]flagName{
	{FlagObject, "obj"},
	{FlagAs, "as"},
	{FlagThat, "that"},
	{FlagNoun, "noun"},
	{FlagCall, "call"},
	{FlagTopic, "topic"},
	{FlagTo, "to"},
	{FlagInf, "inf"},
	{FlagToSay, "tosay"},
	{FlagFigure, "figure"},
}

// String returns the names of the flags set in f, comma-separated as in
// cues.txt ("obj,noun"), or "" if none is set.
func (f Flag) String() string {
	var b strings.Builder
	for _, n := range flagNames {
		if f&n.f != 0 {
			if b.Len() > 0 {
				b.WriteByte(',')
			}
			b.WriteString(n.name)
			f &^= n.f
		}
	}
	if f != 0 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString("Flag(0x" + strconv.FormatUint(uint64(f), 16) + ")")
	}
	return b.String()
}

// MarshalText returns the names of the flags set in f, so that JSON shows
// words.
func (f Flag) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// parseFlags parses a comma-separated list of flag names.
func parseFlags(s string) (Flag, error) {
	var f Flag
	for name := range strings.SplitSeq(s, ",") {
		i := slices.IndexFunc(flagNames[:], func(n flagName) bool { return n.name == name })
		if i < 0 {
			return 0, fmt.Errorf("unknown flag %q", name)
		}
		if f&flagNames[i].f != 0 {
			return 0, fmt.Errorf("flag %q given twice", name)
		}
		f |= flagNames[i].f
	}
	return f, nil
}

// Verb is one form of a reporting verb.
type Verb struct {
	Lemma string // base form: "say" for "said"
	Class Class
	Form  Form
	Flags Flag
}

// Has reports whether v carries flag f.
func (v Verb) Has(f Flag) bool { return v.Flags&f != 0 }

// PhraseKind says how a multiword cue relates to its source and content.
type PhraseKind uint8

// The kinds of phrase, written in cues.txt as src-after, verb-tail and adj.
const (
	// SourceAfter: the source follows the cue ("according to officials",
	// "in the view of analysts", "citing sources").
	SourceAfter PhraseKind = iota
	// VerbTail: a reporting verb and the fixed words after it ("said in a
	// statement", "pointed out", "made clear"), or fixed words that attach
	// to a nearby reporting verb ("said Tuesday in a statement"). Tails
	// of the second sort begin with a preposition ("in an interview", "on
	// condition of anonymity"); the others begin with a verb form, which
	// need not be a cue on its own ("pointed out", "made clear").
	VerbTail
	// Adjective: an adjective or noun frame that attributes an attitude
	// after a form of be ("is concerned that", "was of the view that").
	Adjective
)

var phraseKindNames = [...]string{
	SourceAfter: "src-after",
	VerbTail:    "verb-tail",
	Adjective:   "adj",
}

// String returns the name of k as written in cues.txt: "src-after",
// "verb-tail" or "adj".
func (k PhraseKind) String() string {
	if int(k) < len(phraseKindNames) {
		return phraseKindNames[k]
	}
	return "PhraseKind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText returns the name of k, so that JSON shows words.
func (k PhraseKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

func parsePhraseKind(s string) (PhraseKind, bool) {
	i := slices.Index(phraseKindNames[:], s)
	return PhraseKind(i), i >= 0
}

// Phrase is a multiword cue.
type Phrase struct {
	Class Class
	Kind  PhraseKind
	Words []string // lower case, at least one
}

// String returns the words of p separated by spaces.
func (p Phrase) String() string { return strings.Join(p.Words, " ") }

// Cues is a cue lexicon. It is built once by [Parse] or [Default] and never
// changes afterwards, so it is safe for concurrent use.
type Cues struct {
	verbs   map[string]Verb     // every form, folded
	phrases map[string][]Phrase // keyed by first word, longest first
	lemmas  []string            // distinct lemmas, sorted
}

//go:embed cues.txt
var cuesTxt string

// Default returns the lexicon embedded from cues.txt. It is parsed on the
// first call and shared afterwards. Default panics only if the embedded file
// is malformed, which the package's tests rule out.
func Default() *Cues { return defaultCues() }

var defaultCues = sync.OnceValue(func() *Cues {
	c, err := Parse(strings.NewReader(cuesTxt))
	if err != nil {
		panic("lexicon: embedded cues.txt: " + err.Error())
	}
	return c
})

// Extend returns the embedded lexicon with lines added, each a line in the
// format of cues.txt: a verb ("speech opine opined opined opines opining")
// or a phrase ("phrase speech verb-tail weighed in"). A line that is
// malformed, or that gives a form of a lemma already known (built in or
// on an earlier line) to another lemma, makes it fail with a *ParseError
// whose Line counts from 1 in lines.
func Extend(lines []string) (*Cues, error) {
	base := strings.Count(cuesTxt, "\n")
	if !strings.HasSuffix(cuesTxt, "\n") {
		base++
	}
	var b strings.Builder
	b.WriteString(cuesTxt)
	if !strings.HasSuffix(cuesTxt, "\n") {
		b.WriteByte('\n')
	}
	def := Default()
	for i, l := range lines {
		if strings.ContainsAny(l, "\n\r") {
			return nil, &ParseError{i + 1, "a line holds a line break"}
		}
		if f := strings.Fields(l); len(f) > 1 && f[0] != "phrase" {
			if v, ok := def.verbs[f[1]]; ok && v.Lemma == f[1] {
				return nil, &ParseError{i + 1, fmt.Sprintf("%q is built in, as %s [%s]", f[1], v.Class, v.Flags)}
			}
		}
		b.WriteString(l)
		b.WriteByte('\n')
	}
	c, err := Parse(strings.NewReader(b.String()))
	var pe *ParseError
	if errors.As(err, &pe) {
		msg := pe.Msg
		// "… on line N" names a line of the whole list; count it in lines.
		if k := strings.LastIndex(msg, "on line "); k >= 0 {
			if n, err := strconv.Atoi(msg[k+len("on line "):]); err == nil && n > base {
				msg = msg[:k] + "on line " + strconv.Itoa(n-base)
			}
		}
		return nil, &ParseError{pe.Line - base, msg}
	}
	if err != nil {
		return nil, err
	}
	// Parse keeps the first lemma of a form; here that is a clash.
	for i, l := range lines {
		f := strings.Fields(l)
		if len(f) < 6 || f[0] == "phrase" || strings.HasPrefix(f[0], "#") {
			continue
		}
		for _, form := range f[1:6] {
			if v := c.verbs[form]; v.Lemma != f[1] {
				return nil, &ParseError{i + 1, fmt.Sprintf("%q is already a form of %q", form, v.Lemma)}
			}
		}
	}
	return c, nil
}

// A ParseError reports a malformed line in a cue list.
type ParseError struct {
	Line int    // 1-based
	Msg  string // what is wrong with it
}

// Error returns the message, prefixed with "lexicon: line N: ".
func (e *ParseError) Error() string {
	return "lexicon: line " + strconv.Itoa(e.Line) + ": " + e.Msg
}

// lemmaInfo remembers where a lemma was first defined, so that a spelling
// variant on a later line can be checked against it.
type lemmaInfo struct {
	line  int
	class Class
	flags Flag
}

// Parse reads a cue list in the format of cues.txt. A malformed line makes
// it fail with a *ParseError that names the line. When a form appears on two
// lines the first is kept. An error from r is returned wrapped.
func Parse(r io.Reader) (*Cues, error) {
	c := &Cues{
		verbs:   make(map[string]Verb),
		phrases: make(map[string][]Phrase),
	}
	lemmas := make(map[string]lemmaInfo)
	seenPhrase := make(map[string]int)
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || text[0] == '#' {
			continue
		}
		fields := strings.Fields(text)
		for _, w := range fields {
			if msg := checkWord(w); msg != "" {
				return nil, &ParseError{line, msg}
			}
		}
		var err error
		if fields[0] == "phrase" {
			err = c.addPhrase(fields[1:], line, seenPhrase)
		} else {
			err = c.addVerb(fields, line, lemmas)
		}
		if err != nil {
			return nil, &ParseError{line, err.Error()}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lexicon: after line %d: %w", line, err)
	}
	for _, ps := range c.phrases {
		slices.SortStableFunc(ps, func(a, b Phrase) int { return len(b.Words) - len(a.Words) })
	}
	c.lemmas = make([]string, 0, len(lemmas))
	for l := range lemmas {
		c.lemmas = append(c.lemmas, l)
	}
	slices.Sort(c.lemmas)
	return c, nil
}

// checkWord returns why w cannot appear in a cue list, or "".
func checkWord(w string) string {
	if strings.ContainsRune(w, '’') {
		return fmt.Sprintf("%q: write apostrophes as '", w)
	}
	if strings.ToLower(w) != w {
		return fmt.Sprintf("%q is not lower case", w)
	}
	return ""
}

// addVerb adds the verb line CLASS LEMMA PAST PARTICIPLE 3SG GERUND [FLAGS].
func (c *Cues) addVerb(fields []string, line int, lemmas map[string]lemmaInfo) error {
	class, ok := parseClass(fields[0])
	if !ok {
		return fmt.Errorf("unknown class %q", fields[0])
	}
	if n := len(fields); n < 6 || n > 7 {
		return fmt.Errorf("verb line has %d fields, want CLASS LEMMA PAST PARTICIPLE 3SG GERUND [FLAGS]", n)
	}
	var flags Flag
	if len(fields) == 7 {
		var err error
		if flags, err = parseFlags(fields[6]); err != nil {
			return err
		}
	}
	lemma := fields[1]
	if prev, ok := lemmas[lemma]; ok {
		if prev.class != class || prev.flags != flags {
			return fmt.Errorf("lemma %q is %s [%s] here but %s [%s] on line %d",
				lemma, class, flags, prev.class, prev.flags, prev.line)
		}
	} else {
		lemmas[lemma] = lemmaInfo{line, class, flags}
	}
	for i, form := range fields[1:6] {
		if _, ok := c.verbs[form]; ok {
			continue // the first line, or the earlier inflection, wins
		}
		c.verbs[form] = Verb{Lemma: lemma, Class: class, Form: Form(i), Flags: flags}
	}
	return nil
}

// addPhrase adds the phrase line CLASS KIND WORDS..., given without the
// leading "phrase".
func (c *Cues) addPhrase(fields []string, line int, seen map[string]int) error {
	if len(fields) < 3 {
		return errors.New("phrase line needs CLASS KIND WORDS...")
	}
	class, ok := parseClass(fields[0])
	if !ok {
		return fmt.Errorf("unknown class %q", fields[0])
	}
	kind, ok := parsePhraseKind(fields[1])
	if !ok {
		return fmt.Errorf("unknown phrase kind %q", fields[1])
	}
	p := Phrase{Class: class, Kind: kind, Words: slices.Clone(fields[2:])}
	key := p.String()
	if prev, ok := seen[key]; ok {
		return fmt.Errorf("phrase %q already listed on line %d", key, prev)
	}
	seen[key] = line
	c.phrases[p.Words[0]] = append(c.phrases[p.Words[0]], p)
	return nil
}

// Verb looks up a word form. fold must be the word in lower case with
// typographic apostrophes (’) folded to '; Verb does no folding itself and
// does not allocate.
func (c *Cues) Verb(fold string) (Verb, bool) {
	v, ok := c.verbs[fold]
	return v, ok
}

// Phrases returns the multiword cues whose first word is first (folded as
// for [Cues.Verb]), longest first and in file order among equals. The slice
// and the phrases' Words are shared: the caller must not modify them.
func (c *Cues) Phrases(first string) []Phrase {
	return c.phrases[first]
}

// Forms returns an iterator over every verb form and its entry, in no
// particular order. It may be used more than once.
func (c *Cues) Forms() iter.Seq2[string, Verb] {
	return func(yield func(string, Verb) bool) {
		for f, v := range c.verbs {
			if !yield(f, v) {
				return
			}
		}
	}
}

// PhraseStarts returns an iterator over the first words of the multiword
// cues, in no particular order. It may be used more than once.
func (c *Cues) PhraseStarts() iter.Seq[string] {
	return func(yield func(string) bool) {
		for w := range c.phrases {
			if !yield(w) {
				return
			}
		}
	}
}

// Len returns the number of distinct verb lemmas.
func (c *Cues) Len() int { return len(c.lemmas) }

// Lemmas returns an iterator over the distinct verb lemmas in sorted order.
// It may be used more than once.
func (c *Cues) Lemmas() iter.Seq[string] { return slices.Values(c.lemmas) }
