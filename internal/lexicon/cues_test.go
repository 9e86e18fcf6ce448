package lexicon

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDefaultParses(t *testing.T) {
	if _, err := Parse(strings.NewReader(cuesTxt)); err != nil {
		t.Fatalf("embedded cues.txt: %v", err)
	}
	c := Default()
	if Default() != c {
		t.Error("Default returned two different lexicons")
	}
	if n := c.Len(); n < 150 {
		t.Errorf("Len() = %d, want at least 150", n)
	}
	if n := len(slices.Collect(c.Lemmas())); n != c.Len() {
		t.Errorf("Lemmas yielded %d lemmas, Len() = %d", n, c.Len())
	}
	if !slices.IsSorted(slices.Collect(c.Lemmas())) {
		t.Error("Lemmas are not sorted")
	}
}

// verbLine is one verb line of cues.txt, read without the loader.
type verbLine struct {
	line   int
	fields []string
}

// rawVerbLines returns the verb lines of the embedded file.
func rawVerbLines() []verbLine {
	var out []verbLine
	for i, text := range strings.Split(cuesTxt, "\n") {
		f := strings.Fields(text)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") || f[0] == "phrase" {
			continue
		}
		out = append(out, verbLine{i + 1, f})
	}
	return out
}

// TestEmbeddedInflections checks every verb line by hand: all four
// inflections are written out, and every form leads back to its own lemma,
// so no line lost a form to an earlier one.
func TestEmbeddedInflections(t *testing.T) {
	c := Default()
	// Forms that may belong to two lemmas on purpose. None so far.
	intended := map[string]bool{}
	owner := make(map[string]verbLine)
	for _, l := range rawVerbLines() {
		if n := len(l.fields); n != 6 && n != 7 {
			t.Errorf("line %d: %d fields, want 6 or 7: %q", l.line, n, l.fields)
			continue
		}
		lemma := l.fields[1]
		for _, form := range l.fields[1:6] {
			if prev, ok := owner[form]; ok && prev.fields[1] != lemma && !intended[form] {
				t.Errorf("line %d: %q is a form of %q, but line %d gave it to %q",
					l.line, form, lemma, prev.line, prev.fields[1])
				continue
			}
			owner[form] = l
			v, ok := c.Verb(form)
			if !ok {
				t.Errorf("line %d: Verb(%q) not found", l.line, form)
				continue
			}
			if v.Lemma != lemma && !intended[form] {
				t.Errorf("line %d: Verb(%q).Lemma = %q, want %q", l.line, form, v.Lemma, lemma)
			}
			if v.Class.String() != l.fields[0] {
				t.Errorf("line %d: Verb(%q).Class = %v, want %s", l.line, form, v.Class, l.fields[0])
			}
		}
	}
	if len(owner) != len(c.verbs) {
		t.Errorf("file lists %d distinct forms, lexicon holds %d", len(owner), len(c.verbs))
	}
}

