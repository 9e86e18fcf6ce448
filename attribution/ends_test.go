package attribution_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/hearsay-go/hearsay/attribution"
)

// TestContentEnds: a content starts after the preposition of what its
// cue is about ("warned against the deal"); it ends where the source's
// second predicate begins ("and shared a link", "and urging", "and calls
// her", "but described"), before the occasion of the words ("in an interview") or the
// adjunct of what the source did ("pointing to his ears"); a predicate of
// the content's own subject, or a cue that takes a clause, keeps its
// coordination. Another source's attribution after "and" ends it, as a
// contrast with a named party after "but" does; a place and its state
// after an interrupting attribution are no second part.
func TestContentEnds(t *testing.T) {
	tests := []struct {
		text   string
		claims []row
	}{
		{"Trump called Kasich a “nice guy” and shared a link to his webpage.",
			[]row{{Mention: "Trump", Cue: "called", Class: "speech", Content: "Kasich a “nice guy”", Quote: "mixed", Polarity: "asserted"}}},
		{"Trump insisted, saying he is winning and urging his supporters to fight.",
			[]row{said("Trump", "saying", "he is winning")}},
		{"Trump says he respects Clinton and calls her an intelligent woman.",
			[]row{said("Trump", "says", "he respects Clinton"), said("Trump", "calls", "her an intelligent woman")}},
		{"“It goes in here and goes out here,” Tom Ebeling said, pointing to one and then the other of his ears.",
			[]row{{Mention: "Tom Ebeling", Cue: "said", Class: "speech", Content: "It goes in here and goes out here", Quote: "direct", Polarity: "asserted"},
				said("Tom Ebeling", "pointing to", "one and then the other of his ears")}},
		{"Trump praised Rubio as a bright leader but described his skills as a work in progress.",
			[]row{said("Trump", "praised", "Rubio as a bright leader"), said("Trump", "described", "his skills as a work in progress")}},
		{"Trump called Kasich a nice guy, and he didn’t stay for the vote.",
			[]row{said("Trump", "called", "Kasich a nice guy")}},
		// A clause of time at the sentence's start ends at its comma.
		{"After Trump argued that Medicare should not be cut, Rubio said only that his numbers don’t add up.",
			[]row{said("Trump", "argued", "Medicare should not be cut"), said("Rubio", "said", "his numbers don’t add up")}},
		// The occasion of the words, and the time of a position, are the
		// attribution's.
		{"Trump said his campaign doesn’t want that crap in an interview with CNN on Sunday.",
			[]row{said("Trump", "said", "his campaign doesn’t want that crap")}},
		{"Sanders praised the union in a statement following the news.",
			[]row{said("Sanders", "praised", "the union")}},
		{"Sanders touted his recent wins in his opening statement of Thursday night’s debate.",
			[]row{said("Sanders", "touted", "his recent wins")}},
		{"Blair criticized Obama’s presidency in an interview published Saturday.",
			[]row{said("Blair", "criticized", "Obama’s presidency")}},
		{"The governor criticized the ruling on Twitter.",
			[]row{said("The governor", "criticized", "the ruling")}},
		{"The union endorsed Clinton on Thursday night.",
			[]row{said("The union", "endorsed", "Clinton")}},
		// An occasion that the content's verb has, or that it speaks of,
		// and a time in a clause, stay.
		{"Police will not say what happens on a video of the encounter.",
			[]row{said("Police", "say", "what happens on a video of the encounter")}},
		{"She said he would speak at a rally in Ohio.",
			[]row{said("She", "said", "he would speak at a rally in Ohio")}},
		{"He said the plant will close in May.",
			[]row{said("He", "said", "the plant will close in May")}},
		{"They cited examples of plagiarism in political speech.",
			[]row{said("They", "cited", "examples of plagiarism in political speech")}},
		{"Spicer described Sanders on Twitter as the winner of the debates.",
			[]row{said("Spicer", "described", "Sanders on Twitter as the winner of the debates")}},
		// A clause that its attribution interrupts goes on after the
		// source and its appositive; an appositive alone is no content.
		{"The paradox of Nancy, says Carl Anthony, a historian at the National First Ladies Library, is that she was powerful.",
			[]row{{Mention: "Carl Anthony", Cue: "says", Class: "speech", Content: "The paradox of Nancy is that she was powerful",
				Parts: []string{"The paradox of Nancy", "is that she was powerful"}, Quote: "indirect", Polarity: "asserted"}}},
		{"At the heart of the trouble, according to Dennis B. Ross, another former envoy, was a decision by Mr. Obama.",
			[]row{{Mention: "Dennis B. Ross", Cue: "according to", Class: "speech", Content: "At the heart of the trouble was a decision by Mr. Obama",
				Parts: []string{"At the heart of the trouble", "was a decision by Mr. Obama"}, Quote: "indirect", Polarity: "asserted"}}},
		{"“It was truly shameful,” said Jane Doe, 34, a plaintiff in the lawsuit.",
			[]row{{Mention: "Jane Doe", Cue: "said", Class: "speech", Content: "It was truly shameful", Quote: "direct", Polarity: "asserted"}}},
		// What a cue is about, or against, starts after its preposition.
		{"The senator warned against the deal.",
			[]row{said("The senator", "warned against", "the deal")}},
		{"Voters wonder about his subdued style.",
			[]row{attitude("Voters", "wonder about", "his subdued style")}},
		// Another source's attribution after "and", and a contrast of the
		// narrator's with a named party after "but", are not the content.
		{"Nine of them said they will not attend the convention and others have said they are not interested.",
			[]row{said("Nine of them", "said", "they will not attend the convention"), said("others", "said", "they are not interested")}},
		{"Some 40 said they support Sanders and 160 have not publicly announced their choice.",
			[]row{said("Some 40", "said", "they support Sanders"), said("160", "announced", "their choice")}},
		{"Aides insisted it was not a campaign event, but Trump's business was on clear display.",
			[]row{said("Aides", "insisted", "it was not a campaign event")}},
		// A subject of names joined stays.
		{"The officials said China and Russia have established a modus vivendi.",
			[]row{said("The officials", "said", "China and Russia have established a modus vivendi")}},
		{"Kennedy said the agents made the suggestion and both the FBI and the police made it public.",
			[]row{said("Kennedy", "said", "the agents made the suggestion and both the FBI and the police made it public")}},
		// A place and its state after an interrupting attribution are no
		// second part of the quotation.
		{"“The campaign goes on,” Kasich told a crowd in Berea, Ohio Tuesday night.",
			[]row{{Mention: "Kasich", Cue: "told", Class: "speech", Content: "The campaign goes on", Quote: "direct", Polarity: "asserted"}}},
		// After a verb of appearance, the infinitive of a cue is the cue's;
		// another infinitive is the content.
		{"Trump seemed to blame the network for its reporting.",
			[]row{attitude("Trump", "seemed to blame", "the network for its reporting")}},
		{"She appeared to suggest that veterans might not be as strong.",
			[]row{attitude("She", "appeared to suggest", "veterans might not be as strong")}},
		{"Investors seem to agree.",
			[]row{attitude("Investors", "seem", "to agree")}},
		// The content's own coordination stays.
		{"Trump told the crowd that he doesn't have small hands and he can guarantee more.",
			[]row{said("Trump", "told", "he doesn't have small hands and he can guarantee more")}},
		{"The mayor said the company hired workers and raised wages.",
			[]row{said("The mayor", "said", "the company hired workers and raised wages")}},
		{"She says the city grows and changes every year.",
			[]row{said("She", "says", "the city grows and changes every year")}},
	}
	for _, tc := range tests {
		checkClaims(t, tc.text, tc.claims, nil)
	}
}

