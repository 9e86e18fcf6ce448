package attribution_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/hearsay-go/hearsay/attribution"
)

// row is what a construction test compares for one claim: texts, not
// offsets, so that a failure reads as English.
type row struct {
	Mention  string   // the claim's SourceMention text
	Cue      string   // the cue text
	Class    string   // the cue class: speech, denial, attitude, document
	Content  string   // the claim's Text (its parts joined by a space)
	Parts    []string // the texts of the content's parts; nil for one piece
	Quote    string   // direct, indirect or mixed
	Polarity string   // asserted or denied
	Parent   int      // 1-based index of the claim that reports this one; 0 for none
}

// construction is one attribution construction, shown by a short sentence
// written for this test, with the claims it must give.
type construction struct {
	name   string
	text   string
	claims []row
	silent []string // mention texts of the sources that did not respond
	// check tests what a row cannot say, such as links between sources;
	// it returns what is wrong, or "".
	check func(doc *attribution.Document) string
	// gap, when set, says why the library does not read text as it
	// should yet: the case is skipped while it fails, with its diff.
	gap string
}

// sameSide checks that the "others" of a document's second claim take the
// side (the affiliation) of the "some" of its first.
func sameSide(doc *attribution.Document) string {
	if len(doc.Claims) < 2 {
		return "fewer than two claims"
	}
	some, others := doc.Claims[0].Source, doc.Claims[1].Source
	if some.Affiliation == "" || others.Affiliation != some.Affiliation {
		return fmt.Sprintf("affiliations %q and %q; want the others of the some's side", some.Affiliation, others.Affiliation)
	}
	return ""
}

// said is a row for a speech cue with asserted, indirect content.
func said(mention, cue, content string) row {
	return row{Mention: mention, Cue: cue, Class: "speech", Content: content, Quote: "indirect", Polarity: "asserted"}
}

// attitude is said with the cue class of a stance.
func attitude(mention, cue, content string) row {
	r := said(mention, cue, content)
	r.Class = "attitude"
	return r
}

// checkClaims extracts text and compares its claims, and the mentions of
// its sources that did not respond, with want and silent.
func checkClaims(t *testing.T, text string, want []row, silent []string) {
	t.Helper()
	doc, err := attribution.Extract(text)
	if err != nil {
		t.Fatal(err)
	}
	claims, sil := rows(doc)
	if diff := cmp.Diff(want, claims, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("%q: claims (-want +got):\n%s", text, diff)
	}
	if diff := cmp.Diff(silent, sil, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("%q: sources that did not respond (-want +got):\n%s", text, diff)
	}
}