func TestVerb(t *testing.T) {
	c := Default()
	tests := []struct {
		form string
		want Verb
	}{
		{"said", Verb{Lemma: "say", Class: Speech, Form: Past}},
		{"say", Verb{Lemma: "say", Class: Speech, Form: Base}},
		{"saying", Verb{Lemma: "say", Class: Speech, Form: Gerund}},
		{"told", Verb{Lemma: "tell", Class: Speech, Form: Past, Flags: FlagObject}},
		{"written", Verb{Lemma: "write", Class: Speech, Form: Participle, Flags: FlagThat}},
		{"emphasised", Verb{Lemma: "emphasise", Class: Speech, Form: Past}},
		{"labelled", Verb{Lemma: "label", Class: Speech, Form: Past, Flags: FlagAs | FlagNoun}},
		{"labeling", Verb{Lemma: "label", Class: Speech, Form: Gerund, Flags: FlagAs | FlagNoun}},
		{"called", Verb{Lemma: "call", Class: Speech, Form: Past, Flags: FlagCall | FlagNoun}},
		{"promised", Verb{Lemma: "promise", Class: Speech, Form: Past, Flags: FlagObject | FlagNoun | FlagInf}},
		{"denied", Verb{Lemma: "deny", Class: Denial, Form: Past}},
		{"disputes", Verb{Lemma: "dispute", Class: Denial, Form: ThirdPerson, Flags: FlagNoun}},
		{"believes", Verb{Lemma: "believe", Class: Attitude, Form: ThirdPerson}},
		{"sees", Verb{Lemma: "see", Class: Attitude, Form: ThirdPerson, Flags: FlagAs | FlagThat}},
		{"seen", Verb{Lemma: "see", Class: Attitude, Form: Participle, Flags: FlagAs | FlagThat}},
		{"knew", Verb{Lemma: "know", Class: Attitude, Form: Past, Flags: FlagThat}},
		{"learnt", Verb{Lemma: "learn", Class: Attitude, Form: Past, Flags: FlagThat}},
		{"found", Verb{Lemma: "find", Class: Document, Form: Past, Flags: FlagThat}},
		{"shown", Verb{Lemma: "show", Class: Document, Form: Participle, Flags: FlagThat}},
		// Base and past coincide: the base is listed first and kept.
		{"forecast", Verb{Lemma: "forecast", Class: Document, Form: Base, Flags: FlagNoun}},
	}
	for _, tt := range tests {
		got, ok := c.Verb(tt.form)
		if !ok {
			t.Errorf("Verb(%q) not found", tt.form)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Verb(%q) mismatch (-want +got):\n%s", tt.form, diff)
		}
	}
	for _, form := range []string{"", "Said", "the", "according", "pointed", "found ", "say’s"} {
		if v, ok := c.Verb(form); ok {
			t.Errorf("Verb(%q) = %+v, want not found", form, v)
		}
	}
}

func TestVerbHas(t *testing.T) {
	v, _ := Default().Verb("told")
	if !v.Has(FlagObject) || v.Has(FlagAs) || v.Has(FlagAs|FlagThat) {
		t.Errorf("told: Flags = %v, want obj only", v.Flags)
	}
	if !v.Has(FlagObject | FlagAs) {
		t.Error("Has with two flags should report either")
	}
}

func TestPhrases(t *testing.T) {
	c := Default()
	tests := []struct {
		first string
		want  Phrase
	}{
		{"according", Phrase{Speech, SourceAfter, []string{"according", "to"}}},
		{"in", Phrase{Speech, SourceAfter, []string{"in", "the", "words", "of"}}},
		{"quoting", Phrase{Speech, SourceAfter, []string{"quoting"}}},
		{"quoted", Phrase{Speech, VerbTail, []string{"quoted", "as", "saying"}}},
		{"made", Phrase{Speech, VerbTail, []string{"made", "it", "clear"}}},
		{"in", Phrase{Speech, VerbTail, []string{"in", "an", "interview"}}},
		{"pointed", Phrase{Speech, VerbTail, []string{"pointed", "out"}}},
		{"went", Phrase{Speech, VerbTail, []string{"went", "on", "to", "say"}}},
		{"brushed", Phrase{Denial, VerbTail, []string{"brushed", "aside"}}},
		{"concerned", Phrase{Attitude, Adjective, []string{"concerned"}}},
		{"of", Phrase{Attitude, Adjective, []string{"of", "the", "view"}}},
	}
	for _, tt := range tests {
		ps := c.Phrases(tt.first)
		i := slices.IndexFunc(ps, func(p Phrase) bool { return p.String() == tt.want.String() })
		if i < 0 {
			t.Errorf("Phrases(%q) lacks %q", tt.first, tt.want)
			continue
		}
		if diff := cmp.Diff(tt.want, ps[i]); diff != "" {
			t.Errorf("Phrases(%q)[%d] mismatch (-want +got):\n%s", tt.first, i, diff)
		}
	}
	if ps := c.Phrases("the"); ps != nil {
		t.Errorf("Phrases(\"the\") = %v, want nil", ps)
	}
}

