package text

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	hearsay "github.com/hearsay-go/hearsay"
)

// sentenceTexts returns the text of each span.
func sentenceTexts(s string, spans []hearsay.Span) []string {
	if len(spans) == 0 {
		return nil
	}
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = sp.Text(s)
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		// Abbreviations inside a sentence.
		{"US mid-sentence", "Some U.S. officials said talks slowed. China disagreed.",
			[]string{"Some U.S. officials said talks slowed.", "China disagreed."}},
		{"US possessive", "One person familiar with the U.S.’s views said. Beijing declined.",
			[]string{"One person familiar with the U.S.’s views said.", "Beijing declined."}},
		{"US possessive straight", "The U.S.'s position hardened. Talks stalled.",
			[]string{"The U.S.'s position hardened.", "Talks stalled."}},
		{"Mr", "Mr. Smith went to Washington. He stayed.",
			[]string{"Mr. Smith went to Washington.", "He stayed."}},
		{"Gov", "Gov. Brown signed the bill. It takes effect soon.",
			[]string{"Gov. Brown signed the bill.", "It takes effect soon."}},
		{"month", "The vote is on Jan. 5 in the capital.",
			[]string{"The vote is on Jan. 5 in the capital."}},
		{"p.m. before a day", "Polls close at 5 p.m. Tuesday in most states.",
			[]string{"Polls close at 5 p.m. Tuesday in most states."}},
		{"p.m. ends a sentence", "Polls close at 8 p.m. The count starts then.",
			[]string{"Polls close at 8 p.m.", "The count starts then."}},
		{"No. 2", "He is the No. 2 official at the agency.",
			[]string{"He is the No. 2 official at the agency."}},
		{"no. 2 lower case", "She is the world’s no. 2 player.",
			[]string{"She is the world’s no. 2 player."}},
		{"no at the end", "The answer was no. Smith said so later.",
			[]string{"The answer was no.", "Smith said so later."}},
		{"FBI Director and initial", "F.B.I. Director James B. Comey said the inquiry continues. Others disagreed.",
			[]string{"F.B.I. Director James B. Comey said the inquiry continues.", "Others disagreed."}},
		{"initials", "James B. Comey and John F. Kennedy Jr. attended.",
			[]string{"James B. Comey and John F. Kennedy Jr. attended."}},
		{"initial ends a sentence", "He admired Malcolm X. He read everything.",
			[]string{"He admired Malcolm X.", "He read everything."}},
		{"DC with comma", "He spoke in Washington, D.C., on Monday. Then he left.",
			[]string{"He spoke in Washington, D.C., on Monday.", "Then he left."}},
		{"US ends a sentence", "The delegation returned to the U.S. The next day talks resumed.",
			[]string{"The delegation returned to the U.S.", "The next day talks resumed."}},
		{"US before But", "Prices fell in the U.S. But they rose in Europe.",
			[]string{"Prices fell in the U.S.", "But they rose in Europe."}},
		{"UK before It", "He moved to the U.K. It rained.",
			[]string{"He moved to the U.K.", "It rained."}},
		{"US Trade Representative", "A person close to U.S. Trade Representative Robert Lighthizer denied it.",
			[]string{"A person close to U.S. Trade Representative Robert Lighthizer denied it."}},
		{"US officials", "The U.S. officials left. They flew home.",
			[]string{"The U.S. officials left.", "They flew home."}},
		{"Inc mid-sentence", "Apple Inc. Chief Executive Tim Cook spoke.",
			[]string{"Apple Inc. Chief Executive Tim Cook spoke."}},
		{"Inc ends a sentence", "He joined Apple Inc. The company grew.",
			[]string{"He joined Apple Inc.", "The company grew."}},
		{"Corp and Co", "Toyota Motor Corp. and Ford Motor Co. agreed.",
			[]string{"Toyota Motor Corp. and Ford Motor Co. agreed."}},
		{"Jr and St", "Martin Luther King Jr. Day is marked on St. Paul Street.",
			[]string{"Martin Luther King Jr. Day is marked on St. Paul Street."}},
		{"Sen Rep Dr", "Sen. Warren, Rep. Pelosi and Dr. Fauci met.",
			[]string{"Sen. Warren, Rep. Pelosi and Dr. Fauci met."}},
		{"Lt. Gen.", "Lt. Gen. Michael Flynn resigned. He was replaced.",
			[]string{"Lt. Gen. Michael Flynn resigned.", "He was replaced."}},
		{"vs", "It was Smith vs. Jones in court. Smith won.",
			[]string{"It was Smith vs. Jones in court.", "Smith won."}},
		{"e.g. and i.e.", "Some states, e.g. Texas, refused, i.e. they said no.",
			[]string{"Some states, e.g. Texas, refused, i.e. they said no."}},
		{"etc. before a capital", "They sold apples, pears, etc. Sales rose.",
			[]string{"They sold apples, pears, etc.", "Sales rose."}},
		{"etc. mid-sentence", "They sold apples, pears, etc. at the market.",
			[]string{"They sold apples, pears, etc. at the market."}},
		{"state after D-", "Sen. Dianne Feinstein, D-Calif., said so. Others agreed.",
			[]string{"Sen. Dianne Feinstein, D-Calif., said so.", "Others agreed."}},
		{"state after a city ends a sentence", "He spoke in Scranton, Pa. Sure, it was cold.",
			[]string{"He spoke in Scranton, Pa.", "Sure, it was cold."}},
		{"state mid-sentence", "A man from Scranton, Pa., said state Del. Marcia Price (D-Va.) spoke.",
			[]string{"A man from Scranton, Pa., said state Del. Marcia Price (D-Va.) spoke."}},
		{"lower-case word matching a capital entry", "He was ill. Doctors were called.",
			[]string{"He was ill.", "Doctors were called."}},
		{"decimal", "Growth was 3.5 percent. It slowed.",
			[]string{"Growth was 3.5 percent.", "It slowed."}},
		{"ellipsis", "He paused... Then he spoke. She waited… Nothing came.",
			[]string{"He paused...", "Then he spoke.", "She waited…", "Nothing came."}},
		{"ellipsis mid-sentence", "It was… well, odd. Fine... whatever you say.",
			[]string{"It was… well, odd.", "Fine... whatever you say."}},
		{"question in quotes mid-sentence", "“Why now?” he asked. Nobody knew.",
			[]string{"“Why now?” he asked.", "Nobody knew."}},
		{"exclamation in quotes mid-sentence", `"Stop!" she shouted. He stopped.`,
			[]string{`"Stop!" she shouted.`, "He stopped."}},
		{"question and exclamation", "Is it over? Yes! It is.",
			[]string{"Is it over?", "Yes!", "It is."}},
		{"end inside curly quotes", "He said, “We will win.” Then he left.",
			[]string{"He said, “We will win.”", "Then he left."}},
		{"end inside straight quotes", `He said, "We will win." Then he left.`,
			[]string{`He said, "We will win."`, "Then he left."}},
		{"end inside single quotes", "He said, ‘We will win.’ Then he left.",
			[]string{"He said, ‘We will win.’", "Then he left."}},
		{"quote at the very end", "He said “we won.”",
			[]string{"He said “we won.”"}},
		{"quote opens the next sentence", `He left. "We will win," she said.`,
			[]string{"He left.", `"We will win," she said.`}},
		{"quote over several sentences", "“We will fight. We will win. We will never give up,” he said. The crowd cheered.",
			[]string{"“We will fight.", "We will win.", "We will never give up,” he said.", "The crowd cheered."}},
		{"brackets", "He left (for good.) The end came (he said). Then silence.",
			[]string{"He left (for good.)", "The end came (he said).", "Then silence."}},
		{"newline ends a sentence", "First paragraph without a period\nSecond paragraph.",
			[]string{"First paragraph without a period", "Second paragraph."}},
		{"abbreviation before a newline", "He lives in the U.S.\nShe lives in Mr. Smith’s house.",
			[]string{"He lives in the U.S.", "She lives in Mr. Smith’s house."}},
		{"blank line", "One.\n\nTwo.\n\n\nThree",
			[]string{"One.", "Two.", "Three"}},
		{"CRLF", "One line\r\nAnother line.\r\n",
			[]string{"One line", "Another line."}},
		{"line break lower case", "a line that ends\nlower case continues",
			[]string{"a line that ends", "lower case continues"}},
		{"unicode line separators", "One\u2028Two\u2029Three\u0085Four",
			[]string{"One", "Two", "Three", "Four"}},
		{"URL and email", "See reuters.com for more. Write to news@reuters.com. Or call.",
			[]string{"See reuters.com for more.", "Write to news@reuters.com.", "Or call."}},
		{"URL ends a sentence", "Visit www.example.com. The site is new.",
			[]string{"Visit www.example.com.", "The site is new."}},
		{"numbered list on lines", "1. Mix the flour.\n2. Bake it.\n10. Eat.",
			[]string{"1. Mix the flour.", "2. Bake it.", "10. Eat."}},
		{"numbered list inline", "Steps: 1. Mix the flour. 2. Bake it.",
			[]string{"Steps: 1. Mix the flour.", "2. Bake it."}},
		{"number ends a sentence", "The vote was 52 to 48. The bill passed.",
			[]string{"The vote was 52 to 48.", "The bill passed."}},
		{"no final period", "A sentence. And another without a period",
			[]string{"A sentence.", "And another without a period"}},
		{"lower case after period", "This is odd. but it happens.",
			[]string{"This is odd. but it happens."}},
		{"digit starts a sentence", "It ended. 2020 was hard.",
			[]string{"It ended.", "2020 was hard."}},
		{"dash starts a sentence", "He left. — Reporting by Jane Doe.",
			[]string{"He left.", "— Reporting by Jane Doe."}},
		{"bracket starts a sentence", "He left. (Reporting by Jane Doe.)",
			[]string{"He left.", "(Reporting by Jane Doe.)"}},
		{"non-Latin upper case", "Er ging. Über Nacht blieb er. Ça va.",
			[]string{"Er ging.", "Über Nacht blieb er.", "Ça va."}},
		{"leading and trailing space", "  \t Hello there.   Bye.  \n ",
			[]string{"Hello there.", "Bye."}},
		{"non-breaking spaces", "One.\u00a0Two.\u3000Three.",
			[]string{"One.", "Two.", "Three."}},
		{"lone punctuation", ". ! ? …",
			[]string{". ! ? …"}},
		{"period at the start", ". The end.",
			[]string{".", "The end."}},
		{"empty", "", nil},
		{"white space only", " \t\r\n\u00a0\u2003 ", nil},
		{"single word", "Hello", []string{"Hello"}},
		{"Ph.D.", "She has a Ph.D. from Yale. She teaches.",
			[]string{"She has a Ph.D. from Yale.", "She teaches."}},
		{"lower-case dotted", "It starts at 9 a.m. sharp. Be there.",
			[]string{"It starts at 9 a.m. sharp.", "Be there."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := Sentences(tt.in, nil, nil)
			checkSentenceSpans(t, tt.in, spans)
			if diff := cmp.Diff(tt.want, sentenceTexts(tt.in, spans)); diff != "" {
				t.Errorf("Sentences(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestSentencesOffsets(t *testing.T) {
	s := "  He said “we won.”  \r\n\tThen: “Why?” No. "
	want := []hearsay.Span{{Start: 2, End: 23}, {Start: 28, End: 44}, {Start: 45, End: 48}}
	got := Sentences(s, nil, nil)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Sentences(%q) mismatch (-want +got):\n%s", s, diff)
	}
	checkSentenceSpans(t, s, got)

	// dst is extended, not replaced.
	dst := []hearsay.Span{{Start: 100, End: 101}}
	got = Sentences("A. B.", nil, dst)
	if diff := cmp.Diff([]hearsay.Span{{Start: 100, End: 101}, {Start: 0, End: 5}}, got); diff != "" {
		t.Errorf("appending to dst (-want +got):\n%s", diff)
	}
}

func TestSentencesWithAbbrevs(t *testing.T) {
	s := "He met Supvr. Jones. Then he left."
	if diff := cmp.Diff([]string{"He met Supvr.", "Jones.", "Then he left."}, sentenceTexts(s, Sentences(s, nil, nil))); diff != "" {
		t.Errorf("default (-want +got):\n%s", diff)
	}
	a := DefaultAbbrevs().With("supvr", " Approx. ", "", "a&m", "ill.")
	if diff := cmp.Diff([]string{"He met Supvr. Jones.", "Then he left."}, sentenceTexts(s, Sentences(s, a, nil))); diff != "" {
		t.Errorf("With(supvr) (-want +got):\n%s", diff)
	}
	// An entry added by With matches in any case, even one listed with a capital.
	s = "He was ill. Doctors came."
	if diff := cmp.Diff([]string{s}, sentenceTexts(s, Sentences(s, a, nil))); diff != "" {
		t.Errorf("With(ill.) (-want +got):\n%s", diff)
	}
	if DefaultAbbrevs().Has("Supvr.") {
		t.Error("With changed the default set")
	}
}

func TestAbbrevsHas(t *testing.T) {
	var nilSet *Abbrevs
	tests := []struct {
		word string
		want bool
	}{
		{"Mr.", true}, {"mr.", true}, {"MR.", true}, {"Mr", true},
		{"U.S.", true}, {"u.s.", true}, {"jan.", true}, {"No.", true},
		{"Ill.", true}, {"ill.", true}, {"etc.", true}, {"e.g.", true},
		{"B.", true}, {"F.B.I.", true}, {"N.Y.P.D.", true},
		{"b.", false}, {"the.", false}, {"", false}, {".", false}, {"...", false},
		{"Mr.Smith", false}, {"café.", false}, {strings.Repeat("a", 40) + ".", false},
	}
	for _, tt := range tests {
		if got := nilSet.Has(tt.word); got != tt.want {
			t.Errorf("Has(%q) = %v, want %v", tt.word, got, tt.want)
		}
		if got := DefaultAbbrevs().Has(tt.word); got != tt.want {
			t.Errorf("DefaultAbbrevs().Has(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { DefaultAbbrevs().Has("Calif.") }); n != 0 {
		t.Errorf("Has allocates %v times", n)
	}
}

// TestAbbrevFile checks the embedded list: it parses, and holds the
// entries the project relies on.
func TestAbbrevFile(t *testing.T) {
	a, err := parseAbbrevs(abbrevFile)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.m) < 150 {
		t.Errorf("abbrev.txt has %d entries, want at least 150", len(a.m))
	}
	for _, w := range strings.Fields(`Mr. Mrs. Ms. Dr. Prof. Sen. Rep. Gov. Lt. Gen. Col. Maj. Sgt. Capt.
		Adm. Cmdr. Pres. Rev. Hon. Sr. Jr. St. Jan. Feb. Mar. Apr. Aug. Sept. Sep. Oct. Nov. Dec.
		Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich.
		Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C.
		S.D. Tenn. Tex. Va. Vt. Wash. Wis. Wyo. Inc. Corp. Co. Ltd. Bros. LLC. No. Nos. vs. v.
		etc. e.g. i.e. a.m. p.m. approx. est. Ave. Blvd. Rd. Mt. Ft. dept. U.S. U.K. U.N. E.U.
		D.C. U.S.A.`) {
		if !a.Has(w) {
			t.Errorf("abbrev.txt lacks %q", w)
		}
	}
	for _, bad := range []string{"Mr", "Mr. Mrs.\nMr.", "x. final more", "a&b.", "Mr. nonsense"} {
		if _, err := parseAbbrevs(bad); err == nil {
			t.Errorf("parseAbbrevs(%q) succeeded, want an error", bad)
		}
	}
}

type goldSentence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

func TestSentencesTradeTalks(t *testing.T) {
	article, err := os.ReadFile("../../examples/tradetalks/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("../../testdata/tradetalks.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Sentences []goldSentence `json:"sentences"`
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatal(err)
	}
	if len(gold.Sentences) != 16 {
		t.Fatalf("gold has %d sentences, want 16", len(gold.Sentences))
	}
	s := string(article)
	var got []goldSentence
	for _, sp := range Sentences(s, nil, nil) {
		got = append(got, goldSentence{sp.Start, sp.End, sp.Text(s)})
	}
	if diff := cmp.Diff(gold.Sentences, got); diff != "" {
		t.Errorf("tradetalks sentences mismatch (-gold +got):\n%s", diff)
	}
}

// TestSentencesBadInput checks that hostile input is handled in linear time.
func TestSentencesBadInput(t *testing.T) {
	const mb = 1 << 20
	tests := []struct {
		name string
		in   string
	}{
		{"10 MB line without a period", strings.Repeat("word ", 2*mb)},
		{"10 MB without space", strings.Repeat("x", 10*mb)},
		{"10 MB of periods", strings.Repeat(".", 10*mb)},
		{"10 MB of abbreviations", strings.Repeat("U.S. ", 2*mb)},
		{"10 MB of dotted letters", strings.Repeat("a.", 5*mb)},
		{"10 MB of white space after a period", "End." + strings.Repeat(" ", 10*mb) + "The"},
		{"10 MB of closing quotes", "End." + strings.Repeat("”", 3*mb) + " The"},
		{"10,000 curly quotes", strings.Repeat("“", 10000)},
		{"10,000 straight quotes", strings.Repeat(`"`, 10000)},
		{"10,000 quoted sentences", strings.Repeat(`“He said. "`, 10000)},
		{"invalid UTF-8", strings.Repeat("\xe2\x80 \xff.\x80 \xc2", 100000)},
		{"NUL bytes", strings.Repeat("\x00. \x00", 100000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// A machine busy with other work (go test -race runs packages
			// in parallel) can slow one run: too slow only if each of
			// three runs says so.
			var spans []hearsay.Span
			var d time.Duration
			for try := 0; try < 3; try++ {
				t0 := time.Now()
				spans = Sentences(tt.in, nil, nil)
				if d = time.Since(t0); d <= 2*time.Second {
					break
				}
			}
			if d > 2*time.Second {
				t.Errorf("took %v for %d bytes, three times over", d, len(tt.in))
			}
			if len(tt.in) <= mb {
				checkSentenceSpans(t, tt.in, spans)
			}
		})
	}
}

func TestSentencesAllocs(t *testing.T) {
	s := "Some U.S. officials said. Mr. Smith agreed. “Why?” he asked.\nThe end."
	dst := make([]hearsay.Span, 0, 16)
	Sentences(s, nil, dst) // load the default set
	if n := testing.AllocsPerRun(100, func() { Sentences(s, nil, dst[:0]) }); n != 0 {
		t.Errorf("Sentences allocates %v times with room in dst", n)
	}
}

// checkSentenceSpans checks the promises of Sentences: spans are in order,
// non-empty, do not overlap, start and end on rune boundaries (as "for
// range" steps, so a stray byte of invalid UTF-8 counts as a rune) and on
// non-space runes, hold no line break, and leave no non-space rune of s out.
func checkSentenceSpans(t *testing.T, s string, spans []hearsay.Span) {
	t.Helper()
	boundary := make([]bool, len(s)+1)
	for i := range s {
		boundary[i] = true
	}
	boundary[len(s)] = true
	valid := utf8.ValidString(s)
	prevEnd := 0
	for n, sp := range spans {
		if sp.Start < prevEnd || sp.End <= sp.Start || sp.End > len(s) {
			t.Fatalf("span %d %v: out of order, empty or out of range (previous end %d, len %d)", n, sp, prevEnd, len(s))
		}
		if !boundary[sp.Start] || !boundary[sp.End] {
			t.Fatalf("span %d %v: not on rune boundaries", n, sp)
		}
		if valid && (!utf8.RuneStart(s[sp.Start]) || sp.End < len(s) && !utf8.RuneStart(s[sp.End])) {
			t.Fatalf("span %d %v: not at utf8.RuneStart", n, sp)
		}
		text := s[sp.Start:sp.End]
		if r, _ := utf8.DecodeRuneInString(text); unicode.IsSpace(r) {
			t.Fatalf("span %d %v %q starts with white space", n, sp, text)
		}
		if r, _ := utf8.DecodeLastRuneInString(text); unicode.IsSpace(r) {
			t.Fatalf("span %d %v %q ends with white space", n, sp, text)
		}
		for _, r := range text {
			if isLineBreak(r) {
				t.Fatalf("span %d %v %q holds a line break", n, sp, text)
			}
		}
		prevEnd = sp.End
	}
	n := 0
	for i, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		for n < len(spans) && spans[n].End <= i {
			n++
		}
		if n == len(spans) || i < spans[n].Start {
			t.Fatalf("non-space rune %q at %d is in no span", r, i)
		}
	}
}

func BenchmarkSentences(b *testing.B) {
	article, err := os.ReadFile("../../examples/tradetalks/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.Write(article)
		sb.WriteByte('\n')
	}
	s := sb.String()
	dst := Sentences(s, nil, nil)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		dst = Sentences(s, nil, dst[:0])
	}
}