// TestCiting: "citing X" after a clause is its subject's claim, and X,
// what it cites, the content, as PolNeAR reads it: "…, citing legal
// risks", "…, citing a threat to public health".
func TestCiting(t *testing.T) {
	checkClaims(t, "The company closed its plants, citing a threat to public health.",
		[]row{said("The company", "citing", "a threat to public health")}, nil)
	checkClaims(t, "When asked to republish the book, it declined, citing legal risks.",
		[]row{said("it", "citing", "legal risks")}, nil)
	// A quotation whose comma closes inside it ends before the gerund.
	checkClaims(t, "Critics argue “there is precedent for prosecution,” citing a case in which a Marine was found guilty.",
		[]row{{Mention: "Critics", Cue: "argue", Class: "speech", Content: "there is precedent for prosecution", Quote: "direct", Polarity: "asserted"},
			said("Critics", "citing", "a case in which a Marine was found guilty")}, nil)
}

// TestSubjectAdverbs: an adverb or a time between a subject and its cue
// is no part of the source.
func TestSubjectFloatingQuantifier(t *testing.T) {
	checkClaims(t, "Bolton and Gorka both said the plan would fail.",
		[]row{said("Bolton and Gorka", "said", "the plan would fail")}, nil)
	checkClaims(t, "The two men all said the plan would fail.",
		[]row{said("The two men", "said", "the plan would fail")}, nil)
}