func TestPhrasesLongestFirst(t *testing.T) {
	c := Default()
	firsts := make(map[string]bool)
	for _, ps := range c.phrases {
		for _, p := range ps {
			firsts[p.Words[0]] = true
		}
	}
	for first := range firsts {
		ps := c.Phrases(first)
		if !slices.IsSortedFunc(ps, func(a, b Phrase) int { return len(b.Words) - len(a.Words) }) {
			t.Errorf("Phrases(%q) not longest first: %v", first, ps)
		}
		for _, p := range ps {
			if p.Words[0] != first {
				t.Errorf("Phrases(%q) holds %q", first, p)
			}
		}
	}
	got := c.Phrases("in")
	if len(got) < 2 || len(got[0].Words) < len(got[len(got)-1].Words) {
		t.Errorf("Phrases(\"in\") = %v, want several, longest first", got)
	}
	// A reporting verb's hearer or adjunct is not part of its cue: the cue
	// of "said in a statement" is "said", of "told reporters" "told".
	for _, w := range []string{"said", "told", "says", "wrote"} {
		if ps := c.Phrases(w); ps != nil {
			t.Errorf("Phrases(%q) = %v, want none", w, ps)
		}
	}
}

func TestVerbDoesNotAllocate(t *testing.T) {
	c := Default()
	words := []string{"said", "told", "believes", "the", "found", "according"}
	allocs := testing.AllocsPerRun(100, func() {
		for _, w := range words {
			c.Verb(w)
			c.Phrases(w)
		}
	})
	if allocs != 0 {
		t.Errorf("Verb and Phrases allocate %v times per run, want 0", allocs)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, input string
		line        int
		msg         string
	}{
		{"unknown class", "# c\n\nspeak say said said says saying\n", 3, `unknown class "speak"`},
		{"missing inflection", "speech say said said says\n", 1, "has 5 fields"},
		{"lemma only", "speech\n", 1, "has 1 fields"},
		{"too many fields", "speech say said said says saying obj extra\n", 1, "has 8 fields"},
		{"unknown flag", "speech say said said says saying\nspeech tell told told tells telling object\n", 2, `unknown flag "object"`},
		{"empty flag", "speech tell told told tells telling obj,\n", 1, `unknown flag ""`},
		{"repeated flag", "speech tell told told tells telling obj,obj\n", 1, `flag "obj" given twice`},
		{"upper case", "speech say Said said says saying\n", 1, `"Said" is not lower case`},
		{"curly apostrophe", "phrase speech verb-tail it’s\n", 1, "write apostrophes"},
		{"variant disagrees", "speech label labeled labeled labels labeling as\nspeech label labelled labelled labels labelling\n", 2, `on line 1`},
		{"phrase kind", "phrase speech after according to\n", 1, `unknown phrase kind "after"`},
		{"phrase class", "phrase none src-after according to\n", 1, `unknown class "none"`},
		{"phrase without words", "phrase speech src-after\n", 1, "needs CLASS KIND WORDS"},
		{"duplicate phrase", "phrase speech src-after according to\n\nphrase document src-after according to\n", 3, "already listed on line 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse(strings.NewReader(tt.input))
			if err == nil {
				t.Fatalf("Parse succeeded with %d lemmas, want error", c.Len())
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v (%T) is not a *ParseError", err, err)
			}
			if pe.Line != tt.line {
				t.Errorf("Line = %d, want %d (%v)", pe.Line, tt.line, err)
			}
			if !strings.HasPrefix(err.Error(), "lexicon: line ") || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q does not name the line or contain %q", err, tt.msg)
			}
		})
	}
}

type failingReader struct{}

var errRead = errors.New("read failed")