// constructions are the construction fixtures. bench_test.go uses their
// texts too.
var constructions = []construction{
	{
		name:   "S said that C",
		text:   "The mayor said that the bridge would reopen in May.",
		claims: []row{said("The mayor", "said", "the bridge would reopen in May")},
	},
	{
		name:   "a noun cue after a possessive: the possessor is the source",
		text:   "They shared the governor's view that inflation was cooling.",
		claims: []row{attitude("the governor's", "view", "inflation was cooling")},
	},
	{
		name:   "S accused X of C",
		text:   "Sanders accused Clinton of ducking the debates.",
		claims: []row{said("Sanders", "accused", "Clinton of ducking the debates")},
	},
	{
		name: "S said C, but S2 said C2",
		text: "The mayor said the bridge was sound, but engineers said it was unsafe.",
		claims: []row{said("The mayor", "said", "the bridge was sound"),
			said("engineers", "said", "it was unsafe")},
	},
	{
		name:   "S said that, a pronoun, was C",
		text:   "Auditors said that was not true.",
		claims: []row{said("Auditors", "said", "that was not true")},
	},
	{
		name: "S disputed that N, a determiner",
		text: "Council member Ruth Alvarez disputed that estimate.",
		claims: []row{{Mention: "Council member Ruth Alvarez", Cue: "disputed", Class: "denial", Content: "that estimate",
			Quote: "indirect", Polarity: "denied"}},
	},
	{
		name: "S dismissed that, a pronoun, as N",
		text: "The council dismissed that as nonsense. Aides said that as mayor she would cut taxes.",
		claims: []row{{Mention: "The council", Cue: "dismissed", Class: "denial", Content: "that as nonsense",
			Quote: "indirect", Polarity: "denied"},
			said("Aides", "said", "as mayor she would cut taxes")},
	},
	{
		name: "“C.” S said it, the quotation before",
		text: "The mayor said the talks had ended.\n\n“It is over.” Smith said it twice at the meeting. “We lost.” Jones said so too.",
		claims: []row{said("The mayor", "said", "the talks had ended"),
			{Mention: "Smith", Cue: "said", Class: "speech", Content: "It is over", Quote: "direct", Polarity: "asserted"},
			{Mention: "Jones", Cue: "said", Class: "speech", Content: "We lost", Quote: "direct", Polarity: "asserted"}},
	},
	{
		name:   "S added C",
		text:   "The mayor added the bridge would reopen in May.",
		claims: []row{said("The mayor", "added", "the bridge would reopen in May")},
	},
	{
		name:   "S said C",
		text:   "The mayor said the bridge would reopen in May.",
		claims: []row{said("The mayor", "said", "the bridge would reopen in May")},
	},
	{
		name:   "C, S said",
		text:   "The bridge will reopen in May, the mayor said.",
		claims: []row{said("the mayor", "said", "The bridge will reopen in May")},
	},
	{
		name: "C, S said, C continued",
		text: "The bridge, the mayor said, will reopen in May after the repairs.",
		claims: []row{{Mention: "the mayor", Cue: "said", Class: "speech", Content: "The bridge will reopen in May after the repairs",
			Parts: []string{"The bridge", "will reopen in May after the repairs"}, Quote: "indirect", Polarity: "asserted"}},
	},
	{
		name:   "C, S said of X",
		text:   "“They don’t care about politics,” the president said of the families.",
		claims: []row{{Mention: "the president", Cue: "said", Class: "speech", Content: "They don’t care about politics", Quote: "direct", Polarity: "asserted"}},
	},
	{
		name:   "S did X and said C",
		text:   "He returned on Wednesday for a lunch and said the vote was close.",
		claims: []row{said("He", "said", "the vote was close")},
	},
	{
		// "forecasters" names people by its ending alone.
		name:   "clause, S say C",
		text:   "If it does not slow down, forecasters say health spending will cripple the economy.",
		claims: []row{said("forecasters", "say", "health spending will cripple the economy")},
	},
	{
		name:   "S who did X say C",
		text:   "Still, people who have battled other online threats say the industry could be doing more.",
		claims: []row{said("people who have battled other online threats", "say", "the industry could be doing more")},
	},
	{
		name:   "…, where gerund-modified S say C",
		text:   "The company filed in Richmond, where restructuring experts say some judges are eager to move fast.",
		claims: []row{said("restructuring experts", "say", "some judges are eager to move fast")},
	},
	{
		name:   "S (party-state), said C",
		text:   "Sen. Jack Reed (D-R.I.), said he had not read the plan.",
		claims: []row{said("Sen. Jack Reed (D-R.I.)", "said", "he had not read the plan")},
	},
	{
		// "May" is a name here, not an auxiliary.
		name:   "S named May said C",
		text:   "Prime Minister Theresa May said the talks would continue.",
		claims: []row{said("Prime Minister Theresa May", "said", "the talks would continue")},
	},
	{
		name:   "S said — aside — that C",
		text:   "His campaign chairman said — on Twitter, as it happens — that the campaign raised $4 million.",
		claims: []row{said("His campaign chairman", "said", "the campaign raised $4 million")},
	},
	{
		name:   "As S said, C",
		text:   "As the mayor said, the bridge will reopen in May.",
		claims: []row{said("the mayor", "said", "the bridge will reopen in May")},
	},
	{
		name:   "C, as S said",
		text:   "The bridge will reopen in May, as the mayor said on Monday.",
		claims: []row{said("the mayor", "said", "The bridge will reopen in May")},
	},
	{
		name:   "description, Name, told Y C",
		text:   "One delegate not on the Cruz slate, Kelly Schmidt, told reporters she was leaning toward Cruz.",
		claims: []row{said("Kelly Schmidt", "told", "she was leaning toward Cruz")},
	},
	{
		name:   "S, then age, said C",
		text:   "Sperling, then 38, said he was advised to find a more experienced deputy.",
		claims: []row{said("Sperling, then 38", "said", "he was advised to find a more experienced deputy")},
	},
	{
		name:   "S did X, but said C",
		text:   "She paid off most of her loans in five years, but said she could not afford to teach.",
		claims: []row{said("She", "said", "she could not afford to teach")},
	},
	{
		name: "“C,” S said, gerund adjunct",
		text: "“We need someone who fights hard,” he said introducing the mayor as a leader.",
		claims: []row{{Mention: "he", Cue: "said", Class: "speech", Content: "We need someone who fights hard",
			Quote: "direct", Polarity: "asserted"}},
	},
	{
		name:   "S told an event C",
		text:   "Ryan told a news conference they are planting the seeds.",
		claims: []row{said("Ryan", "told", "they are planting the seeds")},
	},
	{
		// Not "backed the mayor", a relative clause.
		name:   "S that did X say C",
		text:   "Voters that backed the mayor say the bridge is safe.",
		claims: []row{said("Voters that backed the mayor", "say", "the bridge is safe")},
	},
	{
		name:   "S told Name to do X",
		text:   "Trump told Jeb Bush to quiet down.",
		claims: []row{said("Trump", "told", "Jeb Bush to quiet down")},
	},
	{
		name: "S said “C”",
		text: "The mayor said “we will rebuild the bridge.”",
		claims: []row{{Mention: "The mayor", Cue: "said", Class: "speech", Content: "we will rebuild the bridge",
			Quote: "direct", Polarity: "asserted"}},
	},
	{
		name:   "S tweeted #tag",
		text:   "Other journalists tweeted #ImWithTur in support of the reporter.",
		claims: []row{said("Other journalists", "tweeted", "#ImWithTur")},
	},
	{
		name: "“C” ― Name",
		text: "“We will win this state,” ― Ted Cruz",
		claims: []row{{Mention: "Ted Cruz", Cue: "―", Class: "speech", Content: "We will win this state",
			Quote: "direct", Polarity: "asserted"}},
	},
	{
		name: "In a poll released Sunday, C",
		text: "In a CBS News poll released Sunday, most voters backed the plan.",
		claims: []row{{Mention: "a CBS News poll released Sunday", Cue: "In", Class: "document",
			Content: "most voters backed the plan", Quote: "indirect", Polarity: "asserted"}},
	},
	{
		// An agentless passive, and a verb of appearance: claims without a source.
		name: "S is expected to do X",
		text: "The talks are widely expected to resume in May. It is believed that the drafts are done. " +
			"Indiana appears to be a break from the norm. It appears that the vote is over. " +
			"The campaign appeared paralyzed. The mayor appeared on CNN.",
		claims: []row{
			{Cue: "expected", Class: "attitude", Content: "The talks to resume in May",
				Parts: []string{"The talks", "to resume in May"}, Quote: "indirect", Polarity: "asserted"},
			{Cue: "believed", Class: "attitude", Content: "the drafts are done", Quote: "indirect", Polarity: "asserted"},
			{Cue: "appears", Class: "attitude", Content: "Indiana to be a break from the norm",
				Parts: []string{"Indiana", "to be a break from the norm"}, Quote: "indirect", Polarity: "asserted"},
			{Cue: "appears", Class: "attitude", Content: "the vote is over", Quote: "indirect", Polarity: "asserted"},
			{Cue: "appeared", Class: "attitude", Content: "The campaign paralyzed",
				Parts: []string{"The campaign", "paralyzed"}, Quote: "indirect", Polarity: "asserted"},
		},
	},
	{
		name:   "S vowed to do X",
		text:   "The mayor vowed to reopen the bridge in May.",
		claims: []row{said("The mayor", "vowed", "to reopen the bridge in May")},
	},
	{
		// Not "…, S want" with the opening adjunct as its content.
		name: "adjunct, S want to do X",
		text: "And yet, across most of Europe, voters want to limit immigration.",
		claims: []row{{Mention: "voters", Cue: "want", Class: "attitude", Content: "to limit immigration",
			Quote: "indirect", Polarity: "asserted"}},
	},
	{
		// A position offered: its object is the content, as is an
		// infinitive after it.
		name: "S offered X, S offered to do X",
		text: "Rubio offered a defense of the immigration bill. Clinton offered to debate in Brooklyn.",
		claims: []row{said("Rubio", "offered", "a defense of the immigration bill"),
			said("Clinton", "offered", "to debate in Brooklyn")},
	},
	{
		// Not "C, said S": the object of a verb whose object is its
		// content is no source.
		name:   "S, adjunct, offered X",
		text:   "The news conference, a mile north of here, offered a striking contrast with the rally.",
		claims: []row{said("The news conference, a mile north of here", "offered", "a striking contrast with the rally")},
	},
	{
		// People qualified after their noun are people: "support" is
		// their verb, not a noun.
		name: "share of N in place support X",
		text: "About two-thirds of the voters in all five states support the ban.",
		claims: []row{{Mention: "About two-thirds of the voters in all five states", Cue: "support", Class: "attitude",
			Content: "the ban", Quote: "indirect", Polarity: "asserted"}},
	},
	{
		name:   "S has long said that C",
		text:   "The mayor has long said that the bridge is safe.",
		claims: []row{said("The mayor", "said", "the bridge is safe")},
	},
	{
		// An agentless passive that characterizes: nobody is named, and
		// the content is the subject with what it is taken for.
		name: "X is seen as Y",
		text: "The senator is widely seen as the favorite. The walk-off is considered one of the largest in company history.",
		claims: []row{
			{Cue: "seen", Class: "attitude", Content: "The senator the favorite", Parts: []string{"The senator", "the favorite"},
				Quote: "indirect", Polarity: "asserted"},
			{Cue: "considered", Class: "attitude", Content: "The walk-off one of the largest in company history",
				Parts: []string{"The walk-off", "one of the largest in company history"}, Quote: "indirect", Polarity: "asserted"},
		},
	},
	{
		// A question put to a source, in the passive: whoever asked it
		// is the source, where named.
		name: "S was asked whether C",
		text: "The governor was asked whether he would run. She was asked by a reporter about the budget. He was asked to name one success.",
		claims: []row{said("", "asked", "whether he would run"),
			said("a reporter", "asked", "about the budget"), said("", "asked", "to name one success")},
	},
	{
		// An adverb in -ly after the cue is the manner of the words, not
		// their content.
		name: "“C,” S said dryly",
		text: "“I would not discount the money,” the producer said dryly.",
		claims: []row{{Mention: "the producer", Cue: "said", Class: "speech", Content: "I would not discount the money",
			Quote: "direct", Polarity: "asserted"}},
	},
	{
		name:   "S on a day said C",
		text:   "The mayor on Tuesday said the bridge is safe.",
		claims: []row{said("The mayor", "said", "the bridge is safe")},
	},
	{
		// A colon that ends its paragraph sets off the next paragraph,
		// unquoted, as a block quote.
		name:   "S added: ⏎ C",
		text:   "The governor added:\n\nIt is typical of her. She knows nothing.\n\nThe race goes on.",
		claims: []row{said("The governor", "added", "It is typical of her. She knows nothing")},
	},
	{
		// A relative pronoun stands for the document that shows: "that"
		// after a noun, before a verb in -s, is no determiner.
		name: "N, which showed C; N that shows C",
		text: "The records, which showed she was fit for duty, came out in July. Here is the poll that shows him ahead.",
		claims: []row{{Mention: "The records", Cue: "showed", Class: "document", Content: "she was fit for duty",
			Quote: "indirect", Polarity: "asserted"},
			{Mention: "the poll", Cue: "shows", Class: "document", Content: "him ahead",
				Quote: "indirect", Polarity: "asserted"}},
	},
	{
		// A document alone before a headline's colon is its source,
		// though "report" is also a verb.
		name:   "headline Report: C",
		text:   "Report: Walker to speak at the convention.\n\nThe governor will speak on Tuesday.",
		claims: []row{said("Report", ":", "Walker to speak at the convention")},
	},
	{
		name:   "S on a day's part said C",
		text:   "Broaddrick Sunday night said she was attacked.",
		claims: []row{said("Broaddrick", "said", "she was attacked")},
	},
	{
		name:   "S told Y to do X",
		text:   "The coach told the players to stay calm during the final.",
		claims: []row{said("The coach", "told", "the players to stay calm during the final")},
	},
	{
		name: "S told Y, adjunct: “C”",
		text: "He told his audience, to rowdy applause: “We will win this state.”",
		claims: []row{{Mention: "He", Cue: "told", Class: "speech", Content: "We will win this state",
			Quote: "direct", Polarity: "asserted"}},
	},
	{
		name: "asked whether C, S said D",
		text: "Asked whether the bridge would reopen, the mayor said repairs were on schedule.",
		claims: []row{
			{Cue: "Asked", Class: "speech", Content: "whether the bridge would reopen", Quote: "indirect", Polarity: "asserted"},
			said("the mayor", "said", "repairs were on schedule"),
		},
	},
	{
		name: "asked, an adjunct, about C, S said D",
		text: "Asked at a briefing on Monday about the bridge, the mayor said repairs were on schedule.",
		claims: []row{
			{Cue: "Asked", Class: "speech", Content: "about the bridge", Quote: "indirect", Polarity: "asserted"},
			said("the mayor", "said", "repairs were on schedule"),
		},
	},
	{
		name: "when asked by someone if C, S said D",
		text: "When asked by a reporter if the bridge would reopen, the mayor said repairs were on schedule.",
		claims: []row{
			{Cue: "asked", Class: "speech", Content: "if the bridge would reopen", Quote: "indirect", Polarity: "asserted"},
			said("the mayor", "said", "repairs were on schedule"),
		},
	},
	{
		name:   "C, said S",
		text:   "The bridge will reopen in May, said Mayor Ann Lee.",
		claims: []row{said("Mayor Ann Lee", "said", "The bridge will reopen in May")},
		check: func(doc *attribution.Document) string {
			if s := doc.Claims[0].Source; s.Name != "Ann Lee" || s.Title != "Mayor" {
				return fmt.Sprintf("source name, title = %q, %q; want %q, %q", s.Name, s.Title, "Ann Lee", "Mayor")
			}
			return ""
		},
	},
	{
		name:   "C, said S, appositive",
		text:   "The bridge will reopen in May, said Brian Baker, a political adviser to the Ricketts family.",
		claims: []row{said("Brian Baker, a political adviser to the Ricketts family", "said", "The bridge will reopen in May")},
		check: func(doc *attribution.Document) string {
			if s := doc.Claims[0].Source; s.Name != "Brian Baker" || s.Title != "political adviser to the Ricketts family" {
				return fmt.Sprintf("source name, title = %q, %q; want %q, %q", s.Name, s.Title, "Brian Baker", "political adviser to the Ricketts family")
			}
			return ""
		},
	},
	{
		name:   "C, said S, then a title in a place",
		text:   "The vote was fair, said Kyev Tatum, then senior pastor at Servant House Baptist Church in Fort Worth, Texas.",
		claims: []row{said("Kyev Tatum, then senior pastor at Servant House Baptist Church in Fort Worth, Texas", "said", "The vote was fair")},
	},
	{
		name:   "C, said S, and a clause of its own",
		text:   "The vote was fair, said Kyev Tatum, and the crowd cheered him.",
		claims: []row{said("Kyev Tatum", "said", "The vote was fair")},
	},
	{
		name:   "According to S, C",
		text:   "According to the city engineer, the bridge is safe.",
		claims: []row{said("the city engineer", "According to", "the bridge is safe")},
	},
	{
		name:   "But, according to S, C",
		text:   "But, according to the poll, most voters back the plan.",
		claims: []row{said("the poll", "according to", "most voters back the plan")},
	},
	{
		name: "According to S with a clause in it, C",
		text: "According to the officer in charge of the base that night, the scene in the movie is untrue.",
		claims: []row{said("the officer in charge of the base that night", "According to",
			"the scene in the movie is untrue")},
	},
	{
		name:   "…: According to S, C",
		text:   "It has not gone unnoticed: According to recent polls, the mayor holds 14 percent of the vote.",
		claims: []row{said("recent polls", "According to", "the mayor holds 14 percent of the vote")},
	},
	{
		// "charge" is a noun after "in", not a cue.
		name:   "C, according to S in charge",
		text:   "The deal is done, according to the officer in charge that night.",
		claims: []row{said("the officer in charge", "according to", "The deal is done")},
	},
	{
		// A name that is a preposition: Al From.
		name:   "S said C, S a preposition",
		text:   "From said the party had changed.",
		claims: []row{said("From", "said", "the party had changed")},
	},
	{
		name:   "C, according to S",
		text:   "The bridge is safe, according to the city engineer.",
		claims: []row{said("the city engineer", "according to", "The bridge is safe")},
	},
	{
		name:   "C, according to S1/S2",
		text:   "Voters like him, according to a CNN/ORC poll in February.",
		claims: []row{said("a CNN/ORC poll in February", "according to", "Voters like him")},
	},
	{
		name: "“C,” S told a hearer of any shape",
		text: "“I’m a free American,” he told Fox 35 in Orlando.",
		claims: []row{{Mention: "he", Cue: "told", Class: "speech", Content: "I’m a free American",
			Quote: "direct", Polarity: "asserted"}},
	},
	{
		// Not "told MSNBC", a source after its cue: the subject has an
		// appositive.
		name: "“C,” S, appositive, told Y",
		text: "“That’s a legitimate concern,” Sarandon, 69, told MSNBC on Monday.",
		claims: []row{{Mention: "Sarandon, 69", Cue: "told", Class: "speech", Content: "That’s a legitimate concern",
			Quote: "direct", Polarity: "asserted"}},
	},
	{
		name:   "S told Y that C",
		text:   "The coach told lawmakers that the team was ready.",
		claims: []row{said("The coach", "told", "the team was ready")},
	},
	{
		name:   "S told Y C",
		text:   "The coach told lawmakers the team was ready.",
		claims: []row{said("The coach", "told", "the team was ready")},
	},
	{
		name:   "S told Capitalised Object C",
		text:   "The senator told The Associated Press prices would fall.",
		claims: []row{said("The senator", "told", "prices would fall")},
	},
	{
		name:   "S told Capitalised Object C, C opening with the",
		text:   "The senator told The Associated Press the bill would pass.",
		claims: []row{said("The senator", "told", "the bill would pass")},
	},
	{
		name:   "S told Y, a time, C",
		text:   "Jane Doe told reporters on Monday the vote was close.",
		claims: []row{said("Jane Doe", "told", "the vote was close")},
	},
	{
		// "said parents" is not a post-posed source: a clause goes on.
		name: "S, appositive with no article, said C about people",
		text: "But Megan Hester, senior associate at the Annenberg Institute, said parents still want neighborhood schools.",
		claims: []row{said("Megan Hester, senior associate at the Annenberg Institute", "said",
			"parents still want neighborhood schools")},
	},
	{
		// "who’s" is one word, and opens the relative clause as "who" does.
		name:   "S, who’s X, added that C",
		text:   "But Williams, who’s running to be an alternate, added that he, too, is on a mission.",
		claims: []row{said("Williams, who’s running to be an alternate", "added", "he, too, is on a mission")},
	},
	{
		name:   "S, appositive, said C",
		text:   "Jane Doe, a spokeswoman for the agency, said the data was accurate.",
		claims: []row{said("Jane Doe, a spokeswoman for the agency", "said", "the data was accurate")},
		check: func(doc *attribution.Document) string {
			if s := doc.Claims[0].Source; s.Name != "Jane Doe" {
				return fmt.Sprintf("source %v: name %q; want the named person Jane Doe", s, s.Name)
			}
			return ""
		},
	},
	{
		name: "S denied that C",
		text: "The company denied that it had misled investors.",
		claims: []row{{Mention: "The company", Cue: "denied", Class: "denial", Content: "it had misled investors",
			Quote: "indirect", Polarity: "denied"}},
	},
	{
		name:   "S has called C",
		text:   "The governor has called the plan a disaster.",
		claims: []row{said("The governor", "called", "the plan a disaster")},
	},
	{
		// An aside set off by commas before "that"; a claim to have done;
		// a span of time that leads an adjunct after the cue.
		name: "S testified, for example, that C; S claimed to do X; “C,” S said 30 minutes into Y",
		text: "Clinton testified, for example, that she sent no classified emails. Dougherty claimed to have voted twice. " +
			"“It has been civil,” Trump said 30 minutes into the debate.",
		claims: []row{said("Clinton", "testified", "she sent no classified emails"), said("Dougherty", "claimed", "to have voted twice"),
			{Mention: "Trump", Cue: "said", Class: "speech", Content: "It has been civil", Quote: "direct", Polarity: "asserted"}},
	},
	{
		// A verb that is a cue only with its tail: "pointed out", "made
		// clear", "pointed to".
		name: "S pointed out that C; S made clear that C",
		text: "The mayor pointed out that taxes would rise. She made clear that the budget was final. He pointed to the polls.",
		claims: []row{said("The mayor", "pointed out", "taxes would rise"), said("She", "made clear", "the budget was final"),
			said("He", "pointed to", "the polls")},
	},
	{
		// A form in -s that may be a noun is the verb after a name or a
		// pronoun, as in a headline.
		name:   "Name calls C",
		text:   "Lynch calls North Carolina her home state.",
		claims: []row{said("Lynch", "calls", "North Carolina her home state")},
	},
	{
		name:   "S said earlier this month that C",
		text:   "The minister said earlier this month that prices would fall.",
		claims: []row{said("The minister", "said", "prices would fall")},
	},
	{
		name: "S has repeatedly said that A, and said earlier this month that B",
		text: "Smith has repeatedly said that the plant is safe, and said earlier this month that inspections will continue.",
		claims: []row{
			said("Smith", "said", "the plant is safe"),
			said("Smith", "said", "inspections will continue"),
		},
		check: sameSource(0, 1),
	},
	{
		name: "“C1,” S said, adding, “C2”",
		text: "“The bridge is safe,” the mayor said, adding, “It will reopen in May.”",
		claims: []row{
			{Mention: "the mayor", Cue: "said", Class: "speech", Content: "The bridge is safe", Quote: "direct", Polarity: "asserted"},
			{Mention: "the mayor", Cue: "adding", Class: "speech", Content: "It will reopen in May", Quote: "direct", Polarity: "asserted"},
		},
		check: sameSource(0, 1),
	},
	{
		// "daily" is a noun after "the", not an adverb in -ly.
		name: "“C,” the daily wrote",
		text: "“She is well positioned to get something done,” the daily wrote.",
		claims: []row{{Mention: "the daily", Cue: "wrote", Class: "speech", Content: "She is well positioned to get something done",
			Quote: "direct", Polarity: "asserted"}},
	},
	{
		name: "“C,” S wrote back to Y",
		text: "“I make it a point not to drink alone with married men,” she wrote back to him.",
		claims: []row{{Mention: "she", Cue: "wrote", Class: "speech", Content: "I make it a point not to drink alone with married men",
			Quote: "direct", Polarity: "asserted"}},
	},
	{
		name:   "others … saying C",
		text:   "Many residents attended the meeting, while others were critical saying it was too expensive.",
		claims: []row{said("others", "saying", "it was too expensive")},
	},
	{
		name: "some S say C, other S say C2",
		text: "While some American economists say the tariffs will work, other economists say they will fail.",
		claims: []row{said("some American economists", "say", "the tariffs will work"),
			said("other economists", "say", "they will fail")},
		check: sameSide,
	},
	{
		name: "some S want C, others in the party want C2",
		text: "Some Republicans want the bill passed, while others in the party want it scrapped.",
		claims: []row{{Mention: "Some Republicans", Cue: "want", Class: "attitude", Content: "the bill passed", Quote: "indirect", Polarity: "asserted"},
			{Mention: "others in the party", Cue: "want", Class: "attitude", Content: "it scrapped", Quote: "indirect", Polarity: "asserted"}},
		check: sameSide,
	},
	{
		name: "S see X as Y",
		text: "Many economists see the rate cut as a mistake.",
		claims: []row{{Mention: "Many economists", Cue: "see", Class: "attitude", Content: "the rate cut as a mistake",
			Quote: "indirect", Polarity: "asserted"}},
	},
	{
		name: "S are concerned that C",
		text: "Local farmers are concerned that the drought will last.",
		claims: []row{{Mention: "Local farmers", Cue: "concerned", Class: "attitude", Content: "the drought will last",
			Quote: "indirect", Polarity: "asserted"}},
	},
	{
		name: "direct quote, she said",
		text: "“The budget is balanced,” she said.",
		claims: []row{{Mention: "she", Cue: "said", Class: "speech", Content: "The budget is balanced",
			Quote: "direct", Polarity: "asserted"}},
	},
	{
		name: "quote split by said S",
		text: "“We will,” said the coach, “win the cup.”",
		claims: []row{{Mention: "the coach", Cue: "said", Class: "speech", Content: "We will win the cup",
			Parts: []string{"We will", "win the cup"}, Quote: "direct", Polarity: "asserted"}},
	},
	{
		name: "quote split by he said",
		text: "“We will,” he said, “win.”",
		claims: []row{{Mention: "he", Cue: "said", Class: "speech", Content: "We will win",
			Parts: []string{"We will", "win"}, Quote: "direct", Polarity: "asserted"}},
	},
	{
		name: "quote split by S said",
		text: "“We will,” the coach said, “win the cup.”",
		claims: []row{{Mention: "the coach", Cue: "said", Class: "speech", Content: "We will win the cup",
			Parts: []string{"We will", "win the cup"}, Quote: "direct", Polarity: "asserted"}},
	},
	{
		name: "quote over two sentences",
		text: "“The season is over. We start again in June,” he said.",
		claims: []row{{Mention: "he", Cue: "said", Class: "speech", Content: "The season is over. We start again in June",
			Quote: "direct", Polarity: "asserted"}},
	},
	{
		name: "quote over two paragraphs",
		text: "“The harbor will be dredged next spring.\n“Work starts in April,” the mayor said.",
		claims: []row{{Mention: "the mayor", Cue: "said", Class: "speech",
			Content: "The harbor will be dredged next spring.\n“Work starts in April",
			Quote:   "direct", Polarity: "asserted"}},
	},
	{
		name: "mixed quote",
		text: "The mayor said the repairs were “moving along nicely.”",
		claims: []row{{Mention: "The mayor", Cue: "said", Class: "speech", Content: "the repairs were “moving along nicely.”",
			Quote: "mixed", Polarity: "asserted"}},
	},
	{
		name: "nested: C1 that S2 is concerned that C2, according to S1",
		text: "Some teachers are concerned that the school will close, according to parents familiar with the plan.",
		claims: []row{
			{Mention: "Some teachers", Cue: "concerned", Class: "attitude", Content: "the school will close",
				Quote: "indirect", Polarity: "asserted", Parent: 2},
			said("parents familiar with the plan", "according to", "Some teachers are concerned that the school will close"),
		},
	},
	{
		name: "the person added",
		text: "One person familiar with the plans said the merger is off. The deal collapsed over price, the person added.",
		claims: []row{
			said("One person familiar with the plans", "said", "the merger is off"),
			said("the person", "added", "The deal collapsed over price"),
		},
		check: sameSource(0, 1),
	},
	{
		name: "he said, after a named person",
		text: "Tom Reyes said the vote was fair. The count was slow, he said.",
		claims: []row{
			said("Tom Reyes", "said", "the vote was fair"),
			said("he", "said", "The count was slow"),
		},
		check: sameSource(0, 1),
	},
	{
		name:   "no response",
		text:   "The agency didn't immediately respond to a request for comment.",
		silent: []string{"The agency"},
	},
	{
		name:   "coordinated non-response, named",
		text:   "The Ministry of Finance and the Central Bank didn't respond to requests for comment.",
		silent: []string{"The Ministry of Finance", "the Central Bank"},
	},
	{
		name:   "coordinated non-response, common nouns",
		text:   "The ministry and the office didn't respond to requests for comment.",
		silent: []string{"The ministry", "the office"},
	},
	{
		name:   "a person close to X",
		text:   "A person close to Senator Jane Doe said the bill is dead.",
		claims: []row{said("A person close to Senator Jane Doe", "said", "the bill is dead")},
		check: func(doc *attribution.Document) string {
			s := doc.Claims[0].Source
			if s.CloseTo == nil || s.CloseTo.Name != "Jane Doe" {
				return fmt.Sprintf("CloseTo = %v; want the source named Jane Doe", s.CloseTo)
			}
			if !contains(doc.Sources, s.CloseTo) {
				return fmt.Sprintf("CloseTo %v is not one of the document's sources", s.CloseTo)
			}
			return ""
		},
	},
	{
		name: "two of the people",
		text: "The deal was near, people familiar with the matter said. Two of the people said talks would end Friday.",
		claims: []row{
			said("people familiar with the matter", "said", "The deal was near"),
			said("Two of the people", "said", "talks would end Friday"),
		},
		check: partOf(1, 0, 2),
	},
	{
		name: "two of the people, group named first in its sentence",
		text: "People familiar with the matter said the deal was near. Two of the people said talks would end Friday.",
		claims: []row{
			said("People familiar with the matter", "said", "the deal was near"),
			said("Two of the people", "said", "talks would end Friday"),
		},
		check: partOf(1, 0, 2),
	},
	{
		name: "two definite descriptions, two sources",
		text: "The mayor said the bridge is safe. The governor said it is not.",
		claims: []row{
			said("The mayor", "said", "the bridge is safe"),
			said("The governor", "said", "it is not"),
		},
		check: differentSources(0, 1),
	},
	{
		name:   "no response after an anonymous speaker",
		text:   "“We will win the cup,” said the coach. The club didn't immediately respond to a request for comment.",
		claims: []row{{Mention: "the coach", Cue: "said", Class: "speech", Content: "We will win the cup", Quote: "direct", Polarity: "asserted"}},
		silent: []string{"The club"},
	},

	{
		// "states" and "notes" after a noun for a source are verbs.
		name: "S states that C, after a noun for a source",
		text: "The study notes that the rise was small. The governor also states that the bill will pass.",
		claims: []row{
			said("The study", "notes", "the rise was small"),
			said("The governor", "states", "the bill will pass"),
		},
	},

	{
		name: "S called on X to Y, S called for X",
		text: "Sen. Bernie Sanders called on the governor to resign. Kelli Ward called for the impeachment of the attorney general.",
		claims: []row{
			said("Sen. Bernie Sanders", "called on", "the governor to resign"),
			said("Kelli Ward", "called for", "the impeachment of the attorney general"),
		},
	},

	{
		// "chanted" reports only a quote or a clause: "chanted slogans"
		// reports nothing.
		name: "“C,” S chanted",
		text: "“We are not going anywhere,” the protesters chanted. Others chanted slogans outside.",
		claims: []row{{Mention: "the protesters", Cue: "chanted", Class: "speech", Content: "We are not going anywhere",
			Quote: "direct", Polarity: "asserted"}},
	},

	{
		// A speaker named before a colon: with what the speaker is after
		// a comma, and in a headline, where "Post" is a name, not a verb.
		name: "S, description: “C”; headline S: C",
		text: "NY Post: Megyn Kelly Is No Different Than Kim Kardashian.\n" +
			"Jeremy Lott, author: “I'm sick of being told whom to vote for.”",
		claims: []row{
			{Mention: "NY Post", Cue: ":", Class: "speech", Content: "Megyn Kelly Is No Different Than Kim Kardashian",
				Quote: "indirect", Polarity: "asserted"},
			{Mention: "Jeremy Lott, author", Cue: ":", Class: "speech", Content: "I'm sick of being told whom to vote for",
				Quote: "direct", Polarity: "asserted"},
		},
	},

	{
		// The next sentence, a quotation with no attribution of its
		// own, goes on quoting the speaker just named; one that has
		// its own ("she added") does not.
		name: "“C1,” S said. “C2.”",
		text: "“We’re not there yet,” one official said. “But we’re close.” “It may take weeks,” a second official added.",
		claims: []row{
			{Mention: "one official", Cue: "said", Class: "speech", Content: "We’re not there yet But we’re close",
				Parts: []string{"We’re not there yet", "But we’re close"}, Quote: "direct", Polarity: "asserted"},
			{Mention: "a second official", Cue: "added", Class: "speech", Content: "It may take weeks", Quote: "direct", Polarity: "asserted"},
		},
	},

	{
		// After a paraphrase too: the claim becomes mixed.
		name: "S said C1. “C2.”",
		text: "The mayor said the bridge would reopen. “We are ahead of schedule.”",
		claims: []row{{Mention: "The mayor", Cue: "said", Class: "speech", Content: "the bridge would reopen We are ahead of schedule",
			Parts: []string{"the bridge would reopen", "We are ahead of schedule"}, Quote: "mixed", Polarity: "asserted"}},
	},

	{
		// An adverb or a span of time may lead the adjunct after the
		// cue, or come before "that".
		name: "“C,” S said just after X; S said only that C",
		text: "“It's flat-out plagiarism,” David Axelrod said just after midnight on CNN. He said only that the talks continue.",
		claims: []row{
			{Mention: "David Axelrod", Cue: "said", Class: "speech", Content: "It's flat-out plagiarism", Quote: "direct", Polarity: "asserted"},
			said("He", "said", "the talks continue"),
		},
	},

	{
		// "another" is a determiner that may stand for a source alone.
		name: "Another said C",
		text: "Another said he supported the plan.",
		claims: []row{
			said("Another", "said", "he supported the plan"), // his support is part of what he said (Options.NestedStances)
		},
	},

	{
		// The subject of the clause before ", saying" ends at a verb in
		// the past, which need not end in -ed.
		name:   "S went …, saying C",
		text:   "Hillary Clinton went on offense against Donald Trump on Monday, saying he would fail.",
		claims: []row{said("Hillary Clinton", "saying", "he would fail")},
	},
	{
		name:   "Despite S saying C, …",
		text:   "Despite pre-event disclaimers urging peaceable conduct, protesters were shoved.",
		claims: []row{said("pre-event disclaimers", "urging", "peaceable conduct")},
	},
	{
		name:   "S went …, saying C, after an adverb",
		text:   "Rubio had a strong moment in the second hour, forcefully denouncing the Castro regime.",
		claims: []row{said("Rubio", "denouncing", "the Castro regime")},
	},

	{
		// A cue in -ing in an adverbial clause: its source is the
		// subject of the main clause, and its content ends with the
		// adverbial.
		name: "After saying C, S …; S, after saying C, …",
		text: "After saying her foot was swollen, she went to the hospital. Mr. Sanders, after initially saying he would not advertise, changed course.",
		claims: []row{
			said("she", "saying", "her foot was swollen"),
			said("Mr. Sanders", "saying", "he would not advertise"),
		},
	},

	{
		// Wire copy: three marks end a quotation within a quotation.
		name: "''C 'Q,''' S said",
		text: "''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said.",
		claims: []row{{Mention: "Mr. Putin", Cue: "said", Class: "speech", Content: "We are told all the time, 'Kosovo is a special case",
			Quote: "direct", Polarity: "asserted"}},
	},

	{
		// A party tag after a comma ends in a period that is not a
		// sentence's; an adjunct after the cue may name a hearing
		// before “a quote”; a prepositional phrase is no source.
		name: "S, R-Wis., said in an op-ed before a Senate hearing, “C”",
		text: "Sen. Ron Johnson, R-Wis., said in an op-ed piece before a 2014 Senate Benghazi hearing, “The State Department failed.”",
		claims: []row{{Mention: "Sen. Ron Johnson, R-Wis.", Cue: "said", Class: "speech", Content: "The State Department failed",
			Quote: "direct", Polarity: "asserted"}},
	},
	{
		// An adverbial set off by commas between the subject and the
		// cue is no part of the subject; a determiner may open a name
		// with an appositive.
		name: "“C,” S, after X, said; “C,” the N Name, appositive, wrote",
		text: "“He had a lot of supporters,” Blunt, after a long pause, said of Cruz. " +
			"“It would be a big story,” the economist Jared Bernstein, a former adviser, wrote on his blog.",
		claims: []row{
			{Mention: "Blunt", Cue: "said", Class: "speech", Content: "He had a lot of supporters", Quote: "direct", Polarity: "asserted"},
			{Mention: "the economist Jared Bernstein, a former adviser", Cue: "wrote", Class: "speech", Content: "It would be a big story",
				Quote: "direct", Polarity: "asserted"},
		},
	},

	{
		// Adjuncts between a cue and "that" may hold a noun that could be
		// a cue ("a press call") or a quoted title; a subject may hold an
		// aside between dashes.
		name: "S said during a press call that C; S said on “Title” that C; S — aside — said C",
		text: "Barber said during a press call last Thursday that the governor had failed. " +
			"Sanders said on ABC's “This Week” that he would look at it. " +
			"Insiders — many of them donors — said the race was over.",
		claims: []row{
			said("Barber", "said", "the governor had failed"),
			said("Sanders", "said", "he would look at it"),
			said("Insiders — many of them donors", "said", "the race was over"),
		},
	},

	{
		// A cue in -ing after the main clause may take a bare clause
		// ("noting he had backed Rubio"), and one that opens the sentence
		// takes the subject after its clause.
		name: "…, noting C; Noting that C, S …",
		text: "“I prefer Kasich,” he said, noting he had backed Rubio. Noting that both men faced the media, Schlafly put it plainly.",
		claims: []row{
			{Mention: "he", Cue: "said", Class: "speech", Content: "I prefer Kasich", Quote: "direct", Polarity: "asserted"},
			said("he", "noting", "he had backed Rubio"),
			said("Schlafly", "Noting", "both men faced the media"),
		},
	},

	{
		name: "a headline's prepositional tail is no source",
		text: "Christie Calls Clinton a Disgrace Over Police Shooting Comments.",
		claims: []row{
			said("Christie", "Calls", "Clinton a Disgrace Over Police Shooting Comments"),
		},
	},

	// No attribution at all.
	{name: "no cue", text: "The report is due Tuesday."},
	{name: "refused to give ground", text: "He refused to give ground."},
	{name: "a cue word as a noun", text: "Its initial promises were broken."},
	{name: "a cue word as a plural noun after its modifier", text: "As Mrs. Clinton expands her campaign into conservative-leaning states, she should fight."},
	{name: "a cue word as a plural subject", text: "Setting aside taxes, states have different rules."},
	{name: "a name given by a participle, and a phrasal verb", text: "He gave through a company called Synergics, then called off the deal."},
	{name: "an agentless passive of a cue that attributes nothing", text: "The talks were reported in May. There is expected to be a vote, and it is expected to rain."},
	{name: "a participle in the subject", text: "A comet discovered last spring is breaking apart."},
	{name: "a document seen by a newsroom", text: "A letter from the federation, seen by the Ledger, lists three missed tests."},
	{name: "a name given with known as", text: "The exchange is known as the VFE."},
	{name: "add with an object", text: "The chef is adding salt to the soup, and the firm added 500 jobs."},
	{name: "an opening adjunct is no content", text: "In the same debate, the moderator asked Carson about his ties to a company."},
	{name: "considered for a thing, or by someone", text: "The petition will be considered for debate. It was considered by the board."},
	{name: "a lone adverb is no content", text: "Still, the senator continues. Meanwhile, the mayor reminds."},
	{name: "a gerund that is a subject, after an adverb", text: "However, simply complaining about the media is not enough."},
	{name: "credits after a colon", text: "Contributing: Ray Locker.\n\nIowa: Tim Albrecht, Brad Anderson, Rob Barron and Sara Craig."},
	{name: "empty", text: ""},
}