// TestListedSubjects: a list of three or more that opens the sentence is
// the subject whole; a sentence adverb or a time before a comma is no
// item of it.
// TestTimeAfterCue: a time after a post-posed cue is no content, nor
// what the words are of before a quotation ("said of Merkel, “…”").
func TestTimeAfterCue(t *testing.T) {
	direct := func(mention, content string) row {
		r := said(mention, "said", content)
		r.Quote = "direct"
		return r
	}
	checkClaims(t, "“It was a hard year,” the senator said the other day.", []row{direct("the senator", "It was a hard year")}, nil)
	checkClaims(t, "“It was bad,” Mr. Biden said twice.", []row{direct("Mr. Biden", "It was bad")}, nil)
	// Nor is a clause of time after it.
	checkClaims(t, "“It’s misleading,” Axelrod said as the crowd cheered.", []row{direct("Axelrod", "It’s misleading")}, nil)
	// Nor is what the words are of, before a quotation.
	checkClaims(t, "Smith said of Merkel, “She is wrong.”", []row{direct("Smith", "She is wrong")}, nil)
}

func TestListedSubjects(t *testing.T) {
	checkClaims(t, "Labor unions, environmental groups and many Democratic lawmakers claim it will cost jobs.",
		[]row{said("Labor unions, environmental groups and many Democratic lawmakers", "claim", "it will cost jobs")}, nil)
	checkClaims(t, "The family, protesters and civic leaders said the plan would fail.",
		[]row{said("The family, protesters and civic leaders", "said", "the plan would fail")}, nil)
	checkClaims(t, "Right-wing politicians and average citizens said the plan would fail.",
		[]row{said("Right-wing politicians and average citizens", "said", "the plan would fail")}, nil)
	checkClaims(t, "However, Clinton and Sanders said the plan would fail.",
		[]row{said("Clinton and Sanders", "said", "the plan would fail")}, nil)
	checkClaims(t, "Yesterday, Clinton and Sanders said the plan would fail.",
		[]row{said("Clinton and Sanders", "said", "the plan would fail")}, nil)
}

// TestTriedTo: a verb of trying before "to" and a cue is of its verb
// group, and a verb of purpose before that is the subject's.
func TestTriedTo(t *testing.T) {
	r := said("He", "refute", "the assessments")
	r.Class, r.Polarity = "denial", "denied"
	checkClaims(t, "He tried to refute the assessments.", []row{r}, nil)
	r = said("he", "used the speech to try to refute", "gloomy Republican assessments")
	r.Class, r.Polarity = "denial", "denied"
	checkClaims(t, "Beyond that, he used the speech to try to refute gloomy Republican assessments.", []row{r}, nil)
}

// TestAppositiveAdverb: an appositive participle after an adverb is the
// subject's.
func TestAppositiveAdverb(t *testing.T) {
	r := said("Many studies, often conducted by economists", "found", "little evidence that the floor costs jobs")
	r.Class = "document"
	checkClaims(t, "Many studies, often conducted by economists, have found little evidence that the floor costs jobs.", []row{r}, nil)
}

// TestColonClause: after "said:" the words are the content, quoted or
// not; "Editor's note:" is no cue.
func TestColonClause(t *testing.T) {
	checkClaims(t, "Limbaugh said: this reeks of fear.", []row{said("Limbaugh", "said", "this reeks of fear")}, nil)
	checkClaims(t, "Editor's note: the story was updated.", nil, nil)
}

// TestBoundsOfCounts: "at least" after a cue opens its content, "more
// than" before a subject is of it.
func TestBoundsOfCounts(t *testing.T) {
	checkClaims(t, "He said at least ten people died.", []row{said("He", "said", "at least ten people died")}, nil)
	checkClaims(t, "More than 200 economists said the plan would fail.",
		[]row{said("More than 200 economists", "said", "the plan would fail")}, nil)
}

// TestHashtag: a hashtag right after the cue is its content.
func TestHashtag(t *testing.T) {
	checkClaims(t, "As Trump taunted Tur, other journalists tweeted #ImWithTur in support of her.",
		[]row{said("other journalists", "tweeted", "#ImWithTur")}, nil)
}