func (failingReader) Read([]byte) (int, error) { return 0, errRead }

func TestParseReadError(t *testing.T) {
	_, err := Parse(failingReader{})
	if !errors.Is(err, errRead) {
		t.Errorf("Parse error = %v, want it to wrap %v", err, errRead)
	}
}

func TestParseFirstWins(t *testing.T) {
	const input = `
speech say said said says saying
# "said" clashes with the line above; the first line keeps it.
denial unsay said said unsays unsaying
attitude cast cast cast casts casting as
speech label labeled labeled labels labeling as,noun
speech label labelled labelled labels labelling as,noun
`
	c, err := Parse(strings.NewReader(input))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		form string
		want Verb
	}{
		{"said", Verb{Lemma: "say", Class: Speech, Form: Past}},
		{"unsays", Verb{Lemma: "unsay", Class: Denial, Form: ThirdPerson}},
		{"cast", Verb{Lemma: "cast", Class: Attitude, Form: Base, Flags: FlagAs}},
		{"labels", Verb{Lemma: "label", Class: Speech, Form: ThirdPerson, Flags: FlagAs | FlagNoun}},
		{"labelling", Verb{Lemma: "label", Class: Speech, Form: Gerund, Flags: FlagAs | FlagNoun}},
	}
	for _, tt := range tests {
		got, _ := c.Verb(tt.form)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Verb(%q) mismatch (-want +got):\n%s", tt.form, diff)
		}
	}
	if got, want := slices.Collect(c.Lemmas()), []string{"cast", "label", "say", "unsay"}; !slices.Equal(got, want) {
		t.Errorf("Lemmas() = %q, want %q", got, want)
	}
}