// sameSource checks that claims i and j point at one *source.Source.
func sameSource(i, j int) func(*attribution.Document) string {
	return func(doc *attribution.Document) string {
		a, b := doc.Claims[i].Source, doc.Claims[j].Source
		if a == nil || a != b {
			return fmt.Sprintf("claims %d and %d have sources %p (%v) and %p (%v); want one source", i+1, j+1, a, a, b, b)
		}
		return ""
	}
}

// differentSources checks that claims i and j have sources of their own.
func differentSources(i, j int) func(*attribution.Document) string {
	return func(doc *attribution.Document) string {
		a, b := doc.Claims[i].Source, doc.Claims[j].Source
		if a == b {
			return fmt.Sprintf("claims %d and %d share the source %v; want two sources", i+1, j+1, a)
		}
		return ""
	}
}

// partOf checks that the source of claim i is a group of count people
// drawn from the source of claim j.
func partOf(i, j, count int) func(*attribution.Document) string {
	return func(doc *attribution.Document) string {
		s, g := doc.Claims[i].Source, doc.Claims[j].Source
		if s.PartOf != g || g == nil {
			return fmt.Sprintf("claim %d: PartOf = %v; want %v, the source of claim %d", i+1, s.PartOf, g, j+1)
		}
		if s.Count != count {
			return fmt.Sprintf("claim %d: Count = %d; want %d", i+1, s.Count, count)
		}
		return ""
	}
}