func TestSubjectAdverbs(t *testing.T) {
	checkClaims(t, "Carter however said he would welcome the talks.",
		[]row{said("Carter", "said", "he would welcome the talks")}, nil)
	checkClaims(t, "CNN host Wolf Blitzer last week said the rally was safe.",
		[]row{said("CNN host Wolf Blitzer", "said", "the rally was safe")}, nil)
}

// TestParenthesis: an attribution in parentheses takes no subject from
// before them and ends with them; a short parenthesis is the source's
// ("(D-Mo.)"). A gerund that modifies a noun for people is no verb
// phrase: "hacking specialists".
func TestParenthesis(t *testing.T) {
	checkClaims(t, "They debated the trip (Abedin wrote that Clinton had cut a vacation short, so she was busy).",
		[]row{said("Abedin", "wrote", "Clinton had cut a vacation short, so she was busy")}, nil)
	checkClaims(t, "Sen. Claire McCaskill (D-Mo.) said the bill was dead.",
		[]row{said("Sen. Claire McCaskill (D-Mo.)", "said", "the bill was dead")}, nil)
	checkClaims(t, "But hacking specialists say the data is fake.",
		[]row{said("hacking specialists", "say", "the data is fake")}, nil)
}

// TestAsToldHearer: "As S told Y, C" reads C after the hearer; "As S
// talked about X, …" keeps its object as the content.
func TestAsToldHearer(t *testing.T) {
	checkClaims(t, "As Clinton told the New York Daily News, tax relief is given in exchange for jobs.",
		[]row{said("Clinton", "told", "tax relief is given in exchange for jobs")}, nil)
	checkClaims(t, "As Clinton talked about bringing communities together, Trump highlighted his message.",
		[]row{said("Clinton", "talked about", "bringing communities together"), said("Trump", "highlighted", "his message")}, nil)
}

// TestCueAsModifier: a past form between a number or a possessive and a
// plural is an adjective ("270 pledged delegates"); a base form that is
// also a noun after content is a verb only after people ("…, analysts
// say"), not after a list of places ("…, Oklahoma and his home state").
func TestCueAsModifier(t *testing.T) {
	checkClaims(t, "Clinton leads Sanders by 270 pledged delegates.", nil, nil)
	checkClaims(t, "He won contests in Colorado, Oklahoma and his home state.", nil, nil)
	checkClaims(t, "The documents included 44 emails that were not among the pages she released.", nil, nil)
	checkClaims(t, "Ben Zipperer is an economist at the Washington Center, a liberal think tank.", nil, nil)
	checkClaims(t, "Experts in labor law and advocates of women's rights say harassment can flourish.",
		[]row{said("Experts in labor law and advocates of women's rights", "say", "harassment can flourish")}, nil)
	checkClaims(t, "Many Democratic lawmakers claim it will result in job losses.",
		[]row{said("Many Democratic lawmakers", "claim", "it will result in job losses")}, nil)
	checkClaims(t, "The plan will fail, analysts say.",
		[]row{said("analysts", "say", "The plan will fail")}, nil)
}

// TestRelativeSubjects: a relative pronoun is the subject of its clause's
// cue, "which" after a comma as "who" is, with a verb joined to it
// ("who’d"); and a person or body named by a noun is a subject whose verb
// a form in -s that is also a noun can be.
func TestRelativeSubjects(t *testing.T) {
	checkClaims(t, "The committee, which supported Kloppenburg, spent money.",
		[]row{attitude("which", "supported", "Kloppenburg")}, nil)
	checkClaims(t, "Smith, who’d previously endorsed Cruz, spoke on Friday.",
		[]row{said("who’d", "endorsed", "Cruz")}, nil)
	checkClaims(t, "Voters know Smith, who calls the plan a disaster.",
		[]row{said("who", "calls", "the plan a disaster")}, nil)
	checkClaims(t, "The governor supports the plan.",
		[]row{attitude("The governor", "supports", "the plan")}, nil)
	checkClaims(t, "The report, which the council released, is long.", nil, nil)
}

// TestInfinitiveQuoted: an infinitive whose verb opens a quotation is the
// content of a cue that takes one.
func TestInfinitiveQuoted(t *testing.T) {
	r := said("She", "promised", `to "be a vocal champion for D.C. statehood" if elected president`)
	r.Quote = "mixed"
	checkClaims(t, `She promised to "be a vocal champion for D.C. statehood" if elected president.`, []row{r}, nil)
}