func TestParseEmpty(t *testing.T) {
	c, err := Parse(strings.NewReader("# nothing\n\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() != 0 || c.Phrases("according") != nil {
		t.Errorf("empty lexicon has %d lemmas", c.Len())
	}
	if _, ok := c.Verb("said"); ok {
		t.Error("empty lexicon knows said")
	}
}

func TestNames(t *testing.T) {
	v, _ := Default().Verb("promised")
	got, err := json.Marshal(struct {
		Verb
		Kind PhraseKind
		Bad  Class
	}{v, Adjective, Class(9)})
	if err != nil {
		t.Fatal(err)
	}
	want := `{"Lemma":"promise","Class":"speech","Form":"past","Flags":"obj,noun,inf","Kind":"adj","Bad":"Class(9)"}`
	if string(got) != want {
		t.Errorf("JSON = %s\nwant   %s", got, want)
	}
	for _, tt := range []struct{ got, want string }{
		{ClassNone.String(), "none"},
		{Document.String(), "document"},
		{ThirdPerson.String(), "3sg"},
		{Form(7).String(), "Form(7)"},
		{SourceAfter.String(), "src-after"},
		{VerbTail.String(), "verb-tail"},
		{PhraseKind(5).String(), "PhraseKind(5)"},
		{Flag(0).String(), ""},
		{(FlagAs | FlagThat | FlagCall).String(), "as,that,call"},
		{(FlagObject | FlagFigure).String(), "obj,figure"},
		{(FlagObject | 0x400).String(), "obj,Flag(0x400)"},
	} {
		if tt.got != tt.want {
			t.Errorf("String() = %q, want %q", tt.got, tt.want)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add(cuesTxt)
	f.Add("speech say said said says saying obj\nphrase speech src-after according to\n")
	f.Add("phrase\n")
	f.Add("speech\tsay said said says saying \xff\n")
	f.Fuzz(func(t *testing.T, input string) {
		c, err := Parse(strings.NewReader(input))
		if err != nil {
			return
		}
		for l := range c.Lemmas() {
			if _, ok := c.Verb(l); !ok {
				t.Errorf("lemma %q is not a form", l)
			}
		}
		for first, ps := range c.phrases {
			for _, p := range ps {
				if len(p.Words) == 0 || p.Words[0] != first {
					t.Errorf("phrase %q filed under %q", p, first)
				}
			}
		}
	})
}

// FuzzExtend checks that Extend takes any lines: an error that counts
// from line 1 of them, or a lexicon that keeps every built-in form.
func FuzzExtend(f *testing.F) {
	f.Add("speech kvetch kvetched kvetched kvetches kvetching", "phrase speech verb-tail went on record")
	f.Add("speech say said said says saying", "")
	f.Add("speech x y z w v that,obj", "speech x y z w v")
	f.Add("# on line 1", "denial \xff a b c d")
	f.Fuzz(func(t *testing.T, a, b string) {
		c, err := Extend([]string{a, b})
		var pe *ParseError
		switch {
		case errors.As(err, &pe):
			if pe.Line < 1 || pe.Line > 2 {
				t.Fatalf("error %v names line %d of 2", err, pe.Line)
			}
			return
		case err != nil:
			t.Fatalf("error %v (%T) is not a *ParseError", err, err)
		}
		for form, v := range Default().Forms() {
			if got, ok := c.Verb(form); !ok || got != v {
				t.Fatalf("built-in form %q is %+v, %v; want %+v", form, got, ok, v)
			}
		}
	})
}

func BenchmarkVerb(b *testing.B) {
	c := Default()
	words := strings.Fields("Officials said on Tuesday that the report found no evidence, " +
		"but critics disputed the claim and told reporters they believe it was " +
		"flawed, according to people familiar with the matter")
	for i, w := range words {
		words[i] = strings.ToLower(strings.Trim(w, ",."))
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			c.Verb(w)
		}
	}
}

func TestExtend(t *testing.T) {
	c, err := Extend([]string{
		"# a comment",
		"speech kvetch kvetched kvetched kvetches kvetching",
		"attitude aver averred averred avers averring that",
		"phrase speech verb-tail went on record",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		form string
		want Verb
	}{
		{"kvetched", Verb{Lemma: "kvetch", Class: Speech, Form: Past}},
		{"avers", Verb{Lemma: "aver", Class: Attitude, Form: ThirdPerson, Flags: FlagThat}},
		{"said", Verb{Lemma: "say", Class: Speech, Form: Past}}, // built in
	} {
		if got, ok := c.Verb(tc.form); !ok || got != tc.want {
			t.Errorf("Verb(%q) = %+v, %v; want %+v", tc.form, got, ok, tc.want)
		}
	}
	if got := c.Phrases("went"); !slices.ContainsFunc(got, func(p Phrase) bool { return p.String() == "went on record" }) {
		t.Errorf("Phrases(\"went\") = %v; want the added phrase among them", got)
	}
	if _, ok := Default().Verb("kvetched"); ok {
		t.Error("Extend changed the default lexicon")
	}
}

func TestExtendErrors(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string
		line  int
		msg   string
	}{
		{"malformed", []string{"speech kvetch kvetched"}, 1, "has 3 fields"},
		{"second line", []string{"speech kvetch kvetched kvetched kvetches kvetching", "speak x y z w v"}, 2, `unknown class "speak"`},
		{"a built-in form", []string{"speech utter said said utters uttering"}, 1, `"said" is already a form of "say"`},
		{"a line break", []string{"speech kvetch kvetched kvetched kvetches kvetching\nx"}, 1, "line break"},
		{"a built-in lemma", []string{"denial say said said says saying"}, 1, `"say" is built in, as speech`},
		{"two lines disagree", []string{"speech kvetch kvetched kvetched kvetches kvetching", "denial kvetch kvetched kvetched kvetches kvetching"}, 2, "on line 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Extend(tc.lines)
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v (%T) is not a *ParseError", err, err)
			}
			if pe.Line != tc.line || !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("error %q at line %d; want line %d containing %q", err, pe.Line, tc.line, tc.msg)
			}
		})
	}
}