func contains[T comparable](xs []T, x T) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// rows gives the claims of doc as rows, and the mentions of its sources
// that did not respond.
func rows(doc *attribution.Document) (claims []row, silent []string) {
	index := make(map[any]int, len(doc.Claims))
	for i, c := range doc.Claims {
		index[c] = i + 1
	}
	for _, c := range doc.Claims {
		r := row{
			Mention:  c.SourceMention.Text(doc.Text),
			Cue:      c.Cue.Text(doc.Text),
			Class:    c.CueClass.String(),
			Content:  c.Text,
			Quote:    c.Quote.String(),
			Polarity: c.Polarity.String(),
		}
		for _, p := range c.Parts {
			r.Parts = append(r.Parts, p.Text(doc.Text))
		}
		if c.Parent != nil {
			r.Parent = index[c.Parent]
		}
		claims = append(claims, r)
	}
	for _, s := range doc.Sources {
		if s.NoResponse {
			var m []string
			for _, x := range s.Mentions {
				m = append(m, x.Text(doc.Text))
			}
			silent = append(silent, strings.Join(m, " | "))
		}
	}
	return claims, silent
}

// readBy names, for each fixture that has claims, the construction that
// reads each of its claims, in order (see construction in verb.go).
var readBy = map[string][]string{
	"S said that C":                                      {"S said that C"},
	"S accused X of C":                                   {"S said C"},
	"S said C, but S2 said C2":                           {"S said C", "S said C"},
	"S said that, a pronoun, was C":                      {"S said that C"},
	"S disputed that N, a determiner":                    {"S said that C"},
	"S added C":                                          {"S said C"},
	"S said C":                                           {"S said C"},
	"S offered X, S offered to do X":                     {"S said C", "S vowed to do X"},
	"S, adjunct, offered X":                              {"S said C"},
	"share of N in place support X":                      {"S said C"},
	"headline Report: C":                                 {"S, description: “C”; headline S: C"},
	"S on a day's part said C":                           {"S said C"},
	"N, which showed C; N that shows C":                  {"S said C", "S said C"},
	"S added: ⏎ C":                                       {"S told Y, adjunct: “C”"},
	"S on a day said C":                                  {"S said C"},
	"“C,” S said dryly":                                  {"C, S said"},
	"S was asked whether C":                              {"asked whether C, S said D", "asked whether C, S said D", "asked whether C, S said D"},
	"X is seen as Y":                                     {"X is seen as Y", "X is seen as Y"},
	"S has long said that C":                             {"S said that C"},
	"C, S said":                                          {"C, S said"},
	"C, S said, C continued":                             {"C, S said"},
	"C, S said of X":                                     {"C, S said"},
	"S did X and said C":                                 {"S did X and said C"},
	"clause, S say C":                                    {"S said C"},
	"S who did X say C":                                  {"S said C"},
	"…, where gerund-modified S say C":                   {"S said C"},
	"S (party-state), said C":                            {"S said C"},
	"S named May said C":                                 {"S said C"},
	"S said — aside — that C":                            {"S said that C"},
	"As S said, C":                                       {"As S said, C"},
	"C, as S said":                                       {"As S said, C"},
	"description, Name, told Y C":                        {"S said C"},
	"S, then age, said C":                                {"S said C"},
	"S did X, but said C":                                {"S did X and said C"},
	"“C,” S said, gerund adjunct":                        {"C, S said"},
	"S told an event C":                                  {"S said C"},
	"S that did X say C":                                 {"S said C"},
	"S told Name to do X":                                {"S told Name to do X"},
	"S said “C”":                                         {"S said “C”"},
	"S tweeted #tag":                                     {"S tweeted #tag"},
	"“C” ― Name":                                         {"“C” ― Name"},
	"In a poll released Sunday, C":                       {"In a poll released Sunday, C"},
	"S is expected to do X":                              {"S is expected to do X", "S is expected to do X", "S is expected to do X", "S is expected to do X", "S is expected to do X"},
	"S vowed to do X":                                    {"S vowed to do X"},
	"adjunct, S want to do X":                            {"S vowed to do X"},
	"S told Y to do X":                                   {"S said C"},
	"S told Y, adjunct: “C”":                             {"S told Y, adjunct: “C”"},
	"asked whether C, S said D":                          {"asked whether C, S said D", "S said C"},
	"asked, an adjunct, about C, S said D":               {"asked whether C, S said D", "S said C"},
	"when asked by someone if C, S said D":               {"asked whether C, S said D", "S said C"},
	"C, said S":                                          {"C, said S"},
	"C, said S, appositive":                              {"C, said S"},
	"C, said S, then a title in a place":                 {"C, said S"},
	"C, said S, and a clause of its own":                 {"C, said S"},
	"According to S, C":                                  {"According to S, C"},
	"According to S with a clause in it, C":              {"According to S, C"},
	"But, according to S, C":                             {"According to S, C"},
	"…: According to S, C":                               {"According to S, C"},
	"C, according to S in charge":                        {"C, according to S"},
	"S said C, S a preposition":                          {"S said C"},
	"C, according to S":                                  {"C, according to S"},
	"C, according to S1/S2":                              {"C, according to S"},
	"“C,” S told a hearer of any shape":                  {"C, S said"},
	"“C,” S, appositive, told Y":                         {"C, S said"},
	"S told Y that C":                                    {"S said that C"},
	"S told Y C":                                         {"S said C"},
	"S told Capitalised Object C":                        {"S said C"},
	"S told Capitalised Object C, C opening with the":    {"S said C"},
	"S told Y, a time, C":                                {"S told Y, a time, C"},
	"S, appositive with no article, said C about people": {"S said C"},
	"S, who’s X, added that C":                           {"S said that C"},
	"S, appositive, said C":                              {"S said C"},
	"S denied that C":                                    {"S said that C"},
	"S has called C":                                     {"S said C"},
	"Name calls C":                                       {"S said C"},
	"S testified, for example, that C; S claimed to do X; “C,” S said 30 minutes into Y": {"S said that C", "S vowed to do X", "C, S said"},
	"S pointed out that C; S made clear that C":                                          {"S said that C", "S said that C", "S said C"},
	"S said earlier this month that C":                                                   {"S said that C"},
	"S has repeatedly said that A, and said earlier this month that B":                   {"S said that C", "S did X and said C"},
	"“C1,” S said, adding, “C2”":                                                         {"C, S said", "S went …, saying C"},
	"“C,” the daily wrote":                                                               {"C, S said"},
	"“C,” S wrote back to Y":                                                             {"C, S said"},
	"others … saying C":                                                                  {"S went …, saying C"},
	"S see X as Y":                                                                       {"S see X as Y"},
	"some S say C, other S say C2":                                                       {"S said C", "S said C"},
	"some S want C, others in the party want C2":                                         {"S said C", "S said C"},
	"S are concerned that C":                                                             {"S are concerned that C"},
	"direct quote, she said":                                                             {"C, S said"},
	"quote split by said S":                                                              {"C, said S"},
	"quote split by he said":                                                             {"C, S said"},
	"quote split by S said":                                                              {"C, S said"},
	"quote over two sentences":                                                           {"C, S said"},
	"quote over two paragraphs":                                                          {"C, S said"},
	"mixed quote":                                                                        {"S said C"},
	"nested: C1 that S2 is concerned that C2, according to S1":                           {"S are concerned that C", "C, according to S"},
	"the person added":                                                                   {"S said C", "C, S said"},
	"he said, after a named person":                                                      {"S said C", "C, S said"},
	"a person close to X":                                                                {"S said C"},
	"two of the people":                                                                  {"C, S said", "S said C"},
	"two of the people, group named first in its sentence":                               {"S said C", "S said C"},
	"two definite descriptions, two sources":                                             {"S said C", "S said C"},
	"no response after an anonymous speaker":                                             {"C, said S"},
	"S states that C, after a noun for a source":                                         {"S said that C", "S said that C"},
	"S called on X to Y, S called for X":                                                 {"S said C", "S said C"},
	"“C,” S chanted":                                                                     {"C, S said"},
	"S, description: “C”; headline S: C":                                                 {"S, description: “C”; headline S: C", "S, description: “C”; headline S: C"},
	"“C1,” S said. “C2.”":                                                                {"C, S said", "C, S said"},
	"S said C1. “C2.”":                                                                   {"S said C"},
	"“C,” S said just after X; S said only that C":                                       {"C, S said", "S said that C"},
	"Another said C":                                                                     {"S said C"},
	"a headline's prepositional tail is no source":                                       {"S said C"},
	"S went …, saying C":                                                                 {"S went …, saying C"},
	"S went …, saying C, after an adverb":                                                {"S went …, saying C"},
	"Despite S saying C, …":                                                              {"S went …, saying C"},
	"After saying C, S …; S, after saying C, …":                                          {"S went …, saying C", "S went …, saying C"},
	"''C 'Q,''' S said":                                                                  {"C, S said"},
	"S, R-Wis., said in an op-ed before a Senate hearing, “C”":                           {"S told Y, adjunct: “C”"},
	"“C,” S, after X, said; “C,” the N Name, appositive, wrote":                          {"C, S said", "C, S said"},
	"S said during a press call that C; S said on “Title” that C; S — aside — said C": {"S said that C", "S said that C", "S said C"},
	"S dismissed that, a pronoun, as N":                          {"S said that C", "S said that C"},
	"“C.” S said it, the quotation before":                       {"S said C", "C, S said", "C, S said"},
	"…, noting C; Noting that C, S …":                            {"C, S said", "S went …, saying C", "S went …, saying C"},
	"a noun cue after a possessive: the possessor is the source": {"S said that C"},
}