// TestSourceOfAnAside: a gerund after a claim with no source takes the
// sentence's subject ("Clinton seemed ready, telling the crowd …"); a
// verb in the past that does not end in -ed ends a subject ("shook her
// head and said").
func TestSourceOfAnAside(t *testing.T) {
	doc, err := attribution.Extract("Clinton seemed to be ready to riff on the incident, telling the crowd that people get carried away.")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(doc.Claims); n != 2 || doc.Claims[1].Source == nil || doc.Claims[1].Source.Name != "Clinton" {
		t.Errorf("%d claims, the last by %v; want two, the second, telling, Clinton's", n, doc.Claims[n-1].Source)
	}
	checkClaims(t, "When asked whom she backed, Ms. Sherry smiled and said she was waiting for Bloomberg.",
		[]row{{Cue: "asked", Class: "speech", Content: "whom she backed", Quote: "indirect", Polarity: "asserted"},
			said("Ms. Sherry", "said", "she was waiting for Bloomberg")}, nil)
	checkClaims(t, "The registered Democrat, who received threats, provided a sworn statement saying he never voted twice.",
		[]row{said("The registered Democrat", "saying", "he never voted twice")}, nil)
	checkClaims(t, "Mrs. Clinton shook her head and said the plan would fail.",
		[]row{said("Mrs. Clinton", "said", "the plan would fail")}, nil)
}

// TestQuoteOfAnEarlierClaim: a quotation that ends a sentence inside the
// content of a claim is that claim's, and the next sentence's
// attribution reads its own words: no claim for "did not respond", and
// "Cruz says, “…”" quotes what follows it.
func TestQuoteOfAnEarlierClaim(t *testing.T) {
	tests := []struct {
		text string
		want []string // the claims' texts
	}{
		{`The mayor said the plan was "dead." The governor did not respond to a request for comment.`,
			[]string{`the plan was "dead."`}},
		{`A spokeswoman called the reports “premature.” Riverside did not respond to a request for comment.`,
			[]string{`the reports “premature.”`}},
		{`Cruz said men "should not be going to the bathroom with little girls." Cruz says, "That is crazy."`,
			[]string{`men "should not be going to the bathroom with little girls."`, "That is crazy"}},
		// A quotation that is a sentence of its own is the next one's.
		{`“We won!” Smith said. He smiled.`, []string{"We won"}},
	}
	for _, tc := range tests {
		doc, err := attribution.Extract(tc.text)
		if err != nil {
			t.Fatal(err)
		}
		if got := claimTexts(doc); !slices.Equal(got, tc.want) {
			t.Errorf("%q: claims %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestFigureGiven: "put" is a cue before the figure it gives, its content,
// and no cue otherwise; a plural noun before a reporting verb is its
// subject ("estimates put", "reports show").
func TestFigureGiven(t *testing.T) {
	text := "Initial estimates put the total number of emails at about 55,000 pages. " +
		"Subsequent estimates put the figure closer to 54,000 pages. " +
		"The union president, Gary Olin, put the number of jobs at risk closer to 2,000. " +
		"He put the book down and left. Officials put pressure on the company. " +
		"Tillman put the increase closer to $19 a month. Analysts put the rise at 4 percent. " +
		"She put the rise of populism down to fear. The chef put the cut on the grill at 9 p.m. on Friday. " +
		"Financial reports show the brand earned $100 million."
	doc, err := attribution.Extract(text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range doc.Claims {
		got = append(got, c.SourceMention.Text(text)+" | "+c.Cue.Text(text)+" | "+c.Text)
	}
	want := []string{
		"Initial estimates | put | the total number of emails at about 55,000 pages",
		"Subsequent estimates | put | the figure closer to 54,000 pages",
		"The union president, Gary Olin | put | the number of jobs at risk closer to 2,000",
		"Tillman | put | the increase closer to $19 a month",
		"Analysts | put | the rise at 4 percent",
		"Financial reports | show | the brand earned $100 million",
	}
	if !slices.Equal(got, want) {
		t.Errorf("claims:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// claimTexts returns the Text of each of doc's claims, in order.
func claimTexts(doc *attribution.Document) []string {
	var got []string
	for _, c := range doc.Claims {
		got = append(got, c.Text)
	}
	return got
}