// TestConstructionNames: every construction that reads claims is named as
// a fixture that shows it, and every fixture says which constructions read
// its claims.
func TestConstructionNames(t *testing.T) {
	shown := map[string]bool{}
	for _, tc := range constructions {
		doc, err := attribution.Extract(tc.text)
		if err != nil {
			t.Fatal(err)
		}
		got := attribution.Constructions(doc)
		if diff := cmp.Diff(readBy[tc.name], got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: constructions (-want +got):\n%s", tc.name, diff)
		}
		if slices.Contains(got, tc.name) {
			shown[tc.name] = true
		}
	}
	for _, n := range attribution.ConstructionNames() {
		if !shown[n] {
			t.Errorf("construction %q: no fixture of that name shows it", n)
		}
	}
}

func TestConstructions(t *testing.T) {
	for _, tc := range constructions {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := attribution.Extract(tc.text)
			if err != nil {
				t.Fatalf("Extract(%q): %v", tc.text, err)
			}
			claims, silent := rows(doc)
			problem := ""
			if diff := cmp.Diff(tc.claims, claims) + cmp.Diff(tc.silent, silent); diff != "" {
				problem = fmt.Sprintf("%q: claims, silent sources (-want +got):\n%s", tc.text, diff)
			} else if tc.check != nil {
				if p := tc.check(doc); p != "" {
					problem = fmt.Sprintf("%q: %s", tc.text, p)
				}
			}
			if tc.gap != "" {
				if problem != "" {
					t.Skipf("known gap: %s\n%s", tc.gap, problem)
				}
				t.Logf("known gap %q no longer shows on this text: drop the gap mark", tc.gap)
			}
			if problem != "" {
				t.Fatal(problem)
			}
			for i, c := range doc.Claims {
				if c.Source == nil {
					if !c.SourceMention.IsZero() {
						t.Errorf("claim %d names a source but has none", i+1)
					}
				} else if !contains(doc.Sources, c.Source) {
					t.Errorf("claim %d: source %v is not in doc.Sources", i+1, c.Source)
				}
			}
		})
	}
}
